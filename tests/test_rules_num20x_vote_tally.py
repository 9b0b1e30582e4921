"""NUM201 / NUM202 on a headline vote tally (« adopte le texte par 120 voix »): the headline count
is the yes side of the article's vote. The body may give it as « N voix pour » (NUM201 when it
differs)."""
import pytest

from numlint.engine import Settings, lint


def codes_lines(text: str):
    # dated: a vote of a past year is told from the article's own
    text = "---\ndate: 2026-09-26\n---\n\n# " + text
    return [(d.code, d.line - 5 + 1) for d in lint(text, path="t.md", settings=Settings(select=["NUM2"]))]


_CHAMBER = ("{title}\n"
            "\nLes députés ont voté jeudi soir après deux jours de débat.\n"
            "\n{body}\n\n"
            "Le texte entrera en vigueur au 1er janvier prochain.\n")

_YES = "Le projet a été adopté en séance plénière par 81 voix pour, 58 contre et 7 abstentions."


@pytest.mark.parametrize("title,body,codes", [
    # a headline tally with no side said, against the body's yes votes
    ("Retraites : la Chambre adopte la réforme par 88 voix", _YES, [("NUM201", 1)]),
    ("La réforme des retraites votée par 88 voix à la Chambre", _YES, [("NUM201", 1)]),
    ("Loi climat : le Sénat dit oui par 71 voix",
     "Le Sénat a approuvé la loi par 64 voix pour, 30 contre et 2 abstentions.", [("NUM201", 1)]),
    # near-misses: the headline gives the yes votes, or the body's yes votes at a far value
    ("Retraites : la Chambre adopte la réforme par 81 voix", _YES, []),
    ("Retraites : la Chambre adopte la réforme par 81 voix pour", _YES, []),
    ("Retraites : la Chambre adopte la réforme par 175 voix", _YES, [("NUM202", 1)]),
    # a headline tally of the no side is not the yes votes
    ("Retraites : 58 voix contre la réforme à la Chambre", _YES, []),
])
def test_headline_tally_against_the_yes_votes(title, body, codes):
    assert codes_lines(_CHAMBER.format(title=title, body=body)) == codes
