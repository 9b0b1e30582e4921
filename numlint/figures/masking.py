"""What looks like a number but is not a quantity: years, times, postal codes, phone numbers,
references (article 49.3, A380, RN 7, COVID-19), pages, street numbers and sports scores.

`find(text)` returns Masked spans, offsets local to `text`, sorted and non-overlapping. The
figures stage blanks them before reading numbers, so they never feed a sum, a range or a count.
When unsure, a number stays a number unless the context clearly names it (« en 2022 », « à 11
heures »): a lost figure costs less than a year added to a sum. Every pattern is bounded, and
the context checks look at fixed-size windows, so the whole scan is linear in the text length.
"""
from __future__ import annotations

import bisect
import re

from numlint.figures import scanner
from numlint.figures.model import Masked
from numlint.lazyre import lazy_re

_SP = "[ \u00a0\u202f\u2009]"

# Words that may follow a year or a score without being what it counts.
FUNCTION_WORDS = frozenset("""
le la les l un une des du de d au aux à a en et ou mais puis donc or ni car que qu qui quand
lorsque lorsqu lors alors où dont avec sans contre pour par sur sous dans chez vers selon depuis
avant après pendant durant entre face devant derrière malgré jusqu jusque ce cet cette ces c
son sa ses leur leurs mon ma mes notre nos votre vos il elle ils elles on nous vous je j tu y se s
ne n avait avaient ont est était étaient sera seront serait fut furent été sont soit déjà encore
aussi même ainsi comme plus moins très enfin notamment seulement là ici cela ça tout toute tous dès
toutes année saison contre-la-montre
""".split())

# Nouns and units that make a four-digit number a count (« depuis 2000 ans », « 2000 $ »).
COUNT_WORDS = frozenset("""
an ans année années mois jour jours semaine semaines heure heures h minute minutes min seconde
secondes s siècle siècles euro euros € $ £ ¥ % ‰ dollar dollars franc francs livre livres yen
yens yuan yuans rouble roubles cent cents centime centimes
mille million millions milliard milliards k m km km² m² m³ cm mm kg g t mg l cl ml ha hectare
hectares kilomètre kilomètres mètre mètres kilo kilos kilogramme kilogrammes gramme grammes tonne
tonnes litre litres habitant habitants personne personnes fois point points voix places place
mw kw gw kwh mwh twh °c °
""".split())

# Before a year: these name the time outright (« en 2022 », « depuis 1998 », « l'été 2023 »).
STRONG_BEFORE = frozenset("""
en depuis dès jusqu'en jusqu’en année années an l'an l’an printemps été automne hiver
janvier février fevrier mars avril mai juin juillet août aout septembre octobre novembre
décembre decembre courant mi fin début semestre trimestre exercice saison rentrée cuvée
millésime promotion recensement horizon ici d'ici d’ici vers monde budget bilan campagne
édition récolte vendange vendanges moisson
""".split())
# Before a year only when nothing counted follows (« de 2014. », « pour 2025, », « entre 2024 et »).
WEAK_BEFORE = frozenset("""
de du à entre avant après pour celui celle ceux celles niveau
""".split())
# « plus de 1500 », « s'élève à 1500 »: these words before « de » / « à » make the next a count.
_WEAK_SPOILERS = frozenset("""
plus moins près autour au-delà delà environ quelque élève élèvent élevait passe passé passer
atteint atteignent atteindre chiffre estimé estimée évalué évaluée porté portée jusqu
""".split())
# Before a number that is a count, not a year (« les 1500 qui », « soit 2000. »).
COUNT_BEFORE = frozenset("""
les des ces ses leurs nos vos mes plus moins environ près quelque quelques soit sur était
étaient sont compte comptait comptaient recense dénombre seulement à peine total
""".split())

_CURRENCY_CODES = frozenset("EUR USD GBP CHF JPY CNY CAD AUD RUB XOF XAF MAD DZD TND".split())

_YEAR = lazy_re(
    r"(?<![\w.,'’/])(?<!\d" + _SP + r")"
    r"(?P<y>1\d{3}|20\d{2}|2100)"
    r"(?P<tail>[-–/]\d{2}(?![\d\w]))?"
    r"(?![\d\w]|[.,]\d|" + _SP + r"\d{3}(?!\d))")
_WORD_AFTER = lazy_re(r"[ \u00a0\u202f\u2009]{0,3}([^\W\d_][\w'’\-]{0,30}|[%‰€$£¥°])")
_JOINED_NEXT = lazy_re(
    r"[ \u00a0\u202f\u2009]{0,3}(?:à|au|et|ou|-|–)[ \u00a0\u202f\u2009]{0,3}"
    r"(\d{1,3}(?:[ \u00a0\u202f\u2009.]\d{3}){1,4}|\d{1,12})(?![\d])")

_TIME = lazy_re(
    r"(?<![\w.,])(?P<h>[01]?\d|2[0-3])(?:" + _SP + r"?h" + _SP + r"?(?P<m>[0-5]\d)(?![\d\w])"
    r"|(?P<glued>h)(?![\w])|(?P<sp>" + _SP + r"h)(?![\w]))")
_TIME_WORDS = lazy_re(
    r"(?<![\w])(?P<kw>à|vers|dès|jusqu'à|jusqu’à|avant|après|depuis|de|entre|et"
    r"|aux\s{1,3}alentours\s{1,3}de|autour\s{1,3}de)" + _SP + r"{1,3}(?P<n>(?P<h>[01]?\d|2[0-3])" + _SP + r"{1,3}heures?"
    r"(?:" + _SP + r"{1,3}(?P<m>[0-5]\d)(?!\d))?)(?![\w])", re.I)
