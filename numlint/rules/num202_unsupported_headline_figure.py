"""NUM202 unsupported-headline-figure: a headline figure the body never gives."""
from __future__ import annotations

import bisect
import math
from dataclasses import replace

from numlint.measures import compare as C
from numlint.rules.base import Context, Rule


class UnsupportedHeadlineFigure(Rule):
    """Un chiffre du titre ou d'un intertitre que le texte ne donne jamais.

    Vérifie que chaque chiffre annoncé en titre ou en intertitre se retrouve dans le corps de
    l'article pour la même mesure : répété, arrondi (« près de 200 » pour 196), encadré par une
    fourchette ou obtenu en additionnant les chiffres d'une même phrase ; un intertitre peut
    omettre la devise (« 53 milliards de dépenses » pour « 52,9 milliards de dollars de
    dépenses »), un titre écrire « dollars » pour les dollars canadiens du texte, et une somme du
    titre dont la phrase a déjà donné la devise (« … d'euros de ventes et un bénéfice de 142
    millions ») est une somme dans cette devise. Un chiffre approché d'une autre chose ne
    compte pas (« 980 exposants » n'est pas « près de 1 000 policiers »), ni, pour un chiffre
    ouvert (« plus de 40 marques »), une valeur bien plus grande d'une autre chose. Un compte
    exact du titre compris entre deux valeurs que le texte donne de sa mesure (le pic et le
    dernier point) n'en cite aucune : il vient d'une mise à jour intermédiaire. Le chapeau,
    qui donne souvent un contexte que le texte ne reprend pas, n'est vérifié que pour un compte
    exact, en chiffres, d'une chose dont le texte ne parle jamais (ou seulement par un ordre de
    grandeur : « des dizaines d'observatoires »), ou pour une part exacte d'un
    tout (« 316 des 360 communes », « 5 610 milliards, dont 940 pour les routes ») dont le texte
    donne le tout sans jamais compter la part.

    Pourquoi : un titre qui annonce un chiffre absent du texte vient souvent d'une version
    précédente de l'article, ou d'une source que le texte ne cite pas.

    Se déclenche : intertitre « Une facture de 50 milliards de dollars », aucun montant de cet
    ordre dans le texte.
    Reste muet : intertitre « 1.500 vols annulés », texte « Au total, 1.500 vols ont été annulés ».
    ---
    A figure in the title or a heading that the body never gives.

    Checks that every figure of the title or of a heading appears in the body for the same
    measure: repeated, rounded, bracketed by a range, or the sum of the figures of one sentence;
    a heading may drop the currency ("53 milliards de dépenses" for "52,9 milliards de dollars de
    dépenses"), a title write "dollars" for the body's Canadian dollars, and a headline sum whose
    sentence already gave the currency ("… d'euros de ventes et un bénéfice de 142 millions") is
    a sum in that currency. An approximate figure of another thing does not count ("980
    exposants" is not "près de 1 000 policiers"), nor, for an open figure ("plus de 40
    marques"), a far larger value of another thing. An exact headline count between two values
    the body gives of its measure (the peak and the latest) quotes neither: it is left from an
    update between them. The standfirst, which often gives context
    the text does not repeat, is checked only for an exact count, in digits, of a thing the
    text never speaks of (or only as an order of magnitude: "des dizaines d'observatoires"), or for an exact part of a whole ("316 des 360 communes",
    "5 610 milliards, dont 940 pour les routes") whose whole the text gives without ever counting
    the part.

    Why: a headline figure missing from the text usually comes from an earlier version of the
    story or from a source the text does not quote.

    Fires: heading "Une facture de 50 milliards de dollars" with no such amount in the text.
    Quiet: heading "1.500 vols annulés", text "Au total, 1.500 vols ont été annulés".
    """
    code = "NUM202"
    name = "unsupported-headline-figure"
    severity = "warning"
    fires = (
        "Ouragan : les assureurs redoutent une facture salée\n"
        "La tempête a balayé la côte dans la nuit.\n"
        "Une facture de 50 milliards d'euros\n"
        "Les assureurs n'ont encore publié aucune estimation. Plus de 2.000 maisons ont été "
        "endommagées le long du littoral.\n",
    )
    quiet = (
        "Grève : 1.500 vols annulés jeudi\n"
        "Le trafic aérien est fortement perturbé.\n"
        "Au total, 1.500 vols ont été annulés jeudi dans les aéroports français.\n",
    )

    def check(self, ctx: Context):
        for h in unsupported(ctx, ("title", "heading", "lede"), _lede_claim):
            if "équivalent" in h.cues:
                continue   # « assez d'énergie pour 120 000 foyers »: an illustration, no count
            f = h.figure
            whole = _lede_whole(h, ctx.measures) or _lede_dont_whole(h, ctx.measures)
            close = [m for m in _body(ctx) if f.kind == "number" and m.subject == h.subject
                     and (m.state == h.state or _tally(h) and m.state == _YES)
                     and C.context_compatible(h, m) and _close(h, m)
                     and not _magnitude(m.figure) and not _other_tally(h, m, ctx.published)
                     and (whole is None or C.core(m.figure) != C.core(whole.figure))]
            if close and not _between(h, close):
                continue   # the body gives the measure with a close value: NUM201's business
            if f.kind == "percent" and (C.share_partner(h, ctx.measures) is not None
                                        or C.share_slip(h, ctx.measures) is not None):
                continue   # the body's one share of that thing, misquoted: NUM201's business
            if f.kind == "money" and rate_partner(h, ctx) is not None:
                continue   # the body's one sum per the same thing, misquoted: NUM201's business
            what = C.phrase(h) if whole is None else f"{C.quote(f.text)} des {C.phrase(whole)}"
            fr = (f"{C.where(h, 'fr')} annonce {what}, un chiffre que le texte ne donne nulle part")
            en = (f"{C.where(h, 'en')} gives {what}, a figure the text never gives")
            yield self.diagnostic(ctx, f, fr, en)


