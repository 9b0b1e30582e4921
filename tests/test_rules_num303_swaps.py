"""NUM303: a share whose two neighbouring digits were swapped (« 63,0 % » for 36,0 %), when its part
and the count it is a share of are given, the whole a few words away or earlier in the article."""
import pytest

from numlint.engine import Settings, lint


def run(body: str, lang: str = "fr"):
    text = "Titre de l'article\nUn chapeau sans chiffre.\n" + body + "\n"
    return lint(text, path="article.txt", settings=Settings(select=["NUM3"], lang=lang))


def codes(body: str):
    return [d.code for d in run(body)]


SALES = "Au premier semestre, 9 640 logements ont été vendus dans la métropole. "
FILES = "Au total, 3 200 demandes ont été enregistrées, dont 1 152 par des salariés de moins de 30 ans, "


@pytest.mark.parametrize("body,expected", [
    # a count without its noun, a share « du total » with decimals: the whole given earlier
    (SALES + "Parmi eux, 3 470 sont des maisons, soit 63,0 % du total.", ["NUM303"]),
    (SALES + "Parmi eux, 3 470 sont des maisons, soit 36,0 % du total.", []),
    # a « dont » part, an age bound between it and its share: the share restates the part
    (FILES + "soit 63 % des demandeurs.", ["NUM303"]),
    (FILES + "soit 36 % des demandeurs.", []),
    ("La commune compte 4 800 électeurs inscrits, dont 1 296 jeunes électeurs, soit 72 % des inscrits.",
     ["NUM303"]),
    ("La commune compte 4 800 électeurs inscrits, dont 1 296 jeunes électeurs, soit 27 % des inscrits.", []),
    # decimals swapped, the whole in an earlier sentence
    ("La fédération revendique 52 300 licenciés. Cette saison, 18 410 joueurs ont rejoint un club, "
     "soit 53,2 % des licenciés.", ["NUM303"]),
    ("La fédération revendique 52 300 licenciés. Cette saison, 18 410 joueurs ont rejoint un club, "
     "soit 35,2 % des licenciés.", []),
])
def test_swapped_share_of_a_given_count(body, expected):
    assert codes(body) == expected


@pytest.mark.parametrize("body", [
    # wrong, but no swap of the right share: which whole is meant is unsure
    SALES + "Parmi eux, 3 470 sont des maisons, soit 47,0 % du total.",
    # another earlier count gives the share as written (3 470 / 5 508 = 63,0 %)
    "Au premier semestre, 9 640 logements ont été vendus dans la métropole, et 5 508 dans le "
    "département voisin. Parmi eux, 3 470 sont des maisons, soit 63,0 % du total.",
    # a share naming no whole, of a count without a noun
    SALES + "Parmi eux, 3 470 sont des maisons, soit 63,0 %.",
    # another moment
    SALES + "Parmi eux, 3 470 sont des maisons, contre 63,0 % du total l'an dernier.",
    # an approximate part
    "Au total, 3 200 demandes ont été enregistrées. Les salariés de moins de 30 ans en ont déposé "
    "près de 1 152, soit 63 % des demandeurs.",
    # a rounded count gives the swap only at one end of its reading (146.300 / 214.000 = 68,4 %)
    "Le parc compte 214.000 logements et 257.600 résidences. Parmi elles, 146.300 sont louées, "
    "soit 68,5 % du total.",
    # two counts may be the whole, each with a swap: unsure
    "La commune compte 4 800 électeurs inscrits et 4 860 habitants majeurs, dont 1 296 jeunes "
    "électeurs, soit 72 % des inscrits.",
])
def test_swapped_share_near_misses_stay_quiet(body):
    assert codes(body) == []


HALL = "La salle a accueilli en moyenne 1 702 spectateurs par concert pour {places} places, "


