"""What the consistency rules share: intervals a figure admits, whether two measures are the same
measure, and how to name figures and places in a message."""
from __future__ import annotations

import math

from numlint.figures.model import Figure
from numlint.measures.lemmas import RELATIVE_TIMES
from numlint.measures.model import Measure

INF = float("inf")
CASUAL_NOUNS = frozenset({"tué", "mort", "blessé", "victime", "personne", "perte"})
# the occasions a count is gathered or spread over (« 4 120 spectateurs lors des cinq matches »,
# « 37 joueurs sur les trois rencontres »): never a part nor a whole of what they gather
OCCASIONS = frozenset({
    "match", "matche", "rencontre", "journée", "jour", "soir", "soirée", "semaine", "week-end",
    "mois", "an", "année", "saison", "édition", "séance", "étape", "manche", "course", "épreuve",
    "tournoi", "concert", "représentation", "spectacle", "session", "date", "trimestre", "semestre",
})


def numeric(f: Figure) -> bool:
    if isinstance(f.value, str):
        return False
    return f.value is not None or (f.low is not None and f.high is not None)


def malformed(f: Figure) -> bool:
    """A numeral NUM102 reports (« 14.2350 »): its value is unknown, so no sum or ratio uses it."""
    return any(n.malformed for n in f.numerals)


def vague(f: Figure) -> bool:
    """"des milliers", "une dizaine": too loose to contradict anything."""
    if not numeric(f):
        return True
    if f.numerals and all(n.words for n in f.numerals) and f.approx is not None:
        return True
    return not f.numerals and f.approx == "about"


def bounds(f: Figure) -> tuple[float, float]:
    try:
        return f.bounds
    except (TypeError, ValueError):
        return (-INF, INF)


def mbounds(m: Measure, truncation: bool = False) -> tuple[float, float]:
    """Bounds of a measure's figure, with what the sentence adds ("le bilan dépasse 2.900") and,
    for restatements, the truncation editors allow ("11,7 millions" for 11.763.650)."""
    f = m.figure
    lo, hi = bounds(f)
    if "dépasse" in m.cues:
        hi = INF
    elif "sous" in m.cues:
        lo = -INF
    if "about" in m.cues and f.approx is None:
        lo, hi = lo - 0.1 * abs(lo), hi + 0.1 * abs(hi)
    if truncation and f.tolerance and not f.is_range and f.approx is None:
        hi = hi + f.tolerance
    return lo, hi


def core(f: Figure) -> tuple[float, float]:
    """The values written, without tolerance: (v, v) or (low, high)."""
    if f.is_range:
        return min(f.low, f.high), max(f.low, f.high)
    if isinstance(f.value, (int, float)):
        return float(f.value), float(f.value)
    return (INF, -INF)


def supports(h: Measure, m: Measure) -> bool:
    """Does m give the value h states? m's values inside h's interval, or h's inside m's
    when m's interval is bounded (an open "plus de 2.900" supports nothing)."""
    hb, mb = mbounds(h, True), mbounds(m, True)
    if overlap(core(m.figure), hb):
        return True
    return not math.isinf(mb[0]) and not math.isinf(mb[1]) and overlap(core(h.figure), mb)


def point_bounds(f: Figure, which: str) -> tuple[float, float]:
    """Bounds of one end of a range ("de 51 à 55": which="low" -> 51 ± tolerance)."""
    v = f.low if which == "low" else f.high
    if v is None:
        return bounds(f)
    lo, hi = v - f.tolerance, v + f.tolerance
    if f.approx == "about":
        lo, hi = lo - 0.1 * abs(lo), hi + 0.1 * abs(hi)
    return lo, hi


def overlap(a: tuple[float, float], b: tuple[float, float], slack: float = 1e-9) -> bool:
    return a[0] <= b[1] + slack and b[0] <= a[1] + slack


def add(intervals: list[tuple[float, float]]) -> tuple[float, float]:
    return sum(i[0] for i in intervals), sum(i[1] for i in intervals)


