"""Holdout 41 (n41a): patterns behind the cases of the forty-first round, in our own words."""
from __future__ import annotations

from _lint_kit import codes


# NUM302: « Sur ce total, A … et B … » takes up the one count of the sentence before — unless the
# text says that count was superseded (« avait d'abord annoncé N, avant de l'ajuster »)

def _club(sentence: str) -> str:
    return (f"Course de fond\n\nLa saison a été bonne.\n\nLe club revendique 9 800 coureurs licenciés "
            f"cette année. {sentence} Sur ce total, 5 100 sont des hommes et 4 700 des femmes.\n")


def test_num302_sur_ce_total_above_the_count_before_fires():
    text = ("Course de fond\n\nLa saison a été bonne.\n\nLe club a enregistré 9 400 coureurs licenciés "
            "cette année. Sur ce total, 5 100 sont des hommes et 4 700 des femmes.\n")
    assert codes(text, "NUM302") == ["NUM302"]


def test_num302_sur_ce_total_after_a_first_count_not_corrected_fires():
    text = _club("La fédération avait d'abord annoncé 9 400 coureurs, un chiffre confirmé depuis.")
    assert codes(text, "NUM302") == ["NUM302"]


def test_num302_sur_ce_total_after_a_count_adjusted_later_is_quiet():
    text = _club("La fédération avait d'abord annoncé le chiffre de 9 400 coureurs, avant de l'ajuster "
                 "en fin de semaine.")
    assert codes(text, "NUM302") == []


def test_num302_sur_ce_total_after_a_count_to_be_corrected_is_quiet():
    text = _club("La fédération avait initialement publié 9 400 coureurs, avant de le corriger lundi.")
    assert codes(text, "NUM302") == []
