"""NUM304 and NUM202 on patterns met in the nineteenth holdout: signed changes (« (+11,1 %) »)
are no shares of the split that follows them; a headline total that the body's parts make up
is supported."""
import pytest

from numlint.engine import Settings, lint


def found(body: str, select: str, title: str = "Titre de l'article") -> list[str]:
    text = title + "\nUn chapeau sans chiffre.\n" + body + "\n"
    return [d.code for d in lint(text, path="article.txt", settings=Settings(select=[select]))]


# -- NUM304: the year's changes, signed, then a split closed by « les autres » -----------------
_SPLIT = ("\n\nPar pays, l'Espagne pèse {} % des nuitées, le Portugal {} %, l'Italie {} % et les "
          "autres destinations {} %.")


@pytest.mark.parametrize("body,codes", [
    # the changes in parentheses, signed: a sum of 100 in the split
    ("Le voyagiste a vendu 412 000 séjours, contre 371 000 un an plus tôt (+11,1 %). Les "
     "croisières reculent à 58 000 (-4,9 %). Les circuits, enfin, atteignent 96 000 (+9,1 %)."
     + _SPLIT.format(41, 33, 17, 9), []),
    ("Les hôtels ont accueilli 2,1 millions de clients (+6,4 %), les campings 1,3 million "
     "(+12,8 %). Les gîtes restent stables (+0,7 %)." + _SPLIT.format(44, 30, 18, 8), []),
    ("La filiale belge réalise 212 millions d'euros (−3,2 %). La filiale suisse fait "
     "148 millions (+15,5 %)." + _SPLIT.format(52, 27, 12, 9), []),
    # near misses: the split itself past 100 % still fires, signed changes before it or not
    ("Le voyagiste a vendu 412 000 séjours, contre 371 000 un an plus tôt (+11,1 %)."
     + _SPLIT.format(41, 43, 17, 9), ["NUM304"]),                 # 110
    ("Les hôtels ont accueilli 2,1 millions de clients (+6,4 %)." + _SPLIT.format(54, 30, 18, 8),
     ["NUM304"]),                                                 # 110
    # unsigned shares in the sentence before the closed split still belong to it
    ("Les Britanniques font 38 % des nuitées. Les Allemands 24 %, les Belges 21 % et les autres "
     "clients 27 %.", ["NUM304"]),                               # 110
])
def test_num304_signed_changes_are_no_shares(body, codes):
    assert found(body, "NUM304") == codes


# -- NUM202: a headline total that the body's list of parts makes up ----------------------------
_PLEDGES = ("Le Japon apportera 30 millions de dollars, la Corée du Sud 12 millions et l'Australie "
            "{} millions, soit {} millions de dollars au total.")
_REGIONS = ("L'Italie recevra 1,1 milliard d'euros, l'Espagne 800 millions et la Grèce {} millions, "
            "soit {} milliards d'euros au total.")


@pytest.mark.parametrize("title,body,codes", [
    # the parts make the headline figure; the body's total misadds them (NUM301's business)
    ("Séisme : les donateurs promettent 50 millions de dollars", _PLEDGES.format(8, 48), []),
    ("Fonds européen : 2,4 milliards d'euros pour le Sud", _REGIONS.format(500, "2,2"), []),
    # and when the total is right, the headline is given twice over
    ("Séisme : les donateurs promettent 50 millions de dollars", _PLEDGES.format(8, 50), []),
    # near misses: the parts add up to another figure, or in another currency
    ("Séisme : les donateurs promettent 60 millions de dollars", _PLEDGES.format(8, 48),
     ["NUM202"]),
    ("Séisme : les donateurs promettent 50 millions d'euros", _PLEDGES.format(8, 48), ["NUM202"]),
    ("Fonds européen : 2,9 milliards d'euros pour le Sud", _REGIONS.format(500, "2,2"),
     ["NUM202"]),
])
def test_num202_a_headline_sum_of_the_body_parts(title, body, codes):
    assert found(body, "NUM202", title) == codes


# -- NUM304: an unsigned change (« progresse de 12 % ») before a closed split is no share ------
@pytest.mark.parametrize("body,codes", [
    ("Le chiffre d'affaires de la chaîne progresse de 12 % sur l'année. Les ventes en ligne pèsent "
     "45 % du total, les magasins 40 % et les autres canaux 15 %.", []),
    ("Les ventes ont augmenté de 8 % en un an. Les magasins en font 52 %, le site 36 % et les "
     "autres canaux 12 %.", []),
    ("La fréquentation a reculé de 6 %. Les Français forment 61 % des visiteurs, les Belges 22 % "
     "et les autres nationalités 17 %.", []),
    # the restrictive « ne … que de » is a change by all the same
    ("Les magasins ne progressent que de 1,9 %. Les Parisiens forment 48 % des clients, les "
     "Lyonnais 31 % et les autres clients 21 %.", []),
    ("Le trafic n'a augmenté que de 3 % cette année. Les vols intérieurs en font 44 %, les vols "
     "européens 38 % et les autres liaisons 18 %.", []),
    # near miss: the split itself past 100 % (61 + 32 + 17 = 110)
    ("La fréquentation a reculé de 6 %. Les Français forment 61 % des visiteurs, les Belges 32 % "
     "et les autres nationalités 17 %.", ["NUM304"]),
])
def test_num304_a_change_by_is_no_share(body, codes):
    assert found(body, "NUM304") == codes


@pytest.mark.parametrize("text,fig,cue", [
    ("La division ne progresse que de 1,9 % sur le trimestre.", "1,9 %", True),
    ("Les ventes n'ont augmenté que de 300 000 euros.", "300 000 euros", True),
    ("Le chômage n'a reculé que de 0,4 point.", "0,4 point", True),
    # near misses: « ne … que de » without a verb of change is a level, not a change
    ("La marge n'est que de 4 % cette année.", "4 %", False),
    ("Le budget ne dépasse que de peu les 12 millions d'euros.", "12 millions d'euros", False),
])
def test_change_by_through_ne_que(text, fig, cue):
    from numlint import document, engine
    _, ms = engine.analyse(document.parse(text))
    m = next(m for m in ms if m.figure.text == fig)
    assert ("change by" in m.cues) is cue
