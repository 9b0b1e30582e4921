"""engine.BlockCache (the language server's per-block cache) must change nothing: an article
linted through a warm cache, its blocks moved or edited around them, reports exactly what a
plain run reports."""
from __future__ import annotations

import pytest

from numlint import document, engine

ARTICLE = {
    "a.md": (
        "---\ndate: 2024-03-14\n---\n"
        "# Grève : 12 000 manifestants à Rennes\n\n"
        "Selon la préfecture, 12 000 personnes ont défilé jeudi 14 mars, dont 3 000 étudiants ; "
        "les syndicats en comptaient 25 000.\n\n"
        "## Le bilan\n\n"
        "Sur les 48 lycées de la ville, 31 étaient bloqués, soit 65 %. Le trafic des bus a baissé "
        "de 40 %, passant de 1 200 à 720 départs.\n\n"
        "Au total, 420 policiers ont été mobilisés, dont 260 en ville et 210 aux abords de "
        "la rocade. Le mercredi 14 mars 2024, la circulation a repris.\n\n"
        "Un quart des 48 lycées, soit 12 établissements, a fermé ses portes ; la moitié des "
        "élèves étaient absents.\n"
    ),
    "a.txt": (
        "Budget : Lyon vote 2,5 millions d'euros pour 120 communes\n\n"
        "Le conseil a voté 2,5 millions d'euros pour 120 communes, soit 20 800 euros chacune. "
        "En 2023, la population est passée de 45.000 à 52.000 habitants (+15 %).\n\n"
        "Le lundi 12 mars 2024, près de 3 000 personnes ont manifesté sur 4 km ; 12 km (7,5 "
        "miles) plus loin, 1.2345 tonne de déchets a été ramassée.\n"
    ),
    "a.html": (
        "<html><head><title>Crue : 1 500 foyers privés d'électricité</title></head><body>"
        "<h1>Crue : 1 500 foyers privés d'électricité</h1>"
        "<p>La Loire a atteint 6,2 m mardi ; 1 500 foyers, dont 900 à Orléans, étaient privés "
        "d'électricité, contre 2 100 la veille.</p>"
        "<p>Entre 300 et 200 habitants ont été évacués, soit 12 % de la commune.</p>"
        "</body></html>\n"
    ),
}


def _plain(text: str, path: str):
    doc = document.parse(text, path=path)
    found, measured = engine.analyse(doc)
    diags = [d.to_json() for d in engine.lint_document(document.parse(text, path=path))]
    return _measures(measured), diags


def _measures(measured):
    return [(m.figure.start, m.figure.end, m.subject, sorted(m.qualifiers), m.source, m.time, m.place,
             m.part_of, m.part_kind, m.total_of, m.share_of, m.share_part, m.change_from, m.change_to,
             sorted(m.cues), m.explicit_subject, m.line, repr(m.notes)) for m in measured]


def _cached(text: str, path: str, cache: engine.BlockCache):
    found, measured = engine.analyse(document.parse(text, path=path), cache)
    diags = [d.to_json() for d in engine.lint_document(document.parse(text, path=path), cache=cache)]
    return _measures(measured), diags


def _prefix(path: str) -> str:
    return "<p>Un préambule de 12 mots.</p>" if path.endswith(".html") else "Un préambule de 12 mots.\n\n"


@pytest.mark.parametrize("path", sorted(ARTICLE))
def test_cache_gives_what_a_plain_run_gives(path):
    text = ARTICLE[path]
    want = _plain(text, path)
    assert want[1], "the article must have findings for the comparison to mean something"
    cache = engine.BlockCache()
    assert _cached(text, path, cache) == want          # cold
    assert _cached(text, path, cache) == want          # every block from the cache
    assert cache.figures and cache.measures


@pytest.mark.parametrize("path", ["a.md", "a.txt"])
def test_blocks_moved_by_an_edit_above_read_the_same(path):
    text = ARTICLE[path]
    cache = engine.BlockCache()
    if path == "a.md":
        edited = text.replace("# Grève", "# Grève générale", 1)
    else:
        edited = _prefix(path) + text
    _cached(edited, path, cache)                        # warm with shifted blocks
    assert _cached(text, path, cache) == _plain(text, path)
    assert _cached(edited, path, cache) == _plain(edited, path)


def test_cached_figures_are_copies():
    cache = engine.BlockCache()
    text = ARTICLE["a.txt"]
    first, _ = engine.analyse(document.parse(text, path="a.txt"), cache)
    first.figures[0].start = -1
    first.figures[0].numerals[0].start = -1
    again, _ = engine.analyse(document.parse(text, path="a.txt"), cache)
    assert again.figures[0].start >= 0 and again.figures[0].numerals[0].start >= 0
    linked = [f for f in again.figures if f.conversion_of is not None]
    assert linked and all(f.conversion_of in again.figures for f in linked)


def test_language_server_uses_the_cache():
    from numlint.lsp import Linter
    linter = Linter(settings=engine.Settings())
    text = ARTICLE["a.md"]
    first = linter.lint("file:///tmp/a.md", text)
    assert linter.lint("file:///tmp/a.md", text) == first
    assert linter.cache is not None and linter.cache.measures


# ---------------------------------------------------------------------------------------------
# The language server's warm re-lint against a cold lint, over random edits of real articles.

FIXTURES = __import__("pathlib").Path(__file__).resolve().parent.parent / "fixtures" / "corpus"
SNIPPETS = ["1", "0", " ", "\n", "\n\n", "12 000 ", "soit 45 %", "lundi 12 mars ", "de 300 à 200 ",
            "# Titre\n\n", "- 3 000 élèves\n", "> 40 %\n\n", "<!-- numlint: ignore -->", "é", "😀",
            "```\n", "[lien](http://a.fr) ", "2,5 millions d'euros", "\r\n", "[r]: http://a.fr\n",
            "<pre>\n", "    ", "1. ", "<!--", "-->", "\n---\n"]


