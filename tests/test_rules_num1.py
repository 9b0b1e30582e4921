"""NUM101–NUM105: how figures are written, on figures built as the figures stage gives them."""
import pytest

from _figures_kit import Article, run, spans
from numlint.rules._style import analyse
from numlint.rules.num101_reversed_range import ReversedRange
from numlint.rules.num102_malformed_number import MalformedNumber
from numlint.rules.num103_decimal_point import DecimalPoint
from numlint.rules.num104_mixed_separators import MixedSeparators
from numlint.rules.num105_typographic_spacing import TypographicSpacing


@pytest.mark.parametrize("text,thousands,decimal,malformed", [
    ("25.000", "dot", None, False),
    ("1.234.567", "dot", None, False),
    ("3,5", None, "comma", False),
    ("25 000", "space", None, False),
    ("25\u202f000", "space", None, False),
    ("25\u00a0000,75", "space", "comma", False),
    ("25'000", "apostrophe", None, False),
    ("2500", None, None, False),
    ("1.234,5", "dot", "comma", False),
    ("3.5", None, "point", False),
    ("51.25", None, "point", False),
    ("25.00", None, None, True),
    ("860.00", None, None, True),
    ("1.2345", None, None, True),
    ("113.2450", None, None, True),
    ("250.00.000", None, None, True),
    ("1.50.000", None, None, True),
    ("12345.678", None, None, True),
    ("vingt", None, None, False),
    ("1" * 5000, None, None, False),
])
def test_how_a_number_is_written(text, thousands, decimal, malformed):
    w = analyse(text)
    assert (w.thousands, w.decimal, w.malformed) == (thousands, decimal, malformed)


# --- NUM101 ---------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence,written,numerals,range_kind,kind,subject,approx,fires", [
    ("Ils étaient de 30.000 à 25.000 soldats.", "de 30.000 à 25.000 soldats", [("30.000", 30000), ("25.000", 25000)], "de-a", "number", "soldat", None, True),
    ("On attend entre 1 500 et 1 000 tracteurs.", "entre 1 500 et 1 000 tracteurs", [("1 500", 1500), ("1 000", 1000)], "entre-et", "number", "tracteur", None, True),
    ("On en attend entre 400 et 300.", "entre 400 et 300", [("400", 400), ("300", 300)], "entre-et", "number", None, None, True),
    ("Ils étaient 30.000 à 25.000 soldats.", "30.000 à 25.000 soldats", [("30.000", 30000), ("25.000", 25000)], "de-a", "number", "soldat", None, False),
    ("Le nombre, passé d'environ 340 000 à 170 000.", "340 000 à 170 000", [("340 000", 340000), ("170 000", 170000)], "de-a", "number", "visa", None, False),
    ("Un taux, en un an, réduit de 12 à 9 %.", "de 12 à 9 %", [("12", 12), ("9", 9)], "de-a", "percent", None, None, False),
    ("Ils étaient de 25.000 à 30.000 soldats.", "de 25.000 à 30.000 soldats", [("25.000", 25000), ("30.000", 30000)], "de-a", "number", "soldat", None, False),
    ("Il coûte entre 2 et 3 millions.", "entre 2 et 3 millions", [("2", 2e6), ("3", 3e6)], "entre-et", "money", None, None, False),
    ("Il est passé de 11 900 à 11 200 habitants.", "de 11 900 à 11 200 habitants", [("11 900", 11900), ("11 200", 11200)], "change", "number", "habitant", None, False),
    ("La température est passée de 39 °C à 29 °C.", "de 39 °C à 29 °C", [("39", 39), ("29", 29)], "change", "quantity", None, None, False),
    ("Il prévoit entre -5 et -10 °C.", "entre -5 et -10 °C", [("-5", -5), ("-10", -10)], "entre-et", "quantity", None, None, False),
    ("Score final 30-25.", "30-25", [("30", 30), ("25", 25)], "dash", "number", None, None, False),
    ("Les bornes 7 et 7 sont égales.", "7 et 7", [("7", 7), ("7", 7)], "entre-et", "number", None, None, False),
    # a score, a year caught in a change, a change whose verb was missed
    ("Le PSG gagne sur le score de 5 à 0.", "de 5 à 0", [("5", 5), ("0", 0)], "de-a", "number", None, None, False),
    ("Il est passé de 47 % en 2022 à 66 %.", "2022 à 66 %", [("2022", 2022), ("66", 66)], "de-a", "percent", None, None, False),
    ("Le nombre, passé d'environ 340 000 à 170 000 visas.", "environ 340 000 à 170 000 visas", [("340 000", 340000), ("170 000", 170000)], "de-a", "number", "visa", "about", False),
    ("Il atteint de 8 à 6 points.", "de 8 à 6 points", [("8", 8), ("6", 6)], "de-a", "number", None, None, False),
    ("Il fera entre 5 et -3 °C.", "entre 5 et -3 °C", [("5", 5), ("-3", -3)], "entre-et", "quantity", None, None, False),
    ("Le couvre-feu s'applique entre 22 et 6 heures.", "entre 22 et 6 heures", [("22", 22), ("6", 6)], "entre-et", "duration", None, None, False),
    ("Il a passé entre 12 et 8 ans en prison.", "entre 12 et 8 ans", [("12", 12), ("8", 8)], "entre-et", "duration", None, None, True),
])
def test_reversed_range(sentence, written, numerals, range_kind, kind, subject, approx, fires):
    art = Article(sentence)
    unit = {"heures": "hour", "ans": "year"}.get(written.split()[-1])
    art.fig(written, kind=kind, numerals=numerals, low=numerals[0][1], high=numerals[1][1],
            range_kind=range_kind, subject=subject, approx=approx, unit=unit)
    found = run(ReversedRange, art)
    assert spans(art, found) == ([written] if fires else [])


