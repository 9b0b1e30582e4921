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
