"""Dates in French prose: « samedi 12 juillet », « le 1er-Mai », « 12/07/2025 », « du 3 au 5 juillet ».

`find(text)` runs before masking and numbers, so the spans it returns are blanked for them.
A date figure has kind "date", `day`, `month`, `year` (only when written next to it) and
`weekday` (0 = lundi, when written). Its `value` is ISO "YYYY-MM-DD" with a written year,
"--MM-DD" without; an impossible date (« 31 juin », « 29 février 2025 », « le 32 mai ») keeps
its parts but has value None, so NUM402 can report it. A weekday with a bare day (« mardi 31 »)
takes its month from the date it is paired with (« du vendredi 11 au samedi 12 avril ») or from
a date just before it in the paragraph; otherwise it stays a date figure without month or value.

`annotate(text, figures, masked)` runs after numbers and records on durations and years the
words around them the NUM4xx rules need (« il y a », « né en », « âgé de », « pour … jours »;
an age opening its sentence, « À 58 ans, il », or apposed to a name, « Anne Roux, 63 ans, »;
whether a birth is the sentence's only person), since rules never see the text.
Every pattern is bounded: linear time on any input.
"""
from __future__ import annotations

import bisect
import calendar as _cal
import re

from numlint.figures import scanner
from numlint.figures.model import Figure, Masked
from numlint.lazyre import lazy_re

WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
          "octobre", "novembre", "décembre")
_MONTH_OF = {
    "janvier": 1, "janv.": 1, "février": 2, "fevrier": 2, "févr.": 2, "fevr.": 2, "fév.": 2,
    "mars": 3, "avril": 4, "avr.": 4, "mai": 5, "juin": 6, "juillet": 7, "juil.": 7, "août": 8,
    "aout": 8, "septembre": 9, "sept.": 9, "octobre": 10, "oct.": 10, "novembre": 11, "nov.": 11,
    "décembre": 12, "decembre": 12, "déc.": 12, "dec.": 12,
    # without the dot too (« 1er janv »), but never « sept », which is also seven
    "jan": 1, "jan.": 1, "janv": 1, "févr": 2, "fevr": 2, "avr": 4, "juil": 7, "oct": 10, "nov": 11, "déc": 12,
}
_WD = r"(?P<wd>lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
_DAY = r"(?P<day>\d{1,2}(?:er|re|ᵉʳ)?|premier)"
# Longest spellings first so that « septembre » is not read as « sept. ».
_MONTH = r"(?P<month>" + "|".join(
    re.escape(m) for m in sorted(_MONTH_OF, key=len, reverse=True)) + r")(?!\w)"
# A year is four digits not continued as a number (« le 5 mai 2 000 » or « 2025,5 » is not one).
# « le 8 mai 45 », « 1er avril 78 »: two digits, only where the sentence or clause ends, or before
# another number, which they cannot be counting (« le 14 juillet 89 deux cents personnes »).
_YEAR = (r"(?:,?[ \u00a0\u202f]{1,3}(?P<year>1\d{3}|20\d{2}|21\d{2})(?![\d]|[.,]\d|[ \u00a0\u202f]\d{3}(?!\d))"
         r"|[ \u00a0\u202f]{1,2}(?P<yy>\d{2})(?=[ \u00a0\u202f]{0,2}(?:[.;!?)»…]|,(?!\d)|\Z)"
         r"|[ \u00a0\u202f\n]{1,2}(?:deux|trois|quatre|cinq|six|huit|neuf|dix|onze|douze|treize|quatorze"
         r"|quinze|seize|vingt|trente|quarante|cinquante|soixante|septante|huitante|octante|nonante)"
         r"(?![\w.'’-])))?")
_SP = r"[ \u00a0\u202f\t]{1,3}"

# The day first, so that the scan skips ahead to digits; the weekday is looked for just before.
_TEXT_DATE = lazy_re(rf"(?<![\w.,]){_DAY}(?:{_SP}|-){_MONTH}{_YEAR}", re.I)
_NAME_AFTER = lazy_re(r"[ \u00a0]{1,3}(?:van\b|von\b|de\b|[A-ZÀ-Ý])")
_WD_BEFORE = lazy_re(rf"(?<!\w){_WD}{_SP}\Z", re.I)
_NUM_DATE = lazy_re(
    r"(?<![\w/.,-])(?:(?P<y1>1\d{3}|20\d{2})/(?P<m1>[01]?\d)/(?P<d1>[0-3]?\d)"
    r"|(?P<y3>1\d{3}|20\d{2})-(?P<m3>[01]\d)-(?P<d3>[0-3]\d)"
    r"|(?P<d4>[0-3]?\d)(?P<s4>[.-])(?P<m4>[01]?\d)(?P=s4)(?P<y4>1\d{3}|20\d{2})"
    r"|(?P<y6>1\d{3}|20\d{2})\.(?P<m6>[01]?\d)\.(?P<d6>[0-3]?\d)"             # 2015.5.13
    r"|(?P<d7>[0-3]\d)/(?P<m7>[01]\d),(?P<y7>\d{4}|\d{2})"                      # 12/08,2015
    # d-m-yy with dashes (« 3-7-07 »), or month first when the day cannot be a month (« 9-18-15 »,
    # « 02/22/2016 »): a year is required, and no further group (a phone number)
    r"|(?P<d8>[0-3]?\d)-(?P<m8>[0-3]?\d)-(?P<y8>1\d{3}|20\d{2}|\d{2})(?!-\d)"
    r"|(?P<m9>[01]?\d)/(?P<d9>1[3-9]|2\d|3[01])/(?P<y9>1\d{3}|20\d{2}|\d{2})"
    r"|(?P<d2>[0-3]?\d)/(?P<m2>[01]\d|[1-9](?!\d))(?:/(?P<y2>\d{4}|\d{2}))?)(?![\w/]|[.,]\d)")
# « 16/9 » (a screen), « 24/7 » (always open): ratios, not dates, unless « le » says so.
_RATIOS = {(16, 9), (24, 7), (21, 9)}
_LE_BEFORE = lazy_re(r"(?:\b(?:le|du|au|dès\s+le|depuis\s+le|jusqu['’]au)|" + _WD + r")\s{1,3}\Z", re.I)
# A weekday and a bare day: « mardi 31 », « du vendredi 11 au samedi 12 avril ».
_WD_DAY = lazy_re(
    rf"(?<!\w){_WD}{_SP}(?P<day>1er|premier|[0-3]?\d)(?!\w|[.,]\d|\s{{0,2}}(?:h\b|heures?\b|%|€|°|ans?\b|\d))",
    re.I)
# What joins a bare day to the full date after it: « 3 au 5 juillet », « 3 et le 5 juillet ».
_JOIN = lazy_re(
    rf"(?:(?<!\w){_WD}{_SP})?(?<![\w.,])(?P<day>1er|premier|[0-3]?\d)\s{{0,3}}"
    r"(?P<join>au|et|à|ou|-|–|,)\s{1,3}(?:(?:le|au)\s{1,3})?\Z", re.I)

_JOINS = ("au", "et", "à", "ou", "-", "–", ",")


def _may_join(text: str, end: int) -> bool:
    """Whether text[:end] ends as _JOIN does: a join word, 1–3 spaces, maybe « le »/« au » and
    1–3 spaces (a cheap test before the search)."""
    tail = text[max(0, end - 12):end]
    r = tail.rstrip()
    if not 1 <= len(tail) - len(r) <= 3:
        return False
    r = r.lower()
    if r.endswith(_JOINS):
        return True
    if not r.endswith(("le", "au")):
        return False
    r2 = r[:-2]
    r3 = r2.rstrip()
    return 1 <= len(r2) - len(r3) <= 3 and r3.endswith(_JOINS)

_BEFORE = 64   # how far back a cue word may stand (characters, within the sentence)

_BIRTH = lazy_re(r"\bn[ée]e?s?(?:\s+(?:le|en))?\s*\Z", re.I)
_DEATH = lazy_re(
    r"\b(?:mort|morte|morts|mortes|décédée?s?|decedee?s?|éteinte?|eteinte?|disparue?s?|tuée?s?"
    r"|assassinée?s?|mort(?:e)?\s+(?:à|a)\s+\w+)(?:\s+(?:le|en))?\s*\Z", re.I)
_START = lazy_re(
    r"\b(?:arrivée?s?|arrive(?:ra|nt)?|atterri(?:ra|t)?|débarquée?s?|débuté|débute(?:ra)?|commencée?s?"
    r"|commence(?:ra)?|entamée?s?|(?<!portes\s)ouverte?s?|s'ouvre|démarrée?s?|démarre(?:ra)?|depuis"
    # « un deuil de trois jours à compter de ce dimanche 31 mai »: the start told, not the decision
    r"|(?<!annoncée\s)(?<!annoncé\s)à\s{1,3}(?:compter|partir)\s{1,3}(?:du|de(?:\s{1,3}ce)?)"
    # « l'opération, lancée le jeudi 15 »: the participle, not the act of « a lancé le 3 »
    r"|(?<!\ba\s)(?<!\bont\s)(?<!avait\s)(?<!avaient\s)(?<!aura\s)lancée?s?)\b", re.I)
_END = lazy_re(
    r"\b(?:repartie?s?|repartir|repart(?:ira)?|regagner|regagnera|regagné|quitter|quittera|quitté"
    r"|jusqu'(?:au|à)|jusqu’(?:au|à)|s'achève(?:ra)?|s’achève(?:ra)?|achevée?s?|prendra\s+fin"
    r"|ser(?:a|ont)\s+levée?s?"
    r"|terminée?s?|se\s+termine(?:ra)?|retour|rentre(?:r|ra)|clôturée?|(?<!huis\s)clos(?:e|es)?"
    r"|condamnée?s?|acquittée?s?|verdict)\b", re.I)     # a trial ends with its verdict
# « Parti de Saint-Malo le 1er novembre », « au départ de Brest, le 3 »: the start of a journey,
# whose end is an arrival (« arrivé le 8 »); « parti » a participle opening the sentence or a
# clause, or after « être », never the noun (« le parti », « la majeure partie »)
# « la saison, ouverte le 25 octobre et refermée le 25 avril, a duré … »: a close, read only as the
# end of a span whose length the sentence then gives (a closure may also start a time: « fermée le
# 3 pour deux jours »)
_CLOSED = lazy_re(r"\b(?:refermée?s?|fermée?s?)\b", re.I)
_DEPART = lazy_re(
    r"(?:(?:\A\s{0,3}[«\"“(]?\s{0,2}|(?<=,\s)|\b(?:est|sont|était|étaient|être|étant|fut|sera|seront)"
    r"\s{1,3})partie?s?|\bélancée?s?|\bappareillée?s?|\bdéparts?)\b", re.I)
_ARRIVAL = ("arriv", "atterri", "débarqu")
# « il était rentré à Bayonne le lundi 8 », « de retour à Paris le 8 »: the end of a trip out and
# back, the return home after a departure (« Parti pour Tokyo le jeudi 4 … pour une tournée de deux
# semaines »); not « revenu sur sa décision », nor the noun « la rentrée »
_RETURN = lazy_re(
    r"\b(?:(?:est|sont|était|étaient|sera|seront|être|étant|fut|furent|soit|serait)\s{1,3}"
    r"(?:rentrée?s?|revenue?s?(?!\s{1,3}sur\b))|rentre(?:ra|ront|nt)?|reviendr(?:a|ont)"
    r"|revien(?:t|nent)(?!\s{1,3}sur\b)|de\s{1,3}retour)\b", re.I)
# « le procès s'était ouvert le 9 »: a start told in the pluperfect, after its end
_PLUPERFECT = lazy_re(r"\b(?:avai(?:t|ent)|étai(?:t|ent))\s{1,3}(?:\w{1,20}\s{1,3})?\Z", re.I)
_RANGE_FROM = lazy_re(r"\b(?:du|depuis\s+le|entre\s+le|entre)\s*\Z", re.I)
_SENTENCE_END = lazy_re(r"[.!?;:…](?:\s|\Z)")
_MAY_TEXT_DATE = lazy_re(r"\d|premier", re.I)   # a day: digits or « premier »
_MAY_NUM_DATE = lazy_re(r"[/.\-]\d")     # every numeric date has digit, sign, digit


# Every month name (_MONTH_OF) starts with one of these stems in the lowered text (« ı » and « ſ »
# are what IGNORECASE also takes for « i » and « s », and lower() leaves as they are). A month
# after a day follows a space or a dash, a month first follows no letter or digit: one scan for
# the stems serves both. Led by letters, the scan skips ahead (sre's first-character check), which
# a pattern led by the class before the stem cannot; a stem holds only letters, so a match inside
# a word never hides one after a non-word character.
_STEM = r"jan|f[ée]v|mar[sſ]|avr|ma[iı]|ju[iı][nl]|ao[ûu]|sept|ſept|oct|nov|d[ée]c"
_STEM_LOW = lazy_re(_STEM)
# A weekday and a day: every weekday is « …di » or « dimanche », the day a digit or « premier ».
_WD_LOW = lazy_re(r"d[iı](?:manche)?[ \u00a0\u202f\t]{1,3}[\dp]")
_SEP_CHARS = frozenset(" \u00a0\u202f\t-")
_SP_CHARS = frozenset(" \u00a0\u202f\t")
_DAY_REACH = 10                         # « premier » and three spaces: a day starts this close


def _stems(low: str) -> list[tuple[int, str]]:
    """Where a month stem starts after a non-word character (or at 0) in the lowered text."""
    return [(m.start(), m.group()) for m in _STEM_LOW.finditer(low)
            if not m.start() or not low[m.start() - 1].isalnum()]


def _text_dates_at(text: str, low: str, stems: list[tuple[int, str]]):
    """_TEXT_DATE.finditer(text), trying only the few places a day can start before a month."""
    last = 0
    match = _TEXT_DATE.match
    for p, _ in stems:
        if p <= last or low[p - 1] not in _SEP_CHARS:
            continue
        # the day ends just before: a dash, or one to three spaces (« mais » after a word: no)
        q = p - 1
        if text[q] == "-":
            q -= 1
        else:
            while q >= p - 3 and q >= 0 and text[q] in _SP_CHARS:
                q -= 1
        if q < 0 or q < last or not (text[q].isdecimal() or text[q] in "rReEʳ"):
            continue
        for s in range(max(last, p - _DAY_REACH), p):
            c = text[s]
            if c.isdigit() or c in "pP":
                m = match(text, s)
                if m:
                    yield m
                    last = m.end()
                    break


def _num_dates_at(text: str):
    """_NUM_DATE.finditer(text): every numeric date opens with a run of at most four digits
    and a sign before a digit, so it is tried only at the start of such a run."""
    last = 0
    match = _NUM_DATE.match
    for h in _MAY_NUM_DATE.finditer(text):
        k = h.start() - 1                  # the digit before the sign
        if k < last or not text[k].isdecimal():
            continue
        s = k
        while s > last and k - s < 4 and text[s - 1].isdecimal():
            s -= 1
        if s >= last and (s == 0 or not text[s - 1].isdecimal()):
            m = match(text, s)
            if m:
                yield m
                last = m.end()


def _wd_days_at(text: str, low: str):
    """_WD_DAY.finditer(text), tried only where the lowered text has a weekday and a day."""
    last = 0
    match = _WD_DAY.match
    for w in _WD_LOW.finditer(low):
        k = w.start()
        for s in (k - 6, k - 4, k - 3, k):   # « vendredi », « samedi », « lundi »; « dimanche »
            if s >= last:
                m = match(text, s)
                if m:
                    yield m
                    last = m.end()
                    break


def find(text: str) -> list[Figure]:
    """Every date of one block of prose, offsets local to `text`, in text order."""
    out: list[Figure] = []
    try:
        out = _find(text)
    except (ValueError, OverflowError):   # never a traceback on odd input
        return []
    return out


# What a spelled day (_spelled_day) must hold, all among the anchor literals (scanner._LITERALS):
# an ordinal, or a cardinal word of 2 to 31 (« un » alone is the article).
_DAY_WORDS = ("premi", "second", "tierce", "ième", "ieme", "deux", "trois", "quatre", "cinq", "six",
              "sept", "huit", "neuf", "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize",
              "vingt", "trente")


def _has_premier(text: str, low: str, same: bool) -> bool:
    """_MAY_TEXT_DATE.search(text), for a text without digits: re.I takes only « ı » and « İ »
    (which lower() makes two characters) for a letter of « premier » besides its capitals."""
    if same and "ı" not in low:
        return "premier" in low
    return _MAY_TEXT_DATE.search(text) is not None


def _find(text: str) -> list[Figure]:
    found: list[Figure] = []
    facts = scanner.block(text)        # the lowered text and its digits, shared with the anchors
    low = facts.low
    same = len(low) == len(text)       # offsets of the lowered text are the text's
    # Cheap tests that each pattern needs (exact, case folding included) skip most blocks.
    has_day = facts.digit or (("p" in text or "P" in text) and _has_premier(text, low, same))
    # One case-sensitive scan of the lowered text for month stems serves « 12 mai » and
    # « Oct. 2 »: an IGNORECASE scan of the whole block costs several times more. Without a
    # day in digits only a spelled day can follow a month (« mai vingt et un »): no such word
    # among the anchor literals, no scan.
    if not same:
        stems = None
    elif has_day or any(low.startswith(_DAY_WORDS, j) for j in facts.hits):
        stems = _stems(low)
    else:
        stems = []
    if not has_day and not stems:
        return found                   # no day in digits, no month before a spelled one
    if not has_day or stems == []:
        text_dates = ()
    elif stems is None:
        text_dates = _TEXT_DATE.finditer(text)
    else:
        text_dates = _text_dates_at(text, low, stems)
    for m in text_dates:
        day = _day(m.group("day"))
        if not day or (day > 31 and not _after_le(text, m.start())) or day > 39:
            continue
        if m.group("month").lower().startswith("jan") and len(m.group("month")) <= 4 \
                and _NAME_AFTER.match(text, m.end()):
            continue
        start = m.start()
        # every weekday has a « d »: most dates skip the search for one before them
        wd = _WD_BEFORE.search(text, max(0, start - 12), start) \
            if "d" in text[max(0, start - 12):start].lower() else None
        if wd:
            start = wd.start()
        # « le 8 mai 45 » is 1945: news tell the past more than the far future
        year = int(m.group("year")) if m.group("year") else _year(m.group("yy"), 30) if m.group("yy") else None
        found.append(_figure(text, start, m.end(), day, _MONTH_OF[m.group("month").lower()],
                             year, _weekday(wd.group("wd")) if wd else None))
    for m in (_num_dates_at(text) if has_day else ()):
        if m.group("y1"):
            y, mo, d = int(m.group("y1")), int(m.group("m1")), int(m.group("d1"))
        elif m.group("y3"):
            y, mo, d = int(m.group("y3")), int(m.group("m3")), int(m.group("d3"))
        elif m.group("y4"):
            y, mo, d = int(m.group("y4")), int(m.group("m4")), int(m.group("d4"))
        elif m.group("y6"):
            y, mo, d = int(m.group("y6")), int(m.group("m6")), int(m.group("d6"))
        elif m.group("y7"):
            d, mo, y = int(m.group("d7")), int(m.group("m7")), _year(m.group("y7"))
        elif m.group("y8"):
            d, mo, y = int(m.group("d8")), int(m.group("m8")), _year(m.group("y8"))
            if mo > 12 and d <= 12:
                d, mo = mo, d          # « 9-18-15 »: month first, as the day cannot be a month
        elif m.group("y9"):
            d, mo, y = int(m.group("d9")), int(m.group("m9")), _year(m.group("y9"))
        else:
            d, mo = int(m.group("d2")), int(m.group("m2"))
            y = m.group("y2")
            y = None if y is None else _year(y)
            # « 22/4 »: a one-digit month only when the day cannot be a month (« 3/4 » is a
            # fraction) and the pair is no usual ratio, or with a four-digit year (« 3/4/2019 »).
            if len(m.group("m2")) == 1 and not (m.group("y2") and len(m.group("y2")) == 4) and (
                    d <= 12 or ((d, mo) in _RATIOS and not _LE_BEFORE.search(
                        text, max(0, m.start() - 24), m.start()))):
                continue
        if not (1 <= mo <= 12 and 1 <= d <= 31) or (y is None and not valid(d, mo, None)):
            continue      # « 30/02 » alone is more likely a ratio than a typo
        found.append(_figure(text, m.start(), m.end(), d, mo, y, None))
    if stems:
        found += _month_first(text, low, stems)
    found = _drop_overlaps(found)
    found += _joined_days(text, found)
    found = _drop_overlaps(found)
    starts = [f.start for f in found]          # sorted, no overlaps: bisect finds a clash
    if not has_day:
        wd_days = ()
    elif same:
        wd_days = _wd_days_at(text, low)
    else:
        wd_days = _WD_DAY.finditer(text) if ("di" in low or "dı" in low) else ()   # each weekday has "di"
    for m in wd_days:
        i = bisect.bisect_left(starts, m.end())
        if i and found[i - 1].end > m.start():
            continue
        day = _day(m.group("day"))
        if not day or day > 31:
            continue
        found.append(_figure(text, m.start(), m.end(), day, None, None, _weekday(m.group("wd"))))
    found.sort(key=lambda f: f.start)
    _month_from_context(found)
    _mark_ranges(text, found)
    if "jusqu" in low or "jour du" in low:
        _mark_until_event(text, found)
    for f in found:
        f.range_kind = "du-au" if ("range_start" in f.cues or "range_end" in f.cues) else None
    cue_low = low if same and "ı" not in low and "ſ" not in low else None
    for f in found:
        _mark_cues(text, f, cue_low)
    return found


# --- month first: « Oct. 2 », « Jan-1 », « Mai vingt et un », « août deuxième », « seconde d'août »
# Rare in French prose and close to other readings (« en mai. 12 personnes », « la sonde Mars-3 »,
# « en mai vingt et un soldats »), so the day must end its clause, and only abbreviations take a
# dash or a slash. The stems come from one scan of the lowered text (_STEM_LOW in _find).
_MONTH_AT = lazy_re(_MONTH, re.I)
_ABBR = frozenset(("jan", "janv", "févr", "fevr", "fév", "fev", "avr", "juil", "oct", "nov", "déc", "dec"))
_CLAUSE_END = r"(?=[ \u00a0\u202f]{0,2}(?:[.,;:!?)»…]|\Z))"
_NUM_DAY = lazy_re(r"(?:(?P<dot>\.[ \u00a0\u202f]{1,2})|[-/])(?P<day>[0-3]?\d)(?!\w|[.,]\d)" + _CLAUSE_END)
_WORD_DAY = lazy_re(r"[ \u00a0\u202f]{1,2}(?P<w>[^\W\d_]{2,12}(?:[ \u00a0-][^\W\d_]{2,12}){0,2}?)"
                       + _CLAUSE_END)
_ORD_DE = lazy_re(r"(?<![\w'’])(?P<w>[^\W\d_]{5,12})[ \u00a0\u202f]{1,2}d(?:e[ \u00a0\u202f]{1,2}|['’])\Z")
_DET_BEFORE = lazy_re(
    r"(?<![\w'’])(?:l[ea]|les|l['’]|une?|des?|du|d['’]|sa|son|ses|cette|ce|cet|leur|notre|votre|la\s+même)"
    r"[ \u00a0\u202f]{1,2}\Z", re.I)


def _month_first(text: str, low: str, stems: list[tuple[int, str]]) -> list[Figure]:
    out: list[Figure] = []
    n = len(text)
    for j, stem in stems:
        if "ı" in stem or "ſ" in stem:
            continue                   # only _TEXT_DATE folds these (re.I); month-first never did
        # cheap refusals first: inside a word, or after a day (« 12 mai », read already)
        if j and (text[j - 1].isalnum() or (j > 1 and text[j - 2].isdigit())
                  or low[max(0, j - 3):j] in ("en ", "mi-", "in ")):
            continue
        m = _MONTH_AT.match(text, j)
        if m is None:
            continue
        e = m.end()
        # what follows: « . 2 », « -2 », « /2 », « vingt… »; or what precedes: « de », « d' »
        if (e < n and text[e] not in " \u00a0\u202f.-/" and text[e - 1] != "."
                and low[max(0, j - 3):j] != "de " and low[max(0, j - 2):j] not in ("d'", "d’")):
            continue
        f = _month_then_day(text, m)
        if f is not None:
            out.append(f)
    return out


# « en juin douze », « depuis mai, vingt »: the month as a period, the number a count
_PERIOD_BEFORE = lazy_re(
    r"(?<![\w'’])(?:en|de|d['’]|du|depuis|dès|fin|début|mi-|courant|jusqu['’]en|entre|et|ou|à|au)"
    r"[ \u00a0\u202f]{0,2}\Z", re.I)


