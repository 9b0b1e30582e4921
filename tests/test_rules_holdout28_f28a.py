"""The twenty-eighth holdout's false alarms and miss, by pattern: a cut made by someone (« ramener
la ration de 2 100 à 1 400 ») is a change, not a reversed range (NUM101); a yearless weekday-date
torn from the year of its own sentence's other pair is read in that year (NUM401); an age and a
birth given as two asides of a titled full name, object of a clause, are compared (NUM404)."""
from datetime import date

import pytest

from numlint.engine import Settings, lint


def codes(text: str, select: str, ref: date | None = None):
    settings = Settings(select=[select], reference_date=ref)
    return [d.code for d in lint(text, path="article.txt", settings=settings)]


@pytest.mark.parametrize("text,expected", [
    # a change told by a verb of cut, the verb farther than the figures' own look-back
    ("Faute de dons, l'association a dû ramener l'aide mensuelle versée aux familles hébergées de "
     "2 100 à 1 400 repas par semaine.\n", []),
    ("La direction a amputé l'effectif des agents d'accueil des trois sites de 900 à 600 postes.\n", []),
    ("Le ministère a abaissé le nombre de places ouvertes au concours de 3 000 à 2 500 postes.\n", []),
    ("Le club a dû couper la jauge de ses tribunes de 12 000 à 8 000 spectateurs.\n", []),
    ("Le département a raboté le contingent de saisonniers de 450 à 320 personnes.\n", []),
    # still a reversed range: no verb of change, or « entre »
    ("Le musée a accueilli de 6 400 à 4 800 visiteurs par jour pendant l'été.\n", ["NUM101"]),
    ("Le refuge héberge entre 180 et 120 randonneurs chaque nuit.\n", ["NUM101"]),
    # « entre » stays a range even after a verb of cut
    ("Le préfet a ramené la jauge, qui compte désormais entre 900 et 600 spectateurs.\n", ["NUM101"]),
])
def test_cut_verbs_are_changes(text, expected):
    assert codes("Article\n" + text, "NUM101") == expected


_NOV_2026 = date(2026, 11, 20)


@pytest.mark.parametrize("text,expected", [
    # a past span: 30 January 2026 is a Friday, 25 May 2026 a Monday; read nearest the reference,
    # 30 January alone would fall in 2027 (a Saturday)
    ("L'exposition d'hiver avait attiré 52 000 curieux du vendredi 30 janvier au lundi 25 mai.\n", []),
    ("La rétrospective avait réuni 41 000 visiteurs entre le vendredi 30 janvier et le lundi 25 mai.\n",
     []),
    # wrong in both years (2026: Friday, 2027: Saturday)
    ("L'exposition d'hiver avait attiré 52 000 curieux du jeudi 30 janvier au lundi 25 mai.\n",
     ["NUM401"]),
    # a date of the coming weeks, wrong in 2027 (a Friday), right only in 2026: no sentence partner
    ("Le salon des antiquaires rouvrira ses portes le jeudi 8 janvier.\n", ["NUM401"]),
    # a partner of another sentence does not lend its year
    ("L'exposition d'hiver avait fermé le lundi 25 mai. Elle avait ouvert le vendredi 30 janvier.\n",
     ["NUM401"]),
])
def test_yearless_date_read_in_its_sentence_year(text, expected):
    assert codes("Musée\n" + text, "NUM401", _NOV_2026) == expected


_NOV_26 = date(2026, 11, 26)


@pytest.mark.parametrize("text,expected", [
    # born in 1979: 46 or 47 in November 2026
    ("La cour d'appel a condamné jeudi l'économiste franco-algérien Karim Benali, 44 ans, né en 1979 "
     "à Oran, à cinq ans de prison.\n", ["NUM404"]),
    ("Le tribunal a relaxé mardi le journaliste Paul Marchand, 38 ans, né en 1979.\n", ["NUM404"]),
    ("La cour d'appel a condamné jeudi l'économiste franco-algérien Karim Benali, 47 ans, né en 1979 "
     "à Oran, à cinq ans de prison.\n", []),
    # a story told in the imperfect, or set by a year: the age then
    ("Le tribunal condamnait alors le journaliste Paul Marchand, 38 ans, né en 1979.\n", []),
    ("En 2017, le tribunal a relaxé le journaliste Paul Marchand, 38 ans, né en 1979.\n", []),
    # one word only is no full name: whose?
    ("Le tribunal a relaxé mardi le journaliste Marchand, 38 ans, né en 1979.\n", []),
])
def test_titled_object_age_and_birth(text, expected):
    assert codes("Justice\n" + text, "NUM404", _NOV_26) == expected
