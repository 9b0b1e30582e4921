"""Document stage: every character of every block maps back to its place in the original file."""
from datetime import date
from pathlib import Path

import pytest

from numlint import document
from numlint.document import DocumentError, decode, parse
from numlint.document.sentences import split

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "document"
ARTICLES = sorted(FIXTURES.iterdir())


def assert_offsets(doc):
    """source[file_offset(i)] == text[i] for every character that is not a decoded entity/<br>."""
    checked = 0
    for block in doc.blocks:
        for i, ch in enumerate(block.text):
            at = doc.source[block.file_offset(i)]
            if at != ch:
                assert at in "&<", (block.kind, block.text, i, ch, at)
            else:
                checked += 1
        assert "\r" not in block.text
    return checked


def find(doc, needle):
    """The block holding `needle` and the file offset of its first character."""
    for block in doc.blocks:
        i = block.text.find(needle)
        if i != -1:
            return block, block.file_offset(i)
    raise AssertionError(f"{needle!r} not in any block")


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.name)
def test_every_character_keeps_its_offset(path):
    doc = document.read(str(path))
    assert doc.blocks
    assert assert_offsets(doc) > 400


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.name)
def test_sections_hold_their_blocks_in_order(path):
    doc = document.read(str(path))
    assert [s.index for s in doc.sections] == list(range(len(doc.sections)))
    assert [b.index for b in doc.blocks] == list(range(len(doc.blocks)))
    for block in doc.blocks:
        assert block in block.section.blocks
    kinds = [b.kind for b in doc.blocks]
    assert kinds[:2] == ["title", "lede"]
    assert doc.sections[0].kind == "title" and doc.sections[1].kind == "lede"
    assert doc.sections[1].heading == doc.blocks[0].text
    # positions grow through the file
    starts = [b.file_offset(0) for b in doc.blocks]
    assert starts == sorted(starts)


# --- plain text --------------------------------------------------------------------------------

def test_text_structure():
    doc = document.read(str(FIXTURES / "rennes-metro.txt"))
    assert doc.format == "text"
    assert [(b.kind, b.text[:22]) for b in doc.blocks] == [
        ("title", "Rennes : la ligne b du"),
        ("lede", "La deuxième ligne de m"),
        ("paragraph", "Selon le bilan présent"),
        ("heading", "Un chantier de 1,3 mil"),
        ("paragraph", "La ligne compte 15 sta"),
        ("paragraph", "Les rames circulent de"),
        ("paragraph", "Source: https://www.ex"),   # a URL line is not a heading
    ]
    heading = doc.blocks[3]
    assert heading.section.kind == "body" and heading.section.heading == heading.text
    assert doc.blocks[4].section is heading.section
    assert [c.text for c in doc.comments] == ["numlint: disable NUM202"]
    assert doc.source[doc.comments[0].start:doc.comments[0].end] == "# numlint: disable NUM202"


def test_text_positions_line_and_column():
    doc = document.read(str(FIXTURES / "rennes-metro.txt"))
    block, at = find(doc, "1,3 milliard d'euros, financés")
    line, col = doc.line_col(at)
    assert doc.source.splitlines()[line - 1][col - 1:].startswith("1,3 milliard d'euros, financés")
    assert line == 7


