"""NUM501–NUM502: conversions and dimensions, on quantities built as the figures stage gives them."""
import pytest

from _figures_kit import Article, run, spans
from numlint.figures import conversions
from numlint.rules.num501_conversion_mismatch import ConversionMismatch
from numlint.rules.num502_dimension_mismatch import DimensionMismatch

UNITS = {"km": "kilometer", "miles": "mile", "mile": "mile", "°C": "degree_Celsius",
         "°F": "degree_Fahrenheit", "km²": "kilometer ** 2", "hectares": "hectare",
         "mètres": "meter", "pieds": "foot", "km/h": "kilometer / hour", "mph": "mile / hour",
         "m": "meter", "m²": "meter ** 2", "MW": "megawatt"}


def quantity(art: Article, written: str, numeral: str, value: float, unit_text: str, **kw):
    return art.fig(written, kind="quantity", numerals=[(numeral, value)], unit=UNITS[unit_text],
                   unit_text=unit_text, **kw)


def pair(text: str, a: tuple, b: tuple, cue="(") -> Article:
    """Two quantities, the second written as the first converted."""
    art = Article(text)
    src = quantity(art, *a[:4], **(a[4] if len(a) > 4 else {}))
    dst = quantity(art, *b[:4], **(b[4] if len(b) > 4 else {}))
    dst.conversion_of, dst.conversion_cue = src, cue
    return art


CONVERSIONS = [
    # text, source, converted, fires
    ("Une étape de 100 km (62 miles).", ("100 km", "100", 100, "km"), ("62 miles", "62", 62, "miles"), False),
    ("Une étape de 100 km (80 miles).", ("100 km", "100", 100, "km"), ("80 miles", "80", 80, "miles"), True),
    ("Une étape de 100 km (60 miles).", ("100 km", "100", 100, "km"), ("60 miles", "60", 60, "miles"), False),
    ("Il fait 30 °C (86 °F).", ("30 °C", "30", 30, "°C"), ("86 °F", "86", 86, "°F"), False),
    ("Il fait 30 °C (50 °F).", ("30 °C", "30", 30, "°C"), ("50 °F", "50", 50, "°F"), True),
    ("Il fait 46 °C (105 °F).", ("46 °C", "46", 46, "°C"), ("105 °F", "105", 105, "°F"), True),
    ("Il fait 48,9 °C (120 °F).", ("48,9 °C", "48,9", 48.9, "°C"), ("120 °F", "120", 120, "°F"), False),
    # a warming of 2 °C is 3,6 °F: a difference, not a temperature
    ("Une hausse de 2 °C (3,6 °F).", ("2 °C", "2", 2, "°C"), ("3,6 °F", "3,6", 3.6, "°F"), False),
    ("Sur 12 km², soit 1.200 hectares.", ("12 km²", "12", 12, "km²"), ("1.200 hectares", "1.200", 1200, "hectares"), False),
    ("Sur 12 km², soit 120 hectares.", ("12 km²", "12", 12, "km²"), ("120 hectares", "120", 120, "hectares"), True),
    ("Une vague de 3 mètres (15 pieds).", ("3 mètres", "3", 3, "mètres"), ("15 pieds", "15", 15, "pieds"), True),
    ("Une vague de 3 mètres (10 pieds).", ("3 mètres", "3", 3, "mètres"), ("10 pieds", "10", 10, "pieds"), False),
    ("Sur 600 mètres (0,8 mile).", ("600 mètres", "600", 600, "mètres"), ("0,8 mile", "0,8", 0.8, "mile"), True),
    ("Sur 600 mètres (0,4 mile).", ("600 mètres", "600", 600, "mètres"), ("0,4 mile", "0,4", 0.4, "mile"), False),
    ("À 6 120 mètres (environ 20 000 pieds).", ("6 120 mètres", "6 120", 6120, "mètres"),
     ("environ 20 000 pieds", "20 000", 20000, "pieds", {"approx": "about"}), False),
    ("Un marathon de 42,195 km (26,2 miles).", ("42,195 km", "42,195", 42.195, "km"), ("26,2 miles", "26,2", 26.2, "miles"), False),
    ("Des vents de 193 km/h (120 mph).", ("193 km/h", "193", 193, "km/h"), ("120 mph", "120", 120, "mph"), False),
    # a bound and its conversion: the bound is converted (« jusqu'à », « plus de »)
    ("Des rafales jusqu'à 110 km/h (45 mph).", ("110 km/h", "110", 110, "km/h", {"approx": "at_most"}),
     ("45 mph", "45", 45, "mph"), True),
    ("Des rafales jusqu'à 110 km/h (68 mph).", ("110 km/h", "110", 110, "km/h", {"approx": "at_most"}),
     ("68 mph", "68", 68, "mph"), False),
    ("Plus de 100 km (40 miles).", ("100 km", "100", 100, "km", {"approx": "at_least"}),
     ("40 miles", "40", 40, "miles"), True),
    ("Plus de 100 km (plus de 60 miles).", ("100 km", "100", 100, "km", {"approx": "at_least"}),
     ("plus de 60 miles", "60", 60, "miles", {"approx": "at_least"}), False),
    # the conversion bounds the other way, or is itself approximate: no judgement
    ("Jusqu'à 110 km/h (au moins 45 mph).", ("110 km/h", "110", 110, "km/h", {"approx": "at_most"}),
     ("au moins 45 mph", "45", 45, "mph", {"approx": "at_least"}), False),
    # different dimensions are not a conversion: NUM501 says nothing
    ("Sur 100 km (80 km²).", ("100 km", "100", 100, "km"), ("80 km²", "80", 80, "km²"), False),
]


