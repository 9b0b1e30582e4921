"""Holdout round 49 (y49b): our own sentences for the patterns behind the round's misses."""
from __future__ import annotations

import pytest

from _lint_kit import codes


def _md(body: str, date: str, title: str = "Un drame dans la commune") -> str:
    return f"---\ntitle: Article\ndate: {date}\n---\n\n# {title}\n\n{body}\n"


# NUM404: a name's age aside, then « qui est né / était né / a vu le jour / avait vu le jour en
# YEAR » — the relative tells the birth of the same one (born 1949: 76 or 77 in May 2026)
@pytest.mark.parametrize("sentence", [
    "Parmi les blessés figure le boulanger, Marc Lenoir, 71 ans, qui avait vu le jour en 1949 dans le bourg.",
    "Parmi les blessés figure le boulanger, Marc Lenoir, 71 ans, qui a vu le jour en 1949 dans le bourg.",
    "Parmi les blessés figure le boulanger, Marc Lenoir, 71 ans, qui était né en 1949 dans le bourg.",
    "Le doyen, Marc Lenoir, 71 ans, qui est né à Quimper en 1949, a été évacué.",
    "Marc Lenoir, 71 ans, qui avait vu le jour à Brest en mars 1949, a été évacué.",
    "Marc Lenoir, 71 ans, qui était venu au monde en 1949 à Vannes, a été évacué.",
])
def test_num404_apposed_age_then_who_born_fires(sentence):
    assert codes(_md(sentence, "2026-05-20"), "NUM404", path="a.md") == ["NUM404"]


@pytest.mark.parametrize("sentence", [
    # the age agrees with the birth
    "Parmi les blessés figure le boulanger, Marc Lenoir, 76 ans, qui avait vu le jour en 1949 dans le bourg.",
    "Le doyen, Marc Lenoir, 77 ans, qui est né à Quimper en 1949, a été évacué.",
    # the relative tells another birth, or a kin's
    "Marc Lenoir, 71 ans, qui avait vu naître son fils en 1990, a été évacué.",
    "Marc Lenoir, 41 ans, dont le père était né en 1949, a été évacué.",
    # whose age? a kin's name before the age
    "Le fils de Marc Lenoir, 41 ans, qui est né en 1949, a été évacué.",
    # a year earlier in the sentence dates the age
    "En 2020, Marc Lenoir, 71 ans, qui avait vu le jour en 1949, dirigeait la boulangerie.",
])
def test_num404_apposed_age_then_who_born_quiet(sentence):
    assert codes(_md(sentence, "2026-05-20"), "NUM404", path="a.md") == []


# NUM404: a birthday to come (« fêtera ses N ans le mois prochain / la semaine prochaine / dans
# quelques jours ») and the birth told in a bracket or dash aside right after it (October 2026)
@pytest.mark.parametrize("sentence", [
    "La pilier, qui fêtera ses 30 ans le mois prochain (elle est née en novembre 1993 à Dax), a été élue joueuse du match.",
    "Le capitaine, qui fêtera ses 30 ans la semaine prochaine (né le 27 octobre 1993), a marqué deux essais.",
    "Le capitaine, qui soufflera ses 30 bougies dans quelques jours (il est né à Bayonne en 1993), a marqué deux essais.",
    "Le capitaine fêtera ses 30 ans dans trois semaines — il est né en novembre 1993 —, un cap symbolique.",
    "Le capitaine, qui aura 30 ans le mois prochain (il est né en novembre 1993), a marqué deux essais.",
    "Née en 1993, elle fêtera ses 30 ans la semaine prochaine.",
])
def test_num404_birthday_soon_bracket_birth_fires(sentence):
    assert codes(_md(sentence, "2026-10-20"), "NUM404", path="a.md") == ["NUM404"]


@pytest.mark.parametrize("sentence, date", [
    # the age agrees with the birth
    ("La pilier, qui fêtera ses 33 ans le mois prochain (elle est née en novembre 1993 à Dax), a été élue joueuse du match.", "2026-10-20"),
    ("Née en 1993, elle fêtera ses 33 ans dans quelques jours.", "2026-10-20"),
    # a week ahead at the turn of the year: next year's birthday may be meant
    ("Le capitaine, qui fêtera ses 34 ans la semaine prochaine (il est né en janvier 1993), a marqué deux essais.", "2026-12-28"),
    # the bracket tells someone else's birth, or the years are not an age
    ("La pilier, qui fêtera ses 30 ans le mois prochain (sa mère est née en novembre 1993), a été élue joueuse du match.", "2026-10-20"),
    ("Le capitaine, qui fêtera ses 30 ans de carrière le mois prochain (il est né en novembre 1973), a marqué deux essais.", "2026-10-20"),
    ("Le club, qui fêtera ses 30 ans le mois prochain (son fondateur est né en 1993), a gagné.", "2026-10-20"),
    # a year of the story in the sentence
    ("En 2023, le capitaine fêtera ses 30 ans le mois prochain (il est né en novembre 1993), écrivait-on.", "2026-10-20"),
])
def test_num404_birthday_soon_bracket_birth_quiet(sentence, date):
    assert codes(_md(sentence, date), "NUM404", path="a.md") == []


