"""Every figure that is not a date: numbers, ranges, qualifiers, percents, money, units, durations,
ordinals, fractions and approximate nouns, read from text where dates and masked spans are blanked.

The scanner (scanner.py) finds where a figure may start and the few tokens after it; the LALR
grammar (grammar/numbers.lark) gives them their shape. Shapes are few, so each token-type sequence
is parsed once and its reading cached: Lark costs nothing per figure after warm-up.
"""
from __future__ import annotations

import re

from numlint.figures import scanner, words
from numlint.figures.model import Figure, Numeral
from numlint.figures.scanner import Tok
from numlint.lazyre import lazy_re

_PARSER = None
_PLANS: dict[tuple[str, ...], dict | None] = {}
_MAX_PLANS = 4096


def parser():
    """The Lark LALR parser of grammar/numbers.lark, built once."""
    global _PARSER
    if _PARSER is None:
        from numlint.resources import grammar_file

        from lark import Lark, Token
        from lark.lexer import Lexer

        class _TypesLexer(Lexer):
            """The candidate is already tokenised: feed its types, with their index as value."""

            def __init__(self, conf):
                pass

            def lex(self, data):
                for i, t in enumerate(data):
                    yield Token(t, str(i))

        grammar = grammar_file("numbers.lark").read_text("utf-8")
        _PARSER = Lark(grammar, parser="lalr", lexer=_TypesLexer)
    return _PARSER


_SHIPPED: dict | None = None


def plan(types: tuple[str, ...]) -> dict | None:
    """The grammar's reading of one token-type sequence (cached), or None."""
    global _SHIPPED
    if types in _PLANS:
        return _PLANS[types]
    if _SHIPPED is None:                # Lark's readings computed ahead of time (plans.py)
        from numlint.figures import plans
        _SHIPPED = plans.load()
    result = _SHIPPED[types] if types in _SHIPPED else lark_plan(types)
    if len(_PLANS) < _MAX_PLANS:
        _PLANS[types] = result
    return result


def lark_plan(types: tuple[str, ...]) -> dict | None:
    """What the Lark parser of grammar/numbers.lark reads in one token-type sequence, or None."""
    from lark.exceptions import LarkError
    try:
        tree = parser().parse(list(types))
    except LarkError:
        return None
    return _plan_of(tree)


def _plan_of(tree) -> dict:
    from lark import Tree
    cur = None
    core = tree.children[-1]
    if tree.data == "money_prefix":
        cur = int(tree.children[0].value)
    form = core.data if isinstance(core, Tree) and core.data != "num" else "single"
    num_trees = [core] if form == "single" else [c for c in core.children if isinstance(c, Tree)]
    lead = [int(c.value) for c in core.children if not isinstance(c, Tree)] if form != "single" else []
    nums = []
    for nt in num_trees:
        p = {"num": int(nt.children[0].value), "scale": None, "shalf": False, "nhalf": False, "de": None,
             "unit": None, "uhalf": False}
        for part in nt.children[1:]:
            toks = [int(t.value) for t in part.children]
            types = [t.type for t in part.children]
            if part.data == "nhalf":
                p["nhalf"] = True
            elif part.data == "mult":
                p["scale"] = toks[0]
                p["shalf"] = "HALF" in types
            else:
                for i, t in zip(toks, types):
                    if t == "DE":
                        p["de"] = i
                    elif t == "HALF":
                        p["uhalf"] = True
                    else:
                        p["unit"] = i
        nums.append(p)
    return {"form": form, "cur": cur, "nums": nums, "lead": lead}


def find(text: str) -> list[Figure]:
    """Figures of `text` (dates and masked spans already blanked), offsets local to `text`."""
    out: list[Figure] = []
    pos = 0
    match = scanner.ANCHOR.match
    starts, runs = scanner.anchors(text)
    facts = scanner.block(text)
    # the words _DIGIT_APPROX and _BELOW_ZERO need: most blocks have none, and those regexes are
    # then not tried at each figure
    approx = facts.may_hold(("aine", "millier"))
    below = facts.may_hold(("dessous",))
    for s in starts:
        if s < pos:
            continue
        run_end = runs.get(s)          # a digit run's start: ANCHOR's (?P<digits>\d) matches
        digits = run_end is not None or text[s].isdecimal()
        if digits:
            try:
                fig, reach = _read_digits(text, s, run_end, approx)
            except (ValueError, OverflowError, ArithmeticError, IndexError, KeyError):
                fig, reach = None, s + 1
        else:
            m = match(text, s)
            if m is None:
                continue
            try:
                fig, reach = _read(text, m)
            except (ValueError, OverflowError, ArithmeticError, IndexError, KeyError):
                fig, reach = None, m.end()
        if fig is not None:
            kind = fig.kind
            if kind == "money":
                _subunit(text, fig)
            elif kind == "number" or kind == "quantity":
                _below_zero(text, fig, below)
            out.append(fig)
            pos = fig.end
        elif digits:
            pos = reach                # nothing else starts inside a digit run
    if len(out) > 1:
        _shared_scale(text, out)
        _compared_unit(text, out)
    return out


# « 210 millions d'euros, contre 240 millions l'an dernier », « 1 250 hectolitres, contre 2 600 en
# 2023 »: the unit is written once for the two sides of the comparison
# « 46,8 millions d'euros, après 41,2 millions l'exercice précédent »: « après » after a comma the same
_CONTRE = lazy_re(r"[ \u00a0\u202f]{0,2}(?:,?[ \u00a0\u202f]{1,2}contre|,[ \u00a0\u202f]{1,2}après)[ \u00a0\u202f]{1,2}")
_AFTER_COMPARED = lazy_re(r"[ \u00a0\u202f]{0,3}(?:$|[.,;:!?)»]|(?:l['’]|en|un|une|il|au|à|lors|pour|selon"
                             r"|dans|fin|début|mi-|avant|après|auparavant|précédemment|un an)\b)")


def _compared_unit(text: str, figs: list[Figure]) -> None:
    """A bare number right after « , contre » takes the unit of the figure it is compared with,
    when both are written alike (each with a scale word, or neither) and nothing named follows."""
    for i, (a, b) in enumerate(zip(figs, figs[1:])):
        if b.kind != "number" or b.unit is not None or b.is_range or b.value is None or not b.numerals \
                or a.kind not in ("money", "quantity", "percent") or a.unit is None or a.is_range \
                or not a.numerals or b.approx is not None and b.text[:1] == b.numerals[0].text[:1]:
            continue
        if _CONTRE.fullmatch(text, a.end, b.start) is None:
            continue
        if (a.numerals[-1].scale != 1) != (b.numerals[-1].scale != 1) or b.numerals[-1].words \
                or _AFTER_COMPARED.match(text, b.end) is None:
            continue
        scaled = b.numerals[-1].scale != 1
        if any(f.kind == "number" and f.unit is None and f.numerals and (f.numerals[-1].scale != 1) == scaled
               and _SENTENCE_END.search(text, f.end, a.start) is None for f in figs[:i]):
            continue                   # « 447 pièces, ces fûts de 228 litres, contre 630 »: which is compared?
        b.kind, b.unit = a.kind, a.unit