@pytest.mark.parametrize("text,src,dst,fires", CONVERSIONS)
def test_conversion_mismatch(text, src, dst, fires):
    art = pair(text, src, dst)
    assert spans(art, run(ConversionMismatch, art)) == ([art.figures[1].text] if fires else [])


def test_conversion_message_gives_the_arithmetic():
    art = pair("Une étape de 100 km (80 miles).", ("100 km", "100", 100, "km"), ("80 miles", "80", 80, "miles"))
    assert run(ConversionMismatch, art)[0].message == "100 km font environ 62 miles, pas 80"
    assert run(ConversionMismatch, art, lang="en")[0].message == "100 km is about 62 miles, not 80"
    art = pair("Sur 600 mètres (0,8 mile).", ("600 mètres", "600", 600, "mètres"), ("0,8 mile", "0,8", 0.8, "mile"))
    assert run(ConversionMismatch, art)[0].message == "600 mètres font environ 0,4 mile, pas 0,8"


def test_no_conversion_cue_no_check():
    art = Article("Une étape de 100 km puis 80 miles.")
    quantity(art, "100 km", "100", 100, "km")
    quantity(art, "80 miles", "80", 80, "miles")
    assert run(ConversionMismatch, art) == []


# --- the text cue, read by the figures stage -----------------------------------------------

@pytest.mark.parametrize("text,a,b,cue", [
    ("Une étape de 100 km (62 miles) ce jour.", ("100 km", "100", 100, "km"), ("62 miles", "62", 62, "miles"), "("),
    ("Au sommet, à 2 115 mètres d'altitude (6 939 pieds), il neige.", ("2 115 mètres", "2 115", 2115, "mètres"),
     ("6 939 pieds", "6 939", 6939, "pieds"), "("),
    ("Le feu a parcouru 12 km², soit 1.200 hectares.", ("12 km²", "12", 12, "km²"), ("1.200 hectares", "1.200", 1200, "hectares"), "soit"),
    ("Il a couru 3 miles, ou 4,8 km, ce matin.", ("3 miles", "3", 3, "miles"), ("4,8 km", "4,8", 4.8, "km"), "ou"),
    ("Une étape de 100 km (soit 62 miles).", ("100 km", "100", 100, "km"), ("62 miles", "62", 62, "miles"), "("),
    # not conversions
    ("Une étape de 100 km et 62 miles.", ("100 km", "100", 100, "km"), ("62 miles", "62", 62, "miles"), None),
    ("Une étape de 100 km (62 miles de plus que prévu).", ("100 km", "100", 100, "km"), ("62 miles", "62", 62, "miles"), None),
    ("Il produit 3 MW, soit 2 MW par turbine.", ("3 MW", "3", 3, "MW"), ("2 MW", "2", 2, "MW"), None),
    ("Sur 100 km, à la fin de la course (62 miles).", ("100 km", "100", 100, "km"), ("62 miles", "62", 62, "miles"), None),
])
def test_conversion_cue(text, a, b, cue):
    art = Article(text)
    quantity(art, *a)
    dst = quantity(art, *b)
    conversions.link(text, art.figures)
    assert dst.conversion_cue == cue
    assert (dst.conversion_of is art.figures[0]) == (cue is not None)


