"""The grammar of French figures: numbers.find on real French sentences (our own wording)."""
from __future__ import annotations

import time

import pytest

from numlint.figures import numbers

NBSP, NNBSP, THIN = "\u00a0", "\u202f", "\u2009"


def only(text: str, figure: str):
    """The one figure whose text is `figure` in `text`."""
    found = [f for f in numbers.find(text) if f.text == figure]
    assert found, f"{figure!r} not read in {text!r}: {[f.text for f in numbers.find(text)]}"
    return found[0]


# (sentence, figure text, kind, value, low, high, approx, unit)
POSITIVE = [
    # digits and separators
    ("La ville compte 25000 habitants.", "25000", "number", 25000, None, None, None, None),
    ("La ville compte 25.000 habitants.", "25.000", "number", 25000, None, None, None, None),
    ("Le pays compte 1.234.567 électeurs.", "1.234.567", "number", 1234567, None, None, None, None),
    ("Ils étaient 25 000 dans la rue.", "25 000", "number", 25000, None, None, None, None),
    (f"Ils étaient 25{NBSP}000 dans la rue.", f"25{NBSP}000", "number", 25000, None, None, None, None),
    (f"Ils étaient 25{NNBSP}000 dans la rue.", f"25{NNBSP}000", "number", 25000, None, None, None, None),
    (f"Ils étaient 25{THIN}000 dans la rue.", f"25{THIN}000", "number", 25000, None, None, None, None),
    ("Le canton recense 25'000 frontaliers.", "25'000", "number", 25000, None, None, None, None),
    ("La croissance a atteint 3,5 cette année.", "3,5", "number", 3.5, None, None, None, None),
    ("Le thermomètre affichait -3 au lever du jour.", "-3", "number", -3, None, None, None, None),
    ("Le solde est de \u22123 points.", "\u22123", "number", -3, None, None, None, None),
    ("L'indice a gagné +4,2 sur la séance.", "+4,2", "number", 4.2, None, None, None, None),
    ("Un déficit de 3.5 milliards a été annoncé.", "3.5 milliards", "number", 3_500_000_000, None, None, None, None),
    # scale words
    ("La région compte 2,5 millions d'habitants.", "2,5 millions", "number", 2_500_000, None, None, None, None),
    ("L'État a versé 1,2 milliard aux communes.", "1,2 milliard", "number", 1_200_000_000, None, None, None, None),
    ("La dette dépasse 3 000 milliards.", "3 000 milliards", "number", 3_000_000_000_000, None, None, None, None),
    ("Ils seraient 25 mille selon la CGT.", "25 mille", "number", 25000, None, None, None, None),
    ("Le club a dépensé 15 M€ cet été.", "15 M€", "money", 15_000_000, None, None, None, "EUR"),
    ("Le plan coûte 2 Md€ sur cinq ans.", "2 Md€", "money", 2_000_000_000, None, None, None, "EUR"),
    ("La start-up a levé 300 k€ en janvier.", "300 k€", "money", 300_000, None, None, None, "EUR"),
    ("Une aire urbaine de 1,5 million d'habitants.", "1,5 million", "number", 1_500_000, None, None, None, None),
    # spelled out
    ("Vingt-cinq mille personnes ont défilé.", "Vingt-cinq mille", "number", 25000, None, None, None, None),
    ("Il a fêté ses quatre-vingt-dix-sept printemps.", "quatre-vingt-dix-sept", "number", 97, None, None, None, None),
    ("Soixante et onze communes sont touchées.", "Soixante et onze", "number", 71, None, None, None, None),
    ("Deux cents salariés sont concernés.", "Deux cents", "number", 200, None, None, None, None),
    ("On dénombre mille deux cent trente recours.", "mille deux cent trente", "number", 1230, None, None, None, None),
    ("Un million deux cent mille foyers sont privés de courant.", "Un million deux cent mille", "number", 1_200_000, None, None, None, None),
    ("À Genève, septante élèves ont été accueillis.", "septante", "number", 70, None, None, None, None),
    ("À Lausanne, huitante bénévoles étaient présents.", "huitante", "number", 80, None, None, None, None),
    ("À Namur, nonante logements ont été construits.", "nonante", "number", 90, None, None, None, None),
    ("Vingt-et-un maires ont signé la tribune.", "Vingt-et-un", "number", 21, None, None, None, None),
    ("Deux-cent-trente emplois sont menacés.", "Deux-cent-trente", "number", 230, None, None, None, None),
    ("Douze wagons ont déraillé.", "Douze", "number", 12, None, None, None, None),
    ("Neuf ministres ont quitté le gouvernement.", "Neuf", "number", 9, None, None, None, None),
    ("Un million de foyers ont reçu l'aide.", "Un million", "number", 1_000_000, None, None, None, None),
    # approximate nouns, vague plurals, fractions
    ("Une dizaine de policiers ont été blessés.", "Une dizaine", "number", 10, None, None, "about", None),
    ("Une douzaine d'œufs suffit.", "Une douzaine", "number", 12, None, None, "about", None),
    ("Une vingtaine de blessés sont soignés.", "Une vingtaine", "number", 20, None, None, "about", None),
    ("Une bonne centaine d'élus ont voté.", "Une bonne centaine", "number", 100, None, None, "about", None),
    ("Un millier de manifestants ont défilé.", "Un millier", "number", 1000, None, None, "about", None),
    ("Des milliers de soldats sont arrivés.", "Des milliers", "number", None, 2000, 999_999, "about", None),
    ("Des dizaines de milliers de réfugiés ont fui.", "Des dizaines de milliers", "number", None, 20_000, 99_999, "about", None),
    ("La moitié des électeurs se sont abstenus.", "La moitié", "number", 0.5, None, None, None, None),
    ("Un tiers des communes manquent de médecins.", "Un tiers", "number", 1 / 3, None, None, None, None),
    ("Les deux tiers des députés ont voté contre.", "Les deux tiers", "number", 2 / 3, None, None, None, None),
    ("Un quart des lits sont fermés.", "Un quart", "number", 0.25, None, None, None, None),
    ("Trois quarts des sondés approuvent.", "Trois quarts", "number", 0.75, None, None, None, None),
    ("Un salarié sur cinq télétravaille.", "Un salarié sur cinq", "number", 0.2, None, None, None, None),
    ("Un sur trois a renoncé à partir.", "Un sur trois", "number", 1 / 3, None, None, None, None),
    # ordinals
    ("C'est le deuxième plus grand assaut.", "deuxième", "ordinal", 2, None, None, None, None),
    ("Elle a terminé 2e du slalom.", "2e", "ordinal", 2, None, None, None, None),
    ("Il est arrivé 2ème.", "2ème", "ordinal", 2, None, None, None, None),
    ("La 1re édition a eu lieu à Lille.", "1re", "ordinal", 1, None, None, None, None),
    ("Le 1er arrondissement est bouclé.", "1er", "ordinal", 1, None, None, None, None),
    ("La 1ère vague est passée.", "1ère", "ordinal", 1, None, None, None, None),
    ("Au XXIe siècle, tout a changé.", "XXIe", "ordinal", 21, None, None, None, None),
    ("C'est la vingt-cinquième édition.", "vingt-cinquième", "ordinal", 25, None, None, None, None),
    # ranges
    ("Il enverra 25.000 à 30.000 soldats.", "25.000 à 30.000", "number", None, 25000, 30000, None, None),
    ("Il enverra de 25.000 à 30.000 soldats.", "de 25.000 à 30.000", "number", None, 25000, 30000, None, None),
    ("Il enverra entre 25.000 et 30.000 soldats.", "entre 25.000 et 30.000", "number", None, 25000, 30000, None, None),
    ("Il enverra 25.000-30.000 soldats.", "25.000-30.000", "number", None, 25000, 30000, None, None),
    ("Il faudrait de 2 à 3 millions de doses.", "de 2 à 3 millions", "number", None, 2_000_000, 3_000_000, None, None),
    ("Le taux varie entre 10 et 15 %.", "entre 10 et 15 %", "percent", None, 10, 15, None, "%"),
    ("Deux ou trois navires croisent au large.", "Deux ou trois", "number", None, 2, 3, None, None),
    ("Les travaux dureront de 3 à 5 jours.", "de 3 à 5 jours", "duration", None, 3, 5, None, "day"),
    ("Il enverra de 30.000 à 25.000 soldats.", "de 30.000 à 25.000", "number", None, 30000, 25000, None, None),
    ("Il en coûtera entre 3 et 4 millions de dollars.", "entre 3 et 4 millions de dollars", "money", None, 3_000_000, 4_000_000, None, "USD"),
    # the scale written once is both ends', whatever the size of the low end written without it
    ("Le bénéfice ira de 1 390 à 1 460 millions d'euros.", "de 1 390 à 1 460 millions d'euros", "money", None, 1_390_000_000, 1_460_000_000, None, "EUR"),
    ("Il en faudra entre 2 400 et 2 600 milliards.", "entre 2 400 et 2 600 milliards", "number", None, 2_400_000_000_000, 2_600_000_000_000, None, None),
    # … but not a low end written in full
    ("Il y aura de 800 000 à 1,2 million de visiteurs.", "de 800 000 à 1,2 million", "number", None, 800_000, 1_200_000, None, None),
    # qualifiers
    ("On compte environ 300 victimes.", "environ 300", "number", 300, None, None, "about", None),
    ("On compte près de 30.000 victimes.", "près de 30.000", "number", 30000, None, None, "about", None),
    ("Quelque 200 invités sont attendus.", "Quelque 200", "number", 200, None, None, "about", None),
    ("Presque 40 bus ont été détournés.", "Presque 40", "number", 40, None, None, "about", None),
    ("Autour de 60 bénévoles ont aidé.", "Autour de 60", "number", 60, None, None, "about", None),
    ("Plus de 500 drones ont été lancés.", "Plus de 500", "number", 500, None, None, "at_least", None),
    ("Au moins 16 personnes sont mortes.", "Au moins 16", "number", 16, None, None, "at_least", None),
    ("Pas moins de 40 recours ont été déposés.", "Pas moins de 40", "number", 40, None, None, "at_least", None),
    ("Plus d'un millier de familles attendent.", "Plus d'un millier", "number", 1000, None, None, "at_least", None),
    ("Moins de 24 heures après l'annonce.", "Moins de 24 heures", "duration", 24, None, None, "at_most", "hour"),
    ("Au plus 12 candidats seront retenus.", "Au plus 12", "number", 12, None, None, "at_most", None),
    ("Il est tombé jusqu'à 300 mm de pluie.", "jusqu'à 300 mm", "quantity", 300, None, None, "at_most", "millimeter"),
    ("Il est tombé jusqu’à 300 mm de pluie.", "jusqu’à 300 mm", "quantity", 300, None, None, "at_most", "millimeter"),
    # percent
    ("Le chômage atteint 12 % dans la région.", "12 %", "percent", 12, None, None, None, "%"),
    ("Le chômage atteint 12% dans la région.", "12%", "percent", 12, None, None, None, "%"),
    ("Le chômage atteint 12 pour cent.", "12 pour cent", "percent", 12, None, None, None, "%"),
    ("Le chômage atteint 12 pour 100.", "12 pour 100", "percent", 12, None, None, None, "%"),
    ("Le taux d'alcool est de 0,5 ‰.", "0,5 ‰", "percent", 0.5, None, None, None, "‰"),
    ("Le taux a reculé de 0,5 point.", "0,5 point", "percent", 0.5, None, None, None, "pp"),
    ("Il a gagné 3 points de pourcentage.", "3 points de pourcentage", "percent", 3, None, None, None, "pp"),
    # money
    ("Le billet coûte 15 € en prévente.", "15 €", "money", 15, None, None, None, "EUR"),
    ("Le billet coûte € 15 en prévente.", "€ 15", "money", 15, None, None, None, "EUR"),
    ("Le repas coûte $10 à New York.", "$10", "money", 10, None, None, None, "USD"),
    ("Le fonds pèse 10 dollars par part.", "10 dollars", "money", 10, None, None, None, "USD"),
    ("Une amende de 100 francs suisses.", "100 francs suisses", "money", 100, None, None, None, "CHF"),
    ("Un chèque de 50 livres sterling.", "50 livres sterling", "money", 50, None, None, None, "GBP"),
    ("Le budget atteint 2,5 millions d'euros.", "2,5 millions d'euros", "money", 2_500_000, None, None, None, "EUR"),
    ("Le budget atteint 2,5 millions d’euros.", "2,5 millions d’euros", "money", 2_500_000, None, None, None, "EUR"),
    ("Le contrat vaut 1,2 Md$.", "1,2 Md$", "money", 1_200_000_000, None, None, None, "USD"),
    ("Il touche 500 CHF par mois.", "500 CHF", "money", 500, None, None, None, "CHF"),
    ("Il a reçu 300 000 yens.", "300 000 yens", "money", 300_000, None, None, None, "JPY"),
    # quantities
    ("La route fait 100 kilomètres.", "100 kilomètres", "quantity", 100, None, None, None, "kilometer"),
    ("Un tracé de 50km à travers bois.", "50km", "quantity", 50, None, None, None, "kilometer"),
    ("Le feu a parcouru 160 km².", "160 km²", "quantity", 160, None, None, None, "kilometer ** 2"),
    ("Le feu a parcouru 3 hectares.", "3 hectares", "quantity", 3, None, None, None, "hectare"),
    ("Ils ont récolté 12 tonnes de déchets.", "12 tonnes", "quantity", 12, None, None, None, "metric_ton"),
    ("Il a fait 30 °C à l'ombre.", "30 °C", "quantity", 30, None, None, None, "degree_Celsius"),
    ("Il a fait 40 degrés à Séville.", "40 degrés", "quantity", 40, None, None, None, "degree_Celsius"),
    ("Il a fait 100 °F à Phoenix.", "100 °F", "quantity", 100, None, None, None, "degree_Fahrenheit"),
    ("Les rafales ont atteint 130 km/h.", "130 km/h", "quantity", 130, None, None, None, "kilometer / hour"),
    ("Le parc produira 450 mégawatts.", "450 mégawatts", "quantity", 450, None, None, None, "megawatt"),
    ("Le parc produira 450 MW.", "450 MW", "quantity", 450, None, None, None, "megawatt"),
    ("Le navire était à 200 milles des côtes.", "200 milles", "quantity", 200, None, None, None, "mile"),
    ("Le marathon fait 26,2 miles.", "26,2 miles", "quantity", 26.2, None, None, None, "mile"),
    ("L'avion volait à 30 000 pieds.", "30 000 pieds", "quantity", 30000, None, None, None, "foot"),
    ("Une bouteille de 75 litres.", "75 litres", "quantity", 75, None, None, None, "liter"),
    ("Une crue de 3 m en une nuit.", "3 m", "quantity", 3, None, None, None, "meter"),
    ("Une trentaine de kilomètres à pied.", "Une trentaine de kilomètres", "quantity", 30, None, None, "about", "kilometer"),
    ("Il est tombé 491 litres par mètre carré.", "491 litres par mètre carré", "quantity", 491, None, None, None, "liter / meter ** 2"),
    # durations
    ("Une visite de trois jours.", "trois jours", "duration", 3, None, None, None, "day"),
    ("Une pause de deux semaines.", "deux semaines", "duration", 2, None, None, None, "week"),
    ("Un chantier de six mois.", "six mois", "duration", 6, None, None, None, "month"),
    ("Un délai de 48 heures.", "48 heures", "duration", 48, None, None, None, "hour"),
    ("Il a passé un an et demi en prison.", "un an et demi", "duration", 1.5, None, None, None, "year"),
    ("Il a passé deux heures et demie à attendre.", "deux heures et demie", "duration", 2.5, None, None, None, "hour"),
    ("Il a été condamné à 18 mois ferme.", "18 mois", "duration", 18, None, None, None, "month"),
    ("Âgé de 45 ans, il dirige la mairie.", "45 ans", "duration", 45, None, None, None, "year"),
    ("Il a 60 ans aujourd'hui.", "60 ans", "duration", 60, None, None, None, "year"),
    ("Une vingtaine de minutes d'attente.", "Une vingtaine de minutes", "duration", 20, None, None, "about", "minute"),
]


