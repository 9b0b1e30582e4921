"""NUM301 on a pattern left by earlier holdouts: an election's count told candidate by candidate,
over a few sentences, then the valid ballots « au total » — the votes cannot exceed it."""
import pytest

from numlint.engine import Settings, lint


def found(body: str, code: str = "NUM301"):
    text = "Titre de l'article\nUn chapeau sans chiffre.\n" + body + "\n"
    return [d.code for d in lint(text, path="article.txt", settings=Settings(select=["NUM3"]))
            if d.code == code]


BALLOTS = [
    # 12 500 + 8 300 + 2 100 + 400 = 23 300 votes for 22 150 ballots, one seat
    ("Anne Morel obtient 12 500 voix, contre 8 300 au candidat libéral, Paul Genoud. La candidate "
     "des Verts recueille 2 100 voix. Avec les 400 voix éparses, on compte 22 150 bulletins "
     "valables au total.", ["NUM301"]),
    ("Le maire sortant totalise 5 830 voix et son adversaire 4 410 voix. Le troisième candidat "
     "obtient 960 voix. On dénombre 10 900 suffrages exprimés au total.", ["NUM301"]),
    # the votes add up: quiet
    ("Anne Morel obtient 12 500 voix, contre 8 300 au candidat libéral, Paul Genoud. La candidate "
     "des Verts recueille 2 100 voix. Avec les 400 voix éparses, on compte 23 300 bulletins "
     "valables au total.", []),
    # fewer votes than ballots: blank ballots may make up the rest, quiet
    ("Anne Morel obtient 12 500 voix, contre 8 300 au candidat libéral, Paul Genoud. La candidate "
     "des Verts recueille 2 100 voix. Avec les 400 voix éparses, on compte 24 100 bulletins "
     "valables au total.", []),
    # several seats: each ballot carries several votes, the sum is far above the ballots
    ("Pour les deux sièges, Anne Morel obtient 15 500 voix, Paul Genoud 14 300 voix et Marc Rey "
     "9 100 voix. On compte 21 000 bulletins valables au total.", []),
    # only two candidates' votes: not enough to say they are all the count
    ("Anne Morel obtient 12 500 voix. Paul Genoud recueille 10 300 voix. On compte 22 150 bulletins "
     "valables au total.", []),
]


@pytest.mark.parametrize("body,codes", BALLOTS)
def test_votes_over_the_ballots_counted(body, codes):
    assert found(body) == codes