def _month_then_day(text: str, m: re.Match) -> Figure | None:
    name = m.group("month").lower()
    period = _PERIOD_BEFORE.search(text, max(0, m.start() - 12), m.start()) is not None
    month = _MONTH_OF[name]
    if name == "sept.":
        return None                    # « sept. 12 »: seven ends a sentence more often
    dotted = name.endswith(".")       # « Oct. 2 »: the abbreviation's dot is the separator
    n = None if period else _NUM_DAY.match(text, m.end() - dotted)
    if n:
        # « Oct. 2 », « Octobre. 2 »; a dash or a slash only after an abbreviation
        if n.group("dot") is None and name not in _ABBR:
            return None
        day = int(n.group("day"))
        return _figure(text, m.start(), n.end(), day, month, None, None) if valid(day, month, None) else None
    if dotted or name in _ABBR:
        return None
    w = None if period else _WORD_DAY.match(text, m.end())
    if w:
        day = _spelled_day(w.group("w"))
        if day:
            return _figure(text, m.start(), w.end("w"), day, month, None, None)
    o = _ORD_DE.search(text, max(0, m.start() - 20), m.start())
    if o and _ordinal_day(o.group("w")) and not _DET_BEFORE.search(text, max(0, o.start() - 12), o.start()) \
            and re.match(_CLAUSE_END, text[m.end():m.end() + 3]):
        return _figure(text, o.start(), m.end(), _ordinal_day(o.group("w")), month, None, None)
    return None


def _ordinal_day(w: str) -> int | None:
    from numlint.figures import words
    w = words.fold(w)
    n = 2 if w in ("second", "seconde") else words.ordinal_value(w)
    return n if n and n <= 31 else None


def _spelled_day(w: str) -> int | None:
    """« vingt et un », « deuxième », « seconde », « premier »: a day from 1 to 31, or None."""
    from numlint.figures import words
    n = _ordinal_day(w)
    if n:
        return n
    parts = words.fold(w).replace("-", " ").split()
    if parts in (["un"], ["une"]):
        return None                    # « en mai, un … »: the article
    card = words.Cardinal()
    if not all(card.push(p) for p in parts) or not card.complete:
        return None
    return card.value if 1 <= card.value <= 31 else None


def _day(s: str) -> int | None:
    s = s.lower()
    if s in ("1er", "1re", "1ᵉʳ", "premier"):
        return 1
    return int(s) if s.isdigit() and s.isascii() else None


def _year(s: str, pivot: int = 50) -> int:
    """« 2016 », « 16 » (2016), « 78 » (1978)."""
    y = int(s)
    return y if len(s) == 4 else 2000 + y if y <= pivot else 1900 + y


def _weekday(s: str | None) -> int | None:
    return WEEKDAYS.index(s.lower()) if s else None


def _after_le(text: str, i: int) -> bool:
    return text[max(0, i - 3):i].lower() == "le "


_DAYS_IN = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def valid(day: int | None, month: int | None, year: int | None) -> bool:
    """Whether the day exists in that month (of that year; any leap year when no year is given)."""
    if not day or not month:
        return False
    if type(month) is int and 1 <= month <= 12 and (year is None or type(year) is int):
        # the table is calendar.monthrange's answer without its weekday computation
        last = 29 if month == 2 and (not year or _cal.isleap(year)) else _DAYS_IN[month]
    else:
        last = _cal.monthrange(year if year else 2024, month)[1]
    return 1 <= day <= last


def iso(day: int | None, month: int | None, year: int | None) -> str | None:
    if not valid(day, month, year):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"


def _figure(text: str, s: int, e: int, day, month, year, weekday) -> Figure:
    return Figure(text=text[s:e], start=s, end=e, kind="date", value=iso(day, month, year),
                  day=day, month=month, year=year, weekday=weekday)


def _drop_overlaps(found: list[Figure]) -> list[Figure]:
    found.sort(key=lambda f: (f.start, -f.end))
    kept, last = [], -1
    for f in found:
        if f.start >= last:
            kept.append(f)
            last = f.end
    return kept


def _joined_days(text: str, found: list[Figure]) -> list[Figure]:
    """« du 3 au 5 juillet », « les 3, 4 et 5 juillet »: bare days sharing the next date's month."""
    extra = []
    for f in found:
        if not f.month:
            continue
        end, later = f.start, f
        for _ in range(8):                       # « les 1er, 2, 3… et 8 mai » at most
            # _JOIN ends in a join word and spaces, with a day (a digit or « premier ») just before
            if not _may_join(text, end):
                break
            m = _JOIN.search(text, max(0, end - 40), end)
            if not m:
                break
            day = _day(m.group("day"))
            if not day or day > 31 or (later is f and m.group("join") == ","):
                break
            g = _figure(text, m.start(), m.start("join") - _spaces_before(text, m.start("join")),
                        day, f.month, f.year, _weekday(m.group("wd")))
            if m.group("join").lower() in ("au", "à", "-", "–"):
                g.range_kind = "du-au"
                later.range_kind = later.range_kind or "du-au"
            extra.append(g)
            end, later = m.start(), g
    return extra


def _spaces_before(text: str, i: int) -> int:
    n = 0
    while i - n - 1 >= 0 and text[i - n - 1].isspace() and n < 3:
        n += 1
    return n


def _month_from_context(found: list[Figure]) -> None:
    """« vendredi 11 juillet … samedi 12, … »: a bare day a few days after a full date takes its month."""
    prev = None
    for f in found:
        if f.month:
            prev = f
            continue
        if prev and prev.day and f.day and 0 < f.day - prev.day <= 7:
            f.month, f.year = prev.month, None
            f.value = iso(f.day, f.month, None)


_GAP_TO = lazy_re(r"\s{0,3}(?:au|à|-|–|jusqu'au|jusqu’au)\s{0,3}(?:le\s{1,3})?", re.I)
_GAP_AND = lazy_re(r"\s{1,3}et\s{1,3}(?:le\s{1,3})?", re.I)


def _mark_ranges(text: str, found: list[Figure]) -> None:
    """Two dates joined by « au » (« du lundi 3 au jeudi 6 mars », « entre le 3 et le 5 »): one span."""
    for a, b in zip(found, found[1:]):
        gap = text[a.end:b.start]
        if len(gap) > 14:
            continue
        before = _RANGE_FROM.search(text[max(0, a.start - 14):a.start])
        joined = _GAP_TO.fullmatch(gap)
        between = _GAP_AND.fullmatch(gap)
        if (joined and (before or a.range_kind)) or (between and before and "entre" in before.group().lower()):
            a.cues += ("range_start",)
            b.cues += ("range_end",)
            a.range_kind = b.range_kind = "du-au"
        elif a.range_kind == "du-au" and not joined:
            a.range_kind = None


# « Le scrutin aura lieu le lundi 5 octobre. La campagne durera 33 jours, du dimanche 30 août
# jusqu'au jour du vote »: a span from a date to an event named, dated by the sentence right before
# it, whose subject is that event (named the same, or both words for the vote); cues « until_event »
# on the start, « event_end » on the event's date
_UNTIL_EVENT = lazy_re(
    r"(?:\s{0,2},\s{1,3}[^,.;:!?()«»\d]{1,60},)?\s{1,3}(?:jusqu['’](?:au|à\s{1,3}la|à\s{1,3}l['’])"
    r"|au(?=\s{1,3}jour\s))\s{0,3}(?:jour\s{1,3}(?:du|de\s{1,3}la|de\s{1,3}l['’])\s{0,3})?"
    r"(?P<noun>[a-zà-ÿ][\w-]{2,20})(?=\s{0,2}[.,;:!?)]|\s{1,3}(?:prévue?|fixée?)\b|\Z)")
_EVENT_DATED = lazy_re(
    r"(?:(?<=[.!?…])\s{1,3}|\A\s{0,3})(?:(?:Le|La|Les)\s{1,3}|L['’])(?P<noun>[a-zà-ÿ][\w-]{2,20})\s{1,3}"
    r"(?:(?:aura|a)\s{1,3}lieu|se\s{1,3}(?:tiendra|tient|déroulera|jouera|disputera)"
    r"|(?:est|sont|sera|seront|a\s{1,3}été|ont\s{1,3}été)\s{1,3}(?:prévue?s?|fixée?s?|programmée?s?|organisée?s?))"
    r"\s{1,3}(?:(?:le|au|pour\s{1,3}le)\s{1,3})?\Z")
_VOTE_WORDS = frozenset(("vote", "scrutin", "élection", "élections", "référendum"))
_VOTE_CLOSED = lazy_re(r"\b(?:vote|scrutin|élections?|référendum|primaire|consultation)\b", re.I)


def _mark_until_event(text: str, found: list[Figure]) -> None:
    for b, a in zip(found, found[1:]):
        if a.range_kind or b.range_kind:
            continue
        if not _RANGE_FROM.search(text, max(0, a.start - 14), a.start):
            continue
        until = _UNTIL_EVENT.match(text, a.end, a.end + 110)
        if until is None:
            continue
        # the event's date, the last before the start, in the sentence right before, opening it
        gap = text[b.end:a.start]
        ends = list(_SENTENCE_END.finditer(gap))
        if len(ends) != 1 or gap[ends[0].start()] not in ".!?":
            continue
        event = _EVENT_DATED.search(text, _window_start(text, b.start, 160), b.start)
        if event is None:
            continue
        n1, n2 = event.group("noun").lower(), until.group("noun").lower()
        if n1 != n2 and not (n1 in _VOTE_WORDS and n2 in _VOTE_WORDS):
            continue
        # nothing dated after the span's end in its sentence: the sentence's one date is the start
        rest = text[until.end():until.end() + 200]
        if _TEXT_DATE.search(rest.split(".", 1)[0]) or _WD_DAY.search(rest.split(".", 1)[0]):
            continue
        a.cues += ("until_event",)
        b.cues += ("event_end",)


def _window(text: str, start: int) -> str:
    """The text before `start` within its sentence, at most _BEFORE characters."""
    w = text[max(0, start - _BEFORE):start]
    last = None
    for m in _SENTENCE_END.finditer(w):
        last = m.end()
    return w[last:] if last is not None else w


# The cue patterns case-sensitive, for the lowered text: over all of Unicode, lower() and re.I
# part only on « İ » (two characters lowered), « ı » and « ſ » (which re.I takes for i and s).
_BIRTH_LOW = lazy_re(_BIRTH.pattern)
_DEATH_LOW = lazy_re(_DEATH.pattern)
_START_LOW = lazy_re(_START.pattern)
_END_LOW = lazy_re(_END.pattern)
_DEPART_LOW = lazy_re(_DEPART.pattern)
_CLOSED_LOW = lazy_re(_CLOSED.pattern)


def _window_start(text: str, start: int, back: int = _BEFORE) -> int:
    """Where _window(text, start) starts (its sentence, at most `back` characters back)."""
    s = max(0, start - back)
    for m in _SENTENCE_END.finditer(text, s, start):
        s = m.end()
    return s


def _mark_cues(text: str, f: Figure, low: str | None = None) -> None:
    """`low` is text.lower() when it has none of « İ ı ſ », so that case-sensitive scans of it
    read as the re.I ones of the text."""
    s = _window_start(text, f.start)
    w = text[s:f.start]
    if low is None:
        tail = w[-24:]
        lt = tail.lower()
        birth, death, start, end, depart, wl = _BIRTH, _DEATH, _START, _END, _DEPART, w
        closed = _CLOSED
    else:
        wl = low[s:f.start]
        tail = lt = wl[-24:]
        birth, death, start, end, depart = _BIRTH_LOW, _DEATH_LOW, _START_LOW, _END_LOW, _DEPART_LOW
        closed = _CLOSED_LOW
    if (("ne" in lt or "né" in lt) and birth.search(tail)) or (
            "le" in lt[-4:] and ("né" in wl[-70:] or "ne" in wl[-70:]) and _PLACE_BORN_DATE.search(w, max(0, len(w) - 80))):
        # « né », « née », « nés »; « née à Namur le 9 août 1941 »
        # « L'accusé, dont le père est né en 1989, a 44 ans »: a relative's birth, nobody's age
        f.cues += ("birth_kin",) if _KIN_BORN.search(w, max(0, len(w) - 80)) else ("birth",)
    elif death.search(tail):
        f.cues += ("death",)
    if f.weekday is not None and f.year is None and _AHEAD.search(text, ws := _window_start(text, f.start, 240), f.start) \
            and not _TOLD_PAST.search(text, ws, f.start):
        # « sont programmées …, avec une descente le samedi 5 décembre », told in March: a date
        # the sentence places ahead, of the coming December rather than the last one
        f.cues += ("ahead",)
    if "range_start" in f.cues or "range_end" in f.cues:
        return
    # The verb must come after any other date in the window (« arrivé le 3 … reparti le 5 »).
    last_start = max((m.end() for m in start.finditer(wl)), default=-1)
    last_end = max((m.end() for m in end.finditer(wl)), default=-1)
    last_closed = max((m.end() for m in closed.finditer(wl)), default=-1) if "ferm" in wl else -1
    last_depart = max((m.end() for m in depart.finditer(wl)), default=-1) \
        if ("parti" in wl or "départ" in wl or "élanc" in wl or "appareill" in wl) else -1
    if "rentr" in wl or "revien" in wl or "revenu" in wl or "retour" in wl:
        last_return = max((m.end() for m in _RETURN.finditer(wl)), default=-1)
        if last_return >= max(last_start, last_end, last_depart, last_closed, 0):
            between = w[last_return:]
            if not (_TEXT_DATE.search(between) or _WD_DAY.search(between)):
                f.cues += ("return",)
    if last_depart > max(last_start, last_end):
        between = w[last_depart:]
        if not (_TEXT_DATE.search(between) or _WD_DAY.search(between)):
            f.cues += ("depart",)
        return
    if last_start < 0 and last_end < 0 and last_closed < 0:
        return
    between = w[max(last_start, last_end, last_closed):]
    if _TEXT_DATE.search(between) or _WD_DAY.search(between):
        return
    if last_closed > max(last_start, last_end):
        f.cues += ("closed",)
        return
    if last_end > last_start:
        f.cues += ("end",)
        return
    f.cues += ("start",)
    verb = None
    for verb in start.finditer(wl):
        pass
    if verb is not None and verb.group().lower().startswith(_ARRIVAL):
        f.cues += ("arrival",)      # the end of a journey, the start of a stay
    if verb is not None and _PLUPERFECT.search(w, max(0, verb.start() - 40), verb.start()):
        f.cues += ("flashback",)


# --- cues on durations and years (after numbers and masking) --------------------------------

_AGO = lazy_re(r"\bil\s+y\s+(?:a|(?P<past>avait))\s+(?:(?:près\s+de|plus\s+de|environ|quelque|presque|déjà)\s+)?\Z", re.I)
_SINCE_THAT = lazy_re(r"\s{1,3}(?:que\b|qu['’])", re.I)
_AGE_PAST = lazy_re(
    r"\b(?:avait|avaient|(?:était|étaient|avait\s+été)\s+âgée?s?\s+de)\s+"
    r"(?:(?:près\s+de|plus\s+de|environ|presque)\s+)?\Z", re.I)
_AGE_NOW = lazy_re(
    r"(?:(?<!\by\s)\ba|\bont|\b(?<!été\s)(?<!était\s)âgée?s?\s+(?:aujourd'hui\s+)?de)"
    r"\s+(?:(?:près\s+de|plus\s+de|environ|presque|désormais|aujourd'hui)\s+)?\Z", re.I)
# « … . Il avait 34 ans et laisse deux enfants. »: a bare age told of a pronoun opening its sentence
_PRO_AGE_LED = lazy_re(
    r"(?:(?<=[.!?…])\s{1,3}|\A\s{0,3})(?P<pro>Il|Elle)\s{1,3}(?:avait|a|était\s{1,3}âgée?\s{1,3}de"
    r"|est\s{1,3}âgée?\s{1,3}de)\s{1,3}\Z")
# … right after a sentence telling that one's birth and going on with the same pronoun, nobody else
# in it: « Originaire de Viseu, où il avait vu le jour en 1998, il s'était engagé à 18 ans. », « Né en
# 1998 à Viseu, il … »
_BORN_PRO_SENTENCE = lazy_re(
    r"\A\s{0,3}(?:<[^>]{0,80}>\s{0,3})?"
    r"(?:(?:Originaire|Natif|Native)\s{1,3}d(?:e\s{1,3}|['’]\s{0,2})[^,.;:!?()«»\d]{1,40},\s{1,3}où\s{1,3}"
    r"(?P<pro>il|elle)\s{1,3}(?:(?:est|était)\s{1,3}(?:née?|venue?\s{1,3}au\s{1,3}monde)"
    r"|(?:a|avait)\s{1,3}vu\s{1,3}le\s{1,3}jour)"
    r"|(?P<born>Née?|Venue?\s{1,3}au\s{1,3}monde)(?:\s{1,3}à\s{1,3}[^,.;:!?()«»\d]{1,40}?)?)"
    r"\s{1,3}en\s{1,3}(?:[a-zéû]{3,9}\s{1,3})?\d{4}(?:\s{1,3}à\s{1,3}[^,.;:!?()«»\d]{1,40}?)?,\s{1,3}"
    r"(?P<pro2>il|elle)\s(?P<rest>[^«»()]*)\Z")
# (no other age told of someone: « un collègue de 40 ans »; past ages « à 18 ans » are his)
_OTHER_AGE = lazy_re(r"(?<!\bà\s)(?<!\bdès\s)\b\d{1,3}\s{1,3}ans\b|\d{4}", re.I)


# « a fêté ses 50 ans », « soufflait cette année ses 71 bougies »: a birthday tells an age, the
# one of now when told in the present or the perfect (or the imperfect of « cette année »)
_BIRTHDAY = lazy_re(
    r"\b(?:(?:a|ont)\s{1,3}(?:(?:déjà|récemment|justement|aussi)\s{1,3})?(?:fêté|soufflé)"
    r"|(?:vient|viennent)\s{1,3}de\s{1,3}(?:fêter|souffler)|fête|fêtent|souffle|soufflent"
    r"|(?:fêtait|fêtaient|soufflait|soufflaient)(?=\s{1,3}cette\s{1,3}année))"
    r"\s{1,3}(?:cette\s{1,3}année\s{1,3})?ses\s{1,3}\Z", re.I)
_CANDLES_NEXT = lazy_re(r"\s{1,3}bougies\b", re.I)
# « fêtera ses 45 ans en décembre »: a birthday to come, the age reached when it is told (a month,
# « cette année », « le mois prochain », « l'an prochain »; no year, no « prochain » month)
_BIRTHDAY_TO_COME = lazy_re(
    r"\b(?:fêtera|soufflera|va\s{1,3}(?:fêter|souffler)|s['’]apprête\s{1,3}à\s{1,3}(?:fêter|souffler))"
    r"\s{1,3}ses\s{1,3}\Z", re.I)
_TURNS_WHEN = lazy_re(
    r"\s{0,3}(?:(?:en|début|fin|à\s{1,3}la\s{1,3}fin\s{1,3}de|au\s{1,3}début\s{1,3}de|le\s{1,3}(?P<day>1er|\d{1,2}))"
    r"\s{1,3}(?P<month>" + "|".join(MONTHS) + r")|(?P<this>cette\s{1,3}année)"
    r"|(?P<next_month>le\s{1,3}mois\s{1,3}prochain)|(?P<next_year>l['’]an\s{1,3}prochain|l['’]année\s{1,3}prochaine)"
    # a few days or weeks ahead: « la semaine prochaine », « dans quelques jours », « dans trois semaines »
    r"|(?P<soon>la\s{1,3}semaine\s{1,3}prochaine|dans\s{1,3}(?:les|des)\s{1,3}prochains\s{1,3}jours|demain"
    r"|dans\s{1,3}(?P<n>quelques|deux|trois|quatre|cinq|six|sept|huit|dix|quinze|\d{1,2})"
    r"\s{1,3}(?P<span>jours|semaines)))"
    r"(?!\s{0,3}(?:\d|prochaine?\b|dernière?\b|de\s{1,3}l['’]an))", re.I)
_SOON_N = {"quelques": 10, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
           "dix": 10, "quinze": 15}
# « fêtera ses 30 ans le mois prochain (il est né en novembre 1996 à Brest) »: the birth told in a
# bracket or dash aside right after the birthday to come is that birthday's
_TURNS_BORN_ASIDE = lazy_re(
    r"\s{0,2}(?:\(|[—–])\s{0,2}(?:(?:il|elle)\s{1,3}(?:est|était)\s{1,3})?n[ée]e?\s{1,3}"
    r"(?:(?:à|au)\s{1,3}[A-ZÀ-Ý][\w’'-]{0,30}(?:\s{1,3}[A-ZÀ-Ý][\w’'-]{0,30}){0,2}\s{1,3})?"
    r"(?:en\s{1,3}(?:(?:" + "|".join(MONTHS) + r")\s{1,3})?|le\s{1,3}(?:1er|\d{1,2})\s{1,3}(?:"
    + "|".join(MONTHS) + r")\s{1,3})\d{4}"
    r"(?:\s{1,3}(?:à|au)\s{1,3}[A-ZÀ-Ý][\w’'-]{0,30}(?:\s{1,3}[A-ZÀ-Ý][\w’'-]{0,30}){0,2})?\s{0,2}[)—–]")
# … of the one born right before it: « cette Lilloise née en 1981 fêtera ses », « Née en 1981 à
# Lille, elle fêtera ses » (not « Fondé en 1985 par X, né en 1955, le restaurant fêtera ses »)
# (or « qui a vu le jour en 1957 à Sarlat et fêtera ses », « qui est né à Sarlat en 1957 et qui
# fêtera ses »: one relative, the birth and the birthday coordinated)
_TURNS_OWN = lazy_re(
    r"\b(?:n[ée]e?|venue?\s{1,3}au\s{1,3}monde|(?:qui|il|elle)\s{1,3}(?:a|avait)\s{1,3}vu\s{1,3}le\s{1,3}jour)"
    r"(?:\s{1,3}(?:à|au)\s{1,3}[A-ZÉÈÂÎ][\w’'-]{0,30}(?:\s{1,3}[A-ZÉÈÂÎ][\w’'-]{0,30}){0,2})?"
    r"\s{1,3}(?:le\s{1,3}(?:1er|\d{1,2})\s{1,3}[^\W\d_]{3,9}\s{1,3}"
    r"|en\s{1,3}(?:(?:" + "|".join(MONTHS) + r")\s{1,3})?)\d{4}"
    r"(?:\s{1,3}(?:à|au|en)\s{1,3}[A-ZÉÈÂÎ][\w’'-]{0,30}(?:\s{1,3}[A-ZÉÈÂÎ][\w’'-]{0,30}){0,2})?"
    r"(?:\s{0,2},\s{1,3}(?:il|elle)|\s{1,3}et(?:\s{1,3}qui)?)?\s{1,3}(?:(?:fêtera|soufflera|va\s{1,3}(?:fêter|souffler)"
    r"|s['’]apprête\s{1,3}à\s{1,3}(?:fêter|souffler))\s{1,3}ses|aura)\s{1,3}\Z", re.I)
# « Née en 1958, elle aura 68 ans en décembre »: the age reached at a moment to come, as a birthday
_WILL_BE = lazy_re(r"\baura\s{1,3}\Z")
# « qui a fêté ses 50 ans pendant la saison, est né en 1981 »: a relative on the subject, then
# its birth as the main verb, a few words on
_FETED_BORN_NEXT = lazy_re(r"(?:\s{1,3}[^,.;:!?()«»\d]{1,40})?\s{0,2},\s{1,3}est\s{1,3}n[ée]e?\s{1,3}(?:en|le)\b")
_CLAUSE_CUT = lazy_re(r"[,;:]")
# « …, qui a soufflé ses 27 bougies au printemps. Né en 1994 à Suva, il … »: a birthday just past
# closing its sentence (its season or month at most), the birth opening the next one, told of a
# pronoun: the same one's
_PAST_BIRTHDAY_BORN_NEXT = lazy_re(
    r"(?:\s{1,3}bougies)?(?:\s{1,3}(?:au\s{1,3}printemps|ce\s{1,3}printemps|cet\s{1,3}(?:été|automne|hiver)"
    r"|en\s{1,3}(?:été|automne|hiver|" + "|".join(MONTHS) + r")|(?:début|fin|mi-)\s{0,3}(?:" + "|".join(MONTHS)
    + r")|le\s{1,3}(?:1er|\d{1,2})\s{1,3}(?:" + "|".join(MONTHS) + r")|le\s{1,3}mois\s{1,3}dernier"
    r"|récemment|cette\s{1,3}année))?\s{0,2}\.\s{1,3}"
    r"(?:N[ée]e?|Venue?\s{1,3}au\s{1,3}monde)\s{1,3}(?:en\s{1,3}(?:(?:" + "|".join(MONTHS) + r")\s{1,3})?\d{4}"
    r"|le\s{1,3}(?:1er|\d{1,2})\s{1,3}(?:" + "|".join(MONTHS) + r")\s{1,3}\d{4})"
    r"(?:\s{1,3}(?:à|au|en)\s{1,3}[A-ZÉÈÂÎ][\w’'-]{0,30}(?:\s{1,3}[A-ZÉÈÂÎ][\w’'-]{0,30}){0,2})?"
    r"\s{0,2},\s{1,3}(?:il|elle)\b")
# … told in a relative right on its noun (« un troisième-ligne fidjien, qui a fêté ses »)
_WHO_FETED = lazy_re(r",\s{1,3}qui\s{1,3}(?:a|vient\s{1,3}de)\s{1,3}(?:(?:déjà|récemment)\s{1,3})?"
                     r"(?:fêté|soufflé|fêter|souffler)\s{1,3}ses\s{1,3}\Z", re.I)
