"""NUM301 total-mismatch: a stated total that its parts do not add up to."""
from __future__ import annotations

from numlint.measures import compare as C
from numlint.rules import _fmt
from numlint.rules.base import Context, Rule


class TotalMismatch(Rule):
    """Un total annoncé que ses composantes ne donnent pas.

    Vérifie les totaux écrits « soit … au total », « au total », « en tout », « pour ces trois
    villes », « en plus des » : la somme des chiffres de la même phrase, de même nature et de même
    unité, doit retomber sur le total, à la précision écrite près (fourchettes comprises). Un
    « soit » après au moins trois chiffres d'une même chose, et plus grand que chacun, est leur
    somme. Un décompte de vote (« par 98 voix contre 54 et 6 abstentions, soit 158 des 160
    députés ») est une somme. Un total sans composantes dans sa phrase (« cela fera 231 éoliennes
    au total ») peut compter plus que ce que dit le texte : il n'est signalé que s'il est, à deux chiffres
    inversés près, la somme de la phrase précédente (avec au plus un chiffre de la même chose
    donné ailleurs), ou s'il annonce combien il compte de composantes (« À elles trois, ces
    marques représentent … au total ») et que la phrase précédente en donne exactement autant.
    Un paragraphe qui annonce ses composantes (« Les trois branches du groupe ont
    progressé. ») puis donne autant de chiffres de même nature et unité, un par phrase, avant
    « soit un total de », les additionne. Une liste de chiffres sans nom propre (« Le Grand Tunis
    en a enregistré 41.300, … Le Nord-Est en compte 19.800, … soit un total de 165.800
    naissances ») étalée sur deux phrases du paragraphe s'additionne sur les deux.

    Pourquoi : une composante corrigée sans reprendre le total, ou un total recopié d'une autre
    version, se voit à l'addition.

    Se déclenche : « 25.000 à 30.000 soldats, en plus des 11.000 déjà envoyés, soit 50.000 au
    total ».
    Reste muet : « … soit 36.000 à 41.000 au total », « … soit près de 40.000 au total », et une
    moyenne fois un nombre d'occasions (« en moyenne 31 250 spectateurs lors des quatre matches,
    soit 125 000 entrées au total »).
    ---
    A stated total its parts do not add up to.

    Checks totals written "soit … au total", "au total", "en tout", "pour ces trois villes",
    "en plus des": the figures of the same sentence, of the same kind and unit, must add up to the
    total within the precision written (ranges included). A "soit" after at least three figures
    of one thing, and above each, is their sum. So is a vote tally ("par 98 voix contre 54 et 6
    abstentions, soit 158 des 160 députés"). A total with no parts in its sentence ("cela fera
    231 éoliennes au total") may count more than the text tells: it is flagged only when it is,
    with two digits swapped, the sum of the sentence before (with at most one figure of the same
    thing given elsewhere), or when it says how many parts it counts ("À elles trois, ces
    marques représentent … au total") and the sentence before gives exactly that many. A paragraph that announces its parts ("Les trois branches du groupe
    ont progressé.") then gives that many figures of one kind and unit, one a sentence, before
    "soit un total de", adds them up. A list of bare counts run over two sentences of a
    paragraph before "soit un total de" adds up over both.

    Why: a part corrected without the total, or a total copied from another version, shows in
    the sum.

    Fires: "25.000 à 30.000 soldats, en plus des 11.000 déjà envoyés, soit 50.000 au total".
    Quiet: "… soit 36.000 à 41.000 au total", "… soit près de 40.000 au total", and a mean
    times a count of occasions ("en moyenne 31 250 spectateurs lors des quatre matches, soit
    125 000 entrées au total").
    """
    code = "NUM301"
    name = "total-mismatch"
    severity = "error"
    fires = (
        "Corée du Nord : de nouveaux renforts pour Moscou\n"
        "Pyongyang prépare un nouveau contingent.\n"
        "Pyongyang s'apprête à déployer 25.000 à 30.000 soldats supplémentaires, en plus des "
        "11.000 soldats déjà envoyés, soit 50.000 au total.\n",
        "Festival : une édition record\n"
        "Les organisateurs se félicitent.\n"
        "Le festival a vendu 18 000 billets vendredi, 24 000 samedi et 21 000 dimanche, soit "
        "36 000 entrées sur le week-end.\n",
    )
    quiet = (
        "Corée du Nord : de nouveaux renforts pour Moscou\n"
        "Pyongyang prépare un nouveau contingent.\n"
        "Pyongyang s'apprête à déployer 25.000 à 30.000 soldats supplémentaires, en plus des "
        "11.000 soldats déjà envoyés, soit près de 40.000 au total.\n",
        "Festival : une édition record\n"
        "Les organisateurs se félicitent.\n"
        "Le festival a vendu 18 000 billets vendredi, 24 000 samedi et 21 000 dimanche, soit "
        "21 000 par jour en moyenne.\n",
    )

    def check(self, ctx: Context):
        ms = ctx.measures
        by_sentence = None
        for m in ms:
            if not C.numeric(m.figure):
                continue
            if m.total_of:
                parts = [ms[i] for i in m.total_of if 0 <= i < len(ms) and C.numeric(ms[i].figure)]
                parts = _drop_counts(parts, m)
            elif ("soit" in m.cues or "au total" in m.cues) and m.figure.block is not None:
                if by_sentence is None:
                    by_sentence = _by_sentence(ms)
                parts = _soit_parts(m, by_sentence) if "soit" in m.cues else None
                if parts is None and "soit" in m.cues:
                    parts = _tally_parts(m, by_sentence)
                if parts is None and "au total" in m.cues:
                    parts = _counted_parts(m, by_sentence)
                if parts is None and "au total" in m.cues:
                    parts = _earlier_parts(m, ms, by_sentence)
                if parts is None and "soit" in m.cues and "au total avant" in m.cues:
                    parts = _announced_parts(m, by_sentence)
                if parts is None and "soit" in m.cues and "au total avant" in m.cues:
                    parts = _two_sentence_parts(m, by_sentence)
                if parts is None and "au total" in m.cues:
                    parts = _ballot_parts(m, by_sentence)
                    if parts and _overshoot(parts, m) is not True:
                        continue    # fewer votes than ballots: blank ballots may be the rest
                if parts is None and "soit" in m.cues and "au total" in m.cues:
                    parts = _dont_parts(m, ms, by_sentence)
                    if parts and C.add([_part_bounds(p.figure) for p in parts])[0] <= C.bounds(m.figure)[1]:
                        continue    # a « dont » list may leave parts out: only too much is sure
                if not parts:
                    continue
            elif m.notes.get("cast"):
                # « 318 suffrages exprimés : 201 voix pour, 107 contre »: the votes cast are the
                # for and the against, to the unit
                parts = [ms[i] for i in m.notes["cast"] if 0 <= i < len(ms) and C.numeric(ms[i].figure)]
                if len(parts) != 2 or not _exact(m) or not all(_exact(p) for p in parts):
                    continue
                if all(p.part_of is not None and ms[p.part_of] is m for p in parts) \
                        and sum(p.figure.value for p in parts) > m.figure.value:
                    continue    # parts of it that exceed it: NUM302 says so
            elif "au total avant" in m.cues and m.figure.block is not None:
                if by_sentence is None:
                    by_sentence = _by_sentence(ms)
                parts = _paragraph_parts(m, by_sentence)
                if not parts:
                    continue
            else:
                continue
            if len(parts) < 2 or C.malformed(m.figure) or any(C.malformed(p.figure) for p in parts):
                continue
            if _occasions_among(m, parts):
                continue
            s = C.add([_part_bounds(p.figure) for p in parts])
            t = C.bounds(m.figure)
            if C.overlap(s, t) or _product(parts, t):
                continue
            if s[1] < t[0]:
                if by_sentence is None:
                    by_sentence = _by_sentence(ms)
                if _told_before(m, parts, s, t, by_sentence):
                    continue
            yield self._report(ctx, m, parts)

    def _report(self, ctx, m, parts):
        terms = " + ".join(_fmt.quote(p.figure.text) for p in parts)
        fr, en = _sum_text(parts, m.figure, "fr"), _sum_text(parts, m.figure, "en")
        fr = f"{terms} = {fr}, pas {_fmt.quote(m.figure.text)} comme l'annonce le total"
        en = f"{terms} = {en}, not {_fmt.quote(m.figure.text)} as the total says"
        return self.diagnostic(ctx, m.figure, fr, en,
                               related=[(p.figure, "composante", "part") for p in parts])


