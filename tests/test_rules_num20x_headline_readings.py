"""NUM201/NUM202, four readings of a headline figure met in real news copy: seats won or lost
are not seats held (« perd 78 sièges »); a lead named before its figure (« porte son avance à
35 points ») is a lead; a headline's bare « dollars » is the body's Canadian or Australian
dollar; a headline sum whose currency its sentence gave once (« … d'euros de ventes et un
bénéfice de 142 millions ») is a sum in that currency."""
from __future__ import annotations

import pytest

from numlint.engine import Settings, lint


def _found(text, code):
    return [(d.line, d.message) for d in lint(text, path="a.txt", settings=Settings(select=[code]))]


_SEATS = ("Législatives : les Verts majoritaires avec 64 sièges\n"
          "{lede}\n"
          "\n"
          "Le Parti vert a obtenu 64 sièges à l'Assemblée, soit sept de plus que la majorité.\n"
          "\n"
          "Les centristes forment l'opposition officielle, loin derrière.\n")


@pytest.mark.parametrize("lede,fires", [
    # what a party won or lost is no count of the seats another one holds
    ("L'Union du centre, qui en détenait 80, perd 71 sièges.", False),
    ("L'Union du centre, sortante, a perdu 71 sièges.", False),
    ("L'Union du centre cède 71 sièges et s'effondre.", False),
    ("Les Verts gagnent 50 sièges par rapport à 2022.", False),
    ("Les Verts ont gagné 50 sièges depuis le dernier scrutin.", False),
    # near misses: the seats held, told with another value, still fire
    ("Les Verts obtiennent 46 sièges, l'Union du centre s'effondre.", True),
    ("Les Verts obtiennent 46 sièges, l'Union du centre perd 71 sièges.", True),
])
def test_seats_won_or_lost_are_not_seats_held(lede, fires):
    found = _found(_SEATS.format(lede=lede), "NUM201")
    assert bool(found) == fires, found


@pytest.mark.parametrize("title,lede,fires", [
    # two losses of one party: compared with each other
    ("Législatives : l'Union du centre perd 71 sièges", "L'Union du centre a perdu 17 sièges.", True),
    ("Législatives : l'Union du centre perd 71 sièges", "L'Union du centre a perdu 71 sièges.", False),
])
def test_losses_are_compared_with_losses(title, lede, fires):
    text = (f"{title}\nLe scrutin a bouleversé l'Assemblée.\n\n{lede} Elle ne garde que neuf élus.\n\n"
            "Le Parti vert a obtenu 64 sièges.\n")
    assert bool(_found(text, "NUM201")) == fires


_LEAD = ("{title}\n"
         "Le pilote a mené de bout en bout.\n"
         "\n"
         "Au classement, Norris compte désormais {body}, avec 402 points. Il ne comptait que "
         "huit points d'avance avant la course.\n")


@pytest.mark.parametrize("title,body,fires", [
    # a lead named before its figure is a lead, as « 35 points d'avance » is
    ("Formule 1 : Norris porte son avance à 35 points", "25 points d'avance", True),
    ("Formule 1 : Norris creuse l'écart à 35 points sur Piastri", "25 points d'avance", True),
    ("Formule 1 : Norris porte son avance à 35 points", "35 points d'avance", False),
    ("Formule 1 : Norris creuse l'écart à 35 points sur Piastri", "35 points d'avance", False),
    # a points total in the title is not the body's lead
    ("Formule 1 : Norris, 35 points et la victoire", "25 points d'avance", False),
])
def test_a_lead_named_before_its_figure(title, body, fires):
    found = _found(_LEAD.format(title=title, body=body), "NUM201")
    assert [line for line, _ in found] == ([1] if fires else [])


_CURRENCY = ("{title}\n"
             "Le groupe a publié ses résultats mercredi soir.\n"
             "\n"
             "Ses revenus ont atteint {body}, contre 2 201 millions un an plus tôt.\n")


@pytest.mark.parametrize("title,body,fires", [
    # a headline's bare « dollars » or « francs » is the currency the body names
    ("Transports : des revenus de 2,4 milliards de dollars", "2 412 millions de dollars canadiens", False),
    ("Mines : des revenus de 2,4 milliards de dollars", "2 412 millions de dollars australiens", False),
    ("Horlogerie : des revenus de 2,4 milliards de francs", "2 412 millions de francs suisses", False),
    # another value still fires, and so does a headline that names its own dollar
    ("Transports : des revenus de 2,4 milliards de dollars", "2 142 millions de dollars canadiens", True),
    ("Transports : des revenus de 2,4 milliards de dollars américains",
     "2 412 millions de dollars canadiens", True),
    ("Horlogerie : des revenus de 2,4 milliards d'euros", "2 412 millions de francs suisses", True),
])
def test_a_bare_dollar_in_the_headline(title, body, fires):
    found = _found(_CURRENCY.format(title=title, body=body), "NUM202")
    assert [line for line, _ in found] == ([1] if fires else [])


_RESULTS = ("{title}\n"
            "Le groupe profite de hausses de prix mieux acceptées.\n"
            "\n"
            "Son chiffre d'affaires a atteint 3 240 millions d'euros en 2025, contre 3 050 millions "
            "en 2024.\n"
            "\n"
            "Le bénéfice net atteint {profit}, contre 187 millions un an plus tôt.\n")


@pytest.mark.parametrize("title,profit,fires", [
    # the headline's second sum is in the first one's currency
    ("Agroalimentaire : 3,24 milliards d'euros de ventes et un bénéfice de 251 millions en 2025",
     "215 millions d'euros", True),
    ("Agroalimentaire : 3,24 milliards d'euros de ventes, un bénéfice net de 251 millions",
     "215 millions d'euros", True),
    ("Agroalimentaire : 3,24 milliards d'euros de ventes et un bénéfice de 215 millions en 2025",
     "215 millions d'euros", False),
    ("Agroalimentaire : 3,24 milliards d'euros de ventes et un bénéfice de 215 millions en 2025",
     "215 millions", False),
    ("Agroalimentaire : 3,24 milliards d'euros de ventes et un bénéfice de 215 millions en 2025",
     "0,215 milliard d'euros", False),
    # no sum before it in the headline: a bare count in millions is left alone
    ("Agroalimentaire : un bénéfice de 251 millions en 2025", "215 millions d'euros", False),
])
def test_a_headline_sum_with_its_currency_elided(title, profit, fires):
    found = _found(_RESULTS.format(title=title, profit=profit), "NUM202")
    assert [line for line, _ in found] == ([1] if fires else [])


def test_an_elided_sum_is_not_given_by_a_range_read_in_units():
    # « de 1 390 à 1 460 millions » may be read with its low end in units: no support for 251
    text = _RESULTS.format(
        title="Agroalimentaire : 3,24 milliards d'euros de ventes et un bénéfice de 251 millions",
        profit="215 millions d'euros") + "\nLes viandes ont progressé de 1 390 à 1 460 millions.\n"
    assert [line for line, _ in _found(text, "NUM202")] == [1]