_POSTAL = lazy_re(
    r"(?<![\w.,])(?P<n>(?:0[1-9]|[1-8]\d|9[0-5]|97)\d{3})" + _SP + r"{1,3}"
    r"(?=[A-ZÉÈÎ][\w'’\-]{1,30}(?![\w]))")
_PHONE = lazy_re(
    r"(?<![\w+])(?:\+33" + _SP + r"?(?:\(0\)" + _SP + r"?)?[1-9]|0[1-9])(?:[ .\u00a0\u202f\-]?\d{2}){4}(?![\d])"
    r"|(?<![\w+])\+(?:[1-9]\d{0,2})(?:[ .\u00a0\u202f\-]?\d{1,4}){3,5}(?![\d])")
# Phone numbers written in groups that no quantity has: « 02 221 21 11 » (Belgium), « 0 800 06 66 66 »,
# « 800 00 72 72 » (Senegal), « 1 888 353-2846 » (North America), « 022 372 33 11 » (Switzerland).
# Checked by _phone_like: a quantity groups by threes after its first group, with one separator.
_PHONE_SEP = "[ .\u00a0\u202f\\-]"
_PHONE_GROUPS = lazy_re(
    r"(?<![\w+.,'’])(?<!\d[ .\u00a0\u202f\-])"
    r"(?:\((?P<area>\d{3})\)" + _SP + r"?\d{3}[ .\-]\d{4}"
    r"|\d{1,4}(?:" + _PHONE_SEP + r"\d{2,4}){2,4})"
    r"(?![\d]|[.,]\d|[-–]\d)")
_SERVICE = lazy_re(r"(?i:\b(?:le|au)" + _SP + r"{1,3}(?P<n>[1-9]\d{1,3})(?![\w%€$£°]|[.,]\d|" + _SP
                      + r"?[%€$£°]|" + _SP + r"\d))")
# « numéro », « ligne », « composer », « appeler » a few words before « le 3635 »: a service number
_SERVICE_KEY = lazy_re(r"(?i:\b(?:num[ée]ros?|lignes?|compos(?:er|ez|ant|e)|joindre|joignable"
                          r"|standard|hotline|t[ée]l[ée]phon\w{0,4}|appel(?:er|ez|ons|ant|le|les|lent))\b)")
# A 4-digit postal code (Switzerland, Belgium, Luxembourg, Austria) before a town: only in an address
# (after « Olympialaan 74, », « NPA », « code postal »), never « 4000 Liégeois ».
_POSTAL4 = lazy_re(r"(?<![\w.,'’\-])(?P<n>[1-9]\d{3})" + _SP + r"{1,3}(?=[A-ZÉÈÎ][\w'’\-]{1,30}(?![\w]))")
_POSTAL_KEY = lazy_re(r"(?:\bNPA|\b[Cc]ode" + _SP + r"{1,3}postal|\bCP)" + _SP + r"{0,3}(?:[:,]" + _SP + r"{0,3})?\Z")
# a street number after the street's name: « Olympialaan 74, », « rue Gabrielle-Perret-Gentil 4, »
_STREET_SUFFIX = lazy_re(r"(?:laan|straat|strasse|straße|gasse|weg|platz|plein|dreef|kaai|steenweg|stras)\Z")
_STREET_BEFORE = lazy_re(r"(?i:\b(?:rue|avenue|av\.|boulevard|bd|chemin|route|rte|quai|allée|impasse"
                            r"|ruelle|promenade|esplanade|chaussée|via|viale|calle)" + _SP + r"{1,3})")
_NAME_PARTICLES = frozenset("de du des la le les von van der den am im an di del della".split())
# a department's code in brackets after a place: « dans l'Ain (01) », « à Paris (75) »
_DEPT = lazy_re(r"\((?P<n>0[1-9]|[1-8]\d|9[0-5]|2[AB]|97[1-6])\)")
_DEPT_NAME = lazy_re(r"(?:[dlDL]['’])?[A-ZÉÈÎ][\w'’\-]{1,40}\Z")
_DEPT_BEFORE = frozenset("dans à en vers près depuis département".split())
_POSTAL_KEY_NEAR = lazy_re(r"\bNPA\b|\b[Cc]odes?" + _SP + r"{1,3}postaux?\b|\bCP\b")
_DEMONYM = lazy_re(r"(?:ois|oise|ais|aise|iens?|iennes?|ains?|aines?|ards?)\Z")
_REF_WORDS = lazy_re(
    r"(?<![\w])(?:articles?|art\.|alinéas?|al\.|paragraphes?|chapitres?|tome|annexe|amendements?"
    r"|décret|loi|ordonnance|arrêté|circulaire|résolution|directive|règlement|dossier|affaire)"
    r"(?:" + _SP + r"{1,3}(?:n°|no|numéro))?" + _SP + r"{1,3}"
    r"(?P<n>(?:[LRD]\.?" + _SP + r"?)?\d{1,6}(?:[.\-–]\d{1,6}){0,4}(?:" + _SP + r"?(?:bis|ter|quater))?)"
    r"(?![\w]|[.,]\d)", re.I)
_NUMERO = lazy_re(
    r"(?<![\w])(?:n°|n\.°|numéro|no\.)" + _SP + r"{0,3}(?P<n>\d{1,9}(?:[.\-–/]\d{1,9}){0,4})(?![\d])",
    re.I)