# « en 1981, l'année de sa naissance »: a year given as one's own birth year (not « de la
# naissance de son fils », nor « de naissance de sa fille »)
_OWN_BIRTH_YEAR = lazy_re(r"\s{0,2},\s{1,3}l['’]année\s{1,3}de\s{1,3}sa\s{1,3}naissance\b(?!\s{0,3}(?:de|d['’]|du)\b)",
                          re.I)
_RELATIVE_BEFORE = lazy_re(r"\bqui(?:\s{1,3}[^\s,.;:!?]{1,12}){1,6}\s{1,3}\Z", re.I)
# (a place between, hyphenated or elided: « née à Saint-Lô en 1974 », « venu au monde à L'Haÿ en »)
_BORN_PHRASE = lazy_re(
    r"\b(?:n[ée]e?s?|venue?s?\s{1,3}au\s{1,3}monde)\s{1,3}(?:[\w’'-]+\s{1,3}){0,3}?"
    r"(?:en|le\s{1,3}(?:1er|\d{1,2})\s{1,3}\w{3,9})\s{1,3}\d{4}", re.I)
# « siège au Sénat depuis 2020 »: a year a state runs from until now dates nothing of a birthday
_SINCE_YEAR = lazy_re(r"\bdepuis\s{1,3}(?:l['’]an\s{1,3})?\d{4}\b", re.I)
# « Née à Saint-Lô en 1974, la rapporteure, qui a fêté ses »: the relative on the noun a birth
# opening the sentence is told of (the noun bare: no complement naming someone else)
_LED_BORN_WHO_FETED = lazy_re(
    r"\A\s{0,3}(?:N[ée]e?|Venue?\s{1,3}au\s{1,3}monde)(?:\s{1,3}(?:à|au)\s{1,3}[^,.;:!?()«»\d]{1,40}?)?"
    r"\s{1,3}(?:en\s{1,3}(?:(?:" + "|".join(MONTHS) + r")\s{1,3})?|le\s{1,3}(?:1er|\d{1,2})\s{1,3}(?:"
    + "|".join(MONTHS) + r")\s{1,3})\d{4}(?:\s{1,3}(?:à|au)\s{1,3}[^,.;:!?()«»\d]{1,40}?)?\s{0,2},\s{1,3}"
    r"(?:le|la|l['’]|cet|cette|ce)\s{0,3}(?:(?!(?:de|du|des|dont|où|et|qui)\b|d['’])[^\W\d_][\w’'-]{0,30}\s{0,3}){1,3}"
    r",\s{1,3}qui\s{1,3}(?:a|vient\s{1,3}de)\s{1,3}(?:(?:déjà|récemment)\s{1,3})?"
    r"(?:fêté|soufflé|fêter|souffler)\s{1,3}ses\s{1,3}\Z")


_AGE_DEATH = lazy_re(
    r"\b(?:mort|morte|morts|mortes|décédée?s?|éteinte?s?|disparue?s?)\s+(?:\w+\s+){0,3}?"
    r"(?:à\s+l['’]âge\s+de|à)\s+\Z", re.I)
# « partir à 63 ans », « partir à la retraite à l'âge de 62 ans », « un départ anticipé à 60 ans »,
# « prendre sa retraite à 64 ans »: a retirement age, right before the age
_RETIRE_AT = lazy_re(
    r"\b(?:partir|part(?:e|ent|ira|iront|irait|iraient)|départs?|retraite)"
    r"(?:\s+(?:à|en)\s+(?:la\s+)?retraite)?(?:\s+(?:anticipée?s?|à\s+taux\s+plein))?"
    r"\s+(?:à\s+l['’]âge\s+de|à)\s+\Z", re.I)
# told of the future (« pourront », « partira », « seront les premiers ») or of a cohort
# (« les assurés nés en 1968 », « les femmes nées après 1970 »): not an age reached yet
_RETIRE_TO_COME = lazy_re(
    r"\b(?:(?:pourr|devr|ser|partir|aur|prendr)(?:a|ont|ait|aient)|vont|va|pourront\s+désormais"
    r"|(?:les|des|ces)\s+(?:[\w'’-]+\s+){1,3}?(?:nés|nées))\b", re.I)
_AGE_AT = lazy_re(r"(?:\bà\s+l['’]âge\s+de|(?<!\w)à)\s+\Z", re.I)
# « il s'est éteint quatre mois après avoir fêté ses 84 ans », « morte à la veille de ses 100 ans »,
# « décédé peu après ses 90 ans »: the age at death, give or take the year the birthday is near
_DIED_NEAR_BIRTHDAY = lazy_re(
    r"\b(?:mort|morte|morts|mortes|décédée?s?|éteinte?s?|disparue?s?|succombé)\s+(?:[\w'’-]+,?\s+){0,4}?"
    r"(?:(?:peu|juste|bien|quelques\s+(?:jours|semaines|mois)|[\w-]+\s+(?:jours|semaines|mois)"
    r"|une?\s+(?:jour|semaine|mois))\s+)?"
    r"(?:(?:après\s+(?:avoir|d['’]\s{0,2}avoir)|avant\s+d(?:e\s+|['’]\s{0,2}))\s*(?:fêté|fêter|soufflé|souffler"
    r"|célébré|célébrer|atteint|atteindre)\s+|(?:après|avant)\s+"
    r"|(?:au\s+lendemain|(?:à\s+)?la\s+veille|le\s+lendemain|à\s+l['’]approche|à\s+quelques\s+(?:jours"
    r"|semaines|mois))\s+(?:de\s+(?:fêter\s+|souffler\s+)?|d['’]\s{0,2}))ses\s+\Z", re.I)
# « née à Cayenne en 1958, qui prendra sa retraite en décembre à 61 ans »: right after a birth, a
# future verb of the one born, the month it comes: the age at that month to come
_AT_MONTH_TO_COME = lazy_re(
    r"\bn[ée](?P<fem>e)?\s{1,3}(?:\w[\w-]*\s{1,3}){0,2}?en\s{1,3}\d{4}\s{0,2},\s{1,3}"
    r"(?:qui|(?P<pro>il|elle))\s{1,3}\w{2,20}(?:ra|ront)\s{1,3}(?:[\w’'-]{1,20}\s{1,3}){0,3}?en\s{1,3}"
    r"(?P<month>" + "|".join(MONTHS) + r")\s{0,2},?\s{1,3}(?:à\s+l['’]âge\s+de|à)\s+\Z", re.I)
_YEARS_WORD = lazy_re(r"\ban(?:s|née|nées)?\b", re.I)
_NOT_AGE_AFTER = lazy_re(r"\s*(?:de\b|d['’]|plus\s+tard|après|auparavant|avant|durant|auparavant)", re.I)
# « n'aura duré que trois semaines »: « ne … que » says the whole length, as « seulement »
_SPAN = lazy_re(
    r"\b(?:(?:pour|pendant|durant|d['’]une\s+durée\s+de|dur(?:e|er|era|é|ait|ent|eront|aient|erait|eraient))\s+"
    r"(?:(?:près\s+de|plus\s+de|environ|quelque|seulement)\s+)?"
    r"|\bn(?:e\s{1,3}|['’]\s{0,2})(?:\w{1,8}\s{1,3})?dur(?:e|era|é|ait|ent|eront|aient|erait|eraient)\s{1,3}qu(?:e\s{1,3}|['’]))\Z",
    re.I)
# « une visite (d'État) de trois jours »: « de » ties a duration to an event noun only.
_EVENT_OF = lazy_re(
    r"\b(?:visites?|voyages?|séjours?|grèves?|mouvements?|tournées?|missions?|déplacements?"
    r"|festivals?|salons?|sommets?|fêtes?|congrès|conférences?|fermetures?|trêves?|préavis|stages?"
    r"|tournois?|championnats?|campagnes?|périodes?|pauses?|arrêts?|suspensions?|procès|expositions?"
    r"|manifestations?|mobilisations?|opérations?|week-ends?|ponts?|vacances|congés?|sessions?"
    r"|chantiers?|travaux|coupures?|blocages?|confinements?|deuils?|réunions?|négociations?"
    r"|rencontres?|forums?|foires?|marchés?|compétitions?|épreuves?|courses?|traversées?"
    r"|croisières?|escales?|étapes?|phase|hospitalisations?|garde\s+à\s+vue|cessez-le-feu)"
    r"(?:\s+(?:d['’]\w+|\w+)){0,2}\s+de\s+(?:(?:près\s+de|plus\s+de|environ|quelque|seulement)\s+)?\Z",
    re.I)
# « une traversée (de l'Atlantique en solitaire) qui a duré neuf jours », « un trajet de trois
# jours »: the length of a journey from its departure to its arrival
_TRIP = lazy_re(
    r"\b(?:traversées?|trajets?)(?:\s{1,3}[\w’'-]{1,30}){0,5}?"
    r"(?:\s{0,2},?\s{1,3}(?:qui\s{1,3})?(?:a|avait|aura)?\s{0,3}dur(?:é|e|era|ait)|\s{1,3}de)\s{1,3}"
    r"(?:(?:près\s+de|plus\s+de|environ|quelque|seulement)\s{1,3})?\Z", re.I)
# « le procès, qui a duré quatre jours »: the length of the whole event
_EVENT_LASTED = lazy_re(
    r"\b(?:visites?|voyages?|séjours?|grèves?|tournées?|missions?|festivals?|salons?|sommets?|congrès"
    r"|conférences?|procès|audiences?|tournois?|sessions?|négociations?|hospitalisations?)"
    r"\s{0,2},?\s{1,3}(?:qui\s{1,3})?(?:a|avait|aura)?\s{0,3}dur(?:é|e|era|ait)\s{1,3}"
    r"(?:(?:près\s+de|plus\s+de|environ|quelque|seulement)\s+)?\Z", re.I)
# « une campagne (de l'entre-deux-tours) de deux semaines, du lundi 16 au dimanche 22 mars »: a
# length « de N jours » with its own « du … au … » right after it, whatever the noun
_PHASE_COLON = lazy_re(r"\s{0,2}:\s", re.I)
_OF_LENGTH = lazy_re(r"\bde\s{1,3}(?:(?:près\s+de|plus\s+de|environ|quelque|seulement)\s{1,3})?\Z", re.I)
_SPAN_NEXT = lazy_re(
    r"\s{0,2},\s{1,3}du\s{1,3}(?:(?:" + "|".join(WEEKDAYS) + r")\s{1,3})?(?:1er|\d{1,2})"
    r"(?:\s{1,3}(?:" + "|".join(MONTHS) + r"))?\s{1,3}au\s", re.I)
# « ont mis trois jours à tout nettoyer, du dimanche 6 au … »: the time taken to do something,
# checked only against the span of dates that closes its clause
_TOOK = lazy_re(
    r"\b(?:mis|mise|mises|met|mets|mettent|mettra|mettront|mettait|mettaient|mettrait|mettraient"
    r"|mettre|mit|mirent)\s{1,3}(?:(?:près\s+de|plus\s+de|environ|quelque|seulement)\s{1,3})?\Z", re.I)
_TOOK_NEXT = lazy_re(
    r"\s{1,3}(?:à|pour)\s{1,3}[^,.;:!?«»()\n]{1,80}" + _SPAN_NEXT.pattern[len(r"\s{0,2}"):], re.I)
# … but not a moment or a rhythm (« dans deux semaines », « toutes les trois semaines »), nor a
# part of a longer time (« les trois semaines », « depuis trois semaines »)
_NOT_BARE_SPAN = lazy_re(
    r"(?:\b(?:dans|d['’]ici|à|en|sous|sur|par|depuis|il\s+y\s+a|voici|voilà|tous|toutes|chaque|les|des"
    r"|ces|ses|leurs|mes|tes|nos|vos|premières?|dernières?|prochaines?)|\d|[^\w\s])\s{0,3}\Z", re.I)
# « il a fallu douze jours d'observations, du lundi 31 août au … »: a length with the noun of a
# continuous activity or state, its own « du … au … » right after it (not « trois semaines de
# recettes », an amount, nor « dix jours de grève », « de travaux », which may be some days only)
_OF_ACTIVITY_SPAN = lazy_re(
    r"\s{1,3}d(?:e\s{1,3}|['’]\s{0,2})(?:observations?|combats|affrontements|bombardements|siège"
    r"|festivités|fêtes?|célébrations|deuil|canicule|vigilance|alerte|confinement|traque|cavale"
    r"|hospitalisation|tempête|crue|visite|voyage|séjour|tournée|mission|croisière|recherches|panne"
    r"|coupure)" + _SPAN_NEXT.pattern, re.I)
# « au terme de quatre jours d'audience, du lundi 16 au jeudi 19 », « deux jours de débat en séance
# plénière, du lundi 23 au mardi 24 »: days a court or an assembly sat, its own « du … au … »
# right after; sitting days may skip a weekend (NUM403 counts working days too)
_OF_SITTING_SPAN = lazy_re(
    r"\s{1,3}d(?:e\s{1,3}|['’]\s{0,2})(?:audiences?|débats?)"
    r"(?:\s{1,3}(?:en|au|à)\s{1,3}[\w’'-]{1,20}(?:\s{1,3}[\w’'-]{1,20})?)?" + _SPAN_NEXT.pattern, re.I)
# « Ouverts le lundi 16, les trois jours de pourparlers se sont achevés le samedi 21 »: the days
# of talks or sittings, all of them (« les »), whose opening and close the sentence dates
_WHOLE_SITTING_BEFORE = lazy_re(r"(?:\A|[^\w'’])(?:les|ces)\s{1,3}\Z", re.I)
_OF_WHOLE_SITTING = lazy_re(
    r"\s{1,3}d(?:e\s{1,3}|['’]\s{0,2})(?:pourparlers|négociations|discussions|débats?|audiences?"
    r"|consultations|procès)\s{1,3}(?:se\s{1,3}sont|ont|s['’]\s{0,2}étaient|avaient)\s", re.I)
# « …, le procès s'est achevé le vendredi 12, au terme de deux semaines d'audience »: the days a
# court sat, all of them, told after the close (NUM403 checks them against the two dates before)
_AT_CLOSE_OF = lazy_re(r"\b(?:au\s{1,3}terme|à\s{1,3}l['’]\s{0,2}issue)\s{1,3}d(?:e\s{1,3}|['’]\s{0,2})\Z", re.I)
# « Pendant ses six jours d'ouverture, du jeudi 5 au dimanche 8 novembre », « durant les dix
# jours du festival, du … au … »: all the days (« ses », « les ») of an event's run, its own
# « du … au … » right after; the days it was open may be fewer than the span (closed on some),
# never more (NUM403: « at_most »)
_DURING_ALL_LED = lazy_re(
    r"\b(?:(?:pendant|durant)\s{1,3}(?:ses|les|leurs|ces)"
    r"|(?:lors|au\s{1,3}cours)\s{1,3}(?:de\s{1,3}(?:ses|leurs|ces)|des))\s{1,3}\Z", re.I)
_RUN_NOUNS = (r"(?:ouverture|festival|salon|foire|fête|festivités|exposition|compétition|tournoi"
              r"|championnat|congrès|sommet|conférence|forum|visite|séjour|voyage|tournée|mission"
              r"|audiences?|débats|procès|session|négociations|pourparlers|consultation|campagne"
              r"|rencontres|manifestation|célébrations|grève|mobilisation|blocage|occupation|chantier"
              r"|travaux|récolte|vendanges|moisson|fermeture|confinement|vigilance|alerte)")
_OF_RUN_SPAN = lazy_re(
    r"\s{1,3}(?:d(?:e\s{1,3}|['’]\s{0,2})|du\s{1,3}|de\s{1,3}la\s{1,3}|de\s{1,3}l['’]\s{0,2}|des\s{1,3})"
    + _RUN_NOUNS + r"\b" + _SPAN_NEXT.pattern, re.I)
_OF_SITTINGS = lazy_re(r"\s{1,3}d(?:e\s{1,3}|['’]\s{0,2})(?:audiences?|débats|procès)\b", re.I)
# « La campagne, lancée le lundi 16 février, s'est achevée le samedi 27 juin, après 131 jours de
# récolte »: the days of the very activity its subject's opening and close date, told after the
# close; working days may be fewer than the span (rain, Sundays), never more (NUM403: « at_most »)
_AFTER_CLOSE_LEN = lazy_re(
    r"(?:\baprès|\b(?:au\s{1,3}terme|à\s{1,3}l['’]\s{0,2}issue)\s{1,3}de)\s{1,3}\Z", re.I)
_OF_WHOLE_RUN = lazy_re(
    r"\s{1,3}d(?:e\s{1,3}|['’]\s{0,2})(?:récoltes?|coupes?|pêche|chasse|vendanges|moissons?"
    r"|campagne|fêtes?|festivités|festival|tournée|compétition|ouverture|exploitation)\b"
    r"(?!\s{1,3}(?:cumulé|au\s{1,3}total|en\s{1,3}tout|effectifs|de\s{1,3}travail))", re.I)
# « Il est resté cinq jours au CHU : admis le lundi 8 juin, il en est sorti le mardi 16 juin »: a
# stay's length after its verb (« est resté », « a passé », « a séjourné », « a été hospitalisé »),
# then, after a colon, its entry and its exit dated by their participles or verbs, in that order
_DAYSPEC = (r"(?:(?:" + "|".join(WEEKDAYS) + r")\s{1,3})?(?:1er|\d{1,2})\b")
# « Après une semaine et demie d'audience, commencée le mardi 19 mai, le tribunal a rendu son
# jugement vendredi 22 mai »: the days of a run, then its opening and its close (or the verdict
# ending it) dated right after, in that order; the days may be fewer than the span, never more
_OPENED_THEN_CLOSED_NEXT = lazy_re(
    r"\s{1,3}d(?:e\s{1,3}|['’]\s{0,2})" + _RUN_NOUNS + r"\s{0,2},\s{1,3}"
    r"(?:(?:commencée?s?|ouverte?s?|entamée?s?|débutée?s?|lancée?s?)"
    r"|qui\s{1,3}(?:a|avait|ont|avaient)\s{1,3}(?:commencé|débuté)|qui\s{1,3}s['’]\s{0,2}(?:est|était|sont|étaient)"
    r"\s{1,3}ouverte?s?)\s{1,3}(?:dès\s{1,3})?le\s{1,3}" + _DAYSPEC +
    r"[^.;:!?«»()]{0,80}?\b(?:(?:achevée?s?|terminée?s?|close?s?|clôturée?s?|conclue?s?|pris\s{1,3}fin)"
    r"(?:\s{1,3}[^\s,.;:!?\d«»()]{1,25}){0,4}?\s{1,3}le"
    r"|rendu\s{1,3}(?:son|sa|leur|ses|leurs)\s{1,3}(?:jugement|verdict|décision|arrêt|sentence)s?"
    r"(?:\s{1,3}(?:le|ce))?)\s{1,3}" + _DAYSPEC, re.I)
_STAY_VERB = lazy_re(
    r"\b(?:(?:(?:est|sont|était|étaient|sera|seront)\s{1,3}(?:restée?s?|demeurée?s?)"
    r"|(?:a|ont|avait|avaient)\s{1,3}(?:passé|séjourné)"
    r"|(?:(?:a|ont|avait|avaient)\s{1,3}été|est|sont|était|étaient)\s{1,3}hospitalisée?s?)"
    r"(?:\s{1,3}(?:hospitalisée?s?|alitée?s?|internée?s?|immobilisée?s?))?"
    r"(?:\s{1,3}(?:à|au|aux|en|dans|sous)\s{1,3}[^,.;:!?\d«»()]{1,40}?)?"
    r"|\bn['’]\s{0,2}(?:y\s{1,3})?(?:est|sont|était|étaient)\s{1,3}(?:restée?s?|demeurée?s?)\s{1,3}"
    r"(?:(?:à|au|aux|en|dans)\s{1,3}[^,.;:!?\d«»()]{1,40}?\s{1,3})?qu(?:e|['’])"
    r"|\bn['’]\s{0,2}(?:y\s{1,3})?(?:a|ont|avait|avaient)\s{1,3}(?:passé|séjourné)\s{1,3}"
    r"(?:(?:à|au|aux|en|dans)\s{1,3}[^,.;:!?\d«»()]{1,40}?\s{1,3})?qu(?:e|['’]))"
    r"\s{0,3}(?:(?:près\s+de|plus\s+de|environ|quelque|seulement)\s{1,3})?\Z", re.I)
_STAY_COLON_NEXT = lazy_re(
    r"[^.;:!?«»()\d]{0,60}?\s{0,2}:\s{1,3}"
    r"(?:(?:il|elle|ils|elles)\s{1,3}(?:y\s{1,3})?(?:(?:a|avait|ont|avaient)\s{1,3}été|est|était|sont|étaient)\s{1,3})?"
    r"(?:admise?s?|entrée?s?|arrivée?s?|hospitalisée?s?|transportée?s?|incarcérée?s?|placée?s?)"
    r"(?:\s{1,3}[^\s,.;:!?\d«»()]{1,25}){0,4}?\s{1,3}(?:dès\s{1,3})?le\s{1,3}" + _DAYSPEC +
    r"[^.;:!?«»()]{0,80}?\b(?:ressortie?s?|sortie?s?|repartie?s?|libérée?s?|quitté|rentrée?s?)"
    r"(?:\s{1,3}[^\s,.;:!?\d«»()]{1,25}){0,4}?\s{1,3}(?:qu(?:e\s{1,3}|['’]\s{0,2}))?le\s{1,3}" + _DAYSPEC, re.I)
# « Elle a passé dix jours à l'hôpital de Vannes cet hiver, entre le lundi 2 et le vendredi 6
# février », « est resté cinq jours au CHU, du 3 au 9 mars »: a stay, its place and moment at most,
# then the window of dates it falls in (NUM403: no more days than the window holds)
_STAY_SPAN_NEXT = lazy_re(
    r"[^.;:!?«»()\d]{0,60}?\s{0,2},\s{1,3}(?:entre\s{1,3}le\s{1,3}" + _DAYSPEC + r"[^.;:!?«»()\d]{0,12}?"
    r"\s{1,3}et\s{1,3}le\s{1,3}|du\s{1,3}" + _DAYSPEC + r"[^.;:!?«»()\d]{0,12}?\s{1,3}au\s{1,3})" + _DAYSPEC,
    re.I)
# « Victime d'une chute le jeudi 11 juin, il n'a repris l'entraînement que le lundi 22 juin, après
# cinq semaines d'arrêt »: a fall or an injury dated, a return dated, then the layoff between them
# told after the return (NUM403: no longer than the days between the two dates)
_LAYOFF_LED = lazy_re(
    r"\A\s{0,3}(?:<[^>]{0,80}>\s{0,3})?[«\"“]?\s{0,2}"
    r"(?:victimes?\s{1,3}d['’]\s{0,2}une?\s{1,3}(?:chute|blessure|accident|fracture|entorse|rupture|commotion|malaise)"
    r"|(?:blessée?s?|opérée?s?|tombée?s?|accidentée?s?|hospitalisée?s?)"
    r"|après\s{1,3}(?:sa|son)\s{1,3}(?:chute|blessure|accident|opération|fracture|entorse|commotion|malaise))\b"
    r"[^.;:!?()«»]{0,80}?\ble\s{1,3}" + _DAYSPEC + r"[^,.;:!?()«»\d]{0,30},\s{1,3}"
    r"[^.;:!?()«»\d]{0,60}?\b(?:repris|reprise|reprendre|reprend|reprennent|retrouvé|retrouvée|retrouver"
    r"|(?:fait|effectué|faire|effectuer)\s{1,3}son\s{1,3}retour|rejoué|rejouer|remonté|remontée|remonter)\b"
    r"[^.;:!?()«»\d]{0,60}?\ble\s{1,3}" + _DAYSPEC + r"[^,.;:!?()«»\d]{0,30}?,?\s{1,3}\Z", re.I)
_OF_LAYOFF = lazy_re(
    r"\s{1,3}d(?:e\s{1,3}|['’]\s{0,2})(?:arrêt|absence|indisponibilité|convalescence|inactivité)\b"
    r"(?!\s{1,3}(?:cumulée?s?|au\s{1,3}total|en\s{1,3}tout))", re.I)
# « Admise le vendredi 8 mai, elle est morte le mercredi 20 mai, après trois semaines
# d'hospitalisation »: the admission, then the death or the discharge, dated before the length of
# the stay; or (« Elle y avait été admise le vendredi 8 mai, et n'en était plus ressortie au terme
# de … ») the admission alone, the death told in the sentence before (the rule checks it)
_OF_HOSPITAL = lazy_re(
    r"\s{1,3}d['’]\s{0,2}hospitalisation\b(?!\s{1,3}(?:cumulée?s?|au\s{1,3}total|en\s{1,3}tout))", re.I)
_ADMITTED = (r"\b(?:admise?s?|hospitalisée?s?)\b[^.;:!?()«»\d]{0,40}?\b(?:le\s{1,3})?" + _DAYSPEC)
_HOSPITAL_LED = lazy_re(
    r"\A[^.;:!?()«»\d]{0,80}?" + _ADMITTED + r"[^,.;:!?()«»\d]{0,30}"
    r"(?P<end>,[^.;:!?()«»\d]{0,60}?\b(?:morte?s?|décédée?s?|éteinte?s?|sortie?s?|ressortie?s?)\b"
    r"[^.;:!?()«»\d]{0,30}?\b(?:le\s{1,3})?" + _DAYSPEC + r"[^,.;:!?()«»\d]{0,30}?)?"
    r"(?(end)|[^.;:!?()«»\d]{0,80}?)"
    r",?\s{1,3}\Z", re.I)