_YES = frozenset({"pour"})


def _tally(h) -> bool:
    """A headline vote count (« adopté par 120 voix »): the yes side of the article's vote."""
    return h.subject == "voix" and h.figure.kind == "number" and not h.state


def _other_tally(h, m, published) -> bool:
    """A body vote count that is not the yes side of the headline's vote: the no side of a tally
    (« par 103 voix contre 90 »), or a vote of a past year (« en 2020, … par 103 voix »)."""
    if not _tally(h) or m.subject != "voix":
        return False
    if "contre" in m.cues or "contre" in m.state:
        return True
    t = m.time
    return bool(h.time is None and published and t and len(t) == 4 and t.isdigit()
                and int(t) < published.year)


def _between(h, close) -> bool:
    """« 150 000 foyers privés d'électricité » in the title, « 118 000 foyers … contre 205 000
    au plus fort » in the body: an exact headline count between the two values one body sentence
    gives of its measure at one moment (the latest and the peak, « contre ») misquotes neither;
    it is left from an update between them, a figure the body never gives. Two years (« 314
    millions, contre 281 millions en 2024 ») are no such pair: the headline misquotes one."""
    f = h.figure
    if f.approx is not None or f.is_range or not (h.subject and h.explicit_subject):
        return False
    lo, hi = C.mbounds(h, True)
    for i, b in enumerate(close):
        if "contre" not in b.cues or i == 0:
            continue
        a, g = close[i - 1], b.figure
        if a.figure.block is not g.block or a.figure.sentence != g.sentence or a.time != b.time:
            continue
        x, y = sorted((C.core(a.figure), C.core(g)))
        if x[1] < lo and y[0] > hi:
            return True
    return False


def rate_partner(h, ctx: Context):
    """A headline sum per thing (« offre 92 francs par action »), against the body's one sum per
    the same thing in the same currency (« 86 francs par action »), of the same moment and within
    an editor's slip: a price per share is one measure. None when the body gives several, or
    compares or changes one (« contre 80 francs par action »): unsure which."""
    f = h.figure
    per = h.notes.get("per")
    if f.kind != "money" or not per or h.cues != {"par"} or not _plain_rate(h) \
            or f.block is None or f.block.kind not in ("title", "heading"):
        return None
    same = [m for m in ctx.of_kinds(("money",)) if m.notes.get("per") == per and m.figure.unit == f.unit
            and not C.headline(m.figure) and m.figure.block is not None
            and m.figure.block.kind in ("paragraph", "item") and m.notes.get("measure") == h.notes.get("measure")]
    if not same or not all(m.cues == {"par"} and _plain_rate(m) for m in same) \
            or len({m.figure.value for m in same}) != 1:
        return None
    b = same[0]
    lo, hi = sorted((float(f.value), float(b.figure.value)))
    if lo <= 0 or hi / lo > _RATE_SLIP or not C.context_compatible(h, b, relative=True):
        return None
    return b


# two sums per share further apart than this are two measures (a price and a dividend)
_RATE_SLIP = 1.6


def _plain_rate(m) -> bool:
    """An exact sum per thing: no range, bound or malformed number, said of no holder."""
    f = m.figure
    return C.numeric(f) and not f.is_range and f.approx is None and not C.malformed(f) \
        and not m.subject and not m.qualifiers


def unsupported(ctx: Context, kinds=("title", "heading"), lede=None):
    """The title and heading measures whose figure the body never gives (NUM201 asks it too);
    `lede(h, measures)` says which standfirst measures to check, before the costlier tests."""
    # at most 50 headline figures, and `lede` (a walk over every measure) asked of at most 50
    # standfirst figures: linear time on a standfirst of thousands of figures
    heads, asked = [], 0
    for m in ctx.in_headlines():       # every kind asked is a headline's
        b = m.figure.block
        if b is None or b.kind not in kinds:
            continue
        if b.kind == "lede":
            asked += 1
            if asked > 50 or not lede(m, ctx.measures):
                continue
        heads.append(m)
        if len(heads) == 50:
            break
    if not heads:
        return      # nothing to check: spare the walk over the body
    body = _body(ctx)
    # the body is paragraphs and list items: the standfirst does not support itself
    has_body = any(b.kind in ("paragraph", "item") for sec in ctx.sections for b in sec.blocks)
    if not has_body:
        return      # no body to compare with (a title alone, or an unusual layout)
    sums = []       # built on first need: most articles have no headline figure to check
    for h in heads:
        f = h.figure
        if f.kind not in ("number", "money", "percent") or C.vague(f):
            continue
        as_money = _elided_sum(h, heads)
        if f.kind == "number" and not (h.subject and h.explicit_subject) and as_money is None \
                and f.block.kind != "lede":   # a standfirst part (« 316 des 360 communes »)
            continue
        lo, hi = C.mbounds(h, True)
        if hi < 10 and f.kind == "number":
            continue
        if _per_ten(h, ctx.measures):
            continue
        if as_money is not None:
            # a sum whose currency the title gave once: the body may give it in that currency
            # or as a bare count (not a range: « de 1 390 à 1 460 millions » may be read with
            # its low end in units); reported as the sum it is
            if _given(as_money, ctx, body, sums) or any(
                    m.figure.kind == "number" and not m.figure.is_range and C.supports(h, m)
                    for m in body):
                continue
            yield as_money
        elif not _given(h, ctx, body, sums):
            yield h