# Glued codes: A380, N118, G20, F-16, COVID-19, COP28, TF1. One or more capitals, digits.
_CODE = lazy_re(
    r"(?<![\w\-.,])(?P<p>[A-Z][A-Za-z]{0,5})(?P<dash>-?)(?P<n>\d{1,4})(?![\w]|[.,]\d)")
_ROAD_SPACED = lazy_re(
    r"(?<![\w])(?:(?P<kw>autoroute|route|nationale|départementale|ligne|RER|tram|tramway|bus"
    r"|métro|terminal|vol|quai)" + _SP + r"{1,3}(?:[A-Z]{1,2}" + _SP + r"?)?"
    r"|(?P<rn>RN|RD|N|D|A)" + _SP + r"{1,2})(?P<n>\d{1,4})(?![\w]|[.,]\d)")
_NAMED = lazy_re(
    r"(?<![\w])(?:Windows|iPhone|iOS|Android|Galaxy|Pixel|PlayStation|Playstation|Xbox|Boeing"
    r"|Ligue|Top|Formule|Nationale|Fédérale|Python|Macbook|MacBook|Falcon|Soyouz|Ariane|Apollo"
    r"|Bundesliga|Serie|Liga)" + _SP + r"{1,3}(?P<n>\d{1,4})(?![\w]|[.,]\d)")
_PAGE = lazy_re(
    r"(?<![\w])(?:pages?|p\.|pp\.)" + _SP + r"{0,3}(?P<n>\d{1,5}(?:" + _SP + r"?[-–]" + _SP
    + r"?\d{1,5})?)(?![\w]|[.,]\d)", re.I)
_ADDRESS = lazy_re(
    r"(?<![\w.,\-])(?P<n>\d{1,4}(?:" + _SP + r"?(?:bis|ter|quater|[A-D])(?![\w]))?),?" + _SP + r"{1,3}"
    r"(?=(?:rue|avenue|av\.|boulevard|bd|place|impasse|allée|chemin|quai|square"
    r"|faubourg|rond-point|esplanade|promenade|voie|route|passage)" + _SP + r"{1,3}"
    r"(?:de\b|du\b|des\b|d['’]|[A-ZÉÈ]))")
# Never a group of thousands on either side (« de 18 000 à 16 000 places »); « 6-3 6-4 » stays.
_SCORE = lazy_re(
    r"(?<![\w.,\-])(?P<a>\d{1,2}(?!\d)|(?<!\d" + _SP + r")\d{3})(?:" + _SP + r"?[-–]" + _SP
    + r"?|" + _SP + r"(?:buts?" + _SP + r")?à" + _SP + r")(?P<b>\d{1,3})(?![\w%€$°]|[.,]\d|"
    + _SP + r"?[%€$°]|" + _SP + r"\d{3}(?!\d))")
_SPORT = lazy_re(
    r"(?<![\w])(?:victoire|défaite|battu|bat|batt|impos|gagn|perd|emport|inclin|remport|vainqu"
    r"|écras|domin|corrig|étrill|surclass|élimin|qualifi|humili|men(?:é|er|ai|ant)|mèn|score|nul"
    r"|sets?|manches?|mi-temps|buts?|essais?|finale|match|rencontre|quarts?|huitièmes?"
    r"|demi-finale)\w{0,5}(?![\w])", re.I)
_DURATION_BEFORE = lazy_re(
    r"(?:pendant|durant|en|les|des|plus\s+de|moins\s+de|près\s+de|environ|quelque|de\s+plus\s+de"
    r"|toutes\s+les|chaque|dernières|premières|sous|d['’]au\s+moins)" + _SP + r"{1,3}\Z", re.I)


def find(text: str) -> list[Masked]:
    """Masked spans of one block of prose, offsets local to `text`, sorted, never overlapping."""
    if not scanner.block(text).digit or _RUNS.search(text) is None:
        return []                    # every masked span holds a digit (0-9)
    try:
        found = _find(text)
    except (ValueError, IndexError, RecursionError):   # odd input: mask nothing rather than fail
        return []
    found.sort(key=lambda m: (m.start, -m.end))
    out, last = [], -1
    for m in found:                 # earlier, then longer, wins
        if m.start >= last:
            out.append(m)
            last = m.end
    return out


# Patterns that start with a plain character class run several times faster in `re` than
# patterns led by a lookbehind; whether a digit starts its run is checked afterwards.
# Patterns that start with a plain character class run several times faster in `re` than
# patterns led by a lookbehind.
_CODE_START = lazy_re(r"[A-Z][A-Za-z]{0,5}-?[0-9]")   # what _code_start finds, from the runs
_ROAD_START = lazy_re(r"[NDA][ \u00a0\u202f]{1,2}[0-9]")
_SPACES = frozenset(" \u00a0\u202f\u2009")   # a set: the empty string past the end is in no set
_REF_KEYS = ("article", "art.", "alinéa", "al.", "paragraphe", "chapitre", "tome", "annexe",
             "amendement", "décret", "loi", "ordonnance", "arrêté", "circulaire", "résolution",
             "directive", "règlement", "dossier", "affaire")
_NUMERO_KEYS = ("n°", "n.°", "numéro", "no.")
_ROAD_KEYS = ("autoroute", "route", "nationale", "départementale", "ligne", "RER", "tram", "bus",
              "métro", "terminal", "vol", "quai")
_NAMED_KEYS = ("Windows", "iPhone", "iOS", "Android", "Galaxy", "Pixel", "PlayStation",
               "Playstation", "Xbox", "Boeing", "Ligue", "Top", "Formule", "Nationale", "Fédérale",
               "Python", "Macbook", "MacBook", "Falcon", "Soyouz", "Ariane", "Apollo", "Bundesliga",
               "Serie", "Liga")
