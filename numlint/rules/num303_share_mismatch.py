"""NUM303 share-mismatch: a share that does not match its part and whole."""
from __future__ import annotations

import bisect
import math

from numlint.measures import compare as C
from numlint.measures import _PARMI_PEOPLE
from numlint.measures.lemmas import ACTION_NOUNS, noun_lemma
from numlint.rules import _fmt
from numlint.rules.base import Context, Rule

_FRACTION_FR = {1 / 2: "la moitié", 1 / 3: "un tiers", 1 / 4: "un quart", 2 / 3: "deux tiers",
                3 / 4: "trois quarts", 1 / 5: "un cinquième", 1 / 10: "un dixième"}


# actions news tells by either word (« vols annulés », « suppressions » of the same flights)
_SAME_ACT = {"annulé": frozenset({"supprimé"}), "supprimé": frozenset({"annulé"})}


class ShareMismatch(Rule):
    """Une part (pourcentage ou fraction) qui ne correspond pas à la partie et au tout.

    Vérifie « 4.000 des 11.000 soldats, soit 36 % », « sur les 577 circonscriptions, 76 …,
    soit 13 % », « un quart des 33 sièges, soit 8 », « 17 des 33, soit plus de la moitié » : le
    rapport partie / tout doit retomber sur la part annoncée, à la précision écrite près. Une
    part d'un petit nombre doit aussi être atteignable : « 37 % des 12 députés » est impossible
    (aucun nombre de députés sur 12 ne donne 37 %). Un tout nommé par un nom (« soit 24 % du
    total », « de la récolte nationale ») est cherché plus haut dans l'article : la part n'est
    vérifiée que si un seul chiffre peut être ce tout (même nature, même moment, ni « contre », ni
    partie d'autre chose) ; un nom dit total (« des ventes totales ») ne prend qu'un chiffre dit
    de ce nom (« des ventes de 30 900 tonnes »). Une part d'une population nommée par un seul nom
    (« soit 14 % des arrivants ») n'est signalée que si, ses deux chiffres inversés, elle est la
    partie sur un seul compte donné plus haut, et qu'aucun ne donne la part écrite ; de même
    une part « du total » d'un compte sans nom, ou d'une partie « dont 1 560 » (« 65,8 % » pour
    56,8 %, décimales comprises), et un taux « soit un taux de remplissage de 39 % » après « 8 950
    spectateurs pour 9 600 places » (93 %). « 2 400 dossiers, dont 1 560 …, soit 45 % du total » :
    le total d'une partie « dont » seule est son tout, dans la même phrase. Un « d'entre
    eux » qui peut renvoyer à plusieurs touts se tait si l'un d'eux convient. Un nombre mal formé
    (NUM102) n'entre dans aucun calcul.

    Pourquoi : un pourcentage recalculé sur une autre base, ou une fraction approximative trop
    loin du compte, induit le lecteur en erreur.

    Se déclenche : « 4.000 des 11.000 soldats, soit 60 % » ; « un quart des 11.000, soit 4.000 ».
    Reste muet : « soit 36 % », « plus d'un tiers ».
    ---
    A share (percentage or fraction) that does not match its part and whole.

    Checks "4.000 des 11.000 soldats, soit 36 %", "sur les 577 …, 76 …, soit 13 %", "un quart
    des 33 sièges, soit 8", "17 des 33, soit plus de la moitié": part / whole must give the
    share within the precision written. A share of a small count must be reachable: "37 % des
    12 députés" is impossible. A whole named by a noun ("soit 24 % du total") is looked for earlier
    in the article: the share is checked only when one figure alone can be that whole; a noun said
    total ("des ventes totales") takes only a figure said of that noun. A share of a population
    named by a noun only ("soit 14 % des arrivants") is flagged only when, its two digits swapped,
    it is the part over one earlier count, and no count gives it as written; so is a share "du
    total" of a count without its noun, or of a "dont" part ("65,8 %" for 56,8 %, decimals too),
    and a rate "soit un taux de remplissage de 39 %" after "8 950 spectateurs pour 9 600 places".
    "2 400 dossiers, dont 1 560 …, soit 45 % du total": the total of a lone "dont" part is its
    whole, in the same sentence. A "d'entre
    eux" that may go back to several wholes stays quiet if one fits. A malformed number (NUM102)
    enters no arithmetic.

    Why: a percentage computed on another base, or a loose fraction, misleads the reader.

    Fires: "4.000 des 11.000 soldats, soit 60 %"; "un quart des 11.000, soit 4.000".
    Quiet: "soit 36 %", "plus d'un tiers".
    """
    code = "NUM303"
    name = "share-mismatch"
    severity = "warning"
    fires = (
        "Corée du Nord : des pertes lourdes\n"
        "Le renseignement occidental publie un bilan.\n"
        "Environ 4.000 des 11.000 soldats envoyés ont été tués ou blessés, soit 60 % du contingent.\n",
    )
    quiet = (
        "Corée du Nord : des pertes lourdes\n"
        "Le renseignement occidental publie un bilan.\n"
        "Quelque 4.000 des 11.000 soldats envoyés ont été tués ou blessés, soit 36 % du contingent.\n",
    )

    def check(self, ctx: Context):
        ms = ctx.measures
        counts: list = []       # [the counts that may be a whole], listed once an article
        for idx, m in enumerate(ms):
            f = m.figure
            if "whole_noun" in m.notes and m.share_of is None:
                d = self._dont_total(ctx, ms, idx, m) or self._named_whole(ctx, ms, idx, m) \
                    or self._swapped(ctx, ms, idx, m, counts)
                if d:
                    yield d
                continue
            if f.kind == "percent" and m.share_of is None and "soit taux" in m.cues:
                d = self._rate_swapped(ctx, ms, idx, m)
                if d:
                    yield d
                continue
            if f.kind == "percent" and m.share_of is None and m.subject and "soit" in m.cues:
                d = self._among_share(ctx, ms, idx, m) or self._swapped(ctx, ms, idx, m, counts) \
                    or (m.subject in _VOTE_BASES and self._vote_base(ctx, ms, idx, m))
                if d:
                    yield d
                continue
            if f.kind == "percent" and m.share_of is None and not m.subject and "soit" in m.cues:
                d = self._parmi_share(ctx, ms, idx, m)
                if d:
                    yield d
                    continue
            if f.kind == "percent" and m.share_of is not None and C.numeric(f):
                whole = ms[m.share_of]
                if C.malformed(f) or C.malformed(whole.figure):
                    continue
                if m.share_part is not None:
                    if m.share_part == m.share_of:
                        continue    # a part taken as its own whole: the pairing is wrong, not the share
                    part = ms[m.share_part]
                    if C.malformed(part.figure):
                        continue
                    # « 2 780 des 3 461 milliards »: the part takes the scale said on the whole
                    s = m.notes.get("part_scale", 1)
                    pb = C.bounds(part.figure)
                    r = C.ratio((pb[0] * s, pb[1] * s), C.bounds(whole.figure))
                    if r is None:
                        continue
                    r = (r[0] * 100, r[1] * 100)
                    if C.overlap(r, C.bounds(f)):
                        continue
                    if "count rate" in m.cues and C.overlap((100 - r[1], 100 - r[0]), C.bounds(f)):
                        continue    # « 1 712 classés …, un taux d'abandon de 35 % »: the rest's rate
                    k = _scale(whole.figure) / s
                    if k > 1 and _scale(part.figure) == 1 and _mid(part.figure) * k < _mid(whole.figure):
                        continue    # a bare part may take the scale said on its whole: unsure
                    actual = _mid(part.figure) * s / _mid(whole.figure) * 100
                    if C.pct(actual) == C.pct(0.0):
                        continue    # « font 0 % »: the part and whole are not read alike
                    if m.notes.get("dont_headcount") and any(
                            x is not part and x is not whole and x.figure.start < part.figure.start
                            and _fits(part, x, f) for x in ms[max(0, idx - _LOOK_BACK):idx]):
                        continue    # « dont 1 200 en CDI, soit 10 % de l'effectif »: maybe an earlier count's
                    if part.part_kind == "entre" and any(
                            _fits(part, w, f) for w in _other_wholes(ms, part, m.share_of)):
                        continue    # « d'entre eux » may go back to another whole: one that fits
                    fr = (f"{_t(part)} sur {_t(whole)} font {C.pct(actual)}, pas {_t(m)}")
                    en = (f"{_t(part)} out of {_t(whole)} is {C.pct(actual, 'en')}, not {_t(m)}")
                    yield self.diagnostic(ctx, f, fr, en, related=[
                        (part.figure, "la partie", "the part"), (whole.figure, "le tout", "the whole")])
                else:
                    d = self._grim(ctx, m, whole)
                    if d:
                        yield d
            fr_ = m.notes.get("fraction")
            if fr_ and fr_.get("told") and fr_.get("whole") is None:
                fr_ = _told_fraction(ms, idx, m, fr_)
            if fr_ and fr_.get("whole") is not None and C.numeric(f):
                whole = ms[fr_["whole"]]
                if C.malformed(f) or C.malformed(whole.figure):
                    continue
                r = C.ratio(C.bounds(f), C.bounds(whole.figure))
                if r is None:
                    continue
                v, approx = fr_["value"], fr_["approx"]
                if _fraction_fits(r, v, approx, loose=bool(fr_.get("land"))):
                    continue
                if fr_.get("dont") and any(
                        _fraction_fits(C.ratio(C.bounds(f), C.bounds(x.figure)), v, approx)
                        for x in ms[max(0, idx - _LOOK_BACK):idx]
                        if x is not m and x.figure.kind == f.kind and x.figure.unit == f.unit
                        and not x.figure.is_range and C.numeric(x.figure) and not C.malformed(x.figure)):
                    continue    # « du total » may be another count's (the group's)
                if fr_.get("entre") and any(
                        not C.malformed(x.figure) and C.numeric(x.figure) and not x.figure.is_range
                        and _fraction_fits(C.ratio(C.bounds(f), C.bounds(x.figure)), v, approx)
                        for x in _other_wholes(ms, m, fr_["whole"])):
                    continue    # « d'entre eux » may go back to another count: one that fits
                actual = _mid(f) / _mid(whole.figure)
                fr = (f"{_t(m)} sur {_t(whole)} font {C.pct(actual * 100)}, pas "
                      f"« {fr_['text']} » ({C.pct(v * 100)})")
                en = (f"{_t(m)} out of {_t(whole)} is {C.pct(actual * 100, 'en')}, not "
                      f"\"{fr_['text']}\" ({C.pct(v * 100, 'en')})")
                yield self.diagnostic(ctx, (fr_["start"], fr_["end"]), fr, en, related=[
                    (f, "la partie", "the part"), (whole.figure, "le tout", "the whole")])

    def _dont_total(self, ctx, ms, idx, m):
        """« 2 400 dossiers, dont 1 560 déposés par des exploitants âgés, soit 45 % du total »:
        the total of a « dont » part is its whole, given in the same sentence. Only « du total »
        said bare (« du total national » is another whole), the part the only one of its whole."""
        f = m.figure
        if m.notes.get("whole_noun") != "total" or m.qualifiers or m.place \
                or f.kind != "percent" or not C.numeric(f) or f.is_range or m.change_kind \
                or C.malformed(f) or m.cues & {"change", "change by", "contre"} or "soit" not in m.cues:
            return None
        part = _restated(ms, idx, f, skip_bounds=True)
        if part is None or part.part_kind != "dont" or part.part_of is None:
            return None
        w = part.part_of
        if not 0 <= w < idx or idx - w > 12:
            return None                         # a whole a dozen figures back: a list, not one part
        whole, p = ms[w], part.figure
        g = whole.figure
        if g.block is not f.block or g.sentence != f.sentence or g.start >= p.start \
                or m.source and m.source != whole.source or m.time and m.time != whole.time:
            return None
        if any(ms[x].part_of == w for x in range(w + 1, idx) if ms[x] is not part):
            return None                         # « dont 410 … et 290 … »: the share may be of both
        if not (g.kind == p.kind and g.unit == p.unit) or not C.numeric(g) or not C.numeric(p) \
                or C.vague(g) or C.vague(p) or C.malformed(g) or C.malformed(p) or g.is_range or p.is_range:
            return None
        r = C.ratio(C.bounds(p), C.bounds(g))
        if r is None or r[1] > 1 or C.overlap((r[0] * 100, r[1] * 100), C.bounds(f)):
            return None
        for x in ms[max(0, idx - _LOOK_BACK):idx]:
            h = x.figure
            if h.kind == p.kind and h.unit == p.unit and x is not part and not h.is_range and C.numeric(h) \
                    and not C.malformed(h):
                r = C.ratio(C.bounds(p), C.bounds(h))
                if r is not None and C.overlap((r[0] * 100, r[1] * 100), C.bounds(f)):
                    return None                 # « du total » may be that count's (the group's)
        actual = _mid(p) / _mid(g) * 100
        fr = f"{_t(part)} sur {_t(whole)} font {C.pct(actual)}, pas {_t(m)}"
        en = f"{_t(part)} out of {_t(whole)} is {C.pct(actual, 'en')}, not {_t(m)}"
        return self.diagnostic(ctx, f, fr, en, related=[
            (p, "la partie", "the part"), (g, "le tout", "the whole")])

    def _parmi_share(self, ctx, ms, idx, m):
        """« 1 046 personnes y étaient incarcérées. Parmi ces détenus, 290 dorment au sol, soit
        34 % »: a sentence opening on « Parmi les/ces <nom>, N … » takes up the count of that noun
        told just before — in the earlier sentences of its paragraph, or in the paragraph before
        when it opens one (or of « personnes » when the noun counts people): the share is of that
        count, when exactly one such count is given there, exact."""
        f = m.figure
        if not C.numeric(f) or f.is_range or m.change_kind or C.malformed(f) or m.share_part is not None \
                or m.cues & {"change", "change by", "contre"} or m.notes.get("whole_of") \
                or m.notes.get("whole_count"):
            return None
        part = _restated(ms, idx, f, skip_bounds=True)
        noun = part.notes.get("parmi") if part is not None and part.notes else None
        if not noun:
            return None
        p = part.figure
        if p.kind != "number" or not C.numeric(p) or C.vague(p) or p.is_range or p.approx is not None \
                or C.malformed(p) or part.cues or part.part_of is not None or part.change_kind:
            return None
        nouns = {noun, "personne"} if noun in _PARMI_PEOPLE else {noun}
        prev = []
        for x in reversed(ms[:idx]):
            g = x.figure
            if g.block is None or p.block.index - g.block.index > 1:
                break
            if g.block is p.block and g.sentence < p.sentence or p.sentence == 0 and g.block is not p.block:
                prev.append(x)
        told = [x for x in prev if x.figure.kind == "number" and x.subject in nouns]
        if len(told) != 1:
            return None
        whole = told[0]
        w = whole.figure
        if C.headline(w) or w.approx is not None or w.is_range or not C.numeric(w) or C.vague(w) \
                or C.malformed(w) or whole.part_of is not None or whole.part_kind or whole.change_kind \
                or whole.share_of is not None or whole.cues - {"au total", "au total avant"} \
                or _mid(p) > _mid(w):
            return None
        return self._part_of_told(ctx, m, part, whole)

    def _among_share(self, ctx, ms, idx, m):
        """« 310 vols ont été supprimés. … Sur les vols annulés, 74 desservaient la Corse, ce qui
        représente 31 % des suppressions »: the part opens on « sur les <nom> <participe> », the
        share names the action told of that noun (« suppressions » of « vols supprimés »): the
        whole is the one count of that noun so told before (same or one of the two paragraphs
        before, exact, not in the title)."""
        f = m.figure
        act = ACTION_NOUNS.get(m.subject)
        if act is None or not m.explicit_subject or not C.numeric(f) or f.is_range or m.change_kind \
                or C.malformed(f) or m.share_part is not None:
            return None
        part = _restated(ms, idx, f)
        noun = part.notes.get("among") if part is not None and part.notes else None
        if not noun:
            return None
        p = part.figure
        if p.kind != "number" or not C.numeric(p) or C.vague(p) or p.is_range or p.approx is not None \
                or C.malformed(p) or part.cues or part.part_of is not None or part.change_kind:
            return None
        whole = C.told_count(ms, idx, noun, p)
        if whole is None:
            return None
        w = whole.figure
        if not (_SAME_ACT.get(act, frozenset()) | {act}) & whole.qualifiers or not whole.explicit_subject or w.approx is not None or w.is_range \
                or not C.numeric(w) or C.vague(w) or C.malformed(w) or whole.part_of is not None \
                or whole.part_kind or whole.change_kind or whole.share_of is not None \
                or whole.cues - {"au total", "au total avant"} or _mid(p) > _mid(w):
            return None
        return self._part_of_told(ctx, m, part, whole)

    def _vote_base(self, ctx, ms, idx, m):
        """« Sur 341 votants, … Les 23 abstentions, soit 7 % des votants »: a share of a vote's
        base (« des votants », « des inscrits », « des suffrages exprimés »), restating the count
        just before it, set against the article's one exact count of that base told before, in the
        same paragraph or the one before (a second count of it, another round or chamber: quiet)."""
        f = m.figure
        if not m.explicit_subject or not C.numeric(f) or f.is_range or m.change_kind \
                or C.malformed(f) or m.share_part is not None or m.notes.get("among") \
                or m.cues - {"soit", "about"}:
            return None
        part = _restated(ms, idx, f)
        if part is None:
            return None
        p = part.figure
        if p.kind != "number" or not part.subject or part.subject == m.subject or not C.numeric(p) \
                or C.vague(p) or p.is_range or p.approx is not None or C.malformed(p) \
                or part.cues - {"au total", "au total avant"} or part.change_kind or part.share_of is not None or part.notes.get("among"):
            return None
        base = [w for w in ms[max(0, idx - _LOOK_BACK):idx] if w.subject == m.subject
                and w.figure.kind == "number" and w is not part]
        if len(base) != 1:
            return None
        whole = base[0]
        w = whole.figure
        if w.block is None or p.block is None or not 0 <= p.block.index - w.block.index <= 1 \
                or not whole.explicit_subject or whole.qualifiers != m.qualifiers \
                or w.approx is not None or _mid(p) >= _mid(w) \
                or not _may_be_whole(whole, part, ctx.reference_date or ctx.published, same_subject=False):
            return None
        return self._part_of_told(ctx, m, part, whole)

    def _part_of_told(self, ctx, m, part, whole):
        """The share m of part in a whole told before (_parmi_share, _among_share), when they disagree."""
        f, p, w = m.figure, part.figure, whole.figure
        r = C.ratio(C.bounds(p), C.bounds(w))
        if r is None or C.overlap((r[0] * 100, r[1] * 100), C.bounds(f)):
            return None
        actual = _mid(p) / _mid(w) * 100
        fr = f"{_t(part)} sur {_t(whole)} ({C.line_ref(whole, 'fr')}) font {C.pct(actual)}, pas {_t(m)}"
        en = f"{_t(part)} out of {_t(whole)} ({C.line_ref(whole, 'en')}) is {C.pct(actual, 'en')}, not {_t(m)}"
        return self.diagnostic(ctx, f, fr, en, related=[
            (p, "la partie", "the part"), (w, "le tout", "the whole")])

    def _named_whole(self, ctx, ms, idx, m):
        """« 4,6 milliards de francs …, soit 24 % du total »: the whole is named by a noun and
        given earlier in the article. Checked only when ONE earlier value can be it."""
        f = m.figure
        if f.kind != "percent" or not C.numeric(f) or f.is_range or m.change_kind or C.malformed(f) \
                or m.cues & {"change", "change by", "contre"}:
            return None
        part = _restated(ms, idx, f)
        if part is None:
            return None
        p = part.figure
        if p.kind not in ("number", "money", "quantity") or not C.numeric(p) or C.vague(p) \
                or p.is_range or p.approx in ("at_least", "at_most") or C.malformed(p) \
                or part.part_of is not None or part.cues & {"contre", "change", "par", "chacun"}:
            return None
        if p.kind == "number" and not part.subject:
            return None     # a count of what? (« 200 000 habitants » is no whole of « 20 000 »)
        plo = C.bounds(p)[0]
        ref = ctx.reference_date or ctx.published
        # a whole is above its part (« au-delà de 3 000 francs » is open, not above 4,6 milliards)
        wholes = [w for w in ms[:idx] if w.figure.start < p.start and C.core(w.figure)[1] > plo
                  and _may_be_whole(w, part, ref) and not _milestone(w.figure)]
        of = m.notes.get("whole_of")
        if m.notes.get("whole_count") and (p.kind != "number" or part.subject != of):
            return None     # « du capital » is a count of shares: only shares are its part
        if of:      # « des ventes totales »: a figure said of the sales, not a sibling part
            wholes = [w for w in wholes if _said_of(w, of)]
        if m.notes.get("whole_same"):
            if p.kind != "number":
                return None
            # « de l'effectif »: the one count of the part's noun (« 1 200 élèves »), no other
            wholes = [w for w in wholes if w.subject == part.subject and w.figure.kind == "number"]
            # « 1 200 élèves, dont 400 en terminale. Parmi eux, … »: any earlier count that gives
            # the share as written may be the headcount meant
            for x in ms[max(0, idx - _LOOK_BACK):idx]:
                g = x.figure
                if x is part or g.start >= p.start or g.kind != "number" or not C.numeric(g):
                    continue
                r = C.ratio(C.bounds(p), C.bounds(g))
                if r is not None and C.overlap((r[0] * 100, r[1] * 100), C.bounds(f)):
                    return None
        if len({w.figure.value for w in wholes}) > 1 and m.notes.get("whole_noun") == "total" and not of:
            wholes = _paragraph_whole(ms, idx, p, wholes)
        if not wholes or len({w.figure.value for w in wholes}) != 1:
            return None                         # no whole given, or several: unsure which
        if _gives_as_written(ms, idx, part, f, ref):
            return None                         # « du total » names no noun: that count may be it
        if p.kind == "number":
            # a count is the whole only when it counts the same thing (« 16 000 » blessés graves
            # is no whole of « 1 487 morts »); one of unsaid noun only makes the whole unsure
            wholes = [w for w in wholes if w.subject == part.subject]
            if not wholes:
                return None
        whole = wholes[-1]
        if C.headline(whole.figure) and part.place:
            # « dépasse 600 cas » in the title, « 612 cas » in the text, then « à Dakar, 241 cas,
            # soit 39 % du total »: the text's total, of no place like the title's, is the whole
            body = {w.figure.value: w for w in ms[:idx] if w.figure.start < p.start
                    and not C.headline(w.figure) and w.place is None and C.core(w.figure)[1] > plo
                    and _may_be_whole(w, part, ref, any_place=True)
                    and (not of or _said_of(w, of)) and (p.kind != "number" or w.subject == part.subject)}
            if len(body) > 1:
                return None                     # several totals in the text: unsure which
            if body:
                (whole,) = body.values()
        r = C.ratio(C.bounds(p), C.bounds(whole.figure))
        if r is None or C.overlap((r[0] * 100, r[1] * 100), C.bounds(f)):
            return None
        actual = _mid(p) / _mid(whole.figure) * 100
        fr = f"{_t(part)} sur {_t(whole)} ({C.line_ref(whole, 'fr')}) font {C.pct(actual)}, pas {_t(m)}"
        en = f"{_t(part)} out of {_t(whole)} ({C.line_ref(whole, 'en')}) is {C.pct(actual, 'en')}, not {_t(m)}"
        return self.diagnostic(ctx, f, fr, en, related=[
            (p, "la partie", "the part"), (whole.figure, "le tout", "the whole")])

    def _swapped(self, ctx, ms, idx, m, counts: list):
        """« 17 800 femmes ont été classées, soit 14 % des arrivants »: a share of a population
        named by a noun only, whose count was given earlier (« 43 100 ont été classés »). Which
        count is unsure (the population may be one the article does not give), so only a share
        that is, two neighbouring digits swapped, the part over one earlier count at the counts
        as written, and that no earlier count gives as written, is a mistake: an editor's slip
        (41 % written 14 %, 56,8 % written 65,8 %). The same for « soit 65,8 % du total » after a
        count without its noun, and for « dont 1 560 …, soit 56 % »: the earlier counts include
        the parts of other wholes (« 257.600 » admis of « 366.800 » candidats)."""
        f = m.figure
        swaps = _swappable(m)
        if not swaps:
            return None
        part = _restated(ms, idx, f, skip_bounds=True)
        if part is None or part.figure.kind != "number":
            return None
        # a count without its noun is the part only of a share that names its whole (« soit
        # 65,8 % du total »); a part of a whole (« dont 1 560 ») may be set against that whole
        if not part.subject and "whole_noun" not in m.notes:
            return None
        p = part.figure
        if not C.numeric(p) or C.vague(p) or p.is_range or p.approx is not None or C.malformed(p) \
                or part.cues & {"contre", "change", "par", "chacun"}:
            return None
        ref = ctx.reference_date or ctx.published
        if not counts:
            counts.append([(i, C.bounds(x.figure)) for i, x in enumerate(ms) if x.figure.kind == "number"
                           and x.figure.approx is None and not x.figure.is_range and C.numeric(x.figure)])
        counts = counts[0]
        plo, phi = C.bounds(p)
        written = C.bounds(f)
        slips = {}
        # the 100 figures before at most (a long article's worth): linear, and cheap, on a hostile
        # list of thousands of such shares
        lo_i = bisect.bisect_left(counts, (max(0, idx - _LOOK_BACK),))
        for i, (wlo, whi) in counts[lo_i:bisect.bisect_left(counts, (idx,))]:
            if whi <= plo or wlo <= 0 or math.isinf(whi):
                continue
            r = (plo / whi * 100, phi / wlo * 100)
            # the share as written may come from any reading of the two counts (« 214.000 » may
            # be rounded); a slip is one at the counts as written
            gives = C.overlap(r, written)
            q = (plo + phi) / (wlo + whi) * 100
            slip = any(lo <= q <= hi for lo, hi in swaps)
            w = ms[i]
            if not (gives or slip) or w.figure.start >= p.start or C.core(w.figure)[1] <= plo \
                    or not _may_be_whole(w, part, ref, same_subject=False, parts=True):
                continue
            if gives:
                return None                     # an earlier count gives the share as written
            slips.setdefault(w.figure.value, w)
        if len(slips) != 1:
            return None
        (whole,) = slips.values()
        actual = _mid(p) / _mid(whole.figure) * 100
        fr = (f"{_t(part)} sur {_t(whole)} ({C.line_ref(whole, 'fr')}) font {C.pct(actual)}, pas "
              f"{_t(m)} (chiffres inversés ?)")
        en = (f"{_t(part)} out of {_t(whole)} ({C.line_ref(whole, 'en')}) is {C.pct(actual, 'en')}, "
              f"not {_t(m)} (digits swapped?)")
        return self.diagnostic(ctx, f, fr, en, related=[
            (p, "la partie", "the part"), (whole.figure, "le tout", "the whole")])

    def _rate_swapped(self, ctx, ms, idx, m):
        """« 8 950 spectateurs par match pour 9 600 places, soit un taux de remplissage de 39 % »:
        a rate restating the two counts just before it in its sentence, the smaller over the
        larger. The counts may be of two nouns (spectators, seats), so only a rate that is,
        two neighbouring digits swapped, that ratio at the counts as written, and that neither
        that ratio nor the smaller over an earlier count gives as written, is a slip."""
        f = m.figure
        swaps = _swappable(m)
        if not swaps:
            return None
        two = []
        for j in range(idx - 1, max(-1, idx - 3), -1):
            x = ms[j]
            g = x.figure
            if g.block is not f.block or g.sentence != f.sentence or len(two) == 2:
                break
            two.append(x)
        if len(two) != 2:
            return None
        for x in two:
            g = x.figure
            if g.kind != "number" or not C.numeric(g) or C.vague(g) or g.is_range or g.approx is not None \
                    or C.malformed(g) or x.change_kind or x.cues & {"contre", "change", "change by"}:
                return None
        part, whole = sorted(two, key=lambda x: _mid(x.figure))
        p, w = part.figure, whole.figure
        plo, phi = C.bounds(p)
        written = C.bounds(f)
        for x in ms[max(0, idx - _LOOK_BACK):idx]:
            g = x.figure
            if g.kind != "number" or x is part or g.is_range or not C.numeric(g) or C.malformed(g):
                continue
            r = C.ratio((plo, phi), C.bounds(g))
            if r is not None and C.overlap((r[0] * 100, r[1] * 100), written):
                return None                     # a count gives the rate as written
        wlo, whi = C.bounds(w)
        if wlo <= 0 or whi <= plo or math.isinf(whi):
            return None
        q = (plo + phi) / (wlo + whi) * 100
        if not any(lo <= q <= hi for lo, hi in swaps):
            return None
        fr = f"{_t(part)} sur {_t(whole)} font {C.pct(q)}, pas {_t(m)} (chiffres inversés ?)"
        en = f"{_t(part)} out of {_t(whole)} is {C.pct(q, 'en')}, not {_t(m)} (digits swapped?)"
        return self.diagnostic(ctx, f, fr, en, related=[
            (p, "la partie", "the part"), (w, "le tout", "the whole")])

    def _grim(self, ctx, m, whole):
        """"37 % des 12 députés": no whole number of the 12 gives 37 %."""
        f, w = m.figure, whole.figure
        if f.approx or w.approx or w.is_range or w.kind != "number" or not isinstance(w.value, (int, float)):
            return None
        n = w.value
        if n != int(n) or not (2 <= n <= 500) or w.tolerance > 0.5:
            return None
        n = int(n)
        lo, hi = C.bounds(f)
        k = math.floor(lo * n / 100)
        for c in (k - 1, k, k + 1, k + 2):
            if 0 <= c <= n and lo - 1e-9 <= c * 100 / n <= hi + 1e-9:
                return None
        fr = (f"{_t(m)} de {_t(whole)} est impossible : aucun nombre entier sur {n} ne donne ce "
              f"pourcentage")
        en = (f"{_t(m)} of {_t(whole)} is impossible: no whole number out of {n} gives that share")
        return self.diagnostic(ctx, f, fr, en, related=[(w, "le tout", "the whole")])


