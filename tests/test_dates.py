"""Dates read from French prose, the cue words around them, and the reference year."""
from datetime import date

import pytest

from numlint import calendar
from numlint.figures import dates
from numlint.figures.model import Figure, Masked


def one(text):
    found = dates.find(text)
    assert len(found) == 1, [f.text for f in found]
    return found[0]


@pytest.mark.parametrize("text,written,value,weekday", [
    ("Il a reçu le ministre ce samedi 12 juillet à Wonsan.", "samedi 12 juillet", "--07-12", 5),
    ("Le sommet s'est ouvert le 11 juillet 2025 à Rome.", "11 juillet 2025", "2025-07-11", None),
    ("La réforme entre en vigueur le 1er mars.", "1er mars", "--03-01", None),
    ("Les syndicats défilent pour le 1er-Mai à Paris.", "1er-Mai", "--05-01", None),
    ("Le défilé du 14-Juillet a réuni la foule.", "14-Juillet", "--07-14", None),
    ("La lettre est datée du 12/07/2025 selon la mairie.", "12/07/2025", "2025-07-12", None),
    ("Le registre porte la date 2015/08/12 en marge.", "2015/08/12", "2015-08-12", None),
    ("Rendez-vous le 22/04 au stade.", "22/04", "--04-22", None),
    ("Le traité fut signé le 15 Juin 2016 à Bruxelles.", "15 Juin 2016", "2016-06-15", None),
    ("Le lundi 12 janvier 2016, la neige est tombée.", "lundi 12 janvier 2016", "2016-01-12", 0),
    ("Le premier mai, les muguets fleurissent.", "premier mai", "--05-01", None),
    ("Le vote aura lieu le 3 sept. à Genève.", "3 sept.", "--09-03", None),
    ("Le vote aura lieu le 3 févr. 2024 à Genève.", "3 févr. 2024", "2024-02-03", None),
    ("Depuis le DIMANCHE 5 OCTOBRE, la route est fermée.", "DIMANCHE 5 OCTOBRE", "--10-05", 6),
    ("Le scrutin du 7\u00a0mai\u00a02017 a tranché.", "7\u00a0mai\u00a02017", "2017-05-07", None),
    ("Il est né le 12 janvier, 2018 selon l'état civil.", "12 janvier, 2018", "2018-01-12", None),
    ("La réunion du 1er janv a été annulée.", "1er janv", "--01-01", None),
    ("Le 12 janvier, 2 000 personnes ont défilé.", "12 janvier", "--01-12", None),
    ("Le courrier est daté du 13.5.2015 au tampon.", "13.5.2015", "2015-05-13", None),
    ("Le courrier est daté du 21-04-2016 au tampon.", "21-04-2016", "2016-04-21", None),
    # abbreviations and one-digit months seen in the peer suites
    ("La permanence rouvre le 2 Jan à 9 heures.", "2 Jan", "--01-02", None),
    ("La permanence rouvre le 1er Jan 2027 en mairie.", "1er Jan 2027", "2027-01-01", None),
    ("Le stade rouvre le 22/4 après travaux.", "22/4", "--04-22", None),
    ("Le bail a été signé le 7/3/2018 chez le notaire.", "7/3/2018", "2018-03-07", None),
    ("Le bail a été signé le 17/3/18 chez le notaire.", "17/3/18", "2018-03-17", None),
    ("Mardi 19 Janvier, 2021, le froid a gagné.", "Mardi 19 Janvier, 2021", "2021-01-19", 1),
    ("Le vote est fixé au 16/9 par le bureau.", "16/9", "--09-16", None),
])
def test_one_date(text, written, value, weekday):
    f = one(text)
    assert (f.text, f.value, f.weekday, f.kind) == (written, value, weekday, "date")
    assert text[f.start:f.end] == written


@pytest.mark.parametrize("text,written,day,month,year", [
    ("Le pic a été atteint le 31 juin à Nîmes.", "31 juin", 31, 6, None),
    ("Le vote, prévu le 29 février 2025, est reporté.", "29 février 2025", 29, 2, 2025),
    ("Le marché se tiendra le 32 mai sur la place.", "32 mai", 32, 5, None),
])
def test_impossible_date_is_a_figure_without_value(text, written, day, month, year):
    f = one(text)
    assert (f.text, f.day, f.month, f.year, f.value) == (written, day, month, year, None)


@pytest.mark.parametrize("text", [
    "Le 29 février 2024, le scrutin a été reporté.",
    "Le 29 février, le scrutin a été reporté.",
])
def test_29_february_of_a_leap_year_is_valid(text):
    assert one(text).value is not None