_STREET_KEYS = ("rue", "avenue", "av.", "boulevard", "bd", "place", "impasse", "allée", "chemin",
                "quai", "square", "faubourg", "rond-point", "esplanade", "promenade", "voie",
                "route", "passage")


def _lowered(keys) -> frozenset:
    return frozenset(k.lower() for k in keys)


_REF_SET = _lowered(_REF_KEYS) | frozenset(
    "articles alinéas paragraphes chapitres amendements".split())
_NUMERO_SET = _lowered(_NUMERO_KEYS)
_PAGE_SET = frozenset(("page", "pages", "p.", "pp."))
_ROAD_SET = _lowered(_ROAD_KEYS) | frozenset(("tramway",))
_NAMED_SET = _lowered(_NAMED_KEYS)
_STREET_SET = _lowered(_STREET_KEYS)
_RUNS = lazy_re(r"[0-9][0-9]*")   # [0-9]+, written so that sre skips ahead to a digit
_NEXT_STREET = lazy_re(
    r"(?:[ \u00a0\u202f\u2009]?(?:bis|ter|quater|[A-D])(?![\w]))?,?[ \u00a0\u202f\u2009]{1,3}([\w.\-]{2,12})")


# _token_before's two walks back, read forwards in the reversed text by one match. [^\W\d_]
# holds the letters, and a few numeric signs (« ² ») the walk stops at: a word holding one is
# walked again.
_REV_TOKEN = lazy_re(r"[ \u00a0\u202f\u2009]{0,3}((?:[^\W\d_]|[.°]){0,16})")


def _token_before(text: str, i: int, rev: str | None = None) -> tuple[int, str]:
    """(start, word) of the word ending before i, one to three spaces between; elision dropped
    (« l'article » -> article) and the word lower-cased. `rev` is text[::-1], when at hand."""
    if rev is not None:
        n = len(text)
        m = _REV_TOKEN.match(rev, n - i)
        j, k = n - m.end(1), n - m.start(1)
        w = text[j:k]
        if w.isalpha() or not w or w.replace(".", "a").replace("°", "a").isalpha():
            return j, w.lower()
    k, lo = i, max(0, i - 3)
    while k > lo and text[k - 1] in _SPACES:
        k -= 1
    j, lo = k, max(0, k - 16)
    while j > lo and (text[j - 1].isalpha() or text[j - 1] in ".°"):
        j -= 1
    return j, text[j:k].lower()


_STREET_END = frozenset(",;.)")
_PHONE_NEXT = frozenset(" .\u00a0\u202f-")
_SHORT_NEXT = frozenset("-–h")
_SHORT_AFTER_SPACE = frozenset("-–hàb")
_KEY_END = frozenset("abcdefghijklmnopqrstuvwxyzéèêëàâîïôûüçABCDEFGHIJKLMNOPQRSTUVWXYZ.°")


def _candidates(text: str) -> dict[str, list[int]]:
    """One pass over the runs of digits: where each exact pattern may start. Keywords are looked
    up in sets next to the digits, not searched for one by one through the text."""
    found: dict[str, list[int]] = {}
    codes = found["code"] = []
    n = len(text)
    rev = None
    for m in _RUNS.finditer(text):
        d, e = m.span()
        size = e - d
        prev = text[d - 1] if d else ""
        nxt = text[e] if e < n else ""
        if prev in _CODE_PREV and prev:
            _code_start(text, d, prev, codes)
        if prev and prev in ".,":
            continue                 # « 3,5 », « 25.000 »: the tail of a number
        if size == 4:
            found.setdefault("year", []).append(d)
            if nxt in _SPACES:
                found.setdefault("postal4", []).append(d)
        elif size == 5:
            found.setdefault("postal", []).append(d)
        elif size <= 3 and (nxt in _SHORT_NEXT or (
                nxt in _SPACES and e + 1 < n and text[e + 1] in _SHORT_AFTER_SPACE)):
            found.setdefault("short", []).append(d)
        if size in (2, 10) and text[d] == "0":
            found.setdefault("phone", []).append(d)
        if prev == "(" and (nxt == ")" or (size == 1 and text[e:e + 2] in ("A)", "B)"))):
            found.setdefault("dept", []).append(d - 1)
        elif size <= 4 and prev in _SPACES and (nxt in _STREET_END or not nxt) and d > 1 and text[d - 2].isalpha():
            found.setdefault("street_no", []).append(d)
        if size <= 4 and nxt in _PHONE_NEXT and e + 1 < n and "0" <= text[e + 1] <= "9":
            found.setdefault("grouped", []).append(d - (prev == "(" and size == 3 and nxt == ")"))
        elif size == 3 and nxt == ")" and prev == "(":
            found.setdefault("grouped", []).append(d - 1)
        if prev and (prev in _KEY_END or (prev in _SPACES and d > 1 and text[d - 2] in _KEY_END)):
            if rev is None:
                rev = text[::-1]
            _before(text, d, found, rev)
        if nxt in _SPACES or nxt == ",":
            if text.startswith("heure", e + 1):
                found.setdefault("hour", []).append(e + 1)
            else:
                w = _NEXT_STREET.match(text, e)
                if w and w.group(1).lower() in _STREET_SET:
                    found.setdefault("street", []).append(d)
    return found


_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_CODE_PREV = _ASCII_LETTERS | {"-"}


