"""NUM304 percent-sum: the shares of one breakdown adding to more than 100 %."""
from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from operator import attrgetter

from numlint.measures import compare as C
from numlint.rules import _fmt
from numlint.rules.base import Context, Rule

# thresholds ("aucun ne dépasse 3 %") and comparisons are not parts of the breakdown
_NOT_A_SHARE = frozenset({"change", "change by", "contre", "de", "chacun", "dépasse", "sous"})


def _follows(a, b, busy=frozenset()) -> bool:
    """b's sentence comes right after a's: same paragraph, or the next paragraph's first; one
    sentence without any figure may stand between (« La Cour doit encore les valider. »)."""
    if a.block is b.block:
        return b.sentence == a.sentence + 1 or (
            b.sentence == a.sentence + 2 and (id(a.block), a.sentence + 1) not in busy)
    if a.block is None or b.block is None or b.block.index != a.block.index + 1 or b.sentence != 0:
        return False
    last = max(len(a.block.sentences) - 1, 0)
    return a.sentence == last or (a.sentence == last - 1 and (id(a.block), last) not in busy)


class PercentSum(Rule):
    """Les parts d'une même répartition dont la somme dépasse 100 %.

    Vérifie les énumérations de pourcentages d'une même phrase (résultats d'un scrutin, réponses
    d'un sondage, répartition d'une population), prolongées par la phrase suivante quand elle
    reprend « les autres » ou poursuit la répartition par « en » (« 46 % des ventes. Les
    États-Unis en représentent 38 % et l'Europe 16 % », ou trois parts et plus : « Les hybrides
    en ont représenté 11 %, les diesels 15 % et … ») ou donne le reste des listes d'un scrutin
    après les deux premières (« Le SDF obtient 14,2 % et le PCRN 9,6 % ») ou les réponses d'un
    sondage après la première, jusqu'aux sans-opinion (« 35 % des sondés lui font confiance. 62 %
    ne lui font pas confiance et 8 % ne se prononcent pas »), et les deux parts d'un duel (« 58 % de possession contre 47 % pour
    Bruges », « 55 % des voix contre 48 % pour son adversaire ») : au-delà de l'arrondi (0,5 point par part écrite à l'unité), la somme
    ne peut pas dépasser 100 %. Les évolutions (« en hausse de »), les comparaisons (« contre »,
    sauf la part d'un rival du même scrutin : « contre 38 % pour Dupont », « pour son adversaire »), la participation (une part des inscrits) et les taux de choses différentes, qui dépassent largement 100 % ensemble, sont laissés de
    côté.

    Pourquoi : un score recopié d'un autre scrutin ou d'une autre circonscription se voit à
    l'addition.

    Se déclenche : « 48 % soutiennent le mouvement, 39 % s'y opposent et 17 % ne se prononcent
    pas » (104 %).
    Reste muet : « 33,3 %, 33,3 % et 33,3 % ».
    ---
    The shares of one breakdown adding up to more than 100 %.

    Checks lists of percentages in one sentence (election results, poll answers, a population's
    split), extended by the next sentence when it speaks of "the others" or goes on with the
    split by "en" ("46 % des ventes. Les États-Unis en représentent 38 % …", or three shares
    or more: "Les hybrides en ont représenté 11 %, les diesels 15 % et …") or gives the rest of
    a vote's lists after the first two ("Le SDF obtient 14,2 % et le PCRN 9,6 %") or a poll's
    answers after the first, down to those with no opinion ("… 62 % ne lui font pas confiance et
    8 % ne se prononcent pas"), and the two shares of
    a duel ("58 % de possession contre 47 % pour Bruges"): beyond rounding, the
    sum cannot exceed 100 %. Changes, comparisons (except a rival's share in the same vote:
    "contre 38 % pour Dupont", "pour son adversaire"), the turnout (a share of the registered
    voters) and rates of different things are left alone.

    Why: a score copied from another election or district shows in the sum.

    Fires: "48 % soutiennent le mouvement, 39 % s'y opposent et 17 % ne se prononcent pas".
    Quiet: "33,3 %, 33,3 % et 33,3 %".
    """
    code = "NUM304"
    name = "percent-sum"
    severity = "warning"
    fires = (
        "Sondage : les Français partagés sur la réforme\n"
        "Un sondage publié mercredi mesure le soutien au mouvement.\n"
        "Selon ce sondage, 48 % des Français soutiennent le mouvement, 39 % s'y opposent et 17 % "
        "ne se prononcent pas.\n",
    )
    quiet = (
        "Sondage : les Français partagés sur la réforme\n"
        "Un sondage publié mercredi mesure le soutien au mouvement.\n"
        "Selon ce sondage, 33,3 % des Français soutiennent le mouvement, 33,3 % s'y opposent et "
        "33,3 % ne se prononcent pas.\n",
    )

    def check(self, ctx: Context):
        groups: dict[tuple, list] = {}
        sizes = _sentence_sizes(list(map(_FIGURE, ctx.measures)))    # how many figures each sentence holds
        busy = sizes        # the sentences holding any figure
        for m in ctx.of_kinds(("percent",)):
            f = m.figure
            # a gap in percentage points (« +0,4 point », « se tiennent en 2,3 points ») is no share
            if f.unit == "pp" or f.block is None or not C.numeric(f) or f.is_range:
                continue
            # « contre 38 % pour Dupont », « contre 43 % pour le non »
            cues = m.cues - {"contre"} if "rival" in m.cues or m.notes.get("side") else m.cues
            if "respectivement" in cues and _entrants(ctx, f):
                cues = cues - {"chacun"}    # « les trois listes ont respectivement obtenu … »
            if cues & _NOT_A_SHARE or m.change_kind or m.share_part is not None or f.approx == "at_most":
                continue
            # « contre 731 millions (+11,1 %) »: a signed percentage is a change, never a share
            if f.signed:
                continue
            # a turnout, a share of the registered voters, is no part of a split of the votes cast
            base = ctx.measures[m.share_of].subject if m.share_of is not None \
                and 0 <= m.share_of < len(ctx.measures) else m.subject
            if base in _REGISTERED:
                continue
            g = groups.setdefault((id(f.block), f.sentence), [])
            if g and "restants" in g[-1].cues:
                continue    # « les 11 % restants » closes the split: what follows is no share of it
            g.append(m)
        keys = sorted(groups, key=lambda k: (groups[k][0].figure.start))
        merged: list[list] = []
        chain: list[list] = []      # consecutive sentences of shares, ended by "les autres"
        prev = None
        for key in keys:
            ms = groups[key]
            if prev is not None and _en_goes_on(prev, ms):
                merged.append((prev + ms, False))
            prev = ms
            if chain and _follows(chain[-1][-1].figure, ms[0].figure, busy) and len(chain) < 5:
                chain.append(ms)
            else:
                chain = [ms]
            if any("autres" in m.cues for m in ms) and len(chain) > 1:
                if len(chain) > 2 and _splits_a_share(chain):
                    chain = chain[1:]   # the first sentence is a whole of its own
                merged.append(([m for g in chain for m in g], True))
                chain = []
            elif len(ms) >= 3 or _duel(ms) or _yes_no(ms):
                merged.append((list(ms), False))
            if len(ms) >= 3:
                pair = _ballot_pair(ms)     # « le oui 58 %, le non 44 %, la participation 47 % »
                if pair:
                    merged.append((pair, False))
            elif len(chain) == 2 and _one_more(chain[0], ms, sizes):
                merged.append((chain[0] + ms, False))
            elif len(chain) == 2 and _no_opinion_closes(chain[0], ms):
                merged.append((chain[0] + ms, False))
            elif len(chain) == 2 and _more_same_less(chain[0], ms):
                merged.append((chain[0] + ms, False))
        merged += _announced_field(ctx, groups, keys, busy)
        merged += _counted_field(ctx.measures)
        merged += _rest_after_winner(ctx.measures, groups, keys)
        merged += _field_by_sentences(groups, keys)
        merged += _share_list(groups, keys)
        said = set()        # the shares of the splits reported
        for ms, closed in merged:
            if (len(ms) < 3 and not _duel(ms) and not _yes_no(ms)) or any(C.malformed(m.figure) for m in ms):
                continue
            # « 41 % chez les ouvriers, 38 % chez les employés »: each a share of its own group
            if len({m.notes.get("among") for m in ms} - {None}) > 1:
                continue
            values = [float(m.figure.value) for m in ms]
            # a share of 80 % or more is likelier a rate than a part, unless « les autres » says
            # the sentences split one whole
            if max(values) >= 80 and not closed:
                continue
            low = sum(C.bounds(m.figure)[0] for m in ms)
            total = sum(values)
            # beyond rounding, and close enough to 100 to be one breakdown, not a list of rates
            if not 100 + 1e-9 < low:
                continue
            if total > 115 and not (closed and total <= _CLOSED_LIMIT and _one_whole(ms, said)):
                continue
            said.update(map(id, ms))
            terms = " + ".join(_fmt.quote(m.figure.text) for m in ms)
            fr = f"{terms} = {C.pct(total)} : les parts d'une même répartition dépassent 100 %"
            en = f"{terms} = {C.pct(total, 'en')}: the shares of one breakdown exceed 100%"
            # a list of items announced as one split: reported at its first item, where it opens
            at = ms[0] if ms[0].notes.get("share_list") is not None else ms[-1]
            yield self.diagnostic(ctx, at.figure, fr, en,
                                  related=[(m.figure, "part", "share") for m in ms if m is not at])