@pytest.mark.parametrize("text,figure,kind,value,low,high,approx,unit", POSITIVE,
                         ids=[p[1] for p in POSITIVE])
def test_reads(text, figure, kind, value, low, high, approx, unit):
    f = only(text, figure)
    assert f.kind == kind
    assert f.value == pytest.approx(value) if value is not None else f.value is None
    assert (f.low, f.high) == (low, high)
    assert f.approx == approx
    assert f.unit == unit
    assert text[f.start:f.end] == figure


# sentences and the text that must NOT be read as a figure (or the only figures allowed)
NEGATIVE = [
    ("Une occasion pour le dirigeant de s'exprimer.", []),
    ("Un homme a été interpellé devant une école.", []),
    ("Il a acheté un bâtiment neuf près de la gare.", []),
    ("Le Premier ministre a reçu les syndicats.", []),
    ("Le G7 et le Covid-19 ont dominé le sommet.", []),
    ("La version 1.1.1 du logiciel est sortie.", []),
    ("Les pays membres ont signé un tiers payant.", []),
    ("Il a appelé le 2 000 3 000 fois.", ["2 000", "3 000"]),          # two numbers, not one
    ("Les articles 1, 2 et 3 sont adoptés.", ["1", "2", "3"]),          # a list, not a range
    ("Il a pris une seconde pour répondre.", []),
    ("Il a cité le chiffre de 25 000 et celui de 3 000.", ["25 000", "3 000"]),
    ("Il est resté 5 % à 1,45 milliard.", ["5 %", "1,45 milliard"]),   # two measures, not a range
    ("Le score final était de 3 ou 2, personne ne sait.", ["3", "2"]),
]


