"""French number words: cardinals (all spelling rules, 1990 hyphens, Belgian/Swiss tens), ordinals,
approximate nouns and fractions. Pure tables and a small state machine: no regex backtracking."""
from __future__ import annotations

import unicodedata

UNITS = {"zéro": 0, "zero": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5,
         "six": 6, "sept": 7, "huit": 8, "neuf": 9}
TEENS = {"onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16}
TENS = {"dix": 10, "vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50,
        "soixante": 60, "septante": 70, "huitante": 80, "octante": 80, "nonante": 90}
HUNDRED = {"cent", "cents"}
SCALES = {"mille": 1_000, "mil": 1_000, "million": 10**6, "millions": 10**6,
          "milliard": 10**9, "milliards": 10**9, "billion": 10**12, "billions": 10**12}
NUMBER_WORDS = set(UNITS) | set(TEENS) | set(TENS) | HUNDRED | set(SCALES)

# "une dizaine" -> 10 (about); plural forms too ("trois douzaines" is read by the caller)
APPROX_NOUNS = {"dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30,
                "quarantaine": 40, "cinquantaine": 50, "soixantaine": 60, "septantaine": 70,
                "huitantaine": 80, "nonantaine": 90, "centaine": 100, "millier": 1000}

FRACTIONS = {"moitié": 2, "demi": 2, "tiers": 3, "quart": 4, "quarts": 4, "cinquième": 5,
             "cinquièmes": 5, "dixième": 10, "dixièmes": 10, "centième": 100, "centièmes": 100}

_ORDINAL_WORDS = {"premier": 1, "première": 1, "premiere": 1, "second": 2, "tierce": 3}


def fold(word: str) -> str:
    """Lowercase, with the curly apostrophe made straight; accents kept."""
    return word.lower().replace("’", "'")


class Cardinal:
    """Reads one spelled-out cardinal, word by word; `push` refuses a word that would make it
    ungrammatical ("deux trois", "mille mille"), so the caller ends the number there."""

    def __init__(self) -> None:
        self.total = 0        # sum of the closed scale groups (millions, thousands…)
        self.hundreds = 0     # the open group's hundreds
        self.low = 0          # the open group's value below 100
        self.last = None      # what the last word was, for the grammar of what may follow
        self.scale = 10**15   # the last scale used: the next one must be smaller
        self.words = 0

    @property
    def value(self) -> int:
        return self.total + self.hundreds + self.low

    def push(self, w: str) -> bool:
        last = self.last
        if w in ("et",):
            # "vingt et un", "soixante et onze": only before un/une/onze after a ten
            if last in ("ten", "sixty") and self.low % 10 == 0:
                self.last = last + "-et"
                return True
            return False
        if last and last.endswith("-et"):
            ok = w in ("un", "une") or (w == "onze" and last == "sixty-et")
            if not ok:
                return False
        if w in UNITS:
            v = UNITS[w]
            if v == 0:
                if self.words:
                    return False
                self.last = "zero"
            elif last in (None, "hundred", "scale"):
                self.low, self.last = v, "unit"
            elif last in ("ten", "sixty", "ten-et", "sixty-et") and self.low % 10 == 0:
                self.low += v
                self.last = "unit"
            elif last == "dix" and v >= 7:
                self.low += v
                self.last = "unit"
            else:
                return False
        elif w in TEENS:
            if last in (None, "hundred", "scale"):
                self.low = TEENS[w]
            elif last in ("sixty", "sixty-et") and self.low in (60, 80):
                self.low += TEENS[w]
            else:
                return False
            self.last = "teen"
        elif w in TENS:
            v = TENS[w]
            if v == 20 and last == "unit" and self.low == 4:
                self.low, self.last = 80, "sixty"       # quatre-vingt(s)
            elif v == 10 and last == "sixty" and self.low in (60, 80):
                self.low += 10
                self.last = "dix"
            elif last in (None, "hundred", "scale"):
                self.low = v
                self.last = "dix" if v == 10 else ("sixty" if v == 60 else "ten")
            else:
                return False
            if w == "vingts" and self.low != 80:
                return False
        elif w in HUNDRED:
            if self.hundreds or last in ("zero",):
                return False
            if last is None or last == "scale":
                self.hundreds = 100
            elif last == "unit" and 2 <= self.low <= 9:
                self.hundreds, self.low = self.low * 100, 0
            elif last in ("unit", "teen") and 11 <= self.low <= 19 and not self.total:
                self.hundreds, self.low = self.low * 100, 0   # "dix-neuf cent soixante-treize"
            else:
                return False
            self.last = "hundred"
        elif w in SCALES:
            s = SCALES[w]
            if (s in (10**6, 10**9) and last == "scale" and self.scale == 1000 and self.total < 10**6
                    and self.hundreds == self.low == 0):
                self.total *= s              # "trois mille millions": the old word for milliards
                self.scale = 1000 * s
                self.words += 1
                return True
            if s >= self.scale or last == "zero" or (last and last.endswith("-et")):
                return False
            group = self.hundreds + self.low
            if s == 1000 and group == 1 and last is not None:
                return False                 # "un mille" is not French
            if s > 1000 and last is None:
                return False                 # "million" alone is a noun ("des millions")
            self.total += (group or 1) * s
            self.hundreds = self.low = 0
            self.scale, self.last = s, "scale"
        else:
            return False
        self.words += 1
        return True

    @property
    def complete(self) -> bool:
        return self.words > 0 and not (self.last or "").endswith("-et")


def split_parts(token: str) -> list[str]:
    """'quatre-vingt-dix-sept' -> ['quatre', 'vingt', 'dix', 'sept']."""
    return [p for p in fold(token).split("-") if p]


def ordinal_value(word: str) -> int | None:
    """'deuxième' -> 2, 'vingt-et-unième' -> 21, 'centième' -> 100, 'premier' -> 1; also the
    common misspelling 'dizième' (10)."""
    w = fold(word)
    if w in _ORDINAL_WORDS:
        return _ORDINAL_WORDS[w]
    for suffix in ("ièmes", "iemes", "ième", "ieme"):
        if w.endswith(suffix):
            stem = w[: -len(suffix)]
            break
    else:
        return None
    parts = split_parts(stem)
    if not parts:
        return None
    head = parts[-1]
    for cand in (head, head + "e", {"cinqu": "cinq", "neuv": "neuf", "un": "un", "vingt": "vingt", "diz": "dix"}.get(head, "")):
        if cand and (cand in NUMBER_WORDS):
            parts[-1] = cand
            break
    else:
        return None
    if parts == ["un"]:
        return None                          # "unième" alone is not used
    if len(parts) == 1 and parts[0] in SCALES:
        return SCALES[parts[0]]              # "millionième", "billionième"
    card = Cardinal()
    for p in parts:
        for q in p.split():
            if not card.push(q):
                return None
    return card.value if card.complete and card.value > 0 else None


def strip_accents(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")