# the bases of a proportion told as « N sur dix » (« six Québécois sur dix », « un sur cent »)
_PER_BASES = (10.0, 100.0, 1000.0)


def _per_ten(h, measures) -> bool:
    """« Près de six Québécois sur dix croient … »: a round base (10, 100, 1 000) after « sur »
    and a smaller count just before it in the sentence is the denominator of a proportion,
    never a count the body must give (« 127 admis sur 136 candidats » keeps its whole)."""
    f = h.figure
    if "base" not in h.cues or f.kind != "number" or f.is_range or f.approx is not None \
            or C.core(f)[0] not in _PER_BASES or f.block is None:
        return False
    v = C.core(f)[0]
    # the measures are in text order: the numerator is among the few just before the base
    i = next((k for k, m in enumerate(measures) if m is h), None)
    if i is None:
        return False
    for m in measures[max(0, i - 3):i]:
        g = m.figure
        if g.block is f.block and g.sentence == f.sentence and g.kind == "number" and g.end <= f.start \
                and f.start - g.end <= 60 and not g.is_range and C.numeric(g) and 0 < C.core(g)[1] < v:
            return True
    return False


def _body(ctx) -> list:
    """The measures out of the headlines with a numeric value: listed once per article (NUM201
    and NUM202 ask for them)."""
    body = ctx.cache.get("_body_numeric")
    if body is None:
        body = ctx.cache["_body_numeric"] = [m for m in ctx.measures
                                             if not _head(m.figure) and C.numeric(m.figure)]
    return body


# the kinds of figure that may give a headline figure of a kind: its own; a count, a sum whose
# currency the headline drops (_drops_currency)
_GIVEN_BY = {"number": ("number", "money")}


def _given(h, ctx, body, sums) -> bool:
    """Does the body give headline figure h: repeated, rounded, bracketed, summed or derived?"""
    f = h.figure
    lo, hi = C.mbounds(h, True)
    hb = (lo, hi)
    # an open count (« plus de 40 marques ») is reached by any larger value: beyond a
    # rounding of it, only a value of its own noun gives it; and a value of another noun
    # below it (« quelque 2 000 films » for « plus de 2 500 projections ») never does
    far = _FAR * lo if f.kind == "number" and hi == C.INF and lo > 0 else None
    if far is not None and _short_gain(h, lo, far, body):
        return False
    if any((_same_kind(f, m.figure) and _restates(h, m) and _may_restate(h, m)
            and (far is None or lo <= C.core(m.figure)[1] and C.core(m.figure)[0] <= far
                 or _of_noun(h.subject, m.subject))
            or _drops_currency(h, m) or _named_currency(h, m))
           for m in ctx.of_kinds(_GIVEN_BY.get(f.kind) or (f.kind,))
           if m is not h and m.figure.block is not f.block):
        return True
    if f.kind == "money" and _bare_sum(h, body):
        return True
    if f.kind == "number" and _rounds_participle(h, body):
        return True
    if not sums:
        sums.append(_sentence_sums(body))
    # an open sum (« plus de 10 000 … et 100 ») reaches any larger value: it gives only an
    # open headline figure. For an open headline figure, which any larger sum reaches, its
    # terms count the headline's noun or no noun of their own (a closed one is seldom met
    # by chance, and its sums often give a count the body names otherwise: « 8 millions de
    # passagers » for trips)
    hs = h.subject if far is not None else None
    if any(k == (f.kind, f.unit) and C.overlap(hb, s) and (s[1] != C.INF or hi == C.INF)
           and all(_noun_ok(hs, t) for t in nouns)
           and (far is None or s[0] <= far or all(_of_noun(hs, t) for t in nouns))
           for k, s, nouns in sums[0]):
        return True
    if _points_gap(h, hb, body):
        return True
    # a vote article lists tallies and the parties' votes: two of them meeting a headline
    # tally by chance is common; the body gives a tally whole, or as its parties' votes summed
    # in one sentence (the sentence sums above)
    if not _tally(h) and _pair_sum(h, hb, body, far) or _rate_multiple(h, hb, body, far) \
            or _parts_sum(h, hb, body, ctx.measures):
        return True
    # two counts that divide to the headline share may be chance (two rivals' votes), when
    # the body writes the share of the headline's thing with the digits swapped, or writes
    # its one share of that thing near the headline's (« 15,2 % de leur poids »): a slip
    if (_derived_share(h, hb, body) or _vote_share(h, body)) \
            and C.share_slip(h, ctx.measures) is None and named_share(h, ctx.measures) is None:
        return True
    if h.cues & _CHANGE_CUES:
        return _change_pair(h, hb, body, ctx.measures)
    # a headline lead (« élue avec 337 voix d'avance », « un écart de 337 voix ») that the body
    # gives as the gap between two values of its noun (« 2 215 voix, contre 1 878 »)
    return bool("avance" in h.state and h.subject and h.explicit_subject
                and _change_pair(h, hb, body, ctx.measures, same_noun=True))


def _participle(m) -> str | None:
    """The one state of a count of a named noun (« étudiants inscrits » -> "inscrit")."""
    st = m.state
    if len(st) != 1 or not (m.subject and m.explicit_subject):
        return None
    return next(iter(st))


