"""The reference date and the year of every date of an article (rules.md, « Reference year »).

In order: `--reference-date` (or the publication date, which the engine passes as fallback); an
explicit year next to the date; otherwise the moment, near the reference or the present, at which
every weekday–date pair of the article holds. A date without year is read as the occurrence of
that day and month nearest the anchor (within six months): an article of 2 January 2025 that says
« lundi 30 décembre » speaks of December 2024.

Rules call `get(ctx)`: computed once per document, kept in `ctx.cache`.
"""
from __future__ import annotations

from dataclasses import dataclass, field
import bisect
from datetime import date, timedelta
from functools import lru_cache

from numlint.figures.dates import MONTHS, WEEKDAYS, valid

_FAR = 120          # days from the anchor beyond which the other side's year is as plausible
_LOOKBACK = 30      # years searched when the year must be inferred from weekdays
_CLOSE = 45        # without a reference, a date conflicts only with dates this close to it
_MAX_PAIRS = 60     # enough to settle a year; keeps a hostile file of dates linear
_PEG = 14           # days from the reference of a date that is the article's news


@dataclass
class Resolved:
    figure: object
    when: date | None                 # the full date, year written or inferred
    written_year: bool
    fits: bool | None = None          # weekday agrees with `when` (None: no weekday written)
    year_from: str = "written"        # "written" | "reference" | "context" | "inferred"
    conflicts: list = field(default_factory=list)   # NUM401: the pairs it cannot share a year with


@dataclass
class Calendar:
    anchor: date | None = None        # the reference date, or the moment inferred from the text
    source: str | None = None         # "reference" | "inferred" | None
    confident: bool = False           # an anchor a rule may compute ages and elapsed times from
    dates: dict = field(default_factory=dict)       # id(figure) -> Resolved
    mismatches: list = field(default_factory=list)  # Resolved whose weekday does not fit

    def date_of(self, figure) -> date | None:
        r = self.dates.get(id(figure))
        return r.when if r else None


def get(ctx) -> Calendar:
    cal = ctx.cache.get("calendar")
    if cal is None:
        cal = ctx.cache["calendar"] = build(ctx.figures, getattr(ctx, "masked", []),
                                            ctx.reference_date)
    return cal


def build(figures: list, masked: list, reference: date | None, today: date | None = None) -> Calendar:
    cal = Calendar()
    dated = [f for f in figures if f.kind == "date" and valid(f.day, f.month, f.year)]
    pairs = [f for f in dated if f.weekday is not None and f.year is None]
    if reference is not None:
        cal.anchor, cal.source, cal.confident = reference, "reference", True
    elif pairs:
        anchor, fits, by_written = _infer(pairs, dated, today or date.today(), with_why=True)
        cal.anchor, cal.source = anchor, "inferred"
        # a moment chosen over an equally fitting one only for being near a year the article
        # writes is when its dates happened, not when it is read: no ages or « il y a » from it
        cal.confident = len(pairs) >= 2 and all(fits) and not by_written
    for f in dated:
        if f.year is not None:
            when = date(f.year, f.month, f.day)
            r = Resolved(f, when, True)
            if f.weekday is not None:
                r.fits = when.weekday() == f.weekday
        else:
            when = nearest(f.day, f.month, cal.anchor) if cal.anchor else None
            r = Resolved(f, when, False, year_from=cal.source or "inferred")
            if f.weekday is not None and when is not None:
                r.fits = when.weekday() == f.weekday
        cal.dates[id(f)] = r
    years = _Years(dated, masked)
    if cal.source == "reference":
        _excuse_near_reference(cal, pairs, dated, years)
    if cal.source == "inferred":
        _excuse_far_from_the_others(cal, pairs, years)
    # before any pair is judged: a span's end moved to the next year is judged in that year
    _order_spans(cal, dated)
    fitting = sorted(((cal.dates[id(g)].when, i, g) for i, g in enumerate(pairs)
                      if cal.dates[id(g)].fits), key=lambda t: (t[0], t[1]))
    whens = [w for w, _, _ in fitting]
    for f in dated:
        r = cal.dates[id(f)]
        if r.fits is False:
            if not r.written_year and r.when is not None:
                lo = bisect.bisect_left(whens, r.when - timedelta(days=_CLOSE))
                hi = bisect.bisect_right(whens, r.when + timedelta(days=_CLOSE))
                near = sorted(fitting[lo:min(hi, lo + 3)], key=lambda t: t[1])
                r.conflicts = [g for _, _, g in near]
                if cal.source == "inferred" and not r.conflicts:
                    continue
            cal.mismatches.append(r)
    return cal