@pytest.mark.parametrize("text,allowed", NEGATIVE, ids=[n[0][:30] for n in NEGATIVE])
def test_does_not_read(text, allowed):
    assert [f.text for f in numbers.find(text)] == allowed


@pytest.mark.parametrize("text,figure,group_sep,decimal_sep,decimals,malformed", [
    ("Il y a 25.000 soldats.", "25.000", ".", None, 0, False),
    ("Il y a 25 000 soldats.", "25 000", " ", None, 0, False),
    (f"Il y a 25{NNBSP}000 soldats.", f"25{NNBSP}000", NNBSP, None, 0, False),
    ("Un taux de 3,5 en moyenne.", "3,5", None, ",", 1, False),
    ("Un taux de 3.5 en moyenne.", "3.5", None, ".", 1, False),
    ("Il y a 25.00 soldats.", "25.00", None, ".", 2, True),
    ("Il y a 1.2345 habitants.", "1.2345", None, ".", 4, True),
    ("Il y a 250.00.000 habitants.", "250.00.000", ".", None, 0, True),
])
def test_numeral_writing(text, figure, group_sep, decimal_sep, decimals, malformed):
    num = only(text, figure).numerals[0]
    assert (num.group_sep, num.decimal_sep, num.decimals, num.malformed) == (group_sep, decimal_sep, decimals, malformed)


@pytest.mark.parametrize("text,figure,tolerance", [
    ("Il y a 30.000 soldats.", "30.000", 500),
    ("Il y a 4.000 blessés.", "4.000", 500),
    ("Il y a 11.000 soldats.", "11.000", 500),
    ("Il y a 157 blessés.", "157", 0.5),
    ("Le taux atteint 36 %.", "36 %", 0.5),
    ("La ville compte 2,5 millions d'habitants.", "2,5 millions", 50_000),
    ("Il y a trois blessés.", "trois", 0),
    ("Une dizaine de blessés.", "Une dizaine", 0),
])
def test_tolerance_follows_written_precision(text, figure, tolerance):
    assert only(text, figure).tolerance == pytest.approx(tolerance)


@pytest.mark.parametrize("text,figure,unit_text,unit_space", [
    ("Un taux de 12%.", "12%", "%", ""),
    ("Un taux de 12 %.", "12 %", "%", " "),
    (f"Un taux de 12{NNBSP}%.", f"12{NNBSP}%", "%", NNBSP),
    ("Une route de 50km.", "50km", "km", ""),
])
def test_unit_spacing(text, figure, unit_text, unit_space):
    f = only(text, figure)
    assert (f.unit_text, f.unit_space) == (unit_text, unit_space)