def test_reversed_range_message_names_both_bounds():
    art = Article("Entre 2.100 et 1.500 pompiers étaient engagés.")
    art.fig("Entre 2.100 et 1.500 pompiers", numerals=[("2.100", 2100), ("1.500", 1500)], low=2100,
            high=1500, range_kind="entre-et", subject="pompier")
    fr = run(ReversedRange, art)[0].message
    en = run(ReversedRange, art, lang="en")[0].message
    assert fr == "intervalle inversé : 2.100 > 1.500 ; écrire « entre 1.500 et 2.100 » ?"
    assert en == "reversed range: 2.100 > 1.500; meant « entre 1.500 et 2.100 »?"


# --- NUM102 / NUM103 ------------------------------------------------------------------------

CASES_102_103 = [
    # sentence, figure text, numeral, value, kind, subject, scale, NUM102, NUM103
    ("Ils sont 25.00 soldats.", "25.00 soldats", "25.00", 25, "number", "soldat", 1, True, False),
    ("La ville a 1.2345 habitants.", "1.2345 habitants", "1.2345", 1.2345, "number", "habitant", 1, True, False),
    ("Un budget de 250.00.000 euros.", "250.00.000 euros", "250.00.000", 25000000, "money", None, 1, True, False),
    ("Quelque 1.50.000 voyageurs.", "1.50.000 voyageurs", "1.50.000", 150000, "number", "voyageur", 1, True, False),
    ("Ils sont 25.000 soldats.", "25.000 soldats", "25.000", 25000, "number", "soldat", 1, False, False),
    ("Ils sont 1.234.567 électeurs.", "1.234.567 électeurs", "1.234.567", 1234567, "number", "électeur", 1, False, False),
    ("Un taux de 3,5 %.", "3,5 %", "3,5", 3.5, "percent", None, 1, False, False),
    ("Ils sont 25 000 soldats.", "25 000 soldats", "25 000", 25000, "number", "soldat", 1, False, False),
    ("Un coût de 3.5 millions d'euros.", "3.5 millions d'euros", "3.5", 3.5e6, "money", None, 1e6, False, True),
    ("Un taux de 2.7 %.", "2.7 %", "2.7", 2.7, "percent", None, 1, False, True),
    ("Le bénéfice atteint 3.1 milliards.", "3.1 milliards", "3.1", 3.1e9, "number", None, 1e9, False, True),
    # a bare "1.5" with nothing counted may be a version or a reference: quiet
    ("La norme 1.5 s'applique.", "1.5", "1.5", 1.5, "number", None, 1, False, False),
]


