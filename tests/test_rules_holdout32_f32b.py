"""NUM404, NUM303 and NUM304 on patterns met in the thirty-second holdout."""
import pytest

from numlint.engine import Settings, lint

_MD = "---\ntitle: {title}\ndate: {date}\n---\n\n# {title}\n\nLes habitants font le bilan.\n\n{body}\n"


def codes(text: str, select: str, path: str = "article.md") -> list[str]:
    return [d.code for d in lint(text, path=path, settings=Settings(select=[select]))]


def md(body: str, date: str = "2026-11-26", title: str = "Le village après la tempête") -> str:
    return _MD.format(title=title, date=date, body=body)


# -- NUM404: a speaker named after an office over a place (« le maire de Saint-Urbain, X, 58 ans, ---
# né en 1962 »): the place names nobody else, the two asides are the speaker's
@pytest.mark.parametrize("body,found", [
    ("« Il a fallu ouvrir le gymnase toute la nuit », raconte le maire de Sainte-Agathe, Luc Gagnon, "
     "52 ans, né en 1964 dans le village, qui dit n'avoir jamais vu cela.", ["NUM404"]),
    ("« Il a fallu ouvrir le gymnase toute la nuit », raconte le maire de Sainte-Agathe, Luc Gagnon, "
     "62 ans, né en 1964 dans le village, qui dit n'avoir jamais vu cela.", []),
    ("« Nous avons rouvert la route dès l'aube », précise la directrice de Transports Nord, Julie "
     "Roy, 39 ans, née en 1979.", ["NUM404"]),
    ("« Nous avons rouvert la route dès l'aube », précise la directrice de Transports Nord, Julie "
     "Roy, 47 ans, née en 1979.", []),
    # near miss kept quiet: « le fils de Marc Roux » names someone else; whose age?
    ("« Il a fallu ouvrir le gymnase toute la nuit », raconte le fils de Marc Roux, Paul Roux, "
     "30 ans, né en 1964.", []),
])
def test_num404_speaker_after_an_office_of_a_place(body, found):
    assert codes(md(body), "NUM404") == found


def txt(body: str) -> str:
    return f"Le collège fait sa rentrée\nLes classes ont rouvert lundi.\n\n{body}\n"


# -- NUM303: « soit P % de l'effectif » names the article's count of the part's noun, when the -----
# article gives one such count
@pytest.mark.parametrize("body,found", [
    ("Le collège Jean-Moulin accueille 850 élèves. La cantine sert 510 élèves, "
     "soit 60 % de l'effectif.", []),
    ("Le collège Jean-Moulin accueille 850 élèves. La cantine sert 510 élèves, "
     "soit 70 % de l'effectif.", ["NUM303"]),
    ("Le collège Jean-Moulin accueille 850 élèves et 64 enseignants. La cantine sert "
     "510 élèves, soit 70 % de l'effectif.", ["NUM303"]),
    # near misses kept quiet: two counts of pupils (which one?), a part of another noun, and a
    # team's squad the article does not count
    ("Le collège Jean-Moulin accueillait 850 élèves en 2020 et 910 élèves cette année. La cantine "
     "sert 510 élèves, soit 70 % de l'effectif.", []),
    ("Le collège Jean-Moulin accueille 850 élèves. La cantine sert 510 repas, "
     "soit 70 % de l'effectif.", []),
    ("Le club de Vannes compte 850 licenciés. L'équipe première aligne 25 joueurs, soit 70 % de "
     "l'effectif.", []),
])
def test_num303_share_of_the_headcount(body, found):
    assert codes(txt(body), "NUM303", "article.txt") == found


@pytest.mark.parametrize("body", [
    # « Parmi eux » goes back to the 400 pupils of the final year: 120 of them are 30 %
    "Le lycée Victor-Hugo compte 1 200 élèves, dont 400 en terminale. Parmi eux, 120 élèves sont "
    "boursiers, soit 30 % de l'effectif.",
])
def test_num303_headcount_of_a_subgroup_is_quiet(body):
    assert codes(txt(body), "NUM303", "article.txt") == []


# -- NUM304: the other lists' shares of the votes closed by « restants », after the article's one --
# earlier share of the votes (the winner's, paragraphs before): the rest of one field
_WON = ("Le Parti du centre a remporté les élections régionales de dimanche avec {w} des voix, "
        "selon les résultats officiels publiés lundi.")
_REST = ("Dans le détail, les Verts recueillent 24,5 % des voix, la Gauche unie 12,1 % et les "
         "libéraux 6,3 % ; les petites listes se partagent les {r} restants.")


@pytest.mark.parametrize("body,found", [
    (_WON.format(w="51,4 %") + "\n\nLa campagne a été courte.\n\n" + _REST.format(r="5,7 %"), []),
    (_WON.format(w="51,4 %") + "\n\nLa campagne a été courte.\n\n" + _REST.format(r="9,7 %"), ["NUM304"]),
    (_WON.format(w="55,4 %") + " " + _REST.format(r="5,7 %"), ["NUM304"]),
    # near misses kept quiet: two earlier shares of the votes (which vote?), a turnout between,
    # the winner said again in the split, and a split that makes 100 % on its own
    ("En 2021, le parti avait obtenu 38,2 % des voix. " + _WON.format(w="55,4 %") + "\n\n"
     + _REST.format(r="5,7 %"), []),
    (_WON.format(w="55,4 %") + " La participation a atteint 61,3 %.\n\n" + _REST.format(r="5,7 %"), []),
    (_WON.format(w="51,4 %") + "\n\n" + _REST.format(r="57,1 %"), []),
])
def test_num304_rest_of_the_field_after_the_winner(body, found):
    assert codes(md(body, date="2026-03-16", title="Régionales : le centre l'emporte"), "NUM304") == found