_SENTENCE_END = lazy_re(r"[.!?;]")


# « 2,1 des 8,2 milliards »: between a bare number and its whole (« 3 sur 12 » is a ratio)
_PART_OF_SCALED = lazy_re(r"[ \u00a0\u202f]{1,3}des[ \u00a0\u202f]{1,3}")


def _shared_scale(text: str, figs: list[Figure]) -> None:
    """A bare number right before « des » and a whole written with a scale word takes
    that scale, written once for both, as in « de 2 à 3 millions » (« 2,1 des 8,2 milliards »
    is 2,1 milliards)."""
    prev = figs[0]
    for fig in figs[1:]:
        a, prev = prev, fig
        if a.kind != "number" or a.unit is not None or a.approx is not None or a.is_range \
                or len(a.numerals) != 1 or fig.kind not in ("number", "money") or fig.is_range \
                or not fig.numerals or fig.text[:1] != fig.numerals[0].text[:1]:
            continue
        na, nb = a.numerals[0], fig.numerals[0]
        scale = nb.scale
        if na.scale != 1 or na.words or scale < 1e6 or a.value.__class__ not in (int, float) \
                or not 0 < a.value < 1000 or nb.words:
            continue
        if fig.start - a.end > 10 or _PART_OF_SCALED.fullmatch(text, a.end, fig.start) is None:
            continue
        a.value = _num(a.value * scale)
        a.tolerance *= scale
        na.scale = scale
        if fig.kind == "money":         # « 1,8 des 7,5 milliards d'euros »: the currency too
            a.kind, a.unit = "money", fig.unit


_SUB = lazy_re(
    r"[ \u00a0\u202f]{1,3}(?P<et>et[ \u00a0\u202f]{1,3})?(?:(?P<d>\d{1,2})(?!\d)|(?P<w>[^\W\d_]{2,12}(?:-[^\W\d_]{2,8}){0,2}))"
    r"(?:[ \u00a0\u202f]{1,3}(?P<sub>cents?|centimes?|pence)\b)?")
# after a bare "15 dollars 50": the sentence goes on with a price's complement, or ends
_SUB_END = lazy_re(r"[ \u00a0\u202f]{0,3}(?:$|[.,;:!?)]|(?:le|la|les|l['’]|par|pièce|chacun|chacune|HT|TTC)\b)")


def _subunit(text: str, fig: Figure) -> None:
    """'15 dollars 50', '1 USD et 23 cents', 'treize euros et quarante-cinq centimes': one amount."""
    units = scanner.units
    subs = units.SUBUNIT_OF.get(fig.unit or "")
    if not subs or fig.is_range or not isinstance(fig.value, int) or len(fig.numerals) != 1 \
            or fig.numerals[0].scale != 1 or fig.unit_text is None or fig.end <= fig.numerals[0].end:
        return
    m = _SUB.match(text, fig.end)
    if not m:
        return
    if m.group("d"):
        n, end = int(m.group("d")), m.end("d")
    else:
        found = scanner.spelled(text, m.start("w"), m.end("w"))
        if not found or found[1] != m.end("w"):
            return
        n, end = found[0], found[1]
    if not 0 < n < 100:
        return
    if m.group("sub"):
        sub = units.CURRENCY[m.group("sub").lower()]
        if sub not in subs:
            return
        end = m.end("sub")
    elif m.group("w") or (m.group("et") and len(m.group("d")) != 2) or not _SUB_END.match(text, end):
        return                         # "15 dollars et 3 euros", "10 euros 50 centimes" only spelled so
    fig.value = _num(fig.value + n / 100)
    fig.end = end
    fig.text = text[fig.start:end]
    fig.tolerance = 0.005


_BELOW_ZERO = lazy_re(r"[ \u00a0\u202f]{1,3}(?:en[ \u00a0\u202f-]{1,3}dessous|au-dessous)[ \u00a0\u202f]{1,3}de[ \u00a0\u202f]{1,3}z[ée]ro\b", re.I)


# after a word in lower case: « Lille - 10 degrés » is a headline's separator
_SPACED_MINUS = lazy_re(r"(?<![^\W\d_])[a-zà-ÿ][^\W\d_]{0,24}[ \u00a0\u202f]{1,2}([-−])[ \u00a0\u202f]$")


def _below_zero(text: str, fig: Figure, below: bool = True) -> None:
    """'10 degrés en dessous de zéro', '12 en dessous de zéro': a negative temperature. below False
    when the text has no « dessous »."""
    if fig.is_range or not isinstance(fig.value, (int, float)) or fig.value <= 0:
        return
    if fig.kind == "quantity" and fig.unit not in ("degree_Celsius", "degree_Fahrenheit"):
        return
    m = _BELOW_ZERO.match(text, fig.end) if below else None
    if not m:
        fs = fig.start
        # _SPACED_MINUS ends with a minus and a space at fs, or before a final newline
        sm = _SPACED_MINUS.search(text, max(0, fs - 32), fs) if fig.kind == "quantity" and fs >= 2 and (
            (text[fs - 2] in "-−" and text[fs - 1] in " \u00a0\u202f")
            or (fs >= 3 and text[fs - 1] == "\n" and text[fs - 3] in "-−" and text[fs - 2] in " \u00a0\u202f")) else None
        if sm:                         # « il fait - 20 degrés »: a spaced minus, after a word
            fig.value = -fig.value
            fig.start = sm.start(1)
            fig.text = text[fig.start:fig.end]
        elif fig.kind == "quantity" and fs >= 7 and text[fs - 2] in "sS \u00a0\u202f":
            _temperature_minus(text, fig)
        return
    fig.value = -fig.value
    if fig.kind == "number":
        fig.kind, fig.unit = "quantity", "degree_Celsius"
    fig.end = m.end()
    fig.text = text[fig.start:fig.end]


