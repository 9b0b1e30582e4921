"""Holdout 52, ages (NUM404): the patterns behind the misses, in sentences written for the tests."""
from __future__ import annotations

import pytest

from _lint_kit import codes


def _md(body: str, date: str = "2026-11-12") -> str:
    return f"---\ntitle: Article\ndate: {date}\n---\n\n# Un portrait\n\n{body}\n"


# --- an opening age, then the subject and its birth as an aside -----------------------------

@pytest.mark.parametrize("body", [
    "Âgé aujourd'hui de 38 ans, l'ancien chef de rayon, né à Quimper en 1969, avait avoué le vol "
    "dès son interpellation.",
    "À 51 ans, le gérant, né en 1968, a reconnu les faits devant le tribunal.",
    "Âgée de 52 ans, la conseillère, née en 1968 à Tarbes, brigue un troisième mandat.",
    "Âgée de 62 ans, Claire Bonnet, née le 2 février 1960 à Dax, dirige la clinique.",
    "Aujourd'hui âgé de 33 ans, Marc Ollivier, né en 1971, avait quitté le village en 2008.",
    "Âgé de 29 ans, ce boulanger, né à Morlaix en 1984, a été relaxé.",
])
def test_num404_opening_age_then_subject_birth_fires(body):
    assert codes(_md(body), "NUM404", path="a.md") == ["NUM404"]


@pytest.mark.parametrize("body", [
    # the age fits
    "Âgé aujourd'hui de 57 ans, l'ancien chef de rayon, né à Quimper en 1969, avait avoué le vol.",
    "À 58 ans, le gérant, né en 1968, a reconnu les faits devant le tribunal.",
    # a moment of the story: decades off, or another moment told after it
    "À 21 ans, le chanteur, né en 1943, enregistre son premier disque à Memphis.",
    "À 51 ans, le gérant, né en 1968, a racheté la boutique en 2019.",
    "À 51 ans, le gérant, né en 1968, a racheté la boutique il y a sept ans.",
    "Âgé de 51 ans, le gérant, né en 1968, était alors sans emploi.",
    "Âgé de 51 ans, le gérant, né en 1968, avait racheté la boutique.",
    "Âgé de 59 ans, le pilote, né en 1962, est mort dans la course.",
    # the birth of someone else
    "Âgé de 51 ans, le fils de Paul Ollivier, né en 1970, a repris la ferme.",
    "Âgé de 51 ans, le fils du maire, né en 1970, a repris la ferme.",
    "Âgé de 51 ans, le gérant, dont le père est né en 1970, a repris la ferme.",
    "En 2019, âgé de 51 ans, le gérant, né en 1968, a racheté la boutique.",
])
def test_num404_opening_age_then_subject_birth_quiet(body):
    assert codes(_md(body), "NUM404", path="a.md") == []


def test_num404_opening_age_then_subject_birth_needs_a_date():
    text = "Titre\n\nÀ 51 ans, le gérant, né en 1968, a reconnu les faits devant le tribunal.\n"
    assert codes(text, "NUM404", path="a.txt") == []
