"""NUM202 on a standfirst or headline count the body never gives: an order of magnitude in words
(« des dizaines de … ») speaks of a thing without counting it, and a standfirst that sums the
body up may round its sums and take the currency the body said once."""
import pytest

from numlint.engine import Settings, lint


def codes_lines(text: str):
    return [(d.code, d.line) for d in lint(text, path="t.txt", settings=Settings(select=["NUM2"]))]


_MUSEUM = ("Lyon : le musée des Confluences rouvre ses salles après travaux\n"
           "{lede}\n"
           "Fermé depuis 14 mois, le musée a rouvert samedi ses salles permanentes au public.\n"
           "{body}\n")
_LEDE = "Après 14 mois de chantier, 63 artisans ont restauré les vitrines du musée."


@pytest.mark.parametrize("body,codes", [
    # the body speaks of the artisans only as an order of magnitude: it never counts them
    ("Des dizaines d'artisans se sont relayés sur le chantier.", [("NUM202", 2)]),
    ("Plusieurs dizaines d'artisans se sont relayés sur le chantier.", [("NUM202", 2)]),
    ("Des centaines d'artisans se sont relayés sur le chantier.", [("NUM202", 2)]),
    # the body counts them: repeated, or rounded
    ("Les 63 artisans se sont relayés sur le chantier.", []),
    ("Une soixantaine d'artisans se sont relayés sur le chantier.", []),
    # the body never speaks of them, but the standfirst has no other figure of the body's
    ("La restauration a coûté cher.", [("NUM202", 2)]),
])
def test_standfirst_count_against_an_order_of_magnitude(body, codes):
    assert codes_lines(_MUSEUM.format(lede=_LEDE, body=body)) == codes


@pytest.mark.parametrize("title,codes", [
    # an exact headline count is not given by « des dizaines »
    ("Lyon : 63 artisans ont restauré le musée des Confluences", [("NUM202", 1)]),
    # an approximate one may be
    ("Lyon : des dizaines d'artisans ont restauré le musée des Confluences", []),
])
def test_headline_count_against_an_order_of_magnitude(title, codes):
    text = (f"{title}\nLe musée rouvre ses salles samedi.\n"
            "Des dizaines d'artisans se sont relayés pendant 14 mois sur le chantier.\n")
    assert codes_lines(text) == codes


_TOWN = ("Grenoble : la ville adopte un budget 2027 de 412 millions d'euros\n"
         "{lede}\n"
         "Le budget primitif s'élève à 412,3 millions d'euros, dont 301,2 millions d'euros de "
         "fonctionnement et 111,1 millions d'investissement.\n"
         "{body}\n")


@pytest.mark.parametrize("lede,body,codes", [
    # the standfirst rounds the body's investment, its currency said once in the body: it sums
    # the body up, so its count of a thing the body never speaks of is checked
    ("La ville recrutera 18 animateurs et investira 111 millions d'euros.",
     "Les écoles recevront 40 millions d'euros.", [("NUM202", 2)]),
    ("La ville recrutera 18 animateurs et investira 111,1 millions d'euros.",
     "Les écoles recevront 40 millions d'euros.", [("NUM202", 2)]),
    # the body counts them
    ("La ville recrutera 18 animateurs et investira 111 millions d'euros.",
     "Elle prévoit de recruter 18 animateurs pour les cantines.", []),
    # a sum of its own (context the body does not give either): quiet
    ("La ville recrutera 18 animateurs et investira 115 millions d'euros.",
     "Les écoles recevront 40 millions d'euros.", []),
    # an approximate sum is no rounding of the body's: nothing says the standfirst sums it up
    ("La ville recrutera 18 animateurs et investira plus de 110 millions d'euros.",
     "Les écoles recevront 40 millions d'euros.", []),
])
def test_standfirst_rounds_the_body_sums(lede, body, codes):
    assert codes_lines(_TOWN.format(lede=lede, body=body)) == codes


def test_a_bare_count_of_its_own_noun_is_no_sum():
    # « 2,4 millions de voyageurs » does not give the standfirst's « 2,4 millions d'euros »: nothing
    # says the standfirst sums the body up, so its count of drivers is not checked
    text = ("Tramway : la ligne T3 prolongée jusqu'à Villejuif\n"
            "La régie embauchera 35 conducteurs et dépensera 2,4 millions d'euros en publicité.\n"
            "La ligne a transporté 2,4 millions de voyageurs en 2025, un record.\n"
            "Les travaux dureront 14 mois.\n")
    assert codes_lines(text) == []


