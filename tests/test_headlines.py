"""Two headlines: the page title (HTML <title>, Markdown front matter `title:`) and the on-page
title (<h1>, `#`). A CMS exports both and the public reads both, so a figure in either must agree
with the body; the page title is a block of its own only when it is another headline."""
import time

import pytest

from numlint.document import parse
from numlint.document.builder import second_headline
from numlint.engine import Settings, lint

H1 = "Carhaix : le festival boucle une édition sous le soleil"


@pytest.mark.parametrize("page, kept", [
    # another headline, with a figure: kept, the site's name cut off
    ("Festival : 92 000 spectateurs à Carhaix", "Festival : 92 000 spectateurs à Carhaix"),
    ("Festival : 92 000 spectateurs | Le Télégramme", "Festival : 92 000 spectateurs"),
    ("Festival : 92 000 spectateurs - Ouest-France", "Festival : 92 000 spectateurs"),
    ("Festival : 92 000 spectateurs — France 3 Bretagne | France 24",
     "Festival : 92 000 spectateurs — France 3 Bretagne"),
    ("Le Télégramme | Festival : 92 000 spectateurs", "Festival : 92 000 spectateurs"),
    ("Festival : un million de visiteurs attendus", "Festival : un million de visiteurs attendus"),
    # a dash before a figure is the headline's second half, not a site's name
    ("Grève à la SNCF — 1 200 trains annulés", "Grève à la SNCF — 1 200 trains annulés"),
    # the same headline, a site name, or no figure: no block
    (H1, None),
    ("  carhaix :  le festival boucle une édition sous le soleil. ", None),
    ("Carhaix : le festival boucle une édition sous le soleil | Le Télégramme", None),
    ("Carhaix : le festival boucle une édition sous le soleil - 20 Minutes", None),
    ("Le Télégramme | Carhaix : le festival boucle une édition sous le soleil", None),
    ("Le Télégramme : Carhaix : le festival boucle une édition sous le soleil", None),
    ("Carhaix : le festival boucle une édition…", None),
    ("Le Monde.fr", None),
    ("Festival : une édition record à Carhaix", None),
    ("France 24 | Le Télégramme", None),
    ("", None),
])
def test_second_headline(page, kept):
    cut = second_headline(page, H1)
    assert (page[cut[0]:cut[1]] if cut else None) == kept


def test_second_headline_is_linear_on_hostile_input():
    start = time.process_time()
    page = " | " * 20_000 + "9 spectateurs" + " - " * 20_000
    assert second_headline(page, H1) is not None
    assert second_headline(" : " * 50_000, " : " * 50_000) is None
    assert time.process_time() - start < 1.0


HTML = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8">
<title>Festival&nbsp;: 92&#8239;000 spectateurs &amp; 6 500 bénévoles | Le Télégramme</title>
</head><body>
<h1>Carhaix : le festival boucle une édition sous le soleil</h1>
<p>Quatre jours de concerts et une affluence record pour la trentième édition.</p>
<p>CARHAIX — Le festival a accueilli 87 300 spectateurs en quatre jours, contre 81 000 l'an dernier. Les organisateurs ont mobilisé 6 500 bénévoles et vendu 410 000 boissons.</p>
</body></html>
"""

MARKDOWN = """---
title: "Festival : 92 000 spectateurs et 6 500 bénévoles"
date: 2025-07-21
---

# Carhaix : le festival boucle une édition sous le soleil

Quatre jours de concerts et une affluence record pour la trentième édition.

