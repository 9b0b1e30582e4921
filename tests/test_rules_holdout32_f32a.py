"""NUM302, NUM202, NUM501 and NUM101 on patterns met in the thirty-second holdout."""
import pytest

from _lint_kit import codes


def article(body: str, title: str = "Bilan du mois", lede: str = "Les chiffres sont tombés.") -> str:
    return f"{title}\n{lede}\n\n{body}\n"


# -- NUM302: a count after « par » is the agent of a parts list (« présentées par 31 éleveurs »), ---
# not one more part of the whole
@pytest.mark.parametrize("body,found", [
    ("Le salon a réuni 140 chevaux : 88 comtois et 45 ardennais, présentés par 37 éleveurs.", []),
    ("La brocante a compté 210 stands : 150 de particuliers et 48 de professionnels, tenus par "
     "95 exposants.", []),
    # near misses: a third part, with or without a noun of its own
    ("Le salon a réuni 140 chevaux : 88 comtois, 45 ardennais et 37 percherons.", ["NUM302"]),
    ("La brocante a compté 210 stands : 150 de particuliers, 48 de professionnels et 25 "
     "d'associations.", ["NUM302"]),
])
def test_num302_agent_after_par_is_no_part(body, found):
    assert codes(article(body), "NUM302") == found


# -- NUM202: a money headline whose measure is not read (« le déficit du Mexique fond à … ») is ----
# given by the body's sum of a named measure with its currency elided, when the body writes that
# currency with the same scale word
_MEX_TITLE = "Le déficit commercial du Mexique fond à 2,3 milliards de dollars en mars"
_MEX = ("Les exportations ont atteint 51,2 milliards de dollars en mars, et les importations "
        "{imports}. Le ministère évoque un déficit de {deficit} milliards, le plus faible de l'année.")


@pytest.mark.parametrize("imports,deficit,found", [
    ("53,5 milliards de dollars", "2,3", []),
    ("53,5 milliards", "2,3", []),
    # near misses: another value; or no sum in dollars with that scale word in the body
    ("53,5 milliards", "3,2", ["NUM202"]),
])
def test_num202_elided_currency_sum_of_a_title_without_its_measure(imports, deficit, found):
    text = article(_MEX.format(imports=imports, deficit=deficit), title=_MEX_TITLE)
    assert codes(text, "NUM202") == found


def test_num202_elided_sum_needs_the_currency_at_that_scale():
    body = ("Les exportations ont atteint 51 200 millions de pesos en mars. Le ministère évoque un "
            "déficit de 2,3 milliards, le plus faible de l'année.")
    assert codes(article(body, title=_MEX_TITLE), "NUM202") == ["NUM202"]


# -- NUM501: miles per hour written out (« miles à l'heure », Québec « milles à l'heure ») are a ---
# speed, converted like « mph »
@pytest.mark.parametrize("body,found", [
    ("L'ouragan a touché terre avec des vents de 185 km/h (115 miles à l'heure).", []),
    ("L'ouragan a touché terre avec des vents de 185 km/h (115 milles à l’heure).", []),
    ("Le record a été battu à 320 km/h (199 miles par heure).", []),
    # near misses: the conversion is off
    ("L'ouragan a touché terre avec des vents de 185 km/h (135 miles à l'heure).", ["NUM501"]),
    ("L'ouragan a touché terre avec des vents de 185 km/h (135 milles à l'heure).", ["NUM501"]),
    ("Le record a été battu à 320 km/h (240 miles par heure).", ["NUM501"]),
])
def test_num501_miles_per_hour_written_out(body, found):
    assert codes(article(body), "NUM501") == found


# -- NUM101: « des rafales de X à Y km/h » gives a wind's spread of speeds by its noun: a range ----
@pytest.mark.parametrize("body,found", [
    ("Le vent d'ouest soufflera en rafales de 110 à 80 km/h sur les crêtes.", ["NUM101"]),
    ("On attend des vents de 60 à 40 km/h sur la côte.", ["NUM101"]),
    # quiet: the range the right way round; a change told by its verb
    ("Le vent d'ouest soufflera en rafales de 80 à 110 km/h sur les crêtes.", []),
    ("Les rafales sont passées de 110 à 80 km/h dans la soirée.", []),
    ("Le vent faiblira de 110 à 80 km/h dans la soirée.", []),
])
def test_num101_wind_speeds_by_their_noun(body, found):
    assert codes(article(body), "NUM101") == found
