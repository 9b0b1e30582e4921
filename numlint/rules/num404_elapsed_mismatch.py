from __future__ import annotations

import bisect
from datetime import date, timedelta

from numlint import calendar
from numlint.rules.base import Context, Rule

_AGES = ("age_now", "age_past", "age_death", "age_at", "age_app")
# An age read from the layout, not from a verb (« Christine Lagarde, 63 ans, », « À 58 ans, il »
# after « né en 1960 ») is today's age when a few years off — a stale age — but a moment of the
# past told in the present when decades off (« À 22 ans, il enregistre son premier disque »).
_STALE = 10
# days into the year before which an article may have been written the year before
_WRITTEN_BEFORE = 45


class ElapsedMismatch(Rule):
    """Âge ou temps écoulé qui ne correspond pas aux dates.

    Ce qu'elle vérifie : un âge confronté à l'année (ou la date) de naissance écrite dans la même
    phrase ou juste avant (« né en 1950, il a 60 ans ») et à la date de référence, ou à la date du
    décès pour un âge au passé (« mort le 13 mars … né le 12 avril 1941, il avait 79 ans ») quand ce
    décès est celui de la personne née (même phrase, ou phrase juste avant une naissance qui ouvre
    la sienne) ; un temps écoulé confronté à l'année ou à la date écrite à côté (« il y a trois ans,
    en 2019 », « le 15 avril 2019, il y a trois ans »). Une année d'écart est tolérée : sans mois de
    naissance, on ne sait pas si l'anniversaire est passé. Un âge en apposition (« Née en 1956 …,
    Christine Dupont, 63 ans, dirige ») ou qui ouvre la phrase suivant la naissance (« X, né en
    1960, prend la tête du ministère. À 58 ans, il … ») compte comme l'âge d'aujourd'hui s'il n'a
    que quelques années d'écart ; à plusieurs décennies, c'est un moment du récit (« À 22 ans, il
    enregistre »). Après une naissance qui ouvre la phrase, le nom qui suit en est le sujet (« Né en
    1967, le technicien de 55 ans », « Né en 1973, cet ancien président de la région, 45 ans »). De
    même pour une naissance et un âge en deux appositions d'un même nom, dans un ordre ou l'autre
    (« Adam Yates, né en 1992, 31 ans », « Le capitaine X, 31 ans, né le 7 août 1992 »), et pour
    l'âge de celui qui parle (« », a raconté X, 41 ans », « », a averti la ministre, X, 45 ans. »)
    quand la phrase suivante s'ouvre sur une
    naissance dite d'un nom repris (« Cet économiste né en 1968 », « Né en 1981, le skipper »), ou
    dont la naissance est l'aparté suivant son nom (« », raconte X, 49 ans, né en 1968 »). L'âge du
    nom qui ouvre une phrase du haut de l'article (« X, 29 ans, a remporté … ») va avec la seule
    naissance de l'article dite de personne de nommé, par un démonstratif, plus loin dans la même
    partie (« Né le 4 mars 1993, ce professeur … »). Un âge complément d'un nom suivi de la
    naissance (« un attaquant de 19 ans né en 2004 ») est celui de ce nom ; l'âge d'un nom après
    son titre (« le prince Rahim Al-Hussaini, 51 ans ») va avec la naissance dite du même titre et
    du même prénom ou nom (« Né le 12 octobre 1971, le prince Rahim … »). Un anniversaire (« Fondé en 1995,
    le collège célèbre ses 31 ans ») est confronté à l'année de fondation de la même phrase.

    Pourquoi : un âge faux est une erreur que les lecteurs relèvent tout de suite. La règle a
    besoin d'une date de référence (`--reference-date` ou date de publication) et d'un lien écrit
    (« né en », « âgé de », « il y a ») ; sinon elle se tait.

    Exemple signalé (publié en 2025) : « Né en 1950, il a 60 ans. »
    Exemple accepté (publié en 2025) : « Né en 1950, il a 75 ans. »
    ---
    Age or elapsed time that does not match the dates.

    What it checks: an age against the year (or date) of birth written in the same sentence or just
    before ("né en 1950, il a 60 ans") and the reference date, or the date of death for an age in
    the past ("mort le 13 mars … né le 12 avril 1941, il avait 79 ans") when that death is the one
    born's (same sentence, or the sentence right before a birth opening its own); an elapsed time
    against the year or date written beside it ("il y a trois ans, en 2019", "le 15 avril 2019, il y
    a trois ans"). One year of slack: without a month of birth, nobody knows whether the birthday
    has passed. An age in apposition ("Née en 1956 …, Christine Dupont, 63 ans, dirige") or opening
    the sentence after the birth ("X, né en 1960, prend la tête du ministère. À 58 ans, il …") is
    taken as today's age when only a few years off; decades off, it is a moment of the story. After
    a birth opening the sentence, the noun that follows is its subject ("Né en 1967, le technicien
    de 55 ans", "Né en 1973, cet ancien président de la région, 45 ans"). So is an age beside a
    birth as two asides of one name, in either order ("Adam Yates, né en 1992, 31 ans", "Le
    capitaine X, 31 ans, né le 7 août 1992"), and a speaker's age ("», a raconté X, 41 ans", "»,
    a averti la ministre, X, 45 ans.") when
    the next sentence opens on a birth told of a noun anaphor ("Cet économiste né en 1968", "Né en
    1981, le skipper"), or whose birth is the next aside of the name ("», raconte X, 49 ans, né en
    1968"). The age of a name opening a sentence at the top of the article ("X, 29 ans, a remporté
    …") goes with the article's one birth told of nobody named, by a demonstrative, further on in
    the same part ("Né le 4 mars 1993, ce professeur …"). An age complement of a noun followed by
    the birth ("un attaquant de 19 ans né en 2004") is that noun's; the age of a name after its
    title ("le prince Rahim Al-Hussaini, 51 ans") goes with the birth told of the same title and
    first or last name ("Né le 12 octobre 1971, le prince Rahim …"). An anniversary ("Fondé en
    1995, le collège célèbre ses 31 ans") is checked against the founding year of its sentence.

    Why: a wrong age is an error readers spot at once. The rule needs a reference date
    (`--reference-date` or publication date) and a written link ("né en", "âgé de", "il y a");
    otherwise it stays quiet.

    Reported (published in 2025): "Né en 1950, il a 60 ans."
    Accepted (published in 2025): "Né en 1950, il a 75 ans."
    """
    code = "NUM404"
    name = "elapsed-mismatch"
    severity = "warning"
    fires = (
        ("Portrait\nNé en 1950 à Lyon, il a 60 ans et dirige toujours son atelier.\n", "2025-05-10"),
        ("Anniversaire\nIl y a trois ans, en 2019, la cathédrale brûlait.\n", "2025-04-15"),
    )
    quiet = (
        ("Portrait\nNé en 1950 à Lyon, il a 75 ans et dirige toujours son atelier.\n", "2025-05-10"),
        ("Anniversaire\nIl y a six ans, en 2019, la cathédrale brûlait.\n", "2025-04-15"),
        "Portrait\nNé en 1950 à Lyon, il a 60 ans et dirige toujours son atelier.\n",
    )

    def check(self, ctx: Context):
        cal = calendar.get(ctx)
        if not cal.confident or cal.anchor is None:
            return
        now = cal.anchor
        births = [_Moment.of(x, cal) for x in _cued(ctx, "birth")]
        deaths = [_Moment.of(x, cal) for x in _cued(ctx, "death")]
        births = [b for b in births if b and b.year <= now.year]
        born_in: dict[tuple[int, int], list] = {}
        for b in births:
            born_in.setdefault((id(b.item.block), b.item.sentence), []).append(b)
        self._top = None
        self._years_in = _BySentence(m for m in ctx.masked if m.kind == "year" and m.value)
        self._dated_in = _BySentence(g for g in ctx.figures_of("date") if g.year is not None)
        deaths = [d for d in deaths if d and d.year <= now.year]
        # a death in the sentence of a birth is that person's: not for a birth elsewhere
        self._own_deaths = {id(d): (id(d.item.block), d.item.sentence) in born_in for d in deaths}
        # « un promoteur de 54 ans, né en 1972, et son ancienne comptable, âgée de 47 ans »: the
        # birth aside right after an age (paired by its cue, or a dozen characters on) is that
        # age's, never a later age's in the sentence
        claimed: dict[int, object] = {}
        for g in ctx.figures_of("duration"):
            if g.unit != "year":
                continue
            reach = 100 if "aside_next" in g.cues or "born_next" in g.cues else 12
            near = [b for b in born_in.get((id(g.block), g.sentence), ())
                    if 0 <= b.item.start - g.end <= reach]
            if near:
                claimed.setdefault(id(min(near, key=lambda b: b.item.start).item), g)
        # « il soufflait cette année ses 71 bougies »: a count of candles the figures stage read
        # as an age
        candles = [n for n in ctx.figures_of("number") if "candles" in n.cues]
        for f in list(ctx.figures_of("duration")) + candles if candles else ctx.figures_of("duration"):
            if (f.unit != "year" and "candles" not in f.cues) or isinstance(f.value, str):
                continue
            if f.value is None and not f.is_range:
                continue
            if "ago" in f.cues:
                yield from self._ago(ctx, f, now)
                continue
            if "anniv" in f.cues:
                yield from self._anniversary(ctx, f, now)
                continue
            if "tenure" in f.cues:
                yield from self._tenure(ctx, f, now)
                continue
            if "age_turns" in f.cues:
                # « née en 1981, elle fêtera ses 45 ans en décembre »: the one birth before it
                here = born_in.get((id(f.block), f.sentence), ())
                # (or, told in a bracket right after it: « … le mois prochain (il est né en 1996) »)
                born = [b for b in here if (b.item.start < f.start if "born_next" not in f.cues
                                            else 0 <= b.item.start - f.end <= 100)
                        and claimed.get(id(b.item), f) is f]
                if len(born) == 1 and len(here) == 1:
                    yield from self._turns(ctx, f, born[0], now)
                continue
            cue = next((c for c in f.cues if c in _AGES), None)
            if cue is None:
                continue
            here = born_in.get((id(f.block), f.sentence), ())
            if "named" in f.cues:
                # « …, Beat Jans, 59 ans, … » and, elsewhere, « Beat Jans, né le 26 juillet 1964 »:
                # the one birth told of the same full name
                # (or « le prince Rahim Al-Hussaini, 51 ans » and « Né …, le prince Rahim »)
                keys = {c for c in f.cues if c.startswith(("person=", "titled="))}
                same = [b for b in births if not keys.isdisjoint(b.item.cues)]
                key = (id(f.block), f.sentence)
                if len(same) == 1 and not here and not self._years_in.get(key) \
                        and not self._dated_in.get(key):    # « En 2019, … X, 48 ans »: an age then
                    yield from self._age(ctx, f, "age_app", same[0], deaths, now)
                elif not same and not here and "speaker" in f.cues:
                    # « », a averti la ministre, X, 45 ans. Née en 1975, cette économiste … »
                    born = self._demo_born_next(f, born_in)
                    if born is not None:
                        yield from self._age(ctx, f, "lead", born, deaths, now)
                elif not same and not here and "next_birth" in f.cues:
                    born = self._anaphor_born_next(f, born_in)
                    if born is not None:
                        yield from self._age(ctx, f, "lead", born, deaths, now)
                continue
            if "speaker" in f.cues:
                # « …, résume X, 51 ans, qui … . Cet économiste né en 1968 … »: the one birth
                # opening the next sentence with a demonstrative is the speaker's
                born = self._demo_born_next(f, born_in) if not here else None
                if born is not None:
                    yield from self._age(ctx, f, "lead", born, deaths, now)
                continue
            born = [b for b in here if b.item.start < f.start and claimed.get(id(b.item), f) is f]
            if not born and "born_next" in f.cues:
                # « âgé de 51 ans et né en 1968 »: the birth right after, of the same one; a
                # year placed before the age in the sentence dates it: quiet
                key = (id(f.block), f.sentence)
                near = [b for b in here if 0 <= b.item.start - f.end <= 100]
                # (not a year in the subject's aside: « Le directeur, arrivé en 2019, a fêté ses
                # 52 ans en janvier, lui qui est né en 1968 »)
                aside = next((int(c[12:]) for c in f.cues if c.startswith("aside_years=")), 0)
                if any(y.start < f.start - aside and ("in" in y.cues or y.kind == "date")
                       for y in self._years_in.get(key) + self._dated_in.get(key)):
                    near = []
                born = [min(near, key=lambda b: b.item.start)] if near else []
            aside = cue == "age_app" and ("aside" in f.cues or "aside_next" in f.cues)
            if aside:
                # « Adam Yates, né en 1992, 27 ans » / « X, 27 ans, né en 1992 »: two asides of
                # one name, the birth the one right beside the age
                gap = (lambda b: f.start - b.item.end) if "aside" in f.cues else \
                    (lambda b: b.item.start - f.end)
                near = [b for b in here if 0 <= gap(b) <= 100]
                born = [min(near, key=gap)] if near else []
                key = (id(f.block), f.sentence)
                if any(y.start < f.start and all(y is not b.item for b in born)
                       and ("in" in y.cues or y.kind == "date")
                       for y in self._years_in.get(key) + self._dated_in.get(key)):
                    continue    # « En 2019, « … », expliquait X, 48 ans, né en 1971 »: the age then
            if len(born) == 1:
                if cue == "age_app" and "lead" not in born[0].item.cues and not aside \
                        and "born_before" not in f.cues:
                    continue      # « Né en 1960, le maire a nommé Paul Roux, 45 ans »: not his age
                if cue == "age_at" and any(c.startswith("at_month=") for c in f.cues):
                    yield from self._at_month(ctx, f, born[0], now)
                    continue
                yield from self._age(ctx, f, cue, born[0], deaths, now)
            elif not born and "lead" in f.cues and len(here) == 1 and "own_birth" in here[0].item.cues:
                # « À 52 ans, elle … : …, où sa famille s'était installée en 1981, l'année de sa
                # naissance »: an age older than any she has reached is wrong at any moment
                yield from self._own_birth_after(ctx, f, here[0], deaths, now)
            elif not here and "pro_after_birth" in f.cues and f.sentence > 0:
                # « Originaire de Viseu, où il avait vu le jour en 1998, il s'était engagé à 18 ans.
                # Il avait 34 ans … »: the one birth of the sentence before, the same pronoun's;
                # an age then or now, so no older than today's
                prev = born_in.get((id(f.block), f.sentence - 1), ())
                if len(prev) == 1 and "sole" in prev[0].item.cues and not (
                        ("he" in f.cues and "she" in prev[0].item.cues)
                        or ("she" in f.cues and "he" in prev[0].item.cues)):
                    yield from self._age(ctx, f, "ceiling", prev[0], deaths, now)
            elif not here and cue == "age_death" and "died_now" in f.cues:
                # « Disparue à l'âge de 82 ans, X est morte lundi. » then « Elle était née le 9
                # août 1941 »: an obituary's one birth, told of the pronoun; the death is of now
                born = self._obituary_born(ctx, f, births)
                if born is not None:
                    yield from self._age(ctx, f, "age_now", born, deaths, now)
            elif not here and "lead" in f.cues and f.sentence > 0:
                born = self._born_just_before(f, born_in)
                if born is not None:
                    yield from self._age(ctx, f, "lead", born, deaths, now)
            elif not here and cue == "age_app":
                # « X, 55 ans, a salué … . Né en 1968, il … »: the birth opening the next sentence
                born = self._anaphor_born_next(f, born_in) if "next_birth" in f.cues else None
                born = born or self._protagonist_born(ctx, f, births) \
                    or self._born_next_paragraph(ctx, f, births)
                if born is not None:
                    yield from self._age(ctx, f, "lead", born, deaths, now)

    def _obituary_born(self, ctx, f, births):
        """« Disparue à l'âge de 82 ans, X est morte dans la nuit de lundi à mardi » (a death told
        in the perfect, no year in its sentence) and, in the same paragraph or the next of the same
        section, « Elle était née à Namur le 9 août 1941 »: the article's one birth, a full date
        told of the pronoun of the same gender, the article's one age at death."""
        if len(births) != 1:
            return None
        b = births[0]
        x = b.item
        if b.day is None or "pro_led" not in x.cues or \
                ("she" in x.cues) != ("died_she" in f.cues) or x.block.kind not in ("lede", "paragraph") \
                or f.block.kind not in ("lede", "paragraph"):
            return None
        if not ((x.block is f.block and x.sentence == f.sentence + 1)
                or (x.block.index == f.block.index + 1 and x.sentence == 0)):
            return None     # (further on, the pronoun may be someone else's: « Sa fille … Elle est née »)
        if any("birth_kin" in g.cues for g in ctx.figures_of("date")) or \
                any(m.kind == "year" and "birth_kin" in m.cues for m in ctx.masked):
            return None     # another birth told in the article
        key = (id(f.block), f.sentence)
        if self._years_in.get(key) or self._dated_in.get(key):
            return None
        if sum(1 for g in ctx.figures_of("duration") if "age_death" in g.cues) != 1:
            return None     # two deaths told with an age: whose birth?
        return b

    def _obituary_death(self, ctx, f, born, deaths):
        """« X est morte mercredi 20 mai » and, further on, « Née à Nantes en 1938, …, elle s'est
        éteinte à l'âge de 81 ans »: the age at death told in the sentence its birth opens, no
        year in it but the birth's; the article's one death, one birth, one age at death, dated
        in the paragraph of the age or the one before (lede or paragraph), is that death."""
        b = born.item
        if len(deaths) != 1 or "lead" not in b.cues or not _same_sentence(b, f) or b.start > f.start:
            return None
        d = deaths[0].item
        if d.block.kind not in ("lede", "paragraph") or f.block.kind not in ("lede", "paragraph") \
                or not (d.block is f.block and d.sentence < f.sentence
                        or d.block.index == f.block.index - 1 and d.block.section is f.block.section):
            return None
        key = (id(f.block), f.sentence)
        if any(y is not b for y in self._years_in.get(key)) or any(g is not b for g in self._dated_in.get(key)):
            return None
        if sum(1 for x in _cued(ctx, "birth")) != 1 or any("birth_kin" in g.cues for g in ctx.figures_of("date")) \
                or any(m.kind == "year" and "birth_kin" in m.cues for m in ctx.masked):
            return None     # another birth told in the article
        if sum(1 for g in ctx.figures_of("duration") if "age_death" in g.cues) != 1:
            return None     # two deaths told with an age: whose birth?
        return deaths[0]

    def _own_birth_after(self, ctx, f, born, deaths, now):
        """An age opening its sentence (« À 52 ans, elle … ») and, later in it, a year told as
        « l'année de sa naissance »: the only year or date of the sentence, the only age in it.
        The age may be one of the story (younger): only one older than today's is reported."""
        key = (id(f.block), f.sentence)
        if born.item.start < f.end or any(y is not born.item for y in self._years_in.get(key)) \
                or self._dated_in.get(key):
            return
        if any(g is not f and g.block is f.block and g.sentence == f.sentence and g.unit == "year"
               for g in ctx.figures_of("duration")):
            return
        lo, _ = f.bounds
        _, a_hi = _age_between(born, _Moment(None, now.year, now))
        if lo > a_hi + 1:
            yield from self._age(ctx, f, "lead", born, deaths, now)

    def _demo_born_next(self, f, born_in):
        """« « … », résume X, 51 ans. Cet économiste né en 1968 … » or « … Né en 1981, le
        skipper … »: the one birth of the next sentence, told of a noun anaphor of the speaker."""
        key, nxt = (id(f.block), f.sentence), (id(f.block), f.sentence + 1)
        born = born_in.get(nxt, ())
        if len(born) != 1 or "sole" not in born[0].item.cues or \
                not {"demo_lead", "noun_subject"} & set(born[0].item.cues):
            return None
        if any(y.start < f.start for y in self._years_in.get(key) + self._dated_in.get(key)):
            return None     # « En 2019, … », expliquait X, 48 ans »: the age then
        # another year placed by « en » or a date in the birth's sentence: a story told year by
        # year; a year naming a thing (« de l'édition 2023 ») or a state lasting till now
        # (« siège à la Municipalité depuis 2016 ») is no step of it
        if any(y is not born[0].item and "in" in y.cues and "since" not in y.cues
               for y in self._years_in.get(nxt)) or \
                any(g is not born[0].item for g in self._dated_in.get(nxt)):
            return None
        return born[0]

    def _anaphor_born_next(self, f, born_in):
        """« X, 55 ans, a salué … . Né en 1968 à Thiers, il … » (or « cet ancien … »): the one
        birth opening the next sentence, told of a pronoun or an anaphor, is the apposed name's.
        Years told after it are his story, not the moment of the age; but any year or date in
        the age's own sentence (a state since then aside) may date the age: quiet."""
        key, nxt = (id(f.block), f.sentence), (id(f.block), f.sentence + 1)
        born = born_in.get(nxt, ())
        # names after a demonstrative subject are its complements (« cet ancien président de
        # Centraide Québec »): the one born is still the anaphor's; « Originaire de Sisco, où il a
        # vu le jour en 1970, il … »: a birth told of a pronoun, nobody else named, same gender
        if len(born) != 1:
            return None
        bc = born[0].item.cues
        if "pronoun" in bc and "sole" in bc:
            if ("he" in f.cues and "she" in bc) or ("she" in f.cues and "he" in bc):
                return None
        elif "anaphor_subject" not in bc or not {"sole", "demo_subject"} & set(bc):
            return None
        if any("since" not in y.cues for y in self._years_in.get(key)) or self._dated_in.get(key):
            return None
        return born[0]

    def _protagonist_born(self, ctx, f, births):
        """« Thomas Payet, 29 ans, a remporté … » in the news lead, later « Né le 4 mars 1993, ce
        professeur … »: the one birth of the article told of nobody named, with a demonstrative
        anaphor, in the same section, is the protagonist's — the full name opening a sentence of
        the first paragraph, the only full name given an age so."""
        person = next((c for c in f.cues if c.startswith("lead_person=")), None)
        if person is None or f.sentence > 2:
            return None
        # the top of the article: the lede, and the first paragraph of the body (the lede of a
        # text without a standfirst may be its news lead), no heading between them
        if self._top is None:     # once per article: a long one may have many such ages
            body = next((s for s in ctx.sections if s.kind == "body"), None)
            top = [s for s in ctx.sections if s.kind == "lede"][:1] + \
                ([body] if body is not None and body.heading is None else [])
            self._top = (top, [b for s in top for b in s.blocks if b.kind in ("lede", "paragraph")][:2])
        top, first = self._top
        if not any(f.block is b for b in first):
            return None
        if any(g is not f and g.kind == "duration" and g.unit == "year" and
               any(g.block is b for b in first) for g in ctx.figures_of("duration")):
            return None     # another age (or span of years) at the top: whose is the birth?
        if any(g is not f and g.kind == "duration" and any(c.startswith("lead_person=") and
                                                           c != person for c in g.cues)
               for g in ctx.figures_of("duration")):
            return None     # two people introduced with their age: whose birth?
        key = (id(f.block), f.sentence)
        if any(y.start < f.start for y in self._years_in.get(key) + self._dated_in.get(key)):
            return None     # « En 2019, X, 48 ans, … »: the age then
        unnamed = [b for b in births if not any(c.startswith("person=") for c in b.item.cues)]
        if len(unnamed) != 1 or "demo_subject" not in unnamed[0].item.cues:
            return None
        b = unnamed[0]
        if b.item.block is f.block and b.item.sentence <= f.sentence:
            return None
        if b.item.block.index < f.block.index or not any(b.item.block.section is s for s in top):
            return None     # under a heading of its own: maybe a portrait of someone else
        return b

    def _born_next_paragraph(self, ctx, f, births):
        """« X, 58 ans, adjoint …, a été condamné … » then a paragraph opening « Né en 1961 à
        Sète, cet ancien conducteur de travaux … »: the one birth opening the next paragraph, told
        of a demonstrative anaphor, is the one person aged in the paragraph before."""
        b = f.block
        if b.kind != "paragraph" or any(y.start < f.start for y in self._years_in.get((id(b), f.sentence))
                                        + self._dated_in.get((id(b), f.sentence))):
            return None     # « En 2019, X, 48 ans »: the age then
        if "next_birth" not in f.cues or any(
                g is not f and g.block is b and g.unit == "year" and (
                    g.sentence == f.sentence or any(c in _AGES for c in g.cues))
                for g in ctx.figures_of("duration")):
            return None     # two people aged (« X, 61 ans, et Y, 45 ans »): whose birth?
        nxt = [x for x in births if x.item.block.index == b.index + 1 and x.item.sentence == 0]
        if len(nxt) != 1:
            return None
        x = nxt[0].item
        if x.block.kind != "paragraph" or x.block.section is not b.section \
                or not {"lead", "sole", "demo_subject"} <= set(x.cues) \
                or any(c.startswith("person=") for c in x.cues):
            return None
        key = (id(x.block), 0)
        if any(y is not x and "in" in y.cues and "since" not in y.cues for y in self._years_in.get(key)) \
                or any(g is not x for g in self._dated_in.get(key)):
            return None     # a story told year by year
        return nxt[0]

    def _born_just_before(self, f, born_in):
        """« X, né en 1960, prend la place Beauvau. À 58 ans, cet ancien … »: the one birth of
        the sentence before, nobody else named after it, same gender, no other year in either
        sentence (a story told year by year); after a past tense, only « cet ancien … »."""
        key, prev = (id(f.block), f.sentence), (id(f.block), f.sentence - 1)
        born = born_in.get(prev, ())
        if len(born) != 1 or "sole" not in born[0].item.cues:
            return None
        b = born[0]
        if "story" in b.item.cues and "demo" not in f.cues:
            return None     # « Né en 1960, il a grandi à Cholet. À 57 ans, il quitte … »
        if ("he" in f.cues and "she" in b.item.cues) or ("she" in f.cues and "he" in b.item.cues):
            return None
        for k in (key, prev):
            if any(y is not b.item for y in self._years_in.get(k)) or \
                    any(g is not b.item for g in self._dated_in.get(k)):
                return None
        return b

    def _age(self, ctx, f, cue, born, deaths, now):
        lo, hi = f.bounds
        moment, exact_moment = None, False
        if cue == "age_app":
            years = [m for m in self._years_in.around(f) if "in" in m.cues]
            cue = "age_at" if years else "stale"
        if cue == "lead":
            cue = "stale"
        if cue in ("age_now", "stale"):
            moment = _Moment(None, now.year, now)
        elif cue in ("age_past", "age_death"):
            moment = _death_of(born, [d for d in deaths if not self._own_deaths.get(id(d))
                                      or _same_sentence(d.item, born.item)])
            if moment is None and cue == "age_death":
                moment = self._obituary_death(ctx, f, born, deaths)
        elif cue == "age_at":
            years = [m for m in self._years_in.around(f) if "in" in m.cues]
            if len(years) == 1:
                moment = _Moment(years[0], int(years[0].value), None)
        if moment is not None:
            a_lo, a_hi = _age_between(born, moment)
            if a_hi < 0:
                return
            # one year of slack below, unless the birth is a bare year and the age today's: its
            # two ages (birthday past or not) already hold that doubt; « né en 1986, âgé de 38
            # ans » in November 2026 is a year short of both. Early in the year the text may date
            # from the year before: slack kept.
            # (a birth told by its season, « au printemps 1971 », « à l'hiver 1971 » — maybe the
            # next year's start —: slack kept as well)
            below = 0 if cue in ("age_now", "stale") and not born.day and moment.day \
                and moment.day.timetuple().tm_yday > _WRITTEN_BEFORE and "season" not in born.item.cues else 1
            if hi >= a_lo - below and lo <= a_hi + 1:
                return
            if cue == "stale" and hi < a_lo - 1 and a_lo - hi > _STALE:
                return
            when_fr = f"au {calendar.say(moment.day)}" if moment.day else f"en {moment.year}"
            when_en = f"on {calendar.say(moment.day, 'en')}" if moment.day else f"in {moment.year}"
        else:
            if "to_come" in f.cues:
                return      # « … pourront partir à 63 ans »: an age to come, not one reached
            # An age at some past moment cannot exceed the age today.
            a_lo, a_hi = _age_between(born, _Moment(None, now.year, now))
            if lo <= a_hi + 1:
                return
            when_fr, when_en = f"au {calendar.say(now)}", f"on {calendar.say(now, 'en')}"
        ages = f"{a_lo}" if a_lo == a_hi else f"{a_lo} ou {a_hi}"
        ages_en = f"{a_lo}" if a_lo == a_hi else f"{a_lo} or {a_hi}"
        b_fr = calendar.say(born.day) if born.day else str(born.year)
        b_en = calendar.say(born.day, "en") if born.day else str(born.year)
        born_word = "née" if "she" in born.item.cues else "né"
        fr = f"{born_word} {'le' if born.day else 'en'} {b_fr}, on a {ages} ans {when_fr}, pas « {f.text} »"
        en = f"born {'on' if born.day else 'in'} {b_en}, one is {ages_en} {when_en}, not '{f.text}'"
        yield self.diagnostic(ctx, f, fr=fr, en=en, related=[
            (born.item, "naissance", "birth")])

    def _at_month(self, ctx, f, born, now):
        """« Née en 1958, elle prendra sa retraite en décembre à 61 ans »: the age at a month to
        come — this year's if later than the reference, else this year's or next year's (a text
        written before it) — is that year less the birth year, or one less (the birthday may
        come after it). Another year or date in the sentence may set a story's moment: quiet."""
        key = (id(f.block), f.sentence)
        if any(y is not born.item for y in self._years_in.get(key)) or \
                any(g is not born.item for g in self._dated_in.get(key)):
            return
        month = int(next(c[9:] for c in f.cues if c.startswith("at_month=")))
        years = [now.year] if month > now.month else [now.year, now.year + 1]
        lo, hi = f.bounds
        ages = sorted({a for y in years for a in (y - born.year - 1, y - born.year)})
        if hi >= ages[0] - 1 and lo <= ages[-1] + 1:
            return
        a_fr = f"{ages[0]} à {ages[-1]}" if len(ages) > 2 else " ou ".join(map(str, ages))
        a_en = f"{ages[0]} to {ages[-1]}" if len(ages) > 2 else " or ".join(map(str, ages))
        when = " ou ".join(map(str, years))
        born_word = "née" if "she" in born.item.cues else "né"
        fr = f"{born_word} en {born.year}, on a {a_fr} ans en {calendar.MONTHS[month - 1]} {when}, pas « {f.text} »"
        en = f"born in {born.year}, one is {a_en} in {calendar._EN_MONTHS[month - 1]} " \
             f"{' or '.join(map(str, years))}, not '{f.text}'"
        yield self.diagnostic(ctx, f, fr=fr, en=en, related=[(born.item, "naissance", "birth")])

    def _turns(self, ctx, f, born, now):
        """« Née en 1981, elle fêtera ses 45 ans en décembre » (published in November 2026): the
        age reached in the year of the birthday to come — this year for a month still ahead,
        this year or the next for a month already reached (a text written before it, published
        late) — is that year less the birth year, exactly. Another year or
        date in the sentence may set a story's moment (« En 2012, elle … fêtera ses 31 ans en
        décembre »): quiet if the age fits it, or if it lies ahead."""
        at = next(c[6:] for c in f.cues if c.startswith("turns="))
        if at == "this":
            years = {now.year} | ({now.year - 1} if now.timetuple().tm_yday <= _WRITTEN_BEFORE else set())
        elif at == "next_year":
            years = {now.year + 1}
        elif at == "next_month":
            years = {now.year + (now.month == 12)}
        elif at.startswith("soon-"):
            # a few days or weeks ahead: this year's, or the next one's if that reaches into it
            years = {now.year, (now + timedelta(days=int(at[5:]))).year}
        else:
            # a month later this year: this year's; one already past (or this month): next
            # year's, or this year's in a text written before it and published late
            month, _, day = at.partition("-")
            years = {now.year} if (int(month), int(day or 31)) > (now.month, 31 if not day else now.day) \
                else {now.year, now.year + 1}
        key = (id(f.block), f.sentence)
        others = [int(y.value) for y in self._years_in.get(key) if y is not born.item] + \
            [g.year for g in self._dated_in.get(key) if g is not born.item]
        if any(y > now.year for y in others):
            return
        n = f.value
        if n is None or not float(n).is_integer():
            return
        n = int(n)
        if "season" in born.item.cues and any(abs(y - born.year - n) <= 1 for y in years):
            return      # « né à l'hiver 1971 »: maybe in the first weeks of 1972
        if any(y - born.year == n for y in years) or \
                any(y - born.year in (n, n - 1) for y in others):   # a story's moment
            return
        ys = sorted(years)
        ages = " ou ".join(str(y - born.year) for y in ys)
        fr = f"{'née' if 'she' in born.item.cues else 'né'} en {born.year}, on fête ses " \
             f"{ages} ans en {' ou '.join(map(str, ys))}, pas « ses {f.text} »"
        en = f"born in {born.year}, one turns {ages.replace(' ou ', ' or ')} in " \
             f"{' or '.join(map(str, ys))}, not '{f.text}'"
        yield self.diagnostic(ctx, f, fr=fr, en=en, related=[(born.item, "naissance", "birth")])

    def _anniversary(self, ctx, f, now):
        """« Fondé en 1995, le collège célèbre cette année ses 25 ans »: the anniversary of what
        the founding aside of the sentence's subject dates, the only year of the sentence, no
        date in it; one year of slack (a season's anniversary, a text of early January)."""
        key = (id(f.block), f.sentence)
        years = self._years_in.get(key)
        if len(years) != 1 or "founded" not in years[0].cues or self._dated_in.get(key) or f.is_range:
            return
        y = int(years[0].value)
        at = now.year - 1 if "anniv_last" in f.cues else now.year    # « l'an dernier »
        gap = at - y
        lo, hi = f.bounds
        if gap < 0 or (hi >= gap - 1 and lo <= gap + 1):
            return
        what = f"{f.text} bougies" if "candles" in f.cues else f.text
        fr = f"« ses {what} » ne s'accorde pas avec {y} : en {at}, {y} remonte à {gap} ans"
        en = f"'{what}' anniversary does not match {y}: in {at}, {y} is {gap} years back"
        yield self.diagnostic(ctx, f, fr=fr, en=en, related=[(years[0], "l'année de fondation",
                                                               "the founding year")])

    def _tenure(self, ctx, f, now):
        """« Embauchée en 1998, elle compte 22 ans d'ancienneté »: a seniority told in the present
        against the hiring year, the only year of the sentence, no date in it; one year of slack."""
        key = (id(f.block), f.sentence)
        years = self._years_in.get(key)
        if len(years) != 1 or "hired" not in years[0].cues or self._dated_in.get(key) or f.is_range:
            return
        y = int(years[0].value)
        gap = now.year - y
        lo, hi = f.bounds
        if gap < 0 or (hi >= gap - 1 and lo <= gap + 1):
            return
        fr = f"« {f.text} » d'ancienneté ne s'accorde pas avec une embauche en {y} : en {now.year}, " \
             f"{y} remonte à {gap} ans"
        en = f"'{f.text}' of seniority does not match hiring in {y}: in {now.year}, {y} is {gap} years back"
        yield self.diagnostic(ctx, f, fr=fr, en=en, related=[(years[0], "l'année d'embauche",
                                                               "the hiring year")])

    def _ago(self, ctx, f, now):
        # « il y a trois ans, en 2019 », « le 15 avril 2019, il y a trois ans »: the year stands
        # right beside the span it dates, alone or in a full date
        # (or « remonte à 2017, il y a neuf ans », « date de 2017 »)
        years = [m for m in self._years_in.around(f) if "in" in m.cues or "back" in m.cues]
        years += [g for g in self._dated_in.around(f) if not {"birth", "death"} & set(g.cues)]
        # the two ends of one span of days (« la nuit du 3 au 4 juin 2017, il y a cinq ans ») are
        # one year; two different years stay unsure
        if len({y.year if y.kind == "date" else y.value for y in years}) == 1 and len(years) == 2 \
                and all(y.kind == "date" for y in years) and {"range_start", "range_end"} <= \
                {c for y in years for c in y.cues}:
            years = [years[1]]
        if not years and "ago_dated" in f.cues:
            # « celui de Pisco, le 15 août 2007, …, qui avait fait 519 morts il y a quinze ans »:
            # the figures stage read the span as closing a relative on the dated noun; the date
            # is the last one before it in the sentence
            years = [g for g in self._dated_in.get((id(f.block), f.sentence))
                     if g.end <= f.start and f.start - g.end <= 200 and g.day is not None][-1:]
            if years and {"birth", "death"} & set(years[0].cues):
                return
        if len(years) != 1:
            return
        y = years[0].year if years[0].kind == "date" else int(years[0].value)
        gap = now.year - y
        if gap < 0:
            return
        lo, hi = f.bounds
        if hi >= gap - 1 and lo <= gap + 1:
            return
        fr = f"« il y a {f.text} » ne s'accorde pas avec {y} : en {now.year}, {y} remonte à {gap} ans"
        en = f"'{f.text} ago' does not match {y}: in {now.year}, {y} is {gap} years back"
        what = ("la date écrite", "the date written") if years[0].kind == "date" else \
            ("l'année écrite", "the year written")
        yield self.diagnostic(ctx, f, fr=fr, en=en, related=[(years[0], *what)])


