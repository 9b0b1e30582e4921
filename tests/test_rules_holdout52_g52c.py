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


# --- an obituary: the age at a death of now, the one birth told of the pronoun next ------------

def _obit(body: str) -> str:
    return _md(body).replace("# Un portrait", "# Nécrologie")


@pytest.mark.parametrize("body", [
    "Décédée à l'âge de 77 ans, Lucienne Perrin s'est éteinte jeudi à Mons, entourée des siens. "
    "L'ancienne bourgmestre souffrait d'un cancer.\n\nElle était née à Tournai le 4 avril 1942, "
    "fille d'un boulanger.",
    "Mort à 68 ans, le sculpteur Henri Vasseur est décédé dimanche dans son atelier de Cahors.\n\n"
    "Il était né le 19 juin 1951 à Figeac.",
    "Disparue à 90 ans, Odette Lenoir est morte mardi à Brest. Elle était née le 1er mai 1930.",
])
def test_num404_obituary_age_then_pronoun_birth_fires(body):
    assert codes(_obit(body), "NUM404", path="a.md") == ["NUM404"]


@pytest.mark.parametrize("body", [
    # the age fits (a birthday between the death and the day of the article)
    "Décédée à l'âge de 84 ans, Lucienne Perrin s'est éteinte jeudi à Mons.\n\n"
    "Elle était née à Tournai le 4 avril 1942, fille d'un boulanger.",
    # another gender: someone else's birth
    "Décédée à l'âge de 77 ans, Lucienne Perrin s'est éteinte jeudi à Mons.\n\n"
    "Il était né à Tournai le 4 avril 1942, fils d'un boulanger.",
    # a death of long ago
    "Décédée à l'âge de 77 ans en 2019, Lucienne Perrin s'est éteinte à Mons.\n\n"
    "Elle était née à Tournai le 4 avril 1942.",
    "Il y a cinq ans, décédée à l'âge de 77 ans, Lucienne Perrin s'est éteinte à Mons.\n\n"
    "Elle était née à Tournai le 4 avril 1942.",
    "Décédée à l'âge de 77 ans, Lucienne Perrin était morte à Mons.\n\n"
    "Elle était née à Tournai le 4 avril 1942.",
    # the pronoun of someone else, or two people
    "Décédée à l'âge de 77 ans, Lucienne Perrin s'est éteinte jeudi à Mons.\n\n"
    "Sa petite-fille a repris la pharmacie. Elle est née le 4 avril 1992 à Namur.",
    "Décédée à l'âge de 77 ans, Lucienne Perrin s'est éteinte jeudi à Mons. Son frère est mort "
    "à 80 ans.\n\nElle était née à Tournai le 4 avril 1942.",
    "Décédée à l'âge de 77 ans, Lucienne Perrin s'est éteinte jeudi à Mons.\n\nElle était née à "
    "Tournai le 4 avril 1942. Sa sœur, née le 8 mai 1946, vit à Spa.",
    # another part of the article
    "Décédée à l'âge de 77 ans, Lucienne Perrin s'est éteinte jeudi à Mons.\n\n## Une carrière\n\n"
    "Elle était née à Tournai le 4 avril 1942.",
])
def test_num404_obituary_age_then_pronoun_birth_quiet(body):
    assert codes(_obit(body), "NUM404", path="a.md") == []
