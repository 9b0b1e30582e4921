"""NUM305 on patterns left by earlier holdouts: a change in points between two percentages
(« passé de 31 % à 46 %, soit une progression de 21 points »)."""
import pytest

from numlint.engine import Settings, lint


def found(body: str, code: str):
    text = "Titre de l'article\nUn chapeau sans chiffre.\n" + body + "\n"
    return [d.code for d in lint(text, path="article.txt", settings=Settings(select=["NUM3"]))
            if d.code == code]


# -- a gap in points between two shares: 46 - 31 is 15 points -----------------------------------
POINTS = [
    ("Dans la Gruyère, son score est passé de 31 % en 2021 à 46 % dimanche, soit une progression "
     "de 21 points.", ["NUM305"]),
    ("Le taux de chômage est passé de 7,1 % à 7,9 %, soit une hausse de 1,3 point.", ["NUM305"]),
    ("La participation a reculé de 52 % à 44 %, soit une baisse de 12 points.", ["NUM305"]),
    ("Le parti passe de 18,4 % des voix lors du précédent scrutin à 23,1 %, soit un gain de "
     "2,7 points.", ["NUM305"]),
    # right: quiet
    ("Dans la Gruyère, son score est passé de 31 % en 2021 à 46 % dimanche, soit une progression "
     "de 15 points.", []),
    ("Le taux de chômage est passé de 7,1 % à 7,9 %, soit une hausse de 0,8 point.", []),
    ("La participation a reculé de 52 % à 44 %, soit une baisse de 8 points.", []),
    ("Le taux d'épargne est passé de 15,2 % à 17,6 %, soit une hausse de 2,4 points de pourcentage.", []),
    # near-misses: points of a score, not of a share
    ("L'équipe est passée de 31 à 46 points au classement, soit une progression de 21 points.",
     ["NUM305"]),
    ("Le CAC 40 est passé de 7 310 à 7 480 points, soit une hausse de 170 points.", []),
    # a relative change of a share is a different measure: no points, no check
    ("Sa part est passée de 20 % à 25 %, soit une hausse de 25 %.", []),
]


@pytest.mark.parametrize("body,codes", POINTS)
def test_change_in_points_between_two_shares(body, codes):
    assert found(body, "NUM305") == codes


# -- « environ 40 000, contre 35 000 » : both rounded to the same unit, « environ » says the
# rounding; 20 % would need 42 000 ------------------------------------------------------------
ABOUT = [
    ("Le salon a accueilli environ 40 000 visiteurs, contre 35 000 l'an dernier, soit une hausse "
     "de 20 %.", ["NUM305"]),
    ("La course a réuni environ 12 000 coureurs cette année, contre 15 000 en 2023, soit une "
     "baisse de 30 %.", ["NUM305"]),
    ("Quelque 250 000 spectateurs sont venus, contre 200 000 l'an passé, soit une progression "
     "de 40 %.", ["NUM305"]),
    # right, within the rounding: quiet
    ("Le salon a accueilli environ 40 000 visiteurs, contre 35 000 l'an dernier, soit une hausse "
     "de 14 %.", []),
    ("Le salon a accueilli environ 40 000 visiteurs, contre 35 000 l'an dernier, soit une hausse "
     "de 17 %.", []),
    ("La course a réuni environ 12 000 coureurs cette année, contre 15 000 en 2023, soit une "
     "baisse de 20 %.", []),
    # the other side written to the unit: « environ » keeps its wide margin
    ("Le salon a accueilli environ 40 000 visiteurs, contre 35 210 l'an dernier, soit une hausse "
     "de 20 %.", []),
    # a rounded stated change: « environ 20 % » is loose too
    ("Le salon a accueilli environ 40 000 visiteurs, contre 35 000 l'an dernier, soit une hausse "
     "d'environ 20 %.", []),
]


@pytest.mark.parametrize("body,codes", ABOUT)
def test_about_figure_rounded_like_the_other(body, codes):
    assert found(body, "NUM305") == codes