class _Moment:
    def __init__(self, item, year: int, day: date | None):
        self.item, self.year, self.day = item, year, day

    @classmethod
    def of(cls, item, cal):
        if getattr(item, "kind", None) == "date":
            d = cal.date_of(item)
            return cls(item, d.year, d) if d else None
        if item.value:
            return cls(item, int(item.value), None)
        return None


def _death_of(born: _Moment, deaths: list) -> _Moment | None:
    """The death of the one born: written in the birth's sentence (« né le 9 août 1930, il est
    mort le 1er juin 2015 »), or told in the sentence right before a birth that opens its own
    (« X est mort lundi. Né le 15 mai 1938, il avait 80 ans »), that sentence naming no other
    birth. Any other death may be someone else's (an article on several people)."""
    b = born.item
    same = [d for d in deaths if _same_sentence(d.item, b)]
    if same:
        return same[0] if len(same) == 1 else None
    if "lead" not in b.cues:
        return None
    before = [d for d in deaths if _just_before(d.item, b)]
    return before[0] if len(before) == 1 else None


def _same_sentence(a, b) -> bool:
    return a.block is b.block and a.sentence == b.sentence


def _just_before(d, b) -> bool:
    if d.block is b.block:
        return d.sentence == b.sentence - 1
    return b.sentence == 0 and d.block.index == b.block.index - 1 and \
        d.sentence == len(d.block.sentences) - 1