_FIGURE = attrgetter("figure")


def _sentence_sizes(figures) -> Counter:
    """(id(block), sentence) -> how many figures it holds, figures out of any block left out:
    counted in C, by one pass of iterators (the rule asks it of every article)."""
    block, sentence = attrgetter("block"), attrgetter("sentence")
    sizes = Counter(zip(map(id, map(block, figures)), map(sentence, figures)))
    none = id(None)
    for k in [k for k in sizes if k[0] == none]:
        del sizes[k]
    return sizes


def _en_goes_on(before, ms) -> bool:
    """« Le Canada fait 46 % des ventes. Les États-Unis en représentent 38 % et l'Europe 16 %. »:
    the next sentence splits further, by « en », the whole its one share named (« des ventes »);
    two more shares, of no noun of their own, at the same moment, the first one said of a name
    (« Les moins de 30 ans en représentent 30 % » may cut the whole another way)."""
    if len(before) != 1 or not 2 <= len(ms) <= 5:
        return False
    a, b = before[0], ms[0]
    fa, fb = a.figure, b.figure
    # « Les hybrides en ont représenté 11,2 %, les diesels 14,9 % et … »: three shares or more
    # after « en » list the rest of the split, named by a name or not
    return "en" in b.cues and (b.notes.get("en_by_name") or len(ms) >= 3) and fa.block is fb.block and fb.sentence == fa.sentence + 1 \
        and a.subject is not None and a.explicit_subject and not a.cues \
        and all(m.subject is None and m.time == a.time and m.place == a.place and m.source == a.source
                and not m.notes.get("among") for m in ms)


