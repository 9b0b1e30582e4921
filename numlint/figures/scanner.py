"""Linear-time scanning: where a figure may start (anchors), and the short run of tokens after it.

Every pattern is a flat alternation or a bounded repetition, so a hostile input (10 000 digits,
"1.1.1…" × 10⁵) costs time proportional to its length. The grammar (numbers.lark) only ever sees
the few tokens of one candidate.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from numlint.figures import units, words
from numlint.lazyre import lazy_re

MAX_TOKENS = 12           # tokens read after an anchor: a figure never needs more
MAX_DIGITS = 24           # beyond this a digit string is not a quantity anyone writes
_SP = "[ \u00a0\u202f\u2009]"

_NUMWORDS = ("zéro|zero|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|"
             "quatorze|quinze|seize|vingts?|trente|quarante|cinquante|soixante|septante|huitante|"
             "octante|nonante|cents?|mille|millions?|milliards?|billions?|et")
_APPROX = "|".join(words.APPROX_NOUNS)
_VAGUE = "dizaines|centaines|milliers|millions|milliards"
_FRAC_NUM = "la|le|[1-9]|(?P<fnum>(?:" + _NUMWORDS + ")(?:[- ](?:" + _NUMWORDS + ")){0,6})"
_FRAC_DEN = ("moitié|tiers|quarts?|demie?|(?:[a-zà-ÿ]{2,12}[- ]){0,3}[a-zà-ÿ]{2,12}i[eè]mes?")
_HALF_NOUNS = "an|jour|mois|heure|semaine|siècle|minute"

# Where a figure may start. Order matters: longer readings first.
ANCHOR = lazy_re(
    r"(?P<digits>\d)"
    rf"|(?i:(?P<vague>\b(?:des|quelques|plusieurs){_SP}+(?:{_VAGUE})\b))"
    rf"|(?i:(?P<approx>\b(?:une?|quelques|plusieurs|\d{{1,3}}|deux|trois|quatre|cinq){_SP}+(?:(?:petite|bonne){_SP}+)?(?:{_APPROX})s?\b))"
    rf"|(?i:(?P<demi>\b(?:une?{_SP}{{1,3}})?(?:demie?[- ]|quart{_SP}{{1,3}}d(?:e{_SP}{{1,3}}|['’]))(?=[^\W\d_])))"
    rf"|(?i:(?P<frac>\b(?:les{_SP}+)?(?:{_FRAC_NUM}){_SP}+(?:{_FRAC_DEN})\b))"
    rf"|(?i:(?P<unsur>\bune?{_SP}+(?:(?:[^\W\d_]{{2,20}}{_SP}+){{1,2}}(?:(?:de|du|des){_SP}+[^\W\d_]{{2,20}}{_SP}+|d['’][^\W\d_]{{2,20}}{_SP}+)?)?sur{_SP}+(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|cent|mille|[1-9]\d{{0,2}})\b))"
    rf"|(?i:(?P<un>\bune?(?={_SP}+(?:millions?|milliards?|billions?|penny|centime|et{_SP}+demie?|(?:{_HALF_NOUNS}){_SP}+et{_SP}+demie?)\b)"
    # no article takes a plural (« un ans ») or the wrong gender (« une yen »); « une tasse » is a measure
    rf"|\bune?(?={_SP}(?:ans|tasse)\b(?![-'’]))|\bune(?={_SP}(?-i:dollar|yen|yuan|rouble|franc)\b(?![-'’]))))"
    r"|(?i:(?P<word>\b(?:zéro|zero|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|"
    r"quatorze|quinze|seize|vingts?|trente|quarante|cinquante|soixante|septante|huitante|octante|"
    r"nonante|cents?|mille|mil)\b))"
    r"|(?P<vulgar>[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞])"
    # « dépasse le million de tonnes », « le cap du milliard d'euros »: one million, one billion
    rf"|(?i:(?:(?<=\ble )|(?<=\bdu )|(?<=\bau )|(?<=\ble\u00a0)|(?<=\bdu\u00a0))"
    rf"(?P<lemillion>milli(?:on|ard))(?={_SP}{{1,3}}d(?:e\b|['’])))"
    r"|(?P<roman>\b(?=[IVXLC]{0,7}[IVX])[IVXLC]{1,8}(?:e|ème|er)\b)"
    r"|(?i:(?P<ordword>\b(?:premier|première|premiere|second|tierce|[a-zà-ÿ]{2,12}(?:-(?:et-)?[a-zà-ÿ]{2,12}){0,3}i[eè]mes?)\b))"
)

_DIGITS = lazy_re(r"\d+(?:(?:[.,'’]|" + _SP + r"(?=\d{3}(?!\d)))\d+)*")
_ORD_SUFFIX = lazy_re(r"(?:ème|eme|ième|ieme|ère|ere|er|re|nde|nd|e)s?(?![^\W_])")
_GAP = lazy_re(_SP + "{0,3}")

# Qualifiers read backwards from the first number: the figure's text starts at them.
_QUALIFIERS = [
    ("about", r"environ|près\s+d(?:e|['’])|quelque|presque|pratiquement|quasiment|autour\s+d(?:e|['’])|"
              r"approximativement|à\s+peu\s+près|aux\s+alentours\s+d(?:e|['’])|"
              r"de\s+l['’]ordre\s+d(?:e|['’])|grosso\s+modo|un\s+peu\s+(?:plus|moins)\s+d(?:e|['’])"),
    ("at_least", r"pas\s+moins\s+d(?:e|['’])|plus\s+d(?:e|['’])|plus\s+que|au\s+moins|au\s+minimum|"
                 r"au-dessus\s+d(?:e|['’])|"
                 r"au-delà\s+d(?:e|['’])|dès|supérieure?s?\s+à|minimum"),
    ("at_most", r"pas\s+plus\s+d(?:e|['’])|moins\s+d(?:e|['’])|moins\s+que|au\s+plus|tout\s+au\s+plus|"
                r"en[- ]dessous\s+d(?:e|['’])|"
                r"jusqu['’]à|au\s+maximum|maximum|inférieure?s?\s+à"),
]
_BACK = lazy_re(
    r"(?i:(?:\b(?P<qual>" + "|".join(f"(?P<{k}>{p})" for k, p in _QUALIFIERS) + r")\s{0,3})?"
    r"(?:\b(?P<pre>de|d['’]|entre)\s{0,3}|(?P<cur>€|\$|£|¥|US\$|\$US|CHF|USD|EUR|GBP)" + _SP + r"?)?)$"
)
# How _BACK's alternatives begin, lower-cased (1, 2 or 3 characters written before any space): a
# word starting otherwise cannot start a match, and _BACK is not tried there. Only for text whose
# lower() folds as re does (ASCII, French letters); anything else is tried.
_BACK_P3 = {"env", "prè", "que", "pre", "pra", "qua", "aut", "app", "aux", "gro", "pas", "plu", "dès",
            "sup", "min", "moi", "tou", "jus", "max", "inf", "ent", "us$", "chf", "usd", "eur", "gbp"}
_BACK_P2 = {"de", "d'", "d’", "un", "au", "en"}
_BACK_P1 = {"à", "€", "$", "£", "¥"}
_ODD_CASE = lazy_re("[^\x00-\x7fàâäçéèêëîïôöùûüÿœæÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸŒÆ’€£¥\u00a0\u202f\u2009«»–—]")
_CHANGE = lazy_re(
    r"(?i:\b(?:pass[ée]e?s?|passant|passer|grimp\w{0,4}|chut\w{0,4}|augment\w{0,4}|baiss\w{0,4}|"
    r"recul\w{0,4}|progress\w{0,4}|évolu\w{0,4}|diminu\w{0,4}|tomb\w{0,4}|bondi\w{0,2}|"
    r"mont[ée]e?s?|grossi\w{0,2}|r[ée]dui\w{0,3}|hausse|baisse)\s{1,3})$"
)


# Where to try ANCHOR: literal look-ups are C-speed; ANCHOR.match then runs only at these places.
_LOWER = str.maketrans({c: c.lower() for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZÀÂÄÆÇÉÈÊËÎÏÔÖŒÙÛÜŸ"
                        if len(c.lower()) == 1})
_LITERALS = ("zéro", "zero", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
             "onze", "douze", "treize", "quatorze", "quinze", "seize", "vingt", "trente", "quarante",
             "cinquante", "soixante", "septante", "huitante", "octante", "nonante", "cent", "mille",
             "million", "milliard", "billion", "aine", "millier", "moitié", "tiers", "quart", "ième", "ieme",
             "ème", "premi", "second", "tierce", "demi", " sur ", "mil ", "penny", "un ans", "une tasse",
             "une dollar", "une yen", "une yuan", "une rouble", "une franc")
VULGAR = {"½": 1 / 2, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 1 / 4, "¾": 3 / 4, "⅕": 1 / 5, "⅖": 2 / 5,
          "⅗": 3 / 5, "⅘": 4 / 5, "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 1 / 8, "⅜": 3 / 8, "⅝": 5 / 8, "⅞": 7 / 8}
_VULGAR_AT = lazy_re("[" + "".join(VULGAR) + "]")
# [IVXLC]{1,8}, written so that its first character is a plain class: sre then skips ahead to
# the next capital I V X L C instead of trying the pattern at every position
_ROMAN_AT = lazy_re(r"[IVXLC][IVXLC]{0,7}(?:e|ème|er)\b")
# \d+…, written \d\d*… for the same reason
_RUN = lazy_re(r"\d\d*(?:(?:[.,'’]|" + _SP + r"(?=\d{3}(?!\d)))\d+)*")
_DIGIT = lazy_re(r"\d")

# The literals are found in two ways, both exact. Those holding a letter rare in French prose are
# found by one scan for that letter, each candidate checked in place by look-arounds (a scan for
# « x » finds « deux », « six », « dix », « soixante »); the others (made of common letters only)
# by str.find. One alternation of all the literals would stop at three letters out of four.
_RARE = "zxqhfgbyècpm"


def _literal_table() -> tuple[dict[str, tuple[tuple[int, str], ...]], tuple[str, ...]]:
    table: dict[str, list[tuple[int, str]]] = {}
    plain = []
    for lit in _LITERALS:
        c = next((c for c in _RARE if c in lit), None)
        if c is None:
            plain.append(lit)
        else:
            table.setdefault(c, []).append((lit.index(c), lit))
    return {c: tuple(v) for c, v in table.items()}, tuple(plain)


_BY_RARE, _PLAIN_LITERALS = _literal_table()
_RARE_AT = lazy_re("|".join(
    re.escape(c) + "(?:" + "|".join(
        (f"(?<={re.escape(lit[:off + 1])})" if off else "")
        + (f"(?={re.escape(lit[off + 1:])})" if off + 1 < len(lit) else "")
        for off, lit in items) + ")"
    for c, items in _BY_RARE.items()))


class _Block:
    """What the figures stage asks of one block more than once (dates, masking, anchors): its
    lowered copy, whether it holds a digit, where the anchor literals start. Kept for the last
    block only, found by identity (the text numbers.find reads is the block's own string when
    nothing was blanked)."""
    __slots__ = ("text", "_low", "_digit", "_alow", "_hits", "_re_case")

    def __init__(self, text: str) -> None:
        self.text = text
        self._low = self._digit = self._alow = self._hits = self._re_case = None

    def may_hold(self, parts: tuple[str, ...]) -> bool:
        """Whether a re.I pattern needing one of `parts` (lower case) may match in the text: False
        only when none is in the lowered text and lower() folds as re.I does (it does but for
        « ı », « ſ » and « İ », which re.I takes for « i » and « s »)."""
        if self._re_case is None:
            t = self.text
            self._re_case = self.alow is self.low and "ı" not in t and "ſ" not in t
        if not self._re_case:
            return True
        low = self.low
        for w in parts:
            if w in low:
                return True
        return False

    @property
    def low(self) -> str:
        """text.lower()"""
        if self._low is None:
            self._low = self.text.lower()
        return self._low

    @property
    def digit(self) -> bool:
        """Whether the text holds a digit (re's \\d)."""
        if self._digit is None:
            self._digit = _has_digit(self.text)
        return self._digit

    @property
    def alow(self) -> str:
        """The lowered text the anchor literals are looked for in, offsets the text's."""
        if self._alow is None:
            low = self.low
            self._alow = low if len(low) == len(self.text) else self.text.translate(_LOWER)
        return self._alow

    @property
    def hits(self) -> list[int]:
        """Where an anchor literal starts in alow (« sur » for « \u00a0sur\u00a0 »), each once."""
        if self._hits is None:
            low = self.alow
            if not low.isascii() and ("\u00a0" in low or "\u202f" in low or "\u2009" in low):
                # the literals' spaces stand for ANCHOR's _SP; three replace() calls, not
                # translate(), whose per-character dict look-up costs 100 times more
                low = low.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2009", " ")
            hits = set()
            for m in _RARE_AT.finditer(low):
                a = m.start()
                for off, lit in _BY_RARE[low[a]]:
                    if a >= off and low.startswith(lit, a - off):
                        hits.add(a - off)
            find = low.find
            for lit in _PLAIN_LITERALS:
                i = find(lit)
                while i != -1:
                    hits.add(i if lit[0] != " " else i + 1)
                    i = find(lit, i + 1)
            self._hits = sorted(hits)
        return self._hits


def _has_digit(t: str) -> bool:
    """_DIGIT.search(t) is not None, by C-speed look-ups for the common case: Latin-1 has no
    decimal digit but 0-9 (the others start at U+0660)."""
    if ("0" in t or "1" in t or "2" in t or "3" in t or "4" in t or "5" in t or "6" in t
            or "7" in t or "8" in t or "9" in t):
        return True
    if t.isascii():
        return False
    try:
        t.encode("latin-1")
    except UnicodeEncodeError:
        return _DIGIT.search(t) is not None
    return False


_LAST = [_Block("")]


def block(text: str) -> _Block:
    """The shared facts of `text` (the last block asked about is kept)."""
    b = _LAST[0]
    if b.text is not text:
        b = _LAST[0] = _Block(text)
    return b


# What ANCHOR needs at a start, cheaply: each alternative of ANCHOR matches only where this does
# (digits, vulgar fractions, roman numerals alike; the first word of every spelled reading, with
# \b; « des », « le », « la », « les » only before what they can introduce). Prose gives the
# anchors many starts that are none (« Le maire », « sur place », « du centre-ville »): ANCHOR,
# ten times dearer, is then not tried there.
_FIRST_WORDS = ("quelques|plusieurs|une?|et|" + _NUMWORDS.replace("|et", "")
                + "|mil|demie?|quarts?|premier|première|premiere|second|tierce")
_MAY_WORDS = (
    rf"\b(?:(?:{_FIRST_WORDS})\b"
    rf"|des{_SP}+(?:{_VAGUE})\b"
    rf"|l[ae]{_SP}+(?:moitié|tiers|quart|demi|[a-zà-ÿ][a-zà-ÿ -]{{0,50}}?i[eè]me)"
    rf"|les{_SP}+(?:l[ae]\b|[1-9]|(?:{_NUMWORDS})\b)"
    r"|[a-zà-ÿ][a-zà-ÿ-]{0,60}?i[eè]me)")
_MAY_ROMAN = lazy_re(r"\b(?=[IVXLC]{0,7}[IVX])")
_MAY_ANCHOR = lazy_re(r"\d|[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞]|" + _MAY_ROMAN.pattern + "|(?i:" + _MAY_WORDS + ")")
# The same on the lowered text, without re.I (several times cheaper): re.I and lower() agree on
# every letter these patterns name, on \w and on spaces, except for « ı » and « ſ » (and « İ »,
# which lower() makes two characters); a block holding one is read by _MAY_ANCHOR.
_MAY_LOW = lazy_re(r"\d|[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞]|" + _MAY_WORDS)


def anchor_starts(text: str) -> list[int]:
    """Sorted places where a figure may begin (each is then checked with ANCHOR.match)."""
    return anchors(text)[0]


def anchors(text: str) -> tuple[list[int], dict[int, int]]:
    """anchor_starts, and where each digit run found on the way ends (start -> end): the reader
    takes a run from there instead of matching it again."""
    b = block(text)
    starts = {m.start() for m in _ROMAN_AT.finditer(text)}
    # digit runs and vulgar fractions pass _MAY_ANCHOR's first alternatives: no check for them
    runs = {m.start(): m.end() for m in _RUN.finditer(text)} if b.digit else {}
    sure = None
    if not text.isascii():
        for c in VULGAR:
            if c in text:
                sure = [m.start() for m in _VULGAR_AT.finditer(text)]
                break
    low = b.alow
    done = set()
    for j in b.hits:
        # back to the word's start, then to the one or two words before (« une petite centaine »)
        k = j
        while k > 0 and j - k < 40 and (low[k - 1].isalpha() or low[k - 1] == "-"):
            k -= 1
        if k in done:
            continue                   # the words before depend on k alone
        done.add(k)
        starts.add(k)
        # « une ligne de bus sur trois »: a ratio's noun may take a complement, four words back
        for _ in range(4 if low.startswith("sur", j) else 3):
            q = k
            while q > 0 and k - q < 4 and low[q - 1] in " \u00a0\u202f\u2009'’":
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
    if runs:
        starts.difference_update(runs)
    if low is not b.low or "ı" in text or "ſ" in text:
        may = _MAY_ANCHOR.match
        kept = [s for s in starts if may(text, s)]
    else:
        may, roman = _MAY_LOW.match, _MAY_ROMAN.match
        kept = [s for s in starts if may(low, s) or (text[s] in "IVXLC" and roman(text, s))]
    if runs:
        kept += runs
    if sure:
        kept += sure
    kept = sorted(set(kept)) if sure else sorted(kept)
    return kept, runs


_SCALE_WORDS = {"mille": 1e3, "million": 1e6, "millions": 1e6, "milliard": 1e9, "milliards": 1e9,
                "billion": 1e12, "billions": 1e12, "k": 1e3, "md": 1e9, "mds": 1e9, "mrd": 1e9,
                "mrds": 1e9, "m": 1e6}
_CONN = {"à": "A", "dizaines": "", "centaines": "", "entre": "ENTRE", "et": "ET", "ou": "OU", "sur": "SUR", "de": "DE", "d'": "DE",
         "d’": "DE", "des": "DE", "du": "DE"}


@dataclass(slots=True)
class Tok:
    type: str                 # grammar terminal: NUM SCALE HALF CUR UNIT DUR PCT DE A ENTRE ET OU DASH SUR
    start: int
    end: int
    text: str
    value: float = 0.0        # NUM: the value; SCALE: the factor
    unit: str | None = None   # CUR/UNIT/DUR/PCT: canonical name
    info: dict = field(default_factory=dict)   # NUM: how it was written


_DIGITS_READ: dict[str, dict | None] = {}


def read_digits(s: str) -> dict | None:
    """How a digit string is written and what it is worth; None if it is no quantity."""
    got = _digits_info(s)
    return None if got is None else dict(got)     # callers change their copy (sign, exponent)


def _digits_info(s: str) -> dict | None:
    """read_digits without the copy: the shared reading, which number_token copies before any change."""
    got = _DIGITS_READ.get(s, False)
    if got is False:
        got = _read_digits(s)
        if len(_DIGITS_READ) < 8192:
            _DIGITS_READ[s] = got
    return got


def _read_digits(s: str) -> dict | None:
    if s.isdigit():
        if len(s) > MAX_DIGITS:
            return None
        return {"group_sep": None, "decimal_sep": None, "decimals": 0, "malformed": False, "value": int(s)}
    groups, seps, cur = [], [], []
    for ch in s:
        if ch.isdigit():
            cur.append(ch)
        else:
            groups.append("".join(cur))
            seps.append(ch)
            cur = []
    groups.append("".join(cur))
    if sum(len(g) for g in groups) > MAX_DIGITS or len(groups) > 8:
        return None
    info = {"group_sep": None, "decimal_sep": None, "decimals": 0, "malformed": False}
    if not seps:
        info["value"] = int(s)
        return info
    spaces = [c for c in seps if c in " \u00a0\u202f\u2009"]
    kinds = set(seps) - set(spaces)
    # decimal part: a final comma
    frac = None
    if seps[-1] == "," and "," not in seps[:-1]:
        frac = groups[-1]
        groups, seps = groups[:-1], seps[:-1]
        kinds.discard(",")
    int_ok = all(len(g) == 3 for g in groups[1:]) and 1 <= len(groups[0]) <= 3
    if spaces and kinds:
        return None                    # "1 234.5": no one writes that
    if not seps:
        pass
    elif spaces:
        if not int_ok:
            return None
        info["group_sep"] = spaces[0]
    elif kinds == {"."}:
        if int_ok:
            info["group_sep"] = "."
        elif len(seps) == 1 and frac is None:
            # a decimal point (NUM103), or a typo when the "decimals" look like a lost group
            frac, groups = groups[1], groups[:1]
            info["decimal_sep"] = "."
            info["decimals"] = len(frac)
            info["malformed"] = len(frac) >= 4 or frac == "00"
            info["value"] = float(groups[0] + "." + frac)
            return info
        elif len(groups[-1]) == 3 and frac is None and len(groups) <= 4:
            info["group_sep"] = "."
            info["malformed"] = True   # "250.00.000"
        else:
            return None                # "1.1.1": a version or a reference, not a figure
    elif kinds <= {"'", "’"} and len(kinds) == 1:
        if not int_ok:
            return None
        info["group_sep"] = seps[0]
    elif kinds == {","} and frac is None:
        if len(seps) == 1 and len(groups[1]) == 3 and "." in s:
            pass
        return None                    # "1,2,3"
    elif kinds == {",", "."} and s.index(",") < s.index("."):
        # "1,234.5": English writing; read it so, but it is malformed in French
        head, _, tail = s.partition(".")
        parts = head.split(",")
        if not (all(len(g) == 3 for g in parts[1:]) and 1 <= len(parts[0]) <= 3):
            return None
        info.update(group_sep=",", decimal_sep=".", decimals=len(tail), malformed=True,
                    value=float(head.replace(",", "") + "." + tail))
        return info
    else:
        return None
    digits = "".join(groups)
    if frac is not None:
        info["decimal_sep"] = ","
        info["decimals"] = len(frac)
        info["value"] = float(digits + "." + frac) if frac else int(digits)
    else:
        info["value"] = int(digits)
    return info


def tolerance_of(info: dict) -> float:
    """Half the last unit the writing admits: "157" → 0.5, "30.000" → 500, "3,5" → 0.05."""
    if info.get("words") or info.get("approx_noun") or info.get("fraction"):
        return 0.0
    if info["decimals"]:
        return 0.5 * 10 ** -info["decimals"]
    v = int(abs(info["value"]))
    z = 0
    while v and v % 10 == 0 and z < 15:
        v //= 10
        z += 1
    return 0.5 * 10 ** (3 * (z // 3))


def spelled(text: str, pos: int, limit: int) -> tuple[int, int, int] | None:
    """A spelled-out cardinal starting at pos: (value, end, number of words) or None."""
    card = words.Cardinal()
    best = None
    i, n = pos, 0
    word_re = _WORD
    while i < limit and n < 16:
        m = word_re.match(text, i)
        if not m:
            break
        w = words.fold(m.group())
        if not card.push(w):
            break
        n += 1
        if card.complete:
            best = (card.value, m.end(), n, card.scale if card.last == "scale" else 1)
        j = m.end()
        sep = _WORDSEP.match(text, j)
        if not sep:
            break
        i = sep.end()
    return best


_WORD = lazy_re(r"[^\W\d_]{1,20}")
_WORDSEP = lazy_re(r"-|" + _SP + r"{1,3}")


# the last word of every qualifier, of "de"/"entre", and the currency signs: anything else before
# a number means there is no context to read (the common case, decided without a regex)
_CONTEXT_LAST = {"environ", "de", "d'", "d’", "quelque", "presque", "pratiquement", "quasiment",
                 "approximativement", "près", "modo", "moins", "plus", "dès", "à", "minimum",
                 "maximum", "entre", "€", "$", "£", "¥", "chf", "usd", "eur", "gbp", "us$", "$us",
                 "jusqu'à", "jusqu’à", "que"}


_CONTEXT_SEPS = (" ", "\u00a0", "\u202f", "\n", "(", "'", "’")


def may_have_context(text: str, start: int) -> bool:
    j = start
    while j > 0 and start - j < 3 and text[j - 1] in _SPACES:
        j -= 1
    if j == 0:
        return False
    if text[j - 1] in "€$£¥'’":
        return True
    lo = j - 24 if j > 24 else 0
    seg = text[lo:j]
    k = len(seg) - 1 - _NO_SEP.match(seg[::-1]).end()   # the last separator, -1 if none
    if seg[k + 1:].lower() in _CONTEXT_LAST:
        return True
    k += lo
    return k >= 0 and text[k] in "'’"


_NO_SEP = lazy_re("[^" + "".join(_CONTEXT_SEPS) + "]*")


def back_context(text: str, start: int) -> re.Match | None:
    """Qualifier, "de"/"entre" or a currency sign just before a number (the leftmost, longest one)."""
    for q in _elided(text, _word_starts_before(text, start, 5)):
        head = text[q:q + 3]
        low = head.lower()
        if (low not in _BACK_P3 and low[:2] not in _BACK_P2 and low[:1] not in _BACK_P1
                and (head.isascii() or _ODD_CASE.search(head) is None)):
            continue                   # no qualifier, "de"/"entre" or currency starts here
        m = _BACK.match(text, q, start)
        if m and m.end() == start and m.end() > m.start():
            return m
    return None


def _elided(text: str, starts: list[int]) -> list[int]:
    """Each word start, and after a « d' » the word it elides to: « d'au moins 100 », « d'environ 3 % »
    carry the qualifier of « au moins », « environ »."""
    out = []
    for q in starts:
        out.append(q)
        if text[q + 1:q + 2] in ("'", "’") and text[q:q + 1] in "dD" and text[q + 2:q + 3].isalpha():
            out.append(q + 2)
    return out


def _word_starts_before(text: str, start: int, n: int) -> list[int]:
    """Starts of the n words (or signs) before `start`, farthest first; bounded look-back."""
    out = []
    k = start
    lo = start - 60 if start > 60 else 0
    while len(out) < n and k > lo:
        q = k
        while q > lo and text[q - 1] in " \u00a0\u202f\u2009":
            q -= 1
        if q == lo:
            break
        k2 = q
        if text[q - 1] in "€$£¥":
            k2 = q - 1
        else:
            while k2 > lo and (text[k2 - 1].isalpha() or text[k2 - 1] in "'’-$"):
                k2 -= 1
        if k2 == q:
            break
        out.append(k2)
        k = k2
    return out[::-1]


def is_change(text: str, start: int) -> bool:
    """Is "de X à Y" at start told as a change? The verb right before it ("passé de"), or a verb
    or noun of change earlier in the clause ("Ecolo s'effondre, de 13 à 3 sièges")."""
    lo = max(0, start - 40)
    if _CHANGE.search(text, lo, start) is not None:
        return True
    window = text[max(0, start - 80):start]
    cut = max(window.rfind(c) for c in ".!?;")
    return _CHANGE_IN_CLAUSE.search(window, cut + 1) is not None


_CHANGE_IN_CLAUSE = lazy_re(
    r"(?i:\b(?:pass[ée]e?s?|passant|grimp|chut|augment|baiss|recul|progress|évolu|diminu|tomb|"
    r"bondi|grossi|r[ée]dui|hausse|effondr|écroul|perd|perte|gagn|fond|dégringol|plong|envol|"
    r"régress|repli|remont|redescend|gliss|s'érod|érosion|rechut|déviss|"
    # the verbs of a cut made by someone (« ramener la ration … de 2 100 à 1 400 »)
    r"ramen|abaiss|amput|descend|coupé|couper|coupant|rabot|sabré|sabrer|allégé|alléger|rétréci|révis)\w{0,6})"
)


_WORDTOK = lazy_re(r"[^\s\d.,;:!?()\[\]«»\"“”/]{1,30}(?:/[^\s\d.,;:!?()\[\]«»\"“”/]{1,6})?")
_SPACES = " \u00a0\u202f\u2009"
_TYPES = {"percent": "PCT", "money": "CUR", "duration": "DUR", "quantity": "UNIT"}
_SCALECUR = lazy_re(r"(k|K|M|Md|Mds|Mrd|Mrds)(€|\$|£)")
_UNIT_KEYS: dict[str, tuple[str, str]] = {}
_MAX_UNIT_WORDS = 4
# Maghreb abbreviations that carry their scale: « 62 100 MD » millions de dinars (Tunisia),
# « 850 MDH » millions de dirhams, « 12 MMDH » milliards (Morocco): (scale letters, scale,
# currency): the dinar of « MD » is Tunisia's, as a bare « dinars » (units.CURRENCY)
_SCALED_ABBR = {"MD": (1, 1e6, "TND"), "MDT": (1, 1e6, "TND"), "MDH": (1, 1e6, "MAD"),
                "MMDH": (2, 1e9, "MAD")}
# « 300 DA », « 2 milliards de DA », « 45 DT »: the dinar's two letters, money only right after an
# amount (a number, its scale, « de » after a scale); elsewhere « DA », « DT » are initials
_DINAR_ABBR = {"DA": "DZD", "DT": "TND"}


def _unit_keys() -> dict[str, tuple[str, str]]:
    """Every written unit, lowercased, with and without accents -> (terminal, canonical name)."""
    if not _UNIT_KEYS:
        for k in list(units.QUANTITY) + list(units.DURATION) + list(units.CURRENCY) + list(units.PERCENT):
            if " " in k:
                _MULTI_FIRST.add(k.split()[0])
                _MULTI_FIRST.add(words.strip_accents(k.split()[0]))
        _MULTI_FIRST.update({"et", "k", "m", "md", "mds", "mrd", "mrds", "pour"})
        for kind, table in (("quantity", units.QUANTITY), ("duration", units.DURATION),
                            ("money", units.CURRENCY), ("percent", units.PERCENT)):
            for k, v in table.items():
                _UNIT_KEYS.setdefault(k, (_TYPES[kind], v))
                _UNIT_KEYS.setdefault(words.strip_accents(k), (_TYPES[kind], v))
    return _UNIT_KEYS


def _words_at(text: str, p: int, n: int) -> list[tuple[str, int]]:
    """Up to n words from p, separated by at most three spaces: (word, end)."""
    out = []
    i, size = p, len(text)
    while len(out) < n:
        m = _WORDTOK.match(text, i)
        if not m:
            break
        out.append((m.group(), m.end()))
        j = m.end()
        k = j
        while k < size and k - j < 3 and text[k] in _SPACES:
            k += 1
        if k == j or k >= size:
            break
        i = k
    return out


_PLAIN_OK = {"et", "à", "entre", "ou", "sur", "de", "des", "du", "pour", "point", "points", "k",
             "mille", "million", "millions", "milliard", "milliards", "billion", "billions", "md",
             "mds", "mrd", "mrds", "une", "un", "quelques", "plusieurs", "dizaines", "centaines",
             "mdt", "mdh", "mmdh"}
_MULTI_FIRST: set[str] = set()


_WORD_INFO: dict[str, tuple] = {}


def _word_info(w0: str, keys: dict) -> tuple:
    """(lowered word, how, cut, unit): how is 1 if the word may start a multi-word unit, 0 if it
    ends the figure, 2 otherwise; cut the length of the scale glued to a currency sign ("M€"),
    else 0; unit what it names alone, as (1, (terminal, name)), or None. The tables are fixed, so
    the answer is cached per word (bounded)."""
    got = _WORD_INFO.get(w0)
    if got is None:
        low0 = w0.lower().replace("’", "'")
        sc = _SCALECUR.fullmatch(w0)
        if low0 in _MULTI_FIRST:
            how = 1
        elif (low0 not in keys and low0 not in _PLAIN_OK and low0.split("-")[0] not in words.NUMBER_WORDS
              and not low0.startswith("d'") and w0 not in units.CASED and not sc):
            how = 0
        else:
            how = 2
        if w0 in units.CASED:
            found = (1, ("UNIT", units.CASED[w0]))
        elif w0.isupper() and len(w0) <= 2 and w0.isalpha():
            found = None               # "M", "T": initials in prose
        else:
            hit = keys.get(low0)
            found = (1, hit) if hit and (w0 == low0 or low0 not in units.LOWER_ONLY) else None
        got = (low0, how, len(sc.group(1)) if sc else 0, found)
        if len(_WORD_INFO) < 8192:
            _WORD_INFO[w0] = got
    return got


# The token sequences grammar/numbers.lark may still complete, after whatever lead back_context
# finds (none, CUR, DE, ENTRE): num ((A|DASH|OU|SUR|ET) num)?, num = NUM HALF? (SCALE HALF?)?
# (DE? unit HALF?)?. State: the place in the first num (1-7), 8 after the connector, 11-17 the
# second num. A token with no move here ends every reading: nothing after it is worth cutting.
# tests/test_numbers.py checks this table against Lark's parser.
_UNITS_T = ("CUR", "UNIT", "DUR", "PCT")
_TIME_ADJ = frozenset({"derniers", "dernières", "prochains", "prochaines", "premiers", "premières"})
_CONNECTORS = ("A", "DASH", "OU", "SUR", "ET")


def _viable_table() -> dict[int, dict[str, int]]:
    num = {1: {"HALF": 2, "SCALE": 3, "DE": 5}, 2: {"SCALE": 3, "DE": 5}, 3: {"HALF": 4, "DE": 5},
           4: {"DE": 5}, 5: {}, 6: {"HALF": 7}, 7: {}}
    for st in (1, 2, 3, 4, 5):
        num[st].update(dict.fromkeys(_UNITS_T, 6))
    table = {}
    for st, moves in num.items():
        table[st] = dict(moves)
        table[st + 10] = {t: v + 10 for t, v in moves.items()}
        if st != 5:
            table[st].update(dict.fromkeys(_CONNECTORS, 8))
    table[8] = {"NUM": 11}
    return table


VIABLE = _viable_table()


def tokens_after(text: str, pos: int, first: Tok | None = None) -> list[Tok]:
    """The short run of figure tokens from pos on; stops at the first word that is none, or at the
    first token no grammar reading can take (« de 1 à de 1 à … » cuts 2 tokens, not 12)."""
    out: list[Tok] = [first] if first else []
    n = len(text)
    keys = _UNIT_KEYS or _unit_keys()
    word_at = _WORDTOK.match
    info_of = _WORD_INFO.get
    spaces = _SPACES
    state = 1 if first is not None and first.type == "NUM" else 0
    checked = 1
    most = MAX_TOKENS
    while len(out) < most and pos < n:
        if state and checked < len(out):
            while checked < len(out):
                state = VIABLE[state].get(out[checked].type, 0)
                if not state:
                    break
                checked += 1
            if not state and checked >= 2:
                del out[checked:]      # the readings are the same without the rest
                break                  # (one token alone is _figure's bare number: never cut to it)
        p = pos
        while p < n and p - pos < 3 and text[p] in spaces:
            p += 1
        if p >= n:
            break
        c = text[p]
        last = out[-1].type if out else None
        if c.isdecimal():          # what \d matches: not « ² »
            if last in ("NUM", "UNIT", "DUR", "PCT", "CUR"):
                break                  # two numbers in a row are two figures ("2 000 3 000")
            tok = number_token(text, p)
            if tok is None:
                break
            out.append(tok)
            pos = tok.end
            continue
        if c in "-–—":
            hu = units.hyphen_unit(text, p) if c == "-" and last == "NUM" and out[-1].end == p else None
            if hu is not None:         # « 2,5-km », « trois-tonnes »: the unit, not a range
                out.append(Tok("UNIT", p + 1, hu[0], text[p + 1:hu[0]], unit=hu[1]))
                pos = hu[0]
                continue
            out.append(Tok("DASH", p, p + 1, c))
            pos = p + 1
            continue
        wm = word_at(text, p)          # _words_at(text, p, 1), without the call
        if not wm:
            break
        w0 = wm.group()
        low0, how, cut, found = info_of(w0) or _word_info(w0, keys)
        if last == "NUM" and low0 in _TIME_ADJ:
            # « les dix dernières minutes », « les trois prochains jours »: a span, its unit after
            # the adjective
            q = wm.end()
            while q < n and q - wm.end() < 3 and text[q] in spaces:
                q += 1
            wn = word_at(text, q) if q > wm.end() else None
            hit = keys.get(wn.group().lower()) if wn else None
            if hit and hit[0] == "DUR" and wn.group()[-1:] in ("s", "x"):
                out.append(Tok("DUR", p, wn.end(), text[p:wn.end()], 0.0, hit[1]))
                pos = wn.end()
                continue
        if how == 0:
            cur = _DINAR_ABBR.get(w0)
            if cur is None or not (last in ("NUM", "SCALE") or (
                    last == "DE" and len(out) > 1 and out[-2].type == "SCALE")):
                break                  # the common case: a noun after the number
            out.append(Tok("CUR", p, wm.end(), w0, 0.0, cur))
            pos = wm.end()
            continue
        w0_end = wm.end()
        ws = _words_at(text, p, _MAX_UNIT_WORDS) if how == 1 else [(w0, w0_end)]
        if low0.startswith("d'") and len(low0) > 2:
            out.append(Tok("DE", p, p + 2, w0[:2]))
            pos = p + 2
            continue
        if cut or (w0 in ("k", "K", "M", "Md", "Mds", "Mrd", "Mrds") and len(ws) > 1 and ws[1][0] in ("€", "$", "£")):
            if not cut:
                cut = len(w0)
                cs, ce = ws[1][1] - 1, ws[1][1]
            else:
                cs, ce = p + cut, w0_end
            out.append(Tok("SCALE", p, p + cut, w0[:cut], _SCALE_WORDS[w0[:cut].lower()]))
            out.append(Tok("CUR", cs, ce, text[cs:ce], 0.0, units.CURRENCY[text[cs:ce]]))
            pos = ce
            continue
        abbr = _SCALED_ABBR.get(w0) if last == "NUM" else None
        if abbr is not None:           # « 62 100 MD », « 850 MDH »
            cut, scale, cur = abbr
            out.append(Tok("SCALE", p, p + cut, w0[:cut], scale))
            if cur:
                out.append(Tok("CUR", p + cut, w0_end, w0[cut:], 0.0, cur))
            pos = w0_end
            continue
        if low0 == "et" and len(ws) > 1 and ws[1][0].lower() in ("demi", "demie"):
            out.append(Tok("HALF", p, ws[1][1], text[p:ws[1][1]], 0.5))
            pos = ws[1][1]
            continue
        if low0 == "pour" and text.startswith("100", w0_end + 1) and not text[w0_end + 4:w0_end + 5].isdigit():
            out.append(Tok("PCT", p, w0_end + 4, text[p:w0_end + 4], 0.0, "%"))
            pos = w0_end + 4
            continue
        # the longest run of words that names a unit ("degrés Celsius", "litres par mètre carré")
        if len(ws) > 1 and w0 not in units.CASED:
            # an initial (« M », « F ») starts a unit only with the words after it (« F CFA »)
            initial = w0.isupper() and len(w0) <= 2 and w0.isalpha()
            key = ""
            for i, (w, _) in enumerate(ws):
                key = (key + " " + w.lower()).strip().replace("’", "'")
                hit = keys.get(key)
                if hit and (i or not initial):
                    found = (i + 1, hit)
        if found and not (w0 == "M" and found[0] == 1):
            nw, (typ, name) = found
            end = ws[nw - 1][1]
            if typ == "DUR" and low0 == "h" and end < n and text[end].isdigit():
                break                  # "20h30" is a time
            out.append(Tok(typ, p, end, text[p:end], 0.0, name))
            pos = end
            continue
        if w0 == "M" and last == "NUM" and out[-1].end == p and out[-1].info.get("decimals"):
            out.append(Tok("SCALE", p, w0_end, w0, 1e6))   # "1,2M"
            pos = w0_end
            continue
        if (w0 == "G" and last == "NUM" and out[-1].end == p
                and (out[-1].info.get("decimals") or abs(out[-1].value) >= 10)):
            out.append(Tok("SCALE", p, w0_end, w0, 1e9))   # "10G", ",0012G"; not "la 5G"
            pos = w0_end
            continue
        if low0 in _SCALE_WORDS and low0 not in ("m", "md", "mds", "mrd", "mrds"):
            if low0 == "k" and (not out or out[-1].end != p) and (
                    last != "NUM" or not _K_END.match(text, w0_end)):
                break                  # "k" glued ("10k"), or alone at the end ("2,33 k.")
            out.append(Tok("SCALE", p, w0_end, w0, _SCALE_WORDS[low0]))
            pos = w0_end
            continue
        if low0 in _CONN:
            if low0 in ("dizaines", "centaines"):
                break
            out.append(Tok(_CONN[low0], p, w0_end, w0))
            pos = w0_end
            continue
        if low0 in ("point", "points") and last == "NUM" and out[-1].info.get("decimals"):
            out.append(Tok("PCT", p, w0_end, w0, 0.0, "pp"))   # "0,5 point": percentage points
            pos = w0_end
            continue
        if not c.isalpha() or last in ("NUM", "UNIT", "DUR", "PCT", "CUR"):
            break                      # two numbers in a row are two figures, in words too
        tok = word_number(text, p)
        if tok is None:
            break
        out.append(tok)
        pos = tok.end
    return out


def number_token(text: str, p: int, run_end: int | None = None) -> Tok | None:
    """The number at p; run_end, when known, where _DIGITS's match at p ends."""
    if run_end is None:
        m = _DIGITS.match(text, p)
        if m is None:
            return None
        s = m.group()
    else:
        s = text[p:run_end]
    if len(s) > 64:
        return None
    # a sign only when it stands alone before the digits: "-3", "−3", "+4,2", not "25.000-30.000"
    start = p
    if p > 0 and text[p - 1] in "+-−" and (p < 2 or not text[p - 2].isalnum()) and (p < 2 or text[p - 2] not in ".,"):
        start = p - 1
    if text.startswith("/", p + len(s)) and s.isdigit():
        return _slash_fraction(text, start, p, s)
    info = _digits_info(s)             # shared: copied below before it is changed
    if info is None:
        # space grouping that does not hold: keep the first group alone ("2024 000")
        head = re.match(r"\d+", s).group()
        if head != s and len(head) <= MAX_DIGITS and s[len(head)] in _SPACES:
            s = head
            info = _digits_info(s)
        if info is None:
            return None
    end = p + len(s)
    em = _EXP.match(text, end) if text[end:end + 1] in ("^", "e", "E") else None
    if em:
        # "1,1^23", "2,5^-1", "1e10", "12,32e+14": written powers (never in prose, never ambiguous)
        e = int((em.group(1) or em.group(3) or "") + (em.group(2) or em.group(4)))
        info = dict(info)
        info["value"] = info["value"] ** e if em.group(2) else info["value"] * 10.0 ** e
        info["exponent"] = e
        end = em.end()
    elif len(s) <= 3 and "/" in text[end + 2:end + 6] and s.isdigit() and text[end:end + 1] in _SP_CHARS:
        mm = _MIXED.match(text, end)   # the slash of "2 1/4" is 2 to 5 characters on
        if mm and 0 < int(mm.group(1)) < int(mm.group(2)) <= 16:
            # "2 1/4", "10 1/2 miles": a whole number and a fraction
            info = dict(info)
            info["value"] = int(s) + int(mm.group(1)) / int(mm.group(2))
            info["fraction"] = True
            end = mm.end()
    if start < p:
        sign = text[start]
        info = dict(info)
        info["value"] = -info["value"] if sign in "-−" else info["value"]
        info["sign"] = sign
    return Tok("NUM", start, end, text[start:end], info["value"], None, info)


_SP_CHARS = (" ", "\u00a0", "\u202f", "\u2009")
_EXP = lazy_re(r"\^([+-]?)(\d{1,3})(?!\d)|[eE]([+-]?)(\d{1,3})(?![^\W_])")
_MIXED = lazy_re(_SP + r"{1,3}(\d{1,2})/(\d{1,2})(?![\d/])")


def leading_comma(text: str, p: int) -> Tok | None:
    """',08' -> 0.08 and '-,5' -> -0.5: a decimal written without its zero, after a space or a sign."""
    m = _LEAD.match(text, p)
    if not m or text.startswith((".", ","), m.end()) and text[m.end() + 1:m.end() + 2].isdigit():
        return None
    start = p
    if p > 0 and text[p - 1] in "-−" and (p < 2 or not text[p - 2].isalnum()):
        start = p - 1
    elif p > 0 and not text[p - 1].isspace():
        return None
    if start > 0 and text[:start].rstrip()[-1:].isdigit():
        return None                    # "3 ,5": a stray space inside "3,5", not a second number
    d = m.group(1)
    v = float("0." + d) * (-1 if start < p else 1)
    info = {"value": v, "group_sep": None, "decimal_sep": ",", "decimals": len(d), "malformed": False}
    if start < p:
        info["sign"] = text[start]
    end = m.end()
    em = _EXP.match(text, end)
    if em:
        return None
    return Tok("NUM", start, end, text[start:end], v, None, info)


_K_END = lazy_re(r"[ \t\u00a0\u202f]{0,3}(?:$|[\n.,;:!?)])")
_LEAD = lazy_re(r",(\d{1,12})(?!\d)")


def word_number(text: str, p: int) -> Tok | None:
    """A spelled-out number, or an approximate noun phrase ("une dizaine"), starting at p."""
    m = _APPROX_AT.match(text, p)
    if m:
        det = words.fold(m.group("det"))
        noun = words.fold(m.group("noun"))
        base = words.APPROX_NOUNS[noun]
        if det in ("un", "une") and not m.group("pl"):
            info = {"value": base, "approx_noun": True, "words": True, "group_sep": None,
                    "decimal_sep": None, "decimals": 0, "malformed": False}
            return Tok("NUM", p, m.end(), m.group(), base, None, info)
        return None
    found = spelled(text, p, len(text))
    if not found:
        return None
    value, end, nwords, last_scale = found
    w0 = words.fold(text[p:end])
    if w0 in ("un", "une"):
        return None                    # the article; the counts are anchored elsewhere
    info = {"value": value, "words": True, "group_sep": None, "decimal_sep": None, "decimals": 0,
            "malformed": False, "last_scale": last_scale}
    return Tok("NUM", p, end, text[p:end], value, None, info)


_APPROX_AT = lazy_re(
    r"(?i:(?P<det>une?|quelques|plusieurs|des)" + _SP + r"{1,3}(?:(?:petite|bonne)" + _SP
    + r"{1,3})?(?P<noun>" + _APPROX + r")(?P<pl>s)?(?![^\W_]))"
)


def glued_unit(text: str, end: int) -> bool:
    """Letters right after digits: a unit ("50km", "10k", "48h") is fine, anything else is a code."""
    ws = _words_at(text, end, 1)
    if not ws:
        return False
    w = ws[0][0]
    return (w in units.CASED or w.lower() in _unit_keys() or w.lower() in ("k", "mille", "millions")
            or _SCALECUR.fullmatch(w) is not None)


_SLASH = lazy_re(r"/(\d{1,3})(?![\d/])")


def _slash_fraction(text: str, start: int, p: int, s: str) -> Tok | None:
    """'3/4', '1/4 kilomètre': a fraction below one; '24/7' or '12/07' is none."""
    m = _SLASH.match(text, p + len(s))
    if not m or len(s) > 3:
        return None
    a, b = int(s), int(m.group(1))
    if not 0 < a < b:
        return None
    v = a / b * (-1 if text[start] in "-−" else 1)
    info = {"value": v, "group_sep": None, "decimal_sep": None, "decimals": 0, "malformed": False,
            "fraction": True}
    return Tok("NUM", start, m.end(), text[start:m.end()], v, None, info)
