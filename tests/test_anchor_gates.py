"""The cheap gates of the figures stage (anchor starts, block facts, masking's word before a run,
the dates' « premier » test) give exactly what the plain computation gives."""
import re

import pytest

from numlint.figures import dates, masking, scanner

SENTENCES = [
    "Le quart des habitants vit en centre-ville, soit près de deux tiers de moins qu'en 1990.",
    "Des dizaines de bénévoles ont nettoyé la plage ; quelques centaines de kilos de déchets.",
    "Le deuxième tour aura lieu dimanche, le vingt-et-unième jour du mois.",
    "Au XIXe siècle, le IIe Empire comptait un député sur dix issu de la noblesse.",
    "Un\u00a0sur\u00a0trois a voté ; les trois quarts des votants sont des femmes.",
    "Le\u2009quart de la somme, une demi-heure plus tard, un et demi pour cent.",
    "La moitié du budget, la première tranche, le centième anniversaire, les 3 cinquièmes.",
    "Sur place, les secours dénoncent un problème de moyens depuis une semaine.",
    "LES DEUX TIERS DU PERSONNEL, SOIT MILLE DEUX CENTS AGENTS, SONT EN GRÈVE.",
    "Il a reçu ½ part, puis ¾ du reste ; deux millions d'euros et un penny.",
    "Pluſieurs dizaines, une douzaıne, le premıer, l'İle aux quatre-vingts moulins.",
    "Une petite centaine de personnes, une bonne vingtaine, des milliers de manifestants.",
]


def _plain_starts(text):
    """anchor_starts as first written: every literal found by str.find, digit runs, roman
    numerals and vulgar fractions by one scan, no filter."""
    low = text.lower()
    if len(low) != len(text):
        low = text.translate(scanner._LOWER)
    starts = {m.start() for m in re.finditer(
        "|".join(p.pattern for p in (scanner._RUN, scanner._ROMAN_AT, scanner._VULGAR_AT)), text)}
    for lit in scanner._LITERALS:
        i = low.find(lit)
        while i != -1:
            j = i if lit[0] != " " else i + 1
            k = j
            while k > 0 and j - k < 40 and (low[k - 1].isalpha() or low[k - 1] == "-"):
                k -= 1
            starts.add(k)
            for _ in range(3):
                q = k
                while q > 0 and k - q < 4 and low[q - 1] in " \u00a0\u202f'’":
                    q -= 1
                if q == k:
                    break
                k2 = q
                while k2 > 0 and q - k2 < 25 and low[k2 - 1].isalpha():
                    k2 -= 1
                if k2 == q:
                    break
                starts.add(k2)
                k = k2
            i = low.find(lit, i + 1)
    return sorted(starts)


@pytest.mark.parametrize("text", SENTENCES)
def test_anchor_starts_where_anchor_matches_are_the_plain_ones(text):
    match = scanner.ANCHOR.match
    got = [s for s in scanner.anchor_starts(text) if match(text, s)]
    want = [s for s in _plain_starts(text) if match(text, s)]
    assert got == want
    assert bool(got) == ("problème" not in text)    # one sentence of plain prose, no figure


@pytest.mark.parametrize("text", SENTENCES)
def test_start_filter_keeps_every_place_anchor_matches(text):
    low = text.lower()
    for p in range(len(text) + 1):
        if scanner.ANCHOR.match(text, p):
            assert scanner._MAY_ANCHOR.match(text, p), (p, text[p:p + 20])
            if len(low) == len(text) and "ı" not in text and "ſ" not in text:
                assert scanner._MAY_LOW.match(low, p) or (
                    text[p] in "IVXLC" and scanner._MAY_ROMAN.match(text, p)), (p, text[p:p + 20])


def test_start_filter_drops_plain_prose():
    text = "Le maire a défendu son projet sur place, au centre-ville, malgré le problème."
    assert [s for s in scanner.anchor_starts(text)] == []


@pytest.mark.parametrize("text, digit", [
    ("trois enfants", False), ("3 enfants", True), ("élèves : 12", True), ("٣ enfants", True),
    ("l’école ferme", False), ("x² + y²", False), ("", False)])
def test_block_digit_is_re_digit(text, digit):
    assert scanner._has_digit(text) is digit
    assert (re.search(r"\d", text) is not None) is digit


@pytest.mark.parametrize("text", SENTENCES)
def test_block_hits_are_every_literal_found_by_find(text):
    b = scanner._Block(text)
    low = re.sub("[\u00a0\u202f\u2009]", " ", b.alow)    # a literal's space is any of ANCHOR's
    want = set()
    for lit in scanner._LITERALS:
        i = low.find(lit)
        while i != -1:
            want.add(i if lit[0] != " " else i + 1)
            i = low.find(lit, i + 1)
    assert b.hits == sorted(want)


def test_block_facts_are_kept_for_the_same_string_only():
    a = "Deux mille personnes"
    b = "".join(["Deux mille ", "personnes"])
    assert scanner.block(a) is scanner.block(a)
    assert scanner.block(b) is not scanner.block(a) and scanner.block(b).text is b


@pytest.mark.parametrize("text", [
    "selon l'article 49.3 de la Constitution", "le n° 12 de la rue", "voir p. 45 et pp. 3-4",
    "à x² 3 mètres", "l’autoroute A1 puis la N 118", "au 12 bis rue Carnot", "de 1 à 3 fois",
    "12", " 12", "élu en 2019"])
def test_token_before_reversed_is_the_walk(text):
    rev = text[::-1]
    for i in range(len(text) + 1):
        assert masking._token_before(text, i, rev) == masking._token_before(text, i)


@pytest.mark.parametrize("word", ["premier", "PREMIER", "Premier", "premıer", "PREMİER", "prémier",
                                  "premie", "le premier-né"])
def test_premier_test_is_the_search(word):
    text = f"Il est arrivé {word} dans la course"
    low = text.lower()
    want = dates._MAY_TEXT_DATE.search(text) is not None
    assert dates._has_premier(text, low, len(low) == len(text)) is want


# The literals are written with a plain space; ANCHOR takes any of _SP there. A block set with
# no-break or thin spaces must give the figures the plain spaces give (« un sur 10 » was read 10).
@pytest.mark.parametrize("text", [
    "Un sur 10 des lycéens interrogés dit avoir déjà renoncé à un repas.",
    "Elle boit une tasse de café avant chaque audience.",
    "Le billet coûte une yen de plus depuis lundi.",
    "Le contrat est signé pour un ans, renouvelable.",
    "Une petite centaine de riverains ont signé la pétition.",
])
@pytest.mark.parametrize("space", ["\u00a0", "\u202f", "\u2009"])
def test_figures_are_the_same_with_any_space(text, space):
    from numlint.figures import extract_text

    def figs(t):
        return [(f.start, f.end, f.kind, f.value, f.unit) for f in extract_text(t)[0]]

    plain = figs(text)
    assert plain                       # each sentence holds a figure led by a literal with a space
    assert figs(text.replace(" ", space)) == plain