_NOT_ADDEND = frozenset({"contre", "change", "change by", "sur les", "dont", "base", "par", "chacun",
                         "au total", "au total avant", "fraction", "soit", "d'entre eux", "rival",
                         "autres", "dépasse", "sous"})


def _occasions_among(m, parts) -> bool:
    """« en moyenne 4 120 spectateurs lors des cinq premiers matches, soit 20 600 entrées au
    total »: a count of occasions beside a count of what they gathered is no part of its sum
    (the total is a mean times a count, or the occasions are only its frame): unsure, quiet."""
    nouns = {p.subject for p in parts if p.explicit_subject and p.subject}
    if m.explicit_subject and m.subject:
        nouns.add(m.subject)
    return len(nouns) > 1 and not nouns.isdisjoint(C.OCCASIONS) and not nouns <= C.OCCASIONS


def _drop_counts(parts, m) -> list:
    """« Au cours des douze derniers mois … 6 120 …, 2 310 … et 1 710 …, soit 9 840 au total »,
    « 36 200 personnes, et les trois premiers jours … 50 300 au total »: a count in words with no
    noun of its own, beside parts and a total in digits, counts months, days or groups, never
    one more part: left out of the sum. So is one of another noun than the total's (« les deux
    candidats … se partagent … 2 460 voix au total »): it counts who holds the total, not a part."""
    def words(x):
        return any(n.words for n in x.figure.numerals)
    if words(m) or all(words(p) for p in parts):
        return parts
    noun = m.subject if m.explicit_subject else None
    return [p for p in parts if not (words(p) and (
        not p.explicit_subject or noun and p.subject and p.subject != noun))]