@pytest.mark.parametrize("sentence,written,numeral,value,kind,subject,scale,f102,f103", CASES_102_103)
def test_malformed_and_decimal_point(sentence, written, numeral, value, kind, subject, scale, f102, f103):
    art = Article(sentence)
    art.fig(written, kind=kind, numerals=[(numeral, value)], subject=subject, scale=scale)
    assert spans(art, run(MalformedNumber, art)) == ([numeral] if f102 else [])
    assert spans(art, run(DecimalPoint, art)) == ([numeral] if f103 else [])


def test_malformed_flag_from_the_figures_stage_is_honoured():
    art = Article("Quelque 12 34 manifestants.")
    f = art.fig("12 34 manifestants", numerals=[("12 34", 1234)], subject="manifestant")
    f.numerals[0].malformed = True
    assert spans(art, run(MalformedNumber, art)) == ["12 34"]


def test_decimal_point_message_gives_the_fix():
    art = Article("Un taux de 2.7 %.")
    art.fig("2.7 %", kind="percent", numerals=[("2.7", 2.7)])
    assert "« 2,7 »" in run(DecimalPoint, art)[0].message


# --- NUM104 ---------------------------------------------------------------------------------

def _numbers(text: str, *written: str, kind="number") -> Article:
    art = Article(text)
    for w in written:
        art.fig(w, kind=kind, numerals=[(w, 0)], subject="personne")
    return art


@pytest.mark.parametrize("text,written,at", [
    ("Ils étaient 25.000 selon la police, 40 000 selon la CGT et 42 000 selon FO.",
     ("25.000", "40 000", "42 000"), ["25.000"]),
    ("Ils étaient 25 000 selon la police, 40.000 selon la CGT et 42 000 selon FO.",
     ("25 000", "40.000", "42 000"), ["40.000"]),
    ("Le taux passe de 31,4 à 51.5 puis à 50,1.", ("31,4", "51.5", "50,1"), ["51.5"]),
    # every kind of space is one style
    ("On compte 25\u202f000 puis 40\u00a0000 puis 42 000.", ("25\u202f000", "40\u00a0000", "42 000"), []),
    ("On compte 2500 puis 25 000.", ("2500", "25 000"), []),
    ("On compte 25.000 puis 40.000 puis 3,5.", ("25.000", "40.000", "3,5"), []),
    # one each: the one that is not the French way is reported, wherever it stands
    ("On compte 25.000 puis 40 000.", ("25.000", "40 000"), ["25.000"]),
    ("On compte 40 000 puis 25.000.", ("40 000", "25.000"), ["25.000"]),
    ("Sur 1.250 salariés, 460 partent ; le site consomme 420 000 MWh.", ("1.250", "420 000"),
     ["1.250"]),
    ("On compte 25'000 puis 40 000.", ("25'000", "40 000"), ["25'000"]),
    ("Le taux passe de 31.4 à 51,5.", ("31.4", "51,5"), ["31.4"]),
    # neither is the French way: the second one, as before
    ("On compte 25.000 puis 40'000.", ("25.000", "40'000"), ["40'000"]),
    # a majority of dots still rules over a single space
    ("On compte 25.000, 12.000 puis 40 000.", ("25.000", "12.000", "40 000"), ["40 000"]),
])
def test_mixed_separators(text, written, at):
    art = _numbers(text, *written)
    assert spans(art, run(MixedSeparators, art)) == at


def test_mixed_separators_follow_house_style():
    art = _numbers("On compte 25.000 puis 40 000.", "25.000", "40 000")
    assert spans(art, run(MixedSeparators, art, house_style="fr-BE")) == ["40 000"]
    assert spans(art, run(MixedSeparators, art, house_style="fr-FR")) == ["25.000"]


def test_mixed_separators_names_the_other_style():
    art = _numbers("Ils étaient 25 000, puis 40 000, puis 12.500.", "25 000", "40 000", "12.500")
    d = run(MixedSeparators, art)[0]
    assert "« 12.500 »" in d.message and "« 25 000 », 2 fois" in d.message
    assert d.related and art.text[d.related[0].start:d.related[0].end] == "25 000"


def test_malformed_numbers_do_not_count_as_a_style():
    art = _numbers("Ils étaient 25 000 puis 1.50.000.", "25 000", "1.50.000")
    assert run(MixedSeparators, art) == []


