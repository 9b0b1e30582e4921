"""NUM201 and NUM304 on patterns met in the seventeenth holdout: a whole of 100 % followed by the
split of one of its shares (« parmi eux ») is two breakdowns, not one."""
import pytest

from numlint.engine import Settings, lint


def found(body: str, select: str = "NUM3"):
    text = "Titre de l'article\nUn chapeau sans chiffre.\n" + body + "\n"
    return [d.code for d in lint(text, path="article.txt", settings=Settings(select=[select]))]


# -- NUM304: a whole closed at 100 %, then one of its shares split further --------------------
_WHOLE = "Les abonnés {} représentent {} % des lecteurs, et les abonnés {} {} %."
_SPLIT = (" Parmi ces derniers, les Lyonnais pèsent {} % des lecteurs, devant les Grenoblois "
          "({} %), les Stéphanois ({} %) et les Annéciens ({} %). Les autres villes se partagent "
          "les {} % restants.")


@pytest.mark.parametrize("body,codes", [
    # 86 + 14 = 100, then 14 split: 4,1 + 3,6 + 2,9 + 2,2 + 1,2 = 14
    (_WHOLE.format("parisiens", 86, "de province", 14)
     + _SPLIT.format("4,1", "3,6", "2,9", "2,2", "1,2"), []),
    # the whole within rounding (70 + 31), the split of the smaller share
    (_WHOLE.format("urbains", 70, "ruraux", 31)
     + _SPLIT.format(9, 8, 6, 5, 3), []),
    ("Les salariés du privé forment 78 % des cotisants, ceux du public 22 %. Parmi ces derniers, "
     "les fonctionnaires d'État comptent pour 9 % des cotisants, les territoriaux pour 8 % et les "
     "hospitaliers pour 4 %. Les autres statuts font le 1 % restant.", []),
    # near misses: the first sentence is no whole of 100 %, so the sentences are one split
    (_WHOLE.format("parisiens", 68, "de province", 14)
     + _SPLIT.format(9, 7, 5, 4, 3), ["NUM304"]),       # 68 + 14 + 28 = 110
    (_WHOLE.format("parisiens", 60, "de province", 22)
     + _SPLIT.format(12, 9, 6, 4, 2), ["NUM304"]),      # 82 + 33 = 115
    # the second split is larger than any share of the whole: not a part of one of them
    (_WHOLE.format("parisiens", 86, "de province", 14)
     + _SPLIT.format(8, 6, 5, 4, 2), ["NUM304"]),       # 100 + 25 = 125
    # one share of the second split retyped (4,1 as 8,1): it no longer adds up to the 14 %
    (_WHOLE.format("parisiens", 86, "de province", 14)
     + _SPLIT.format("8,1", "3,6", "2,9", "2,2", "1,2"), ["NUM304"]),
])
def test_num304_a_whole_then_the_split_of_one_share(body, codes):
    assert found(body, "NUM304") == codes


# -- NUM201: a player's birth year is not the moment of the points the body repeats -----------
def lint201(lede: str, body: str):
    text = "Rugby : Tarbes s'impose à domicile\n" + lede + "\n" + body + "\n"
    return [d.code for d in lint(text, path="article.txt", settings=Settings(select=["NUM201"]))]


_MATCH = "Vainqueurs 27 à 20 samedi soir, les Bigourdans reprennent la tête. Leur ouvreur a inscrit {} points."
_PLAYER = ("L'ouvreur, 22 ans, {} et formé au club, a réussi trois pénalités et deux transformations, "
           "soit {} des 27 points de son équipe.")
_TABLE = "Dax, qui repart avec le bonus défensif, recule au huitième rang avec 22 points."


@pytest.mark.parametrize("lede,player,codes", [
    # the body repeats the lede's 15 points: the club's 22 points are another measure
    (15, ("né en 2004", 15), []),
    (15, ("née en 2004", 15), []),
    (15, ("né le 2 avril 2004", 15), []),
    (15, ("arrivé de Pau", 15), []),
    # near misses: the body never gives the lede's value again
    (17, ("né en 2004", 15), ["NUM201"]),
    (17, ("arrivé de Pau", 15), ["NUM201"]),
])
def test_num201_a_birth_year_does_not_hide_a_repeat(lede, player, codes):
    assert lint201(_MATCH.format(lede), _PLAYER.format(*player) + "\n" + _TABLE) == codes