_LOOK_BACK = 100
# a vote's bases: who voted, who may vote, the votes cast (« des suffrages exprimés »)
_VOTE_BASES = frozenset({"votant", "inscrit", "suffrage"})


def _told_fraction(ms, idx, m, fr_):
    """« 312 familles victimes … Parmi elles, 78 familles, soit près d'un tiers »: the fraction of
    a part opening on « Parmi elles / eux » and naming its noun is of the one count of that noun
    told before (compare.told_count): exact, named, tied to nothing, above the part. Else None."""
    f = m.figure
    if f.kind != "number" or not C.numeric(f) or C.vague(f) or f.is_range or f.approx is not None \
            or C.malformed(f) or m.part_of is not None or m.change_kind:
        return None
    whole = C.told_count(ms, idx, fr_["told"])
    if whole is None:
        return None
    w = whole.figure
    if not whole.explicit_subject or w.approx is not None or w.is_range or not C.numeric(w) or C.vague(w) \
            or C.malformed(w) or whole.part_of is not None or whole.part_kind or whole.change_kind \
            or whole.share_of is not None or whole.cues - {"au total", "au total avant"} \
            or whole.time != m.time or not _mid(f) < _mid(w):
        return None
    at = next((x for x in range(idx - 1, -1, -1) if ms[x] is whole), None)
    return None if at is None else dict(fr_, whole=at)