# --- NUM105 ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text,written,numeral,kind,unit_text,unit_space,at", [
    ("Un taux de 12%.", "12%", "12", "percent", "%", "", ["12%"]),
    ("Un trail de 50km.", "50km", "50", "quantity", "km", "", ["50km"]),
    ("Un taux de 12 %.", "12 %", "12", "percent", "%", " ", ["12 %"]),
    ("Un taux de 12\u202f%.", "12\u202f%", "12", "percent", "%", "\u202f", []),
    ("Un taux de 12\u00a0%.", "12\u00a0%", "12", "percent", "%", "\u00a0", []),
    ("Ils sont 25 000.", "25 000", "25 000", "number", None, None, ["25 000"]),
    ("Ils sont 25\u202f000.", "25\u202f000", "25\u202f000", "number", None, None, []),
    ("Ils sont 25.000.", "25.000", "25.000", "number", None, None, []),
])
def test_typographic_spacing(text, written, numeral, kind, unit_text, unit_space, at):
    art = Article(text)
    art.fig(written, kind=kind, numerals=[(numeral, 0)], unit_text=unit_text, unit_space=unit_space)
    assert spans(art, run(TypographicSpacing, art)) == at


def test_typographic_spacing_house_styles():
    art = Article("Ils sont 25.000 et 40\u202f000.")
    art.fig("25.000", numerals=[("25.000", 25000)])
    art.fig("40\u202f000", numerals=[("40\u202f000", 40000)])
    assert spans(art, run(TypographicSpacing, art, house_style="fr-BE")) == ["40\u202f000"]
    assert spans(art, run(TypographicSpacing, art, house_style="fr-FR")) == ["25.000"]
    assert spans(art, run(TypographicSpacing, art)) == []


def test_typographic_spacing_is_off_by_default():
    assert TypographicSpacing.enabled_by_default is False


# --- whole articles through the whole pipeline ---------------------------------------------

from pathlib import Path

from numlint.engine import Settings, lint

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "rules" / "NUM10x"

# file -> every (code, line) of NUM101–NUM104 expected; an empty list means quiet for all four
EXPECTED_101_104 = {
    "greve-bus-bruxelles.txt": [("NUM101", 5)],
    "emploi-wallonie.txt": [("NUM101", 5), ("NUM102", 6), ("NUM103", 7)],
    "port-anvers-fret.html": [("NUM101", 12), ("NUM102", 15)],
    "urgences-hopital.txt": [("NUM102", 5)],
    "budget-commune.md": [("NUM103", 10), ("NUM104", 10)],
    "municipales-participation.md": [("NUM103", 12), ("NUM104", 12)],
    "festival-affluence.html": [("NUM104", 13)],
    "manifestation-retraites.txt": [("NUM104", 5)],
    "vendanges-bordeaux.txt": [],
    "musee-frequentation.md": [],
    "canicule-marathon.html": [],
    "piscine-olympique.txt": [],
    "velo-paris.md": [],
}
EXPECTED_105 = {
    "chomage-trimestre.txt": [("NUM105", 5)],
    "trail-chartreuse.md": [("NUM105", 10)],
    "salon-agriculture.html": [("NUM105", 12)],
    "canicule-marathon.html": [],
    "piscine-olympique.txt": [],
    "velo-paris.md": [],
}


def _lint_fixture(name: str, select: list[str]) -> list[tuple[str, int]]:
    path = FIXTURES / name
    diags = lint(path.read_text(encoding="utf-8"), path=str(path), settings=Settings(select=select))
    return sorted((d.code, d.line) for d in diags)


@pytest.mark.parametrize("name", sorted(EXPECTED_101_104))
def test_fixture_articles_num101_to_num104(name):
    assert _lint_fixture(name, ["NUM101", "NUM102", "NUM103", "NUM104"]) == EXPECTED_101_104[name]


@pytest.mark.parametrize("name", sorted(EXPECTED_105))
def test_fixture_articles_num105(name):
    assert _lint_fixture(name, ["NUM105"]) == EXPECTED_105[name]


def test_every_fixture_is_checked():
    assert {p.name for p in FIXTURES.iterdir()} == set(EXPECTED_101_104) | set(EXPECTED_105)