# -- the message names the unit of a stated gap in points: « pas 21 » alone reads as a count ---
POINT_MESSAGES = [
    ("Son score est passé de 31 % en 2021 à 46 % dimanche, soit une progression de 21 points.",
     "fr", "fait +15 points, pas 21 points"),
    ("Son score est passé de 31 % en 2021 à 46 % dimanche, soit une progression de 21 points.",
     "en", "31% → 46% is +15 points, not 21 points"),
    ("Le taux de chômage est passé de 7,1 % à 7,9 %, soit une hausse de 1,3 point.",
     "fr", "pas 1,3 point"),
    ("Le taux de chômage est passé de 7,1 % à 8,1 %, soit une hausse de 1,5 point.",
     "en", "is +1 point, not 1,5 point"),     # the figure quoted as written
    # a relative change keeps its percent sign, nothing added
    ("Les recettes sont passées de 200 à 300 millions d'euros, soit une hausse de 25 %.",
     "fr", "pas 25 %"),
]


@pytest.mark.parametrize("body,lang,want", POINT_MESSAGES)
def test_points_message_names_the_unit(body, lang, want):
    text = "Titre de l'article\nUn chapeau sans chiffre.\n" + body + "\n"
    msgs = [d.message for d in lint(text, path="article.txt", settings=Settings(select=["NUM3"], lang=lang))
            if d.code == "NUM305"]
    assert len(msgs) == 1 and want in msgs[0] and "points points" not in msgs[0] \
        and "point point" not in msgs[0]


# -- a change told in the future or the conditional (budgets, forecasts): « passera de X à Y » --
FUTURE = [
    ("Pour une maison moyenne, le compte de taxes passera de 2 950 $ à 3 110 $, soit une hausse "
     "de 7,4 %.", ["NUM305"]),
    ("Selon le projet de loi, le plafond passerait de 1 200 à 1 500 euros, soit une hausse de 20 %.",
     ["NUM305"]),
    ("Les effectifs de la police municipale passeront de 48 à 60 agents d'ici 2028, soit une "
     "progression de 15 %.", ["NUM305"]),
    ("Les deux lignes passeraient de 14 à 10 rames, soit une baisse de 40 %.", ["NUM305"]),
    ("Avant la réforme, les loyers passaient de 800 à 880 euros en moyenne, soit une hausse de 12 %.",
     ["NUM305"]),
    # right: quiet
    ("Pour une maison moyenne, le compte de taxes passera de 2 950 $ à 3 110 $, soit une hausse "
     "de 5,4 %.", []),
    ("Selon le projet de loi, le plafond passerait de 1 200 à 1 500 euros, soit une hausse de 25 %.", []),
    ("Les deux lignes passeraient de 14 à 10 rames, soit une baisse de 29 %.", []),
    # near-misses: « passer » as spending time, a span with no stated change
    ("Les visiteurs passeront de 2 à 3 heures dans l'exposition.", []),
    ("Les élèves passeraient de 20 à 25 minutes par jour devant un écran, selon l'étude.", []),
]


@pytest.mark.parametrize("body,codes", FUTURE)
def test_change_told_in_the_future(body, codes):
    assert found(body, "NUM305") == codes


# -- « de 1 050 à 2026 »: a bare year beside a number written in thousands groups is a moment ----
YEAR_END = [
    ("Les effectifs de bouquetins passeront de 1 050 à 2026, soit une hausse de 26 %.", []),
    ("Le nombre de nids passait de 3 400 à 2025, soit une hausse de 12 %.", []),
    ("La colonie est passée de 1 050 à 2030, soit une hausse de 26 %.", []),
    # both ends grouped, or neither a year: still a change to check
    ("Les effectifs de bouquetins passeront de 1 050 à 2 026, soit une hausse de 26 %.", ["NUM305"]),
    ("Les effectifs de bouquetins passeront de 1 050 à 1 323, soit une hausse de 36 %.", ["NUM305"]),
    ("Le club est passé de 980 à 2026 adhérents, soit une hausse de 26 %.", ["NUM305"]),
    ("Les effectifs de bouquetins passeront de 1 050 à 1 323, soit une hausse de 26 %.", []),
]


@pytest.mark.parametrize("body,codes", YEAR_END)
def test_bare_year_beside_grouped_number_is_not_a_value(body, codes):
    assert found(body, "NUM305") == codes