def _fraction_fits(r, v: float, approx, loose: bool = False) -> bool:
    """Does the ratio r (bounds, or None) give the fraction v as its qualifier allows? loose: « un
    Béninois sur dix », a nation's ratio said round, a third of it either way."""
    if r is None:
        return False
    if loose and approx in (None, "about"):
        return C.overlap(r, (v * 0.67, v * 1.33))
    if approx == "at_least":
        return r[1] > v
    if approx == "just_above":
        # « à peine plus d'un quart »: above it, by a fifth of it at most (ten points at most)
        return C.overlap(r, (v * 0.98, v + min(v * 0.2, 0.1)))
    if approx == "at_most":
        return r[0] < v
    # « près de », « environ »: a fifth of the fraction either way, but never more than ten
    # points (« près des trois quarts » is not 60 %, « près d'un quart » may be 20 %)
    d = min(v * 0.2, 0.1) if approx == "about" else v * 0.1
    return C.overlap(r, (v - d, v + d))


def _restated(ms, idx, f, skip_bounds: bool = False):
    """The figure a « soit » share restates: the one before it in its sentence. With
    skip_bounds, an age or a duration given as a bound (« âgés de plus de 55 ans ») only
    narrows the population counted before it: the count is the one restated."""
    for x in reversed(ms[:idx]):
        g = x.figure
        if g.block is not f.block or g.sentence != f.sentence:
            return None
        if g.kind == "percent" and (x.change_kind or x.cues & {"change", "change by"}):
            continue                        # « en hausse de 3,3 %, soit 24 % du total »
        if skip_bounds and g.kind == "duration" and g.approx in ("at_least", "at_most"):
            continue
        return x
    return None


