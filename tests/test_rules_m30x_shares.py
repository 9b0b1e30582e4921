"""NUM304 on a pattern left by earlier holdouts: the winner's share, then « ses deux adversaires »
and one sentence for each of them — the whole field, so its shares cannot pass 100 %."""
import pytest

from numlint.engine import Settings, lint


def found(body: str, code: str = "NUM304"):
    text = "Titre de l'article\nUn chapeau sans chiffre.\n" + body + "\n"
    return [d.code for d in lint(text, path="article.txt", settings=Settings(select=["NUM3"]))
            if d.code == code]


FIELD = [
    ("Le président sortant a obtenu 61,2 % des suffrages exprimés.\n\nSes deux adversaires sont "
     "loin derrière. Le candidat de l'opposition obtient 34,5 % des voix. Le dernier, un ancien "
     "ministre, n'en recueille que 8,1 %.", ["NUM304"]),
    ("La maire sortante est réélue avec 84,6 % des voix. Ses deux rivaux ont été distancés. Le "
     "candidat de droite obtient 12,3 % des voix. Celui de la gauche radicale recueille 6,1 %.",
     ["NUM304"]),
    ("Le chef de l'État a recueilli 88,4 % des suffrages.\n\nSes trois adversaires se partagent le "
     "reste. Le premier obtient 6,2 % des voix. Le deuxième en recueille 4,1 %. Le troisième "
     "obtient 3,3 %.", ["NUM304"]),
    # the field adds up: quiet
    ("Le président sortant a obtenu 61,2 % des suffrages exprimés.\n\nSes deux adversaires sont "
     "loin derrière. Le candidat de l'opposition obtient 34,5 % des voix. Le dernier, un ancien "
     "ministre, n'en recueille que 4,3 %.", []),
    ("La maire sortante est réélue avec 84,6 % des voix. Ses deux rivaux ont été distancés. Le "
     "candidat de droite obtient 9,3 % des voix. Celui de la gauche radicale recueille 6,1 %.", []),
    # three announced, two told: not the whole field, and no sure split
    ("Le chef de l'État a recueilli 88,4 % des suffrages.\n\nSes trois adversaires se partagent le "
     "reste. Le premier obtient 16,2 % des voix. Le deuxième en recueille 4,1 %.", []),
    # another election's score: not the same split
    ("La maire sortante est réélue avec 84,6 % des voix. Ses deux rivaux ont été distancés. Le "
     "candidat de droite obtient 12,3 % des voix. En 2020, il avait recueilli 26,1 %.", []),
]


@pytest.mark.parametrize("body,codes", FIELD)
def test_winner_then_each_announced_rival(body, codes):
    assert found(body) == codes