def nearest(day: int, month: int, anchor: date, limit: int = 200) -> date | None:
    """The occurrence of day/month nearest `anchor` (29 February only in leap years)."""
    best = None
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        if valid(day, month, y):
            d = date(y, month, day)
            if best is None or abs((d - anchor).days) < abs((best - anchor).days):
                best = d
    if best is None or abs((best - anchor).days) > limit:
        return None
    return best


def _fits(f, anchor: date) -> bool:
    d = nearest(f.day, f.month, anchor)
    return d is not None and d.weekday() == f.weekday


def _infer(pairs: list, dated: list, today: date, with_why: bool = False):
    """The mid-month moment, within _LOOKBACK years of today, where most weekday pairs hold;
    ties go to the pairs written first, then to a moment near a year the article writes, then to
    the moment nearest today. Returns (moment, fits), and with_why whether the written year
    decided it over another moment where the same pairs hold on other days."""
    pairs = pairs[:_MAX_PAIRS]
    written = sorted([date(f.year, f.month, f.day).toordinal() for f in dated if f.year is not None][:_MAX_PAIRS])
    first, last = today.year - _LOOKBACK, today.year + 1
    anchors = _anchors(first, last)
    # whether each pair fits each anchor, computed once per distinct (day, month, weekday)
    columns = [_fit_column(f.day, f.month, f.weekday, first, last) for f in pairs]
    # how many pairs fit each anchor, from the few anchors each pair fits
    counts = [0] * len(anchors)
    for f in pairs:
        for k in _fit_where(f.day, f.month, f.weekday, first, last):
            counts[k] += 1
    top = max(counts)
    t = today.toordinal()
    # the key is (number of pairs that fit, which, near a written year, nearness to today):
    # only the anchors with the most fitting pairs can win, the first of equal keys winning
    best_key, best = None, None
    for k, a in enumerate(anchors):
        if counts[k] != top:
            continue
        key = (tuple([c[k] for c in columns]), _near(written, a), -abs(a - t))
        if best_key is None or key > best_key:
            best_key, best = key, k
    moment, fits = date.fromordinal(anchors[best]), list(best_key[0])
    if not with_why:
        return moment, fits
    # another moment nearer today, where the same pairs hold on other days (the first pair
    # tells), that only the written year put behind
    f0, far = pairs[0], abs(anchors[best] - t)
    day0 = nearest(f0.day, f0.month, moment)
    by_written = best_key[1] and any(
        counts[k] == top and abs(a - t) < far and not _near(written, a)
        and tuple([c[k] for c in columns]) == best_key[0]
        and nearest(f0.day, f0.month, date.fromordinal(a)) != day0 for k, a in enumerate(anchors))
    return moment, fits, by_written


def _near(written: list[int], a: int) -> bool:
    """A written date (sorted ordinals) within 183 days of a?"""
    i = bisect.bisect_left(written, a - 183)
    return i < len(written) and written[i] <= a + 183


@lru_cache(maxsize=64)
def _anchors(first: int, last: int) -> tuple[int, ...]:
    """Ordinals of the 15th of every month from `first` to `last`, in order."""
    return tuple(date(y, m, 15).toordinal() for y in range(first, last + 1) for m in range(1, 13))


@lru_cache(maxsize=4096)
def _fit_where(day: int, month: int, weekday: int, first: int, last: int) -> tuple[int, ...]:
    """Indices of the anchors the pair fits."""
    return tuple(k for k, ok in enumerate(_fit_column(day, month, weekday, first, last)) if ok)