def _product(parts, t) -> bool:
    """Two figures whose product is the total (« 4 120 spectateurs en moyenne sur cinq matches,
    soit 20 600 entrées »): a mean times a count, never a sum gone wrong."""
    if len(parts) != 2:
        return False
    (a0, a1), (b0, b1) = (_part_bounds(p.figure) for p in parts)
    if min(a0, b0) <= 0:
        return False
    return C.overlap((a0 * b0, a1 * b1), t)


def _by_sentence(ms) -> dict:
    out: dict = {}
    for m in ms:
        f = m.figure
        if f.block is not None:
            out.setdefault((id(f.block), f.sentence), []).append(m)
    return out


def _addend(m, like) -> bool:
    f = like.figure
    g = m.figure
    return g.kind == f.kind and g.unit == f.unit and C.numeric(g) and not C.vague(g) \
        and bool(g.numerals) and not any(n.words for n in g.numerals) \
        and not (m.cues & _NOT_ADDEND) and m.part_of is None and not m.part_kind \
        and m.share_of is None and not m.change_kind and "autre" not in m.qualifiers


def _soit_parts(m, by_sentence):
    """« 15 000 en juin, 22 000 en juillet et 18 000 en août, soit 65 000 passages »: a «soit»
    after a run of at least three figures of one thing is their sum when it is above each of
    them (below, it is a difference, a mean or a net figure: « soit 7 000 de plus »)."""
    f = m.figure
    if f.kind not in ("number", "money", "quantity") or m.cues & {"par", "chacun", "change", "contre"} \
            or m.change_kind or m.share_of is not None or m.part_of is not None or f.approx == "about":
        return None
    run = []
    for x in reversed(by_sentence.get((id(f.block), f.sentence), [])):
        if x.figure.start >= f.start:
            continue
        if not _addend(x, m):
            break       # the run of addends ends at the first figure of another kind
        run.append(x)
    run.reverse()
    if len(run) < 3 or len({x.subject for x in run}) != 1 or run[0].subject is None:
        return None
    if m.source and any(x.source != m.source for x in run):
        return None     # « soit 10 000 selon la CGT »: another count, not their sum
    lo, hi = C.bounds(f)
    if hi <= max(C.bounds(x.figure)[1] for x in run):
        return None
    return run