@pytest.mark.parametrize("text,figure,range_kind", [
    ("Il enverra 25.000 à 30.000 soldats.", "25.000 à 30.000", "de-a"),
    ("Il enverra entre 25.000 et 30.000 soldats.", "entre 25.000 et 30.000", "entre-et"),
    ("Il enverra 25.000-30.000 soldats.", "25.000-30.000", "dash"),
    ("Il enverra deux ou trois navires.", "deux ou trois", "ou"),
    ("Le nombre est passé de 200 à 300.", "de 200 à 300", "change"),
    ("Les effectifs ont chuté de 300 à 200.", "de 300 à 200", "change"),
    ("Les effectifs, de 300 à 200 selon les sources.", "de 300 à 200", "de-a"),
])
def test_range_kind(text, figure, range_kind):
    assert only(text, figure).range_kind == range_kind


def test_offsets_are_local_and_exact():
    text = "Selon la préfecture, près de 30.000 personnes ont défilé."
    f = only(text, "près de 30.000")
    assert (f.start, f.end) == (text.index("près"), text.index(" personnes"))
    assert [(n.text, text[n.start:n.end]) for n in f.numerals] == [("30.000", "30.000")]


@pytest.mark.parametrize("hostile", [
    "1" * 10_000,
    "1." * 100_000,
    "1 000 " * 20_000,
    "vingt-" * 20_000,
    "aième" * 20_000,
    "de 1 à " * 20_000,
    "\x00\ufffd" * 50_000,
])
def test_hostile_input_is_linear_and_quiet(hostile):
    t = time.process_time()
    numbers.find(hostile)
    assert time.process_time() - t < 10


def test_absurd_numbers_are_not_figures():
    assert numbers.find("Le code est " + "9" * 200 + ".") == []


# --- a whole article, in the image of the seed -------------------------------------------------

ARTICLE_EXPECTED = [
    ("des centaines", "number", None, 200, 999, "about", None),
    ("deux jours", "duration", 2, None, None, None, "day"),
    ("quelque 1.200", "number", 1200, None, None, "about", None),
    ("une trentaine de kilomètres", "quantity", 30, None, None, "about", "kilometer"),
    ("entre 2.500 et 3.000", "number", None, 2500, 3000, None, None),
    ("1.200", "number", 1200, None, None, None, None),
    ("De 2.500 à 3.000", "number", None, 2500, 3000, None, None),
    ("1,8 milliard de couronnes suédoises", "money", 1_800_000_000, None, None, None, "SEK"),
    ("environ 160 millions d'euros", "money", 160_000_000, None, None, "about", "EUR"),
    ("Un habitant sur quatre", "number", 0.25, None, None, None, None),
    ("près de 60 %", "percent", 60, None, None, "about", "%"),
    ("3.000 km²", "quantity", 3000, None, None, None, "kilometer ** 2"),
    ("moins de 350 kilomètres", "quantity", 350, None, None, "at_most", "kilometer"),
    ("deuxième", "ordinal", 2, None, None, None, None),
    ("trois ans", "duration", 3, None, None, None, "year"),
    ("une dizaine d'années", "duration", 10, None, None, "about", "year"),
]


def test_whole_article():
    from pathlib import Path

    from numlint.figures import extract_text
    path = Path(__file__).parent.parent / "fixtures" / "figures" / "seed-like-deploiement.txt"
    figs = [f for line in path.read_text(encoding="utf-8").splitlines()
            for f in extract_text(line)[0] if f.kind != "date"]
    got = [(f.text, f.kind, f.value, f.low, f.high, f.approx, f.unit) for f in figs]
    assert got == ARTICLE_EXPECTED


@pytest.mark.parametrize("text,allowed", [
    ("Le conseil se réunit à 20 heures.", []),                       # a time of day
    ("Les secours sont arrivés vers 16 heures.", []),
    ("Le dossier n° 3 a été classé.", []),                            # a reference
    ("La grève a duré 20 heures.", ["20 heures"]),
    ("Le prix reste en dessous de 10 dollars.", ["en dessous de 10 dollars"]),
])
def test_times_and_references_are_not_quantities(text, allowed):
    assert [f.text for f in numbers.find(text)] == allowed


# --- forms added for the peer suites (issue 2): our own sentences, one row per form -------------

