"""The measure stage: what each figure counts, and how figures relate, on real French sentences."""
from pathlib import Path

import pytest

from numlint import document, engine
from numlint.measures import lemmas

SEED = Path("/work/shared/seeds/europe1-kim-lavrov.txt")


def measures(text: str):
    doc = document.parse(text, path="article.txt")
    _, ms = engine.analyse(doc)
    return [m for m in ms if m.figure.kind not in ("date", "duration", "ordinal")]


def by_text(ms, text: str):
    found = [m for m in ms if " ".join(m.figure.text.split()) == text]
    assert found, f"no figure {text!r} in {[m.figure.text for m in ms]}"
    return found[0]


@pytest.mark.parametrize("word,lemma", [
    ("soldats", "soldat"), ("personnes", "personne"), ("habitants", "habitant"), ("foyers", "foyer"),
    ("voix", "voix"), ("morts", "mort"), ("blessés", "blessé"), ("manifestants", "manifestant"),
    ("hôpitaux", "hôpital"), ("bureaux", "bureau"), ("décès", "décès"), ("pays", "pays"),
])
def test_noun_lemmas(word, lemma):
    assert lemmas.noun_lemma(word) == lemma


@pytest.mark.parametrize("word,lemma", [
    ("tués", "tué"), ("blessées", "blessé"), ("interpellées", "interpellé"), ("nord-coréens", "nord-coréen"),
    ("supplémentaires", "supplémentaire"), ("déployés", "déployé"), ("civils", "civil"), ("envoyés", "envoyé"),
])
def test_qualifier_lemmas(word, lemma):
    assert lemmas.qualifier(word) == lemma


def test_seed_subjects():
    doc = document.read(str(SEED))
    found, ms = engine.analyse(doc)
    subjects = {" ".join(m.figure.text.split()): m.figure.subject for m in ms}
    assert subjects["25.000 à 30.000"] == "soldat"
    assert subjects["11.000"] == "soldat"


@pytest.mark.parametrize("sentence,figure,subject,quals", [
    ("Titre\nPyongyang enverrait 25.000 soldats supplémentaires.\n", "25.000", "soldat", {"supplémentaire"}),
    ("Titre\nIls rejoindront les 11.000 soldats déjà envoyés sur le front.\n", "11.000", "soldat", {"envoyé", "déjà"}),
    ("Titre\nLe nombre de soldats tués ou blessés est estimé à 4.000.\n", "4.000", "soldat", {"tué ou blessé"}),
    ("Titre\nAu total, 91 personnes ont été interpellées lundi.\n", "91", "personne", {"interpellé"}),
    ("Titre\nPlus de 3,2 millions de foyers étaient privés d'électricité.\n", "Plus de 3,2 millions", "foyer", set()),
    ("Titre\nLa liste a recueilli 2 932 voix au second tour.\n", "2 932", "voix", set()),
    ("Titre\nLes 24 enfants survivants ont été hospitalisés.\n", "24", "enfant", {"survivant"}),
    # an action noun counts its complement: « suppressions de postes » are postes supprimés
    ("Titre\nLe plan prévoit 1 150 suppressions de postes en France.\n", "1 150", "poste", {"supprimé"}),
    ("Titre\nL'usine annonce 80 créations d'emplois d'ici l'été.\n", "80", "emploi", {"créé"}),
    ("Titre\nLa grève a entraîné 400 annulations de vols.\n", "400", "vol", {"annulé"}),
    ("Titre\nLe maire a signé 12 arrêtés de fermeture.\n", "12", "arrêté", set()),
])
def test_subject_and_qualifiers(sentence, figure, subject, quals):
    m = by_text(measures(sentence), figure)
    assert m.subject == subject
    assert quals <= set(m.qualifiers)


