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