def _rounds_participle(h, body) -> bool:
    """« 29 800 étudiants inscrits » in the title, « 29 820 inscrits » in the body (or the
    reverse: « 1 200 licenciés », « 1 180 salariés licenciés »): a noun in one state and that
    state's participle used as a noun count one thing, and a headline count ending in zeros
    rounds the body's exact count when it is within half its last digit (and 2.5 %)."""
    if not (h.subject and h.explicit_subject):
        return False
    hp = _participle(h)
    for m in body:
        if m.figure.kind != "number" or not m.explicit_subject:
            continue
        if not ((hp is not None and m.subject == hp and not m.state)
                or (not h.state and _participle(m) == h.subject)):
            continue
        if C.rounds(h.figure, m.figure) and C.context_compatible(h, m):
            return True
    return False


def _restates(h, m) -> bool:
    """C.supports, but a headline share is read as truncated only against a body share written
    more precisely: « 46 % » may be the body's « 46,8 % », never its « 47 % », which a headline
    would write as it is (a share of another thing, met by chance one point off)."""
    f, g = h.figure, m.figure
    if f.kind == "percent" and g.kind == "percent" and not f.is_range and not g.is_range \
            and f.tolerance and g.tolerance >= f.tolerance:
        hb, mb = C.mbounds(h), C.mbounds(m)
        return C.overlap(C.core(g), hb) or (
            not math.isinf(mb[0]) and not math.isinf(mb[1]) and C.overlap(C.core(f), mb))
    return C.supports(h, m)


def _short_gain(h, lo, far, body) -> bool:
    """« Plus de 400 000 nouveaux abonnés » against « 3,9 millions d'abonnés, contre 3,6
    millions »: the body gives the stock of the headline's noun before and after, far beyond
    the open headline figure, and the gain between them falls short of it (300 000): the
    headline is that gain, overstated, and the stock does not give it. Unless a value near the
    headline's (« soit 410 000 de plus ») does."""
    noun = h.subject
    if not (noun and h.explicit_subject):
        return False
    gain = False
    prev = {}       # (block, sentence) -> the last count of the noun seen there
    for m in body[:300]:
        g = m.figure
        if g.kind != "number" or g.is_range or g.block is None:
            continue
        v = C.core(g)[0]
        if lo <= v <= far:
            return False
        if m.subject != noun:
            continue
        key = (id(g.block), g.sentence)
        if "contre" in m.cues and key in prev:
            a = prev[key]
            if min(a, v) > far and lo / _FAR <= abs(a - v) < lo:
                gain = True
        prev[key] = v
    return gain


def _elided_sum(h, heads):
    """« 4,18 milliards d'euros de ventes et un bénéfice net de 142 millions »: a bare count in
    millions or billions, its noun unsaid, after a sum in the same headline sentence, is a sum in
    that currency. Returns h read so (a copy), or None."""
    f = h.figure
    if f.kind != "number" or h.subject is not None or f.is_range or not f.numerals \
            or f.numerals[-1].scale < 1e6 or f.numerals[-1].words:
        return None
    for m in heads:
        g = m.figure
        if g.kind == "money" and g.unit and g.block is f.block and g.sentence == f.sentence \
                and g.end <= f.start:
            return replace(h, figure=replace(f, kind="money", unit=g.unit))
    return None


# a headline's bare « dollars » (read as US dollars) or « francs » is the one the body names:
# « 1,25 milliard de dollars » for « 1 248 millions de dollars canadiens »
_NAMED = {"USD": frozenset({"CAD", "AUD", "NZD", "HKD", "SGD"}), "FRF": frozenset({"CHF", "XOF", "XAF"})}
_BARE = ("dollar", "dollars", "franc", "francs")


def _named_currency(h, m) -> bool:
    f, g = h.figure, m.figure
    return f.kind == "money" and g.kind == "money" and g.unit in _NAMED.get(f.unit, ()) \
        and (f.unit_text or "").lower() in _BARE and C.supports(h, m) and _may_restate(h, m)


def _lede_claim(h, measures) -> bool:
    """A standfirst figure to check: the standfirst is prose of its own and often gives context
    the body does not repeat (a whole the body splits, a figure « plus de 3 000 » rounds up), so
    only an exact count, in digits, of a thing the body never speaks of (« 40 000 spectateurs »
    in a race report that has none), in a standfirst that otherwise only sums the body up: its
    other figures are all in the body (« 340 interventions » beside a river level the body does
    not give either is context)."""
    f = h.figure
    if f.kind != "number" or f.approx is not None \
            or f.is_range or not f.numerals or any(n.words for n in f.numerals):
        return False
    whole = _lede_whole(h, measures)
    spent = _lede_dont_whole(h, measures)
    if spent is not None:
        body = [m for m in measures if not _head(m.figure)]
        if not _dont_unsaid(h, spent, body):
            return False
    elif whole is not None:
        # « remporte 316 des 360 communes »: the body gives the whole and no other count of its
        # noun, nor the rest of it (« 44 communes lui échappent »)
        body = [m for m in measures if not _head(m.figure)]
        if not any(m.subject == whole.subject for m in body) or any(
                m.subject == whole.subject and C.core(m.figure) != C.core(whole.figure) for m in body):
            return False
        rest = C.core(whole.figure)[0] - C.core(f)[0]
        if any(m.figure.kind == "number" and C.numeric(m.figure)
               and C.overlap(C.bounds(m.figure), (rest, rest)) for m in body):
            return False
    else:
        if not (h.subject and h.explicit_subject):
            return False
        if h.cues or h.part_of is not None or h.part_kind or h.total_of or h.share_of is not None \
                or h.change_kind:
            return False
        body = [m for m in measures if not _head(m.figure)]
        # an order of magnitude (« des dizaines d'observatoires ») speaks of the thing without
        # counting it: the standfirst's exact count is still a figure the body never gives
        if any(m.subject == h.subject and not _magnitude(m.figure) for m in body):
            return False
    others = [m for m in measures if m.figure.block is f.block and m is not h
              and m.figure.kind in _SUMMED and C.numeric(m.figure)]
    if not others or len(others) > 12:
        return False
    return all(any(_sums_up(o, m) for m in body) for o in others)


