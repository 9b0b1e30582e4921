"""Figures the reading holdout found unread (bench/readings.py, r16-r39): a span with an adjective
before its unit (« les dix dernières minutes »), a ratio whose noun takes an adjective (« une
exploitation laitière sur cinq »), and the year after such a span (« les neuf premiers mois de
2026 montre »), which must stay a year."""
import pytest

from numlint import document, engine


def read(text: str) -> list[tuple]:
    doc = document.parse("Titre\n\n" + text + "\n", path="a.txt")
    found, _ = engine.analyse(doc)
    return [(" ".join(f.text.split()), f.kind, f.value, f.unit) for f in found.figures]


@pytest.mark.parametrize("text, figure", [
    ("Deux essais sont venus dans les dix dernières minutes.", ("dix dernières minutes", "duration", 10, "minute")),
    ("Le site recrutera dans les cinq prochaines années.", ("cinq prochaines années", "duration", 5, "year")),
    ("Les trois premiers jours de la foire ont été pluvieux.", ("trois premiers jours", "duration", 3, "day")),
    ("Sur les 20 premières minutes, rien ne s'est passé.", ("20 premières minutes", "duration", 20, "minute")),
    ("Une exploitation laitière sur cinq a cessé son activité.",
     ("Une exploitation laitière sur cinq", "number", 0.2, None)),
])
def test_read(text, figure):
    got = read(text)
    assert any(g[:2] == figure[:2] and abs(g[2] - figure[2]) < 1e-9 and g[3] == figure[3] for g in got), got


@pytest.mark.parametrize("text, figure", [
    ("Les dix derniers candidats ont été reçus.", ("dix", "number", 10, None)),      # no unit after
    ("Une hausse importante sur trois ans est prévue.", ("trois ans", "duration", 3, "year")),  # no ratio
])
def test_not_widened(text, figure):
    got = read(text)
    assert any(g[:2] == figure[:2] and g[2] == figure[2] for g in got), got


@pytest.mark.parametrize("text", [
    "Le bilan des neuf premiers mois de 2026 montre une baisse.",
    "Le bilan des neuf mois de 2025 confirme la tendance.",
])
def test_year_after_a_span_stays_a_year(text):
    assert not any(g[0].startswith("202") for g in read(text))


def test_count_after_a_span_stays_a_count():
    assert ("2000 euros", "money", 2000, "EUR") in read("Il a touché trois mois de 2000 euros.")