# who casts the votes of a tally (« soit 152 des 160 députés »)
_VOTERS = frozenset({"voix", "vote", "suffrage", "votant", "député", "sénateur", "élu", "conseiller",
                     "membre", "parlementaire", "délégué", "administrateur", "juré", "bulletin"})


def _dont_parts(m, ms, by_sentence):
    """« 2,35 millions de tonnes, dont 1,6 million de tonnes de blé, 540 000 de maïs et 270 000
    d'orge, soit 2,35 millions au total »: a « soit … au total » that restates the whole of the
    « dont » list just before it (same value, its unit maybe unsaid) is their sum."""
    f = m.figure
    if f.approx is not None or f.is_range or m.part_of is not None or m.change_kind \
            or m.cues & {"par", "chacun", "change", "contre"}:
        return None
    run = []
    for x in reversed(by_sentence.get((id(f.block), f.sentence), [])):
        if x.figure.start >= f.start:
            continue
        if x.part_kind != "dont" or x.part_of is None:
            break
        run.append(x)
    if len(run) < 2 or len({x.part_of for x in run}) != 1 or not 0 <= run[0].part_of < len(ms):
        return None
    w = ms[run[0].part_of]
    g = w.figure
    if g.block is not f.block or g.sentence != f.sentence or g.value != f.value or g.is_range \
            or g.approx is not None or not (g.kind == f.kind and g.unit == f.unit or f.kind == "number" and not f.unit):
        return None
    if any(x.figure.kind != g.kind or x.figure.unit != g.unit or not C.numeric(x.figure) or C.vague(x.figure)
           or x.figure.is_range or x.figure.approx is not None or x.change_kind or x.share_of is not None
           or any(n.words for n in x.figure.numerals) for x in run):
        return None
    return run[::-1]


def _exact(m) -> bool:
    f = m.figure
    return f.kind == "number" and C.numeric(f) and not C.vague(f) and f.approx is None \
        and not f.is_range and bool(f.numerals) and not C.malformed(f) \
        and _part_bounds(f) == (float(f.value), float(f.value))


def _tally_parts(m, by_sentence):
    """« adopté par 98 voix contre 54 et 6 abstentions, soit 158 des 160 députés »: a vote tally,
    for, against and abstentions told in a row, then a « soit » count of voters, is their sum.
    Without abstentions told, the count may include some: only a count below the votes is
    checked. A « soit » at most the larger side (« soit 44 voix d'écart ») is a margin: quiet."""
    if not _exact(m) or m.change_kind or m.share_of is not None or m.cues & {"par", "chacun", "contre"} \
            or m.subject not in _VOTERS or not (m.explicit_subject or m.part_kind == "des"):
        return None
    f = m.figure
    before = [x for x in by_sentence.get((id(f.block), f.sentence), []) if x.figure.start < f.start]
    n = len(before)
    if n >= 3 and before[-1].subject == "abstention" and before[-1].explicit_subject:
        run, full = before[-3:], True
    elif n >= 2:
        run, full = before[-2:], False
    else:
        return None
    yes, no = run[0], run[1]
    if not all(_exact(x) for x in run) or not (yes.explicit_subject and yes.subject == "voix") \
            or yes.cues & {"contre", "soit", "dont"} or "contre" not in no.cues or no.subject != "voix" \
            or (n > len(run) and before[-len(run) - 1].cues & {"contre"}):
        return None
    votes = [x.figure.value for x in run]
    t = f.value
    if t <= max(votes):
        return None
    if sum(votes) > t or full and sum(votes) < t:
        return run
    return None