@pytest.mark.parametrize("text", [
    "Il a marqué sept buts en 2024.",
    "Un score de 3/4 au tir, soit 75 %.",
    "La moitié, soit 1/2, des votants.",
    "Les 12 mars de l'opposition.",            # not a date: no day before a month here? (12 mars is)
    "Plus de 25.000 soldats et 12 sept enfants.",
    "Une hausse de 3,5 mai-juin.",
    "La planète Mars est visible.",
    "Samedi 20 000 manifestants ont défilé.",
    "Un ratio de 30/02 en fin de saison.",
    "La version 1.2.3 et le score 3-7-1.",
    "Le score final est de 4.22 et 4-22 au tableau.",
    "Les deux tiers, soit 2/3, puis 3/4 des votants.",
    "Un écran 16/9 ouvert 24/7 pour les joueurs.",
    "Il a été qualifié pour le 1/4 de finale.",
    "Le 3/4/19 est illisible sur ce registre.",
    "Elle a battu 3 Jan Kowalski au second tour.",
])
def test_not_dates(text):
    found = [f.text for f in dates.find(text)]
    if text.startswith("Les 12 mars"):
        assert found == ["12 mars"]
    else:
        assert found == []


def test_range_gives_two_dates_with_the_month_of_the_second():
    found = dates.find("Le festival se tiendra du 3 au 5 juillet à Arles.")
    assert [(f.text, f.value) for f in found] == [("3", "--07-03"), ("5 juillet", "--07-05")]
    assert "range_start" in found[0].cues and "range_end" in found[1].cues


def test_range_with_weekdays_and_years():
    found = dates.find("Dans la nuit du vendredi 11 au samedi 12 avril 2025, le camp a été attaqué.")
    assert [(f.text, f.value, f.weekday) for f in found] == [
        ("vendredi 11", "2025-04-11", 4), ("samedi 12 avril 2025", "2025-04-12", 5)]


def test_enumeration_is_not_a_range():
    found = dates.find("Les grèves du 3 et du 5 juillet, puis le 8 et le 9 juillet.")
    assert [f.value for f in found][-2:] == ["--07-08", "--07-09"]
    assert not any("range_start" in f.cues for f in found[-2:])


def test_weekday_and_bare_day_take_the_month_just_before():
    found = dates.find("Vendredi 11 juillet, la foule est venue. Dimanche 13, elle est repartie.")
    assert [(f.text, f.value) for f in found] == [("Vendredi 11 juillet", "--07-11"), ("Dimanche 13", "--07-13")]


def test_weekday_and_bare_day_alone_has_no_value():
    f = one("Le match de mardi 31 a été reporté.")
    assert (f.day, f.month, f.value, f.weekday) == (31, None, None, 1)


@pytest.mark.parametrize("text,written,cue", [
    ("Née le 2 février 1931 à Quimper, elle a grandi à Brest.", "2 février 1931", "birth"),
    ("Le chanteur est mort jeudi 13 mars à Montpellier.", "jeudi 13 mars", "death"),
    ("Il est arrivé le lundi 28 octobre à Rabat.", "lundi 28 octobre", "start"),
    ("Il doit regagner Londres le dimanche 24 septembre.", "dimanche 24 septembre", "end"),
    ("Le préavis court jusqu'au jeudi 4 juillet à minuit.", "jeudi 4 juillet", "end"),
    # cue words in capitals; « ı » (a Turkish keyboard) and « İ » that lower() and re.I part on
    ("Le cargo est ARRIVÉ à Brest le 3 mars.", "3 mars", "start"),
    ("Il est MORT le 4 juin 1990 à Nantes.", "4 juin 1990", "death"),
    ("Le ferry turc est arrıvé à Marseille le 3 mars.", "3 mars", "start"),
    ("L'équipe d'İstanbul est repartie le 3 mars.", "3 mars", "end"),
    # a trial ends with its verdict; a start in the pluperfect is told after its end
    ("La cour a condamné jeudi 5 juin l'ancien maire.", "jeudi 5 juin", "end"),
    ("Le procès s'était ouvert le lundi 26 mai à Lyon.", "lundi 26 mai", "flashback"),
    ("La grève avait commencé le 3 mars.", "3 mars", "flashback"),
    # « ouvert le … et clos le … »: the close ends what the opening started
    ("Le salon sera clos le dimanche 9 mars au soir.", "dimanche 9 mars", "end"),
    ("La session, close le 30 juin, a été chargée.", "30 juin", "end"),
])
def test_date_cues(text, written, cue):
    f = one(text)
    assert f.text == written and cue in f.cues