def test_conversion_cue_is_linear_on_hostile_text():
    import time
    text = "1 km" + " (" * 20000 + "2 miles" + "soit " * 20000
    art = Article(text)
    quantity(art, "1 km", "1", 1, "km")
    quantity(art, "2 miles", "2", 2, "miles")
    t = time.process_time()
    conversions.link(text, art.figures)
    assert time.process_time() - t < 0.5


# --- NUM502 ---------------------------------------------------------------------------------

def test_dimension_mismatch_truncated_area():
    art = Article("Il a parcouru 16.000 hectares, soit 160 km². Plus loin : la surface brûlée, de 160 km, est vaste.")
    quantity(art, "16.000 hectares", "16.000", 16000, "hectares")
    b = quantity(art, "160 km²", "160", 160, "km²")
    b.conversion_of = art.figures[0]
    quantity(art, "160 km", "160", 160, "km")
    found = run(DimensionMismatch, art)
    assert spans(art, found) == ["160 km"]
    assert "une longueur" in found[0].message and "une superficie" in found[0].message
    assert art.text[found[0].related[0].start:found[0].related[0].end] == "160 km²"


def test_dimension_mismatch_truncated_speed_reported_where_the_unit_is_cut():
    art = Article("Ces vents de 193 km ont tout arraché. Des vents de 193 km/h avaient été annoncés.")
    quantity(art, "193 km", "193", 193, "km")
    quantity(art, "193 km/h", "193", 193, "km/h")
    assert spans(art, run(DimensionMismatch, art)) == ["193 km"]


@pytest.mark.parametrize("build", [
    # same dimension, different units
    lambda art: (quantity(art, "160 km²", "160", 160, "km²"), quantity(art, "160 hectares", "160", 160, "hectares")),
    # different values
    lambda art: (quantity(art, "160 km²", "160", 160, "km²"), quantity(art, "16 km", "16", 16, "km")),
    # a small number meets another by chance
    lambda art: (quantity(art, "3 m²", "3", 3, "m²"), quantity(art, "3 m", "3", 3, "m")),
    # different subjects
    lambda art: (quantity(art, "42 km", "42", 42, "km", subject="parcours"),
                 quantity(art, "42 km/h", "42", 42, "km/h", subject="vent")),
    # same number, unrelated units, no shared subject
    lambda art: (quantity(art, "50 km", "50", 50, "km"), quantity(art, "50 MW", "50", 50, "MW")),
])
def test_dimension_mismatch_quiet(build):
    art = Article("160 km² 160 hectares 16 km 160 km² 3 m² 3 m 42 km 42 km/h 50 km 50 MW")
    build(art)
    assert run(DimensionMismatch, art) == []


def test_dimension_mismatch_confirmed_by_a_conversion():
    art = Article("À 120 miles (193 km) de là. Des vents de 193 km/h.")
    a = quantity(art, "120 miles", "120", 120, "miles")
    b = quantity(art, "193 km", "193", 193, "km")
    b.conversion_of = a
    quantity(art, "193 km/h", "193", 193, "km/h")
    assert run(DimensionMismatch, art) == []


def test_dimension_mismatch_same_subject():
    art = Article("Un incendie de 40 hectares. L'incendie de 40 km, lui, s'étend.")
    quantity(art, "40 hectares", "40", 40, "hectares", subject="incendie")
    quantity(art, "40 km", "40", 40, "km", subject="incendie")
    assert spans(art, run(DimensionMismatch, art)) == ["40 km"]


@pytest.mark.parametrize("text,a,b", [
    ("À 50 km de la côte, des vents de 50 km/h soufflaient.", ("50 km", "50", 50, "km"), ("50 km/h", "50", 50, "km/h")),
    ("Un bassin de 25 m et une piscine de 25 m².", ("25 m", "25", 25, "m"), ("25 m²", "25", 25, "m²")),
])
def test_dimension_mismatch_round_numbers_need_a_shared_subject(text, a, b):
    art = Article(text)
    quantity(art, *a)
    quantity(art, *b)
    assert run(DimensionMismatch, art) == []


# --- whole articles through the whole pipeline ---------------------------------------------

from pathlib import Path

from numlint.engine import Settings, lint

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "rules" / "NUM50x"