_PARTY = "{title}\nLe parti tient son congrès ce week-end à Lille.\n{body}\n"


@pytest.mark.parametrize("title,body,codes", [
    # the body gives the stock before and after; the gain (40 000) falls short of the headline
    ("Le parti revendique plus de 50 000 nouveaux adhérents",
     "Le parti compte 420 000 adhérents, contre 380 000 l'an dernier.", [("NUM202", 1)]),
    ("Plus de 50 000 adhérents ont rejoint le parti en un an",
     "Le parti compte désormais 420 000 adhérents, contre 380 000 un an plus tôt.", [("NUM202", 1)]),
    # the gain reaches it
    ("Le parti revendique plus de 50 000 nouveaux adhérents",
     "Le parti compte 420 000 adhérents, contre 360 000 l'an dernier.", []),
    # the body gives a figure of the headline's order
    ("Le parti revendique plus de 50 000 nouveaux adhérents",
     "Le parti compte 420 000 adhérents, contre 380 000 l'an dernier. Il en a recruté 52 000 cette année.", []),
    # no before and after: the stock reaches the open figure
    ("Le parti revendique plus de 50 000 adhérents",
     "Le parti compte 420 000 adhérents.", []),
    # a gain far below the headline is another thing, not its overstatement
    ("Le parti revendique plus de 50 000 nouveaux adhérents",
     "Le parti compte 420 000 adhérents, contre 415 000 l'an dernier.", []),
])
def test_open_headline_count_against_a_short_gain(title, body, codes):
    assert codes_lines(_PARTY.format(title=title, body=body)) == codes


_STORM = ("{title}\n"
          "Des rafales ont balayé le Finistère dans la nuit. Le courant revient peu à peu.\n"
          "Jeudi à 18 heures, 64 000 foyers étaient encore privés d'électricité, contre 120 000 "
          "au plus fort de la tempête, selon Enedis.\n")


@pytest.mark.parametrize("title,num202", [
    # between the peak and the latest count: left from an update between them
    ("Tempête : 90 000 foyers privés d'électricité en Bretagne", True),
    ("Bretagne : la tempête prive 90 000 foyers d'électricité", True),
    # the peak or the latest count, repeated or rounded
    ("Tempête : 120 000 foyers privés d'électricité en Bretagne", False),
    ("Tempête : 64 000 foyers privés d'électricité en Bretagne", False),
    ("Tempête : 65 000 foyers privés d'électricité en Bretagne", False),
    # an approximate or open headline figure may sum the body up loosely
    ("Tempête : près de 90 000 foyers privés d'électricité en Bretagne", False),
    ("Tempête : plus de 90 000 foyers privés d'électricité en Bretagne", False),
    # beyond both: a misquote of the peak, NUM201's business
    ("Tempête : 130 000 foyers privés d'électricité en Bretagne", False),
])
def test_headline_count_between_the_peak_and_the_latest(title, num202):
    found = codes_lines(_STORM.format(title=title))
    # the headline is reported once: NUM202, or NUM201 when it also finds the body's value
    # contradicting it (the engine then drops the NUM202)
    reported = ("NUM202", 1) in found or num202 and ("NUM201", 1) in found
    assert reported == num202, found


@pytest.mark.parametrize("body", [
    # two years: the headline misquotes one of them (NUM201's business), no update between them
    "En 2025, 64 000 foyers ont été privés d'électricité par les tempêtes, contre 120 000 en 2024.",
    # two counts of two sentences: nothing says they are the latest and the peak of one measure
    "Jeudi, 64 000 foyers étaient privés d'électricité. Un autre épisode avait privé 120 000 foyers de courant.",
])
def test_headline_count_between_two_unlinked_values_is_left_to_num201(body):
    text = ("Tempête : 90 000 foyers privés d'électricité en Bretagne\n"
            "Des rafales ont balayé le Finistère dans la nuit. Le courant revient peu à peu.\n" + body + "\n")
    assert ("NUM202", 1) not in codes_lines(text)
