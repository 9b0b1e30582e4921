"""Holdout 42 (p42b): a stay's length then its dated entry and exit after a colon; a layoff told
after a dated injury and a dated return; a « Avec B, contre A l'an dernier, » pair then a verb's
percent change."""
from __future__ import annotations

import pytest

from _lint_kit import codes

# --- NUM403: « est resté N jours … : admis le …, sorti le … » ---------------------------------

STAY_FIRES = [
    "La randonneuse est restée quatre jours à l'hôpital de Tarbes : admise le mardi 3 mars, "
    "elle en est ressortie le mardi 10 mars.",
    "Le skipper a passé trois jours au centre de soins : arrivé le jeudi 5 mars au soir, il est "
    "reparti le mercredi 11 mars.",
    "Le blessé a séjourné six jours en réanimation : il y a été admis le lundi 2 mars et n'en est "
    "sorti que le mardi 17 mars.",
    "Le cycliste n'est resté que deux jours à la clinique : hospitalisé le vendredi 6 mars, il a "
    "quitté l'établissement le jeudi 12 mars.",
]
STAY_QUIET = [
    # the dates fit (either way of counting)
    "La randonneuse est restée sept jours à l'hôpital de Tarbes : admise le mardi 3 mars, "
    "elle en est ressortie le mardi 10 mars.",
    "Le skipper a passé six jours au centre de soins : arrivé le jeudi 5 mars au soir, il est "
    "reparti le mercredi 11 mars.",
    # no colon: the dates may be of something else
    "La randonneuse est restée quatre jours à l'hôpital de Tarbes. Admise le mardi 3 mars, "
    "elle a repris le travail le mardi 10 mars.",
    # the colon tells no entry: a visit, then a return home
    "Le ministre est resté quatre jours à Nouméa : il a rencontré les élus le mardi 3 mars "
    "et il est rentré à Paris le mardi 10 mars.",
    # three dates after the colon: unsure which two bound the stay
    "Il est resté quatre jours à l'hôpital : admis le mardi 3 mars, opéré le jeudi 5 mars, il en "
    "est sorti le mardi 10 mars.",
]


@pytest.mark.parametrize("text", STAY_FIRES)
def test_stay_told_after_colon_fires(text):
    assert codes(text, "NUM403", path="a.txt") == ["NUM403"]


@pytest.mark.parametrize("text", STAY_QUIET)
def test_stay_told_after_colon_quiet(text):
    assert codes(text, "NUM403", path="a.txt") == []


# --- NUM403: « Victime d'une chute le …, il a repris le …, après N semaines d'arrêt » -----------

LAYOFF_FIRES = [
    "Victime d'une chute à l'entraînement le samedi 4 avril, la nageuse a repris la compétition "
    "le vendredi 10 avril, après trois semaines d'arrêt.",
    "Blessé à la cheville le dimanche 5 avril, le demi de mêlée a fait son retour le samedi "
    "11 avril après quinze jours d'absence, plus tôt que prévu.",
    "Opérée du genou le lundi 6 avril, elle n'a retrouvé les terrains que le mercredi 15 avril, "
    "au terme de cinq semaines de convalescence.",
]
LAYOFF_QUIET = [
    # the layoff fits the days between the two dates
    "Victime d'une chute à l'entraînement le samedi 4 avril, la nageuse a repris la compétition "
    "le samedi 25 avril, après trois semaines d'arrêt.",
    # shorter than the span: he may have stopped later, no contradiction
    "Blessé à la cheville le dimanche 5 avril, le demi de mêlée a fait son retour le samedi "
    "25 avril après cinq jours d'arrêt.",
    # rest is only a part of the time away (rehabilitation may follow)
    "Victime d'une chute à l'entraînement le samedi 4 avril, la nageuse a repris la compétition "
    "le vendredi 10 avril, après trois semaines de repos.",
    # no injury opening the sentence: the days may count from elsewhere
    "Le club a annoncé le samedi 4 avril que son capitaine reprendrait le vendredi 10 avril, "
    "après trois semaines d'arrêt.",
]


@pytest.mark.parametrize("text", LAYOFF_FIRES)
def test_layoff_after_return_fires(text):
    assert codes(text, "NUM403", path="a.txt") == ["NUM403"]


@pytest.mark.parametrize("text", LAYOFF_QUIET)
def test_layoff_after_return_quiet(text):
    assert codes(text, "NUM403", path="a.txt") == []


# --- NUM305: « Avec B, contre A l'an dernier, <le sujet> gagne / progresse de P % » ------------

LEAD_PAIR_FIRES = [
    "Avec 64 quintaux à l'hectare, contre 80 l'an dernier, le rendement moyen de l'orge perd 30 %.",
    "Avec 50 quintaux à l'hectare, contre 40 l'an dernier, le rendement du maïs progresse de 40 % "
    "dans le département.",
    "Avec 1,50 euro le litre, contre 1,20 euro en 2024, le prix du lait augmente de 40 %, "
    "selon la chambre d'agriculture.",
    "Avec 90 000 visiteurs, contre 75 000 l'an dernier, la fréquentation du salon gagne 30 % "
    "et bat son record.",
    "Avec 3,3 millions de tonnes, contre 3,0 millions l'an dernier, la récolte régionale a gagné 20 %.",
]
LEAD_PAIR_QUIET = [
    # the right change
    "Avec 64 quintaux à l'hectare, contre 80 l'an dernier, le rendement moyen de l'orge perd 20 %.",
    "Avec 50 quintaux à l'hectare, contre 40 l'an dernier, le rendement du maïs progresse de 25 %.",
    # the subject is another value than the pair's: a harvest is yield times area
    "Avec 50 quintaux à l'hectare, contre 40 l'an dernier, la production du maïs progresse de 40 %.",
    "Avec 90 000 visiteurs, contre 75 000 l'an dernier, le chiffre d'affaires du salon gagne 30 %.",
    # a share: the change is in points, not a percent change of it
    "Avec 45 % des voix, contre 30 % en 2020, le maire sortant gagne 15 points.",
    "Avec 3,3 millions de tonnes, contre 3,0 millions l'an dernier, la récolte régionale a gagné 10 %.",
    # a relative clause in the subject: unsure what the verb's subject is
    "Avec 50 quintaux à l'hectare, contre 40 l'an dernier, le rendement du maïs, qui profite des "
    "pluies, progresse de 40 %.",
    # approximate values: quiet
    "Avec environ 50 quintaux à l'hectare, contre 40 l'an dernier, le rendement progresse de 40 %.",
    # another base after the percent
    "Avec 50 quintaux à l'hectare, contre 40 l'an dernier, le rendement du maïs progresse de 40 % "
    "sur dix ans.",
    # the « contre » value is of no earlier moment: another place, not a change
    "Avec 50 quintaux à l'hectare, contre 40 dans l'Aisne, le rendement du maïs progresse de 40 %.",
]


@pytest.mark.parametrize("text", LEAD_PAIR_FIRES)
def test_lead_pair_change_fires(text):
    assert codes(text, "NUM305", path="a.txt") == ["NUM305"]


@pytest.mark.parametrize("text", LEAD_PAIR_QUIET)
def test_lead_pair_change_quiet(text):
    assert codes(text, "NUM305", path="a.txt") == []