@lru_cache(maxsize=4096)
def _fit_column(day: int, month: int, weekday: int, first: int, last: int) -> tuple[bool, ...]:
    """_fits(pair, anchor) for every anchor of _anchors(first, last), by ordinal arithmetic
    (date.weekday() is (toordinal() + 6) % 7): the same nearest occurrence, ties to the earlier."""
    occ = {y: date(y, month, day).toordinal() if valid(day, month, y) else None
           for y in range(first - 1, last + 2)}
    out = []
    append = out.append
    anchors = _anchors(first, last)
    k = 0
    for y in range(first, last + 1):
        cands = [(o, (o + 6) % 7 == weekday) for o in (occ[y - 1], occ[y], occ[y + 1]) if o is not None]
        for a in anchors[k:k + 12]:
            best_d, ok = None, False
            for o, same_day in cands:
                d = o - a if o >= a else a - o
                if best_d is None or d < best_d:
                    best_d, ok = d, same_day
            append(ok and best_d <= 200)
        k += 12
    return tuple(out)


def _excuse_near_reference(cal: Calendar, pairs: list, dated: list, years: "_Years") -> None:
    """Precision first: a yearless pair that fails the reference year is still quiet when the
    other side's year fits a date far from the reference, when a year the paragraph writes fits,
    or when the article's pairs all fail the reference but agree on another moment."""
    # the yearless pairs that hold in the reference year, before any is moved to another
    fitting = sorted(cal.dates[id(g)].when for g in pairs if cal.dates[id(g)].fits)
    # the pairs holding in the reference reading, by sentence (a few each: linear)
    fitting_in: dict[tuple[int, int], list] = {}
    for g in pairs:
        if cal.dates[id(g)].fits:
            fitting_in.setdefault((id(getattr(g, "block", None)), g.sentence), []).append(g)
    for f in pairs:
        r = cal.dates[id(f)]
        if r.fits is not False or r.when is None:
            continue
        if "ahead" in f.cues and r.when < cal.anchor and valid(f.day, f.month, r.when.year + 1):
            # a date its sentence places ahead holds in the coming year: of that year
            d = date(r.when.year + 1, f.month, f.day)
            if d.weekday() == f.weekday and (d - cal.anchor).days <= 366:
                r.when, r.fits = d, True
                continue
        if abs((r.when - cal.anchor).days) > _FAR:
            for y in (r.when.year - 1, r.when.year + 1):
                if valid(f.day, f.month, y) and date(y, f.month, f.day).weekday() == f.weekday \
                        and abs((date(y, f.month, f.day) - cal.anchor).days) <= 366:
                    r.when, r.fits = date(y, f.month, f.day), True
                    break
        if r.fits:
            continue
        if _of_its_sentence_year(cal, f, years, fitting_in):
            continue
        near = [y for y in years.near(f) if valid(f.day, f.month, y)]
        if near and abs((r.when - cal.anchor).days) <= _PEG:
            # « une hausse sur la même période de 2025, a indiqué la direction mardi 18
            # novembre », published a week later: the year compared to dates no news of the week
            base = years.baselines(f)
            near = [y for y in near if y not in base]
        if near and _news_peg(r.when, cal.anchor, fitting):
            # « … dès le vendredi 22 octobre » and, paragraphs later, « la prochaine édition, le
            # dimanche 31 octobre 2027 »: an event far after the reference, written only after
            # the date and in another paragraph, does not date the article's news
            near = [y for y in years.near(f, later_than=cal.anchor + timedelta(days=_FAR))
                    if valid(f.day, f.month, y)]
            # « élue en juin 2024, … lors du scrutin du dimanche 3 novembre », published on 3
            # November 2025 with « mardi 18 novembre » right for 2025: a year written with
            # another month dates that other event, not this date
            other = years.of_other_months(f)
            near = [y for y in near if y not in other]
            # « célébrée le jeudi 28 mars, … ouvert jusqu'au vendredi 27 mars »: a pair of its own
            # sentence holds in the reference year, so the sentence is of that year; an event of
            # another paragraph (« du lundi 6 mai 1968 ») does not date it, a year it writes does
            if any(g is not f and g.sentence == f.sentence and g.block is f.block and cal.dates[id(g)].fits
                   and abs((cal.dates[id(g)].when - r.when).days) <= _PEG for g in pairs):
                own = years.in_sentence.get((id(getattr(f, "block", None)), f.sentence), ())
                near = [y for y in near if y in own]
        for y in near:
            if date(y, f.month, f.day).weekday() == f.weekday:
                r.when, r.fits, r.year_from = date(y, f.month, f.day), True, "context"
                break
        else:
            if near:    # wrong in the year the text gives too: say that year
                r.when, r.year_from = date(near[0], f.month, f.day), "context"
    failing = [f for f in pairs if cal.dates[id(f)].fits is False]
    if len(failing) >= 2 and len(failing) == len(pairs):
        anchor, fits = _infer(pairs, dated, cal.anchor)
        if all(fits):       # the article tells of another year, coherently: not ours to judge
            for f in pairs:
                r = cal.dates[id(f)]
                r.when, r.fits = nearest(f.day, f.month, anchor), True