def _lede_dont_whole(h, measures):
    """The whole of a standfirst's exact part « W <nom>, dont P pour … » (« 5 610 milliards
    d'investissements, dont 940 milliards pour les routes »), an exact count in digits of its own
    noun in the same standfirst, larger than the part; or None."""
    i = h.part_of
    if h.part_kind != "dont" or i is None or not 0 <= i < len(measures) or h.cues - {"dont"} \
            or h.total_of or h.share_of is not None or h.change_kind:
        return None
    w = measures[i]
    f, g = h.figure, w.figure
    if g.block is not f.block or f.block is None or f.block.kind != "lede" or g.kind != f.kind \
            or g.approx is not None or g.is_range or not g.numerals or any(n.words for n in g.numerals) \
            or not (w.subject and w.explicit_subject) or h.subject not in (None, w.subject) or w.cues \
            or not C.numeric(g) or not C.numeric(f) or not C.core(f)[1] < C.core(g)[0]:
        return None
    return w


def _dont_unsaid(h, w, body) -> bool:
    """The body repeats the whole W of the standfirst's « W, dont P » to the digit, and gives
    nothing of the part: no value written within a tenth of P (a rounding, « près de 900
    milliards »), nor the rest W - P, nor P's share of W (« 17 % », of W's noun or of none)."""
    whole, part = C.core(w.figure), float(C.core(h.figure)[0])
    rest, share = whole[0] - part, 100 * part / whole[0]
    repeated = False
    for m in body:
        g = m.figure
        if not C.numeric(g) and not g.is_range:
            continue
        if g.kind == "percent":
            if m.subject in (None, w.subject) and C.overlap(C.bounds(g), (share - 1.5, share + 1.5)):
                return False
            continue
        if g.kind not in ("number", "money"):
            continue
        if C.core(g) == whole:
            repeated = True
        elif C.overlap(C.core(g), (0.9 * part, 1.1 * part)) or C.overlap(C.bounds(g), (rest, rest)):
            return False
    return repeated


def _sums_up(o, m) -> bool:
    """Does body measure m give standfirst figure o, which sums it up: the same value, or its
    rounding (« 72 millions d'euros » for « 72,1 millions »), the currency of a sum perhaps said
    once before the body's bare count (« … d'euros de fonctionnement et 72,1 millions »)?"""
    f, g = o.figure, m.figure
    if not C.numeric(g):
        return False
    # a bare count in millions or billions with no noun of its own (« 72 millions de
    # visiteurs » is no sum)
    if not _same_kind(f, g) and not (f.kind == "money" and g.kind == "number" and not g.unit
                                     and not m.subject and _scale(f) >= 1e6 and _scale(g) == _scale(f)):
        return False
    if C.overlap(C.core(f), C.bounds(g)):
        return True
    # a rounding: only of an exact, closed figure by an exact, closed one
    return f.approx is None and g.approx is None and not f.is_range and not g.is_range \
        and C.overlap(C.core(g), C.mbounds(o, True))


def _magnitude(f) -> bool:
    """« des dizaines », « plusieurs centaines », « des milliers »: an order of magnitude in
    words, no value of its own (« une cinquantaine » has one: it is a count, rounded)."""
    return f.kind == "number" and f.value is None and f.approx is not None and f.is_range \
        and bool(f.numerals) and all(n.words for n in f.numerals)


def _lede_whole(h, measures):
    """The whole of a standfirst's exact part « N des M <nom> » (« 316 des 360 communes »), told
    in the same standfirst as an exact count in digits of its own noun; or None."""
    i = h.part_of
    if h.part_kind != "des" or i is None or not 0 <= i < len(measures) or h.cues or h.total_of \
            or h.share_of is not None or h.change_kind:
        return None
    w = measures[i]
    f, g = h.figure, w.figure
    if g.block is not f.block or f.block is None or f.block.kind != "lede" or g.kind != "number" \
            or g.approx is not None or g.is_range or not g.numerals or any(n.words for n in g.numerals) \
            or not (w.subject and w.explicit_subject) or h.subject not in (None, w.subject) \
            or not C.numeric(g) or not C.core(f)[1] < C.core(g)[0]:
        return None
    return w


# the kinds of figure a standfirst takes from the body when it sums it up (a date is when)
_SUMMED = frozenset({"number", "money", "percent", "quantity", "duration"})


def _head(f) -> bool:
    """C.headline, inlined: asked of every measure."""
    b = f.block
    return b is not None and b.kind in ("title", "lede", "heading")


# nouns that any count of people may be restated with
_ANY_PEOPLE = frozenset({"personne", "gens", "individu", "habitant"})


