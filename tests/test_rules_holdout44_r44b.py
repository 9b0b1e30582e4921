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