@pytest.mark.parametrize("sentence,figure,source", [
    ("Titre\nLe cortège a réuni 50.000 manifestants selon la police.\n", "50.000", "police"),
    ("Titre\nIls étaient 200.000 manifestants selon les organisateurs.\n", "200.000", "organisateur"),
    ("Titre\nLa CGT revendique pour sa part 300 000 participants.\n", "300 000", "cgt"),
    ("Titre\nCe bilan de 34 militaires tués, annoncé par l'état-major, est très lourd.\n", "34", "état-major"),
])
def test_sources(sentence, figure, source):
    assert by_text(measures(sentence), figure).source == source


def test_a_coordinated_verb_gives_no_source():
    # « compte » after « et »: the subject is a clause away and the verb means "has"
    m = by_text(measures("Ligue 1 : Lens bat Monaco et compte 5 points d'avance\n"), "5")
    assert m.source is None


@pytest.mark.parametrize("sentence,figure,quals", [
    ("Titre\nLens compte 5 points d'avance sur Monaco.\n", "5", {"avance"}),
    ("Titre\nLe texte a été adopté avec 38 voix d'écart.\n", "38", {"avance"}),
    ("Titre\nLa Française termine avec 3 tours de retard.\n", "3", {"retard"}),
    ("Titre\nLens totalise 52 points.\n", "52", set()),
    # the noun first: « l'écart de », « une différence de », « une avance de »
    ("Titre\nL'écart de 21 points est un record.\n", "21", {"avance"}),
    ("Titre\nIls finissent avec une différence de 4 buts.\n", "4", {"avance"}),
    ("Titre\nLe leader garde une avance de 7 points.\n", "7", {"avance"}),
    ("Titre\nLa part de 7 points est maigre.\n", "7", set()),
    # a part of a match is its own time
    ("Titre\nEn seconde période, les Lyonnais ont marqué 3 buts.\n", "3", {"période 2"}),
    ("Titre\nLes Bleus ont inscrit 12 points en première mi-temps.\n", "12", {"période 1"}),
    ("Titre\nLes Bleus ont inscrit 12 points sur la période.\n", "12", set()),
    # « après la deuxième période »: when a score stood, not the figure's time
    ("Titre\nMenés après la deuxième période, ils marquent 3 buts en dix minutes.\n", "3", set()),
])
def test_a_lead_is_a_qualifier(sentence, figure, quals):
    assert set(by_text(measures(sentence), figure).qualifiers) == quals


@pytest.mark.parametrize("sentence,figure,change", [
    ("Titre\nLe parti ne récolte plus que 19 % des voix.\n", "plus que 19 %", True),
    ("Titre\nIl ne reste plus que 40 habitants.\n", "plus que 40", True),
    ("Titre\nLe club compte plus de 40 salariés.\n", "plus de 40", False),
])
def test_ne_plus_que_is_what_a_value_became(sentence, figure, change):
    assert ("change" in by_text(measures(sentence), figure).cues) is change


def test_time_and_place():
    ms = measures("Titre\nAu 15 octobre, les assureurs comptaient 1.200 dossiers. "
                  "Au 20 octobre, ils en comptaient 1.650 dossiers.\n"
                  "Dans le Var, 9 morts ont été recensés. À Lyon, la préfecture a dénombré 6 500 personnes.\n")
    assert by_text(ms, "1.200").time != by_text(ms, "1.650").time
    assert by_text(ms, "6 500").place == "lyon"


def test_dont_parts_and_continuation():
    ms = measures("Titre\nLe bilan fait état de 217 morts, dont 211 dans la province de Valence, "
                  "7 en Castille-La Manche et 2 en Andalousie.\n")
    whole = ms.index(by_text(ms, "217"))
    for part in ("211", "7", "2"):
        assert by_text(ms, part).part_of == whole
        assert by_text(ms, part).subject == "mort"     # inherited from the whole
    assert by_text(ms, "211").figure.subject is None   # the text names nothing next to it