# nouns one count is told with: the jobs a plan cuts (« 3 700 emplois »: 2 389 postes, 1 254
# emplois)
_JOBS = frozenset({"emploi", "poste", "salarié", "employé", "travailleur"})
# how far beyond an open headline figure a value of another noun may still be its rounding
_FAR = 1.6


def _of_noun(a, b) -> bool:
    """Does a figure of noun b count the headline's noun a (or any count of people)? A
    headline's « personnes » may be restated by any count; a town's « habitants » restate a
    count of people, not of things (« 74 000 habitants » for « plus de 2 500 projections »)."""
    if not (a and b):
        return False
    return a == b or a in _ANY_PEOPLE or (b in _ANY_PEOPLE and _people(a)) or (a in _JOBS and b in _JOBS)


# endings of nouns of things, never of people (« projection », « logement », « voyage »,
# « voiture », « activité »): with no lexicon of people, only these are surely no people
_THING_ENDS = ("tion", "sion", "ment", "age", "ure", "ité")


def _people(a: str) -> bool:
    """May noun a count people? Unsure is yes (quiet)."""
    return not a.endswith(_THING_ENDS)


def _noun_ok(a, b) -> bool:
    """b counts noun a, or has no noun of its own."""
    return not (a and b) or _of_noun(a, b)


def _may_restate(h, m) -> bool:
    """Can m be h said again? An approximate figure of another thing does not give an exact
    headline figure (« 980 exposants » is not « près de 1 000 policiers »), nor does an order of
    magnitude of any thing (« des dizaines » for « 47 »)."""
    if m.figure.approx is None or h.figure.approx is not None:
        return True
    if _magnitude(m.figure):
        return False    # « des dizaines d'observatoires » does not give « 47 observatoires »
    if not (h.subject and m.subject and h.explicit_subject and m.explicit_subject):
        return True
    return h.subject == m.subject or h.subject in _ANY_PEOPLE or m.subject in _ANY_PEOPLE


def _scale(f) -> float:
    return max((n.scale for n in f.numerals), default=1)


def _drops_currency(h, m) -> bool:
    """A heading that drops the currency the body gives: « 53 milliards de nouvelles dépenses »
    for « 52,9 milliards de dollars de nouvelles dépenses ». The body's sum must be written with
    the same scale word and pay for the heading's noun, or not say what it pays for."""
    f, g = h.figure, m.figure
    if f.kind != "number" or g.kind != "money" or f.unit:
        return False
    s = _scale(f)
    if s < 1e6 or _scale(g) != s:
        return False
    noun = m.notes.get("noun")
    if noun is not None and noun != h.subject:
        return False
    return C.supports(h, m) and _may_restate(h, m)


def _bare_sum(h, body) -> bool:
    """« Un boni de 0,5 million d'euros » for the body's « soit un boni de 0,5 million »: the same
    value of the same named measure, its currency left unsaid, with the same scale word. The
    headline may name the measure after its sum: « 1,3 million de francs de bénéfice »."""
    noun = h.notes.get("measure") or h.notes.get("noun")
    if h.figure.is_range:
        return False
    s = _scale(h.figure)
    if s < 1e6:
        return False
    if noun is None:
        # « le déficit du Canada fond à 1,1 milliard de dollars »: a headline whose measure is not
        # read gives no noun to match; the body's sum of a named measure (« le déficit global de
        # 1,1 milliard ») still gives it in an article that writes the headline's currency with
        # that scale word (« 64,8 milliards de dollars »)
        return any(m.figure.kind == "money" and m.figure.unit == h.figure.unit and _scale(m.figure) == s
                   for m in body) \
            and any(m.notes.get("sum_of") and not m.figure.is_range and _scale(m.figure) == s
                    and C.supports(h, m) for m in body)
    return any(m.notes.get("sum_of") == noun and not m.figure.is_range
               and _scale(m.figure) == s and C.supports(h, m) for m in body)


def _close(h, m) -> bool:
    a, b = C.core(h.figure), C.core(m.figure)
    lo, hi = min(a[1], b[1]), max(a[0], b[0])
    return lo > 0 and hi / lo <= 1.6


def _points_gap(h, hb, body) -> bool:
    """« Un fossé de plus de 12 points entre Romands et Alémaniques »: a whole number of
    « points » (read as a bare count of points) is a gap in percentage points, which the body
    gives in points (« un écart de 12,5 points ») or as the two shares of one sentence it lies
    between (« 54,6 % … 42,1 % »). An open gap is reached only up to _FAR times its value."""
    f = h.figure
    if f.kind != "number" or h.subject != "point" or f.is_range or hb[0] <= 0:
        return False
    top = hb[1] if hb[1] != C.INF else _FAR * hb[0]

    def within(v):
        return hb[0] <= v <= top
    by: dict = {}
    for m in body:
        g = m.figure
        if g.kind != "percent" or g.is_range or not C.numeric(g) or g.block is None:
            continue
        if g.unit == "pp" and within(C.core(g)[0]):
            return True
        if g.unit == "%":
            by.setdefault((id(g.block), g.sentence), []).append(C.core(g)[0])
    # a sentence of a few shares only: among many, some pair is the gap by chance
    return any(len(vs) <= 4 and any(within(abs(a - b)) for a in vs for b in vs if a > b)
               for vs in by.values())