# « une température de moins 8 degrés », « entre moins 5 et moins 10 °C »: words _minus_word refuses
# before « moins » (« 3 degrés de moins », « 10 et moins 3 »), taken when a temperature follows
_TEMP_MINUS = lazy_re(r"([^\W_]{1,20})[ \u00a0\u202f]{1,2}(?i:de|et|ou)[ \u00a0\u202f]{1,2}$")
# « une baisse de moins 2 degrés », « a baissé de moins 2 degrés »: a change, maybe « less than »
_CHANGE_BEFORE_DE = {"hausse", "hausses", "baisse", "baisses", "recul", "chute", "augmentation",
                     "diminution", "réchauffement", "refroidissement", "écart", "différence",
                     "variation", "progression", "repli", "gain", "perte", "amplitude", "élévation",
                     "baissé", "augmenté", "chuté", "reculé", "grimpé", "monté", "diminué", "gagné",
                     "perdu", "progressé", "varié", "remonté", "plongé", "réchauffé", "refroidi"}
# a bare « degrés » is a temperature only with weather words before it in its sentence
_WEATHER = lazy_re(r"(?i:\b(?:températures?|thermomètres?|mercure|froid|gel|gelées?|glacial[es]?|météo"
                      r"|ressentie?s?|minimales?|maximales?|hiver|neige|nuits?|climat)\b)")


def _temperature_minus(text: str, fig: Figure) -> None:
    """« de moins 8 degrés Celsius »: the spelled minus of a temperature after « de », « et », « ou »."""
    fs = fig.start
    m = _MOINS.search(text, max(0, fs - 9), fs)
    if not m:
        return
    before = text[max(0, m.start() - 40):m.start()]
    before = before[before.rfind("\n") + 1:]
    w = _TEMP_MINUS.search(before)
    if not w or w.group(1).lower() in _CHANGE_BEFORE_DE:
        return
    unit_text = text[fs:fig.end].lower()
    if not any(c in unit_text for c in ("celsius", "fahrenheit", "°")):
        sent = text[max(0, fs - 200):fs]
        sent = sent[max(sent.rfind(". "), sent.rfind("\n")) + 1:]
        if not _WEATHER.search(sent):
            return
    fig.value = -fig.value
    fig.start = m.start()
    fig.text = text[fig.start:fig.end]


def _next_word(text: str, s: int) -> int:
    m = _WORD_END.match(text, s)
    return m.end() if m and m.end() > s else s + 1


_WORD_END = lazy_re(r"[^\W_]{1,64}")


# --- one anchor --------------------------------------------------------------------------------

_TITLES = lazy_re(r"(?i:\s+(?:ministre|secrétaire|league|dame|adjoint|magistrat|violon))")
_DEN = {"moitié": 2, "demi": 2, "tiers": 3, "quart": 4, "quarts": 4}


def _read_digits(text: str, s: int, run_end: int | None = None,
                 approx: bool = True) -> tuple[Figure | None, int]:
    """The figure of a digit run at s (ANCHOR's "digits"), or None, and how far it was read;
    run_end, when known, where the run (scanner._DIGITS) ends; approx False when the text has no
    word _DIGIT_APPROX needs."""
    if run_end is None:
        run_end = scanner._DIGITS.match(text, s).end()
    prev = text[s - 1] if s else " "
    if prev == ",":
        tok = scanner.leading_comma(text, s - 1)
        if tok is not None:
            return _figure(text, tok), tok.end
    if prev.isalpha():
        if not (text[max(0, s - 3):s] in _ISO_BEFORE and (s < 4 or not text[s - 4].isalpha())):
            return None, run_end       # "G7", "A380": names, not figures
    elif prev in "_.,%=&?/#" or (prev == "-" and s > 1 and text[s - 2].isalpha()):
        return None, run_end           # "Covid-19"
    am = _DIGIT_APPROX.match(text, s) if approx else None
    if am:
        return _digits_approx(text, am), am.end()
    tok = scanner.number_token(text, s, run_end)
    if tok is None:
        return None, run_end
    spaced = prev in " \u00a0\u202f"
    if spaced:                         # _NUMERO ends at "°", "o" or "s", then up to 3 spaces
        j = s - 1
        while j > 0 and s - j < 3 and text[j - 1] in " \u00a0\u202f":
            j -= 1
    else:
        j = s
    if j > 0 and text[j - 1] in _NUMERO_LAST and _NUMERO.search(text, max(0, s - 10), s):
        return None, tok.end           # "n° 3": a reference
    info = tok.info
    if spaced and j > 0 and "sign" not in info and (
            text[s - 2] in "sSſ" or (s > 2 and text[s - 2] in " \u00a0\u202f" and text[s - 3] in "sSſ")):
        _minus_word(text, tok)         # « moins » then 1 or 2 spaces: its test, without the call
        info = tok.info
    end = tok.end
    c = text[end:end + 1]
    if c and c in _ORD_FIRST:
        om = scanner._ORD_SUFFIX.match(text[end:end + 6])
        if om and info["group_sep"] is None and info["decimal_sep"] is None and "sign" not in info:
            return _ordinal(text, tok.start, end + om.end(), tok.value, [tok]), end + om.end()
    if c.isalpha():
        if not scanner.glued_unit(text, end):
            return None, end
        if (_NAME_AFTER.match(text[end:end + 6]) and c not in scanner.units.CASED and -10 < tok.value < 10
                and "decimals" in info and not info["decimals"]):
            return None, end           # "3M", "5G", "4G": a company, a network; "-1200K" is no small number
    return _figure(text, tok), end