# (sentence, figure text, kind, value, approx, unit)
MORE_FORMS = [
    # spelled fractions: compound denominators, numerators of any size, whole + fraction
    ("La taxe prélève un vingt-cinquième des recettes.", "un vingt-cinquième", "number", 1 / 25, None, None),
    ("La taxe prélève un vingt cinquième des recettes.", "un vingt cinquième", "number", 1 / 25, None, None),
    ("Chaque héritier reçoit une vingt et unième de la somme.", "une vingt et unième", "number", 1 / 21, None, None),
    ("Le capteur mesure un millionième de mètre.", "un millionième de mètre", "quantity", 1e-6, None, "meter"),
    ("Le signal dure un milliardième de seconde.", "un milliardième de seconde", "duration", 1e-9, None, "second"),
    ("Les trois cinquièmes des voix sont requis.", "Les trois cinquièmes", "number", 0.6, None, None),
    ("Il faut réunir cinq huitièmes des parts.", "cinq huitièmes", "number", 0.625, None, None),
    ("Il manque un huitième du budget.", "un huitième", "number", 0.125, None, None),
    ("Le gâteau pèse trois et un cinquième.", "trois et un cinquième", "number", 3.2, None, None),
    ("Le compteur affiche cinq et un quart.", "cinq et un quart", "number", 5.25, None, None),
    ("La recette exige un et un demi.", "un et un demi", "number", 1.5, None, None),
    ("La dette atteint cinq milliards et trois quarts.", "cinq milliards et trois quarts", "number", 5.75e9, None, None),
    ("On recense six millions et deux tiers.", "six millions et deux tiers", "number", 6_666_666.666667, None, None),
    ("La part vaut cent trois et deux tiers.", "cent trois et deux tiers", "number", 103 + 2 / 3, None, None),
    ("Il a fini en vingt et un cinquième.", "vingt et un cinquième", "number", 20.2, None, None),
    ("Le barème donne un demi\nà chaque copie.", "un demi", "number", 0.5, None, None),
    ("Un électeur sur cent vingt-cinq a voté blanc.", "Un électeur sur cent vingt-cinq", "number", 0.008, None, None),
    ("Il en reste 1 sur vingt-quatre.", "1 sur vingt-quatre", "number", 1 / 24, None, None),
    ("La recette demande 2 1/4 de farine.", "2 1/4", "number", 2.25, None, None),
    ("Le câble mesure 10 1/2 miles.", "10 1/2 miles", "quantity", 10.5, None, "mile"),
    ("La dose passe à ½ comprimé.", "½", "number", 0.5, None, None),
    ("Le rendement a baissé d'⅛ seulement.", "⅛", "number", 0.125, None, None),
    # halves and quarters of a unit or a scale
    ("Un demi-million de visiteurs sont venus.", "Un demi-million", "number", 500_000, None, None),
    ("Le projet coûte un demi-milliard d'euros.", "un demi-milliard d'euros", "money", 500_000_000, None, "EUR"),
    ("Le train est reparti une demi-heure plus tard.", "une demi-heure", "duration", 0.5, None, "hour"),
    ("Chaque coureur boit un demi-litre d'eau.", "un demi-litre", "quantity", 0.5, None, "liter"),
    ("Il a attendu un quart d'heure.", "un quart d'heure", "duration", 0.25, None, "hour"),
    ("Il a attendu trois quarts d'heure.", "trois quarts d'heure", "duration", 0.75, None, "hour"),
    ("Ajoutez un quart de litre de lait.", "un quart de litre", "quantity", 0.25, None, "liter"),
    ("Il règne depuis un quart de siècle.", "un quart de siècle", "duration", 0.25, None, "century"),
    ("Une demi-douzaine d'élus ont voté contre.", "Une demi-douzaine", "number", 6, "about", None),
    # decimals: "virgule", leading comma, written powers
    ("Le taux est de trois virgule cinq.", "trois virgule cinq", "number", 3.5, None, None),
    ("Le score atteint deux cent virgule cinquante-deux.", "deux cent virgule cinquante-deux", "number", 200.52, None, None),
    ("La marge est de deux virgule zéro cinq.", "deux virgule zéro cinq", "number", 2.05, None, None),
    ("Le coefficient vaut ,75 selon l'étude.", ",75", "number", 0.75, None, None),
    ("La constante vaut 6,02e23 environ.", "6,02e23", "number", 6.02e23, None, None),
    ("Le facteur de croissance est 1,05^10 sur la décennie.", "1,05^10", "number", 1.05 ** 10, None, None),
    ("L'inverse vaut 4^-1 exactement.", "4^-1", "number", 0.25, None, None),
    ("La mesure donne 3e-4 en moyenne.", "3e-4", "number", 3e-4, None, None),
    # scale suffixes, multiplied nouns, archaic scales
    ("Le serveur a 64G de mémoire vive.", "64G", "number", 64e9, None, None),
    ("Le fichier pèse 2,5 k.", "2,5 k", "number", 2500, None, None),
    ("Il a commandé trois douzaines d'huîtres.", "trois douzaines", "number", 36, None, None),
    ("On attend deux centaines de coureurs.", "deux centaines", "number", 200, "about", None),
    ("La facture atteint un billion de yens.", "un billion de yens", "money", 1e12, None, "JPY"),
    ("Le budget atteint trois mille millions de francs.", "trois mille millions de francs", "money", 3e9, None, "FRF"),
    ("Le cœur de l'étoile dépasse 15000000 de degrés.", "15000000 de degrés", "quantity", 15e6, None, "degree_Celsius"),
    ("Il a reçu 2 000 000 d'euros.", "2 000 000 d'euros", "money", 2e6, None, "EUR"),
    # signs in words, temperatures below zero
    ("Il a fait moins 12 °C à Mouthe.", "moins 12 °C", "quantity", -12, None, "degree_Celsius"),
    ("Le compte affiche moins 1500 après le virement.", "moins 1500", "number", -1500, None, None),
    ("Le mercure est descendu à 15 degrés en dessous de zéro.", "15 degrés en dessous de zéro", "quantity", -15, None, "degree_Celsius"),
    ("Il faisait 8 en dessous de zéro au réveil.", "8 en dessous de zéro", "quantity", -8, None, "degree_Celsius"),
    # « de/et/ou moins » before a temperature: the sign, not « 3 degrés de moins »
    ("On a relevé une température de moins 9 degrés Celsius au col.", "moins 9 degrés Celsius", "quantity", -9, None, "degree_Celsius"),
    ("La minimale de moins 17,5 °C date de 1985.", "moins 17,5 °C", "quantity", -17.5, None, "degree_Celsius"),
    ("Le thermomètre oscillait entre 2 et moins 4 °F.", "moins 4 °F", "quantity", -4, None, "degree_Fahrenheit"),
    ("Cette nuit, un froid de moins 11 degrés a saisi Colmar.", "moins 11 degrés", "quantity", -11, None, "degree_Celsius"),
    # money: hundredths and two-part amounts
    ("L'action a perdu 34 cents à New York.", "34 cents", "money", 34, None, "cent"),
    ("Le litre a baissé de 12 centimes.", "12 centimes", "money", 12, None, "centime"),
    ("Le titre termine à 210 pence à Londres.", "210 pence", "money", 210, None, "GBX"),
    ("Le ticket coûte 1 euro et 90 centimes.", "1 euro et 90 centimes", "money", 1.9, None, "EUR"),
    ("Le menu coûte 12 euros 50.", "12 euros 50", "money", 12.5, None, "EUR"),
    ("Le paquet vaut 4 dollars 20 pièce.", "4 dollars 20", "money", 4.2, None, "USD"),
    ("Le café coûte deux euros et quarante centimes.", "deux euros et quarante centimes", "money", 2.4, None, "EUR"),
    ("Le groupe a payé 420 millions de marks finlandais.", "420 millions de marks finlandais", "money", 420e6, None, "FIM"),
    # kitchen measures, data, angles
    ("Versez 2 tasses de bouillon.", "2 tasses", "quantity", 2, None, "cup"),
    ("Ajoutez 3 cuillères à soupe d'huile.", "3 cuillères à soupe", "quantity", 3, None, "tablespoon"),
    ("Une console 16 bits a relancé la marque.", "16 bits", "quantity", 16, None, "bit"),
    ("La dose est de 120 ug par jour.", "120 ug", "quantity", 120, None, "microgram"),
    ("Le bras pivote de 0,8 rad.", "0,8 rad", "quantity", 0.8, None, "radian"),
    # ordinals
    ("Le deux centième anniversaire sera fêté en mai.", "deux centième", "ordinal", 200, None, None),
    ("Elle a vendu le trois millième billet.", "trois millième", "ordinal", 3000, None, None),
    ("Le club fête ses vingt cinquièmes rencontres.", "vingt cinquièmes", "ordinal", 25, None, None),
    ("Une tierce personne a été entendue.", "tierce", "ordinal", 3, None, None),
]


@pytest.mark.parametrize("text,figure,kind,value,approx,unit", MORE_FORMS, ids=[m[1] for m in MORE_FORMS])
def test_reads_more_forms(text, figure, kind, value, approx, unit):
    f = only(text, figure)
    assert f.kind == kind
    assert f.value == pytest.approx(value, rel=1e-9)
    assert f.approx == approx
    assert f.unit == unit
    assert text[f.start:f.end] == figure


