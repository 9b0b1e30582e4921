"""NUM201, a title share against the share the body opens with: the first share of the first
body paragraph, set against an earlier or a rival value in its sentence (« contre »), is the
article's news; a title share close to it that the body never gives is left from an earlier
version, even when body figures happen to add or divide to it."""
from __future__ import annotations

import pytest

from numlint.engine import Settings, lint


def _num201(text):
    return [(d.line, d.message) for d in lint(text, path="a.txt", settings=Settings(select=["NUM201"]))]


# a second share in the body: the body's « one share » (C.share_partner) is not there to find
_SECOND = "Chez les moins de 35 ans, la proportion n'est que de 19 %."


def _article(title, first, second=_SECOND, lede=None):
    return (f"{title}\n"
            f"{lede or 'Le dernier sondage confirme une tendance amorcée au printemps.'}\n"
            "\n"
            f"{first}\n"
            "\n"
            f"{second}\n"
            "\n"
            "Le ministre de l'Intérieur recueille 41 %, et celui de l'Économie 33 %.\n")


_POLL = ("Selon notre enquête réalisée la semaine dernière auprès de 1 004 personnes, {v} des "
         "Français font confiance au chef du gouvernement, contre {w} en septembre.")
_VOTE = ("Au second tour, dimanche, la liste du maire sortant a obtenu 12 480 voix, soit {v} des "
         "suffrages exprimés, contre 11 020 voix à la liste d'opposition.")
_MOVED = ("Selon notre baromètre publié mardi, {v} des Français approuvent l'action du "
          "président, {w}.")
_RATE = ("D'après l'Insee, le taux de chômage s'établit à {v} de la population active au "
         "troisième trimestre, contre {w} un an plus tôt.")


@pytest.mark.parametrize("title,first,v,w", [
    # a poll: the title keeps the previous wave's draft figure
    ("Sondage : la confiance dans le Premier ministre tombe à 27 %", _POLL, "31 %", "36 %"),
    ("Baromètre : la cote du chef du gouvernement remonte à 38 %", _POLL, "35 %", "33 %"),
    # an election: the title's share is not the body's share of the votes cast
    ("Municipales : le maire sortant réélu avec 55 % des voix", _VOTE, "53,1 %", None),
    ("Le maire sortant l'emporte avec 55 % des suffrages", _VOTE, "53,1 %", None),
    # moved by some points rather than set « contre » an earlier value
    ("Baromètre : la cote du président remonte à 27 %", _MOVED, "31 %",
     "en hausse de deux points par rapport à octobre"),
    ("Baromètre : la cote du président tombe à 35 %", _MOVED, "31 %", "en recul de 2 points en un mois"),
    # a rate
    ("Le chômage recule à 7,1 %", _RATE, "7,4 %", "7,6 %"),
])
def test_title_share_against_the_opening_news_share(title, first, v, w):
    found = _num201(_article(title, first.format(v=v, w=w)))
    assert [line for line, _ in found] == [1]
    assert v in found[0][1]


@pytest.mark.parametrize("title,first,second", [
    # the title gives the body's value, rounded or not
    ("Sondage : la confiance dans le Premier ministre tombe à 31 %",
     _POLL.format(v="31 %", w="36 %"), None),
    ("Municipales : le maire sortant réélu avec 53 % des voix",
     _VOTE.format(v="53,1 %"), None),
    # the title's value is given later in the body, of whatever: never reported by this test
    ("Sondage : la confiance dans le Premier ministre tombe à 29 %",
     _POLL.format(v="31 %", w="36 %"),
     "Chez les moins de 35 ans, elle n'est plus que de 29 %."),
    # no comparison in the opening sentence: not told as the news
    ("Sondage : la confiance dans le Premier ministre tombe à 27 %",
     "Selon notre enquête réalisée la semaine dernière auprès de 1 004 personnes, 31 % des "
     "Français font confiance au chef du gouvernement.", None),
    # the first paragraph gives no share: the news is elsewhere
    ("Sondage : la confiance dans le Premier ministre tombe à 27 %",
     "Le gouvernement traverse une passe difficile depuis la rentrée.",
     _POLL.format(v="31 %", w="36 %") + " Il reste majoritaire à l'Assemblée."),
    # the opening share is approximate, or far from the title's (another thing)
    ("Sondage : la confiance dans le Premier ministre tombe à 27 %",
     _POLL.format(v="près de 31 %", w="36 %"), None),
    ("Sondage : la confiance dans le Premier ministre tombe à 18 %",
     _POLL.format(v="31 %", w="36 %"), None),
    # two shares in the title: which one the body's is, unsure
    ("Sondage : 27 % de confiance pour le Premier ministre, 45 % pour le président",
     _POLL.format(v="31 %", w="36 %"), None),
    # a title share of another year than the body's present one
    ("Le chômage était à 7,1 % en 2019",
     _RATE.format(v="7,4 %", w="7,6 %"), None),
    # the value before the move, which the body gives by subtraction
    ("Baromètre : la cote du président à 29 %",
     _MOVED.format(v="31 %", w="en hausse de deux points par rapport à octobre"), None),
    ("Baromètre : la cote du président à 34 %",
     _MOVED.format(v="31 %", w="en recul de 3 points en un mois"), None),
    # a title share of a named thing the opening share does not count
    ("Sondage : 27 % des jeunes font confiance au Premier ministre",
     _POLL.format(v="31 %", w="36 %"), None),
])
def test_quiet_near_misses(title, first, second):
    assert _num201(_article(title, first, second or _SECOND)) == []
