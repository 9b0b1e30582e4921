"""The twenty-eighth holdout's misses (f28b), by pattern: a share « du capital » after a count of
shares is checked against the article's one count of the company's shares."""
import pytest

from numlint.engine import Settings, lint


def codes(text: str, select: str):
    return [d.code for d in lint(text, path="article.txt", settings=Settings(select=[select]))]


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
