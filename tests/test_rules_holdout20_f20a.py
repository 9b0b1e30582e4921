"""NUM305, NUM302 and NUM301 on patterns met in the twentieth holdout: a conversion in brackets is
no side of a change; a figure after a verb or a moment of its own ends a « dont » list; a vote
tally followed by « soit N députés » is a sum."""
import pytest

from numlint.engine import Settings, lint


def found(body: str, select: str, title: str = "Titre de l'article") -> list[str]:
    text = title + "\nUn chapeau sans chiffre.\n" + body + "\n"
    return [d.code for d in lint(text, path="article.txt", settings=Settings(select=[select]))]


# -- NUM305: « X dinars (environ Y euros), contre Z, soit +N % »: the change is Z -> X ---------------
@pytest.mark.parametrize("body,codes", [
    ("Le projet de loi de finances prévoit 62,4 milliards de dinars de dépenses (environ 18 milliards "
     "d'euros), contre 60,1 milliards cette année, soit une hausse de 3,8 %.", []),
    ("Le royaume consacrera 41,5 milliards de dirhams (3,8 milliards d'euros) à l'éducation, contre "
     "38,2 milliards l'an dernier, soit une progression de 8,6 %.", []),
    ("La centrale produit 5 400 gigawattheures (près de 5,4 térawattheures) par an, contre "
     "5 100 l'an passé, soit une hausse de 5,9 %.", []),
    ("Les recettes fiscales atteignent 45 milliards de dinars (environ 13 milliards d'euros), contre "
     "47,3 milliards en 2025, soit une baisse de 4,9 %.", []),
    # near misses: the change fits neither the figure nor its conversion
    ("Le projet de loi de finances prévoit 62,4 milliards de dinars de dépenses (environ 18 milliards "
     "d'euros), contre 60,1 milliards cette année, soit une hausse de 9,5 %.", ["NUM305"]),
    ("Le royaume consacrera 41,5 milliards de dirhams (3,8 milliards d'euros) à l'éducation, contre "
     "30,2 milliards l'an dernier, soit une progression de 8,6 %.", ["NUM305"]),
    # no conversion: still checked
    ("Le budget atteint 62,4 milliards de dinars, contre 60,1 milliards cette année, soit une "
     "hausse de 9,5 %.", ["NUM305"]),
])
def test_num305_a_conversion_in_brackets_is_no_side(body, codes):
    assert found(body, "NUM305") == codes


# -- NUM302: « 1 105 km, dont 302 km …, et vise 1 300 km d'ici 2030 »: a new clause, no part ------
@pytest.mark.parametrize("body,codes", [
    ("La métropole compte 860 kilomètres de pistes cyclables, dont 240 km en site propre, et vise "
     "1 200 km d'ici 2030.", []),
    ("La métropole compte 860 kilomètres de pistes cyclables, dont 240 km en site propre, et vise "
     "1 200 km.", []),
    ("La métropole compte 860 kilomètres de pistes cyclables, dont 240 km en site propre, et "
     "1 200 km d'ici 2030.", []),
    ("Le réseau exploite 420 bus, dont 130 électriques, et prévoit 500 véhicules en 2028.", []),
    ("Le groupe emploie 3 200 salariés, dont 900 en France, et compte en embaucher 4 000 d'ici "
     "2027.", []),
    ("L'hôpital dispose de 650 lits, dont 120 en réanimation, et en espère 800 à l'horizon 2030.", []),
    # near misses: the list itself past its whole, with or without a year per item
    ("La métropole compte 860 kilomètres de pistes cyclables, dont 640 km en site propre et "
     "310 km de bandes peintes.", ["NUM302"]),
    ("Le groupe a embauché 300 salariés sur deux ans, dont 180 en 2024 et 170 en 2025.", ["NUM302"]),
    ("Le réseau exploite 420 bus, dont 330 électriques et 130 au gaz.", ["NUM302"]),
    # a date that spans the whole list, or an item's own years, does not end it
    ("L'incendiaire a été reconnu coupable de neuf incendies : six à Dinant et cinq à Ciney, "
     "commis entre mars 2023 et mai 2024.", ["NUM302"]),
    ("Le club compte 40 trophées, dont 25 championnats et 18 coupes (2001, 2005 et 2019).",
     ["NUM302"]),
    ("Le club compte 40 trophées, dont 25 championnats et 12 coupes (2001, 2005 et 2019).", []),
])
def test_num302_a_clause_of_its_own_ends_the_list(body, codes):
    assert found(body, "NUM302") == codes


# -- NUM301: « par 98 voix contre 54 et 6 abstentions, soit 158 des 160 députés » -------------------
@pytest.mark.parametrize("body,codes", [
    # the tally adds up: quiet
    ("Le Sénat a adopté le texte par 187 voix contre 121 et 24 abstentions, soit 332 des 348 "
     "sénateurs.", []),
    ("Le conseil municipal a voté le budget par 31 voix contre 12, soit 43 conseillers.", []),
    ("Le conseil municipal a voté le budget par 31 voix contre 12 et 2 abstentions, soit 45 des "
     "49 élus.", []),
    # abstentions not told: the count may include some
    ("Le conseil municipal a voté le budget par 31 voix contre 12, soit 47 des 49 conseillers "
     "présents.", []),
    # a margin, not a sum
    ("Le texte a été adopté par 187 voix contre 121, soit 66 voix d'écart.", []),
    # another count altogether: quiet
    ("Le texte a été adopté par 187 voix contre 121, soit 62 % des suffrages exprimés.", []),
    # the tally does not add up: fires
    ("Le Sénat a adopté le texte par 187 voix contre 121 et 24 abstentions, soit 322 des 348 "
     "sénateurs.", ["NUM301"]),
    ("Le conseil municipal a voté le budget par 31 voix contre 12 et 2 abstentions, soit 47 des "
     "49 élus.", ["NUM301"]),
    ("Le conseil municipal a voté le budget par 31 voix contre 12, soit 41 conseillers.",
     ["NUM301"]),
])
def test_num301_a_vote_tally_is_a_sum(body, codes):
    assert found(body, "NUM301") == codes
