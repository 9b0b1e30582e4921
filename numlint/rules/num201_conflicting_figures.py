"""NUM201 conflicting-figures: the same measure given two incompatible values."""
from __future__ import annotations

import re
from copy import copy
from itertools import chain

from numlint.measures import compare as C
from numlint.measures import lemmas as L
from numlint.rules.base import Context, Rule
from numlint.rules.num202_unsupported_headline_figure import named_share, rate_partner, unsupported
from numlint.rules.num304_percent_sum import _vote_count

_SKIP_CUES = frozenset({"contre", "change", "change by", "au total", "au total avant", "soit", "dont",
                        "d'entre eux", "sur les", "en plus des", "chacun", "addend", "par",
                        "à elle seule", "base", "superseded"})
# Editors' slips stay within one order of magnitude; two counts of one noun further apart than
# this are two measures the reader tells apart (a province's toll and the country's).
_MAX_RATIO = 1.6


# « Au total, 40 bateaux ont été classés »: the whole the body gives of its noun. Kept out of the
# body pairs (a whole beside its holders' values), but the value a headline of the same noun
# must agree with.
_TOTAL_CUES = frozenset({"au total", "au total avant"})


# the groups of a vote tally with no side said (« par 88 voix »), and of its yes side
_TALLY_YES = {("voix", frozenset(), "number", None): ("voix", frozenset({"pour"}), "number", None)}


def _second_nouns(groups: dict, measures) -> list:
    """A headline count of a noun the body never gives as a figure's own (« 3 000
    intercepteurs ») and a body count naming it in apposition (« 2 000 drones intercepteurs »,
    the measure stage's note): the body's value of that noun. The pairs added, (key, measure)."""
    added = []
    seconds = None
    for key, ms in groups.items():
        if any(not C.headline(m.figure) for m in ms):
            continue
        if seconds is None:
            seconds = [m for m in measures if "noun2" in m.notes]
            if not seconds:
                return added
        for m in seconds:
            f = m.figure
            if m.notes["noun2"] == key[0] and key[2:] == (f.kind, f.unit) and _state(m) == key[1] \
                    and not C.headline(f) and _candidate(m):
                ms.append(m)
                added.append((key, m))
    return added


def _past_vote(h, m, published) -> bool:
    """A headline tally (its moment unsaid: the article's vote) against a body tally of a past
    year (« en 2020, … par 103 voix contre 90 »): another vote, not the headline's misquoted."""
    t = m.time
    return bool(C.headline(h.figure) and h.time is None and not C.headline(m.figure) and published
                and t and len(t) == 4 and t.isdigit() and int(t) < published.year)


def _year_before(h, m, published) -> bool:
    """A headline count, its moment unsaid (the article's: at latest the year before its
    publication), against a body count set in an earlier year (« en recul par rapport à 2024
    (1 881 naissances) » in an article of 2026 on 2025): that year's value, another moment."""
    return _past_vote(h, m, published) and int(m.time) < published.year - 1


# a title's or heading's « un trou de 18 millions d'euros »: the deficit the body gives as « un
# déficit de ». Not in a standfirst nor the body, where a « trou » is often a forecast or an
# earlier estimate (« le budget prévoyait un trou de 300 millions »), another moment.
_HEAD_SAME = {"trou": "déficit"}
_TITLE_KINDS = frozenset({"title", "heading"})


def _noun(m) -> str | None:
    """What a figure counts, or for a sum the noun the text names it the value of (« un déficit
    de 1,2 milliard », « le déficit ramené à 1,4 milliard »: the measure stage's note)."""
    if m.subject is None and m.figure.kind == "money":
        noun = m.notes.get("measure")
        if noun in _HEAD_SAME and m.figure.block is not None and m.figure.block.kind in _TITLE_KINDS:
            return _HEAD_SAME[noun]
        return noun
    return m.subject


# « perd 78 sièges », « a gagné 12 sièges »: seats won or lost, compared only with seats won
# or lost, never with the seats a holder has (« majoritaire avec 68 sièges »)
_WON_LOST = frozenset({"gagne", "perd"})


def _state(m) -> frozenset:
    """The state a value of the noun is compared in: its qualifiers, and whether it was won or
    lost."""
    wl = m.cues & _WON_LOST
    return m.state | wl if wl else m.state


# « 3 840 personnes ont été tuées », « sont mortes », « ont péri »: the toll a headline gives as
# « 3 480 morts ». People in the one state of being killed are the dead, compared as such.
_THE_DEAD = frozenset({frozenset({"tué"}), frozenset({"mort"})})
_DEAD = frozenset()


# « 400 vols annulés » / « 310 vols supprimés » / « déprogrammés »: one act told by three verbs
# when what is counted is a scheduled service of transport (a flight, a train, a crossing). Not
# for other nouns: « postes supprimés » are jobs cut, « postes annulés » openings called off.
_SERVICES = frozenset({"vol", "train", "tgv", "ter", "liaison", "rotation", "départ", "trajet",
                       "traversée", "navette", "bus", "car", "ferry", "circulation",
                       "correspondance"})
_CALLED_OFF = frozenset({frozenset({"annulé"}), frozenset({"supprimé"}), frozenset({"déprogrammé"})})
_CANCELLED = frozenset({"annulé"})


# « 1 046 personnes y étaient incarcérées », « emprisonnées », « écrouées »: the inmates a headline
# counts as « 1 100 détenus »
_JAILED = frozenset({frozenset({"incarcéré"}), frozenset({"emprisonné"}), frozenset({"écroué"})})


# « 27 personnes blessées », « évacuées », « portées disparues »: the people a headline counts as
# « 32 blessés », « évacués », « disparus ». People in the one state a participle names are that
# participle used as a noun, compared as such (not « inscrites », « arrêtées »: a count of another
# thing may share the word).
_PEOPLE_IN = {frozenset({p}): p for p in (
    "blessé", "évacué", "hospitalisé", "secouru", "disparu", "intoxiqué", "sinistré", "déplacé",
    "interpellé", "rapatrié", "relogé")}

_PEOPLE_NOUNS = frozenset(_PEOPLE_IN.values())


def _group(noun, state) -> tuple:
    if noun == "personne" and state in _THE_DEAD:
        return "mort", _DEAD
    if noun == "personne" and state in _PEOPLE_IN:
        return _PEOPLE_IN[state], _DEAD
    if noun == "personne" and state in _JAILED:
        return "détenu", _DEAD
    if noun in _SERVICES and state in _CALLED_OFF:
        return noun, _CANCELLED
    return noun, state


def _said(m) -> bool:
    """Is the figure's noun written beside it (not carried over from another figure)?"""
    return bool(m.subject and m.explicit_subject) or (
        m.subject is None and m.figure.kind == "money" and "measure" in m.notes)


def _candidate(m, skip: frozenset = _SKIP_CUES) -> bool:
    # the cheap tests first (all pure: the order changes only the time)
    f = m.figure
    if not (m.subject and m.explicit_subject) and (
            m.subject is not None or f.kind != "money" or "measure" not in m.notes):
        return False    # not _said(m), inlined: asked of every measure
    if f.kind not in ("number", "money"):
        return False
    if m.part_of is not None or m.part_kind or m.total_of or m.share_of is not None \
            or m.change_kind or m.cues & skip or "autre" in m.qualifiers:
        return False
    if C.vague(f) or f.range_kind == "change":
        return False    # « passé de 56 à 130 députés »: two moments, not one value
    if f.numerals and all(n.words for n in f.numerals):
        return False     # "cinq sets", "quatre sets": small counts of different things
    return True


_SKIP_BUT_TOTALS = _SKIP_CUES - _TOTAL_CUES
_SKIP_BUT_SOIT = _SKIP_CUES - {"soit"}


def _body_total(m) -> bool:
    """A body whole of its noun (« au total », « en tout »), with no other cue that makes it
    something else, and not the sum of parts the text lists (those are NUM301's). Its noun must
    be said in a state (« classés », « tués »): a headline that counts the noun in no state may
    count a part the measure stage does not read (« 420 000 employés … en grève » against « en
    tout quelque 600 000 employés »)."""
    return bool(m.cues & _TOTAL_CUES) and not C.headline(m.figure) and bool(m.state) \
        and _candidate(m, _SKIP_BUT_TOTALS)


# the states in which a text counts people or things come or gone through (« ont débarqué »,
# « ont été accueillis »): the count a headline gives with no state said. Any other state (the
# dead, the evacuated, the registered against those present) may make another measure.
_COUNTED_STATES = frozenset({"débarqué", "accueilli", "assisté", "venu", "reçu", "enregistré",
                             "recensé", "transporté", "comptabilisé", "dénombré", "visité"})