@pytest.mark.parametrize("sentence,linked", [
    # parts of one « dont » in parallel (« N pour X et M pour Y »), each told at length
    ("Titre\nLa région consacre 900 millions d'euros au rail, dont 300 millions pour les gares "
     "et les quais de la ligne nord et 450 millions pour les trains régionaux.\n", True),
    ("Titre\nLe fonds compte 64 000 places, dont 20 000 dans les écoles privées et publiques du canton, "
     "et 30 000 dans les crèches municipales.\n", True),
    # not parallel: another preposition, or a new clause
    ("Titre\nLa région consacre 900 millions d'euros au rail, dont 300 millions pour les gares "
     "et les quais de la ligne nord et 450 millions en 2026.\n", False),
    ("Titre\nLa région consacre 900 millions d'euros au rail, dont 300 millions pour les gares "
     "et les quais ; la ville ajoute 450 millions pour les trains régionaux.\n", False),
])
def test_dont_parts_listed_at_length(sentence, linked):
    ms = measures(sentence)
    whole = ms.index(by_text(ms, ms[0].figure.text))
    assert by_text(ms, ms[1].figure.text).part_of == whole
    assert (ms[2].part_of == whole) is linked


@pytest.mark.parametrize("sentence,figure,subject", [
    # a preposition is never the counted noun
    ("Titre\nOn a compté 5 200 cas chez les hommes, contre 4 100 chez les femmes.\n", "4 100", "cas"),
    ("Titre\nLe taux atteint 90 % dès la première semaine.\n", "90 %", None),
    ("Titre\nLe club compte 412 abonnés malgré la crise.\n", "412", "abonné"),
    # « en » stands for the last noun counted, not for a frame (« en 30 matches »)
    ("Titre\nAvec 61 points en 30 matches, Bâle devance Sion, qui en compte 55.\n", "55", "point"),
    ("Titre\nLa ville compte 1 200 médecins, alors qu'il en faudrait 1 500.\n", "1 500", "médecin"),
    ("Titre\nAvec 61 points en 30 matches, Bâle devance Sion, qui n'en a que 55.\n", "55", "point"),
])
def test_subject_of_figures_without_their_noun(sentence, figure, subject):
    assert by_text(measures(sentence), figure).subject == subject


def test_funnel_is_not_a_list_of_parts():
    ms = measures("Titre\nSur les 12 500 inscrits, 11 800 ont pris le départ et 9 400 ont franchi la ligne.\n")
    assert by_text(ms, "11 800").part_of == ms.index(by_text(ms, "12 500"))
    assert by_text(ms, "9 400").part_of is None


def test_total_with_en_plus_des():
    ms = measures("Titre\nPyongyang va déployer 25.000 à 30.000 soldats supplémentaires, en plus des "
                  "11.000 soldats déjà envoyés, soit 50.000 au total.\n")
    total = by_text(ms, "50.000")
    assert sorted(ms[i].figure.text for i in total.total_of) == ["11.000", "25.000 à 30.000"]


def test_total_is_not_a_product():
    ms = measures("Titre\nLe régime livre 3 millions d'obus par an, soit 9 millions d'obus au total.\n")
    assert not by_text(ms, "9 millions").total_of


def test_share_links_part_and_whole():
    ms = measures("Titre\nQuelque 4.000 des 11.000 soldats envoyés ont été tués ou blessés, soit 36 % du contingent.\n")
    share = by_text(ms, "36 %")
    assert ms[share.share_part].figure.text.endswith("4.000")
    assert ms[share.share_of].figure.text == "11.000"


def test_fraction_share():
    ms = measures("Titre\nL'opposition se partage un quart des 36 sièges, soit 12 élus.\n")
    frac = by_text(ms, "12").notes["fraction"]
    assert frac["value"] == 0.25 and ms[frac["whole"]].figure.text == "36"