@pytest.mark.parametrize("source, kinds", [
    # one paragraph a line, no blank line at all
    ("Titre de l'article\nLe chapeau.\nUn paragraphe.\nUn intertitre court\nLa suite.\n",
     ["title", "lede", "paragraph", "heading", "paragraph"]),
    # blank lines between paragraphs
    ("Titre\n\nLe chapeau.\n\nIntertitre\n\nTexte.\n", ["title", "lede", "heading", "paragraph"]),
    # a last short line is not a heading: nothing follows it
    ("Titre\nLe chapeau.\nFin du texte\n", ["title", "lede", "paragraph"]),
    # a hard-wrapped paragraph: the next line starts in lower case
    ("Titre\nLe chapeau.\nLes élus ont voté un budget\nde 12 millions d'euros.\n",
     ["title", "lede", "paragraph"]),
    # a short line ending with a comma or a colon is not a heading
    ("Titre\nLe chapeau.\nSelon le maire,\nIl faut agir.\nIl a dit :\n« Non. »\n",
     ["title", "lede", "paragraph", "paragraph", "paragraph", "paragraph"]),
    # a line that is too long is prose
    ("Titre\nLe chapeau.\n" + "Mot " * 30 + "\nSuite.\n", ["title", "lede", "paragraph", "paragraph"]),
    ("", []),
    ("\n\n  \n", []),
])
def test_text_kinds(source, kinds):
    assert [b.kind for b in parse(source, "a.txt").blocks] == kinds


_LEDE = "Les premiers bus ont pris la route samedi."


@pytest.mark.parametrize("opening,kind", [
    # an agency dispatch: its first paragraph opens with a dateline and is the body's
    ("ABIDJAN — ", "paragraph"),
    ("ABIDJAN (Côte d'Ivoire) — ", "paragraph"),
    ("Abidjan, 16 mai (AFP) — ", "paragraph"),
    ("NEW YORK, mardi 3 juin 2025 (Reuters) - ", "paragraph"),
    ("Saint-Denis (AFP) – ", "paragraph"),
    # no dateline: an incise, a name, a place in lower case alone, a sentence
    ("", "lede"),
    ("Le directeur — qui part — a dit : ", "lede"),
    ("Paris — ", "lede"),
    ("À Abidjan — ", "lede"),
    ("SNCF : ", "lede"),
])
@pytest.mark.parametrize("fmt, name", [
    ("Titre\n\n{}\n\nSuite du texte.\n", "a.txt"),
    ("# Titre\n\n{}\n\nSuite du texte.\n", "a.md"),
    ("<h1>Titre</h1><p>{}</p><p>Suite du texte.</p>", "a.html"),
])
def test_a_dateline_paragraph_is_no_lede(opening, kind, fmt, name):
    doc = parse(fmt.format(opening + _LEDE), name)
    assert [b.kind for b in doc.blocks] == ["title", kind, "paragraph"]
    assert [s.kind for s in doc.sections][:2] == ["title", "lede" if kind == "lede" else "body"]


def test_dateline_is_linear_on_hostile_input():
    from numlint.document.builder import dateline
    assert not dateline("A" * 5000 + " (" * 2000)
    assert not dateline(("ABC " * 40 + "(x) ") * 50)


def test_text_wrapped_lines_keep_offsets():
    src = "Titre\nLe chapeau.\nLes élus ont voté un budget\r\nde 12 millions d'euros.\r\n"
    doc = parse(src, "a.txt")
    block = doc.blocks[2]
    assert block.text == "Les élus ont voté un budget\nde 12 millions d'euros."
    assert assert_offsets(doc) == sum(len(b.text) for b in doc.blocks)
    assert doc.source[block.file_offset(block.text.index("12")):].startswith("12 millions")


def test_comment_lines_are_not_prose():
    src = ("// numlint: disable NUM104\nTitre\n#numlint: disable-next NUM201\nLe chapeau.\n"
           "# Un dièse\n# NumLint : enable\n")
    doc = parse(src, "a.txt")
    assert [c.text for c in doc.comments] == [
        "numlint: disable NUM104", "numlint: disable-next NUM201", "NumLint : enable"]
    assert [b.text for b in doc.blocks] == ["Titre", "Le chapeau.", "# Un dièse"]


# --- Markdown ------------------------------------------------------------------------------------