def _stateless_heads(groups: dict, totals: set, measures) -> None:
    """« 412 000 croisiéristes en Guadeloupe » over « Au total, 387 000 croisiéristes ont
    débarqué »: a headline count of a noun in no state against the body's one whole of it,
    said in a state that only tells how they were counted (débarqués, accueillis), when the
    body gives the noun in no other state (the dead, the registered against those present are
    other measures): then the body's whole is its only value, and joins the headline's group."""
    by_noun: dict = {}
    for key in groups:
        by_noun.setdefault((key[0], key[2], key[3]), []).append(key)
    for (noun, kind, unit), keys in by_noun.items():
        bare = (noun, frozenset(), kind, unit)
        if bare not in groups or len(keys) != 2:
            continue
        other = keys[0] if keys[1] == bare else keys[1]
        heads = groups[bare]
        wholes = groups[other]
        if not other[1] <= _COUNTED_STATES or not all(C.headline(m.figure) for m in heads) \
                or any(C.headline(m.figure) or id(m) not in totals for m in wholes) or len(wholes) != 1:
            continue
        if any(m.figure.value == h.figure.value and not C.headline(m.figure)
               for h in heads for m in measures):
            continue    # the body writes the headline's value, of some noun: it may count that
        heads.extend(wholes)
        del groups[other]


# « 41 500 spectateurs ont assisté aux concerts », « 14 900 visiteurs ont arpenté les jardins »:
# an audience said by the act of attending (or by how it was counted) is the audience a headline
# gives with no state (« 45 000 spectateurs »). Only for the nouns that name an audience.
_AUDIENCE_NOUNS = frozenset({"spectateur", "visiteur", "festivalier"})
_ATTENDED = frozenset({"assisté", "visité", "arpenté", "fréquenté", "afflué", "participé", "venu",
                       "accueilli", "reçu", "enregistré", "recensé", "comptabilisé", "dénombré",
                       "pressé", "massé"})


def _attended_heads(groups: dict, measures, merged: dict) -> None:
    """A headline audience in no state (« 52 000 spectateurs ») and the body's values of it told
    by the act of attending (« 46 300 spectateurs ont assisté aux concerts »): one group, when the
    body gives the noun in no other state (« invités », « attendus »: which one the headline counts
    is unsaid) and no body figure writes the headline's value (« les 52 000 billets »: the headline
    may count that). `merged`: each group key folded, to the key it joined."""
    for key in [k for k in groups if k[0] in _AUDIENCE_NOUNS and k[1] and k[1] <= _ATTENDED]:
        noun, _, kind, unit = key
        bare = (noun, frozenset(), kind, unit)
        heads = [m for m in groups.get(bare, ()) if C.headline(m.figure)]
        if not heads or any(C.headline(m.figure) for m in groups[key]):
            continue
        values = {h.figure.value for h in heads}
        if any(not C.headline(m.figure) and ((m.subject == noun and m.state and not m.state <= _ATTENDED)
                                             or m.figure.value in values) for m in measures):
            continue
        groups[bare].extend(groups.pop(key))
        merged[key] = bare


# the nouns one crowd of an event is counted by: those taking part, those watching; a
# « participant » may be either (a festival's participants are its festival-goers)
_ACTORS = "actors"
_AUDIENCE = "audience"
_CROWDS = {"cycliste": frozenset({_ACTORS}), "coureur": frozenset({_ACTORS}),
           "marcheur": frozenset({_ACTORS}), "randonneur": frozenset({_ACTORS}),
           "participant": frozenset({_ACTORS, _AUDIENCE}), "festivalier": frozenset({_AUDIENCE}),
           "spectateur": frozenset({_AUDIENCE}), "visiteur": frozenset({_AUDIENCE})}
_CROWD_NOUNS = frozenset(_CROWDS)
_NEARLY_SHORT = 0.94
_NEARLY = ("près de ", "près d'", "près d’", "presque ", "quasiment ")


def _short_of_nearly(f, g) -> bool:
    """« près de 95 millions » for 87,6 millions: « nearly » allows a value a little short of the
    figure, not 8 % short (the ±10 % of an approximation is for « environ »)."""
    if f.approx != "about" or f.is_range or not f.text.lower().startswith(_NEARLY) \
            or not isinstance(f.value, (int, float)) or not isinstance(g.value, (int, float)):
        return False
    return g.value < _NEARLY_SHORT * f.value


# the nouns a march's crowd is counted by, in one source's count of it (« 300 000 manifestants
# selon la CGT », « la CGT a revendiqué 240 000 participants »), and what they did
_MARCHERS = frozenset({"manifestant", "participant", "personne", "marcheur"})
_MARCHED = frozenset({"défilé", "manifesté", "marché", "mobilisé", "rassemblé", "réuni", "venu",
                      "descendu", "participé", "compté", "dénombré", "revendiqué", "recensé",
                      "comptabilisé"})


# the one count of an audience a season's figures give by two nouns: « 95 millions de
# spectateurs » in a title is the lead's « 87,6 millions d'entrées »
_ADMISSIONS = frozenset({"spectateur", "entrée"})


_DAY_RE = re.compile(r"(?:\d{4})?--\d\d-\d\d|\d{4}-\d\d-\d\d")


def _a_day(t: str) -> bool:
    """A day (« dimanche », « le 31 mai »), not a year or a period."""
    return t in L.WEEKDAYS or bool(_DAY_RE.fullmatch(t))


def _body_result(m) -> bool:
    """« soit un déficit de 1,2 milliard »: a sum the body works out and names, the value of its
    noun a headline must agree with; kept out of the body pairs, as every « soit » figure is."""
    return "soit" in m.cues and "measure" in m.notes and m.subject is None \
        and not C.headline(m.figure) and _candidate(m, _SKIP_BUT_SOIT)


def _close(a: tuple[float, float], b: tuple[float, float]) -> bool:
    lo = min(a[1], b[1])
    hi = max(a[0], b[0])
    return lo > 0 and hi / lo <= _MAX_RATIO


def _confirmed(i: int, group, other, bnd, repeats=(), totals=frozenset()) -> bool:
    """Another figure of the group, bounded and in another paragraph, gives the value of
    group[i]. `bnd`: each member's C.mbounds(m, True), in the group's order. A headline figure
    is also confirmed by a body repeat with a cue that keeps it out of the pairs (« soit 91
    points en 82 matchs »): it still says the value. Two small whole counts written plainly
    are exact (« 29 points », « 28 points »: two clubs, not one value told twice)."""
    a, ba = group[i], bnd[i]
    ea = _exact(a.figure)
    ha = C.headline(a.figure)
    # against a headline, another headline that gives a's value (the <title>'s « près de 200 morts »
    # beside the heading's « 290 morts ») is the one claim told twice, not a second measure
    # (titles and standfirst only: a section heading tells its own section's count)
    ho = other.figure.block is not None and other.figure.block.kind in ("title", "lede")
    # a headline bound (« dépasse les 3,6 millions »), the body's first value of its noun below
    # it: only a value near the bound, or the body's whole, tells the headline's measure; one
    # far above it (« 7,4 millions » of other wines) is another measure sharing the noun
    far = _far_above(a, ba, other, group)
    for c, bc in zip(group, bnd):
        if c is a or c is other or c.figure.block is a.figure.block:
            continue
        if (ha and C.headline(c.figure)) or (ho and c.figure.block.kind in ("title", "lede")):
            continue    # the title repeating the heading is one claim, not a second measure
        if bc[1] == float("inf") or bc[0] == float("-inf") or c.figure.approx in ("at_least", "at_most"):
            continue
        if far is not None and C.core(c.figure)[0] > far and id(c) not in totals:
            continue
        if ea and _exact(c.figure) and c.figure.value != a.figure.value:
            continue
        if C.overlap(ba, bc) and C.context_compatible(a, c):
            return True
    if repeats and C.headline(a.figure):
        for c in repeats:
            if c is other or C.headline(c.figure) or c.figure.approx in ("at_least", "at_most"):
                continue
            bc = C.mbounds(c, True)
            if bc[1] == float("inf") or bc[0] == float("-inf"):
                continue
            if far is not None and C.core(c.figure)[0] > far:
                continue
            if C.overlap(ba, bc) and C.context_compatible(a, c):
                return True
    return False


def _far_above(a, ba, other, group) -> float | None:
    """For a headline lower bound (« dépasse les N », « plus de N ») against the body's first
    value of its group, written below the bound: the value above which another figure of the
    group is too far from the bound to be the one it rounds down (_MAX_RATIO); else None."""
    if not C.headline(a.figure) or ba[1] != float("inf") or C.headline(other.figure) \
            or other.figure.is_range or other.figure.approx is not None \
            or C.core(other.figure)[1] >= ba[0]:
        return None
    first = next((c for c in group if not C.headline(c.figure)), None)
    if first is not other:
        return None
    return C.core(a.figure)[0] * _MAX_RATIO