def _splits_a_share(chain) -> bool:
    """« Les Français font 86 % des nuitées, les étrangers 14 %. Parmi eux, les Allemands 4,1 %,
    … Les autres, 1,2 % »: the first sentence's shares make 100 % on their own (a whole closed
    within rounding), and the sentences after it, closed by « les autres », add up to one of its
    shares: they split that share, a second breakdown, not more parts of the first."""
    whole = [C.bounds(m.figure) for m in chain[0]]
    if not sum(b[0] for b in whole) <= 100 <= sum(b[1] for b in whole) + 1e-9:
        return False
    rest = [C.bounds(m.figure) for g in chain[1:] for m in g]
    lo, hi = sum(b[0] for b in rest), sum(b[1] for b in rest)
    return any(lo <= b[1] + 1e-9 and b[0] <= hi + 1e-9 for b in whole)


# a split closed by « les autres » is one breakdown by its own words: a swapped digit (24 %
# typed 42 %) may take it further past 100 than a bare list may go
_CLOSED_LIMIT = 130


def _one_whole(ms, said) -> bool:
    """The shares of a closed split past 115 %, told of one moment and one place (« 33 % en
    2021, 30 % en 2022 … Les autres années, 30 % » are rates of moments), none of them in
    a split already reported (its first sentence alone past 100 %)."""
    return len({m.time for m in ms} - {None}) <= 1 and len({m.place for m in ms} - {None}) <= 1 \
        and not any(id(m) in said for m in ms)