def ratio(num: tuple[float, float], den: tuple[float, float]) -> tuple[float, float] | None:
    if den[0] <= 0 or math.isinf(den[1]) or math.isinf(num[0]):
        return None
    return num[0] / den[1], (num[1] / den[0] if not math.isinf(num[1]) else INF)


def same_sentence(a: Figure, b: Figure) -> bool:
    return a.block is not None and a.block is b.block and a.sentence == b.sentence


def context_compatible(a: Measure, b: Measure, relative: bool = False) -> bool:
    """Same source, moment and place (an unsaid source or moment is compatible; places must match).
    `relative`: a moment told against the present (« l'an dernier », « la veille ») is not the
    unsaid one, the article's present: asked of two values that would contradict each other (a
    value of another moment may still confirm one)."""
    if a.source and b.source and a.source != b.source:
        return False
    if a.time and b.time and a.time != b.time:
        return False
    # In the body, a figure set in a year ("en 2014", "l'an dernier") and one with no moment are
    # as often of different years as not: unsure, so different. A day ("publié lundi") is when a
    # toll was told, not another toll. A headline may leave its moment unsaid.
    if bool(a.time) != bool(b.time) and not (headline(a.figure) or headline(b.figure)) \
            and _a_year(a.time or b.time):
        return False
    if relative and bool(a.time) != bool(b.time) and _relative(a.time or b.time):
        return False
    if a.place != b.place:
        # a headline's place is the article's own ("… en Russie"): the text need not repeat it
        if not ((a.place is None and headline(b.figure)) or (b.place is None and headline(a.figure))):
            return False
    wa, wb = a.who, b.who
    if wa and wb and wa != wb:
        return False
    return True


def same_holder(a: Measure, b: Measure) -> bool:
    """Can two values be one measure of one holder? Not when a different person is named the
    holder of each, nor when one is named a person's and the other is not (« Mike James a inscrit
    24 points » and the team's, or another player's, 21 points)."""
    return a.holder == b.holder and not (a.holder and a.holder[0] == "*")


# « l'an dernier » -> "an-1", « la veille »…; "passé": a « lorsque … était » clause
_RELATIVE = frozenset(RELATIVE_TIMES.values()) | {"passé"}


def _relative(time: str) -> bool:
    """A moment that is not the article's unsaid present: told against it (« l'an dernier »), or
    long past (« avant la révolution industrielle », « au XIXe siècle », « en 1850 », « il y a
    200 ans »)."""
    return time in _RELATIVE or time.startswith(("siècle-", "il-y-a-")) \
        or (len(time) == 4 and time.isdigit() and time < "1900")


def _a_year(time: str) -> bool:
    return time.isdigit() and len(time) == 4 or time.startswith(("an", "siècle-", "il-y-a-")) \
        or time == "préindustriel"


def headline(f: Figure) -> bool:
    return f.block is not None and f.block.kind in ("title", "lede", "heading")


def where(m: Measure, lang: str) -> str:
    kind = m.figure.block.kind if m.figure.block is not None else "paragraph"
    if lang == "fr":
        return {"title": "le titre", "lede": "le chapeau", "heading": "l'intertitre"}.get(kind, "le texte")
    return {"title": "the title", "lede": "the standfirst", "heading": "the heading"}.get(kind, "the text")


def phrase(m: Measure) -> str:
    """The figure as written, with its noun when the text gives it right after."""
    return quote(m.notes.get("phrase") or m.figure.text)


def quote(text: str) -> str:
    """A figure as written, for the middle of a message: spaces folded, and a capital that only
    opened the sentence lowered (« Au moins 5 000 » -> « au moins 5 000 »; « XXIe » stays)."""
    t = " ".join(str(text).split())
    w = t.split(" ", 1)[0]
    if len(w) > 1 and w[0].isupper() and w[1:].islower():
        t = t[0].lower() + t[1:]
    return t


def line_ref(m: Measure, lang: str) -> str:
    return f"ligne {m.line}" if lang == "fr" else f"line {m.line}"


