"""Holdout round 44, cases of helper r44b: patterns written from unseen articles, in sentences of our own."""
from __future__ import annotations

from _lint_kit import codes


# NUM305: « passé de A à B (noun) en N ans, une progression d'un tiers »: the span before the
# comma is the change's period, not another value between the pair and the change noun

def test_fraction_noun_after_pair_with_period_en_fires():
    t = "Le trafic du port est passé de 30 000 à 36 000 conteneurs par mois en cinq ans, un bond d'un tiers.\n"
    assert codes(t, "NUM305") == ["NUM305"]


def test_fraction_noun_after_pair_with_period_sur_fires():
    t = "Le nombre d'abonnés est passé de 8 000 à 12 000 sur trois ans, une hausse d'un quart.\n"
    assert codes(t, "NUM305") == ["NUM305"]


def test_fraction_noun_after_pair_with_period_depuis_fires():
    t = "Le nombre d'élèves est passé de 400 à 600 depuis dix ans, une progression d'un tiers.\n"
    assert codes(t, "NUM305") == ["NUM305"]


def test_fraction_noun_after_pair_with_period_right_quiet():
    t = "Le trafic du port est passé de 27 000 à 36 000 conteneurs par mois en cinq ans, un bond d'un tiers.\n"
    assert codes(t, "NUM305") == []


def test_fraction_noun_after_pair_other_value_between_quiet():
    t = "Le trafic est passé de 30 000 à 36 000 conteneurs avec 40 navires, un bond d'un tiers.\n"
    assert codes(t, "NUM305") == []


def test_fraction_noun_after_pair_period_then_other_span_quiet():
    t = "Le trafic est passé de 30 000 à 36 000 conteneurs en cinq ans, un bond d'un tiers en dix ans.\n"
    assert codes(t, "NUM305") == []


# NUM305: two successive periods told by ordinals (« la première semaine … A, la deuxième B »),
# then a change noun in apposition closing the sentence: the change from A to B

def test_successive_periods_limited_fall_fires():
    t = "Sa première saison a attiré 80 000 visiteurs, la deuxième 60 000, un recul limité à 15 % qui rassure la mairie.\n"
    assert codes(t, "NUM305") == ["NUM305"]


def test_successive_periods_soit_rise_fires():
    t = "Le premier tour a réuni 12 000 voix, le second 15 000, soit une hausse de 40 %.\n"
    assert codes(t, "NUM305") == ["NUM305"]


def test_successive_periods_money_with_nouns_fires():
    t = "Le premier trimestre a rapporté 2,4 millions d'euros, et le deuxième trimestre 3,6 millions d'euros, une progression de 20 %.\n"
    assert codes(t, "NUM305") == ["NUM305"]


def test_successive_periods_right_change_quiet():
    t = "Sa première saison a attiré 80 000 visiteurs, la deuxième 60 000, un recul limité à 25 % qui rassure la mairie.\n"
    assert codes(t, "NUM305") == []


def test_successive_periods_other_base_after_quiet():
    t = "Le premier lot compte 400 places, le deuxième 300, une réduction de 50 % par rapport au projet initial.\n"
    assert codes(t, "NUM305") == []


def test_successive_periods_not_consecutive_quiet():
    t = "La première semaine a attiré 80 000 visiteurs, la troisième 60 000, une baisse de 15 %.\n"
    assert codes(t, "NUM305") == []


def test_successive_periods_direction_against_the_noun_quiet():
    t = "La première semaine a attiré 80 000 visiteurs, la deuxième 60 000, une hausse de 15 % sur un an.\n"
    assert codes(t, "NUM305") == []
    t = "La première semaine a attiré 80 000 visiteurs, la deuxième 60 000, une hausse de 15 %.\n"
    assert codes(t, "NUM305") == []


# NUM404: an age told as a birthday just past (« a soufflé / a fêté ses N bougies / ans (au
# printemps, en MONTH) »), closing its sentence, the birth opening the next (« Né en YEAR (à
# PLACE), il … »): today's age of the one born

_HEAD = "---\ntitle: Portrait\ndate: 2026-07-15\n---\n\n# Un transfert\n\n"


def _art(text: str) -> str:
    return _HEAD + text + " La saison reprend en août.\n"


import pytest  # noqa: E402


@pytest.mark.parametrize("text", [
    "Le club a engagé un pilier géorgien, qui a soufflé ses 25 bougies au printemps. Né en 1992 à Tbilissi, il a joué en France.",
    "La nouvelle entraîneuse a fêté ses 39 ans en mars. Née en 1981, elle a dirigé trois clubs.",
    "Le gardien a soufflé ses 30 bougies le mois dernier. Né le 4 avril 1991 à Lyon, il arrive de Nice.",
    "Le club a recruté un jeune ailier, qui vient de fêter ses 22 ans. Né en 1998, il a débuté à Pau.",
])
def test_num404_past_birthday_then_birth_next_sentence_fires(text):
    assert codes(_art(text), "NUM404", path="a.md") == ["NUM404"]


@pytest.mark.parametrize("text", [
    # the right age
    "Le club a engagé un pilier géorgien, qui a soufflé ses 33 bougies au printemps. Né en 1993 à Tbilissi, il a joué en France.",
    # someone else named in the sentence: whose birth?
    "Le club a engagé le frère de Paul Martin, qui a fêté ses 25 ans en mars. Né en 1992, il a joué en France.",
    # a relative far from its noun, on a clause: whose birthday?
    "Le club a engagé un pilier dont la mère a fêté ses 60 ans en mars. Né en 1992, il a joué en France.",
    # another sentence between the birthday and the birth
    "Le pilier a fêté ses 25 ans en mars. Le club est satisfait. Né en 1992, il a joué en France.",
    # a noun with a complement before « qui »: whose birthday?
    "Le club a recruté le frère du pilier, qui a fêté ses 22 ans en mars. Né en 1998, il a débuté à Pau.",
    # a birthday of last year
    "Le pilier a fêté ses 25 ans l'an dernier. Né en 1992, il a joué en France.",
])
def test_num404_past_birthday_look_alikes_stay_quiet(text):
    assert codes(_art(text), "NUM404", path="a.md") == []
