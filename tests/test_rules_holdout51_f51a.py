"""Patterns met in the fifty-first holdout (f51a): wholes and parts (NUM301–NUM304)."""
import pytest

from _lint_kit import codes


def article(body: str, title: str = "Industrie : le groupe publie ses comptes") -> str:
    return f"{title}\n\nLes comptes ont été présentés mardi.\n\n{body}\n"


# -- NUM302: « Sur ses N <nom>, … en <verbe> A dans ses deux sites, …, et B … » -----------------
@pytest.mark.parametrize("body,found", [
    ("Sur ses 1 800 employés, la société en emploie 1 120 dans ses trois ateliers normands, "
     "à Caen et à Lisieux, et 760 dans sa filiale espagnole.", ["NUM302"]),
    ("Sur les 640 élèves, le réseau en accueille 410 dans ses deux collèges, à Dax et à Orthez, "
     "et 290 dans son lycée de Pau.", ["NUM302"]),
    ("Sur ces 950 lits, l'hôpital en compte 610 dans ses quatre pavillons et 420 dans "
     "l'annexe de la gare.", ["NUM302"]),
    # the parts fit the whole
    ("Sur ses 1 800 employés, la société en emploie 1 120 dans ses trois ateliers normands, "
     "à Caen et à Lisieux, et 680 dans sa filiale espagnole.", []),
    # the count after the place is of another noun: no part of the list
    ("Sur ses 1 800 employés, la société en emploie 1 120 dans ses trois ateliers, "
     "et 760 intérimaires.", []),
    # the places counted are the only other figure: no second part
    ("Sur ses 1 800 employés, la société en emploie 1 120 dans ses trois ateliers normands.", []),
])
def test_num302_place_count_inside_parts_list(body, found):
    assert codes(article(body), "NUM302", path="a.txt") == found
