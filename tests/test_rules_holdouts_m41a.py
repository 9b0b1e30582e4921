"""Holdouts m41a: NUM201 patterns, with our own sentences."""
from _lint_kit import codes


# -- a headline's « un trou de N » is the deficit the body gives as « un déficit de » ------------

def test_headline_trou_against_body_deficit_fires():
    text = ("# Le festival boucle ses comptes avec un trou de 3,2 millions d'euros\n\n"
            "L'association organisatrice a présenté lundi ses comptes annuels. L'exercice se solde "
            "par un déficit de 2,4 millions d'euros, selon le trésorier.\n")
    assert codes(text, "NUM201", path="a.md") == ["NUM201"]


def test_headline_trou_matching_body_deficit_quiet():
    text = ("# Le festival boucle ses comptes avec un trou de 2,4 millions d'euros\n\n"
            "L'association organisatrice a présenté lundi ses comptes annuels. L'exercice se solde "
            "par un déficit de 2,4 millions d'euros, selon le trésorier.\n")
    assert codes(text, "NUM201", path="a.md") == []


def test_body_trou_forecast_against_body_deficit_quiet():
    # in the body, a « trou » is often a forecast the outcome then corrects: another moment
    text = ("# Le festival boucle ses comptes\n\n"
            "Le budget initial laissait craindre un trou de 3,2 millions d'euros. L'exercice se "
            "solde finalement par un déficit de 2,4 millions d'euros, selon le trésorier.\n")
    assert codes(text, "NUM201", path="a.md") == []


def test_headline_trou_against_other_measure_quiet():
    # a hole in the accounts is not the debt nor the revenue
    text = ("# Le festival boucle ses comptes avec un trou de 3,2 millions d'euros\n\n"
            "L'association organisatrice a présenté lundi ses comptes annuels. Sa dette atteint "
            "2,4 millions d'euros, selon le trésorier.\n")
    assert codes(text, "NUM201", path="a.md") == []


def test_lede_trou_forecast_against_body_deficit_quiet():
    # a standfirst's « trou » is often the forecast the body's outcome corrects
    text = ("# Le festival boucle ses comptes\n\n"
            "**Le budget initial prévoyait un trou de 3,2 millions d'euros.**\n\n"
            "L'exercice se solde finalement par un déficit de 2,4 millions d'euros, selon le "
            "trésorier.\n")
    assert codes(text, "NUM201", path="a.md") == []