CARHAIX — Le festival a accueilli 87 300 spectateurs en quatre jours, contre 81 000 l'an dernier. Les organisateurs ont mobilisé 6 500 bénévoles et vendu 410 000 boissons.
"""


def test_html_page_title_is_a_title_block_with_true_offsets():
    doc = parse(HTML, path="a.html")
    page, h1, lede = doc.blocks[:3]
    assert page.text == "Festival\u00a0: 92\u202f000 spectateurs & 6 500 bénévoles"
    assert [b.kind for b in doc.blocks[:4]] == ["title", "title", "lede", "paragraph"]
    # one title section holding both, in file order; its heading and the lede's are the <h1>
    assert doc.sections[0].blocks == [page, h1] and doc.sections[0].heading == h1.text
    assert doc.sections[1].kind == "lede" and doc.sections[1].heading == h1.text
    assert doc.title is h1
    assert [b.index for b in doc.blocks] == list(range(len(doc.blocks)))
    # « 000 » after the &#8239; entity, « 6 500 » after &amp;: line 3, exact columns
    i = page.text.index("000")
    off = page.file_offset(i)
    assert doc.source[off:off + 3] == "000" and doc.line_col(off) == (3, 33)
    i = page.text.index("6 500")
    off = page.file_offset(i)
    assert doc.source[off:off + 5] == "6 500" and doc.line_col(off) == (3, 55)
    assert doc.source[page.file_offset(0)] == "F"
    assert page.file_offset(len(page.text)) == doc.source.index(" | Le Télégramme")


def test_markdown_front_matter_title_is_a_title_block_with_true_offsets():
    doc = parse(MARKDOWN, path="a.md")
    page, h1, lede = doc.blocks[:3]
    assert page.text == "Festival : 92 000 spectateurs et 6 500 bénévoles"
    assert [b.kind for b in doc.blocks[:3]] == ["title", "title", "lede"]
    assert doc.sections[0].blocks == [page, h1] and doc.title is h1
    off = page.file_offset(page.text.index("92 000"))
    assert doc.source[off:off + 6] == "92 000" and doc.line_col(off) == (2, 20) and off == 23


def test_markdown_reuse_reads_the_page_title_alike():
    """The language server parses with reuse=True (chunks, cached): the same blocks."""
    a, b = parse(MARKDOWN, path="a.md"), parse(MARKDOWN, path="a.md", reuse=True)
    assert [(x.kind, x.text, x.segments) for x in a.blocks] == \
        [(x.kind, x.text, x.segments) for x in b.blocks]
    assert [(x.kind, x.heading) for x in a.sections] == [(x.kind, x.heading) for x in b.sections]


@pytest.mark.parametrize("page", [
    H1, H1.upper(), H1 + " | Le Télégramme", "Le Télégramme", "Le Monde.fr",
    "Festival : une édition record",
])
@pytest.mark.parametrize("fmt", ["html", "markdown"])
def test_no_block_for_the_same_headline_or_a_site_name(page, fmt):
    if fmt == "html":
        src = HTML.replace(HTML[HTML.index("<title>") + 7:HTML.index("</title>")], page)
    else:
        src = MARKDOWN.replace("Festival : 92 000 spectateurs et 6 500 bénévoles", page)
    doc = parse(src, path="a.html" if fmt == "html" else "a.md")
    assert [b.kind for b in doc.blocks[:2]] == ["title", "lede"]
    assert doc.blocks[0].text == H1 and len(doc.sections[0].blocks) == 1


@pytest.mark.parametrize("src, path", [
    # an <svg>'s <title> in the body, a <title> after the <h1>, a paragraph before the <h1>
    ("<html><body><h1>" + H1 + "</h1><svg><title>Carte : 92 000 spectateurs</title></svg>"
     "<p>Le festival a accueilli 87 300 spectateurs.</p></body></html>", "a.html"),
    ("<h1>" + H1 + "</h1><title>Festival : 92 000 spectateurs</title>"
     "<p>Le festival a accueilli 87 300 spectateurs.</p>", "a.html"),
    ("<html><head><title>Festival : 92 000 spectateurs</title></head><body><p>Météo du jour"
     "</p><h1>" + H1 + "</h1><p>Le festival a accueilli 87 300 spectateurs.</p></body></html>",
     "a.html"),
    # no on-page title: the front matter's title is the title, as before
    ("---\ntitle: Festival : 92 000 spectateurs\n---\n\nLe festival a accueilli 87 300 "
     "spectateurs.\n", "a.md"),
])
def test_one_title_when_the_page_title_is_not_a_second_headline(src, path):
    doc = parse(src, path=path)
    assert sum(b.kind == "title" for b in doc.blocks) == 1
    starts = [b.file_offset(0) for b in doc.blocks]
    assert starts == sorted(starts)


def test_an_unclosed_page_title_does_not_hide_the_body():
    doc = parse("<html><head><title>Festival : 92 000 spectateurs<body><h1>" + H1 + "</h1>"
                "<p>Le festival a accueilli 87 300 spectateurs.</p></body></html>", path="a.html")
    assert [b.kind for b in doc.blocks] == ["title", "title", "lede"]
    assert doc.blocks[0].text == "Festival : 92 000 spectateurs" and doc.title.text == H1


def _article(page: str, fmt: str) -> tuple[str, str]:
    if fmt == "html":
        return HTML.replace(HTML[HTML.index("<title>") + 7:HTML.index("</title>")], page), "a.html"
    return MARKDOWN.replace("Festival : 92 000 spectateurs et 6 500 bénévoles", page), "a.md"


@pytest.mark.parametrize("page, code", [
    ("Festival : 92 000 spectateurs à Carhaix", "NUM201"),            # a stale count
    ("Carhaix : 99 500 spectateurs, un record | Le Télégramme", "NUM201"),
    ("Festival : 12 000 bénévoles à Carhaix", "NUM202"),              # a count the body never gives
    ("Festival : plus de 87 000 spectateurs à Carhaix", None),         # rounded
    ("Festival : 87 000 spectateurs à Carhaix", None),
    ("Festival : près de 90 000 spectateurs | Le Télégramme", None),
    ("Festival : 6 500 bénévoles et 87 300 spectateurs", None),
])
@pytest.mark.parametrize("fmt", ["html", "markdown"])
def test_headline_rules_read_the_page_title(page, code, fmt):
    src, path = _article(page, fmt)
    found = lint(src, path=path, settings=Settings(select=["NUM"]))
    line = 3 if fmt == "html" else 2
    assert [(d.code, d.line) for d in found] == ([(code, line)] if code else [])


TRADE = """---
title: Tunisie, un déficit commercial de {head} en 2025
date: 2026-01-20
---

