"""NUM404, NUM303 and NUM304 on patterns met in the thirty-second holdout."""
import pytest

from numlint.engine import Settings, lint

_MD = "---\ntitle: {title}\ndate: {date}\n---\n\n# {title}\n\nLes habitants font le bilan.\n\n{body}\n"


def codes(text: str, select: str) -> list[str]:
    return [d.code for d in lint(text, path="article.md", settings=Settings(select=[select]))]


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
