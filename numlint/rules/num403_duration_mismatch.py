from __future__ import annotations

from numlint import calendar
from numlint.rules.base import Context, Rule

_DAYS = {"day": 1, "week": 7}
_MAX = 12        # dates looked at per sentence: a sentence with more is a list, not an event


class DurationMismatch(Rule):
    """Durée qui ne correspond pas aux dates de début et de fin.

    Ce qu'elle vérifie : une durée en jours ou en semaines (« une visite de trois jours », « grève
    de deux jours ») confrontée aux dates du même événement dans le même paragraphe : « du 3 au 5
    juillet », ou une date d'arrivée (« arrivé le vendredi 11 juillet ») et une date de départ
    (« reparti le mardi 15 juillet »). Les jours se comptent des deux façons (bornes incluses ou
    non) : du 11 au 13, deux ou trois jours conviennent.

    Pourquoi : une durée fausse signale une date fausse, ou l'inverse. La règle ne parle que si la
    durée et les deux dates sont liées par le texte (« pour », « pendant », « du … au … »,
    arrivée et départ dans des phrases voisines). La durée d'une traversée ou d'un trajet (« une
    traversée de neuf jours », « le trajet a duré neuf jours ») se confronte au départ et à
    l'arrivée de sa phrase (« parti le 1er novembre … arrivé le 8 »), un jour de moins toléré.
    Les jours qu'un tribunal ou une assemblée a siégé (« quatre jours d'audience, du lundi 16 au
    jeudi 19 ») se comptent aussi du lundi au vendredi : pas d'audience le week-end ; moins de jours
    que la période n'en compte ne sont signalés que sur une seule semaine de travail (au-delà, les
    audiences peuvent être étalées). La durée d'une chose dont l'apposition date l'ouverture et la
    fermeture (« la saison, lancée le 25 octobre et refermée le 25 avril, aura duré 150 jours ») se
    confronte à ces deux dates, les seules avant elle dans la phrase. Une durée suivie d'un début
    et d'un événement pour fin (« durera 33 jours, du dimanche 30 août jusqu'au jour du vote ») se
    confronte à la date que la phrase d'avant donne à cet événement, qu'elle a pour sujet (« Le
    scrutin aura lieu le lundi 5 octobre »).

    Exemple signalé : « arrivé le vendredi 11 juillet pour une visite de trois jours » puis
    « reparti le mardi 15 juillet ».
    Exemple accepté : le même texte avec « reparti le dimanche 13 juillet ».
    ---
    Duration that does not match its start and end dates.

    What it checks: a duration in days or weeks ("une visite de trois jours", "grève de deux
    jours") against the dates of the same event in the same paragraph: "du 3 au 5 juillet", or an
    arrival date ("arrivé le vendredi 11 juillet") and a departure date ("reparti le mardi 15
    juillet"). Days are counted either way (ends included or not): from the 11th to the 13th, two
    or three days are both fine.

    Why: a wrong duration betrays a wrong date, or the other way round. The rule speaks only when
    the text ties the duration to both dates ("pour", "pendant", "du … au …", arrival and departure
    in neighbouring sentences). The length of a crossing or a trip ("une traversée de neuf jours",
    "le trajet a duré neuf jours") is checked against the departure and the arrival of its sentence
    ("parti le 1er novembre … arrivé le 8"), one day fewer allowed. Days a court or an assembly sat
    ("quatre jours d'audience, du lundi 16 au jeudi 19") may also be counted Monday to Friday: no
    sitting on a weekend; fewer days than the span holds are reported only within one working week
    (beyond it, sittings may be spread out). The length of something whose aside dates its opening
    and its close ("la saison, lancée le 25 octobre et refermée le 25 avril, aura duré 150 jours")
    is checked against those two dates, the only ones before it in the sentence. A length followed
    by a start and an event as its end ("durera 33 jours, du dimanche 30 août jusqu'au jour du
    vote") is checked against the date the sentence before gives that event, its subject ("Le
    scrutin aura lieu le lundi 5 octobre").

    Reported: "arrivé le vendredi 11 juillet pour une visite de trois jours" then "reparti le
    mardi 15 juillet".
    Accepted: the same text with "reparti le dimanche 13 juillet".
    """
    code = "NUM403"
    name = "duration-mismatch"
    severity = "warning"
    fires = (
        ("Visite officielle\nLe ministre est arrivé le vendredi 11 juillet pour une visite de trois "
         "jours. Il est reparti le mardi 15 juillet.\n", "2025-07-16"),
        ("Grève\nLes syndicats appellent à une grève de deux jours, du lundi 3 au vendredi 7 mars.\n",
         "2025-03-01"),
    )
    quiet = (
        ("Visite officielle\nLe ministre est arrivé le vendredi 11 juillet pour une visite de trois "
         "jours. Il est reparti le dimanche 13 juillet.\n", "2025-07-16"),
        ("Festival\nLe festival dure trois jours, du 3 au 5 juillet.\n", "2025-06-01"),
        ("Visite officielle\nLe ministre est arrivé le vendredi 11 juillet pour une visite de trois "
         "jours.\n", "2025-07-16"),
    )

    def check(self, ctx: Context):
        cal = calendar.get(ctx)
        by_sentence: dict[tuple[int, int], list] = {}     # (block, sentence) -> dates, in order
        for f in ctx.figures_of("date"):
            if f.block is not None and cal.date_of(f) is not None:
                by_sentence.setdefault((id(f.block), f.sentence), []).append(f)
        groups: dict[tuple[int, int], list] = {}    # (start, end) -> [(start, end), (duration, gap)…]
        for d in ctx.figures_of("duration"):
            if "span" not in d.cues or d.unit not in _DAYS:
                continue
            if isinstance(d.value, str) or (d.value is None and not d.is_range):
                continue
            if d.block is None:
                continue
            if "trip" in d.cues and any(
                    g is not d and g.kind == "duration" and g.unit in _DAYS and "span" in g.cues
                    and g.block is d.block and g.sentence == d.sentence for g in ctx.figures_of("duration")):
                continue    # « après une escale de deux jours »: which days the dates count is unsure
            near = [f for i in range(d.sentence - 2, d.sentence + 3)
                    for f in by_sentence.get((id(d.block), i), ())[:_MAX]]
            ends = _ends(d, near)
            if ends is None:
                continue
            start, end = ends
            gap = (cal.date_of(end) - cal.date_of(start)).days
            if gap <= 0 or gap > 366:
                continue
            if "return" in end.cues and "depart" in start.cues \
                    and any(_fits(d, g) for g in range(gap - 2, gap + 3)):
                continue    # from home and back: the travel days may or may not be the stay's
            groups.setdefault((id(start), id(end)), [ends]).append((d, gap))
        for (start, end), *tied in groups.values():
            # Several durations may go with one span (« en délibéré pendant cinq semaines, à
            # l'issue d'un procès de quatre jours, du 3 au 6 »): if any fits, the span is its own.
            if any(_fits(d, gap) for d, gap in tied):
                continue
            if any("at_most" in d.cues and _within(d, gap) for d, gap in tied):
                continue    # « après 112 jours de récolte » over 131 days: no harvest on some of them
            if any("sitting" in d.cues and _may_sit(d, cal.date_of(start), cal.date_of(end))
                   for d, _ in tied):
                continue    # « cinq jours d'audience, du jeudi 12 au mercredi 18 »: no weekend sitting
            if "range_start" in start.cues:
                d, gap = _owner(tied, start)
                # a nearer duration the cues did not tie (« une audience de huit jours, du 4 au
                # 6 »): the span may be its own, unsure
                if any(f.kind == "duration" and f.block is d.block and f.sentence == d.sentence
                       and d.end <= f.start < start.start for f in ctx.figures_of("duration")):
                    continue
                # « trois semaines de vacances, du 14 décembre au 3 janvier, avant un stage de dix
                # jours »: the span is told of the length written right before it, which fits it,
                # even untied by the cues; the one after is another stretch of time
                if d.start > start.start and any(
                        f.kind == "duration" and f.unit in _DAYS and f.block is d.block
                        and f.sentence == d.sentence and f.end <= start.start
                        and not isinstance(f.value, str) and (f.value is not None or f.is_range)
                        and _fits(f, gap) for f in ctx.figures_of("duration")):
                    continue
            else:
                d, gap = tied[0]
            s_fr, e_fr = calendar.say(cal.date_of(start), year=False), calendar.say(cal.date_of(end), year=False)
            s_en, e_en = calendar.say(cal.date_of(start), "en", False), calendar.say(cal.date_of(end), "en", False)
            fr = (f"« {d.text} » ne s'accorde pas avec les dates : du {s_fr} au {e_fr}, il y a "
                  f"{gap} jours ({gap + 1} en comptant les deux bouts)")
            en = (f"'{d.text}' does not match the dates: from {s_en} to {e_en} is {gap} days "
                  f"({gap + 1} counting both ends)")
            yield self.diagnostic(ctx, d, fr=fr, en=en, related=[
                (start, "début", "start"), (end, "fin", "end")])