# Commerce extérieur : le déficit tunisien se creuse encore

Les importations ont progressé plus vite que les exportations l'an dernier.

Le déficit commercial atteint {body}, contre 18 200 MD un an plus tôt. Les recettes du tourisme et les transferts des Tunisiens de l'étranger ont rapporté ensemble près de 16 milliards de dinars en 2025.
"""


@pytest.mark.parametrize("head, body, fires", [
    # the body gives the headline's figure in another scale, its noun in an abbreviation
    ("20,5 milliards de dinars", "20 470 MD", False),
    ("20,5 milliards de dinars", "20 470 millions de dinars", False),
    # another value of the deficit: the dinar is money (TND) and « MD » its millions, so the
    # headline is set against the deficit's own figure, not the tourism receipts' 16 milliards
    ("18,5 milliards de dinars", "20 470 MD", True),
    # « 20 MD », « 24 MD »: the deficit's own sum in millions, a thousand times the headline's
    # milliards: the same noun and currency in another scale word, so a conflict (or a slip)
    ("20,5 milliards de dinars", "20 MD", True),
    ("24,5 milliards de dinars", "24 MD", True),
])
@pytest.mark.parametrize("where", ["page", "h1"])
def test_a_headline_figure_the_body_gives_in_another_scale(head, body, fires, where):
    src = TRADE.format(head=head, body=body)
    if where == "h1":       # the same headline as the on-page title: the rule reads it alike
        src = src.replace("# Commerce extérieur : le déficit tunisien se creuse encore",
                          f"# Tunisie : un déficit commercial de {head} en 2025")
        src = src.replace(f"title: Tunisie, un déficit commercial de {head} en 2025\n", "")
    found = lint(src, path="a.md", settings=Settings(select=["NUM201"]))
    assert bool(found) == fires, [(d.code, d.line, d.message) for d in found]
    assert all(body in d.message for d in found)