def _code_start(text: str, d: int, prev: str, codes: list[int]) -> None:
    """Where _CODE_START's scan (finditer) would match before the run of digits at d: the
    leftmost capital among the up to six ASCII letters (then an optional dash) before d."""
    k = d - 1 if prev == "-" else d
    c = k
    while c > 0 and k - c < 6 and text[c - 1] in _ASCII_LETTERS:
        c -= 1
    for i in range(c, k):
        if "A" <= text[i] <= "Z":
            codes.append(i)
            return


_REF_SHORT = frozenset(("l", "l.", "r", "r.", "d", "d.", "no"))


def _before(text: str, d: int, found: dict[str, list[int]], rev: str | None = None) -> None:
    j, w = _token_before(text, d, rev)
    if not w:
        return
    if w in _NUMERO_SET:
        j2, w2 = _token_before(text, j, rev)
        if w2 in _REF_SET:
            found.setdefault("ref", []).append(j2)
        found.setdefault("numero", []).append(j)
    elif w in _REF_SET:
        found.setdefault("ref", []).append(j)
    elif w in _PAGE_SET:
        found.setdefault("page", []).append(j)
    elif w == "le" or w == "au":
        found.setdefault("service", []).append(j)
    elif w in _ROAD_SET or w in _NAMED_SET:
        found.setdefault("road", []).append(j)
    elif w in _REF_SHORT or (len(w) <= 2 and w.isalpha() and w.isascii() and text[j].isupper()):
        # « article L. 1234-5 », « l'autoroute A1 »: only these words can stand between a key
        # and its digits (_REF_WORDS: [LRD] or « no »; _ROAD_SPACED: [A-Z]{1,2})
        j2, w2 = _token_before(text, j, rev)
        if w2 in _REF_SET:
            found.setdefault("ref", []).append(j2)
        elif w2 in _ROAD_SET:
            found.setdefault("road", []).append(j2)


_AVOIR = frozenset("a ai as avons avez ont avait avaient avais aura auront aurait auraient ayant avoir eu été".split())
_AVOIR_ADV = frozenset("déjà aussi encore également notamment finalement ainsi pourtant enfin".split())


def _verb_arrete(text: str, i: int) -> bool:
    """« arrêté » after a form of avoir (maybe one adverb between) is the participle."""
    j, w = _token_before(text, i)
    if w in _AVOIR_ADV:
        j, w = _token_before(text, j)
    return w in _AVOIR


def _matches(pattern: re.Pattern, text: str, starts):
    """pattern.match at each start, skipping starts inside the previous match (like finditer)."""
    last = -1
    for i in starts:
        if i < last:
            continue
        m = pattern.match(text, i)
        if m:
            last = m.end()
            yield m


def _find(text: str) -> list[Masked]:
    out: list[Masked] = []

    def add(kind: str, s: int, e: int, value: int | None = None) -> None:
        out.append(Masked(kind, text[s:e], s, e, value))

    # Candidates first; the exact patterns are then tried only there.
    keys = _candidates(text)
    phones = keys.get("phone", [])
    i = text.find("+")
    while i != -1:
        phones.append(i)
        i = text.find("+", i + 1)
    phones.sort()
    codes = keys["code"]               # _CODE_START's matches, found from the digit runs
    roads = [m.start() - (m.start() > 0 and text[m.start() - 1] == "R")
             for m in _ROAD_START.finditer(text)]
    addresses = keys.get("street", [])
    short = keys.get("short", [])
    postals = keys.get("postal", [])
    years = keys.get("year", [])

    for m in _matches(_PHONE, text, phones):
        add("phone", m.start(), m.end())
    for m in _matches(_PHONE_GROUPS, text, keys.get("grouped", ())):
        if _phone_like(m):
            add("phone", m.start(), m.end())
    for m in _matches(_SERVICE, text, keys.get("service", ())):
        if _service_context(text, m.start()):
            add("phone", m.start("n"), m.end("n"))
    for m in _matches(_REF_WORDS, text, keys.get("ref", ())):
        if m.group(0)[:6].lower() == "arrêté" and _verb_arrete(text, m.start()):
            continue                # « le gardien a arrêté 33 tirs »: the verb, not a decree
        add("reference", m.start(), m.end())
    for m in _matches(_NUMERO, text, keys.get("numero", ())):
        add("reference", m.start(), m.end())
    for m in _matches(_PAGE, text, keys.get("page", ())):
        add("page", m.start(), m.end())
    for m in _matches(_ROAD_SPACED, text, sorted(set(roads + keys.get("road", [])))):
        if m.group("rn") and m.group("rn") in "NDA" and not _road_context(text, m.start()):
            continue                # « la N 118 », not « le groupe A 12 »
        add("road", m.start(), m.end())
    for m in _matches(_CODE, text, codes):
        p, num = m.group("p"), m.group("n")
        if p in ("Mi", "Fin", "Début"):
            continue                 # « Mi-2024 » is a year
        if p in ("A", "N", "D", "RN", "RD") and len(num) <= 3 and not (p == "A" and len(num) == 3):
            add("road", m.start(), m.end())
        else:
            add("reference", m.start(), m.end())
    for m in _matches(_NAMED, text, sorted(keys.get("named", []) + keys.get("road", []))):
        add("reference", m.start(), m.end())
    for m in _matches(_ADDRESS, text, addresses):
        if not _count_before(text, m.start()):
            add("address", m.start("n"), m.end("n"))
    for m in _matches(_POSTAL, text, postals):
        if _postal_context(text, m.start()):
            add("postal", m.start("n"), m.end("n"))
    for m in _matches(_POSTAL4, text, keys.get("postal4", ())):
        if _postal4_context(text, m.start()):
            add("postal", m.start("n"), m.end("n"))
    for d in keys.get("street_no", ()):
        e = d
        while e < len(text) and text[e].isdigit():
            e += 1
        if not (e < len(text) and text[e] == "." and text[e + 1:e + 2].isdigit()) and _street_name_before(text, d):
            add("address", d, e)
    for m in _matches(_DEPT, text, keys.get("dept", ())):
        if _dept_context(text, m.start()):
            add("postal", m.start("n"), m.end("n"))
    _times(text, add, short, keys.get("hour", []))
    _scores(text, add, short)
    _years(text, add, years)
    return out


