"""Holdout 41 (n41a): patterns behind the cases of the forty-first round, in our own words."""
from __future__ import annotations

from _lint_kit import codes


# NUM302: « Sur ce total, A … et B … » takes up the one count of the sentence before — unless the
# text says that count was superseded (« avait d'abord annoncé N, avant de l'ajuster »)

def _club(sentence: str) -> str:
    return (f"Course de fond\n\nLa saison a été bonne.\n\nLe club revendique 9 800 coureurs licenciés "
            f"cette année. {sentence} Sur ce total, 5 100 sont des hommes et 4 700 des femmes.\n")


def test_num302_sur_ce_total_above_the_count_before_fires():
    text = ("Course de fond\n\nLa saison a été bonne.\n\nLe club a enregistré 9 400 coureurs licenciés "
            "cette année. Sur ce total, 5 100 sont des hommes et 4 700 des femmes.\n")
    assert codes(text, "NUM302") == ["NUM302"]


def test_num302_sur_ce_total_after_a_first_count_not_corrected_fires():
    text = _club("La fédération avait d'abord annoncé 9 400 coureurs, un chiffre confirmé depuis.")
    assert codes(text, "NUM302") == ["NUM302"]


def test_num302_sur_ce_total_after_a_count_adjusted_later_is_quiet():
    text = _club("La fédération avait d'abord annoncé le chiffre de 9 400 coureurs, avant de l'ajuster "
                 "en fin de semaine.")
    assert codes(text, "NUM302") == []


def test_num302_sur_ce_total_after_a_count_to_be_corrected_is_quiet():
    text = _club("La fédération avait initialement publié 9 400 coureurs, avant de le corriger lundi.")
    assert codes(text, "NUM302") == []


# NUM302: « W1 N1, dont a, et le <nom> N2, dont b »: N2, named by its own noun phrase and split by
# its own « dont », is a sibling of N1 (with its own parts), not one more part of N1

def _vote(sentence: str) -> str:
    return f"Élection\n\nLe bilan.\n\n{sentence}\n"


def test_num302_part_of_the_sibling_whole_above_it_fires():
    text = _vote("Le premier tour a attiré 8 200 votants, dont 3 100 par procuration, et le second tour "
                 "7 600, dont 8 900 par procuration.")
    assert codes(text, "NUM302") == ["NUM302"]


def test_num302_plain_parts_list_above_the_whole_still_fires():
    text = _vote("Le premier tour a attiré 8 200 votants, dont 3 100 par procuration et 5 600 dans les "
                 "bureaux.")
    assert codes(text, "NUM302") == ["NUM302"]


def test_num302_two_parallel_wholes_each_with_its_dont_are_quiet():
    text = _vote("Le premier tour a attiré 8 200 votants, dont 3 100 par procuration, et le second tour "
                 "7 600, dont 2 900 par procuration.")
    assert codes(text, "NUM302") == []


def test_num302_two_parallel_wholes_feminine_noun_are_quiet():
    text = _vote("La session de printemps a reçu 8 200 candidats, dont 3 100 en ligne, et la session "
                 "d'automne 7 600, dont 2 900 en ligne.")
    assert codes(text, "NUM302") == []


# NUM302: « Parmi ces <nom> / Parmi elles, A étaient <attribut> et B <attribut> »: B shares the
# « être » of A (no verb of its own); its word is an attribute, not another set — B is a part too

def _checks(sentence: str) -> str:
    return f"Contrôles routiers\n\nLe bilan.\n\n{sentence}\n"


def test_num302_parmi_ces_gapped_attribute_parts_above_the_count_fire():
    text = _checks("Les gendarmes ont contrôlé 860 conducteurs samedi. Parmi ces conducteurs, 520 étaient "
                   "sobres et 390 positifs à l'alcool.")
    assert codes(text, "NUM302") == ["NUM302"]


def test_num302_parmi_elles_gapped_attribute_parts_above_the_count_fire():
    text = _checks("Les douaniers ont retenu 1 480 personnes. Parmi elles, 910 étaient majeures et 640 "
                   "mineures.")
    assert codes(text, "NUM302") == ["NUM302"]


def test_num302_parmi_ces_gapped_attribute_parts_within_the_count_are_quiet():
    text = _checks("Les gendarmes ont contrôlé 860 conducteurs samedi. Parmi ces conducteurs, 520 étaient "
                   "sobres et 340 positifs à l'alcool.")
    assert codes(text, "NUM302") == []


def test_num302_parmi_ces_second_figure_with_its_own_verb_is_quiet():
    text = _checks("Les gendarmes ont contrôlé 860 conducteurs samedi. Parmi ces conducteurs, 520 étaient "
                   "sobres et 390 piétons ont été verbalisés.")
    assert codes(text, "NUM302") == []


def test_num302_parmi_elles_second_figure_with_its_own_verb_is_quiet():
    text = _checks("Les douaniers ont retenu 1 480 personnes. Parmi elles, 910 étaient majeures et 640 "
                   "agents sont intervenus.")
    assert codes(text, "NUM302") == []


# NUM301: « … N <nom>. Ils (Elles) se répartissent ainsi : A …, B … et C … » is the whole breakdown
# of the one exact count of the sentence before: the parts must add up to it

def _pound(sentence: str) -> str:
    return f"Fourrière\n\nUn été chargé.\n\nEn juillet, la fourrière a accueilli {sentence}\n"


def test_num301_pronoun_split_short_of_the_count_before_fires():
    text = _pound("1 240 animaux. Ils se répartissent ainsi : 610 chiens, 420 chats et 90 lapins.")
    assert codes(text, "NUM301") == ["NUM301"]


def test_num301_pronoun_split_as_follows_short_of_the_total_fires():
    text = _pound("en tout 1 240 animaux. Ils se répartissent comme suit : 610 chiens, 420 chats et 90 "
                  "lapins.")
    assert codes(text, "NUM301") == ["NUM301"]


def test_num301_pronoun_split_that_adds_up_is_quiet():
    text = _pound("1 240 animaux. Ils se répartissent ainsi : 610 chiens, 520 chats et 110 lapins.")
    assert codes(text, "NUM301") == []


def test_num301_pronoun_split_with_an_untold_remainder_is_quiet():
    text = _pound("1 240 animaux. Ils se répartissent ainsi : 610 chiens, 420 chats, 90 lapins et "
                  "quelques oiseaux.")
    assert codes(text, "NUM301") == []


def test_num301_pronoun_split_after_an_approximate_count_is_quiet():
    text = _pound("environ 1 240 animaux. Ils se répartissent ainsi : 610 chiens, 420 chats et 90 lapins.")
    assert codes(text, "NUM301") == []


def test_num301_pronoun_split_after_two_counts_is_quiet():
    text = _pound("1 240 animaux, contre 1 100 en juin. Ils se répartissent ainsi : 610 chiens, 420 chats "
                  "et 90 lapins.")
    assert codes(text, "NUM301") == []


def test_num301_split_by_another_subject_is_quiet():
    text = _pound("1 240 animaux. Les principaux se répartissent ainsi : 610 chiens, 420 chats et 90 "
                  "lapins.")
    assert codes(text, "NUM301") == []