def fmt(x: float, like: Figure | None = None, lang: str = "fr") -> str:
    """A number as the article writes it: its thousands separator, a decimal comma in French."""
    sep = None
    if like is not None:
        for n in like.numerals:
            if n.group_sep:
                sep = n.group_sep
                break
    if lang != "fr":
        sep_out, dec = ",", "."
    else:
        sep_out, dec = (sep or "\u202f"), ","
    if like is not None and like.numerals and any(n.scale and n.scale >= 1e6 for n in like.numerals):
        scale = max(n.scale for n in like.numerals)
        word = {1e6: ("millions", "million"), 1e9: ("milliards", "billion")}.get(scale)
        if word:                       # « 6 590 millions », grouped as the article groups
            return _grouped(x / scale, sep_out, dec) + " " + (word[0] if lang == "fr" else word[1])
    return _grouped(x, sep_out, dec)


def _grouped(x: float, sep: str, dec: str) -> str:
    if abs(x - round(x)) < 1e-6:
        return f"{int(round(x)):,}".replace(",", sep)
    s = f"{x:,.2f}".rstrip("0").rstrip(".")
    return s.replace(",", "\x00").replace(".", dec).replace("\x00", sep)


def pct(x: float, lang: str = "fr") -> str:
    s = f"{x:.1f}"
    if s.endswith(".0"):
        s = s[:-2]
    return (s.replace(".", ",") + "\u202f%") if lang == "fr" else (s + " %").replace(" %", "%")


# What makes a body share another thing than the headline's: a comparison (« contre 49 % »), a
# change, a rival's or the others' share, a share of a stated count (NUM303's), an addend.
_NOT_THE_SHARE = frozenset({"contre", "change", "change by", "rival", "autres", "dont", "base",
                            "par", "fraction", "au total", "en plus des", "chacun", "à elle seule"})


def share_partner(h: Measure, measures: list[Measure], close_only: bool = False) -> Measure | None:
    """The body share a headline share misquotes, or None.

    A text gives many shares of different things, so this answers only when the body gives ONE
    share that may be the headline's: the others compare (« contre »), change, belong to a rival,
    are shares of a stated count, or are listed several to a sentence (holders: « 36,5 % pour
    l'un, 21,7 % pour l'autre »). It must be close to the headline's (an editor's slip), of the
    same subject when both name one, and of the same moment and place.

    `close_only` (a standfirst share, which often gives context the body does not repeat): the
    one body share close to it, among the others, and of the subject it names."""
    f = h.figure
    if f.kind != "percent" or not headline(f) or h.cues or h.share_of is not None or h.change_kind \
            or f.is_range or f.approx in ("at_least", "at_most") or vague(f):
        return None
    shares = [m for m in measures if m.figure.kind == "percent" and m.figure.unit == f.unit]
    if len(shares) > 40 or sum(1 for m in shares if m.figure.block is f.block
                               and m.figure.sentence == f.sentence) > 1:
        return None
    per_sentence: dict = {}
    for m in shares:
        b = m.figure.block
        if b is not None and b.kind in ("paragraph", "item"):
            k = (id(b), m.figure.sentence)
            per_sentence[k] = per_sentence.get(k, 0) + 1
    found = None
    for m in shares:
        g = m.figure
        if g.block is None or g.block.kind not in ("paragraph", "item"):
            continue
        if per_sentence[(id(g.block), g.sentence)] > 1 or m.cues & _NOT_THE_SHARE \
                or m.share_of is not None or m.change_kind or m.part_of is not None \
                or "autre" in m.qualifiers:
            continue
        if close_only and not _near(core(f), core(g)):
            continue
        if found is not None:
            return None         # two shares the headline may be: unsure which
        found = m
    if found is None or found.figure.is_range or found.figure.approx in ("at_least", "at_most") \
            or vague(found.figure):
        return None
    # a headline shortens: « 57 % des suffrages » for the body's « suffrages exprimés »
    hs, fs = _SAME_SHARE.get(h.subject, h.subject), _SAME_SHARE.get(found.subject, found.subject)
    if h.subject and found.subject and (hs != fs or not h.state <= found.state):
        return None
    if close_only and not (hs and hs == fs and found.explicit_subject):
        return None
    if found.place != h.place or (h.time and found.time and h.time != found.time) \
            or (h.source and found.source and h.source != found.source):
        return None
    if bool(h.time) != bool(found.time) and _a_year(h.time or found.time):
        return None     # « en 2019, 7,2 % » beside a headline's present share: another year
    if not _near(core(f), core(found.figure)) or overlap(mbounds(h, True), mbounds(found, True)):
        return None
    return found