# what two contenders share between them: the ball, the votes
_DUEL_WHOLES = frozenset({"possession", "voix", "suffrage", "intention"})


def _duel(ms) -> bool:
    """« 58 % de possession contre 47 % pour Bruges »: a share of a whole two contenders split,
    then a rival's share of the same one; two rates (« de réussite ») split nothing."""
    return len(ms) == 2 and ms[0].subject in _DUEL_WHOLES and "contre" not in ms[0].cues \
        and "rival" in ms[1].cues and ms[0].time == ms[1].time


def _side(m):
    """The ballot side a share is told of: « 56,4 % de oui », « le « non » n'en recueillant que
    44,7 % », « 45 % pour le non » (notes["side"], read by the measure stage)."""
    side = m.notes.get("side")
    if side is None and m.explicit_subject and m.subject in ("oui", "non"):
        side = m.subject
    return side


def _yes_no(ms) -> bool:
    """« 56,4 % de oui et 43,6 % de non », « le oui a obtenu 58 % des voix, le non 44 % »: the
    only two shares of a sentence, a ballot's yes and no, of one moment, place and source and of
    no group, split the votes cast."""
    if len(ms) != 2:
        return False
    a, b = ms
    return {_side(a), _side(b)} == {"oui", "non"} and a.time == b.time and a.place == b.place \
        and a.source == b.source and not a.notes.get("among") and not b.notes.get("among")


def _ballot_pair(ms) -> list | None:
    """The one yes and the one no share of a sentence of more shares, when each side is told
    once (the others: a turnout, a past vote), else None."""
    yes = [m for m in ms if _side(m) == "oui"]
    no = [m for m in ms if _side(m) == "non"]
    if len(yes) != 1 or len(no) != 1:
        return None
    pair = sorted(yes + no, key=lambda m: m.figure.start)
    return pair if _yes_no(pair) else None


def _one_more(split, ms, sizes) -> bool:
    """« A 33 % des intentions de vote, B 24 %, C 16 % et D 17 %. E obtient 15 %. »: the next
    sentence, holding nothing but one contender's score in the same poll, adds a share to the
    vote split before it (which does not pass 100 % on its own). So does a sentence that opens on
    one more contender's score and gives, by ellipsis, the next ones' (« Le SDF obtient 14,2 % et
    le PCRN 9,6 %. ») after a split of two or more whose first share is of the votes and whose
    last is above them all: the rest of the field, in the order of the results, in the place the
    split named when it names none of its own."""
    if len(split) < 2 or not 1 <= len(ms) <= 3 or not any(m.subject in _VOTE_WHOLES for m in split):
        return False
    first, m, f = split[0], ms[0], ms[0].figure
    if len(split) == 2 or len(ms) > 1:
        if first.subject not in _VOTE_WHOLES or not first.explicit_subject \
                or split[1].subject not in (None, first.subject) \
                or min(C.bounds(x.figure)[0] for x in split) < max(C.bounds(x.figure)[1] for x in ms) \
                or any(x.subject is not None or x.cues or x.notes.get("among")
                       or x.time != first.time or x.place not in (None, first.place) for x in ms[1:]):
            return False
    return "score" in m.cues and m.subject in (None, first.subject) \
        and sizes.get((id(f.block), f.sentence)) == len(ms) \
        and m.time == first.time and m.source in (None, first.source) \
        and (m.place == first.place or m.place is None and (len(split) == 2 or len(ms) > 1)) \
        and not any(x.notes.get("among") for x in split) \
        and sum(C.bounds(x.figure)[0] for x in split) <= 100


_VOTE_WHOLES = frozenset({"voix", "suffrage", "intention"})
_RIVALS = frozenset({"adversaire", "rival", "concurrent", "challenger", "poursuivant"})


