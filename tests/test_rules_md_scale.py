"""NUM201: a headline sum of money against the body's sum of the same noun and currency written
with another scale word (« milliards » / « millions », « MD », « M€ », « Md€ »). A rewrite of the
headline's value is quiet (« 2,4 milliards » = « 2 400 M€ »); any other value is a conflict."""
import pytest

from numlint.engine import Settings, lint

ARTICLE = """---
title: {title}
date: 2026-02-10
---

# {title}

Le gouvernement a présenté ses comptes mardi devant la commission des finances.

{body}
"""


def fires(title: str, body: str) -> list[str]:
    found = lint(ARTICLE.format(title=title, body=body), path="a.md",
                 settings=Settings(select=["NUM201"]))
    return [d.message for d in found]


@pytest.mark.parametrize("title, body, expected", [
    # euros: the same deficit rewritten in millions, then a value a hundred times smaller
    ("Un déficit de 2,4 milliards d'euros en 2025",
     "Le déficit atteint 2 400 M€ sur l'année, selon le ministère.", False),
    ("Un déficit de 2,4 milliards d'euros en 2025",
     "Le déficit atteint 24 M€ sur l'année, selon le ministère.", True),
    ("Un déficit de 2,4 milliards d'euros en 2025",
     "Le déficit atteint 2 400 millions d'euros sur l'année, selon le ministère.", False),
    ("Un déficit de 2,4 milliards d'euros en 2025",
     "Le déficit atteint 240 millions d'euros sur l'année, selon le ministère.", True),
    # the other way: a headline in millions, a body in « Md€ »
    ("Un déficit de 850 M€ en 2025",
     "Le déficit atteint 0,85 Md€ sur l'année, selon le ministère.", False),
    ("Un déficit de 850 M€ en 2025",
     "Le déficit atteint 8,5 Md€ sur l'année, selon le ministère.", True),
    # dollars
    ("Un déficit de 3,1 milliards de dollars en 2025",
     "Le déficit atteint 3 100 millions de dollars sur l'année, selon le Trésor.", False),
    ("Un déficit de 3,1 milliards de dollars en 2025",
     "Le déficit atteint 31 millions de dollars sur l'année, selon le Trésor.", True),
    # francs CFA
    ("Un déficit de 412 milliards de francs CFA en 2025",
     "Le déficit atteint 412 000 millions de francs CFA sur l'année, selon le ministère.", False),
    ("Un déficit de 412 milliards de francs CFA en 2025",
     "Le déficit atteint 412 millions de francs CFA sur l'année, selon le ministère.", True),
    # dinars, « MD »
    ("Un déficit de 9,7 milliards de dinars en 2025",
     "Le déficit atteint 9 700 MD sur l'année, selon l'Institut national de la statistique.", False),
    ("Un déficit de 9,7 milliards de dinars en 2025",
     "Le déficit atteint 97 MD sur l'année, selon l'Institut national de la statistique.", True),
    # rounded: « 2,4 milliards » for 2 412 M€ is the same sum
    ("Un déficit de 2,4 milliards d'euros en 2025",
     "Le déficit atteint 2 412 M€ sur l'année, selon le ministère.", False),
])
def test_a_headline_sum_the_body_gives_in_another_scale_word(title, body, expected):
    found = fires(title, body)
    assert bool(found) == expected, found


@pytest.mark.parametrize("title, body", [
    # another noun: the receipts are not the deficit
    ("Un déficit de 2,4 milliards d'euros en 2025",
     "Les recettes atteignent 24 M€ sur l'année, selon le ministère."),
    # another year: the body's sum is last year's
    ("Un déficit de 2,4 milliards d'euros en 2025",
     "En 2019, le déficit atteignait 24 M€, selon le ministère."),
    # another currency
    ("Un déficit de 2,4 milliards d'euros en 2025",
     "Le déficit atteint 24 millions de dollars sur l'année, selon le ministère."),
    ("Un déficit de 9,7 milliards de dinars en 2025",
     "Le déficit atteint 97 M€ sur l'année, selon le ministère."),
    # a part of the sum (« dont »)
    ("Un déficit de 9,7 milliards de dinars en 2025",
     "Le déficit atteint 9 700 MD, dont 24 MD pour le seul mois de décembre."),
    # the same scale word: two values this far apart are two measures, as before
    ("Un déficit de 2,4 milliards d'euros en 2025",
     "Le déficit atteint 24 milliards d'euros sur l'année, selon le ministère."),
    # another scale word, but not the headline's digits shifted: maybe a region's or a
    # sector's sum of the same noun, not a slip
    ("Un déficit de 2,4 milliards d'euros en 2025",
     "Le déficit atteint 310 M€ sur l'année, selon le ministère."),
    ("Un déficit de 9,7 milliards de dinars en 2025",
     "Le déficit atteint 1 850 MD sur l'année, selon l'Institut national de la statistique."),
    # a plain count in another scale word is no sum of money
    ("Un déficit de 2,4 milliards d'euros en 2025",
     "Le déficit atteint 2 400 M€ ; 24 millions de foyers sont concernés."),
])
def test_near_misses_stay_quiet(title, body):
    assert fires(title, body) == []