def test_each_rule_has_three_firing_and_three_quiet_articles_in_three_formats():
    for code in ("NUM101", "NUM102", "NUM103", "NUM104", "NUM105"):
        table = EXPECTED_105 if code == "NUM105" else EXPECTED_101_104
        fires = [n for n, e in table.items() if any(c == code for c, _ in e)]
        quiet = [n for n, e in table.items() if not any(c == code for c, _ in e)]
        assert len(fires) >= 3 and len(quiet) >= 3, code
    suffixes = {Path(n).suffix for n in EXPECTED_101_104}
    assert suffixes == {".txt", ".md", ".html"}


@pytest.mark.parametrize("written,kind", [("192.168.1.1", "number"), ("48.8566", "number"), ("20.00", "number")])
def test_malformed_needs_something_counted(written, kind):
    art = Article(f"On lit {written} ici.")
    art.fig(written, kind=kind, numerals=[(written, 0)])
    assert run(MalformedNumber, art) == []


def test_mixed_separators_house_style_message():
    art = _numbers("On compte 25.000, 12.000 puis 40 000.", "25.000", "12.000", "40 000")
    d = run(MixedSeparators, art, house_style="fr-FR")
    assert [x.message for x in d] == [
        "séparateurs mêlés : « 25.000 » marque les milliers avec un point, "
        "le style maison fr-FR veut une espace, comme « 40 000 »"]
    en = run(MixedSeparators, _numbers("On compte 25.000 puis 40 000.", "25.000", "40 000"), lang="en")
    assert en[0].message.endswith("the rest of the article with a space (« 40 000 », once)")


@pytest.mark.parametrize("sentence,written,numeral,kind,unit,fires", [
    ("Le match débutera à 20.30 h au stade.", "20.30 h", "20.30", "duration", "hour", False),
    ("Il a couru le 100 m en 9.58 secondes.", "9.58 secondes", "9.58", "duration", "second", True),
    ("Le chantier a duré 2.5 heures.", "2.5 heures", "2.5", "duration", "hour", True),
])
def test_decimal_point_not_on_clock_times(sentence, written, numeral, kind, unit, fires):
    art = Article(sentence)
    art.fig(written, kind=kind, unit=unit, numerals=[(numeral, 0)])
    assert spans(art, run(DecimalPoint, art)) == ([numeral] if fires else [])


@pytest.mark.parametrize("sentence,fires", [
    # a change told by a verb or noun earlier in the clause is not a reversed range
    ("Le parti centriste s'effondre, de 22 à 9 sièges, au profit des écologistes.", False),
    ("La majorité sortante perd du terrain : de 41 à 33 élus.", False),
    ("Nette baisse de la fréquentation, de 1.800 à 1.350 visiteurs par jour.", False),
    # the clause says nothing of a change: the range is reversed
    ("La préfecture attend de 1.800 à 1.350 visiteurs par jour.", True),
    ("Le stade a perdu son toit. La ville attend de 1.800 à 1.350 spectateurs.", True),
])
def test_num101_change_told_earlier_in_the_clause(sentence, fires):
    from numlint.engine import Settings, lint
    found = [d.code for d in lint(f"Titre\nChapeau.\n{sentence}\n", path="x.txt",
                                  settings=Settings(select=["NUM101"]))]
    assert (found == ["NUM101"]) is fires


# --- two digits after a dot, in an article that groups thousands with dots ----------------

def _num1(text):
    from numlint.engine import Settings, lint
    return sorted((d.code, d.line) for d in lint(text, path="a.txt", settings=Settings(select=["NUM10"])))


