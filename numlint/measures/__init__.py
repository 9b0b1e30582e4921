"""Stage 3: what each figure counts (subject, qualifiers, source, time, place) and how the
figures of an article relate (part of, total, share, change).

The only stage besides the document and figures stages that reads text: it walks the words of
each block around every figure, once, and records on the Measure whatever cue a rule needs.
Everything is a single left-to-right pass over tokens per block (linear time).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from numlint.document.model import Block, Document
from numlint.figures.model import Figure
from numlint.measures import lemmas as L
from numlint.measures.model import Measure

# One quantifier per alternative: linear on any input.
_LETTERS = "A-Za-zÀ-ÖØ-öø-ÿŒœÆæ"
_TOKEN = re.compile(rf"[{_LETTERS}][{_LETTERS}\-]{{0,60}}|\d{{1,12}}|[^\s{_LETTERS}\d]")
_ELIDED = frozenset({"d", "l", "s", "n", "c", "j", "m", "t", "qu", "jusqu", "lorsqu", "puisqu"})
_PUNCT_BREAK = frozenset({",", ";", ":", ".", "(", ")", "«", "»", "!", "?", "—", "–", "\"", "“", "”"})
_APOS = "'’"


# relative times by their first word, in the table's order (the first that matches wins)
_RELATIVE_BY_FIRST: dict[str, list] = {}
for _words, _key in L.RELATIVE_TIMES.items():
    _RELATIVE_BY_FIRST.setdefault(_words[0], []).append((_words, _key))
_EACH = frozenset({"chacun", "chacune", "chaque", "respectivement"})


@dataclass(slots=True)
class Tok:
    kind: str          # "w" word, "f" figure, "p" punctuation, "n" bare digits (masked number)
    w: str             # lower-cased text ("d'" for elisions)
    start: int         # local offsets in block.text
    end: int
    raw: str = ""
    fig: int = -1      # index into the measures list for "f"
    sent: int = 0


def build(doc: Document, figures: list[Figure], cache: dict | None = None) -> list[Measure]:
    """`cache` (engine.BlockCache.measures) keeps each block's reading, keyed by what the reader
    sees (text, offset map relative to the block, sentences), for the language server."""
    measures = [Measure(figure=f) for f in figures]
    by_block: dict[int, list[int]] = {}
    blocks: dict[int, Block] = {}
    for i, f in enumerate(figures):
        try:
            measures[i].line = doc.line_col(f.start)[0]
        except Exception:
            pass
        if f.block is not None:
            by_block.setdefault(id(f.block), []).append(i)
            blocks[id(f.block)] = f.block
    for key, idxs in by_block.items():
        block = blocks[key]
        ckey = _cache_key(block, idxs, measures) if cache is not None else None
        if ckey is not None and ckey in cache:
            _restore(cache[ckey], idxs[0], measures)
            continue
        try:
            _Reader(block, idxs, measures).run()
        except Exception:   # a reader bug must never cost the user a traceback
            continue
        if ckey is not None:
            snap = _snapshot(idxs, measures)
            if snap is not None:
                cache[ckey] = snap
    for m in measures:
        f = m.figure
        if m.explicit_subject:
            f.subject = m.subject
        f.qualifiers = sorted(m.qualifiers)
    _link_fraction_wholes(measures)
    return measures


# ---------------------------------------------------------------------------------------------
# Per-block cache (language server): a block's reading depends only on what the reader sees, which
# does not change when an edit elsewhere shifts the block in the file.

_INDEX_FIELDS = ("part_of", "share_of", "share_part", "change_from", "change_to")
_KEPT_FIELDS = tuple(f for f in Measure.__dataclass_fields__ if f not in ("figure", "line"))


def _cache_key(block: Block, idxs: list[int], measures: list[Measure]):
    if idxs != list(range(idxs[0], idxs[0] + len(idxs))) or not block.segments:
        return None
    f0 = block.segments[0][1]
    segs = tuple((t, f - f0) for t, f in block.segments)
    figs = tuple((m.figure.kind, m.figure.start - f0, m.figure.end - f0, m.figure.text)
                 for m in (measures[i] for i in idxs))
    return block.text, segs, tuple(block.sentences), figs


def _snapshot(idxs: list[int], measures: list[Measure]) -> list[dict] | None:
    """The reader's output for a block, with measure indices relative to its first figure."""
    base, end = idxs[0], idxs[0] + len(idxs)
    inside = lambda x: x is None or base <= x < end
    out = []
    for i in idxs:
        m = measures[i]
        d = {name: getattr(m, name) for name in _KEPT_FIELDS}
        for name in _INDEX_FIELDS:
            if not inside(d[name]):
                return None
            if d[name] is not None:
                d[name] -= base
        if not all(inside(x) for x in m.total_of):
            return None
        d["total_of"] = [x - base for x in m.total_of]
        notes = dict(m.notes)
        fr = notes.get("fraction")
        if fr is not None:
            if not (inside(fr.get("fig")) and inside(fr.get("whole"))) or fr.get("fig") is None \
                    or (fr.get("start"), fr.get("end")) != (measures[fr["fig"]].figure.start, measures[fr["fig"]].figure.end):
                return None
            fr = dict(fr, fig=fr["fig"] - base)
            if fr.get("whole") is not None:
                fr["whole"] -= base
            notes["fraction"] = fr
        d["notes"] = notes
        out.append(d)
    return out


def _restore(snap: list[dict], base: int, measures: list[Measure]) -> None:
    for r, d in enumerate(snap):
        m = measures[base + r]
        m.__dict__.update(d)
        for name in _INDEX_FIELDS:
            if d[name] is not None:
                setattr(m, name, d[name] + base)
        m.total_of = [x + base for x in d["total_of"]]
        notes = dict(d["notes"])
        fr = notes.get("fraction")
        if fr is not None:
            f = measures[base + fr["fig"]].figure
            fr = dict(fr, fig=fr["fig"] + base, start=f.start, end=f.end)
            if fr.get("whole") is not None:
                fr["whole"] += base
            notes["fraction"] = fr
        m.notes = notes