def _earlier_parts(m, ms, by_sentence):
    """« 71 éoliennes … et 62 machines. Avec Saint-Nazaire, cela fera 231 éoliennes au total »:
    a total with no parts in its own sentence adds up those of the sentence before, maybe with
    one figure of its noun told elsewhere. Its scope is unsure (it may count more than is told),
    so only a total that is that sum with two digits swapped is a mistake: an editor's slip."""
    f = m.figure
    if f.kind not in ("number", "money", "quantity") or f.approx is not None or f.is_range \
            or not f.numerals or any(n.words for n in f.numerals) or f.sentence == 0:
        return None
    digits = _digits(f.value)
    if len(digits) < 3:
        return None
    prev = [x for x in by_sentence.get((id(f.block), f.sentence - 1), []) if _addend(x, m)]
    if len(prev) < 2 or len(prev) > 6 or not m.subject or all(x.subject != m.subject for x in prev) \
            or not all(_same_moment(x, m) for x in prev):
        return None     # parts of another thing, year or place (« l'an prochain, 1 540 postes »)
    here = {id(x) for x in prev} | {id(x) for x in by_sentence.get((id(f.block), f.sentence), [])}
    base = sum(x.figure.value for x in prev)
    options = [(base, prev)]
    seen = {base}
    for x in sorted(ms, key=lambda x: C.headline(x.figure)):     # the body's figure first
        if id(x) in here or not m.subject or x.subject != m.subject or not _addend(x, m) \
                or x.figure.is_range or not C.context_compatible(x, m):
            continue
        v = base + x.figure.value
        if v not in seen and len(options) < 8:
            seen.add(v)
            options.append((v, [x] + prev))
    t = C.bounds(f)
    if any(C.overlap((v, v), t) for v, _ in options):
        return None     # one of the sums gives it
    slips = [parts for v, parts in options if _digits(v) != digits and sorted(_digits(v)) == sorted(digits)]
    return slips[0] if len(slips) == 1 else None


def _counted_parts(m, by_sentence):
    """« Volkswagen … 2 150 voitures, devant Skoda (1 890) et BMW (1 420). À elles trois, ces
    marques représentent 5 960 voitures au total »: a total that says how many parts it counts
    (« à elles trois », « à eux deux »), with no other figure before it in its sentence, adds up
    the sentence before when that one gives exactly that many figures of its kind and unit, all
    of its noun (a sum of money or a quantity: of its unit) and moment (one of another kind, a
    comparison, a share: unsure, quiet)."""
    f = m.figure
    if f.kind not in ("number", "money", "quantity") or f.approx is not None or f.is_range \
            or not f.numerals or any(n.words for n in f.numerals) or f.sentence == 0 \
            or not m.subject and f.kind == "number" or m.change_kind or m.share_of is not None or m.part_of is not None:
        return None
    key = id(f.block)
    before = [x for x in by_sentence.get((key, f.sentence), []) if x.figure.start < f.start]
    if len(before) != 1 or "à eux" not in before[0].cues:
        return None
    count = before[0].figure.value
    prev = [x for x in by_sentence.get((key, f.sentence - 1), [])
            if x.figure.kind == f.kind and x.figure.unit == f.unit]
    if len(prev) != count or not all(_addend(x, m) and x.subject == m.subject and _same_moment(x, m)
                                     and x.figure.approx is None and not x.figure.is_range for x in prev):
        return None
    return prev


_BALLOTS = frozenset({"bulletin", "suffrage"})
_NOT_A_VOTE = frozenset({"soit", "dont", "au total", "au total avant", "par", "chacun", "sur les",
                         "d'entre eux", "fraction", "base", "autres", "change by", "dépasse", "sous"})


