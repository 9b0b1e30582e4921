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