def _announced_field(ctx, groups, keys, busy) -> list:
    """« X a recueilli 90,69 % des suffrages. Ses deux adversaires sont loin derrière. Y obtient
    7,35 % des voix … Z n'en recueille que 1,97 % »: the winner's share of the votes, then a
    sentence counting the rivals in words, alone with its figure, then exactly that many sentences
    of one share each, one after the other: the whole field of one vote (closed)."""
    out = []
    at = {k: n for n, k in enumerate(keys)}
    for n in ctx.measures:
        f = n.figure
        if f.kind != "number" or n.subject not in _RIVALS or f.block is None or f.approx is not None \
                or not f.numerals or not all(x.words for x in f.numerals) or f.value not in (1, 2, 3, 4) \
                or busy.get((id(f.block), f.sentence)) != 1:
            continue
        before = [k for k in keys if groups[k][0].figure.start < f.start]
        if not before:
            continue
        won = groups[before[-1]]
        w = won[-1]
        if len(won) != 1 or w.subject not in _VOTE_WHOLES or not w.explicit_subject \
                or w.notes.get("among") or not _follows(w.figure, f, busy):
            continue
        field, last = [w], f
        for k in keys[at[before[-1]] + 1:at[before[-1]] + 1 + int(f.value)]:
            g = groups[k]
            r = g[0]
            if len(g) != 1 or not _follows(last, r.figure, busy) or r.subject not in (None, *_VOTE_WHOLES) \
                    or r.time not in (None, w.time) or r.place not in (None, w.place) \
                    or r.source not in (None, w.source) or r.notes.get("among"):
                break
            field.append(r)
            last = r.figure
        if len(field) == int(f.value) + 1:
            out.append((field, True))
    return out


def _vote_count(ms, i: int, step: int):
    """The count of votes told right beside the share ms[i] (« 41 131 voix, soit 41,8 % »,
    « 33 062 voix (33,6 %) », « les 2,5 % restants, avec 2 460 voix »), else None."""
    j = i + step
    if not 0 <= j < len(ms):
        return None
    c, f = ms[j], ms[i].figure
    g = c.figure
    if g.kind != "number" or c.subject not in _VOTE or g.approx is not None or g.is_range \
            or not C.numeric(g) or g.value < 100 or not C.same_sentence(f, g):
        return None
    gap = f.start - g.end if step < 0 else g.start - f.end
    return g if 0 <= gap <= 20 else None