# « La fête a duré dix jours : entamée le samedi 1er août, elle s'est achevée le lundi 10 août »:
# a length after its verb (« a duré », « s'est étalée / déroulée sur »), then, after a colon, its
# opening and its close dated by their participles or verbs, in that order
_LASTED_VERB = lazy_re(
    r"\b(?:(?:a|avait|aura|ont|avaient|auront)\s{1,3}duré"
    r"|s['’]\s{0,2}(?:est|était|sont|étaient)\s{1,3}(?:étalée?s?|étendue?s?|déroulée?s?)\s{1,3}sur)"
    r"\s{1,3}(?:(?:près\s+de|plus\s+de|environ|quelque|seulement)\s{1,3})?\Z", re.I)
_LASTED_COLON_NEXT = lazy_re(
    r"[^.;:!?«»()\d]{0,60}?\s{0,2}:\s{1,3}"
    r"(?:entamée?s?|commencée?s?|ouverte?s?|lancée?s?|débutée?s?|inaugurée?s?)"
    r"(?:\s{1,3}[^\s,.;:!?\d«»()]{1,25}){0,4}?\s{1,3}(?:dès\s{1,3})?le\s{1,3}" + _DAYSPEC +
    r"[^.;:!?«»()]{0,80}?\b(?:achevée?s?|terminée?s?|close?s?|refermée?s?|fermée?s?|finie?s?|conclue?s?"
    r"|clôturée?s?|pris\s{1,3}fin)"
    r"(?:\s{1,3}[^\s,.;:!?\d«»()]{1,25}){0,4}?\s{1,3}le\s{1,3}" + _DAYSPEC, re.I)
# what may be held only on working days (« la grève a duré neuf jours »): days of it, not the span
_WORKDAY_NOUN = lazy_re(r"\b(?:grèves?|chantiers?|travaux|mobilisations?|blocages?|cours|examens?"
                        r"|épreuves?|formations?|stages?)\b", re.I)
# « …, refermée le samedi 25 avril, aura duré 150 jours »: the length its subject's aside dates
_LASTED_APPOSED = lazy_re(
    r",\s{1,3}(?:(?:a|aura|avait|ont|auront|avaient)\s{1,3}duré\s{1,3}"
    r"(?:(?:près\s+de|plus\s+de|environ|quelque|seulement)\s{1,3})?"
    r"|n['’]\s{0,2}(?:a|aura|avait|ont|auront|avaient)\s{1,3}duré\s{1,3}qu(?:e\s{1,3}|['’]))\Z", re.I)
# « …, n'aura duré que trois semaines jusqu'au scrutin du dimanche 27 septembre »: the close dated
# right after the length, up to three words of its noun between
_UNTIL_DATE_NEXT = lazy_re(
    r"\s{1,3}jusqu['’](?:au|à)\s{1,3}(?:[^\W\d][\w'’-]{0,24}\s{1,3}){0,3}?"
    r"(?:(?:du|le|de\s{1,3}la|de\s{1,3}l['’])\s{1,3})?(?:(?:" + "|".join(WEEKDAYS) + r")\s{1,3})?"
    r"(?:1er|\d{1,2})\b", re.I)
# « Ouvertes le vendredi 17 et refermées le dimanche 26, les fêtes ont animé pendant N jours … »:
# the opening and the close dated by participles in an aside leading the sentence, then a main
# clause whose length « pendant N jours » can be no longer than that span (it may be a part of it)
# (also a measure in force, its subject named before the aside: « La suspension, décidée le lundi
# 13 et levée le vendredi 17, a privé l'enclave de gazole pendant N jours »; « Le couvre-feu,
# instauré le … et abrogé le … »; « La route, fermée le … et rouverte le … »)
_OPENED_VERB = (r"(?:ouvert|lancé|inauguré|commencé|entamé|démarré|débuté|décidé|imposé|instauré|décrété"
                r"|proclamé|ordonné|déclenché|mis\s{1,3}en\s{1,3}place|entré(?=e?s?\s{1,3}en\s{1,3}vigueur)"
                r"|fermé|coupé|suspendu|interrompu|bloqué)e?s?(?:\s{1,3}en\s{1,3}vigueur)?"
                r"(?:\s{1,3}(?:officiellement|formellement))?")
_LED_OPEN_CLOSE = lazy_re(
    r"\A\s{0,3}(?:<[^>]{0,80}>\s{0,3})?(?:(?:la|le|les|l['’])\s{0,3}[^\W\d][^,.;:!?()«»\d]{1,50},\s{1,3})?"
    + _OPENED_VERB + r"\s{1,3}le\s"
    r"[^,.;:!?()]{3,40}?\set\s{1,3}(?:(?:re)?(?:fermé|clos|achevé|terminé|clôturé)|levé|abrogé|suspendu"
    r"|interrompu|rouvert|rétabli)e?s?\s{1,3}le\s"
    r"[^,.;:!?()]{3,40},\s{1,3}(?![^,.;:!?()«»]{0,80}\b(?:avant|après|depuis|précédée?s?|suivie?s?|déjà"
    r"|avait|avaient|(?:préparé|annoncé|envisagé|réclamé|négocié|débattu|attendu|menacé)e?s?"
    r"|encore|effets?|conséquences?|répercussions?|séquelles|retombées|traces?|sentir)\b)"
    r"[^,.;:!?()«»]{2,80}\Z", re.I)
# « Entamée le mardi 13 et levée le jeudi 15, la grève de cinq jours … », « Ce blocage de trois
# semaines, commencé le … et levé le …, … »: a disruption (or a fair) whose length is the complement
# of its noun, the subject of the sentence, its opening and close dated by the participles of an
# aside before or right after it (NUM403: no longer than the span, counting both ends)
# (not « suspendue / interrompue le … »: it may resume, its length told over both runs)
_CLOSED_VERB = r"(?:(?:re)?(?:fermé|clos|achevé|terminé|clôturé)|levé|abrogé|rouvert|rétabli)e?s?"
_OPEN_CLOSE_ASIDE = (r"(?P<aside>" + _OPENED_VERB + r"\s{1,3}le\s[^,.;:!?()«»]{3,40}?\set\s{1,3}"
                     + _CLOSED_VERB + r"\s{1,3}le\s[^,.;:!?()«»]{3,40})")
_ASIDE_LED_THE = lazy_re(
    r"\A\s{0,3}(?:<[^>]{0,80}>\s{0,3})?" + _OPEN_CLOSE_ASIDE
    + r",\s{1,3}(?P<det>la|le|les|l['’]|cette|ce|cet|ces)\s{0,3}\Z", re.I)
_THE_LED = lazy_re(r"\A\s{0,3}(?:<[^>]{0,80}>\s{0,3})?(?P<det>la|le|les|l['’]|cette|ce|cet|ces)\s{0,3}\Z", re.I)
_DISRUPTION_OF = lazy_re(
    r"(?:grèves?|mouvements?(?:\s{1,3}(?:de\s{1,3}grève|social|sociaux))?|blocages?|fermetures?|suspensions?"
    r"|coupures?|confinements?|trêves?|arrêts?(?:\s{1,3}de\s{1,3}travail)?|mobilisations?|occupations?"
    r"|festivals?|salons?|foires?|expositions?)"
    r"(?:\s{1,3}(?:illimitée?s?|totale?s?|générale?s?))?\s{1,3}de\s{1,3}"
    r"(?:(?:près\s+de|plus\s+de|environ|quelque)\s{1,3})?\Z", re.I)
_ASIDE_OF_LENGTH_NEXT = lazy_re(
    r"(?:\s{1,3}(?:des?|du|d['’])\s{0,3}[^,.;:!?()«»\d]{1,50}?)?,\s{1,3}" + _OPEN_CLOSE_ASIDE + r",", re.I)
# … not a length planned, not the one it had (« la grève de cinq jours prévue / annoncée »)
_PLANNED = lazy_re(
    r"\b(?:prévue?s?|annoncée?s?|programmée?s?|initiale?s?|initialement|d[eé]vai(?:t|ent)|écourtée?s?"
    r"|envisagée?s?|votée?s?|réclamée?s?|projetée?s?|censée?s?|préavis|au\s{1,3}lieu|plutôt|théorique)\b", re.I)
# … changed on the way: cut short, stretched, brought forward (« écourtée », « rentré dès le 8 »)
_CUT_SHORT = lazy_re(
    r"\b(?:écourt|abrég|interromp|interromp|prolong|raccourc|rallong|anticip|prématur|précipit|annul"
    r"|repouss|report|avanc|rapatri|hospitalis|contraint|obligé|forcé|urgence|malaise|finalement"
    r"|prévu|dès\b|déjà\b|plus\s{1,3}(?:tôt|tard|vite)\b|au\s{1,3}bout\s{1,3}d|que\s{1,3}le\b"
    r"|qu['’]\s{0,2}(?:au|à)\b|au\s{1,3}lieu|plutôt)", re.I)


def _two_sentences_end(text: str, i: int, reach: int = 400) -> int:
    """Where the sentence after the one of i ends (at most `reach` characters on)."""
    end = min(len(text), i + reach)
    n = 0
    for m in _SENTENCE_END.finditer(text, i, end):
        n += 1
        if n == 2:
            return m.start()
    return end


_DURING_END = lazy_re(r"\b(?:pendant|durant)\s{1,3}(?:(?:près\s+de|environ|quelque|plus\s+de)\s{1,3})?\Z", re.I)
# « Ouverte officiellement le lundi 9 mars, celle-ci s'est achevée le vendredi 20 mars à minuit, au
# terme de trois semaines durant lesquelles … »: the opening then the close dated before « au terme
# de N semaines », the whole time between them (NUM403: no longer than the span)
_OPENED_THEN_CLOSED = lazy_re(
    r"\A\s{0,3}(?:<[^>]{0,80}>\s{0,3})?(?:(?:la|le|les|l['’])\s{0,3}[^\W\d][^,.;:!?()«»\d]{1,50},\s{1,3})?"
    r"(?:ouvert|lancé|inauguré|commencé|entamé|démarré|débuté)e?s?(?:\s{1,3}(?:officiellement|formellement))?"
    r"\s{1,3}le\s[^,.;:!?()]{3,40},\s{1,3}[^,.;:!?()«»\d]{2,60}?\b(?:(?:achevé|terminé|clos|clôturé|refermé"
    r"|conclu)e?s?|pris\s{1,3}fin)\s{1,3}le\s[^,.;:!?()]{3,40},\s{0,3}\Z", re.I)
# … its length, all of it: nothing after it, or a relative on it, or the noun of the very thing
_WHOLE_TIME_AFTER = lazy_re(
    r"\s{0,2}(?:[,.;:!?)]|\Z)|\s{1,3}(?:(?:durant|pendant)\s{1,3}lesquel(?:le)?s|au\s{1,3}cours\s{1,3}desquel(?:le)?s"
    r"|où|d(?:e\s{1,3}|['’]\s{0,2})(?P<noun>campagne|débats?|discussions|négociations|pourparlers|vote|scrutin"
    r"|consultations?|compétition|festivités|session|procédure|examen|enquête|concertation))\b", re.I)
_SITTING_NOUN = lazy_re(
    r"\b(?:procès|audiences?|sessions?|débats?|négociations?|pourparlers|discussions|consultations"
    r"|assises|conclaves?|conciles?)\b", re.I)
# « une opération de cinq jours, puis une autre : du … au … »: one of several, a part of the span
# « Ouverte le lundi 5 octobre, elle a duré six semaines et s'est achevée le vendredi 23 octobre »:
# the opening dated by an aside leading the sentence, its subject (a pronoun, or a determiner and a
# noun) the one that lasted and closed, the close dated right after the length: at most that span
_OPENED_LED_LASTED = lazy_re(
    r"\A\s{0,3}(?:<[^>]{0,80}>\s{0,3})?" + _OPENED_VERB + r"\s{1,3}(?:dès\s{1,3})?le\s[^,.;:!?()«»]{3,40},\s{1,3}"
    r"(?:(?:il|elle|ils|elles)\s{1,3}|(?:la|le|les|l['’]|cette|ce|cet|ces)\s{0,3}"
    r"(?:(?!(?:qui|que|qu|dont|où|a|ont|avait|avaient|est|sont|s|se|n|ne)\b)[^\W\d][\w’'-]{0,30}\s{1,3}){1,4}?)"
    r"(?:(?:a|avait|ont|avaient)\s{1,3}duré|s['’]\s{0,2}(?:est|était|sont|étaient)\s{1,3}(?:étalée?s?|étendue?s?"
    r"|déroulée?s?)\s{1,3}sur)\s{1,3}(?:(?:près\s+de|plus\s+de|environ|quelque)\s{1,3})?\Z", re.I)
_AND_CLOSED_NEXT = lazy_re(
    r"(?:\s{1,3}(?:au\s{1,3}total|en\s{1,3}tout))?\s{1,3}et\s{1,3}(?:s['’]\s{0,2}(?:est|était|sont|étaient)\s{1,3}"
    r"(?:achevée?s?|terminée?s?|close?s?|clôturée?s?|refermée?s?|conclue?s?)|(?:a|avait|ont|avaient)\s{1,3}pris"
    r"\s{1,3}fin|(?:a|avait|ont|avaient)\s{1,3}été\s{1,3}(?:close?s?|clôturée?s?|refermée?s?))"
    r"\s{1,3}le\s{1,3}" + _DAYSPEC, re.I)
_NOT_SPAN_AFTER = lazy_re(
    r"\s*(?:plus\s+tard|après|avant|auparavant|plus\s+tôt|de\s|d['’]"
    # « trois jours par semaine »: a frequency, not the length of the whole
    r"|(?:par|chaque|toutes\s{1,3}les)\s{1,3}(?:semaines?|mois|quinzaines?)\b"
    r"|,\s{1,3}(?:puis|et|suivie?s?\s{1,3}d['’]|avant)\s{0,3}(?:une?\s{1,3}|d['’]une?\s{1,3})?"
    r"(?:autres?|secondes?|deuxièmes?|nouvelles?)\b)", re.I)
# « du mardi 14 au samedi 25 mai, soit neuf jours »: a span of dates restated as a length …
_RESTATE = lazy_re(
    r"\bau\s{1,3}(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s{1,3})?(?:1er|\d{1,2})"
    r"(?:\s{1,3}(?:" + "|".join(MONTHS) + r"))?(?:\s{1,3}\d{4})?\s{0,2},\s{1,3}soit\s{1,3}"
    r"(?:(?:près\s+de|plus\s+de|environ|quelque|seulement)\s{1,3})?\Z", re.I)
# … unless the days are only some of them (working days, strike days) or a gap
_NOT_RESTATE_AFTER = lazy_re(
    r"\s*(?:plus\s+tard|après|avant|auparavant|plus\s+tôt|d['’]|ouvr|fériés|pleins"
    r"|de\s{1,3}(?:plus|moins|retard|avance|travail|grève|cours|classe|congés?|repos|vacances"
    r"|semaine|marché|ouverture|fermeture)\b)", re.I)
# « Du lundi 6 juillet au vendredi 28 août, la ligne sera coupée. Soit 53 jours … »: a length
# opening the sentence after one that opens on its span restates that span
_RESTATE_LED = lazy_re(
    r"(?:(?<=[.!?…])\s{1,3}|\A\s{0,3})Soit\s{1,3}"
    r"(?:(?:près\s+de|plus\s+de|environ|quelque|seulement)\s{1,3})?\Z")
_SPAN_LED_SENTENCE = lazy_re(
    r"\s{0,3}Du\s{1,3}(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s{1,3})?(?:1er|\d{1,2})"
    r"(?:\s{1,3}(?:" + "|".join(MONTHS) + r"))?(?:\s{1,3}\d{4})?\s{1,3}au\s{1,3}"
    r"(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s{1,3})?(?:1er|\d{1,2})"
    r"\s{1,3}(?:" + "|".join(MONTHS) + r")(?:\s{1,3}\d{4})?\s{0,2},")
# « Les pluies sont tombées du samedi 7 au mardi 10 février. Pendant ces quatre jours, … »: a
# length with a demonstrative opening the sentence takes up the span ending the sentence before
_DEMONSTRATIVE_LED = lazy_re(
    r"(?:(?<=[.!?…])\s{1,3}|\A\s{0,3})(?:(?:Pendant|Durant|Au\s{1,3}cours\s{1,3}de|En|Sur|Lors\s{1,3}de"
    r"|Au\s{1,3}terme\s{1,3}de|À\s{1,3}l['’]issue\s{1,3}de)\s{1,3}ces|Ces)\s{1,3}\Z")
_SPAN_ENDED_SENTENCE = lazy_re(
    r"\bdu\s{1,3}(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s{1,3})?(?:1er|\d{1,2})"
    r"(?:\s{1,3}(?:" + "|".join(MONTHS) + r"))?(?:\s{1,3}\d{4})?\s{1,3}au\s{1,3}"
    r"(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s{1,3})?(?:1er|\d{1,2})"
    r"\s{1,3}(?:" + "|".join(MONTHS) + r")(?:\s{1,3}\d{4})?\s{0,2}[.!…]?\Z", re.I)
_ROLLING = lazy_re(r"\b(?:derni|prochain|premi)", re.I)
_A_LENGTH_WORD = lazy_re(r"\b(?:jours?|semaines?|mois|ans|années?|nuits?)\b", re.I)
_YEARS_END = lazy_re(r"\ban?s?\s*\Z", re.I)
_ANNEES_END = lazy_re(r"ann[ée]es?\s*\Z", re.I)
# « l'avocat de 42 ans », « une femme de 35 ans »: a person noun, then « de » and the age (a
# contract, a sentence or a mandate « de 5 ans » is a length, hence the closed list)
_PERSON_NOUN = (
    r"(?:homme|femme|garçon|fille|jeune|adolescente?|enfant|bébé|retraitée?|avocate?|élue?|députée?"
    r"|sénat(?:eur|rice)|ministre|maire|présidente?|patronne?|chef|cheffe|dirigeante?|militante?"
    r"|étudiante?|victime|suspecte?|accusée?|prévenue?|conduct(?:eur|rice)|joueu(?:r|se)|pilote"
    r"|chanteu(?:r|se)|act(?:eur|rice)|médecin|infirmi(?:er|ère)|polici(?:er|ère)|entraîneu(?:r|se)"
    r"|entrepreneu(?:r|se)|écrivaine?|artiste|agricult(?:eur|rice)|ouvri(?:er|ère)|cycliste"
    r"|skieu(?:r|se)|nageu(?:r|se)|sportive?|attaquante?|défenseu(?:r|se)|gardienne?|quinquagénaire"
    r"|quadragénaire|trentenaire|sexagénaire|septuagénaire|octogénaire|nonagénaire)")
_PERSON_OF = lazy_re(
    r"(?:\bl['’]\s{0,2}|\b(?:le|la|un|une|cet|cette|ce)\s{1,3})(?:(?:jeune|ancien|ancienne|nouvel|nouveau|nouvelle)\s{1,3})?"
    + _PERSON_NOUN + r"\s{1,3}de\s{1,3}(?:(?:près\s+de|plus\s+de|environ|presque)\s{1,3})?\Z", re.I)
# « Âgé de 47 ans, l'agriculteur était … »: the subject of an opening « âgé de » aside, a person
# named by a definite article and a common noun (as « l'agriculteur de 47 ans »)
_LEAD_PERSON = lazy_re(
    r"\s{0,2},\s{1,3}(?:l['’]\s{0,2}|(?P<he>le)\s{1,3}|(?P<she>la)\s{1,3})"
    r"(?:(?:jeune|ancien|ancienne|nouvel|nouveau|nouvelle)\s{1,3})?" + _PERSON_NOUN + r"\b(?![-'’])", re.I)
# « À 84 ans, Ray Dominguez loue toujours des bateaux », « …, Jeanne Roux est encore sur les
# marchés », « …, X continue de … »: an opening « À N ans », a full name, then a present still
# going on (« toujours », « encore », « continue de »): the age today, not a moment of a story
_LEAD_NAME_STILL = lazy_re(
    r"\s{0,2},\s{1,3}[A-ZÀ-Ý][\w’'-]{1,30}(?:\s{1,3}[A-ZÀ-Ý][\w’'-]{1,30}){1,2}\s{1,3}"
    r"(?:(?!(?:fut|eut|fit|prit|mit|vint|tint|dit|vit)\b)[a-zà-ÿ]{1,19}[etd](?<!ait)(?<!ût)"
    r"\s{1,3}(?:toujours|encore)\b(?!\s{1,3}(?:une\s{1,3}fois|plus|moins|mieux|pire)\b)"
    r"|continue\s{1,3}(?:de\s|d['’]|à\s))")
# « était parti », « fut élu »: a pluperfect or a past historic tells a past moment, not today
_OLDER_PAST = lazy_re(
    r"\b(?:(?:avait|avaient|était|étaient|eut|eurent|fut|furent)\s{1,3}(?:\w{1,12}\s{1,3})?"
    r"\w{2,20}(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|it|int|ert|orte?)|fut|furent)\b", re.I)
_COMMA_NEXT = lazy_re(r"\s{0,2},")
_AGE_ENDS = lazy_re(r"\s{0,2}[.!?…](?:\s|\Z)")
# « Né en 1967 à Nice, le technicien de 55 ans, … », « Née en 1970, la ministre, 54 ans, … »: the
# noun (and an adjective) right after a birth opening the sentence is its subject, whatever
# the noun; lowercase words only, none of « de » (« le fils de Marc, 35 ans »: whose age?)
_BORN_LED_NOUN = lazy_re(
    # (a place or a season first: « Né à Dieppe à l'automne 1980, le marin de 38 ans »)
    r"(?:(?<=[.!?…])\s{1,3}|\A\s{0,3})[«\"“(]?\s{0,2}[nN][ée]e?s?\s{1,3}(?:en|le|à|au|aux|dans|fin|début"
    r"|pendant|durant)\s{1,3}[^,.;:!?()«»\"]{1,60},\s{1,3}(?:l['’]\s{0,2}|(?:le|la|ce|cet|cette)\s{1,3})"
    r"(?:(?!(?:de|du|des|d)\b)[a-zà-ÿ][\w’'-]{0,30}\s{1,3})?"
    r"(?!(?:de|du|des|d)\b)[a-zà-ÿ][\w’'-]{1,30}"
    r"(?:\s{1,3}de|(?P<comma>\s{0,2},))\s{1,3}(?:(?:près\s+de|plus\s+de|environ|presque)\s{1,3})?\Z")
# « Né en 1973, cet ancien président de la région, 45 ans, … »: after a demonstrative, a noun
# with a complement of lowercase words (no name: « le fils de Marc, 35 ans » is unsure) is
# still the one born, the age between commas
_KIN_HEAD = (r"(?!(?:fils|fille|père|mère|frère|sœur|soeur|mari|femme|épou(?:x|se)|compagne"
             r"|compagnon|enfant)\b)")
_BORN_LED_DEMO_OF = lazy_re(
    r"(?:(?<=[.!?…])\s{1,3}|\A\s{0,3})[«\"“(]?\s{0,2}[nN][ée]e?s?\s{1,3}(?:en|le)\s{1,3}"
    r"[^,.;:!?()«»\"]{1,60},\s{1,3}(?:ce|cet|cette)\s{1,3}"
    r"(?:" + _KIN_HEAD + r"[a-zà-ÿ][\w’'-]{0,30}\s{1,3})?" + _KIN_HEAD + r"[a-zà-ÿ][\w’'-]{1,30}"
    r"(?:\s{1,3}(?:de|du|des|d['’])\s{0,3}(?:(?:la|les|l['’])\s{0,3})?[a-zà-ÿ][\w’'-]{1,30}){1,2}"
    r"(?:\s{1,3}(?!(?:qui|que|et|ou|a|est|dont)\b)[a-zà-ÿ][\w’'-]{1,30})?"
    r"\s{0,2},\s{1,3}(?:(?:près\s+de|plus\s+de|environ|presque)\s{1,3})?\Z")
# « Originaire de Rodez, où il est né en 1969, ce magistrat de 48 ans … »: a birth told in a
# relative of the sentence's opening aside, then a demonstrative and its noun given an age: the
# anaphor of the one born, like « Né en 1969, ce magistrat de 48 ans »
# (any verb of birth: « où elle a vu le jour en décembre 1958 », « où il était venu au monde en »)
_WHERE_BORN_VERB = (
    r"\s{1,3}(?:(?:est|était)\s{1,3}(?:née?|venue?\s{1,3}au\s{1,3}monde)|(?:a|avait)\s{1,3}vu\s{1,3}le\s{1,3}jour)"
    r"\s{1,3}en\s{1,3}(?:(?:" + "|".join(MONTHS) + r")\s{1,3})?\d{4}\s{0,2},\s{1,3}")
_WHERE_BORN_DEMO = (
    r"(?:(?<=[.!?…])\s{1,3}|\A\s{0,3})[A-ZÀ-Ý][^,.;:!?()«»\"]{1,60},\s{1,3}où\s{1,3}(?:il|elle)"
    + _WHERE_BORN_VERB + r"(?:ce|cet|cette)\s{1,3}")