def test_markdown_structure_and_front_matter():
    doc = document.read(str(FIXTURES / "canal-budget.md"))
    assert doc.format == "markdown"
    assert doc.published == date(2024, 3, 18)
    assert [b.kind for b in doc.blocks] == [
        "title", "lede", "heading", "paragraph", "item", "item", "item", "heading", "paragraph"]
    assert doc.blocks[0].text == "Canal de Nantes à Brest : 12 millions d'euros pour rouvrir les écluses"
    assert [c.text for c in doc.comments] == ["numlint: disable NUM201"]
    assert not any("montant" in b.text or "42" in b.text for b in doc.blocks)   # code is not prose
    assert [s.heading for s in doc.sections[2:]] == ["Trente écluses à rénover", "Un canal très fréquenté"]


@pytest.mark.parametrize("needle, raw", [
    ("12 millions d'euros pour", "12 millions d'euros** pour"),     # after **
    ("12 millions d'euros sur", "12 millions d'euros* sur"),        # after *
    ("rapport du département.", "rapport du département](https"),   # link text, URL dropped
    ("10 000 par mois", "10 000` par mois"),                        # inline code keeps its text
    ("8 écluses en 2024", "8 écluses en 2024 ;"),                   # list item, after "- "
])
def test_markdown_inline_markup_is_stripped_with_true_offsets(needle, raw):
    doc = document.read(str(FIXTURES / "canal-budget.md"))
    block, at = find(doc, needle)
    assert doc.source.startswith(raw, at)
    assert "*" not in block.text and "](" not in block.text and "`" not in block.text


def test_markdown_entity_offsets():
    doc = document.read(str(FIXTURES / "canal-budget.md"))
    block, at = find(doc, "400\u00a0000 euros")
    i = block.text.index("400\u00a0000")
    assert doc.source.startswith("&nbsp;", block.file_offset(i + 3))
    assert doc.source.startswith("000 euros", block.file_offset(i + 4))
    assert assert_offsets(doc)


def test_markdown_without_title_takes_front_matter_title():
    src = "---\ntitle: Un titre venu de l'en-tête\ndate: \"2023-05-02T10:00:00+02:00\"\n---\n\nLe chapeau.\n\nLa suite.\n"
    doc = parse(src, "a.md")
    assert [(b.kind, b.text) for b in doc.blocks] == [
        ("title", "Un titre venu de l'en-tête"), ("lede", "Le chapeau."), ("paragraph", "La suite.")]
    assert doc.published == date(2023, 5, 2)
    assert assert_offsets(doc)


@pytest.mark.parametrize("front, published", [
    ("date: 2024-13-45", None),          # impossible date: no date rather than a crash
    ("date: 12 mars", None),
    ("date: 2024-02-29", date(2024, 2, 29)),
    ("published: 2024-02-29", None),
])
def test_markdown_front_matter_dates(front, published):
    assert parse(f"---\n{front}\n---\n# Titre\n", "a.md").published == published


def test_markdown_escapes_and_softbreaks():
    src = "# Titre\n\nUne ligne\ncoupée et 3\\*4 **gras**  \nfin.\n"
    doc = parse(src, "a.md")
    lede = doc.blocks[1]
    assert lede.text == "Une ligne\ncoupée et 3*4 gras\nfin."
    assert assert_offsets(doc) == len(lede.text) + len("Titre")


# --- HTML ----------------------------------------------------------------------------------------

def test_html_structure():
    doc = document.read(str(FIXTURES / "lyon-crue.html"))
    assert doc.format == "html"
    assert doc.published == date(2024, 10, 18)          # the meta wins over <time>
    assert [b.kind for b in doc.blocks] == [
        "title", "lede", "heading", "paragraph", "item", "item", "heading", "paragraph"]
    assert doc.blocks[0].text == "Crue de la Saône : 1\u202f200 habitants évacués à Lyon"
    assert not any("Courrier" in b.text or "12345" in b.text or "margin" in b.text
                   for b in doc.blocks)
    assert [c.text for c in doc.comments] == ["numlint: disable NUM302"]
    c = doc.comments[0]
    assert doc.source[c.start:c.end] == "<!-- numlint: disable NUM302 -->"