# ---------------------------------------------------------------------------------------------
# Offsets


def _local(block: Block, file_offset: int) -> int:
    """Inverse of Block.file_offset: the text index standing at a file offset."""
    segs = block.segments
    if not segs:
        return 0
    files = block.__dict__.get("_numlint_files")
    if files is None or len(files) != len(segs):
        files = block.__dict__["_numlint_files"] = [f for _, f in segs]
    n = max(0, bisect.bisect_right(files, file_offset) - 1)
    t, f = segs[n]
    return max(0, min(len(block.text), t + (file_offset - f)))


# ---------------------------------------------------------------------------------------------
# The reader of one block


class _Reader:
    def __init__(self, block: Block, idxs: list[int], measures: list[Measure]):
        self.block = block
        self.text = block.text
        self.idxs = idxs
        self.ms = measures
        self.toks: list[Tok] = []
        self.pos: dict[int, int] = {}       # measure index -> token index
        self._left: dict[int, list[str]] = {}
        self._fraction: dict[int, bool] = {}   # measure index -> is_fraction, asked in every pairing

    # -- tokens ---------------------------------------------------------------------------------

    def tokenize(self) -> None:
        text = self.text
        local = self._local
        spans = []
        for i in self.idxs:
            f = self.ms[i].figure
            s, e = local(f.start), local(f.end - 1) + 1 if f.end > f.start else local(f.start)
            core_e = e
            if f.kind in ("number", "ordinal") and f.numerals:
                ne = max(local(n.end - 1) + 1 for n in f.numerals)
                if s < ne <= e:
                    core_e = ne
            spans.append((s, core_e, e, i))
        spans.sort()
        toks: list[Tok] = []
        append = toks.append
        nspans = len(spans)
        k = 0
        # the next figure's (start, core end), or beyond the text when none is left
        ns, nce = (spans[0][0], spans[0][1]) if spans else (len(text) + 1, len(text) + 1)
        for m in _TOKEN.finditer(text):
            a = m.start()
            if a >= ns:
                while k < nspans and spans[k][1] <= a:
                    s, ce, e, i = spans[k]
                    if not toks or toks[-1].fig != i:
                        append(Tok("f", text[s:ce].lower(), s, ce, text[s:e], i))
                    k += 1
                ns, nce = (spans[k][0], spans[k][1]) if k < nspans else (len(text) + 1, len(text) + 1)
                if ns <= a < nce:
                    s, ce, e, i = spans[k]
                    if not toks or toks[-1].fig != i:
                        append(Tok("f", text[s:ce].lower(), s, ce, text[s:e], i))
                    continue
            raw = m.group()
            c = raw[0]
            if c.isdigit():
                append(Tok("n", raw, a, m.end(), raw))
            elif c.isalpha():
                b = m.end()
                w = raw.lower().strip("-")
                if b < len(text) and text[b] in _APOS and w in _ELIDED:
                    w += "'"
                    b += 1
                append(Tok("w", w, a, b, raw))
            elif c in _APOS:
                continue
            else:
                append(Tok("p", raw, a, m.end(), raw))
        while k < nspans:
            s, ce, e, i = spans[k]
            append(Tok("f", text[s:ce].lower(), s, ce, text[s:e], i))
            k += 1
        starts = [s for s, _ in self.block.sentences] or [0]
        # per sentence: its first token, its figures, whether it says "chacun": computed once, so
        # that no figure walks its whole sentence (a 2 MB one-line file is one sentence)
        self.pos = pos = {}
        self.sent_first = sent_first = {}
        self.sent_figs = sent_figs = {}
        self.sent_each = sent_each = set()
        nst, si = len(starts), 0
        nxt = starts[1] if nst > 1 else None
        for j, t in enumerate(toks):
            st = t.start
            if nxt is not None and st >= nxt:
                si = bisect.bisect_right(starts, st, si) - 1
                nxt = starts[si + 1] if si + 1 < nst else None
            elif st < starts[si]:      # tokens are in text order; kept exact whatever happens
                si = max(0, bisect.bisect_right(starts, st) - 1)
                nxt = starts[si + 1] if si + 1 < nst else None
            t.sent = si
            if si not in sent_first:
                sent_first[si] = j
            kind = t.kind
            if kind == "f":
                pos[t.fig] = j
                if si in sent_figs:
                    sent_figs[si].append(j)
                else:
                    sent_figs[si] = [j]
            elif kind == "w" and t.w in _EACH:
                sent_each.add(si)
        self.toks = toks
        self.first_part: dict[int, int] = {}

    def _local(self, file_offset: int) -> int:
        return _local(self.block, file_offset)

    # -- helpers --------------------------------------------------------------------------------

    def w(self, j: int) -> str:
        return self.toks[j].w if 0 <= j < len(self.toks) else ""

    def same_sent(self, j: int, k: int) -> bool:
        toks = self.toks
        return 0 <= j < len(toks) and 0 <= k < len(toks) and toks[j].sent == toks[k].sent

    def left_words(self, j: int, n: int) -> list[str]:
        """Up to n (at most 12) tokens before j in the same sentence, nearest last."""
        cached = self._left.get(j)
        if cached is None:
            toks = self.toks
            out = []
            s = toks[j].sent if 0 <= j < len(toks) else -1
            k = j - 1
            while k >= 0 and len(out) < 12 and toks[k].sent == s:
                t = toks[k]
                out.append(t.w if t.kind != "f" else "#")
                k -= 1
            cached = self._left[j] = out[::-1]
        return cached[-n:] if n < len(cached) else list(cached)

    def fig_tok(self, i: int) -> int:
        return self.pos.get(i, -1)

    def kind_of(self, i: int) -> tuple:
        f = self.ms[i].figure
        return (f.kind, f.unit)

    # -- the pass ---------------------------------------------------------------------------------

    def run(self) -> None:
        self.tokenize()
        if not self.toks:
            return
        self.times = self.find_times()
        self.time_pos = [tj for tj, _ in self.times]
        self.sources = self.find_sources()
        self.source_pos = [sj for sj, _ in self.sources]
        for i in self.idxs:
            self.read_figure(i)
        self.link_parts()
        self.link_totals()
        self.link_shares()
        self.link_changes()
        self.inherit_subjects()

    # -- subject and qualifiers -------------------------------------------------------------------

    def read_figure(self, i: int) -> None:
        j = self.fig_tok(i)
        if j < 0:
            return
        m = self.ms[i]
        f = m.figure
        toks = self.toks
        n = len(toks)
        cues = set()
        self.q_end = j + 1
        if is_fraction(f):
            m.time, m.source = self.time_of(j), self.source_of(j)
            m.cues = frozenset({"fraction"} | ({"soit"} if "soit" in self.left_words(j, 4) else set()))
            return
        # inside the figure text (the figures stage may include the noun: "25.000 soldats")
        k = j + 1
        # words inside the figure's own text after its core come first, then the text after it
        while k < n and toks[k].kind == "w" and toks[k].w in L.SCALE and self.same_sent(k, j):
            k += 1
        if k < n and toks[k].w in ("de", "d'") and self.same_sent(k, j):
            k += 1
        subject, quals, explicit = None, set(), False
        if k < n and self.same_sent(k, j):
            t = toks[k]
            if t.w == "entre" and toks[k - 1].w == "d'" and self.w(k + 1) in ("eux", "elles"):
                m.part_kind = "entre"
                cues.add("d'entre eux")
            elif t.w in ("des",) and k + 1 < n and toks[k + 1].kind == "f" and self.same_sent(k + 1, j):
                # "4.000 des 11.000 soldats", "36 % des 11.000 soldats"
                whole = toks[k + 1].fig
                self.ms[whole].cues = self.ms[whole].cues | {"base"}
                if f.kind == "percent":
                    m.share_of = whole
                else:
                    m.part_of, m.part_kind = whole, "des"
            else:
                if t.w == "autres":
                    quals.add("autre")
                    k += 1
                while k < n and toks[k].w in L.PRE_ADJ and self.same_sent(k, j):
                    k += 1
                if k < n and f.kind in ("percent",) and toks[k].w in ("des", "du", "de") and self.same_sent(k, j):
                    k += 1
                    if self.w(k) in ("la", "l'", "les"):
                        k += 1
                if k < n and toks[k].kind == "w" and self.same_sent(k, j) and L.is_noun_candidate(toks[k].raw) \
                        and toks[k].w not in L.TIME_NOUNS:
                    if self.left_words(j, 1) == ["dont"] and L.participle(toks[k].w) \
                            and L.qualifier(toks[k].w) not in L.CASUALTY:
                        # "dont 700 opérés par Ryanair": a state of the whole's noun
                        quals.add(L.participle(toks[k].w))
                    elif f.kind in ("number", "percent", "ordinal"):
                        subject, explicit = L.noun_lemma(toks[k].w), True
                        q = L.qualifier(toks[k].w)
                        if q and q in L.CASUALTY and subject not in ("mort", "blessé"):
                            subject = q
                        k += 1
                        # skip a noun complement: "chefs d'entreprise", "drones d'attaque"
                        if self.w(k) in ("de", "d'") and toks[k + 1:k + 2] and toks[k + 1].kind == "w" \
                                and L.is_noun_candidate(toks[k + 1].raw) and not L.qualifier(toks[k + 1].w):
                            k += 2
                    quals |= self.read_qualifiers(k, j)
                    if explicit and self.q_end > j + 1:
                        # the phrase for messages: "25.000 à 30.000 soldats supplémentaires"
                        stop = self.q_end if self.q_tight is None else min(self.q_tight, self.q_end)
                        last = toks[min(stop, n) - 1]
                        fs = _local(self.block, f.start)
                        if last.end > fs and last.end - fs < 160:
                            m.notes["phrase"] = self.text[fs:last.end]
        # "le nombre de soldats tués ou blessés est estimé à 4.000", "portant à 10 000 le nombre de"
        if subject is None and m.part_kind is None and m.part_of is None and f.kind == "number":
            s2, q2 = self.nombre_de(j)
            if s2:
                subject, explicit = s2, True
                quals |= q2
        left = self.left_words(j, 6)
        lw = left[-1] if left else ""
        if f.approx is None and (lw in ("environ", "quelque", "presque") or left[-2:] in (["près", "de"], ["près", "d'"])):
            cues.add("about")     # "d'environ 20 %" read without its approximation
        if lw == "dont":
            cues.add("dont")
        if lw == "sur" and any(t == "#" for t in left[-5:-1]):
            cues.add("base")      # "127 000 admis sur 136 000 candidats": the base of a ratio
        if "soit" in left[-4:]:
            cues.add("soit")
        if lw == "contre" or left[-2:] == ["par", "rapport"] or lw in ("après", "avant") \
                or left[-3:] == ["au", "lieu", "de"]:
            cues.add("contre")
        if left[-3:] == ["en", "plus", "des"] or left[-3:] == ["outre", "les"]:
            cues.add("en plus des")
        if any(t in L.CHANGE_UP or t in L.CHANGE_DOWN for t in left[-3:]):
            cues.add("change")
        if len(left) >= 2 and left[-1] in ("de", "d'") and left[-2] in L.CHANGE_BY:
            cues.add("change by")   # "a augmenté de 230 000 personnes": a difference, not a count
        if "seule" in left[-3:] or "seul" in left[-3:]:
            cues.add("à elle seule")
        if lw in ("dépasse", "dépassé", "dépassent", "franchi", "franchit", "excède", "dépasser") \
                or left[-2:] in (["dépasse", "les"], ["franchi", "les"], ["franchit", "les"], ["dépassé", "les"]):
            cues.add("dépasse")
        if f.kind == "percent" and ({"autres", "restants", "restant"} & set(self.left_words(j, 12))
                                    or self.w(j + 1) in ("restants", "restant")):
            cues.add("autres")
        if f.kind in ("number", "money", "quantity"):
            after = self.q_end if explicit else j + 1
            for x in (after, j + 1):
                # a rate ("3 millions d'euros par jour", "1,62 enfant par femme"), not an agent
                if self.w(x) == "par" and x + 1 < n and toks[x + 1].w in L.RATE_NOUNS:
                    cues.add("par")
        if self.au_total_after(j):
            cues.add("au total")
        if self.au_total_before(j):
            cues.add("au total avant")
        if f.kind == "percent":
            rest = [self.w(x) for x in range(j + 1, min(n, j + 3))]
            if rest[:2] == ["de", "moins"] or rest[:2] == ["de", "plus"]:
                cues.add("change")
        if toks[j].sent in self.sent_each:
            cues.add("chacun")
        if "déjà" in [self.w(x) for x in range(j + 1, min(n, j + 8))] or "déjà" in left[-2:]:
            quals.add("déjà")
        m.subject = subject
        m.explicit_subject = explicit
        m.qualifiers = frozenset(quals)
        m.cues = frozenset(cues)
        m.time = self.time_of(j)
        m.source = self.source_of(j)
        m.place = self.place_of(j)

    def read_qualifiers(self, k: int, j: int) -> set[str]:
        """State and who words after the noun, through auxiliaries ("ont été blessées")."""
        toks, out = self.toks, set()
        steps = 0
        first = True
        self.q_end = k
        self.q_tight = None
        while k < len(toks) and steps < 8 and self.same_sent(k, j):
            t = toks[k]
            if t.kind != "w":
                break
            q = L.qualifier(t.w)
            if q:
                out.add(q)
            elif t.w == "ou" and out:
                pass
            elif t.w in L.AUX or t.w.endswith("ment"):
                if self.q_tight is None:
                    self.q_tight = k
            elif t.w in L.BREAK:
                break
            elif (first or toks[k - 1].w in ("été", "sont", "ont", "étaient")) and L.participle(t.w):
                out.add(L.participle(t.w))
            elif first and L.adjective(t.raw):
                out.add(L.adjective(t.raw))    # "enfants survivants", "logements anciens"
            else:
                break
            first = False
            k += 1
            steps += 1
            self.q_end = k
        if "tué" in out and "blessé" in out:
            out -= {"tué", "blessé"}
            out.add("tué ou blessé")
        return out

    def nombre_de(self, j: int) -> tuple[str | None, set]:
        toks = self.toks
        # left: "le nombre de X … est estimé à N" (same sentence, no figure in between)
        k = j - 1
        steps = 0
        while k >= 1 and steps < 14 and self.same_sent(k, j) and toks[k].kind != "f":
            if toks[k].w in ("de", "d'") and toks[k - 1].w == "nombre" and k + 1 < j and toks[k + 1].kind == "w":
                return L.noun_lemma(toks[k + 1].w), self.read_qualifiers(k + 2, j)
            k -= 1
            steps += 1
        # right: "portant à 10 000 le nombre de militaires"
        if self.w(j + 1) == "le" and self.w(j + 2) == "nombre" and self.w(j + 3) in ("de", "d'") \
                and j + 4 < len(toks) and toks[j + 4].kind == "w":
            return L.noun_lemma(toks[j + 4].w), self.read_qualifiers(j + 5, j)
        return None, set()

    def au_total_after(self, j: int) -> bool:
        toks = self.toks
        k = j + 1
        steps = 0
        while k < len(toks) and steps < 6 and self.same_sent(k, j):
            t = toks[k]
            if t.kind == "f" or t.w in _PUNCT_BREAK and t.w not in ("(", ")"):
                return False
            if t.w == "total" and self.w(k - 1) == "au":
                return True
            if t.w == "tout" and self.w(k - 1) == "en":
                return True
            if t.w == "ces" and self.w(k - 1) == "pour" and k + 1 < len(toks) and (
                    toks[k + 1].kind == "f" or toks[k + 1].w in ("deux", "trois", "quatre", "cinq", "six")):
                return True
            k += 1
            steps += 1
        return False

    def au_total_before(self, j: int) -> bool:
        left = self.left_words(j, 4)
        return "total" in left and ("au" in left or "un" in left)

    # -- time, source, place ------------------------------------------------------------------------

    def find_times(self) -> list[tuple[int, str]]:
        """(token index, time key) of every time expression in the block."""
        out = []
        toks = self.toks
        for j, t in enumerate(toks):
            if t.kind == "f":
                f = self.ms[t.fig].figure
                if f.kind == "date" and f.value is not None:
                    out.append((j, str(f.value)))
            elif t.kind == "n" and len(t.w) == 4 and t.w[:2] in ("19", "20"):
                out.append((j, t.w))
            elif t.kind == "w":
                if t.w in L.WEEKDAYS and not (j + 1 < len(toks) and toks[j + 1].kind in ("f", "n")):
                    out.append((j, t.w))
                else:
                    for words, key in _RELATIVE_BY_FIRST.get(t.w, ()):
                        if all(self.w(j + x) == words[x] for x in range(1, len(words))):
                            out.append((j, key))
                            break
        return out

    def time_of(self, j: int) -> str | None:
        """The nearest time after the figure in its clause, else the latest one before it in the
        sentence, else the latest in the block before it."""
        toks = self.toks
        n = bisect.bisect_right(self.time_pos, j)
        if n < len(self.times):
            tj, key = self.times[n]
            if tj > j and self.same_sent(tj, j) and tj - j <= 8 \
                    and self.w(tj - 1) not in ("depuis", "de", "dès", "avant", "après", "des", "du"):
                between = toks[j + 1:tj]
                if not any((t.kind == "f" and self.ms[t.fig].figure.kind != "date") or t.w == ";"
                           for t in between):
                    return key
        return self.times[n - 1][1] if n > 0 else None

    def find_sources(self) -> list[tuple[int, str]]:
        out = []
        toks = self.toks
        for j, t in enumerate(toks):
            if t.kind != "w":
                continue
            if t.w == "selon" or (t.w == "après" and self.w(j - 1) == "d'"):
                k = j + 1
                while k < len(toks) and (toks[k].w in L.SOURCE_DET or toks[k].w in L.SOURCE_ADJ) and k - j < 5:
                    k += 1
                if k < len(toks) and toks[k].kind == "w":
                    word = toks[k].w
                    if word in ("même", "mêmes"):
                        prev = out[-1][1] if out else None
                        if prev:
                            out.append((j, prev))
                        continue
                    out.append((j, L.noun_lemma(word)))
            elif t.w in L.SOURCE_VERBS and (t.w != "fait" or self.w(j + 1) == "état"):
                if self.w(j + 1) == "par":
                    k = j + 2
                    while k < len(toks) and toks[k].w in L.SOURCE_DET and k - j < 5:
                        k += 1
                    if k < len(toks) and toks[k].kind == "w":
                        out.append((j, L.noun_lemma(toks[k].w)))
                    continue
                # "La CGT revendique 300 000 participants": the subject before the verb
                k = j - 1
                while k >= 0 and toks[k].kind == "w" and toks[k].w in ("a", "avait", "ont", "pour", "sa", "part", "y") and j - k < 4:
                    k -= 1
                phrase = []
                while k >= 0 and toks[k].kind == "w" and j - k < 8 and self.same_sent(k, j):
                    phrase.append(toks[k])
                    k -= 1
                phrase.reverse()
                head = None
                for p in phrase:
                    if p.w in L.SOURCE_DET or p.w in L.STOP or p.w in L.SOURCE_ADJ:
                        continue
                    head = p.w
                    break
                if head and phrase and (phrase[0].raw[:1].isupper() or phrase[0].w in ("le", "la", "les", "l'")):
                    out.append((j, L.noun_lemma(head)))
        return out

    def source_of(self, j: int) -> str | None:
        best, dist = None, None
        n = bisect.bisect_right(self.source_pos, j)
        for sj, key in self.sources[max(0, n - 1):n + 1]:
            if self.same_sent(sj, j):
                d = abs(sj - j)
                # a source after the figure binds to it unless another figure stands between
                if sj > j and (sj - j > 40 or any(t.kind == "f" and self.ms[t.fig].figure.kind != "date"
                                                  for t in self.toks[j + 1:sj])):
                    d += 50
                if dist is None or d < dist:
                    best, dist = key, d
        return best

    def place_of(self, j: int) -> str | None:
        """A place written tight after the figure's noun ("211 dans la province de Valence",
        "79 mercredi à Rungis"), or at the head of its sentence ("À Lyon, …")."""
        toks = self.toks
        k = j + 1
        steps = 0
        while k < len(toks) and steps < 5 and self.same_sent(k, j):
            t = toks[k]
            if t.kind == "f" and self.ms[t.fig].figure.kind != "date":
                break
            if t.kind == "p" and t.w != "'":
                break
            if t.w in ("à", "en", "au", "aux", "dans") and k + 1 < len(toks):
                p = self.place_name(k + 1)
                if p:
                    return p
            k += 1
            steps += 1
        # a holder in the clause before: "celui de Fécamp, avec 71 éoliennes"
        k = j - 1
        steps = 0
        while k > 0 and steps < 8 and self.same_sent(k, j) and toks[k].kind != "f":
            if toks[k].w in ("celui", "celle", "ceux", "celles") and self.w(k + 1) in ("de", "d'", "du"):
                p = self.place_name(k + 2)
                if p:
                    return p
            k -= 1
            steps += 1
        # sentence head: "À Lyon, la préfecture a dénombré…"
        first = self.sent_first.get(toks[j].sent, j)
        if toks[first].w in ("celle", "celui", "la", "le", "l'") and first + 2 < len(toks):
            k2 = first + 1 if toks[first].w in ("celle", "celui") else first + 2
            if (toks[first].w in ("celle", "celui") or self.w(first + 1) in L.PLACE_NOUNS) \
                    and self.w(k2) in ("de", "d'", "du") and k2 + 1 < j:
                p = self.place_name(k2 + 1)
                if p:
                    return p
        if toks[first].w in ("à", "en", "au", "dans") and first + 1 < len(toks):
            p = self.place_name(first + 1)
            if p:
                # only if no other figure stands between the head and this one with its own place
                return p
        return None

    def place_name(self, k: int) -> str | None:
        toks = self.toks
        steps = 0
        while k < len(toks) and steps < 5:
            t = toks[k]
            if t.kind != "w":
                return None
            if t.raw[:1].isupper():
                if t.w in L.WEEKDAYS or t.w in L.MONTHS:
                    return None
                return t.w
            if t.w in ("la", "le", "les", "l'", "toute", "tout", "province", "région", "département",
                       "ville", "commune", "comté", "capitale", "de", "d'", "du", "des", "seul", "seule"):
                if t.w == "capitale":
                    return "capitale"
                k += 1
                steps += 1
                continue
            return None
        return None

    # -- relations ------------------------------------------------------------------------------------

    def figs_in_sentence(self, j: int, window: int = 12) -> list[int]:
        """Token indices of the figures of j's sentence near j (at most `window` on each side)."""
        figs = self.sent_figs.get(self.toks[j].sent, [])
        n = bisect.bisect_left(figs, j)
        return figs[max(0, n - window):n + window + 1]

    def fraction(self, i: int) -> bool:
        v = self._fraction.get(i)
        if v is None:
            v = self._fraction[i] = is_fraction(self.ms[i].figure)
        return v

    def countable(self, i: int) -> bool:
        f = self.ms[i].figure
        return f.kind in ("number", "money", "quantity") and not self.fraction(i)

    def compatible(self, a: int, b: int) -> bool:
        fa, fb = self.ms[a].figure, self.ms[b].figure
        if self.fraction(a) or self.fraction(b):
            return False
        return fa.kind == fb.kind and fa.unit == fb.unit and fa.kind in ("number", "money", "quantity", "percent")

    def link_parts(self) -> None:
        toks = self.toks
        for s in sorted(self.sent_figs):
            fj = self.sent_figs[s]
            whole = None          # measure index of the current whole
            last_part = None
            for n_, k in enumerate(fj):
                i = toks[k].fig
                m = self.ms[i]
                if not self.countable(i) and m.figure.kind != "percent":
                    continue
                left = self.left_words(k, 6)
                if "dont" in m.cues and m.part_of is None:
                    # the whole: the nearest earlier figure of the same kind in the sentence
                    cand = [toks[x].fig for x in fj[max(0, n_ - 12):n_] if self.kin(toks[x].fig, i)
                            and self.ms[toks[x].fig].part_kind is None]
                    if cand:
                        m.part_of, m.part_kind = cand[-1], "dont"
                        whole, last_part = cand[-1], i
                        self.first_part.setdefault(whole, i)
                    continue
                if m.part_kind == "entre":
                    ante = self.antecedent(k)
                    if ante is not None:
                        m.part_of = ante
                        if self.ms[i].figure.kind == "percent":
                            m.share_of, m.part_of = ante, None
                    continue
                if m.part_kind == "des":
                    continue
                prev = [x for x in fj[max(0, n_ - 3):n_] if self.kin(toks[x].fig, i)]
                if left[-1:] == ["sur"] and prev and k - prev[-1] <= 4 and self.countable(i) \
                        and self.ms[toks[prev[-1]].fig].part_of is None and not self.time_span_after(k) \
                        and self.same_noun(toks[prev[-1]].fig, i):
                    # "372 000 candidats sur 392 000": the earlier figure is the part
                    p = toks[prev[-1]].fig
                    self.ms[p].part_of, self.ms[p].part_kind = i, "sur"
                    m.cues = m.cues | {"sur les"}
                    continue
                if left[-1:] == [":"] and prev and k - prev[-1] <= 4 and self.countable(i) \
                        and self.ms[toks[prev[-1]].fig].explicit_subject:
                    # "52 personnes : 46 enfants, 4 accompagnateurs et 2 chauffeurs"
                    m.part_of, m.part_kind = toks[prev[-1]].fig, "dont"
                    whole, last_part = toks[prev[-1]].fig, i
                    self.first_part.setdefault(whole, i)
                    continue
                # "Sur les 577 circonscriptions, 76 …" / "Parmi les 48 millions, 14 millions …"
                if left[-2:] in (["sur", "les"], ["parmi", "les"], ["sur", "ces"], ["parmi", "ces"]) \
                        and self.countable(i) and not self.time_span_after(k):
                    self.ms[i].cues = self.ms[i].cues | {"sur les"}
                    whole, last_part = i, None
                    self._sur_whole = (i, k)
                    continue
                if whole is not None and last_part is None and self.ms[whole].cues & {"sur les"}:
                    # first figure after the comma that closes the "sur les N …" phrase
                    between = [toks[x] for x in range(self.pos[whole] + 1, min(k, self.pos[whole] + 41))]
                    if k - self.pos[whole] <= 40 and any(t.w == "," for t in between) and self.kin(whole, i) \
                            and not m.cues & {"soit", "contre"}:
                        m.part_of, m.part_kind = whole, "sur"
                        last_part = i
                        self.first_part.setdefault(whole, i)
                    continue
                if whole is not None and last_part is not None:
                    # continuation of a parts list: ", 7 en Castille et 2 en Andalousie"
                    prev_k = self.pos[last_part]
                    between = [toks[x] for x in range(prev_k + 1, k)]
                    words = {t.w for t in between}
                    first_part = self.first_part.get(whole, last_part)
                    own_noun_ok = not m.explicit_subject or self.ms[first_part].explicit_subject
                    own_verb = self.w(k + 1) in L.AUX_VERBS or self.w(k + 2) in L.AUX_VERBS
                    if self.kin(last_part, i) and words & {",", "et"} and len(between) <= 8 and not own_verb \
                            and own_noun_ok and "par" not in m.cues \
                            and not words & {"soit", "contre", ";", "dont", "total", "selon", "("} \
                            and not m.cues & {"soit", "contre", "au total"} and m.part_of is None:
                        m.part_of, m.part_kind = whole, self.ms[last_part].part_kind
                        last_part = i
                        continue
                    whole = last_part = None

    def same_noun(self, a: int, b: int) -> bool:
        """Not two different written nouns ("100 pays sur sept épreuves")."""
        ma, mb = self.ms[a], self.ms[b]
        return not (ma.explicit_subject and mb.explicit_subject and ma.subject != mb.subject)

    def time_span_after(self, k: int) -> bool:
        """"sur les douze derniers mois": a span of time, not a whole."""
        nxt = [self.w(k + 1), self.w(k + 2)]
        return nxt[0] in L.TIME_NOUNS or (nxt[0] in L.PRE_ADJ and nxt[1] in L.TIME_NOUNS)

    def antecedent(self, k: int) -> int | None:
        """For "d'entre eux": the nearest earlier count with a subject, this sentence or the one before."""
        s = self.toks[k].sent
        for x in range(k - 1, max(-1, k - 200), -1):
            t = self.toks[x]
            if t.sent < s - 1:
                break
            if t.kind == "f" and self.ms[t.fig].figure.kind == "number" and self.ms[t.fig].explicit_subject:
                return t.fig
        return None

    def link_totals(self) -> None:
        toks = self.toks
        for i in self.idxs:
            m = self.ms[i]
            k = self.fig_tok(i)
            if k < 0 or "au total" not in m.cues or "au total avant" in m.cues:
                continue
            if m.figure.kind not in ("number", "money", "quantity"):
                continue
            addends = []
            for x in self.figs_in_sentence(k):
                if x >= k:
                    break
                a = toks[x].fig
                am = self.ms[a]
                if not (self.compatible(a, i) or self.elliptic_money(a, i)) \
                        or am.part_kind in ("dont", "sur", "des", "entre") \
                        or am.cues & {"sur les", "contre", "change", "au total"}:
                    continue
                addends.append(a)
            if len(addends) >= 2 and "chacun" not in m.cues:
                m.total_of = addends
                for a in addends:
                    self.ms[a].cues = self.ms[a].cues | {"addend"}

    def kin(self, a: int, b: int) -> bool:
        return self.compatible(a, b) or self.elliptic_money(a, b)

    def elliptic_money(self, a: int, b: int) -> bool:
        """"1,3 milliard d'euros, … de 0,9 milliard": the currency said once for the list."""
        fa, fb = self.ms[a].figure, self.ms[b].figure
        if {fa.kind, fb.kind} != {"money", "number"}:
            return False
        num = fa if fa.kind == "number" else fb
        return bool(num.numerals) and max(n.scale or 1 for n in num.numerals) >= 1e6

    def link_shares(self) -> None:
        toks = self.toks
        for i in self.idxs:
            m = self.ms[i]
            k = self.fig_tok(i)
            if k < 0 or m.figure.kind != "percent" or "change" in m.cues:
                continue
            if "soit" in m.cues and m.share_part is None:
                # the part: the nearest earlier count in the sentence
                cands = [x for x in self.figs_in_sentence(k) if x < k and self.countable(toks[x].fig)]
                wholes = {self.ms[toks[x].fig].part_of for x in cands}
                # "4.000 des 11.000 soldats …, soit 36 %": the part, not the whole it names
                cands = [x for x in cands if toks[x].fig not in wholes]
                if cands:
                    p = toks[cands[-1]].fig
                    pm = self.ms[p]
                    whole = pm.part_of if pm.part_kind in ("sur", "des", "entre", "parmi") else None
                    if whole is None and m.share_of is not None:
                        whole = m.share_of
                    if whole is not None and self.compatible(p, whole):
                        m.share_part, m.share_of = p, whole
            elif m.share_of is not None:
                # "36 % des 11.000 soldats, soit 4.000"
                nxt = [x for x in self.figs_in_sentence(k) if x > k]
                if nxt:
                    p = toks[nxt[0]].fig
                    if "soit" in self.ms[p].cues and self.compatible(p, m.share_of):
                        m.share_part = p
        self.fractions()

    def fractions(self) -> None:
        """"un quart des 33 sièges, soit 11 élus" / "17 des 33, soit plus de la moitié": the
        share is recorded on the part's measure (a fraction is no count of its own)."""
        toks = self.toks
        for j, t in enumerate(toks):
            if t.kind != "f" or not is_fraction(self.ms[t.fig].figure):
                continue
            fig = self.ms[t.fig].figure
            if len(fig.numerals) != 1 or " sur " in fig.text:
                continue
            approx = fig.approx
            lw = self.left_words(j, 3)
            if approx is None:
                if lw[-2:] in (["plus", "de"], ["plus", "d'"]):
                    approx = "at_least"
                elif lw[-2:] in (["moins", "de"], ["moins", "d'"]):
                    approx = "at_most"
                elif lw[-2:] in (["près", "de"], ["près", "d'"]) or lw[-1:] in (["environ"], ["presque"]):
                    approx = "about"
            info = {"value": float(fig.value), "approx": approx, "start": fig.start, "end": fig.end,
                    "text": " ".join(fig.text.split()), "fig": t.fig}
            if approx and not fig.approx:
                info["text"] = " ".join(lw[-2:]).replace("' ", "'") + " " + info["text"]
            if "soit" in lw:
                # "N des M, soit plus de la moitié": the part just before
                cands = [x for x in self.figs_in_sentence(j) if x < j and self.countable(toks[x].fig)]
                if cands:
                    p = toks[cands[-1]].fig
                    pm = self.ms[p]
                    if pm.part_of is not None and pm.part_kind in ("sur", "des", "entre"):
                        pm.notes["fraction"] = dict(info, whole=pm.part_of)
                continue
            after = toks[j + 1:j + 4]
            if after and after[0].w in ("des", "de", "du") and self.same_sent(j + 1, j):
                whole, subj = None, None
                if len(after) > 1 and after[1].kind == "f":
                    whole = after[1].fig
                elif len(after) > 1 and after[1].kind == "w":
                    w2 = after[1].w if after[1].w not in ("la", "l'", "les") or len(after) < 3 else after[2].w
                    subj = L.noun_lemma(w2)
                nxt = [x for x in self.figs_in_sentence(j) if x > j and toks[x].fig != whole]
                if nxt:
                    p = toks[nxt[0]].fig
                    if "soit" in self.ms[p].cues and self.countable(p):
                        self.ms[p].notes["fraction"] = dict(info, whole=whole, whole_subject=subj)

    def link_changes(self) -> None:
        toks = self.toks
        for i in self.idxs:
            m = self.ms[i]
            k = self.fig_tok(i)
            if k < 0:
                continue
            left = self.left_words(k, 4)
            sign = 0
            for w in left:
                if w in L.CHANGE_UP:
                    sign = 1
                elif w in L.CHANGE_DOWN:
                    sign = -1
            if sign == 0 and "soit" in left[-2:] and m.figure.text.lstrip()[:1] in "+-−":
                sign = 2   # signed by its own value
            if sign == 0:
                continue
            kind = "percent" if m.figure.kind == "percent" else "absolute"
            if kind == "absolute" and m.figure.kind not in ("number", "money", "quantity"):
                continue
            pair = self.change_pair(k)
            if pair is None:
                continue
            a, b = pair
            if kind == "percent" and (self.ms[a].figure.kind == "percent" or not self.kin(a, b)):
                continue
            if kind == "absolute" and not (self.kin(a, b) and self.kin(a, i)):
                continue
            m.change_from, m.change_to, m.change_kind = a, b, kind
            m.change_sign = sign if sign != 2 else 0
        # "a doublé, de 40 à 60"
        for j, t in enumerate(toks):
            if t.kind == "w" and t.w in L.MULTIPLY:
                lw = self.left_words(j, 3)
                approx = None
                if set(lw) & {"presque", "quasiment", "pratiquement", "près"}:
                    approx = "about"
                elif "plus" in lw and "que" in lw:
                    approx = "at_least"
                elif "plus" in lw and "de" in lw:
                    continue
                pair = self.change_pair(j + 6, after=j)
                if pair:
                    a, b = pair
                    if self.kin(a, b):
                        mb = self.ms[b]
                        mb.change_from, mb.change_to, mb.change_kind = a, b, "factor"
                        mb.change_factor, mb.change_factor_approx = L.MULTIPLY[t.w], approx

    def change_pair(self, k: int, after: int | None = None) -> tuple[int, int] | None:
        """The (from, to) figures a change at token k speaks of, in its sentence."""
        toks = self.toks
        cands = [x for x in self.figs_in_sentence(k if after is None else after)
                 if (x < k if after is None else after < x <= after + 8)]
        cands = [x for x in cands if self.ms[toks[x].fig].figure.kind in ("number", "money", "quantity", "percent")
                 and x != k]
        if after is None:
            cands = [x for x in cands if toks[x].fig != toks[k].fig]
        # a range "passé de 51 à 55 milliards" read as one figure
        for x in reversed(cands):
            f = self.ms[toks[x].fig].figure
            if f.is_range and f.range_kind in (None, "de-a", "change"):
                lw = self.left_words(x, 3)
                if set(lw) & L.CHANGE_VERBS or after is not None:
                    return (toks[x].fig, toks[x].fig)
        # "de 490 000 en 2010 à 390 000 en 2020" / "812 millions, contre 794 millions"
        for n_ in range(len(cands) - 1, 0, -1):
            b, a = cands[n_], cands[n_ - 1]
            lb, la = self.left_words(b, 2), self.left_words(a, 3)
            if lb[-1:] == ["à"] and la[-1:] == ["de"] and (set(la) & L.CHANGE_VERBS or after is not None):
                return (toks[a].fig, toks[b].fig)
            if lb[-1:] == ["contre"] and after is None:
                return (toks[b].fig, toks[a].fig)
        return None

    # -- subjects by inheritance ----------------------------------------------------------------------

    def inherit_subjects(self) -> None:
        toks = self.toks
        prev_in_sent: dict[int, int] = {}
        for k, t in enumerate(toks):
            if t.kind != "f":
                continue
            i = t.fig
            m = self.ms[i]
            src = None
            if m.subject is None:
                if m.part_of is not None:
                    src = m.part_of
                elif m.change_from is None and m.figure.kind == "number":
                    p = prev_in_sent.get(t.sent)
                    if p is not None and self.compatible(p, i):
                        src = p
            if src is not None and self.ms[src].subject:
                m.subject = self.ms[src].subject
                if m.part_of is None:
                    m.qualifiers = m.qualifiers | self.ms[src].qualifiers
                else:
                    m.qualifiers = m.qualifiers | (self.ms[src].qualifiers - {"autre"})
            if m.figure.kind in ("number", "money", "quantity"):
                prev_in_sent[t.sent] = i


def is_fraction(f: Figure) -> bool:
    """"un quart", "la moitié", "un sur cinq": a ratio written in words, not a count."""
    return (f.kind == "number" and isinstance(f.value, (int, float)) and 0 < f.value < 1
            and bool(f.numerals) and all(n.words for n in f.numerals))


def _link_fraction_wholes(measures: list[Measure]) -> None:
    """"Un quart des interpellations, soit 105": the whole named by its noun is the latest count
    of that subject before it."""
    for idx, m in enumerate(measures):
        fr = m.notes.get("fraction")
        if not fr or fr.get("whole") is not None or not fr.get("whole_subject"):
            continue
        subj = fr["whole_subject"]
        for w in range(idx - 1, max(-1, idx - 200), -1):
            o = measures[w]
            if o.figure.kind == "number" and o.subject == subj and o.explicit_subject and o.part_of is None:
                fr["whole"] = w
                break


__all__ = ["Measure", "build"]