@pytest.mark.parametrize("body,expected", [
    # « A pour B, soit un taux de … de P % »: the smaller over the larger, digits swapped
    (HALL.format(places="2 300") + "soit un taux de remplissage de 47 %.", ["NUM303"]),
    (HALL.format(places="2 300") + "soit un taux de remplissage de 74 %.", []),
    ("Sur 5 200 candidats, 3 016 ont été admis, soit un taux d'admission de 85 %.", ["NUM303"]),
    ("Sur 5 200 candidats, 3 016 ont été admis, soit un taux d'admission de 58 %.", []),
    ("L'hôpital compte 412 lits, dont 379 sont occupés ce matin, soit un taux d'occupation de 29,0 %.",
     ["NUM303"]),
    ("L'hôpital compte 412 lits, dont 379 sont occupés ce matin, soit un taux d'occupation de 92,0 %.", []),
    # wrong but no swap: another base may be meant
    (HALL.format(places="2 300") + "soit un taux de remplissage de 60 %.", []),
    # an earlier count gives the rate as written (1 702 / 3 620 = 47 %)
    ("La salle de 3 620 places a ouvert en 2019. " + HALL.format(places="2 300")
     + "soit un taux de remplissage de 47 %.", []),
    # an approximate count or rate
    (HALL.format(places="près de 2 300") + "soit un taux de remplissage de 47 %.", []),
    (HALL.format(places="2 300") + "soit un taux de remplissage d'environ 47 %.", []),
])
def test_swapped_rate_of_the_two_counts_before_it(body, expected):
    assert codes(body) == expected


def test_swapped_messages_name_both_counts_in_both_languages():
    body = HALL.format(places="2 300") + "soit un taux de remplissage de 47 %."
    (fr,) = run(body)
    (en,) = run(body, lang="en")
    assert fr.message == "1 702 sur 2 300 font 74\u202f%, pas 47 % (chiffres inversés ?)"
    assert en.message == "1 702 out of 2 300 is 74%, not 47 % (digits swapped?)"
    body = SALES + "Parmi eux, 3 470 sont des maisons, soit 63,0 % du total."
    (fr,) = run(body)
    assert fr.message.startswith("3 470 sur 9 640 (ligne 3) font 36")
    assert fr.message.endswith("pas 63,0 % (chiffres inversés ?)")


@pytest.mark.parametrize("sentence,cued", [
    ("Sur 5 200 candidats, 3 016 ont été admis, soit un taux d'admission de 58 %.", True),
    ("Le stade de 9 000 places a reçu 8 100 spectateurs, soit un taux de remplissage de 90 %.", True),
    # « soit » close enough already: the plain share cue
    ("Sur 5 200 candidats, 3 016 ont été admis, soit un taux de 58 %.", False),
    # no « soit »: a rate told, not restated
    ("Le lycée affiche un taux de réussite de 58 %.", False),
])
def test_measures_cue_a_rate_restated_after_soit(sentence, cued):
    from numlint import document, engine
    _, ms = engine.analyse(document.parse("Titre\nChapeau.\n" + sentence + "\n", path="a.txt"))
    (share,) = [m for m in ms if m.figure.kind == "percent"]
    assert ("soit taux" in share.cues) is cued


STAFF = "Le groupe compte 12 000 salariés, dont 3 000 en France, "


@pytest.mark.parametrize("body,expected", [
    # « N …, dont P …, soit S % du total »: the total is the « dont » part's whole, as written
    (STAFF + "soit 40 % du total.", ["NUM303"]),
    (STAFF + "soit 25 % du total.", []),
    ("Au total, 2 400 dossiers ont été déposés, dont 1 560 par des exploitants âgés de plus de 55 ans, "
     "soit 45 % du total.", ["NUM303"]),
    ("Au total, 2 400 dossiers ont été déposés, dont 1 560 par des exploitants âgés de plus de 55 ans, "
     "soit 65 % du total.", []),
    # another total, moment or source: not the part's whole
    (STAFF + "soit 2 % du total national.", []),
    (STAFF + "soit 40 % du total en 2015.", []),
    (STAFF + "contre 40 % du total en 2015.", []),
    # two parts: the share may be of their sum
    ("Le groupe compte 12 000 salariés, dont 3 000 en France et 2 000 en Espagne, soit 42 % du total.", []),
    # a rounded whole that may give the share
    ("Le groupe compte environ 12 000 salariés, dont 3 000 en France, soit 26 % du total.", []),
    # an earlier count gives the share as written: « du total » may be the group's
    ("Le groupe compte 12 000 salariés. Le site emploie 3 000 personnes, dont 1 200 en CDI, "
     "soit 10 % du total.", []),
    # a share of another noun is not checked as written (« des salariés du secteur »)
    (STAFF + "soit 40 % des salariés du secteur.", []),
])
def test_share_of_the_total_of_a_dont_part(body, expected):
    assert codes(body) == expected


def test_share_of_the_total_of_a_dont_part_message():
    (d,) = run(STAFF + "soit 40 % du total.")
    assert d.message == "3 000 sur 12 000 font 25\u202f%, pas 40 %"