@pytest.mark.parametrize("needle, index, raw", [
    ("1\u202f200 habitants évacués", 1, "&#8239;200"),       # numeric entity
    ("1\u202f200 habitants évacués", 2, "200 habitants"),    # the character after it
    ("évacués à Lyon", 0, "&eacute;vacu"),                   # named entity
    ("évacués à Lyon", 1, "vacu&eacute;s"),
    ("6,8\u00a0mètres", 3, "&nbsp;mètres"),
    ("340 interventions", 0, "340 interventions</b>"),       # inside <b>
    ("Vaise. M. Martin", 0, "Vaise</a>. M. Martin"),         # after <a href>
])
def test_html_entity_offsets(needle, index, raw):
    doc = document.read(str(FIXTURES / "lyon-crue.html"))
    block, _ = find(doc, needle)
    i = block.text.index(needle) + index
    assert doc.source.startswith(raw, block.file_offset(i))


def test_html_time_when_no_meta_and_lede_without_class():
    src = ("<html><body><h1>Titre</h1><p>Le chapeau, publié le <time datetime=\"2023-06-01T08:00\">"
           "1er juin</time>.</p><p>Suite<br>12 000 personnes.</p><script>x = 3</script></body></html>")
    doc = parse(src, "a.html")
    assert doc.published == date(2023, 6, 1)
    assert [(b.kind, b.text) for b in doc.blocks] == [
        ("title", "Titre"), ("lede", "Le chapeau, publié le 1er juin."),
        ("paragraph", "Suite 12 000 personnes.")]     # <br> separates words
    assert assert_offsets(doc)


def test_html_deep_nesting_and_unclosed_tags_are_read():
    src = "<div>" * 20000 + "<h1>Titre</h1><p>Un paragraphe de 12 mots" + "</div>" * 20000
    doc = parse(src, "a.html")
    assert [b.text for b in doc.blocks] == ["Titre", "Un paragraphe de 12 mots"]


@pytest.mark.parametrize("src", [
    "<p>&#0; &#99999999; &#xD800; &bogus; AT&T & co</p>",
    "<h1>Titre<p>texte<!-- sans fin",
    "<![CDATA[ x ]]><p>a</p></p></li><li>",
    "<",
])
def test_html_hostile_input_never_raises(src):
    doc = parse(src, "a.html")
    for block in doc.blocks:
        for i in range(len(block.text)):
            assert 0 <= block.file_offset(i) < len(src)


# --- decoding ------------------------------------------------------------------------------------

def test_crlf_and_bom():
    raw = "\ufeffTitre du texte\r\nLe chapeau cite 25\u202f000 soldats.\r\n\r\nSuite.\r\n".encode("utf-8")
    text = decode(raw, "a.txt")
    assert not text.startswith("\ufeff")
    doc = parse(text, "a.txt")
    assert [b.text for b in doc.blocks] == ["Titre du texte", "Le chapeau cite 25\u202f000 soldats.", "Suite."]
    block, at = find(doc, "25\u202f000")
    assert at == text.index("25\u202f000")
    assert doc.line_col(at) == (2, 17)
    assert assert_offsets(doc) == sum(len(b.text) for b in doc.blocks)


def test_markdown_crlf_bom_file(tmp_path):
    p = tmp_path / "a.md"
    p.write_bytes("\ufeff---\r\ndate: 2024-05-06\r\n---\r\n# Titre **fort**\r\n\r\nChapeau de 3 %.\r\n".encode())
    doc = document.read(str(p))
    assert doc.published == date(2024, 5, 6)
    assert [b.text for b in doc.blocks] == ["Titre fort", "Chapeau de 3 %."]
    assert assert_offsets(doc)


@pytest.mark.parametrize("data, message", [
    ("Un été à Brest".encode("latin-1"), "a.txt: pas un texte UTF-8 (octet invalide 0xe9 à la position 3)"),
    (b"\xef\xbb\xbfabc\xff", "a.txt: pas un texte UTF-8 (octet invalide 0xff à la position 6)"),
    (b"PK\x03\x04\x00\x00binary", "a.txt: fichier binaire, pas un texte (octet nul à la position 4)"),
    ("Titre".encode("utf-16"), "a.txt: texte en UTF-16, pas en UTF-8 (réenregistrez-le en UTF-8)"),
])
def test_decode_errors(data, message):
    with pytest.raises(DocumentError) as err:
        decode(data, "a.txt")
    assert str(err.value) == message
    assert "\n" not in str(err.value) and err.value.en != str(err.value)