@pytest.mark.parametrize("text,written", [
    ("Le procès s'est ouvert le lundi 26 mai à Lyon.", "lundi 26 mai"),
    ("Il avait dit qu'il arriverait le 3 mars.", "3 mars"),
])
def test_start_told_in_order_is_no_flashback(text, written):
    f = one(text)
    assert f.text == written and "flashback" not in f.cues


def test_huis_clos_is_no_end():
    f = one("L'affaire sera jugée à huis clos le 4 mars.")
    assert f.text == "4 mars" and "end" not in f.cues


def test_cue_belongs_to_the_nearest_date():
    a, b = dates.find("Arrivé le 3 mai, il a vu le lac le 4 mai.")
    assert "start" in a.cues and "start" not in b.cues


def _duration(text, written, unit):
    s = text.index(written)
    return Figure(text=written, start=s, end=s + len(written), kind="duration", value=1, unit=unit)


@pytest.mark.parametrize("text,written,unit,cues", [
    ("Il y a trois ans, en 2019, la cathédrale brûlait.", "trois ans", "year", ("ago",)),
    ("Né en 1950, il a 60 ans.", "60 ans", "year", ("age_now",)),
    ("Née en 1931, elle était âgée de 93 ans.", "93 ans", "year", ("age_past",)),
    ("Né en 1941, il avait 79 ans.", "79 ans", "year", ("age_past",)),
    ("Elle est morte à Brest à l'âge de 93 ans.", "93 ans", "year", ("age_death", "died_now", "died_she")),
    ("En 1963, à 22 ans, il enregistre son disque.", "22 ans", "year", ("age_at",)),
    ("Âgée de 19 ans, elle a gagné.", "19 ans", "year", ("age_now",)),   # a past: no « lead »
    ("Âgée de 19 ans, elle dirige la troupe.", "19 ans", "year", ("age_now", "lead", "she")),
    ("À 58 ans, cet ancien maire incarne la droite.", "58 ans", "year", ("age_at", "lead", "he", "demo")),
    ("A 58 ans, cette élue incarne la droite.", "58 ans", "year", ("age_at", "lead", "she", "demo")),
    ("À 58 ans, il incarne la droite.", "58 ans", "year", ("age_at", "lead", "he")),
    ("À 58 ans, Paul Roux incarne la droite.", "58 ans", "year", ("age_at",)),
    ("À 58 ans, il a été élu au Sénat.", "58 ans", "year", ("age_at",)),
    ("Née à Paris, juriste, Anne Roux, 63 ans, dirige la banque.", "63 ans", "year",
     ("age_app", "next_birth")),
    ("Née à Paris, elle a nommé Anne Roux, 63 ans, à la banque.", "63 ans", "year", ()),
    # a birth and an age as two asides of one name, either order
    ("Anne Roux, née en 1961, 63 ans, dirige la banque.", "63 ans", "year", ("age_app", "aside")),
    ("Anne Roux, née le 2 mai 1961 à Rodez, 63 ans, dirige.", "63 ans", "year", ("age_app", "aside")),
    ("Anne Roux, 63 ans, née à Rodez en 1961, dirige la banque.", "63 ans", "year", ("age_app", "aside_next")),
    ("Anne Roux, 63 ans, et sa sœur, née en 1961, dirigent.", "63 ans", "year",
     ("age_app", "lead_person=Anne Roux")),
    ("Anne Roux, 63 ans, est née le 2 mai 1961 à Rodez.", "63 ans", "year", ("age_app", "aside_next")),
    ("Anne Roux, 63 ans, est née à Rodez en 1961.", "63 ans", "year", ("age_app", "aside_next")),
    ("Anne Roux, 63 ans, est née de parents bretons.", "63 ans", "year",
     ("age_app", "lead_person=Anne Roux", "next_birth")),
    # a full name opening its sentence (the protagonist of a news lead), not one word, not after a lead
    ("Roux, 63 ans, dirige la banque.", "63 ans", "year", ("age_app",)),
    ("Anne Roux, née en 1961, et Marc Roux, 63 ans, dirigent.", "63 ans", "year", ()),
    ("Il a 30 ans de carrière derrière lui.", "30 ans", "year", ()),
    ("Né en 1977, l'avocat de 46 ans dirige le parti.", "46 ans", "year", ("age_app",)),
    ("Né en 1977, le jeune homme de 46 ans dirige le parti.", "46 ans", "year", ("age_app",)),
    ("Né en 1977, il a nommé l'avocat de 46 ans au parti.", "46 ans", "year", ()),
    ("Né en 1977, il dirige un cabinet de 46 ans d'âge.", "46 ans", "year", ()),
    ("Le mandat de 5 ans commence.", "5 ans", "year", ()),
    # the noun right after a birth opening the sentence, whatever it is, is the one born
    ("Né en 1967 à Nice, le technicien de 55 ans a signé.", "55 ans", "year", ("age_app",)),
    ("Née en 1970, la ministre, 54 ans, a signé.", "54 ans", "year", ("age_app",)),
    ("Né le 3 mai 1967, l'ancien sélectionneur, 55 ans, a signé.", "55 ans", "year", ("age_app",)),
    ("Né en 1962, le fils de Marc, 35 ans, a signé.", "35 ans", "year", ()),
    ("Né en 1962, le maire recrute un technicien de 35 ans.", "35 ans", "year", ()),
    ("Né en 1962, le technicien, 55 ans plus tard, a signé.", "55 ans", "year", ()),
    ("Le club, né en 1967, recrute un technicien de 55 ans.", "55 ans", "year", ()),
    ("Le procès, qui a duré quatre jours, s'achève.", "quatre jours", "day", ("span", "stay")),
    ("La crise a duré quatre jours.", "quatre jours", "day", ("span",)),
    ("Pour une visite de trois jours, il est venu.", "trois jours", "day", ("span", "stay")),
    ("La grève a duré deux jours.", "deux jours", "day", ("span", "stay")),   # the whole strike
    ("Il est revenu trois jours plus tard.", "trois jours", "day", ()),
    ("Elle est arrivée à trois jours de la fin.", "trois jours", "day", ()),
    ("Pour une visite d'État de trois jours, il est venu.", "trois jours", "day", ("span", "stay")),
    ("Il est resté pour trois jours.", "trois jours", "day", ("span", "stay")),
    ("Du 3 au 30 juillet, il y aura trois jours de fermeture.", "trois jours", "day", ()),
    ("Le train accuse un retard de trois jours.", "trois jours", "day", ()),
    # « de N jours » with its own « du … au … » right after it: the span's length
    ("Un audit de l'Urssaf de trois jours, du mardi 4 au jeudi 6 mars.", "trois jours", "day", ("span",)),
    ("Un audit de trois semaines, du 4 mars au 25 mars.", "trois semaines", "week", ("span",)),
    ("Dans trois jours, du 4 au 6 mars, il y aura la foire.", "trois jours", "day", ()),
    ("Un retard de trois jours, à partir du 4 au plus tard.", "trois jours", "day", ()),
    # « dit Pierre Roux, 49 ans, né en 1968 »: the speaker's name, with two asides
    ("« Tout a changé », raconte Pierre Roux, 49 ans, né en 1968 à Lyon.", "49 ans", "year",
     ("age_app", "aside_next")),
    # a speaker with a title before the name, the age closing the sentence
    ("« Rien n'est joué », a averti la ministre des sports, Claire Roux, 45 ans. Née en 1979.",
     "45 ans", "year", ("age_app", "named", "person=Claire Roux", "next_birth", "speaker")),
    ("Rien n'est joué, a averti la ministre des sports, Claire Roux, 45 ans. Née en 1979.",
     "45 ans", "year", ()),
    ("Né en 1941, il a 22 ans quand il enregistre son disque.", "22 ans", "year", ("age_at",)),
    # a past age tied to a moment named in words: not an age at death
    ("Né en 1934, il avait 61 ans au moment du vote.", "61 ans", "year", ("age_at",)),
    ("Née en 1950, elle avait 40 ans lors de sa première élection.", "40 ans", "year", ("age_at",)),
    ("Né en 1941, il avait 19 ans quand il a quitté Oran.", "19 ans", "year", ("age_at",)),
    ("Né en 1941, il avait 79 ans et vivait à Sète.", "79 ans", "year", ("age_past",)),
])
def test_duration_cues(text, written, unit, cues):
    d = _duration(text, written, unit)
    dates.annotate(text, [d], [])
    assert d.cues == cues


