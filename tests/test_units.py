"""Units as French writes them: cheap recognition, pint names, and pint loaded only on demand."""
from __future__ import annotations

import subprocess
import sys

import pytest

from numlint.figures import units


@pytest.mark.parametrize("written,kind,name", [
    ("km", "quantity", "kilometer"),
    ("kilomètres", "quantity", "kilometer"),
    ("kilometres", "quantity", "kilometer"),          # accents dropped by a hurried writer
    ("km²", "quantity", "kilometer ** 2"),
    ("hectares", "quantity", "hectare"),
    ("tonnes", "quantity", "metric_ton"),
    ("litres", "quantity", "liter"),
    ("°C", "quantity", "degree_Celsius"),
    ("degrés Celsius", "quantity", "degree_Celsius"),
    ("°F", "quantity", "degree_Fahrenheit"),
    ("km/h", "quantity", "kilometer / hour"),
    ("mi/h", "quantity", "mile / hour"),              # Québec's mph
    ("mégawatts", "quantity", "megawatt"),
    ("MW", "quantity", "megawatt"),
    ("milles", "quantity", "mile"),
    ("pieds", "quantity", "foot"),
    ("mm", "quantity", "millimeter"),
    ("jours", "duration", "day"),
    ("semaines", "duration", "week"),
    ("mois", "duration", "month"),
    ("ans", "duration", "year"),
    ("heures", "duration", "hour"),
    ("€", "money", "EUR"),
    ("euros", "money", "EUR"),
    ("dollars", "money", "USD"),
    ("francs suisses", "money", "CHF"),
    ("livres sterling", "money", "GBP"),
    ("%", "percent", "%"),
    ("pour cent", "percent", "%"),
    ("‰", "percent", "‰"),
    # hundredths are their own units: 50 cents never add up with 50 dollars
    ("cents", "money", "cent"),
    ("centimes", "money", "centime"),
    ("pence", "money", "GBX"),
    ("marks finlandais", "money", "FIM"),
    ("tasses", "quantity", "cup"),
    ("cuillères à soupe", "quantity", "tablespoon"),
    ("cuilleres a cafe", "quantity", "teaspoon"),
    ("bits", "quantity", "bit"),
    ("octets", "quantity", "byte"),
    ("ug", "quantity", "microgram"),
    ("rad", "quantity", "radian"),
])
def test_lookup(written, kind, name):
    assert units.lookup(written) == (kind, name)


@pytest.mark.parametrize("written", ["livres", "personnes", "M", "soldats", "points", "cent", "balles",
                                     "tours"])
def test_lookup_refuses_what_is_no_unit(written):
    # "livres" may be books or pounds, "M" alone an initial: precision first
    assert units.lookup(written) is None


def test_every_canonical_name_is_known_to_pint():
    ureg = units.registry()
    names = set(units.QUANTITY.values()) | set(units.CASED.values())
    names |= {v for v in units.DURATION.values() if v not in ("night",)}
    for name in sorted(names):
        ureg.Unit(name)                      # raises if pint does not know it


@pytest.mark.parametrize("expr,to,expected", [
    ("100 kilomètres", "mile", 62.137),
    ("3 hectares", "kilometer ** 2", 0.03),
    ("5 pieds", "meter", 1.524),
    ("10 milles", "kilometer", 16.093),
    ("2 tonnes", "kilogram", 2000),
    ("4 mégawatts", "kilowatt", 4000),
    ("18 mois", "year", 1.5),
    ("4 tasses", "liter", 0.946),
    ("8 bits", "byte", 1),
])
def test_registry_knows_french_names(expr, to, expected):
    ureg = units.registry()
    assert ureg(expr).to(to).magnitude == pytest.approx(expected, rel=1e-3)


def test_registry_converts_temperatures():
    ureg = units.registry()
    q = ureg.Quantity(30, "degrés_Celsius").to("degree_Fahrenheit")
    assert q.magnitude == pytest.approx(86)


def test_registry_is_cached():
    assert units.registry() is units.registry()


def _imports_pint_after(text: str) -> bool:
    code = ("import sys\nfrom numlint.figures import extract_text\n"
            f"extract_text({text!r})\nprint('pint' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return out.stdout.strip() == "True"


def test_plain_article_never_imports_pint():
    assert not _imports_pint_after("Près de 30.000 personnes, soit 12 %, pour 2,5 millions d'euros et 40 km.")


def test_subunits_belong_to_their_currency():
    for main, subs in units.SUBUNIT_OF.items():
        assert main in units.CURRENCY.values()
        assert all(sub in units.CURRENCY.values() for sub in subs)


@pytest.mark.parametrize("text,p,expected", [
    ("2,5-km de route", 3, (6, "kilometer")),
    ("trois-tonnes chacun", 5, (12, "metric_ton")),
    ("quatre-heures", 6, None),              # a duration: « le quatre-heures » is a snack
    ("trois-mâts", 5, None),                 # no unit
    ("10-kmh", 2, None),                     # no unit either
    ("5-G", 1, None),                        # one letter: a name
    ("3-km-2", 1, None),                     # a code, not a unit
])
def test_hyphen_unit(text, p, expected):
    assert units.hyphen_unit(text, p) == expected


def test_pesewas_are_money():
    assert units.lookup("pesewas") == ("money", "GHp")


@pytest.mark.parametrize("written,kind,name", [
    ("FCFA", "money", "XOF"), ("F CFA", "money", "XOF"), ("francs CFA", "money", "XOF"),
    ("XOF", "money", "XOF"), ("XAF", "money", "XAF"),
    ("quintal", "quantity", "quintal"), ("quintaux", "quantity", "quintal"),
])
def test_cfa_francs_and_quintals(written, kind, name):
    assert units.lookup(written) == (kind, name)


def test_quintal_is_a_hundred_kilograms():
    assert units.registry()("44 quintaux").to("metric_ton").magnitude == pytest.approx(4.4)


@pytest.mark.parametrize("written,name", [
    ("pieds carrés", "foot ** 2"), ("pied carré", "foot ** 2"), ("milles carrés", "mile ** 2"),
    ("miles carrés", "mile ** 2"), ("pouces carrés", "inch ** 2"), ("verges carrées", "yard ** 2"),
    ("pieds cubes", "foot ** 3"), ("centimètres carrés", "centimeter ** 2"),
    ("kilomètres cubes", "kilometer ** 3"),
])
def test_square_and_cubic_imperial_units(written, name):
    assert units.lookup(written) == ("quantity", name)


@pytest.mark.parametrize("sentence,codes", [
    # an area converted into square feet or square miles is an area, not a length (was NUM502)
    ("Son pavillon de 600 mètres carrés, soit environ 6 460 pieds carrés, a reçu du monde.", []),
    ("Le canton couvre 282 kilomètres carrés, soit environ 109 milles carrés.", []),
    ("Une maison de 2 000 pieds carrés (186 mètres carrés) est à vendre.", []),
    # and the conversion is checked like any other
    ("Le canton couvre 282 kilomètres carrés, soit environ 190 milles carrés.", ["NUM501"]),
    ("Une maison de 2 000 pieds carrés (286 mètres carrés) est à vendre.", ["NUM501"]),
])
def test_square_imperial_units_in_an_article(sentence, codes):
    from numlint.engine import Settings, lint
    got = lint("Titre sans chiffre\n\n" + sentence + "\n", path="a.txt", settings=Settings(select=["NUM5"]))
    assert [d.code for d in got] == codes
