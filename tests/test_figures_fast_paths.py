"""The figures stage's fast paths (cheap gates, per-block offset maps) give exactly what the
plain computation gives."""
import pytest

import numlint.figures as figures
from numlint.document.model import Block
from numlint.figures import scanner


def _back_plain(text, start):
    """back_context without the first-letters gate: _BACK tried at every word before."""
    for q in scanner._word_starts_before(text, start, 5):
        m = scanner._BACK.match(text, q, start)
        if m and m.end() == start and m.end() > m.start():
            return m
    return None


PHRASES = ["environ", "près de", "Près d'", "quelque", "presque", "pratiquement", "quasiment",
           "autour de", "approximativement", "à peu près", "À peu près", "aux alentours de",
           "de l'ordre de", "grosso modo", "un peu plus de", "un peu moins d’", "pas moins de",
           "plus de", "PLUS DE", "plus que", "au moins", "au minimum", "au-dessus de", "au-delà de",
           "dès", "supérieurs à", "minimum", "pas plus de", "moins de", "moins que", "au plus",
           "tout au plus", "en-dessous de", "en dessous de", "jusqu'à", "jusqu’à", "au maximum",
           "maximum", "inférieure à", "de", "d'", "entre", "€", "$", "£", "US$", "$US", "CHF", "usd",
           "EUR", "GBP", "soit", "la hausse de", "ſoit plus de", "İnférieur à", "compte"]


@pytest.mark.parametrize("phrase", PHRASES)
@pytest.mark.parametrize("lead", ["", "Le budget atteint ", "Ils étaient "])
def test_back_context_gate_reads_what_the_plain_search_reads(phrase, lead):
    text = f"{lead}{phrase} 12 000 personnes"
    start = text.index("12")
    got, want = scanner.back_context(text, start), _back_plain(text, start)
    assert (got is None) == (want is None)
    if want is not None:
        assert got.span() == want.span() and got.groupdict() == want.groupdict()


def test_qualifier_is_read_through_the_gate():
    text = "La préfecture compte près de 12 000 manifestants."
    m = scanner.back_context(text, text.index("12"))
    assert m is not None and m.group("about") == "près de" and m.group("pre") is None


@pytest.mark.parametrize("size,seg_start", [(0, 0), (1, 5), (30, 0), (30, 117)])
def test_span_map_of_one_segment_is_file_span(size, seg_start):
    block = Block("paragraph", "x" * size, [(0, seg_start)])
    span = figures._span_map(block)
    for s in range(size + 3):
        for e in range(size + 3):
            assert span(s, e) == figures._file_span(block, s, e)


def test_sentence_map_is_sentence_at():
    block = Block("paragraph", "Une phrase. Deux phrases. Trois.", [(0, 0)],
                  sentences=[(0, 11), (12, 25), (26, 32)])
    sentence = figures._sentence_map(block)
    assert [sentence(i) for i in range(33)] == [block.sentence_at(i) for i in range(33)]


# pieces the look-behind meets: qualifiers, signs, apostrophes, separators, odd letters
_BEHIND = ["plus", "de", "d'", "au moins", "US$", "$", "€", "²", "½", "-", "'", "’", "\u00a0",
           "\u202f", "\u2009", "\n", "(", ",", "5", "_", "ſ", "İ", "Ⅻ", "km²", "jusqu’à", " ", "  ",
           "a", "é", "environ", "quelque"]


def _may_have_context_plain(text, start):
    """may_have_context with the last separator found by one rfind per separator."""
    j = start
    while j > 0 and start - j < 3 and text[j - 1] in scanner._SPACES:
        j -= 1
    if j == 0:
        return False
    if text[j - 1] in "€$£¥'’":
        return True
    lo = j - 24 if j > 24 else 0
    seg = text[lo:j]
    k = max(map(seg.rfind, scanner._CONTEXT_SEPS))
    if seg[k + 1:].lower() in scanner._CONTEXT_LAST:
        return True
    k += lo
    return k >= 0 and text[k] in "'’"


def test_the_last_word_found_on_the_reversed_window_is_the_last_separator_s():
    import random
    r = random.Random(11)
    for _ in range(20000):
        text = "".join(r.choice(_BEHIND) for _ in range(r.randint(0, 40))) + " 12 000"
        start = len(text) - 6
        assert scanner.may_have_context(text, start) == _may_have_context_plain(text, start), text


# Sentences where the gated regexes (_DIGIT_APPROX, _BELOW_ZERO, _SPACED_MINUS) must fire, in
# plain and odd cases (« ſ », « ı », « İ » that re.I folds but lower() does not), and some where
# they must not.
GATED = ["Il a acheté 3 douzaines d'œufs et 2 DOUZAINES de roses.",
         "Des 12 centaines de candidats, 4 milliers ont réussi.",
         "Il a fait 10 degrés en dessous de zéro, puis 12 au-dessous de zéro.",
         "Cette nuit, 8 EN DESSOUS DE ZÉRO à Mende.",
         "Il fait - 20 degrés à Moscou, et -\u00a015 °C ailleurs.",
         "Il fait -\n20 degrés à Oslo.", "Il gèle - \n20 degrés à Oslo.",
         "On compte 3 douzaıneſ d'huîtres et 7 DIZAİNES de moules.",
         "Il fait 5 degrés en deſſous de zéro.",
         "Le budget atteint 2,9 millions d'euros, contre 4,1 millions l'an dernier.",
         "Le chantier, long de 55 km, durera 4 mois ; 12 000 personnes sont concernées."]