_WHERE_BORN_NOUN_OF = (r"(?:" + _KIN_HEAD + r"[a-zà-ÿ][\w’'-]{0,30}\s{1,3})?" + _KIN_HEAD + r"[a-zà-ÿ][\w’'-]{1,30}"
                       r"\s{1,3}de\s{1,3}(?:(?:près\s+de|plus\s+de|environ|presque)\s{1,3})?\Z")
# (« Originaire de Rimouski, où il a vu le jour en 1972, le chirurgien de 48 ans »: a definite
# article too, when the opening aside is an origin — an attribute of the subject, so the one born
# is the subject — and the pronoun agrees with the article: « le » / « il », « la » / « elle »)
_WHERE_BORN_DEMO_OF = lazy_re(
    r"(?:" + _WHERE_BORN_DEMO
    + r"|(?:(?<=[.!?…])\s{1,3}|\A\s{0,3})(?:Originaire|Natif|Native)\s{1,3}(?:de|du|des|d['’])"
    r"[^,.;:!?()«»\"]{1,60},\s{1,3}où\s{1,3}"
    r"(?:il" + _WHERE_BORN_VERB + r"(?:le\s{1,3}|l['’]\s{0,2})|elle" + _WHERE_BORN_VERB
    + r"(?:la\s{1,3}|l['’]\s{0,2})))" + _WHERE_BORN_NOUN_OF)
# « Originaire de Nancy, où elle a vu le jour en 1958, cette ancienne médecin, qui soufflera ses
# 68 bougies le mois prochain, … »: the same anaphor, its birthday to come told in a relative on it
_WHERE_BORN_DEMO_WHO = lazy_re(
    _WHERE_BORN_DEMO + r"(?:" + _KIN_HEAD + r"[a-zà-ÿ][\w’'-]{0,30}\s{1,3}){0,2}" + _KIN_HEAD
    + r"[a-zà-ÿ][\w’'-]{1,30}\s{0,2},\s{1,3}qui\s{1,3}(?:(?:fêtera|soufflera|va\s{1,3}(?:fêter|souffler)"
    r"|s['’]apprête\s{1,3}à\s{1,3}(?:fêter|souffler))\s{1,3}ses|aura)\s{1,3}\Z")
_FOR = lazy_re(r"\bpour\s+(?:(?:près\s+de|plus\s+de|environ|quelque|seulement)\s+)?\Z", re.I)
_AGE_THEN = lazy_re(r"\s*,?\s*(?:quand|lorsque|lors\b|au\s+moment|alors)", re.I)
# « venu au monde à Oiapoque en 1979 » is a birth like « né à Oiapoque en 1979 »
_BORN_VERB = r"(?:n[ée]e?s?|venue?s?\s{1,3}au\s{1,3}monde)"
# « où il a vu le jour en 1970 »: a birth when a personal pronoun sees the day (« le projet a vu
# le jour en 2019 » is a founding)
_SAW_DAY = r"\b(?P<pro>il|elle)\s{1,3}(?:(?:a|avait)\s{1,3}vu|voit)\s{1,3}le\s{1,3}jour"
# (a place between: « née à Saint-Laurent-du-Maroni en 1958 », hyphens and all)
# (and a month before the year: « où elle a vu le jour en décembre 1958 », « né en mars 1970 »)
_BIRTH_MONTH = r"(?:(?:" + "|".join(MONTHS) + r")\s{1,3})?"
# (or a season, or the start or the end of the year: « né à Montélimar au printemps 1971 », « née
# à l'automne 1958 », « né fin 1971 »; the year alone then, a winter maybe the next one's start)
_BIRTH_SEASON = (r"(?:(?:au|en)\s{1,3}(?:printemps|été|automne|hiver)|à\s{1,3}l['’]\s{0,2}(?:été|automne|hiver)"
                 r"|(?:au\s{1,3}cours\s{1,3}de|pendant|durant)\s{1,3}l['’]\s{0,2}(?:été|automne|hiver)"
                 r"|(?:au\s{1,3}cours\s{1,3}du|pendant\s{1,3}le|durant\s{1,3}le)\s{1,3}printemps"
                 r"|(?:au\s{1,3})?(?:début|fin)|à\s{1,3}la\s{1,3}fin\s{1,3}de\s{1,3}l['’]\s{0,2}année"
                 r"|au\s{1,3}début\s{1,3}de\s{1,3}l['’]\s{0,2}année)\s{1,3}")
_BIRTH_SEASON_END = lazy_re(_BIRTH_SEASON + r"\Z", re.I)
_YEAR_BIRTH = lazy_re(r"(?:\b" + _BORN_VERB + r"|" + _SAW_DAY + r")\s+(?:\w[\w-]*\s+){0,2}?(?:en\s+"
                      + _BIRTH_MONTH + r"|" + _BIRTH_SEASON + r")\Z", re.I)
# « Venu au monde dans un quartier ouvrier de la ville en avril 1958 », « née dans une famille de
# mineurs en 1931 »: a birth, a place of up to eight words between (no clause, no other « en », no
# number): a longer reach than _YEAR_BIRTH's two words
_PLACE_BORN_YEAR = lazy_re(
    r"\b" + _BORN_VERB + r"\s{1,3}(?:à|au|aux|dans|sur|près\s{1,3}de)\s{1,3}"
    r"(?:(?!(?:et|ou|puis|où|qui|que|qu|dont|avant|après|depuis|jusqu|il|elle|ils|elles|on|a|est|avait"
    r"|était|sont|ont|en|lorsqu|quand|mais|pour|par|alors|arrivée?s?|installée?s?|partie?s?|revenue?s?"
    r"|devenue?s?|élue?s?|nommée?s?|quitté|rejoint|émigrée?s?|établie?s?|fixée?s?|mariée?s?|mort|morte"
    r"|décédée?|tuée?)\b)[^\W\d_][\w-]*(?:\s{1,3}|['’]\s{0,2})){1,8}?(?:en\s{1,3}" + _BIRTH_MONTH
    + r"|" + _BIRTH_SEASON + r")\Z",
    re.I)
# « Originaire de Sisco, où il a vu le jour en 1970 » / « où elle est née en 1970 »: a birth told of
# a personal pronoun (of someone named before)
_PRONOUN_BORN = lazy_re(r"(?:" + _SAW_DAY + r"|\b(?P<pro2>il|elle)\s{1,3}(?:est|était)\s{1,3}"
                        r"(?:n[ée]e?|venue?\s{1,3}au\s{1,3}monde))"
                        r"\s+(?:\w+\s+){0,2}?en\s+" + _BIRTH_MONTH + r"\Z", re.I)
_YEAR_DEATH = lazy_re(
    r"\b(?:mort|morte|décédée?|éteinte?|disparue?)\s+(?:\w+\s+){0,2}?en\s+\Z", re.I)
# « en 2019 », « depuis novembre 2019 »: the year of an event (a month may stand between)
_YEAR_IN = lazy_re(r"\b(?:en|depuis)\s+(?:(?:" + "|".join(MONTHS) + r")\s+)?\Z", re.I)
# « remonte à 2017 », « date de 2017 » (a present tense: « il y a » counts from now): the year
# something goes back to, read only against an « il y a » in apposition right after it (NUM404:
# « remonte à 2017, il y a neuf ans, »; not « date de 1990, il y a trois ans qu'il … »); never
# « la date de 2017 » (a noun)
_YEAR_BACK = lazy_re(
    r"(?<!\bla\s)(?<!\bune\s)(?<!\bsa\s)(?<!\bcette\s)(?<!\bles\s)(?<!\bdes\s)(?<!\bses\s)"
    r"\b(?:remont(?:e|ent)\s+à|dat(?:e|ent)\s+de)\s+"
    r"(?:(?:" + "|".join(MONTHS) + r")\s+)?\Z", re.I)
_BACK_AGO = lazy_re(
    r"\s{0,2}[,(]\s{0,3}il\s{1,3}y\s{1,3}a\s{1,3}[^,;:.!?()«»]{1,30}?\s(?:ans|années)\s{0,2}(?:[,)]|[.;!?]|\Z)")

# « sur la même période de 2025 », « par rapport à 2025 », « 4 % de plus qu'en 2025 », « contre
# 29 200 en 2025 »: the year a figure is compared to, no moment of the news (calendar.py)
_YEAR_BASELINE = lazy_re(
    r"(?:\bmême\s{1,3}(?:période|date|mois|semaine|trimestre|semestre)\s{1,3}(?:de\s{1,3}l['’]année\s{1,3}"
    r"|de\s{1,3}|d['’]|en\s{1,3})|\bpar\s{1,3}rapport\s{1,3}à\s{1,3}(?:l['’]année\s{1,3})?"
    r"|\bcomparée?s?\s{1,3}à\s{1,3}(?:l['’]année\s{1,3})?"
    # a comparative before « qu'en » (« 4 % de plus qu'en 2025 »), never « ne … qu'en 2027 »
    r"|\b(?:plus|moins|autant|mieux|davantage|meilleure?s?|pire)(?:\s{1,3}[^\s.;:]{1,20}){0,3}?"
    r"\s{1,3}qu['’]en\s{1,3}"
    r"|\bcontre\s{1,3}\d[\d\s\u00a0\u202f,.]{0,12}(?:%\s{1,3}|[^\W\d_]{1,15}\s{1,3}){0,2}en\s{1,3})\Z",
    re.I)

# « fondé en 1995 », « créée à Sudbury en 1995 », « inauguré en 1990 »: the year something began
_FOUNDING = r"(?:fondée?s?|créée?s?|ouverte?s?|inaugurée?s?|mise?s?\s{1,3}en\s{1,3}service)"
_YEAR_FOUNDED = lazy_re(r"\b" + _FOUNDING + r"\s+(?:\w+\s+){0,2}?en\s+\Z", re.I)
# « embauchée en 1998 », « entré chez Renault en 1998 », « recruté par la mairie en 2004 »: the year
# someone joined the employer (not « entré en France en 1998 »: « en » then the year at once, or a
# complement led by « chez », « à », « dans », « par » first)
_YEAR_HIRED = lazy_re(
    r"\b(?:embauchée?s?|recrutée?s?|entrée?s?)\s{1,3}(?:(?:chez|à|au|aux|dans|par)\s{1,3}"
    r"(?:[^\s,.;:!?«»()]{1,30}\s{1,3}){1,4}?)?en\s{1,3}\Z", re.I)
# « elle compte 22 ans d'ancienneté », « il a 30 ans de maison »: a seniority told in the present
_TENURE_BEFORE = lazy_re(
    r"\b(?:compte|a|totalise|cumule|affiche)\s{1,3}(?:(?:aujourd['’]hui|désormais|déjà|maintenant)\s{1,3})?\Z",
    re.I)
# … then the clause's end or the employer (not « de plus que X », « dans le métier »: another span)
_TENURE_AFTER = lazy_re(
    r"\s{1,3}(?:d['’]\s{0,2}ancienneté|de\s{1,3}maison|de\s{1,3}services?)"
    r"(?=\s{0,2}[.,;:!?)»]|\s{1,3}(?:et|mais|chez|dans\s{1,3}(?:l['’]\s{0,2}(?:entreprise|usine|atelier)"
    r"|la\s{1,3}(?:maison|société|laiterie|boîte)|le\s{1,3}(?:groupe|site))\s{0,2}[.,;:!?)»]))", re.I)
# « … célèbre cette année ses 25 ans », « a fêté ses 25 ans »: an anniversary
_ANNIV = (r"(?:célèbre|célèbrent|fête|fêtent|célébrera|célébreront|fêtera|fêteront"
          r"|(?:a|ont)\s{1,3}(?:célébré|fêté))\s{1,3}(?:(?:cette|cet)\s{1,3}(?:année|été|automne|hiver"
          r"|printemps|mois|semaine)\s{1,3})?ses\s{1,3}\Z")
_ANNIV_VERB = lazy_re(r"\b" + _ANNIV, re.I)
# … of the sentence's subject: the founding aside opening the sentence (« Fondé en 1995, le
# collège célèbre … ») or right after the subject opening it (« Le collège, fondé en 1995,
# célèbre … »); a few words of the noun right before the verb, no clause (« qui », a comma)
_FOUNDED_DET = r"(?:l['’]\s{0,2}|(?:le|la|les|ce|cet|cette|ces)\s{1,3})"
_FOUNDED_CLAUSE = (r"\s{1,3}(?:[^\W\d_][\w’'-]{0,30}\s{1,3}){0,3}?en\s{1,3}\d{4}"
                   r"(?:\s{1,3}(?:à|au|par)\s{1,3}[^,.;:!?«»]{1,40})?\s{0,2},\s{1,3}")
_NOT_NOUN_WORD = r"(?!(?:qui|que|qu|dont|où|a|ont|est|sont|il|elle|ils|elles)\b)"
_FOUNDED_LED = lazy_re(
    r"\A\s{0,3}[«\"“]?\s{0,2}" + _FOUNDING + _FOUNDED_CLAUSE + _FOUNDED_DET
    + r"(?:" + _NOT_NOUN_WORD + r"[\w’'-]{1,30}\s{1,3}){1,4}" + _ANNIV, re.I)
_FOUNDED_ASIDE = lazy_re(
    r"\A\s{0,3}[«\"“]?\s{0,2}" + _FOUNDED_DET
    + r"(?:" + _NOT_NOUN_WORD + r"[\w’'-]{1,30}\s{1,3}){0,3}" + _NOT_NOUN_WORD + r"[\w’'-]{1,30}"
    + r"\s{0,2},\s{1,3}" + _FOUNDING + _FOUNDED_CLAUSE + _ANNIV, re.I)
# « Mis en service en 1981, le bâtiment principal de Mouscron, qui a soufflé ses 35 bougies l'an
# dernier, … »: the founding aside opening the sentence, its subject, then a relative on it telling
# the anniversary (« fête », « a fêté », « avait soufflé »)
_ANNIV_WHO = r"qui\s{1,3}(?:(?:a|avait)\s{1,3}(?:célébré|fêté|soufflé)|célèbre|fête|souffle)\s{1,3}ses\s{1,3}\Z"
# (one noun phrase: no second determiner, which would open a verb's object: « le stade accueille le club »)
_NOT_OBJECT = r"(?!(?:le|la|les|l['’]|un|une|des|au|aux|son|sa|ses|leur|leurs|ce|cet|cette|ces)\b)"
_ANNIV_WHO_TAIL = lazy_re(r"\b" + _ANNIV_WHO, re.I)
_FOUNDED_WHO = lazy_re(
    r"\A\s{0,3}[«\"“]?\s{0,2}" + _FOUNDING + _FOUNDED_CLAUSE + _FOUNDED_DET
    # the head noun, maybe one adjective, then « de / du / des » complements (« le bâtiment
    # principal de Mouscron », « la piscine de la ville »); not a verb and its object (« la
    # chorale accueille Paul, qui … »: Paul's)
    + _NOT_NOUN_WORD + r"[\w’'-]{1,30}(?:\s{1,3}" + _NOT_NOUN_WORD + _NOT_OBJECT + r"(?!de\b|du\b|des\b|d['’])"
    + r"[^\W\d_][\w’'-]{0,30})?"
    + r"(?:\s{1,3}(?:de\s{1,3}(?:la\s{1,3}|l['’]\s{0,2})?|du\s{1,3}|des\s{1,3}|d['’]\s{0,2})[\w’'-]{1,30}){0,2}"
    + r"\s{0,2},\s{1,3}" + _ANNIV_WHO, re.I)
# … and what follows the count in such a relative: its clause's end, or « cette année », « l'an
# dernier » (« l'année passée ») then the end; anything else (« il y a dix ans ») dates it otherwise
_ANNIV_WHEN = lazy_re(
    r"\s{0,3}(?:bougies\s{0,3})?(?:(?P<last>l['’]\s{0,2}an(?:née)?\s{1,3}(?:derni(?:er|ère)|passée?))"
    r"|cette\s{1,3}année)?\s{0,2}[,.;)]", re.I)
_CANDLES_ANNIV = lazy_re(r"\b(?:(?:a|avait)\s{1,3}soufflé|souffle)\s{1,3}ses\s{1,3}\Z", re.I)


def _anniv_who_cues(text: str, f) -> tuple[str, ...]:
    """« Mis en service en 1981, le bâtiment …, qui a soufflé ses 35 bougies l'an dernier, … »:
    the anniversary of the subject the founding aside opening the sentence dates; « l'an dernier »
    puts it a year back."""
    before = _sentence_before(text, f.start)
    if before is None or not _FOUNDED_WHO.search(before):
        return ()
    when = _ANNIV_WHEN.match(text, f.end, f.end + 40)
    if when is None:
        return ()
    return ("anniv", "anniv_last") if when.group("last") else ("anniv",)

# « en juin 2024 », « de juin 2024 »: a month right before the year
_MONTH_YEAR = lazy_re(r"\b(" + "|".join(MONTHS) + r")\s+\Z", re.I)

# --- whose age, whose birth (NUM404 across two sentences and in apposition) -----------------

# « À 58 ans, il … », « Âgée de 63 ans, elle … »: an age opening its sentence.
_LEAD = lazy_re(
    r"(?:(?<=[.!?…])\s{1,3}|\A\s{0,3})[«\"“(]?\s{0,2}"
    r"(?:[ÀA]|(?:(?:aujourd['’]hui|désormais),?\s{1,3})?[âa]g[ée](?P<fem>e)?s?\s{1,3}de)\s{1,3}"
    r"(?:(?:près\s+de|plus\s+de|environ|presque)\s{1,3})?\Z", re.I)
# … and whom it is about: a pronoun or a demonstrative (« cet ancien ministre »), never a name,
# which may be someone else's.
_LEAD_SUBJECT = lazy_re(
    r"\s{0,2},\s{1,3}(?:(?P<he>il(?!\s{1,3}(?:faut|fallait|y\s))|cet|celui"
    r"|ce(?=\s{1,3}(?!n['’]|sera|serait|fut|fût|est|était|qui|que|qu['’])\w))"
    r"|(?P<she>elle|cette|celle))\b", re.I)
# « Christine Lagarde, 63 ans, dirige »: a name, then the age between commas.
_APPOSED = lazy_re(
    r"(?:,|\A|(?<=[.!?…]))\s{0,3}(?:[A-ZÀ-Ý][\w’'-]{0,30}\s{1,3}){0,3}[A-ZÀ-Ý][\w’'-]{0,30}"
    r"\s{0,2},\s{1,3}\Z")
# « Née en 1956 à Paris, … »: a birth opening its sentence speaks of the sentence's subject.
_BIRTH_LEAD = lazy_re(
    r"(?:(?<=[.!?…])\s{1,3}|\A\s{0,3})[«\"“(]?\s{0,2}n[ée]e?s?\s{1,3}(?:[\w’'-]{1,30}\s{1,3}){0,3}?"
    r"(?:(?:en|le)\s{1,3}|" + _BIRTH_SEASON + r")\Z", re.I)
# « Adam Yates, né le 7 août 1992 à Bury, 27 ans »: a birth told as an aside of the same name,
# right before the age (or right after it: « X, 27 ans, né en 1992 »), nothing between them.
_PLACE = r"(?:à|au)\s{1,3}[A-ZÀ-Ý][\w’'-]{0,30}(?:\s{1,3}[A-ZÀ-Ý][\w’'-]{0,30}){0,2}"
# « née à Namur le 9 août 1941 »: a birth, its place (capitalised words) between it and the date
_PLACE_BORN_DATE = lazy_re(r"\bn[ée]e?s?\s{1,3}" + _PLACE + r"\s{1,3}le\s{1,3}\Z", re.I)
# « Elle était née (à Namur) le 9 août 1941 », opening its sentence: the birth of a pronoun
_PRO_BORN_DATE = lazy_re(r"(?:(?<=[.!?…])\s{1,3}|\A\s{0,3})(?P<pro>Il|Elle)\s{1,3}(?:est|était)\s{1,3}"
                         r"n[ée](?P<fem>e)?\s{1,3}(?:" + _PLACE + r"\s{1,3})?le\s{1,3}\Z")
# « Disparue à l'âge de 82 ans, X est morte lundi », « X s'est éteinte mardi à l'âge de 82 ans »:
# a death told in the perfect, of now
_DIED_NOW = lazy_re(r"\b(?:est|s['’]est)\s{1,3}(?:(?:\w+\s{1,3}){0,2}?)(?:mort|morte|décédée?|éteinte?)\b", re.I)
_BORN_ASIDE = (_BORN_VERB + r"\s{1,3}(?:" + _PLACE + r"\s{1,3})?(?:en|le\s{1,3}(?:1er|\d{1,2})\s{1,3}(?:"
               + "|".join(MONTHS) + r"))\s{1,3}\d{4}(?:\s{1,3}" + _PLACE + r")?")
# « À 49 ans — elle est née à Martigues en 1968 —, cette ancienne employée a connu toutes les
# mobilisations depuis celle de 1995 »: the birth in a dash or bracket aside right after an opening
# « À N ans », then its subject (a pronoun or a demonstrative noun) and a first clause in the perfect
# or the present tied to now (« depuis », « aujourd'hui », « désormais »)
_DASH_BORN_ASIDE = lazy_re(
    r"\s{0,2}(?:(?P<dash>[—–])|\()\s{0,3}(?:(?P<pro>il|elle)\s{1,3}est\s{1,3})?" + _BORN_ASIDE
    + r"\s{0,3}(?(dash)[—–]|\))\s{0,2},\s{1,3}"
    r"(?:(?P<he>il|cet|ce(?=\s{1,3}[a-zà-ÿ]))|(?P<she>elle|cette))\b(?P<clause>[^,;:!?.«»()—–]{2,200})", re.I)
_BORN_WORD = lazy_re(r"\b(?:n[ée]e?s?|venue?s?\s{1,3}au\s{1,3}monde)\b", re.I)
# (not a bare « depuis », « since then »: « À 19 ans, elle s'est depuis imposée … » tells that age then)
_NOW_TIED = lazy_re(
    r"\b(?:depuis(?=\s{1,3}(?:\d|(?:le|la|les|l['’]|celles?|celui|ceux|toujours|des|une?|plus|près|son|sa|ses"
    r"|leurs?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|vingt|trente|quarante|cinquante)\b))"
    r"|aujourd['’]hui|désormais|actuellement)\b", re.I)
_NOT_MAIN_CLAUSE = lazy_re(r"\b(?:où|qui|que|qu['’]|quand|lorsque|lorsqu['’]|dont|si|puis|avant|après)\b", re.I)


# The name may follow a determiner and a title or a nationality (« le Kényan X », « la ministre
# X », « l'Américain X »), capitalised when it opens the sentence (« Le capitaine X, 36 ans, né
# le … »): with a birth beside the age it is still the same one person.
# A second lowercase word is an adjective (« la comédienne française X », « le jeune attaquant
# X »), never an imperfect or a « -t » present (« le club recrutait X »: the age then).
_NAME_LEAD = (r"(?:(?:[lL]e|[lL]a|[lL]['’])\s{0,3}(?:(?!(?:de|des|du|d)\b)[a-zà-ÿ][\w’'-]{1,30}\s{1,3}"
              r"(?:(?!(?:de|des|du|d|et|ou|a|est|qui|que)\b)[a-zà-ÿ][\w’'-]{0,29}[a-su-zà-ÿ’'-]\s{1,3})?)?)?")
_APPOSED_BORN = lazy_re(
    r"(?:,|\A|(?<=[.!?…]))\s{0,3}" + _NAME_LEAD
    + r"(?:[A-ZÀ-Ý][\w’'-]{0,30}\s{1,3}){0,3}[A-ZÀ-Ý][\w’'-]{0,30}"
    r"\s{0,2},\s{1,3}" + _BORN_ASIDE + r"\s{0,2},\s{1,3}\Z")
# « le Kényan X, 31 ans, né en 1998 »: the same lead, only when the birth follows the age
_APPOSED_LED = lazy_re(
    r"(?:,|\A|(?<=[.!?…]))\s{0,3}" + _NAME_LEAD
    + r"(?:[A-ZÀ-Ý][\w’'-]{0,30}\s{1,3}){0,3}[A-ZÀ-Ý][\w’'-]{0,30}\s{0,2},\s{1,3}\Z")
# « a condamné l'historien franco-tunisien X Y, 44 ans, né en 1979 »: a title and a full name,
# the object of a clause; the two asides that follow are that name's
_TITLED_LED = lazy_re(
    r"(?<![\w’'-])(?:[lL]e|[lL]a|[lL]['’])\s{0,3}(?!(?:de|des|du|d)\b)[a-zà-ÿ][\w’'-]{1,30}\s{1,3}"
    r"(?:(?!(?:de|des|du|d|et|ou|a|est|qui|que)\b)[a-zà-ÿ][\w’'-]{0,29}[a-su-zà-ÿ’'-]\s{1,3})?"
    r"[A-ZÀ-Ý][\w’'-]{0,30}(?:\s{1,3}[A-ZÀ-Ý][\w’'-]{0,30}){1,3}\s{0,2},\s{1,3}\Z")
