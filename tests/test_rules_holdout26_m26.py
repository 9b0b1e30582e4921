"""The twenty-sixth holdout's misses, by pattern. NUM301: a list of bare counts told over two
sentences of a paragraph, the second ending « soit un total de … », adds up both sentences."""
import pytest

from numlint.engine import Settings, lint


def codes(body: str, rule: str):
    text = "Titre de l'article\nUn chapeau sans chiffre.\n" + body + "\n"
    return [d.code for d in lint(text, path="article.txt", settings=Settings(select=[rule]))]


_INTRO = "Les arrivées de touristes restent très inégales selon les territoires. "
_FIRST = "La côte en a accueilli 12 400, la montagne 8 300 et la campagne 5 100. "


@pytest.mark.parametrize("body,expected", [
    # 12 400 + 8 300 + 5 100 + 9 800 + 2 900 = 38 500, not 41 500
    (_INTRO + _FIRST + "Les villes en comptent 9 800 et les îles 2 900, soit un total de 41 500 "
     "touristes.", ["NUM301"]),
    # 3 210 + 2 870 + 4 050 + 1 940 + 2 330 = 14 400, not 15 400
    ("Les inscriptions ont progressé dans toutes les facultés. Les lettres en ont enregistré 3 210 "
     "et le droit 2 870. Les sciences en comptent 4 050, la médecine 1 940 et l'économie 2 330, "
     "soit un total de 15 400 inscriptions.", ["NUM301"]),
    # the sum right over both sentences
    (_INTRO + _FIRST + "Les villes en comptent 9 800 et les îles 2 900, soit un total de 38 500 "
     "touristes.", []),
    # the total is the last sentence's alone (9 800 + 2 900): it counts those only
    (_INTRO + _FIRST + "Les villes en comptent 9 800 et les îles 2 900, soit un total de 12 700 "
     "touristes.", []),
    # « dont »: a subset inside the first sentence, no part of the list
    (_INTRO + "La côte en a accueilli 12 400, dont 3 000 étrangers, la montagne 8 300 et la "
     "campagne 5 100. Les villes en comptent 9 800 et les îles 2 900, soit un total de 41 500 "
     "touristes.", []),
    # « contre »: last year's value among the figures
    (_INTRO + "La côte en a accueilli 12 400, contre 11 000 un an plus tôt, la montagne 8 300 et "
     "la campagne 5 100. Les villes en comptent 9 800 et les îles 2 900, soit un total de 41 500 "
     "touristes.", []),
    # the list may start a sentence earlier: which sentences the total counts is unsure
    ("La région a reçu 4 100 visiteurs en mai. " + _FIRST + "Les villes en comptent 9 800 et les "
     "îles 2 900, soit un total de 41 500 touristes.", []),
    # the sentence before counts another noun (beds, not tourists)
    ("La côte offre 12 400 lits, la montagne 8 300 lits et la campagne 5 100 lits. Les villes en "
     "comptent 9 800 et les îles 2 900, soit un total de 41 500 touristes.", []),
    # not exhaustive: the regions named are among a larger total (« sur », not « soit »)
    (_INTRO + _FIRST + "Les villes en comptent 9 800 et les îles 2 900, sur un total de 41 500 "
     "touristes.", []),
    # one sentence of parts only, with no « soit un total »: nothing to add up
    (_INTRO + _FIRST + "Les villes en comptent 9 800 et les îles 2 900.", []),
])
def test_total_over_two_sentences(body, expected):
    assert codes(body, "NUM301") == expected


# NUM201: a title crediting a document (« selon le rapport … », « selon la mise à jour … ») against
# the body value its teller gives in that document (« Dans son rapport …, la ministre a annoncé »)


def title_codes(title: str, body: str):
    text = title + "\nLe gouvernement publie ses nouvelles prévisions.\n" + body + "\n"
    return [d.code for d in lint(text, path="article.txt", settings=Settings(select=["NUM201"]))]


_REPORT_BODY = ("Dans son rapport de mi-année présenté mardi, la ministre des Finances a annoncé un "
                "déficit de 8,6 milliards de dollars pour l'exercice 2026-2027, contre 9,2 milliards "
                "prévus au printemps.")


@pytest.mark.parametrize("title,body,expected", [
    ("Ontario : le déficit ramené à 9,8 milliards de dollars, selon le rapport de mi-année",
     _REPORT_BODY, ["NUM201"]),
    ("Manitoba : un déficit de 1,7 milliard de dollars selon la mise à jour budgétaire",
     "Dans sa mise à jour budgétaire publiée jeudi, le ministre des Finances a annoncé un déficit "
     "de 1,3 milliard de dollars pour l'exercice en cours.", ["NUM201"]),
    # the title rounds the body's value: the same measure, agreeing
    ("Ontario : un déficit de plus de 8 milliards de dollars, selon le rapport de mi-année",
     _REPORT_BODY, []),
    ("Ontario : le déficit ramené à 8,6 milliards de dollars, selon le rapport de mi-année",
     _REPORT_BODY, []),
    # another year's deficit in the title
    ("Ontario : un déficit de 9,8 milliards de dollars en 2028, selon le rapport de mi-année",
     _REPORT_BODY, []),
    # the title credits another document than the one the body names
    ("Ontario : le déficit ramené à 9,8 milliards de dollars, selon une étude de l'institut",
     _REPORT_BODY, []),
    # the body names no document: the document and the minister may be two estimates
    ("Ontario : le déficit ramené à 9,8 milliards de dollars, selon le rapport de mi-année",
     "La ministre des Finances a annoncé mardi un déficit de 8,6 milliards de dollars pour "
     "l'exercice 2026-2027.", []),
])
def test_title_crediting_the_document(title, body, expected):
    assert title_codes(title, body) == expected