@pytest.mark.parametrize("text", GATED)
def test_gates_per_block_read_what_the_ungated_reader_reads(text, monkeypatch):
    from numlint.figures import numbers
    got = numbers.find(text)
    monkeypatch.setattr(scanner._Block, "may_hold", lambda self, parts: True)
    scanner._LAST[0] = scanner._Block("")
    want = numbers.find(text)
    assert [repr(f) for f in got] == [repr(f) for f in want]


def test_may_hold_is_false_only_when_lower_folds_as_re_does():
    assert not scanner._Block("Il fait 3 degrés.").may_hold(("dessous",))
    assert scanner._Block("EN DESSOUS").may_hold(("dessous",))
    assert scanner._Block("en deſſous").may_hold(("dessous",))      # « ſ »: re.I reads an « s »
    assert scanner._Block("DİZAINES").may_hold(("zzz",))           # « İ »: lower() adds a character


@pytest.mark.parametrize("source,fmt", [
    ("# Titre : 12 000 élèves\n\nLe budget atteint 2,9 millions d'euros. Puis 4 km en 3 heures.\n\n"
     "Une phrase. De 30 à 40 %. Enfin, 1.200 kilos le 3 mars 2024.\n", "md"),
    ("<p>Il a couru 42,195 km.</p><p>Le <b>prix</b> : 15 € pour 2 places, soit 7,5 € chacune.</p>",
     "html"),
    ("Il a plu 30 mm.\nPuis 12 °C au matin, 3 ou 4 fois par jour.\n", "txt")])
def test_extract_places_figures_as_file_span_and_sentence_at(source, fmt):
    """figures.extract's inline offsets and sentences equal Block.file_offset / sentence_at."""
    from numlint import document
    doc = document.parse(source, f"x.{fmt}", fmt)
    got = figures.extract(doc).figures
    want = []
    for block in doc.blocks:
        figs, _ = figures.extract_text(block.text)
        for fig in figs:
            for num in fig.numerals:
                num.start, num.end = figures._file_span(block, num.start, num.end)
            figures._to_file(block, fig)
            want.append(fig)
    assert got and [(f.start, f.end, f.sentence, [(n.start, n.end) for n in f.numerals]) for f in got] \
        == [(f.start, f.end, f.sentence, [(n.start, n.end) for n in f.numerals]) for f in want]
    assert all(source[f.start:f.end] == f.text for f in got if fmt != "html" or "<" not in f.text)


def _blank_plain(text, spans):
    chars = list(text)
    for s, e in spans:
        for i in range(s, e):
            if not chars[i].isspace():
                chars[i] = "_"
    return "".join(chars)


@pytest.mark.parametrize("text, spans", [
    ("Le 12\u00a0juillet 2025, 3 000 personnes", [(3, 20)]),
    ("né en 1950 à Lyon, au 12 rue de la Paix", [(6, 10), (22, 24)]),
    ("tél. 01 23 45 67 89\tou 20h30", [(5, 19), (23, 28)]),
    ("a\u202fb\u2009c\nd", [(0, 7)]),
    ("rien à masquer", []),
    ("deux spans qui se touchent", [(0, 4), (4, 10), (11, 14)]),
])
def test_blank_by_slices_is_the_character_loop(text, spans):
    got = figures._blank(text, spans)
    assert got == _blank_plain(text, spans) and len(got) == len(text)


@pytest.mark.parametrize("text", [
    "l'Airbus A380 et le G7", "la RN7, l'A-7 et l'ABCDEFGH12", "Covid-19, COVID-19 et b-12",
    "aB12 puis A-B-1 et A1B2", "L'article L. 1234-5", "US$ 25, 25.000, 3,5 et « A 12 »",
    "É12 et Ω7 ne sont pas ASCII", "fin-2024 et Mi-2024", "",
])
def test_code_candidates_from_the_runs_are_the_capital_scan(text):
    from numlint.figures import masking
    want = [m.start() for m in masking._CODE_START.finditer(text)]
    assert masking._candidates(text).get("code", []) == want


@pytest.mark.parametrize("text", ["trois\u00a0sur dix", "un\u202fsur cinq", "la\u2009moitié", "une\u00a0dizaine"])
def test_anchor_literals_see_narrow_spaces_as_spaces(text):
    b = scanner._Block(text)
    plain = scanner._Block(text.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2009", " "))
    assert b.hits == plain.hits and b.hits