@pytest.mark.parametrize("sentence,pct,sign", [
    ("Titre\nLa prime est passée de 600 à 720 euros, soit une hausse de 20 %.\n", "20 %", 1),
    ("Titre\nUn budget de 812 millions d'euros, contre 794 millions l'an dernier, soit une progression de 2,3 %.\n", "2,3 %", 1),
    ("Titre\nLe nombre d'exploitations est passé de 490 000 en 2010 à 390 000 en 2020, soit une baisse d'environ 20 %.\n",
     "environ 20 %", -1),                 # « d'environ »: the qualifier is the figure's
])
def test_changes(sentence, pct, sign):
    m = by_text(measures(sentence), pct)
    assert m.change_kind == "percent" and m.change_sign == sign


def test_rate_is_marked():
    m = by_text(measures("Titre\nLa grève coûte 3 millions d'euros par jour.\n"), "3 millions d'euros")
    assert "par" in m.cues


@pytest.mark.parametrize("text", [
    "", "\n\n", "Titre\n" + "dont " * 5000, "Titre\n" + "1 " * 3000, "Titre\nsoit au total , , , dont d'entre eux",
    "Titre\n" + "Sur les 12, " * 500,
])
def test_hostile_text_never_breaks(text):
    measures(text)      # no exception, whatever the text


def _reference_tokens(text: str) -> list[tuple]:
    """The reader's tokens as specified, match by match: (kind, word, start, end)."""
    import re
    from numlint.measures import _APOS, _ELIDED, _LETTERS
    out = []
    for m in re.finditer(rf"[{_LETTERS}][{_LETTERS}\-]{{0,60}}|\d{{1,12}}|[^\s{_LETTERS}\d]", text):
        raw, start, end = m.group(), m.start(), m.end()
        if raw in _APOS:
            continue            # apostrophes separate tokens like spaces
        if re.match(f"[{_LETTERS}]", raw) or (len(raw) == 1 and raw.isalpha()):
            word = raw.lower().strip("-")
            if word in _ELIDED and end < len(text) and text[end] in _APOS:
                word, end = word + "'", end + 1     # an elision takes its apostrophe
            out.append(("w", word, start, end))
        else:
            out.append(("n" if raw[0].isdigit() else "p", raw, start, end))
    return out


# The reader cuts a block into tokens by whole-block C loops, the block lowered at once: it must
# say what the pattern read match by match says, on odd letters, hyphens and apostrophes too.
@pytest.mark.parametrize("text", [
    "L'usine d'Amiens emploie 1 200 salariés, dont 300 intérimaires qu'elle compte garder jusqu'en 2026.",
    "Aujourd’hui, l’hôpital de Saint-Denis accueille 45 000 patients par an ; c’est 12 % de plus qu’en 2019.",
    "Les pré- et post-inscriptions ont atteint 8 400 dossiers – un record pour l'académie.",
    "Le tunnel, long de 57 km, a coûté 9,8 milliards d'euros",
    "Sur les 577 circonscriptions, 76 ont voté « pour » et 12 se sont abstenues l' ",
    "À İzmir, 40 000 personnes ; le KELVIN vaut 3 K, chapitre Ⅳ, note Ⓐ, Ÿ et ẞ.",
    "Qu’il d-’accord L’ 1 234 567 890 123 456 élus, ٣٤ voix, " + "ab-" * 30 + "d’ ’’ ",
    "D'Abord 12 000 personnes sont venues jusqu’’ici' ",
])
def test_token_reader_follows_the_pattern(text):
    from numlint import figures
    from numlint.measures import _Reader, Measure, _SEPS
    doc = document.parse(text, path="article.txt")
    figs = figures.extract(doc).figures
    block = figs[0].block
    got = _Reader._matches(block.text, len(block.text.rstrip(_SEPS)))
    assert list(zip(*got)) == _reference_tokens(block.text)
    ms = [Measure(figure=f) for f in figs]
    reader = _Reader(block, [i for i, f in enumerate(figs) if f.block is block], ms)
    reader.tokenize()
    # the figures stand as one token each, in text order, with the words around them
    assert [reader.F[j] for j in reader.fig_js] == sorted(reader.F[j] for j in reader.fig_js)
    assert all(reader.W[j + 1] != "'" for j in range(reader.n - 1))
    assert all(reader.raw(j).lower().strip("-") + ("'" if reader.W[j][-1] == "'" else "") == reader.W[j]
               for j in range(reader.n) if reader.K[j] == "w")
    # read piece by piece between the figures (the usual way) or whole: the same tokens
    whole = _Reader(block, reader.idxs, ms)
    whole._pieces = lambda *args: False
    whole.tokenize()
    assert whole.S is not None
    for name in ("K", "W", "F", "T", "fig_js", "sent_first", "scan", "years"):
        assert getattr(reader, name) == getattr(whole, name), name
    assert [reader.span(j) for j in range(reader.n)] == list(zip(whole.S, whole.E))
    # what _pieces fills as it goes, and the noun test it answers on lower case alone
    for name in ("pos", "sent_figs", "_figspan"):
        assert getattr(reader, name) == getattr(whole, name), name
    words = [j for j in range(reader.n) if reader.K[j] == "w"]
    assert [reader.noun_candidate(j) for j in words] == [lemmas.is_noun_candidate(whole.raw(j)) for j in words]