# --- phone numbers ---------------------------------------------------------------------------

_GROUP_SPLIT = lazy_re(r"[ .\u00a0\u202f\-()]+")


def _phone_like(m: re.Match) -> bool:
    """Digit groups no quantity is written in: 8 to 11 digits, and a group of 0…, a group that is not
    three digits after the first, a mixed or « - » separator — but not a range (« 12 000-15 000 »)."""
    if m.group("area"):
        return True                  # « (514) 873-2111 »
    t = m.group()
    groups = [g for g in _GROUP_SPLIT.split(t) if g]
    digits = sum(len(g) for g in groups)
    if not 8 <= digits <= 11:
        return False
    if len(groups[0]) == 4 and groups[0][0] != "0":
        return False                 # « 2023 12 000 »: a year, then a count
    if len(groups) == 3 and not (len(groups[0]) == 3 and len(groups[1]) == 3 and len(groups[2]) == 4
                                 and "." not in t):
        return False                 # three groups: only « 514 873-2111 » (« 12.05.2023 » is a date)
    seps = {c for c in t if not c.isdigit()}
    if t.count("-") > 1 and len(seps) > 1:
        return False                 # « 21-18 25-23 »: sets of a match
    if "-" in t and t.count("-") == 1:
        a, b = t.split("-")
        if _quantity_grouped(a) and _quantity_grouped(b) and _value(a) < _value(b):
            return False             # « 12 000-15 000 »: a range
    if len(seps) == 1 and "-" not in seps and _quantity_grouped(t):
        return False                 # « 1 200 300 400 »: one quantity
    return True


def _quantity_grouped(t: str) -> bool:
    groups = [g for g in _GROUP_SPLIT.split(t) if g]
    return (bool(groups) and len(groups[0]) <= 3 and not (groups[0][0] == "0" and len(groups) > 1)
            and all(len(g) == 3 for g in groups[1:]))


def _service_context(text: str, s: int) -> bool:
    """« le 3635 » after « numéro », « ligne », « composer », « appeler » in the same clause, with
    nothing counted after it (« la ligne Info-Santé, le 811, répond »)."""
    lo = max(0, s - 45)
    window = text[lo:s]
    cut = max(window.rfind(c) for c in ".;!?")
    key = _SERVICE_KEY.search(window, cut + 1)
    if key is None or _RUNS.search(window, key.end()):
        return False                 # « le numéro vert a reçu 3 500 appels, le 12 »: another figure between
    return _free(_next_word(text, _SERVICE.match(text, s).end()))


# --- years ------------------------------------------------------------------------------------

def _years(text: str, add, starts: list[int]) -> None:
    prev_end, prev_year = -10, False
    for m in _matches(_YEAR, text, starts):
        s, e = m.start(), m.end()
        year = int(m.group("y"))
        joined = prev_year and _joins(text, prev_end, s)
        if _is_year(text, s, e, joined):
            add("year", s, e, year)
            prev_end, prev_year = e, True
        else:
            prev_end, prev_year = e, False


def _is_year(text: str, s: int, e: int, joined: bool) -> bool:
    nxt = _next_word(text, e)
    if nxt in COUNT_WORDS and not _elided_next(text, e):
        return False                 # « depuis 2000 ans », « 2000 $ », « 1500 euros » (not « 2025 s'annonce »)
    before = _prev_word(text, s)
    if before in STRONG_BEFORE:
        return True                  # « en 2010 à 390 000 », « en 2023 et 2,03 »
    if (before and before.isalpha() and before.islower() and _free(nxt)
            and _prev_word(text, s - len(before) - 1) in _SEASON_NOUNS):
        return True                  # « la campagne arachidière 2025-2026 », « l'exercice budgétaire 2024 »
    if before == "de" and _prev_word(text, s - len(before) - 1).lower() in _SPAN_NOUNS:
        return True                  # « les neuf (premiers) mois de 2026 montre », « six semaines de 2025 »
    j = _JOINED_NEXT.match(text, e)
    if j and not joined:
        other = j.group(1)
        # « de 1500 à 20000 », « entre 1200 et 1 500 » (not « fixé pour 2027 à 26 000 tonnes »:
        # after « pour », an end far above the first is the level set for that year)
        if not _year_like(other) and _value(other) * 2 >= int(text[s:s + 4]) and not (
                before == "pour" and _value(other) >= 5 * int(text[s:s + 4])):
            return False
        if _year_like(other) and not _free(_next_word(text, j.end())):
            return False             # « de 1500 à 2000 personnes »
    if not _free(nxt):
        return False                 # « 2023 soldats », « de 1200 salariés »
    if joined:
        return True
    if before in WEAK_BEFORE:
        w2 = _prev_word(text, s - len(before) - 1).lower() if s > len(before) else ""
        if before == "à":
            # « remonte à 2017, il y a neuf ans »: the year something goes back to
            return w2 in ("ici", "d'ici", "d’ici", "rapport", "jusqu", "jusqu'", "jusqu’",
                          "remonte", "remontent")
        return w2 not in _WEAK_SPOILERS
    if before in COUNT_BEFORE or before.upper() in _CURRENCY_CODES:
        return False
    # Alone: at the start of a block or sentence, after punctuation or after a name (« Budget 2025 : »,
    # « (1950-2023) », « … lourd. 2023 a été… »)
    k = s - 1
    while k >= 0 and text[k] in " \u00a0\u202f\u2009":
        k -= 1
    if k < 0 or text[k] in "(,;:–—-«\"“[.!?…":
        return True
    return bool(before) and before[0].isupper()