def _read(text: str, m: re.Match) -> tuple[Figure | None, int]:
    kind = m.lastgroup
    s, e = m.start(), m.end()
    if kind == "digits":
        return _read_digits(text, s)
    if kind == "vulgar":
        if s and (text[s - 1].isalnum() or text[s - 1] in "/"):
            return None, e             # "2½": read with its digits or not at all
        v = _num(scanner.VULGAR[m.group()])
        info = {"value": v, "group_sep": None, "decimal_sep": None, "decimals": 0, "malformed": False,
                "fraction": True}
        return _figure(text, Tok("NUM", s, e, m.group(), v, None, info)), e
    if kind == "roman":
        return _roman(text, s, e), e
    if kind == "ordword":
        if _TITLES.match(text, e):
            return None, e
        n = words.ordinal_value(m.group())
        if n is None:
            return None, e
        return _ordinal(text, s, e, n, []), e
    if kind == "demi":
        fig, reach = _demi(text, s, e)
        if fig is None and "quart" in m.group().lower():
            fig = _fraction(text, s)   # "un quart de la population"
            reach = fig.end if fig else reach
        return _qualified(text, fig), reach
    if kind == "frac":
        fig = _qualified(text, _fraction(text, s))
        if fig is not None:
            return fig, fig.end
        if not m.group("fnum"):
            return None, e
        kind = "word"                  # "vingt-trois" in "vingt-trois cinquième…": read it plain
    if kind == "unsur":
        parts = m.group().split()
        den = parts[-1]
        n = int(den) if den.isdigit() else (words.UNITS.get(den.lower()) or words.TENS.get(den.lower())
                                            or {"cent": 100, "mille": 1000}.get(den.lower()))
        if not den.isdigit():
            found = scanner.spelled(text, e - len(den), len(text))
            if found and found[1] > e:
                n, e = found[0], found[1]      # "un sur cent vingt-cinq"
        if not n or n < 2:
            return None, e
        # the next word, not an elided one (« un électeur sur quatre s'est abstenu »)
        nxt = re.match(r"[ \u00a0\u202f]{1,3}([^\W\d_]{1,30})(?![^\W\d_]|['’])", text[e:e + 40])
        if text[e:e + 1].isalnum() or (nxt and nxt.group(1).endswith(("s", "x"))
                                       and nxt.group(1).lower() not in _VERBS_S):
            return None, e             # "un regard sur deux pays": "sur deux pays" is no share
        return Figure(text=text[s:e], start=s, end=e, kind="number", value=_num(1 / n),
                      numerals=[Numeral(text[s:e], s, e, _num(1 / n), words=True)]), e
    if kind == "vague":
        return _vague(text, m), e
    if kind == "lemillion":
        v = 10**6 if m.group().lower() == "million" else 10**9
        info = {"value": v, "words": True, "group_sep": None, "decimal_sep": None, "decimals": 0,
                "malformed": False, "last_scale": v}
        return _figure(text, Tok("NUM", s, e, m.group(), v, None, info)), e
    if kind == "un":
        info = {"value": 1, "words": True, "group_sep": None, "decimal_sep": None, "decimals": 0,
                "malformed": False}
        found = scanner.spelled(text, s, len(text))
        if found and found[2] > 1:
            tok = Tok("NUM", s, found[1], text[s:found[1]], found[0],
                      info=dict(info, value=found[0], last_scale=found[3]))
        else:
            tok = Tok("NUM", s, e, m.group(), 1, None, info)
        return _figure(text, tok), e
    if kind in ("word", "approx"):
        if kind == "word":
            ordm = _ORD_PHRASE.match(text, s)
            if ordm:
                n = words.ordinal_value(ordm.group().replace(" ", "-"))
                if n:
                    return _ordinal(text, s, ordm.end(), n, []), ordm.end()
            w = words.fold(m.group())
            before = text[max(0, s - 5):s].lower()
            if w in ("cent", "mille") and before.rstrip().endswith("pour"):
                return None, e
        if kind == "approx" and m.group()[:1].isdigit():
            return _digits_approx(text, m), e
        if kind == "approx":
            dm = _WORDS_APPROX.match(text, s)
            if dm:                     # "trois douzaines" -> 36, "deux centaines" -> 200
                v = words.UNITS[words.fold(dm.group(1))] * words.APPROX_NOUNS[words.fold(dm.group(2))]
                return Figure(text=dm.group(), start=s, end=dm.end(), kind="number", value=v,
                              approx=None if words.fold(dm.group(2)) == "douzaine" else "about",
                              numerals=[Numeral(dm.group(), s, dm.end(), v, words=True)]), dm.end()
        tok = scanner.word_number(text, s)
        if tok is None:
            return None, e
        if kind == "word" and text[s].isupper() and _capitalised_name(text, s, tok.end):
            return None, tok.end       # « les Vingt-Sept », « l'Europe à Quinze »: a name, no count
        if tok.info.get("approx_noun"):
            om = _VAGUE2.match(text, tok.end)
            if om:                     # « une dizaine de milliers »: about 10 000
                v = tok.value * _VAGUE_BASE[words.fold(om.group(1))]
                tok = Tok("NUM", s, om.end(), text[s:om.end()], v, None,
                          dict(tok.info, value=v, last_scale=_VAGUE_BASE[words.fold(om.group(1))]))
        vm = _VIRGULE.match(text, tok.end)
        if vm and not tok.info.get("approx_noun"):
            dec = _decimals_in_words(text, vm.end())
            if dec is not None:        # "trois virgule cinq", "deux cent virgule zéro cinq"
                digits, end = dec
                v = _num(tok.value + int(digits) / 10 ** len(digits))
                info = dict(tok.info, value=v, decimal_sep=",", decimals=len(digits))
                tok = Tok("NUM", s, end, text[s:end], v, None, info)
        if words.fold(tok.text) == "neuf" and not _plural_follows(text, tok.end):
            return None, tok.end       # "un bâtiment neuf"
        if words.fold(tok.text) in _BARE_PLURAL:
            return None, tok.end       # « au Cents », « des cents »: a plural with no multiplier is no number
        return _figure(text, tok), tok.end
    return None, e


def _capitalised_name(text: str, s: int, end: int) -> bool:
    """A number word written with a capital in mid-sentence, after a lower-case word and before
    one (« les Vingt-Sept débloquent », « l'Europe à Quinze »): the name of a group (member states,
    a club of countries), not a count. A title in Title Case (« et Deux Blessés ») capitalises the
    next word too, and stays a count."""
    if s < 2 or text[s - 1] not in " \u00a0\u202f" or not text[s - 2].islower():
        return False
    m = _NEXT_WORD_AT.match(text, end)
    return not (m and m.group(1)[:1].isupper())


_NEXT_WORD_AT = lazy_re(r"[ \u00a0\u202f]{1,3}([^\W\d_])")


# « cents » and « vingts » take their « s » only after a multiplier (« deux cents »): alone, a name
# (« le Cents », a quarter of Luxembourg) or the hundredths of a currency
_BARE_PLURAL = frozenset({"cents", "vingts"})
_DIGIT_APPROX = lazy_re(r"(?i:\d{1,3}[ \u00a0\u202f]{1,3}(?:douzaines?|dizaines|centaines|milliers)\b)")
_WORDS_APPROX = lazy_re(r"(?i:(deux|trois|quatre|cinq)[ \u00a0\u202f]{1,3}(douzaine|centaine|dizaine)s\b)")
_VIRGULE = lazy_re(r"(?i:[ \u00a0\u202f]{1,3}virgule[ \u00a0\u202f]{1,3})")
_ZERO = lazy_re(r"(?i:z[ée]ro[ \u00a0\u202f]{1,3})")


def _decimals_in_words(text: str, p: int) -> tuple[str, int] | None:
    """The digits after "virgule": "cinq" -> "5", "zéro cinq" -> "05", "cinquante-deux" -> "52"."""
    zeros = 0
    while zeros < 6:
        z = _ZERO.match(text, p)
        if not z:
            break
        zeros += 1
        p = z.end()
    found = scanner.spelled(text, p, len(text))
    if not found or found[0] <= 0:
        return None
    return "0" * zeros + str(found[0]), found[1]