@pytest.mark.parametrize("text,cue", [
    ("Né en 1950 à Lyon, il a 60 ans.", "birth"),
    ("Née à Lyon en 1950, elle a 75 ans.", "birth"),
    ("Mort en 1990, il reste célèbre.", "death"),
    ("Il y a trois ans, en 2019, tout a brûlé.", "in"),
    ("Il y a trois ans, en avril 2019, tout a brûlé.", "in"),
    ("Elle dirige la banque depuis novembre 2019.", "in"),
    # « depuis »: a state lasting till now, told apart from a step of a story (« en 2019 »)
    ("Elle dirige la banque depuis novembre 2019.", "since"),
    ("Elle siège au conseil Depuis 2016.", "since"),
    ("Il y a trois ans, en 2019, tout a brûlé.", "-since"),
])
def test_year_cues(text, cue):
    s = next(i for i in range(len(text)) if text[i:i + 4].isdigit())
    m = Masked(kind="year", text=text[s:s + 4], start=s, end=s + 4, value=int(text[s:s + 4]))
    dates.annotate(text, [], [m])
    if cue.startswith("-"):
        assert cue[1:] not in m.cues
    else:
        assert cue in m.cues


@pytest.mark.parametrize("text,cues", [
    ("Paul Roux, né en 1960 en Vendée, prend la place Beauvau.", ("birth", "he", "person=Paul Roux", "sole")),
    ("Née en 1956 à Paris, l'ancienne ministre dirige la banque.",
     ("birth", "she", "lead", "noun_subject", "anaphor_subject", "sole")),
    # the subject after a birth opening the sentence: a noun anaphor, not a time, nor a pronoun
    ("Né en 1960 à Cholet, cet ancien maire dirige le groupe.",
     ("birth", "he", "lead", "noun_subject", "demo_subject", "anaphor_subject", "sole")),
    ("Né en 1960 à Cholet, la même année que la crise, il dirige le groupe.",
     ("birth", "he", "lead", "anaphor_subject", "sole")),
    ("Le ministre, né en 1960 à Cholet, le remplace.", ("birth", "he", "sole")),
    ("Né en 1960, il remplace Jean Roux au ministère.", ("birth", "he", "lead", "anaphor_subject")),
    ("Né en 1960, il remplace Darmanin au ministère.", ("birth", "he", "lead", "anaphor_subject")),
    ("Né en 1960, il succède à son adjoint au ministère.",
     ("birth", "he", "lead", "anaphor_subject")),
    ("Né en 1960, il a grandi à Cholet.", ("birth", "he", "lead", "anaphor_subject", "sole", "story")),
    ("Le ministre a reçu la veuve du poète, née en 1952.", ("birth", "she", "sole", "story")),
    ("Né en 1960 à Cholet, il dirige le groupe LR au Sénat.",
     ("birth", "he", "lead", "anaphor_subject", "sole")),
    # the subject a pronoun (of the birth's gender) or an anaphor after asides; never a name
    ("Né en 1968 à Thiers, ancien professeur, il entame son mandat.",
     ("birth", "he", "lead", "anaphor_subject", "sole")),
    ("Né en 1968 à Thiers, ancien professeur, elle entame son mandat.", ("birth", "he", "lead", "sole")),
    ("Né en 1968 à Thiers, ancien professeur, Paul Roux entame son mandat.", ("birth", "he", "lead")),
    ("Né en 1968 à Thiers, ancien professeur, ce n'est pas un novice.", ("birth", "he", "lead", "sole")),
    # « est/a » before an article or « très » and an adjective: no past tense
    ("« C'est la vraie priorité », dit la maire, née en 1961, qui dirige la ville.",
     ("birth", "she", "sole")),
    ("La maire, née en 1961, trouve que le port est très joli.", ("birth", "she", "sole")),
    ("La maire, née en 1961, dit que c'est vrai et que l'entrée est gratuite.", ("birth", "she", "sole")),
    ("La maire, née en 1961, a un ami à Brest.", ("birth", "she", "sole")),
    ("« C'est la vraie priorité », a déclaré la maire, née en 1961.", ("birth", "she", "sole", "story")),
    ("La maire, née en 1961, a déjà gagné deux fois.", ("birth", "she", "sole", "story")),
    ("La maire, née en 1961, est bien arrivée à Brest.", ("birth", "she", "sole", "story")),
])
def test_birth_cues(text, cues):
    s = text.index("19")
    m = Masked(kind="year", text=text[s:s + 4], start=s, end=s + 4, value=int(text[s:s + 4]))
    dates.annotate(text, [], [m])
    assert m.cues == cues