def share_slip(h: Measure, measures: list[Measure]) -> Measure | None:
    """The body share of the headline's named thing that a headline share retypes with its
    digits swapped (« 50,93 % de oui » for the body's « 50,39 % de oui »), when share_partner
    finds no one share (the body gives many). Three digits or more, the same digits in another
    order, one such share only: a slip, not another figure of the same thing."""
    f = h.figure
    if f.kind != "percent" or not headline(f) or h.cues or h.share_of is not None or h.change_kind \
            or f.is_range or f.approx is not None or vague(f) or not (h.subject and h.explicit_subject):
        return None
    df = written_digits(f)
    if len(df) < 3:
        return None
    hs = _SAME_SHARE.get(h.subject, h.subject)
    found = None
    for m in measures[:2000]:
        g = m.figure
        if g.kind != "percent" or g.unit != f.unit or g.block is None \
                or g.block.kind not in ("paragraph", "item"):
            continue
        if not (m.subject and m.explicit_subject) or _SAME_SHARE.get(m.subject, m.subject) != hs:
            continue
        dg = written_digits(g)
        if len(dg) != len(df) or dg == df or sorted(dg) != sorted(df):
            continue
        if g.is_range or g.approx is not None or vague(g) or m.cues & _NOT_THE_SHARE \
                or m.share_of is not None or m.change_kind or m.part_of is not None:
            continue
        if found is not None:
            return None
        found = m
    if found is None or not h.state <= found.state or found.place != h.place \
            or (h.time and found.time and h.time != found.time) \
            or (h.source and found.source and h.source != found.source):
        return None
    if not _near(core(f), core(found.figure)) or overlap(mbounds(h, True), mbounds(found, True)):
        return None
    return found


def written_digits(f: Figure) -> str:
    """The digits as written (« 2,6 millions » -> "26"), for one plain numeral only: what a
    typing slip changes."""
    if f.is_range or len(f.numerals) != 1 or f.numerals[0].words:
        return ""
    return "".join(filter(str.isdigit, f.numerals[0].text))


# « 37,2 % des voix » and « 33,2 % des suffrages » count the same ballots
_SAME_SHARE = {"suffrage": "voix"}


def _near(a: tuple[float, float], b: tuple[float, float]) -> bool:
    """Two shares an editor's slip may tell apart: within a quarter of each other."""
    lo, hi = min(a[1], b[1]), max(a[0], b[0])
    return lo > 0 and hi / lo <= 1.25


def rounds(h: Figure, b: Figure) -> bool:
    """Is headline count h, written in digits ending in zeros (« 29 800 »), the rounding of the
    exact count b (29 820): within half its last digit and 2.5 %?"""
    if h.is_range or h.approx is not None or len(h.numerals) != 1 or h.numerals[0].words \
            or h.numerals[0].decimals or b.is_range or b.approx is not None or not numeric(b):
        return False
    v = core(h)[0]
    if v < 100 or v != int(v):
        return False
    v, unit = int(v), 1
    while v % (unit * 10) == 0:
        unit *= 10
    d = abs(core(b)[0] - v)
    return unit > 1 and d * 2 <= unit and d <= 0.025 * v


def told_count(ms: list, n: int, noun: str, f: Figure | None = None):
    """The one count of `noun` told before the sentence of f (ms[n]'s figure by default), in its
    paragraph or the two before, named by that noun, not in a headline; None where there is none
    or two values (which? quiet)."""
    f = f if f is not None else ms[n].figure
    told = []
    for x in reversed(ms[:n]):
        g = x.figure
        if g.block is None or f.block.index - g.block.index > 2:
            break
        if g.block is f.block and g.sentence == f.sentence:
            continue
        if x.subject == noun and g.kind == "number" and not headline(g):
            told.append(x)
    if not told or len({core(x.figure) for x in told}) != 1:
        return None
    return told[0]
