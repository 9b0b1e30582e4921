"""Holdout 43 (q43a): NUM404 births told in a relative on the subject, and NUM403 spans, with our
own sentences."""
from __future__ import annotations

import pytest

from _lint_kit import codes

_HEAD = "---\ntitle: Portrait\ndate: 2026-11-20\n---\n\n# Un procès à Blois\n\n"


def _art(sentence: str) -> str:
    return _HEAD + sentence + " L'audience reprendra lundi.\n"


# NUM404: « X, qui a vu le jour en (MONTH) YEAR (à PLACE), est (aujourd'hui) âgé de N ans / a N ans »

@pytest.mark.parametrize("sentence", [
    # born 1990: 36 in November 2026, not 45
    "Le prévenu, qui a vu le jour en juin 1990 à Romorantin-Lanthenay, est aujourd'hui âgé de 45 ans.",
    "La plaignante, qui a vu le jour à Vendôme en 1990, a 45 ans.",
    "Le témoin, qui avait vu le jour en 1990, est âgé de 45 ans.",
])
def test_num404_who_saw_day_then_aged_fires(sentence):
    assert codes(_art(sentence), "NUM404", path="a.md") == ["NUM404"]


@pytest.mark.parametrize("sentence", [
    # the age agrees
    "Le prévenu, qui a vu le jour en juin 1990 à Romorantin-Lanthenay, est aujourd'hui âgé de 36 ans.",
    # a founding, the age someone else's
    "Le cabinet, qui a vu le jour en 1990 à Blois, est aujourd'hui dirigé par une avocate de 45 ans.",
    # not an age: a history
    "Le festival, qui a vu le jour en 1990, a 45 ans d'histoire derrière lui.",
    # an age then, in the past
    "Le prévenu, qui avait vu le jour en 1990, était alors âgé de 20 ans.",
])
def test_num404_who_saw_day_look_alikes_stay_quiet(sentence):
    assert codes(_art(sentence), "NUM404", path="a.md") == []


# NUM403: « a duré / s'est étalé(e) sur N jours : entamé(e) / commencé(e) / ouvert(e) le …, … achevé(e) /
# terminé(e) / refermé(e) / a pris fin le … »: the days between the opening and the close

_HEAD2 = "---\ntitle: Bilan\ndate: 2026-09-02\n---\n\n# Un été chargé\n\n"


@pytest.mark.parametrize("sentence", [
    "La vague de chaleur a duré six jours : entamée le lundi 3 août, elle s'est achevée le "
    "dimanche 16 août, juste avant l'orage.",
    "Le salon s'est étalé sur six jours : ouvert le samedi 1er août, il a fermé ses portes le "
    "dimanche 16 août.",
    "La fête foraine a duré six jours : lancée le samedi 1er août, elle a pris fin le dimanche 16 août.",
])
def test_num403_lasted_then_opening_and_close_fires(sentence):
    assert codes(_HEAD2 + sentence + "\n", "NUM403", path="a.md") == ["NUM403"]


@pytest.mark.parametrize("sentence", [
    # the length agrees
    "La vague de chaleur a duré quatorze jours : entamée le lundi 3 août, elle s'est achevée le "
    "dimanche 16 août.",
    # a strike's days may skip weekends
    "La grève a duré six jours : entamée le lundi 3 août, elle s'est achevée le lundi 10 août.",
    # a date between: which is the close?
    "La crue a duré six jours : entamée le samedi 1er août, elle a reculé le mardi 4 août et "
    "s'est achevée le dimanche 16 août.",
    # a planned opening, not told
    "Le salon a duré six jours : prévu le samedi 1er août, il s'est achevé le dimanche 16 août.",
])
def test_num403_lasted_look_alikes_stay_quiet(sentence):
    assert codes(_HEAD2 + sentence + "\n", "NUM403", path="a.md") == []


# NUM404: an age, then the birth of the same one in « lui / elle qui a vu le jour / est né(e) … en
# YEAR » right after (« a fêté ses N ans en MONTH », « a eu N ans », « a N ans »)

@pytest.mark.parametrize("sentence", [
    # born 1971: 55 in November 2026, not 49
    "Le maire, Paul Girard, a fêté ses 49 ans en février, lui qui a vu le jour à Orléans en 1971.",
    "La juge, Claire Menu, a eu 49 ans en mars, elle qui est née en 1971 à Tours.",
    "Le greffier a 49 ans, lui qui est venu au monde en avril 1971.",
    # a year in the subject's aside dates the aside, not the age
    "Le président du tribunal, un magistrat nommé à Blois en 2020, a fêté ses 49 ans en janvier, "
    "lui qui a vu le jour à Orléans en 1971.",
])
def test_num404_age_then_he_who_was_born_fires(sentence):
    assert codes(_art(sentence), "NUM404", path="a.md") == ["NUM404"]


@pytest.mark.parametrize("sentence", [
    # the age agrees
    "Le maire, Paul Girard, a fêté ses 55 ans en février, lui qui a vu le jour à Orléans en 1971.",
    # a year dating the birthday
    "En 2020, le maire a fêté ses 49 ans, lui qui est né à Orléans en 1971.",
    "Le maire, en 2020, a fêté ses 49 ans, lui qui est né à Orléans en 1971.",
    # an age then
    "Le maire avait 49 ans, lui qui est né en 1971.",
    # whose birth?
    "Son fils a fêté ses 49 ans en février, lui qui a vu le jour en 1971.",
])
def test_num404_age_then_he_who_was_born_look_alikes_stay_quiet(sentence):
    assert codes(_art(sentence), "NUM404", path="a.md") == []