@pytest.mark.parametrize("text", [
    "1" * 10000 + " mai",
    "lundi " * 20000,
    "le 3 au " * 20000 + "5 juillet",
    "12/" * 30000,
    "né en " * 10000,
    "Le samedi 12 juillet et le vendredi 13 juillet 2025, du 3 au 5 mai, mardi 4. " * 600,
    "22/4 1 Jan 16/9 " * 1500,
    "A A A A A A A A , 3 ans, " * 8000,
    "Oct. 2 Jan-1 Nov/3 " * 5000,
    "mai vingt et un " * 8000,
    "seconde de mai " * 8000,
    "3-7-07-" * 20000,
    "2015.5.13." * 10000,
    "12/08,15," * 10000,
])
def test_hostile_input_is_fast_and_safe(text):
    import time
    t = time.process_time()
    found = dates.find(text)
    dates.annotate(text, [], [])
    assert time.process_time() - t < 3.0
    assert isinstance(found, list)


# --- reference year --------------------------------------------------------------------------

def _dates(text):
    found = dates.find(text)
    for f in found:
        f.block = None
    return found


@pytest.mark.parametrize("day,month,anchor,expected", [
    (30, 12, date(2025, 1, 2), date(2024, 12, 30)),
    (1, 1, date(2024, 12, 20), date(2025, 1, 1)),
    (12, 7, date(2025, 7, 13), date(2025, 7, 12)),
    (29, 2, date(2025, 1, 10), None),           # no 29 February within reach of 2025
    (29, 2, date(2024, 1, 10), date(2024, 2, 29)),
])
def test_nearest_occurrence(day, month, anchor, expected):
    assert calendar.nearest(day, month, anchor) == expected