@pytest.mark.parametrize("text,found", [
    # dots group thousands elsewhere, a plural noun counted: a thousands group short of a digit
    ("Coupe de Belgique\nLe stade a accueilli 18.320 spectateurs samedi.\n"
     "Parmi eux, quelque 1.40 supporters anversois avaient fait le déplacement.\n",
     [("NUM102", 3)]),
    ("Festival de Dour\nLe festival a vendu 45.600 pass cette année.\n"
     "Les bénévoles ont installé 3.50 tentes sur le camping.\n", [("NUM102", 3)]),
    # no thousands dot elsewhere: a decimal point, as before
    ("Coupe de Belgique\nLe stade a accueilli 18 320 spectateurs samedi.\n"
     "Parmi eux, quelque 1.40 supporters anversois avaient fait le déplacement.\n",
     [("NUM103", 3)]),
    # a unit or a price: a decimal point
    ("Coupe de Belgique\nLe stade a accueilli 18.320 spectateurs samedi.\n"
     "Le billet le moins cher coûtait 12.50 euros.\n", [("NUM103", 3)]),
    ("Coupe de Belgique\nLe stade a accueilli 18.320 spectateurs samedi.\n"
     "Le vainqueur a couru les derniers 1.40 km en tête.\n", [("NUM103", 3)]),
    # another decimal point in the article: unsure which the dot is, as before
    ("Coupe de Belgique\nLe stade a accueilli 18.320 spectateurs et 1.40 supporters visiteurs.\n"
     "Les recettes ont progressé de 2.5 % sur la saison.\n", [("NUM103", 2), ("NUM103", 3)]),
])
def test_two_digits_after_a_thousands_dot_are_a_malformed_group(text, found):
    assert [f for f in _num1(text) if f[0] != "NUM104"] == found


# --- four digits after one dot, ending in zeros, in a dot-thousands article ----------------

@pytest.mark.parametrize("text,found", [
    # the counted noun is an acronym the measures do not read: the zeros still say a group slipped
    ("Port de Namur\nLe terminal a traité 31.2000 EVP l'an dernier, contre 287.000 en 2023.\n",
     [("NUM102", 2)]),
    ("Emploi\nLa région compte 4.1500 PME, selon l'Union wallonne des entreprises, et 52.000 "
     "indépendants.\n", [("NUM102", 2)]),
    ("Emploi\nLe secteur a signé 12.3400 CDI en 2025.\nIl emploie 145.000 salariés.\n",
     [("NUM102", 2)]),
    # no thousands dot elsewhere: a bare decimal, a reference maybe
    ("Port de Namur\nLe terminal a traité 31.2000 EVP l'an dernier, contre 287 000 en 2023.\n", []),
    # not ending in zeros: a coordinate, a precise reading
    ("Port de Namur\nLe terminal (50.4669, 5.0120) a traité 287.000 EVP.\n", []),
    ("Port de Namur\nLe terminal a traité 287.000 EVP ; l'indice vaut 3.1416 cette année.\n", []),
    # a well-formed group: nothing
    ("Port de Namur\nLe terminal a traité 312.000 EVP l'an dernier, contre 287.000 en 2023.\n", []),
])
def test_zeros_after_a_thousands_dot_without_a_counted_noun(text, found):
    assert [f for f in _num1(text) if f[0] not in ("NUM103", "NUM104")] == found


# --- two zeros after a dot, the counted noun taken up by « en » ---------------------------

@pytest.mark.parametrize("text,found", [
    # « en » before its verb counts the noun named before: a quantity, like « 28.00 manifestants »
    ("Manifestation\nLe cortège a réuni 52 000 personnes selon les syndicats. La police en a "
     "compté 31.00.\n", [("NUM102", 2)]),
    ("Manifestation\nLes syndicats annonçaient 52 000 marcheurs ; la préfecture en a dénombré "
     "19.00, selon un communiqué.\n", [("NUM102", 2)]),
    ("Salon\nLes organisateurs espéraient 80 000 visiteurs. Ils en ont accueilli 64.00 en dix "
     "jours.\n", [("NUM102", 2)]),
    # the thousands written right, or no « en »: nothing (a bare token may be a reference)
    ("Manifestation\nLe cortège a réuni 52 000 personnes selon les syndicats. La police en a "
     "compté 31 000.\n", []),
    ("Manifestation\nLe cortège a réuni 52 000 personnes selon les syndicats. La police en a "
     "compté 31.000.\n", []),
    ("Manifestation\nLe cortège a réuni 52 000 personnes. Le rapport 31.00 de la police est "
     "attendu.\n", []),
    # « en » as a preposition, no conjugated verb after it
    ("Manifestation\nLe cortège est parti en 31.00 selon le plan.\n", []),
])
def test_zeros_after_a_dot_counting_a_noun_named_before(text, found):
    assert [f for f in _num1(text) if f[0] not in ("NUM103", "NUM104")] == found