_NAME_AFTER = lazy_re(r"[A-Z](?![^\W_])")
_ISO_BEFORE = {"EUR", "USD", "GBP", "CHF", "JPY"}
_NOT_A_FIGURE = Figure(text="", start=0, end=0, kind="number")
_CLOCK = lazy_re(r"(?i:\b(?:à|vers|dès|avant|après)[ \u00a0\u202f]{1,3})$")
_NUMERO = lazy_re(r"(?i:\b(?:n°|nº|no|numéro|numéros)[ \u00a0\u202f]{0,3})$")
# the last letters _NUMERO may end with (case folded as re does: "ſ" is an "s"), or a final
# newline, which "$" may stand before: a cheap gate before the search
_NUMERO_LAST = "°ºoOsSſ\n"
_ORD_FIRST = "eèirn"                   # the first letters of scanner._ORD_SUFFIX
_VERBS_S = {"sont", "ont", "dans", "des", "selon", "parmi", "aux", "disent", "estiment", "vis",
            "pensent", "jugent", "déclarent", "affirment", "vivent", "restent", "sous", "depuis", "plus",
            "moins", "pas", "toujours", "jamais", "souvent", "encore", "désormais", "dès", "vers"}
_ORD_PHRASE = lazy_re(r"(?i:(?:[a-zà-ÿ]{2,12}[- ]){1,5}[a-zà-ÿ]{2,12}i[eè]mes?\b)")


_MOINS = lazy_re(r"(?i:(?<![^\W\d_])moins[ \u00a0\u202f]{1,2})$")
# "au moins 3", "les moins 20 ans", "deux heures moins 5", "10 moins 3": no negative number
_NOT_BEFORE_MOINS = {"au", "le", "les", "la", "de", "du", "des", "pas", "en", "un", "une", "et", "ou",
                     "plus", "heure", "heures", "h", "midi", "minuit", "beaucoup", "bien", "rien",
                     "non", "ni", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf",
                     "dix", "onze", "douze", "vingt", "trente", "quarante", "cinquante", "soixante",
                     "cent", "mille", "fois", "coûte", "vaut", "vaux", "catégorie"}


def _minus_word(text: str, tok: Tok) -> None:
    """'moins 5 degrés', 'moins 1200000': the word for the minus sign, when nothing else explains it."""
    j = tok.start                      # called after a space: "moins" then 1 or 2 spaces
    while j > 0 and tok.start - j < 2 and text[j - 1] in " \u00a0\u202f":
        j -= 1
    if j == 0 or text[j - 1] not in "sSſ":
        return
    m = _MOINS.search(text, max(0, tok.start - 9), tok.start)
    if not m:
        return
    before = text[max(0, m.start() - 20):m.start()]
    before = before[before.rfind("\n") + 1:].rstrip()   # a line break ends what came before
    if before and (before[-1].isdigit() or before[-1] in "-–—"):
        return
    w = re.search(r"[^\W\d_]{1,20}['’]?$", before)
    if w and words.fold(w.group()).rstrip("'") in _NOT_BEFORE_MOINS:
        return
    tok.start = m.start()
    tok.value = -tok.value
    tok.info = dict(tok.info, value=tok.value, sign="moins")
    tok.text = text[tok.start:tok.end]


def _plural_follows(text: str, end: int) -> bool:
    m = re.compile(r"[ \u00a0\u202f]{1,3}([^\W\d_]{2,30})").match(text, end)
    if not m:
        return False
    w = m.group(1)
    if w.lower() in _VERBS_S or w.lower() in ("près", "après", "très", "lors", "hors", "parfois"):
        return False
    return w.endswith(("s", "x")) or scanner.units.lookup(w) is not None


def _figure(text: str, first: Tok) -> Figure | None:
    toks = scanner.tokens_after(text, first.end, first)
    fs = first.start
    back = scanner.back_context(text, fs) if scanner.may_have_context(text, fs) else None
    if back is None:
        if len(toks) == 1:
            return _plain(first)       # the common case: a bare number before a noun
        qual_kind = qual_start = lead = None
    else:
        g = back.groupdict()
        qual_kind = qual_start = lead = None
        if g["qual"]:
            qual_kind = "about" if g["about"] else "at_least" if g["at_least"] else "at_most"
            qual_start = back.start("qual")
        pre = g["pre"]
        if pre:
            w = words.fold(pre)
            lead = Tok("ENTRE" if w == "entre" else "DE", back.start("pre"), back.end("pre"), pre)
        elif g["cur"]:
            c = g["cur"]
            lead = Tok("CUR", back.start("cur"), back.end("cur"), c, 0.0, scanner.units.CURRENCY.get(c.lower()))
    types = tuple([t.type for t in toks])
    if lead is not None:
        seq = [lead] + toks
        for n, p in readings((lead.type,) + types):
            fig = _build(text, seq, n, p, qual_kind, qual_start)
            if fig is _NOT_A_FIGURE:
                return None
            if fig is not None:
                return fig
    got = _READINGS.get(types)
    for n, p in (readings(types) if got is None else got):
        fig = _build(text, toks, n, p, qual_kind, qual_start)
        if fig is _NOT_A_FIGURE:
            return None
        if fig is not None:
            return fig
    return None


_READINGS: dict[tuple[str, ...], list] = {}


def readings(types: tuple[str, ...]) -> list[tuple[int, tuple]]:
    """Every prefix of the candidate the grammar accepts, longest first (cached per shape), each
    reading in the compact form _build walks: (form, currency index, ((num, scale, scale half,
    number half, de, unit, unit half), ...))."""
    got = _READINGS.get(types)
    if got is None:
        got = [(n, _compact(p)) for n in range(len(types), 0, -1) if (p := plan(types[:n])) is not None]
        if len(_READINGS) < _MAX_PLANS:
            _READINGS[types] = got
    return got


def _compact(p: dict) -> tuple:
    return (p["form"], p["cur"], tuple((q["num"], q["scale"], q["shalf"], q["nhalf"], q["de"], q["unit"],
                                        q["uhalf"]) for q in p["nums"]))


def _plain(t: Tok) -> Figure:
    info = t.info
    v = t.value
    if v.__class__ is not int:
        v = _num(v)
    fig = Figure(t.text, t.start, t.end, "number", v, None, None, None, None,
                 [Numeral(t.text, t.start, t.end, v, bool(info.get("words")), info.get("group_sep"),
                          info.get("decimal_sep"), info.get("decimals", 0), bool(info.get("malformed")))],
                 scanner.tolerance_of(info))
    if info.get("approx_noun"):
        fig.approx = "about"
    return fig


_KIND_OF_UNIT = {"PCT": "percent", "CUR": "money", "DUR": "duration", "UNIT": "quantity"}
# « il est tombé de 15 à 25 cm selon les secteurs »: the impersonal « tomber » of snow or rain, then
# a spread over places or cases, not a change from one to the other (« selon les stations »,
# « selon les prévisions » may be a source: left out)
_FELL = lazy_re(r"(?i:\bil\s{1,3}(?:en\s{1,3})?(?:(?:est|était|sera)\s{1,3}(?:déjà\s{1,3})?tombé"
                   r"|tombera|tombait|tombe)\s{1,3}\Z)")