def _gives_as_written(ms, idx, part, share, ref) -> bool:
    """An earlier figure that may be the whole but for its noun gives the share as written:
    « 33 480 immatriculations de voitures » in October, then « 12 720 voitures électriques …,
    soit 38 % du total » (the whole is the month's, not the year's voitures)."""
    p = part.figure
    for x in ms[max(0, idx - _LOOK_BACK):idx]:
        g = x.figure
        if x is part or g.start >= p.start or not _may_be_whole(x, part, ref, same_subject=False):
            continue
        r = C.ratio(C.bounds(p), C.bounds(g))
        if r is not None and C.overlap((r[0] * 100, r[1] * 100), C.bounds(share)):
            return True
    return False


def _swappable(m):
    """The readings with two neighbouring digits swapped of a plain, exact share written with one
    number; none for a change, a range, an approximation or a malformed number."""
    f = m.figure
    if f.approx is not None or f.is_range or m.change_kind or m.cues & {"change", "change by", "contre"} \
            or C.malformed(f) or len(f.numerals) != 1:
        return None
    return _swaps(f)


def _swaps(f) -> list[tuple[float, float]]:
    """The shares a percentage is when two neighbouring digits of it are swapped (« 65,8 % » for
    56,8 or 68,5; « 39 % » for 93), each with the precision written; only a share under 100 %
    with two digits or more, no swap giving a leading zero."""
    n = f.numerals[0]
    v = f.value
    if not isinstance(v, (int, float)) or not 10 <= v < 100 or n.scale not in (None, 1):
        return []
    d = n.decimals
    digits = f"{v:.{d}f}".replace(".", "")
    if not digits.isdigit() or len(digits) > 4:
        return []
    half = 0.5 / 10 ** d
    out = []
    for i in range(len(digits) - 1):
        a, b = digits[i], digits[i + 1]
        if a == b or (i == 0 and b == "0"):
            continue
        x = int(digits[:i] + b + a + digits[i + 2:]) / 10 ** d
        if 10 <= x < 100:
            out.append((x - half, x + half))
    return out