def _derived_share(h, hb, body) -> bool:
    """A headline percent that two body figures give by division or as a change ("retrouve 92 %
    de son trafic": 16,5 millions against 17,9 millions; "+6 %": from 14 200 to 15 100)."""
    if h.figure.kind != "percent" or hb[0] <= 0 or hb[1] == float("inf"):
        return False
    vals = sorted({C.core(m.figure)[0] for m in body[:300] if m.figure.kind in ("number", "money")
                   and not m.figure.is_range and C.numeric(m.figure) and C.core(m.figure)[0] > 0})
    lo, hi = hb[0] / 100, hb[1] / 100
    windows = [(lo, hi), (1 + lo, 1 + hi)]           # a share of b; a change from a to b
    if hi < 1:
        windows.append((1 - hi, 1 - lo))           # a fall of that much
    for a in vals:
        for wlo, whi in windows:
            # b = a / ratio for "a is ratio of b"; b = a * ratio for "from a to b"
            for blo, bhi in ((a / whi, a / wlo), (a * wlo, a * whi)):
                i = bisect.bisect_left(vals, blo)
                if i < len(vals) and vals[i] <= bhi and vals[i] != a:
                    return True
    return False


_VOTE_NOUNS = frozenset({"voix", "suffrage"})


def _vote_share(h, body) -> bool:
    """« élue avec 52,5 % des voix » in the title, « a obtenu 3 520 voix, contre 3 180 à … » in
    the body: a headline share of the votes that one contender's count gives over the sum of
    the contenders' counts told together (one sentence, or a run of list items with one count
    each), or over the « suffrages exprimés » the body counts, within the headline's rounding.
    Only exact counts of votes, two to six of them; a headline share of another thing, an
    approximate or open share, is left to the other tests."""
    f = h.figure
    if f.kind != "percent" or f.unit != "%" or h.subject not in _VOTE_NOUNS or f.is_range \
            or f.approx is not None or h.change_kind or h.share_of is not None:
        return False
    lo, hi = C.bounds(f)
    if not 0 < lo <= hi < 100:
        return False
    groups, cast, last = [], [], None
    for m in body[:400]:
        g = m.figure
        if g.kind != "number" or m.subject not in _VOTE_NOUNS or g.is_range \
                or g.approx is not None or not C.numeric(g) or g.block is None:
            continue
        v = C.core(g)[0]
        if v <= 0:
            continue
        if m.subject == "suffrage" and "exprimé" in m.state:
            cast.append(v)
            continue
        b = g.block
        if last is not None and groups and (
                last.block is b and last.sentence == g.sentence
                or b.kind == "item" and last.block.kind == "item"
                and last.block is not b and b.index == last.block.index + 1):
            groups[-1].append(v)
        else:
            groups.append([v])
        last = g

    def fits(part, whole) -> bool:
        return whole > part and lo <= 100 * part / whole <= hi
    for vs in groups:
        if 2 <= len(vs) <= 6 and any(fits(v, sum(vs)) for v in vs):
            return True
    return any(fits(v, w) for vs in groups for v in vs for w in cast[:3])


def named_share(h, measures):
    """The body's one share of the thing a headline share names (title « perdre 18 % du poids »,
    body « perdu en moyenne 15,2 % de leur poids initial, contre 2,6 % pour ceux du groupe
    placebo »), when share_partner finds none because the body sets it against a control in its
    own sentence. The body must name that thing for one share only (two: holders, unsure
    which; thresholds aside), set against a control share in its sentence but in no
    comparison, part or change of its own, close to the
    headline's (an editor's slip), of its moment, place and source. NUM201 reports the pair;
    _given no longer takes a quotient of two body counts met by chance for the headline's."""
    f = h.figure
    if f.kind != "percent" or not C.headline(f) or h.cues or h.share_of is not None or h.change_kind \
            or f.is_range or f.approx is not None or C.vague(f) or not (h.subject and h.explicit_subject):
        return None
    same = C._SAME_SHARE
    hs = same.get(h.subject, h.subject)
    found = None
    for m in measures[:2000]:
        g = m.figure
        if g.kind != "percent" or g.unit != f.unit or g.block is None \
                or g.block.kind not in ("paragraph", "item") or not (m.subject and m.explicit_subject) \
                or same.get(m.subject, m.subject) != hs:
            continue
        if g.approx in ("at_least", "at_most"):
            continue    # a threshold (« au moins 5 % de leur poids »), not a value of the thing
        if found is not None:
            return None
        found = m
    if found is None:
        return None
    g = found.figure
    if found.cues & C._NOT_THE_SHARE or found.share_of is not None or found.change_kind \
            or found.part_of is not None or "autre" in found.qualifiers or g.is_range \
            or g.approx is not None or C.vague(g) or not h.state <= found.state:
        return None
    # set against a control in its sentence (« contre 2,6 % sous placebo »): the news the
    # headline reports, as in NUM201's _lead_share. A named share told alone may be one of
    # several holders' (a referendum's cantons, a town's candidates): share_partner's and
    # share_slip's, which ask more.
    if not any(m.figure.block is g.block and m.figure.sentence == g.sentence
               and m.figure.start > g.start and "contre" in m.cues and m.figure.kind == "percent"
               for m in measures[:2000]):
        return None
    if found.place != h.place or (h.time and found.time and h.time != found.time) \
            or (h.source and found.source and h.source != found.source) \
            or (bool(h.time) != bool(found.time) and C._a_year(h.time or found.time)):
        return None
    if not C._near(C.core(f), C.core(g)) or C.overlap(C.mbounds(h, True), C.mbounds(found, True)):
        return None
    return found