@pytest.mark.parametrize("text", [
    "Le 14 juillet, 12 000 personnes ont défilé. Selon la police, 9 500 d’entre elles venaient d’Île-de-France.",
    "Qu’il vienne : 25 000 euros l’an, 3 % de plus qu’en 2022 jusqu’",
    "Les quatre-vingts 1er et 2e prix, 300 élèves sur 1 200 ; la moitié des 40 classes. Enfin 7.",
    "en mai, 40 Lyonnais à Paris, 12 d’entre eux au Havre et 3 en juin ; 8 de plus à Rouen",
    "tout en minuscules : 15 à 20 manifestants à nantes, 4 en tout. puis 9 élus d’ici",
])
def test_pieces_and_whole_block_agree(text):
    test_token_reader_follows_the_pattern(text)


def test_token_tables_match_the_token_pattern():
    """The first-character table and the separators are written out (start-up time): they must
    say what the pattern and str.isspace say."""
    import re
    from numlint.measures import _APOS, _KIND_OF_P, _LETTERS, _LOWER_ODD, _SEPS
    letters = {c for c in map(chr, range(0x3000)) if re.fullmatch(f"[{_LETTERS}]", c)}
    assert {c for c, k in _KIND_OF_P.items() if k == "w"} == letters
    assert {c for c, k in _KIND_OF_P.items() if k == "n"} == set("0123456789")
    # a block is lowered at once unless it holds a character whose lower case is longer, or a
    # token of another kind
    kind = lambda c: (bool(re.fullmatch(f"[{_LETTERS}]", c)), c.isalpha(), c.isdigit(), c.isspace())
    odd = {c for c in map(chr, range(0x110000))
           if c.lower() != c and (len(c.lower()) != 1 or kind(c) != kind(c.lower()) or not c.isalpha())}
    assert odd == {c for c in map(chr, range(0x110000)) if _LOWER_ODD.fullmatch(c)}
    # blocks within Latin-1 skip the scans for these and for digits other than 0-9: none is there
    from numlint.measures import _ODD_DIGIT, _wide
    assert min(map(ord, odd)) > 0xFF
    assert not any(_ODD_DIGIT.match(chr(c)) for c in range(0x100))
    assert [_wide(t) for t in ("Lyon", "Évry, « 12 » ÿ", "l’an", "٣٤ voix", "\u0130zmir")] == \
        [False, False, True, True, True]
    assert set(_SEPS) == {c for c in map(chr, range(0x110000)) if c.isspace()} | set(_APOS)


@pytest.mark.parametrize("words,key", sorted(lemmas.RELATIVE_TIMES.items()))
def test_relative_times_are_read(words, key):
    # found by their second word: the first ("l'", "la", "un") is everywhere
    when = " ".join(words).replace("' ", "'")
    m = by_text(measures(f"Titre\nLe musée a reçu 48 000 visiteurs {when}, selon sa direction.\n"), "48 000")
    assert m.time == key
    assert by_text(measures(f"Titre\nLe musée a reçu 48 000 visiteurs, {when.split()[-1]}.\n"), "48 000").time != key