def _ballot_parts(m, by_sentence):
    """« X obtient 41 240 voix, contre 24 615 à Y … Z recueille 6 210 voix. Avec les 1 160 voix
    éparses, on compte 81 935 bulletins valables au total »: a count told candidate by candidate,
    in a run of sentences of the paragraph that each give votes, then the ballots « au total ».
    Only an overshoot is checked (blank ballots may fill a shortfall), and only a small one: far
    above, each ballot carries several votes (an election to several seats)."""
    f = m.figure
    if not _exact(m) or m.subject not in _BALLOTS or not m.explicit_subject or m.change_kind \
            or m.share_of is not None or m.part_of is not None or m.cues & {"soit", "dont", "par"}:
        return None
    key = id(f.block)
    parts = []
    for sent in range(f.sentence, max(-1, f.sentence - 4), -1):
        here = [x for x in by_sentence.get((key, sent), []) if x.figure.start < f.start]
        votes = [x for x in here if x.subject == "voix" and x.figure.kind == "number"]
        if not votes:
            if sent == f.sentence:
                continue
            break
        for x in votes:
            if not _exact(x) or x.cues & _NOT_A_VOTE or x.change_kind or x.share_of is not None \
                    or x.part_of is not None or x.part_kind or not _same_moment(x, m):
                return None     # a share, a margin, another round's count: unsure what adds up
        parts = votes + parts
    return parts if len(parts) >= 3 else None


def _overshoot(parts, m) -> bool:
    """The votes exceed the ballots by at most a tenth: one part or the total slipped."""
    total = float(m.figure.value)
    s = sum(float(p.figure.value) for p in parts)
    return total < s <= 1.1 * total


_NOT_TOLD_PART = frozenset({"contre", "dont", "soit", "par", "chacun", "au total", "au total avant", "autres",
                            "rival", "sur les", "d'entre eux", "base", "fraction", "dépasse", "sous", "change by"})


def _announced_parts(m, by_sentence):
    """« Les trois branches du groupe ont progressé. Les fromages ont réalisé 3 120 millions
    d'euros … La branche lait … 1 980 millions d'euros … Les produits frais … 1 490 millions
    d'euros, contre 1 320 millions en 2024, soit un total de 6 540 millions d'euros »: a paragraph
    that says how many parts it gives (a small count in words, alone in its sentence), then gives
    exactly that many figures of the total's kind and unit, one a sentence (« contre » figures,
    changes and shares aside), before a « soit un total de ». Those are its parts."""
    f = m.figure
    if f.kind not in ("number", "money", "quantity") or f.approx is not None or f.is_range \
            or not f.numerals or any(n.words for n in f.numerals) or m.change_kind:
        return None
    key = id(f.block)
    for sent in range(f.sentence - 1, max(-1, f.sentence - 8), -1):
        here = by_sentence.get((key, sent), [])
        if len(here) != 1:
            continue
        n = here[0]
        g = n.figure
        if not (g.kind == "number" and n.subject and g.approx is None and not g.is_range and g.numerals
                and all(x.words for x in g.numerals) and g.value in (2, 3, 4, 5, 6)):
            continue
        parts = []
        for s2 in range(sent + 1, f.sentence + 1):
            told = [x for x in by_sentence.get((key, s2), []) if x.figure.start < f.start and _told_part(x, m)]
            if len(told) > 1:
                return None     # two figures of the kind in one sentence: which is the part?
            parts += told
        return parts if len(parts) == g.value else None
    return None


