from __future__ import annotations

from datetime import date

from numlint import calendar
from numlint.rules.base import Context, Rule

_AGES = ("age_now", "age_past", "age_death", "age_at")


class ElapsedMismatch(Rule):
    """Âge ou temps écoulé qui ne correspond pas aux dates.

    Ce qu'elle vérifie : un âge confronté à l'année (ou la date) de naissance écrite dans la même
    phrase (« né en 1950, il a 60 ans ») et à la date de référence, ou à la date du décès pour un
    âge au passé (« mort le 13 mars … né le 12 avril 1941, il avait 79 ans ») ; un temps écoulé
    confronté à l'année écrite à côté (« il y a trois ans, en 2019 »). Une année d'écart est
    tolérée : sans mois de naissance, on ne sait pas si l'anniversaire est passé.

    Pourquoi : un âge faux est une erreur que les lecteurs relèvent tout de suite. La règle a
    besoin d'une date de référence (`--reference-date` ou date de publication) et d'un lien écrit
    (« né en », « âgé de », « il y a ») ; sinon elle se tait.

    Exemple signalé (publié en 2025) : « Né en 1950, il a 60 ans. »
    Exemple accepté (publié en 2025) : « Né en 1950, il a 75 ans. »
    ---
    Age or elapsed time that does not match the dates.

    What it checks: an age against the year (or date) of birth written in the same sentence ("né
    en 1950, il a 60 ans") and the reference date, or the date of death for an age in the past
    ("mort le 13 mars … né le 12 avril 1941, il avait 79 ans"); an elapsed time against the year
    written beside it ("il y a trois ans, en 2019"). One year of slack: without a month of birth,
    nobody knows whether the birthday has passed.

    Why: a wrong age is an error readers spot at once. The rule needs a reference date
    (`--reference-date` or publication date) and a written link ("né en", "âgé de", "il y a");
    otherwise it stays quiet.

    Reported (published in 2025): "Né en 1950, il a 60 ans."
    Accepted (published in 2025): "Né en 1950, il a 75 ans."
    """
    code = "NUM404"
    name = "elapsed-mismatch"
    severity = "warning"
    fires = (
        ("Portrait\nNé en 1950 à Lyon, il a 60 ans et dirige toujours son atelier.\n", "2025-05-10"),
        ("Anniversaire\nIl y a trois ans, en 2019, la cathédrale brûlait.\n", "2025-04-15"),
    )
    quiet = (
        ("Portrait\nNé en 1950 à Lyon, il a 75 ans et dirige toujours son atelier.\n", "2025-05-10"),
        ("Anniversaire\nIl y a six ans, en 2019, la cathédrale brûlait.\n", "2025-04-15"),
        "Portrait\nNé en 1950 à Lyon, il a 60 ans et dirige toujours son atelier.\n",
    )

    def check(self, ctx: Context):
        cal = calendar.get(ctx)
        if not cal.confident or cal.anchor is None:
            return
        now = cal.anchor
        births = [_Moment.of(x, cal) for x in _cued(ctx, "birth")]
        deaths = [_Moment.of(x, cal) for x in _cued(ctx, "death")]
        births = [b for b in births if b and b.year <= now.year]
        born_in: dict[tuple[int, int], list] = {}
        for b in births:
            born_in.setdefault((id(b.item.block), b.item.sentence), []).append(b)
        years_in: dict[tuple[int, int], list] = {}
        for m in ctx.masked:
            if m.kind == "year" and m.value:
                years_in.setdefault((id(m.block), m.sentence), []).append(m)
        self._years_in = years_in
        deaths = [d for d in deaths if d and d.year <= now.year]
        for f in ctx.figures:
            if f.kind != "duration" or f.unit != "year" or isinstance(f.value, str):
                continue
            if f.value is None and not f.is_range:
                continue
            if "ago" in f.cues:
                yield from self._ago(ctx, f, now)
                continue
            cue = next((c for c in f.cues if c in _AGES), None)
            if cue is None:
                continue
            born = [b for b in born_in.get((id(f.block), f.sentence), ()) if b.item.start < f.start]
            if len(born) != 1:
                continue
            yield from self._age(ctx, f, cue, born[0], deaths, now)

    def _age(self, ctx, f, cue, born, deaths, now):
        lo, hi = f.bounds
        moment, exact_moment = None, False
        if cue == "age_now":
            moment = _Moment(None, now.year, now)
        elif cue in ("age_past", "age_death") and len(deaths) == 1:
            moment = deaths[0]
        elif cue == "age_at":
            years = [m for m in self._years_in.get((id(f.block), f.sentence), ())
                     if "in" in m.cues and _beside(m, f)]
            if len(years) == 1:
                moment = _Moment(years[0], int(years[0].value), None)
        if moment is not None:
            a_lo, a_hi = _age_between(born, moment)
            if a_hi < 0:
                return
            if hi >= a_lo - 1 and lo <= a_hi + 1:
                return
            when_fr = f"au {calendar.say(moment.day)}" if moment.day else f"en {moment.year}"
            when_en = f"on {calendar.say(moment.day, 'en')}" if moment.day else f"in {moment.year}"
        else:
            # An age at some past moment cannot exceed the age today.
            a_lo, a_hi = _age_between(born, _Moment(None, now.year, now))
            if lo <= a_hi + 1:
                return
            when_fr, when_en = f"au {calendar.say(now)}", f"on {calendar.say(now, 'en')}"
        ages = f"{a_lo}" if a_lo == a_hi else f"{a_lo} ou {a_hi}"
        ages_en = f"{a_lo}" if a_lo == a_hi else f"{a_lo} or {a_hi}"
        b_fr = calendar.say(born.day) if born.day else str(born.year)
        b_en = calendar.say(born.day, "en") if born.day else str(born.year)
        fr = f"né {'le' if born.day else 'en'} {b_fr}, on a {ages} ans {when_fr}, pas « {f.text} »"
        en = f"born {'on' if born.day else 'in'} {b_en}, one is {ages_en} {when_en}, not '{f.text}'"
        yield self.diagnostic(ctx, f, fr=fr, en=en, related=[
            (born.item, "naissance", "birth")])

    def _ago(self, ctx, f, now):
        # « il y a trois ans, en 2019 »: the year stands right beside the span it dates
        years = [m for m in self._years_in.get((id(f.block), f.sentence), ())
                 if "in" in m.cues and _beside(m, f)]
        if len(years) != 1:
            return
        y = int(years[0].value)
        gap = now.year - y
        if gap < 0:
            return
        lo, hi = f.bounds
        if hi >= gap - 1 and lo <= gap + 1:
            return
        fr = f"« il y a {f.text} » ne s'accorde pas avec {y} : en {now.year}, {y} remonte à {gap} ans"
        en = f"'{f.text} ago' does not match {y}: in {now.year}, {y} is {gap} years back"
        yield self.diagnostic(ctx, f, fr=fr, en=en, related=[(years[0], "l'année écrite", "the year written")])


class _Moment:
    def __init__(self, item, year: int, day: date | None):
        self.item, self.year, self.day = item, year, day

    @classmethod
    def of(cls, item, cal):
        if getattr(item, "kind", None) == "date":
            d = cal.date_of(item)
            return cls(item, d.year, d) if d else None
        if item.value:
            return cls(item, int(item.value), None)
        return None


def _age_between(born: _Moment, at: _Moment) -> tuple[int, int]:
    if born.day and at.day:
        a = at.day.year - born.day.year - ((at.day.month, at.day.day) < (born.day.month, born.day.day))
        return a, a
    return at.year - born.year - 1, at.year - born.year


def _beside(m, f, reach: int = 24) -> bool:
    """A year within a few words of the figure (« trois ans, en 2019 », « en 1963, à 22 ans »)."""
    return 0 <= f.start - m.end <= reach or 0 <= m.start - f.end <= reach


def _cued(ctx, cue: str):
    for f in ctx.figures:
        if f.kind == "date" and cue in f.cues:
            yield f
    for m in ctx.masked:
        if m.kind == "year" and cue in m.cues:
            yield m
