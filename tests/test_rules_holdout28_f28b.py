"""The twenty-eighth holdout's misses (f28b), by pattern: a share « du capital » after a count of
shares is checked against the article's one count of the company's shares."""
import pytest

from numlint.engine import Settings, lint
from _lint_kit import codes


_CAPITAL = ("Rachat : le groupe Fontaine vise le contrôle de Brévine\n"
            "L'offre porte sur la totalité du capital du fabricant jurassien.\n"
            "Le capital de Brévine est composé de 8,4 millions d'actions. {sentence}\n")


@pytest.mark.parametrize("sentence,expected", [
    # 2,1 / 8,4 = 25 %
    ("La famille fondatrice, qui détient 2,1 millions d'actions, soit 31 % du capital, soutient "
     "l'offre.", ["NUM303"]),
    ("Le fonds Alpinvest possède 2,1 millions d'actions, soit 52 % du capital.", ["NUM303"]),
    ("La famille fondatrice, qui détient 2,1 millions d'actions, soit 25 % du capital, soutient "
     "l'offre.", []),
    ("La famille fondatrice détient 2,1 millions d'actions, soit environ un quart du capital.", []),
    # a sum of money is no count of shares: the capital's value is not given
    ("Le fonds a investi 2,1 millions de francs, soit 31 % du capital.", []),
    # « du capital » not ending the phrase names some other capital
    ("La famille détient 2,1 millions d'actions, soit 31 % du capital votant.", []),
])
def test_share_of_the_capital(sentence, expected):
    assert codes(_CAPITAL.format(sentence=sentence), "NUM303") == expected


def test_share_of_the_capital_needs_one_count_of_shares():
    # two counts of shares before the share: which is the capital is unsure
    text = ("Rachat : le groupe Fontaine vise le contrôle de Brévine\n"
            "Le groupe a déjà racheté 4 millions d'actions. Le capital compte 8,4 millions "
            "d'actions. La famille détient 2,1 millions d'actions, soit 31 % du capital.\n")
    assert codes(text, "NUM303") == []


def diags(text: str):
    return [(d.code, d.line) for d in lint(text, path="article.txt",
                                           settings=Settings(select=["NUM201", "NUM202"]))]


@pytest.mark.parametrize("title,body,expected", [
    # the headline's price per share, left from an earlier offer, against the body's one price
    ("Le groupe Fontaine offre 54 euros par action pour Brévine",
     "Le groupe propose 48 euros par action, payables en espèces.", [("NUM201", 1)]),
    ("Fontaine propose 120 francs par action aux actionnaires de Brévine",
     "L'offre, de 112 francs par action, court jusqu'à la fin du mois.", [("NUM201", 1)]),
    # the body gives the headline's price: quiet
    ("Le groupe Fontaine offre 54 euros par action pour Brévine",
     "Le groupe propose 54 euros par action, payables en espèces.", []),
    # a price raised: the body compares the two, the headline is the new one
    ("Le groupe Fontaine offre 54 euros par action pour Brévine",
     "Le groupe propose désormais 54 euros par action, contre 48 euros par action auparavant.", []),
    # two body prices per share: which one the headline means is unsure
    ("Le groupe Fontaine offre 54 euros par action pour Brévine",
     "Le groupe propose 48 euros par action aux fondateurs et 51 euros par action aux autres "
     "actionnaires.", [("NUM202", 1)]),
    # a sum per share named another measure (a dividend) is not the headline's price
    ("Le groupe Fontaine offre 54 euros par action pour Brévine",
     "Le groupe propose 48 euros par action. Le dividende sera de 50 euros par action.",
     [("NUM201", 1)]),
    # far apart: a dividend is no misquoted price
    ("Le groupe Fontaine offre 54 euros par action pour Brévine",
     "Brévine versera un dividende de 2 euros par action.", [("NUM202", 1)]),
    # another currency: not compared
    ("Le groupe Fontaine offre 54 euros par action pour Brévine",
     "Le groupe propose 48 francs par action, payables en espèces.", [("NUM202", 1)]),
])
def test_headline_price_per_share(title, body, expected):
    text = f"{title}\nL'offre porte sur tout le capital du fabricant.\n{body}\n"
    assert diags(text) == expected


_SPLIT = "Immatriculations : l'électrique progresse\nLe marché se redresse en octobre.\n{body}\n"


@pytest.mark.parametrize("body,expected", [
    # 36 + 12 + 22 + 24 + 14 = 108: the split goes on by « en » in the next sentence, after a
    # « contre » share of last year, whose moment is not the next sentence's
    ("Les voitures électriques ont représenté 36 % des immatriculations en octobre, contre 30 % "
     "un an plus tôt. Les hybrides en ont représenté 12 %, les voitures à essence 22 %, les "
     "diesels 24 % et les autres motorisations 14 %.", ["NUM304"]),
    ("Les voitures électriques ont représenté 36 % des immatriculations. Les hybrides en ont "
     "représenté 12 %, les voitures à essence 22 %, les diesels 24 % et le gaz 14 %.", ["NUM304"]),
    # the same, adding up: quiet
    ("Les voitures électriques ont représenté 36 % des immatriculations en octobre, contre 30 % "
     "un an plus tôt. Les hybrides en ont représenté 12 %, les voitures à essence 22 %, les "
     "diesels 24 % et les autres motorisations 6 %.", []),
    # two shares after « en », not said of a name: may cut the whole another way, as before
    ("Les voitures électriques ont représenté 36 % des immatriculations. Les entreprises en ont "
     "acheté 40 % et les loueurs 30 %.", []),
    # a whole second breakdown (ages: 100 % on its own) is no continuation: far past 115 %
    ("Les femmes représentent 52 % des salariés du secteur. Les moins de 30 ans en représentent "
     "20 %, les 30 à 50 ans 45 % et les plus de 50 ans 35 %.", []),
])
def test_split_going_on_by_en(body, expected):
    assert codes(_SPLIT.format(body=body), "NUM304") == expected
