"""Stage 3: what each figure counts (subject, qualifiers, source, time, place) and how the
figures of an article relate (part of, total, share, change).

The only stage besides the document and figures stages that reads text: it walks the words of
each block around every figure, once, and records on the Measure whatever cue a rule needs.
Everything is a single left-to-right pass over tokens per block (linear time).
"""
from __future__ import annotations

import bisect
import gc
import re
from dataclasses import MISSING
from itertools import accumulate, compress, repeat
from operator import itemgetter, sub

from numlint.document.model import Block, Document, LineIndex
from numlint.figures.model import Figure
from numlint.measures import lemmas as L
from numlint.measures.model import Measure
from numlint.lazyre import lazy_re

# One quantifier per alternative: linear on any input.
_LETTERS = "A-Za-zÀ-ÖØ-öø-ÿŒœÆæ"
_APOS = "'’"
_SEPS = "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007" \
    "\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000" + _APOS      # str.isspace() and \s, and apostrophes
# each token with the separators before it (whitespace, apostrophes: no tokens), so that the
# running length of the matches is each token's end; compiled when a block needs it (start-up)
_TOKEN_SEP = rf"[\s{_APOS}]*+(?:[{_LETTERS}][{_LETTERS}\-]{{0,60}}|\d{{1,12}}|[^\s{_LETTERS}\d{_APOS}])"
# the same read from a lowered block, apostrophes made "'", the separators left out: an elided
# word takes its apostrophe ("d'", "qu'"), as the reader reads it
_TOKEN_LOW = lazy_re(rf"[\s']*+((?:jusqu|lorsqu|puisqu|qu|[dlsncjmt])'|[{_LETTERS}][{_LETTERS}\-]{{0,60}}"
                        rf"|\d{{1,12}}|[^\s{_LETTERS}\d'’])")
# where a word token may end with a hyphen (stripped from its word): a hyphen before no letter,
# or one that ends a run long enough to be cut; searched from the hyphens, so nearly free
_HYPHEN_END = lazy_re(rf"-(?:(?![{_LETTERS}\-])|(?<=[{_LETTERS}\-]{{61}}))")
# characters whose lower case is another kind of token, or longer: with any of them the words
# are lowered one by one, else the block is lowered at once and read lowered
_LOWER_ODD = lazy_re("[\u0130\u0178\u1e9e\u212a\u212b\u2160-\u216f\u24b6-\u24cf]")
# kind of a token by its first character: letters, 0-9 digits, and the punctuation no token
# needs a second look at (single characters, neither letters nor digits, their own lower case);
# the rest, read one by one, are rare
_KIND_OF_P = dict.fromkeys("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyzŒœÆæ", "w") \
    | dict.fromkeys(map(chr, [*range(0xC0, 0xD7), *range(0xD8, 0xF7), *range(0xF8, 0x100)]), "w") \
    | dict.fromkeys("0123456789", "n") \
    | dict.fromkeys([c for c in "!\"#$%&()*+,-./:;<=>?@[\\]^_`{|}~«»–—…€£°§·•“”„‹›‰±×÷"
                     if not (c.isalpha() or c.isdigit() or c.lower() != c)], "p")
# a cut between two characters a token may run across: a word going on, or taking an apostrophe
_WORD_CH = frozenset([c for c, k in _KIND_OF_P.items() if k == "w"] + ["-"])
_WORD_CH_APOS = _WORD_CH | {"'", "’"}
_ELIDED = frozenset({"d", "l", "s", "n", "c", "j", "m", "t", "qu", "jusqu", "lorsqu", "puisqu"})
_PUNCT_BREAK = frozenset({",", ";", ":", ".", "(", ")", "«", "»", "!", "?", "—", "–", "\"", "“", "”"})


def _odd_kinds(K: list, W: list, x: int, token_text) -> None:  # x: search after this index
    """Kinds of the tokens the token pattern left unnamed (K[x] is None): anything but a word of
    the common letters, 0-9 digits or common punctuation, one by one (few in real text)."""
    try:
        while True:
            x = K.index(None, x + 1)
            c = token_text(x)
            if len(c) > 1 or c.isdigit():
                K[x], W[x] = "n", c
            elif c.isalpha():
                K[x], W[x] = "w", c.lower()
            else:
                K[x], W[x] = "p", c
    except ValueError:
        pass


_ODD_DIGIT = lazy_re(r"[^\D0-9]")      # a digit other than 0-9


# « Parmi eux, N »: nouns of people, whom « eux » / « elles » most often takes up
# « Parmi elles, on compte 410 … »: the pronouns taking up the count of the sentence before, and
# the words allowed between the comma and the first part
_PARMI_PRON = frozenset({"eux", "elles", "celles-ci", "ceux-ci"})
_PARMI_FILLER = frozenset({(), ("on", "compte"), ("on", "dénombre"), ("on", "recense"), ("on", "relève"),
                           ("on", "trouve"), ("figurent",), ("se", "trouvent")})
# nouns whose gender their ending tells surely (parmi_things)
_FEM_ENDINGS = ("tion", "sion", "xion", "ité", "ance", "ence", "ette")
_MASC_ENDINGS = ("ment",)
_PLURAL_DET = frozenset({"les", "des", "ces", "leurs", "ses", "nos", "vos", "mes", "aux", "plusieurs",
                         "certains", "certaines", "quelques", "ceux", "celles", "eux", "elles", "ils"})
_PARMI_PEOPLE = frozenset({"personne", "individu", "habitant", "membre", "client", "patient",
                           "salarié", "employé", "élève", "étudiant", "adhérent", "licencié",
                           # trades and roles, whom news counts by the head
                           "pêcheur", "homardier", "agriculteur", "éleveur", "producteur",
                           "exploitant", "viticulteur", "médecin", "infirmier", "infirmière",
                           "soignant", "enseignant", "ouvrier", "travailleur", "policier",
                           "gendarme", "pompier", "bénévole", "résident", "locataire", "retraité",
                           "chômeur", "demandeur", "candidat", "électeur", "inscrit", "participant",
                           "coureur", "spectateur", "visiteur", "festivalier", "passager",
                           "voyageur", "joueur", "commerçant", "artisan", "chercheur", "élu",
                           "fonctionnaire", "apprenti", "stagiaire", "usager", "abonné",
                           "manifestant", "détenu", "migrant", "réfugié", "victime",
                           # births, each one a mother: « Parmi eux, N césariennes »
                           "accouchement", "naissance"})


def _wide(text: str) -> bool:
    """Whether the text holds a character beyond Latin-1, where alone _LOWER_ODD's characters
    and digits other than 0-9 stand: most blocks hold none, and this test (a flag, or a copy in
    C) costs a fraction of scanning them for those with a regex."""
    if text.isascii():
        return False
    try:
        text.encode("latin-1")
    except UnicodeEncodeError:
        return True
    return False
_YEARS = frozenset(str(y) for y in range(1000, 2100))


# relative times by their first two words (every entry has two at least), in the table's order
# (the first that matches wins)
_RELATIVE_BY_PAIR: dict[tuple, list] = {}
for _words, _key in L.RELATIVE_TIMES.items():
    _RELATIVE_BY_PAIR.setdefault(_words[:2], []).append((_words, _key))
_EACH = frozenset({"chacun", "chacune", "chaque", "respectivement"})
_PLACE_SKIP = frozenset({"la", "le", "les", "l'", "toute", "tout", "province", "région", "département",
                         "ville", "commune", "comté", "capitale", "de", "d'", "du", "des", "seul", "seule"})


def build(doc: Document, figures: list[Figure], cache: dict | None = None) -> list[Measure]:
    """`cache` (engine.BlockCache.measures) keeps each block's reading, keyed by what the reader
    sees (text, offset map relative to the block, sentences), for the language server."""
    # The stage makes no reference cycles, only many small objects that live until the rules
    # have read them: with many articles in memory (a data desk's batch, the language server)
    # the collector, woken by these allocations, walked the whole heap again and again and cost
    # a quarter of the stage. Paused here; whatever is cyclic garbage is collected afterwards.
    paused = gc.isenabled()
    if paused:
        gc.disable()
    try:
        return _build(doc, figures, cache)
    finally:
        if paused:
            gc.enable()


_FIELDS = tuple(Measure.__dataclass_fields__)
# every field at its default, in field order: a new Measure is a copy of it (its __init__, with
# two default factories, cost more than the copy)
_BLANK = {name: (fd.default if fd.default_factory is MISSING else None)
          for name, fd in Measure.__dataclass_fields__.items()}
_new = object.__new__


def _blank(f: Figure) -> Measure:
    m = _new(Measure)
    d = _BLANK.copy()
    d["figure"] = f
    d["total_of"] = []
    d["notes"] = {}
    m.__dict__ = d
    return m


def _build(doc: Document, figures: list[Figure], cache: dict | None) -> list[Measure]:
    measures = list(map(_blank, figures))
    by_block: dict[int, list[int]] = {}
    blocks: dict[int, Block] = {}
    lines = getattr(doc, "lines", None)
    if isinstance(lines, LineIndex):
        # each figure's line, by one bisect (figures come sorted: from where the last one stood)
        starts, top = lines.starts, len(lines.source)
        br = bisect.bisect_right
        lo, last = 0, -1
        for i, f in enumerate(figures):
            o = f.start
            o = 0 if o < 0 else top if o > top else o
            if o < last:
                lo = 0
            lo = br(starts, o, lo) - 1
            last = o
            measures[i].line = lo + 1
            b = f.block
            if b is not None:
                k = id(b)
                if k in by_block:
                    by_block[k].append(i)
                else:
                    by_block[k] = [i]
                    blocks[k] = b
    else:
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
        ckey = _cache_key(block, idxs, figures) if cache is not None else None
        if ckey is not None:
            snap = cache.get(ckey)
            if snap is not None:
                _restore(snap, idxs[0], measures)
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
        if "counted" in m.notes:
            f.subject = m.notes["counted"]  # for the reader only (ratios, predicates, acts)
        elif m.explicit_subject:
            f.subject = m.subject
        q = m.qualifiers
        f.qualifiers = sorted(q) if q else []
    _link_fraction_wholes(measures, doc)
    _mark_listed(measures)
    _mark_share_list(doc, measures)
    _mark_rows(measures)
    return measures


# ---------------------------------------------------------------------------------------------
# Per-block cache (language server): a block's reading depends only on what the reader sees, which
# does not change when an edit elsewhere shifts the block in the file.

# « 21 de ses 30 matchs », « 3 de leurs 5 enfants »: a part of the set, like « des »
_POSSESSIVE_PL = frozenset({"ses", "leurs", "nos", "vos", "mes", "tes"})
# « par 11 voix contre 5 », no comma between: the two sides of one vote, not two moments
_TALLY_NOUNS = frozenset({"voix", "suffrages"})

# « Sur l'ensemble des feux de la saison, 27 … »: the period the whole told before covers
_SEASON_OF = (["de", "la", "saison"], ["de", "l'", "année"], ["de", "l'", "exercice"])

# « sur un effectif (prévu) de 5 900 », « sur un parc de 12 000 logements »: the whole a count
# just given is taken from, not another value of that count
_BASE_NOUNS = frozenset({"effectif", "effectifs", "ensemble", "parc", "échantillon"})


def _base_of(left) -> bool:
    """left (nearest last, ending « de ») reads « sur un|une NOUN [ADJ] de »."""
    i = len(left) - 1 - left[::-1].index("sur")
    words = left[i + 1:-1]
    return 2 <= len(words) <= 3 and words[0] in ("un", "une", "des") and words[1] in _BASE_NOUNS


_INDEX_FIELDS = ("part_of", "share_of", "share_part", "change_from", "change_to")
_KEPT_FIELDS = tuple(f for f in Measure.__dataclass_fields__ if f not in ("figure", "line"))


def _cache_key(block: Block, idxs: list[int], figures: list[Figure]):
    # idxs rise one by one: contiguous exactly when the last is first + count - 1
    segs = block.segments
    if idxs[-1] - idxs[0] + 1 != len(idxs) or not segs:
        return None
    f0 = segs[0][1]
    if len(segs) == 1:
        segs = ((segs[0][0], 0),)
    else:
        segs = tuple((t, f - f0) for t, f in segs)
    figs = tuple((f.kind, f.start - f0, f.end - f0, f.text) for f in figures[idxs[0]:idxs[-1] + 1])
    return block.text, segs, tuple(block.sentences), figs


def _snapshot(idxs: list[int], measures: list[Measure]) -> list[tuple] | None:
    """The reader's output for a block, with measure indices relative to its first figure: per
    measure its fields (a dict to copy), the index fields to shift back, and its fraction note."""
    base, end = idxs[0], idxs[0] + len(idxs)
    inside = lambda x: x is None or base <= x < end
    out = []
    for i in idxs:
        m = measures[i]
        d = {name: getattr(m, name) for name in _FIELDS}
        d["figure"] = None
        shift = []
        for name in _INDEX_FIELDS:
            if not inside(d[name]):
                return None
            if d[name] is not None:
                d[name] -= base
                shift.append(name)
        if not all(inside(x) for x in m.total_of):
            return None
        d["total_of"] = [x - base for x in m.total_of]
        notes = dict(m.notes)
        fr = notes.pop("fraction", None)
        if fr is not None:
            if not (inside(fr.get("fig")) and inside(fr.get("whole"))) or fr.get("fig") is None \
                    or (fr.get("start"), fr.get("end")) != (measures[fr["fig"]].figure.start, measures[fr["fig"]].figure.end):
                return None
            fr = dict(fr, fig=fr["fig"] - base)
            if fr.get("whole") is not None:
                fr["whole"] -= base
        d["notes"] = notes
        out.append((d, tuple(shift), fr))
    return out


def _restore(snap: list[tuple], base: int, measures: list[Measure]) -> None:
    for r, (d, shift, fr) in enumerate(snap):
        m = measures[base + r]
        nd = d.copy()
        nd["figure"] = m.figure
        nd["line"] = m.line
        for name in shift:
            nd[name] += base
        t = d["total_of"]
        nd["total_of"] = [x + base for x in t] if t else []
        notes = d["notes"]
        notes = notes.copy() if notes else {}
        if fr is not None:
            f = measures[base + fr["fig"]].figure
            fr = dict(fr, fig=fr["fig"] + base, start=f.start, end=f.end)
            if fr.get("whole") is not None:
                fr["whole"] += base
            notes["fraction"] = fr
        nd["notes"] = notes
        m.__dict__ = nd


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

_HOLDERS = frozenset({"celui", "celle", "ceux", "celles"})
# Words before a capitalised run that make it no person holding a figure: a determiner (« la Roca
# Team »), a preposition (« de Vassilis Spanoulis ») or a source (« selon Jean Roux »)
_NAME_LEADS = frozenset({"le", "la", "les", "l'", "l’", "du", "des", "de", "d'", "d’", "au", "aux", "à",
                         "en", "dans", "par", "pour", "selon", "avec", "contre", "chez", "sur", "vers",
                         "entre", "un", "une", "et", "ou", "que", "qu'", "qu’", "côté", "face"})
_NAME_PARTICLES = frozenset({"Le", "La", "Les", "De", "Du", "Des", "Saint", "Sainte", "San", "Santa",
                             "Real", "Grand", "Grande", "New", "Val", "Port"})
# A new clause, with a subject of its own (« …, mais son équipe a buté »): a name before it holds nothing after
_CLAUSE_TURNS = frozenset({"mais", "tandis", "alors", "pendant", ";"})
# « son coéquipier », « leur adversaire »: a holder told apart from the one before, not named
_OTHER_HOLDERS = frozenset({"coéquipier", "coéquipière", "coéquipiers", "coéquipières", "partenaire",
                            "adversaire", "rival", "rivale", "dauphin", "dauphine"})
_POSSESSIVES = frozenset({"son", "sa", "ses", "leur", "leurs", "notre", "votre"})
# What follows a person's name that holds the sentence's figures: its verb
_SUBJECT_VERBS = frozenset({"a", "avait", "aura", "est", "était", "sera", "ne", "n'", "n’", "termine",
                            "terminait", "totalise", "compte", "cumule", "affiche", "inscrit", "marque",
                            "signe", "réussit", "reste", "devient", "tourne", "boucle", "conclut"})
_SUM_NOUNS = frozenset({"somme", "montant", "enveloppe", "budget"})   # « sur cette somme, 1,1 million … »
# « estimé à X …, il est passé à Y »: a first value, then the one it moved to (intransitive verbs
# only: the subject itself moved)
_ESTIMATED_AT = frozenset({"estimé", "estimée", "estimés", "estimées", "évalué", "évaluée", "évalués",
                           "évaluées", "chiffré", "chiffrée", "chiffrés", "chiffrées", "budgété", "budgétée"})
_MOVED_TO = frozenset({"passé", "passée", "passés", "passées", "grimpé", "bondi", "chuté", "reculé"})
# « qui était de 3,60 euros l'an dernier, passe à 4,50 euros »: the relative's old value, the new one
_WAS_AT = frozenset({("qui", "était", "de"), ("qui", "étaient", "de"), ("s'", "élevait", "à"),
                     ("s'", "élevaient", "à"), ("s'", "établissait", "à"), ("s'", "établissaient", "à")})
_MOVES_NOW_TO = frozenset({"passe", "passent", "grimpe", "grimpent", "bondit", "bondissent", "chute",
                           "chutent", "tombe", "tombent", "recule", "reculent"})
# « d'un bon tiers », « d'une bonne moitié »: a fraction and a little more (its adjective, its article)
_GOOD_FRACTION = {"tiers": ("bon", "un", 1 / 3), "quart": ("bon", "un", 1 / 4), "moitié": ("bonne", "une", 1 / 2)}
# « a bondi d'un tiers », « une baisse d'un quart »: the words before a fraction telling a change
_FRACTION_UP = frozenset({
    "augmenté", "augmentée", "augmentés", "augmentées", "augmente", "augmentent", "progressé",
    "progresse", "progressent", "bondi", "bondit", "bondissent", "grimpé", "grimpe", "grimpent",
    "gonflé", "gonfle", "gonflent", "accru", "accrue", "accrus", "accrues", "crû",
    "hausse", "augmentation", "progression", "bond", "croissance", "accroissement"})
# after « N victimes, »: the toll of both killed and wounded, said so
_BOTH_TOLD = frozenset({("tués", "et", "blessés", "confondus"), ("morts", "et", "blessés", "confondus"),
                        ("blessés", "et", "tués", "confondus"), ("blessés", "et", "morts", "confondus")})
_SEAT_NOUNS = frozenset({"siège", "député", "élu", "sénateur"})
_SPAN_NOUNS = frozenset({"ans", "années", "mois", "semaines", "jours", "décennies", "siècles"})
_CASUALTY_STATES = frozenset({"tué", "blessé", "mort", "tué ou blessé"})
# « Parmi les 41 véhicules figurent 29 voitures, … »: verbs of presence, their subject after them
_AMONG_INVERTED = frozenset({"figurent", "figuraient", "figureront", "figurèrent"})
_AMONG_ON = frozenset({"compte", "comptait", "comptera", "dénombre", "dénombrait", "recense", "recensait",
                       "trouve", "trouvait", "retrouve", "retrouvait", "relève", "relevait"})
_AMONG_SE = frozenset({"trouvent", "trouvaient", "trouveront", "comptent", "comptaient", "retrouvent",
                       "retrouvaient"})
# between « passant de A » and « à B »: what opens another clause or another figure
_FRACTION_PAIR_CUT = frozenset({",", ";", ":", "(", ")", "et", "ou", "dont", "soit", "contre", "puis", "avant"})
_FRACTION_DOWN = frozenset({
    "baissé", "baisse", "baissent", "diminué", "diminuée", "diminués", "diminuées", "diminue",
    "diminuent", "reculé", "recule", "reculent", "chuté", "chute", "chutent", "fondu", "fond",
    "fondent", "réduit", "réduite", "réduits", "réduites", "réduisent", "amputé", "amputée",
    "amputés", "amputées", "recul", "diminution", "réduction", "repli", "replié", "contraction"})
# « d'un quart, de 150 à 200 euros de plus selon les villes »: a pair after a fraction change
# that spans what each gained or lost, not the values before and after
_RANGE_OF_CHANGE = frozenset({"selon", "suivant", "plus", "moins", "supplémentaires", "supplémentaire",
                              "chacun", "chacune", "chaque", "par", "environ"})
# « …, ce qui représente une baisse d'un quart », « …, c'est-à-dire une hausse d'un tiers »:
# the words that restate the pair just told as a change, between its comma and « un/une »
_RESTATE_LEAD = frozenset({"représente", "représentait", "constitue", "constituait", "correspond",
                           "correspondait", "équivaut", "équivalait", "est-à-dire", "à"})
_RESTATE_VERBS = frozenset({"représente", "représentait", "constitue", "constituait"})
_RESTATE_TO = frozenset({"correspond", "correspondait", "équivaut", "équivalait"})


# « Comparé aux 2,1 millions de l'été 2025, la hausse atteint 12 % »; « … de l'an dernier, … »
_LAST = frozenset({"dernier", "dernière", "précédent", "précédente", "passé", "passée"})
_COMPARED = frozenset({"comparé", "comparée", "comparés", "comparées"})
# « la hausse atteint 12 % », « est de 12 % », « s'établit à 12 % »: the change noun reaching its percent
_REACH_PERCENT = frozenset({("atteint",), ("atteignait",), ("est", "de"), ("était", "de"),
                            ("s'", "établit", "à"), ("s'", "élève", "à"), ("ressort", "à")})


def _restate_comma(W, j: int) -> int:
    """The comma before « ce qui représente » (« ce qui correspond à », « c'est-à-dire ») ending
    at j, or -1."""
    if W[j] == "à":
        j -= 1
        if j < 0 or W[j] not in _RESTATE_TO:
            return -1
    elif W[j] == "est-à-dire":
        return j - 2 if j >= 2 and W[j - 1] == "c'" and W[j - 2] == "," else -1
    elif W[j] not in _RESTATE_VERBS:
        return -1
    return j - 3 if j >= 3 and W[j - 1] == "qui" and W[j - 2] == "ce" and W[j - 3] == "," else -1


# « : la récolte a ainsi reculé d'un tiers »: a change drawn from the values just told
_THEREFORE = frozenset({"ainsi", "donc"})
# « B …, contre A (moment) : leur nombre a triplé »: between the colon and the change verb, the
# subject (an anaphor of the count, or a head naming its value) and auxiliaries or adverbs only
_CONTRE_COLON_AUX = frozenset({"a", "ont", "été", "ainsi", "donc", "presque", "quasiment", "pratiquement",
                               "plus", "que"})
# … and after the change, its span at most (« en dix ans », « d'une édition à l'autre »)
_CONTRE_COLON_TAIL = frozenset({"en", "sur", "d'", "une", "un", "an", "année", "édition", "saison", "à", "l'",
                                "autre"})
_MULTIPLIED = frozenset({"multiplié", "multipliée", "multipliés", "multipliées"})
# « Avec 81 quintaux à l'hectare, contre 72 l'an dernier, le rendement gagne 20 % »: a verb of a
# percent change, its object the percent (« gagne 20 % ») or after « de » (« progresse de 20 % »)
_LEAD_PAIR_VERBS = {"gagne": 1, "gagnent": 1, "gagné": 1, "prend": 1, "prennent": 1,
                    "perd": -1, "perdent": -1, "perdu": -1, "cède": -1, "cèdent": -1, "cédé": -1}
# … the subject's head, naming the very value told after « Avec » (its kind, or its noun)
_LEAD_PAIR_HEADS = {"rendement": "rate", "rendements": "rate", "prix": "money", "tarif": "money",
                    "tarifs": "money", "loyer": "money", "coût": "money", "production": "mass",
                    "récolte": "mass", "collecte": "mass", "fréquentation": "visits",
                    "effectif": "count", "effectifs": "count"}
_VISIT_NOUNS = frozenset({"visiteurs", "entrées", "spectateurs", "passagers", "voyageurs", "visites",
                          "festivaliers", "nuitées"})
_LEAD_PAIR_DETS = frozenset({"le", "la", "les", "l'", "leur", "son", "sa", "ses"})
# after the percent, another base or span (« de 20 % sur cinq ans », « par rapport à 2020 »)
_LEAD_PAIR_NOT_AFTER = frozenset({"par", "sur", "en", "depuis", "comparé", "à", "au", "dans", "contre",
                                  "soit", "de", "d'", "du", "entre", "pour"})
# … and, in the subject between the pair and the verb, no clause, no other complement of cause
_LEAD_PAIR_CUT = frozenset({"et", "ou", "dont", "qui", "que", "qu'", "contre", "mais", "soit", "tandis",
                            "alors", "selon", "avec", "grâce", "malgré", "lorsque", "quand", "où",
                            "comme", "si", "sans", "après", "avant", "depuis", "plus", "moins"})
# « 148 000 entrées enregistrées »: the endings of a participle saying a count was recorded
_RECORDED = ("é", "ée", "és", "ées", "is", "ies", "us", "ues", "its")
_CHANGE_NOUNS = L.CHANGE_UP | L.CHANGE_DOWN | frozenset({"fond"})
# « un recul limité à 22 % »: a change noun, the word that bounds it, then its percent
_HELD_TO = frozenset({"limité", "limitée", "contenu", "contenue", "ramené", "ramenée", "plafonné",
                      "plafonnée"})
# « sa première semaine …, la deuxième … »: the determiners of a period told by an ordinal
# after « un recul de P % » told of « ne … plus que B » (only_now): words that give it another base
_ONLY_NOW_NOT_AFTER = frozenset({"sur", "depuis", "en", "par", "entre", "contre", "dans", "à", "au", "pour",
                                 "chez", "parmi", "(", ":"})
_NOT_ONLY = frozenset({"pas", "jamais", "guère", "rien", "point"})
_PERIOD_DETS = frozenset({"le", "la", "l'", "les", "sa", "son", "ses", "leur", "leurs"})
# between a « contre » value and the colon after it: its scale and its moment only
_SCALE_NAMES = frozenset({"million", "millions", "milliard", "milliards"})
_SCALE_OR_WHEN = frozenset({"million", "millions", "milliard", "milliards", "en", "l'", "an", "année",
                            "dernier", "dernière", "passé", "passée", "précédent", "précédente"})
# words some whole-block scan looks for (times, sources, "chacun", "a doublé"): the scans visit
# only these tokens instead of every word of the block
# and relative times by their second word ("l'an dernier"): their first ("l'", "la", "un") are
# everywhere
_WEEKDAY_SET = frozenset(L.WEEKDAYS)
_REL_SECOND = frozenset(words[1] for words in L.RELATIVE_TIMES)
# one person's birth (« né en 2002 ») is no moment of the figures; a cohort's (« les enfants
# nés en 2024 ») is the moment of its count
_BORN_ONE = frozenset({"né", "née"})
_BORN_MANY = frozenset({"nés", "nées"})
# « lorsque la collecte était tombée à … »: a clause set at another, past moment
_WHEN = frozenset({"lorsque", "lorsqu'", "quand"})
_PAST_AUX = frozenset({"était", "étaient", "avait", "avaient"})
# « Dans sa mise à jour économique, le ministre a annoncé … »: the document a teller told the
# figures in (a headline may credit the document: « selon la mise à jour économique »)
_DOC_NOUNS = frozenset({"rapport", "bilan", "budget", "mise", "étude", "enquête"})
_DOC_DET = frozenset({"son", "sa", "leur", "le", "la", "l'"})
_SCAN_WORDS = _WEEKDAY_SET | {"selon", "après", "moitié", "tiers", "quart", "multiplication", "multiplié", "multipliée",
                                  "multipliés", "multipliées"} | L.SOURCE_VERBS | _EACH | frozenset(L.MULTIPLY) \
    | _WHEN | _DOC_NOUNS
# words a relation needs in the sentence of its figure: link_parts and link_changes visit only
# the sentences holding one (most sentences hold none of the change words)
_PART_WORDS = frozenset({"sur", "parmi", ":", "dont", "entre"})
# nouns of a mark on a scale (« une moyenne de 20,18 sur 20 »: the 20 is no whole)
_GRADE_NOUNS = frozenset({"moyenne", "moyennes", "note", "notes", "score", "scores", "notée", "noté"})
# words that end the one clause « N <nom> <verbe> sur M » may hold (a link, a preposition, a
# relative, a reporting word): another clause or measure may start there
_NOT_IN_VERB_RUN = frozenset({"et", "ou", "dont", "qui", "que", "qu'", "contre", "par", "pour", "mais",
                              "soit", "tandis", "alors", "chacun", "chacune", "selon", "avec", "entre",
                              "dans", "en", "à", "au", "aux", "de", "des", "du", "d'", "sur", "parmi",
                              "sans", "après", "avant", "depuis", "vers", "chez", "hors", "plus", "moins"})

# a count after one of these is a complement (« venus de 12 lycées »), not a clause's subject
_PREPOSITIONS = frozenset({"de", "des", "du", "d'", "à", "au", "aux", "en", "dans", "sur", "par", "pour",
                           "avec", "contre", "entre", "parmi", "chez", "sans", "vers", "selon", "après",
                           "avant", "depuis", "sous", "dès", "jusqu'"})

def _lt(a, b) -> bool:
    """Plain, exact a smaller than b (a part below its whole)."""
    return not a.is_range and not b.is_range and a.approx is None and b.approx is None \
        and isinstance(a.value, (int, float)) and isinstance(b.value, (int, float)) and 0 < a.value < b.value


# the words that close a noun phrase: a figure past them is no restatement in brackets
_CLAUSE_BREAK = frozenset({",", ";", ":", "et", "ou", "contre", "soit", "dont", ")"})
# verbs that open a clause of their own after a « dont » list (« …, et vise 1 300 km »)
_VOTERS = frozenset({"sénateur", "député", "votant", "parlementaire", "conseiller", "délégué"})
_VOTE_LEADS = ((), ("ont", "voté"), ("avaient", "voté"), ("se", "sont"), ("se", "sont", "prononcés"), ("se", "sont", "prononcées"))
_ABSTAIN = ("abstenus", "abstenues", "abstentions")
_POULTRY = frozenset({"volaille", "poulet", "poule", "canard", "dinde", "oie", "pintade", "caille"})
_LIVESTOCK = _POULTRY | frozenset({"bovin", "vache", "veau", "porc", "cochon", "truie", "mouton", "brebis",
                                  "agneau", "chèvre", "caprin", "ovin", "cheval", "oiseau"})
# a noun that takes up the count of another: the text restates the same things
_TAKEN_UP = {"oiseau": _POULTRY, "animal": _LIVESTOCK, "bête": _LIVESTOCK, "tête": _LIVESTOCK,
             "personne": _PARMI_PEOPLE - {"accouchement", "naissance"}}
_COLON_GAP_STOP = frozenset({"et", "ou", "dont", "soit", "contre", "sur", "parmi", "entre", "mais", "que",
                             "qui", "plus", "moins", "autant", "selon"})
# a label-first item of a « Sur ces N, X apporte A, Y B, … » list (label_item): its article, and
# the words that open a clause of its own instead
_LABEL_DETS = frozenset({"le", "la", "les", "l'", "l’"})
_LABEL_STOP = frozenset({",", "et", ";", ".", ":", "(", ")", "qui", "que", "qu'", "qu’", "dont", "où",
                         "soit", "contre", "tandis", "alors", "mais", "quand", "lorsque", "si", "car",
                         "pour", "total", "selon", "a", "ont", "est", "sont", "avait", "avaient",
                         "était", "étaient", "sera", "seront", "y", "en", "se", "s'", "s’", "ne", "n'"})
_OWN_VERBS = frozenset({
    "vise", "visent", "visait", "visaient", "prévoit", "prévoient", "prévoyait", "prévoyaient",
    "compte", "comptent", "comptait", "comptaient", "table", "tablent", "ambitionne", "ambitionnent",
    "espère", "espèrent", "souhaite", "souhaitent", "veut", "veulent", "envisage", "envisagent",
    "projette", "projettent", "promet", "promettent", "annonce", "annoncent", "atteindra",
    "atteindront", "devrait", "devraient", "doit", "doivent", "totalise", "totalisent", "affiche",
    "affichent", "emploie", "emploient", "recense", "recensent", "possède", "possèdent", "gère",
    "gèrent", "exploite", "exploitent", "ajoute", "ajoutent", "revendique", "revendiquent",
})
# « se répartissent ainsi : », « se décompose comme suit : »: the figure before splits into a list
_SPLIT_VERBS = frozenset({"répartit", "répartissent", "répartissaient", "répartissait", "décompose",
                          "décomposent", "ventile", "ventilent"})
# « augmentent de 31 % pour atteindre 498 millions, contre 412 »: the verbs of a reached value
_REACH_VERBS = frozenset({"atteindre", "établir", "élever", "fixer"})
# « : le repli atteint donc 3 % », « : la hausse est ainsi de 4 % » (colon_change_noun)
_COLON_SIZE_VERBS = frozenset({"atteint", "atteignait", "est", "était", "établit", "établissait", "élève",
                               "élevait"})
_COLON_SIZE_WORDS = _COLON_SIZE_VERBS | frozenset({"donc", "ainsi", "alors", "de", "d'", "à", "s'"})
_OTHER_HOLDER = frozenset({"pour", "chez", "dans", "à", "au", "aux", "parmi", "selon", "sur"})
# « passant »: « ont reculé de 14 %, passant de 9 800 à 9 200 » (percent_passing)
# after « à B, contre A »: A an expectation or another holder's, not an earlier value
_CONTRE_TAIL_STOP = _OTHER_HOLDER | frozenset({"attendu", "attendus", "attendue", "attendues", "prévu", "prévus",
                                               "prévue", "prévues", "visé", "visés", "visée", "visées", "espéré",
                                               "espérés", "estimé", "estimés", "consensus", "analystes",
                                               "objectif", "budget", "budgété", "budgétés", "et", "ou", "mais",
                                               "dont", "qui", "que", "qu'", "soit"})
# between « a triplé par rapport à … » and its « , passant de A à B »: words that open another clause
_PASSING_FAR_CUT = frozenset({"et", "ou", "mais", "dont", "qui", "que", "qu'", "contre", "soit", "où", "tandis"})
# after a change noun, a colon opens a new level (« en hausse : environ 900 passagers par jour »),
# and a preposition of cause or concession a circumstance (« un recul limité malgré trois jours de
# pluie », « une hausse grâce à deux salons »): neither gives the amount of the change, which
# « de » introduces (« un recul de 2 % »)
_CHANGE_CUT = frozenset({":", "malgré", "grâce", "avec", "après", "raison", "cause", "faute",
                         "suite", "sans"})
# … and the verbs that give such a change its direction (« augmentent de 31 % »)
_CHANGE_VERB_SIGN = dict.fromkeys((
    "augmente", "augmentent", "augmenter", "augmenté", "augmentera", "augmenteront", "progresse",
    "progressent", "progresser", "progressé", "progressera", "grimpe", "grimpent", "grimper",
    "grimpé", "bondit", "bondissent", "bondir", "bondi", "croît", "croissent", "croître",
    "envolé", "envolés", "envole", "envolent"), 1) | \
    dict.fromkeys((
        "diminue", "diminuent", "diminuer", "diminué", "diminuera", "recule", "reculent", "reculer",
        "reculé", "reculera", "baissent", "baisser", "baissé", "chutent", "chuter", "chuté",
        "effondré", "effondrée", "effondrés", "effondrées", "effondre", "effondrent", "replié", "repliée",
        "repliés", "repliées", "replient"), -1)
# the verbs too: « ont grimpé de 13 %, à 1,11 milliard, contre 1,02 milliard » (change_reached)
# « 40 % de plus que les 212 millions » (compared_percents)
_MORE_THAN = {"plus": 1, "mieux": 1, "moins": -1}
_CMP_NOUN_SIGN = {"hausse": 1, "progression": 1, "augmentation": 1, "baisse": -1, "recul": -1,
                  "repli": -1, "diminution": -1}
# « a glissé de 3,42 à 3,31 milliards, perdant 6,5 % en un an »: a participle clause giving the
# change of the pair just told
_SPAN_UNITS = frozenset({"an", "année", "mois", "semestre", "trimestre"})
_PARTICIPLE_SIGN = {"perdant": -1, "cédant": -1, "abandonnant": -1, "gagnant": 1}
_CHANGE_WORDS = L.CHANGE_UP | L.CHANGE_DOWN | {"soit", "passant"} | _REACH_VERBS | set(_CHANGE_VERB_SIGN) \
    | set(_PARTICIPLE_SIGN)
# and the words whose absence closes a look-around most blocks never need (a gate may open
# where the look-around then finds nothing: "total" without "au")
_OTHERS = frozenset({"autres", "restants", "restant", "restantes", "restante"})
_REMAINING = frozenset({"restants", "restant", "restantes", "restante"})
# a percentage's population: « 41 % chez les ouvriers », « parmi les cadres », « dans la catégorie »
_AMONG = frozenset({"chez", "parmi", "dans"})
# the moments told as before the article's present: « l'an dernier », « la veille »
# « Leur nombre a doublé »: a sentence opening on the count told just before
_ANAPHOR_DETS = frozenset({"leur", "ce", "son", "sa"})
_ANAPHOR_COUNTS = frozenset({"nombre", "chiffre", "total", "montant", "effectif", "nombres"})
_EARLIER = frozenset({"an-1", "semaine-1", "mois-1", "été-1", "weekend-1", "veille"})
# a vote's verbs, present or poll conditional: « obtient 15 % », « recueillerait 12 % »
_SCORE_VERBS = frozenset({"obtient", "obtiendrait", "recueille", "recueillerait", "récolte", "récolterait",
                          "totalise", "totaliserait"})
_SCORE_VERBS_ANY = _SCORE_VERBS | {"réunit", "rassemble"}
_CREDITED = frozenset({"crédité", "créditée", "crédités", "créditées"})
# what sets another scene before a contender's verb: a population, a place, a moment, a figure
_SCORE_SCENE = frozenset({",", "chez", "parmi", "dans", "à", "au", "aux", "en", "lors", "selon", "si", "#",
                          "(", ";", ":", "contre", "sur"})
_POP_NOUNS = frozenset({"catégorie", "tranche", "classe"})
_POP_STOP = frozenset({"et", "ou", "contre", "soit", "mais"})
# « 1 310 étaient majeures et 940 mineures »: the verb the second part shares (copula_gap)
_COPULAS = frozenset({"sont", "étaient", "seront"})
# « et le second degré 53 500, dont … »: the article opening a sibling whole (sibling_whole)
_SIBLING_DETS = frozenset({"le", "la", "les", "l'"})
_POP_DETS = frozenset({"le", "la", "les", "l'", "des", "de", "du", "d'", "ceux", "celles"})
_GATE_WORDS = frozenset({"déjà", "par", "total", "tout", "ces", "nombre", "totalité", "partagent", "partageaient"}) | _HOLDERS | _OTHERS
# « A, avec 412 cas, B, avec 287, et C, avec 96, se partagent la totalité des 845 cas »: the parts
# told before are the whole's every part (au_total_after's « au total », told before the figure)
_SHARE_ALL_VERBS = frozenset({"partagent", "partageaient", "représentent", "représentaient", "regroupent",
                              "regroupaient", "rassemblent", "rassemblaient", "concentrent", "concentraient",
                              "totalisent", "totalisaient"})
# a part of a match (« en seconde période », « en première mi-temps »): its own time, apart
# from the match's whole
_PERIODS = frozenset({"période", "mi-temps", "quart-temps"})
_PERIOD_ORD = {"première": "1", "premier": "1", "seconde": "2", "deuxième": "2", "second": "2",
               "troisième": "3", "quatrième": "4", "dernière": "fin", "dernier": "fin"}
_CLITIC = frozenset({"en"})
_EN_ONLY = frozenset({"en"})    # « les États-Unis en représentent 38 % » (mark_en)
# « ont contribué à hauteur de 1 840 GWh à la production, ceux de … pour 1 310 GWh »: shares of
# a whole told before (mark_contributions; NUM302 finds the whole)
_CONTRIB = frozenset({"hauteur"})
_CONTRIB_NOUNS = frozenset({"production", "consommation", "récolte", "collecte"})
# « à la production nationale », « à la production de la région »: another whole than the one told
_CONTRIB_OTHER = frozenset({"nationale", "française", "européenne", "mondiale", "régionale", "continentale",
                            "hexagonale", "totale", "globale", "de", "du", "des", "d'"})
_CONTRIB_END = frozenset({",", ".", ";"})
_NOT_IN_CONTRIB = frozenset({"contre", "soit", "dont", ";", "(", "total", "selon"})
# « Les porte-conteneurs, à eux seuls, y ont fait escale 1 920 fois »: a part of the whole just
# told (mark_alone; NUM302 finds the whole)
# told of a group (plural): « Marseille, à elle seule, en compte 870 000 » may set one city against another
_ALONE = frozenset({"seuls", "seules"})
_ALONE_PRON = {"seuls": "eux", "seules": "elles"}
_HITS = _SCAN_WORDS | _REL_SECOND | _YEARS | _PART_WORDS | _CHANGE_WORDS | _GATE_WORDS | _PERIODS | _CLITIC \
    | _CONTRIB | _ALONE
# a figure the text presents as superseded: a first word before it in its sentence
# (« dans un premier temps », « avait d'abord annoncé », « initialement », « le chiffre
# provisoire », « un premier bilan ») and a correction after it, in its sentence or the next
# (« a été corrigé », « revu à la hausse », « rectifié »): not the value the text now gives
_FIRST_ALONE = frozenset({"initialement", "provisoire", "provisoires", "abord"})
_FIRST_NOUNS = frozenset({"temps", "bilan", "estimation", "estimations", "chiffre", "chiffres",
                          "décompte", "comptage"})
_FIRST_ADJ = frozenset({"premier", "première", "premiers", "premières"})
_REVISED = frozenset(b + e for b in ("corrigé", "rectifié", "révisé", "réévalué", "ajusté")
                     for e in ("", "e", "s", "es")) | {"revu", "revus"} \
    | {"corriger", "rectifier", "réviser", "réévaluer", "ajuster"}    # « …, avant de l'ajuster »
_SUPERSEDE_WORDS = _FIRST_ALONE | _FIRST_NOUNS | _REVISED
# the ones no other set makes hits (« bilan », « chiffre » are scan words): the block's scan asks
# every hit of _SUPERSEDE_WORDS apart from the set that filed it
_SUPERSEDE_HITS = _SUPERSEDE_WORDS - _HITS
# a figure told as an earlier count, with no correction said (« le décompte précédent faisait
# état de 2 180 cas », « un précédent bilan », « le bilan était auparavant de … », « une semaine
# plus tôt, on comptait … »): not the value the text now gives (mark_earlier)
_PREV_ADJ = frozenset({"précédent", "précédente", "précédents", "précédentes"})
_PREV_NOUNS = frozenset({"bilan", "bilans", "décompte", "comptage", "chiffre", "chiffres", "estimation",
                         "recensement", "relevé", "pointage", "point", "rapport", "bulletin"})
_EARLIER_WORDS = _PREV_ADJ | {"auparavant", "tôt", "initialement"}
# « une semaine plus tôt », « quelques jours plus tôt »: a span said in words
_EARLIER_SPANS = frozenset({"semaine", "semaines", "mois", "an", "ans", "année", "années", "jour", "jours",
                            "heure", "heures", "quinzaine"})
# before the marker: a change since, or a comparison with, that earlier count (« depuis le
# précédent bilan », « qu'au bilan précédent », « par rapport au »): the figure is now's
_EARLIER_NOT = frozenset({"depuis", "que", "qu'", "qu’", "rapport", "contre", "comparé", "comparée",
                          "comparés", "comparées", "sur", "dès", "après"})
# what ends the stretch of an earlier count told after its marker (« ; il est désormais de … »)
_EARLIER_STOP = frozenset({";", "contre", "désormais", "aujourd'hui", "aujourd’hui", "maintenant",
                           "actuellement", "dorénavant", "mais", "nouveau", "nouvelle", "depuis", "soit"})
# between a figure and an earlier marker told after it (« 3 900 cas lors du bilan précédent »):
# none of these, which set the figure against the earlier count
_EARLIER_GAP_NOT = _EARLIER_NOT | {",", "plus", "moins", "de", "d'", "d’", "#"}
# the block's scan asks them apart from the set that filed them, as _SUPERSEDE_WORDS
_SUPERSEDE_HITS = _SUPERSEDE_HITS | (_EARLIER_WORDS - _HITS)
_HITS = _HITS | _SUPERSEDE_HITS
# adjectives in -eurs, never a noun in apposition (« 2 000 emplois supérieurs »)
_EUR_ADJ = frozenset({"supérieurs", "inférieurs", "extérieurs", "intérieurs", "antérieurs", "postérieurs",
                      "ultérieurs", "majeurs", "mineurs", "meilleurs"})
# what a few look-arounds need to see before they walk their window
# a gap between two holders ("4 points d'avance", "3 secondes de retard"), not an amount held
_GAP_NOUNS = {"avance": "avance", "écart": "avance", "retard": "retard"}
# and the noun-first form ("l'écart de 56 points", "une différence de 3 buts"): a difference
# « va supprimer 240 postes », « supprime », « a supprimé », « créera 500 emplois »: the act a verb
# before the count tells, the state its noun is counted in (as « 240 suppressions de postes »,
# « 240 postes supprimés »: L.ACTION_NOUNS)
_ACT_VERBS = {stem + end: state
              for stem, state in (("supprim", "supprimé"), ("cré", "créé"), ("annul", "annulé"),
                                  ("embauch", "embauché"))
              for end in ("er", "e", "ent", "era", "eront", "erait", "eraient", "é", "ait", "aient")}

_GAP_FIRST = {"avance": "avance", "écart": "avance", "différence": "avance", "retard": "retard"}
# nouns by which a share names the whole of what it shares (« soit 24 % du total »). Not « du
# marché »: a market is seldom the article's earlier figure (a firm's sales are). The noun must
# end the phrase or be said national: « de la production mondiale », « régionale », « des
# ventes » may be another whole than the one the article gives.
_WHOLE_NOUNS = frozenset({"total", "récolte", "trafic", "production"})
# « 2,8 millions d'actions, soit 25 % du capital »: the capital is a count of shares; only a
# figure said of shares may be its whole (not « valorisée 963 millions de francs »)
_COUNTED_WHOLES = {"capital": "action"}
_WHOLE_END = frozenset({",", ".", ";", ":", ")", "!", "?", "»", "et", "contre", "national", "nationale",
                        "total", "totale", "annuel", "annuelle"})
_TOTAL_ADJ = frozenset({"total", "totale", "totaux", "totales"})
_LIST_PREP = frozenset({"pour", "dans", "en", "à", "au", "aux", "chez"})

_CAST_NOUNS = frozenset({"suffrage", "voix", "vote", "bulletin"})
_CAST_VOTERS = frozenset({"votant", "député", "sénateur", "élu", "conseiller", "membre", "parlementaire",
                          "délégué", "administrateur", "juré", "actionnaire", "salarié", "adhérent",
                          "défavorable", "favorable"})
# where people or things are held, named by the place they stand in (« l'hôpital de Bastia »,
# « celui de Calvi »): place_of reads the place after them
_INSTITUTIONS = frozenset({"celui", "celle", "ceux", "celles", "hôpital", "hôpitaux", "centre", "centres",
                           "hospitalier", "hospitaliers", "universitaire", "chu", "clinique", "cliniques",
                           "maternité", "prison", "aéroport", "gare", "port", "stade", "caserne", "mairie",
                           "préfecture", "commissariat", "gendarmerie", "tribunal", "université", "lycée",
                           "collège", "école", "usine", "site", "camp", "établissement", "antenne"})
_AVOIR = frozenset({"a", "ont", "avait", "avaient", "aura", "auront", "auraient", "avons"})
# verbs that make a sum of what they follow (« qui représentent 9 appareils au total »)
_SUM_VERBS = ("représent", "totalis", "compt", "cumul", "réun", "atteign", "atteint", "rassembl",
              "regroup", "form", "constitu", "pès", "pes", "fai", "font", "fait", "sont", "été",
              "étaient", "additionn", "comptabilis", "rejoign", "rejoint")


def _activity_verb(v: str, participle: bool) -> bool:
    """A verb form (a past participle, or a plural present or imperfect) that is not one of
    the verbs that sum."""
    if not v.isalpha() or v.startswith(_SUM_VERBS):
        return False
    if participle:
        return v.endswith(("é", "és", "i", "is", "u", "us", "it", "uit"))
    return v.endswith(("ent", "aient")) and not v.endswith("ment")
# « dans ses deux usines »: the determiners of a place complement counting places (where_count)
_WHERE_DETS = frozenset({"ses", "leurs", "nos", "vos", "les", "ces"})
# « 3 200 suivent une formation … et 2 400 un cursus … » (gapped_object)
_GAP_OBJ_DETS = frozenset({"un", "une", "des", "le", "la", "les", "l'", "l’", "du"})
_GAP_OBJ_TIME = frozenset({"an", "ans", "année", "années", "mois", "semaine", "semaines", "jour", "jours",
                           "plus", "auparavant", "avant", "précédent", "précédente", "tôt", "fois"})
_ELISION = {"d'": "de"}
_PLACE_PREP = frozenset({"à", "en", "au", "aux", "dans"})
_TOTAL_WORDS = frozenset({"total", "tout", "ces"})
# the counts a medal tally adds up (« 2 titres, 1 médaille d'argent et 3 de bronze »)
_MEDALS = frozenset({"médaille", "titre", "or", "argent", "bronze"})
_FEW = {"deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6}
# a word every cue read from the words before a figure needs (Reader.left_cues)
# a threshold, not a share: « aucun ne dépassant 4 % », « franchir le seuil de 5 % »
_THRESHOLD_VERBS = frozenset({"dépasse", "dépassé", "dépassent", "dépassant", "dépasser", "dépassait",
                              "dépassaient", "dépassera", "franchi", "franchit", "franchir", "franchissant",
                              "franchissent", "excède", "excèdent", "excédant", "excéder"})
_THRESHOLD_NOUNS = frozenset({"barre", "seuil"})
# « dépasse désormais les 1 100 détenus », « franchit déjà la barre »: an adverb of time between
# the verb of a bound and its figure
_NOW_ADV_BOUND = frozenset({"désormais", "déjà", "maintenant", "dorénavant", "aujourd'hui",
                            "aujourd’hui", "largement", "nettement"})
_BELOW = frozenset({"sous"})
# « la maison moyenne frôle (désormais) les 250.000 euros »: a level neared, told about
_NEAR_VERBS = frozenset(b + e for b in ("frôl", "avoisin", "approch", "fris", "effleur", "talonn", "flirt")
                        for e in ("e", "ent", "ait", "aient", "era", "eront", "é", "ant"))
_NEAR_DET = frozenset({"les", "la", "le", "l'", "l’"})
_NEGATION = frozenset({"ne", "n'", "n’"})
_NEAR_ADV = frozenset({"désormais", "déjà", "maintenant", "aujourd'hui", "aujourd’hui", "bientôt", "presque",
                       "dorénavant", "encore", "avec"})   # « flirte avec les »
# a time adverb between a verb of bounds and its range (« varie aujourd'hui de … à … »)
_NOW_ADV = frozenset({"désormais", "maintenant", "actuellement", "dorénavant", "généralement"})
_SHARE_END = frozenset({",", ".", ";", ")", "!", "?", "»"})
# « Les États-Unis en représentent 38 % », « les importations en ont fourni 1 260 GWh »: the
# pronoun « en » before a verb stands for a whole just named; the figure is a part of it
_EN_VERBS = frozenset({"représente", "représentent", "représentait", "représentaient", "fournit",
                       "fournissent", "assure", "assurent", "capte", "captent", "détient", "détiennent",
                       "concentre", "concentrent", "totalise", "totalisent", "pèse", "pèsent",
                       "explique", "expliquent", "expliquait", "expliquaient"})
_EN_AUX = frozenset({"a", "ont", "avait", "avaient", "aura", "auront"})
_EN_NEXT = _EN_VERBS | _EN_AUX
# « La Charente en comptait alors 27 500, la Vendée 16 800 »: verbs of holding or counting that
# make « en » a part only when a list of elided parts follows (en_lists), and the one adverb of
# moment that may stand between the verb and the figure (« en a accueilli 410 » is mark_en's)
_EN_LIST_VERBS = frozenset({
    "compte", "comptent", "comptait", "comptaient", "emploie", "emploient", "employait", "employaient",
    "accueille", "accueillent", "accueillait", "accueillaient", "réunit", "réunissent", "réunissait",
    "réunissaient", "abrite", "abritent", "abritait", "abritaient", "recense", "recensent", "recensait",
    "recensaient", "dénombre", "dénombrent", "dénombrait", "dénombraient", "héberge", "hébergent",
    "hébergeait", "hébergeaient", "regroupe", "regroupent", "regroupait", "regroupaient"})
_EN_LIST_ADV = frozenset({"alors", "encore", "déjà", "désormais", "toujours", "aujourd'hui", "ainsi"})
# a word that ends or turns the noun phrase before an elided part (en_lists)
_EN_LIST_STOP = frozenset({";", ":", "(", ")", "soit", "contre", "dont", "selon", "par", "et", "ou",
                           "mais", "total", "chacun", "chacune", "en"})
_EN_PARTICIPLE = ("é", "ée", "és", "ées", "i", "is", "ie", "ies", "u", "us", "ue", "ues", "it", "its")


def _restate_link(left: list[str]) -> bool:
    """« …, c'est-à-dire (près de) 42 % », « …, autrement dit 42 % », « …, ce qui fait 42 % »:
    a link that restates the count just told, as « soit », after a comma, at most two words of
    approximation between it and the share."""
    for gap in (0, 1, 2):
        end = len(left) - gap
        if gap and not _RESTATE_APPROX.issuperset(left[end:]):
            return False
        for link in _RESTATE_LINKS:
            if tuple(left[end - len(link):end]) == link:
                return True
    return False


# « 180 entreprises, dont 72 PME, qui en représentaient (ainsi) près des deux tiers »: the part
# just told restates its share of the whole « en » takes up, as after « soit »
_EN_RESTATE_VERBS = frozenset({"représente", "représentent", "représentait", "représentaient",
                               "représentera", "représenteront", "constitue", "constituent",
                               "constituait", "constituaient", "forme", "forment", "formait", "formaient"})
_EN_RESTATE_ADV = frozenset({"ainsi", "donc", "alors", "déjà"})


def _en_restate(left: list[str]) -> bool:
    """`left` (nearest last) ends with « , qui en <verbe> (ainsi) (près de / plus de) »."""
    end = len(left)
    while end > 0 and len(left) - end < 2 and (left[end - 1] in _RESTATE_APPROX or left[end - 1] == "des"):
        end -= 1
    if end > 0 and left[end - 1] in _EN_RESTATE_ADV:
        end -= 1
    return end >= 4 and left[end - 1] in _EN_RESTATE_VERBS and left[end - 4:end - 1] == [",", "qui", "en"]


def _noun_restate(left: list[str]) -> bool:
    """`left` (nearest last) ends with « , une part de », « soit une proportion de », « , une
    couverture vaccinale de », « , ce qui représente »: a share restated as by « soit »."""
    if len(left) >= 4 and left[-1] in ("de", "d'") and left[-3] == "une" and left[-2] in _RESTATE_NOUNS:
        return left[-4] in (",", "soit")
    if len(left) >= 5 and left[-1] in ("de", "d'") and left[-4] == "une" and left[-3] in _RESTATE_NOUNS \
            and left[-2] in _RESTATE_ADJ:
        return left[-5] in (",", "soit")
    return len(left) >= 4 and left[-4:-1] == [",", "ce", "qui"] and left[-1] in _RESTATE_VERBS


_EN_ALONE_PRON = frozenset({"lui", "elle", "eux", "elles"})
_EN_ALONE_ADJ = frozenset({"seul", "seule", "seuls", "seules"})


def _en_clitic(left: list[str]) -> int:
    """« en représentent 38 % », « en ont fourni 1 260 GWh » (a preposition « en » is never
    followed by a conjugated verb): how many words back « en » stands, 0 if it is no clitic.
    « en représente à lui seul 1,9 million »: « à lui seul » between the verb and the figure."""
    if len(left) >= 5 and left[-3] == "à" and left[-2] in _EN_ALONE_PRON and left[-1] in _EN_ALONE_ADJ:
        b = _en_clitic(left[:-3])
        return b + 3 if b else 0
    if len(left) >= 2 and left[-2] == "en" and left[-1] in _EN_VERBS:
        return 2
    if len(left) >= 3 and left[-3] == "en" and left[-2] in _EN_AUX and left[-1] != "été" \
            and len(left[-1]) > 3 and left[-1].endswith(_EN_PARTICIPLE):
        return 3
    return 0
_CUE_GATE = frozenset({"environ", "quelque", "presque", "près", "dont", "sur", "soit", "contre", "rapport",
                       "après", "avant", "lieu", "plus", "outre", "seule", "seul", "total", "tout",
                       "ces", "bilan", "chiffre", "nombre", "montant", "décompte", "eux", "elles",
                       "lesquels", "lesquelles"}) \
    | L.CHANGE_UP | L.CHANGE_DOWN | L.CHANGE_BY | _THRESHOLD_VERBS | _THRESHOLD_NOUNS | _NEAR_VERBS | _BELOW
_WON_LOST = {"gagne": "gagne", "gagné": "gagne", "gagnent": "gagne", "gagnait": "gagne",
             "perd": "perd", "perdu": "perd", "perdent": "perd", "perdait": "perd",
             "cède": "perd", "cédé": "perd", "cèdent": "perd"}
# « , ce qui représente 54 % », « , une proportion de 45 % »: a share restated as by « soit »
_RESTATE_VERBS = frozenset({"représente", "représentait", "représentent", "représentaient", "représentera"})
_RESTATE_NOUNS = frozenset({"proportion", "part", "couverture"})
# « , une couverture vaccinale de 52 % »: the one adjective a restating noun may take
_RESTATE_ADJ = frozenset({"vaccinale"})
# « , c'est-à-dire 42 % », « , autrement dit 42 % », « , ce qui fait 42 % »: « soit » in other words
_RESTATE_LINKS = ((",", "c'", "est-à-dire"), (",", "autrement", "dit"), (",", "ce", "qui", "fait"),
                  (",", "ce", "qui", "faisait"))
_RESTATE_APPROX = frozenset({"environ", "près", "de", "d'", "quelque", "presque", "plus", "moins", "tout", "juste"})
_CUE_GATE = _CUE_GATE | frozenset(_WON_LOST) | _RESTATE_VERBS | _RESTATE_NOUNS | {"taux", "est-à-dire", "dit", "fait", "faisait"}
# « assez d'énergie pour (alimenter) 120 000 foyers », « de quoi chauffer 120 000 foyers »,
# « l'équivalent de la consommation (annuelle) de 120 000 foyers »: an energy told by how many it
# would serve, an illustration of a quantity, not a count of its own
_SERVED_STUFF = frozenset({"énergie", "électricité", "courant", "chaleur", "gaz", "biogaz", "biométhane"})
_SERVE_VERBS = frozenset({"alimenter", "approvisionner", "chauffer", "éclairer", "desservir", "fournir"})
_EQUIV_WORDS = frozenset({"équivalent", "équivaut", "équivaudra", "équivaudrait", "équivalant"})
_CUE_GATE = _CUE_GATE | {"assez", "quoi"} | _EQUIV_WORDS


def _served(left: list[str]) -> bool:
    """« assez d'énergie pour (alimenter) N », « de quoi alimenter N », « l'équivalent de la
    consommation (annuelle) de N »: the words right before a figure tell an illustration."""
    if left[-1:] and left[-1] in _SERVE_VERBS:
        if left[-3:-1] == ["de", "quoi"]:
            return True
        left = left[:-1]
    if left[-1:] == ["pour"] and len(left) >= 4 and left[-4] == "assez" and left[-3] in ("d'", "de") \
            and left[-2] in _SERVED_STUFF:
        return True
    if left[-1:] in (["de"], ["d'"]) and "consommation" in left[-3:-1]:
        i = len(left) - 1 - left[::-1].index("consommation")
        return left[i - 1:i] in (["la"], ["sa"]) and not _EQUIV_WORDS.isdisjoint(left[max(0, i - 4):i])
    return False
# « , un taux de réussite de 66 % » after « sur les 412 600 candidats, 248 900 … »: rates that
# are a count over the count it is drawn from (not « taux d'intérêt », « de croissance »)
_COUNT_RATES = frozenset({"réussite", "admission", "participation", "abstention", "remplissage",
                          "occupation", "vaccination", "échec", "scolarisation", "réponse",
                          "guérison", "survie", "adhésion", "diplomation"})
_NONE: frozenset = frozenset()
# « les libéraux en conservent 19 », « le PQ en a arraché 5 »: what a holder keeps, wins or loses
# of a set told before (seats, districts, towns)
_HELD = frozenset(w + e for w, ends in (
    ("conserv", ("e", "ent", "é")), ("gard", ("e", "ent", "é")), ("arrach", ("e", "ent", "é")),
    ("remport", ("e", "ent", "é")), ("gagn", ("e", "ent", "é")), ("détien", ("t", "nent")),
    ("détenu", ("",)), ("obtien", ("t", "nent")), ("obtenu", ("",)), ("rafl", ("e", "ent", "é")),
    ("ravi", ("t", "ssent", "")), ("décroch", ("e", "ent", "é")), ("perd", ("", "ent", "u"))) for e in ends)
# « 2 350 hommes sur les 5 550 prévus »: after « sur (les) », a whole named by a participle of
# what was planned or expected alone takes up the part's noun (« sur les 5 550 [hommes] prévus »)
_PLANNED = frozenset(w + e for w in ("prévu", "attendu", "autorisé", "promis", "annoncé", "escompté",
                                     "espéré", "visé", "programmé", "envisagé", "budgété", "requis")
                     for e in ("", "s", "e", "es") if not (w.endswith("s") and e in ("s",)))
# the words between « participation » and a turnout: « de », « supérieure à », « s'établit à »
_TURNOUT_LINKS = (("de",), ("d'",), ("à",), ("est", "de"), ("était", "de"), ("atteint",), ("a", "atteint"),
                  ("s'", "établit", "à"), ("s'", "est", "établie", "à"), ("s'", "élève", "à"),
                  ("s'", "est", "élevée", "à"), ("a", "été", "de"), ("dépasse",), ("a", "dépassé"))
_STAKE_AFTER = frozenset({"dans", "du", "au", "de", "d'", "des", "chez", "en"})


def _turnout(left: list) -> str | None:
    """« participation » right before a turnout through one of _TURNOUT_LINKS (the figure's own
    text holds « supérieure à », « plus de »): that noun, or None."""
    for link in _TURNOUT_LINKS + ((),):
        k = len(link)
        if len(left) > k and left[-k - 1] == "participation" and (not k or left[-k:] == list(link)):
            return "participation"
    return None
# a poll's answer « ne se prononcent pas », « sans opinion », « ne savent pas »
_NO_OPINION_FIRST = frozenset({"ne", "sans", "sont"})
_PRONOUNCE = frozenset({"prononcent", "prononce", "prononçaient", "prononçait"})
_NO_VIEW = frozenset({"opinion", "avis"})
# a poll's answer on spending, working … more, the same or less (« 38 % comptent dépenser moins »,
# « 47 % à prévoir un budget identique »): « plus », « moins » only right after an infinitive
_SAME_ANSWER = frozenset({"identique", "identiques", "autant", "inchangé", "inchangée", "inchangés",
                          "inchangées", "stable", "stables"})
_ANSWER_WORDS = _SAME_ANSWER | {"davantage", "plus", "moins"}


def _answer(W, K, T, j: int, n: int) -> str | None:
    """The answer « more », « same » or « less » a share is told of, in the 8 words after it."""
    sj = T[j]
    for k in range(j + 1, min(j + 9, n)):
        if T[k] != sj or K[k] != "w":
            return None     # the sentence ends, a number or a sign: the share's words end
        x = W[k]
        if x not in _ANSWER_WORDS:
            continue
        if x in _SAME_ANSWER:
            return "same"
        if x == "davantage":
            return "more"
        prev = W[k - 1]
        if len(prev) > 4 and prev.endswith(("er", "ir", "re")):
            return "more" if x == "plus" else "less"
        return None
    return None


# a ballot's two sides, and the words that may stand between a side and its share (no pluperfect
# nor conditional: « le non avait recueilli 46 % » is another vote): « le « oui »
# a rassemblé 58 % », « le non n'en recueillant que 44 % », « le oui l'emporte avec 61 % »
_SIDE_WORDS = frozenset({"oui", "non"})
_SIDE_LEAD = frozenset({"a", "obtient", "obtenu", "obtenant", "recueille",
                        "recueilli", "recueillant", "rassemble", "rassemblé", "rassemblant", "réunit", "réuni",
                        "réunissant", "totalise", "totalisé", "totalisant", "récolte", "récolté", "récoltant",
                        "l'", "l’", "emporte", "emporté", "avec", "n'", "n’", "ne", "en", "que", "qu'", "qu’",
                        "»", "s'", "s’", "impose", "imposé", "arrive", "à", "atteint", "plafonne"})
# what may open the clause « le oui … »: the sentence's start or a clause break, never an object
# (« les jeunes ont plébiscité le oui à 74 % »: a share of the young)
_SIDE_OPEN = frozenset({",", ";", ":", "et", "mais", "que", "qu'", "qu’", "(", "–", "—", "tandis", "alors"})
_SIDE_VOTERS = frozenset({"votants", "électeurs", "électrices", "suffrages", "exprimés", "valides", "voix"})
_SIDE_VERBS = frozenset({"voté", "dit", "répondu", "choisi", "approuvé"})
_SIDE_AFTER = {"oui": "oui", "non": "non", "pour": "oui", "contre": "non"}


def _ballot_side(W, K, T, j: int, n: int) -> str | None:
    """The side of a ballot (« oui » or « non ») a share is told of, by the clause's subject
    before it (« le « oui » a rassemblé 58,3 % », « le non 44 % ») or by the words right after it
    (« 45 % pour le non », « 58 % ont voté pour », « 58 % des votants ont dit oui, 45 % non »)."""
    sj = T[j]
    k = j - 1
    while k >= 0 and T[k] == sj and W[k] in _SIDE_LEAD and j - k <= 6:
        k -= 1
    if k >= 1 and T[k] == sj and W[k] in _SIDE_WORDS and K[k] == "w":
        x = k - 1
        if W[x] == "«":
            x -= 1
        if x >= 0 and T[x] == sj and W[x] == "le" and (x == 0 or T[x - 1] != sj or W[x - 1] in _SIDE_OPEN):
            return W[k]
    # after the share: « pour le non », « en faveur du oui », « ont voté pour », « des votants ont dit oui »
    k = j + 1

    def w(x):
        return W[x] if x < n and T[x] == sj else None

    if w(k) == "pour" and w(k + 1) == "le" or w(k) == "en" and w(k + 1) == "faveur" and w(k + 2) == "du":
        k += 2 if w(k) == "pour" else 3
        side = W[k + 1] if w(k) == "«" and w(k + 1) in _SIDE_WORDS else w(k)
        if side not in _SIDE_WORDS:
            return None
        k += 2 if w(k) == "«" else 1
    else:
        if w(k) == "des":
            k += 1
            while w(k) in _SIDE_VOTERS and k - j <= 4:
                k += 1
            if k == j + 2:
                return None
        if w(k) in ("ont", "a") and w(k + 1) in _SIDE_VERBS:
            k += 2
            if w(k) == "le":
                k += 1
            if w(k) == "«":
                k += 1
        elif k != j + 1:
            return None
        side = _SIDE_AFTER.get(w(k))
        if side is None or K[k] != "w":
            return None
        k += 1
    if w(k) == "»":
        k += 1
    # the side ends the clause: « 45 % contre 30 % » is a comparison, not the no's share
    end = w(k)
    return side if end is None or end in _PUNCT_BREAK or end in ("et", "mais", "tandis") else None


def _no_opinion(w, k: int) -> bool:
    a, b, c = w(k), w(k + 1), w(k + 2)
    if a == "ne":
        return (b == "se" and c in _PRONOUNCE) or b in ("savent", "sait")
    if a == "sont":
        a, b = b, c
    return a == "sans" and b in _NO_VIEW


# verbs that open the bounds of a range, never a change (« le coût varie de 2 à 6 millions »,
# « des amendes allant de 135 à 750 euros »); the past « a varié de » may tell a change: not here
_RANGE_VERBS = frozenset({"varie", "varient", "variait", "variaient", "variant", "oscille",
                          "oscillent", "oscillait", "oscillaient", "oscillant", "échelonne",
                          "échelonnent", "échelonnait", "échelonnaient", "échelonnant", "allant"}
                         # the participles of a price on sale (« les places, vendues de 30 à 95
                         # euros »): a spread of prices, never a change (that needs « soldé »,
                         # « ramené »)
                         | {p + e for p in ("vendu", "proposé", "affiché", "facturé")
                            for e in ("", "e", "s", "es")}
                         # an estimate's bounds (« le préjudice est estimé de 350 000 à 480 000
                         # euros »); a revision is « réévalué », « revu »
                         | {p + e for p in ("estimé", "évalué", "chiffré")
                            for e in ("", "e", "s", "es")}
                         # what a thing costs, brings, weighs or makes up (« pourraient coûter de
                         # 28 à 32 millions »): its bounds; the past participle « a coûté » is left out
                         | {p + e for p in ("coût", "rapport", "représent")
                            for e in ("e", "ent", "ait", "aient", "era", "eront", "erait", "eraient",
                                      "er", "ant")}
                         | {"pèse", "pèsent", "pèsera", "pèseront", "pèserait", "pèseraient",
                            "pesait", "pesaient", "peser", "pesant"})
# a wind's speed told by its noun (« des rafales de 90 à 110 km/h »): a spread of speeds, never a
# change (a change has its verb there: « les rafales passeront de 90 à 70 km/h »)
_WIND_NOUNS = frozenset({"rafales", "rafale", "vents", "vent", "pointes", "bourrasques"})
_SPEEDS = frozenset({"kilometer / hour", "mile / hour", "knot", "meter / second"})
_ANAPHOR_NOUNS = frozenset({"bilan", "chiffre", "total", "nombre", "montant", "décompte"})
# what may stand between « en tout » and its figure (not « en tout cas, 300 »)
_EN_TOUT_GAP = frozenset({"les", "ses", "leurs", "plus", "moins", "près", "environ"})
_LOSS_ADJ = frozenset({"nette", "sèche", "opérationnelle", "comptable", "record", "totale", "cumulée"})
# scopes a figure may be told at (« à l'échelle mondiale », « au niveau national », « dans 13
# pays »): each a place of its own, apart from any one place and from the unsaid one
_SCOPES = {w: "*" + key for key, ws in {
    "monde": ("monde", "mondial", "mondiale", "planète", "planétaire", "international", "internationale",
              "global", "globale"),
    "continent": ("continent", "continental", "continentale", "européen", "européenne", "africain",
                  "africaine", "américain", "américaine", "asiatique", "union"),
    "national": ("pays", "national", "nationale", "fédéral", "fédérale"),
    "régional": ("région", "régional", "régionale", "province", "provincial", "provinciale",
                 "départemental", "départementale", "local", "locale"),
}.items() for w in ws}
_STATE_HEADS = frozenset({"république", "royaume", "principauté", "confédération", "émirats", "pays",
                          "province", "région", "département", "canton", "commune", "ville"})
_SCOPE_NOUNS = frozenset({"pays", "états", "régions", "provinces", "départements", "cantons", "villes",
                          "communes", "continents"})
# what L.is_noun_candidate refuses by the lower-case word alone
_NOT_NOUN = L.STOP | L.AUX | L.BREAK | frozenset(L.WEEKDAYS) | frozenset(L.MONTHS)
# « les infirmiers sont 4 100 », « Les céréaliers étaient 3 400 à avoir semé »: a count told as
# the predicate of its plural noun (Reader.predicate_of)
_BE_PLURAL = frozenset({"sont", "étaient", "seront", "furent", "seraient"})
_PREDICATE_DET = frozenset({"les", "ces", "leurs", "nos", "vos"})
_BE_ADV = frozenset({"désormais", "maintenant", "encore", "déjà", "alors", "hui"})   # hui: aujourd'hui


# the noun a sum is the value of, written before it (_sum_measure): « un déficit de 1,2 milliard »,
# « le déficit ramené à 1,4 milliard », « la dette atteint 17 milliards », « le déficit s'élève à »
_SUM_DET = frozenset({"un", "une", "le", "la", "l'", "l’", "les", "des", "son", "sa", "ses", "leur",
                      "leurs"})
_SUM_TARGET = frozenset(b + e for b in ("ramené", "réduit", "porté", "fixé", "abaissé", "relevé",
                                        "limité", "plafonné", "estimé", "évalué", "chiffré", "établi",
                                        "arrêté", "contenu", "inscrit")
                        for e in ("", "e", "s", "es"))
_SUM_LEVEL = frozenset({"atteint", "atteindra", "atteignait", "atteindrait", "avoisine", "avoisinera"})
_SUM_REFLEXIVE = frozenset({"élève", "élevait", "élèvera", "élèverait", "établit", "établissait",
                            "établira", "monte", "montait", "montera"})
_SUM_COPULA = frozenset({"est", "était", "sera", "serait"})
# a verb of change with « à » gives the new level: « le bénéfice tombe à », « la dette a grimpé à »,
# « le déficit est remonté à » (with « de » it gives the change: not here)
_SUM_NEW_LEVEL = frozenset(b + e for b in ("tomb", "recul", "chut", "baiss", "diminu", "plong",
                                           "grimp", "progress", "augment", "remont")
                           for e in ("e", "ent", "é", "ée", "és", "ées")) \
    | frozenset({"bondit", "bondi", "fond", "fondu", "fondue", "retombe", "retombé", "retombée"})
_SUM_AUX = frozenset({"a", "ont", "avait", "avaient", "est", "sont", "était", "étaient"})
# between a result and its verb, what only says whose or when (« le bénéfice du premier semestre
# tombe à », « le résultat net part du groupe s'établit à », « le bénéfice semestriel »): left out
_SUM_PERIODS = frozenset({"semestre", "trimestre"})
_SUM_PERIOD_ADJ = frozenset({"semestriel", "semestrielle", "trimestriel", "trimestrielle",
                             "annuel", "annuelle"})
_SUM_ORDINALS = frozenset({"#", "premier", "second", "deuxième", "troisième", "quatrième", "dernier"})
_SUM_COMPLEMENT_KEYS = _SUM_PERIODS | _SUM_PERIOD_ADJ | {"groupe", "exercice"}


def _sum_plain(left: list[str]) -> list[str] | None:
    """`left` without the complements of a result that only say whose or when it is (the part
    of the group, the period), or None when it has none. Only right after « bénéfice(s) » or
    « résultat(s) » (net), before the verb."""
    out: list[str] = []
    n, i, cut = len(left), 0, False
    while i < n:
        prev = out[-1] if out else ""
        if prev in _NET or prev in _NET_SAME:
            w = left[i:i + 4]
            if w[:3] == ["part", "du", "groupe"]:
                i, cut = i + 3, True
                continue
            if len(w) > 2 and w[0] == "du" and w[1] in _SUM_ORDINALS and w[2] in _SUM_PERIODS:
                i, cut = i + 3, True
                continue
            if w[:2] == ["du", "semestre"] or w[:2] == ["du", "trimestre"]:
                i, cut = i + 2, True
                continue
            if w[:3] in (["de", "l'", "exercice"], ["de", "l’", "exercice"]):
                i, cut = i + 3, True
                continue
            if w[:1] and w[0] in _SUM_PERIOD_ADJ:
                i, cut = i + 1, True
                continue
        out.append(left[i])
        i += 1
    return out if cut and out and out[-1] == left[-1] else None
# before a participle of _SUM_TARGET: « le déficit est fixé à », « les recettes sont inscrites à »
_SUM_BE = _SUM_COPULA | frozenset({"sont", "étaient", "seront", "seraient"})
# the measures a sum may name after its currency, « 96 milliards de francs de recettes
# fiscales »: the sum is their value, as in « les recettes fiscales atteignent 96 milliards »
_SUM_AFTER = frozenset({"recettes", "dépenses"})
# « le bénéfice … : il s'établit à », « la dette … : elle atteint »: the determiner that may open
# the sentence whose noun the pronoun stands for
_SUM_GENDER = {"il": frozenset({"le", "l'", "l’", "son"}), "elle": frozenset({"la", "l'", "l’", "sa"})}
_SUM_PRONOUNS = frozenset(_SUM_GENDER)
# a result is told net unless said otherwise: « un bénéfice de » in a title is the body's
# « bénéfice net » (a net debt is not the debt: only results)
_NET = frozenset({"net", "nette", "nets", "nettes"})
_NET_SAME = frozenset({"bénéfice", "bénéfices", "résultat", "résultats"})
_SUM_LINKS = frozenset({"de", "d'", "d’", "à"}) | _SUM_LEVEL
# a noun that names no measure of its own: « un montant de », « de l'ordre de », « le seuil de »;
# « l'équivalent de 6 milliards d'euros » converts a sum told in another currency
_SUM_NOT = frozenset({"montant", "somme", "total", "chiffre", "valeur", "niveau", "ordre", "hauteur",
                      "seuil", "barre", "plus", "moins", "écart", "différence", "avance", "retard",
                      "nombre", "part", "moitié", "tiers", "quart", "moyenne", "base", "inverse",
                      "équivalent", "contre-valeur"}) \
    | L.CHANGE_UP | L.CHANGE_DOWN | L.TIME_NOUNS | L.SCALE
# before a definite determiner, a word that makes the noun a complement (« le budget de
# l'épreuve atteint », « à l'exportation de »): the noun is not what the sum is the value of
# (« d'une amende de », « pour un coût de » open a phrase of their own)
_SUM_DEF = frozenset({"le", "la", "l'", "l’", "les"})
_SUM_OF = frozenset({"de", "d'", "d’", "du", "des", "à", "au", "aux"})
# and before the subject of a verb (« le préjudice pour la collectivité atteint »)
_SUM_PREP = _SUM_OF | frozenset({"pour", "sur", "dans", "chez", "par", "avec", "en", "entre",
                                 "contre", "sans", "sous", "vers"})


# a complement that only restates what the noun means: a budget's « excédent de revenus » (or
# « de recettes ») is its surplus, the plain « excédent » of a headline; « excédent de charges »
# is a deficit, and any other complement another measure: none of them
_SUM_OWN = {"excédent": frozenset({"revenus", "recettes"})}


# a building, room or vehicle sized by a count in its complement: « un pavillon de traumatologie
# de 60 lits », « un immeuble de 12 étages », « une salle de 300 places » count that thing, not
# what the sentence's subject has
_CONTAINERS = frozenset({"pavillon", "bâtiment", "immeuble", "tour", "hôpital", "clinique", "salle",
                         "amphithéâtre", "auditorium", "stade", "hôtel", "résidence", "navire", "bateau",
                         "paquebot", "avion", "bus", "autocar", "car", "train", "rame", "maison", "villa",
                         "centre", "complexe", "internat", "dortoir", "aile", "bloc", "foyer", "parking"})
_CONTAINER_DET = frozenset({"un", "une"})
_CONTAINER_GAP = frozenset({",", ";", ":", "(", ")", "«", "»", ".", "et", "ou", "dont", "soit", "contre"})


def _container(left: list[str]) -> str | None:
    """The noun of « un(e) NOUN [de X | adjective]{0,3} de » just before a figure, when it names a
    building, room or vehicle (_CONTAINERS); None otherwise."""
    n = len(left)
    for x in range(n - 2, max(n - 6, 0), -1):
        w = left[x]
        if w in _CONTAINER_GAP:
            return None
        if w in _CONTAINERS and left[x - 1] in _CONTAINER_DET:
            return w
    return None


def _sum_adjective(w: str) -> str | None:
    """A relational adjective in -al the lemmas leave out (« fiscale(s) », « sociale(s) »), as its
    masculine singular, the form L.adjective gives « fiscaux »."""
    if len(w) > 5 and w.endswith(("ale", "ales")) and w.isalpha():
        return w[:w.rfind("ale")] + "al"
    return None


def _sum_measure(left: list[str]) -> str | None:
    """The noun a sum is the value of when the text names it first (`left`: the lower-case words
    before the sum, nearest last): « un déficit de », « le déficit ramené à », « la dette
    atteint », « le déficit s'élève à », « le déficit est de »; « le déficit budgétaire de » gives
    « déficit budgétaire » (an adjective makes another measure: the trade deficit is not the
    budget's). A determiner must open the phrase, so that « près de », « hausse de » or « à
    hauteur de » give nothing. Fixed look-back: linear."""
    p, n = left[-1], len(left)
    verb = True
    if p in _SUM_LEVEL:
        x = n - 2                                       # « la dette atteint 17 milliards »
    elif p == "à" and left[-2] in _SUM_TARGET and n > 4 and left[-3] in _SUM_BE:
        x = n - 4                                       # « les recettes sont inscrites à »
    elif p == "à" and left[-2] in _SUM_TARGET:
        x = n - 3                                       # « le déficit ramené à »
    elif p == "à" and n > 3 and left[-2] in _SUM_REFLEXIVE and left[-3] in ("s'", "s’", "se"):
        x = n - 4                                       # « le déficit s'élève à »
    elif p == "à" and left[-2] in _SUM_NEW_LEVEL:
        x = n - 4 if n > 4 and left[-3] in _SUM_AUX else n - 3    # « le bénéfice tombe à »
    elif p != "à" and left[-2] in _SUM_COPULA:
        x = n - 3                                       # « le déficit est de »
    elif p != "à":
        x, verb = n - 2, False                          # « un déficit de »
    else:
        return None
    if x < 1:
        return None
    w = left[x]
    if x >= 3 and left[x - 1] == "de" and w in _SUM_OWN.get(left[x - 2], ()) and left[x - 3] in _SUM_DET:
        noun, adj, d = left[x - 2], None, x - 3     # « un excédent de revenus de »: « excédent »
    elif left[x - 1] in _SUM_DET:
        noun, adj, d = w, None, x - 1
    elif x >= 2 and left[x - 2] in _SUM_DET and w in _NET and left[x - 1] in _NET_SAME:
        noun, adj, d = left[x - 1], None, x - 2     # « le bénéfice net »: a title's « bénéfice »
    elif x >= 2 and left[x - 2] in _SUM_DET and (adj := L.adjective(w) or _sum_adjective(w)):
        noun, d = left[x - 1], x - 2
    else:
        return None
    if d > 0 and left[d] in _SUM_DEF and left[d - 1] in (_SUM_PREP if verb else _SUM_OF):
        return None
    if verb and left[d] == "des":
        return None     # « le chiffre d'affaires des remontées atteint »: a complement
    if noun in _SUM_NOT or noun in _NOT_NOUN or not L.is_noun_candidate(noun) or noun == "#":
        return None
    lemma = L.noun_lemma(noun)
    return f"{lemma} {adj}" if adj else lemma


# after « <sum> de »: a time (« d'ici 2030 »), the currency's own coin (« centimes d'euro »)
_NOT_PAID_FOR = frozenset({"ici", "euro", "dollar", "franc"})


class _Reader:
    """Tokens are kept as parallel lists (kind, word, start, end, raw, figure, sentence): one
    object per token cost more than the reading itself."""

    alt_to: int | None = None     # set by change_pair: a conversion or « dont » part that may be the compared side
    noun_figs: dict = {}          # figures inside a noun (« tir à trois points »), by figures_in_nouns
    docs: dict | None = None      # sentence -> (token, document, teller), by find_sources

    def __init__(self, block: Block, idxs: list[int], measures: list[Measure]):
        self.block = block
        self.text = block.text
        self.idxs = idxs
        self.ms = measures
        self.n = 0
        self.pos: dict[int, int] = {}       # measure index -> token index
        self._left: dict[int, list[str]] = {}
        self._fraction: dict[int, bool] = {}   # measure index -> is_fraction, asked in every pairing

    # -- tokens ---------------------------------------------------------------------------------

    @staticmethod
    def _matches(text: str, end: int, wide: bool = True) -> tuple:
        """Kind, lower-case word, start and end of every token, by C loops over one findall: no
        object per token (on a big heap these cost more in garbage collection than the reading
        itself). Apostrophes separate tokens like spaces; the word before one may take it."""
        odd = wide and _LOWER_ODD.search(text, 0, end) is not None
        RW = re.compile(_TOKEN_SEP).findall(text if odd else text.lower(), 0, end)
        nm = len(RW)
        E = list(accumulate(map(len, RW)))
        W = list(map(str.lstrip, RW, repeat(_SEPS, nm)))
        S = list(map(sub, E, map(len, W)))
        K = list(map(_KIND_OF_P.get, map(itemgetter(0), W)))
        if odd:
            W = list(map(str.lower, W))
        _odd_kinds(K, W, -1, lambda x: text[S[x]:E[x]])
        if _HYPHEN_END.search(text, 0, end) is not None:
            hy = list(map(str.endswith, W, repeat("-", nm)))
            for x in compress(range(nm), hy):
                if K[x] == "w":
                    W[x] = W[x].strip("-")
        if "'" in text or "’" in text:
            ntext = len(text)
            for x in compress(range(nm), list(map(_ELIDED.__contains__, W))):
                b = E[x]
                if b < ntext and text[b] in _APOS and K[x] == "w":
                    W[x] += "'"
                    E[x] = b + 1
        return K, W, S, E

    def tokenize(self) -> None:
        text = self.text
        ntext = len(text)
        block = self.block
        spans = []
        ms = self.ms
        segs = block.segments
        # per block, once: which figures are fractions, which are counts, and where each stands
        # (start, end of its numerals, end)
        self.fr = fr = set()
        self.cnt = cnt = set()
        self.pct = pct = []             # percents, in figure order
        self.totals: list[int] = []     # figures said "au total" (read_figure)
        self.medal_sums: list[int] = []     # « …, soit 7 médailles » (read_figure)
        self.these: dict[int, float] = {}   # a total's count of parts: « pour ces trois villes »
        one = len(segs) == 1
        # one segment (most blocks): the inverse of file_offset is a shift, clamped to the text
        d = segs[0][0] - segs[0][1] if one else 0
        for i in self.idxs:
            f = ms[i].figure
            k = f.kind
            nums = None
            if k == "number":
                if is_fraction(f):
                    fr.add(i)
                else:
                    cnt.add(i)
                nums = f.numerals
            elif k == "money" or k == "quantity":
                cnt.add(i)
            elif k == "ordinal":
                nums = f.numerals
            elif k == "percent":
                pct.append(i)
            if one:
                fs, fe = f.start, f.end
                s = fs + d
                s = 0 if s < 0 else ntext if s > ntext else s
                if fe > fs:
                    e = fe - 1 + d
                    e = (0 if e < 0 else ntext if e > ntext else e) + 1
                else:
                    e = s
                core_e = e
                if nums:
                    ne = (nums[0].end if len(nums) == 1 else max(n.end for n in nums)) - 1 + d
                    ne = (0 if ne < 0 else ntext if ne > ntext else ne) + 1
                    if s < ne <= e:
                        core_e = ne
            else:
                s, e = _local(block, f.start), _local(block, f.end - 1) + 1 if f.end > f.start else _local(block, f.start)
                core_e = e
                if nums:
                    ne = max(_local(block, n.end - 1) + 1 for n in nums)
                    if s < ne <= e:
                        core_e = ne
            spans.append((s, core_e, e, i))
        spans.sort()
        # every match of the text, read in bulk by C loops: no object per token, which on a big
        # heap costs more in garbage collection than the reading itself. Apostrophes are no
        # tokens but still move the figure spans below, as one pass over the matches would.
        # no separator at the end: each match is found at once (a run of separators last would
        # be scanned again from each of them)
        end = len(text.rstrip(_SEPS))
        starts = [s for s, _ in block.sentences] or [0]
        wide = _wide(text)
        if not self._pieces(text, end, spans, starts, wide):
            self._whole(text, end, spans, starts, wide)
        K, W, F, T = self.K, self.W, self.F, self.T
        n = self.n
        fig_js = self.fig_js
        # tokens some whole-block scan looks for (times, sources, "chacun", "a doublé", years)
        hits = list(compress(range(n), map(_HITS.__contains__, W)))
        self.scan = scan = []
        self.rel = rel = []
        self.part_sents = part_sents = set()
        self.change_sents = change_sents = set()
        self.sent_each = each = set()
        each_only = set()   # « chacun », « chaque »: not « respectivement », which pairs values
        self.sent_period = period = {}
        firsts: dict = {}    # per sentence, its first word of a superseded figure (_FIRST_*)
        revised: list = []   # where a correction word stands (_REVISED)
        self.earlier = earlier = {}     # per sentence, its earlier-count markers (start, end)
        seen = set()
        en_js = []      # where « en » stands: a clitic before a part (mark_en)
        contrib_js = []     # where « hauteur » stands (mark_contributions)
        split_js = []       # where « ces <nom> se répartissent » opens (mark_split)
        alone_js = []       # where « à eux seuls » stands (mark_alone)
        ces_js = []         # where « ces » stands after « N de » (these_of)
        for j in hits:
            w = W[j]
            if w in _REL_SECOND:
                rel.append(j)
            elif w in _SCAN_WORDS:
                if K[j] == "w":
                    scan.append(j)
                    if w in _EACH:
                        each.add(T[j])
                        if w != "respectivement":
                            each_only.add(T[j])
            elif w in _PART_WORDS:
                part_sents.add(T[j])
            elif w in _CHANGE_WORDS:
                change_sents.add(T[j])
            elif w == "en":
                en_js.append(j)
            elif w in _GATE_WORDS:
                seen.add(w)
                if w == "ces" and j + 3 < n and W[j + 3] in _SPLIT_VERBS and W[j + 2] == "se":
                    split_js.append(j)      # « Ces naissances se répartissent entre … » (mark_split)
                elif w == "ces" and j > 1 and K[j - 2] == "f" and W[j - 1] in ("de", "d'") and j + 1 < n:
                    ces_js.append(j)        # « 690 de ces suppressions » (these_of)
            elif w == "hauteur":
                contrib_js.append(j)
            elif w in _ALONE:
                if j > 1 and W[j - 2] == "à" and W[j - 1] == _ALONE_PRON[w]:
                    alone_js.append(j)     # « à eux seuls » (mark_alone)
            elif w in _PERIODS and j > 1 and W[j - 1] in _PERIOD_ORD and W[j - 2] == "en":
                period.setdefault(T[j], "période " + _PERIOD_ORD[W[j - 1]])
            if w in _EARLIER_WORDS and K[j] == "w":
                e = self.earlier_mark(j)
                if e is not None:
                    earlier.setdefault(T[j], []).append((e, j))
            if w in _SUPERSEDE_WORDS and K[j] == "w":
                if w in _REVISED:
                    revised.append(j)
                elif (w in _FIRST_NOUNS and j and W[j - 1] in _FIRST_ADJ) \
                        or (w == "abord" and j and W[j - 1] == "d'") \
                        or (w in _FIRST_ALONE and w != "abord"):
                    firsts.setdefault(T[j], j)
        self.sent_resp = each - each_only
        # per sentence with a first word and a correction after it (there or in the next
        # sentence): the span of tokens whose figures are superseded (first word .. correction)
        self.superseded = sup = {}
        if firsts and revised:
            for si, a in firsts.items():
                b = next((r for r in revised if r > a and T[r] in (si, si + 1)), None)
                if b is not None:
                    sup[si] = (a, b)
        if not wide or _ODD_DIGIT.search(text, 0, end) is None:
            self.years = [j for j in hits if K[j] == "n"]
        else:
            self.years = [j for j, w in enumerate(W) if K[j] == "n" and len(w) == 4 and w in _YEARS]
        # per sentence: its figures, whether it says "chacun": computed once, so that no figure
        # walks its whole sentence (a 2 MB one-line file is one sentence)
        if self.S is not None:          # _whole: _pieces made these as it went
            self.pos = pos = {}
            self.sent_figs = sent_figs = {}
            for j in fig_js:
                pos[F[j]] = j
                si = T[j]
                if si in sent_figs:
                    sent_figs[si].append(j)
                else:
                    sent_figs[si] = [j]
        # what left_words reads: figures as "#"
        self.WH = WH = W.copy() if fig_js else W
        for j in fig_js:
            WH[j] = "#"
        self.first_part: dict[int, int] = {}
        # which words occur: gates for look-arounds most blocks never need
        self.has_deja = "déjà" in seen
        self.has_par = "par" in seen
        self.en_js = en_js
        self.contrib_js = contrib_js
        self.split_js = split_js
        self.alone_js = alone_js
        self.ces_js = ces_js
        self.may_total = "total" in seen or "tout" in seen or "ces" in seen
        self.may_share_all = "totalité" in seen or "partagent" in seen or "partageaient" in seen
        self.has_nombre = "nombre" in seen
        self.has_holder = not _HOLDERS.isdisjoint(seen)
        self.has_others = not _OTHERS.isdisjoint(seen)
        self.heads: dict[int, tuple] = {}
        # no upper case in the block ("de 1 à " repeated): no word to find to see it has none
        self.caps = not text.islower()

    def _whole(self, text: str, end: int, spans: list, starts: list, wide: bool = True) -> None:
        """Tokens of the whole block with their offsets, the figures spliced in: any block."""
        MK, MW, MS, ME = self._matches(text, end, wide)
        nm = len(MS)
        if not spans:
            K, W, S, E = MK, MW, MS, ME
            F = [-1] * nm
            fig_js = []
        else:
            K, W, S, E, F = [], [], [], [], []
            fig_js = []
            p = 0
            bl = bisect.bisect_left
            # per figure (spans sorted): the matches before it are plain tokens, the figure is one
            # token, the matches starting inside its core are skipped
            for s, ce, e, i in spans:
                q = bl(MS, s, p)
                if q > p:
                    K += MK[p:q]; W += MW[p:q]; S += MS[p:q]; E += ME[p:q]
                    F += [-1] * (q - p)
                fig_js.append(len(K))
                K.append("f"); W.append(text[s:ce].lower()); S.append(s); E.append(ce); F.append(i)
                p = bl(MS, ce, q)
            if nm > p:
                K += MK[p:]; W += MW[p:]; S += MS[p:]; E += ME[p:]
                F += [-1] * (nm - p)
        self.K, self.W, self.S, self.E, self.F = K, W, S, E, F
        self._figspan = {i: (s, ce) for s, ce, e, i in spans}
        self.n = n = len(K)
        self.fig_js = fig_js
        # the sentence of each token (tokens before the first sentence belong to it), and per
        # sentence its first token; in text order (the usual case) a sentence's tokens are
        # contiguous, cut where each sentence starts
        self.sent_first = sent_first = {}
        if len(starts) == 1:
            T = [0] * n
            self.ordered = True
            if n:
                sent_first[0] = 0
        elif starts == sorted(starts) and S == sorted(S):
            self.ordered = True
            T = []
            prev = 0
            for si in range(len(starts)):
                cut = bl(S, starts[si + 1], prev) if si + 1 < len(starts) else n
                if cut > prev:
                    sent_first[si] = prev
                    T += [si] * (cut - prev)
                    prev = cut
        else:
            br = bisect.bisect_right
            T = [br(starts, s) - 1 for s in S]
            if starts[0] > 0:
                T = [t if t > 0 else 0 for t in T]
            self.ordered = T == sorted(T)
            for j, si in enumerate(T):
                if si not in sent_first:
                    sent_first[si] = j
        self.T = T

    def _pieces(self, text: str, end: int, spans: list, starts: list, wide: bool = True) -> bool:
        """The same tokens, read piece by piece between the figures and sentence starts: no
        offsets (asked for a few tokens only, by span()), so no list of them to make. False, and
        nothing done, when a token could run across a cut, the figures overlap, or the block
        holds what _matches handles one by one (hyphens ending words, odd lower cases)."""
        if wide and _LOWER_ODD.search(text, 0, end) is not None or _HYPHEN_END.search(text, 0, end) is not None:
            return False
        nst = len(starts)
        if nst > 1 and starts != sorted(starts):
            return False
        tl = text.lower()
        if "’" in tl:
            tl = tl.replace("’", "'")
        fa = _TOKEN_LOW.findall
        br = bisect.bisect_right
        wc, wca = _WORD_CH, _WORD_CH_APOS
        W, T, fig_js, fig_is = [], [], [], []
        firsts, ats = [], []
        sent_first = {}
        # per figure, filled here rather than by further passes in tokenize: its token, the
        # figures of each sentence
        pos, sent_figs = {}, {}
        cur = 0
        # the sentence pointer only moves forward (starts sorted, cuts in text order): no bisect
        k = br(starts, 0)
        # an elided word last takes the apostrophe after it
        lim = end + 1 if end < len(text) and text[end] in _APOS else end
        for s, ce, e, i in [*spans, (lim, lim, lim, -1)]:
            b = s if s < end else lim
            if b > cur:
                if 0 < cur < end:
                    c = text[cur - 1]
                    if c in wc and text[cur] in wca or c.isdecimal() and text[cur].isdecimal():
                        return False
                a = cur
                while k < nst and starts[k] <= a:
                    k += 1
                while True:
                    stop = starts[k] if k < nst and starts[k] < b else b
                    if stop < end:
                        c = text[stop - 1]
                        if c in wc and text[stop] in wca or c.isdecimal() and text[stop].isdecimal():
                            return False
                    toks = fa(tl, a, stop)
                    if toks:
                        si = k - 1 if k > 0 else 0
                        nw = len(W)
                        if si not in sent_first:
                            sent_first[si] = nw
                        firsts.append(nw)
                        ats.append(a)
                        W += toks
                        T += [si] * len(toks)
                    if stop >= b:
                        break
                    a = stop
                    k += 1
                    while k < nst and starts[k] <= a:
                        k += 1
            if i < 0:
                break
            if ce <= s:
                return False
            while k < nst and starts[k] <= s:
                k += 1
            si = k - 1 if k > 0 else 0
            j = len(W)
            if si not in sent_first:
                sent_first[si] = j
            fig_js.append(j)
            fig_is.append(i)
            pos[i] = j
            if si in sent_figs:
                sent_figs[si].append(j)
            else:
                sent_figs[si] = [j]
            W.append(text[s:ce].lower())
            T.append(si)
            if ce > cur:
                cur = ce
        n = len(W)
        K = list(map(_KIND_OF_P.get, map(itemgetter(0), W)))
        F = [-1] * n
        for j, i in zip(fig_js, fig_is):
            K[j] = "f"
            F[j] = i
        self.pos, self.sent_figs = pos, sent_figs
        self.K, self.W, self.F, self.T, self.n = K, W, F, T, n
        self.fig_js = fig_js
        self.sent_first = sent_first
        self.ordered = True
        self.S = None
        self.tl, self._firsts, self._ats, self._offs = tl, firsts, ats, {}
        self._figspan = {i: (s, ce) for s, ce, e, i in spans}

        def token_text(x: int) -> str:
            a, b = self.span(x)
            return text[a:b]
        _odd_kinds(K, W, -1, token_text)
        return True

    def span(self, j: int) -> tuple[int, int]:
        """Start and end of token j in the block text (an elision with its apostrophe)."""
        S = self.S
        if S is not None:
            return S[j], self.E[j]
        i = self.F[j]
        if i >= 0:
            return self._figspan[i]
        # from the start of its piece, word by word: only separators stand between them, so each
        # is found where the one before ends; the starts found are kept, so that a piece is
        # walked once however many of its words are asked for (linear on any input)
        x = bisect.bisect_right(self._firsts, j) - 1
        first = self._firsts[x]
        W = self.W
        offs = self._offs.get(x)
        if offs is None:
            offs = self._offs[x] = []
        y = first + len(offs)
        if j >= y:
            find = self.tl.find
            b = offs[-1] + len(W[y - 1]) if offs else self._ats[x]
            for y in range(y, j + 1):
                a = find(W[y], b)
                offs.append(a)
                b = a + len(W[y])
        a = offs[j - first]
        return a, a + len(W[j])

    # -- helpers --------------------------------------------------------------------------------

    def w(self, j: int) -> str:
        return self.W[j] if 0 <= j < self.n else ""

    def raw(self, j: int) -> str:
        """The word j as written (a word token: an elision without its apostrophe)."""
        a, b = self.span(j)
        r = self.text[a:b]
        return r[:-1] if r[-1:] in _APOS else r

    def fraction_counts(self, j: int, f: Figure) -> str | None:
        """What a ratio or fraction counts, for the reader (extract): « un patient sur cinq »,
        « les trois quarts des dépenses ». Not a subject the rules group by."""
        words = f.text.lower().split()
        if words[:1] in (["un"], ["une"]) and "sur" in words[2:]:
            return L.noun_lemma(words[1]) if L.is_noun_candidate(words[1]) else None
        k = j + 1
        if self.w(k) != "des" or self.T[k] != self.T[j]:
            return None     # « la moitié du budget », « un tiers de la récolte »: an amount
        k += 1
        if k < self.n and self.K[k] == "w" and self.T[k] == self.T[j] and self.noun_candidate(k):
            return L.noun_lemma(self.W[k])
        return None

    def predicate_of(self, left: list[str]) -> str | None:
        """« Les usagers du train régional étaient 92 000 »: the plural noun a count is the
        predicate of, named by its determiner at most five words before the verb; « Les
        agriculteurs, eux, étaient 430 », « sont désormais 14 900 » alike."""
        if left[-1:] and left[-1] in _BE_ADV:
            left = left[:-2] if left[-2:] == ["aujourd", "hui"] else left[:-1]
        if not left or left[-1] not in _BE_PLURAL:
            return None
        return self.plural_subject(left[:-1])

    def plural_subject(self, left: list[str]) -> str | None:
        """The plural noun a determiner names at the end of `left` (the words before a verb of
        being or « , au nombre de »), an apposition (« , eux, », « , qui ») skipped."""
        if len(left) > 3 and left[-1] == "," and left[-3] == "," and left[-2] in _PARMI_PRON:
            left = left[:-3]        # « Les agriculteurs, eux, étaient 430 »
        elif len(left) > 2 and left[-1] == "qui" and left[-2] == ",":
            left = left[:-2]        # « les sous-traitants, qui sont environ 2 000 »
        for back in range(2, min(len(left), 7) + 1):
            det = left[-back]
            if det in _PUNCT_BREAK or det in _CLAUSE_BREAK:
                return None
            if det in _PREDICATE_DET:
                noun = left[-back + 1]
                if noun in L.PRE_ADJ and back > 2 and left[-back + 2][-1:] in ("s", "x"):
                    noun = left[-back + 2]  # « Les jeunes diplômés étaient près de 3 000 »
                if noun[-1:] in ("s", "x") and L.is_noun_candidate(noun) \
                        and not any(x in _PUNCT_BREAK for x in left[-back + 1:]):
                    return L.noun_lemma(noun)
                return None
        return None

    def number_of(self, left: list[str]) -> str | None:
        """« Les bureaux de vote, au nombre de 41, »: the plural noun before the comma."""
        if len(left) < 6 or left[-3:] != ["au", "nombre", "de"] or left[-4] != ",":
            return None
        return self.plural_subject(left[:-4])

    def predicate_twin(self, left: list[str], j: int) -> str | None:
        """« les collégiens sont 152 700, les lycéens 98 300 »: a second predicate count whose
        verb the sentence gave once, before."""
        if len(left) < 3 or left[-3] != "," or left[-2] not in _PREDICATE_DET:
            return None
        noun = left[-1]
        if noun[-1:] not in ("s", "x") or not L.is_noun_candidate(noun):
            return None
        before = self.left_words(j, 12)
        # « sont N , les NOUN N »: the clause before the comma is « sont » and its figure
        if len(before) > 4 and before[-4] == "#" and before[-5] in _BE_PLURAL and self.K[j - 4] == "f":
            return L.noun_lemma(noun)
        return None

    def noun_candidate(self, k: int) -> bool:
        """L.is_noun_candidate of the word k as written. Read in pieces, a token's lower case is
        its word's (an elision with its apostrophe): most words after a figure ("à", "de",
        "en") are refused on it, without finding where they stand."""
        if self.S is None:
            wl = self.W[k]
            if wl[-1:] == "'":
                wl = wl[:-1]
            if len(wl) < 2 or wl in _NOT_NOUN:
                return False
        return L.is_noun_candidate(self.raw(k))

    def same_sent(self, j: int, k: int) -> bool:
        n = self.n
        return 0 <= j < n and 0 <= k < n and self.T[j] == self.T[k]

    def left_words(self, j: int, n: int) -> list[str]:
        """Up to n (at most 12) tokens before j in the same sentence, nearest last. The list
        returned is shared: callers only read it."""
        cached = self._left.get(j)
        if cached is None:
            if not 0 <= j < self.n:
                cached = []
            else:
                T = self.T
                s = T[j]
                if self.ordered:
                    lo = self.sent_first[s]
                    if lo < j - 12:
                        lo = j - 12
                else:
                    lo = j
                    while lo > 0 and j - lo < 12 and T[lo - 1] == s:
                        lo -= 1
                cached = self.WH[lo:j]
            self._left[j] = cached
        return cached[-n:] if n < len(cached) else cached

    def sum_antecedent(self, j: int) -> str | None:
        """« Le bénéfice net grimpe encore : il s'établit à 14,8 milliards »: a sum whose verb's
        subject is a pronoun just after a colon or a semicolon, in a sentence that opens with a
        noun of the pronoun's gender, is the value of that noun. At most 16 tokens back: linear."""
        lo = self.sent_first.get(self.T[j], j)
        if j - lo > 16:
            return None
        words = self.WH[lo:j]
        p = next((k for k in range(len(words) - 2, 2, -1) if words[k] in _SUM_PRONOUNS
                  and words[k - 1] in (":", ";")), None)
        if p is None or words[0] not in _SUM_GENDER.get(words[p], ()):
            return None
        head = 3 if L.adjective(words[2]) or words[2] in _NET else 2
        if head >= p - 1 or words[head] in _SUM_PREP:
            return None     # a verb must stand between the noun and the colon
        return _sum_measure(words[:head] + words[p + 1:])

    def fig_tok(self, i: int) -> int:
        return self.pos.get(i, -1)

    def kind_of(self, i: int) -> tuple:
        f = self.ms[i].figure
        return (f.kind, f.unit)

    # -- the pass ---------------------------------------------------------------------------------

    def run(self) -> None:
        self.tokenize()
        if not self.n:
            return
        self.times = self.find_times()
        self.time_pos = [tj for tj, _ in self.times]
        self.sources = self.find_sources()
        self.source_pos = [sj for sj, _ in self.sources]
        self.cast: list[int] = []
        for i in self.idxs:
            self.read_figure(i)
        if self.en_js:
            self.mark_en()
        self.noun_figs = self.figures_in_nouns() if "à" in self.W else {}
        self.link_parts()
        if self.__dict__.get("_en_figs") or self.__dict__.get("_en_list_figs"):
            self.en_lists()
        if self.contrib_js:
            self.mark_contributions()
        if self.split_js:
            self.mark_split()
        self.link_totals()
        if self.cast:
            self.mark_cast()
        if self.ces_js:
            self.these_of()
        self.link_shares()
        self.link_changes()
        if self.pct:
            self.compared_percents()
        self.inherit_subjects()
        if self.alone_js:
            self.mark_alone()
        for i in self.idxs:
            m = self.ms[i]
            if "supprimé" in m.qualifiers:
                self.mark_staff_cuts(i)
            elif m.figure.kind == "money" and not m.total_of and not m.cues:
                self.mark_added_total(i)

    def mark_added_total(self, i: int) -> None:
        """« Les États ont promis 3,2 milliards de dollars. Les fondations y ont ajouté 950 millions
        et les entreprises 400 millions : l'enveloppe totale atteint ainsi 4,8 milliards de dollars »:
        a sum told after a colon as the total drawn from what was just said (« total(e) » or
        « global(e) », « ainsi » or « donc », no other figure after the colon), in a sentence that
        adds (« ajouté », « s'y ajoutent ») sums of one currency to the one sum of the sentence
        before: the total of them all (NUM301 adds them up)."""
        W, K, F, ms = self.W, self.K, self.F, self.ms
        m = ms[i]
        f = m.figure
        k = self.pos.get(i, -1)
        if k < 0 or f.is_range or f.approx is not None or m.part_of is not None or m.change_kind:
            return
        left = self.left_words(k, 9)
        if ":" not in left:
            return
        after = left[len(left) - 1 - left[::-1].index(":") + 1:]
        if not after or not set(after) & _ADDED_TOTAL or not set(after) & {"ainsi", "donc"} \
                or not set(after) & _ADDED_VERBS or any(w in ("dont", "soit", ",", "contre") for w in after):
            return
        s = self.T[k]
        colon = k - len(after) - 1
        figs = self.sent_figs.get(s, ())
        parts = [F[x] for x in figs if x < colon]
        if not parts or len(parts) != len(figs) - 1 or any(x > k for x in figs):
            return
        if not self.ordered or not any(W[x] in _ADDED for x in range(self.sent_first[s], colon)):
            return
        prev = [F[x] for x in self.sent_figs.get(s - 1, ()) if self.money_like(F[x])]
        if len(prev) != 1:
            return
        out = prev + parts
        for x in out:
            g = ms[x].figure
            if g.is_range or g.approx is not None or ms[x].cues or ms[x].part_of is not None \
                    or ms[x].change_kind or not self.money_like(x) or not self.kin(x, i) \
                    or g.kind == "money" and g.unit != f.unit or g.block is not f.block:
                return
        m.total_of = out

    def mark_staff_cuts(self, i: int) -> None:
        """« À Flers, où travaillent 85 salariés, le plan prévoit 92 suppressions de postes »: a
        site's headcount told in a relative clause (« où travaillent », « qui emploie », « qui
        compte », « employant ») and the job cuts of the same place, later in the same sentence,
        no figure between, nothing after that widens the cuts past the site (« du groupe », « au
        total »): the cuts are taken from that headcount (notes["staff_of"], the headcount's index
        less the cuts', NUM302 compares)."""
        W, K, F, ms = self.W, self.K, self.F, self.ms
        c = ms[i]
        fc = c.figure
        k = self.pos.get(i, -1)
        if k < 0 or fc.kind != "number" or fc.is_range or fc.approx is not None or c.place is None \
                or c.part_of is not None or c.cues:
            return
        figs = self.sent_figs.get(self.T[k], ())
        before = [x for x in figs if x < k]
        if not before:
            return
        h = before[-1]
        mh = ms[F[h]]
        fh = mh.figure
        if fh.kind != "number" or fh.is_range or fh.approx is not None or not mh.explicit_subject \
                or mh.subject not in _STAFF or mh.place != c.place or mh.cues or mh.part_of is not None \
                or mh.time != c.time or k - h > 14:
            return
        left = self.left_words(h, 3)
        if left[-2:] not in _STAFF_REL and left[-1:] != ["employant"]:
            return
        # the clause closes before the cuts: « , » after the headcount's noun, then no figure
        if "," not in W[h + 1:k] or any(W[x] in _STAFF_WIDE for x in range(h + 1, k)):
            return
        x = k + 1
        while x < self.n and self.T[x] == self.T[k] and x < k + 10 and W[x] not in (".", ";"):
            if W[x] in _STAFF_WIDE:
                return
            x += 1
        c.notes["staff_of"] = F[h] - i     # relative: the block cache shifts blocks

    # -- subject and qualifiers -------------------------------------------------------------------

    def read_figure(self, i: int) -> None:
        j = self.pos.get(i, -1)
        if j < 0:
            return
        m = self.ms[i]
        f = m.figure
        K, W, T = self.K, self.W, self.T
        n = self.n
        sj = T[j]
        w = self.w
        cues = set()
        self.q_end = j + 1
        if i in self.fr:
            m.time, m.source = self.time_of(j), self.source_of(j)
            lw = self.left_words(j, 8)
            m.cues = frozenset({"fraction"} | ({"soit"} if "soit" in lw[-4:] or _en_restate(lw) else set()))
            counted = self.fraction_counts(j, f)
            if counted:
                m.notes["counted"] = counted
            return
        # inside the figure text (the figures stage may include the noun: "25.000 soldats")
        k = j + 1
        # words inside the figure's own text after its core come first, then the text after it
        scale = L.SCALE
        while k < n and K[k] == "w" and W[k] in scale and T[k] == sj:
            k += 1
        if w(k) == "et" and w(k + 1) in ("demi", "demie") and f.text[-4:].lower() in ("demi", "emie"):
            k += 2      # « sept millions et demi d'habitants »
        if k < n and W[k] in ("de", "d'") and T[k] == sj:
            k += 1
        subject, quals, explicit = None, set(), False
        after_measure = None
        if k < n and T[k] == sj:
            tw = W[k]
            if tw == "entre" and W[k - 1] == "d'" and w(k + 1) in ("eux", "elles"):
                m.part_kind = "entre"
                cues.add("d'entre eux")
            elif (tw == "des" or tw in _POSSESSIVE_PL and W[k - 1] in ("de", "d'")) \
                    and k + 1 < n and K[k + 1] == "f" and T[k + 1] == sj:
                # "4.000 des 11.000 soldats", "36 % des 11.000 soldats", "21 de ses 30 matchs"
                whole = self.F[k + 1]
                self.ms[whole].cues = self.ms[whole].cues | {"base"}
                if f.kind == "percent":
                    m.share_of = whole
                else:
                    m.part_of, m.part_kind = whole, "des"
            else:
                if tw == "autres":
                    quals.add("autre")
                    k += 1
                pre = L.PRE_ADJ
                while k < n and W[k] in pre and T[k] == sj:
                    k += 1
                if k < n and f.kind == "percent" and W[k] in ("des", "du", "de") and T[k] == sj:
                    k += 1
                    if w(k) in ("la", "l'", "les"):
                        k += 1
                elif f.kind == "percent" and k < n and W[k] in _POSSESSIVES and W[k - 1] == "de" \
                        and T[k] == sj:
                    k += 1      # « 15,2 % de leur poids »: the possessive determines the share's noun
                if k < n and K[k] == "w" and T[k] == sj \
                        and (W[k] not in L.TIME_NOUNS or f.kind == "ordinal") and self.noun_candidate(k):
                    tw = W[k]
                    if self.left_words(j, 1) == ["dont"] and L.participle(tw) \
                            and L.qualifier(tw) not in L.CASUALTY:
                        # "dont 700 opérés par Ryanair": a state of the whole's noun
                        quals.add(L.participle(tw))
                    elif f.kind in ("number", "percent", "ordinal"):
                        subject, explicit = L.noun_lemma(tw), True
                        q = L.qualifier(tw)
                        if q and q in L.CASUALTY and subject not in ("mort", "blessé"):
                            subject = q
                        k += 1
                        if k < n and W[k][-4:] == "eurs" and tw[-1:] in ("s", "x") and K[k] == "w" \
                                and T[k] == sj and W[k] not in _EUR_ADJ:
                            # « 2 000 drones intercepteurs »: a noun in apposition, the name a
                            # headline may give them (« 3 000 intercepteurs »; NUM201)
                            m.notes["noun2"] = L.noun_lemma(W[k])
                        act = L.ACTION_NOUNS.get(subject)
                        if act and w(k) in ("de", "d'") and k + 1 < n and K[k + 1] == "w" \
                                and T[k + 1] == sj and L.is_noun_candidate(self.raw(k + 1)):
                            # "2 839 suppressions de postes": postes, supprimés (the reader is
                            # told the noun written, « suppression »)
                            m.notes["counted"] = subject
                            subject = L.noun_lemma(W[k + 1])
                            quals.add(act)
                            k += 2
                        elif w(k) in ("de", "d'") and w(k + 1) in _GAP_NOUNS and T[k + 1] == sj:
                            # "5 points d'avance": a lead, not a points total
                            quals.add(_GAP_NOUNS[W[k + 1]])
                            k += 2
                        # skip a noun complement: "chefs d'entreprise", "drones d'attaque"
                        elif w(k) in ("de", "d'") and k + 1 < n and K[k + 1] == "w" \
                                and L.is_noun_candidate(self.raw(k + 1)) and not L.qualifier(W[k + 1]):
                            k += 2
                    elif f.kind == "money" and W[j + 1] in ("de", "d'") and tw not in _NOT_PAID_FOR:
                        # « 52,9 milliards de dollars de nouvelles dépenses »: what the sum pays
                        # for, a note only (the rules that group by subject never group money)
                        m.notes["noun"] = L.noun_lemma(tw)
                        if tw in _SUM_AFTER and k == j + 2 and k + 1 < n and T[k + 1] == sj \
                                and K[k + 1] == "w" \
                                and (adj := L.adjective(self.raw(k + 1)) or _sum_adjective(W[k + 1])):
                            # « 96 milliards de francs de recettes fiscales »: the value of that
                            # measure, named with its adjective, as « les recettes fiscales
                            # sont inscrites à » names it (a bare « de recettes » stays a note)
                            after_measure = f"{L.noun_lemma(tw)} {adj}"
                    quals |= self.read_qualifiers(k, j)
                    if self.q_both_told:
                        m.notes["both_told"] = True     # the toll said of both after a comma
                    # « l'écart de 56 points », « porte son avance à 35 points »
                    if explicit and f.kind == "number" and j >= 2 and W[j - 1] in ("de", "d'", "à") \
                            and W[j - 2] in _GAP_FIRST and T[j - 2] == sj:
                        quals.add(_GAP_FIRST[W[j - 2]])
                    if explicit and self.q_end > j + 1:
                        # the phrase for messages: "25.000 à 30.000 soldats supplémentaires"
                        stop = self.q_end if self.q_tight is None else min(self.q_tight, self.q_end)
                        last_end = self.span(min(stop, n) - 1)[1]
                        fs = self._figspan[i][0]
                        if last_end > fs and last_end - fs < 160:
                            m.notes["phrase"] = self.text[fs:last_end]
        # « 48,6 % de non »: the no of a ballot (« non » is a stop word elsewhere)
        if subject is None and f.kind == "percent" and k < n and W[k] == "non" and T[k] == sj \
                and W[k - 1] in ("de", "d'") and (k + 1 >= n or T[k + 1] != sj
                                                  or W[k + 1] in _CLAUSE_BREAK or W[k + 1] in _PUNCT_BREAK):
            subject, explicit = "non", True
        # "le nombre de soldats tués ou blessés est estimé à 4.000", "portant à 10 000 le nombre de"
        if subject is None and m.part_kind is None and m.part_of is None and f.kind == "number":
            s2, q2 = self.nombre_de(j)
            if s2:
                subject, explicit = s2, True
                quals |= q2
        left = self.left_words(j, 6)
        if f.kind == "number" and (subject in _SEAT_NOUNS or m.part_kind == "des") and any(
                x in _PAST_AUX or x.endswith(("ait", "aient")) and not x.endswith(("fait", "faient"))
                for x in left[-3:]):
            m.notes["past"] = True      # « détenait / avait obtenu 52 des 129 sièges »
        if f.kind == "number" and left[-1:] in (["tué"], ["blessé"]) and len(left) >= 2 \
                and left[-2] in ("ont", "a", "avaient", "avait") and not quals \
                and subject in (None, "personne", "civil", "habitant"):
            # « les combats ont tué 980 personnes », « et en ont blessé 2 040 »: the verb says the state
            quals.add(left[-1])
            m.notes["verb_state"] = left[-1]
            k = j - 1
            while k >= max(0, j - 40) and T[k] == sj:
                if W[k] == "depuis" or (W[k] == "en" and k + 2 < j and (W[k + 2] in _SPAN_NOUNS or (
                        K[k + 1] == "f" and W[k + 1].rsplit(" ", 1)[-1] in _SPAN_NOUNS))):
                    m.notes["verb_span"] = True     # « depuis janvier, … ont tué »: a toll of a span
                    break
                k -= 1
        if f.range_kind == "de-a" and left[-1:] and left[-1] in _RANGE_VERBS:
            m.notes["range"] = left[-1]     # « varie de 6 à 2 millions »: bounds, not a change
        elif f.range_kind == "de-a" and left[-1:] and left[-1] in _WIND_NOUNS and f.unit in _SPEEDS:
            m.notes["range"] = left[-1]
        elif f.range_kind == "de-a" and len(left) > 2:
            # « varie aujourd'hui de 480 à 650 dollars » (« aujourd'hui » is two tokens)
            v = left[-3] if left[-2:] == ["aujourd", "hui"] else left[-2] if left[-1] in _NOW_ADV else None
            if v in _RANGE_VERBS:
                m.notes["range"] = v
        if f.kind == "percent" and "participation" in left and not f.is_range and subject is None:
            # « la participation s'établit à 36,8 % », « une participation supérieure à 40 % »:
            # an election's turnout; not a stake (« une participation de 40 % dans / au capital »)
            noun = _turnout(left)
            if noun and not (j + 1 < n and T[j + 1] == sj and W[j + 1] in _STAKE_AFTER):
                m.notes["measure"] = noun
        if f.kind == "number" and explicit and left[-1:] in (["de"], ["d'"], ["d’"]) and len(left) > 2:
            c = _container(left)
            if c:
                quals.add(c)    # « un pavillon de 60 lits »: the size of another thing
        elif f.kind == "number" and explicit and not quals and left[-1:] and left[-1] in _ACT_VERBS:
            quals.add(_ACT_VERBS[left[-1]])     # « va supprimer 240 postes »: postes, supprimés
        if f.kind == "quantity" and len(left) > 1 and left[-1] in ("de", "d'"):
            m.notes["of"] = left[-2]    # « des rafales de 90 km »: what the quantity measures
        elif f.kind == "quantity" and left[-1:] in (["les"], ["ces"], ["ses"], ["leurs"]):
            m.notes["definite"] = True  # « les 900 MWh de la centrale », « ses 900 MWh »: told before
        elif f.kind == "money" and len(left) > 2 and left[-1] in _SUM_LINKS:
            noun = _sum_measure(left)
            if noun is None:
                long = self.left_words(j, 12)
                if not _SUM_COMPLEMENT_KEYS.isdisjoint(long) and (plain := _sum_plain(long)):
                    noun = _sum_measure(plain)
                    if noun == "résultat" and "groupe" in long:
                        noun = "bénéfice"   # « le résultat net part du groupe »: the net profit
            if noun is None and self.ordered and not _SUM_PRONOUNS.isdisjoint(left):
                noun = self.sum_antecedent(j)
            if noun:
                m.notes["measure"] = noun
            elif after_measure:
                m.notes["measure"] = after_measure
        elif f.kind == "money" and after_measure:
            m.notes["measure"] = after_measure
        elif f.kind == "number" and subject is None and len(left) > 2 and left[-1] in _SUM_LINKS \
                and f.numerals and f.numerals[-1].scale >= 1e6 and not f.numerals[-1].words:
            # « soit un boni de 0,5 million »: a sum whose currency the article leaves unsaid
            noun = _sum_measure(left)
            if noun:
                m.notes["sum_of"] = noun
        if not _CUE_GATE.isdisjoint(left):
            self.left_cues(left, f, cues)
            if "change" in cues and self.loss_amount(j, f, left):
                cues.discard("change")
            if "au total avant" in cues and left[-4:-1] == ["pour", "un", "total"] and left[-1] in ("de", "d'"):
                m.notes["pour un total"] = True     # « …, pour un total de 398,6 millions »: the list's sum
            # « 52 % des voix, contre 38 % pour Dupont »: a rival's share of the same vote
            if f.kind == "percent" and left[-1:] == ["contre"] and w(j + 1) == "pour" and j + 2 < n \
                    and K[j + 2] == "w" and (self.raw(j + 2)[:1].isupper() and self.same_vote(j + 3)
                                             or self.rival(j + 2)):
                cues.add("rival")
        if f.kind == "percent" and w(j + 1) in _NO_OPINION_FIRST and _no_opinion(w, j + 1):
            m.notes["no_opinion"] = True    # « 8 % ne se prononcent pas »: the last share of a poll
        if f.kind == "percent":
            answer = _answer(W, K, T, j, n)
            if answer:
                m.notes["answer"] = answer  # « 22 % à envisager de dépenser davantage »
            side = _ballot_side(W, K, T, j, n)
            if side:
                m.notes["side"] = side      # « le « non » n'en recueillant que 44,7 % »
        if f.kind == "percent" and self.has_others and (not _OTHERS.isdisjoint(self.left_words(j, 12))
                                    or w(j + 1) in _REMAINING):
            cues.add("autres")
            if w(j + 1) in _REMAINING:
                cues.add("restants")   # « les 11 % restants » closes the split
        if f.kind == "percent" and len(left) > 1 and left[-1] in ("de", "d'") and left[-2] in _CREDITED:
            m.notes["score_verb"] = True    # « menée par X, créditée de 33,5 % »: a list's score
        if f.kind == "percent" and left[-1:] and left[-1] in _SCORE_VERBS_ANY:
            # « La liste soutenue par …, recueille 29,6 % »: told by a contender's verb, its
            # subject however long (NUM304 reads a field told one sentence per list)
            m.notes["score_verb"] = True
            if left[-1] in _SCORE_VERBS and self.plain_score(j):
                cues.add("score")   # « Le Parti vert obtient 15 % »: a contender's share, told alone
        if f.kind == "percent" and w(j + 1) in _AMONG:
            among = self.among(j + 1, sj)
            if among:
                m.notes["among"] = among    # « 41 % chez les ouvriers »: a share of that group
        elif f.kind == "percent" and explicit and self.q_end > j + 1 and w(self.q_end) in ("chez", "parmi"):
            group = self.among(self.q_end, sj)
            if group:
                m.notes["group"] = group    # « 34 % de grévistes chez les professeurs »: whose share
        if f.kind in ("number", "money", "quantity") and self.has_par:
            after = self.q_end if explicit else j + 1
            for x in (after, j + 1):
                # a rate ("3 millions d'euros par jour", "1,62 enfant par femme"), not an agent
                if w(x) == "par" and x + 1 < n and W[x + 1] in L.RATE_NOUNS:
                    cues.add("par")
                    m.notes["per"] = W[x + 1]   # what the rate is per: NUM201 pairs like rates
        if self.may_total and self.au_total_after(j) or self.may_share_all and self.shared_all(j):
            cues.add("au total")
            self.totals.append(i)
        elif subject == "médaille" and f.kind == "number" and left[-1:] == ["soit"]:
            self.medal_sums.append(i)
        if f.kind == "percent" and j + 2 < n and W[j + 1] == "de" and W[j + 2] in ("moins", "plus"):
            cues.add("change")
        if f.approx == "at_least" and f.text[:5].lower() == "plus " and f.text[5:9] in ("que ", "qu'", "qu’") \
                and not {"ne", "n'", "n’"}.isdisjoint(self.left_words(j, 4)):
            # "n'en vaudraient plus que 2", "il ne reste plus que 40": what a value has become
            cues.add("change")
        if self.superseded and sj in self.superseded:
            a, b = self.superseded[sj]
            if a < j < b:
                cues.add("superseded")  # « avait d'abord annoncé 40 800 passages. Le chiffre a été corrigé »
        if self.earlier and sj in self.earlier and self.told_earlier(j, self.earlier[sj]):
            cues.add("superseded")      # « Le décompte précédent faisait état de 2 180 cas »
        if sj in self.sent_each:
            cues.add("chacun")
            if sj in self.sent_resp:
                cues.add("respectivement")
        if explicit and sj in self.sent_period:
            quals.add(self.sent_period[sj])
        if self.has_deja and ("déjà" in W[j + 1:j + 8] or "déjà" in left[-2:]):
            quals.add("déjà")
        if f.kind == "number" and j >= 3 and W[j - 1] == "sur" and K[j - 3] == "f" and K[j - 2] == "w" \
                and T[j - 3] == sj and self.noun_candidate(j - 2) \
                and (subject is None or w(j + 1)[-3:] == "ent" and w(j + 1)[-4:] != "ment"):
            # « deux TER sur cinq »: the second number counts the first's noun; what follows it
            # is the sentence's verb (« circulent »)
            m.notes["counted"] = L.noun_lemma(W[j - 2])
            subject, explicit = None, False
        elif subject is None and f.kind == "number" and left[-1:] \
                and (left[-1] in _BE_PLURAL or left[-1] in _BE_ADV or left[-1][-1:] in ("s", "x")
                     or left[-1] == "de"):
            counted = self.predicate_of(self.left_words(j, 10)) or self.predicate_twin(left, j) \
                or self.number_of(self.left_words(j, 10))
            nx = j + 1
            while w(nx) in L.SCALE and T[nx] == sj:
                nx += 1     # « 17 millions »: the figure's own words
            if counted and (w(nx) in L.TIME_NOUNS or nx < n and K[nx] == "w" and T[nx] == sj
                            and self.noun_candidate(nx)):
                counted = None      # « Les loyers sont 3 fois plus chers »: not a count of loyers
            if counted:
                m.notes["counted"] = counted    # « les infirmiers sont 4 100 »
        if subject is None and f.kind == "number" and w(j + 1) == "des" and j + 2 < n and K[j + 2] == "w" \
                and T[j + 2] == sj and "counted" not in m.notes and self.noun_candidate(j + 2):
            m.notes["counted"] = L.noun_lemma(W[j + 2])     # « près de 300 des postes supprimés »
        m.subject = subject
        m.explicit_subject = explicit
        m.qualifiers = frozenset(quals) if quals else _NONE
        if explicit and subject in _CAST_NOUNS and f.kind == "number" and "exprimé" in m.qualifiers:
            self.cast.append(i)     # « 318 suffrages exprimés » (mark_cast)
        if "base" in m.cues:
            cues.add("base")    # set by the part read before it: « 20 des 72 sièges »
        m.cues = frozenset(cues) if cues else _NONE
        m.time = self.time_of(j) if self.times else None
        if self.wd_of and m.time in self.wd_of:
            m.notes["weekday"] = self.wd_of[m.time]
        m.source = self.source_of(j) if self.sources else None
        if self.docs and m.source:
            d = self.docs.get(sj)
            if d is not None and d[0] < j and d[2] == m.source:
                m.notes["document"] = d[1]
        m.place = self.place_of(j)
        if explicit and self.caps and f.kind in ("number", "money"):
            m.holder = self.holder_of(j)

    def among(self, k: int, sj: int) -> str | None:
        """The population a percentage is told of, from the preposition k: « chez les
        ouvriers », « parmi les moins de 35 ans », « dans la catégorie des cadres » → its words
        up to a comma or « et » (at most 5), or None."""
        W, T, n = self.W, self.T, self.n
        if W[k] == "dans":
            if self.w(k + 1) not in ("la", "cette") or self.w(k + 2) not in _POP_NOUNS:
                return None
            k += 2
        k += 1
        words = []
        while k < n and T[k] == sj and len(words) < 5 and W[k] not in _POP_STOP \
                and W[k] not in _PUNCT_BREAK:
            words.append(W[k])
            k += 1
        words = [x for x in words if x not in _POP_DETS]
        return " ".join(words) or None

    def plain_score(self, j: int) -> bool:
        """The sentence is « <contender> obtient N % »: it opens on its subject, with no scene set
        before the verb (« Chez les jeunes, », « À Montréal », « En 2022 ») and no other figure."""
        lw = self.left_words(j, 12)
        if not (self.ordered and 2 <= len(lw) < 12 and self.sent_first.get(self.T[j], -1) == j - len(lw)):
            return False
        if _SCORE_SCENE.isdisjoint(lw):
            return True
        # a party's acronym in brackets names the contender, it sets no scene: « Le Social
        # Democratic Front (SDF) obtient 14 % »
        k0 = j - len(lw)
        return all(x not in _SCORE_SCENE or x == "(" and self.acronym_in_brackets(k0 + i)
                   for i, x in enumerate(lw))

    def acronym_in_brackets(self, k: int) -> bool:
        """Token k is « ( », then a word of 2 to 8 capitals (and digits), then « ) »."""
        if k + 2 >= self.n or self.W[k + 2] != ")" or self.K[k + 1] != "w":
            return False
        r = self.raw(k + 1)
        return 2 <= len(r) <= 8 and r.isupper() and r.isalnum()

    def holder_of(self, j: int) -> str | None:
        """The person a count is told of: the nearest full name before it in its sentence that
        is the sentence's subject (« Mike James a inscrit 24 points », « Le capitaine, Félix
        Tremblay, 19 ans, a porté … : 41 buts ») or set beside it (« Mike James, 24 points »).
        A name after a determiner or a preposition (« la Roca Team », « les joueurs de Vassilis
        Spanoulis », « selon Jean Roux ») holds nothing. Last name lower-cased; "*autre" for
        someone told apart and not named (« son coéquipier »), never the same as another; or None."""
        K, W, T = self.K, self.W, self.T
        sj = T[j]
        n = self.n
        k, steps = j - 1, 0
        while k >= 0 and steps < 40 and T[k] == sj:
            wk = W[k]
            if wk in _CLAUSE_TURNS:
                break
            if wk in _OTHER_HOLDERS and self.w(k - 1) in _POSSESSIVES:
                return "*autre"     # « son coéquipier a inscrit 14 buts »: someone else, unnamed
            # a name ends before its verb or a comma: only there are capitals looked for
            nxt = W[k + 1] if k + 1 < n else ""
            if (nxt == "," or nxt in _SUBJECT_VERBS) and K[k] == "w" and self.capital(k):
                b = k
                while k - 1 >= 0 and T[k - 1] == sj and K[k - 1] == "w" and b - k < 3 \
                        and self.capital(k - 1):
                    k -= 1
                name = self.person(k, b, j)
                if name:
                    return name
            k -= 1
            steps += 1
        return None

    def capital(self, k: int) -> bool:
        a, b = self.span(k)
        return self.text[a:a + 1].isupper()

    def person(self, a: int, b: int, j: int) -> str | None:
        """Is the run of capitalised words a..b a person's full name, subject of its clause or
        set beside figure j?"""
        W = self.W
        words = [W[x] for x in range(a, b + 1)]
        if words and (words[0] in L.STOP or words[0] in _NAME_LEADS):
            words = words[1:]         # a sentence's first word: « Au », « Les », « Côté »
            a += 1
        if len(words) < 2 or len(words) > 3:
            return None
        raws = [self.raw(x) for x in range(a, b + 1)]
        if any(r.isupper() for r in raws) or any(w in L.WEEKDAYS or w in L.MONTHS for w in words) \
                or any(r[:1].upper() + r[1:].lower() in _NAME_PARTICLES for r in raws[:-1]):
            return None     # « LHJMQ », « Le Mans », a month; « Bart De Wever » is rare enough
        if a > 0 and self.T[a - 1] == self.T[j] and W[a - 1] in _NAME_LEADS:
            return None     # « la Roca Team », « de Vassilis Spanoulis », « selon Jean Roux »
        nxt = self.w(b + 1)
        if nxt in _SUBJECT_VERBS or (nxt == "," and (b + 2 == j or b + 3 == j)):
            return words[-1]
        if nxt == ",":
            # an apposition (« Félix Tremblay, 19 ans, a porté »): the verb after its comma
            x = b + 2
            stop = min(self.n, x + 8)
            while x < stop and W[x] != ",":
                x += 1
            if x + 1 < self.n and W[x] == "," and W[x + 1] in _SUBJECT_VERBS:
                return words[-1]
        return None

    def rival(self, k: int) -> bool:
        """« contre 38 % pour son principal adversaire », « pour la candidate écologiste »: a
        contender of the same vote named by what it is (a determiner, at most two words, the noun)."""
        W, K, T = self.W, self.K, self.T
        if W[k] not in _RIVAL_DET:
            return False
        for x in range(k + 1, min(k + 4, self.n)):
            if K[x] != "w" or T[x] != T[k] or W[x] == "même":
                return False    # « pour la même liste » : the same contender, another vote
            if W[x] in _RIVALS:
                return self.same_vote(x + 1)
        return False

    def same_vote(self, k: int) -> bool:
        """Nothing in the rest of the rival's clause sets another moment (« en 2020 », « il y a
        six ans », « au premier tour »): the shares compared are of one vote."""
        W, K, T = self.W, self.K, self.T
        for x in range(k, min(k + 12, self.n)):
            w = W[x]
            if T[x] != T[k - 1] or w in (",", ";", ".", "et"):
                return True
            if K[x] in ("f", "n") or w in _OTHER_VOTE:
                return False
        return False

    def loss_amount(self, j: int, f: Figure, left: list[str]) -> bool:
        """« une perte de 12 millions d'euros »: a loss of money is an amount (a result), not the
        change of something else; not « soit une perte de … », not « une perte de 3 millions
        d'euros de recettes » nor « … par rapport à » (those are changes)."""
        if f.kind != "money" or left[-1:] not in (["de"], ["d'"]):
            return False
        if not (left[-2:-1] == ["perte"] or (left[-3:-2] == ["perte"] and left[-2] in _LOSS_ADJ)):
            return False
        return "soit" not in left and self.w(j + 1) not in ("de", "d'", "par")

    @staticmethod
    def left_cues(left: list[str], f: Figure, cues: set) -> None:
        """The cues the words before a figure give (only called when one of _CUE_GATE is there)."""
        lw = left[-1] if left else ""
        l2 = left[-2:]
        l3 = left[-3:]
        if f.approx is None and (lw in ("environ", "quelque", "presque") or l2 in (["près", "de"], ["près", "d'"])):
            cues.add("about")     # "d'environ 20 %" read without its approximation
        elif f.approx is None and lw in _NEAR_DET and (len(l2) == 2 and l2[0] in _NEAR_VERBS or len(l3) == 3
                                                       and l3[0] in _NEAR_VERBS and l3[1] in _NEAR_ADV) \
                and _NEGATION.isdisjoint(left[-5:]):
            # « frôle (désormais) les 250.000 euros »: a level neared; « aucun n'approche les 289
            # sièges nécessaires » names the exact level
            cues.add("about")
        if lw == "dont" or lw in ("lesquels", "lesquelles") and l2[0] == "parmi":
            cues.add("dont")    # « 2 950 personnes, parmi lesquelles 1 640 infirmiers »: a « dont »
        if lw == "sur" and "#" in left[-5:-1]:
            cues.add("base")      # "127 000 admis sur 136 000 candidats": the base of a ratio
        elif lw in ("de", "d'") and "sur" in left[-5:-3] and _base_of(left):
            cues.add("base")      # « 380 postes vacants, sur un effectif prévu de 5 900 »
        if "soit" in left[-4:]:
            cues.add("soit")
        elif f.kind == "percent" and left[-4:-3] == [","] and (
                left[-3:-1] == ["ce", "qui"] and lw in _RESTATE_VERBS
                or left[-3] == "une" and left[-2] in _RESTATE_NOUNS and lw in ("de", "d'")) \
                or f.kind == "percent" and left[-5:-4] == [","] and left[-4] == "une" \
                and left[-3] in _RESTATE_NOUNS and left[-2] in _RESTATE_ADJ and lw in ("de", "d'"):
            # « 1 240 patienteront …, ce qui représente 43 % de la liste », « 405 …, une
            # proportion de 30 % »: the share of the count just told, as after « soit »
            cues.add("soit")
        elif f.kind == "percent" and (_restate_link(left) or _en_restate(left)):
            cues.add("soit")      # « , c'est-à-dire 42 % d'entre eux »: the same, in other words
        elif f.kind == "percent" and left[-6:-3] == ["soit", "un", "taux"] and left[-1] in ("de", "d'"):
            # « soit un taux de remplissage de 93 % »: the ratio of the two counts just given
            cues.add("soit taux")
            if left[-2] in _COUNT_RATES:
                cues.add("count rate")
        elif f.kind == "percent" and left[-6:-3] == [",", "un", "taux"] and left[-1] in ("de", "d'") \
                and left[-2] in _COUNT_RATES:
            # « 248 900 ont été admis, un taux de réussite de 66,3 % »: the same, without « soit »
            cues.update(("soit taux", "count rate"))
        # « par rapport aux 27,5 % de 2024 », « par rapport à ses 27,5 % »: the figure compared with
        if lw == "contre" or l2 == ["par", "rapport"] or lw in ("après", "avant") \
                or l3 == ["au", "lieu", "de"] or (l3[:2] == ["par", "rapport"] and lw in ("à", "aux", "au")) \
                or (left[-4:-2] == ["par", "rapport"] and left[-2] == "à" and lw in _POSSESSIVE_PL | {"son", "sa", "les", "la", "l'"}):
            cues.add("contre")
        if lw == "ces" or (len(l3) == 3 and l3[0] == "ce" and l3[1] in _ANAPHOR_NOUNS and l3[2] in ("de", "d'")):
            cues.add("anaphor")   # « ce bilan de 34 morts », « ces 2 100 morts »: the same measure told again
        if l3 == ["en", "plus", "des"] or l3 == ["outre", "les"]:
            cues.add("en plus des")
        elif f.kind == "number" and _served(left):
            cues.add("équivalent")  # « assez d'énergie pour 120 000 foyers »: an illustration
        if l2 in (["à", "eux"], ["à", "elles"]) and f.kind == "number" and f.value in (2, 3, 4, 5, 6):
            cues.add("à eux")     # « à elles trois, ces marques … au total »: how many parts a total counts
        up, down = L.CHANGE_UP, L.CHANGE_DOWN
        for t in l3:
            if t in up or t in down:
                cues.add("change")
                break
        if len(left) >= 2 and lw in ("de", "d'") and (left[-2] in L.CHANGE_BY or len(left) >= 3
                                                      and left[-2] in ("que", "qu'") and left[-3] in L.CHANGE_BY):
            # "a augmenté de 230 000 personnes", « ne progresse que de 1,9 % »: a difference, not a count
            cues.add("change by")
        if f.kind == "number" and lw in _WON_LOST:
            # « la CAQ perd 78 sièges », « a gagné 12 sièges »: what a holder won or lost, not
            # what it holds
            cues.add(_WON_LOST[lw])
        if "seule" in l3 or "seul" in l3:
            cues.add("à elle seule")
        if (l2 == ["sous", "les"] or lw == "sous" or left[-4:-2] in (["sous", "la"], ["sous", "le"])
                and left[-2] in _THRESHOLD_NOUNS and lw in ("de", "des", "du", "d'")):
            cues.add("sous")      # « retombe sous les 85 % », « sous la barre des 1 000 »: a ceiling
        elif lw in _THRESHOLD_VERBS or (len(l2) == 2 and l2[0] in _THRESHOLD_VERBS and l2[1] in ("les", "la", "le")) \
                or (len(l3) == 3 and l3[0] in _THRESHOLD_VERBS and l3[1] in _NOW_ADV_BOUND
                    and l3[2] in ("les", "la", "le")) \
                or (len(l2) == 2 and l2[0] in _THRESHOLD_VERBS and lw in _NOW_ADV_BOUND) \
                or (len(l2) == 2 and l2[0] in _THRESHOLD_NOUNS and lw in ("de", "des", "du", "d'")):
            cues.add("dépasse")
        elif f.kind == "percent" and f.approx == "at_least" and f.text[:8].lower() == "plus de " \
                and not {"aucun", "aucune", "ne", "n'", "n’"}.isdisjoint(left):
            cues.add("dépasse")   # « aucun n'a obtenu plus de 4 % »: a bound on each, not a share
        l4 = left[-4:]
        if "total" in l4 and ("au" in l4 or "un" in l4):
            cues.add("au total avant")
        elif left[-2:] == ["en", "tout"] or (left[-3:-1] == ["en", "tout"] and left[-1] in _EN_TOUT_GAP):
            # « compte en tout quelque 600 000 employés »: a whole, as « au total »
            cues.add("au total avant")

    def read_qualifiers(self, k: int, j: int) -> set[str]:
        """State and who words after the noun, through auxiliaries ("ont été blessées")."""
        K, W, T, n = self.K, self.W, self.T, self.n
        out = set()
        steps = 0
        first = True
        self.q_end = k
        self.q_tight = None
        self.q_both_told = False
        sj = T[j]
        while k < n and steps < 8 and k >= 0 and T[k] == sj:
            if K[k] != "w":
                if first and W[k] == "," and tuple(W[k + 1:k + 5]) in _BOTH_TOLD and T[min(k + 4, n - 1)] == sj:
                    out.add("tué ou blessé")    # « 2 860 victimes, tués et blessés confondus »
                    self.q_both_told = True
                break
            tw = W[k]
            q = L.qualifier(tw)
            if q:
                out.add(q)
            elif first and tw in ("contre", "pour") and W[k - 1] in _VOTE_NOUNS and self.vote_side(k):
                # « 192 voix contre, dont … »: votes against (for), not the comparison « contre 48 »
                out.add(tw)
                k += 1
                self.q_end = k
                break
            elif tw == "ou" and out:
                pass
            elif tw in L.AUX or tw.endswith("ment"):
                if self.q_tight is None:
                    self.q_tight = k
            elif tw in L.BREAK:
                break
            elif (first or W[k - 1] in ("été", "sont", "ont", "étaient")) and L.participle(tw):
                out.add(L.participle(tw))
            elif first and (adj := L.adjective(self.raw(k))):
                out.add(adj)    # "enfants survivants", "logements anciens"
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

    def vote_side(self, k: int) -> bool:
        """« voix contre » / « voix pour » closes the noun phrase: the next token ends the sentence
        or is a mark or a plain word, never a figure, a determiner or a name (« pour l'écologiste »,
        « contre 48 »)."""
        if k + 1 >= self.n or self.T[k + 1] != self.T[k]:
            return True
        kind = self.K[k + 1]
        if kind in ("f", "n"):
            return False
        if kind != "w":
            return True
        return self.W[k + 1] not in _VOTE_FOLLOW_NP and not self.raw(k + 1)[:1].isupper()

    def nombre_de(self, j: int) -> tuple[str | None, set]:
        K, W, T = self.K, self.W, self.T
        if not self.has_nombre or "nombre" not in W[max(0, j - 15):j + 4]:
            return None, set()
        sj = T[j]
        # left: "le nombre de X … est estimé à N" (same sentence, no figure in between)
        k = j - 1
        steps = 0
        while k >= 1 and steps < 14 and T[k] == sj and K[k] != "f":
            if W[k] in ("de", "d'") and W[k - 1] == "nombre" and k + 1 < j and K[k + 1] == "w":
                return L.noun_lemma(W[k + 1]), self.read_qualifiers(k + 2, j)
            k -= 1
            steps += 1
        # right: "portant à 10 000 le nombre de militaires", « évalue à 1,1 million le nombre
        # de déplacés » (the scale word is the figure's)
        r = j + 1 if j + 1 < self.n and W[j + 1] in _SCALE_NAMES and T[j + 1] == sj else j
        if r + 4 < self.n and W[r + 1] == "le" and W[r + 2] == "nombre" and W[r + 3] in ("de", "d'") \
                and K[r + 4] == "w":
            return L.noun_lemma(W[r + 4]), self.read_qualifiers(r + 5, j)
        return None, set()

    def au_total_after(self, j: int) -> bool:
        K, W, T, n = self.K, self.W, self.T, self.n
        sj = T[j]
        k = j + 1
        stop = min(n, j + 7)
        if _TOTAL_WORDS.isdisjoint(W[k:stop]):
            return False
        while k < stop and T[k] == sj:
            tw = W[k]
            if K[k] == "f" or tw in _PUNCT_BREAK and tw not in ("(", ")"):
                return False
            if tw == "total" and W[k - 1] == "au":
                return True
            if tw == "tout" and W[k - 1] == "en":
                return True
            if tw == "ces" and k + 1 < n and (W[k - 1] == "pour" or W[k - 1] == "dans" and "soit" in self.left_words(j, 4)):
                # « soit 2 610 pour (dans) ces trois régions »: how many parts the total counts
                c = self.ms[self.F[k + 1]].figure.value if K[k + 1] == "f" else _FEW.get(W[k + 1])
                if c is not None:
                    self.these[self.F[j]] = c
                    return True
            k += 1
        return False

    def shared_all(self, j: int) -> bool:
        """« … se partagent la totalité des 845 cas », « … se partagent les 845 cas », « … représentent
        la totalité des 845 cas »: the whole of the parts told before it in the sentence (the verb in
        the plural: several holders)."""
        left = self.left_words(j, 4)
        if len(left) < 3:
            return False
        if left[-3:] == ["la", "totalité", "des"]:
            ok = len(left) == 4 and left[0] in _SHARE_ALL_VERBS
        else:
            ok = left[-3:] == ["se", "partagent", "les"] or left[-3:] == ["se", "partageaient", "les"]
        if not ok:
            return False
        # « les autres se partagent les 8 sièges restants »: the rest of a whole, not the whole
        W, T = self.W, self.T
        after = W[j + 1:min(self.n, j + 4)]
        return _OTHERS.isdisjoint(self.left_words(j, 12)) and not any(
            w in _OTHERS and T[j + 1 + k] == T[j] for k, w in enumerate(after))

    def au_total_before(self, j: int) -> bool:
        left = self.left_words(j, 4)
        return "total" in left and ("au" in left or "un" in left)

    # -- time, source, place ------------------------------------------------------------------------

    def find_times(self) -> list[tuple[int, str]]:
        """(token index, time key) of every time expression in the block."""
        out = []
        K, W, ms = self.K, self.W, self.ms
        n = self.n
        self.wd_of = {}
        for j in self.fig_js:
            f = ms[self.F[j]].figure
            if f.kind == "date" and f.value is not None:
                # « né le 3 mars 2002 »: someone's birth, not when the figures are; the babies
                # « nés le 29 février » are counted at their birth
                if "birth" not in f.cues or any(self.w(x) in _BORN_MANY for x in range(j - 5, j)):
                    out.append((j, str(f.value)))
                    if f.weekday is not None:
                        # « jeudi 17 septembre »: the day a headline's bare « jeudi » names
                        self.wd_of[str(f.value)] = L.WEEKDAYS[f.weekday]
            elif f.kind == "ordinal" and j + 1 < n and W[j + 1] == "siècle" and f.value \
                    and f.value < 21:
                out.append((j, f"siècle-{f.value:g}"))      # « au XIXe siècle »: a past century
            elif f.kind == "duration" and j >= 3 and W[j - 1] == "a" and W[j - 2] == "y" \
                    and W[j - 3] == "il" and f.value is not None and not self._restates_when(j - 4):
                out.append((j, f"il-y-a-{f.value:g}{f.unit or ''}"))    # « il y a 200 ans »
        w_ = self.w
        for j in self.years:
            # « X, 24 ans, né en 2002, a inscrit 16 points »: a birth year, not the figures' moment
            if not (w_(j - 1) == "en" and w_(j - 2) in _BORN_ONE):
                out.append((j, W[j]))
        past = []
        for j in self.scan:
            tw = W[j]
            if tw in _WHEN:
                if any(w_(x) in _PAST_AUX and self.same_sent(j, x) for x in range(j + 1, j + 6)):
                    past.append(j)
                continue
            if tw in _WEEKDAY_SET and not (j + 1 < n and K[j + 1] in ("f", "n")) \
                    and not (w_(j - 1) in _TOLD and w_(j - 2) in _REPORT_NOUNS):
                out.append((j, tw))
        compared = []
        for j in self.rel:
            j -= 1
            if j >= 0 and K[j] == "w":
                for words, key in _RELATIVE_BY_PAIR.get((W[j], W[j + 1]), ()):
                    if all(w_(j + x) == words[x] for x in range(2, len(words))):
                        out.append((j, key))
                        if j >= 2 and K[j - 1] == "f" and W[j - 2] == "contre":
                            compared.append(j)
                        break
        out.sort()     # one time per token at most: token order, as one pass would find them
        if past:
            out = self._past_clauses(out, past)
        if compared:
            out = self._compared_moments(out, compared)
        return out

    def _compared_moments(self, out: list, compared: list) -> list:
        """« 36,4 %, contre 29,8 % un an plus tôt. »: the moment of a « contre » value is that
        value's alone; the next sentence goes back to the time before it ("" when none)."""
        pos = [tj for tj, _ in out]
        extra = []
        for j in compared:
            k = bisect.bisect_left(pos, j)
            before = out[k - 1][1] if k else ""
            e = bisect.bisect_right(self.T, self.T[j])     # the next sentence's first token
            if e < self.n and not (k + 1 < len(out) and out[k + 1][0] <= e):
                extra.append((e, before))
        return sorted(out + extra) if extra else out

    def _past_clauses(self, out: list, past: list) -> list:
        """A « lorsque/quand » clause in a past tense sets the rest of its sentence at another
        moment ("passé"); the next sentence goes back to the time before the clause ("" when
        none: no moment said)."""
        T = self.T
        pos = [tj for tj, _ in out]
        extra = []
        for j in past:
            k = bisect.bisect_left(pos, j)
            if k and pos[k - 1] >= j - 3 and self.T[pos[k - 1]] == self.T[j]:
                continue    # « en 2023, quand la production était tombée »: that year's clause
            before = out[k - 1][1] if k else ""
            extra.append((j, "passé"))
            e = bisect.bisect_right(T, T[j])    # the next sentence's first token (T ascends)
            if e < self.n:
                extra.append((e, before))
        out = sorted(out + extra)
        return out

    def _restates_when(self, j: int) -> bool:
        """« en 2017, il y a sept ans »: the « il y a » at j+1 restates the year or date before
        its comma, the moment to keep."""
        if j < 1 or self.W[j] not in (",", "("):
            return False
        k = j - 1
        if self.K[k] == "n":
            return self.W[k] in _YEARS
        return self.K[k] == "f" and self.ms[self.F[k]].figure.kind == "date"

    def time_of(self, j: int) -> str | None:
        """The nearest time after the figure in its clause, else the latest one before it in the
        sentence, else the latest in the block before it."""
        times = self.times
        n = bisect.bisect_right(self.time_pos, j)
        if n < len(times):
            tj, key = times[n]
            if tj > j and tj - j <= 8 and self.T[tj] == self.T[j] and key != "passé" \
                    and self.w(tj - 1) not in ("depuis", "de", "dès", "avant", "après", "des", "du"):
                K, W, F, ms = self.K, self.W, self.F, self.ms
                for x in range(j + 1, tj):
                    if (K[x] == "f" and ms[F[x]].figure.kind != "date") or W[x] == ";":
                        break
                else:
                    return key
        return (times[n - 1][1] or None) if n > 0 else None

    def find_sources(self) -> list[tuple[int, str]]:
        out = []
        K, W, T, text = self.K, self.W, self.T, self.text
        n = self.n
        w_ = self.w
        docs = []
        for j in self.scan:
            tw = W[j]
            if tw in _DOC_NOUNS:
                if w_(j - 2) == "dans" and w_(j - 1) in _DOC_DET \
                        and (tw != "mise" or w_(j + 1) == "à" and w_(j + 2) == "jour"):
                    docs.append(j)
                continue
            if tw == "selon" or (tw == "après" and w_(j - 1) == "d'"):
                k = j + 1
                while k < n and (W[k] in L.SOURCE_DET or W[k] in L.SOURCE_ADJ) and k - j < 5:
                    k += 1
                if k < n and K[k] == "w":
                    word = W[k]
                    if word in ("même", "mêmes"):
                        prev = out[-1][1] if out else None
                        if prev:
                            out.append((j, prev))
                        continue
                    if word in _REPORT_NOUNS and w_(k + 1) in _TOLD:
                        by = self.told_by(k + 2)
                        if by is not None:
                            out.append((j, by))
                            continue
                    out.append((j, L.noun_lemma(word)))
            elif tw in L.SOURCE_VERBS and (tw != "fait" or w_(j + 1) == "état"):
                if w_(j + 1) == "par":
                    k = j + 2
                    while k < n and W[k] in L.SOURCE_DET and k - j < 5:
                        k += 1
                    if k < n and K[k] == "w":
                        out.append((j, L.noun_lemma(W[k])))
                    continue
                # "La CGT revendique 300 000 participants": the subject before the verb
                k = j - 1
                while k >= 0 and K[k] == "w" and W[k] in ("a", "avait", "ont", "pour", "sa", "part", "y") and j - k < 4:
                    k -= 1
                if k >= 0 and W[k] in ("et", "puis", "mais"):
                    # "l'Union bat Bruges et compte 5 points": the verb's subject is a clause
                    # away, and the verb may mean "has", not "reports"
                    continue
                phrase = []
                sj = T[j]
                while k >= 0 and K[k] == "w" and j - k < 8 and T[k] == sj:
                    phrase.append(k)
                    k -= 1
                phrase.reverse()
                if phrase and W[phrase[0]] == "qui":
                    # « la préfecture de police, qui a dénombré 16 500 manifestants »: the
                    # relative's antecedent, just before its comma, tells the count
                    head = self.relative_teller(phrase[0] - 1, sj)
                    if head is not None:
                        out.append((j, head))
                    continue
                head = None
                for p in phrase:
                    pw = W[p]
                    if pw in L.SOURCE_DET or pw in L.STOP or pw in L.SOURCE_ADJ:
                        continue
                    head = pw
                    break
                # « la République démocratique du Congo a recensé »: a place counting, no source
                if head and phrase and head not in _STATE_HEADS \
                        and (text[self.span(phrase[0])[0]].isupper() or W[phrase[0]] in ("le", "la", "les", "l'")):
                    out.append((j, L.noun_lemma(head)))
        if docs:
            # the teller: the first source a verb names after the document, in its sentence
            self.docs = {}
            for dj in docs:
                for sj, key in out:
                    if sj > dj and T[sj] == T[dj] and W[sj] in L.SOURCE_VERBS:
                        self.docs.setdefault(T[dj], (dj, L.noun_lemma(W[dj]), key))
                        break
        return out

    def relative_teller(self, c: int, sj: int) -> str | None:
        """The noun a relative « , qui » at c (its comma) hangs on: « la préfecture de police »,
        « les organisateurs », « le ministère de l'Intérieur » — a determiner opening words and
        « de » only, a few words back in the sentence (none when anything else stands there)."""
        K, W, T = self.K, self.W, self.T
        if c < 1 or W[c] != "," or T[c] != sj:
            return None
        det = None
        for y in range(c - 1, max(-1, c - 7), -1):
            if K[y] != "w" or T[y] != sj:
                break
            wy = W[y]
            if wy in ("le", "la", "les", "l'"):
                det = y
            elif wy in ("de", "du", "des", "d'"):
                continue
            elif wy in L.STOP or wy in L.SOURCE_ADJ:
                break
        if det is None or K[det + 1] != "w" or W[det + 1] in L.STOP or W[det + 1] in _STATE_HEADS:
            return None
        return L.noun_lemma(W[det + 1])

    def told_by(self, k: int) -> str | None:
        """« (le bilan présenté) mercredi à Ajaccio par l'Agence … »: who told the document,
        a few words on, before anything but words."""
        K, W, T = self.K, self.W, self.T
        n = self.n
        for x in range(k, min(n, k + 5)):
            if K[x] != "w" or T[x] != T[k] or W[x] in _NOT_TOLD_BY:
                return None
            if W[x] == "par":
                y = x + 1
                while y < n and W[y] in L.SOURCE_DET and y - x < 4:
                    y += 1
                return L.noun_lemma(W[y]) if y < n and K[y] == "w" and T[y] == T[k] else None
        return None

    def source_of(self, j: int) -> str | None:
        best, dist = None, None
        n = bisect.bisect_right(self.source_pos, j)
        T, K, F, ms = self.T, self.K, self.F, self.ms
        for sj, key in self.sources[max(0, n - 1):n + 1]:
            if T[sj] == T[j]:
                d = abs(sj - j)
                # a source after the figure binds to it unless another figure stands between
                if sj > j and (sj - j > 40 or any(K[x] == "f" and ms[F[x]].figure.kind != "date"
                                                  for x in range(j + 1, sj))):
                    d += 50
                if dist is None or d < dist:
                    best, dist = key, d
        return best

    def place_of(self, j: int) -> str | None:
        """A place written tight after the figure's noun ("211 dans la province de Valence",
        "79 mercredi à Rungis"), or at the head of its sentence ("À Lyon, …")."""
        K, W, T, F, ms = self.K, self.W, self.T, self.F, self.ms
        n = self.n
        sj = T[j]
        k = j + 1
        stop = min(n, j + 6)
        if _PLACE_PREP.isdisjoint(W[k:stop]):
            stop = k       # no preposition ahead: nothing to find there
        inst = -1      # where « à l'hôpital », « au centre hospitalier », « à celui » stands
        while k < stop and T[k] == sj:
            kk = K[k]
            if kk == "f" and ms[F[k]].figure.kind != "date":
                break
            if kk == "p" and W[k] != "'":
                break
            if W[k] in ("à", "en", "au", "aux", "dans") and k + 1 < n:
                p = self.place_name(k + 1)
                if p:
                    return p
                if W[k] != "en" and W[k + 1] in _INSTITUTIONS or k + 2 < n and W[k + 1] in ("l'", "la", "le") \
                        and W[k + 2] in _INSTITUTIONS:
                    inst = k
                    stop = min(n, k + 7)
            elif inst >= 0 and W[k] in ("de", "du", "d'") and k + 1 < n:
                # « 12 au centre hospitalier de Bastia, 9 à celui de Calvi »: the place of the
                # institution named after the preposition
                return self.place_name(k + 1)
            elif inst >= 0 and W[k] not in _INSTITUTIONS and W[k] not in ("l'", "la", "le"):
                inst = -1
            k += 1
        # a holder in the clause before: "celui de Fécamp, avec 71 éoliennes"
        if self.has_holder:
            k = j - 1 if not _HOLDERS.isdisjoint(W[max(1, j - 8):j]) else 0
            steps = 0
            while k > 0 and steps < 8 and T[k] == sj and K[k] != "f":
                if W[k] in ("celui", "celle", "ceux", "celles") and self.w(k + 1) in ("de", "d'", "du"):
                    p = self.place_name(k + 2)
                    if p:
                        return p
                k -= 1
                steps += 1
        # sentence head: "À Lyon, la préfecture a dénombré…", read once per sentence
        head = self.heads.get(sj)
        if head is None:
            head = self.heads[sj] = self.sentence_head(sj, j)
        k2, p = head
        return p if k2 + 1 < j else None

    def sentence_head(self, sj: int, j: int) -> tuple[int, str | None]:
        """(k, place) of a place at the head of sentence sj: the place holds for a figure after
        token k + 1. The same for every figure of the sentence (j only stands in for a sentence
        missing from sent_first, which never happens)."""
        W, n = self.W, self.n
        first = self.sent_first.get(sj, j)
        fw = W[first]
        if fw in ("celle", "celui", "la", "le", "l'") and first + 2 < n:
            k2 = first + 1 if fw in ("celle", "celui") else first + 2
            if (fw in ("celle", "celui") or self.w(first + 1) in L.PLACE_NOUNS) \
                    and self.w(k2) in ("de", "d'", "du"):
                return k2, self.place_name(k2 + 1)
        elif fw in ("à", "en", "au", "dans") and first + 1 < n:
            return -2, self.place_name(first + 1)
        return -2, None

    def place_name(self, k: int) -> str | None:
        K, W, n = self.K, self.W, self.n
        stop = min(n, k + 5)
        if k < n and K[k] == "f" and W[k + 1:k + 2] and W[k + 1] in _SCOPE_NOUNS:
            return "*plusieurs"       # « dans 13 pays »: a total over several places
        while k < stop:
            if K[k] != "w":
                return None
            tw = W[k]
            if tw == "échelle" or tw == "niveau":
                # « à l'échelle du continent », « au niveau européen »: a scope, not one place
                x = k + 1
                while x < stop + 2 and x < n and W[x] in ("de", "du", "d'", "la", "l'", "des"):
                    x += 1
                return _SCOPES.get(self.w(x))
            if self.caps and self.text[self.span(k)[0]].isupper():
                if tw in L.WEEKDAYS or tw in L.MONTHS:
                    return None
                return tw
            if tw in _PLACE_SKIP:
                if tw == "capitale":
                    return "capitale"
                k += 1
                continue
            return None
        return None

    # -- relations ------------------------------------------------------------------------------------

    def figs_in_sentence(self, j: int, window: int = 12) -> list[int]:
        """Token indices of the figures of j's sentence near j (at most `window` on each side)."""
        figs = self.sent_figs.get(self.T[j], [])
        n = bisect.bisect_left(figs, j)
        return figs[max(0, n - window):n + window + 1]

    def fraction(self, i: int) -> bool:
        return i in self.fr

    def countable(self, i: int) -> bool:
        return i in self.cnt

    def compatible(self, a: int, b: int) -> bool:
        fr = self.fr
        if a in fr or b in fr:
            return False
        nf = self.noun_figs
        if nf and (a in nf or b in nf):
            return False
        fa, fb = self.ms[a].figure, self.ms[b].figure
        return fa.kind == fb.kind and fa.unit == fb.unit and fa.kind in ("number", "money", "quantity", "percent")

    def figures_in_nouns(self) -> dict[int, int]:
        """« 9 tirs à trois points sur 24 », « dont 44 à deux points, 27 à trois points et 18 aux
        lancers francs », « 12 paniers à deux points »: a small number after « à » that names a
        kind of the thing counted just before (its noun, or the count alone) is part of a noun,
        not a count: no part, whole, addend or share. Each maps to the count it qualifies."""
        K, W, T, F, ms = self.K, self.W, self.T, self.F, self.ms
        out = {}
        for i in self.idxs:
            k = self.pos.get(i, -1)
            if k < 2 or W[k - 1] != "à":
                continue
            m = ms[i]
            f = m.figure
            if f.kind != "number" or f.is_range or f.approx is not None or not m.explicit_subject \
                    or not isinstance(f.value, int) or not 1 <= f.value <= 10:
                continue
            h = k - 2 if K[k - 2] == "f" else k - 3 if K[k - 2] == "w" and k >= 3 and K[k - 3] == "f" else -1
            if h < 0 or T[h] != T[k] or (h >= 1 and W[h - 1] in ("de", "d'", "entre")):
                continue    # « de 120 élèves à 150 »: a change or a range, no noun
            host = ms[F[h]]
            if host.figure.kind != "number" or host.subject == m.subject and host.explicit_subject \
                    or (h == k - 2) == host.explicit_subject:
                continue    # « 44 à deux points »: the count alone; « 9 tirs à trois points »: its noun
            out[i] = F[h]
        for i in out:
            self.cnt.discard(i)
        return out

    def reach(self, x: int, near: list[int]) -> int:
        """Where the count at token x ends: after the figures in its noun among `near` (« 9 tirs à
        trois points sur 24 »: at « trois »)."""
        nf = self.noun_figs
        if nf:
            F = self.F
            for y in near:
                if y > x and nf.get(F[y]) == F[x]:
                    x = y
        return x

    def link_parts(self) -> None:
        W, F = self.W, self.F
        ms = self.ms
        T = self.T
        # « Des 64 bateaux amarrés, 41 … »: a sentence opening on « Des » and its first figure
        des_open = {s for s, fj in self.sent_figs.items() if fj[0] > 0 and W[fj[0] - 1] == "des"
                    and T[fj[0] - 1] == s and (fj[0] == 1 or T[fj[0] - 2] != s)}
        # « Dans les 27 circonscriptions de l'île, les libéraux en conservent 19, … »: a sentence
        # opening on « Dans les/ces » and its first figure, a whole if its parts take it up by « en »
        dans_open = {s for s, fj in self.sent_figs.items() if fj[0] > 1 and W[fj[0] - 2] == "dans"
                     and W[fj[0] - 1] in ("les", "ces") and T[fj[0] - 2] == s
                     and (fj[0] == 2 or T[fj[0] - 3] != s) and self.en_held(fj[0])}
        parmi_wholes = set()      # wholes a « Parmi elles, » opening its sentence takes up
        for s in sorted(self.part_sents.union(des_open, dans_open).intersection(self.sent_figs)):
            fj = self.sent_figs[s]
            things = []           # first parts of a count of things « Parmi elles, » takes up
            whole = None          # measure index of the current whole
            last_part = None
            told_split = None     # « Ils se répartissent ainsi : »: the whole told before (whole_told_split)
            colon_whole = None    # « N <nom> : a, b et c »: the whole a colon splits (span_groups)
            for n_, k in enumerate(fj):
                i = F[k]
                m = ms[i]
                if not self.countable(i) and m.figure.kind != "percent" \
                        and not (m.figure.kind == "duration" and self.hours_whole(i, self.left_words(k, 2))):
                    if whole is not None and last_part is None and type(m.figure.value) is float \
                            and 0 < m.figure.value < 1 and "sur les" in ms[whole].cues:
                        # « Sur les 80 salariés, la moitié ont accepté, et 90 intérimaires aussi »:
                        # the clause's part is a fraction; a later count is no part of the whole
                        whole = None
                    continue
                left = self.left_words(k, 6)
                if "dont" in m.cues and m.part_of is None:
                    # the whole: the nearest earlier figure of the same kind in the sentence
                    cand = [F[x] for x in fj[max(0, n_ - 12):n_] if (self.kin(F[x], i) or self.elliptic_unit(F[x], i))
                            and ms[F[x]].part_kind is None]
                    near = F[fj[n_ - 1]] if n_ else None
                    if cand and near != cand[-1] and ms[near].part_kind is None and "dont" not in ms[near].cues \
                            and any("dont" in ms[F[x]].cues for x in fj[max(0, n_ - 12):n_]
                                    if x <= self.pos[cand[-1]]):
                        # « 20,6 millions de kilos, dont 8,9 … et 6,3 …, et 17,2 millions de kilos,
                        # dont 11,4 … »: the figure right before this « dont » is its whole; a part
                        # of an earlier « dont » list beyond it is not — no whole then
                        cand = []
                    if cand and near is not None and ms[near].part_of == cand[-1] \
                            and ms[near].part_kind in ("sur", "dont") and (self.kin(near, i) or self.elliptic_unit(near, i)):
                        # « Parmi les 391 détenus, 238 … et 153 des condamnés, dont une cinquantaine … »:
                        # a « dont » right after a part of the list divides that part, not the whole;
                        # the list goes on after it (« …, dont 60 mineurs, et 153 … »)
                        m.part_of, m.part_kind = near, "dont"
                        whole, last_part = near, i
                        self.first_part.setdefault(whole, i)
                        continue
                    if cand:
                        w_ = cand[-1]
                        # « 53 des 94 sièges, dont 26 … et 27 … »: the list divides the nearer
                        # figure, the part N, not the set M it is taken from
                        nb = [F[x] for x in fj[max(0, n_ - 12):n_] if ms[F[x]].part_kind == "des"
                              and ms[F[x]].part_of == w_ and self.kin(F[x], i)]
                        if nb:
                            w_ = nb[-1]
                        m.part_of, m.part_kind = w_, "dont"
                        whole, last_part = w_, i
                        self.first_part.setdefault(whole, i)
                    continue
                if m.part_kind == "entre":
                    ante = self.antecedent(k)
                    if ante is not None:
                        m.part_of = ante
                        if ms[i].figure.kind == "percent":
                            m.share_of, m.part_of = ante, None
                    continue
                if m.part_kind == "des":
                    continue
                lw = left[-1] if left else None
                # the kin figures just before: asked only after "sur" or ":"
                # « 2 840 sur les 16 900 habitants »: « sur les » after a count, as « sur »
                sur = lw == "sur" or (lw == "les" and left[-2:-1] == ["sur"])
                prev = [x for x in fj[max(0, n_ - 3):n_] if self.kin(F[x], i)] if sur or lw == ":" else ()
                if sur and prev and k - self.reach(prev[-1], fj[max(0, n_ - 3):n_]) <= 4 + (lw == "les") \
                        and self.countable(i) \
                        and ms[F[prev[-1]]].part_of is None and not self.time_span_after(k) \
                        and (self.same_noun(F[prev[-1]], i) or self.planned_whole(k)) \
                        and not self.grade_scale(prev[-1], k):
                    # "372 000 candidats sur 392 000": the earlier figure is the part
                    p = F[prev[-1]]
                    ms[p].part_of, ms[p].part_kind = i, "sur"
                    m.cues = m.cues | {"sur les"}
                    continue
                if lw == "sur" and prev and self.countable(i) and ms[F[prev[-1]]].part_of is None \
                        and self.w(prev[-1] - 1) not in _PREPOSITIONS \
                        and self.verb_before_sur(self.reach(prev[-1], fj[max(0, n_ - 3):n_]), k) \
                        and self.share_closes(k) and _lt(ms[F[prev[-1]]].figure, m.figure):
                    # « 1 472 000 citoyens ont voté oui sur 2 714 000 bulletins, soit 59,2 % »:
                    # a count, its verb, « sur » a larger count whose bare « soit X % » closes it
                    p = F[prev[-1]]
                    ms[p].part_of, ms[p].part_kind = i, "sur"
                    m.cues = m.cues | {"sur les"}
                    continue
                if lw == ":" and whole is None and not _SPLIT_VERBS.isdisjoint(left[-4:-1]) and self.countable(i):
                    # « Les 44 millions de quintaux se répartissent ainsi : 24,4 millions de blé
                    # tendre, … »: the figure just before the verb is split into the list
                    w_ = F[fj[n_ - 1]] if n_ else None
                    if w_ is not None and k - self.pos[w_] <= 10 and ms[w_].part_of is None \
                            and not ms[w_].figure.is_range \
                            and (self.kin(w_, i) or self.scaled_unit(w_, i)):
                        m.part_of, m.part_kind = w_, "dont"
                        whole, last_part = w_, i
                        self.first_part.setdefault(whole, i)
                        continue
                if lw == ":" and n_ == 2 and whole is None:
                    parts = self.counted_groups(k, fj)
                    if parts:
                        # « Les 62 éoliennes sont alignées en trois rangées : 24 …, 19 … et 17 … »
                        w_ = F[fj[0]]
                        for x in parts:
                            ms[x].part_of, ms[x].part_kind = w_, "dont"
                        ms[w_].total_of = list(parts)
                        continue
                if lw == ":" and n_ == 0 and whole is None and m.figure.kind == "number":
                    w_ = self.whole_told_split(k, s, i)
                    if w_ is not None:
                        m.part_of, m.part_kind = w_, "dont"
                        whole, last_part, told_split = w_, i, w_
                        self.first_part.setdefault(whole, i)
                        continue
                if lw == ":" and prev and k - prev[-1] <= 4 and self.countable(i) \
                        and ms[F[prev[-1]]].explicit_subject and not self.points_label(prev[-1]):
                    # "52 personnes : 46 enfants, 4 accompagnateurs et 2 chauffeurs"
                    m.part_of, m.part_kind = F[prev[-1]], "dont"
                    whole, last_part = F[prev[-1]], i
                    colon_whole = whole
                    self.first_part.setdefault(whole, i)
                    continue
                if lw == ":" and prev and 4 < k - prev[-1] <= 16 and whole is None and m.place \
                        and not m.explicit_subject and self.countable(i) and self.colon_places(prev[-1], k, i):
                    # « 38 foyers ont été confirmés depuis le 20 octobre : 24 dans le Morbihan, 11 … »:
                    # the count, its own verb phrase, then the colon and the same things by place
                    m.part_of, m.part_kind = F[prev[-1]], "dont"
                    whole, last_part = F[prev[-1]], i
                    self.first_part.setdefault(whole, i)
                    continue
                if n_ == 0 and len(left) == 4 and left[0] == "parmi" and left[1] in ("les", "ces") and left[3] == "," \
                        and m.figure.kind == "number" and not m.explicit_subject and len(self.left_words(k, 12)) == 4:
                    # « Parmi les blessés, 190 sont … »: a part of a count told before (NUM302 finds it)
                    m.notes["parmi"] = L.noun_lemma(left[2])
                    self.copula_gap(k, fj, n_)
                    continue
                if n_ == 0 and len(left) == 5 and left[0] in ("sur", "parmi") and left[1] == "les" \
                        and left[4] == "," and left[3].endswith(("és", "ées")) and m.figure.kind == "number" \
                        and not m.explicit_subject and not m.figure.is_range and len(self.left_words(k, 12)) == 5:
                    # « Sur les vols annulés, 74 … »: a part of the count of that noun told before
                    # (NUM303 reads it with « soit P % des suppressions »)
                    m.notes["among"] = L.noun_lemma(left[2])
                    continue
                if n_ == 0 and left[-1:] == [","] and m.figure.kind == "number" and not m.explicit_subject \
                        and not m.figure.is_range:
                    wide = self.left_words(k, 12)
                    if wide[:4] == ["sur", "l'", "ensemble", "des"] and (
                            len(wide) == 6 or (len(wide) == 9 and wide[5:8] in _SEASON_OF)):
                        # « Sur l'ensemble des feux (de la saison), 27 … et 18 … »: as « Parmi les
                        # feux, »: parts of the count of that noun told before (NUM302 finds it)
                        m.notes["parmi"] = L.noun_lemma(wide[4])
                        continue
                if n_ == 0 and len(left) == 4 and left[0] in ("sur", "parmi") and left[1] in ("cette", "ce", "cet") \
                        and left[2] in _SUM_NOUNS and left[3] == "," and len(self.left_words(k, 12)) == 4:
                    # « … a perçu 2,4 millions de francs. Sur cette somme, 1,1 million … »: the
                    # sum of the sentence before, when it gives exactly one
                    prev = [F[x] for x in self.sent_figs.get(s - 1, ()) if self.money_like(F[x])]
                    if len(prev) == 1 and ms[prev[0]].figure.kind == "money" and not ms[prev[0]].figure.is_range \
                            and (self.kin(prev[0], i) or self.elliptic_money(prev[0], i)):
                        m.part_of, m.part_kind = prev[0], "sur"
                        whole, last_part = prev[0], i
                        self.first_part.setdefault(whole, i)
                    continue
                if n_ == 0 and len(left) == 4 and left[0] in ("sur", "parmi") and left[1] == "ce" \
                        and left[2] == "total" and left[3] == "," and m.figure.kind == "number" \
                        and len(self.left_words(k, 12)) == 4:
                    # « … sont en hausse, à 3 960. Sur ce total, 1 188 … »: the one count of the
                    # sentence before (two, or a range: which is the total? quiet)
                    # a figure the text says was superseded (« avait d'abord communiqué 16 200,
                    # avant de l'ajuster ») is no longer the total « ce total » takes up: quiet
                    prev = [F[x] for x in self.sent_figs.get(s - 1, ()) if ms[F[x]].figure.kind == "number"]
                    if len(prev) == 1 and not ms[prev[0]].figure.is_range and self.countable(prev[0]) \
                            and "superseded" not in ms[prev[0]].cues and self.kin(prev[0], i):
                        m.part_of, m.part_kind = prev[0], "sur"
                        whole, last_part = prev[0], i
                        self.first_part.setdefault(whole, i)
                    continue
                if n_ == 0 and 3 <= len(left) <= 5 and left[0] == "parmi" and left[1] in _PARMI_PRON \
                        and left[2] == "," and tuple(left[3:]) in _PARMI_FILLER \
                        and m.figure.kind == "number" and not m.figure.is_range \
                        and len(self.left_words(k, 12)) == len(left):
                    # « Sa clientèle comptait 214 personnes. Parmi eux, 61 … »: the one count of
                    # people of the sentence before (two: which one? quiet; of things, « eux » may
                    # be a whole told earlier: quiet)
                    # a « contre » value is another moment's, never the whole « eux » takes up
                    prev = [F[x] for x in self.sent_figs.get(s - 1, ()) if ms[F[x]].figure.kind == "number"
                            and "contre" not in ms[F[x]].cues]
                    votes = self.vote_parts(k, fj, n_)
                    if len(prev) == 1 and not ms[prev[0]].figure.is_range \
                            and ms[prev[0]].explicit_subject \
                            and (ms[prev[0]].subject in _PARMI_PEOPLE
                                 or votes and ms[prev[0]].subject in _VOTERS
                                 or self.parmi_things(prev[0], left[1], s) and things.append(i) is None) \
                            and ms[prev[0]].part_of is None and self.countable(prev[0]) and self.kin(prev[0], i):
                        m.part_of, m.part_kind = prev[0], "sur"
                        whole, last_part = prev[0], i
                        self.first_part.setdefault(whole, i)
                        parmi_wholes.add(whole)
                        self.copula_gap(k, fj, n_)
                        if votes:
                            for x in votes:
                                ms[x].part_of, ms[x].part_kind = whole, "sur"
                            whole = last_part = None
                    elif not prev and m.explicit_subject and m.subject and not m.cues:
                        # « 312 familles … [a sentence with no count] Parmi elles, 78 familles, soit
                        # … »: the part names its noun; the whole is the count of that noun told
                        # before, out of this block (NUM303 looks for it with its fraction)
                        m.notes["parmi_told"] = m.subject
                    continue
                # "Sur les 577 circonscriptions, 76 …" / "Parmi les 48 millions, 14 millions …"
                # « Parmi ses 10 arrondissements, 6 … »: a possessive only opening its sentence
                # (« monté sur ses 4 roues, il … » is no whole)
                if (left[-2:] in (["sur", "les"], ["parmi", "les"], ["sur", "ces"], ["parmi", "ces"])
                        or n_ == 0 and len(left) == 2 and left[0] in ("sur", "parmi")
                        and left[1] in _POSSESSIVE_PL and len(self.left_words(k, 12)) == 2
                        or n_ == 0 and left == ["des"] and len(self.left_words(k, 12)) == 1
                        and (self.des_whole(k) is not None or self.en_held(k))
                        or s in dans_open and n_ == 0) \
                        and (self.countable(i) or self.hours_whole(i, left)) and not self.time_span_after(k):
                    ms[i].cues = ms[i].cues | {"sur les"}
                    whole, last_part = i, None
                    self._sur_whole = (i, k)
                    continue
                if whole is not None and last_part is None and ms[whole].cues & {"sur les"}:
                    # first figure after the comma that closes the "sur les N …" phrase
                    pw = self.pos[whole]
                    if k - pw <= 40 and ("," in W[pw + 1:min(k, pw + 41)] or self.among_verb(pw, k)) \
                            and (W[pw - 1] != "des" or self.des_whole(pw) == k - 1 or self.en_held(pw)) \
                            and (self.kin(whole, i) or self.en_unit(whole, i) or self.sur_unit(whole, i, k)
                                 or self.hours_part(whole, i, k)) \
                            and not m.cues & {"soit", "contre"}:
                        m.part_of, m.part_kind = whole, "sur"
                        last_part = i
                        self.first_part.setdefault(whole, i)
                        if "," not in W[pw + 1:k]:
                            # « Parmi les 12 candidats figurent 3 anciens ministres et 10 femmes »:
                            # highlights that may cross; NUM302 sums three parts or more only
                            ms[whole].notes["among_verb"] = True
                    continue
                if whole is not None and last_part is not None and W[k - 2:k] == [",", "et"] \
                        and ms[whole].part_kind in ("sur", "dont") and ms[whole].part_of is not None:
                    # « 238 sont des prévenus, dont 60 mineurs, et 153 des condamnés »: « , et » closes
                    # the nested list; what follows may be a sibling of its whole — no part, quiet
                    whole = last_part = None
                    continue
                if whole is not None and last_part is not None and (self.revised_whole(self.pos[last_part], k)
                                                                    or ms[last_part].part_kind == "dont"
                                                                    and self.sibling_pronoun(self.pos[whole],
                                                                                             self.pos[last_part], k)):
                    # « 15 blessés, dont 4 graves, puis (de) 19 en fin de journée »: a revised value
                    # of the whole, never one more part — it closes the list
                    whole = last_part = None
                    continue
                if whole is not None and last_part is not None:
                    # continuation of a parts list: ", 7 en Castille et 2 en Andalousie"
                    prev_k = self.pos[last_part]
                    if self.where_count(prev_k, k, whole):
                        continue    # « 1 450 dans ses deux usines …, et 980 … »: where the part is
                    words = set(W[prev_k + 1:k])
                    first_part = self.first_part.get(whole, last_part)
                    own_noun_ok = not m.explicit_subject or ms[first_part].explicit_subject \
                        or bool(m.notes.get("parmi_gap"))
                    own_verb = self.w(k + 1) in L.AUX_VERBS or self.w(k + 2) in L.AUX_VERBS
                    gap = k - prev_k - 1
                    # « 52 charolaises, présentées par 31 éleveurs »: a count after « par » is the
                    # agent of the list, not one more part of it
                    if 8 < gap <= 16 and (self.parallel(prev_k, k) or self.gapped(self.pos[first_part], k)):
                        gap = 8     # "dont 420 millions pour les routes et … et 510 millions pour …"
                    if 8 < gap <= 12 and whole in parmi_wholes and W[k - 1] == "et" and m.explicit_subject \
                            and ms[last_part].explicit_subject and not own_verb \
                            and words.isdisjoint((";", ".", ":", "qui", "que", "qu'", "dont", "où", "soit")) \
                            and not any(w in L.AUX_VERBS for w in words):
                        gap = 8     # « Parmi elles, 410 mises en sécurité de personnes, souvent âgées, et 275 … »
                    if 8 < gap <= 16 and ms[last_part].part_kind == "sur" and self.label_item(prev_k, k):
                        gap = 8     # « …, les droits télévisés versés par la Ligue nationale de rugby 7 millions, »
                    if 8 < gap <= 16 and ms[last_part].part_kind == "sur" and self.gapped_object(prev_k, k):
                        gap = 8     # « 9 600 attendent une prothèse de hanche ou de genou et 6 100 une … »
                    if 8 < gap <= 16 and W[k - 1] == "et" and self.w(k + 1) == "autres" and not own_verb \
                            and W[k - 2] == "," and self.w(prev_k + 1) in L.AUX_VERBS:
                        gap = 8     # « 41 ont subi des dégâts légers, amarres rompues …, et 29 autres des avaries »
                    unit_after = not self.kin(last_part, i) and self.unit_after_scaled(whole, last_part, i)
                    if unit_after and 8 < gap <= 16 and "et" in W[prev_k + 1:prev_k + 3] \
                            and all(w in L.SCALE for w in W[prev_k + 1:prev_k + 1 + W[prev_k + 1:prev_k + 3].index("et")]) \
                            and W[k - 1] == "," \
                            and words.isdisjoint((";", ".", "qui", "que", "qu'", "dont", "où", "soit")):
                        gap = 8     # « … et les rouliers, camions et remorques embarqués, 820 000 tonnes »
                    if (self.kin(last_part, i) or unit_after) \
                            and words & {",", "et"} and gap <= 8 and not own_verb \
                            and own_noun_ok and "par" not in m.cues and left[-1:] != ["par"] \
                            and not self.own_clause(prev_k, k, whole, last_part, i) \
                            and not words & {"soit", "contre", ";", "dont", "total", "selon", "("} \
                            and not m.cues & {"soit", "contre", "au total"} and m.part_of is None \
                            and not self.sibling_whole(prev_k, k, fj, n_) \
                            and not ("en" in words and any(W[x] == "en" and W[x + 1] in L.AUX_VERBS
                                                           for x in range(prev_k + 1, k - 1))):
                        # (« …, dont 215 civils, et en ont blessé 2 040 »: a verb of its own, « en »
                        # its object: a count of its own, no part of the list)
                        m.part_of, m.part_kind = whole, ms[last_part].part_kind
                        last_part = i
                        continue
                    if self.predicate_list(prev_k, k, first_part, last_part, i):
                        m.part_of, m.part_kind = whole, ms[last_part].part_kind
                        last_part = i
                        continue
                    whole = last_part = None
            for p in things:
                # « Parmi eux, 3 470 sont des maisons, soit 47 % du total »: a lone part of a
                # count of things may be of another whole told earlier; a list of parts is its own
                w = ms[p].part_of
                if w is not None and sum(ms[F[x]].part_of == w for x in fj) < 2:
                    ms[p].part_of = ms[p].part_kind = None
            if told_split is not None:
                # the list told as complete: every figure of the sentence is one of its parts
                parts = [F[x] for x in fj if ms[F[x]].part_of == told_split]
                if len(parts) >= 2 and len(parts) == len(fj) and not ms[told_split].total_of \
                        and all(not ms[x].cues and ms[x].figure.approx is None and not ms[x].figure.is_range
                                for x in parts) and self.closed_list(self.pos[parts[-2]], self.pos[parts[-1]]):
                    ms[told_split].total_of = parts
            if colon_whole is not None and not ms[colon_whole].total_of:
                parts = self.span_groups(fj, colon_whole)
                if parts:
                    ms[colon_whole].total_of = parts

    def span_groups(self, fj: list, w: int) -> list[int] | None:
        """« Sur les quatre jours, le festival a vendu 112 000 entrées : 22 500 le jeudi, …, et
        26 500 le dimanche »: a sentence opening on the span or the groups a count covers, counted
        in words (« sur les / ses / ces », « en », « pendant les », « au cours des », « lors des »),
        then the count and, after a colon, exactly that many plain exact parts, each at a moment
        (or a place) of its own, the list closed by « et »: the whole breakdown (NUM301 adds it up).
        Any other shape: None."""
        W, F, ms = self.W, self.F, self.ms
        if len(fj) < 4:
            return None
        g = ms[F[fj[0]]]
        fg = g.figure
        if fg.kind not in ("duration", "number") or fg.is_range or fg.approx is not None \
                or not isinstance(fg.value, int) or not 2 <= fg.value <= 7 or not fg.numerals \
                or not all(x.words for x in fg.numerals) or g.cues or F[fj[1]] != w:
            return None
        a = fj[0]
        head = [x for x in self.left_words(a, 6)]
        if head not in (["sur", "les"], ["sur", "ses"], ["sur", "ces"], ["en"], ["pendant", "les"],
                        ["pendant", "ses"], ["au", "cours", "des"], ["lors", "des"], ["durant", "les"]):
            return None
        mw = ms[w]
        fw = mw.figure
        if fw.kind != "number" or fw.is_range or fw.approx is not None or not isinstance(fw.value, int) \
                or mw.cues or mw.part_of is not None or mw.change_kind or not mw.explicit_subject:
            return None
        parts = [F[x] for x in fj[2:]]
        if len(parts) != fg.value or any(ms[x].part_of != w for x in parts) \
                or not self.closed_list(fj[-2], fj[-1]):
            return None
        for x in parts:
            fp = ms[x].figure
            if fp.kind != "number" or fp.is_range or fp.approx is not None or ms[x].cues \
                    or ms[x].change_kind or not 0 < fp.value < fw.value:
                return None
        times = [ms[x].time for x in parts]
        places = [ms[x].place for x in parts]
        if not (None not in times and len(set(times)) == len(parts) and mw.time not in times) \
                and not (None not in places and len(set(places)) == len(parts) and mw.place not in places):
            return None
        return parts

    def where_count(self, prev_k: int, k: int, whole: int) -> bool:
        """« 1 450 dans ses deux usines françaises, …, et 980 dans sa filiale »: a small count in
        words right after a part, in its place complement (a preposition of place, then a plural
        possessive or « les » / « ces »), of a noun of its own other than the whole's, says where
        the part is, not one more part: the list goes on past it."""
        W, ms = self.W, self.ms
        m = ms[self.F[k]]
        f = m.figure
        return k - prev_k == 3 and W[k - 2] in ("dans", "à", "sur", "entre", "chez") \
            and W[k - 1] in _WHERE_DETS and f.kind == "number" and not f.is_range and f.approx is None \
            and isinstance(f.value, int) and 1 < f.value <= 10 and bool(f.numerals) \
            and all(n.words for n in f.numerals) and m.explicit_subject and m.subject is not None \
            and m.subject != ms[whole].subject and not m.cues and m.part_of is None

    def en_held(self, k: int) -> bool:
        """« Dans les 27 circonscriptions de l'île, les libéraux en conservent 19 »: the count at k,
        its noun phrase with no verb up to a comma, then a clause whose first figure is what a
        holder keeps, wins or loses of it, taken up by « en » (« en conservent 19 », « en a
        remporté 19 »)."""
        W, K, T, n = self.W, self.K, self.T, self.n
        c = self.des_whole(k)
        if c is None:
            c = next((y for y in range(k + 1, min(k + 14, n)) if W[y] == "," or K[y] != "w"
                      or W[y] in L.AUX_VERBS or W[y] in _COLON_GAP_STOP), None)
            if c is None or W[c] != ",":
                return False
        x = next((x for x in range(c + 1, min(c + 9, n)) if K[x] != "w" or T[x] != T[k]), None)
        if x is None or K[x] != "f" or T[x] != T[k] or W[x - 1] not in _HELD:
            return False
        return W[x - 2] == "en" or W[x - 2] in ("a", "ont") and W[x - 3] == "en"

    def des_whole(self, k: int):
        """« Des 64 bateaux amarrés au port, 41 … »: « Des » opening its sentence, the count at k
        then its noun phrase with no verb up to a comma, a count right after the comma: the comma's
        token, else None."""
        W, K = self.W, self.K
        for y in range(k + 1, min(k + 14, self.n - 1)):
            if W[y] == ",":
                return y if K[y + 1] == "f" else None
            if K[y] != "w" or W[y] in L.AUX_VERBS or W[y] in _COLON_GAP_STOP:
                return None
        return None

    def vote_parts(self, k: int, fj: list, n_: int) -> list[int]:
        """« Parmi eux, 196 ont voté pour, 104 contre et 27 se sont abstenus »: the figure at k
        votes « pour » (bare, or after « ont voté » / « se sont prononcés »), the ones right after
        it, joined by a comma or « et » alone, vote « contre » or abstain, each side once: the
        measures of those next sides (at least one), else []."""
        W, K, F, ms = self.W, self.K, self.F, self.ms
        end = self._vote_side(k, ("pour",))
        if end is None or not self.countable(F[k]):
            return []
        out, seen = [], {"pour"}
        for k2 in fj[n_ + 1:]:
            if not all(W[y] in (",", "et") for y in range(end + 1, k2)) or k2 - end > 3 or k2 == end + 1:
                break
            side = next((sd for sd in ("contre", "abst") if sd not in seen
                         and self._vote_side(k2, ("contre",) if sd == "contre" else _ABSTAIN) is not None), None)
            i2 = F[k2]
            if side is None or ms[i2].explicit_subject and W[k2 + 1] != "abstentions" \
                    or ms[i2].figure.kind != "number" \
                    or ms[i2].figure.is_range or not self.countable(i2):
                break
            seen.add(side)
            out.append(i2)
            end = self._vote_side(k2, ("contre",) if side == "contre" else _ABSTAIN)
        return out

    def _vote_side(self, k: int, sides: tuple) -> int | None:
        """The last token of the vote side told right after the figure at k (« pour », « ont voté
        contre », « se sont abstenus »), when the clause ends there; None if none."""
        W, T = self.W, self.T
        for lead in _VOTE_LEADS:
            e = k + len(lead) + 1
            if e < self.n and T[e] == T[k] and list(W[k + 1:e]) == list(lead) and W[e] in sides:
                if e + 1 >= self.n or T[e + 1] != T[k] or W[e + 1] in (",", "et", ".", ";"):
                    return e
        return None

    def colon_places(self, x: int, k: int, i: int) -> bool:
        """The count at token x is split by place after the colon before k: x an exact count named
        by its noun, then only its verb phrase up to the colon (words and dates: no mark, no
        « et », « dont », « soit », « contre », no other figure), the part bare and placed elsewhere."""
        W, K, F, ms = self.W, self.K, self.F, self.ms
        w = ms[F[x]]
        f = w.figure
        if not w.explicit_subject or f.kind != "number" or f.is_range or f.approx is not None \
                or w.part_of is not None or w.part_kind or w.cues - {"au total", "au total avant"} \
                or w.place == ms[i].place or not self.countable(F[x]):
            return False
        for y in range(x + 1, k - 1):
            if K[y] == "f":
                if ms[F[y]].figure.kind != "date":
                    return False
            elif K[y] != "w" or W[y] in _COLON_GAP_STOP:
                return False
        return True

    def closed_list(self, a: int, b: int) -> bool:
        """The list ends on its last figure: « et » before it, none after it in its sentence
        (« 610 chiens, 420 chats, 90 lapins et quelques oiseaux » leaves a part untold)."""
        W, T = self.W, self.T
        if "et" not in W[a + 1:b]:
            return False
        x = b + 1
        while x < self.n and T[x] == T[b]:
            if W[x] in ("et", "ainsi", "plus", "autres"):
                return False
            x += 1
        return True

    def counted_groups(self, k: int, fj: list) -> list[int] | None:
        """« Les 62 éoliennes sont alignées en trois rangées parallèles à la côte : 24 dans la
        première, 19 … et 17 … »: a count of things, then « en / dans / sur / entre » and a small
        count in words of the groups they fall in, then a colon and exactly that many plain exact
        counts, the list closed by « et »: each group's count, the whole list of them (NUM301 adds
        them up). The colon's first count at k; any other shape: None."""
        W, K, F, ms = self.W, self.K, self.F, self.ms
        a, g = F[fj[0]], F[fj[1]]
        ma, mg = ms[a], ms[g]
        fa, fg = ma.figure, mg.figure
        if fa.kind != "number" or fa.is_range or fa.approx is not None or not isinstance(fa.value, int) \
                or not ma.explicit_subject or ma.part_of is not None or ma.cues or ma.total_of \
                or ma.change_kind or not self.countable(a):
            return None
        if fg.kind != "number" or fg.is_range or fg.approx is not None or not isinstance(fg.value, int) \
                or not 2 <= fg.value <= 6 or not fg.numerals or not all(x.words for x in fg.numerals) \
                or not mg.explicit_subject or mg.subject in (None, ma.subject) or mg.subject in _GROUP_TIMES \
                or mg.cues or W[fj[1] - 1] not in ("en", "dans", "sur", "entre"):
            return None
        if fj[1] - fj[0] > 8 or any(K[y] != "w" or W[y] in (",", ";", "et", "dont", "soit")
                                    for y in range(fj[0] + 1, fj[1])) \
                or k - fj[1] > 8 or any(K[y] != "w" or W[y] in L.AUX_VERBS or W[y] in (",", ";", "et", "dont")
                                        for y in range(fj[1] + 1, k - 1)) or W[k - 1] != ":":
            return None
        rest = [x for x in fj[2:] if ms[F[x]].figure.kind != "ordinal"]    # « dans la première »
        if len(rest) != fg.value or "et" not in W[rest[-2] + 1:rest[-1]] or self.w(rest[-1] + 1) == "plus":
            return None
        y = rest[-1] + 1
        while y < self.n and self.T[y] == self.T[k]:
            if W[y] in ("et", "ainsi", "autres", "etc", "dont"):
                return None     # « … et 17 …, et quelques autres »: the list goes on
            y += 1
        out = []
        for x in rest:
            p = F[x]
            mp = ms[p]
            fp = mp.figure
            if fp.kind != "number" or fp.is_range or fp.approx is not None or not isinstance(fp.value, int) \
                    or mp.cues or mp.part_of is not None or mp.change_kind or not self.kin(a, p) \
                    or mp.explicit_subject and mp.subject != ma.subject or not 0 < fp.value < fa.value:
                return None
            out.append(p)
        return out

    def whole_told_split(self, k: int, s: int, i: int):
        """« Le service a enregistré en tout 10 300 passages. Ils se répartissent ainsi : 6 200 …,
        2 900 … et 700 … »: a sentence opening on « Ils (Elles) se répartissent ainsi : » or
        « … comme suit : » gives the whole breakdown of the one count of the sentence before (an
        exact count of its own noun, in the same paragraph; none or two: quiet)."""
        left = self.left_words(k, 12)
        if not (5 <= len(left) <= 6 and left[0] in ("ils", "elles") and left[1] == "se"
                and left[2] in _SPLIT_VERBS and left[3:] in (["ainsi", ":"], ["comme", "suit", ":"])):
            return None
        ms, F = self.ms, self.F
        prev = [F[x] for x in self.sent_figs.get(s - 1, ()) if ms[F[x]].figure.kind == "number"]
        if len(prev) != 1:
            return None
        w = ms[prev[0]]
        g = w.figure
        if g.block is not ms[i].figure.block or g.is_range or g.approx is not None or not w.explicit_subject \
                or w.part_of is not None or w.part_kind or w.change_kind or w.total_of \
                or w.cues - {"au total", "au total avant"} or not self.countable(prev[0]) or not self.kin(prev[0], i):
            return None
        return prev[0]

    def among_verb(self, pw: int, k: int) -> bool:
        """« Parmi les 41 véhicules impliqués figurent 29 voitures, … », « … on dénombre 12 … »:
        no comma after the whole, its noun (a participle at most) then a verb of presence with its
        subject after it (« figurent », « se trouvent », « on compte », « il y a »), right before
        the first part."""
        W, K, T = self.W, self.K, self.T
        if W[pw - 1] not in ("les", "ces") or W[pw - 2] != "parmi" or not 2 <= k - pw <= 7 \
                or any(K[x] != "w" or T[x] != T[k] for x in range(pw + 1, k)):
            return False
        v = W[k - 1]
        if v in _AMONG_INVERTED:
            return W[k - 2] not in ("ne", "n'", "qui", "que", "qu'")
        if v in _AMONG_ON and W[k - 2] == "on":
            return True
        if v in _AMONG_SE and W[k - 2] in ("se", "s'"):
            return True
        return v in ("a", "avait") and W[k - 3:k - 1] == ["il", "y"]

    def parmi_things(self, w: int, pron: str, s: int) -> bool:
        """« Les secours ont mené 640 interventions. Parmi elles, on compte 410 … »: a count of
        things is the whole « elles » takes up only when the pronoun's gender is surely its noun's
        (« -tion », « -ité »…: feminine; « -ment »: masculine) and the sentence before names no
        other plural (no « les », « des », « ces »… in it) the pronoun could stand for."""
        subj = self.ms[w].subject
        if not subj or not self.ms[w].explicit_subject:
            return False
        fem = pron in ("elles", "celles-ci")
        if not subj.endswith(_FEM_ENDINGS if fem else _MASC_ENDINGS):
            return False
        if sum(self.ms[self.F[x]].figure.kind == "number" for x in self.sent_figs.get(s - 1, ())) != 1:
            return False    # « 9 640 logements vendus, contre 9 100 un an plus tôt »: which one?
        T, W = self.T, self.W
        lo = self.sent_first.get(s - 1)
        hi = self.sent_first.get(s)
        if lo is None or hi is None or hi - lo > 60:
            return False
        return not any(W[x] in _PLURAL_DET for x in range(lo, hi) if T[x] == s - 1)

    def copula_gap(self, k: int, fj: list, n_: int) -> None:
        """« Parmi ces personnes, 1 310 étaient majeures et 940 mineures »: the figure right after
        « et » that shares the first part's « être » (gapped: no verb of its own) is one more part,
        its word an attribute, not a noun of another set. Marked parmi_gap (NUM302 reads it)."""
        W, K = self.W, self.K
        if n_ + 1 >= len(fj) or W[k + 1] not in _COPULAS:
            return
        k2 = fj[n_ + 1]
        if not 3 <= k2 - k <= 4 or W[k2 - 1] != "et" or any(K[x] != "w" for x in range(k + 1, k2)) \
                or k2 + 1 >= len(W) or K[k2 + 1] != "w" or W[k2 + 1] in L.AUX_VERBS \
                or self.w(k2 + 2) in L.AUX_VERBS:
            return
        self.ms[self.F[k2]].notes["parmi_gap"] = True

    def revised_whole(self, prev_k: int, k: int) -> bool:
        """« 15 blessés, dont 4 graves, puis de 19 en fin d'après-midi »: between a part and the next
        figure, a word of sequence in time (« puis », « ensuite », « avant de / d' », « plus tard »)
        tells a later value of the whole, not another part."""
        W = self.W
        for y in range(prev_k + 1, k):
            w = W[y]
            if w in ("puis", "ensuite") or w == "avant" and W[y + 1] in ("de", "d'", "d’") \
                    or w == "tard" and W[y - 1] == "plus":
                return True
        return False

    def sibling_pronoun(self, whole_k: int, prev_k: int, k: int) -> bool:
        """« La province de Manabí compte 29 victimes, dont 11 à Pedernales et 6 à Jama, celle
        d'Esmeraldas 15 »: after a « dont » part, a demonstrative pronoun opening a new member (after
        « , » or « et ») with its « de » complement, before the next figure, names a sibling of the
        whole, never a part — it closes the list. Only when no « de » complement stands between the
        whole and the pronoun: « dont 21 dans la région d'Áncash, celle de Lima 12 » takes up the
        part's noun (a part). « 6 dans celle de Jama » puts the pronoun after its figure: untouched."""
        W = self.W
        for y in range(prev_k + 2, k - 2):
            if W[y] in ("celle", "celui", "ceux", "celles") and W[y - 1] in (",", "et") \
                    and W[y + 1] in ("de", "d'", "d’", "du", "des"):
                return all(W[x] not in ("de", "d'", "d’", "du", "des") for x in range(whole_k + 1, y))
        return False

    def sibling_whole(self, prev_k: int, k: int, fj: list, n_: int) -> bool:
        """« Le premier degré en accueille 64 300, dont 21 900 en maternelle, et le second degré
        53 500, dont 31 200 au collège »: after « et », a figure named first by a noun phrase of its
        own (« le second degré ») and split at once by a « dont » of its own is a sibling of the
        whole, with its own parts — not one more part of the first list."""
        W = self.W
        if n_ + 1 >= len(fj):
            return False
        k2 = fj[n_ + 1]
        if "dont" not in self.ms[self.F[k2]].cues or not 2 <= k2 - k <= 4 or W[k + 1] != "," \
                or W[k2 - 1] != "dont":
            return False
        sep = max((x for x in range(prev_k + 1, k) if W[x] == "et"), default=None)
        return sep is not None and k - sep >= 3 and W[sep + 1] in _SIBLING_DETS

    def points_label(self, x: int) -> bool:
        """« la ligne à trois points : 6 réussites sur 27 tentatives »: « à N points » names a
        kind of shot (a label), never a whole the list divides."""
        return self.ms[self.F[x]].subject == "point" and self.left_words(x, 1) == ["à"]

    def predicated(self, k: int) -> bool:
        """The bare count at token k is the subject of a predicate of its own: a plural auxiliary
        (« 31 ont été remontés », « 18 sont morts »), a relative (« 9 qui restent introuvables »),
        or a relative on a noun of its own (« 18 dont les corps ont été dégagés »)."""
        w1 = self.w(k + 1)
        if w1 in _PART_PRED or w1 == "qui":
            return True
        if w1 == "dont" and self.w(k + 2) in _PART_PRED_DETS:
            for x in range(k + 3, min(k + 8, self.n)):
                if self.T[x] != self.T[k] or self.K[x] == "f" or self.W[x] in (",", ";", ".", ":"):
                    return False
                if self.W[x] in _PART_PRED:
                    return True
        return False

    def predicate_list(self, prev_k: int, k: int, first: int, last: int, i: int) -> bool:
        """« 53 ouvriers, dont 31 ont été remontés vivants par leurs collègues, 18 dont les corps
        ont été dégagés et 9 qui sont portés disparus »: after « dont » and a bare count with a
        predicate of its own, each next bare count of the same thing opening an item (after « , »
        or « et ») with a predicate of its own is one more part, however long the clause before
        (no figure, no « ; », « : », « soit », « contre » between)."""
        W, K, ms = self.W, self.K, self.ms
        m = ms[i]
        f = m.figure
        if "dont" not in ms[first].cues or ms[first].part_kind != "dont" or m.explicit_subject \
                or m.cues or m.part_of is not None or f.kind != "number" or f.is_range or f.approx is not None \
                or W[k - 1] not in (",", "et") or k - prev_k > 17 or not self.kin(last, i):
            return False
        fk = self.pos[first]
        if W[fk - 1] != "dont" or ms[first].explicit_subject or not self.predicated(fk) \
                or not self.predicated(prev_k) or not self.predicated(k):
            return False
        if any(K[x] == "f" or W[x] in (";", ".", ":", "soit", "contre", "(", "selon", "total")
               for x in range(prev_k + 1, k)):
            return False
        if W[k - 1] == "et":
            # the list's last item, after a second (« dont 215 sont des enfants, et 500 ont été
            # blessés » is a clause of its own)
            if last == first:
                return False
        else:
            # a second item: a third must close the list with « et »
            x = k + 1
            while x + 1 < self.n and self.T[x] == self.T[k] and W[x] not in (";", ":"):
                if W[x] == "et" and K[x + 1] == "f":
                    break
                x += 1
            else:
                return False
            if not (x + 1 < self.n and self.T[x] == self.T[k] and W[x] == "et"):
                return False
        return True

    def own_clause(self, prev_k: int, k: int, whole: int, last_part: int, i: int) -> bool:
        """« 1 105 km de voies, dont 302 km protégées, et vise 1 300 km d'ici 2030 »: a figure
        after a verb of its own, or with a target date of its own (« d'ici 2030 ») when the whole
        and the list so far have no date, starts a new clause, not another part."""
        W, ms = self.W, self.ms
        sep = max((x for x in range(prev_k + 1, k) if W[x] in (",", "et")), default=prev_k)
        if any(W[x] in _OWN_VERBS for x in range(sep + 1, k)):
            return True
        if not ms[i].time or ms[whole].time or ms[self.first_part.get(whole, last_part)].time \
                or ms[last_part].time:
            return False
        # a target date right after it (« d'ici 2030 », « à l'horizon 2030 »), not a date that
        # spans the whole list (« six à Dinant et cinq à Ciney, commis entre 2023 et 2024 »)
        for x in range(k + 1, min(k + 5, self.n)):
            w = W[x]
            if w in (",", "et", ";", ".") or self.T[x] != self.T[k]:
                break
            if w in ("d'ici", "ici", "horizon"):
                return True
        return False

    def label_item(self, a: int, b: int) -> bool:
        """« Sur ces 46 millions, le mécénat apporte 21 millions, la billetterie 16,5 millions, les
        droits versés par la Ligue 7 millions, et … »: items that name their part first, the verb
        of the first dropped. The figure at a closes its item (a comma or « et » past its scale),
        and so does the one at b (or the sentence); b's label opens on an article right after the
        separator and holds no clause word, no verb of its own, no participle in « -ant », no
        other figure."""
        W, K = self.W, self.K
        for x in (a, b):
            x += 1
            while self.w(x) in L.SCALE:
                x += 1
            if self.w(x) not in (",", "et") and not (x > b and self.w(x) in (".", ";", "")):
                return False
        sep = max((x for x in range(a + 1, b) if W[x] in (",", "et")), default=None)
        if sep is None or self.w(sep + 1) not in _LABEL_DETS or b - sep < 3:
            return False
        for x in range(sep + 1, b):
            w = W[x]
            if K[x] == "f" or w in _LABEL_STOP or w in _OWN_VERBS or len(w) > 4 and w.endswith("ant"):
                return False
        return True

    def gapped_object(self, a: int, b: int) -> bool:
        """« Sur ces 5 000 élèves, 3 200 suivent une formation en alternance dans le privé et 2 400
        un cursus général »: the first part's verb (one word, or an auxiliary and its participle)
        takes an object opened by an article; the later part, right after « et » or a comma, drops
        the verb and opens its own object on an article at once. No clause word between them; not
        « 2 400 un an plus tôt » (a time, another moment)."""
        W = self.W
        if self.w(b - 1) not in (",", "et"):
            return False
        v = self.w(a + 1)
        if not v.isalpha() or v in L.SCALE or v in _LIST_PREP or v in _GAP_OBJ_DETS \
                or v in ("de", "et", "ou", "en", "y", "ne", "se", "qui", "que"):
            return False
        o = a + 2
        if v in L.AUX_VERBS:
            if not self.w(o).isalpha() or self.w(o) in _GAP_OBJ_DETS:
                return False
            o += 1
        if self.w(o) not in _GAP_OBJ_DETS or self.w(b + 1) not in _GAP_OBJ_DETS:
            return False
        if any(self.w(x) in _GAP_OBJ_TIME for x in range(b + 2, b + 5)):
            return False
        return not any(W[x] in _LABEL_STOP and W[x] not in (",", "et") or self.K[x] == "f"
                       for x in range(o, b - 1))

    def parallel(self, a: int, b: int) -> bool:
        """Two figures of one list by their shape: the second after « et » or a comma, each
        followed (past its scale word) by the same preposition ("420 millions pour …, 510 millions
        pour …")."""
        if self.w(b - 1) not in (",", "et"):
            return False
        after = []
        for x in (a, b):
            x += 1
            while self.w(x) in L.SCALE:
                x += 1
            after.append(self.w(x))
        if after[0] != after[1]:
            return False
        if after[0] in _LIST_PREP:
            return True
        # « dont 52 500 ressortissants de l'UE et de l'AELE et 32 900 ressortissants … »: each
        # item repeats its noun, written right after the number
        ma, mb = self.ms[self.F[a]], self.ms[self.F[b]]
        return ma.explicit_subject and mb.explicit_subject and ma.subject == mb.subject \
            and after[0] not in L.SCALE and after[0].isalpha()

    def gapped(self, a: int, b: int) -> bool:
        """A list whose later items drop the verb of the first (« 870 souffraient de plaies, …,
        310 d'une intoxication et 140 d'un coup de chaleur »): the first part is followed by one
        word, its verb, then a preposition (« à », « dans », « en »…: up to five words further);
        the later one, after « et » or a comma, by that same preposition at once (« de » and « d' »
        alike). Not « 310 de plus »: a gap, not a part."""
        if self.w(b - 1) not in (",", "et"):
            return False
        pb = _ELISION.get(self.w(b + 1), self.w(b + 1))
        if pb not in _LIST_PREP and pb != "de" or self.w(b + 2) in ("plus", "moins", "mieux", "trop"):
            return False
        v = self.w(a + 1)
        if not v.isalpha() or v in L.SCALE or v in _LIST_PREP or v in ("de", "et", "ou"):
            return False
        if _ELISION.get(self.w(a + 2), self.w(a + 2)) == pb:
            return True
        # « 380 ont leur port d'attache dans le comté de X, et 290 dans celui de Y »: a place or
        # purpose preposition a few words into the first item, before any comma
        if pb in _LIST_PREP:
            for x in range(a + 3, a + 7):
                w = self.w(x)
                if w == pb:
                    return True
                if w in (",", "et", "ou", ";", ".", "") or self.K[x] == "f":
                    return False
        return False

    def same_noun(self, a: int, b: int) -> bool:
        """Not two different written nouns ("100 pays sur sept épreuves")."""
        ma, mb = self.ms[a], self.ms[b]
        return not (ma.explicit_subject and mb.explicit_subject and ma.subject != mb.subject)

    def planned_whole(self, k: int) -> bool:
        """« sur les 5 550 prévus », « sur les 40 initialement attendus »: the whole at token k is
        named by a participle of what was planned only, the part's noun left unsaid."""
        W, K, T, n = self.W, self.K, self.T, self.n
        j = k + 1
        if j < n and W[j] in ("initialement", "officiellement") and T[j] == T[k]:
            j += 1
        return j < n and K[j] == "w" and T[j] == T[k] and W[j] in _PLANNED

    def grade_scale(self, j: int, k: int) -> bool:
        """« La meilleure moyenne, 20,18 sur 20 », « une note de 11 sur 10 »: after a grade noun
        (moyenne, note, score) a bare 10, 20 or 100 after « sur » is the scale of a mark, not a
        whole: bonus points may take the mark above it. No part, no whole. « 12 sur 20
        candidats », « la note du rectorat : 22 candidats sur 20 »: a noun of its own, a count."""
        w = self.ms[self.F[k]]
        f = w.figure
        if w.explicit_subject or self.ms[self.F[j]].explicit_subject or f.kind != "number" or f.value not in (10, 20, 100) or f.approx is not None \
                or f.is_range or self.W[k - 1] != "sur":
            return False
        K, W, T = self.K, self.W, self.T
        return any(K[x] == "w" and T[x] == T[j] and W[x] in _GRADE_NOUNS for x in range(max(0, j - 4), j))

    def verb_before_sur(self, r: int, k: int) -> bool:
        """Between the count ending at token r and the « sur » before token k, one clause's
        words only (« citoyens ont voté oui »): two to six plain words, no comma, link or
        preposition that might start another clause or measure."""
        K, W, T = self.K, self.W, self.T
        if not 3 <= k - r - 1 <= 7 or T[r] != T[k]:
            return False
        return all(K[x] == "w" and W[x] not in _NOT_IN_VERB_RUN for x in range(r + 1, k - 1))

    def share_closes(self, k: int) -> bool:
        """The count at token k is closed by a bare share, « 2 714 000 bulletins valables,
        soit 59,2 % »: at most three words of its noun, a comma, « soit », a percentage that
        names no other whole (« soit 45 % des inscrits »)."""
        K, W, T, n = self.K, self.W, self.T, self.n
        j = k + 1
        while j < n and j - k <= 3 and K[j] == "w" and T[j] == T[k] and W[j] not in _NOT_IN_VERB_RUN:
            j += 1
        if not (j + 2 < n and W[j] == "," and W[j + 1] == "soit" and K[j + 2] == "f" and T[j + 2] == T[k]):
            return False
        f = self.ms[self.F[j + 2]].figure
        if f.kind != "percent" or f.is_range or f.approx is not None:
            return False
        return j + 3 >= n or T[j + 3] != T[k] or W[j + 3] not in ("des", "du", "de", "d'", "sur", "par", "pour")

    def time_span_after(self, k: int) -> bool:
        """"sur les douze derniers mois": a span of time, not a whole."""
        nxt = [self.w(k + 1), self.w(k + 2)]
        return nxt[0] in L.TIME_NOUNS or (nxt[0] in L.PRE_ADJ and nxt[1] in L.TIME_NOUNS)

    def antecedent(self, k: int) -> int | None:
        """For "d'entre eux": the nearest earlier count with a subject, this sentence or the one before."""
        T, K, F, ms = self.T, self.K, self.F, self.ms
        s = T[k]
        for x in range(k - 1, max(-1, k - 200), -1):
            if T[x] < s - 1:
                break
            if K[x] == "f" and ms[F[x]].figure.kind == "number" and ms[F[x]].explicit_subject:
                return F[x]
        return None

    def link_totals(self) -> None:
        F = self.F
        for i in self.totals:        # the figures read_figure gave "au total"
            m = self.ms[i]
            if "au total avant" in m.cues:
                continue
            k = self.pos.get(i, -1)
            if k < 0:
                continue
            if m.figure.kind not in ("number", "money", "quantity"):
                continue
            addends = []
            contrast = False
            for x in self.figs_in_sentence(k):
                if x >= k:
                    break
                a = F[x]
                am = self.ms[a]
                if not (self.compatible(a, i) or self.elliptic_money(a, i) or self.elliptic_quantity(a, i)) \
                        or am.part_kind in ("dont", "sur", "des", "entre") \
                        or am.cues & {"sur les", "change", "au total"}:
                    continue
                if "contre" in am.cues and not self.other_place(a, addends, m):
                    contrast = True     # « 1 150 jeudi, contre 920 mercredi et 640 mardi »: unsure what adds up
                    break
                if self.breakdown(x) or self.unit_price(x):
                    continue
                addends.append(a)
            if contrast:
                continue
            if any(self.ms[a].figure.kind == "money" for a in addends + [i]):
                # « 9,1 millions de primes (quatre victoires …) »: a count is not added to money
                addends = [a for a in addends if not self.plain_count(a)]
            if m.figure.kind == "quantity" and not any(self.ms[a].figure.kind == "quantity" for a in addends):
                # a bare « 1,18 million » takes the total's unit only beside a part that writes it
                addends = [a for a in addends if self.ms[a].figure.kind == "quantity"]
            if i in self.these and self.these[i] != len(addends):
                continue    # « pour ces trois régions » with two parts found: not those parts
            if self.other_noun_total(i, addends):
                continue
            if len(addends) >= 2 and "chacun" not in m.cues:
                m.total_of = addends
                for a in addends:
                    self.ms[a].cues = self.ms[a].cues | {"addend"}

        for i in self.medal_sums:
            self.medal_sum(i)

    def other_noun_total(self, i: int, addends: list[int]) -> bool:
        """« six Canadair, deux Dash et un hélicoptère, qui ont effectué 146 largages au total »,
        « quatre ambulances et trois camions ont transporté 95 blessés au total »: a total of
        its own noun that is the object of a verb whose subject is the list (a participle after
        « avoir », or a verb right after « qui ») counts what the parts did, not the parts.
        A verb that sums (« représentent », « totalisent », « sont ») or a part of the total's
        noun keeps the sum."""
        m = self.ms[i]
        if not (m.explicit_subject and m.subject) or not addends \
                or any(self.ms[a].explicit_subject and self.ms[a].subject == m.subject for a in addends):
            return False
        k, r = self.pos.get(i, -1), self.pos.get(addends[-1], -1)
        if k < 0 or r < 0 or k - r > 12:
            return False
        W = self.W
        for x in range(r + 1, k):
            w = W[x]
            if w in ("soit", ":", "pour", "sur"):
                return False
            if w in _AVOIR and x + 1 < k:
                v = W[x + 1]
                if v in ("déjà", "ainsi", "alors", "ensemble") and x + 2 < k:
                    v = W[x + 2]
                return _activity_verb(v, participle=True)
            if w == "qui" and x + 1 < k and W[x + 1] not in _AVOIR:
                return _activity_verb(W[x + 1], participle=False)
        return False

    def mark_cast(self) -> None:
        """« 318 suffrages exprimés : le texte a recueilli 201 voix favorables, tandis que 107
        sénateurs s'y sont opposés », « adopté par 190 voix contre 120, sur 300 suffrages
        exprimés »: the votes cast on a text are its « pour » and its « contre », nothing else.
        Two exact counts in the sentence (after the count of votes cast, else before it, else in
        the next sentence when it ends its own), one said for and the other against, are noted
        as its parts (notes["cast"]). A third figure, a side unsaid: unsure, nothing noted."""
        K, W, T, F, ms = self.K, self.W, self.T, self.F, self.ms
        for i in self.cast:
            k = self.pos.get(i, -1)
            if k < 0:
                continue
            here = self.sent_figs.get(T[k], [])
            after = [x for x in here if x > k]
            before = [x for x in here if x < k]
            if after:
                run = after
            elif len(before) == 2:
                run = before
            else:
                run = self.sent_figs.get(T[k] + 1, [])
            if len(run) != 2:
                continue
            a, b = run
            sides = [self.cast_side(a, b), self.cast_side(b, None)]
            if W[b - 1] == "contre" and (b - 1 == a + 1 or b - 2 == a + 1 and W[a + 1] == "voix"):
                sides = ["pour" if sides[0] in (None, "pour") else None, "contre"]    # « 190 voix contre 120 »
            if sorted(s for s in sides if s) != ["contre", "pour"]:
                continue
            m = ms[i]
            parts = [F[a], F[b]]
            if any(not self.cast_part(ms[x], m, i) for x in parts):
                continue
            m.notes["cast"] = parts

    def cast_side(self, a: int, nxt: int | None) -> str | None:
        """The side of the count at token a, from the words after it up to the next figure or
        clause break (at most eight): « voix favorables », « ont voté pour », « s'y sont opposés »,
        « se sont prononcés contre »."""
        W, K, T = self.W, self.K, self.T
        side = None
        for x in range(a + 1, min(self.n, a + 9)):
            if K[x] == "f" or T[x] != T[a] or x == nxt:
                break
            w = W[x]
            if w in (",", ";", ":", "dont", "soit", "(", "et", "tandis", "mais", "alors"):
                break
            if w in ("favorable", "favorables", "pour", "oui"):
                s = "pour"
            elif w in ("défavorables", "défavorable", "contre", "opposé", "opposés", "opposées", "opposée", "non"):
                s = "contre"
            else:
                continue
            if w in ("pour", "contre") and not self.vote_side(x):
                return None     # « pour le maire sortant », « contre 48 »: not a side
            if side is not None and side != s:
                return None
            side = s
        return side

    def cast_part(self, x: Measure, total: Measure, total_i: int) -> bool:
        f = x.figure
        return f.kind == "number" and f.approx is None and not f.is_range and bool(f.numerals) \
            and (x.part_kind is None or x.part_kind in ("dont", "sur") and x.part_of == total_i) and not x.change_kind and x.share_of is None \
            and not (x.cues - {"contre"}) and x.time == total.time and x.source == total.source \
            and (x.subject is None or x.subject in _CAST_NOUNS or x.subject in _CAST_VOTERS)

    def medal_sum(self, i: int) -> None:
        """« Avec 2 titres, 1 médaille d'argent et 3 de bronze, soit 7 médailles »: a medal tally
        closed by « soit », every count before it in the sentence a count of medals (titles,
        gold, silver, bronze), adds them up."""
        m = self.ms[i]
        k = self.pos.get(i, -1)
        if k < 0 or m.total_of or m.figure.is_range:
            return
        addends = []
        for x in self.figs_in_sentence(k):
            if x >= k:
                break
            a = self.F[x]
            if not self.compatible(a, i):
                continue
            am = self.ms[a]
            if am.subject not in _MEDALS or am.cues or am.figure.is_range or am.figure.approx is not None:
                return      # a count of something else, or one told as a change, a bound …: unsure
            addends.append(a)
        if len(addends) >= 2:
            m.total_of = addends
            for a in addends:
                self.ms[a].cues = self.ms[a].cues | {"addend"}

    def other_place(self, a: int, addends: list[int], total: Measure) -> bool:
        """« 1 150 en Occitanie, contre 920 en Bretagne …, soit 2 070 au total »: a « contre »
        that sets another place beside the parts, at the total's moment, is one more part (one
        that sets another moment, « contre 900 en 2023 », is a comparison)."""
        am = self.ms[a]
        if am.place is None or am.time != total.time or am.source != total.source or not addends:
            return False
        return all(self.ms[b].place is not None and self.ms[b].place != am.place
                   and self.ms[b].time == am.time for b in addends)

    def breakdown(self, k: int) -> bool:
        """« 9,1 millions de primes (quatre victoires à 2,1 millions …) »: a figure inside brackets
        opened shortly after another figure details that figure; it is not one more part.
        (« Paris (12 000), Lyon (8 000) »: no figure just before the bracket, or one inside another.)"""
        W, K, T = self.W, self.K, self.T
        s = T[k]
        depth, x = 0, k - 1
        while x >= 0 and T[x] == s and k - x <= 40:
            if W[x] == ")":
                depth += 1
            elif W[x] == "(":
                if depth == 0:
                    break
                depth -= 1
            x -= 1
        else:
            return False
        o = x               # the opening bracket
        for y in range(o - 1, max(-1, o - 9), -1):
            if T[y] != s or W[y] in (",", ";", ")", "(", ":"):
                return False
            if K[y] == "f":
                return True
        return False

    def unit_price(self, k: int) -> bool:
        """« quatre victoires à 2,1 millions »: the amount each one brings, not a part."""
        W, K, T = self.W, self.K, self.T
        return k >= 3 and W[k - 1] == "à" and K[k - 2] == "w" and K[k - 3] == "f" \
            and T[k - 3] == T[k] and self.plain_count(self.F[k - 3])

    def plain_count(self, a: int) -> bool:
        f = self.ms[a].figure
        return f.kind == "number" and a not in self.fr and not self.money_like(a)

    def money_like(self, a: int) -> bool:
        """Money, or a number in millions that may be money said once for the list."""
        f = self.ms[a].figure
        return f.kind == "money" or (f.kind == "number" and bool(f.numerals)
                                     and max(n.scale or 1 for n in f.numerals) >= 1e6)

    def kin(self, a: int, b: int) -> bool:
        return self.compatible(a, b) or self.elliptic_money(a, b)

    def kin_change(self, a: int, b: int) -> bool:
        """The two sides of a change: of one kind, or one unit said once (« 146 millions de
        tonnes en 2024, contre 123 millions en 2023 »: a bare number at the same scale)."""
        if self.kin(a, b):
            return True
        fa, fb = self.ms[a].figure, self.ms[b].figure
        if {fa.kind, fb.kind} != {"quantity", "number"} or not (fa.numerals and fb.numerals):
            return False
        num = a if fa.kind == "number" else b
        if self.ms[num].explicit_subject or num in self.fr:
            return False
        return max(n.scale or 1 for n in fa.numerals) == max(n.scale or 1 for n in fb.numerals)

    def elliptic_money(self, a: int, b: int) -> bool:
        """"1,3 milliard d'euros, … de 0,9 milliard": the currency said once for the list."""
        fa, fb = self.ms[a].figure, self.ms[b].figure
        if {fa.kind, fb.kind} != {"money", "number"}:
            return False
        num = fa if fa.kind == "number" else fb
        return bool(num.numerals) and max(n.scale or 1 for n in num.numerals) >= 1e6

    def elliptic_quantity(self, a: int, total: int) -> bool:
        """« 4,10 millions d'hectolitres, devant les sodas, à 1,18 million, … soit 5,62 millions
        d'hectolitres »: the unit said once for the list, each part keeping its scale word and
        naming nothing of its own."""
        fa, ft = self.ms[a].figure, self.ms[total].figure
        if fa.kind != "number" or ft.kind != "quantity" or fa.unit is not None or fa.is_range \
                or self.ms[a].explicit_subject or not fa.numerals or not ft.numerals \
                or any(n.words for n in fa.numerals):
            return False
        return max(n.scale or 1 for n in fa.numerals) >= 1e6 and max(n.scale or 1 for n in ft.numerals) >= 1e6

    def scaled_unit(self, whole: int, part: int) -> bool:
        """« 44 millions de quintaux se répartissent ainsi : 24,4 millions de blé »: the unit on
        the whole, the scale on each part, which names its category."""
        fw, fp = self.ms[whole].figure, self.ms[part].figure
        if fw.kind != "quantity" or fp.kind != "number":
            return False
        return bool(fw.numerals and fp.numerals) and max(n.scale or 1 for n in fw.numerals) >= 1e6 \
            and max(n.scale or 1 for n in fp.numerals) >= 1e6

    def elided_des(self, part: int, whole: int, number_whole: bool = False) -> float | None:
        """« 3 950 des 12 500 hectares », « 2 780 des 3 461 milliards d'euros »: a bare count just
        before « des » takes the whole's unit and scale, said once. The scale the part then has,
        or None when it is no such part (its own noun or scale, or above the whole)."""
        pm, fp, fw = self.ms[part], self.ms[part].figure, self.ms[whole].figure
        kinds = ("money", "quantity", "number") if number_whole else ("money", "quantity")
        if fp.kind != "number" or fw.kind not in kinds or pm.explicit_subject \
                or part in self.fr or fp.is_range or not fp.numerals or not fw.numerals \
                or any((n.scale or 1) != 1 for n in fp.numerals) \
                or not isinstance(fp.value, (int, float)) or not isinstance(fw.value, (int, float)):
            return None
        s = max(n.scale or 1 for n in fw.numerals)
        return s if 0 < fp.value * s < fw.value else None

    def unit_after_scaled(self, whole: int, last: int, i: int) -> bool:
        """« Sur ces 3,6 millions de tonnes, le vrac en représente 1,9 million, les hydrocarbures
        1,1 million et le reste 820 000 tonnes »: after parts that take the whole's unit said once
        (a bare count at its scale), a part that writes that unit in full."""
        fw, fl, fi = self.ms[whole].figure, self.ms[last].figure, self.ms[i].figure
        return fi.kind == "quantity" and fl.kind == "number" and fw.unit == fi.unit \
            and self.ms[last].part_of == whole and self.compatible(whole, i) \
            and (self.elliptic_unit(whole, last) or self.en_unit(whole, last))

    def elliptic_unit(self, whole: int, part: int) -> bool:
        """« 3,57 millions de tonnes, dont 2,05 millions en Flandre »: the unit said once, on the
        whole, the scale written on each part (a part with its own noun is something else)."""
        fw, fp = self.ms[whole].figure, self.ms[part].figure
        if fw.kind != "quantity" or fp.kind != "number" or self.ms[part].explicit_subject:
            return False
        return bool(fw.numerals and fp.numerals) and max(n.scale or 1 for n in fw.numerals) >= 1e6 \
            and max(n.scale or 1 for n in fp.numerals) >= 1e6

    def en_unit(self, whole: int, part: int) -> bool:
        """« Sur ces 38 000 tonnes, l'Union européenne en a absorbé 29 500 »: after the clitic
        « en », a bare count takes the unit of the whole it is drawn from, said once; at the
        whole's scale, with no noun of its own."""
        fw, fp, pm = self.ms[whole].figure, self.ms[part].figure, self.ms[part]
        if "en" not in pm.cues or fw.kind not in ("quantity", "money") or fp.kind != "number" \
                or pm.explicit_subject or part in self.fr or not (fw.numerals and fp.numerals) \
                or any(n.words for n in fp.numerals):
            return False
        return max(n.scale or 1 for n in fw.numerals) == max(n.scale or 1 for n in fp.numerals)

    def hours_whole(self, i: int, left: list[str]) -> bool:
        """« Sur ces 212 heures, 138 … et 91 … »: a span in digits after « sur / parmi les / ces »
        is a whole its bare counts split (hours_part)."""
        f = self.ms[i].figure
        return f.kind == "duration" and left[-2:] in (["sur", "ces"], ["parmi", "ces"], ["sur", "les"]) \
            and not f.is_range and f.approx is None and bool(f.numerals) \
            and not any(n.words for n in f.numerals) and isinstance(f.value, (int, float))

    def hours_part(self, whole: int, part: int, k: int) -> bool:
        """The bare count opening the clause right after the comma that closes « sur ces N heures »:
        digits, no noun of its own, below the whole (« Sur ces 48 heures, 60 ont été interpellés »
        counts people, not hours)."""
        fw, fp, pm = self.ms[whole].figure, self.ms[part].figure, self.ms[part]
        return fw.kind == "duration" and fp.kind == "number" and not pm.explicit_subject \
            and self.W[k - 1] == "," and part not in self.fr and not fp.is_range and fp.approx is None \
            and bool(fp.numerals) and not any(n.words for n in fp.numerals) \
            and isinstance(fp.value, (int, float)) and isinstance(fw.value, (int, float)) and fp.value < fw.value

    def sur_unit(self, whole: int, part: int, k: int) -> bool:
        """« Sur les 72 000 hectares brûlés, 31 000 étaient des plantations »: a bare count opening
        the clause right after the comma that closes « sur les N <unité> », no noun of its own,
        takes the whole's unit, said once; at the whole's scale, in digits."""
        fw, fp, pm = self.ms[whole].figure, self.ms[part].figure, self.ms[part]
        if fw.kind not in ("quantity", "money") or fp.kind != "number" or pm.explicit_subject \
                or self.W[k - 1] != "," or part in self.fr or fp.is_range or fp.approx is not None \
                or not (fw.numerals and fp.numerals) or any(n.words for n in fp.numerals):
            return False
        if not (isinstance(fp.value, (int, float)) and isinstance(fw.value, (int, float))) \
                or fp.value >= fw.value:
            return False            # « Sur les 42 km, 12 000 ont pris le départ »: runners, not km
        return max(n.scale or 1 for n in fw.numerals) == max(n.scale or 1 for n in fp.numerals)

    def link_shares(self) -> None:
        F = self.F
        for i in self.pct:
            m = self.ms[i]
            if "change" in m.cues:
                continue
            k = self.pos.get(i, -1)
            if k < 0:
                continue
            rate = "count rate" in m.cues
            if ("soit" in m.cues or rate) and m.share_part is None:
                if "contre" in m.cues and m.share_of is None:
                    continue    # « soit 29 %, contre 24 % il y a cinq ans »: another moment's share
                # the part: the nearest earlier count in the sentence
                cands = [x for x in self.figs_in_sentence(k) if x < k and self.countable(F[x])]
                if rate and not (cands and self.ms[F[cands[-1]]].part_kind in ("sur", "des", "parmi", "entre")):
                    continue    # a rate (« un taux de réussite de ») of a part its whole is said of only
                wholes = {self.ms[F[x]].part_of for x in cands}
                # "4.000 des 11.000 soldats …, soit 36 %": the part, not the whole it names
                cands = [x for x in cands if F[x] not in wholes]
                if len(cands) > 1 and m.share_of is not None and self.held_in(F[cands[-1]], m.share_of):
                    cands.pop()
                elif len(cands) > 1 and self.small_object(F[cands[-1]], F[cands[-2]]):
                    cands.pop()
                placed = None
                if len(cands) > 1 and self.dont_place(cands[-1], cands[-2]):
                    placed = F[cands.pop()]
                if cands:
                    p = F[cands[-1]]
                    pm = self.ms[p]
                    whole = pm.part_of if pm.part_kind in ("sur", "des", "entre", "parmi") else None
                    if whole is None and pm.part_kind == "dont" and self.dont_share(k, p, i, placed):
                        whole = pm.part_of
                    if whole is None and m.share_of is not None:
                        whole = m.share_of
                    if whole is None and "en" in pm.cues:
                        whole = self.en_whole(cands[-1], p, k) if p + 1 == i else None
                    # « 180 millions des 950 millions d'euros »: « des » ties the part to its
                    # whole, the currency said once for both
                    if whole is not None and (self.compatible(p, whole) or (
                            pm.part_kind in ("des", "sur", "dont") and pm.part_of == whole
                            and (self.elliptic_money(p, whole) or self.elliptic_unit(whole, p)
                                 or pm.part_kind == "sur" and self.sur_unit(whole, p, cands[-1])))):
                        m.share_part, m.share_of = p, whole
                        # « 4 630 des 16 420 milliards »: the scale said once, on the whole
                        s = self.elided_des(p, whole, number_whole=True) if pm.part_kind in ("des", "sur") \
                            and pm.part_of == whole and self.ms[whole].figure.kind == "number" else None
                        if s is not None and s != 1:
                            m.notes["part_scale"] = s
                    elif whole is not None and pm.part_kind == "des" and pm.part_of == whole:
                        s = self.elided_des(p, whole)
                        if s is not None:
                            m.share_part, m.share_of = p, whole
                            if s != 1:
                                m.notes["part_scale"] = s
                if m.share_of is None and not rate:
                    self.whole_noun(k, m)
            elif m.share_of is not None:
                # "36 % des 11.000 soldats, soit 4.000"
                nxt = [x for x in self.figs_in_sentence(k) if x > k]
                if nxt and F[nxt[0]] == m.share_of and len(nxt) > 1:
                    # « 30 % des 410 000 volailles, soit 82 000 oiseaux »: past the whole it names,
                    # the count « soit » restates, of its noun or one that takes it up
                    p = F[nxt[1]]
                    if "soit" in self.ms[p].cues and self.compatible(p, m.share_of) \
                            and self.W[nxt[1] - 1] == "soit" and self.restates(p, m.share_of):
                        m.share_part = p
                elif nxt:
                    p = F[nxt[0]]
                    if "soit" in self.ms[p].cues and self.compatible(p, m.share_of):
                        m.share_part = p
        self.fractions()

    def small_object(self, x: int, p: int) -> bool:
        """« 3 960 des 11 200 élèves avaient reçu leurs deux injections, soit 35 % »: a small count
        written in words, of a noun of its own and tied to no whole, told of a part drawn from
        its whole (« des », « sur », « parmi ») just before it, is what the part has, not the part."""
        mx, mp = self.ms[x], self.ms[p]
        fx = mx.figure
        if mp.part_kind not in ("des", "sur", "parmi", "entre") or mp.part_of is None \
                or mx.part_kind is not None or not mx.explicit_subject or fx.kind != "number" \
                or fx.is_range or not fx.numerals or not all(n.words for n in fx.numerals) \
                or not isinstance(fx.value, int) or not 1 < fx.value <= 10:
            return False
        return mx.subject is not None and mx.subject not in (mp.subject, self.ms[mp.part_of].subject)

    def restates(self, p: int, whole: int) -> bool:
        """The count p names the same things as whole: no noun of its own, the same noun, or a
        noun that takes it up (« volailles » → « oiseaux », « habitants » → « personnes »)."""
        mp, mw = self.ms[p], self.ms[whole]
        if not mp.explicit_subject or mp.subject == mw.subject:
            return True
        return mw.explicit_subject and mw.subject in _TAKEN_UP.get(mp.subject, ())

    def held_in(self, p: int, whole: int) -> bool:
        """« 326 collèges étaient fermés dans ces cinq gouvernorats, soit 22 % des 1 480
        établissements »: a small count in words of another noun than the whole's says where
        the part is held; it is not the part."""
        pm = self.ms[p]
        f = pm.figure
        return (f.kind == "number" and not f.is_range and isinstance(f.value, int) and 1 < f.value < 20
                and bool(f.numerals) and all(n.words for n in f.numerals)
                and pm.subject is not None and self.ms[whole].subject is not None
                and pm.subject != self.ms[whole].subject)

    def mark_en(self) -> None:
        """« Les États-Unis en représentent 38 % », « les importations en ont fourni 1 260 GWh »:
        a figure after the clitic « en » and its verb is a part of a whole just named."""
        F, T, W, ms = self.F, self.T, self.W, self.ms
        for e in self.en_js:
            if e + 1 >= self.n:
                continue
            if W[e + 1] not in _EN_NEXT:
                if W[e + 1] in _EN_LIST_VERBS:
                    self.mark_en_list(e)
                continue        # « en 2025 », « en hausse »: a preposition
            for back in (2, 3, 5, 6):
                j = e + back
                if j >= self.n or T[j] != T[e]:
                    break
                i = F[j]
                if i < 0:
                    continue
                if i not in self.fr and self.pos.get(i) == j and _en_clitic(self.left_words(j, 6)) == back:
                    m = ms[i]
                    m.cues = m.cues | {"en"}
                    self.__dict__.setdefault("_en_figs", []).append(j)
                    if self.named(e - 1, T[e]):
                        m.notes["en_by_name"] = True    # « Les États-Unis en représentent 38 % »
                break

    def mark_en_list(self, e: int) -> None:
        """« La Charente-Maritime en comptait (alors) 27 500, la Vendée 16 800 »: after « en » and a verb of holding or counting (no cue: alone, such a figure may
        be another moment's count), a bare figure closed by a comma is a candidate first part of
        an elided list (en_lists: only there, with the list, is it a part)."""
        F, T, W, ms = self.F, self.T, self.W, self.ms
        j = e + 2
        if j < self.n and W[j] in _EN_LIST_ADV:
            j += 1
        if j + 1 >= self.n or T[j] != T[e] or W[j + 1] != ",":
            return
        i = F[j]
        if i < 0 or i in self.fr or self.pos.get(i) != j:
            return
        self.__dict__.setdefault("_en_list_figs", []).append(j)
        if self.named(e - 1, T[e]):
            ms[i].notes["en_by_name"] = True

    def en_lists(self) -> None:
        """« Le mois a compté 412 suppressions. Les pannes en expliquent 260, les travaux de nuit
        190. »: a bare count after « en » and its verb, then, each after a comma (or « et ») and a
        noun phrase opened by its article, its verb elided, more bare counts closing their clause:
        parts of the one count « en » stands for in the sentence before (NUM302 sums them)."""
        W, K, T, F, ms = self.W, self.K, self.T, self.F, self.ms
        held = self.__dict__.get("_en_list_figs", [])
        for k in self.__dict__.get("_en_figs", []) + held:
            i = F[k]
            if not self._en_bare(i) or k + 3 >= self.n or W[k + 1] != ",":
                continue
            s = T[k]
            parts, a = [i], k
            by_name, named_item = bool(ms[i].notes.get("en_by_name")), False
            for b in self.sent_figs.get(s, ()):
                if b <= a:
                    continue
                x = a + 2 + (W[a + 1] == "," and W[a + 2] == "et")
                # « …, celle de la Kara 14 200 et la région Centrale 11 800 »: « celle de » names an
                # item as an article does; the last item may follow « et » alone. « Strasbourg en
                # concentre 26, Schiltigheim 12 et Illkirch 8 »: after a first item named, a name
                # alone (capitals only, at most three words) names the next ones
                if W[a + 1] not in (",", "et") or b - x > 12 \
                        or W[x] not in ("les", "la", "le", "l'") \
                        and not (W[x] in ("celle", "celles", "celui", "ceux") and W[x + 1] in ("de", "du", "des", "d'")) \
                        and not (by_name and 0 < b - x <= 3 and all(
                            K[y] == "w" and self.raw(y)[:1].isupper() and W[y] not in L.STOP for y in range(x, b))) \
                        or any(K[y] != "w" or W[y] in _EN_LIST_STOP for y in range(x, b)) \
                        or W[b - 1] in _PREPOSITIONS \
                        or not self._en_bare(F[b]) or self.kind_of(F[b]) != self.kind_of(i) \
                        or (F[b] in self.fr) != (i in self.fr) \
                        or b + 1 < self.n and T[b + 1] == s and W[b + 1] not in (",", ".", ";", "et"):
                    break
                parts.append(F[b])
                named_item = named_item or W[x] not in ("les", "la", "le", "l'", "celle", "celles", "celui", "ceux")
                a = b
            if len(parts) < 2:
                continue
            w = self.en_whole(k, i, k, tail_ok=True)
            unit_whole = False
            if w is None:
                w = self._en_unit_whole(T[k] - 1, parts)
                unit_whole = w is not None
            if w is None:
                # « 412 suppressions, chacune imputée à une seule cause »: each counted once, not a
                # quantity per item
                c = self._en_candidate(T[k] - 1, i)
                if c is None or "chacun" not in ms[c].cues or "respectivement" in ms[c].cues \
                        or not self.one_each(self.pos[c]):
                    continue
                ms[c].cues = ms[c].cues - {"chacun"}
                w = self.en_whole(k, i, k, tail_ok=True)
                if w is None:
                    ms[c].cues = ms[c].cues | {"chacun"}
                    continue
            if not unit_whole and not all(self.compatible(w, p) for p in parts):
                continue
            if k in held and (unit_whole or any(ms[p].time != ms[w].time for p in parts)
                              or self.held_by(self.pos[w])
                              or self._past_word(W[k - 2] if W[k - 1] in _EN_LIST_ADV else W[k - 1])
                              != self.past_told(self.pos[w])):
                # « comptait 300 adhérents en 2020. Il en compte 420 aujourd'hui, … »; « Le CHU
                # dispose de 1 200 lits. Le site nord en comptait alors 800, … »: another moment
                continue
            if named_item and len(self.sent_figs.get(T[k] - 1, ())) != 1:
                # « Sion concentre 14 800 séjours, soit près de la moitié du total. Viège en a
                # compté 7 100, Martigny 4 900 … »: named items after a sentence with a share
                # may share its total, not its count: the whole alone in its sentence only
                continue
            for p in parts:
                ms[p].part_of, ms[p].part_kind = w, "en"

    @staticmethod
    def _past_word(w: str) -> bool:
        """An imperfect or a past auxiliary (« comptait », « était », « avaient »)."""
        return w in _PAST_AUX or w.endswith(("ait", "aient")) and not w.endswith(("fait", "faient")) \
            and len(w) > 5

    def past_told(self, x: int) -> bool:
        """The sentence of the figure at x tells a past (an imperfect or a past auxiliary)."""
        W, T, n = self.W, self.T, self.n
        s = T[x]
        y = x - 1
        while y >= 0 and T[y] == s:
            if self._past_word(W[y]):
                return True
            y -= 1
        y = x + 1
        while y < n and T[y] == s:     # « 860 places étaient ouvertes »
            if self._past_word(W[y]):
                return True
            y += 1
        return False

    def held_by(self, x: int) -> bool:
        """« L'Ouest compte 612 000 déplacés. L'Artibonite en recense 498 000, le Centre 214 000 »:
        the count at x is itself held or counted by someone (a verb of holding before it in its
        sentence): the counts « en » takes up after it may be its siblings, not its parts."""
        W, T = self.W, self.T
        y = x - 1
        while y >= 0 and T[y] == T[x]:
            if W[y] in _EN_LIST_VERBS or W[y] in _EN_VERBS:
                return True
            y -= 1
        return False

    def _en_unit_whole(self, s: int, parts: list[int]) -> int | None:
        """« 41 000 tonnes de noix ont été vendues. Les Savanes en ont fourni 18 500, la Kara
        14 200 … »: bare counts after « en » leave their unit unsaid; « en » takes up the one
        figure with a unit (tonnes, hectares, euros) of the sentence just before, its only figure
        of a count or sum: a whole of that unit, above each part and of their scale. Any other
        figure of a count, a share or a comparison there: unsure, no whole."""
        ms, F = self.ms, self.F
        prev = [F[y] for y in self.sent_figs.get(s, ()) if F[y] >= 0]
        ws = [w for w in prev if ms[w].figure.kind in ("number", "money", "quantity", "percent")]
        if len(ws) != 1 or any(p in self.fr or ms[p].figure.unit is not None or ms[p].figure.kind != "number"
                               for p in parts):
            return None
        w = ws[0]
        wm = ms[w]
        wf = wm.figure
        if wf.kind not in ("money", "quantity") or w in self.fr or (self.noun_figs and w in self.noun_figs) \
                or wm.part_of is not None or wm.part_kind or wm.cues or wm.change_kind or wm.share_of is not None \
                or wf.is_range or wf.approx is not None or not isinstance(wf.value, (int, float)) or wf.value <= 0:
            return None
        vals = [ms[p].figure.value for p in parts]
        if not all(isinstance(v, (int, float)) and 0 < v < wf.value for v in vals) or max(vals) * 100 < wf.value:
            return None
        return w

    def one_each(self, x: int) -> bool:
        """« 412 suppressions de trains, chacune imputée à une seule cause »: after the count at x
        and its noun (up to four words), a comma, « chacun(e) », a participle, « à » and « un(e)
        seul(e) »."""
        W, K, T = self.W, self.K, self.T
        for y in range(x + 1, min(x + 6, self.n - 6)):
            if W[y] == ",":
                return T[y + 5] == T[x] and W[y + 1] in ("chacun", "chacune") and W[y + 3] == "à" \
                    and (W[y + 4], W[y + 5]) in (("un", "seul"), ("une", "seule"))
            if K[y] != "w" or T[y] != T[x]:
                return False
        return False

    def _en_bare(self, i: int) -> bool:
        """A plain exact count of no noun of its own, tied to nothing."""
        m = self.ms[i]
        f = m.figure
        return f.kind == "number" and not f.is_range and f.approx is None and self.countable(i) \
            and not m.explicit_subject and m.part_of is None and m.part_kind is None \
            and not (m.cues - _EN_ONLY) and not m.total_of and m.share_of is None

    def mark_split(self) -> None:
        """« Ces naissances se répartissent entre le site principal, où 6 120 enfants ont vu le
        jour, les maternités du sud, qui en ont accueilli 2 480, et les accouchements à domicile, au
        nombre de 1 430 »: a sentence opening on « ces <nom> » and a verb of splitting divides the
        whole of that noun told before (NUM302 looks for it). Its parts: its plain counts in
        digits, of no noun of their own (or of that noun), or of another noun right after « où »
        (the count at the place just named); none with a cue (« contre », « soit », « dont »…) but
        the clitic « en » (« qui en ont accueilli 2 480 »), nor already a part. Marked notes["split"] = the noun; the first also notes["split_first"]."""
        F, W, T, ms = self.F, self.W, self.T, self.ms
        for j in self.split_js:
            s = T[j]
            if j and T[j - 1] == s:
                continue        # not the sentence's first word
            noun = L.noun_lemma(W[j + 1])
            parts = []
            for y in self.sent_figs.get(s, ()):
                i = F[y]
                if i < 0 or self.pos.get(i) != y or i in self.fr:
                    continue
                m = ms[i]
                f = m.figure
                if y <= j + 3:
                    parts = []      # a figure before the verb: the sentence holds its own whole
                    break
                if f.kind != "number" or f.is_range or f.approx is not None or (m.cues and m.cues != _EN_ONLY) \
                        or m.part_of is not None or m.part_kind or not f.numerals \
                        or any(x.words for x in f.numerals):
                    continue
                if m.explicit_subject and m.subject != noun and W[y - 1] != "où":
                    continue
                parts.append(i)
            if len(parts) < 2:
                continue
            for i in parts:
                ms[i].notes["split"] = noun
            ms[parts[0]].notes["split_first"] = True

    def mark_alone(self) -> None:
        """« Le port a enregistré 1 870 escales. Les porte-conteneurs, à eux seuls, y ont fait escale
        1 920 fois »: the figures after « à eux seuls », « à elles seules » are a
        part of a whole told before (NUM302 looks for it). Its parts: every figure after the phrase
        in its sentence, a plain count in digits of one noun (its own, or, in « fait escale N fois »,
        the noun right before it), none with a cue nor already related; none before the phrase (the
        sentence holds its own whole). Marked notes["alone"] = the noun; the first also
        notes["alone_first"]."""
        F, K, W, T, ms = self.F, self.K, self.W, self.T, self.ms
        for j in self.alone_js:
            s = T[j]
            parts, nouns, ok, prev = [], set(), True, -1
            for y in self.sent_figs.get(s, ()):
                i = F[y]
                if i < 0 or self.pos.get(i) != y:
                    continue
                if prev >= 0 and not all(t in ("et", ",") for t in W[prev + 1:y]):
                    break       # « …, devant ceux des Grisons (0,3 km³) »: a sibling, not a part
                m = ms[i]
                f = m.figure
                if y < j or i in self.fr or f.kind != "number" or f.is_range or f.approx is not None \
                        or m.cues or m.part_of is not None or m.part_kind or m.change_kind or m.total_of \
                        or m.share_of is not None or m.change_from is not None or not f.numerals \
                        or any(x.words for x in f.numerals):
                    ok = False
                    break
                if m.explicit_subject and m.subject:
                    nouns.add(m.subject)
                elif y + 1 < self.n and W[y + 1] == "fois" and T[y + 1] == s and K[y - 1] == "w" and T[y - 1] == s:
                    nouns.add(L.noun_lemma(W[y - 1]))
                else:
                    ok = False
                    break
                parts.append(i)
                prev = y
            if not ok or not parts or len(nouns) != 1:
                continue
            noun = nouns.pop()
            for i in parts:
                ms[i].notes["alone"] = noun
            ms[parts[0]].notes["alone_first"] = True

    def mark_contributions(self) -> None:
        """« Les équipements ariégeois ont contribué à hauteur de 1 840 GWh à la production
        printanière, ceux des Hautes-Pyrénées pour 1 310 GWh »: shares of « la production », a
        whole told before (NUM302 looks for it). The first after « contribué (participé) à hauteur
        de » and before « à la production » (one adjective of time or kind may follow, not « nationale »
        nor « de la région »: another whole), then each figure of its kind and unit right after
        « pour », a comma or « et » before it. Marked notes["contrib"] = the noun; the first also
        notes["contrib_first"]."""
        F, W, T, ms = self.F, self.W, self.T, self.ms
        for j in self.contrib_js:
            if not (2 <= j and j + 4 < self.n) or W[j - 1] != "à" or W[j + 1] not in ("de", "d'") \
                    or not (W[j - 2].startswith("contribu") or W[j - 2].startswith("particip")):
                continue
            k = j + 2
            i = F[k]
            if i < 0 or self.pos.get(i) != k or i in self.fr or T[k] != T[j]:
                continue
            if W[k + 1] == "au":
                x = k + 2
            elif W[k + 1] == "à" and self.w(k + 2) == "la":
                x = k + 3
            else:
                continue
            noun = self.w(x)
            if noun not in _CONTRIB_NOUNS:
                continue
            nxt = self.w(x + 1)
            if nxt not in _CONTRIB_END:
                if nxt in _CONTRIB_OTHER or not nxt.isalpha() or self.w(x + 2) not in _CONTRIB_END:
                    continue
            first = ms[i].figure
            if first.kind not in ("quantity", "money") or ms[i].part_of is not None or ms[i].cues:
                continue
            parts, prev = [i], k
            for y in self.sent_figs.get(T[k], ()):
                if y <= k:
                    continue
                p = F[y]
                between = W[prev + 1:y]
                if p < 0 or y - prev > 12 or self.w(y - 1) != "pour" or not ("," in between or "et" in between) \
                        or not _NOT_IN_CONTRIB.isdisjoint(between) or p in self.fr \
                        or ms[p].figure.kind != first.kind or ms[p].figure.unit != first.unit \
                        or ms[p].part_of is not None or ms[p].cues:
                    break
                parts.append(p)
                prev = y
            for p in parts:
                ms[p].notes["contrib"] = noun
            ms[i].notes["contrib_first"] = True

    def _en_candidate(self, s: int, p: int) -> int | None:
        prev = self.sent_figs.get(s)
        if not prev:
            return None
        if any(self.ms[self.F[y]].figure.kind == "percent" for y in prev):
            return None     # « 125 millions de voyages, soit 42 % du total. Les trams en assurent
            # 95 millions »: the figure before is itself a part, « en » the total it shares
        # « 14,8 millions …, contre 14,3 millions l'an dernier »: the figure compared with is no whole
        ws = [self.F[y] for y in prev if self.compatible(self.F[y], p) and "contre" not in self.ms[self.F[y]].cues]
        return ws[0] if len(ws) == 1 else None

    def named(self, e: int, s: int) -> bool:
        """The word e (of sentence s) ends a name: « États-Unis », « l'Union européenne » (not
        « Les femmes », capital only as the sentence's first word)."""
        if e < 0 or self.T[e] != s or self.K[e] != "w":
            return False
        if self.raw(e)[:1].isupper():
            return self.W[e] not in L.STOP     # « Elle en a recruté 1 150 »: a pronoun
        d = e - 1       # a name and its adjective; not a capital only for being first
        return d > 0 and self.T[d - 1] == s and self.K[d] == "w" and self.raw(d)[:1].isupper() \
            and self.W[d] not in L.STOP and self.W[e] not in L.STOP

    def en_whole(self, x: int, p: int, k: int, tail_ok: bool = False) -> int | None:
        """« Au total, 2 900 GWh ont été injectés. Les importations en ont fourni 1 260 GWh, soit
        34 % »: the whole « en » stands for is the one figure of the part's kind and unit in the
        sentence just before, above the part; none or several: unsure, no whole. Only a bare share
        right after its part (« soit 34 % de la production européenne » names another whole)."""
        if not tail_ok and k + 1 < self.n and self.T[k + 1] == self.T[k] and self.W[k + 1] not in _SHARE_END:
            return None
        s = self.T[x] - 1
        key = (s, self.kind_of(p), p in self.fr)
        cache = self.__dict__.setdefault("_en_wholes", {})
        if key in cache:        # one walk of the sentence before for all its parts: linear
            w = cache[key]
        else:
            w = cache[key] = self._en_candidate(s, p)
        if w is None:
            return None
        wm, pf = self.ms[w], self.ms[p].figure
        wf = wm.figure
        if wm.part_of is not None or wm.cues & {"contre", "change", "change by", "par", "chacun", "en"} \
                or wf.is_range or pf.is_range or wf.approx in ("at_least", "at_most") \
                or not isinstance(wf.value, (int, float)) or not isinstance(pf.value, (int, float)) \
                or not wf.value > pf.value:
            return None
        if wm.subject and self.ms[p].subject and wm.subject != self.ms[p].subject:
            return None     # « 40 000 habitants. Elle en a accueilli 3 000 réfugiés »: not its part
        return w

    def dont_place(self, jx: int, jp: int) -> bool:
        """« 2 430 agents, dont 640 dans les 39 collèges, soit 26 % »: a count right after a « dont »
        part, behind « dans / sur / chez les », of a noun of its own (neither the part's nor its
        whole's) and tied to no whole, says where the part is; it is not the part."""
        W, F, ms = self.W, self.F, self.ms
        if jx - jp != 3 or W[jp + 1] not in ("dans", "sur", "chez") \
                or W[jp + 2] not in ("les", "ses", "ces", "leurs", "nos"):
            return False
        mx, mp = ms[F[jx]], ms[F[jp]]
        fx = mx.figure
        if mp.part_kind != "dont" or mp.part_of is None or mx.part_kind is not None \
                or mx.part_of is not None or mx.cues or fx.kind != "number" or fx.is_range \
                or not mx.explicit_subject or mx.subject is None:
            return False
        return mx.subject not in (mp.subject, ms[mp.part_of].subject)

    def dont_share(self, k: int, p: int, i: int, placed: int | None = None) -> bool:
        """« 1 250 exposants, dont 410 venus de l'étranger, soit 33 % »: the share restates the
        « dont » part just before it, of its whole. Only a bare share (« soit 33 % de plus », « soit
        3 % des effectifs du pays » speak of something else) and a part alone or each earlier
        part with its own share (« dont 410 … et 290 …, soit 56 % » may be their sum)."""
        ms = self.ms
        whole = ms[p].part_of
        if whole is None or whole >= p or i != (p + 1 if placed is None else p + 2) \
                or placed is not None and placed != p + 1 \
                or "soit" not in self.left_words(k, 3) and not _en_restate(self.left_words(k, 7)) \
                and not _noun_restate(self.left_words(k, 5)) \
                or ms[i].figure.text.lstrip()[:1] in "+-−":
            return False    # « soit +23 % » is a change
        # « , une proportion de 98 % qui confirme … »: a relative clause leaves the share bare
        if k + 1 < self.n and self.T[k + 1] == self.T[k] and self.W[k + 1] not in _SHARE_END \
                and self.W[k + 1] != "qui":
            if not self.bare_headcount(k, whole):
                return False
            head = True     # « soit 26 % de l'effectif »: of the part's own whole; NUM303
            # checks that no earlier count gives the share as written
        else:
            head = False
        for x in range(whole + 1, p):
            if ms[x].part_of == whole and not (
                    ms[x + 1].figure.kind == "percent" and "soit" in ms[x + 1].cues):
                return False
        if head:
            ms[i].notes["dont_headcount"] = True
        return True

    def whole_noun(self, k: int, m: Measure) -> None:
        """« soit 24 % du total », « soit 55 % de la récolte nationale »: the share names its whole
        by a noun; NUM303 looks for that whole earlier in the article."""
        w = self.w
        x = k + 1
        if w(x) in ("du", "des"):
            x += 1
        elif w(x) == "de" and w(x + 1) in ("la", "l'"):
            x += 2
        else:
            return
        # « du trafic total » is « du trafic » said again (below), not a noun said total
        if w(x + 1) in _TOTAL_ADJ and self.T[x + 1] == self.T[k] and w(x) not in _TOTAL_ADJ \
                and w(x) not in _WHOLE_NOUNS and L.is_noun_candidate(self.raw(x)):
            # « soit 46 % des ventes totales »: any noun said total names the whole; NUM303
            # takes only an earlier figure of that noun (« des ventes de 30 900 tonnes »)
            m.notes["whole_noun"] = m.notes["whole_of"] = L.noun_lemma(w(x))
            return
        if w(x) == "effectif" and w(x - 1) == "l'" and self.T[x] == self.T[k] and (
                w(x + 1) in _WHOLE_END or self.T[x + 1] != self.T[x] if x + 1 < self.n else True):
            # « soit 34 % de l'effectif »: the count of the part's own noun (not « des effectifs
            # du pays »); NUM303 takes it only when the article gives one such count
            m.notes["whole_noun"] = w(x)
            m.notes["whole_same"] = True
            return
        if w(x) in _WHOLE_NOUNS and self.T[x] == self.T[k] and (
                w(x + 1) in _WHOLE_END or self.T[x + 1] != self.T[x] if x + 1 < self.n else True):
            m.notes["whole_noun"] = w(x)
        elif w(x) in _COUNTED_WHOLES and self.T[x] == self.T[k] and (
                w(x + 1) in _WHOLE_END or self.T[x + 1] != self.T[x] if x + 1 < self.n else True):
            m.notes["whole_noun"] = w(x)
            m.notes["whole_of"] = _COUNTED_WHOLES[w(x)]
            m.notes["whole_count"] = True

    def fractions(self) -> None:
        """"un quart des 33 sièges, soit 11 élus" / "17 des 33, soit plus de la moitié": the
        share is recorded on the part's measure (a fraction is no count of its own)."""
        if not self.fr:
            return
        K, W, T, F, n = self.K, self.W, self.T, self.F, self.n
        for j in self.fig_js:
            if not self.fraction(F[j]):
                continue
            fig = self.ms[F[j]].figure
            if " sur " in fig.text and self.ratio_restates(j, fig):
                continue
            if " sur " in fig.text and len(fig.numerals) == 1:
                self.land_fraction(j, fig)
                continue
            if len(fig.numerals) != 1 or " sur " in fig.text:
                continue
            approx = fig.approx
            lw = self.left_words(j, 3)
            if approx is None:
                # « près d'un quart », « près des trois quarts », « plus de la moitié »
                if lw[-2:] in (["plus", "de"], ["plus", "d'"], ["plus", "des"]):
                    # « à peine plus d'un quart », « un peu plus de la moitié »: just above it
                    approx = "just_above" if lw[-3:-2] in (["peine"], ["peu"]) else "at_least"
                elif lw[-2:] in (["moins", "de"], ["moins", "d'"], ["moins", "des"]):
                    approx = "at_most"
                elif lw[-2:] in (["près", "de"], ["près", "d'"], ["près", "des"]) \
                        or lw[-1:] in (["environ"], ["presque"]):
                    approx = "about"
            elif approx == "at_least" and lw[-1:] in (["peine"], ["peu"]) and fig.text[:4].lower() == "plus":
                approx = "just_above"   # « à peine plus d'un quart »: the figure holds « plus d' »
            info = {"value": float(fig.value), "approx": approx, "start": fig.start, "end": fig.end,
                    "text": " ".join(fig.text.split()), "fig": F[j]}
            if approx == "just_above" and fig.approx:
                info["text"] = ("à peine " if lw[-1] == "peine" else "un peu ") + info["text"]
            elif approx and not fig.approx:
                info["text"] = " ".join(lw[-2:]).replace("' ", "'") + " " + info["text"]
                if approx == "just_above":
                    info["text"] = ("à peine " if lw[-3] == "peine" else "un peu ") + info["text"]
            # (« soit à peine plus d'un quart », « soit un peu plus de la moitié »: two words more)
            soit = "soit" in lw or approx == "just_above" and "soit" in self.left_words(j, 5)
            en_link = not soit and _en_restate(self.left_words(j, 7))
            if soit or en_link:
                # "N des M, soit plus de la moitié": the part just before
                cands = [x for x in self.figs_in_sentence(j) if x < j and self.countable(F[x])]
                if len(cands) > 1 and self.narrows(cands[-2], cands[-1]):
                    cands.pop()
                elif len(cands) > 1 and self.ms[F[cands[-2]]].part_of == F[cands[-1]] \
                        and self.ms[F[cands[-2]]].part_kind in ("sur", "des") \
                        and (cands[-1] - cands[-2] <= 2
                             or cands[-1] - cands[-2] <= 4
                             and all(self.W[x] in _SCALE_NAMES for x in range(cands[-2] + 1, cands[-1] - 1))):
                    # « 27 des 45 communes, soit près des trois quarts », « 2,1 milliards des 4,8
                    # milliards, soit près des deux tiers »: the part, not its whole
                    cands.pop()
                if cands:
                    p = F[cands[-1]]
                    pm = self.ms[p]
                    if pm.part_of is not None and pm.part_kind in ("sur", "des", "entre"):
                        pm.notes["fraction"] = dict(info, whole=pm.part_of)
                    elif pm.part_kind == "dont" and pm.part_of is not None \
                            and (self.bare_total(j) or self.bare_headcount(j, pm.part_of)
                                 or en_link and (j + 1 >= n or T[j + 1] != T[j] or W[j + 1] in _SHARE_END)) \
                            and self.lone_dont(p, F[j]):
                        # « 126 escales, dont 42 …, soit près d'un quart du total »: the whole of
                        # a lone « dont » part, in its sentence
                        pm.notes["fraction"] = dict(info, whole=pm.part_of, dont=True)
                    elif pm.notes.get("parmi_told") and pm.part_of is None and len(cands) == 1 \
                            and self.left_words(j, 2) == [",", "soit"] \
                            and (j + 1 >= n or T[j + 1] != T[j] or W[j + 1] in _SHARE_END):
                        # « Parmi elles, 78 familles, soit près d'un tiers, … »: a bare fraction of
                        # the count of the part's noun told before (NUM303 finds it)
                        pm.notes["fraction"] = dict(info, told=pm.notes["parmi_told"])
                    elif "en" in pm.cues and pm.part_of is None and pm.part_kind is None \
                            and self.left_words(j, 2) == [",", "soit"] \
                            and self.bare_total(j) and len(cands) == 1:
                        # « 14,8 millions de touristes. Les étrangers en représentent 6,2 millions,
                        # soit plus de la moitié du total »: the whole « en » stands for
                        w = self.en_whole(cands[-1], p, j, tail_ok=True)
                        if w is not None:
                            pm.notes["fraction"] = dict(info, whole=w)
                continue
            if j + 3 < n and W[j + 1] == "d'" and W[j + 2] == "entre" and W[j + 3] in ("eux", "elles") \
                    and T[j + 3] == T[j]:
                # « 48 postes … ; un quart d'entre eux, soit 12 postes »: the whole is the count
                # « d'entre eux » goes back to, the part the « soit » count of its noun after it
                self.entre_fraction(j, info)
                continue
            if j + 1 < n and W[j + 1] in ("des", "de", "du") and T[j + 1] == T[j]:
                whole, subj = None, None
                if j + 2 < n and K[j + 2] == "f":
                    whole = F[j + 2]
                elif j + 2 < n and K[j + 2] == "w":
                    w2 = W[j + 2] if W[j + 2] not in ("la", "l'", "les") or j + 3 >= n else W[j + 3]
                    subj = L.noun_lemma(w2)
                nxt = [x for x in self.figs_in_sentence(j) if x > j and F[x] != whole]
                if nxt:
                    p = F[nxt[0]]
                    if "soit" in self.ms[p].cues and self.countable(p):
                        self.ms[p].notes["fraction"] = dict(info, whole=whole, whole_subject=subj)

    def ratio_restates(self, j: int, fig) -> bool:
        """« Seuls 3 470 des 9 640 inscrits ont voté : à peine plus d'un électeur sur quatre »,
        « 27 des 45 communes, soit près d'une sur deux »: a ratio in words restating, after a colon
        or « soit », the part of a whole (« N des M », « N sur M ») told just before it in the
        sentence, no other figure between; recorded as that part's fraction, its qualifier read
        (« à peine plus d' », « un peu plus d' », « plus d' », « près d' », « moins d' »)."""
        F = self.F
        lw = self.left_words(j, 6)
        k = next((i for i in range(len(lw) - 1, -1, -1) if lw[i] in (":", "soit")), None)
        if k is None or len(lw) - k > 5:
            return False
        cands = [x for x in self.figs_in_sentence(j) if x < j]
        if len(cands) > 1 and self.ms[F[cands[-2]]].part_of == F[cands[-1]]:
            cands.pop()     # « 3 470 des 9 640 inscrits »: the part, not its whole
        if not cands or not self.countable(F[cands[-1]]):
            return False
        pm = self.ms[F[cands[-1]]]
        if pm.part_of is None or pm.part_kind not in ("des", "sur") or "fraction" in pm.notes \
                or pm.figure.is_range or pm.figure.approx is not None or j - cands[-1] > 16:
            return False
        q = lw[k + 1:]
        approx = fig.approx
        if approx is None:
            if q[-2:] in (["plus", "de"], ["plus", "d'"]):
                approx = "just_above" if q[-3:-2] in (["peine"], ["peu"]) else "at_least"
            elif q[-2:] in (["moins", "de"], ["moins", "d'"]):
                approx = "at_most"
            elif q[-2:] in (["près", "de"], ["près", "d'"]) or q[-1:] in (["environ"], ["presque"]):
                approx = "about"
            elif q:
                return False    # another word between: not sure it restates the part
        elif approx == "at_least" and q[-1:] in (["peine"], ["peu"]) and fig.text[:4].lower() == "plus":
            approx = "just_above"
        elif q:
            return False
        lead = " ".join(q).replace("' ", "'")
        pm.notes["fraction"] = {"value": float(fig.value), "approx": approx, "start": fig.start,
                                "end": fig.end, "text": (lead + " " if lead else "") + " ".join(fig.text.split()),
                                "fig": F[j], "whole": pm.part_of}
        return True

    def land_fraction(self, j: int, fig) -> None:
        """« Cotonou, avec ses 780 000 habitants, abrite un Béninois sur dix »: a ratio of a nation's
        people (its demonym, capitalised) said of the count of inhabitants just before it in the
        sentence, nothing but words between; the whole is the nation's one count of inhabitants,
        found across the article (_land_whole)."""
        m = self.ms[self.F[j]]
        counted = m.notes.get("counted")
        if not counted or len(counted) < 5 or fig.approx not in (None, "about"):
            return
        word = next((w for w in fig.text.split() if w.lower() == counted), None)
        if word is None or not word[:1].isupper():
            return
        cands = [x for x in self.figs_in_sentence(j) if x < j]
        if not cands:
            return
        x = cands[-1]
        pm = self.ms[self.F[x]]
        pf = pm.figure
        if pm.subject != "habitant" or pf.kind != "number" or pf.is_range or not isinstance(pf.value, (int, float)) \
                or pm.part_of is not None or pm.cues or "fraction" in pm.notes \
                or any(self.K[y] == "f" for y in range(x + 1, j)) or j - x > 8:
            return
        pm.notes["fraction"] = {"value": float(fig.value), "approx": fig.approx or "about", "start": fig.start,
                                "end": fig.end, "text": " ".join(fig.text.split()), "fig": self.F[j],
                                "whole": None, "land": counted}

    def entre_fraction(self, j: int, info: dict) -> None:
        """« un quart d'entre eux, soit 31 postes »: the next figure of the sentence, said « soit »
        right after « d'entre eux », is the part; the whole is the count « d'entre eux » goes back
        to, in the sentence, of the part's noun (NUM303 stays quiet if another count fits)."""
        F, W = self.F, self.W
        ante = self.antecedent(j)
        if ante is None:
            return
        a = self.ms[ante]
        k = self.pos.get(ante, -1)
        if k < 0 or self.T[k] != self.T[j] or a.part_kind is not None or a.figure.is_range \
                or a.figure.approx is not None:
            return
        nxt = [x for x in self.figs_in_sentence(j) if x > j]
        if not nxt or nxt[0] - j > 7 or "soit" not in W[j + 4:nxt[0]]:
            return
        p = F[nxt[0]]
        pm = self.ms[p]
        if not self.countable(p) or pm.figure.kind != "number" or not pm.subject \
                or pm.subject != a.subject or pm.part_of is not None:
            return
        pm.notes["fraction"] = dict(info, whole=ante, entre=True)

    def narrows(self, a: int, b: int) -> bool:
        """« dont 42 de navires de plus de 4 000 passagers »: a bound (token b) of another noun
        right after part a's noun and « de », no comma between, says which of the part's things are
        counted; it is not the part."""
        ma, mb = self.ms[self.F[a]], self.ms[self.F[b]]
        return mb.figure.approx in ("at_least", "at_most") and ma.part_of is not None \
            and (mb.subject is not None and mb.subject != ma.subject or mb.figure.kind == "quantity") \
            and b - a <= 5 \
            and self.W[b - 1] in ("de", "d'") \
            and not any(self.W[x] in (",", ";", "et", "ou") for x in range(a + 1, b))

    def bare_total(self, j: int) -> bool:
        """« …, soit un quart du total. »: « du total » said bare (« du total national » is
        another whole)."""
        W, T, n = self.W, self.T, self.n
        return j + 2 < n and W[j + 1] == "du" and W[j + 2] == "total" and T[j + 2] == T[j] \
            and (j + 3 >= n or T[j + 3] != T[j] or W[j + 3] in (".", ",", ";", ")", ":"))

    def bare_headcount(self, j: int, w: int) -> bool:
        """« 3 100 salariés, dont 1 240 …, soit près des deux tiers de l'effectif. »: « de
        l'effectif » said bare, ending the clause, names the headcount of a « dont » part's whole
        when that whole is a plain count (not « de l'effectif national »)."""
        W, T, n = self.W, self.T, self.n
        return j + 3 < n and W[j + 1] == "de" and W[j + 2] == "l'" and W[j + 3] == "effectif" \
            and T[j + 3] == T[j] and self.ms[w].figure.kind == "number" \
            and (j + 4 >= n or T[j + 4] != T[j] or W[j + 4] in (".", ",", ";", ")", ":"))

    def lone_dont(self, p: int, fr: int) -> bool:
        """The « dont » part p the only part of its whole, the whole in its sentence, before it."""
        ms = self.ms
        w = ms[p].part_of
        g, f = ms[w].figure, ms[fr].figure
        if not 0 <= w < p < fr or fr - w > 6 or g.block is not f.block or g.sentence != f.sentence:
            return False
        return not any(ms[x].part_of == w for x in range(w + 1, fr) if x != p)

    def link_changes(self) -> None:
        ms = self.ms
        up, down = L.CHANGE_UP, L.CHANGE_DOWN
        T, cs = self.T, self.change_sents
        # sentences opening on « Avec »: a « Avec B, contre A …, » pair a verb may change later
        led = {si for si, j in self.sent_first.items() if self.W[j] == "avec"} if self.ordered else ()
        for i in self.idxs:
            k = self.pos.get(i, -1)
            if k < 0 or T[k] not in cs and T[k] not in led:
                continue
            m = ms[i]
            left = self.left_words(k, 4)
            sign = 0
            if "change" not in m.cues and self.loss_amount(k, m.figure, left):
                continue
            if not (up.isdisjoint(left) and down.isdisjoint(left)):
                last = 0
                for x, w in enumerate(left):
                    if w in up:
                        sign, last = 1, x
                    elif w in down:
                        sign, last = -1, x
                if not _CHANGE_CUT.isdisjoint(left[last + 1:]):
                    continue    # « en hausse : environ 900 », « un recul malgré trois … »
            if sign == 0 and "soit" in left[-2:] and m.figure.text.lstrip()[:1] in "+-−":
                sign = 2   # signed by its own value
            reached = self.change_reached(k) if m.figure.kind == "percent" and k + 1 < self.n \
                and self.W[k + 1] in ("pour", ",", "à") else None
            if reached is not None and sign == 0 and left[-1:] == ["de"] and len(left) >= 2:
                sign = _CHANGE_VERB_SIGN.get(left[-2], 0)
            passing = None
            if sign == 0 and left[-1:] == ["de"] and len(left) >= 2 and m.figure.kind == "percent" \
                    and m.figure.unit != "pp" and left[-2] in _CHANGE_VERB_SIGN:
                passing = self.percent_passing(k) or self.colon_pair(k) or self.contre_colon(k - 2, k)
                if passing is not None:
                    sign = _CHANGE_VERB_SIGN[left[-2]]
            if sign == 0 and left[-2:-1] == [","] and left[-1] in _PARTICIPLE_SIGN:
                passing = self.participle_pair(k)
                if passing is not None:
                    sign = _PARTICIPLE_SIGN[left[-1]]
            if sign == 0 and T[k] in led and m.figure.kind == "percent" and m.figure.unit != "pp" and left:
                v = len(left) - 1 if left[-1] in _LEAD_PAIR_VERBS else len(left) - 2 \
                    if left[-1] == "de" and len(left) >= 2 and left[-2] in _CHANGE_VERB_SIGN else -1
                passing = self.change_with_lead(k, k - len(left) + v) if v >= 0 else None
                if passing is not None:
                    sign = _LEAD_PAIR_VERBS.get(left[v]) or _CHANGE_VERB_SIGN[left[v]]
            if sign == 0:
                continue
            pp = m.figure.kind == "percent" and m.figure.unit == "pp"     # « 1,3 point »
            kind = "percent" if m.figure.kind == "percent" and not pp else "absolute"
            if kind == "absolute" and m.figure.kind not in ("number", "money", "quantity") and not pp:
                continue
            self.alt_to = None
            pair = reached or passing or self.change_pair(k)
            if pair is not None and not (reached or passing) and self.pair_against and self.own_span(k):
                continue    # « après 1,2 million l'an passé : un gain de 10 % sur deux ans »
            if pair is None and kind == "percent":
                pair = self.change_across(k) or self.successive_periods(k, sign) or self.compared_opening(k) \
                    or self.colon_pair(k) or self.only_now(k, sign)
            if pair is None:
                continue
            a, b = pair
            if kind == "percent" and (ms[a].figure.kind == "percent" or not self.kin_change(a, b)):
                continue
            if kind == "absolute" and not (self.kin_change(a, b) and self.kin_change(a, i)) \
                    and not self.points_of_shares(a, b, m):
                continue
            m.change_from, m.change_to, m.change_kind = a, b, kind
            m.change_sign = sign if sign != 2 else 0
            if self.alt_to is not None and self.kin_change(a, self.alt_to):
                m.notes["change_alt_to"] = self.alt_to - i   # relative: survives the block cache
        # "a doublé, de 40 à 60"
        W = self.W
        halves = []
        for j in self.scan:
            if W[j] == "moitié" and not (j > 1 and W[j - 1] == "bonne" and W[j - 2] == "une"):
                halves.append(j)
            elif W[j] in _GOOD_FRACTION and j > 1 and W[j - 1] == _GOOD_FRACTION[W[j]][0] \
                    and W[j - 2] == _GOOD_FRACTION[W[j]][1]:
                halves.append(-j)   # « d'un bon tiers », « d'une bonne moitié »: a little more
            elif W[j] == "multiplication":
                self.multiplication_noun(j)
            elif W[j] in L.MULTIPLY:
                lw = self.left_words(j, 3)
                approx = None
                if set(lw) & {"presque", "quasiment", "pratiquement", "près"}:
                    approx = "about"
                elif "plus" in lw and "que" in lw:
                    approx = "at_least"
                elif "plus" in lw and "de" in lw:
                    continue
                pair = self.change_pair(j + 6, after=j) or self.passing_after(j) or self.multiplied_across(j) \
                    or self.colon_pair(j) or self.contre_colon(j, j)
                if pair:
                    a, b = pair
                    if self.kin(a, b):
                        mb = ms[b]
                        mb.change_from, mb.change_to, mb.change_kind = a, b, "factor"
                        mb.change_factor, mb.change_factor_approx = L.MULTIPLY[W[j]], approx
            elif W[j] in _MULTIPLIED and j + 2 < self.n and W[j + 1] == "par" and self.K[j + 2] == "f":
                # « B, contre A en 2016 : leur nombre a été multiplié par trois »
                f = ms[self.F[j + 2]].figure
                if f.kind != "number" or f.is_range or not isinstance(f.value, (int, float)) \
                        or not 1.5 <= f.value <= 100 or f.approx not in (None, "about", "at_least"):
                    continue
                pair = self.contre_colon(j, j + 2)
                if pair:
                    a, b = pair
                    if self.kin(a, b) and not ms[b].change_kind:
                        mb = ms[b]
                        mb.change_from, mb.change_to, mb.change_kind = a, b, "factor"
                        mb.change_factor, mb.change_factor_approx = float(f.value), f.approx
        if self.fr or halves:
            self.fraction_changes(halves)

    def participle_pair(self, k: int) -> tuple[int, int] | None:
        """« a glissé de 3,42 à 3,31 milliards d'euros, perdant 6,5 % en un an »: a percent right
        after « , perdant » (« gagnant », « cédant »), the clause ending there or on its span
        (« en un an », « sur deux ans »: not « en volume », another measure), gives the change of
        the « de A à B » pair that ends just before the comma (its noun between, no other figure)."""
        W, K, T, F, ms, n = self.W, self.K, self.T, self.F, self.ms, self.n
        f = ms[F[k]].figure
        if f.kind != "percent" or f.unit == "pp" or f.is_range or f.approx not in (None, "about") or k < 4:
            return None
        if k + 1 < n and T[k + 1] == T[k] and K[k + 1] != "p":
            if W[k + 1] not in ("en", "sur") or k + 2 >= n or T[k + 2] != T[k]:
                return None
            if K[k + 2] == "f":
                g = ms[F[k + 2]].figure
                e = k + 3 if g.kind in ("duration", "date") and not g.is_range else -1
            elif K[k + 2] == "n":
                e = k + 3 if len(W[k + 2]) == 4 and W[k + 2][:2] in ("19", "20") and W[k + 2].isdigit() else -1
            else:
                e = k + 4 if W[k + 2] in ("un", "une") and k + 3 < n and W[k + 3] in _SPAN_UNITS else -1
            if e < 0 or e < n and T[e] == T[k] and K[e] != "p":
                return None
        x = k - 3
        while x > 0 and k - 3 - x < 4 and K[x] == "w" and T[x] == T[k]:
            x -= 1
        if K[x] != "f" or T[x] != T[k]:
            return None
        pair = self.change_pair(k - 1)
        if pair is None or pair[1] != F[x]:
            return None
        return pair

    def passing_after(self, j: int) -> tuple[int, int] | None:
        """« ont doublé en cinq ans, passant de 9 800 en 2020 à 14 300 en 2025 »: a few words of
        its span after the multiplier, then « , passant de A à B »: the pair is read from
        « passant », not from the multiplier (too far for its window)."""
        W, T, n = self.W, self.T, self.n
        # « a triplé par rapport à la même période de 2025, passant de 41 à 63 »: the base the
        # multiplier is told against, a longer span of words (a year) but no clause of its own
        far = j + 2 < n and (W[j + 1] == "par" and W[j + 2] == "rapport" or W[j + 1] in ("depuis", "comparé"))
        for p in range(j + 2, min(n, j + (14 if far else 7))):
            if T[p] != T[j] or self.K[p] == "p" and W[p] != "," \
                    or far and (self.K[p] == "f" or W[p] in _PASSING_FAR_CUT):
                return None
            if W[p] == "passant" and W[p - 1] == "," and p + 1 < n \
                    and (W[p + 1] == "de" and not far or far and self.K[p + 1] == "f" and W[p + 1][:3] == "de "):
                # after « par rapport à … », only « de A à B » with no moment of its own: « de 41 en
                # janvier à 63 en mars » is another span than the base told
                return self.change_pair(p, after=p)
            if far and W[p] == ",":
                if p + 1 >= n or W[p + 1] != "passant":
                    return None
        return None

    def colon_pair(self, j: int) -> tuple[int, int] | None:
        """« a progressé d'un tiers en un an : de 2 700 engins en juillet 2025, il est passé à
        5 400 », « a doublé : il est passé de 40 à 80 »: a change told first, a few words of its
        span at most, then a colon and the pair, « de A à B », or « de A …, il est passé à B »
        (A fronted, a pronoun taking up what changed, its verb of moving to B)."""
        W, K, T, F, n = self.W, self.K, self.T, self.F, self.n
        c = j + 1
        while c < n and c - j <= 5 and T[c] == T[j] and (
                K[c] == "w" or K[c] == "f" and self.ms[F[c]].figure.kind == "duration"):
            c += 1
        if c + 2 >= n or W[c] != ":" or T[c] != T[j] or T[c + 2] != T[j]:
            return None
        if W[c + 1] != "de" or K[c + 2] != "f":
            return self.change_pair(c, after=c)
        x = c + 2
        if self.ms[F[x]].figure.is_range:
            return None
        p = x + 1
        while p < n and p - x <= 8 and T[p] == T[x] and (K[p] in ("w", "n") or K[p] == "f" and self.ms[F[p]].figure.kind == "date"):
            p += 1
        if p + 5 >= n or p - x > 8 or W[p] != "," or T[p + 5] != T[x]:
            return self.change_pair(c, after=c)
        if W[p + 1] not in ("il", "elle", "ils", "elles") or W[p + 2] not in ("est", "sont") \
                or W[p + 3] not in _MOVED_TO or W[p + 4] != "à" or K[p + 5] != "f":
            return None
        a, b = F[x], F[p + 5]
        if self.ms[b].figure.is_range or not self.kin_change(a, b):
            return None
        return a, b

    def change_with_lead(self, k: int, v: int) -> tuple[int, int] | None:
        """« Avec 81 quintaux à l'hectare, contre 72 l'an dernier, le rendement moyen du blé gagne
        20 % »: a sentence opening on « Avec B (its unit), contre A (an earlier moment), », then the
        subject, its head naming the value B is (« le rendement » of a rate per hectare, « le
        prix » of an amount of money, « la fréquentation » of visitors), then the verb of the
        percent change at token v, nothing but words between. Another base after the percent
        (« sur cinq ans », « par rapport à … »), a share for B (a change in points), anything
        approximate, or a subject of another value (« la production », told per hectare): quiet."""
        W, K, T, F, ms, n = self.W, self.K, self.T, self.F, self.ms, self.n
        s = T[k]
        x = self.sent_first[s] + 1
        if x >= n or K[x] != "f" or T[x] != s:
            return None
        c = next((c for c in range(x + 1, min(n, x + 8)) if K[c] != "w" or T[c] != s), n)
        if c + 2 >= n or W[c] != "," or W[c + 1] != "contre" or K[c + 2] != "f" or T[c + 2] != s:
            return None
        y = c + 2
        # (its moment: « l'an dernier », « en 2024 », a year a plain number)
        d = next((d for d in range(y + 1, min(n, y + 6)) if T[d] != s or K[d] not in ("w", "n")), n)
        if d + 2 >= n or W[d] != "," or not 2 <= v - d <= 10 or W[d + 1] not in _LEAD_PAIR_DETS:
            return None
        if any(K[z] != "w" or T[z] != s or W[z] in _LEAD_PAIR_CUT for z in range(d + 1, v)):
            return None
        head = _LEAD_PAIR_HEADS.get(W[d + 2])
        unit = W[x + 1:c]
        new, old = F[x], F[y]
        fn, fo = ms[new].figure, ms[old].figure
        if head is None or fn.is_range or fo.is_range or fn.approx or fo.approx \
                or "percent" in (fn.kind, fo.kind) or not self.kin_change(new, old):
            return None
        per_area = "hectare" in unit or "ha" in unit
        if not (head == "rate" and fn.kind == "quantity" and per_area
                or head == "money" and fn.kind == "money"
                or head == "mass" and fn.kind == "quantity" and not per_area and "par" not in unit
                or head == "visits" and fn.kind == "number" and not _VISIT_NOUNS.isdisjoint(unit)
                or head == "count" and fn.kind == "number"):
            return None
        to, tn = ms[old].time, ms[new].time
        if not (to in _EARLIER and tn not in _EARLIER or to and tn and len(to) == len(tn) == 4
                and to.isdigit() and tn.isdigit() and to < tn
                or tn is None and (to in _EARLIER or to and len(to) == 4 and to.isdigit())):
            return None
        j = k + 1
        if j < n and T[j] == s and W[j] not in (".", ";", "!", "et", "mais", "dans") and not (
                W[j] == "," and (j + 1 >= n or T[j + 1] != s or W[j + 1] not in _LEAD_PAIR_NOT_AFTER)):
            return None
        return old, new

    def percent_passing(self, k: int) -> tuple[int, int] | None:
        """« ont reculé de 14 %, passant de 9 800 à 9 200 enfants »: a percent change followed at
        once by « , passant de A à B »: the pair is the one « passant » tells, not a figure before."""
        W, n = self.W, self.n
        if k + 3 < n and W[k + 2] == "passant" and W[k + 1] == "," and self.T[k + 3] == self.T[k] \
                and (W[k + 3] == "de" or self.K[k + 3] == "f"):
            return self.change_pair(k + 2, after=k + 2)
        return None

    def multiplication_noun(self, j: int) -> None:
        """« est passé de 140 à 610, une multiplication par plus de six »: the noun, in apposition
        right after the pair (« , une » or « , soit une »), its factor a whole number of 2 to 10
        told as a bound (« par plus de six », « par près de six »). A plain « par quatre » for ×4,4
        is a rounding, and « par six des hospitalisations » another measure's: quiet."""
        W, K, T, F, ms, n = self.W, self.K, self.T, self.F, self.ms, self.n
        if j < 3 or W[j - 1] != "une" or not (W[j - 2] == "," or W[j - 2] == "soit" and W[j - 3] == ","):
            return
        k = j + 2
        if k >= n or W[j + 1] != "par" or K[k] != "f" or T[k] != T[j] \
                or k + 1 < n and W[k + 1] in ("de", "des", "du", "d'"):
            return      # « une multiplication par six des hospitalisations »: another measure's
        f = ms[F[k]].figure
        text = " ".join(f.text.split()).lower()
        if f.approx == "at_least" and text.startswith("plus de "):
            approx = "at_least"
        elif f.approx == "about" and text.startswith(("près de ", "presque ")):
            approx = "about"
        else:
            return      # a plain « par quatre » for ×4,4 is a rounding: quiet
        if f.kind != "number" or f.is_range or not isinstance(f.value, (int, float)) \
                or float(f.value) != int(f.value) or not 2 <= f.value <= 10:
            return
        c = j - 2 if W[j - 2] == "," else j - 3
        pair = self.change_pair(c)
        if pair is None:
            return
        a, b = pair
        x = next((x for x in range(c - 1, max(-1, c - 6), -1)
                  if K[x] == "f" and ms[F[x]].figure.kind != "date"), -1)
        if x < 0 or F[x] != b or not self.kin(a, b) or ms[b].change_kind:
            return
        mb = ms[b]
        mb.change_from, mb.change_to, mb.change_kind = a, b, "factor"
        mb.change_factor, mb.change_factor_approx = float(f.value), approx

    def fraction_changes(self, halves: list[int]) -> None:
        """« ont bondi d'un tiers, passant de 52 000 à 61 000 tonnes », « a baissé d'un quart,
        passant de 80 à 60 », « réduit de moitié, passant de … »: a change told by a fraction word
        right after its verb (or noun),
        the two values told by « passant de A à B » (« passé de », …) a few words on. Nothing
        approximate (« de près d'un tiers », « d'un tiers environ »): quiet."""
        ms, F, K, W, T, n = self.ms, self.F, self.K, self.W, self.T, self.n
        told = [(j, 0.5, "moitié", False) for j in halves if j >= 0]
        # « une augmentation d'un bon tiers »: told from « un » (k), the fraction word ending at j
        good = {-j - 2: -j for j in halves if j < 0}
        told += [(k, _GOOD_FRACTION[W[j]][2], f"{W[k]} {W[k + 1]} {W[j]}", "good") for k, j in good.items()]
        for i in self.fr:
            k = self.pos.get(i, -1)
            f = ms[i].figure
            if k < 0 or f.approx not in (None, "about") or len(f.numerals) != 1 or " sur " in f.text:
                continue
            if f.approx and not f.text.lstrip().lower().startswith("environ"):
                continue    # « de près d'un tiers »: said loosely, quiet; « d'environ un tiers »: read wide
            v = float(f.value)
            # « d'environ un cinquième »: a round word said round, read wider
            if any(abs(v - x) < 1e-9 for x in (0.1, 0.2, 0.25, 1 / 3, 0.5)):
                told.append((k, v, " ".join(f.text.split()), f.approx == "about"))
        for k, v, said, about in told:
            left = self.left_words(k, 2)
            if len(left) < 2 or left[-1] not in ("d'", "de"):
                continue
            sign = 1 if left[-2] in _FRACTION_UP else -1 if left[-2] in _FRACTION_DOWN else 0
            if sign == 0 or (k + 1 < n and W[k + 1] in ("environ", "près", "au")):
                continue
            x = next((x for x in range(k + 1, min(n, k + 9)) if K[x] == "f" and T[x] == T[k]), None)
            if x is not None and x + 3 < n and W[x + 1] == "," and W[x + 2] in ("passant", "passé", "passée") \
                    and self.left_words(x, 1) in (["en"], ["sur"]):
                # « a fondu de moitié en trois semaines, passant de 140 à 95 cm »: the change's
                # span (« en », « sur » a duration), a comma, then the pair
                g = ms[F[x]].figure
                if g.kind == "duration" and not g.is_range:
                    x = next((z for z in range(x + 3, min(n, x + 6)) if K[z] == "f" and T[z] == T[k]), None)
            colon = self.colon_pair(k) if x is not None else None
            if colon is not None:
                a, b = colon
            elif x is None or L.CHANGE_VERBS.isdisjoint(self.left_words(x, 2)) and not self.fraction_comma_pair(k, x):
                pair = self.fraction_after_contre(k, left[-2]) or self.fraction_with_contre(k) \
                    or self.fraction_noun_after_pair(k, left[-2], good.get(k, k))
                if pair is None:
                    continue
                a, b = pair
            else:
                a, b = F[x], None
            fa = ms[a].figure
            if b is not None:
                pass
            elif fa.is_range:
                if fa.range_kind not in (None, "de-a", "change"):
                    continue
                b = a
            else:
                y = next((y for y in range(x + 1, min(n, x + 4)) if K[y] == "f" and T[y] == T[x]), None)
                if y is not None and y + 2 < n and W[y - 1] in ("le", "au") and W[y + 1] == "à" \
                        and K[y + 2] == "f" and T[y + 2] == T[x] and ms[F[y]].figure.kind == "date" \
                        and not ms[F[y]].figure.is_range:
                    y += 2      # « passant de 140 cm le 1er mars à 95 cm le 22 mars »: A's date, then « à B »
                if y is None:
                    # « passant de 9,4 millions de voyageurs (en 2024) à 10,2 millions »: A's noun
                    # and its year between, words only, then « à B »
                    y = next((z for z in range(x + 1, min(n, x + 9)) if K[z] not in ("w", "n") or T[z] != T[x]
                              or W[z] in _FRACTION_PAIR_CUT or K[z] == "n" and W[z - 1] != "en"), None)
                    if y is not None and (K[y] != "f" or T[y] != T[x]):
                        y = None
                if y is None or self.left_words(x, 1) != ["de"] or self.left_words(y, 1) != ["à"] \
                        or not self.kin(a, F[y]):
                    continue
                b = F[y]
            mb = ms[b]
            if mb.change_kind:
                continue
            mb.change_from, mb.change_to, mb.change_kind = a, b, "factor"
            mb.change_factor, mb.change_factor_approx = 1 + sign * v, "fraction"
            if about == "good":
                mb.notes["change_fraction_good"] = True
            elif about:
                mb.notes["change_fraction_about"] = True
            mb.notes["change_fraction"] = ("d'" if left[-1] == "d'" else "de ") + said

    def fraction_noun_after_pair(self, k: int, noun: str, end: int | None = None) -> tuple[int, int] | None:
        """« est passée de 124 000 à 132 000 entrées en un an, un bond d'un tiers »: a change noun
        told by a fraction, in apposition right after a « passé de A à B » pair (« , un », « , soit
        une »), the pair's new value the nearest figure before the comma. Nothing after it but the
        clause's end or a relative (« d'un tiers en dix ans », « … par rapport à 2019 »: another
        span or base); a « contre » pair is not read here."""
        W, K, T, F, ms, n = self.W, self.K, self.T, self.F, self.ms, self.n
        if noun not in _CHANGE_NOUNS or k < 5 or W[k - 3] not in ("un", "une"):
            return None
        c = k - 4 if W[k - 4] in (",", ":") else k - 5 if W[k - 4] == "soit" and W[k - 5] == "," else -1
        if c < 0 and W[k - 4] in _RESTATE_LEAD:
            c = _restate_comma(W, k - 4)
        if c < 1 or T[c] != T[k]:
            return None
        e = k if end is None else end
        if e + 1 < n and T[e + 1] == T[k] and W[e + 1] not in (".", ",", ";", "que", "qui", ")"):
            return None
        pair = self.change_pair(c)
        if pair is None:
            return None
        a, b = pair
        # « … voyageurs par jour en dix ans, un bond d'un tiers »: a span led by « en », « sur »
        # or « depuis » between the pair and the comma is the change's period, not another value
        x = next((x for x in range(c - 1, max(-1, c - 7), -1)
                  if K[x] == "f" and ms[F[x]].figure.kind != "date"
                  and not (ms[F[x]].figure.kind == "duration" and not ms[F[x]].figure.is_range
                           and self.left_words(x, 1)[-1:] in (["en"], ["sur"], ["depuis"]))), -1)
        if x < 0 or F[x] != b or not self.kin(a, b):
            return None
        return a, b

    def fraction_comma_pair(self, k: int, x: int) -> bool:
        """« grimpent d'un quart, de 61 à 70 milliards de francs »: the fraction, a comma, then
        « de A à B » at once (no « passant »), as after « a doublé, de 40 à 60 ». A pair told as
        what each gained (« de 150 à 200 euros de plus selon les villes ») is a range of the
        change, not its two ends: quiet."""
        W, K, T, n = self.W, self.K, self.T, self.n
        if W[k + 1] != ",":
            return False
        if x == k + 2:     # « de 61 à 70 milliards » read as one range
            f = self.ms[self.F[x]].figure
            if not f.is_range or f.text.lstrip()[:3] != "de ":
                return False
            y = x
        else:
            if x != k + 3 or W[k + 2] != "de":
                return False
            y = next((y for y in range(x + 1, min(n, x + 4)) if K[y] == "f" or T[y] != T[x]), n)
            if y >= n or K[y] != "f" or T[y] != T[x] or W[y - 1] != "à":
                return False
        # up to the next comma: « …, selon le rapport » names a source, not whose change
        z = y + 1
        while z < min(n, y + 7) and T[z] == T[x] and K[z] != "p":
            if W[z] in _RANGE_OF_CHANGE:
                return False
            z += 1
        return True

    def fraction_after_contre(self, k: int, verb: str) -> tuple[int, int] | None:
        """« … atteindre 80 tonnes cette année, contre 96 en 2024 : la récolte a ainsi reculé d'un
        quart »: a fraction change told after a colon, its verb led by « ainsi » (« donc »),
        draws its two values from the « B …, contre A (scale, time) » just before the colon: A,
        of an earlier moment, the old value, B the new one. No figure after the colon before it."""
        W, K, T, F, ms = self.W, self.K, self.T, self.F, self.ms
        s = T[k]
        if verb in _CHANGE_NOUNS or k < 6 or _THEREFORE.isdisjoint(W[k - 5:k - 2]):
            return None
        c = next((c for c in range(k - 4, max(-1, k - 9), -1) if W[c] == ":" or T[c] != s or K[c] == "f"), -1)
        if c < 4 or W[c] != ":" or T[c] != s:
            return None
        y = c - 1
        while y > 0 and c - y <= 5 and K[y] != "f" and T[y] == s \
                and (K[y] == "n" or W[y] in _SCALE_OR_WHEN):
            y -= 1
        if K[y] != "f" or T[y] != s or W[y - 1] != "contre" or W[y - 2] != ",":
            return None
        x = next((x for x in range(y - 3, max(-1, y - 8), -1) if K[x] == "f" or T[x] != s or K[x] == "p"), -1)
        if x < 0 or K[x] != "f" or T[x] != s:
            return None
        old, new = F[y], F[x]
        fo, fn = ms[old].figure, ms[new].figure
        if fo.is_range or fn.is_range or fo.approx or fn.approx or not self.kin_change(new, old) \
                or self.one_moment(new, old) or ms[old].time is None:
            return None
        return old, new

    def contre_colon(self, v: int, e: int) -> tuple[int, int] | None:
        """« La ville compte 14 centenaires, contre 8 en 2016 : leur nombre a triplé en dix ans »,
        « … 201 000 spectateurs, contre 184 000 l'an dernier : la fréquentation a progressé de 19 % »:
        a change verb at token v (its figure ending at e) right after a colon, its subject an
        anaphor of the count (« leur nombre », « ce chiffre ») or a head naming its value (« la
        fréquentation » of visitors), then auxiliaries only; before the colon « B (noun …), contre A
        (its scale, an earlier moment) »: A the old value, B the new one. Nothing after the change
        but its span; B and A exact counts of one kind, A of an earlier moment than B's."""
        W, K, T, F, ms, n = self.W, self.K, self.T, self.F, self.ms, self.n
        s = T[v]
        c = next((c for c in range(v - 1, max(-1, v - 8), -1) if K[c] != "w" or T[c] != s or W[c] == ":"), -1)
        if c < 6 or W[c] != ":" or T[c] != s or v - c < 3:
            return None
        det, head = W[c + 1], W[c + 2]
        anaphor = det in _ANAPHOR_DETS and head in _ANAPHOR_COUNTS
        if not anaphor and (det not in _LEAD_PAIR_DETS or head not in _LEAD_PAIR_HEADS):
            return None
        if any(W[z] not in _CONTRE_COLON_AUX for z in range(c + 3, v)):
            return None
        z = e + 1
        while z < n and T[z] == s and W[z] not in (".", ",", ";", "!", "?"):
            if not (W[z] in _CONTRE_COLON_TAIL or K[z] == "f" and ms[F[z]].figure.kind == "duration"
                    and not ms[F[z]].figure.is_range):
                return None
            z += 1
        y = c - 1
        while y > 0 and c - y <= 5 and K[y] != "f" and T[y] == s and (K[y] == "n" or W[y] in _SCALE_OR_WHEN):
            y -= 1
        if K[y] != "f" or T[y] != s or y < 3 or W[y - 1] != "contre" or W[y - 2] != ",":
            return None
        # B, its noun and a few words (« sur les huit jours de compétition »: a span, not a value)
        x = next((x for x in range(y - 3, max(-1, y - 12), -1)
                  if K[x] == "p" or T[x] != s or K[x] == "f" and not (
                      ms[F[x]].figure.kind == "duration" and not ms[F[x]].figure.is_range)), -1)
        if x < 0 or K[x] != "f" or T[x] != s:
            return None
        old, new = F[y], F[x]
        fo, fn = ms[old].figure, ms[new].figure
        if fo.is_range or fn.is_range or fo.approx or fn.approx or "percent" in (fo.kind, fn.kind) \
                or not self.kin_change(new, old) or self.one_moment(new, old):
            return None
        if not anaphor:
            kind = _LEAD_PAIR_HEADS[head]
            unit = W[x + 1:y - 2]
            if not (kind == "money" and fn.kind == "money"
                    or kind == "visits" and fn.kind == "number" and not _VISIT_NOUNS.isdisjoint(unit)
                    or kind == "count" and fn.kind == "number"):
                return None
        to, tn = ms[old].time, ms[new].time
        if not (to in _EARLIER and tn not in _EARLIER or to and tn and len(to) == len(tn) == 4
                and to.isdigit() and tn.isdigit() and to < tn
                or tn is None and (to in _EARLIER or to and len(to) == 4 and to.isdigit())):
            return None
        return old, new

    def fraction_with_contre(self, k: int) -> tuple[int, int] | None:
        """« a grimpé d'un quart cette année, avec 148 000 entrées enregistrées, contre 131 000 en
        2025 »: a fraction change told first, a few words of its moment at most, then « , avec B
        (noun) participle, contre A (moment) »: B, counted as recorded (its participle), the new
        value, A, of an earlier moment, the old one. « avec 300 magasins, contre … » (no
        participle) may be a cause of the change, not its measure: quiet."""
        W, K, T, F, ms, n = self.W, self.K, self.T, self.F, self.ms, self.n
        s = T[k]
        c = next((c for c in range(k + 1, min(n, k + 7)) if K[c] != "w" or T[c] != s), n)
        if c + 2 >= n or W[c] != "," or T[c] != s or W[c + 1] != "avec" or K[c + 2] != "f":
            return None
        x = c + 2
        d = next((d for d in range(x + 1, min(n, x + 6)) if K[d] != "w" or T[d] != s), n)
        if d + 2 >= n or d - x < 3 or W[d] != "," or T[d + 2] != s or W[d + 1] != "contre" \
                or K[d + 2] != "f" or not W[d - 1].endswith(_RECORDED):
            return None
        new, old = F[x], F[d + 2]
        fo, fn = ms[old].figure, ms[new].figure
        if fo.is_range or fn.is_range or fo.approx or fn.approx or "percent" in (fo.kind, fn.kind) \
                or not self.kin_change(new, old) or self.one_moment(new, old) or ms[old].time is None:
            return None
        return old, new

    def multiplied_across(self, j: int) -> tuple[int, int] | None:
        """« 540 incendies ont été recensés. Leur nombre a plus que doublé par rapport à l'an
        dernier, où l'on en avait compté 310. »: a sentence opening on an anaphor of a count
        (« leur nombre », « ce chiffre ») that multiplies, its one figure the earlier value
        (« l'an dernier »), compares it with the one figure of its kind of the sentence before."""
        F, ms, T, W = self.F, self.ms, self.T, self.W
        s = T[j]
        lo = self.sent_first.get(s, -1) if self.ordered else -1
        if lo < 0 or not 3 <= j - lo <= 6 or W[lo] not in _ANAPHOR_DETS or W[lo + 1] not in _ANAPHOR_COUNTS:
            return None
        here = [F[x] for x in self.sent_figs.get(s, ()) if ms[F[x]].figure.kind != "date"]
        if len(here) != 1 or self.pos.get(here[0], -1) < j:
            return None
        a = here[0]
        fa = ms[a].figure
        if fa.kind not in ("number", "money", "quantity") or fa.is_range or ms[a].time not in _EARLIER:
            return None
        before = [F[x] for x in self.sent_figs.get(s - 1, ()) if ms[F[x]].figure.kind != "date"]
        if len(before) != 1 or ms[before[0]].figure.is_range or ms[before[0]].time in _EARLIER:
            return None
        return a, before[0]

    def points_of_shares(self, a: int, b: int, m: Measure) -> bool:
        """« passé de 31 % à 46 %, soit une hausse de 15 points »: a gap between two shares,
        counted in points (the two ends plain percentages, the change a bare number of points)."""
        fa, fb, f = self.ms[a].figure, self.ms[b].figure, m.figure
        if not (f.kind == "number" and m.subject == "point" or f.kind == "percent" and f.unit == "pp"):
            return False
        if f.approx is not None or f.is_range or fa.kind != "percent" or fb.kind != "percent" \
                or fa.approx is not None or fb.approx is not None or fa.unit == "pp" or fb.unit == "pp":
            return False
        return fa.is_range if a == b else not (fa.is_range or fb.is_range)

    def own_span(self, k: int) -> bool:
        """The change at token k tells its own span or base right after it (« de 10 % sur deux
        ans », « en trois ans », « par rapport à 2023 », « depuis 2020 »): not the change of a
        pair told « B, contre / après A » before it, which may be of one year (a pair told
        « passé de A à B » carries its span with it)."""
        W, K, n = self.W, self.K, self.n
        x = k + 1
        if x + 1 >= n or not self.same_sent(k, x + 1):
            return False
        if W[x] in ("sur", "en") and (W[x + 1] in ("deux", "trois", "quatre", "cinq", "dix") or K[x + 1] == "f") \
                and (W[x + 1].rsplit(" ", 1)[-1] in _SPAN_NOUNS
                     or x + 2 < n and W[x + 2] in _SPAN_NOUNS):
            return True
        if W[x] == "depuis" or W[x] == "par" and W[x + 1] == "rapport":
            return True
        return False

    def change_pair(self, k: int, after: int | None = None) -> tuple[int, int] | None:
        """The (from, to) figures a change at token k speaks of, in its sentence."""
        F, ms = self.F, self.ms
        self.pair_against = False   # set when the pair is told « B, contre / après A »
        cands = [x for x in self.figs_in_sentence(k if after is None else after)
                 if (x < k if after is None else after < x <= after + 8)]
        cands = [x for x in cands if ms[F[x]].figure.kind in ("number", "money", "quantity", "percent")
                 and x != k]
        if after is None:
            cands = [x for x in cands if F[x] != F[k]]
        # a range "passé de 51 à 55 milliards" read as one figure
        elided = None
        for x in reversed(cands):
            f = ms[F[x]].figure
            if f.is_range and f.range_kind in (None, "de-a", "change"):
                lw = self.left_words(x, 3)
                if after is not None or not L.CHANGE_VERBS.isdisjoint(lw) \
                        or _verb_and_object(self.left_words(x, 8)):
                    if elided is not None and self.kin(F[x], elided):
                        # « passe de 17,4 % à 16,3 %, soit …, ; en milieu rural, de 7,1 % à 6,4 %,
                        # un repli de 0,7 point »: its verb elided, the nearest is a change too
                        return (elided, elided)
                    return (F[x], F[x])
                if elided is None and after is None and x == cands[-1] and lw[-1:] == [","] \
                        and f.text.lstrip()[:3] == "de ":
                    elided = F[x]
        # "de 490 000 en 2010 à 390 000 en 2020" / "812 millions, contre 794 millions"
        for n_ in range(len(cands) - 1, 0, -1):
            b, a = cands[n_], cands[n_ - 1]
            lb, la = self.left_words(b, 2), self.left_words(a, 3)
            if lb[-1:] == ["à"] and la[-1:] == ["de"] and (
                    after is not None or not L.CHANGE_VERBS.isdisjoint(la)
                    or _verb_and_object(self.left_words(a, 9)[:-1])):
                return (F[a], F[b])
            if after is None and lb[-1:] == ["à"] and la[-1:] == ["à"] and len(lb) >= 2 and len(la) >= 2 \
                    and lb[-2] in _MOVED_TO and la[-2] in _ESTIMATED_AT:
                # « estimé à 3,3 milliards à son annonce, il est passé à 8,4 milliards »
                return (F[a], F[b])
            if after is None and lb[-1:] == ["à"] and len(lb) >= 2 and lb[-2] in _MOVES_NOW_TO \
                    and tuple(la[-3:]) in _WAS_AT and self.kin(F[a], F[b]):
                # « Le prix, qui était de 3,60 euros l'an dernier, passe à 4,50 euros »: a relative
                # in the imperfect giving the old value, the main verb the new one
                return (F[a], F[b])
            if lb[-1:] == ["contre"] and after is None and lb[0] in _TALLY_NOUNS \
                    and self.one_moment(F[a], F[b]):
                continue    # « par 11 voix contre 5 »: a vote tally, one moment, no change
            if lb[-1:] == ["contre"] and after is None or after is None and lb == [",", "après"] \
                    and self.earlier_than(F[b], F[a]):
                # « grimpe à 52 hectolitres, après 40 l'an passé : un gain de 30 % »: « après »
                # an earlier moment's value reads as « contre »
                # « 1 284 millions d'euros pour les neuf premiers mois, contre 1 207 millions »:
                # the value compared is the nearest one of its kind, not a count in between
                self.pair_against = True
                n0 = n_ - 1
                while n0 > 0 and self.count_between(F[cands[n0]], F[b]):
                    n0 -= 1
                if n0 < n_ - 1 and not self.count_between(F[cands[n0]], F[b]):
                    n_, a = n0 + 1, cands[n0]
                # « 0,55 $ la livre, soit 1,21 $ le kilo, contre 0,70 $ »: the comparison is with
                # the figure the conversion restates; the conversion is kept as an alternative
                if n_ >= 2 and self.conversion(a, cands[n_ - 2]):
                    self.alt_to = F[a]
                    return (F[b], F[cands[n_ - 2]])
                whole = self.dont_whole(F[a])
                if whole is not None:
                    return (F[b], whole)
                return (F[b], F[a])
        return None

    def successive_periods(self, k: int, sign: int) -> tuple[int, int] | None:
        """« Sa première semaine lui a rapporté 1 400 000 entrées, la deuxième 930 000, un recul de
        34 % »: two successive periods told by ordinals (n, then n + 1, each with its value), then a
        change noun in apposition closing the sentence (« , (soit) un recul (limité) à / de P % »):
        the change from the first value to the second. Both of one kind, going the way the noun
        says; nothing after the percent but the sentence's end or a relative (« qui … »)."""
        W, K, T, F, ms, n = self.W, self.K, self.T, self.F, self.ms, self.n
        s = T[k]
        if sign not in (1, -1) or k < 10 or W[k - 1] not in ("de", "d'", "à"):
            return None
        j = k - 2 if W[k - 2] in _CHANGE_NOUNS else \
            k - 3 if W[k - 3] in _CHANGE_NOUNS and W[k - 2] in _HELD_TO else -1
        if j < 4 or W[j - 1] not in ("un", "une"):
            return None
        c = j - 2 if W[j - 2] == "," else j - 3 if W[j - 2] == "soit" and W[j - 3] == "," else -1
        if c < 4 or T[c] != s:
            return None
        if k + 1 < n and T[k + 1] == s and W[k + 1] not in (".", ";", "qui", "que", "qu'", ")"):
            return None

        def value(x: int) -> bool:
            f = ms[F[x]].figure
            return K[x] == "f" and T[x] == s and f.kind in ("number", "money", "quantity") \
                and not f.is_range and f.value is not None

        def ordinal(x: int) -> int | None:
            f = ms[F[x]].figure
            if K[x] != "f" or T[x] != s or f.kind != "ordinal" or not isinstance(f.value, int):
                return None
            return f.value

        y = c - 1
        while y > c - 3 and K[y] == "w":     # B's noun (« 930 000 spectateurs, »)
            y -= 1
        if not value(y):
            return None
        o2 = y - 1 if K[y - 1] == "f" else y - 2 if K[y - 1] == "w" and K[y - 2] == "f" else -1
        v2 = ordinal(o2) if o2 >= 2 else None
        if v2 is None or v2 < 2 or W[o2 - 1] not in _PERIOD_DETS or W[o2 - 2] not in (",", "et"):
            return None
        x = o2 - 2 if W[o2 - 2] == "," else o2 - 3 if W[o2 - 3] == "," else o2 - 2
        x -= 1
        while x > o2 - 7 and K[x] == "w":    # A's noun
            x -= 1
        if not value(x):
            return None
        o1 = next((o for o in range(x - 1, max(-1, x - 9), -1) if K[o] == "f" or T[o] != s), -1)
        if o1 < 0 or ordinal(o1) != v2 - 1 or W[o1 - 1] not in _PERIOD_DETS:
            return None
        a, b = F[x], F[y]
        if not self.kin(a, b) or (float(ms[b].figure.value) - float(ms[a].figure.value)) * sign <= 0:
            return None
        return a, b

    def only_now(self, k: int, sign: int) -> tuple[int, int] | None:
        """« L'usine employait 1 150 salariés en 2019 ; elle n'en compte plus que 860, un recul de
        25 % »: a fall told in apposition (« , (soit) un recul / une baisse de P % ») right after a
        value B said « ne … plus que B » (only B now: its figure reads « plus que B », exact), and
        one value A of its kind earlier in the sentence, larger, a clause before (« ; », « , »).
        Nothing after the percent but the end, a relative or a participle (no other base)."""
        W, K, T, F, ms, n = self.W, self.K, self.T, self.F, self.ms, self.n
        s = T[k]
        if sign != -1 or k < 8 or W[k - 1] not in ("de", "d'") or W[k - 2] not in _CHANGE_NOUNS \
                or W[k - 3] not in ("un", "une"):
            return None
        c = k - 4 if W[k - 4] == "," else k - 5 if W[k - 4] == "soit" and W[k - 5] == "," else -1
        if c < 3 or T[c] != s:
            return None
        if k + 1 < n and T[k + 1] == s and W[k + 1] in _ONLY_NOW_NOT_AFTER:
            return None     # « … de 25 % sur un an », « depuis 2015 »: another base
        y = c - 1
        while y > c - 3 and K[y] == "w" and T[y] == s:     # B's noun (« 860 salariés, »)
            y -= 1
        if K[y] != "f" or T[y] != s:
            return None
        b = F[y]
        fb = ms[b].figure
        if fb.approx not in (None, "at_least") or fb.is_range or fb.kind not in ("number", "money", "quantity") \
                or fb.value is None or not fb.text[:9].lower().replace("\u00a0", " ").startswith("plus que"):
            return None
        # the negation a few words back, and not « pas plus que », « guère plus que »
        neg = next((z for z in range(y - 1, max(-1, y - 6), -1) if W[z] in ("ne", "n'") or T[z] != s), -1)
        if neg < 0 or T[neg] != s or not _NOT_ONLY.isdisjoint(W[neg + 1:y]):
            return None
        olds = [x for x in self.sent_figs.get(s, ()) if x < y and ms[F[x]].figure.kind != "date"]
        olds = [x for x in olds if ms[F[x]].figure.kind in ("number", "money", "quantity")
                and not ms[F[x]].figure.is_range]
        if len(olds) != 1 or not any(W[z] in (";", ",") for z in range(olds[0] + 1, y)):
            return None
        a = F[olds[0]]
        fa = ms[a].figure
        if fa.value is None or not self.kin_change(a, b) or float(fa.value) <= float(fb.value):
            return None
        ms[b].notes["only"] = True      # « plus que 860 » after « ne »: 860 exactly, for the change
        return a, b

    def earlier_than(self, b: int, a: int) -> bool:
        """b's moment said, and before a's: « l'an passé », « la veille », or a year before a's."""
        tb, ta = self.ms[b].time, self.ms[a].time
        if tb is None or tb == ta:
            return False
        if tb in _EARLIER:
            return ta is None or ta not in _EARLIER
        return tb[:4].isdigit() and ta is not None and ta[:4].isdigit() and ta[:4] > tb[:4]

    def one_moment(self, a: int, b: int) -> bool:
        """b, said « contre » a, is of a's moment: no time of its own, a's, or the sentence's day
        (« mercredi ») where a has none; not an earlier year or « l'an dernier »."""
        ta, tb = self.ms[a].time, self.ms[b].time
        return tb is None or tb == ta or ta is None and tb not in _EARLIER and not tb[:4].isdigit()

    def these_of(self) -> None:
        """« …la suppression de 1 150 postes d'ici à 2027, sur les 14 600 salariés du groupe. La
        France concentrera 690 de ces suppressions, soit 75 % du plan »: a bare count « de ces
        <nom> » is a part of the one count of the sentence before (or of its own, before it) that
        noun names — the count's own noun (« 1 150 postes ») or the noun right before it
        (« la suppression de 1 150 postes »). None or two such counts: no whole."""
        W, K, T, F, ms = self.W, self.K, self.T, self.F, self.ms
        for c in self.ces_js:
            k = c - 2
            i = F[k]
            m = ms[i]
            f = m.figure
            if f.kind != "number" or f.is_range or m.explicit_subject or m.part_of is not None \
                    or T[c + 1] != T[k] or K[c + 1] != "w":
                continue
            noun = L.noun_lemma(W[c + 1])
            if not noun:
                continue
            s = T[k]
            found = []
            for x in (*self.sent_figs.get(s - 1, ()), *self.sent_figs.get(s, ())):
                if x >= k:
                    break
                mx = ms[F[x]]
                named = mx.explicit_subject and (mx.subject == noun or K[x + 1] == "w"
                                                 and L.noun_lemma(W[x + 1]) == noun) \
                    or x >= 2 and W[x - 1] in ("de", "d'") \
                    and K[x - 2] == "w" and L.noun_lemma(W[x - 2]) == noun
                if named:
                    found.append(x)
            if len(found) != 1:
                continue
            xw = found[0]
            nxt = next((y for y in range(xw + 1, min(xw + 6, self.n)) if K[y] == "f"), None)
            if nxt is not None and T[nxt] == T[xw] and any(W[y] in ("et", ",", "ou", "plus") for y in range(xw + 1, nxt)):
                continue    # « la suppression de 1 150 postes et de 300 contrats »: of both
            w = F[xw]
            fw = ms[w].figure
            if fw.kind != "number" or fw.is_range or fw.approx is not None or not self.countable(w) \
                    or ms[w].part_of is not None or ms[w].cues & {"contre", "superseded"}:
                continue
            m.part_of, m.part_kind = w, "des"

    def compared_percents(self) -> None:
        """« Le résultat grimpe à 251 millions d'euros, 40 % de mieux que les 212 millions de
        2025 », « …, 18 % de plus qu'en 2025 (212 millions) », « …, 18 % au-dessus des 212
        millions », « …, en hausse de 18 % sur les 212 millions » (« par rapport aux »): the new
        value B right before the comma, the percent, then the old value A it is told against.
        Both of one kind, in the sentence; nothing else between."""
        W, K, T, F, ms, n = self.W, self.K, self.T, self.F, self.ms, self.n
        for i in self.pct:
            m = ms[i]
            k = self.pos.get(i, -1)
            f = m.figure
            if k < 3 or k + 3 >= n or m.change_kind or m.change_from is not None or f.unit == "pp" \
                    or f.is_range or m.cues & {"contre", "change by"}:
                continue
            s, sign, j, c = T[k], 0, -1, k - 1
            if "soit" in m.cues:
                c = k - 2 if W[k - 1] == "soit" else -1     # « 251 millions, soit 18 % de plus que … »
            nx = W[k + 1]
            if nx == "de" and W[k + 2] in _MORE_THAN and W[k + 3] in ("que", "qu'"):
                sign, j = _MORE_THAN[W[k + 2]], k + 4
            elif nx in ("au-dessus", "au-dessous") and W[k + 2] in ("des", "du", "de"):
                sign, j = (1 if nx == "au-dessus" else -1), k + 3
            elif W[k - 1] == "de" and W[k - 2] in _CMP_NOUN_SIGN and W[k - 3] == "en" and c == k - 1:
                if W[k + 1:k + 3] == ["sur", "les"]:
                    j = k + 3
                elif W[k + 1:k + 4] == ["par", "rapport", "aux"]:
                    j = k + 4
                sign, c = _CMP_NOUN_SIGN[W[k - 2]], k - 4
            if j < 0 or j + 1 >= n or T[j] != s:
                continue
            if W[j] in ("les", "l'", "le", "la"):
                j += 1
            elif W[j] == "en" and j + 3 < n and K[j + 1] == "n" and W[j + 2] == "(":
                j += 3      # « qu'en 2025 (212 millions) »
            if j >= n or K[j] != "f" or T[j] != s or c < 1 or W[c] != "," or T[c] != s:
                continue
            b = c - 1
            while b > 0 and c - b <= 5 and K[b] == "w":
                b -= 1
            if K[b] != "f" or T[b] != s:
                continue
            tail = W[b + 1:c]
            if tail and not all(w in L.SCALE for w in tail) and not "".join(
                    str(ms[F[b]].notes.get("phrase", "")).lower().split()).endswith("".join(tail)):
                continue    # « 251 adhérents, … »: only B's own noun between it and the comma
            a_, b_ = F[j], F[b]
            fa, fb = ms[a_].figure, ms[b_].figure
            if fa.kind not in ("number", "money", "quantity") or fb.kind not in ("number", "money", "quantity") \
                    or fa.is_range or fb.is_range or fa.approx is not None or fb.approx is not None \
                    or ms[a_].cues - {"sur les", "contre"} or not self.kin_change(a_, b_):
                continue
            m.change_from, m.change_to, m.change_kind, m.change_sign = a_, b_, "percent", sign

    def change_reached(self, k: int) -> tuple[int, int] | None:
        """« qui augmentent de 31 % pour atteindre 498 millions d'euros, contre 412 millions »: a
        change told before both values, the new one reached right after it (« pour atteindre »,
        « pour s'établir à »), the old one after « contre » a few words on (its noun or time
        only: no figure, no clause break between)."""
        W, K, T, F, n = self.W, self.K, self.T, self.F, self.n
        s, j = T[k], k + 2
        bare = W[k + 1] != "pour"
        if bare:
            # « ont grimpé de 13 %, à 1,11 milliard, contre 1,02 milliard un an plus tôt »,
            # « de 13 % à 1,11 milliard (contre …) »: the new level told by « à » alone
            j = k + 1 if W[k + 1] == "à" else k + 2
            if j >= n or W[j] != "à":
                return None
        else:
            if j < n and W[j] in ("s'", "se"):
                j += 1
            if j >= n or W[j] not in _REACH_VERBS:
                return None
        j += 1
        if j < n and W[j] == "à" and W[j - 1] != "atteindre" and not bare:
            j += 1
        if j >= n or K[j] != "f" or T[j] != s:
            return None
        b = j
        for x in range(b + 1, min(n, b + 7)):
            if x + 1 < n and W[x] == "(" and W[x + 1] == "contre":
                continue    # « pour atteindre 498 millions (contre 412 millions en 2024) »
            if T[x] != s or K[x] == "f" or W[x] in (".", ";", ":", "(", ")", "et", "mais", "dont"):
                return None
            if W[x] == "contre" or W[x] == "après" and W[x - 1] == ",":
                # « à 46,8 millions, après 41,2 millions l'exercice précédent »: the same
                if bare and not self.plain_contre_tail(x + 2):
                    return None
                y = x + 2       # « contre 150 millions pour la Ville voisine »: another one, not before
                if y < n and W[y] in ("million", "millions", "milliard", "milliards"):
                    y += 1
                if y < n and T[y] == s and W[y] in _OTHER_HOLDER:
                    return None
                if x + 1 < n and K[x + 1] == "f" and T[x + 1] == s and W[x - 1] in (",", "("):
                    return F[x + 1], F[b]
                return None
        return None

    def plain_contre_tail(self, y: int) -> bool:
        """After « contre A » at token y: its moment at most (« un an plus tôt », « en 2024 »),
        then the clause ends; not an expectation (« attendu par les analystes ») nor another
        holder (« pour son concurrent »)."""
        W, K, T, n = self.W, self.K, self.T, self.n
        s = T[y - 1]
        for x in range(y, min(n, y + 8)):
            if T[x] != s or W[x] in (".", ",", ";", ")", "!", "?"):
                return True
            if K[x] == "f" or W[x] in _CONTRE_TAIL_STOP:
                return False
        return False

    def count_between(self, x: int, b: int) -> bool:
        """x is a bare count (« neuf mois », « trois matches ») and b an amount in millions, with
        its unit, or a hundred times x: not the value b is compared with."""
        fx, fb = self.ms[x].figure, self.ms[b].figure
        if fx.kind != "number" or fx.is_range or not fx.numerals or max(n.scale or 1 for n in fx.numerals) > 1:
            return False
        if fb.kind in ("money", "quantity") or fb.numerals and max(n.scale or 1 for n in fb.numerals) >= 1e6:
            return True
        vx, vb = fx.value, fb.value
        return vx is not None and vb is not None and 0 < vx < 100 and vb >= 100 * vx

    def change_across(self, k: int) -> tuple[int, int] | None:
        """« Il a reçu 515 000 visiteurs. L'an dernier, il en avait attiré 480 000, soit une hausse
        de 12 % »: a « soit » change closing its sentence, whose one value is told at an earlier
        moment, compares it with the one value of its kind in the sentence before. A span closing
        the change (« … de 37 % en trois ans ») must match the gap between the two years."""
        F, ms, T, W, K = self.F, self.ms, self.T, self.W, self.K
        s = T[k]
        span = self.span_closing(k)
        left = self.left_words(k, 4)
        # « Trois ans plus tôt, il se louait 1 050 euros : une envolée de 21 % sur la période »
        told = "soit" in left or left[:2] == [":", "une"] or left[:2] == [":", "un"]
        named = not told and self.colon_change_noun(k)
        told = told or named
        if told and k + 3 < self.n and W[k + 1:k + 4] == ["sur", "la", "période"] \
                and (k + 4 == self.n or T[k + 4] != s or W[k + 4] in (".", ",")):
            k_end = k + 3
        elif named and k + 2 < self.n and W[k + 1] == "sur" and K[k + 2] == "f" and T[k + 2] == s \
                and (k + 3 == self.n or T[k + 3] != s or W[k + 3] in (".", ",")):
            # « : le repli atteint donc 3 % sur un an »: the span told, to match the step back
            g = ms[F[k + 2]].figure
            if g.kind != "duration" or g.unit != "year" or g.is_range or g.approx \
                    or not isinstance(g.value, (int, float)):
                return None
            span, k_end = float(g.value), k + 2
        elif named and W[k + 1:k + 4] == ["sur", "un", "an"] and T[k + 3] == s \
                and (k + 4 == self.n or T[k + 4] != s or W[k + 4] in (".", ",")):
            span, k_end = 1.0, k + 3
        else:
            k_end = k
        if not told or (k_end + 1 < self.n and T[k_end + 1] == s and W[k_end + 1] != "."
                        and span is None and k_end == k):
            return None     # « … de 12 % sur un an », « par rapport à 2022 »: another base
        before = [x for x in self.sent_figs.get(s, ()) if x < k]
        olds = [x for x in before if ms[F[x]].figure.kind in ("number", "money", "quantity")]
        if len(olds) != 1 or ms[F[olds[0]]].figure.is_range:
            return None
        a = F[olds[0]]
        earlier = self.opens_earlier(s, olds[0])
        if ("soit" not in left or k_end != k) and earlier is None:
            return None     # « : une hausse de … », « sur la période » only after « N ans plus tôt, … »
        news = [F[x] for x in self.sent_figs.get(s - 1, ()) if self.kin_change(a, F[x])]
        if len(news) != 1 or ms[news[0]].figure.is_range:
            return None
        b = news[0]
        ta, tb = ms[a].time, ms[b].time
        if earlier is not None:
            # « Trois ans plus tôt, … »: earlier than the sentence before, by that span
            if span is not None and abs(span - earlier) > 1e-9:
                return None
            return a, b
        if not (ta in _EARLIER and tb not in _EARLIER
                or ta and tb and len(ta) == len(tb) == 4 and ta.isdigit() and tb.isdigit() and ta < tb):
            # « 13 700 personnes … le soir du 15 avril 2025. En 2022, on en avait recensé 10 000 »:
            # the new value's own time may be the day of the report; the dates its sentence
            # gives, all of a later year, still place it after the old one
            if not (ta and len(ta) == 4 and ta.isdigit()):
                return None
            years = [tb[:4]] if tb and tb[:4].isdigit() else [
                y for y in (str(ms[F[x]].figure.value)[:4] for x in self.sent_figs.get(s - 1, ())
                            if ms[F[x]].figure.kind == "date") if y.isdigit()]
            if not years or not all(y > ta for y in years):
                return None
            tb = min(years)
        if span is not None:
            # « … soit une hausse de 37 % en trois ans »: the span must be the gap between the two
            if not (ta.isdigit() and tb[:4].isdigit()) or abs(span - (int(tb[:4]) - int(ta))) > 1:
                return None
        return a, b

    def compared_opening(self, k: int) -> tuple[int, int] | None:
        """« 2,35 millions de passagers. Par rapport aux 2,1 millions de l'été 2025, la progression
        atteint 18 % »: a sentence opening « Par rapport aux A (de MOMENT), » (« Comparé aux »),
        then « la hausse / la baisse » reaching (« atteint », « est de », « s'établit à ») the
        percent at k, which closes the clause. A is told at an earlier moment (a year before the
        new value's, or « l'an dernier »); the new value is the one figure of its kind in the
        sentence before."""
        W, K, T, F, ms, n = self.W, self.K, self.T, self.F, self.ms, self.n
        s = T[k]
        lo = self.sent_first.get(s, -1) if self.ordered else -1
        if lo < 0 or lo + 6 >= k:
            return None
        if W[lo] == "par" and W[lo + 1] == "rapport":
            j = lo + 2
        elif W[lo] in _COMPARED:
            j = lo + 1
        else:
            return None
        j = j + 1 if W[j] == "aux" else j + 2 if W[j] == "à" and W[j + 1] in ("ses", "leurs") else -1
        if j < 0 or K[j] != "f" or T[j] != s:
            return None
        a = F[j]
        fa = ms[a].figure
        if fa.kind not in ("number", "money", "quantity") or fa.is_range or fa.value is None:
            return None
        # its moment only (« de l'été 2025 », « de l'an dernier »), then the comma
        c = next((x for x in range(j + 1, min(k, j + 9)) if W[x] in (",", ".", ";", ":", "(")
                  or K[x] == "f" and ms[F[x]].figure.kind != "date"), -1)
        if c < 0 or W[c] != "," or c + 3 >= k or W[c + 1] not in ("la", "l'", "le") \
                or W[c + 2] not in _CHANGE_NOUNS or tuple(W[c + 3:k]) not in _REACH_PERCENT:
            return None
        if k + 1 < n and T[k + 1] == s and not (W[k + 1] in (".", ";", ")") or W[k + 1] == ","
                                                 and k + 2 < n and W[k + 2] in ("un", "une")):
            return None     # « … atteint 18 % sur les lignes italiennes »: another scope
        news = [F[x] for x in self.sent_figs.get(s - 1, ()) if self.kin_change(a, F[x])]
        if len(news) != 1 or ms[news[0]].figure.is_range:
            return None
        b = news[0]
        tb = ms[b].time
        # A's moment as written between it and the comma: a year, or « de l'an dernier »
        ya = [w for w in W[j + 1:c] if w in _YEARS]
        if len(ya) > 1 or not ya and _LAST.isdisjoint(W[j + 1:c]):
            return None
        if not ya:
            return (a, b) if tb not in _EARLIER else None
        # the new value's moment, else the dates of its sentence: none earlier; none said: now
        years = [tb[:4]] if tb and tb[:4].isdigit() else [
            y for y in (str(ms[F[x]].figure.value)[:4] for x in self.sent_figs.get(s - 1, ())
                        if ms[F[x]].figure.kind == "date") if y.isdigit()]
        if tb in _EARLIER or not all(y > ya[0] for y in years):
            return None
        return a, b

    def earlier_mark(self, j: int) -> int | None:
        """The word at j marks an earlier count: « précédent » beside a count's noun (« le décompte
        précédent », « un précédent bilan »), « auparavant », « <durée> plus tôt »; not after
        « depuis », « que », « par rapport à » (a change since it, a comparison). The marker's first
        token, else None."""
        W, K = self.W, self.K
        w = W[j]
        if w in _PREV_ADJ:
            if j + 1 < self.n and W[j + 1] in _PREV_NOUNS:
                a = j       # « le précédent bilan »
            elif j and W[j - 1] in _PREV_NOUNS:
                a = j - 1   # « le bilan précédent »
            else:
                return None
        elif w == "tôt":
            # « une semaine plus tôt », « trois jours plus tôt »: a duration stepped back
            if j < 2 or W[j - 1] != "plus" or not (
                    W[j - 2] in _EARLIER_SPANS and K[j - 2] == "w"
                    or K[j - 2] == "f" and self.ms[self.F[j - 2]].figure.kind == "duration"):
                return None
            a = j - 2
        else:
            a = j
        if not _EARLIER_NOT.isdisjoint(W[max(0, a - 3):a]):
            return None
        return a

    def told_earlier(self, j: int, marks: list) -> bool:
        """The figure at j is the earlier count a marker of its sentence tells: after the marker,
        before anything that turns to the present (« ; désormais », « contre », « soit »), or just
        before a marker told after it with only plain words between (« 3 900 cas lors du bilan
        précédent »)."""
        W, K = self.W, self.K
        for a, e in marks:
            if a > j:
                if a - j <= 8 and _EARLIER_GAP_NOT.isdisjoint(self.WH[j + 1:a]):
                    return True
            elif e < j:
                for x in range(e + 1, j):
                    if W[x] in _EARLIER_STOP:
                        break
                else:
                    return True
        return False

    def colon_change_noun(self, k: int) -> bool:
        """« … s'élevait à 112 000 : le repli atteint donc 3 % »: after a colon, the change noun
        with its article, a verb that gives its size (« atteint », « est de », « s'établit à »),
        « donc » or « ainsi » at most, then the percent at k."""
        lw = self.left_words(k, 8)
        if ":" not in lw:
            return False
        c = len(lw) - 1 - lw[::-1].index(":")
        rest = lw[c + 1:]
        if len(rest) < 3 or rest[0] not in ("le", "la", "l'") or rest[1] not in _CHANGE_NOUNS:
            return False
        tail = rest[2:]
        return len(tail) <= 4 and _COLON_SIZE_WORDS.issuperset(tail) and not _COLON_SIZE_VERBS.isdisjoint(tail)

    def opens_earlier(self, s: int, x: int) -> float | None:
        """Sentence s opens « Trois ans plus tôt, » (« Deux mois auparavant, »), before its token
        x: the span, in years, it steps back from the sentence before; else None."""
        W, K, F, n = self.W, self.K, self.F, self.n
        lo = self.sent_first.get(s, -1) if self.ordered else -1
        if 0 <= lo and W[lo] == "un" and W[lo + 1:lo + 2] == ["an"] and x > lo + 4 and (
                W[lo + 2:lo + 5] == ["plus", "tôt", ","] or W[lo + 2:lo + 4] == ["auparavant", ","]):
            return 1.0      # « Un an plus tôt, … »: « un an » in words is no figure
        if lo < 0 or K[lo] != "f" or x <= lo + 3 or lo + 3 >= n:
            return None
        if W[lo + 1:lo + 4] == ["plus", "tôt", ","]:
            pass
        elif W[lo + 1:lo + 3] != ["auparavant", ","]:
            return None
        f = self.ms[F[lo]].figure
        if f.kind != "duration" or f.is_range or f.approx or not isinstance(f.value, (int, float)) \
                or f.unit not in ("year", "month"):
            return None
        return float(f.value) if f.unit == "year" else float(f.value) / 12

    def span_closing(self, k: int) -> float | None:
        """« …, soit une hausse de 37 % en trois ans. »: the years a change closing its sentence
        spans, else None."""
        n, T, W, K = self.n, self.T, self.W, self.K
        if k + 2 >= n or W[k + 1] != "en" or K[k + 2] != "f" or T[k + 2] != T[k] \
                or k + 3 < n and T[k + 3] == T[k] and W[k + 3] != ".":
            return None
        f = self.ms[self.F[k + 2]].figure
        if f.kind != "duration" or f.unit != "year" or f.is_range or not isinstance(f.value, (int, float)) \
                or f.approx not in (None, "about"):
            return None
        return float(f.value)

    def dont_whole(self, part: int) -> int | None:
        """« 36,4 millions en 2024, dont 21,9 … et 18,5 …, contre 33,8 millions en 2023 »: a
        « contre » after a « dont » part compares with the whole, most often; the part is kept
        as the alternative (« dont 2 500 retraités, contre 2 100 en 2010 »): quiet if either fits."""
        pm = self.ms[part]
        whole = pm.part_of
        if whole is None or pm.part_kind != "dont" or whole >= part:
            return None
        f = self.ms[whole].figure
        if f.kind not in ("number", "money", "quantity") or f.is_range:
            return None
        self.alt_to = part
        return whole

    def conversion(self, x: int, y: int) -> bool:
        """x restates y in another unit: « 0,55 $ la livre, soit environ 1,21 $ le kilo »,
        « 12 miles (19 km) »."""
        fx, fy = self.ms[self.F[x]].figure, self.ms[self.F[y]].figure
        lw = self.left_words(x, 2)
        if lw[-1:] == ["("] and 0 < x - y <= 8 and _CLAUSE_BREAK.isdisjoint(self.W[y + 1:x]) \
                and {fx.kind, fy.kind} in ({"number", "money"}, {"number", "quantity"}):
            # « 79,6 milliards de dinars (environ 23 milliards d'euros) »: a unit the engine does not
            # know, restated in brackets right after its noun phrase in one it knows
            return True
        if fx.kind == "percent" or fy.kind != fx.kind or fx.kind not in ("money", "quantity", "number"):
            return False
        return "soit" in lw or lw[-1:] in (["ou"], ["("])

    # -- subjects by inheritance ----------------------------------------------------------------------

    def inherit_subjects(self) -> None:
        T, F, ms = self.T, self.F, self.ms
        prev_in_sent: dict[int, int] = {}
        named_in_sent: dict[int, list[int]] = {}
        for k in self.fig_js:
            i = F[k]
            m = ms[i]
            src = None
            if m.subject is None:
                if m.part_of is not None:
                    src = m.part_of
                elif m.change_from is None and m.figure.kind == "number":
                    if self.en_object(k):
                        # « Avec 70 points en 37 matches, …, Lugano, qui en compte 64 »: « en »
                        # stands for the last noun counted in the sentence, not one that frames
                        # a count (« en 37 matches »)
                        named = named_in_sent.get(T[k], [])
                        p = named[-1] if named else None
                    else:
                        p = prev_in_sent.get(T[k])
                    if p is not None and self.compatible(p, i):
                        src = p
            if src is not None and ms[src].subject:
                m.subject = ms[src].subject
                inherited = ms[src].qualifiers
                if not _VOTE_SIDES.isdisjoint(inherited):
                    # « 81 voix pour, 54 contre »: the side is each figure's own
                    inherited = inherited - _VOTE_SIDES
                    side = self.w(k + 1)
                    if side in _VOTE_SIDES and self.vote_side(k + 1):
                        m.qualifiers = m.qualifiers | {side}
                if m.part_of is None:
                    if m.notes.get("verb_state"):
                        inherited = inherited - _CASUALTY_STATES     # « et en ont blessé 2 040 »: its own
                    m.qualifiers = m.qualifiers | inherited
                else:
                    m.qualifiers = m.qualifiers | (inherited - {"autre"})
            if m.figure.kind in ("number", "money", "quantity"):
                prev_in_sent[T[k]] = i
                if m.explicit_subject and m.subject and self.left_words(k, 1) != ["en"]:
                    named_in_sent.setdefault(T[k], []).append(i)

    def en_object(self, k: int) -> bool:
        """The figure is the object of a verb after the pronoun « en » (« qui en compte 64 »,
        « n'en vaudraient plus que 2 », « en a recensé 12 »)."""
        left = self.left_words(k, 4)
        if "en" not in left[-3:]:
            return False
        x = len(left) - 1 - left[::-1].index("en")
        verbs = [v for v in left[x + 1:] if v != "que"]     # « n'en a que 55 »
        return bool(verbs) and len(verbs) <= 2 and all(
            v in L.AUX or (v not in L.STOP and v not in L.BREAK and v.isalpha()) for v in verbs) \
            and x > 0 and left[x - 1] in ("qui", "n'", "ne", "il", "elle", "ils", "elles", "on", "y", ",")


# « d'après le bilan présenté mercredi par l'Agence … »: a document told by someone on a day.
# Who told it is the source; the day is when it was told, not the moment of its figures.
_REPORT_NOUNS = frozenset({"bilan", "rapport", "chiffres", "données", "étude", "statistiques",
                           "estimations", "décompte", "comptage", "relevé", "enquête"})
_TOLD = frozenset({"présenté", "présentée", "présentés", "présentées", "publié", "publiée", "publiés",
                   "publiées", "dressé", "diffusé", "diffusée", "diffusés", "diffusées", "dévoilé",
                   "dévoilée", "dévoilés", "dévoilées", "communiqué", "communiqués", "communiquées",
                   "rendu", "rendue", "rendus", "rendues", "établi", "établie"})
_VOTE_SIDES = frozenset({"pour", "contre"})
_VOTE_NOUNS = frozenset({"voix", "votes", "vote", "suffrages", "suffrage"})
_OTHER_VOTE = frozenset({"il", "y", "an", "ans", "avant", "précédent", "précédente", "dernier", "dernière",
                         "passé", "passée", "tour", "élection", "scrutin", "lors", "en"})
_RIVAL_DET = frozenset({"son", "sa", "leur", "le", "la", "l'", "un", "une"})
_RIVALS = frozenset({"adversaire", "rival", "rivale", "concurrent", "concurrente", "challenger", "opposant",
                     "opposante", "candidat", "candidate", "sortant", "sortante", "liste"})
_VOTE_FOLLOW_NP = frozenset({"le", "la", "les", "l'", "l’", "un", "une", "des", "du", "de", "d'", "d’", "son",
                             "sa", "ses", "leur", "leurs", "ce", "cet", "cette", "ces", "lui", "elle", "eux",
                             "elles", "moi", "toi", "nous", "vous", "chaque", "tout", "tous", "toute", "toutes"})
_NOT_TOLD_BY = frozenset({"et", "ou", "mais", "qui", "que", "dont", "selon", "soit", "contre"})
# A change verb and its object before « de X à Y » (« fait passer son groupe de 56 à 130 »,
# « porte l'effectif de 4 200 à 4 600 »): the object opens with a determiner and holds only words
_CHANGE_TRANSITIVE = L.CHANGE_VERBS | frozenset({
    "porte", "porté", "portée", "portés", "portées", "porter", "portant", "portait", "portent",
    "ramène", "ramené", "ramenée", "ramener", "ramenant", "relève", "relevé", "relevée", "relever",
    "abaisse", "abaissé", "abaissée", "abaisser", "augmente", "augmenter", "réduit", "réduire"})
_OBJECT_DET = frozenset({"le", "la", "l'", "les", "son", "sa", "ses", "leur", "leurs", "ce", "cet",
                         "cette", "ces", "notre", "nos", "votre", "vos"})
_OBJECT_LINK = frozenset({"de", "d'", "du", "des"})


def _verb_and_object(words: list[str]) -> bool:
    """`words` (nearest last) end with a change verb's object: verb, determiner, then at most
    four words (nouns, « de » links), no figure, no other preposition or break."""
    n = len(words)
    for v in range(n - 2, max(-1, n - 7), -1):
        w = words[v]
        if w in _CHANGE_TRANSITIVE:
            if words[v + 1] not in _OBJECT_DET:
                return False
            for x in words[v + 2:]:
                if x == "#" or (x in L.BREAK and x not in _OBJECT_LINK) or not x.replace("'", "").replace("-", "").isalpha():
                    return False
            return n - v - 2 >= 1
    return False


def is_fraction(f: Figure) -> bool:
    """"un quart", "la moitié", "un sur cinq": a ratio written in words, not a count."""
    return (f.kind == "number" and isinstance(f.value, (int, float)) and 0 < f.value < 1
            and bool(f.numerals) and all(n.words for n in f.numerals))


def _link_fraction_wholes(measures: list[Measure], doc: Document | None = None) -> None:
    """"Un quart des interpellations, soit 105": the whole named by its noun is the latest count
    of that subject before it."""
    for idx, m in enumerate(measures):
        fr = m.notes.get("fraction")
        if not fr or fr.get("whole") is not None:
            continue
        if fr.get("land"):
            _land_whole(measures, idx, fr)
            continue
        if not fr.get("whole_subject"):
            continue
        subj = fr["whole_subject"]
        for w in range(idx - 1, max(-1, idx - 200), -1):
            o = measures[w]
            if o.figure.kind == "number" and o.subject == subj and o.explicit_subject and o.part_of is None:
                fr["whole"] = w
                break


# « Le Bénin compte 14 126 000 habitants », « la population de la France atteint … »: a land's count
_LAND_COUNT = re.compile(
    r"(?:\b[Ll]e|\b[Ll]a|\b[Ll]'|\b[Ll]’|\bdu|\bde la|\bde l'|\bde l’)\s*([A-ZÉÈ][a-zàâçéèêëîïôûùüœ-]{2,})\s+"
    r"(?:compte|comptait|recense|recensait|dénombre|totalise|abrite|atteint|(?:est|était) peuplée? de)\s+"
    r"(?:(?:désormais|aujourd'hui|aujourd’hui|maintenant|donc|ainsi|officiellement)\s+)?$")


def _land_named(f, demonym: str) -> bool:
    """The figure's sentence says, right before it, that the land of demonym counts it (« Le Bénin
    compte », « la France compte désormais »): the land's name shares its stem with the demonym
    (bénin / béninois, france / français) and is not the demonym itself (« la capitale béninoise »)."""
    b = f.block
    if b is None or not getattr(b, "text", None):
        return False
    text = b.text
    i = text.find(f.text)
    while i >= 0 and b.file_offset(i) != f.start:
        i = text.find(f.text, i + 1)
    if i < 0:
        return False
    mt = _LAND_COUNT.search(text[max(0, i - 80):i])
    if not mt:
        return False
    land = mt.group(1).lower()
    cp = 0
    for a, c in zip(land, demonym):
        if a != c:
            break
        cp += 1
    return cp >= 4 and cp >= len(land) - 2 and not land.startswith(demonym[:-1])


def _land_whole(measures: list[Measure], idx: int, fr: dict) -> None:
    """« un Béninois sur dix »: the nation's count of inhabitants, told once (or restated alike),
    of today (no earlier year, not compared, not superseded), above the part."""
    part = measures[idx].figure
    found = []
    for w, o in enumerate(measures):
        g = o.figure
        if w == idx or g.kind != "number" or o.subject != "habitant" or g.is_range \
                or not isinstance(g.value, (int, float)) or not isinstance(part.value, (int, float)) \
                or o.cues or o.part_of is not None or o.time is not None or o.place \
                or float(g.value) <= float(part.value) * 2:
            continue
        if _land_named(g, fr["land"]):
            found.append(w)
    if not found:
        return
    vals = [float(measures[w].figure.value) for w in found]
    if max(vals) > min(vals) * 1.02:
        return      # two national counts: which one? quiet
    fr["whole"] = min(found, key=lambda w: measures[w].figure.tolerance or 0)


# « 72 millions d'euros de produits, répartis comme suit : » then one list item per part: the
# the nouns of a count of groups that are moments, not groups the things fall in (counted_groups)
_GROUP_TIMES = frozenset({"an", "année", "mois", "semaine", "jour", "heure", "minute", "fois", "étape",
                          "saison", "siècle", "décennie"})
# a bare part's own predicate (Reader.predicated): plural auxiliaries, and the determiners of a
# noun of its own after « dont » (« 18 dont les corps ont été dégagés »)
_PART_PRED = frozenset({"ont", "sont", "avaient", "étaient", "restent", "demeurent", "seront", "auront"})
_PART_PRED_DETS = frozenset({"les", "leurs", "la", "le", "l'", "leur"})

# a site's headcount (mark_staff_cuts): its nouns, the relative that tells it, and the words
# that widen the cuts past the site
_STAFF = frozenset({"salarié", "employé", "personne", "agent", "ouvrier", "collaborateur"})
_STAFF_REL = (["où", "travaillent"], ["qui", "emploie"], ["qui", "emploient"], ["qui", "compte"],
              ["qui", "comptent"], ["où", "travaillaient"], ["qui", "employait"], ["qui", "comptait"])
_STAFF_WIDE = frozenset({"groupe", "ensemble", "total", "tout", "sites", "usines", "entreprise", "pays",
                         "monde", "france", "national", "nationale", "région", "intérimaires", "dont",
                         "cumulé", "cumulées", "ans", "années"})

# a total drawn after a colon from sums added to one told before (mark_added_total)
_ADDED_TOTAL = frozenset({"total", "totale", "global", "globale"})
_ADDED_VERBS = frozenset({"atteint", "s'élève", "élève", "monte", "est", "porté", "portée", "représente"})
_ADDED = frozenset({"ajouté", "ajoutent", "ajoute", "ajoutant", "ajoutaient", "ajouteront"})

# words of splitting between the whole and the colon (_mark_listed)
_LIST_SPLIT = frozenset({"répartis", "réparties", "réparti", "répartie", "répartissent", "répartit",
                         "ventilés", "ventilées", "ventilé", "ventilée", "ventilent",
                         "décomposés", "décomposées", "décomposé", "décomposée", "décomposent", "décompose"})
_LIST_WORD = re.compile(r"[a-zàâçéèêëîïôûùüÿœ]+")


def _list_kin(w, p) -> bool:
    """A list item's figure counts the whole's stuff: same kind and unit (counts, quantities), or a
    bare « 31 millions » under a whole in money at that scale or more (the currency said once)."""
    fw, fp = w.figure, p.figure
    if fp.is_range or fp.approx is not None or not fp.numerals or any(n.words for n in fp.numerals):
        return False
    if fw.kind == fp.kind and fw.unit == fp.unit and fw.kind in ("number", "money", "quantity"):
        return True
    if fw.kind == "money" and fp.kind == "number" and fp.unit is None and fw.numerals \
            and not p.explicit_subject:
        sp = max(n.scale or 1 for n in fp.numerals)
        return sp >= 1e6 and sp == max(n.scale or 1 for n in fw.numerals)
    return False


def _mark_listed(measures: list[Measure]) -> None:
    """« Le club a encaissé 72 millions d'euros de produits, répartis comme suit : » then a list,
    one item per part (« <li>billetterie : 19 millions ;</li> »): a paragraph ending on a colon,
    its last sentence holding one figure, exact, with a word of splitting after it, is the whole
    of the list items right after it. Each item must hold exactly one figure, of the whole's kind
    (an item of two figures, or of none: another shape, quiet); at least two items. Marked
    notes["listed"] = the whole's index on each part (NUM302 sums them)."""
    n = len(measures)
    i = 0
    prev = None
    while i < n:
        m = measures[i]
        b = m.figure.block
        i += 1
        if b is prev:
            continue
        prev = b
        if b is None:
            continue
        t = b.text
        if t[-1:] != ":" and not (t[-1:].isspace() and t.rstrip()[-1:] == ":") or b.kind not in ("paragraph", "lede"):
            continue
        # the last figure of the block
        while i < n and measures[i].figure.block is b:
            m = measures[i]
            i += 1
        f = m.figure
        last = len(b.sentences) - 1
        if f.sentence != last:
            continue
        tail = b.text[b.sentences[last][0]:] if b.sentences else b.text
        # the whole: the one figure of the last sentence
        ws = [x for x in measures[max(0, i - 8):i] if x.figure.block is b
              and x.figure.sentence == f.sentence]
        if len(ws) != 1 or f.is_range or f.approx is not None or f.kind not in ("number", "money", "quantity") \
                or m.part_of is not None or m.part_kind or m.change_kind or m.share_of is not None \
                or m.cues - {"au total", "au total avant"} or not f.numerals or any(x.words for x in f.numerals):
            continue
        after = tail[tail.lower().find(f.text.lower()) + len(f.text):] if f.text.lower() in tail.lower() else ""
        if _LIST_SPLIT.isdisjoint(_LIST_WORD.findall(after.lower())):
            continue
        w = i - 1
        parts, k, bi = [], i, b.index
        while k < n:
            g = measures[k].figure
            blk = g.block
            if blk is None or blk.kind != "item" or blk.index != bi + 1:
                break
            one = [x for x in range(k, min(n, k + 3)) if measures[x].figure.block is blk]
            if len(one) != 1:
                parts = []
                break
            parts.append(k)
            bi = blk.index
            k += 1
        # an item without a figure, or a figure-less item right after: another shape, quiet
        if len(parts) < 2 or any(not _list_kin(m, measures[x]) or measures[x].cues or measures[x].change_kind
                                 or measures[x].part_of is not None for x in parts):
            continue
        for x in parts:
            measures[x].notes["listed"] = w


# words of an announced split of shares, in the sentence that opens a list (_mark_share_list)
_SHARE_SPLIT = frozenset({"parts", "répartition", "répartissent", "répartis", "réparties", "ventilation",
                          "partagent", "partagés", "partagées"})
# « SNP : 37,2 % »: a list item of a label, a colon and one share, nothing after it but « ; » or « . »
_SHARE_ROW = re.compile(r"\s*[A-ZÀ-ÖØ-Þ][\w'’\- ]{0,40}?\s*:\s*$")


def _intro_sum(measures: list[Measure], i: int, bi: int) -> bool:
    """A share, a sum or a quantity among the figures of block bi, just before measures[i]."""
    j = i - 1
    while j >= 0 and measures[j].figure.block is not None and measures[j].figure.block.index == bi:
        if measures[j].figure.kind not in ("number", "ordinal", "date"):
            return True
        j -= 1
    return False


def _mark_share_list(doc, measures: list[Measure]) -> None:
    """« Sur le vote de circonscription, les partis ont obtenu les parts suivantes : » then a list,
    one item per share (« <li>SNP : 37,2 %</li> »): a paragraph ending on a colon, its last
    sentence announcing a split (« parts », « répartition », « se
    répartissent »…; a count or an ordinal there, as « entre les quatre listes », but no share
    nor sum), is one breakdown whose shares are the items right after it. Each item must
    be a label, a colon and exactly one plain percentage closing it; at least three items, all
    of that shape (any other item: another shape, quiet). Marked notes["share_list"] = the
    paragraph's index on each share (NUM304 sums them)."""
    blocks = getattr(doc, "blocks", None)
    if not blocks:
        return
    n, i = len(measures), 0
    while i < n:
        m = measures[i]
        b = m.figure.block
        if b is None or b.kind != "item" or b.index == 0 or m.figure.kind != "percent" \
                or i and measures[i - 1].figure.block is b or _intro_sum(measures, i, b.index - 1):
            i += 1      # a share in the paragraph before: it is no announcement alone
            continue
        intro = blocks[b.index - 1]
        t = intro.text.rstrip()
        if intro.kind not in ("paragraph", "lede") or t[-1:] != ":":
            i += 1
            continue
        last = intro.text[intro.sentences[-1][0]:] if intro.sentences else intro.text
        if _SHARE_SPLIT.isdisjoint(_LIST_WORD.findall(last.lower())):
            i += 1
            continue
        parts, k, bi = [], i, b.index - 1
        while k < n:
            g = measures[k].figure
            blk = g.block
            if blk is None or blk.kind != "item" or blk.index != bi + 1:
                break
            if k + 1 < n and measures[k + 1].figure.block is blk:
                parts = []
                break
            parts.append(k)
            bi = blk.index
            k += 1
        if bi + 1 < len(blocks) and blocks[bi + 1].kind == "item":
            parts = []      # an item with no figure after the shares: another shape
        ok = len(parts) >= 3
        for x in parts if ok else ():
            x_ = measures[x]
            g = x_.figure
            txt = g.block.text
            a = g.start - g.block.file_offset(0)
            if g.kind != "percent" or g.is_range or g.approx is not None or x_.cues or x_.change_kind \
                    or not 0 <= a <= len(txt) or not _SHARE_ROW.fullmatch(txt[:a]) \
                    or txt[a + len(g.text):].strip() not in ("", ";", ".", ",") \
                    or not txt[a:a + len(g.text)] == g.text:
                ok = False
                break
        if ok:
            for x in parts:
                measures[x].notes["share_list"] = b.index - 1
        i = max(k, i + 1)


# « Rhône : 24 100 candidats » — a list item opening on a capitalised label and a colon, the
# figure right after it (_mark_rows)
_ROW_LABEL = re.compile(r"\s*([A-ZÀ-ÖØ-Þ][\w'’\-]*(?: [\w'’\-]+){0,3})\s*:\s*")


def _row_label(m: Measure) -> str | None:
    """The label of a list item « Label : N nom… » whose first figure is m, its noun written
    after it and not the label itself; or None."""
    b = m.figure.block
    if b is None or b.kind != "item" or not m.explicit_subject or not m.subject:
        return None
    t = b.text
    if ":" not in t[:48]:
        return None
    r = _ROW_LABEL.match(t)
    if r is None or not t.startswith(m.figure.text, r.end()):
        return None
    label = r.group(1).lower()
    if m.subject in label:
        return None     # « Morts : 196 »: the label names the measure, not who holds it
    return label


def _mark_rows(measures: list[Measure]) -> None:
    """« <li>Rhône : 24 100 candidats</li><li>Loire : 10 200 candidats</li> »: consecutive list
    items, each a label, a colon and a count of one noun, are the rows of a breakdown by holder
    (a place, a branch, a brand). notes["row"] = the label on each row's figure: a value told
    elsewhere without that label is not the row's (NUM201). At least two rows, labels distinct."""
    rows: list = []     # (block index, label, measure) of the run being read
    prev = None

    def close(rows=rows) -> None:
        if len(rows) >= 2 and len({r[1] for r in rows}) == len(rows) \
                and len({r[2].subject for r in rows}) == 1:
            for _, label, m in rows:
                m.notes["row"] = label
        rows.clear()

    for m in measures:
        b = m.figure.block
        if b is None or b is prev:
            continue
        prev = b
        if b.kind != "item":
            if rows:
                close()
            continue
        label = _row_label(m)
        if label is None or (rows and rows[-1][0] != b.index - 1):
            close()
        if label is not None:
            rows.append((b.index, label, m))
    close()


__all__ = ["Measure", "build"]
