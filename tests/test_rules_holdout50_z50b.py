"""Holdout round 50 (z50b): our own sentences for the patterns behind the round's misses."""
from __future__ import annotations

import pytest

from _lint_kit import codes


def _md(body: str, date: str, title: str = "Un événement dans la ville") -> str:
    return f"---\ntitle: Article\ndate: {date}\n---\n\n# {title}\n\n{body}\n"


# NUM403: « pendant ses / durant les N jours de NOUN, du D1 au D2 »: all the days of a run,
# its own span right after; longer than the span is wrong (fewer may be: closed some days)
@pytest.mark.parametrize("sentence", [
    "Pendant ses neuf jours d'ouverture, du vendredi 2 au lundi 5 octobre, la foire a attiré 30 000 curieux.",
    "Durant les huit jours du festival, du jeudi 8 au samedi 10 octobre, la ville a vécu au rythme du jazz.",
    "Au cours de ses deux semaines de visite, du lundi 5 au mercredi 7 octobre, le ministre a vu trois usines.",
    "Lors des sept jours du salon, du vendredi 2 au dimanche 4 octobre, 80 exposants se sont relayés.",
])
def test_num403_during_all_days_of_run_longer_than_span_fires(sentence):
    assert codes(_md(sentence, "2026-10-20"), "NUM403", path="a.md") == ["NUM403"]


@pytest.mark.parametrize("sentence", [
    # the length agrees with the span
    "Pendant ses quatre jours d'ouverture, du vendredi 2 au lundi 5 octobre, la foire a attiré 30 000 curieux.",
    "Durant les trois jours du festival, du jeudi 8 au samedi 10 octobre, la ville a vécu au rythme du jazz.",
    # fewer days than the span: the fair may have been closed on some of them
    "Pendant ses six jours d'ouverture, du vendredi 2 au dimanche 11 octobre, la foire a attiré 30 000 curieux.",
    # a part of the days, not all of them
    "Pendant six de ses neuf jours d'ouverture, du vendredi 2 au lundi 5 octobre, il a plu.",
    # a time back, not a run
    "Dans les neuf jours qui ont suivi, du vendredi 2 au lundi 5 octobre, rien n'a bougé.",
])
def test_num403_during_all_days_of_run_quiet(sentence):
    assert codes(_md(sentence, "2026-10-20"), "NUM403", path="a.md") == []


# NUM403: « Après N jours / semaines de NOUN, commencé(e) / ouvert(e) le D1, … s'est achevé le /
# a rendu son jugement D2 »: the run's days are at most the span from its opening to its close
@pytest.mark.parametrize("sentence", [
    "Après deux semaines d'audience, ouverte le lundi 12 octobre, la cour a rendu son verdict jeudi 15 octobre.",
    "Après dix jours de procès, commencé le mardi 13 octobre, le tribunal a rendu son jugement le vendredi 16 octobre.",
    "Au terme de trois semaines de grève, entamée le lundi 5 octobre, le mouvement s'est achevé le vendredi 9 octobre.",
    "Après neuf jours de négociations, qui avaient commencé le mardi 13 octobre, les pourparlers ont pris fin le jeudi 15 octobre.",
])
def test_num403_after_length_then_opening_and_close_fires(sentence):
    assert codes(_md(sentence, "2026-10-20"), "NUM403", path="a.md") == ["NUM403"]


@pytest.mark.parametrize("sentence", [
    # the length fits the span
    "Après quatre jours d'audience, ouverte le lundi 12 octobre, la cour a rendu son verdict jeudi 15 octobre.",
    # fewer days than the span: sittings may be spread out
    "Après trois jours de procès, commencé le lundi 5 octobre, le tribunal a rendu son jugement le vendredi 16 octobre.",
    # the later date is not the close
    "Après deux semaines d'audience, ouverte le lundi 12 octobre, la cour a entendu jeudi 15 octobre un dernier témoin.",
    # the date after the opening is another event's
    "Après dix jours de grève, entamée le lundi 5 octobre, un accord a été signé le mardi 6 octobre par deux syndicats.",
])
def test_num403_after_length_then_opening_and_close_quiet(sentence):
    assert codes(_md(sentence, "2026-10-20"), "NUM403", path="a.md") == []


