"""Patterns met in the thirty-eighth holdout (f38a): a fraction « d'entre eux » restated as a
count by « soit », ..."""
import pytest

from _lint_kit import codes


# -- NUM303: « un quart d'entre eux, soit N » against the count « d'entre eux » goes back to ----
def clinic(sentence: str) -> str:
    return f"Le recrutement piétine à la clinique\n\nLa direction a publié son bilan mardi.\n\n{sentence}\n"


@pytest.mark.parametrize("sentence,found", [
    # the count is not the fraction of the whole: fires
    ("La clinique a ouvert 40 postes d'infirmiers cette année ; un quart d'entre eux, soit 25 postes, "
     "est resté vacant.", ["NUM303"]),
    ("Le club compte 90 adhérentes ; la moitié d'entre elles, soit 70 adhérentes, habitent la commune.",
     ["NUM303"]),
    # the fraction fits, exactly or as « près de » allows
    ("La clinique a ouvert 40 postes d'infirmiers cette année ; un quart d'entre eux, soit 10 postes, "
     "est resté vacant.", []),
    ("Le club compte 90 adhérentes ; près des deux tiers d'entre elles, soit 58 adhérentes, habitent "
     "la commune.", []),
    # the « soit » count is of another noun, or no « soit »: not the fraction said again
    ("La clinique a ouvert 40 postes d'infirmiers cette année ; un quart d'entre eux, soit 25 candidats "
     "de moins, est resté vacant.", []),
    ("La clinique a ouvert 40 postes d'infirmiers cette année ; un quart d'entre eux est resté vacant "
     "pendant 25 semaines.", []),
    # « d'entre eux » may go back to another count of the sentence, which fits
    ("Le lycée a reçu 120 élèves, dont 40 internes ; un quart d'entre eux, soit 30 élèves, vient "
     "d'une autre région.", []),
])
def test_num303_fraction_entre_soit(sentence, found):
    assert codes(clinic(sentence), "NUM303", path="a.txt") == found


# -- NUM201: a headline lower bound, the body's first value of its noun below it ---------------
def cider(title: str, body: str, more: str = "") -> str:
    return (f"{title}\n\nLa coopérative a présenté ses comptes lundi.\n\n{body}\n\n"
            f"Les jus de pomme, eux, reculent : leurs ventes sont tombées à {more or '5,1 millions'} "
            f"de bouteilles.\n")


@pytest.mark.parametrize("title,body,more,found", [
    # the body's value is below the bound, the one value above it far off (another drink): fires
    ("Le cidre de la vallée dépasse les 2,4 millions de bouteilles",
     "Les ventes de cidre ont atteint 2 050 000 bouteilles cette année.", "", ["NUM201"]),
    ("Le cidre de la vallée : plus de 2,4 millions de bouteilles vendues",
     "Les ventes de cidre ont atteint 2 050 000 bouteilles vendues cette année.", "", ["NUM201"]),
    # the body's value passes the bound, or is the bound rounded
    ("Le cidre de la vallée dépasse les 2,4 millions de bouteilles",
     "Les ventes de cidre ont atteint 2 460 000 bouteilles cette année.", "", []),
    ("Le cidre de la vallée dépasse les 2,4 millions de bouteilles",
     "Les ventes de cidre ont atteint 2 380 000 bouteilles cette année.", "", []),
    # another value of the noun near the bound may be the headline's: unsure
    ("Le cidre de la vallée dépasse les 2,4 millions de bouteilles",
     "Les ventes de cidre ont atteint 2 050 000 bouteilles cette année.", "2,9 millions", []),
])
def test_num201_headline_bound_above_body(title, body, more, found):
    assert codes(cider(title, body, more), "NUM201", path="a.txt") == found


# -- NUM201: one crowd of an event named by two nouns, the headline's day against the body's ---
def race(body: str) -> str:
    return ("La Ronde des lacs : 9 400 coureurs ont pris le départ samedi\n\n"
            "La course populaire a ouvert la saison des courses sur route.\n\n"
            f"{body}\n\nLe parcours longeait les deux lacs sur 21 kilomètres.\n")


@pytest.mark.parametrize("body,found", [
    # the body's one count of the day's crowd, under another noun, differs: fires
    ("La Ronde a réuni 8 100 participants samedi, sous un soleil radieux.", ["NUM201"]),
    # the same value, under the other noun
    ("La Ronde a réuni 9 400 participants samedi, sous un soleil radieux.", []),
    # those watching are another crowd than those running
    ("La Ronde a attiré 8 100 spectateurs samedi, sous un soleil radieux.", []),
    # the count is of another day
    ("La Ronde a réuni 8 100 participants vendredi, pour la course nocturne.", []),
    # two counts of people that day: unsure which is the headline's
    ("La Ronde a réuni 8 100 participants samedi, et 1 300 marcheurs samedi ont suivi la boucle courte.",
     []),
    # the body gives the headline's value elsewhere (the entries): another count
    ("La Ronde a réuni 8 100 participants samedi. Les inscriptions avaient atteint 9 400 au total.", []),
])
def test_num201_event_crowd_two_nouns(body, found):
    assert codes(race(body), "NUM201", path="a.txt") == found