# what these forms must leave alone: (sentence, the only figure texts allowed)
MORE_NEGATIVE = [
    ("Il brigue un cinquième mandat à la mairie.", ["cinquième"]),            # an ordinal
    ("Il en veut un troisième.", ["troisième"]),                                # no "un tiers" in disguise
    ("Les candidats se répartissent en trois tiers.", ["trois"]),               # three groups
    ("La France joue le quart de finale samedi.", []),                          # a round, not 0,25
    ("Les huitièmes de finale commencent.", ["huitièmes"]),
    ("Il a pris une demi-mesure.", []),                                         # no unit after "demi"
    ("La 5G arrive dans la commune.", []),                                      # a network, not 5e9
    ("Le groupe 3M a été condamné.", []),                                       # a company
    ("Il reste au moins 5 places.", ["au moins 5"]),                            # a qualifier, not a sign
    ("Rendez-vous à deux heures moins 10.", ["10"]),                            # the clock
    ("Il a noté 10 moins 3 sur le tableau.", ["10", "3"]),
    ("Les moins 20 ans ont gagné.", ["20 ans"]),
    ("La note est de 3 ,5 sur vingt.", ["3", "vingt"]),                         # a stray space, not ,5
    ("Il a payé 10 euros 50 personnes l'ont vu.", ["10 euros", "50"]),          # no "10 euros 50"
    ("Il a payé 15 euros et 3 euros de frais.", ["15 euros", "3 euros"]),
    ("Il a gagné 322 cent fois.", ["322", "cent"]),                             # no English cents
    ("Il a écrit 25 livres.", ["25"]),                                           # books or pounds
    ("Il voulait 10 k de budget.", ["10"]),                                      # "k" alone mid-sentence
    ("Entre deux et trois quarts des électeurs hésitent.", ["Entre deux et trois"]),
    ("- 10 degrés à Lille, 12 à Lyon.", ["10 degrés", "12"]),                   # a bullet, not a sign
    ("Il combat en catégorie moins 73 kg.", ["73 kg"]),                         # a weight class
    ("La pente est de moins 6 degrés.", ["6 degrés"]),                          # no weather: an angle
    ("Une baisse de moins 2 °C suffirait.", ["2 °C"]),                          # a change, not a sign
    ("En hiver, le lac a refroidi de moins 3 °C.", ["3 °C"]),
    ("Il fait 4 degrés de moins qu'hier.", ["4 degrés"]),
    ("Il y a au moins 3 °C d'écart.", ["au moins 3 °C"]),
    ("Cinq milliards et trois quarts des dépenses.", ["Cinq milliards", "trois quarts"]),
    ("Il a attendu 3 de ses amis.", ["3"]),                                     # "de" takes only millions
    ("Il a vendu 1500000 de ses actions.", ["1500000"]),
]


@pytest.mark.parametrize("text,allowed", MORE_NEGATIVE, ids=[n[0][:30] for n in MORE_NEGATIVE])
def test_more_forms_leave_alone(text, allowed):
    assert [f.text for f in numbers.find(text)] == allowed


@pytest.mark.parametrize("hostile", [
    "1^" * 50_000,
    "1e" * 50_000,
    ",1 " * 50_000,
    "un vingt " * 20_000,
    "trois et " * 20_000,
    "demi-" * 20_000,
    "½" * 100_000,
    "moins 1 " * 20_000,
    "1 euro et " * 20_000,
    "2,5-km-" * 20_000,
    "il fait - 3 degrés - " * 10_000,
    "froid de moins 3 degrés et moins " * 10_000,
    "un penny un " * 20_000,
])
def test_new_forms_stay_linear(hostile):
    t = time.process_time()
    numbers.find(hostile)
    assert time.process_time() - t < 10


# a unit tied by a hyphen, coins after « un », a spaced minus before a temperature, a misspelling
HYPHENS_COINS_SIGNS = [
    ("Le tracé couvre une section 4,2-km le long du fleuve.", "4,2-km", "quantity", 4.2, "kilometer"),
    ("La course 10-km partira à midi.", "10-km", "quantity", 10, "kilometer"),
    ("Ils ont livré deux-tonnes de vivres.", "deux-tonnes", "quantity", 2, "metric_ton"),
    ("Le titre a cédé un penny à la clôture.", "un penny", "money", 1, "GBX"),
    ("Il n'a pas versé un centime à l'État.", "un centime", "money", 1, "centime"),
    ("La dette atteint 3,2 milliards de pesewas.", "3,2 milliards de pesewas", "money", 3.2e9, "GHp"),
    ("Au petit matin il faisait - 18 degrés à Oslo.", "- 18 degrés", "quantity", -18, "degree_Celsius"),
    ("Le thermomètre affiche − 4 °C ce matin.", "− 4 °C", "quantity", -4, "degree_Celsius"),
    ("Elle fête son dizième titre national.", "dizième", "ordinal", 10, None),
]


@pytest.mark.parametrize("text,figure,kind,value,unit", HYPHENS_COINS_SIGNS, ids=[h[1] for h in HYPHENS_COINS_SIGNS])
def test_hyphen_units_coins_and_spaced_minus(text, figure, kind, value, unit):
    f = only(text, figure)
    assert (f.kind, f.unit) == (kind, unit)
    assert f.value == pytest.approx(value, rel=1e-9)
    assert text[f.start:f.end] == figure


@pytest.mark.parametrize("text,allowed", [
    ("Le goûter, c'est le quatre-heures des enfants.", ["quatre"]),            # a snack, not 4 h
    ("Un trois-mâts de 50 mètres est à quai.", ["trois", "50 mètres"]),        # a ship
    ("Le score est de 2-3 puis 10-15 km plus loin.", ["2-3", "10-15 km"]),     # ranges stay ranges
    ("La 5-G et le A-10 ne sont pas des unités.", ["5"]),
    ("Lille - 10 degrés, Lyon - 12 degrés.", ["10 degrés", "12 degrés"]),      # headline separators
    ("Il a réglé 10 - 15 degrés sur le four.", ["10 - 15 degrés"]),            # a range, not a sign
    ("Un écart - 3 km sur la carte.", ["3 km"]),                                # only temperatures
    ("Le dollar vaut un euro et le yen plonge.", []),                           # the currencies, no amount
    ("Il cède un centième de sa part.", ["un centième"]),                       # no coin
])
def test_hyphens_coins_and_signs_leave_alone(text, allowed):
    assert [f.text for f in numbers.find(text)] == allowed


# « un »/« une » where no article can stand (a plural, the wrong gender), « une tasse » (a measure),
# a signed number before a capital, a singular fraction that no ordinal can be
UN_UNE_SIGNS_FRACTIONS = [
    ("Le bail court sur un ans, renouvelable.", "un ans", "duration", 1, "year"),
    ("Ajoutez une tasse de farine à la pâte.", "une tasse", "quantity", 1, "cup"),
    ("Le tarif symbolique d'une yen a surpris.", "une yen", "money", 1, "JPY"),
    ("Le rachat pour une dollar a été conclu.", "une dollar", "money", 1, "USD"),
    ("Le solde ressort à -1200K sur l'exercice.", "-1200K", "number", -1_200_000, None),
    ("L'écart vaut cent mille billionième du total.", "cent mille billionième", "number", 1e-7, None),
]


@pytest.mark.parametrize("text,figure,kind,value,unit", UN_UNE_SIGNS_FRACTIONS,
                         ids=[u[1] for u in UN_UNE_SIGNS_FRACTIONS])
def test_un_une_signs_and_fractions(text, figure, kind, value, unit):
    f = only(text, figure)
    assert (f.kind, f.unit) == (kind, unit)
    assert f.value == pytest.approx(value, rel=1e-9)