EXPECTED = {
    "ouragan-floride.html": [("NUM501", 13), ("NUM502", 15)],
    "canicule-andalousie.md": [("NUM501", 12)],
    "ultra-trail.txt": [("NUM501", 6)],
    "incendie-landes.txt": [("NUM502", 10)],
    "record-vitesse-rail.md": [("NUM502", 12)],
    "lac-leman.md": [],
    "tgv-ligne.html": [],
    "pluies-cevennes.txt": [],
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_fixture_articles(name):
    path = FIXTURES / name
    diags = lint(path.read_text(encoding="utf-8"), path=str(path), settings=Settings(select=["NUM5"]))
    assert sorted((d.code, d.line) for d in diags) == EXPECTED[name]


def test_every_fixture_is_checked_and_each_rule_has_three_of_each():
    assert {p.name for p in FIXTURES.iterdir()} == set(EXPECTED)
    for code in ("NUM501", "NUM502"):
        fires = [n for n, e in EXPECTED.items() if any(c == code for c, _ in e)]
        assert len(fires) >= 3 and len(EXPECTED) - len(fires) >= 3, code
        assert {Path(n).suffix for n in fires} == {".txt", ".md", ".html"}, code


def test_fixture_message_in_english():
    path = FIXTURES / "canicule-andalousie.md"
    diags = lint(path.read_text(encoding="utf-8"), path=str(path),
                 settings=Settings(select=["NUM501"], lang="en"))
    assert [d.message for d in diags] == ["41 °C is about 106 °F, not 96"]


@pytest.mark.parametrize("units", [("MW", "MWh"), ("m", "mm")])
def test_dimension_mismatch_only_for_space_units_cut_short(units):
    UNITS.setdefault("MWh", "megawatt_hour")
    UNITS.setdefault("mm", "millimeter")
    art = Article(f"Une batterie de 12 {units[0]} et de 12 {units[1]}.")
    quantity(art, f"12 {units[0]}", "12", 12, units[0])
    quantity(art, f"12 {units[1]}", "12", 12, units[1])
    assert run(DimensionMismatch, art) == []


@pytest.mark.parametrize("text,src_nums,dst_nums,fires", [
    ("Il fera de 30 à 35 °C (86 à 95 °F).", [("30", 30), ("35", 35)], [("86", 86), ("95", 95)], False),
    ("Il fera de 30 à 35 °C (86 à 105 °F).", [("30", 30), ("35", 35)], [("86", 86), ("105", 105)], True),
])
def test_conversion_of_ranges(text, src_nums, dst_nums, fires):
    art = Article(text)
    src = art.fig(f"de {src_nums[0][0]} à {src_nums[1][0]} °C", kind="quantity", numerals=src_nums,
                  low=src_nums[0][1], high=src_nums[1][1], unit="degree_Celsius", unit_text="°C")
    dst = art.fig(f"{dst_nums[0][0]} à {dst_nums[1][0]} °F", kind="quantity", numerals=dst_nums,
                  low=dst_nums[0][1], high=dst_nums[1][1], unit="degree_Fahrenheit", unit_text="°F")
    dst.conversion_of = src
    found = run(ConversionMismatch, art)
    assert spans(art, found) == ([dst.text] if fires else [])
    if fires:
        assert found[0].message == "30 à 35 °C font environ 95 °F, pas 86 à 105"


@pytest.mark.parametrize("gap", [" (soit environ ", ", soit l'équivalent de ", ", c'est-à-dire ", " (près de "])
def test_more_conversion_cues(gap):
    text = f"Le feu a parcouru 12 km²{gap}1.200 hectares{')' if '(' in gap else ''}."
    art = Article(text)
    quantity(art, "12 km²", "12", 12, "km²")
    dst = quantity(art, "1.200 hectares", "1.200", 1200, "hectares")
    conversions.link(text, art.figures)
    assert dst.conversion_of is art.figures[0]


@pytest.mark.parametrize("text,src,dst,fires", [
    # French « milles » at sea are nautical miles: 200 milles = 370 km
    ("La zone s'étend à 200 milles (370 km) des côtes.", ("200 milles", "200", 200, "milles"), ("370 km", "370", 370, "km"), False),
    ("La zone s'étend à 200 milles (320 km) des côtes.", ("200 milles", "200", 200, "milles"), ("320 km", "320", 320, "km"), False),
    ("La zone s'étend à 200 milles (500 km) des côtes.", ("200 milles", "200", 200, "milles"), ("500 km", "500", 500, "km"), True),
    # "miles" spelled the English way are statute miles
    ("Une course de 200 miles (370 km).", ("200 miles", "200", 200, "miles"), ("370 km", "370", 370, "km"), True),
])
def test_conversion_ambiguous_units(text, src, dst, fires):
    UNITS["milles"] = "mile"
    art = pair(text, src, dst)
    assert spans(art, run(ConversionMismatch, art)) == ([art.figures[1].text] if fires else [])


def test_dimension_mismatch_on_unit_names():
    UNITS["kilomètres"] = "kilometer"
    art = Article("Le feu a parcouru 163 km². La surface brûlée, de 163 kilomètres, est immense.")
    quantity(art, "163 km²", "163", 163, "km²")
    quantity(art, "163 kilomètres", "163", 163, "kilomètres")
    assert spans(art, run(DimensionMismatch, art)) == ["163 kilomètres"]


def test_pint_is_loaded_only_when_an_article_converts():
    import subprocess
    import sys
    code = ("import sys\nfrom numlint.engine import lint, Settings\n"
            "lint('Titre\\nIls étaient 25 000 selon la police, 40 000 selon la CGT.\\n', path='x.txt',"
            " settings=Settings(select=['NUM5']))\n"
            "print('pint' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.stdout.strip() == "False", out.stderr


# --- an area restated as a length; a speed noun measured in km ------------------------------

def _codes(text, code="NUM502"):
    return [d.line for d in lint(text, path="a.txt") if d.code == code]


@pytest.mark.parametrize("text,fires", [
    # the conversion's number is right for km²: the unit lost its « ² »
    ("Sécheresse en Espagne\nLes oliveraies couvrent 2,6 millions d'hectares, soit 26 000 km, "
     "surtout en Andalousie.\n", True),
    ("Barrage\nLa retenue contient 1,5 milliard de mètres cubes, soit 1,5 km.\n", True),
    # the unit is whole, or the number is not the conversion's
    ("Sécheresse en Espagne\nLes oliveraies couvrent 2,6 millions d'hectares, soit 26 000 km², "
     "surtout en Andalousie.\n", False),
    ("Incendie\nLe feu a parcouru 1.200 hectares, soit 12 kilomètres carrés de pins.\n", False),
    ("Randonnée\nLe parc de 4.000 hectares est traversé par un sentier, soit 40 km de marche.\n", False),
    # a speed whose « à l'heure » the figures stage may leave out: never read as a cut unit
    ("Orage\nUne rafale de 118 km/h, soit environ 73 miles à l'heure, a été mesurée.\n", False),
])
def test_dimension_mismatch_conversion_restated_in_another_dimension(text, fires):
    assert bool(_codes(text)) is fires


@pytest.mark.parametrize("text,fires", [
    ("Tempête\nLes vents ont soufflé jusqu'à 90 km/h sur le littoral.\n"
     "Des rafales de 90 km ont été relevées au cap.\n", True),
    ("Tempête\nUne vitesse de 120 km a été relevée au sommet.\n"
     "Les vents ont atteint 120 km/h sur la crête.\n", True),
    # a round length of something else: quiet as before
    ("Tempête\nLes vents ont soufflé jusqu'à 90 km/h sur le littoral.\n"
     "Un bouchon de 90 km s'est formé sur l'autoroute.\n", False),
    ("Tempête\nLes vents ont soufflé jusqu'à 90 km/h sur le littoral.\n"
     "Des rafales ont été relevées à 90 km de la côte.\n", False),
])
def test_dimension_mismatch_speed_noun_given_as_a_length(text, fires):
    assert bool(_codes(text)) is fires


@pytest.mark.parametrize("text,fires", [
    # « de moins 8 degrés Celsius » is -8 °C, about 18 °F: quiet
    ("Le convoi est parti par un froid de moins 8 degrés Celsius (environ 18 degrés Fahrenheit).", False),
    ("Il a fait entre 1 et moins 6 °C (soit environ 21 °F) cette nuit-là.", False),
    # the same sign with a wrong conversion still fires
    ("Le convoi est parti par un froid de moins 8 degrés Celsius (environ 46 degrés Fahrenheit).", True),
])
def test_spelled_minus_temperature_converted(text, fires):
    diags = lint("Le froid\n\n" + text + "\n", path="froid.txt", settings=Settings(select=["NUM501"]))
    assert [d.code for d in diags] == (["NUM501"] if fires else [])


# « un débit de 2 800 m³ » beside « 2 800 m³/s »: a flow that lost its « /s », whole pipeline
_CRUE = "Crue\nÀ Orléans, le débit de la Loire a culminé à 2 500 m³/s mardi soir. {more}\n"
@pytest.mark.parametrize("more,fires", [
    ("Un débit de 2 500 m³ n'avait plus été mesuré depuis 2003.", True),
    ("Un flux de 2 500 m³ a traversé la ville.", True),
    # the flow written in words after the symbol is a flow
    ("Un débit de 2 500 m³ par seconde n'avait plus été mesuré depuis 2003.", False),
    ("Un débit de 2 500 m³ à la seconde n'avait plus été mesuré depuis 2003.", False),
    # a volume named as such, or a round number with no noun of flow
    ("Le bassin de rétention a stocké 2 500 m³ d'eau.", False),
    # « mètres cubes » is no symbol cut short: its « à la seconde » may be out of the reading
    ("Un débit de 2 500 mètres cubes n'avait plus été mesuré.", False),
    # another number
    ("Un débit de 1 500 m³ n'avait plus été mesuré depuis 2003.", False),
])
def test_dimension_mismatch_flow_written_as_a_volume(more, fires):
    found = lint(_CRUE.format(more=more), path="a.txt", settings=Settings(select=["NUM502"]))
    assert bool(found) is fires
    if fires:
        assert "un débit" in found[0].message and "un volume" in found[0].message


# « d'une puissance de 900 MW » then « les 900 MWh de la centrale »: the power told again with an
# « h » slipped in; a battery's power and its energy stored often share a number: quiet then
_BARRAGE = ("Énergie\nLe barrage du Grand-Val, d'une puissance de {power}, alimente toute la vallée. "
            "{more}\n")
@pytest.mark.parametrize("power,more,fires", [
    ("640 MW", "Les 640 MWh du Grand-Val peuvent être mobilisés en quelques minutes.", True),
    ("640 MW", "Ces 640 MWh ont sauvé le réseau lors de la panne de janvier.", True),
    ("1,2 GW", "Les 1,2 GWh du Grand-Val peuvent être mobilisés en quelques minutes.", True),
    # an energy with its own noun or verb, or told before as an energy: a store, not the power
    ("640 MW", "Sa capacité de stockage de 640 MWh en fait un atout.", False),
    ("640 MW", "Le bassin supérieur peut stocker 640 MWh.", False),
    ("640 MW", "Il stocke 640 MWh. Les 640 MWh du Grand-Val peuvent être mobilisés.", False),
    # another number, or a power not named as such
    ("640 MW", "Les 460 MWh du Grand-Val peuvent être mobilisés en quelques minutes.", False),
])
def test_dimension_mismatch_power_told_again_as_an_energy(power, more, fires):
    found = lint(_BARRAGE.format(power=power, more=more), path="a.txt", settings=Settings(select=["NUM502"]))
    assert [d.code for d in found] == (["NUM502"] if fires else [])
    if fires:
        assert "une énergie" in found[0].message and "une puissance" in found[0].message


# « une puissance installée de 480 MW », then « avec ses 480 MWh »: a possessive tells the measure
# again as well as « les »; the adjective after « puissance » still names a power
_PARC = "Énergie\nLe parc éolien affiche {power} de 480 MW, grâce à 80 machines. {more}\n"
@pytest.mark.parametrize("power,more,fires", [
    ("une puissance installée", "Avec ses 480 MWh, il ne couvre qu'une faible part de l'objectif.", True),
    ("une puissance nominale", "Avec ses 480 MWh, il ne couvre qu'une faible part de l'objectif.", True),
    ("une puissance", "Avec ses 480 MWh, il ne couvre qu'une faible part de l'objectif.", True),
    ("une puissance installée", "Les 480 MWh du parc couvrent une faible part de l'objectif.", True),
    ("une puissance installée", "Leurs 480 MWh couvrent une faible part de l'objectif.", True),
    # another number, an energy of its own (a verb, a noun), a power not named as such
    ("une puissance installée", "Avec ses 460 MWh, il ne couvre qu'une faible part de l'objectif.", False),
    ("une puissance installée", "Il produit 480 MWh par jour de grand vent.", False),
    ("une capacité", "Avec ses 480 MWh, il ne couvre qu'une faible part de l'objectif.", False),
    ("un raccordement", "Avec ses 480 MWh, il ne couvre qu'une faible part de l'objectif.", False),
    # a possessive before a power, not an energy: the same dimension, nothing to say
    ("une puissance installée", "Avec ses 480 MW, il ne couvre qu'une faible part de l'objectif.", False),
])
def test_dimension_mismatch_installed_power_told_again_with_a_possessive(power, more, fires):
    found = lint(_PARC.format(power=power, more=more), path="a.txt", settings=Settings(select=["NUM502"]))
    assert [d.code for d in found] == (["NUM502"] if fires else [])


@pytest.mark.parametrize("text", [
    "Énergie\nLa batterie de 640 MW est en service. Les 640 MWh de la batterie suffisent à la ville.\n",
    "Énergie\nLa batterie, d'une puissance de 8 MW, est en service. Les 8 MWh suffisent au quartier.\n",
    "Énergie\nLa batterie, d'une puissance de 8 MW, est en service. Ses 8 MWh suffisent au quartier.\n",
])
def test_dimension_mismatch_power_and_energy_quiet_without_a_named_power(text):
    assert lint(text, path="a.txt", settings=Settings(select=["NUM502"])) == []


# --- which side is the odd one: the dimension the article usually gives the number in ------

@pytest.mark.parametrize("text,line", [
    # a length in the title and in the body, an area once: the area is the odd unit
    ("Paris-Nice : 1 192 kilomètres en huit étapes\n"
     "Le parcours compte 1 192 kilomètres et trois arrivées en côte.\n"
     "Sur les 1 192 km² du parcours, le peloton traversera quatre départements.\n", 3),
    # the title alone makes the length the usual one
    ("Paris-Nice : 1 192 kilomètres en huit étapes\n"
     "Sur les 1 192 km² du parcours, le peloton traversera quatre départements.\n", 2),
    # an area given twice, a length once: the length is still the odd unit
    ("Incendie dans les Maures\n"
     "Le feu a détruit 7 432 km² de forêt.\n"
     "Ces 7 432 km² représentent un quart du massif.\n"
     "Sur les 7 432 kilomètres touchés, la replantation prendra vingt ans.\n", 4),
])
def test_dimension_mismatch_reports_the_unusual_side(text, line):
    assert _codes(text) == [line]


# « mi/h », the Québec way to write miles per hour: a speed converted like « mph »
@pytest.mark.parametrize("text,fires", [
    ("Les rafales ont atteint 90 km/h (56 mi/h) sur le fleuve.", False),
    ("Les rafales ont atteint 90 km/h (75 mi/h) sur le fleuve.", True),
    ("La limite passe à 100 km/h, soit environ 62 mi/h, sur l'autoroute 20.", False),
    ("La limite passe à 100 km/h, soit environ 80 mi/h, sur l'autoroute 20.", True),
    ("Le voilier filait à 25 mi/h (40 km/h) au large de Gaspé.", False),
    ("Le voilier filait à 25 mi/h (60 km/h) au large de Gaspé.", True),
    # a bare « mi » is no unit: quiet
    ("La tempête est passée à 90 km (75 mi de plus que prévu) de la côte.", False),
])
def test_conversion_quebec_miles_per_hour(text, fires):
    diags = lint("Vents\n\n" + text + "\n", path="vents.txt", settings=Settings(select=["NUM501"]))
    assert [d.code for d in diags] == (["NUM501"] if fires else [])


# « N <contenants> de X <unité>, soit Y <unité2> »: the « soit » may give the whole (N × X), not X
# converted; it is wrong only when it is neither
@pytest.mark.parametrize("text, message", [
    ("Le quota a été fixé à 80 000 fûts de 225 litres, soit 180 000 hectolitres.", None),
    ("Le quota a été fixé à 80 000 fûts de 225 litres, soit 240 000 hectolitres.",
     "80 000 × 225 litres font environ 180 000 hectolitres, pas 240 000"),
    ("Le port a expédié 2 millions de sacs de 60 kg, soit 120 000 tonnes de café.", None),
    ("Le port a expédié 2 millions de sacs de 60 kg, soit 200 000 tonnes de café.",
     "2 millions × 60 kg font environ 120 000 tonnes, pas 200 000"),
    ("La raffinerie a reçu 4 000 barils de 159 litres, soit 6 360 hectolitres.", None),
    ("La raffinerie a reçu 4 000 barils de 159 litres, soit 8 000 hectolitres.",
     "4 000 × 159 litres font environ 6360 hectolitres, pas 8 000"),
    ("Le cargo transportait 30 conteneurs de 25 tonnes, soit 750 000 kg.", None),
    ("Le cargo transportait 30 conteneurs de 25 tonnes, soit 900 000 kg.",
     "30 × 25 tonnes font environ 750 000 kg, pas 900 000"),
    # the conversion of one container still holds, and still fails when wrong
    ("Le chai vend 5 000 tonneaux de 225 litres (59 gallons) par an.", None),
    ("Le chai vend 5 000 tonneaux de 225 litres (90 gallons) par an.",
     "225 litres font environ"),
    # « un 4 ½ » is no count of things: the surface is converted as written
    ("Un 4 ½ typique de 65 m², soit 480 pieds carrés, se loue 1 650 $.",
     "65 m² font environ 700 pieds carrés, pas 480"),
    ("Un 4 ½ typique de 65 m², soit 700 pieds carrés, se loue 1 650 $.", None),
    # no count before the quantity: the conversion is of the one quantity
    ("Le bassin olympique mesure 50 mètres, soit 164 pieds.", None),
    ("Le bassin olympique mesure 50 mètres, soit 200 pieds.", "50 mètres font environ 164 pieds, pas 200"),
])
def test_conversion_of_a_count_of_containers(text, message):
    diags = lint("Vins\n\n" + text + "\n", path="vins.txt", settings=Settings(select=["NUM501"]))
    said = [d.message.replace("\u202f", " ") for d in diags]
    assert [m[:len(message)] for m in said] == ([message] if message else [])


# a speed per second beside its km/h (orbits, rockets, sound): « km/s », « mètres par seconde »
@pytest.mark.parametrize("text, fires", [
    ("La station orbite à 7,7 km/s (25 000 km/h) autour de la Terre.", True),
    ("La sonde doit atteindre 11 kilomètres par seconde, soit 30 000 km/h, pour quitter la Terre.", True),
    ("Le son se propage à 340 mètres par seconde (1 500 km/h) dans l'air.", True),
    ("Le satellite file à 7,4 km/s (environ 36 000 km/h).", True),
    # right, either way round, rounded as news rounds
    ("La station orbite à 7,7 km/s (27 700 km/h) autour de la Terre.", False),
    ("La station orbite à plus de 27 000 km/h (7,5 km/s) autour de la Terre.", False),
    ("La sonde doit atteindre 11,2 kilomètres par seconde, soit 40 000 km/h, pour quitter la Terre.", False),
    ("Le son se propage à 340 mètres par seconde, soit environ 1 225 km/h, dans l'air.", False),
    # a flow per second is no speed: the cubic unit is read whole
    ("La Loire débitait 2 500 mètres cubes par seconde (2 500 m³/s) à Orléans.", False),
])
def test_conversion_of_a_speed_per_second(text, fires):
    diags = lint("Espace\n\n" + text + "\n", path="espace.txt", settings=Settings(select=["NUM501", "NUM502"]))
    assert [d.code for d in diags] == (["NUM501"] if fires else [])


# « livres » beside a mass in brackets are pounds (Québec, Britain); elsewhere books or sterling
@pytest.mark.parametrize("text, fires", [
    ("Le nourrisson pesait 4,1 kg (6 livres) à la naissance.", True),
    ("Elle a perdu en moyenne 12 kg (20 livres) en un an.", True),
    ("Le saumon pêché pesait 30 livres (20 kg) selon le guide.", True),
    ("La valise ne doit pas dépasser 23 kilos (40 livres) en soute.", True),
    # right, either way round
    ("Le nourrisson pesait 4,1 kg (9 livres) à la naissance.", False),
    ("Le saumon pêché pesait 30 livres (13,6 kg) selon le guide.", False),
    ("La valise ne doit pas dépasser 23 kilos (50 livres) en soute.", False),
    # books, or money: « livres » stays a count
    ("La bibliothèque a reçu 300 kg de papier, soit 1 200 livres.", False),
    ("Le carton de 12 kg (80 livres de poche) a été livré.", False),
    ("Le lot de 2 kg (et 15 livres) a été vendu aux enchères.", False),
    ("La prime de 5 kg (300 livres sterling) a surpris.", False),
])
def test_conversion_of_a_mass_in_pounds(text, fires):
    diags = lint("Poids\n\n" + text + "\n", path="poids.txt", settings=Settings(select=["NUM501", "NUM502"]))
    assert [d.code for d in diags] == (["NUM501"] if fires else [])