def _other_wholes(ms, part, whole: int):
    """The wholes « 880 d'entre eux » may go back to besides the nearest count: what that count
    is itself a part of (« 2 200 collaborateurs, dont 1 350 conducteurs »), and the other earlier
    counts with a noun of its sentence or the one before."""
    seen = {whole}
    w = ms[whole].part_of
    while w is not None and w not in seen and 0 <= w < len(ms):
        seen.add(w)
        yield ms[w]
        w = ms[w].part_of
    p = part.figure
    done = {id(ms[i]) for i in seen}
    for x in ms:
        g = x.figure
        if g.start >= p.start:
            break
        if g.block is p.block and p.sentence - 1 <= g.sentence <= p.sentence and x.explicit_subject \
                and g.kind == "number" and id(x) not in done:
            yield x


def _scale(f) -> float:
    return max((n.scale or 1) for n in f.numerals) if f.numerals else 1


def _may_be_whole(w, part, ref, same_subject: bool = True, parts: bool = False,
                  any_place: bool = False) -> bool:
    """An earlier figure that may be the whole a share names: same kind and unit (or millions
    said without their currency), same moment, source and place, not a « contre » figure, not
    itself a part, a share or a change. Any scale counts (« 380 millions » of « 1,9 milliard »):
    the more figures may be the whole, the likelier the rule stays quiet."""
    g, p = w.figure, part.figure
    if not (g.kind == p.kind and g.unit == p.unit or _elliptic(g, p) or _elliptic(p, g)):
        return False
    if not C.numeric(g) or g.is_range or C.vague(g) or C.malformed(g) \
            or (w.part_of is not None and not parts) or w.share_of is not None or w.change_kind \
            or w.cues & {"contre", "change", "change by", "addend", "par", "chacun", "dont", "rival"}:
        return False
    if w.source and part.source and w.source != part.source or w.who and part.who and w.who != part.who:
        return False
    if same_subject and w.subject and part.subject and w.subject != part.subject:
        return False        # « 200 000 habitants » is no whole of « 20 000 patients »
    if w.place != part.place and not (w.place is None and (any_place or C.headline(g))):
        return False
    return _same_moment(w.time, part.time, ref)