def _of_its_sentence_year(cal: Calendar, f, years: "_Years", fitting_in: dict) -> bool:
    """« avait réuni … entre le vendredi 30 janvier et le lundi 25 mai », published in November
    2026: read nearest the reference, 30 January falls in 2027 and 25 May in 2026, one sentence
    torn over two years. When another pair of its sentence holds in the reference reading and f
    holds in that pair's year, within six months of it, f is of that year (the sentence writes no
    year of its own). Sets f's date then; True if so."""
    r = cal.dates[id(f)]
    key = (id(getattr(f, "block", None)), f.sentence)
    if years.in_sentence.get(key):
        return False
    for g in fitting_in.get(key, ())[:4]:
        y = cal.dates[id(g)].when.year
        if y == r.when.year or not valid(f.day, f.month, y):
            continue
        d = date(y, f.month, f.day)
        if d.weekday() == f.weekday and abs((d - cal.dates[id(g)].when).days) <= 183:
            r.when, r.fits = d, True
            return True
    return False


def _news_peg(when: date, anchor: date, fitting: list) -> bool:
    """The date read in the reference year is within _PEG days of the reference, and another
    weekday–date pair of the article, within _CLOSE days of it, holds in that year: the
    article's yearless dates are of the reference year."""
    if abs((when - anchor).days) > _PEG:
        return False
    i = bisect.bisect_left(fitting, when - timedelta(days=_CLOSE))
    return i < len(fitting) and fitting[i] <= when + timedelta(days=_CLOSE)


def _excuse_far_from_the_others(cal: Calendar, pairs: list, years: "_Years") -> None:
    """Without a reference, a pair that fits no common year is still quiet when a year the text
    gives fits it (same sentence, or a dated event of the article within three months)."""
    for f in pairs:
        r = cal.dates[id(f)]
        if r.fits is not False:
            continue
        for y in years.near(f):
            if valid(f.day, f.month, y) and date(y, f.month, f.day).weekday() == f.weekday:
                r.when, r.fits = date(y, f.month, f.day), True
                break