@pytest.mark.parametrize("text,place", [
    ("Hier, 120 manifestants à Nantes ont bloqué le périphérique.", "nantes"),
    ("hier, 120 manifestants à nantes ont bloqué le périphérique.", None),   # no capital: no name
    ("120 manifestants à la Roche-sur-Yon, selon la préfecture.", "roche-sur-yon"),
])
def test_place_needs_a_capital(text, place):
    assert by_text(measures(text), "120").place == place


def test_hit_word_sets_are_disjoint():
    """The block's one scan of hit words files each word under the first set holding it: a word
    in two sets would miss the second one's scan."""
    from numlint import measures as M
    sets = [M._REL_SECOND, M._SCAN_WORDS, M._PART_WORDS, M._CHANGE_WORDS, M._GATE_WORDS, M._YEARS, M._PERIODS,
            M._CLITIC, M._CONTRIB, M._ALONE, M._SUPERSEDE_HITS]
    assert sum(map(len, sets)) == len(frozenset().union(*sets)) == len(M._HITS)


@pytest.mark.parametrize("text,fig,field,word", [
    ("La région compte 1 200 élus et 300 suppléants, soit 1 500 au total.", "1 500", "cues", "au total"),
    ("Le musée a déjà reçu 4 000 visiteurs cette année.", "4 000", "qualifiers", "déjà"),
    ("Les ventes atteignent 3 millions d'euros par jour.", "3 millions d'euros", "cues", "par"),
])
def test_gated_look_arounds_still_read(text, fig, field, word):
    # their gates are set by the block's scan of hit words ("total", "déjà", "par")
    assert word in getattr(by_text(measures(text), fig), field)


@pytest.mark.parametrize("text,place", [
    ("À l'échelle du continent, on compte 120 foyers.", "*continent"),
    ("Au niveau national, les services comptent 120 foyers.", "*national"),
    ("À l'échelle mondiale, le réseau compte 120 foyers.", "*monde"),
    ("Le réseau compte 120 foyers dans 14 pays.", "*plusieurs"),
    ("À l'heure actuelle, le réseau compte 120 foyers.", None),
])
def test_a_scope_is_a_place_of_its_own(text, place):
    assert by_text(measures(text), "120").place == place


@pytest.mark.parametrize("text,source", [
    # a state or a region counting is a place, not a source
    ("La République tchèque a recensé 120 foyers.", None),
    ("Le pays compte désormais 120 foyers.", None),
    ("La province a dénombré 120 foyers.", None),
    ("La CGT revendique 120 foyers.", "cgt"),
])
def test_a_state_counting_is_no_source(text, source):
    assert by_text(measures(text), "120").source == source


@pytest.mark.parametrize("text,fig,noun", [
    # what a sum pays for, read after its currency; a money figure keeps no subject
    ("La région investira 4,2 milliards d'euros de nouveaux crédits.", "4,2 milliards d'euros", "crédit"),
    ("Le club a versé 12 millions de francs d'indemnités.", "12 millions de francs", "indemnité"),
    ("L'État économisera 3 milliards d'euros d'ici 2030.", "3 milliards d'euros", None),
    ("Le contrat vaut 800 millions de dollars pour Airbus.", "800 millions de dollars", None),
])
def test_what_a_sum_pays_for(text, fig, noun):
    m = by_text(measures(text), fig)
    assert (m.notes.get("noun"), m.subject) == (noun, None)