@pytest.mark.parametrize("sentence,fires", [
    # a verb of bounds right before « de X à Y »: a range, even of a sum or a rate
    ("Selon la Ville, le coût d'une piste varie de 6 à 2 millions de dollars par kilomètre.", True),
    ("Le coût d'un kilomètre de tramway varie de 40 à 25 millions d'euros selon le tracé.", True),
    ("Les loyers oscillent de 1 400 à 900 euros selon le quartier.", True),
    ("Les amendes, allant de 750 à 135 euros, seront doublées en cas de récidive.", True),
    ("Le taux de chômage varie de 11,2 à 6,5 % selon les départements.", True),
    # the same bounds in order, and changes told by a verb
    ("Le coût d'un kilomètre de tramway varie de 25 à 40 millions d'euros selon le tracé.", False),
    ("Les amendes, allant de 135 à 750 euros, seront doublées en cas de récidive.", False),
    ("Le prix du billet est passé de 6 à 2 euros en dix ans.", False),
    ("Le prix du billet a varié de 6 à 2 euros en dix ans.", False),
    ("La nuit, les températures varient de -5 à -12 °C sur les hauteurs.", False),
])
def test_num101_verb_of_bounds_before_de_a(sentence, fires):
    from numlint.engine import Settings, lint
    found = [d.code for d in lint(f"Titre\nChapeau.\n{sentence}\n", path="x.txt",
                                  settings=Settings(select=["NUM101"]))]
    assert (found == ["NUM101"]) is fires


@pytest.mark.parametrize("sentence,message", [
    # bounds with a scale: the message keeps it, as the article writes it
    ("Le coût d'un kilomètre de tramway varie de 40 à 25 millions d'euros selon le tracé.",
     "intervalle inversé : 40 millions d'euros > 25 millions d'euros ; "
     "écrire « de 25 à 40 millions d'euros » ?"),
    ("Le groupe vise un bénéfice compris entre 3,4 et 3,1 milliards d'euros cette année.",
     "intervalle inversé : 3,4 milliards d'euros > 3,1 milliards d'euros ; "
     "écrire « entre 3,1 et 3,4 milliards d'euros » ?"),
    # no scale: the unit alone
    ("Les loyers oscillent de 1 400 à 900 euros selon le quartier.",
     "intervalle inversé : 1 400 euros > 900 euros ; écrire « de 900 à 1 400 euros » ?"),
])
def test_num101_message_keeps_the_scale(sentence, message):
    from numlint.engine import Settings, lint
    found = lint(f"Titre\nChapeau.\n{sentence}\n", path="x.txt", settings=Settings(select=["NUM101"]))
    assert [d.message for d in found] == [message]


@pytest.mark.parametrize("sentence,fires", [
    # « il est tombé de X à Y cm selon les secteurs »: snow or rain fallen, spread over places or
    # cases, not a change: a range
    ("À Sherbrooke, il est tombé de 30 à 20 centimètres selon les quartiers.", True),
    ("Il tombera de 40 à 25 cm de neige selon les régions d'ici vendredi.", True),
    ("Dans les Vosges, il en est tombé de 60 à 35 cm, selon les massifs.", True),
    ("Il est tombé de 20 à 30 centimètres selon les quartiers.", False),
    ("Il tombera de 25 à 40 cm de neige selon les régions d'ici vendredi.", False),
    # a change told by « tomber » with a subject, a source after « selon », or no spread: quiet
    ("Le niveau du lac est tombé de 30 à 20 centimètres selon les quartiers.", False),
    ("Il est tombé de 30 à 20 centimètres selon les prévisions de la veille.", False),
    ("La température est passée de 25 à 15 degrés selon les stations.", False),
    ("Il est tombé de 30 à 20 centimètres en deux jours.", False),
])
def test_num101_fallen_snow_spread_over_places(sentence, fires):
    from numlint.engine import Settings, lint
    found = [d.code for d in lint(f"Titre\nChapeau.\n{sentence}\n", path="x.txt",
                                  settings=Settings(select=["NUM101"]))]
    assert (found == ["NUM101"]) is fires