def test_year_inferred_from_weekdays():
    found = _dates("Le vendredi 16 février, puis le jeudi 29 février et le mardi 5 mars.")
    cal = calendar.build(found, [], None, today=date(2026, 11, 28))
    assert cal.source == "inferred" and cal.confident
    assert [cal.date_of(f).year for f in found] == [2024, 2024, 2024]
    assert cal.mismatches == []


@pytest.mark.parametrize("text,year,confident", [
    # the pairs hold in November 2019 and in November 2024: nearest today wins, and is sure
    ("Jugé le jeudi 28 novembre, il avait été entendu le lundi 4 novembre.", 2024, True),
    # the same pairs beside a written « mars 2020 »: 2019 is chosen for being near it, but that
    # is when the story happened, not when it is read (no age or « il y a » computed from it)
    ("Arrêté le mardi 10 mars 2020, il a été jugé le jeudi 28 novembre, après une audience le "
     "lundi 4 novembre.", 2019, False),
    # a written year that only the chosen moment fits is no tie-break: sure
    ("Le vendredi 16 février 2024, puis le jeudi 29 février et le mardi 5 mars.", 2024, True),
])
def test_inferred_year_chosen_by_a_written_year_is_not_sure(text, year, confident):
    found = _dates(text)
    cal = calendar.build(found, [], None, today=date(2026, 11, 28))
    assert cal.source == "inferred"
    assert cal.date_of([f for f in found if f.year is None][-1]).year == year
    assert cal.confident is confident


def test_no_year_fits_two_pairs():
    found = _dates("Le vendredi 11 juillet. Le samedi 13 juillet.")
    cal = calendar.build(found, [], None, today=date(2026, 11, 28))
    assert [r.figure.text for r in cal.mismatches] == ["samedi 13 juillet"]
    assert [g.text for g in cal.mismatches[0].conflicts] == ["vendredi 11 juillet"]


def test_new_year_night_spans_two_years():
    found = _dates("Dans la nuit du mardi 31 décembre au mercredi 1er janvier.")
    for today in (date(2026, 11, 28), date(2025, 1, 2)):
        assert calendar.build(found, [], None, today=today).mismatches == []
    cal = calendar.build(found, [], date(2025, 1, 2))
    assert [cal.date_of(f) for f in found] == [date(2024, 12, 31), date(2025, 1, 1)]
    assert cal.mismatches == []


def test_reference_year_decides():
    found = _dates("La journée est prévue le jeudi 11 mars.")
    assert len(calendar.build(found, [], date(2023, 3, 8)).mismatches) == 1
    assert calendar.build(found, [], date(2021, 3, 8)).mismatches == []


def test_far_from_reference_either_side_is_quiet():
    # 10 June is about five months from 2 January 2025: 10 June 2024 was a Monday.
    found = _dates("Le lundi 10 juin, rien ne s'est passé.")
    assert calendar.build(found, [], date(2025, 1, 2)).mismatches == []


def test_all_pairs_fitting_another_year_is_quiet():
    found = _dates("Le lundi 12 juin, puis le mardi 13 juin et le samedi 17 juin.")
    assert calendar.build(found, [], date(2025, 3, 1)).mismatches == []


def test_a_year_in_another_sentence_of_the_paragraph_does_not_excuse():
    found = _dates("Le préavis court jusqu'au jeudi 4 juillet. Il faudrait 4 000 agents d'ici à 2030.")
    years = [Masked(kind="year", text="2030", start=0, end=4, value=2030, sentence=1)]
    assert len(calendar.build(found, years, date(2025, 7, 4)).mismatches) == 1