@pytest.mark.parametrize("text,allowed", [
    ("Il y a un an, le marché a chuté.", []),                                 # the time frame stays unread
    ("Une année noire pour le secteur.", []),
    ("Un yen faible aide les exportateurs.", []),                             # the currency itself
    ("Un dollar fort pèse sur l'euro.", []),
    ("Une Yen est arrivée en tête.", []),                                        # a first name
    ("Une franc-maçonne a été élue.", []),
    ("Elle a bu la tasse au large.", []),
    ("Le titre 3M recule et la 5G arrive ; -3M de pertes.", []),              # small before a capital
    ("Le deux cent millième visiteur a été fêté.", ["deux cent millième"]),   # an ordinal
    ("Le deux centième anniversaire approche.", ["deux centième"]),
])
def test_un_une_signs_and_fractions_leave_alone(text, allowed):
    assert [f.text for f in numbers.find(text)] == allowed

TERMINALS = ("NUM", "SCALE", "HALF", "CUR", "UNIT", "DUR", "PCT", "DE", "A", "ENTRE", "ET", "OU",
             "DASH", "SUR")


def test_the_scanner_stops_only_where_lark_would_refuse_every_continuation():
    """scanner.VIABLE against Lark's LALR parser: after a lead (none, CUR, DE or ENTRE) and a first
    NUM, a token moves in the table exactly when Lark accepts it after one of the leads."""
    from lark import Token

    from numlint.figures import scanner
    parser = numbers.parser()
    starts = []
    for lead in ((), ("CUR",), ("DE",), ("ENTRE",)):
        ip = parser.parse_interactive([])
        for i, t in enumerate(lead + ("NUM",)):
            ip.feed_token(Token(t, str(i)))
        starts.append(ip)
    todo, seen, checked = [(1, tuple(starts))], set(), 0
    while todo:
        state, ips = todo.pop()
        key = (state, tuple(None if ip is None else tuple(ip.parser_state.state_stack) for ip in ips))
        if key in seen:
            continue
        seen.add(key)
        for t in TERMINALS:
            nxt = []
            for ip in ips:
                if ip is not None and t in ip.accepts():
                    ip = ip.copy()
                    ip.feed_token(Token(t, "0"))
                    nxt.append(ip)
                else:
                    nxt.append(None)
            moved = scanner.VIABLE[state].get(t, 0)
            assert bool(moved) == any(ip is not None for ip in nxt), (state, t)
            checked += 1
            if moved:
                todo.append((moved, tuple(nxt)))
    assert checked > 100


@pytest.mark.parametrize("text, types", [
    ("de 1 à de 1 à de 1 à de 1 à de 1 à", ("NUM", "A")),          # a second "de" opens no num
    ("de 3 à 4 % et de 5 à 6 % et de 7 à 8 %", ("NUM", "A", "NUM", "PCT")),
    ("entre 2 et 3 et 4 et 5 et 6 et 7", ("NUM", "ET", "NUM")),
    ("25 millions d'euros à 30 millions d'euros, 3 à 4", ("NUM", "SCALE", "DE", "CUR", "A", "NUM",
                                                           "SCALE", "DE", "CUR")),
])
def test_the_tokens_stop_where_no_reading_goes_on(text, types):
    from numlint.figures import scanner
    p = next(i for i, c in enumerate(text) if c.isdigit())
    first = scanner.number_token(text, p)
    assert tuple(t.type for t in scanner.tokens_after(text, first.end, first)) == types


def test_a_chain_of_ranges_is_read_range_by_range():
    text = "Les loyers ont grimpé de 3 à 4 % et de 5 à 6 % et de 7 à 8 % selon les villes."
    assert [(f.text, f.low, f.high, f.unit) for f in numbers.find(text)] == [
        ("de 3 à 4 %", 3, 4, "%"), ("de 5 à 6 %", 5, 6, "%"), ("de 7 à 8 %", 7, 8, "%")]


@pytest.mark.parametrize("text, values", [
    ("La température passe de -12 à 12 degrés, puis -12 degrés.", [(None, -12, 12), (-12, None, None)]),
    ("Il faut 2 1/2 heures de route, 2 heures avec le train.", [(2.5, None, None), (2, None, None)]),
])
def test_a_digit_string_read_once_keeps_its_own_value_each_time(text, values):
    """number_token shares the reading of a digit string: a sign or a fraction on one occurrence
    changes no other."""
    for _ in range(2):                 # the second pass reads from the shared cache
        got = [(f.value, f.low, f.high) for f in numbers.find(text)]
        assert got == values


# --- qualifiers after an elided « d' » and before a fraction; approximate nouns -------------------
# (sentence, figure text, kind, value, approx, unit)
QUALIFIED = [
    ("La sécheresse prive la région d'au moins 40 000 tonnes de blé.", "au moins 40 000 tonnes",
     "quantity", 40000, "at_least", "metric_ton"),
    ("Les loyers ont connu une hausse d'environ 2 % en un an.", "environ 2 %", "percent", 2, "about", "%"),
    ("Le ministère table sur un déficit d'au plus 3 milliards d'euros.", "au plus 3 milliards d'euros",
     "money", 3e9, "at_most", "EUR"),
    ("Près de la moitié des lycéens ont voté.", "Près de la moitié", "number", 0.5, "about", None),
    ("Près d'un quart des lignes sont fermées.", "Près d'un quart", "number", 0.25, "about", None),
    ("Plus de la moitié des communes ont répondu.", "Plus de la moitié", "number", 0.5, "at_least", None),
    ("Moins d'un tiers des élus étaient présents.", "Moins d'un tiers", "number", 1 / 3, "at_most", None),
    ("Il a attendu à peu près un quart d'heure.", "à peu près un quart d'heure", "duration", 0.25,
     "about", "hour"),
]


@pytest.mark.parametrize("text,figure,kind,value,approx,unit", QUALIFIED, ids=[q[1] for q in QUALIFIED])
def test_qualifiers_elided_and_before_fractions(text, figure, kind, value, approx, unit):
    f = only(text, figure)
    assert (f.kind, f.approx, f.unit) == (kind, approx, unit)
    assert f.value == pytest.approx(value, rel=1e-9)


@pytest.mark.parametrize("text,allowed", [
    ("La moitié des lycéens ont voté.", [("La moitié", None)]),             # no qualifier
    ("Le prix a baissé de la moitié.", [("la moitié", None)]),               # « de » is no qualifier
    ("Une part d'un tiers des recettes revient à la ville.", [("un tiers", None)]),
    ("Une hausse d'un point de 3 %.", [("3 %", None)]),
], ids=["bare", "de", "d'un", "d'un point"])
def test_qualifiers_not_invented(text, allowed):
    assert [(f.text, f.approx) for f in numbers.find(text)] == allowed


