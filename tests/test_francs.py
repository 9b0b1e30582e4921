"""A bare « francs » takes the article's one qualified kind of franc (« francs suisses », CHF,
« francs CFA »), else stays the French franc; figures.extract, the editor's BlockCache and the
rules must agree."""
from __future__ import annotations

import pytest

from numlint import document, engine, figures

SWISS = ("Rail : un nouveau tunnel sous les Alpes, un chantier à 8 milliards de francs\n\n"
         "Les CFF ont présenté jeudi à Berne le tracé du futur tunnel ferroviaire de 21 kilomètres.\n\n"
         "Le coût du chantier est estimé à 8 milliards de francs suisses, soit environ 8,5 milliards "
         "d'euros. Le budget annuel d'investissement des CFF atteint aujourd'hui 2,3 milliards de "
         "francs.\n")
SWISS_WRONG = SWISS.replace("chantier à 8 milliards", "chantier à 14 milliards", 1)
DAKAR = ("Sénégal : le prix du sac de riz passe à 15 000 francs\n\n"
         "À Dakar, le sac de 50 kilos se vend désormais 15 000 FCFA, contre 13 500 francs en "
         "janvier.\n")
MIXED = ("Change : 100 francs suisses valent 68 000 francs CFA\n\n"
         "Au guichet, un touriste a payé 20 francs pour un café.\n")
FRENCH = ("En 1995, la baguette coûtait 4 francs ; dix ans plus tôt, 3 francs.\n")
BELGIAN = ("Un timbre valait 2 francs suisses à Bâle et 17 francs belges à Liège, contre "
           "3 francs à Lille.\n")


def _units(text: str, path: str = "a.txt") -> list[tuple[str, str | None]]:
    found = figures.extract(document.parse(text, path=path))
    return [(f.text, f.unit) for f in found.figures if f.kind == "money"]


@pytest.mark.parametrize("text, want", [
    (SWISS, [("8 milliards de francs", "CHF"), ("8 milliards de francs suisses", "CHF"),
             ("environ 8,5 milliards d'euros", "EUR"), ("2,3 milliards de francs", "CHF")]),
    (DAKAR, [("15 000 francs", "XOF"), ("15 000 FCFA", "XOF"), ("13 500 francs", "XOF")]),
    # two kinds named, or none, or one the table does not know: the bare word stays FRF
    (MIXED, [("100 francs suisses", "CHF"), ("68 000 francs CFA", "XOF"), ("20 francs", "FRF")]),
    (FRENCH, [("4 francs", "FRF"), ("3 francs", "FRF")]),
    (BELGIAN, [("2 francs suisses", "CHF"), ("17 francs", "FRF"), ("3 francs", "FRF")]),
])
def test_extract_gives_bare_francs_the_articles_one_kind(text, want):
    assert _units(text) == want


def _codes(text: str, path: str = "a.txt", cache=None) -> list[tuple[str, int]]:
    diags = engine.lint_document(document.parse(text, path=path), cache=cache)
    return [(d.code, d.line) for d in diags]


def test_check_title_in_bare_francs_is_supported_by_body_in_swiss_francs():
    assert ("NUM202", 1) not in _codes(SWISS)
    assert ("NUM202", 1) in _codes(SWISS_WRONG)         # a wrong title still warns


def _cached_units(text: str, cache: engine.BlockCache) -> list[str | None]:
    found, _ = engine.analyse(document.parse(text, path="a.txt"), cache)
    return [f.unit for f in found.figures if f.kind == "money"]


def test_block_cache_settles_francs_afresh_on_every_run():
    cache = engine.BlockCache()
    assert _cached_units(SWISS, cache) == ["CHF", "CHF", "EUR", "CHF"]
    # the same title and body, the « suisses » edited away: the cached bare francs go back to FRF
    plain = SWISS.replace("francs suisses", "francs")
    assert _cached_units(plain, cache) == ["FRF", "FRF", "EUR", "FRF"]
    assert _cached_units(SWISS, cache) == ["CHF", "CHF", "EUR", "CHF"]
    assert _codes(SWISS, cache=cache) == _codes(SWISS)
    assert _codes(SWISS_WRONG, cache=cache) == _codes(SWISS_WRONG)
    assert _codes(plain, cache=cache) == _codes(plain)


def test_language_server_agrees_with_check_on_bare_francs():
    from numlint.lsp import Linter
    linter = Linter(settings=engine.Settings())
    uri = "file:///tmp/stade.txt"
    for text in (SWISS, SWISS_WRONG, SWISS, DAKAR):
        cold = Linter(settings=engine.Settings())
        cold.reuse = False
        assert linter.lint(uri, text) == cold.lint(uri, text)
    warned = linter.lint(uri, SWISS_WRONG)
    assert warned != linter.lint(uri, SWISS)