def _two_sentence_parts(m, by_sentence):
    """« Le Grand Tunis en a enregistré 41.300, le Centre-Est 38.700 et le Nord-Ouest 14.900.
    Le Nord-Est en compte 19.800, … et le Sud-Ouest 9.500, soit un total de 165.800
    naissances »: a list of bare counts (no noun of their own, or the total's) run over two
    sentences of a paragraph, every figure of both before « soit un total de » a part, adds up
    both. A list that may start earlier (a figure of the kind the sentence before), a part of
    another noun, a « dont » or a « contre »: unsure, quiet. A total that the last sentence
    alone gives counts that sentence only: quiet."""
    f = m.figure
    if f.kind not in ("number", "money", "quantity") or f.approx is not None or f.is_range \
            or not f.numerals or any(n.words for n in f.numerals) or m.change_kind \
            or not (m.subject and m.explicit_subject) or f.sentence == 0 \
            or m.share_of is not None or m.part_of is not None:
        return None
    key = id(f.block)

    def parts_of(sent):
        xs = [x for x in by_sentence.get((key, sent), []) if x.figure.start < f.start]
        if len(xs) < 2 or not all(_told_part(x, m) and x.subject in (None, m.subject)
                                  and (x.source is None or x.source == m.source)
                                  and (x.time is None or x.time == m.time) for x in xs):
            return None
        return xs

    here, prev = parts_of(f.sentence), parts_of(f.sentence - 1)
    if here is None or prev is None:
        return None
    if any(x.figure.kind == f.kind and x.figure.unit == f.unit
           for x in by_sentence.get((key, f.sentence - 2), [])):
        return None     # the list may start earlier: which sentences does the total count?
    t = C.bounds(f)
    if C.overlap(C.add([_part_bounds(x.figure) for x in here]), t):
        return None
    return prev + here


def _scale(f) -> float:
    return max((n.scale or 1) for n in f.numerals) if f.numerals else 1


def _paragraph_addend(x, m) -> bool:
    """A part of a paragraph-long list before « pour un total de »: a plain figure of the total's
    kind and unit, or, for a sum of money in millions or more, a bare figure of that scale whose
    currency the list said once (« 95,7 millions de dollars …, 78,4 millions, 64,2 millions »)."""
    g, f = x.figure, m.figure
    if not (g.kind == f.kind and g.unit == f.unit):
        if not (f.kind == "money" and g.kind == "number" and g.unit is None and not x.explicit_subject
                and _scale(g) == _scale(f) >= 1e6):
            return False
    return C.numeric(g) and not C.vague(g) and g.approx is None and not g.is_range and bool(g.numerals) \
        and not any(n.words for n in g.numerals) and not C.malformed(g) and not (x.cues & _NOT_TOLD_PART) \
        and x.part_of is None and x.share_of is None and not x.part_kind and not x.change_kind \
        and not x.total_of and _same_moment(x, m) and "autre" not in x.qualifiers


_BESIDE = frozenset({"date", "ordinal", "duration"})


def _paragraph_parts(m, by_sentence):
    """« Le transport reste le premier poste, à 95,7 millions de dollars. Suivent la sécurité
    publique, à 78,4 millions, l'hygiène du milieu, à 64,2 millions, et la dette, à 59,1 millions.
    Les loisirs reçoivent 55,9 millions, et l'administration 48,3 millions, pour un total de
    398,6 millions de dollars »: a total that closes a list run over the paragraph (« un total
    de » after parts in its own sentence, every figure of the paragraph before it a part of its
    kind and unit; dates, ordinals and durations aside) adds up the list (« sur un total de »
    does not: the parts are some of it). At least four parts
    over two sentences or more. One figure of the list may be a detail of another (« après
    l'ajout de 3 millions pour le déneigement ») or out of the list: when the total is the sum
    with any one of them left out, quiet."""
    f = m.figure
    if f.kind not in ("number", "money", "quantity") or f.approx is not None or f.is_range \
            or not f.numerals or any(n.words for n in f.numerals) or m.change_kind or f.sentence == 0 \
            or m.share_of is not None or m.part_of is not None or m.part_kind or m.cues - {"au total avant"} \
            or not m.notes.get("pour un total"):
        return None     # « sur un total de »: parts out of a larger whole, not its sum
    key = id(f.block)
    parts: list = []
    for sent in range(f.sentence, -1, -1):
        xs = [x for x in by_sentence.get((key, sent), []) if x.figure.start < f.start]
        if sent == f.sentence and not xs:
            return None     # « Au total, 520 emplois … »: no part in its sentence, no list it closes
        for x in reversed(xs):
            if x.figure.kind in _BESIDE:
                continue
            if not _paragraph_addend(x, m):
                return None
            parts.append(x)
    parts.reverse()
    if len(parts) < 4 or len({x.figure.sentence for x in parts}) < 2 or len(parts) > 12:
        return None
    t = C.bounds(f)
    bs = [_part_bounds(x.figure) for x in parts]
    s = C.add(bs)
    if any(C.overlap((s[0] - b[0], s[1] - b[1]), t) for b in bs):
        return None
    return parts