def _fits(d, gap: int) -> bool:
    lo, hi = d.bounds
    lo, hi = lo * _DAYS[d.unit], hi * _DAYS[d.unit]
    # a journey leaves in the afternoon and arrives in the morning: a day fewer than the dates
    slack = 1 if d.unit == "week" or "trip" in d.cues else 0
    # N working weeks run from a Monday to a Friday: 7N - 2 days counting both ends
    short = 2 if d.unit == "week" else 0
    return hi >= gap - slack and lo <= gap + 1 + short


def _within(d, gap: int) -> bool:
    """Days of an activity between its opening and its close: no more than the span holds."""
    lo = d.bounds[0] * _DAYS[d.unit]
    return lo <= gap + 1 + (2 if d.unit == "week" else 0)


def _may_sit(d, first, last) -> bool:
    """Days a court or an assembly sat may be the span's weekdays, ends included; over a span
    with a weekend, fewer may be spread across it (« neuf jours d'audience, du 4 au 15 novembre »
    with a bank holiday, or three sittings a week): unsure, so only a span within one working week
    is held to its count."""
    from datetime import timedelta
    lo, hi = d.bounds
    if d.unit == "week":        # a week of sittings is five of them
        lo, hi = lo * 5, hi * 5
    days = [(first + timedelta(days=i)).weekday() for i in range((last - first).days + 1)]
    n = sum(w < 5 for w in days)
    # a weekend day at an end was a sitting day: no weekend to spread the sittings over
    return lo <= n <= hi or (hi < n and any(w >= 5 for w in days[1:-1]))