def _paragraph_whole(ms, idx, p, wholes: list) -> list:
    """« Parmi les 84 malades, 61 …. Les enfants représentent 52 cas, soit 75 % du total »:
    of several earlier wholes, « du total » names the one a « parmi les » / « sur les » of the
    part's sentence or the one before restates (one such whole, its value among them)."""
    said = [w for w in ms[:idx] if "sur les" in w.cues and w.figure.block is p.block
            and p.sentence - 1 <= w.figure.sentence <= p.sentence and w.figure.start < p.start]
    if len(said) != 1:
        return wholes
    return [w for w in wholes if w.figure.value == said[0].figure.value]


def _milestone(g) -> bool:
    """« a frôlé le million de passagers », « dépassé le milliard »: the bare scale word is a
    round mark reached or neared, never a count the article gives."""
    return g.kind == "number" and g.text.lower() in ("million", "milliard")


def _said_of(w, noun: str) -> bool:
    """The whole is said of the noun the share names: « 30 900 tonnes de ventes », « des ventes
    de 30 900 tonnes », « 30 900 ventes »."""
    of = w.notes.get("of")
    return w.subject == noun or w.notes.get("noun") == noun or bool(of) and noun_lemma(of) == noun


def _elliptic(a, b) -> bool:
    """« 4 020 millions » beside « 7 150 millions de francs »: the currency said once."""
    return a.kind == "money" and b.kind == "number" and _scale(b) >= 1e6


def _same_moment(a: str | None, b: str | None, ref) -> bool:
    """Both told and equal, or one untold: then a year counts as the same moment only when it is
    the article's year, the last or the next (« 25,97 milliards en 2024 » in an article of January
    2025, a budget « pour 2025 » in November 2024); « en 2020 » is another moment. Without a
    date, any year may be the article's."""
    if a and b:
        return a == b
    t = a or b
    if not t or not C._a_year(t):
        return True
    if t.startswith("an"):
        return t in ("an", "an-1", "an+1")
    if not t.isdigit():
        return False        # « il y a cinq ans », « au XIXe siècle »: another moment
    return ref is None or abs(int(t) - ref.year) <= 1


def _fits(part, whole, share) -> bool:
    if C.malformed(whole.figure) or whole.figure.kind != part.figure.kind:
        return False
    r = C.ratio(C.bounds(part.figure), C.bounds(whole.figure))
    return r is not None and C.overlap((r[0] * 100, r[1] * 100), C.bounds(share))


def _t(m) -> str:
    return _fmt.quote(m.figure.text)


def _mid(f) -> float:
    if f.is_range:
        return (f.low + f.high) / 2
    return float(f.value)