@pytest.mark.parametrize("sentence,figure,whole", [
    # « en tout » before the figure marks a whole, as « au total » does
    ("Titre\nLa province compte en tout 550 000 fonctionnaires.\n", "550 000", True),
    ("Titre\nLa province compte en tout quelque 550 000 fonctionnaires.\n", "quelque 550 000", True),
    ("Titre\nLa province compte au total 550 000 fonctionnaires.\n", "550 000", True),
    # « en tout cas » is no total
    ("Titre\nEn tout cas, 300 salariés sont partis.\n", "300", False),
    ("Titre\nLa province compte 550 000 fonctionnaires.\n", "550 000", False),
])
def test_en_tout_before_a_figure_marks_a_whole(sentence, figure, whole):
    assert ("au total avant" in by_text(measures(sentence), figure).cues) == whole


@pytest.mark.parametrize("text,fig,subject,state", [
    ("La motion a recueilli 288 voix contre, dont 40 venues du centre.", "288", "voix", {"contre"}),
    ("Le budget passe par 301 voix pour, 214 contre et 12 abstentions.", "301", "voix", {"pour"}),
    # each figure has its own side, not the side of the figure it takes its noun from
    ("Le budget passe par 301 voix pour, 214 contre et 12 abstentions.", "214", "voix", {"contre"}),
    # followed by a figure or a name: the comparison and the beneficiary, no side
    ("Le budget passe par 301 voix contre 214 lors du second vote.", "301", "voix", set()),
    ("La liste obtient 4 120 voix pour Mme Leroy au premier tour.", "4 120", "voix", set()),
])
def test_votes_for_or_against_are_a_state(text, fig, subject, state):
    m = by_text(measures(text), fig)
    assert (m.subject, set(m.state)) == (subject, state)


@pytest.mark.parametrize("sentence,figure,noun", [
    # the noun a sum is the value of, written before it
    ("L'agglomération annonce un déficit de 42 millions d'euros.", "42 millions d'euros", "déficit"),
    ("Le conseil a vu son déficit ramené à 42 millions d'euros.", "42 millions d'euros", "déficit"),
    ("Le déficit ramené à 42 millions d'euros rassure les élus.", "42 millions d'euros", "déficit"),
    ("La dette atteint 830 millions d'euros à la fin de l'année.", "830 millions d'euros", "dette"),
    ("Le déficit s'élève à 42 millions d'euros.", "42 millions d'euros", "déficit"),
    ("Le déficit est de 42 millions d'euros.", "42 millions d'euros", "déficit"),
    ("Les recettes couvrent mal les charges, soit un trou de 42 millions d'euros.",
     "42 millions d'euros", "trou"),
    ("Le club a été condamné à une amende de 30 000 euros.", "30 000 euros", "amende"),
    # an adjective makes another measure: the trade deficit is not the budget's
    ("Le pays accuse un déficit commercial de 7 milliards d'euros.", "7 milliards d'euros", "déficit commercial"),
    # a complement that only restates the noun (a budget's surplus of revenue is its surplus);
    # a surplus of charges is a deficit, and any other complement another measure
    ("Les comptes de Sion dégagent un excédent de revenus de 6,3 millions de francs.",
     "6,3 millions de francs", "excédent"),
    ("L'exercice laisse un excédent de recettes de 6,3 millions de francs.", "6,3 millions de francs",
     "excédent"),
    ("Les comptes de Sion présentent un excédent de charges de 6,3 millions de francs.",
     "6,3 millions de francs", None),
    ("La caisse affiche un excédent de trésorerie de 6,3 millions de francs.", "6,3 millions de francs",
     None),
    ("La commune annonce un déficit de recettes de 6,3 millions de francs.", "6,3 millions de francs",
     None),
    # a complement is not what the sum measures: the holder, a place, a base
    ("Le budget de la commune atteint 42 millions d'euros.", "42 millions d'euros", None),
    ("La taxe à l'importation de 40 euros est maintenue.", "40 euros", None),
    ("Le salaire est calculé sur la base de 12 euros de l'heure.", "12 euros", None),
    # no noun: a change, a bound, a generic amount
    ("Les recettes progressent, une hausse de 42 millions d'euros.", "42 millions d'euros", None),
    ("La ville a investi près de 42 millions d'euros.", "près de 42 millions d'euros", None),
    ("L'État a versé un montant de 42 millions d'euros.", "42 millions d'euros", None),
])
def test_the_noun_a_sum_is_the_value_of(sentence, figure, noun):
    m = by_text(measures("Titre\n" + sentence + "\n"), figure)
    assert m.notes.get("measure") == noun