def test_a_year_in_the_same_sentence_excuses():
    found = _dates("En 2019, le lundi 15 avril, la flèche s'effondrait.")
    years = [Masked(kind="year", text="2019", start=3, end=7, value=2019, cues=("in",))]
    assert calendar.build(found, years, date(2025, 4, 15)).mismatches == []


def test_a_story_told_in_another_year():
    found = _dates("Le vendredi 13 novembre 2015, Paris est frappé. Le samedi 14 novembre, la ville se tait.")
    assert calendar.build(found, [], date(2025, 1, 10)).mismatches == []


def test_without_reference_far_apart_dates_are_not_compared():
    found = _dates("Le lundi 12 juin, un vote. Le vendredi 12 décembre, un autre.")
    # no single twelve-month window fits both, but they are six months apart: maybe two years
    cal = calendar.build(found, [], None, today=date(2026, 11, 28))
    assert cal.mismatches == []


def test_calendar_on_thousands_of_dates_is_fast():
    import time
    found = _dates("Le samedi 12 juillet, le vendredi 13 juillet, le 3 mai 2015. " * 3000)
    t = time.process_time()
    cal = calendar.build(found, [], date(2025, 7, 20))
    assert time.process_time() - t < 3.0
    assert len(cal.mismatches) == 3000


# --- rarer written forms: month first, spelled days, comma or two-digit years ------------------

@pytest.mark.parametrize("text,written,value", [
    ("La commission rendra son avis Oct. 14, avant le vote.", "Oct. 14", "--10-14"),
    ("Le prochain conseil est prévu Novembre. 3", "Novembre. 3", "--11-03"),
    ("Le dossier sera clos Déc-5.", "Déc-5", "--12-05"),
    ("Le dossier sera clos Nov/30.", "Nov/30", "--11-30"),
    ("Les vœux seront présentés Jan-2.", "Jan-2", "--01-02"),
    ("Le dépôt des listes ferme le Juin vingt-huit.", "Juin vingt-huit", "--06-28"),
    ("Rendez-vous Juillet premier.", "Juillet premier", "--07-01"),
    ("Les soldes débutent janvier troisième.", "janvier troisième", "--01-03"),
    ("La cérémonie aura lieu seconde de Mars.", "seconde de Mars", "--03-02"),
    ("La plainte date du 12/08,2019 selon le greffe.", "12/08,2019", "2019-08-12"),
    ("La plainte date du 03/11,19 selon le greffe.", "03/11,19", "2019-11-03"),
    ("Le formulaire porte la date 5-9-21 au verso.", "5-9-21", "2021-09-05"),
    ("Le formulaire porte la date 11-23-2020 au verso.", "11-23-2020", "2020-11-23"),
    ("Le formulaire porte la date 04/27/2021 au verso.", "04/27/2021", "2021-04-27"),
    ("Le formulaire porte la date 3-14-19 au verso.", "3-14-19", "2019-03-14"),
    ("Le registre japonais note 2019.4.30 en marge.", "2019.4.30", "2019-04-30"),
    ("La ville fut libérée le 8 mai 45.", "8 mai 45", "1945-05-08"),
    ("Le parc ouvrira le 3 juin 27, selon le maire.", "3 juin 27", "2027-06-03"),
    # before another number, two digits count nothing: they are the year
    ("Le 14 juillet 89 deux cents fédérés ont défilé.", "14 juillet 89", "1989-07-14"),
    ("Le registre s'arrête au 2 mars 71\ntrente pages plus loin.", "2 mars 71", "1971-03-02"),
])
def test_rarer_date_forms(text, written, value):
    f = one(text)
    assert (f.text, f.value, f.kind) == (written, value, "date")