# NUM404: one relative (or clause) tells a birth and a birthday to come, coordinated: « qui est
# né / a vu le jour en YEAR et fêtera / soufflera ses N ans en MONTH » (born 1950: 76 in December 2026)
@pytest.mark.parametrize("sentence", [
    "Ce Nantais, qui a vu le jour en 1950 à Rezé et fêtera ses 70 ans en décembre, tient la boutique.",
    "Ce Nantais, qui avait vu le jour à Rezé en 1950 et qui soufflera ses 70 bougies en décembre, tient la boutique.",
    "Ce Nantais, qui est né en 1950 et fêtera ses 70 ans en décembre, tient la boutique.",
    "Le doyen, qui était né à Rezé en 1950 et va fêter ses 70 ans en décembre, tient la boutique.",
    "Il a vu le jour en 1950 et fêtera ses 70 ans en décembre.",
])
def test_num404_who_born_and_birthday_to_come_fires(sentence):
    assert codes(_md(sentence, "2026-10-20"), "NUM404", path="a.md") == ["NUM404"]


@pytest.mark.parametrize("sentence", [
    # the age agrees with the birth
    "Ce Nantais, qui a vu le jour en 1950 à Rezé et fêtera ses 76 ans en décembre, tient la boutique.",
    "Ce Nantais, qui est né en 1950 et fêtera ses 76 ans en décembre, tient la boutique.",
    # not a birthday of the one born: another's, after a new subject
    "Ce Nantais, qui a vu le jour en 1950 à Rezé et dont la fille fêtera ses 40 ans en décembre, tient la boutique.",
    # a founding with no birthday, then an age of someone else
    "Le restaurant, qui a vu le jour en 1950, accueille un chef qui fêtera ses 40 ans en décembre.",
])
def test_num404_who_born_and_birthday_to_come_quiet(sentence):
    assert codes(_md(sentence, "2026-10-20"), "NUM404", path="a.md") == []


# NUM404: « À N ans, NAME + a present still going on (toujours / encore / continue de) »: the age
# today; the birth told of a pronoun opening the next sentence is his or hers (born 1940: 85 or 86
# in October 2026)
@pytest.mark.parametrize("body", [
    "À 79 ans, Lucien Marchal tient toujours la quincaillerie du bourg. Il avait vu le jour en 1940, dans une ferme voisine.",
    "À 79 ans, Odette Vasseur est encore sur le marché chaque samedi. Elle est née en 1940 à Arras.",
    "À 79 ans, Lucien Marchal continue de réparer des horloges au port de Saint-Malo. Il est né en 1940, pendant la guerre.",
])
def test_num404_lead_age_name_still_then_birth_next_fires(body):
    assert codes(_md(body, "2026-10-20"), "NUM404", path="a.md") == ["NUM404"]


@pytest.mark.parametrize("body", [
    # the age agrees with the birth
    "À 85 ans, Lucien Marchal tient toujours la quincaillerie du bourg. Il avait vu le jour en 1940, dans une ferme voisine.",
    # no « toujours / encore »: « À N ans » may be a moment of his story
    "À 79 ans, Lucien Marchal tient la quincaillerie du bourg. Il avait vu le jour en 1940, dans une ferme voisine.",
    # a past tense: the age then
    "À 79 ans, Lucien Marchal tenait toujours la quincaillerie du bourg. Il avait vu le jour en 1940, dans une ferme voisine.",
    # someone else named after the verb: whose birth?
    "À 79 ans, Lucien Marchal tient toujours la quincaillerie avec Paul Girard. Il avait vu le jour en 1940.",
    # a year in the sentence dates the age
    "À 79 ans, Lucien Marchal tient toujours la quincaillerie, reprise en 2019. Il avait vu le jour en 1940.",
])
def test_num404_lead_age_name_still_then_birth_next_quiet(body):
    assert codes(_md(body, "2026-10-20"), "NUM404", path="a.md") == []