@pytest.mark.parametrize("sentence,figure,holder", [
    ("Mike James a inscrit 24 points face à Paris.", "24", "james"),
    ("Le capitaine, Félix Roy, 19 ans, a porté l'attaque : 41 buts et 52 aides.", "41", "roy"),
    ("Le capitaine, Félix Roy, 19 ans, a porté l'attaque : 41 buts et 52 aides.", "52", "roy"),
    ("Derrière lui, le défenseur Samuel Roux a inscrit 14 buts.", "14", "roux"),
    ("Lucas Girard, 11 buts, a fait la différence.", "11", "girard"),
    # a determiner or a preposition before the capitals: a team, a coach, no holder
    ("La Roca Team a battu le Paris Basketball avec 17 victoires.", "17", None),
    ("Les joueurs de Vassilis Spanoulis ont gagné 28 ballons.", "28", None),
    ("Selon Jean Roux, 300 salariés sont concernés.", "300", None),
    # a new clause with its own subject
    ("Nadir Hifi a marqué 21 points, mais son équipe a réussi 8 tirs seulement.", "8", None),
    ("Derrière lui, son coéquipier a inscrit 14 buts.", "14", "*autre"),
])
def test_holder_is_the_person_named_subject(sentence, figure, holder):
    assert by_text(measures(sentence), figure).holder == holder


@pytest.mark.parametrize("when,key", [
    # a moment long past: its own key, never the article's unsaid present
    ("Au XVIIIe siècle,", "siècle-18"),
    ("En 1870,", "1870"),
    ("Il y a 150 ans,", "il-y-a-150year"),
    ("Avant la révolution industrielle,", "préindustriel"),
    # « il y a » right after a year restates it: the year is the moment
    ("En 1995, il y a trente ans,", "1995"),
    # the present century is no past era
    ("Au XXIe siècle,", None),
])
def test_past_eras_are_moments(when, key):
    m = by_text(measures(f"Titre\nChapeau.\n{when} le village comptait 1 200 habitants.\n"), "1 200")
    assert m.time == key


@pytest.mark.parametrize("sentence,figure,key", [
    # a birth year or date sets whose birth, not the moment of the sentence's figures
    ("L'ailier, 23 ans, né en 2003 et formé au club, a inscrit 14 points.", "14", None),
    ("La meneuse, née en 1999 à Tarbes, a marqué 21 points.", "21", None),
    ("Le pivot, né le 4 mars 2001, a capté 11 rebonds.", "11", None),
    # near misses: a year said of the figure itself stays its moment
    ("L'ailier, formé au club en 2003, a inscrit 14 points en 2024.", "14", "2024"),
    ("En 2003, l'ailier a inscrit 14 points.", "14", "2003"),
    ("Le club, fondé en 1999, comptait 210 licenciés en 2010.", "210", "2010"),
])
def test_a_birth_is_no_moment(sentence, figure, key):
    m = by_text(measures(f"Titre\nChapeau.\n{sentence}\n"), figure)
    assert m.time == key


@pytest.mark.parametrize("sentence,figure,key", [
    # a cohort born at a moment is counted at that moment
    ("Quelque 2 100 enfants sont nés le 1er janvier 2024 en France.", "Quelque 2 100", "2024-01-01"),
    ("Les 48 000 enfants nés en 2023 dans la région entreront à l'école en 2026.", "48 000", "2023"),
])
def test_a_cohort_born_then_is_counted_then(sentence, figure, key):
    m = by_text(measures(f"Titre\nChapeau.\n{sentence}\n"), figure)
    assert m.time == key