def _told_otherwise(h, measures, far: float | None = None) -> bool:
    """Does the body give headline value h, exactly, for its noun in another state or with other cues
    (title « 1 200 coureurs », body « au total, 1 200 coureurs inscrits »)? Then the headline
    counts that measure, not the one it is paired with. So too when the body writes the
    headline's figure digit for digit with its noun left unsaid (title « 73 000 visiteurs le
    jour des Gilles », body « le Mardi gras en a rassemblé à lui seul 73 000 »): a precise
    figure met again is the same measure, not a coincidence. Asked only of a pair about to be
    reported."""
    if not C.headline(h.figure):
        return False
    noun, f = _noun(h), h.figure
    digits = None
    for m in measures:
        g = m.figure
        if g.kind != f.kind or g.unit != f.unit or C.headline(g) \
                or not C.numeric(g) or C.vague(g) or g.is_range or g.approx in ("at_least", "at_most"):
            continue
        if far is not None and C.core(g)[0] > far:
            continue    # far above a headline bound: another measure (_far_above)
        n = _noun(m)
        if n != noun:
            if g.value != f.value:
                continue
            if digits is None:
                digits = C.written_digits(f)
            # two significant digits at least: « 3 000 » met twice may be two counts; three
            # when the body names another noun (title « 38 500 festivaliers », body « 38 500
            # entrées »: the headline's count said with another word, not a coincidence)
            if len(digits.rstrip("0")) < (2 if n is None else 3) or C.written_digits(g) != digits:
                continue
        # the same value, not a restatement's tolerance (« 18 sièges » is not the body's 17)
        if C.overlap(C.core(g), C.bounds(f)) and C.context_compatible(h, m, relative=True):
            return True
    return False


def _scaled_repeat(h, measures) -> bool:
    """Does the body give headline count h in another scale, its noun unsaid (« 20 470 MD » for
    « 20,5 milliards de dinars »: an abbreviation the reading does not know)? A precise figure,
    three significant digits at least, met again is that measure, not a coincidence. Asked only
    of a pair about to be reported."""
    f = h.figure
    if f.kind != "number" or not C.headline(f) or f.approx is not None or f.is_range:
        return False
    lo, hi = C.bounds(f)
    for m in measures:
        g = m.figure
        if m.subject is not None or g.kind != "number" or C.headline(g) or not C.numeric(g) \
                or g.is_range or g.approx is not None or len(C.written_digits(g).rstrip("0")) < 3:
            continue
        # written in another scale (« 20 470 MD », read as millions, for « 20,5 milliards »), or
        # its value in thousands, millions…; in the headline's own scale a repeat is _repeat's
        other = bool(g.numerals and f.numerals) and g.numerals[-1].scale != f.numerals[-1].scale
        if any(lo <= g.value * scale <= hi for scale in ((1, 1e3, 1e6, 1e9) if other else (1e3, 1e6, 1e9))):
            return True
    return False


def _money_scale(f) -> float:
    """The scale word of a sum of money (« milliards », « MD », « M€ »: 1e9, 1e6), or 0."""
    if f.kind != "money" or not f.numerals or f.is_range:
        return 0
    s = f.numerals[-1].scale
    return s if s and s >= 1e6 else 0


def _tenfold(lo: float, hi: float) -> bool:
    """hi is lo's digits shifted by a power of ten, within rounding (« 2,4 milliards » against
    « 24 M€ » or « 240 millions »): a slip of the scale word. Any other factor may be another
    sum of the noun (a region's against the country's), so it is left alone."""
    r = hi / lo
    return any(p / 1.06 <= r <= p * 1.06 for p in (10.0, 100.0, 1e3, 1e4, 1e5, 1e6))


def _repeat(m) -> bool:
    """A body figure left out of the pairs by its cue alone (« soit », « contre »…), which still
    gives a value of its noun: it may confirm a headline figure, never contradict one."""
    f = m.figure
    return bool(m.cues & _SKIP_CUES) and _said(m) \
        and f.kind in ("number", "money") and m.part_of is None and m.share_of is None \
        and not m.change_kind and "change" not in m.cues and "change by" not in m.cues \
        and "autre" not in m.qualifiers and not C.vague(f) and not C.headline(f)


def _records(sa, sb, keys_of) -> bool:
    """Two body sentences each giving values of the same two or more nouns, every one of them
    different (« 40 victoires, 31 défaites » / « 51 victoires, 22 défaites »): the records of
    two holders (teams, parties, countries), not one measure retyped — a slip changes one
    figure, not all."""
    ka, kb = keys_of.get(sa), keys_of.get(sb)
    if not ka or not kb:
        return False
    shared = ka.keys() & kb.keys()
    if len(shared) < 2:
        return False
    for key in shared:
        for x in ka[key]:
            cx = C.core(x.figure)
            for y in kb[key]:
                if C.overlap(cx, C.core(y.figure)):
                    return False    # one value kept: the other may be a slip
    return True


def _digits(f) -> str:
    v = f.value if not f.is_range else None
    if not isinstance(v, (int, float)) or v != int(v):
        return ""
    return str(int(v))


def _exact(f) -> bool:
    v = f.value
    return (f.approx is None and not f.is_range and isinstance(v, int) and 0 < v < 100
            and len(f.numerals) == 1 and not f.numerals[0].words and f.numerals[0].scale == 1
            and not f.numerals[0].decimals)


def _round_apart(a, b, told, measures) -> bool:
    """A headline count and a body count, both written plainly in digits as one round figure of
    one magnitude (« 3 000 » and « 2 000 »): their rounding bounds touch, but no one writes the
    one for the other; two values. Not when the body gives another value of the noun, nor any
    figure that would make up the difference (« 2 000 …, puis 1 000 »: the headline's sum)."""
    if C.headline(a.figure) == C.headline(b.figure):
        return False
    if any(m is not a and m is not b and not C.headline(m.figure) for m in told):
        return False
    p = None
    for f in (a.figure, b.figure):
        v = f.value
        if f.kind != "number" or f.approx is not None or f.is_range or not isinstance(v, int) or v < 100 \
                or len(f.numerals) != 1 or f.numerals[0].words or f.numerals[0].scale != 1:
            return False
        s = str(v)
        if s[1:].strip("0") or (p is not None and len(s) != p):
            return False
        p = len(s)
    gap = abs(a.figure.value - b.figure.value)
    if gap == 0:
        return False
    return not any(m.figure.value == gap and m.figure.kind == "number" and m.figure.approx is None
                   and "par" not in m.cues for m in measures)


def _typo(a, b, digits=C.written_digits) -> bool:
    """Two body values of one noun that only a typing slip tells apart: the same digits in
    another order (2 839 / 2 389), or one digit changed in three or more (1 524 / 1 254 is a
    swap; 217 / 247). Two body values that differ otherwise are, in news copy, far more often
    two holders, places or moments the text does not name (two teams' wins, two airports'
    passengers) than one measure retyped: the rule stays quiet unless the text says that it
    speaks of the same measure again (« ce bilan de 34 militaires tués »)."""
    da, db = digits(a), digits(b)
    if len(da) < 2 or len(da) != len(db) or da == db:
        return False
    if sorted(da) == sorted(db):
        return True
    return len(da) >= 3 and da[0] == db[0] and sum(x != y for x, y in zip(da, db)) == 1


def _placed_slip(h, m) -> bool:
    """A headline count with no place (« Liban : … 3 480 morts », its place in the kicker the
    measure stage leaves unread) against a body count of one place (« 3 840 personnes tuées au
    Liban ») that only a typing slip tells apart: the same measure. Another gap may be a
    province's toll against the country's, so no more than a slip; and tolls only: the places
    of other counts are often a body's several holders (« Au Conseil national, … par 112 voix »,
    « Au Conseil des États, … »), one of which a headline tally need not be."""
    if m.place is None or m.place[0] == "*" or h.place is not None or not C.headline(h.figure) \
            or C.headline(m.figure) or not _typo(h.figure, m.figure):
        return False
    placed = copy(h)
    placed.place = m.place
    return C.context_compatible(placed, m, relative=True)


def _dated_day(h, m) -> bool:
    """A headline count set on a bare weekday (« 400 vols supprimés jeudi ») against a body count
    of the same noun in the same state set on that weekday's date (« jeudi 17 septembre »): one
    day, not two moments. Only for a noun counted in a state (what was done that day): a count
    in no state may be another measure of the day (the homes still cut off, those put back)."""
    if not h.time or not m.time or not h.state or h.state != m.state or h.time != m.notes.get("weekday") \
            or not C.headline(h.figure) or C.headline(m.figure):
        return False
    dated = copy(h)
    dated.time = m.time
    return C.context_compatible(dated, m, relative=True)


def _told_in(h, m) -> bool:
    """A headline crediting a document (« selon la mise à jour économique ») against a body value
    its teller gives in that document (« Dans sa mise à jour …, le ministre a annoncé »): one
    source, not two estimates."""
    if not C.headline(h.figure) or C.headline(m.figure) or not h.source \
            or m.notes.get("document") != h.source:
        return False
    told = copy(h)
    told.source = m.source
    return C.context_compatible(told, m, relative=True)


def _lede_share(h, measures) -> bool:
    return h.figure.kind == "percent" and bool(h.subject) and h.explicit_subject