def test_empty_file_is_an_empty_document(tmp_path):
    p = tmp_path / "vide.txt"
    p.write_bytes(b"")
    doc = document.read(str(p))
    assert doc.blocks == [] and doc.sections == [] and doc.source == ""


# --- sentences -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, sentences", [
    ("Il est venu. Il est reparti.", ["Il est venu.", "Il est reparti."]),
    ("M. Dupont et Mme Durand sont venus. Ils ont parlé.",
     ["M. Dupont et Mme Durand sont venus.", "Ils ont parlé."]),
    ("Le chiffre atteint 25.000 soldats. Le 3.5 est faux.",
     ["Le chiffre atteint 25.000 soldats.", "Le 3.5 est faux."]),
    ("Il a dit : « Non. » Puis il est parti… 12 000 personnes l'attendaient !",
     ["Il a dit : « Non. »", "Puis il est parti…", "12 000 personnes l'attendaient !"]),
    ("Fondée en 52 av. J.-C. la ville, selon J. Martin et J.-P. Durand, voir p. 12. Fin.",
     ["Fondée en 52 av. J.-C. la ville, selon J. Martin et J.-P. Durand, voir p. 12.", "Fin."]),
    ("Qui ? a-t-il demandé. Personne.", ["Qui ? a-t-il demandé.", "Personne."]),
    ("Il aime l'art. Elle aussi.", ["Il aime l'art.", "Elle aussi."]),
    ("", []),
])
def test_sentences(text, sentences):
    assert [text[a:b] for a, b in split(text)] == sentences


def test_block_sentences_and_sentence_at():
    doc = parse("Titre\nUn. Deux trois. Quatre.\n", "a.txt")
    lede = doc.blocks[1]
    assert [lede.text[a:b] for a, b in lede.sentences] == ["Un.", "Deux trois.", "Quatre."]
    assert lede.sentence_at(lede.text.index("trois")) == 1


def test_sentence_split_is_linear_on_hostile_input():
    text = "." * 200000 + " A" + "M. " * 50000
    spans = split(text)
    assert spans[0][0] == 0 and spans[-1][1] == len(text.rstrip())


def test_html_lower_headings_are_headings_as_in_markdown():
    src = ("<html><body><h1>Titre</h1><p>Chapeau.</p><h4>Le bilan</h4><p>12 000 personnes.</p>"
           "<h6>En chiffres : 3 %</h6></body></html>")
    doc = parse(src, "a.html")
    assert [(b.kind, b.text) for b in doc.blocks] == [
        ("title", "Titre"), ("lede", "Chapeau."), ("heading", "Le bilan"),
        ("paragraph", "12 000 personnes."), ("heading", "En chiffres : 3 %")]
    md = parse("# Titre\n\nChapeau.\n\n#### Le bilan\n\n12 000 personnes.\n", "a.md")
    assert [b.kind for b in md.blocks] == ["title", "lede", "heading", "paragraph"]
    assert assert_offsets(doc)


def test_a_lone_carriage_return_separates_words_as_a_space():
    # an old Mac line end: no word glued to the next, offsets still one to one
    from numlint import document
    doc = document.parse("Titre\r\rLe club a payé\rtrente millions d'euros.\r", path="a.txt")
    text = " ".join(b.text for b in doc.blocks)
    assert "payé trente" in text and "payétrente" not in text
    doc = document.parse("Titre\r\n\r\nLe club a payé 30 euros.\r\n", path="a.txt")
    assert [b.text for b in doc.blocks] == ["Titre", "Le club a payé 30 euros."]
