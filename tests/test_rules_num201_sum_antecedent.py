"""NUM201 on a headline sum whose body value names its measure indirectly: a pronoun after a
colon (« Le bénéfice net bondit : il atteint 2,1 milliards ») stands for the noun the sentence
opens with, and a title's « bénéfice » (or « résultat ») is the body's net one."""
from __future__ import annotations

import pytest

from numlint.engine import Settings, lint


def _num201(text):
    return [(d.line, d.message) for d in lint(text, path="a.txt", settings=Settings(select=["NUM201"]))]


def _article(title, body):
    return (f"{title}\n"
            "Le groupe a présenté ses comptes annuels jeudi devant les analystes.\n"
            "\n"
            "Le chiffre d'affaires atteint 8,6 milliards d'euros sur l'exercice, en hausse de 5 %.\n"
            "\n"
            f"{body}\n")


@pytest.mark.parametrize("title,body,given", [
    # the pronoun stands for the noun the sentence opens with
    ("Transports Ravel : un bénéfice de 640 millions d'euros",
     "Le bénéfice net progresse encore : il s'établit à 460 millions d'euros, contre 410 "
     "millions un an plus tôt.", "460 millions"),
    ("Transports Ravel : un bénéfice de 640 millions d'euros",
     "Le bénéfice grimpe nettement ; il atteint 460 millions d'euros.", "460 millions"),
    ("Hôpitaux de Lorraine : une dette de 2,3 milliards d'euros",
     "La dette continue de gonfler : elle atteint 3,2 milliards d'euros fin décembre.",
     "3,2 milliards"),
    ("Minoterie Dufour : un déficit de 37 millions d'euros",
     "Le déficit se creuse : il s'élève à 73 millions d'euros.", "73 millions"),
    # a title's profit is the body's net profit, named directly
    ("Transports Ravel : un bénéfice de 640 millions d'euros",
     "Le bénéfice net s'établit à 460 millions d'euros.", "460 millions"),
    ("Transports Ravel : un résultat de 640 millions d'euros",
     "Le résultat net atteint 460 millions d'euros.", "460 millions"),
])
def test_title_sum_against_the_body_value_of_its_noun(title, body, given):
    found = _num201(_article(title, body))
    assert [line for line, _ in found] == [1]
    assert given in found[0][1]


@pytest.mark.parametrize("title,body", [
    # the body gives the title's value
    ("Transports Ravel : un bénéfice de 640 millions d'euros",
     "Le bénéfice net progresse encore : il s'établit à 640 millions d'euros."),
    # the pronoun's gender is not the noun's: it stands for something else
    ("Transports Ravel : un bénéfice de 640 millions d'euros",
     "Le bénéfice progresse : elle atteint 460 millions d'euros."),
    # a complement makes another measure (the operating profit is not the profit)
    ("Transports Ravel : un bénéfice de 640 millions d'euros",
     "Le bénéfice d'exploitation progresse : il atteint 460 millions d'euros."),
    # no colon: the pronoun may stand for anything said before
    ("Transports Ravel : un bénéfice de 640 millions d'euros",
     "Le bénéfice net progresse et il atteint 460 millions d'euros."),
    # another noun opens the sentence
    ("Transports Ravel : un bénéfice de 640 millions d'euros",
     "La perte nette se creuse : elle atteint 460 millions d'euros."),
    # a net debt is not the debt
    ("Hôpitaux de Lorraine : une dette de 2,3 milliards d'euros",
     "La dette nette s'établit à 3,2 milliards d'euros fin décembre."),
    # no verb between the noun and the colon: a label, not a subject
    ("Transports Ravel : un bénéfice de 640 millions d'euros",
     "Le bénéfice : il atteint 460 millions d'euros."),
])
def test_quiet_near_misses(title, body):
    assert _num201(_article(title, body)) == []