_SPREAD_AFTER = lazy_re(
    r"(?i:\s{0,3},?\s{0,3}(?:de\s{1,3}(?:neige|pluie)\s{1,3})?selon\s{1,3}les\s{1,3}"
    r"(?:arrondissements|quartiers|secteurs|régions|endroits|localités|communes|villes|villages"
    r"|zones|départements|provinces|cantons|municipalités|lieux|massifs|vallées"
    r"|versants|altitudes|cas)\b)")
_RANGE_KINDS = {"range_a": "de-a", "range_de": "de-a", "range_entre": "entre-et", "range_dash": "dash",
                "range_ou": "ou"}


def _build(text, toks, n_toks, p, qual_kind, qual_start) -> Figure | None:
    """The figure that reading `p` makes of toks[:n_toks], or None (or _NOT_A_FIGURE)."""
    form, cur_i, pnums = p
    nums = []                          # [token, value, scale, unit token, a half added]
    for num_i, scale_i, shalf, nhalf, de_i, unit_i, uhalf in pnums:
        t = toks[num_i]
        info = t.info
        scale = toks[scale_i].value if scale_i is not None else 1
        v = t.value * scale
        if nhalf:
            if scale_i is not None:
                return None
            v += 0.5 * info.get("last_scale", 1)
        if shalf:
            v += 0.5 * scale
        unit = toks[unit_i] if unit_i is not None else None
        if uhalf:
            if unit is None or unit.type != "DUR":
                return None
            v += 0.5
        if unit is not None and de_i is not None:
            if unit.type == "PCT":
                return None            # "12 de %" is nothing
            if (scale == 1 and not info.get("approx_noun") and info.get("last_scale", 1) == 1
                    and not (abs(t.value) >= 10**6 and t.value % 10**6 == 0)):
                return None            # "3 de jours": only scales and approximate nouns take "de"
        nums.append([t, v, scale, unit, shalf or uhalf or nhalf])
    cur = toks[cur_i] if cur_i is not None else None
    kind, unit_tok = "number", None
    if len(nums) == 2:
        a, b = nums
        a_info, b_info = a[0].info, b[0].info
        if a_info.get("vague") or b_info.get("vague"):
            return None
        if form == "ratio":
            if a[3] or b[3] or a[2] != 1 or b[2] != 1 or not (0 < a[1] < b[1]):
                return None
        # « de 2 à 3 millions », « de 1 390 à 1 460 millions »: the scale written once is both
        # ends'; not « de 800 000 à 1,2 million », whose low end is written in full
        if a[2] == 1 and b[2] != 1 and (abs(a[0].value) < 1000 or 0 <= a[0].value <= b[0].value):
            a[1] = a[0].value * b[2]
            a[2] = b[2]
        ua, ub = a[3], b[3]
        if ua and ub and (ua.type != ub.type or ua.unit != ub.unit):
            return None
        if ua and not ub:
            return None                # "5 % à 1,45 milliard": two figures, not a range
        unit_tok = ub or ua
        if form == "range_dash":
            if a_info.get("words") or b_info.get("words") or a[1] < 0 or b[1] < 0:
                return None
        if (form == "range_ou" or form == "range_dash") and not a[1] < b[1]:
            return None                # "30-25" is a score, "3 ou 2" no interval
        if form == "range_a" and b_info.get("words") and not a_info.get("words") and not a[1] < b[1]:
            return None                # "44 à deux points": a count, then the noun « à deux points »
        if form == "range_ou" and (a_info.get("words") != b_info.get("words")):
            return None
    else:
        unit_tok = nums[0][3]
    if unit_tok is not None:
        kind = _KIND_OF_UNIT[unit_tok.type]
    if cur is not None:
        if unit_tok is not None and unit_tok.type != "CUR":
            return None
        kind = "money"
    unit = (unit_tok.unit if unit_tok is not None else None) or (cur.unit if cur is not None else None)
    first_tok = toks[0]
    if (kind == "duration" and unit == "hour" and len(nums) == 1 and qual_kind is None
            and isinstance(nums[0][1], int) and nums[0][1] <= 24
            and _CLOCK.search(text, first_tok.start - 8 if first_tok.start > 8 else 0, first_tok.start)):
        return _NOT_A_FIGURE           # "à 20 heures", "vers 16 heures": a time of day, not a duration
    start = qual_start if qual_start is not None else first_tok.start
    end = toks[n_toks - 1].end
    fig = Figure(text[start:end], start, end, kind, None, None, None, qual_kind, unit)
    if first_tok.type == "CUR":
        fig.unit_text = first_tok.text
        fig.unit_space = text[first_tok.end:toks[1].start]
    elif unit_tok is not None:
        fig.unit_text = unit_tok.text
        u_start = unit_tok.start
        prev = None                    # the last token before the unit, "de" aside
        for t in toks[:n_toks]:
            if t.end <= u_start and t.type != "DE" and (prev is None or t.end > prev.end):
                prev = t
        if prev is None:
            raise ValueError("no token before the unit")
        gap = text[prev.end:u_start]
        fig.unit_space = gap if len(gap) <= 1 else None
    tol = 0.0
    numerals = fig.numerals
    tolerance_of = scanner.tolerance_of
    for t, v, scale, _, half in nums:
        info = t.info
        x = tolerance_of(info) * scale if not half else 0.0
        if x > tol:                    # max(tol, x)
            tol = x
        tv = t.value
        numerals.append(Numeral(t.text, t.start, t.end, tv if tv.__class__ is int else _num(tv),
                                bool(info.get("words")), info.get("group_sep"), info.get("decimal_sep"),
                                info.get("decimals", 0), bool(info.get("malformed")), scale))
        if info.get("approx_noun") and fig.approx is None:
            fig.approx = "about"
        if info.get("vague"):
            fig.low, fig.high = info["low"], info["high"]
            fig.range_kind = "vague"
            fig.approx = fig.approx or "about"
    fig.tolerance = tol
    if form == "ratio":
        fig.value = _num(nums[0][1] / nums[1][1])
    elif len(nums) == 2:
        fig.low, fig.high = _num(nums[0][1]), _num(nums[1][1])
        fig.range_kind = _RANGE_KINDS[form]
        if form == "range_de" and scanner.is_change(text, toks[0].start):
            fig.range_kind = "change"
            if _SPREAD_AFTER.match(text, end) and \
                    _FELL.search(text, max(0, toks[0].start - 40), toks[0].start):
                fig.cues = ("spread",)     # NUM101: a spread over places, not a change
    elif not nums[0][0].info.get("vague"):
        v = nums[0][1]
        fig.value = v if v.__class__ is int else _num(v)
    return fig