# « les neuf premiers mois de 2026 »: the spans of a year (a verb may follow it)
_SPAN_NOUNS = frozenset({"mois", "semaines", "jours", "trimestres", "semestres"})

# a season, a vintage or an accounting year: one adjective may stand between it and the year
_SEASON_NOUNS = frozenset("""
saison campagne exercice millésime budget cuvée édition rentrée récolte vendange vendanges moisson
""".split())
_ELIDED_NEXT = lazy_re(r"[ \u00a0\u202f\u2009]{0,3}[^\W\d_]{1,3}['’][^\W\d_]")


def _elided_next(text: str, e: int) -> bool:
    """« s'annonce », « l'an »: an elided word, never a unit."""
    return _ELIDED_NEXT.match(text, e) is not None


def _free(word: str | None) -> bool:
    """Nothing counted follows: end, punctuation, or a word that is not a noun of the figure."""
    return not word or word in FUNCTION_WORDS or word[0].isupper()


def _value(num: str) -> int:
    digits = "".join(c for c in num if c.isdigit())
    return int(digits[:15]) if digits else 0


def _year_like(num: str) -> bool:
    return len(num) == 4 and num.isdigit() and 1000 <= int(num) <= 2100


def _joins(text: str, a: int, b: int) -> bool:
    """« 2002, 2004 et 2010 », « de 2010 à 2020 », « 1950-2023 »: a list or range of years."""
    gap = text[a:b]
    if len(gap) > 8:
        return False
    return gap.strip(" \u00a0\u202f\u2009") in (",", "et", "ou", "à", "au", "-", "–", "/")


def _next_word(text: str, i: int) -> str:
    m = _WORD_AFTER.match(text, i)
    if not m:
        return ""
    w = m.group(1).lower()
    return re.split(r"['’]", w, maxsplit=1)[0] if ("'" in w or "’" in w) else w


def _prev_word(text: str, i: int) -> str:
    """The word just before i (one to three spaces between), elision dropped."""
    k, lo = i, max(0, i - 3)
    while k > lo and text[k - 1] in _SPACES:
        k -= 1
    if k == i:
        return ""
    j, lo = k, max(0, k - 30)
    while j > lo and (text[j - 1].isalnum() or text[j - 1] in "_'’-"):
        j -= 1
    w = text[j:k]
    if not w:
        return ""
    if "'" in w or "’" in w:        # « d'ici », « l'an », « jusqu'en »: keep as written
        low = w.lower()
        if low in STRONG_BEFORE:
            return low
        w = re.split(r"['’]", w)[-1]
    return w if w[:1].isupper() else w.lower()


def _count_before(text: str, i: int) -> bool:
    return _prev_word(text, i).lower() in COUNT_BEFORE


# --- postal codes and roads -------------------------------------------------------------------

def _postal_context(text: str, s: int) -> bool:
    """A code stands after an address, a comma, a bracket, the start, or « à »."""
    k = s - 1
    while k >= 0 and text[k] in " \u00a0\u202f\u2009":
        k -= 1
    if not (k < 0 or text[k] in ",(–—-:" or _prev_word(text, s).lower() in ("à", "au", "cp")):
        return False
    m = _WORD_AFTER.match(text, text.find(" ", s) if text.find(" ", s) != -1 else s)
    city = m.group(1) if m else ""
    # « 15000 Français » counts people: a name ending in -s must be a known city
    return not city.endswith("s") or city in _CITIES_IN_S


def _postal4_context(text: str, s: int) -> bool:
    """A 4-digit code only in an address: after « NPA » or « code postal », or after a street
    number and a comma (« Olympialaan 74, 8200 Bruges », « rue du Rhône 8, 1204 Genève »)."""
    lo = max(0, s - 20)
    if _POSTAL_KEY.search(text, lo, s):
        return True
    window = text[max(0, s - 40):s]
    cut = max(window.rfind(c) for c in ".;!?")
    if _POSTAL_KEY_NEAR.search(window, cut + 1):
        town = _WORD_AFTER.match(text, text.find(" ", s))
        return town is not None and _DEMONYM.search(town.group(1)) is None   # « NPA 6370 Stans », not « … Stansois »
    k = s - 1
    while k >= 0 and text[k] in _SPACES:
        k -= 1
    if k < 1 or text[k] != ",":
        return False
    j = k
    while j > 0 and text[j - 1].isdigit() and k - j < 4:
        j -= 1
    if j == k or (j > 0 and text[j - 1] not in _SPACES):
        return False
    return _street_name_before(text, j)