def _age_between(born: _Moment, at: _Moment) -> tuple[int, int]:
    if born.day and at.day:
        a = at.day.year - born.day.year - ((at.day.month, at.day.day) < (born.day.month, born.day.day))
        return a, a
    return at.year - born.year - 1, at.year - born.year


class _BySentence:
    """Items (years, dates) per sentence in text order; `around` finds those `_beside` a figure
    by bisection, so that a sentence of thousands of years stays linear."""

    def __init__(self, items):
        self.items: dict[tuple[int, int], list] = {}
        for m in items:
            self.items.setdefault((id(m.block), m.sentence), []).append(m)
        for v in self.items.values():
            v.sort(key=lambda m: m.start)
        self.starts = {k: [m.start for m in v] for k, v in self.items.items()}

    def get(self, key) -> list:
        return self.items.get(key, [])

    def around(self, f, reach: int = 24, longest: int = 48) -> list:
        key = (id(f.block), f.sentence)
        items, starts = self.items.get(key), self.starts.get(key)
        if not items:
            return []
        lo = bisect.bisect_left(starts, f.start - reach - longest)
        hi = bisect.bisect_right(starts, f.end + reach)
        return [m for m in items[lo:hi] if _beside(m, f, reach)]


def _beside(m, f, reach: int = 24) -> bool:
    """A year within a few words of the figure (« trois ans, en 2019 », « en 1963, à 22 ans »)."""
    return 0 <= f.start - m.end <= reach or 0 <= m.start - f.end <= reach


def _cued(ctx, cue: str):
    for f in ctx.figures_of("date"):
        if cue in f.cues:
            yield f
    for m in ctx.masked:
        if m.kind == "year" and cue in m.cues:
            yield m