def _owner(tied: list, start):
    """The duration of a « du … au … » span: the one written right before it, else the first after
    (« du 3 au 6, soit quatre jours »)."""
    before = [t for t in tied if t[0].start < start.start]
    if before:
        return max(before, key=lambda t: t[0].start)
    return min(tied, key=lambda t: t[0].start)

def _ends(d, dates: list):
    """The start and end dates the text ties to duration `d`, or None when unsure."""
    near = [f for f in dates if abs(f.sentence - d.sentence) <= 1]
    if "restated_next" in d.cues:
        # « Du lundi 6 juillet au vendredi 28 août, … . Soit 53 jours … »: the span opening the
        # sentence before, the only dates of it; none in the length's own sentence
        prev = [f for f in dates if f.block is d.block and f.sentence == d.sentence - 1]
        if len(prev) == 2 and "range_start" in prev[0].cues and "range_end" in prev[1].cues \
                and not any(f.block is d.block and f.sentence == d.sentence for f in dates):
            return prev[0], prev[1]
        return None
    for a, b in zip(dates, dates[1:]):
        if "range_start" in a.cues and "range_end" in b.cues and \
                (a.sentence == d.sentence or b.sentence == d.sentence):
            return a, b
    if any("until_event" in f.cues and f.block is d.block and f.sentence == d.sentence for f in dates):
        # « Le scrutin aura lieu le lundi 5 octobre. La campagne durera 33 jours, du dimanche 30
        # août jusqu'au jour du vote »: the sentence's one date, the start, right after the
        # length; the end the one date of the sentence before, the event's
        same = [f for f in dates if f.block is d.block and f.sentence == d.sentence]
        prev = [f for f in dates if f.block is d.block and f.sentence == d.sentence - 1]
        if len(same) == 1 and "until_event" in same[0].cues and 0 < same[0].start - d.end <= 12 \
                and len(prev) == 1 and "event_end" in prev[0].cues:
            return same[0], prev[0]
        return None
    if "trip" in d.cues:
        # « Parti le 1er novembre …, une traversée qui aura duré neuf jours, jusqu'à son arrivée
        # le 8 »: one departure, then one arrival, in the duration's own sentence
        same = [f for f in dates if f.block is d.block and f.sentence == d.sentence]
        departs = [f for f in same if "depart" in f.cues]
        arrivals = [f for f in same if "arrival" in f.cues]
        if len(departs) != 1 or len(arrivals) != 1 or departs[0].start > arrivals[0].start:
            return None
        a, b = departs[0], arrivals[0]
        if any(a.start < f.start < b.start for f in same):
            return None     # « repartie de Horta le 7 »: a stopover, the crossing may start there
        return a, b
    if "stay_told" in d.cues:
        # « Il est resté cinq jours au CHU : admis le lundi 8 juin, il en est sorti le mardi 16
        # juin »: the only two dates after the length in its sentence, the entry then the exit
        after = [f for f in dates if f.block is d.block and f.sentence == d.sentence and f.start > d.end]
        within = next((int(c[12:]) for c in d.cues if c.startswith("told_within=")), None)
        if within is not None:
            # « a duré neuf jours : entamée le …, achevée le …, au lendemain du 15-Août »: the
            # dates the opening and the close tell, not one after them
            after = [f for f in after if f.start < d.end + within]
        return (after[0], after[1]) if len(after) == 2 else None
    if "hospital" in d.cues:
        # « Admise le vendredi 8 mai, elle est morte le mercredi 20 mai, après trois semaines
        # d'hospitalisation »: the only two dates before the length in its sentence; or « Elle est
        # morte mercredi 20 mai. Elle avait été admise le vendredi 8 mai, et n'en était plus
        # ressortie au terme de … »: the one date before it, the admission, and the one death
        # dated in the sentence before, the only date there
        before = [f for f in dates if f.block is d.block and f.sentence == d.sentence and f.start < d.start]
        if "hospital_flashback" not in d.cues:
            return (before[0], before[1]) if len(before) == 2 else None
        if len(before) != 1 or any(f.block is d.block and f.sentence == d.sentence and f.start > d.end
                                   for f in dates):
            return None
        prev = [f for f in dates if f.block is d.block and f.sentence == d.sentence - 1]
        if len(prev) != 1 or "death" not in prev[0].cues:
            return None
        return before[0], prev[0]
    if "layoff" in d.cues:
        # « Victime d'une chute le jeudi 11 juin, il a repris le lundi 22 juin, après cinq
        # semaines d'arrêt »: the only two dates before the length in its sentence
        before = [f for f in dates if f.block is d.block and f.sentence == d.sentence and f.start < d.start]
        return (before[0], before[1]) if len(before) == 2 else None
    if "lasted" in d.cues:
        # « La saison, lancée le 25 octobre et refermée le 25 avril, aura duré 150 jours »: the
        # only two dates before the length in its sentence, the opening then the close
        before = [f for f in dates if f.block is d.block and f.sentence == d.sentence and f.start < d.start]
        within = next((int(c[10:]) for c in d.cues if c.startswith("led_close=")), None)
        if within is not None:
            # « Ouverte le lundi 5, elle a duré N semaines et s'est achevée le vendredi 23 »: the
            # only date before the length, the opening; the close, the one dated right after it
            after = [f for f in dates if f.block is d.block and f.sentence == d.sentence
                     and d.end < f.start < d.end + within]
            return (before[0], after[0]) if len(before) == 1 and len(after) == 1 else None
        if "until" in d.cues and len(before) == 1 and "start" in before[0].cues:
            # « La campagne, lancée le lundi 17 août, n'aura duré que trois semaines jusqu'au
            # scrutin du dimanche 27 septembre »: the opening before, the close dated right after
            after = [f for f in dates if f.block is d.block and f.sentence == d.sentence and f.start > d.end]
            if after and "end" in after[0].cues and after[0].start - d.end <= 90:
                return before[0], after[0]
            return None
        if len(before) != 2 or ("told_open_close" not in d.cues and (
                "start" not in before[0].cues or not ("end" in before[1].cues or "closed" in before[1].cues))):
            return None     # (the figures stage read the opening and the close of « told_open_close »)
        if "at_most" in d.cues and d.start - before[1].end > 80:
            return None     # the close told far from the length: another clause may own it
        return before[0], before[1]
    if "whole" in d.cues:
        # « Ouverts le lundi 16, les trois jours de pourparlers se sont achevés le samedi 21 »:
        # the opening and the close, both in the sentence of the days they bound
        same = [f for f in dates if f.block is d.block and f.sentence == d.sentence]
        starts = [f for f in same if "start" in f.cues]
        ends = [f for f in same if "end" in f.cues]
        if len(starts) != 1 or len(ends) != 1 or ends[0].start < starts[0].start:
            return None
        if any(starts[0].start < f.start < ends[0].start for f in same):
            return None     # « et rouverts le jeudi 12 »: a pause, the days may run from there
        return starts[0], ends[0]
    if "stay" not in d.cues:      # arrival and departure check only the length of a stay
        return None
    starts = [f for f in near if "start" in f.cues]
    if not starts and "altered" not in d.cues:
        # « Parti pour Tokyo le jeudi 4 septembre pour une tournée de deux semaines, il était rentré
        # le lundi 8 septembre »: the trip out and back, its sentence's only two dates, the departure
        # before the length and the return after it (unless the sentence or the next one tells the
        # stay cut short or stretched: « écourtée », « dès le 8 », « plus tôt que prévu »)
        same = [f for f in dates if f.block is d.block and f.sentence == d.sentence]
        if len(same) == 2 and "depart" in same[0].cues and "return" in same[1].cues \
                and same[0].end <= d.start and d.end <= same[1].start:
            return same[0], same[1]
        return None
    ends = [f for f in dates if "end" in f.cues and abs(f.sentence - d.sentence) <= 2]
    if len(starts) != 1 or len(ends) != 1:
        return None
    a, b = starts[0], ends[0]
    if (b.start < a.start and "flashback" not in a.cues) or a.sentence != d.sentence:
        return None     # the end told first only before a start in the pluperfect
    return a, b