def _plain_quantity(m) -> bool:
    """A quantity given as one exact value of its own: no range, no approximation, no
    comparison, change, part or share."""
    f = m.figure
    return (not f.is_range and f.approx is None and C.numeric(f) and not C.vague(f)
            and m.part_of is None and not m.part_kind and not m.total_of and m.share_of is None
            and not m.change_kind and not m.cues & _SKIP_CUES and "autre" not in m.qualifiers)


def _same_record(sa, sb, own, keys_of, digits=C.written_digits) -> bool:
    """Two body sentences that give another noun the same precise value (« 41 sièges et
    312 000 voix » / « 44 sièges et 312 000 voix »): one record told twice, so its other values
    must agree. A small shared value (« 9 nuls ») is no such sign: two teams may share it."""
    ka, kb = keys_of.get(sa), keys_of.get(sb)
    if not ka or not kb:
        return False
    for key in ka.keys() & kb.keys():
        if key == own:
            continue
        for x in ka[key]:
            dx = digits(x.figure)
            if len(dx.rstrip("0")) < 3:
                continue
            for y in kb[key]:
                if digits(y.figure) == dx and x.figure.value == y.figure.value:
                    return True
    return False


def _alone(m, told, cand) -> bool:
    """Is m the one value of its noun that its sentence gives (itself, or one other that may be
    the same measure)? Stops at the second. `cand`: the ids of the measures _candidate takes."""
    n = 0
    for o in told:
        if o is m or (id(o) in cand and o.explicit_subject) or C.context_compatible(o, m):
            n += 1
            if n > 1:
                return False
    return n == 1


def _third_holder(a, b, told) -> bool:
    """A third value of the noun, close to both and bracketing neither: the text counts the
    noun for several holders (a league's points, the regions' cases), and a slip gives two
    values, not three."""
    ba, bb = C.mbounds(a, True), C.mbounds(b, True)
    for c in told:
        if c is a or c is b:
            continue
        bc = C.mbounds(c, True)
        if C.overlap(bc, ba) or C.overlap(bc, bb) or not (_close(C.core(c.figure), C.core(a.figure))
                                                          and _close(C.core(c.figure), C.core(b.figure))):
            continue
        if C.context_compatible(c, a) and C.context_compatible(c, b):
            return True
    return False


def _first_paragraph(ctx):
    """The article's first body paragraph (the lead), or None."""
    first = None
    for sec in ctx.sections:
        for b in sec.blocks:
            if b.kind == "paragraph" and (first is None or b.index < first.index):
                first = b
    return first


def _lead_share(h, ctx):
    """The share a title reports from the news sentence that its body opens with: the first
    share of the first body paragraph, set against an earlier or a rival value in its own
    sentence (« 61 % …, contre 72 % lors de la vague précédente », « 51,8 % des suffrages
    exprimés, contre 80 150 voix »). That share is the article's news, and a title share close
    to it that the body never gives is one left from an earlier version (« tombe à 58 % »).
    Asked of a title share the body never gives (unsupported); a title with two shares, a
    body share of another subject, place, source or moment, or one that may round to the
    title's stays quiet."""
    f = h.figure
    if f.kind != "percent" or f.block is None or f.block.kind != "title" or h.cues \
            or h.share_of is not None or h.change_kind or f.is_range or f.approx is not None \
            or C.vague(f):
        return None
    found, first = _lead_percent(ctx, f)
    if found is None:
        return None
    g = found.figure
    if found.cues - {"soit"} or found.share_of is not None or found.change_kind \
            or found.part_of is not None or "autre" in found.qualifiers or g.is_range \
            or g.approx is not None or C.vague(g) or g.unit != f.unit:
        return None
    # set against another value in its sentence, a share or not (« 86 150 voix …, contre
    # 80 150 voix »), or moved by some points (« en hausse de deux points »): the news of a
    # comparison. The value before the move, which the body gives by subtraction, is no slip.
    told = False
    for m in ctx.measures:
        e = m.figure
        if e.block is not first or e.sentence != g.sentence or e.start <= g.start:
            continue
        if "contre" in m.cues:
            told = True
        elif m.subject == "point" and m.explicit_subject and "change" in m.cues and e.kind == "number" \
                and C.numeric(e) and not e.is_range:
            lo, hi = C.bounds(f)
            d = e.value
            if any(lo <= v <= hi for v in (g.value - d, g.value + d)):
                return None
            told = True
    if not told and not _counted_result(found, ctx.measures):
        return None
    hs = C._SAME_SHARE.get(h.subject, h.subject)
    fs = C._SAME_SHARE.get(found.subject, found.subject)
    if h.subject and found.subject and (hs != fs or not h.state <= found.state) \
            and not _state_noun(h, found):
        return None
    if found.place != h.place or (h.time and found.time and h.time != found.time
                                  and not _day_of_year(found.time, h.time, ctx.published)) \
            or (h.source and found.source and h.source != found.source):
        return None
    if bool(h.time) != bool(found.time) and C._a_year(h.time or found.time):
        return None
    if not C._near(C.core(f), C.core(g)) or C.overlap(C.mbounds(h, True), C.mbounds(found, True)):
        return None
    return found


def _pct_change(a: float, b: float) -> float | None:
    return abs(b - a) / a * 100 if a > 0 and b >= 0 else None


def _lead_change(h, ctx):
    """« … : le bénéfice en chute de 22 % » in the title, the body opening on the measure's two
    values and its change, « un résultat net ramené de 58 à 47 millions, un recul de 19 % »: the
    first percent of the lead paragraph, a change told right after the values it moved between
    (« de A à B ») and agreeing with them, is the news a title change reports. A title change
    the body never gives — no body percent of its value, no change of body values to it (a
    quotient met by chance does not excuse it) — close to that one is left from an earlier
    version. The title's one percent, a change (« en baisse de », « en chute de »), exact."""
    f = h.figure
    if f.kind != "percent" or f.unit != "%" or not h.cues or h.cues - {"change", "change by"} \
            or h.share_of is not None \
            or f.is_range or f.approx is not None or C.vague(f) or f.block is None:
        return None
    found, first = _lead_percent(ctx, f)
    if found is None:
        return None
    g = found.figure
    if "change" not in found.cues or found.cues - {"change", "change by", "soit"} \
            or found.share_of is not None or found.part_of is not None or g.is_range \
            or g.approx is not None or C.vague(g) or g.unit != f.unit:
        return None
    # the values it moved between, the figure right before it in its sentence
    before = [m.figure for m in ctx.measures if m.figure.block is first
              and m.figure.sentence == g.sentence and m.figure.end <= g.start]
    r = before[-1] if before else None
    if r is None or r.range_kind != "change" or r.low is None or r.high is None \
            or g.start - r.end > 40:
        return None
    told = _pct_change(r.low, r.high)
    lo, hi = C.bounds(g)
    if told is None or not lo - 0.6 <= told <= hi + 0.6:
        return None     # the body's own change does not agree with its values: NUM305's
    hb = C.mbounds(h, True)
    if not C._near(C.core(f), C.core(g)) or C.overlap(hb, C.mbounds(found, True)):
        return None
    if h.time and found.time and C._a_year(h.time) and C._a_year(found.time) and h.time != found.time:
        return None
    # the body gives the title's value (a percent), or a change of its values to it (« passé
    # de 500 à 545 millions », « 545 millions, contre 500 »)
    prev = {}
    for m in ctx.measures:
        e = m.figure
        if C.headline(e) or not C.numeric(e) and e.range_kind != "change":
            continue
        key = (id(e.block), e.sentence, e.kind, e.unit)
        if "contre" in m.cues and key in prev and e.kind in ("number", "money") and not e.is_range:
            c = _pct_change(C.core(e)[0], C.core(prev[key])[0])
            if c is not None and hb[0] - 0.5 <= c <= hb[1] + 0.5:
                return None
        prev[key] = e
        if e.kind == "percent" and not e.is_range and C.overlap(hb, C.core(e)):
            return None
        if e.range_kind == "change" and e.low is not None and e.high is not None:
            c = _pct_change(e.low, e.high)
            if c is not None and hb[0] - 0.5 <= c <= hb[1] + 0.5:
                return None
    return found


def _state_noun(h, found) -> bool:
    """« 42 % de professeurs grévistes » over « 34,5 % de grévistes » (chez les professeurs):
    the title's one qualifier is the body share's noun, said of no other group, with no state of
    its own: the same share of the same people, told by its state alone; a body share told
    among a group (« chez les agents ») only when that group is the title's noun."""
    if not (h.explicit_subject and found.explicit_subject and h.state == frozenset({found.subject})
            and not found.qualifiers and not found.notes.get("among") and not h.notes.get("among")):
        return False
    group = found.notes.get("group")
    return group is None or L.noun_lemma(group.split()[0]) == h.subject


def _day_of_year(day: str, year: str, published) -> bool:
    """« Bac 2026 : … » over a body told « le jeudi 15 juillet »: a day without its year is the
    article's, so of the title's year when that is the article's (or no date says otherwise)."""
    if not (len(year) == 4 and year.isdigit() and len(day) == 7 and day.startswith("--")):
        return False
    return published is None or published.year == int(year)