def _num(v):
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e15:
        return int(v)
    if isinstance(v, float):
        v = float(f"{v:.12g}")        # significant digits: "un billionième" is 1e-12, not 0
        return int(v) if v.is_integer() and abs(v) < 1e15 else v
    return v


def _ordinal(text, s, e, n, toks) -> Figure:
    num = Numeral(text[s:e], s, e, n, words=not toks)
    return Figure(text=text[s:e], start=s, end=e, kind="ordinal", value=n, numerals=[num])


_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def _roman(text, s, e) -> Figure | None:
    letters = re.match(r"[IVXLC]+", text[s:e]).group()
    total, prev = 0, 0
    for ch in reversed(letters):
        v = _ROMAN[ch]
        total = total - v if v < prev else total + v
        prev = max(prev, v)
    if not 0 < total < 200:
        return None
    return _ordinal(text, s, e, total, [])


def _fraction(text: str, s: int) -> Figure | None:
    """'la moitié', 'un tiers des', 'les deux tiers', 'trois quarts', 'un vingt-cinquième',
    'cent mille billionièmes', 'trois et un cinquième', 'cinq milliards et trois quarts'."""
    sp = _SPACE_RUN
    start = s
    m = _LES.match(text, s)
    if m:
        s = m.end()
    got = _frac_simple(text, s)
    if got is not None:
        val, e, den_end = got
        if start < s and not 0 < val < 1:
            return None
        return _fraction_figure(text, start, e, val, den_end)
    if start < s:
        return None
    # a whole number, "et", a fraction: "trois et un cinquième", "cinq milliards et trois quarts"
    found = scanner.spelled(text, s, len(text))
    if not found:
        return None
    whole, end, _, last_scale = found
    g = sp.match(text, end)
    if not g or not text.startswith("et", g.end()) or not sp.match(text, g.end() + 2):
        # "vingt et un cinquième": the spelled run took the fraction's "un"
        tail = _ET_UN.search(text, s, end)
        if tail is None or tail.end() != end:
            return None
        d = _den_at(text, sp.match(text, end).end()) if sp.match(text, end) else None
        inner = scanner.spelled(text, s, tail.start())
        if not d or d[1] or not inner or inner[1] != tail.start():
            return None
        whole, last_scale, den, den_end = inner[0], inner[3], d[0], d[2]
        val = whole + last_scale / den
    else:
        if _ENTRE.search(text, max(0, s - 8), s):
            return None                # "entre deux et trois quarts": a range, not 2,75
        got = _frac_simple(text, sp.match(text, g.end() + 2).end())
        if got is None:
            return None
        frac, _, den_end = got
        if not 0 < frac < 1 or _OF.match(text, den_end):
            return None                # "100 euros et trois quarts des recettes": two figures
        val = whole + frac * last_scale
    return _fraction_figure(text, s, den_end, val, den_end)


def _qualified(text: str, fig: Figure | None) -> Figure | None:
    """The qualifier before a fraction: « près de la moitié », « plus d'un tiers »."""
    if fig is None or fig.approx or not scanner.may_have_context(text, fig.start):
        return fig
    back = scanner.back_context(text, fig.start)
    if back is None or not back.group("qual") or back.group("pre"):
        return fig
    g = back.groupdict()
    fig.approx = "about" if g["about"] else "at_least" if g["at_least"] else "at_most"
    fig.start = back.start("qual")
    fig.text = text[fig.start:fig.end]
    return fig


def _demi(text: str, s: int, e: int) -> tuple[Figure | None, int]:
    """'un demi-million', 'une demi-heure', 'un demi-litre': half of what the next word names."""
    w = _WORD_END.match(text, e)
    if not w:
        return None, e
    noun = words.fold(w.group())
    half = 0.25 if "quart" in text[s:e].lower() else 0.5
    if noun in ("million", "milliard") and half == 0.5:
        v = words.SCALES[noun] // 2
        info = {"value": v, "words": True, "group_sep": None, "decimal_sep": None, "decimals": 0,
                "malformed": False, "last_scale": words.SCALES[noun]}
        return _figure(text, Tok("NUM", s, w.end(), text[s:w.end()], v, None, info)), w.end()
    if noun in ("douzaine", "dizaine", "centaine") and half == 0.5:
        v = words.APPROX_NOUNS[noun] // 2     # "une demi-douzaine": about six
        fig = Figure(text=text[s:w.end()], start=s, end=w.end(), kind="number", value=v, approx="about",
                     numerals=[Numeral(text[s:w.end()], s, w.end(), v, words=True)])
        return fig, w.end()
    hit = scanner.units.lookup(w.group())
    if not hit or hit[0] not in ("quantity", "duration") or len(w.group()) < 3:
        return None, e
    fig = Figure(text=text[s:w.end()], start=s, end=w.end(), kind=hit[0], value=half, unit=hit[1],
                 unit_text=w.group(), numerals=[Numeral(text[s:e], s, e, half, words=True)])
    return fig, w.end()


def _frac_simple(text: str, s: int) -> tuple[float, int, int] | None:
    """A numerator and a denominator at s: (value, end, end of the denominator) or None."""
    head = _WORD_END.match(text, s)
    if not head:
        return None
    hw = words.fold(head.group())
    if hw in ("la", "le"):
        num, end = 1, head.end()
    elif hw in ("un", "une"):
        num, end = 1, head.end()
    elif head.group().isdigit():
        if len(head.group()) > 1:
            return None
        num, end = int(head.group()), head.end()
    else:
        found = scanner.spelled(text, s, len(text))
        if not found:
            return None
        num, end = found[0], found[1]
    g = _SPACE_RUN.match(text, end)
    if not g:
        return None
    d = _den_at(text, g.end())
    if d is None:
        return None
    den, plural, e, den_w = d
    if den_w == "moitié":
        return (0.5, e, e) if hw in ("la", "une") else None
    if hw == "la" or not num or den < 2:
        return None
    if _FINALE.match(text, e):
        return None                    # "quart de finale", "huitièmes de finale": a round
    if num == 1:
        if plural and den_w != "tiers":
            return None
        follow = _FRAC_FOLLOW.match(text, e)
        if den_w not in ("quart", "demi") and (not follow or (den_w == "tiers" and not follow.group(1))):
            if not (den_w == "tiers" and _TIERS_BEFORE.search(text, max(0, s - 30), s)):
                return None            # "un tiers" (a third party), "un cinquième mandat" (ordinal)
        if den_w == "demi" and (hw != "un" or not follow):
            return None
    elif hw == "le" or (num >= den and den_w in ("tiers", "quarts")):
        return None                    # "en trois tiers" are three groups, a "quatre-quarts" a cake
    elif not plural and (_ET_UN.search(text, s, end) or (
            den_w.startswith(("cent", "mill", "billion"))
            and words.ordinal_value(words.fold(text[s:end]).replace(" ", "-") + "-" + den_w))):
        return None                    # "deux centième": an ordinal (200e); "vingt et un cinquième"
    # (but "cent mille billionième" is no ordinal: a fraction with its plural « s » forgotten)
    if den < 10 and words.fold(text[s:end]).replace("-", " ").split()[-1] in _TENS_WORDS:
        return None                    # "vingt cinquièmes": the 25th, hyphen forgotten
    return num / den, e, e