def _street_name_before(text: str, d: int) -> bool:
    """The street's name stands right before the number at d: a word ending like a street
    (« Olympialaan », « Bahnhofstrasse ») or « rue », « avenue »… then capitalised words."""
    k = d
    while k > 0 and text[k - 1] in _SPACES:
        k -= 1
    if k == d or k == 0:
        return False
    lo = max(0, k - 60)
    seg = text[lo:k]
    last = seg.rsplit(" ", 1)[-1]
    if not last or not last[0].isupper():
        return False
    if _STREET_SUFFIX.search(last.lower()) and last[0].isupper():
        return True
    key = None
    for key in _STREET_BEFORE.finditer(seg):
        pass
    if key is None:
        return False
    names = seg[key.end():].split()
    if not 1 <= len(names) <= 6:
        return False
    for w in names:
        bare = w[2:] if w[:2].lower() in ("d'", "d’", "l'", "l’") else w
        if not (bare[:1].isupper() or w.lower() in _NAME_PARTICLES):
            return False
    return True


def _dept_context(text: str, s: int) -> bool:
    """« (01) » after a place's name, itself after « dans », « à », « en »… or an elided article."""
    k = s
    while k > 0 and text[k - 1] in _SPACES:
        k -= 1
    if k == s:
        return False
    m = _DEPT_NAME.search(text, max(0, k - 42), k)
    if not m:
        return False
    j = m.start()
    before = _prev_word(text, j).lower()
    if before in ("le", "la", "les") or m.group()[1:2] in ("'", "’"):
        j = j - len(before) - 1 if before in ("le", "la", "les") else j
        before = _prev_word(text, j).lower()     # « dans l'Ain (01) », « dans le Var (83) »
    # only a place's preposition: « devant le PS (19) », « la Gantoise (42) » are counts
    return before in _DEPT_BEFORE


_CITIES_IN_S = frozenset("""
Paris Reims Nîmes Calais Tours Rennes Nantes Vannes Cannes Valenciennes Angers Poitiers Limoges
Orléans Amiens Nevers Béziers Troyes Sens Arras Thiers Alès Annemasse Agde Vesoul Dax Gisors
Meaux Dreux Evreux Évreux Lens Louviers Nemours Pamiers Retiers Millas Vierzon Chartres Hyères
""".split())


def _road_context(text: str, s: int) -> bool:
    return _prev_word(text, s).lower() in ("la", "l", "sur", "par", "de", "vers", "autoroute",
                                           "route", "nationale", "départementale")


# --- times ------------------------------------------------------------------------------------

def _times(text: str, add, starts: list[int], hours: list[int]) -> None:
    for m in _matches(_TIME, text, starts):
        s, e = m.start(), m.end()
        after = text[e:e + 12]
        if re.match(_SP + r"?(?:min|mn|s\b|'|′)", after):
            continue                 # « 2 h 04 min 45 s »: a duration
        window = text[max(0, s - 24):s]
        if _DURATION_BEFORE.search(window):
            continue                 # « pendant 8 h », « en 2 h 04 »
        if m.group("m") is None:
            if re.match(_SP + r"{0,3}(?:de|d['’])" + _SP, after):
                continue             # « 12 h de garde à vue »
            if m.group("sp") and not re.search(
                    r"(?:à|vers|dès|jusqu'à|jusqu’à|avant|après|depuis|de|entre|et)" + _SP + r"{1,3}\Z",
                    window):
                continue             # « 8 h » spaced and alone: could be hours counted
        add("time", s, e)
    spans = set()
    for h in hours:       # the pattern ends at « heure(s) [MM] »: look in a window before it
        m = next((w for w in _TIME_WORDS.finditer(text, max(0, h - 48), min(len(text), h + 12))
                  if w.start("n") <= h < w.end("n")), None)
        if not m or m.start() in spans:
            continue
        spans.add(m.start())
        after = text[m.end():m.end() + 16]
        if re.match(_SP + r"{1,3}(?:de\b|d['’]|des\b)", after):
            continue                 # « à 12 heures de route »
        if m.group("kw").lower() in ("de", "entre") and not re.match(
                _SP + r"{1,3}(?:à|et)" + _SP, after):
            continue                 # « de 8 heures » alone is a duration
        add("time", m.start("n"), m.end("n"))


# --- scores -----------------------------------------------------------------------------------

def _scores(text: str, add, starts: list[int]) -> None:
    sport: list[int] | None = None     # where sports words stand, found once (linear)
    for m in _matches(_SCORE, text, starts):
        s, e = m.start(), m.end()
        if not _free(_next_word(text, e)):
            continue                 # « 10-15 ans », « 5 à 10 jours »
        prev = _prev_word(text, s).lower()
        dash = m.group(0)[len(m.group("a")):].strip(" \u00a0\u202f\u2009")[:1] in "-–"
        if prev in ("entre", "des", "les", "environ", "sur") or (prev in ("de", "du") and not dash):
            continue                 # « de 5 à 10 », « les 3-4 »
        if sport is None:
            sport = [w.start() for w in _SPORT.finditer(text)]
        k = bisect.bisect_left(sport, s - 90)
        near = k < len(sport) and sport[k] < e + 40
        if not near and not _tennis(text, s, e):
            continue
        add("score", s, e)


_SET_AFTER = lazy_re(r"," + _SP + r"{0,2}\d{1,2}[-–]\d{1,2}(?!\d)")
_SET_BEFORE = lazy_re(r"\d{1,2}[-–]\d{1,2}," + _SP + r"{0,2}\Z")


def _tennis(text: str, s: int, e: int) -> bool:
    """« 6-3, 6-4 »: sets follow one another, comma-separated."""
    return bool(_SET_AFTER.match(text, e) or _SET_BEFORE.search(text, max(0, s - 10), s))