# « un attaquant de 19 ans(,) né en 2004 »: an age complement of a noun, its birth right after
_OF_AGE = lazy_re(r"\bde\s{1,3}(?:(?:près\s+de|plus\s+de|environ|presque)\s{1,3})?\Z", re.I)
_BORN_RIGHT_AFTER = lazy_re(r"\s{0,2},?\s{1,3}" + _BORN_ASIDE + r"(?!\w)")
# « le club avait recruté un pilier de 17 ans né en 1998 »: an imperfect or a pluperfect tells
# the age then (the news' passé composé does not: « a recruté » is recent)
# (« a fait », « le portrait », « un extrait » end in -ait and tell no imperfect)
_OLD_TENSE = lazy_re(r"\b(?!(?:(?:par|satis|contre|bien|mé|for|re)?fait|(?:por|ex|re|at|abs|dis|con)?trait|souhait|lait|sait|plait|tait)\b)(?:\w{1,20}(?:ait|aient)|fut|furent|eut|eurent)\b", re.I)
# « X, 59 ans, est né le 31 octobre 1963 »: the name's verb right after the age, same person
_BORN_NEXT = lazy_re(r"\s{0,2},\s{1,3}(?:est\s{1,3})?" + _BORN_ASIDE + r"(?!\w)")
# « X, 54 ans, chef d'équipe né en 1962 », « X, 41 ans, une ancienne ouvrière, née en 1985 »: a
# second aside of the same name, a bare noun (an article, an adjective, a « de » complement
# without a determiner before it) whose birth it tells; never a kin (« père d'une fille née
# en … », « mère de famille née en … ») nor a noun taking its own complement (« d'un », « de la »)
_NOUN_BORN_NEXT = lazy_re(
    r"\s{0,2},\s{1,3}(?:(?:un|une)\s{1,3})?(?:(?:ancien|ancienne|jeune|simple|actuel|actuelle)\s{1,3})?"
    r"(?!(?:fils|fille|père|mère|frère|sœur|soeur|époux|épouse|mari|femme|veuf|veuve|enfant|bébé"
    r"|neveu|nièce|oncle|tante|cousine?|gendre|belle|beau|grand|petit|petite|arrière|parent"
    r"|papa|maman|compagne|compagnon|conjointe?|jumelle?|aînée?|cadette?|benjamine?|descendante?"
    r"|héritière|héritier|filleule?|pupille|orphelin|orpheline)\b)[a-zà-ÿ][\w’'-]{2,30}"
    r"(?:\s{1,3}(?:d['’](?!une?\b)|de\s{1,3}(?!(?:la|le|les|l['’])\b))[a-zà-ÿ][\w’'-]{1,30})?"
    r"\s{0,2},?\s{1,3}(?!n[ée]e?s\b|venue?s\s)" + _BORN_ASIDE + r"(?!\w)")
# (one person: a plural birth is of the complement's things, « éleveur de chevaux nés en 2015 »)
# « âgé de 51 ans et né en 1968 »: the age, then the birth of the same one, joined by « et »
_AND_BORN_NEXT = lazy_re(r"\s{0,2}(?:,\s{1,3}|\s{1,3}et\s{1,3})" + _BORN_ASIDE + r"(?!\w)")
# « , cette pédiatre née à Parakou en 1977 », « , ce jeune médecin, né en 1977 »: after an opening
# « Âgé de N ans », a demonstrative, its noun (an adjective before it) and the birth of that noun
_DEMO_NOUN_BORN = lazy_re(
    r"\s{0,2},\s{1,3}(?:ce|cet|cette)\s{1,3}(?:[a-zà-ÿ][\w’'-]{1,30}\s{1,3})?[a-zà-ÿ][\w’'-]{1,30}"
    r"\s{0,2},?\s{1,3}" + _BORN_ASIDE + r"(?!\w)")
_AGED_OF = lazy_re(r"\bâgée?s?\s+(?:aujourd'hui\s+)?de\s+\Z", re.I)
# « Âgé aujourd'hui de 44 ans, l'ancien cadre bancaire, né à Hennebont en 1975, a … », « À 44
# ans, le prévenu, né en 1975, … », « Âgée de 61 ans, Marie Roux, née en 1965 à Pau, … »: an age
# opening the sentence, then its subject (a definite or demonstrative noun phrase of up to three
# words, a « de » complement without a determiner at most — « chef de rayon » —, or a name) and the birth of that subject as an aside closed by a comma
_AGE_OPENS = lazy_re(
    r"(?:(?<=[.!?…])\s{1,3}|\A\s{0,3})[«\"“(]?\s{0,2}(?:(?P<at>[ÀA])|(?:(?P<now1>aujourd['’]hui|désormais),?\s{1,3})?"
    r"[âa]g[ée](?P<fem>e)?\s{1,3}(?:(?P<now2>aujourd['’]hui|désormais|actuellement)\s{1,3})?de)\s{1,3}\Z", re.I)
_SUBJECT_BORN_ASIDE = lazy_re(
    r"\s{0,2},\s{1,3}(?:(?:(?P<m>le|ce|cet)|(?P<f>la|cette))\s{1,3}|l['’]\s{0,2}"
    r"|(?P<name>[A-ZÀ-Ý][\w’'-]{1,30}(?:\s{1,3}[A-ZÀ-Ý][\w’'-]{1,30}){1,2}(?=\s{0,2},)))"
    r"(?(name)|(?:(?!(?:de|du|des|et|ou|qui|que|dont|où|il|elle)\b)[a-zà-ÿ][\w’'-]{1,30}"
    r"(?:\s{1,3}(?:de\s{1,3}|d['’])(?!(?:la|le|les|l|une?|son|sa|ses|leurs?|ce|cet|cette)\b)[a-zà-ÿ][\w’'-]{1,30})?\s{0,3}){1,3})"
    r"\s{0,2},\s{1,3}(?P<born>" + _BORN_ASIDE + r")\s{0,2},")
# a death told after it: the age may be the one at death
# … and, unless the opening says « aujourd'hui », no other moment told after it (« en 2019 », « il
# y a six ans », « à l'époque », « alors »): the age may be that moment's
_THEN_TOLD = lazy_re(r"(?<!\d)(?:1[6-9]|20)\d\d(?!\d)|\bil\s{1,3}y\s{1,3}a\b|\bà\s{1,3}l['’]époque\b|\balors\b"
                     r"|\bcette\s{1,3}année-là\b|\bplus\s{1,3}tard\b|\bjadis\b|\bautrefois\b", re.I)
_DIED_IN = lazy_re(r"\b(?:morte?|décédée?|tuée?|disparue?|éteinte?|succombé|péri|mourir|meurt|mourut)\b", re.I)
# « âgé de 38 ans, qui a vu le jour à Colmar en 1979 »: a relative clause right after the age,
# of the same one (« le projet, qui a vu le jour en 2019 », no age, is a founding)
_WHO_SAW_DAY = (r"qui\s{1,3}(?:a|avait)\s{1,3}vu\s{1,3}le\s{1,3}jour\s{1,3}"
                r"(?:(?:à|au|aux|dans|en)\s{1,3}[^,.;:!?()«»\d]{1,50}?\s{1,3})?en\s{1,3}")
_WHO_SAW_DAY_NEXT = lazy_re(r"\s{0,2},\s{1,3}" + _WHO_SAW_DAY + r"\d{4}(?!\w)", re.I)
# « L'accusé, qui a vu le jour en mars 1989 à Joué-lès-Tours, est aujourd'hui âgé de 37 ans »: a
# relative on the subject, then the subject's age as the main verb in the present (« est âgé
# de », « a N ans »): the one who saw the day is the one aged (« Le restaurant, qui a vu le jour
# en 1989, est dirigé par un chef de 44 ans »: no age as the main verb, a founding)
_SUBJ_WHO_SAW_DAY = lazy_re(r",\s{1,3}" + _WHO_SAW_DAY + _BIRTH_MONTH + r"\Z", re.I)
_SAW_DAY_THEN_AGED = lazy_re(
    r"(?:\s{1,3}(?:à|au|aux|dans|en)\s{1,3}[^,.;:!?()«»\d]{1,50}?)?\s{0,2},\s{1,3}"
    r"(?:est\s{1,3}(?:aujourd['’]hui\s{1,3}|désormais\s{1,3})?âgée?\s{1,3}de"
    r"|a(?:\s{1,3}(?:aujourd['’]hui|désormais))?)\s{1,3}\d{1,3}\s{1,3}ans\b", re.I)
# « Ce Lyonnais, qui a vu le jour en 1957 à Sarlat et fêtera ses 69 ans en décembre », « il a vu
# le jour en 1957 et soufflera ses »: the one who saw the day has a birthday to come, coordinated
# with it: a birth (« le restaurant, qui a vu le jour en 1989 », no birthday, is a founding)
_WHO_SAW_DAY_LED = lazy_re(
    r"\b(?:qui|il|elle)\s{1,3}(?:a|avait)\s{1,3}vu\s{1,3}le\s{1,3}jour\s{1,3}"
    r"(?:(?:à|au|aux|dans|en)\s{1,3}[^,.;:!?()«»\d]{1,50}?\s{1,3})?en\s{1,3}" + _BIRTH_MONTH + r"\Z", re.I)
_SAW_DAY_THEN_TURNS = lazy_re(
    r"(?:\s{1,3}(?:à|au|aux|dans)\s{1,3}[^,.;:!?()«»\d]{1,50}?)?\s{1,3}et\s{1,3}(?:qui\s{1,3})?"
    r"(?:fêtera|soufflera|va\s{1,3}(?:fêter|souffler)|s['’]apprête\s{1,3}à\s{1,3}(?:fêter|souffler))"
    r"\s{1,3}ses\s{1,3}\d{1,3}\s{1,3}(?:ans|bougies)\b", re.I)
# « Le directeur a fêté ses 52 ans en janvier, lui qui a vu le jour à Sète en 1974 »: an age, then
# the birth told in « lui / elle qui » of the same one, right after it
_HE_WHO_BORN = (r"\b(?:lui|elle)\s{1,3}qui\s{1,3}(?:(?:a|avait)\s{1,3}vu\s{1,3}le\s{1,3}jour"
                r"|(?:est|était)\s{1,3}(?:n[ée]e?|venue?\s{1,3}au\s{1,3}monde))\s{1,3}"
                r"(?:(?:à|au|aux|dans|en)\s{1,3}[^,.;:!?()«»\d]{1,50}?\s{1,3})?en\s{1,3}" + _BIRTH_MONTH)
_HE_WHO_BORN_YEAR = lazy_re(_HE_WHO_BORN + r"\Z", re.I)
_HE_WHO_BORN_NEXT = lazy_re(
    r"(?:\s{1,3}(?:en|début|fin)\s{1,3}(?:" + "|".join(MONTHS) + r")|\s{1,3}cette\s{1,3}année)?"
    r"\s{0,2},\s{1,3}" + _HE_WHO_BORN + r"\d{4}(?!\w)", re.I)
# « Le directeur, un ingénieur arrivé en 2019, a fêté ses 52 ans »: the age's verb right after the
# subject's aside (a noun or a participle, not a moment: « Le directeur, en 2019, a fêté »)
_VERB_AFTER_ASIDE = lazy_re(
    r"\A\s{1,3}(?:a(?:\s{1,3}(?:fêté|soufflé|eu)(?:\s{1,3}ses)?)?"
    r"|est\s{1,3}(?:aujourd['’]hui\s{1,3})?âgée?\s{1,3}de)\s{1,3}\Z", re.I)
_ASIDE_OF_SUBJECT = lazy_re(
    r"\A\s{1,3}(?:un|une|ancien|ancienne|qui|[a-zéèàç]{2,20}(?:é|ée|és|ées|i|ie|u|ue|is|ise))\b", re.I)
# « il a eu 52 ans en mars »: a birthday past, told in the perfect
_HAD_AGE = lazy_re(r"\b(?:a|ont)\s{1,3}eu\s{1,3}\Z", re.I)
_AGED_WHO_SAW_DAY = lazy_re(
    r"\bâgée?s?\s{1,3}(?:aujourd['’]hui\s{1,3})?de\s{1,3}\d{1,3}\s{1,3}ans\s{0,2},\s{1,3}"
    + _WHO_SAW_DAY + r"\Z", re.I)
# « le chef du village, Amadou Diallo, 64 ans, qui avait vu le jour en 1961 »: a name's age
# aside, then a relative telling the birth of the same one (any verb and tense of birth)
_APPOSED_WHO_SAW_DAY = lazy_re(
    r",\s{1,3}\d{1,3}\s{1,3}ans\s{0,2},\s{1,3}" + _WHO_SAW_DAY + _BIRTH_MONTH + r"\Z", re.I)
_WHO_BORN_NEXT = lazy_re(
    r"\s{0,2},\s{1,3}qui\s{1,3}(?:(?:est|était)\s{1,3}" + _BORN_VERB + r"|(?:a|avait)\s{1,3}vu\s{1,3}le"
    r"\s{1,3}jour)\s{1,3}(?:(?:à|au|aux|dans|en)\s{1,3}[^,.;:!?()«»\d]{1,50}?\s{1,3})?en\s{1,3}"
    + _BIRTH_MONTH + r"\d{4}(?!\w)", re.I)
# « avait déjà été condamné »: a pluperfect tells what came before the news, not the age then
_BEFORE_NEWS = lazy_re(r"\bavai(?:t|ent)\s{1,3}(?:(?:déjà|aussi|même|notamment)\s{1,3})?"
                          r"(?:été|\w{2,20}[éiu]e?s?)\b", re.I)
_ASIDE_BEFORE = lazy_re(r",\s{1,3}$")
# (« conseillère d'État », « secrétaire d'État »: a title, not someone's)
_OF_SOMEONE = lazy_re(r"\b(?:de|d['’])\s{0,3}(?![ÉE]tat\b)[A-ZÀ-Ý]")
# « le maire de Saint-Urbain »: an office held over a place names nobody else (unlike « le fils
# de Marc Roux »)
_OFFICE_OF = lazy_re(
    r"\b(?:maire|mairesse|préfète?|député|députée|sénat(?:eur|rice)|gouverneure?|curé|évêque"
    r"|présidente?|direct(?:eur|rice)|recteur|rectrice)\s{1,3}(?:de|du|d['’])\s{0,3}(?=[A-ZÀ-Ý])", re.I)
_A_YEAR = lazy_re(r"(?<!\d)(?:1[6-9]|20)\d\d(?!\d)")
# « « … », résume Pierre Dumont, 51 ans »: a closed quote, then the speech verb before the name
_SAID_BY = lazy_re(
    r"[»”\"]\s{0,2},\s{1,3}(?:résume|explique|affirme|souligne|estime|déclare|ajoute|précise"
    r"|confie|indique|observe|analyse|prévient|insiste|tranche|juge|note|avance|conclut|raconte"
    r"|témoigne|assure|rappelle|commente|reconnaît|plaide|déplore|regrette|répond|réplique"
    # the same in the past tense of a report (« », a raconté X, 41 ans »)
    r"|avertit|martèle|relève|(?:a|avait)\s{1,3}(?:résumé|expliqué|affirmé|souligné|estimé|déclaré"
    r"|ajouté|précisé|confié|indiqué|observé|analysé|prévenu|insisté|tranché|jugé|noté|avancé"
    r"|conclu|raconté|témoigné|assuré|rappelé|commenté|reconnu|averti|martelé|relevé"
    r"|plaidé|déploré|regretté|répondu|répliqué))\s{1,3}"
    # the speaker's title before the name (« », a averti la municipale des finances, X, 45 ans »)
    r"(?:(?:le|la|l['’])\s{0,2}(?:[a-zà-ÿ][\w’'-]{0,30}\s{1,3}){0,5}[a-zà-ÿ][\w’'-]{0,30}"
    r"\s{0,2},?\s{1,3})?"
    r"(?:[A-ZÀ-Ý][\w’'-]{0,30}\s{1,3}){0,3}[A-ZÀ-Ý][\w’'-]{0,30}\s{0,2},\s{1,3}\Z")
# « « … », s'est félicité le chef de la mission, le physicien X, né en 1961, 59 ans »: a closed
# quote, its speech verb (present, passé composé or reflexive), then the speaker's titles in
# common words up to the name the two asides are of
_QUOTE_SAID = lazy_re(
    r"[»”\"]\s{0,2},\s{1,3}(?:(?:s['’]|se\s{1,3})(?:est\s{1,3})?(?:félicit|réjou|inquiét|indign|désol"
    r"|exclam|alarm|étonn)[\wé]{0,4}|(?:a\s{1,3})?(?:dit|résum|expliqu|affirm|soulign|estim|déclar"
    r"|ajout|précis|confi|indiqu|observ|analys|prévi|insist|tranch|jug|avanc|conclu|racont"
    r"|témoign|assur|rappel|comment|reconn|avert|martel|relev|poursui|plaid|déplor|regrett"
    r"|répond|répliqu)[\wé]{0,5})"
    r"(?P<rest>\s{1,3}[^«»\"”.!?;:]{0,120})?\Z", re.I)
# « le prince Rahim Al-Hussaini, 51 ans »: a lowercase title, then the name, then the age
_APPOSED_TITLED = lazy_re(
    r"(?:\b[lL][ea]\s{1,3}|\b[lL]['’]\s{0,2})(?P<title>(?!(?:de|des|du|d)\b)[a-zà-ÿ][\w’'-]{1,30})\s{1,3}"
    r"(?P<name>(?:[A-ZÀ-Ý][\w’'-]{0,30}\s{1,3}(?:(?:de|du|d['’])\s{0,3})?){0,3}[A-ZÀ-Ý][\w’'-]{0,30})"
    r"\s{0,2},\s{1,3}\Z")
# « Né le 12 octobre 1971, le prince Rahim a … »: after a birth opening the sentence, a title
# and a name (the same title and first or last name as an age told elsewhere: one person)
_BORN_THEN_TITLED = lazy_re(
    r"[^,.;:!?()«»\"]{0,60},\s{1,3}(?:l['’]\s{0,2}|(?:le|la)\s{1,3})"
    r"(?P<title>(?!(?:de|des|du|d)\b)[a-zà-ÿ][\w’'-]{1,30})\s{1,3}"
    r"(?P<name>(?:[A-ZÀ-Ý][\w’'-]{0,30}\s{1,3}){0,2}[A-ZÀ-Ý][\w’'-]{0,30})\b")


def _titled(title: str, name: str) -> tuple[str, ...]:
    """Keys « titled=prince Rahim »: the title with the first and with the last name word."""
    words = _CAP_WORD.findall(name)
    if not words:
        return ()
    t = title.lower()
    return tuple(dict.fromkeys(("titled=%s %s" % (t, words[0]), "titled=%s %s" % (t, words[-1]))))


# « Beat Jans, né le 26 juillet 1964 »: the full name the birth is told of
_BORN_NAMED = lazy_re(
    r"(?P<name>(?:[A-ZÀ-Ý][\w’'-]{0,30}\s{1,3}){1,3}[A-ZÀ-Ý][\w’'-]{0,30})\s{0,2},\s{1,3}n[ée]e?s?"
    r"\s{1,3}(?:en|le(?:\s{1,3}(?:1er|\d{1,2})\s{1,3}[a-zéû]{3,9})?)\s{1,3}\Z")


_PARTICLES = frozenset({"De", "Del", "Della", "Di", "Da", "Du", "Des", "Van", "Von", "Le", "La", "Ben",
                        "Al", "El", "Mac", "Mc", "Dos", "Das"})
_CAP_WORD = lazy_re(r"[A-ZÀ-Ý][\w’'-]{0,30}")


def _person(name: str) -> str | None:
    """Its last two words (« Le Bâlois Beat Jans » and « Beat Jans » are one name): a first name
    and a surname at least, never one word (« Jans » may be a relative)."""
    words = _CAP_WORD.findall(name)
    take = 3 if len(words) >= 2 and words[-2] in _PARTICLES else 2   # « Bart De Wever »
    if len(words) < take or words[-take] in _PARTICLES \
            or any(w.isupper() and len(w) > 1 for w in words[-take:]):
        return None
    return " ".join(words[-take:])


# « Cet économiste né en 1968 »: a birth opening its sentence after a demonstrative noun
_BIRTH_DEMO = lazy_re(
    r"(?:(?<=[.!?…])\s{1,3}|\A\s{0,3})(?:Cet|Cette|Ce)\s{1,3}[a-zà-ÿ][\w’'-]{1,30}\s{0,2},?\s{1,3}"
    r"n[ée]e?s?\s{1,3}(?:en|le)\s{1,3}\Z")
# « Né en 1981 à Cherbourg, le skipper … », « …, cet ancien ministre … »: after a birth opening
# the sentence, its subject is a noun with a definite or demonstrative determiner, no name
# (the anaphor of someone already named; a time noun is no subject: « …, la même année »)
_BORN_THEN_NOUN = lazy_re(
    r"[^,.;:!?()«»\"]{0,60},\s{1,3}(?:l['’]\s{0,2}|(?:le|la|(?P<demo>ce|cet|cette))\s{1,3})"
    r"(?!(?:même|année|an|jour|mois|veille|lendemain|fin|début|de|du|des|d)\b)[a-zà-ÿ][\w’'-]{1,30}\b")
# Words that make a clause of what precedes an apposed name (« le maire a nommé son adjoint,
# Paul Roux, 55 ans »: Paul Roux is not the one born) …
_CLAUSE = lazy_re(
    r"\b(?:a|ont|est|sont|avait|avaient|était|étaient|fut|il|elle|ils|elles|qui|que|qu['’])\b",
    re.I)
# … and the past tenses that make « À 58 ans, il … » a moment of the story, not today. The
# word between the auxiliary and the participle is an adverb (« a déjà gagné »), never an
# article or a degree word before an adjective (« c'est la vraie », « est très joli »), and a
# few adjectives look like participles (« c'est vrai », « est gratuit »).
_PAST = lazy_re(
    r"\b(?:(?:a|ont|avait|avaient|eut|fut|était|étaient|est|sont)\s{1,3}"
    r"(?!(?:le|la|les|un|une|des|du|de|sa|son|ses|ce|cet|cette|ces|leur|leurs|notre|nos|votre"
    r"|vos|mon|ma|mes|ton|ta|tes|très)\b)(?:\w{1,12}\s{1,3})?"
    r"(?!(?:vraie?s?|jolie?s?|petite?s?|gratuite?s?|inédite?s?|précise?s?|exquise?s?)\b)"
    r"\w{1,20}(?:é|ée|és|ées|i|is|ie|it|u|ue|us|ert|erte|ort|orte|int|inte)|\w{2,20}(?:ait|aient)"
    r"|devint|obtint|prit|fit)\b", re.I)
# « Né en 1968 à Thiers, ancien professeur, il entame … », « …, cet ancien moniteur … »: after a
# birth opening its sentence and up to three asides, its subject is a pronoun or an anaphor
# (« cet/cette/ce » and a noun, « l'ancien(ne) »), never a name
_BORN_ANAPHOR = lazy_re(
    r"(?:[^,.;:!?()«»\"]{0,60},\s{1,3}){1,3}?"
    r"(?:(?P<he>il)(?!\s{1,3}(?:faut|fallait|y\s))|(?P<she>elle)"
    r"|(?:cet|cette|ce)\s{1,3}(?!(?:n|qui|que|qu|sera|serait|fut|est|était|sont)\b)[a-zà-ÿ][\w’'-]{0,30}"
    r"|l['’]\s{0,2}ancien(?:ne)?)\b")
# Quoted words: a quote before an apposed name names nobody of the story
_QUOTED = lazy_re(r"«[^«»]{0,400}»")
_BORN_WORD = lazy_re(r"\b(?:n[ée]|venu(?=e?s?\s{1,3}au\s{1,3}monde))(?P<fem>e)?s?\b", re.I)
_TOKEN = lazy_re(r"[\w’'-]{1,40}")
# A capitalised word after these is a place or an institution (« en Vendée », « place Beauvau »).
_PLACE_WORDS = frozenset((
    "en", "à", "a", "au", "aux", "dans", "de", "du", "des", "d", "l", "la", "le", "les", "sur",
    "vers", "près", "place", "rue", "avenue", "boulevard", "quai", "hôtel", "palais", "pont",
    "département", "région", "ville", "commune", "village", "lac", "mont", "depuis", "chez"))
_KIN = lazy_re(
    r"\b(?:son|sa|ses|leur|leurs)\s{1,3}(?:femme|mari|épou(?:x|se)|fils|fille|père|mère|frère"
    r"|sœur|soeur|enfants?|successeur|prédécesseur|adjointe?|rivale?|adversaire|compagne"
    r"|compagnon|collègue|remplaçante?)\b", re.I)


_AHEAD = lazy_re(
    r"\b(?:prochaine?s?|à\s+venir|(?:est|sont)\s{1,3}(?:programmée?s?|prévue?s?)|\w+r(?:a|ont))\b", re.I)
# « avaient été repoussées au mercredi 23 juin »: a plan told in the past
_TOLD_PAST = lazy_re(r"\b(?:avai(?:en)?t|eut|eurent|fut|furent)\b", re.I)
_KIN_BORN = lazy_re(
    r"\b(?:dont\s{1,3}(?:le|la|les)|son|sa|ses|leur|leurs)\s{1,3}(?:père|mère|fils|fille|frère"
    r"|sœur|soeur|enfants?|femme|mari|épou(?:x|se)|grand-père|grand-mère|parents)\b"
    r"[^.;:!?«»()]{0,12}\bn[ée]e?s?\b[^.;:!?]{0,30}\Z", re.I)