class _Years:
    """Years the text gives a yearless date: a year written in the same sentence (« en 2019, le
    lundi 15 avril »), or the year of a dated event of the article within three months of it (a
    story told in 2015: « le 13 novembre 2015 … le samedi 14 novembre »)."""

    def __init__(self, dated: list, masked: list):
        self.in_sentence: dict[tuple[int, int], list[int]] = {}
        self.months: dict[tuple[int, int], list[tuple[int, int | None]]] = {}
        self.compared: dict[tuple[int, int], list[tuple[int, bool]]] = {}
        for m in masked:
            if m.kind == "year" and m.value and "birth" not in m.cues and "death" not in m.cues:
                key = (id(m.block), m.sentence)
                self.in_sentence.setdefault(key, []).append(int(m.value))
                self.compared.setdefault(key, []).append((int(m.value), "baseline" in m.cues))
                month = next((int(c[6:]) for c in m.cues if c.startswith("month=")), None)
                self.months.setdefault(key, []).append((int(m.value), month))
        # one written date per year and month is enough to place a story
        seen, self.events, self.written = set(), [], []
        for g in dated:
            if g.year is not None and "birth" not in g.cues and (g.year, g.month) not in seen:
                seen.add((g.year, g.month))
                self.events.append(date(g.year, g.month, g.day))
                self.written.append(g)
        self.events = self.events[:_MAX_PAIRS]

    def of_other_months(self, f) -> set[int]:
        """The years of f's sentence written only with a month other than f's (« juin 2024 »
        beside « dimanche 3 novembre »), and not the year of a dated event near f."""
        written = self.months.get((id(getattr(f, "block", None)), f.sentence), ())
        other = {y for y, m in written if m is not None and m != f.month}
        other -= {y for y, m in written if m is None or m == f.month}
        for e in self.events:
            for y in (e.year - 1, e.year, e.year + 1):
                if valid(f.day, f.month, y) and abs((date(y, f.month, f.day) - e).days) <= 92:
                    other.discard(y)
        return other

    def baselines(self, f) -> set[int]:
        """The years of f's sentence written only as what a figure is compared to (« sur la même
        période de 2025 »), and not the year of a dated event near f."""
        written = self.compared.get((id(getattr(f, "block", None)), f.sentence), ())
        base = {y for y, b in written if b} - {y for y, b in written if not b}
        for e in self.events:
            for y in (e.year - 1, e.year, e.year + 1):
                if valid(f.day, f.month, y) and abs((date(y, f.month, f.day) - e).days) <= 92:
                    base.discard(y)
        return base

    def near(self, f, later_than: date | None = None) -> list[int]:
        """With `later_than`, an event after it written after f in another block is left out."""
        years = list(self.in_sentence.get((id(getattr(f, "block", None)), f.sentence), ()))
        for e, g in zip(self.events, self.written):
            if later_than is not None and e > later_than and g.start > f.start \
                    and getattr(g, "block", None) is not getattr(f, "block", None):
                continue
            for y in (e.year - 1, e.year, e.year + 1):
                if valid(f.day, f.month, y) and abs((date(y, f.month, f.day) - e).days) <= 92:
                    years.append(y)
        return years


def _order_spans(cal: Calendar, dated: list) -> None:
    """The end of a yearless « du … au … » falls after its start (« du 28 décembre au 3 janvier »)."""
    for a, b in zip(dated, dated[1:]):
        if "range_start" in a.cues and "range_end" in b.cues:
            ra, rb = cal.dates[id(a)], cal.dates[id(b)]
            if ra.when and rb.when and rb.when < ra.when and not rb.written_year:
                if valid(b.day, b.month, rb.when.year + 1):
                    moved = date(rb.when.year + 1, b.month, b.day)
                    if b.weekday is not None:
                        # « du lundi 7 septembre au vendredi 4 décembre », published in January:
                        # the end, read in the year before, is judged in the start's year; a
                        # weekday that held where it was read keeps it there (precision first)
                        if rb.fits and moved.weekday() != b.weekday:
                            continue
                        rb.fits = moved.weekday() == b.weekday
                    rb.when = moved


def days_between(cal: Calendar, a, b) -> int | None:
    da, db = cal.date_of(a), cal.date_of(b)
    if da is None or db is None:
        return None
    return (db - da).days


def say(d: date, lang: str = "fr", year: bool = True) -> str:
    """« 13 juillet 2025 » / "13 July 2025"."""
    if lang == "fr":
        day = "1er" if d.day == 1 else str(d.day)
        return f"{day} {MONTHS[d.month - 1]}" + (f" {d.year}" if year else "")
    return f"{d.day} {_EN_MONTHS[d.month - 1]}" + (f" {d.year}" if year else "")


def weekday_name(i: int, lang: str = "fr") -> str:
    return WEEKDAYS[i] if lang == "fr" else _EN_WEEKDAYS[i]


_EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December")
_EN_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

__all__ = ["Calendar", "Resolved", "build", "get", "nearest", "days_between", "say", "weekday_name"]