@pytest.mark.parametrize("text,figure,kind,value,unit", [
    ("Le producteur touche 1 250 000 FCFA par saison.", "1 250 000 FCFA", "money", 1_250_000, "XOF"),
    ("L'État débloque 25 milliards de FCFA pour les semences.", "25 milliards de FCFA", "money", 25e9, "XOF"),
    ("Le kilo est payé 350 F CFA au producteur.", "350 F CFA", "money", 350, "XOF"),
    ("La coopérative a vendu 3 200 quintaux de mil.", "3 200 quintaux", "quantity", 3200, "quintal"),
    ("La récolte atteint 12 millions de quintaux.", "12 millions de quintaux", "quantity", 12e6, "quintal"),
])
def test_cfa_francs_and_quintals(text, figure, kind, value, unit):
    f = only(text, figure)
    assert (f.kind, f.value, f.unit) == (kind, value, unit)


@pytest.mark.parametrize("text,allowed", [
    ("Il a payé 12 F au guichet.", [("12", None)]),                 # « F » alone: no currency
    ("Le club a vendu 20 CFA de plus.", [("20", None)]),            # « CFA » alone names no franc
])
def test_cfa_not_invented(text, allowed):
    assert [(f.text, f.unit) for f in numbers.find(text)] == allowed


# approximate nouns of thousands, « le million de », « un tiers » as a share
@pytest.mark.parametrize("text,figure,kind,value,approx,unit", [
    ("Le festival a attiré une dizaine de milliers de curieux.", "une dizaine de milliers", "number", 10_000,
     "about", None),
    ("Le chantier coûtera une centaine de millions d'euros.", "une centaine de millions d'euros", "money", 1e8,
     "about", "EUR"),
    ("La production franchit le million de tonnes.", "million de tonnes", "quantity", 1e6, None, "metric_ton"),
    ("Le musée a passé le cap du million de visiteurs.", "million", "number", 1e6, None, None),
    ("La dette approche le milliard d'euros.", "milliard d'euros", "money", 1e9, None, "EUR"),
    ("Le stade coûte 90 millions, dont un tiers payé par la région.", "un tiers", "number", 1 / 3, None, None),
    ("Les ventes sont en baisse d'un tiers sur un an.", "un tiers", "number", 1 / 3, None, None),
    ("Le parc couvre 300 hectares, soit un tiers du canton.", "un tiers", "number", 1 / 3, None, None),
])
def test_approximate_nouns_and_shares(text, figure, kind, value, approx, unit):
    f = only(text, figure)
    assert (f.kind, f.approx, f.unit) == (kind, approx, unit)
    assert f.value == pytest.approx(value, rel=1e-9)


@pytest.mark.parametrize("text,allowed", [
    ("Le juge a désigné un tiers chargé des comptes.", []),                  # a third party
    ("Le recours d'un tiers a été rejeté.", []),
    ("Le tiers payant est généralisé.", []),
    ("Le Million est un jeu télévisé.", []),                                  # no « de » after
    ("Une dizaine de jours plus tard, il est parti.", ["Une dizaine de jours"]),
])
def test_approximate_nouns_and_shares_leave_alone(text, allowed):
    assert [f.text for f in numbers.find(text)] == allowed


# a unit written once for the two sides of « , contre »
@pytest.mark.parametrize("text,figure,kind,value,unit", [
    ("La subvention tombe à 180 millions d'euros, contre 230 millions l'an dernier.", "230 millions", "money",
     230e6, "EUR"),
    ("Le domaine a produit 1 400 hectolitres, contre 2 100 en 2022.", "2 100", "quantity", 2100, "hectoliter"),
    ("Le chômage atteint 7,4 %, contre 7,1 un an plus tôt.", "7,1", "percent", 7.1, "%"),
    ("En 2023, 14 villes ont reçu 3 millions d'euros, contre 2 millions en 2022.", "2 millions", "money", 2e6,
     "EUR"),
])
def test_unit_shared_by_a_comparison(text, figure, kind, value, unit):
    f = only(text, figure)
    assert (f.kind, f.value, f.unit) == (kind, value, unit)


@pytest.mark.parametrize("text,figure", [
    ("Le club a levé 12 millions d'euros, contre 3 salariés l'an passé.", "3"),         # a noun follows
    ("La mine a extrait 2 millions de tonnes, contre 12 en 2020.", "12"),               # the scale differs
    ("Ils ont vendu 520 caisses, ces cuves de 12 litres, contre 610 l'an dernier.", "610"),  # which side?
    ("Le festival a vendu 3 000 billets à 40 euros, contre deux l'an dernier.", "deux"),
    ("Elle a obtenu 52 % des voix, contre 38 pour son rival.", "38"),                   # not right after
])
def test_unit_shared_by_a_comparison_only_when_certain(text, figure):
    f = only(text, figure)
    assert (f.kind, f.unit) == ("number", None)


# Maghreb abbreviations that carry their scale: « MD », « MDT » millions de dinars (Tunisia's, as a
# bare « dinars »), « MDH », « MMDH » millions, milliards de dirhams
@pytest.mark.parametrize("text,figure,kind,value,unit", [
    ("Les exportations ont atteint 62 100 MD en 2024.", "62 100 MD", "money", 62_100e6, "TND"),
    ("Le budget de l'État prévoit 4 300 MDT de dépenses d'investissement.", "4 300 MDT", "money", 4_300e6, "TND"),
    ("Le port a encaissé 850 MDH de redevances.", "850 MDH", "money", 850e6, "MAD"),
    ("Le programme routier coûtera 12 MMDH.", "12 MMDH", "money", 12e9, "MAD"),
    ("La commune a reçu 2,5 MD de subventions.", "2,5 MD", "money", 2.5e6, "TND"),
    # « Md » with one capital stays the milliard it is before a currency sign
    ("Le plan coûte 3 Md€.", "3 Md€", "money", 3e9, "EUR"),
])
def test_an_abbreviation_carries_its_scale(text, figure, kind, value, unit):
    f = only(text, figure)
    assert (f.kind, f.value, f.unit) == (kind, value, unit)


@pytest.mark.parametrize("text,allowed", [
    ("Les 30 MDs de l'hôpital ont signé.", ["30"]),            # not the abbreviation
    ("Il a eu 12 de moyenne, MD en tête.", ["12"]),            # not right after the number
    ("La table des 62 100 md a été publiée.", ["62 100"]),     # lower case: not the abbreviation
])
def test_an_abbreviation_carries_its_scale_only_when_it_is_written(text, allowed):
    assert [f.text for f in numbers.find(text)] == allowed


@pytest.mark.parametrize("text, figure, signed", [
    ("Le chiffre d'affaires atteint 812 millions (+11,1 %).", "+11,1 %", True),
    ("Le solde migratoire est de −3 200 personnes.", "−3 200", True),
    ("La température tombe à -4 °C au petit matin.", "-4 °C", True),
    ("Le chômage touche 7,4 % des actifs.", "7,4 %", False),
    ("La commune compte 3 200 habitants.", "3 200", False),
])
def test_a_written_sign_is_kept(text, figure, signed):
    assert only(text, figure).signed is signed