# what makes « un tiers » a share wherever it stands: « dont un tiers financé », « en baisse d'un
# tiers », « près d'un tiers » (not « le recours d'un tiers », « un tiers payant »)
_TIERS_BEFORE = lazy_re(
    r"(?i:\b(?:dont|soit|environ|quelque|presque|(?:près|plus|moins|autour|hausse|baisse|recul|chute"
    r"|augmentation|diminution|réduction|progression|repli|bond|réduite?s?|augmentée?s?|baissée?s?"
    r"|diminuée?s?|amputée?s?|chuté|reculé|progressé|grimpé|bondi)[ \u00a0\u202f]{1,3}d['’])"
    r"[ \u00a0\u202f]{0,3})\Z")
_DEN_AT = lazy_re(r"(?i:(?:moitié|demie?|tiers|quarts?|(?:[a-zà-ÿ]{2,12}[- ]){0,3}[a-zà-ÿ]{2,12}i[eè]mes?)(?![^\W_]))")
_TENS_WORDS = {"vingt", "trente", "quarante", "cinquante", "soixante", "septante", "huitante",
               "octante", "nonante"}
_OF = lazy_re(r"(?i:\s{1,3}(?:de|des|du)\b|\s{0,3}d['’])")
_FINALE = lazy_re(r"(?i:[ \u00a0\u202f]{1,3}de[ \u00a0\u202f]{1,3}finales?\b)")
_ET_UN = lazy_re(r"(?i:[ \u00a0\u202f-]et[ \u00a0\u202f-]une?)")
_ENTRE = lazy_re(r"(?i:\bentre[ \u00a0\u202f]{1,3})$")
_LES = lazy_re(r"(?i:les[ \u00a0\u202f]{1,3})")
_SPACE_RUN = lazy_re(r"[ \u00a0\u202f]{1,3}")


def _den_at(text: str, p: int) -> tuple[int, bool, int, str] | None:
    """A denominator word at p: (denominator, plural, end, folded word) or None."""
    m = _DEN_AT.match(text, p)
    if not m:
        return None
    w = words.fold(m.group())
    if w in ("demi", "demie"):
        return 2, False, m.end(), "demi"
    if w in _DEN:
        return _DEN[w], w in ("quarts", "tiers"), m.end(), w
    den = words.ordinal_value(w.replace(" ", "-"))
    if not den or den < 5:
        return None                    # "un deuxième", "un troisième": ordinals (halves are "demi")
    return den, w.endswith("s"), m.end(), w


def _fraction_figure(text: str, s: int, e: int, val: float, den_end: int) -> Figure:
    """The fraction, or the quantity it measures: 'un quart d'heure', 'trois quarts de litre'."""
    fig = Figure(text=text[s:e], start=s, end=e, kind="number", value=_num(val),
                 numerals=[Numeral(text[s:e], s, e, _num(val), words=True)])
    u = _OF_UNIT.match(text, den_end)
    if u:
        hit = scanner.units.lookup(u.group(1))
        if hit and hit[0] in ("quantity", "duration"):
            fig.kind, fig.unit = hit
            fig.unit_text = u.group(1)
            fig.end = u.end()
            fig.text = text[s:fig.end]
    return fig


_OF_UNIT = lazy_re(r"(?i:[ \u00a0\u202f]{1,3}d(?:e[ \u00a0\u202f]{1,3}|['’])([^\W\d_]{1,12})(?![^\W_]|['’-]))")


# what may follow "un cinquième" for it to be a fraction: the end of the sentence or of the line
# (short lines, one figure each), or "de": otherwise it is an ordinal ("un cinquième mandat")
_FRAC_FOLLOW = lazy_re(r"[ \t\u00a0\u202f]*(?:$|\n|[,.;:)!?]|\s*(d[e'’]|des|du)\b)")


_VAGUE_BASE = {"dizaines": 10, "centaines": 100, "milliers": 1000, "millions": 10**6, "milliards": 10**9}
_VAGUE2 = lazy_re(r"(?i:[ \u00a0\u202f]{1,3}de[ \u00a0\u202f]{1,3}(milliers|millions|milliards)\b)")


def _vague(text: str, m: re.Match) -> Figure | None:
    """'des milliers' has no value: it is read as the open interval it means (2 000 to 999 999)."""
    s, e = m.start(), m.end()
    noun = words.fold(m.group().split()[-1])
    base = _VAGUE_BASE[noun]
    m2 = _VAGUE2.match(text, e) if base < 1000 else None
    if m2:
        base *= _VAGUE_BASE[words.fold(m2.group(1))]
        e = m2.end()
    low = 2 * base
    if noun in ("dizaines", "centaines"):
        high = 10 * base - 1            # "des centaines": 200 to 999; "des dizaines de milliers": 20 000 to 99 999
    else:
        high = 1000 * base - 1          # "des milliers": 2 000 to 999 999
    fig = Figure(text=text[s:e], start=s, end=e, kind="number", low=low, high=high, approx="about",
                 range_kind="vague", numerals=[Numeral(text[s:e], s, e, base, words=True)])
    cm = re.compile(r"[ \u00a0\u202f]{1,3}d(?:e[ \u00a0\u202f]{1,3}|['’])(euros|dollars)\b", re.I).match(text, e)
    if cm:
        fig.kind, fig.unit = "money", {"euros": "EUR", "dollars": "USD"}[cm.group(1).lower()]
        fig.end = cm.end()
        fig.text = text[s:fig.end]
    return fig


def _digits_approx(text: str, m: re.Match) -> Figure | None:
    """'3 douzaines' -> 36."""
    s, e = m.start(), m.end()
    parts = m.group().split()
    noun = words.fold(parts[-1]).rstrip("s")
    if noun not in words.APPROX_NOUNS:
        return None
    v = int(parts[0]) * words.APPROX_NOUNS[noun]
    return Figure(text=text[s:e], start=s, end=e, kind="number", value=v,
                  numerals=[Numeral(text[s:e], s, e, v)])