@pytest.mark.parametrize("text,figures", [
    # a sentence ends after the month, the next starts with a count
    ("Le chômage a reculé en octobre-2, selon l'Insee.", []),
    ("Le chômage a reculé en mai. 12 régions sur 13 en profitent.", []),
    ("Le vote est prévu en octobre. 2 000 élus y prendront part.", []),
    ("Ils étaient sept. 12 autres sont arrivés ensuite.", []),
    # a month name in a name, a spelled count after a month
    ("La sonde Mars-3 s'est posée en 1971.", []),
    ("La sonde soviétique a été baptisée Mars-2.", []),
    ("Le bilan en mai vingt et un morts, en juin douze.", []),
    ("En mai vingt et un soldats ont été blessés.", []),
    ("Arrivée la seconde de mars, elle a fini la seconde d'avril.", []),
    ("C'est la deuxième de juin.", []),
    ("Il a fini en août deuxième du classement général.", []),
    # scores, decimals, fractions, formations, phone numbers, references, versions
    ("Le score final est de 3-1 et 4-22 au tableau.", []),
    ("Une hausse de 4.22 points, un ratio de 4/22.", []),
    ("L'équipe joue en 4-3-3 puis en 4-2-3-1.", []),
    ("Appelez le 06-12-34-56-78 avant midi.", []),
    ("La référence 978-2-07-036822-8 est épuisée.", []),
    ("Le taux passe de 10/12,5 à 11.", []),
    ("Le 3/4/19 est illisible sur ce registre.", []),
    ("Il y a eu 12 blessés le 3 mai 12 personnes ont été évacuées.", ["3 mai"]),
    ("Le 8 mai 45 000 personnes ont défilé.", ["8 mai"]),
    ("Le 8 mai, 45 personnes ont défilé.", ["8 mai"]),
    ("Le 8 mai 45 mille personnes ont défilé.", ["8 mai"]),          # a scale word: 45 000
    ("Le 3 juin 12 deux-roues ont été volés.", ["3 juin"]),          # a noun, not a number
    ("Le 3 juin 12 quatre-vingts ans plus tôt.", ["3 juin"]),        # hyphened: left alone
    ("Le 3 juin 12 sept. et 14 oct.", ["3 juin", "12 sept.", "14 oct."]),
])
def test_rarer_forms_are_not_read_where_they_mean_something_else(text, figures):
    assert [f.text for f in dates.find(text)] == figures


# find() tries its patterns only where a cheap scan of the lowered block points (a month stem, a
# weekday before a day, a digit before a sign): the edges of those scans read as the full search.
@pytest.mark.parametrize("text,expected", [
    ("Le conseil se réunira le 12   mai prochain.", [("12   mai", "--05-12")]),
    ("Le conseil se réunira le 12    mai prochain.", []),            # four spaces: no date
    ("12 mars 2024 en tête de paragraphe.", [("12 mars 2024", "2024-03-12")]),
    ("Prévu le 12 MAI 2025, repoussé au LUNDI 19.", [("12 MAI 2025", "2025-05-12"), ("LUNDI 19", "--05-19")]),
    ("Mai 2024 : le 3-Mai reste férié, le 1er-mai aussi.", [("3-Mai", "--05-03"), ("1er-mai", "--05-01")]),
    ("Le rapport (17/03/2024) et la note 2024-03-18 ; le code 123/04/2024 n'en est pas un.",
     [("17/03/2024", "2024-03-17"), ("2024-03-18", "2024-03-18")]),
    ("Les 3, 4 et 5 juillet, puis du 8 au   le 10 août.",
     [("3", "--07-03"), ("4", "--07-04"), ("5 juillet", "--07-05"), ("8", "--08-08"), ("10 août", "--08-10")]),
    ("Mais il a dit mardi 14 qu'il viendrait le samedi 18 avril.", [("mardi 14", None), ("samedi 18 avril", "--04-18")]),
])
def test_scan_edges(text, expected):
    assert [(f.text, f.value) for f in dates.find(text)] == expected


# A month stem inside a word (« se-mai-ne », « do-mai-nes », « mars-ouins ») is no month; one after
# a space, a dash or a bracket is.
@pytest.mark.parametrize("text,expected", [
    ("Le chantier dure 12 semaines.", []),
    ("Il a vendu 3 domaines viticoles.", []),
    ("On a vu 5 marsouins au large.", []),
    ("Publié le 1er-Mai, le texte circule.", [("1er-Mai", "--05-01")]),
    ("Livraison prévue (oct. 2) au plus tard.", [("oct. 2", "--10-02")]),
    ("Le vote du 5 décembre est maintenu.", [("5 décembre", "--12-05")]),
])
def test_month_stems_only_at_a_word_start(text, expected):
    assert [(f.text, f.value) for f in dates.find(text)] == expected


@pytest.mark.parametrize("text,person", [
    ("Le Bâlois Beat Jans, né en 1964, siège au gouvernement.", "person=Beat Jans"),
    ("Le Premier ministre Bart De Wever, né en 1970, a prêté serment.", "person=Bart De Wever"),
    ("Son frère Jans, né en 1960, vit à Bâle.", None),          # a surname alone: no one person
    ("Le président du CDH, né en 1960, démissionne.", None),     # an acronym is no name
])
def test_birth_of_a_full_name(text, person):
    s = text.index("19")
    m = Masked(kind="year", text=text[s:s + 4], start=s, end=s + 4, value=int(text[s:s + 4]))
    dates.annotate(text, [], [m])
    assert next((c for c in m.cues if c.startswith("person=")), None) == person
