"""Holdout 39 (f39d): patterns behind the misses of the thirty-ninth round, in our own words."""
from __future__ import annotations

from _lint_kit import codes


def _art(sentence: str) -> str:
    return f"Résultats du concours\n\nLe bilan est tombé.\n\n{sentence} Les familles attendaient.\n"


# NUM303: « Parmi ses N <nom>, M …, soit plus des trois quarts »: a possessive whole opening the sentence

def test_num303_possessive_whole_opening_the_sentence_fire():
    text = _art("Parmi ses 20 quartiers, 11 ont dépassé les 60 % de votants, soit plus des trois "
                "quarts des quartiers de la ville.")
    assert codes(text, "NUM303", path="a.txt") == ["NUM303"]


def test_num303_possessive_whole_share_that_fits_is_quiet():
    text = _art("Parmi ses 20 quartiers, 16 ont dépassé les 60 % de votants, soit plus des trois "
                "quarts des quartiers de la ville.")
    assert codes(text, "NUM303", path="a.txt") == []


def test_num303_possessive_inside_the_sentence_is_no_whole():
    # « monté sur ses 4 roues »: the possessive names what carries, not a whole of the count
    text = _art("Le robot, monté sur ses 4 roues, a livré 3 colis, soit plus des trois quarts.")
    assert codes(text, "NUM303", path="a.txt") == []


def test_num303_possessive_whole_lower_bound_met_is_quiet():
    text = _art("Sur ses 30 matchs, l'équipe en a gagné 17, soit plus de la moitié.")
    assert codes(text, "NUM303", path="a.txt") == []


# NUM303: « N <nom> <verbe> sur M <nom>, soit X % »: the part, its verb, « sur » its whole

def test_num303_count_verb_sur_whole_then_bare_share_fire():
    text = _art("Cette année, 312 candidats ont été reçus sur 480 inscrits, soit 72 %.")
    assert codes(text, "NUM303", path="a.txt") == ["NUM303"]


def test_num303_count_verb_sur_whole_share_that_fits_is_quiet():
    text = _art("Cette année, 312 candidats ont été reçus sur 480 inscrits, soit 65 %.")
    assert codes(text, "NUM303", path="a.txt") == []


def test_num303_count_verb_sur_whole_share_of_another_whole_is_quiet():
    # « soit 72 % des présents »: the share names its own whole, not the 480
    text = _art("Cette année, 312 candidats ont été reçus sur 480 inscrits, soit 72 % des présents.")
    assert codes(text, "NUM303", path="a.txt") == []


def test_num303_count_in_a_complement_before_sur_is_no_part():
    # « venus de 12 lycées »: the nearest count is a complement, not the clause's subject
    text = _art("Cette année, 312 candidats venus de 12 lycées ont été reçus sur 480 inscrits, soit 72 %.")
    assert codes(text, "NUM303", path="a.txt") == []


def test_num303_count_clause_broken_before_sur_is_quiet():
    # a comma between the count and « sur »: two clauses, the share may be of either
    text = _art("Cette année, 312 candidats ont planché, puis ont été reçus sur 480 places, soit 72 %.")
    assert codes(text, "NUM303", path="a.txt") == []


# NUM403: « X, lancée le …, n'aura duré que N semaines jusqu'au <nom> du DATE »: the opening
# dated in the aside, the close right after the length

def _vote(sentence: str) -> str:
    return f"Élection municipale\n\nLe bilan est tombé.\n\n{sentence} Les militants sont épuisés.\n"


def test_num403_only_lasted_until_the_close_dated_after_fire():
    text = _vote("La consultation, ouverte le mardi 2 juin 2026 par la mairie, n'aura duré que deux "
                 "semaines jusqu'au vote du dimanche 12 juillet.")
    assert codes(text, "NUM403") == ["NUM403"]


def test_num403_only_lasted_until_the_close_that_fits_is_quiet():
    text = _vote("La consultation, ouverte le mardi 2 juin 2026 par la mairie, n'aura duré que six "
                 "semaines jusqu'au vote du dimanche 12 juillet.")
    assert codes(text, "NUM403") == []


def test_num403_close_in_another_clause_is_quiet():
    # the date after the comma closes another thing: the length is not tied to it
    text = _vote("La consultation, ouverte le mardi 2 juin 2026, n'aura duré que deux semaines, et "
                 "les urnes restent ouvertes jusqu'au dimanche 12 juillet.")
    assert codes(text, "NUM403") == []


def test_num403_a_pause_dated_between_is_quiet():
    # « et suspendue le … »: two dates before the length, the span may run from the pause
    text = _vote("La consultation, ouverte le mardi 2 juin 2026 et suspendue le 20 juin, n'aura duré "
                 "que deux semaines jusqu'au vote du dimanche 12 juillet.")
    assert codes(text, "NUM403") == []