def _told_part(x, like) -> bool:
    g, f = x.figure, like.figure
    return g.kind == f.kind and g.unit == f.unit and C.numeric(g) and not C.vague(g) and g.approx is None \
        and not g.is_range and bool(g.numerals) and not any(n.words for n in g.numerals) \
        and not C.malformed(g) and not (x.cues & _NOT_TOLD_PART) and x.part_of is None \
        and x.share_of is None and not x.part_kind and not x.change_kind


def _told_before(m, parts, s, t, by_sentence) -> bool:
    """« … un bassin de 525 m². Il est complété par un bassin de 150 m² et une pataugeoire de
    40 m², soit 715 m² au total »: parts that fall short of the total may leave out one told in
    the sentences before, in the same paragraph. Adding those of the same kind and unit, nearest
    first, reaches the total: say nothing (unsure what the total counts)."""
    f = m.figure
    if f.block is None:
        return False
    first = min([f.sentence] + [p.figure.sentence for p in parts if p.figure.block is f.block])
    used = {id(p) for p in parts}
    added = 0
    for sent in range(first - 1, max(-1, first - 4), -1):
        for x in reversed(by_sentence.get((id(f.block), sent), [])):
            g = x.figure
            if id(x) in used or g.kind != f.kind or g.unit != f.unit or not C.numeric(g) \
                    or C.malformed(g) or C.vague(g) or not g.numerals or any(n.words for n in g.numerals):
                continue    # « des milliers », « plus de 150 »: no part that can complete a sum
            b = _part_bounds(g)
            if b[1] - b[0] > 0.5 * max(abs(b[1]), 1):
                continue
            s = C.add([s, b])
            added += 1
            if C.overlap(s, t):
                return True
            if s[0] > t[1] or added >= 6:
                return False
    return False


def _same_moment(a, b) -> bool:
    """Same source and moment (a sum's parts may be of different places: « à Fécamp … »)."""
    if a.source and b.source and a.source != b.source or a.time and b.time and a.time != b.time:
        return False
    return bool(a.time) == bool(b.time) or not C._a_year(a.time or b.time)


def _part_bounds(f) -> tuple[float, float]:
    """A count written to the unit (« 7 », « 1 350 », « sept ») is exact: four of them add up to
    one number, not to ±2. A rounded figure (« 2,5 millions », « 30.000 ») keeps its tolerance."""
    if f.kind == "number" and f.approx is None and not f.is_range and f.numerals \
            and f.tolerance <= 0.5 and f.value == int(f.value) \
            and all((n.scale or 1) == 1 and not n.decimals for n in f.numerals):
        return float(f.value), float(f.value)
    return C.bounds(f)


def _digits(v) -> str:
    if not isinstance(v, (int, float)) or v != int(v) or v <= 0:
        return ""
    return str(int(v))


def _sum_text(parts, like, lang: str) -> str:
    if any(p.figure.is_range for p in parts):
        lo = sum(min(p.figure.low, p.figure.high) if p.figure.is_range else float(p.figure.value) for p in parts)
        hi = sum(max(p.figure.low, p.figure.high) if p.figure.is_range else float(p.figure.value) for p in parts)
        return f"{C.fmt(lo, like, lang)} {'à' if lang == 'fr' else 'to'} {C.fmt(hi, like, lang)}"
    return C.fmt(sum(_mid(p.figure) for p in parts), like, lang)


def _mid(f) -> float:
    if f.is_range:
        return (f.low + f.high) / 2
    return float(f.value)