def _edit(rng, text: str) -> str:
    op = rng.randrange(6)
    at = rng.randrange(len(text) + 1)
    if op <= 1:                                   # typing
        return text[:at] + rng.choice(SNIPPETS) + text[at:]
    if op == 2:                                   # backspace over a few characters
        return text[:at] + text[at + rng.randint(1, 12):]
    lines = text.split("\n")
    k = rng.randrange(len(lines))
    if op == 3:                                   # a line deleted
        return "\n".join(lines[:k] + lines[k + 1:])
    if op == 4:                                   # a line copied elsewhere (duplicate paragraphs)
        return "\n".join(lines[:k] + [lines[rng.randrange(len(lines))]] + lines[k:])
    digits = [i for i, c in enumerate(text) if c.isdigit()]
    if not digits:
        return text
    i = rng.choice(digits)                        # a figure retyped, same length
    return text[:i] + str(rng.randrange(10)) + text[i + 1:]


@pytest.mark.parametrize("name", ["errors/e02-brussels-airport.md", "errors/e17-eolien-en-mer.md",
                                  "clean/c02-budget-economies.md", "clean/c25-budget-region.txt",
                                  "clean/c27-tempete-ciaran.html"])
def test_warm_language_server_matches_a_cold_lint_over_random_edits(name):
    import random

    from numlint.lsp import Linter
    path = FIXTURES / name
    uri = "file:///tmp/article" + path.suffix
    _forget_chunks()
    rng = random.Random(name)
    text = path.read_text(encoding="utf-8")
    warm = Linter(settings=engine.Settings())
    found = 0
    for step in range(40):
        got = warm.lint(uri, text)
        cold = Linter(settings=engine.Settings())
        cold.reuse = False                        # the whole Markdown parsed, no cache at all
        want = cold.lint(uri, text)
        assert got == want, f"step {step}: warm and cold lints differ"
        found += len(got)
        text = _edit(rng, text)
    assert found, "the edits must keep findings to compare"


def _forget_chunks():
    from numlint.document import builder, markdown
    markdown._CHUNKS.clear()
    builder._SENTENCES.clear()


def _doc_state(doc):
    return ([(b.kind, b.text, b.segments, b.sentences, b.index, b.section.index, b.section.kind,
              b.section.heading) for b in doc.blocks],
            [(c.text, c.start, c.end) for c in doc.comments], doc.published)


MARKDOWN = [
    "---\ntitle: Crue de la Loire\ndate: 2024-03-12\n---\n\nLa Loire a atteint 6,2 m.\n\n## Bilan\n\n1 500 foyers.\n",
    "# Titre\n\n- 3 000 élèves\n\n- 2 000 enseignants\n\nSuite : 40 %.\n\n1. premier\n\n2) second\n",
    "# Titre\n\n```\ncode 12 000\n\n12 000 ici\n```\n\nAprès le code, 45 %.\n",
    "# Titre\n\n<!--\nnumlint: ignore NUM101\n\n-->\nEntre 300 et 200 habitants.\n\nFin.\n",
    "# Titre\n\n<!-- numlint: ignore NUM101 -->\nEntre 300 et 200 habitants.\n\nFin : 12 %.\n",
    "# Titre\n\nVoir [le rapport][r] : 12 000.\n\n[r]: http://exemple.fr\n",
    "# Titre\r\n\r\nLe budget : 2,5 millions.\r\n\r\n> Une citation : 30 %.\r\n\r\nFin.\r\n",
    "# Titre\n\n> Une citation\n\nqui continue : 30 %.\n\n    du code indenté 12\n\nFin &amp; 4 %.\n",
    "Sans titre, 12 000 personnes.\n\n<div>\n\n12 % dedans\n\n</div>\n\n<pre>\n\n5 km\n</pre>\n\nFin.\n",
    "# Titre\n\n- un\n\n  suite de l'élément, 12 %\n\nhors liste, 3 km.\n\n* * *\n\nPlus loin.\n",
]


@pytest.mark.parametrize("k", range(len(MARKDOWN)))
def test_markdown_read_by_chunks_is_the_whole_read(k):
    text = MARKDOWN[k]
    _forget_chunks()
    want = _doc_state(document.parse(text, path="a.md"))
    assert _doc_state(document.parse(text, path="a.md", reuse=True)) == want      # cold chunks
    assert _doc_state(document.parse(text, path="a.md", reuse=True)) == want      # cached chunks
    edited = "Un préambule.\n\n" + text if not text.startswith("---") else text + "\nAjout : 5 %.\n"
    assert _doc_state(document.parse(edited, path="a.md", reuse=True)) == \
        _doc_state(document.parse(edited, path="a.md"))


def test_each_open_document_keeps_its_own_cache():
    from numlint.lsp import Linter
    linter = Linter(settings=engine.Settings())
    a, b = "file:///tmp/a.md", "file:///tmp/b.txt"
    texts = {a: ARTICLE["a.md"], b: ARTICLE["a.txt"]}
    for step in range(3):
        for uri in (a, b):
            text = texts[uri] = _prefix(uri) + texts[uri]       # each edit shifts every block
            cold = Linter(settings=engine.Settings())
            cold.reuse = False
            assert linter.lint(uri, text) == cold.lint(uri, text)
    assert set(linter.caches) == {a, b}
    linter.forget(a)
    assert set(linter.caches) == {b} and a not in linter.last
