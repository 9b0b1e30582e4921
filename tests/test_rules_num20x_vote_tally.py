"""NUM201 / NUM202 on a headline vote tally (« adopte le texte par 120 voix »): the headline count
is the yes side of the article's vote. The body may give it as « N voix pour » (NUM201 when it
differs); the no side (« contre 90 ») and a vote of a past year are other counts, and two of the
many counts of a vote article adding up to the headline by chance do not give it (NUM202)."""
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


_COUNCIL = ("{title}\n"
            "\nLes deux Chambres ont voté vendredi en votation finale.\n"
            "\nAu Conseil national, le texte a été adopté par 112 voix contre 79 et 6 abstentions. "
            "Au Conseil des États, il a passé par 30 voix contre 13.\n\n"
            "\n{past}\n")
_PAST = "En 2020, le National avait rejeté une révision semblable par 103 voix contre 90."


@pytest.mark.parametrize("title,past,codes", [
    # the body never gives the headline tally: 90 (a no side) + 30 is a chance sum, 103 and 90
    # are another vote (2020) and its no side
    ("Service civil : le National durcit l'accès par 120 voix", _PAST, [("NUM202", 1)]),
    ("Le National adopte la révision par 120 voix", _PAST, [("NUM202", 1)]),
    ("Le National adopte la révision par 116 voix", "Le texte avait déjà été discuté.", [("NUM202", 1)]),
    # near-misses: the tally the body gives (never set against the 2020 vote), a value the
    # article's own vote gives nowhere but that misquotes the 2020 vote's no side
    ("Service civil : le National durcit l'accès par 112 voix", _PAST, []),
    ("Le National adopte la révision par 112 voix", _PAST, []),
])
def test_headline_tally_the_body_never_gives(title, past, codes):
    assert codes_lines(_COUNCIL.format(title=title, past=past)) == codes