def _pair_sum(h, hb, body, far=None) -> bool:
    """Two body figures of the measure's kind that add up to it, wherever they stand
    ("près de 3 700 emplois supprimés": 2 389 chez l'un, 1 254 chez l'autre). For an open
    headline figure, each of its noun or of none, and beyond `far` both of its noun."""
    if h.figure.kind not in ("number", "money"):
        return False
    hs = h.subject if far is not None else None
    # a vague figure (« une trentaine de véhicules ») is too loose to be one term of a sum
    terms = [m for m in body[:300] if _same_kind(h.figure, m.figure) and not m.figure.is_range
             and C.numeric(m.figure) and not C.vague(m.figure) and _noun_ok(hs, m.subject)]
    if far is None:
        return _two_add_up([C.core(m.figure)[0] for m in terms], hb)
    return _two_add_up([C.core(m.figure)[0] for m in terms], (hb[0], far)) or _two_add_up(
        [C.core(m.figure)[0] for m in terms if _of_noun(hs, m.subject)], hb)


def _parts_sum(h, hb, body, measures) -> bool:
    """A closed headline sum that the parts of a body total add up to, whatever that total
    says (« promettent 84 millions d'euros »: « 45 millions d'euros, l'Allemagne 18 millions, la
    France 15 millions et la Belgique 6 millions, soit 81 millions d'euros au total »): the body
    gives the figure by its parts, and a total that misadds them is NUM301's business. The
    parts are the ones the measures link to the total, of its kind or bare counts (the currency
    said once)."""
    f = h.figure
    if f.kind not in ("number", "money") or hb[1] == C.INF:
        return False
    for m in body:
        if not m.total_of or not _same_kind(f, m.figure):
            continue
        parts = [measures[i].figure for i in m.total_of if 0 <= i < len(measures)]
        if len(parts) < 2 or not all(C.numeric(p) and not C.malformed(p) and not p.is_range
                                     and (_same_kind(m.figure, p) or p.kind == "number")
                                     for p in parts):
            continue
        if C.overlap(hb, C.add([C.bounds(p) for p in parts])):
            return True
    return False


def _two_add_up(vals, hb) -> bool:
    vals = sorted(v for v in vals if 0 < v < hb[1])
    i, j = 0, len(vals) - 1
    while i < j:                 # two pointers: linear after the sort
        s = vals[i] + vals[j]
        if hb[0] <= s <= hb[1]:
            return True
        if s < hb[0]:
            i += 1
        else:
            j -= 1
    return False


def _rate_multiple(h, hb, body, far=None) -> bool:
    """"400.000 festivaliers en deux week-ends" against "200.000 personnes par week-end"
    (for an open headline figure, beyond `far` a rate of its own noun)."""
    for m in body:
        if "par" in m.cues and _same_kind(h.figure, m.figure) and C.numeric(m.figure):
            v = C.core(m.figure)[0]
            top = hb[1] if far is None or _of_noun(h.subject, m.subject) else far
            if v > 0 and any(hb[0] <= v * k <= top for k in range(2, 13)):
                return True
    return False


_CHANGE_CUES = frozenset({"change by", "change"})


def _change_pair(h, hb, body, measures, same_noun=False) -> bool:
    """A headline change amount (« un prix relevé de 25 francs ») that the body gives as the
    difference of a before/after pair of the same kind and unit: « 305 francs, contre 280 »,
    « passé de 280 à 305 francs », or the two ends of a change the measures link. `same_noun`:
    both figures of the headline's noun, said or carried (not a bare count)."""
    f = h.figure
    if f.kind not in ("number", "money") or hb[0] <= 0:
        return False

    def fit(a, b) -> bool:
        if not (_same_kind(f, a) and _same_kind(f, b) and a.unit == b.unit
                and C.numeric(a) and C.numeric(b)):
            return False
        (alo, ahi), (blo, bhi) = C.core(a), C.core(b)
        return C.overlap(hb, (max(0.0, alo - bhi, blo - ahi), max(ahi - blo, bhi - alo)))

    prev = {}       # (block, sentence, kind, unit) -> the last figure seen there
    for m in body[:300]:
        g = m.figure
        if f.kind == "number" and not (m.subject == h.subject if same_noun else _noun_ok(h.subject, m.subject)):
            continue
        if g.range_kind == "change" and g.low is not None and g.high is not None and _same_kind(f, g):
            if C.overlap(hb, (abs(g.high - g.low),) * 2):     # « passé de 280 à 305 francs »
                return True
        if m.change_from is not None and m.change_to is not None \
                and max(m.change_from, m.change_to) < len(measures) \
                and fit(measures[m.change_from].figure, measures[m.change_to].figure):
            return True
        key = (id(g.block), g.sentence, g.kind, g.unit)
        if "contre" in m.cues and key in prev and fit(prev[key], g):
            return True
        prev[key] = g
    return False


def _same_kind(a, b) -> bool:
    if a.kind == "number":
        return b.kind == "number"
    return a.kind == b.kind and a.unit == b.unit


def _sentence_sums(body) -> list:
    by: dict = {}
    for m in body:
        f = m.figure
        if f.kind in ("number", "money") and f.block is not None:
            by.setdefault((id(f.block), f.sentence, f.kind, f.unit), []).append(m)
    out = []
    for (_, _, kind, unit), ms in by.items():
        if 2 <= len(ms) <= 12:
            for a in range(len(ms)):
                for b in range(a + 2, len(ms) + 1):
                    run = ms[a:b]
                    out.append(((kind, unit), C.add([C.bounds(x.figure) for x in run]),
                                {x.subject for x in run}))
    return out