def annotate(text: str, figures: list, masked: list) -> None:
    """Record on durations and masked years the words before them that the NUM4xx rules read."""
    try:
        births = []                # the items to read « born » cues on, figures then masked
        candles = "bougies" in text     # one scan: « souffle ses 71 bougies » (rare)
        for f in figures:
            if getattr(f, "kind", None) == "duration":
                f.cues = tuple(f.cues) + _duration_cues(text, f)
            elif candles and "ougies" in text[f.end:f.end + 12] and getattr(f, "kind", None) == "number" \
                    and _CANDLES_NEXT.match(text, f.end, f.end + 12):
                w = _window(text, f.start)[-48:]
                if "qui" in w and _ANNIV_WHO_TAIL.search(w) and _CANDLES_ANNIV.search(w) \
                        and (who := _anniv_who_cues(text, f)):
                    f.cues = tuple(f.cues) + who + ("candles",)
                elif _BIRTHDAY.search(w):
                    f.cues = tuple(f.cues) + _birthday_cues(text, f, w) + ("candles",)
                elif _BIRTHDAY_TO_COME.search(w):
                    # « soufflera ses 68 bougies le mois prochain »: a birthday to come
                    turns = _turns_cues(text, f, w, candles=True)
                    if turns:
                        f.cues = tuple(f.cues) + turns + ("candles",)
            if "birth" in getattr(f, "cues", ()):
                births.append(f)
        for m in masked:
            if getattr(m, "kind", None) == "year":
                w = _window(text, m.start)[-40:]
                if _YEAR_BIRTH.search(w) or (
                        ("né" in (near := text[max(0, m.start - 110):m.start]) or "Né" in near or "monde" in near)
                        and _PLACE_BORN_YEAR.search(text, _window_start(text, m.start, 110), m.start)) or ("vu le jour" in text[max(0, m.start - 100):m.start] and
                                              (_AGED_WHO_SAW_DAY.search(text, max(0, m.start - 160), m.start)
                                               or _APPOSED_WHO_SAW_DAY.search(text, max(0, m.start - 140), m.start)
                                               or (_SUBJ_WHO_SAW_DAY.search(text, max(0, m.start - 100), m.start)
                                                   and _SAW_DAY_THEN_AGED.match(text, m.end, m.end + 100))
                                              or _HE_WHO_BORN_YEAR.search(text, max(0, m.start - 100), m.start)
                                              or (_SAW_DAY_THEN_TURNS.match(text, m.end, m.end + 100)
                                                  and _WHO_SAW_DAY_LED.search(text, max(0, m.start - 100), m.start)))):
                    kin = _KIN_BORN.search(text, max(0, m.start - 80), m.start)
                    m.cues = tuple(m.cues) + (("birth_kin",) if kin else ("birth",))
                    if ("t" in w or "pr" in w or "hiver" in w or "but" in w) and _BIRTH_SEASON_END.search(w):
                        m.cues += ("season",)   # within a year, or the next one's start: one year more slack
                elif "naissance" in text[m.end:m.end + 40] and _OWN_BIRTH_YEAR.match(text, m.end, m.end + 40) \
                        and _own_birth_year(text, m):
                    # « où sa famille s'était installée en 1981, l'année de sa naissance »
                    m.cues = tuple(m.cues) + ("birth", "own_birth")
                elif _YEAR_DEATH.search(w):
                    m.cues = tuple(m.cues) + ("death",)
                elif (since := _YEAR_IN.search(w)):
                    # « depuis 2016 »: a state lasting till now, no step of a story
                    m.cues = tuple(m.cues) + (("in", "since") if since.group().lower().startswith("d")
                                              else ("in",))
                elif ("mont" in w or "dat" in w) and _YEAR_BACK.search(w) \
                        and _BACK_AGO.match(text, m.end, m.end + 60):
                    m.cues = tuple(m.cues) + ("back",)
                if "in" in m.cues and "since" not in m.cues and _YEAR_FOUNDED.search(w):
                    m.cues = tuple(m.cues) + ("founded",)
                elif "in" in m.cues and "since" not in m.cues and ("bauch" in w or "ntr" in w or "ecrut" in w) \
                        and _YEAR_HIRED.search(w):
                    m.cues = tuple(m.cues) + ("hired",)
                if "birth" not in m.cues and "death" not in m.cues and _YEAR_BASELINE.search(w):
                    m.cues = tuple(m.cues) + ("baseline",)      # only calendar.py reads it
                month = _MONTH_YEAR.search(w)
                if month:       # « juin 2024 »: the year of that month (calendar.py)
                    m.cues = tuple(m.cues) + ("month=%d" % (MONTHS.index(month.group(1).lower()) + 1),)
            if "birth" in getattr(m, "cues", ()):
                births.append(m)
        for item in births:
            item.cues = tuple(item.cues) + _birth_cues(text, item)
    except (ValueError, TypeError, AttributeError):
        return


def _birth_cues(text: str, item) -> tuple[str, ...]:
    """Who was born: « he »/« she » from « né »/« née »; « lead » when the birth opens its
    sentence; « sole » when nobody else is named after it in the sentence (an age opening the
    next sentence may then be that person's), « story » when its sentence is in a past tense."""
    cues: tuple[str, ...] = ()
    born = None
    for born in _BORN_WORD.finditer(text, max(0, item.start - 40), item.start):
        pass
    if born is not None:
        cues += ("she",) if born.group("fem") else ("he",)
    pronoun = _PRONOUN_BORN.search(text, max(0, item.start - 40), item.start)
    if pronoun:
        if born is None:
            cues += ("she",) if (pronoun.group("pro") or "").lower() == "elle" else ("he",)
        before = _sentence_before(text, pronoun.start())
        if before is not None and _alone(text, before, item.end):
            cues += ("pronoun",)
    if getattr(item, "kind", None) == "date" and (pro := _PRO_BORN_DATE.search(text, max(0, item.start - 90), item.start)):
        if (pro.group("pro") == "Elle") == bool(pro.group("fem")):
            cues += ("pro_led",)
    named = _BORN_NAMED.search(text, max(0, item.start - 100), item.start)
    if named and _person(named.group("name")):
        cues += ("person=" + _person(named.group("name")),)
    if _BIRTH_LEAD.search(text, max(0, item.start - 60), item.start):
        cues += ("lead",)
    elif _BIRTH_DEMO.search(text, max(0, item.start - 60), item.start):
        cues += ("demo_lead",)
    noun = _BORN_THEN_NOUN.match(text, item.end, item.end + 100) if "lead" in cues else None
    titled = _BORN_THEN_TITLED.match(text, item.end, item.end + 160) if noun else None
    if titled:
        cues += _titled(titled.group("title"), titled.group("name"))
    if noun:
        # « Né le 4 mars 1993, ce professeur … »: a demonstrative, the anaphor of a portrait
        cues += ("noun_subject",) + (("demo_subject",) if noun.group("demo") else ())
    anaphor = _BORN_ANAPHOR.match(text, item.end, item.end + 240) if "lead" in cues else None
    if anaphor and not (anaphor.group("he") and "she" in cues) \
            and not (anaphor.group("she") and "he" in cues):
        cues += ("anaphor_subject",)
    rest = _rest_of_sentence(text, item.end)
    if rest is not None and not _KIN.search(rest) and not _names_someone(rest):
        cues += ("sole",)
        before = _sentence_before(text, item.start)
        if before is None or _PAST.search(rest) or _PAST.search(before):
            cues += ("story",)
    return cues


def _died_now(text: str, f, word: str) -> tuple[str, ...]:
    """« Disparue à l'âge de 82 ans, X est morte dans la nuit de lundi à mardi »: a death told in
    the perfect, no year, no « il y a » in the sentence: « died_now » and the gender of the death
    participle (« died_she », « died_he ») for an obituary's birth told elsewhere (NUM404)."""
    before, rest = _sentence_before(text, f.start), _rest_of_sentence(text, f.end)
    if before is None or rest is None:
        return ()
    sentence = before + " " + rest
    if not _DIED_NOW.search(sentence) or _A_YEAR.search(sentence) or _AGO_ANY.search(sentence) \
            or _OLD_TENSE.search(sentence):
        return ()
    w = word.lower()
    if w.endswith(("es", "s")) and not w.endswith("is"):
        return ()       # several dead
    she = w.endswith("e")
    return ("died_now", "died_she" if she else "died_he")


_AGO_ANY = lazy_re(r"\bil\s{1,3}y\s{1,3}(?:a|avait)\b|\bjadis\b|\bautrefois\b|\bà\s{1,3}l['’]époque\b", re.I)


def _own_birth_year(text: str, m) -> bool:
    """« …, l'année de sa naissance » after a year: the birth year of the one the sentence is
    about, unless a kin stands in it (« sa mère a ouvert l'atelier en 1981, l'année de sa
    naissance »: whose?)."""
    before, rest = _sentence_before(text, m.start), _rest_of_sentence(text, m.end)
    return before is not None and rest is not None and not _KIN.search(before + " " + rest)


def _rest_of_sentence(text: str, i: int, reach: int = 240) -> str | None:
    """From i to the end of its sentence; None when longer than `reach` (unsure)."""
    rest = text[i:i + reach]
    stop = _SENTENCE_END.search(rest)
    if stop:
        return rest[:stop.start()]
    return rest if i + reach >= len(text) else None


def _sentence_before(text: str, i: int, reach: int = 300) -> str | None:
    """From the start of i's sentence to i; None when longer than `reach` (unsure)."""
    s0 = max(0, i - reach)
    last = None
    for last in _SENTENCE_END.finditer(text, s0, i):
        pass
    if last is not None:
        return text[last.end():i]
    return text[:i] if s0 == 0 else None


# « C'est l'aîné, », « Voici sa fille, »: a presentative in the present, a bare noun after it
_PRESENTATIVE = lazy_re(
    r"\s{0,3}(?:C['’]est|Voici|Voilà)\s{1,3}(?:(?:le|la|l['’]|son|sa|leur|notre)\s{0,3})?"
    r"(?:(?!(?:de|du|des|dont|où|et|qui|que)\b|d['’])[^\W\d_][\w’'-]{0,30}\s{0,3}){1,3}(?:,\s{1,3})?\Z")


def _said_by_speaker(text: str, before: str, end: int) -> bool:
    """Whether the clause before a name given a birth and an age as asides is only a quote's
    speech verb (« », s'est félicité le chef de la mission, X, né en 1961, 59 ans »): the asides
    are then the speaker's, told now; not in a past set by a year or an imperfect, nor after a
    complement naming someone else (« le fils de Marc Roux »)."""
    said = _QUOTE_SAID.search(before)
    if said is None or _OLD_TENSE.search(said.group()) or _A_YEAR.search(before):
        return False
    rest = said.group("rest") or ""
    if _CLAUSE.search(rest) or _OF_SOMEONE.search(_OFFICE_OF.sub(" ", rest)):
        return False
    after = _rest_of_sentence(text, end)
    return after is not None and not _OLD_TENSE.search(after)


def _alone(text: str, before: str, end: int) -> bool:
    """Nobody but the apposed name named in its sentence: after the age (nor a relative), and
    before the name, quotes and the sentence's first word aside (« Devant … », « Les … »)."""
    rest = _rest_of_sentence(text, end)
    if rest is None or _names_someone(rest) or _KIN.search(rest):
        return False
    before = _QUOTED.sub(" ", before)
    first = _TOKEN.search(before)
    if first and "«" not in before[:first.start()]:
        before = before[first.end():]
    return "«" not in before and "»" not in before and not _names_someone(before)


_PLACE_NOUNS = frozenset((
    "marina", "port", "lac", "ville", "village", "commune", "région", "quartier", "baie", "côte",
    "vallée", "comté", "plage", "parc", "barrage", "rive", "rives", "île", "désert", "canton"))


def _names_someone_but_places(rest: str) -> bool:
    """As _names_someone, but a run of capitalised words is a place after « à », « au », « dans »,
    « sur », « vers », « près », or after « de » / « du » following a place noun (« la marina de
    Boulder City »)."""
    prev, prev2, run = "", "", False
    for t in _TOKEN.finditer(rest):
        w = t.group()
        if w[0].isupper() and not (len(w) >= 2 and w.isupper()):
            if not run:
                low = prev.lower()
                run = low in ("à", "a", "au", "aux", "dans", "sur", "vers", "près", "en") or (
                    low in ("de", "du", "d") and prev2.lower() in _PLACE_NOUNS)
                if not run:
                    return True
        else:
            run = False
        prev2, prev = prev, w
    return False


def _names_someone(rest: str) -> bool:
    """A capitalised word that is neither a place (after « en », « place »…) nor an acronym."""
    prev, prev_cap = "", False
    for t in _TOKEN.finditer(rest):
        w = t.group()
        cap = w[0].isupper()
        if cap and not (len(w) >= 2 and w.isupper()):
            if prev_cap or prev.lower() not in _PLACE_WORDS:
                return True
        prev, prev_cap = w, cap and not w.isupper()
    return False


# « celui de Pisco, le 15 août 2007, d'une magnitude de 8,0, qui avait fait 519 morts il y a
# quinze ans », « le séisme du 15 août 2007, qui a tué 519 personnes il y a … »: a full date in
# apposition to a noun (one aside may follow), then a relative on that noun whose verb and a few
# words lead to « il y a »: the span dates the event of the date. Not « en 2010, qui … » (the
# adverbial of another clause), nor a relative that names another noun (« qui remplaçait la loi
# votée il y a … »: more than two words, or no compound tense).
_AGO_DATED = lazy_re(
    r"(?:,\s{1,3}le|\bdu)\s{1,3}(?:1er|\d{1,2})\s{1,3}(?:" + "|".join(MONTHS) + r")\s{1,3}\d{4}\s{0,3},"
    r"(?:\s{1,3}(?:[^,.;:!?()«»\n\d]|\d(?:[,.]\d)?){1,48},)?\s{1,3}qui\s{1,3}(?:a|avait|ont|avaient)\s{1,3}(?:été\s{1,3})?"
    r"[^\W\d_]{2,20}(?:\s{1,3}(?:\d{1,3}(?:[\s\u00a0\u202f]\d{3}){0,3}|[^\W\d_]{1,20}['’]?)){0,2}\s{1,3}\Z",
    re.I)


def _ago_of_dated(text: str, i: int) -> bool:
    """Whether « il y a » at i closes a relative on a noun dated in apposition (_AGO_DATED)."""
    s = max(0, i - 200)
    for m in _SENTENCE_END.finditer(text, s, i):
        s = m.end()
    return _AGO_DATED.search(text, s, i) is not None


def _birthday_cues(text: str, f, w: str) -> tuple[str, ...]:
    """« Né en 1949, il a fêté ses 76 ans », « X, qui a fêté ses 50 ans cet été, est né en 1981 »:
    today's age, unless another year or a kin of someone else stands in the sentence (« en 2019,
    il a fêté ses 50 ans », « son fils a fêté … »: not the age now, or not the one born's). After
    « qui », only the birth the main verb of the relative's subject (a birth before may be
    someone else's)."""
    before, rest = _sentence_before(text, f.start), _rest_of_sentence(text, f.end)
    if before is None or rest is None:
        return ()
    sentence = _BORN_PHRASE.sub(" ", before + " " + (_SINCE_YEAR.sub(" ", rest) if "depuis" in rest else rest))
    # a kin named past a clause break after the age (« …, dont cinquante passés dans la
    # palmeraie de son père ») is not who celebrates: only the words up to it count
    head = _BORN_PHRASE.sub(" ", before + " " + _CLAUSE_CUT.split(rest, 1)[0])
    if _A_YEAR.search(sentence) or _KIN.search(head) or _AGE_THEN.match(rest):
        return ()
    if _FETED_BORN_NEXT.match(text, f.end, f.end + 100):
        return ("age_now", "born_next") if _RELATIVE_BEFORE.search(w) else ()
    relative = _RELATIVE_BEFORE.search(w)
    if "." in text[f.end:f.end + 40] and not f.is_range and (not relative or _WHO_FETED.search(w)) \
            and _PAST_BIRTHDAY_BORN_NEXT.match(text, f.end, f.end + 160) and _alone(text, before, f.end) \
            and not _KIN_BORN.search(before) and _birthday_subject_plain(before, w, bool(relative)):
        # the birth opening the next sentence, nobody else named in this one
        return ("age_app", "next_birth")
    if relative:
        return ("age_now",) if _LED_BORN_WHO_FETED.match(before) and not _OLD_TENSE.search(rest) else ()
    return ("age_now",)


_OF_NOUN = lazy_re(r"\b(?:de|du|des|dont|où)\b|\bd['’]", re.I)
_LAST_DET = lazy_re(r".*\b(?:un|une|le|la|ce|cet|cette)\s|.*\bl['’]", re.I | re.S)


def _birthday_subject_plain(before: str, w: str, relative: bool) -> bool:
    """Whose birthday: the verb's own subject, no other clause before it (« dont la mère a
    fêté »); after « , qui », a noun phrase with no complement (« l'entraîneur du pilier, qui »)."""
    m = _BIRTHDAY.search(w) if not relative else _WHO_FETED.search(w)
    if m is None:
        return False
    head = before[:max(0, len(before) - (len(w) - m.start()))]
    if relative:
        last = _LAST_DET.match(head)
        return last is not None and not _OF_NOUN.search(head[last.end():])
    return not _CLAUSE.search(head) and not _OF_NOUN.search(head)


def _turns_cues(text: str, f, w: str, candles: bool = False) -> tuple[str, ...]:
    """« Née en 1981, elle fêtera ses 45 ans en décembre »: the age reached at a birthday to come,
    told with its moment (« en décembre », « cette année », « le mois prochain », « l'an
    prochain »): cues « age_turns » and « turns=… » (a month number, « this », « next_month »,
    « next_year »). Not after « qui » (whose birthday?), nor with a kin in the sentence (« son
    fils fêtera … »), nor told « quand … »."""
    end = _CANDLES_NEXT.match(text, f.end, f.end + 12).end() if candles else f.end
    when = _TURNS_WHEN.match(text, end, end + 60)
    if when is None or f.is_range:
        return ()
    before, rest = _sentence_before(text, f.start), _rest_of_sentence(text, f.end)
    if before is None or rest is None:
        return ()
    aside = _TURNS_BORN_ASIDE.match(text, when.end(), when.end() + 100) \
        if text[when.end():when.end() + 4].lstrip()[:1] in ("(", "—", "–") else None
    if aside:
        # « (il est né en novembre 1996) » right after the birthday: its own birth, whoever the subject
        pass
    elif _RELATIVE_BEFORE.search(w) and not (" et " in w and _TURNS_OWN.search(before)):
        # (« qui est né en 1950 et qui fêtera ses »: the birth right before, coordinated, is its own)
        # only the relative on the anaphor of a birth told in the opening aside (_WHERE_BORN_DEMO_WHO)
        if "où" not in before or not _WHERE_BORN_DEMO_WHO.search(text, max(0, f.start - 240), f.start):
            return ()
    elif not _TURNS_OWN.search(before):
        return ()
    head = _BORN_PHRASE.sub(" ", before + " " + _CLAUSE_CUT.split(rest, 1)[0])
    if _KIN.search(head) or _AGE_THEN.match(rest):
        return ()
    if when.group("month"):
        # « le 8 décembre »: the day too, « -8 » after the month (a birthday past this month is next year's)
        day = when.group("day")
        at = str(MONTHS.index(when.group("month").lower()) + 1) + \
            (f"-{1 if day == '1er' else int(day)}" if day else "")
    elif when.group("soon"):
        # « soon-N »: at most N days ahead
        n = when.group("n")
        days = 14 if not n else (_SOON_N.get(n.lower()) or int(n)) * (7 if when.group("span").lower() == "semaines" else 1)
        at = "soon-%d" % days
    else:
        at = next(k for k in ("this", "next_month", "next_year") if when.group(k))
    return ("age_turns", "turns=" + at) + (("born_next",) if aside else ())


def _pro_after_birth(text: str, f, w: str) -> tuple[str, ...]:
    """« Originaire de Viseu, où il avait vu le jour en 1998, il s'était engagé à 18 ans. Il avait
    34 ans … »: an age opening its sentence on a pronoun, the sentence before telling the birth of
    the same pronoun and nobody else; an age at any moment, no older than today's (NUM404)."""
    led = _PRO_AGE_LED.search(w)
    if led is None:
        return ()
    j = f.start - len(w) + led.start()
    while j > 0 and text[j - 1].isspace():
        j -= 1
    if j == 0 or text[j - 1] not in ".!?…":
        return ()
    prev = _sentence_before(text, j - 1)
    born = _BORN_PRO_SENTENCE.match(prev) if prev is not None else None
    if born is None:
        return ()
    pro = led.group("pro").lower()
    first = born.group("pro") or ("elle" if born.group("born").lower().startswith("née") else "il")
    if first.lower() != pro or born.group("pro2").lower() != pro:
        return ()
    rest = born.group("rest")
    if _names_someone(rest) or _KIN.search(rest) or _OTHER_AGE.search(rest):
        return ()
    return ("pro_after_birth", "she" if pro == "elle" else "he")


def _open_close_of(text: str, f, i: int) -> tuple[str, ...]:
    """« Entamée le … et levée le …, la grève de N jours », « La grève de N jours, entamée le … et
    levée le …, »: the subject's noun, its length its complement, dated by the aside's participles
    (agreeing with its determiner), before or right after; at most the days of that span."""
    noun = _DISRUPTION_OF.match(text, i, f.start)
    if noun is None or noun.end() != f.start:
        return ()
    before = _sentence_before(text, i)
    if before is None:
        return ()
    led = _ASIDE_LED_THE.search(before)
    nxt = None if led else _ASIDE_OF_LENGTH_NEXT.match(text, f.end, f.end + 200)
    the = led or (_THE_LED.search(before) if nxt else None)
    if the is None:
        return ()
    aside = (led or nxt).group("aside")
    det = the.group("det").lower()
    fem = aside.split(None, 1)[0].lower().rstrip("s").endswith("e")
    if (det in ("la", "cette") and not fem) or (det in ("le", "ce", "cet") and fem):
        return ()       # the aside is told of another noun
    rest = _rest_of_sentence(text, f.end)
    if rest is None or _PLANNED.search(rest) or _PLANNED.search(before):
        return ()
    if led:
        return ("lasted", "at_most", "told_open_close")
    return ("stay_told", "at_most", "told_within=%d" % (nxt.end() - f.end))