def _counted_field(ms) -> list:
    """« A 41 131 voix, soit 41,8 % … B 33 062 voix (33,6 %). [other paragraphs] C 14 662 voix,
    soit 14,9 % … les 2,5 % restants, avec 2 460 voix »: a vote's results told over several
    paragraphs, each share beside its count of votes, closed by « restants ». Walking back from
    the closing share over the shares so counted (any other percentage stops it), all but at
    most one of them, and both ends, give one same whole (votes / share): one vote's field."""
    out = []
    for i, m in enumerate(ms):
        if m.figure.kind != "percent" or "restants" not in m.cues or _vote_count(ms, i, 1) is None:
            continue
        field = [(m, _vote_count(ms, i, 1))]
        for k in range(i - 1, max(i - 80, -1), -1):     # bounded: linear on a file of many
            x = ms[k]
            if x.figure.kind != "percent":
                continue
            c = _vote_count(ms, k, -1)
            if c is None or x.cues - {"soit"} or x.change_kind or not C.numeric(x.figure) or x.figure.is_range:
                break
            field.append((x, c))
            if len(field) > 12:
                break
        if len(field) < 4 or len({x.place for x, _ in field} - {None}) > 1:
            continue
        wholes = sorted(float(c.value) * 100 / float(x.figure.value) for x, c in field if x.figure.value)
        mid = wholes[len(wholes) // 2]
        if sum(abs(w - mid) > 0.01 * mid for w in wholes) > 1 or len(wholes) < len(field):
            continue
        # the share that closes the field and the first one walked back to give that whole: a
        # share of another vote told before (another district, round) is no miscopied share
        ends = [float(c.value) * 100 / float(x.figure.value) for x, c in (field[0], field[-1])]
        if any(abs(w - mid) > 0.01 * mid for w in ends):
            continue
        out.append(([x for x, _ in reversed(field)], True))
    return out


def _rest_after_winner(ms, groups, keys) -> list:
    """« A a remporté le scrutin avec 47,2 % des voix. [paragraphs] B recueille 39,6 % des voix,
    C 6,9 % et D 3,1 % ; les petites listes se partagent les 7,2 % restants »: a sentence of the
    other lists' shares of the votes, closed by « restants », after the article's one earlier share
    of the votes, the last percentage before it: the rest of that field (not of another vote:
    one moment and place, no share said again). Only a sum a little past 100 %: a sentence that
    makes 100 % on its own leaves no room for the earlier share."""
    out, index = [], None
    for key in keys:
        g = groups[key]
        first, last = g[0], g[-1]
        if len(g) < 3 or "restants" not in last.cues or first.subject not in _VOTE_WHOLES \
                or not first.explicit_subject or first.cues:
            continue
        if any(m.cues or m.subject is not None or m.notes.get("among") for m in g[1:-1]) \
                or any(m.place != first.place or m.time not in (None, first.time) for m in g) \
                or sum(C.bounds(m.figure)[0] for m in g) > 100:
            continue
        if index is None:       # built once, searched by bisection: linear on a file of many
            pcts = sorted((m for m in ms if m.figure.kind == "percent" and m.figure.block is not None),
                          key=lambda m: m.figure.start)
            starts, seen, index = [m.figure.start for m in pcts], [0], pcts
            for m in pcts:
                seen.append(seen[-1] + (m.subject in _VOTE_WHOLES))
        j = bisect_left(starts, first.figure.start)
        w = index[j - 1] if j else None
        if w is None or seen[j] != 1 or w.subject not in _VOTE_WHOLES:
            continue        # the one share of the votes before, and the last percentage
        if not w.explicit_subject or w.cues or w.change_kind or w.share_of is not None \
                or w.notes.get("among") or not C.numeric(w.figure) or w.figure.is_range \
                or w.place != first.place or first.time not in (None, w.time) \
                or any(m.figure.value == w.figure.value for m in g):
            continue
        out.append(([w] + list(g), False))
    return out


def _field_by_sentences(groups, keys) -> list:
    """« A arrive en tête avec 41,8 % des suffrages exprimés. B, soutenue par …, recueille
    29,6 %. C obtient 18,9 %, et D en réunit 13,2 %. »: the winner's share of the votes, its base
    named, then, sentence after sentence of one paragraph, the other lists' bare shares, each told
    by a contender's verb (« obtient », « recueille », « réunit »), in the order of the results
    (none above the one before), of no other moment, place or source: one vote's field. A share of
    another base (« 10 % des inscrits ») or of another noun ends it; so does any share out of order
    (a second round's winner)."""
    out = []
    for n, key in enumerate(keys):
        g = groups[key]
        w = g[0]
        if len(g) != 1 or w.subject not in _VOTE_WHOLES or not w.explicit_subject or w.cues \
                or w.change_kind or w.share_of is not None or w.notes.get("among"):
            continue
        field, last, skipped = [w], w.figure, False
        for k in keys[n + 1:n + 6]:
            r = groups[k]
            f = r[0].figure
            if len(r) > 2 or not _next_sentence(last, f):
                break
            if len(r) == 1 and not skipped and len(field) == 1 and r[0].figure.value > w.figure.value:
                # « Sa liste avait obtenu 47 % en mars. »: right after the winner's, a share
                # above it is no rival's in this vote (another moment): passed over, once
                skipped, last = True, f
                continue
            if any(m.subject is not None or m.cues - {"score"} or not m.notes.get("score_verb") or m.notes.get("among")
                   or m.time not in (None, w.time) or m.place not in (None, w.place)
                   or m.source not in (None, w.source) for m in r):
                break
            field += r
            last = r[-1].figure
        if len(field) < 3:
            continue
        values = [float(m.figure.value) for m in field]
        if any(b > a for a, b in zip(values, values[1:])):
            continue
        out.append((field, False))
    return out


def _next_sentence(a, b) -> bool:
    """b's sentence right after a's: in its paragraph, or opening the next paragraph."""
    if a.block is b.block:
        return b.sentence == a.sentence + 1
    return b.block is not None and a.block is not None and b.block.kind == a.block.kind == "paragraph" \
        and b.block.index == a.block.index + 1 and b.sentence == 0 \
        and a.sentence == max(len(a.block.sentences) - 1, 0)


def _share_list(groups, keys) -> list:
    """« Les partis ont obtenu les parts suivantes : » then one item per share (« SNP : 37,2 % »):
    the shares the measure stage marks (notes["share_list"]) as one announced split, of one
    moment, place and source, none among a group."""
    lists: dict = {}
    for key in keys:
        for m in groups[key]:
            w = m.notes.get("share_list")
            if w is not None:
                lists.setdefault(w, []).append(m)
    out = []
    for ms in lists.values():
        if len(ms) < 3 or len({(m.time, m.place, m.source) for m in ms}) != 1 \
                or any(m.notes.get("among") or m.subject is not None for m in ms):
            continue
        out.append((ms, False))
    return out


def _no_opinion_closes(split, ms) -> bool:
    """« X recueille la confiance de 35 % des sondés. 62 % ne lui font pas confiance et 8 % ne se
    prononcent pas. »: a poll's answers told over two sentences, the second closed by those with
    no opinion; three shares in all (yes, no, no opinion), the ones after the first told of no
    noun of their own, at one moment, place and source, none of them among a group."""
    if len(split) + len(ms) != 3 or not ms[-1].notes.get("no_opinion"):
        return False
    first = split[0]
    every = list(split) + list(ms)
    return not any(m.notes.get("no_opinion") for m in every[:-1]) \
        and all(m.subject in (None, first.subject) and not m.notes.get("among")
                and m.time == first.time and m.place == first.place
                and m.source in (None, first.source) for m in every[1:]) \
        and not first.notes.get("among")

_MORE_SAME_LESS = frozenset({"more", "same", "less"})


def _more_same_less(split, ms) -> bool:
    """« 38 % des Belges comptent dépenser moins. Ils sont 47 % à prévoir un budget identique et
    22 % à envisager de dépenser davantage. »: one question's three answers (less, the same,
    more) over two sentences, each share told of one of them, at one moment, place and source,
    of no other noun, none among a group."""
    every = list(split) + list(ms)
    if len(every) != 3 or {m.notes.get("answer") for m in every} != _MORE_SAME_LESS:
        return False
    first = every[0]
    return not first.notes.get("among") \
        and all(m.subject in (None, first.subject) and not m.notes.get("among")
                and m.time == first.time and m.place == first.place
                and m.source in (None, first.source) for m in every[1:])


# who shares one vote: « les trois listes ont respectivement obtenu 48 %, 37 % et 17 % »
_ENTRANTS = frozenset({"liste", "candidat", "candidate"})
_VOTE = frozenset({"suffrage", "voix"})
_REGISTERED = frozenset({"inscrit"})


def _entrants(ctx, f) -> bool:
    """The sentence counts N lists or candidates and gives N percentages, one of them of the
    votes: the values pair with the entrants of one vote, so they split it."""
    key = ("_entrants", id(f.block), f.sentence)
    hit = ctx.cache.get(key)
    if hit is None:
        index = ctx.cache.get("_304_sentences")
        if index is None:       # built once: a file of many such sentences stays linear
            index = ctx.cache["_304_sentences"] = {}
            for m in ctx.measures:
                index.setdefault((id(m.figure.block), m.figure.sentence), []).append(m)
        same = index.get((id(f.block), f.sentence), ())
        pcts = [m for m in same if m.figure.kind == "percent"]
        hit = len(pcts) >= 3 and any(m.subject in _VOTE for m in pcts) and any(
            m.figure.kind == "number" and m.subject in _ENTRANTS and m.figure.value == len(pcts)
            for m in same)
        ctx.cache[key] = hit
    return hit
