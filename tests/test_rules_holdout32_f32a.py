"""NUM302, NUM202, NUM501 and NUM101 on patterns met in the thirty-second holdout."""
import pytest

from numlint.engine import Settings, lint


def codes(text: str, select: str) -> list[str]:
    return [d.code for d in lint(text, path="article.txt", settings=Settings(select=[select]))]


def article(body: str, title: str = "Bilan du mois", lede: str = "Les chiffres sont tombés.") -> str:
    return f"{title}\n{lede}\n\n{body}\n"


# -- NUM302: a count after « par » is the agent of a parts list (« présentées par 31 éleveurs »), ---
# not one more part of the whole
@pytest.mark.parametrize("body,found", [
    ("Le salon a réuni 140 chevaux : 88 comtois et 45 ardennais, présentés par 37 éleveurs.", []),
    ("La brocante a compté 210 stands : 150 de particuliers et 48 de professionnels, tenus par "
     "95 exposants.", []),
    # near misses: a third part, with or without a noun of its own
    ("Le salon a réuni 140 chevaux : 88 comtois, 45 ardennais et 37 percherons.", ["NUM302"]),
    ("La brocante a compté 210 stands : 150 de particuliers, 48 de professionnels et 25 "
     "d'associations.", ["NUM302"]),
])
def test_num302_agent_after_par_is_no_part(body, found):
    assert codes(article(body), "NUM302") == found