# NUM403: an opening dated in a leading aside, then « a duré / s'est étalée sur N … et s'est
# achevée / a pris fin / a été close le D2 »: the length no longer than that span (5 → 23 October)
@pytest.mark.parametrize("sentence", [
    "Ouverte le lundi 5 octobre, elle a duré six semaines et s'est achevée le vendredi 23 octobre, avec 900 avis.",
    "Lancée le lundi 5 octobre, l'enquête publique a duré six semaines et s'est terminée le vendredi 23 octobre.",
    "Entamée le lundi 5 octobre, la concertation s'est étalée sur 40 jours et a pris fin le vendredi 23 octobre.",
    "Ouvert le lundi 5 octobre, le registre a duré huit semaines et a été clos le vendredi 23 octobre.",
])
def test_num403_opened_aside_lasted_and_closed_fires(sentence):
    assert codes(_md(sentence, "2026-11-02", "Consultation"), "NUM403", path="a.md") == ["NUM403"]


@pytest.mark.parametrize("sentence", [
    # a length within the span (rounded, or shorter: not every day counted)
    "Ouverte le lundi 5 octobre, elle a duré trois semaines et s'est achevée le vendredi 23 octobre, avec 900 avis.",
    "Ouverte le lundi 5 octobre, elle a duré deux semaines et s'est achevée le vendredi 23 octobre.",
    "Lancée le lundi 5 octobre, l'enquête publique a duré 19 jours et s'est terminée le vendredi 23 octobre.",
    # the close agrees with the length
    "Ouverte le lundi 5 octobre, elle a duré six semaines et s'est achevée le vendredi 13 novembre.",
    # the length is of something else, told in a relative
    "Ouverte le lundi 5 octobre, la ligne a connu des travaux qui ont duré six semaines et se sont achevés le vendredi 23 octobre.",
])
def test_num403_opened_aside_lasted_and_closed_quiet(sentence):
    assert codes(_md(sentence, "2026-11-02", "Consultation"), "NUM403", path="a.md") == []


# NUM403: « N jours par semaine / par mois » is a frequency, not the length of the whole
@pytest.mark.parametrize("sentence", [
    "Un stage de trois jours par semaine débutera le lundi 1er juin et s'achèvera le vendredi 26 juin.",
    "Une formation de deux jours par mois commencera le lundi 1er juin et s'achèvera le vendredi 26 juin.",
    "Un stage de deux jours toutes les semaines démarrera le lundi 1er juin et s'achèvera le vendredi 26 juin.",
])
def test_num403_length_per_week_quiet(sentence):
    assert codes(_md(sentence, "2026-05-20", "Formation"), "NUM403", path="a.md") == []


def test_num403_length_without_frequency_fires():
    sentence = "Un stage de trois jours débutera le lundi 1er juin et s'achèvera le vendredi 26 juin."
    assert codes(_md(sentence, "2026-05-20", "Formation"), "NUM403", path="a.md") == ["NUM403"]


# NUM403: « un deuil / une trêve / une fermeture de N jours à compter de (ce) D1 / à partir du D1,
# qui prendra fin / s'achèvera / sera levé(e) le D2 »: the start told; a date of the decision
# alone (« a décrété dimanche 31 mai un deuil de trois jours ») does not start the span: quiet
@pytest.mark.parametrize("sentence", [
    "Le gouvernement a décrété un deuil national de deux jours à compter de ce dimanche 31 mai, qui prendra fin le vendredi 5 juin.",
    "Les belligérants ont conclu une trêve de quatre jours à partir du lundi 1er juin, qui sera levée le mardi 9 juin.",
    "Le préfet a ordonné une fermeture de trois jours à compter du lundi 1er juin, qui s'achèvera le mardi 9 juin.",
])
def test_num403_told_start_then_end_fires(sentence):
    assert codes(_md(sentence, "2026-05-31", "Deuil national"), "NUM403", path="a.md") == ["NUM403"]


@pytest.mark.parametrize("sentence", [
    # the length fits the span
    "Le gouvernement a décrété un deuil national de cinq jours à compter de ce dimanche 31 mai, qui prendra fin le vendredi 5 juin.",
    "Les belligérants ont conclu une trêve de huit jours à partir du lundi 1er juin, qui sera levée le mardi 9 juin.",
    # the date of the decision, not the start: the span may begin later
    "Le gouvernement a décrété dimanche 31 mai un deuil national de deux jours, qui prendra fin le vendredi 5 juin.",
    "Les belligérants ont conclu le lundi 1er juin une trêve de quatre jours, qui sera levée le mardi 9 juin.",
    # a frequency, not the whole
    "Le préfet a ordonné une fermeture de trois jours par semaine à compter du lundi 1er juin, qui s'achèvera le mardi 30 juin.",
])
def test_num403_told_start_then_end_quiet(sentence):
    assert codes(_md(sentence, "2026-05-31", "Deuil national"), "NUM403", path="a.md") == []