def _share_elsewhere(m, h) -> bool:
    """« En ville, Y obtient 14 210 des 36 900 suffrages, soit 44,5 % »: a share of a whole the
    body counts in a place the title does not name is another vote's, not the title's value."""
    return m.share_of is not None and m.place is not None and m.place != h.place


def _counted_result(found, ms) -> bool:
    """« X arrive en tête avec 41 131 voix, soit 41,8 % des suffrages. Elle devance Y, qui obtient
    33 062 voix (33,6 %). »: the lead share told beside its count of votes, the next sentence of
    its paragraph giving a rival's smaller share beside his: a vote's result, the news a title
    share reports, as a share set against a rival's in its own sentence is."""
    i = next((k for k, m in enumerate(ms) if m is found), None)
    if i is None or _vote_count(ms, i, -1) is None:
        return False
    g = found.figure
    for k in range(i + 1, min(i + 6, len(ms))):
        r = ms[k]
        e = r.figure
        if e.block is not g.block or e.sentence > g.sentence + 1:
            return False
        if e.kind != "percent" or e.sentence != g.sentence + 1:
            continue
        return not (r.cues - {"soit"}) and r.change_kind is None and not e.is_range and C.numeric(e) \
            and e.value < g.value and r.time in (None, found.time) and r.place in (None, found.place) \
            and r.subject in (None, found.subject, C._SAME_SHARE.get(found.subject)) \
            and _vote_count(ms, k, -1) is not None
    return False


def _turnout_past_bound(h, ctx):
    """A title's floor or ceiling on a turnout (« une participation supérieure à 40 % ») against
    the body's one turnout, told plainly on the far side of it (« la participation s'établit à
    36,8 % »): the body's one value, of no other moment, place or source, told plainly (no
    comparison, change or bound of its own), clearly past the bound (a point and 2 %)."""
    f = h.figure
    if h.notes.get("measure") != "participation" or f.approx not in ("at_least", "at_most") \
            or f.block.kind != "title" or f.is_range or h.cues or not isinstance(f.value, (int, float)):
        return None
    found = None
    for m in ctx.of_kinds(("percent",)):
        g = m.figure
        if m.notes.get("measure") != "participation" or C.headline(g):
            continue
        if g.block is None or g.block.kind not in ("paragraph", "item") or m.cues or g.is_range \
                or g.approx is not None or m.place != h.place or (h.source and m.source and m.source != h.source) \
                or (h.time and m.time and h.time != m.time) \
                or (bool(h.time) != bool(m.time) and C._a_year(h.time or m.time)) \
                or (found is not None and found.figure.value != g.value):
            return None     # another turnout, a comparison, or a bound: unsure which is the title's
        found = m
    if found is None:
        return None
    lo, hi = C.core(found.figure)
    bound = f.value
    if f.approx == "at_least" and hi < min(bound - 1, bound * 0.98):
        return found
    if f.approx == "at_most" and lo > max(bound + 1, bound * 1.02):
        return found
    return None



# the nouns a party's seats in an assembly are counted by: one count, whichever is written
# (a title's « 71 députés », the body's « 68 sièges sur les 125 »)
_SEATS = frozenset({"siège", "député", "élu", "sénateur"})


def _seat_share(h, ctx):
    """A headline count of a party's seats (« majoritaire avec 71 députés », « avec 58 sièges »)
    against the body's first count of seats told as a part of the assembly's whole (« a fait élire
    68 députés sur les 125 », « obtient 61 des 129 sièges du Parlement »): the result the headline
    reports. The whole must be the largest count of seats the body gives (the assembly's: not
    « 47 des 73 sièges de circonscription »), every such part of it told of that one whole, and no
    body figure may give the headline's value (another party's count). A headline or part in some
    state, with a cue, a change, a source or a moment of its own stays quiet. The pair; or None."""
    f = h.figure
    if h.subject not in _SEATS or not h.explicit_subject or h.state or h.cues or h.time or h.source \
            or f.kind != "number" or f.is_range or not C.numeric(f) or not _candidate(h):
        return None
    hb = C.bounds(f)
    found, whole, top = None, None, 0.0
    for m in ctx.of_kinds(("number",)):
        g = m.figure
        if C.headline(g) or not C.numeric(g):
            continue
        if C.overlap(C.core(g), hb):
            return None     # the body gives the headline's value: of another holder, maybe
        if m.subject not in _SEATS:
            continue
        top = max(top, C.core(g)[1])
        if m.part_of is None or m.part_kind not in ("des", "sur"):
            continue
        w = ctx.measures[m.part_of]
        if w.subject not in _SEATS or not C.numeric(w.figure) or w.figure.is_range:
            return None
        if m.notes.get("past"):
            return None     # « détenait / avait remporté 52 des 129 sièges »: the seats of before
        if whole is not None and w.figure.value != whole:
            return None     # parts of two wholes: unsure which is the assembly
        whole = w.figure.value
        if found is None:
            found = m
    if found is None or whole is None or top > whole or whole <= C.core(f)[1]:
        return None
    g = found.figure
    if found.cues or found.state or found.source or g.is_range or g.approx is not None \
            or found.holder != h.holder or found.change_kind or found.share_of is not None \
            or C.supports(h, found) or not _close(C.core(f), C.core(g)) \
            or not C.context_compatible(h, found, relative=True):
        return None
    return found