def _duration_cues(text: str, f) -> tuple[str, ...]:
    if " " in f.text and _ROLLING.search(f.text):
        # « ces sept derniers jours », « les dix prochaines années »: counted from now; « les trois
        # premiers jours »: a part of a span. Neither is the length of a span told
        return ()
    w = _window(text, f.start)[-48:]
    after = text[f.end:f.end + 24]
    unit = getattr(f, "unit", None)
    cues: tuple[str, ...] = ()
    if ("y" in w or "Y" in w) and (ago := _AGO.search(w)):      # « il y a »: no « y », no search
        if ago.group("past") or _SINCE_THAT.match(after):
            # « En 1990, il y avait trois ans que … », « il y a trois ans que le stade, fermé en
            # 2020, attend »: a time back from a past moment, or how long the « que » clause has
            # lasted, whose own years may date something else; neither is a time back from now
            return ()
        return ("ago", "ago_dated") if _ago_of_dated(text, f.start - len(w) + ago.start()) else ("ago",)
    if unit == "year" and _YEARS_END.search(f.text) is not None and _ANNEES_END.search(f.text) is None:
        if "ses" in w[-5:] and _ANNIV_VERB.search(w):
            # « Fondé en 1995, le collège célèbre cette année ses 25 ans (d'existence) »: the
            # anniversary of what the founding aside is told of, not an age
            before = _sentence_before(text, f.start)
            if before is not None and (_FOUNDED_LED.search(before) or _FOUNDED_ASIDE.search(before)):
                return ("anniv",)
        if "ses" in w[-5:] and "qui" in w and _ANNIV_WHO_TAIL.search(w) and (who := _anniv_who_cues(text, f)):
            return who
        if _NOT_AGE_AFTER.match(after):
            if ("nciennet" in after or "maison" in after or "service" in after) \
                    and _TENURE_AFTER.match(text, f.end, f.end + 60) \
                    and _TENURE_BEFORE.search(w):
                return ("tenure",)      # « elle compte 22 ans d'ancienneté »: years since hired
            return ()
        lead = _LEAD.search(text, max(0, f.start - 48), f.start)
        if lead and lead.group().strip(" «\"“(")[:1].lower() != "à" and _BORN_NEXT.match(text, f.end, f.end + 100):
            # « Âgé de 47 ans, né en 1976 à Lokossa, X a fait … »: two asides opening the sentence,
            # of its subject; not in a story told in the imperfect
            rest = _rest_of_sentence(text, f.end)
            if rest is not None and not _OLD_TENSE.search(rest):
                return ("age_app", "aside_next")
        if lead and lead.group().strip(" «\"“(")[:1].lower() != "à" and _DEMO_NOUN_BORN.match(text, f.end, f.end + 120):
            # « Âgée de 41 ans, cette pédiatre (,) née à Parakou en 1977, … »: the birth a
            # participle of the same demonstrative subject, right after its noun; not « À N ans »
            # (a moment), nor in a story told in the imperfect
            rest = _rest_of_sentence(text, f.end)
            if rest is not None and not _OLD_TENSE.search(rest):
                return ("age_now", "born_next")
        if "," in after[:3] and (opens := _AGE_OPENS.search(text, max(0, f.start - 48), f.start)) \
                and (aside := _SUBJECT_BORN_ASIDE.match(text, f.end, f.end + 160)):
            # the subject's birth in an aside after the opening age: that age's, today's when the
            # opening says so (« Âgé aujourd'hui de »), else told in the present of a portrait:
            # today's if a few years off (NUM404), a moment of the story if decades off
            born_fem = aside.group("born").split(None, 1)[0].lower().rstrip("s").endswith("e")
            fem = bool(opens.group("fem")) if not opens.group("at") else born_fem
            rest = _rest_of_sentence(text, aside.end())
            now = opens.group("now1") or opens.group("now2")
            if fem == born_fem and not (aside.group("m") and born_fem) and not (aside.group("f") and not born_fem) \
                    and rest is not None and not _DIED_IN.search(rest) and (now or not (_OLD_TENSE.search(rest) or _THEN_TOLD.search(rest))):
                return ("age_now", "born_next") if now else ("age_app", "aside_next")
        if lead and lead.group().strip(" «\"“(")[:1].lower() in "àa" and after.lstrip()[:1] in "—–(" \
                and (dash := _DASH_BORN_ASIDE.match(text, f.end, f.end + 360)):
            # the birth in the aside right after the age is its own; the clause after it tells now
            clause = dash.group("clause")
            verb = _BORN_WORD.search(dash.group(0))
            fem = verb is not None and verb.group().split()[0].lower().rstrip("s").endswith("e")
            she = bool(dash.group("she"))
            now = _NOW_TIED.search(clause)
            if verb is not None and fem == she and (dash.group("pro") is None or (dash.group("pro").lower() == "elle") == she) \
                    and now and not _NOT_MAIN_CLAUSE.search(clause, 0, now.start()) \
                    and not _OLD_TENSE.search(clause) and not _A_YEAR.search(clause, 0, now.start()):
                rest = _rest_of_sentence(text, f.end)
                if rest is not None and not _OLD_TENSE.search(rest):
                    return ("age_now", "born_next", "she" if she else "he")
        if lead:
            subject = _LEAD_SUBJECT.match(after)
            if subject and not _PAST.search(_rest_of_sentence(text, f.end) or "a été"):
                she = bool(lead.group("fem")) or bool(subject.group("she"))
                he = bool(subject.group("he")) and not lead.group("fem")
                if he or she:
                    # the verb after it decides nothing (« À 22 ans, il enregistre… » tells the
                    # past): NUM404 reads it as today's age only when a few years off
                    at = lead.group().strip()[:1].lower() in "aà"
                    # « cet ancien commandant »: the anaphora of a news portrait, not of a story
                    demo = subject.group().strip(" ,").lower().startswith("ce")
                    return ("age_at" if at else "age_now", "lead", "she" if she else "he") + \
                        (("demo",) if demo else ())
            if not subject and "," in after[:3] and lead.group().strip(" «\"“(")[:1].lower() == "à" \
                    and (still := _LEAD_NAME_STILL.match(text, f.end, f.end + 90)):
                # « À 84 ans, Ray Dominguez loue toujours des bateaux. Il avait vu le jour en
                # 1936 »: today's age; the birth told of a pronoun opening the next sentence may be
                # his; nobody else named after the verb, no past moment, no year in the sentence
                rest = _rest_of_sentence(text, still.end())
                if rest is not None and not _names_someone_but_places(rest) and not _KIN.search(rest) \
                        and not _OLDER_PAST.search(rest) and not _A_YEAR.search(rest):
                    return ("age_app", "next_birth")
            person = _LEAD_PERSON.match(text, f.end, f.end + 60) if not subject and \
                lead.group().strip(" «\"“(")[:1].lower() != "à" else None
            if person:
                # « Âgé de 47 ans, l'agriculteur était … . Originaire de Coutances, où il avait vu le
                # jour en 1968, … »: like « l'agriculteur de 47 ans », the birth told of a pronoun
                # or an anaphor opening the next sentence may be his; nobody else named in the
                # sentence, no past moment told in it
                rest = _rest_of_sentence(text, f.end)
                if rest is not None and _alone(text, "", f.end) and not _OLDER_PAST.search(rest):
                    she = bool(lead.group("fem")) or bool(person.group("she"))
                    if not (she and person.group("he")):
                        return ("age_app", "next_birth", "she" if she else "he")
        if "qui" in text[f.end:f.end + 60] and (("ses" in w[-8:] and _BIRTHDAY.search(w)) or _HAD_AGE.search(w)
                                                 or _AGE_NOW.search(w)) \
                and _HE_WHO_BORN_NEXT.match(text, f.end, f.end + 160) and not f.is_range:
            # « a fêté ses 52 ans en janvier, lui qui a vu le jour à Sète en 1974 »: the age now,
            # the birth right after of the same one; not after « qui » (whose?), nor with a kin,
            # nor in a story told in the imperfect
            before = _sentence_before(text, f.start)
            rest = _rest_of_sentence(text, f.end)
            if before is not None and rest is not None and not _RELATIVE_BEFORE.search(w) \
                    and not _KIN.search(before) and not _AGE_THEN.match(after) \
                    and not _OLD_TENSE.search(_BEFORE_NEWS.sub(" ", before + " " + w)):
                # (a year in the subject's aside dates the aside, not the age: « Le directeur, un
                # ingénieur arrivé en 2019, a fêté ses 52 ans en janvier, lui qui … »)
                first, last = before.find(","), before.rfind(",")
                if 0 < first < last and _VERB_AFTER_ASIDE.match(before[last + 1:]) \
                        and not _A_YEAR.search(before[:first]) and _ASIDE_OF_SUBJECT.match(before[first + 1:]):
                    return ("age_now", "born_next", "aside_years=%d" % (len(before) - first))
                return ("age_now", "born_next")
            return ()
        if "ses" in w[-8:] and _DIED_NEAR_BIRTHDAY.search(_window(text, f.start)):
            return ("age_death",)
        if "ses" in w[-8:] and _BIRTHDAY.search(w):
            return _birthday_cues(text, f, w)
        if "ses" in w[-8:] and _BIRTHDAY_TO_COME.search(w):
            return _turns_cues(text, f, w)
        if "aura" in w[-8:] and _WILL_BE.search(w):
            turns = _turns_cues(text, f, w)
            if turns:
                return turns
        if (died := _AGE_DEATH.search(w)):
            return ("age_death",) + _died_now(text, f, died.group().split(None, 1)[0])
        if _AGE_PAST.search(w):
            # « il avait 61 ans au moment du référendum »: a moment named in words, not a death
            if _AGE_THEN.match(after):
                return ("age_at",)
            return ("age_past",) + (_pro_after_birth(text, f, w) if "l" in w[-16:] else ())
        if _AGE_NOW.search(w):
            # « né en 1941, il a 22 ans quand il enregistre… »: the present of narration
            if _AGE_THEN.match(after):
                return ("age_at",)
            if "l" in w[-16:] and (pro := _pro_after_birth(text, f, w)):
                return ("age_now",) + pro
            if not lead and _AGED_OF.search(w) and (_AND_BORN_NEXT.match(text, f.end, f.end + 100) or (
                    "qui" in after and _WHO_SAW_DAY_NEXT.match(text, f.end, f.end + 120))):
                # not in a story told in the imperfect (« visait alors »): the age then
                rest = _rest_of_sentence(text, f.end)
                if rest is not None and not _OLD_TENSE.search(_BEFORE_NEWS.sub(" ", rest)):
                    return ("age_now", "born_next")
            return ("age_now",)
        if _AGE_AT.search(w):
            month = _AT_MONTH_TO_COME.search(text, max(0, f.start - 160), f.start) if "ra" in w else None
            if month and month.group("pro") and (month.group("pro").lower() == "elle") != bool(month.group("fem")):
                month = None
            if month and not _NOT_AGE_AFTER.match(after) and not _AGE_THEN.match(after):
                return ("age_at", "at_month=%d" % (MONTHS.index(month.group("month").lower()) + 1))
            if ("part" in w or "retraite" in w) and _RETIRE_AT.search(w) and _RETIRE_TO_COME.search(w):
                # « les assurés nés en 1968 pourront partir à 63 ans »: a retirement age to come
                # (or a cohort's, by law), never bounded by an age reached today
                return ("age_at", "to_come")
            return ("age_at",)
        led = _BORN_LED_NOUN.search(text, max(0, f.start - 160), f.start)
        if led and (not led.group("comma") or _COMMA_NEXT.match(after)):
            return ("age_app",)
        if _COMMA_NEXT.match(after) and _BORN_LED_DEMO_OF.search(text, max(0, f.start - 200), f.start):
            return ("age_app",)
        if "de" in w[-6:] and "où" in text[max(0, f.start - 140):f.start] and \
                _WHERE_BORN_DEMO_OF.search(text, max(0, f.start - 160), f.start):
            # not in a story told with another year or an imperfect (« avait dirigé en 2017 »)
            rest = _rest_of_sentence(text, f.end)
            if rest is not None and not _A_YEAR.search(rest) and not _OLD_TENSE.search(rest):
                return ("age_app", "born_before")
            return ()
        if "de" in w[-20:] and _OF_AGE.search(w) and not f.is_range and \
                _BORN_RIGHT_AFTER.match(text, f.end, f.end + 100):
            # « un attaquant de Sept-Îles de 19 ans né en 2004 »: the birth agrees with the noun
            # the age is the complement of, the same one; not in a story told in the past
            before = _sentence_before(text, f.start)
            if before is not None and not _OLD_TENSE.search(before):
                return ("age_app", "aside_next")
        person = _PERSON_OF.search(w)
        if person:
            # « Né en 1977, l'avocat de 42 ans »: an age, read as an apposition; not after a
            # clause (« le maire a nommé l'avocat de 42 ans »: someone else)
            before = _sentence_before(text, f.start - len(w) + person.start())
            if before is not None and not _CLAUSE.search(before):
                # « L'hôtelier, un entrepreneur de 47 ans, a nié. Originaire de Sisco, où il a vu le
                # jour en 1970, … »: nobody else named in its sentence, a birth told of a pronoun
                # opening the next may be his
                if _alone(text, before, f.end):
                    det = person.group().split(None, 1)[0].lower()
                    return ("age_app", "next_birth") + (
                        ("she",) if det in ("une", "la", "cette") else ("he",) if det in ("un", "le", "cet") else ())
                return ("age_app",)
            return ()
        if not _COMMA_NEXT.match(after) and not (
                _AGE_ENDS.match(after) and _SAID_BY.search(text, max(0, f.start - 120), f.start)):
            return ()     # « », a averti X, 45 ans. »: a speaker's age may close the sentence
        name = _APPOSED.search(text, max(0, f.start - 60), f.start)
        aside = None
        if _BORN_NEXT.match(text, f.end, f.end + 100) or _NOUN_BORN_NEXT.match(text, f.end, f.end + 120) \
                or ("qui" in after and _WHO_BORN_NEXT.match(text, f.end, f.end + 120)):
            # « X, 27 ans, né en 1992 »: the birth is the next aside of the same name
            name = name or _APPOSED_LED.search(text, max(0, f.start - 90), f.start)
            if name:
                aside = "aside_next"
            elif _SAID_BY.search(text, max(0, f.start - 120), f.start):
                # « », raconte X, 49 ans, né en 1968 »: the speaker's name, two asides of it
                return ("age_app", "aside_next")
            elif _ASIDE_BEFORE.search(text, max(0, f.start - 4), f.start):
                # « La ministre de la Fonction publique, 44 ans, née en 1978, … »: two asides in a
                # row of one noun, whatever the noun; not in a past told with a year or an imperfect
                # nor after a clause (« l'équipe a engagé X, 27 ans, … ») or a person after « de »
                # (« le fils de Romain Bardet, 27 ans, né en 1990 »: whose age?)
                before = _sentence_before(text, f.start)
                if before is not None and not _OLD_TENSE.search(before) and not _A_YEAR.search(before) \
                        and ((not _CLAUSE.search(before) and not _OF_SOMEONE.search(before))
                             or _TITLED_LED.search(text, max(0, f.start - 90), f.start)):
                    return ("age_app", "aside_next")
        elif not name:
            name = _APPOSED_BORN.search(text, max(0, f.start - 160), f.start)
            aside = "aside" if name else None
        if name:
            before = _sentence_before(text, name.start())
            # « …, Frédéric Arnaud, 55 ans, a salué … . Né en 1968, il … »: a full name given an
            # age, nobody else named in its sentence, the birth opening the next may be his
            nxt = ("next_birth",) if aside is None and before is not None and \
                _person(name.group()) and _alone(text, before, f.end) else ()
            if before is not None and not _CLAUSE.search(before):
                if aside:
                    return ("age_app", aside)
                key = _person(name.group()) if not before.strip() else None
                # « Thomas Payet, 29 ans, a remporté … »: a full name opening its sentence
                return (("age_app", "lead_person=" + key) if key else ("age_app",)) + nxt
            if aside and before is not None and _said_by_speaker(text, before, f.end):
                return ("age_app", aside)
            if aside and before is not None and before.lstrip()[:1] in "CV" and _PRESENTATIVE.match(before):
                # « C'est l'aîné, Bernard, 71 ans, né en 1950, qui … »: a noun presented now, its
                # name given an age and a birth as two asides; no past set by a year or an imperfect
                rest = _rest_of_sentence(text, f.end)
                if rest is not None and not _OLD_TENSE.search(rest) \
                        and not _A_YEAR.search(_BORN_PHRASE.sub(" ", rest)):
                    return ("age_app", aside)
            key = _person(name.group())
            if aside is None and key:
                # « …, a reconnu le ministre, Beat Jans, 59 ans, … »: the age of a full name, for a
                # birth told elsewhere of the same full name; after a quote, the speaker's, whose
                # birth may open the next sentence when nobody is named after him
                cues = ("age_app", "named", "person=" + key) + nxt
                if _SAID_BY.search(text, max(0, f.start - 120), f.start):
                    rest = _rest_of_sentence(text, f.end)
                    if rest is not None and not _names_someone(rest) and not _KIN.search(rest):
                        cues += ("speaker",)
                return cues
        elif _SAID_BY.search(text, max(0, f.start - 120), f.start):
            # « « … », résume Pierre Dumont, 51 ans, qui … »: the speaker's age, when nobody
            # is named after him (a birth in the next sentence may then be his)
            rest = _rest_of_sentence(text, f.end)
            if rest is not None and not _names_someone(rest) and not _KIN.search(rest):
                return ("age_app", "speaker")
        elif (titled := _APPOSED_TITLED.search(text, max(0, f.start - 90), f.start)):
            # « c'est son fils, le prince Rahim Al-Hussaini, 51 ans, qui … »: a name after its
            # title; its birth may be told elsewhere of the same title and name (« le prince Rahim »)
            key = _person(titled.group("name"))
            return ("age_app", "named") + (("person=" + key,) if key else ()) + \
                _titled(titled.group("title"), titled.group("name"))
        return ()
    if unit in ("day", "week") and "soit" in w and _RESTATE.search(w):
        return cues if _NOT_RESTATE_AFTER.match(after) else cues + ("span",)
    if unit in ("day", "week") and "Soit" in w and (led := _RESTATE_LED.search(w)):
        j = f.start - len(w) + led.start()
        while j > 0 and text[j - 1].isspace():
            j -= 1
        before = _sentence_before(text, j - 1) if j > 0 and text[j - 1] in ".!?…" else None
        if before is not None and _SPAN_LED_SENTENCE.match(before) and not _NOT_RESTATE_AFTER.match(after):
            return cues + ("span", "restated_next")
        return cues
    if unit in ("day", "week") and "es " in w and (led := _DEMONSTRATIVE_LED.search(w)):
        j = f.start - len(w) + led.start()
        while j > 0 and text[j - 1].isspace():
            j -= 1
        before = _sentence_before(text, j - 1) if j > 0 and text[j - 1] in ".!?…" else None
        # the span ends the sentence before, which tells no other length the demonstrative
        # could take up; not « ces N jours ouvrés / de grève » (only some of the span's days)
        if before is not None and _SPAN_ENDED_SENTENCE.search(before) \
                and not _A_LENGTH_WORD.search(before) and not _NOT_RESTATE_AFTER.match(after):
            return cues + ("span", "restated_next")
    if unit in ("day", "week") and "es " in w[-8:] and _DURING_ALL_LED.search(w) \
            and _OF_RUN_SPAN.match(text, f.end, f.end + 160):
        # « Pendant ses six jours d'ouverture, du jeudi 5 au dimanche 8 »: at most the span
        return cues + ("span", "at_most")
    if unit in ("day", "week") and after[:4].lstrip()[:1] in ("d", "D") \
            and _OF_ACTIVITY_SPAN.match(text, f.end, f.end + 160) and not _NOT_BARE_SPAN.search(w):
        return cues + ("span",)
    if unit == "day" and after[:4].lstrip()[:1] in ("d", "D") \
            and _OF_SITTING_SPAN.match(text, f.end, f.end + 160) and not _NOT_BARE_SPAN.search(w):
        return cues + ("span", "sitting")
    if unit == "day" and _WHOLE_SITTING_BEFORE.search(w) and _OF_WHOLE_SITTING.match(text, f.end, f.end + 60):
        return cues + ("span", "stay", "sitting", "whole")
    if unit in ("day", "week") and ("pr" in w or "terme" in w or "issue" in w) and "," in text[f.end:f.end + 40] \
            and _AFTER_CLOSE_LEN.search(w) and (told := _OPENED_THEN_CLOSED_NEXT.match(text, f.end, f.end + 220)):
        # « Après une semaine et demie d'audience, commencée le mardi 19 mai, le tribunal a rendu
        # son jugement vendredi 22 mai »: at most the days from the opening to the close after it
        return cues + ("span", "stay_told", "at_most", "told_within=%d" % (told.end() - f.end))
    if unit in ("day", "week") and ("terme" in w or "issue" in w) and _AT_CLOSE_OF.search(w) \
            and _OF_SITTINGS.match(text, f.end, f.end + 40):
        # « Ouvert le lundi 8, le procès s'est achevé vendredi 12, au terme de deux semaines
        # d'audience »: the length of the whole trial, its opening and close dated before it
        return cues + ("span", "lasted", "sitting")
    if unit in ("day", "week") and ("terme" in w or "issue" in w) and (close := _AT_CLOSE_OF.search(w)) \
            and (whole := _WHOLE_TIME_AFTER.match(text, f.end, f.end + 40)):
        # « Ouverte le lundi 9 mars, celle-ci s'est achevée le vendredi 20 mars, au terme de trois
        # semaines durant lesquelles … »: at most the days from the opening to the close before it
        # (« de négociations », « de campagne »: only when that is the thing opened and closed, its
        # noun in the sentence; a summit or a vote may close weeks of talks or of campaign before it)
        before = _sentence_before(text, f.start - len(w) + close.start())
        if before is not None and _OPENED_THEN_CLOSED.search(before) and (
                not whole.group("noun") or whole.group("noun")[:6].lower() in before.lower()):
            return cues + ("span", "lasted", "at_most", "told_open_close")
    if unit in ("day", "week") and ("apr" in w or "terme" in w or "issue" in w) \
            and _AFTER_CLOSE_LEN.search(w) and (run := _OF_WHOLE_RUN.match(text, f.end, f.end + 40)) \
            and not ("campagne" in run.group().lower()
                     and _VOTE_CLOSED.search(text, _window_start(text, f.start, 200), f.start)):
        # « lancée le lundi 16 février, s'est achevée le samedi 27 juin, après 131 jours de
        # récolte »: at most the days from the opening to the close dated before it (not the
        # weeks of campaign a vote closes: « le scrutin s'est achevé le …, au terme de six
        # semaines de campagne »)
        return cues + ("span", "lasted", "at_most")
    if unit in ("day", "week") and ("apr" in w or "terme" in w or "issue" in w) \
            and _AFTER_CLOSE_LEN.search(w) and _OF_LAYOFF.match(text, f.end, f.end + 40):
        # « Victime d'une chute le jeudi 11 juin, il a repris le lundi 22 juin, après cinq
        # semaines d'arrêt »: at most the days from the fall to the return
        before = _sentence_before(text, f.start - len(w) + _AFTER_CLOSE_LEN.search(w).start())
        if before is not None and _LAYOFF_LED.search(before):
            return cues + ("span", "layoff", "at_most")
    if unit in ("day", "week") and ("apr" in w or "terme" in w or "issue" in w) \
            and (close_len := _AFTER_CLOSE_LEN.search(w)) and _OF_HOSPITAL.match(text, f.end, f.end + 40) \
            and not f.is_range:
        before = _sentence_before(text, f.start - len(w) + close_len.start())
        if before is not None and (led := _HOSPITAL_LED.search(before)):
            return cues + ("span", "hospital", "at_most") + (() if led.group("end") else ("hospital_flashback",))
    if unit in ("day", "week") and ":" in text[f.end:f.end + 64] and _STAY_VERB.search(w) \
            and _STAY_COLON_NEXT.match(text, f.end, f.end + 260):
        # « Il est resté cinq jours au CHU : admis le lundi 8 juin, il en est sorti le mardi 16 »
        return cues + ("span", "stay_told")
    if unit in ("day", "week") and "," in text[f.end:f.end + 64] and _STAY_VERB.search(w) \
            and not f.is_range and _STAY_SPAN_NEXT.match(text, f.end, f.end + 140):
        return cues + ("span", "at_most")
    if unit in ("day", "week") and ":" in text[f.end:f.end + 64] and ("dur" in w or "sur" in w) \
            and _LASTED_VERB.search(w) and (told := _LASTED_COLON_NEXT.match(text, f.end, f.end + 260)):
        # « La fête a duré dix jours : entamée le samedi 1er août, elle s'est achevée le lundi 10 »:
        # the only two dates after the length, the opening then the close; a trial's or a strike's
        # days may skip weekends
        before = _sentence_before(text, f.start)
        sitting = before is None or _SITTING_NOUN.search(before) or _WORKDAY_NOUN.search(before)
        # (the dates past the close are not its: « …, au lendemain du 15-Août »)
        return cues + ("span", "stay_told", "told_within=%d" % (told.end() - f.end)) + \
            (("sitting",) if sitting else ())
    if unit not in ("day", "week") or _NOT_SPAN_AFTER.match(after):
        return cues
    if " et " in after and (close := _AND_CLOSED_NEXT.match(text, f.end, f.end + 90)):
        before = _sentence_before(text, f.start)
        if before is not None and not f.is_range and _OPENED_LED_LASTED.search(before):
            # « Lancée le …, la consultation a duré N semaines et s'est achevée le … »
            return cues + ("span", "lasted", "at_most", "led_close=%d" % (close.end() - f.end))
    if "m" in w and _TOOK.search(w):
        return cues + ("span",) if _TOOK_NEXT.match(text, f.end, f.end + 200) else cues
    event = _EVENT_OF.search(w)
    if event and event.group()[:5].lower() == "phase" and not (
            _PHASE_COLON.match(after) or _SPAN_NEXT.match(text, f.end, f.end + 60)):
        # « une phase de cinq jours : … du lundi 9 au dimanche 15 »: the phase's own span is told
        # right after it; one phase among others (« , puis une autre ») may be a part only
        event = None
    if not event and _OF_LENGTH.search(w) and _SPAN_NEXT.match(text, f.end, f.end + 60):
        return cues + ("span",)
    if _SPAN.search(w) or event:
        cues += ("span",)
        if ("travers" in w or "trajet" in w or "dur" in w[-16:]) and \
                _TRIP.search(text, max(0, f.start - 100), f.start):
            cues += ("trip",)
        # « pour trois jours », « une visite de trois jours »: the length of the whole stay, which
        # an arrival and a departure date can check; « pendant trois jours » may be a part of it.
        if event or _FOR.search(w) or _EVENT_LASTED.search(w):
            cues += ("stay",)
            if _PLANNED.search(w[-50:]) or _CUT_SHORT.search(text, f.end, _two_sentences_end(text, f.end)):
                # « prévue pour deux semaines, la tournée a été écourtée », « il est rentré dès le
                # 8 »: a length planned, not the one the stay had (read only for a trip out and back)
                cues += ("altered",)
            if event and event.group()[:1].lower() in "gmbfsctaoe":
                cues += _open_close_of(text, f, event.start() + f.start - len(w))
        elif "dur" in w[-12:] and (lasted := _LASTED_APPOSED.search(w)):
            # « La saison, lancée le … et refermée le …, aura duré 150 jours »: the whole time
            # between the opening and the close its subject's aside dates; days of sittings
            # (« le procès, ouvert le … et clos le …, a duré ») may skip weekends
            before = _sentence_before(text, f.start - len(w) + lasted.start())
            cues += ("lasted",)
            if _UNTIL_DATE_NEXT.match(text, f.end, f.end + 90):
                cues += ("until",)
            if before is None or _SITTING_NOUN.search(before):
                cues += ("sitting",)
        elif "ant" in w[-24:] and (during := _DURING_END.search(w)):
            before = _sentence_before(text, f.start - len(w) + during.start())
            if before is not None and _LED_OPEN_CLOSE.search(before):
                # (the two dates the aside gives, whatever its verbs: « décidée », « levée »)
                cues += ("lasted", "at_most", "told_open_close")
    elif _SPAN_NEXT.match(text, f.end, f.end + 60) and not _NOT_BARE_SPAN.search(w):
        # « il sera indisponible trois semaines, du dimanche 8 au … »: a bare length after its
        # verb or adjective, with its own « du … au … » right after it
        cues += ("span",)
    return cues