class ConflictingFigures(Rule):
    """Un même chiffre donné deux fois avec des valeurs incompatibles.

    Vérifie que chaque mesure (même objet compté, mêmes qualificatifs, même source, même date,
    même lieu) garde la même valeur d'un bout à l'autre de l'article : titre, chapeau,
    intertitres et texte. Deux valeurs du texte seul ne sont signalées que si elles ne diffèrent
    que d'une faute de frappe (chiffres intervertis, un chiffre changé) ou si le texte dit parler
    de la même mesure (« ce bilan de », « ces 1 800 salariés », un autre chiffre précis répété) :
    ailleurs, ce sont le plus souvent deux détenteurs que l'article ne nomme pas. La tolérance suit la précision écrite (« près de 4.000 » admet 3.900,
    « plus de 10.000 » admet 11.000, un point dans une fourchette est cohérent). Pour les
    pourcentages, qu'un texte donne nombreux et de choses différentes, seulement un pourcentage
    du titre ou d'un intertitre absent du texte, face à l'unique part du texte qui peut être la
    même (ni comparaison, ni évolution, ni part d'un adversaire, ni autre année ou autre lieu) ;
    une part du chapeau, face à la seule part proche du même objet dans le texte. Pour une
    quantité (« 75,4 millions de tonnes »), seulement celle d'un titre, chapeau ou intertitre face
    à une quantité du texte, même unité et même moment, qui n'en diffère que d'une faute de frappe.
    Une somme d'argent se compare par le nom qu'elle chiffre, écrit avant elle (« un déficit de »,
    « le déficit ramené à ») ; un total du texte (« au total, 40 bateaux classés ») ou une somme
    qu'il calcule (« soit un déficit de ») répond au titre, jamais à une autre valeur du texte.
    Une somme du titre que le texte écrit avec un autre mot d'échelle (« 2,4 milliards d'euros »,
    « 24 M€ ») est la même somme convertie : tout écart au-delà de l'arrondi est signalé.
    Un titre qui cite un document (« selon la mise à jour économique ») et le texte qui dit qui l'a
    présenté (« Dans sa mise à jour …, le ministre a annoncé ») parlent d'une même source.
    Une part du titre que le texte ne donne pas se compare aussi à la première part du premier
    paragraphe quand sa phrase l'oppose à une autre valeur (« 61 %, contre 72 % ») ou la dit en
    hausse ou en baisse de quelques points : c'est la nouvelle que le titre annonce.
    Une somme par chose du titre (« offre 92 francs par action ») que le texte ne donne pas se
    compare à la seule somme par la même chose, dans la même monnaie, que donne le texte.

    Pourquoi : un chiffre mis à jour à un endroit et pas à l'autre est l'erreur la plus fréquente
    des articles réécrits en urgence.

    Se déclenche : titre « 40.000 soldats supplémentaires », texte « 25.000 à 30.000 soldats
    supplémentaires ».
    Reste muet : « 11.000 soldats déjà envoyés » et « 25.000 soldats supplémentaires » (deux
    mesures) ; « 50.000 selon la police » et « 200.000 selon les organisateurs » ; les points de
    plusieurs clubs (« 70 points », « 64 points », « 60 points » : trois valeurs proches, trois
    détenteurs) ; les bilans de deux équipes (« 40 victoires, 31 défaites » puis « 51 victoires,
    22 défaites » : toutes les valeurs diffèrent) ; un total du continent face au chiffre d'un pays
    (« à l'échelle du continent », « dans 13 pays ») ; deux valeurs dont la phrase nomme des
    détenteurs différents (« Mike James a inscrit 24 points », « Nadir Hifi … 21 points »), ou
    l'une un joueur nommé et l'autre non (l'équipe, « son coéquipier »).
    ---
    The same measure given two incompatible values.

    Checks that each measure (same counted noun, same qualifiers, same source, date and place)
    keeps one value across the title, standfirst, headings and text. Two body values are
    reported only when a typing slip tells them apart (swapped digits, one digit changed) or the
    text says it speaks of the same measure (« ce bilan de », « ces 1 800 salariés », another
    precise figure repeated): otherwise they are most often two holders the text leaves unnamed. Tolerance follows the
    precision written; a point inside a range is consistent; "more than 10,000" fits 11,000.
    Percentages, which a text gives many of and of many things: only a title or heading share
    the body never gives, against the body's one share that may be the same (not a comparison,
    a change, a rival's share, another year or place); a standfirst share, against the body's
    one close share of the same thing. Quantities (« 75,4 millions de tonnes »): only a title,
    standfirst or heading quantity against a body quantity of the same unit and moment that a typing slip tells apart.
    A headline crediting a document (« selon la mise à jour économique ») and a body value its
    teller gives in it (« Dans sa mise à jour …, le ministre a annoncé ») have one source.
    A title share the body never gives is also compared with the first share of the first
    paragraph when its sentence sets it against another value (« 61 %, contre 72 % ») or moves it
    by some points: that is the news the title reports.
    A sum of money is compared by the noun written before it (« un déficit de », « le déficit
    ramené à »); a body total (« au total, 40 bateaux classés ») or a sum the body works out
    (« soit un déficit de ») answers to a headline, never to another body value. A headline sum
    the body writes with another scale word (« 2,4 milliards d'euros », « 24 M€ ») is the same sum
    converted: any gap beyond rounding is reported.
    A headline sum per thing (« offre 92 francs par action ») the body never gives is compared
    with the body's one sum per the same thing in the same currency.

    Why: a figure updated in one place and not in another is the commonest error of rewritten
    copy.

    Fires: title "40.000 soldats supplémentaires", text "25.000 à 30.000 soldats supplémentaires".
    Quiet: "11.000 soldats déjà envoyés" vs "25.000 soldats supplémentaires"; police and
    organisers' estimates; several clubs' points (three close values, three holders); two teams'
    records (every value differs); a continent's total against a country's figure; two values
    whose sentences name different holders (two players), or a named player and no one (the
    team, « son coéquipier »).
    """
    code = "NUM201"
    name = "conflicting-figures"
    severity = "error"
    fires = (
        "Pyongyang enverrait 40.000 soldats supplémentaires en Russie\n"
        "La Corée du Nord prépare un nouveau déploiement.\n"
        "Selon le renseignement sud-coréen, Pyongyang s'apprête à envoyer 25.000 à 30.000 soldats "
        "supplémentaires sur le front.\n",
        "Séisme : 1.200 morts dans le sud du pays\n"
        "Le bilan s'alourdit d'heure en heure.\n"
        "Les secours ont fouillé les décombres toute la nuit.\n"
        "Avec ces 2.100 morts, le séisme est le plus meurtrier depuis vingt ans.\n",
        "Cantonale partielle : la sortante réélue\n"
        "Le second tour a confirmé le premier.\n"
        "La sortante à 61 %\n"
        "La conseillère sortante a obtenu 3 118 voix, soit 56,4 % des suffrages exprimés.\n",
    )
    quiet = (
        "Manifestation : des dizaines de milliers de personnes à Paris\n"
        "Le cortège a défilé sans incident.\n"
        "Le cortège a réuni 50.000 manifestants selon la police.\n"
        "Les syndicats revendiquent de leur côté 200.000 manifestants selon les organisateurs.\n",
        "Pyongyang enverrait 30.000 soldats supplémentaires en Russie\n"
        "La Corée du Nord prépare un nouveau déploiement.\n"
        "Pyongyang s'apprête à envoyer 25.000 à 30.000 soldats supplémentaires, en plus des "
        "11.000 soldats déjà envoyés.\n",
        "Cantonale partielle : la sortante réélue\n"
        "Le second tour a confirmé le premier.\n"
        "La sortante à 61 %\n"
        "La conseillère sortante a obtenu 3 118 voix, soit 56,4 % des suffrages exprimés, contre "
        "61 % au premier tour. La participation a reculé à 47 %.\n",
    )

    def check(self, ctx: Context):
        done_heads: set[int] = set()
        yield from self._counts(ctx, done_heads)
        yield from self._event_crowd(ctx, done_heads)
        yield from self._lead_admissions(ctx, done_heads)
        yield from self._seat_shares(ctx, done_heads)
        yield from self._sourced_crowd(ctx, done_heads)
        yield from self._headline_quantities(ctx)
        yield from self._headline_rates(ctx)
        # Shares: a text gives many shares of many things, so only a headline share the body
        # never gives, against the body's one share that may be the same thing (C.share_partner).
        if any(m.figure.kind == "percent" for m in ctx.in_headlines()):
            done: set[int] = set()
            for h in unsupported(ctx):
                b = C.share_partner(h, ctx.measures) or C.share_slip(h, ctx.measures) \
                    or named_share(h, ctx.measures)
                if b is not None:
                    done.add(id(h))
                    yield self._report(ctx, h, b)
            # a title share against the body's opening news share (_lead_share): a sum or a
            # quotient of body figures met by chance does not excuse it, nor a share one point
            # off (another holder's: « 59 % » for the Prime Minister); a body share of its value does
            for h in ctx.in_headlines():
                if id(h) not in done and h.figure.block.kind == "title":
                    b = _lead_share(h, ctx)
                    if b is not None and not any(
                            C.overlap(C.core(m.figure), C.bounds(h.figure))
                            for m in ctx.of_kinds(("percent",))
                            if not C.headline(m.figure) and m.figure.unit == h.figure.unit
                            and C.numeric(m.figure) and not _share_elsewhere(m, h)):
                        yield self._report(ctx, h, b)
                if id(h) not in done and h.figure.block.kind == "title":
                    b = _lead_change(h, ctx)
                    if b is not None:
                        done.add(id(h))
                        yield self._report(ctx, h, b)
            # a title's bound on a turnout: another body share may meet it by chance
            for h in ctx.in_headlines():
                if id(h) not in done and h.figure.kind == "percent" and "measure" in h.notes:
                    b = _turnout_past_bound(h, ctx)
                    if b is not None:
                        yield self._report(ctx, h, b)
            # a standfirst share of a thing it names, against the one close body share of it
            for h in unsupported(ctx, ("lede",), _lede_share):
                b = C.share_partner(h, ctx.measures, close_only=True)
                if b is not None:
                    yield self._report(ctx, h, b)

    def _event_crowd(self, ctx: Context, done_heads: set):
        """« 32 000 cyclistes … dimanche » in a headline, « 28 500 participants dimanche » in the
        body: one crowd of an event named by two nouns (_CROWDS). Checked only when the headline
        gives a day, the body no count of the headline's noun that day, and exactly one value of
        a count of people that day, close to the headline's; and no body figure gives the
        headline's value."""
        heads = [h for h in ctx.in_headlines() if h.subject in _CROWD_NOUNS and h.time
                 and _a_day(h.time) and id(h.figure) not in done_heads and h.explicit_subject
                 and _candidate(h) and h.state <= _COUNTED_STATES]
        if not heads:
            return
        body = [m for m in ctx.of_kinds(("number",)) if not C.headline(m.figure)]
        for h in heads:
            f = h.figure
            day = [m for m in body if m.time == h.time and (m.subject in _CROWD_NOUNS or m.subject == "personne")]
            if any(m.subject == h.subject for m in day):
                continue    # the body gives the headline's noun that day: the pairs say the rest
            if len({m.figure.value for m in day}) != 1:
                continue    # no count of people that day, or several: unsure which is the crowd
            b = day[0]
            if not (_CROWDS.get(h.subject, frozenset()) & _CROWDS.get(b.subject, frozenset())) \
                    or not b.explicit_subject or not _candidate(b) or not b.state <= _COUNTED_STATES \
                    or b.holder != h.holder or not C.context_compatible(h, b, relative=True):
                continue
            if C.supports(h, b) or not _close(C.core(f), C.core(b.figure)):
                continue
            if any(C.overlap(C.core(m.figure), C.bounds(f)) for m in body if C.numeric(m.figure)):
                continue    # the body gives the headline's value: of another count, maybe
            if _told_otherwise(h, ctx.measures):
                continue
            yield self._report(ctx, h, b)

    def _sourced_crowd(self, ctx: Context, done_heads: set):
        """« 300 000 manifestants à Marseille selon la CGT » in a headline, « la CGT a revendiqué
        240 000 participants » in the body: one source's count of one march, told twice (the
        noun may change: _MARCHERS). Another source's count is another estimate and is never
        compared. Checked only when the body gives one value of the headline's source for that
        crowd (not also an earlier march's), said with its noun, close to the headline's, and
        gives the headline's value nowhere."""
        heads = [h for h in ctx.in_headlines() if h.source and h.subject in _MARCHERS
                 and h.figure.kind == "number" and id(h.figure) not in done_heads
                 and h.explicit_subject and _candidate(h) and h.state <= _MARCHED]
        if not heads:
            return
        body = [m for m in ctx.of_kinds(("number",)) if not C.headline(m.figure) and C.numeric(m.figure)]
        for h in heads:
            f = h.figure
            same = [m for m in body if m.source == h.source and (m.subject is None or m.subject in _MARCHERS)
                    and C.context_compatible(h, m, relative=True)]
            said = [m for m in same if m.subject is not None and m.explicit_subject and _candidate(m)
                    and m.state <= _MARCHED and m.holder == h.holder]
            if not said or len({m.figure.value for m in same}) != 1:
                continue    # none, or several values of that source: of several days or places
            b = said[0]
            if C.supports(h, b) or not _close(C.core(f), C.core(b.figure)):
                continue
            if any(C.overlap(C.core(m.figure), C.bounds(f)) for m in body):
                continue    # the body gives the headline's value: of another count, maybe
            if _told_otherwise(h, ctx.measures):
                continue
            done_heads.add(id(f))
            yield self._report(ctx, h, b)

    def _seat_shares(self, ctx: Context, done_heads: set):
        """A headline count of a party's seats against the body's first part of the assembly's
        seats (_seat_share)."""
        for h in ctx.in_headlines():
            if h.subject in _SEATS and id(h.figure) not in done_heads:
                b = _seat_share(h, ctx)
                if b is not None:
                    done_heads.add(id(h.figure))
                    yield self._report(ctx, h, b)

    def _lead_admissions(self, ctx: Context, done_heads: set):
        """« près de 95 millions de spectateurs » in the title, « 87,6 millions d'entrées » as the
        first count of the first body paragraph: the audience counted by its other noun
        (_ADMISSIONS), the article's news. Only the title's one count, in millions or more,
        against the lead's first count, and only when the body gives the title's value nowhere
        and no close count of the title's own noun."""
        heads = [h for h in ctx.in_headlines() if h.figure.kind == "number"
                 and h.figure.block is not None and h.figure.block.kind == "title"]
        if len(heads) != 1:
            return
        h = heads[0]
        f = h.figure
        if h.subject not in _ADMISSIONS or id(f) in done_heads or not h.explicit_subject \
                or not _candidate(h) or h.state or h.holder is not None or f.is_range \
                or not f.numerals or f.numerals[-1].scale < 1e6:
            return
        first = _first_paragraph(ctx)
        if first is None:
            return
        b = next((m for m in ctx.of_kinds(("number",)) if m.figure.block is first), None)
        if b is None or b.subject not in _ADMISSIONS or b.subject == h.subject \
                or not b.explicit_subject or not _candidate(b) or not b.state <= _COUNTED_STATES \
                or b.holder is not None or b.figure.is_range or b.figure.approx is not None:
            return
        g = b.figure
        if C.supports(h, b) and not _short_of_nearly(f, g) or not _close(C.core(f), C.core(g)) \
                or not C.context_compatible(h, b, relative=True):
            return
        body = [m for m in ctx.of_kinds(("number",)) if not C.headline(m.figure)]
        hb = C.bounds(f)
        if f.approx == "about" and f.text.lower().startswith(_NEARLY):
            hb = (max(hb[0], _NEARLY_SHORT * f.value), hb[1])
        if any(C.overlap(C.core(m.figure), hb) for m in body if C.numeric(m.figure)):
            return      # the body gives the title's value: of another count, maybe
        if any(m.subject == h.subject and C.numeric(m.figure) and _close(C.core(f), C.core(m.figure))
               for m in body):
            return      # a close count of the title's own noun: the pairs say the rest
        if _told_otherwise(h, ctx.measures):
            return
        done_heads.add(id(f))
        yield self._report(ctx, h, b)

    def _counts(self, ctx: Context, done_heads: set | None = None):
        groups: dict[tuple, list] = {}
        # ids of the body wholes and results (_body_total, _body_result): headline pairs only
        totals: set[int] = set()
        cand: set[int] = set()      # ids of the _candidate measures: asked again per sentence
        heads = False
        yes_heads: set[int] = set()     # headline tallies also put in the « voix pour » group
        for m in ctx.measures:
            if not (m.subject and m.explicit_subject) and (
                    m.subject is not None or m.figure.kind != "money" or "measure" not in m.notes):
                continue    # not _said(m), which _candidate, _body_total and _body_result ask first
            if _candidate(m):
                cand.add(id(m))
            elif m.cues and (_body_total(m) or _body_result(m)):
                totals.add(id(m))
            else:
                continue
            f = m.figure
            heads = heads or C.headline(f)
            key = (*_group(_noun(m), _state(m)), f.kind, f.unit)
            groups.setdefault(key, []).append(m)
            if key in _TALLY_YES and C.headline(f):
                # « adopte la réforme par 88 voix »: a headline tally gives the yes votes, which
                # the body may say as such (« par 81 voix pour, 58 contre »)
                groups.setdefault(_TALLY_YES[key], []).append(m)
                yes_heads.add(id(m))
        seconds = _second_nouns(groups, ctx.measures) if heads else None
        if totals and heads:
            _stateless_heads(groups, totals, ctx.measures)
        merged: dict = {}
        if heads:
            _attended_heads(groups, ctx.measures, merged)
        if not any(len(ms) > 1 for ms in groups.values()):
            return
        if totals and not heads:
            # no headline value: the wholes have no pair to be in
            groups = {k: [m for m in ms if id(m) not in totals] for k, ms in groups.items()}
            totals = set()
        # per body sentence, the values of each noun it gives (for _records)
        keys_of: dict = {}
        for key, gms in groups.items():
            for m in gms:
                f = m.figure
                if not C.headline(f) and id(m) not in totals:
                    keys_of.setdefault((id(f.block), f.sentence), {}).setdefault(key, []).append(m)
        # each figure's digits as written, asked per pair: computed once
        wdig: dict[int, str] = {}

        def written(f, wdig=wdig, written=C.written_digits):
            d = wdig.get(id(f))
            if d is None:
                d = wdig[id(f)] = written(f)
            return d

        tallied: set[int] = set()       # the yes_heads reported (in either of their groups)
        repeats: dict[tuple, list] = {}
        # every value the text gives of each group's noun, its subject written or carried over
        # (« Servette, 60 points, devance Zurich (55) »): holders the candidates do not show
        told: dict[tuple, list] = {}
        grouped = {(k[0], k[2], k[3]) for k in groups}     # the keys but the state: a cheap test first
        for m in ctx.measures:
            f = m.figure
            noun = m.subject if m.subject is not None or f.kind != "money" else m.notes.get("measure")
            if noun in _HEAD_SAME:
                noun = _noun(m)     # a title's « trou »: its deficit
            if noun == "personne" or noun in _SERVICES:
                noun, state = _group(noun, _state(m))
            else:
                state = None
            if (noun, f.kind, f.unit) not in grouped:
                continue
            key = (noun, _state(m) if state is None else state, f.kind, f.unit)     # _noun(m), inlined
            if merged:
                key = merged.get(key, key)
            if key in groups and m.part_of is None and m.share_of is None and not m.change_kind \
                    and not m.cues & _SKIP_CUES and C.numeric(f) and not C.vague(f):
                told.setdefault(key, []).append(m)
                if id(m) in yes_heads:
                    told.setdefault(_TALLY_YES[key], []).append(m)
            elif key in groups and _repeat(m):
                repeats.setdefault(key, []).append(m)
        if seconds:
            for key, m in seconds:
                told.setdefault(key, []).append(m)
        for key, ms in groups.items():
            if len(ms) < 2:
                continue
            # a sentence listing several values of one measure lists holders ("l'Irlande 20
            # points, la France 15, l'Angleterre 14"): none of them is the measure itself
            # (a value whose noun is carried over counts when it may be a holder of the same
            # measure, not one of another place or source: « 11 236 morts, dont …, et 2 662 en
            # Syrie »)
            per_sentence: dict = {}
            for m in told[key]:
                per_sentence.setdefault((id(m.figure.block), m.figure.sentence), []).append(m)
            # a sentence with two explicit candidates excludes each of its values at once: a
            # count per value would be quadratic in a sentence of a thousand ranges
            crowded = {sk for sk, os in per_sentence.items()
                       if sum(1 for o in os if id(o) in cand and o.explicit_subject) >= 2}
            ms = [m for m in ms if (sk := (id(m.figure.block), m.figure.sentence)) not in crowded
                  and _alone(m, per_sentence[sk] if id(m) not in totals
                             else chain(per_sentence.get(sk, ()), (m,)), cand)]
            if len(ms) < 2 or len(ms) > 60:
                continue
            reported: set[int] = set()
            # body values a headline was reported against: another headline (the title beside the
            # heading) may still be, for each is a claim of its own; a body value may not
            head_hit: set[int] = set()
            # what the pairs ask of each measure, computed once; the cheap tests first and
            # inlined (all are pure, so their order changes nothing but the time)
            bnd = [C.mbounds(m, True) for m in ms]
            cores = [C.core(m.figure) for m in ms]
            blocks = [m.figure.block for m in ms]
            digits = [_digits(m.figure) for m in ms]
            sorted_digits = [sorted(d) for d in digits]
            # two small whole counts written plainly ("4 points", "5 points") are exact: their
            # rounding intervals touch at 4.5, they do not overlap
            exact = [_exact(m.figure) for m in ms]
            scales = [_money_scale(m.figure) for m in ms]
            for n, a in enumerate(ms):
                if id(a) in reported or id(a) in head_hit:
                    continue
                (ba0, ba1), (ca0, ca1), blk = bnd[n], cores[n], blocks[n]
                da, sa = digits[n], sorted_digits[n]
                for k in range(n + 1, len(ms)):
                    if blocks[k] is blk:
                        continue    # one paragraph giving two values tells two moments or things apart
                    bb0, bb1 = bnd[k]
                    if ba0 <= bb1 + 1e-9 and bb0 <= ba1 + 1e-9 and not (exact[n] and exact[k] and ms[n].figure.value != ms[k].figure.value) \
                            and not _round_apart(ms[n], ms[k], told[key], ctx.measures):
                        continue    # C.overlap
                    cb0, cb1 = cores[k]
                    lo, hi = min(ca1, cb1), max(ca0, cb0)
                    if not (lo > 0 and hi / lo <= _MAX_RATIO) and not (
                            scales[n] and scales[k] and scales[n] != scales[k]
                            and (C.headline(ms[n].figure) or C.headline(ms[k].figure))
                            and _tenfold(lo, hi)):
                        # not _close: a slip? (a headline sum the body gives in another scale
                        # word is the same sum converted: any gap is a conflict, or a slip)
                        db = digits[k]
                        if len(da) < 2 or len(da) != len(db):
                            continue
                        if sa != sorted_digits[k] and not (
                                sum(x != y for x, y in zip(da, db)) == 1 and da[0] == db[0]):
                            continue
                    b = ms[k]
                    if not (C.headline(a.figure) or C.headline(b.figure)):
                        if id(a) in totals or id(b) in totals:
                            continue    # a whole or a result beside a body value
                        if not (_typo(a.figure, b.figure, written) or "anaphor" in a.cues
                                or "anaphor" in b.cues
                                or _same_record((id(blk), a.figure.sentence),
                                                (id(blocks[k]), b.figure.sentence), key, keys_of,
                                                written)):
                            continue    # two body values: a slip, or told as the same measure
                        if _third_holder(a, b, told[key]):
                            continue    # a headline against the body is still checked
                        if a.notes.get("row") != b.notes.get("row"):
                            continue    # a breakdown's row (« Rhône : 24 100 candidats ») and
                            # a value told of another holder or of the whole
                    hold = a.holder
                    if id(b) in reported or (id(b) in head_hit and not C.headline(a.figure)) \
                            or hold != b.holder or (hold and hold[0] == "*") \
                            or not (C.context_compatible(a, b, relative=True)
                                    or _told_in(a, b) or _told_in(b, a)
                                    or _dated_day(a, b) or _dated_day(b, a)
                                    or (key[0] in C.CASUAL_NOUNS
                                        and (_placed_slip(a, b) or _placed_slip(b, a)))):
                        continue    # the holders: C.same_holder, inlined
                    if key[0] == "voix" and (_past_vote(a, b, ctx.published)
                                             or _past_vote(b, a, ctx.published)):
                        continue    # the headline's vote and a past one
                    if key[0] in _PEOPLE_NOUNS and (a.subject != b.subject) and (
                            C.headline(a.figure) and C.rounds(a.figure, b.figure)
                            or C.headline(b.figure) and C.rounds(b.figure, a.figure)):
                        continue    # « 1 200 évacués » rounds « 1 180 personnes évacuées »
                    if _year_before(a, b, ctx.published) or _year_before(b, a, ctx.published):
                        continue    # the headline's moment and an earlier year's
                    rep = repeats.get(key, ())
                    if _confirmed(n, ms, b, bnd, rep, totals) or _confirmed(k, ms, a, bnd, rep, totals):
                        continue    # each value is told twice: two measures sharing a noun
                    if not (C.headline(a.figure) or C.headline(b.figure)) and _records(
                            (id(blk), a.figure.sentence), (id(blocks[k]), b.figure.sentence), keys_of):
                        continue
                    if _told_otherwise(a, ctx.measures, _far_above(a, bnd[n], b, ms)) \
                            or _told_otherwise(b, ctx.measures, _far_above(b, bnd[k], a, ms)) \
                            or _scaled_repeat(a, ctx.measures) or _scaled_repeat(b, ctx.measures):
                        continue    # the body gives the headline's value: it counts another measure
                    if yes_heads and (id(a) in yes_heads or id(b) in yes_heads):
                        if id(a) in tallied or id(b) in tallied:
                            continue    # a tally's headline is reported once, in one group
                        tallied.update((id(a), id(b)))
                    yield self._report(ctx, a, b)
                    if done_heads is not None:
                        done_heads.update((id(a.figure), id(b.figure)))
                    if C.headline(a.figure) and not C.headline(b.figure):
                        head_hit.add(id(b))
                    else:
                        reported.add(id(b))
                    if C.headline(a.figure):
                        # once, against the first body value (the lede's): the later ones are
                        # most often other holders (the other clubs' points, the rivals' votes)
                        break

    def _headline_rates(self, ctx: Context):
        """A headline sum per thing the body never gives, against the body's one sum per the
        same thing (rate_partner)."""
        for h in unsupported(ctx):
            b = rate_partner(h, ctx)
            if b is not None:
                yield self._report(ctx, h, b)

    def _headline_quantities(self, ctx: Context):
        """A headline quantity (« 75,4 millions de tonnes en 2024 ») against a body quantity of
        the same unit and moment that only a typing slip tells apart (« 74,5 millions de tonnes en
        2024 »). A quantity seldom names what it weighs and a text gives many of one unit, so
        nothing less than a slip says that two of them are one measure."""
        heads = [m for m in ctx.in_headlines() if m.figure.kind == "quantity" and _plain_quantity(m)]
        if not heads:
            return
        body = [m for m in ctx.of_kinds(("quantity",)) if not C.headline(m.figure)
                and m.figure.block is not None and m.figure.block.kind in ("paragraph", "item")]
        for h in heads:
            f = h.figure
            same = [m for m in body if m.figure.unit == f.unit]
            if any(C.supports(h, m) for m in same if C.numeric(m.figure)):
                continue    # the body gives the headline's value: the other is another measure
            slips = [m for m in same if _plain_quantity(m) and m.subject == h.subject
                     and (m.time == h.time or not h.time) and _typo(f, m.figure)
                     and _close(C.core(f), C.core(m.figure)) and C.context_compatible(h, m, relative=True)]
            # one body value, told once or more (« récolté 3,57 millions » twice is one value)
            if slips and len({(m.figure.value, C.written_digits(m.figure)) for m in slips}) == 1:
                yield self._report(ctx, h, slips[0])

    def _report(self, ctx, a, b):
        # the headline side first: "le titre annonce …, le texte …"
        if C.headline(b.figure) and not C.headline(a.figure):
            a, b = b, a
        if C.headline(a.figure) or C.headline(b.figure):
            fr = (f"{C.where(a, 'fr')} annonce {C.phrase(a)}, {C.where(b, 'fr')} {C.phrase(b)} "
                  f"({C.line_ref(b, 'fr')}) pour la même mesure")
            en = (f"{C.where(a, 'en')} gives {C.phrase(a)}, {C.where(b, 'en')} {C.phrase(b)} "
                  f"({C.line_ref(b, 'en')}) for the same measure")
        else:
            fr = (f"{C.phrase(a)} ({C.line_ref(a, 'fr')}), mais {C.phrase(b)} "
                  f"({C.line_ref(b, 'fr')}) pour la même mesure")
            en = (f"{C.phrase(a)} ({C.line_ref(a, 'en')}), but {C.phrase(b)} "
                  f"({C.line_ref(b, 'en')}) for the same measure")
        return self.diagnostic(ctx, a.figure, fr, en,
                               related=[(b.figure, C.phrase(b), C.phrase(b))])

def _lead_percent(ctx: Context, f) -> tuple:
    """(the first percent of the lead paragraph, that paragraph) when f is its title's only
    percent; (None, None) otherwise."""
    first = _first_paragraph(ctx)
    if first is None:
        return None, None
    found, heads = None, 0
    for m in ctx.of_kinds(("percent",)):
        g = m.figure
        if g.block is f.block:
            heads += 1
        elif g.block is first and found is None:
            found = m
    return (found, first) if heads == 1 and found is not None else (None, None)
