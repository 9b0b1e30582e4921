"""What `extract` says a figure counts (its `subject`), on shapes the reading holdout showed
unread: ordinals before a noun of time, ratios and fractions, counts told as a predicate,
acronyms, « et demi ». Scored on unseen articles by `bench/readings.py` (subject column)."""
import pytest

from numlint import document, engine
from numlint.measures import lemmas


def subjects(text: str) -> dict[str, str | None]:
    doc = document.parse("Titre\n\n" + text + "\n", path="a.txt")
    found, _ = engine.analyse(doc)
    return {" ".join(f.text.split()): f.subject for f in found.figures}


def rule_subjects(text: str) -> dict[str, str | None]:
    doc = document.parse("Titre\n\n" + text + "\n", path="a.txt")
    _, ms = engine.analyse(doc)
    return {" ".join(m.figure.text.split()): m.subject for m in ms}


@pytest.mark.parametrize("text, figure, subject", [
    # ordinals name what they rank, a unit of time included
    ("Le bureau a voté pour la quatrième fois en un an.", "quatrième", "fois"),
    ("Au deuxième jour du blocus, les rayons étaient vides.", "deuxième", "jour"),
    ("C'est la cinquième année de baisse des ventes.", "cinquième", "année"),
    ("Le but est venu à la 81e minute.", "81e", "minute"),
    ("L'école du 11e arrondissement ferme.", "11e", "arrondissement"),
    ("Le troisième amendement a été rejeté.", "troisième", "amendement"),
    # « un X sur N » and fractions « des NOUN » count that noun
    ("Un électeur sur quatre s'est abstenu.", "Un électeur sur quatre", "électeur"),
    ("Une ligne de bus sur trois roulait.", "Une ligne de bus sur trois", "ligne"),
    ("Un Lyonnais sur dix prend le métro.", "Un Lyonnais sur dix", "lyonnais"),
    ("Les deux tiers des exploitants ont signé.", "Les deux tiers", "exploitant"),
    ("Près de la moitié des bénévoles sont retraités.", "Près de la moitié", "bénévole"),
    # « deux X sur N »: N counts X, not the verb after it
    ("Trois bus sur quatre circulent ce matin.", "quatre", "bus"),
    ("Deux RER sur cinq fonctionnent.", "cinq", "rer"),
    # a count told as the predicate of its plural noun
    ("Les grévistes étaient 1 800 devant la préfecture.", "1 800", "gréviste"),
    ("Les pompiers mobilisés sont près de 300 sur le feu.", "près de 300", "pompier"),
    ("Les élèves de l'académie seront 52 000 à la rentrée.", "52 000", "élève"),
    ("Les forains, eux, étaient 240 à réclamer un report.", "240", "forain"),
    ("Les apprentis sont désormais 6 300 dans la région.", "6 300", "apprenti"),
    ("Les retraités sont aujourd'hui 17 millions.", "17 millions", "retraité"),
    ("Les collégiens sont 152 700, les lycéens 98 300.", "98 300", "lycéen"),
    ("Les bureaux de vote, au nombre de 38, ouvrent à 8h.", "38", "bureau"),
    ("Les jeunes agriculteurs étaient près de 900 au rassemblement.", "près de 900", "agriculteur"),
    ("Les intérimaires, qui sont environ 1 500 sur le site, attendent.", "environ 1 500", "intérimaire"),
    ("Près de 200 des lits fermés relèvent de la psychiatrie.", "Près de 200", "lit"),
    # an adjective before the noun, a compound noun
    ("L'école a reçu 1 200 anciens élèves.", "1 200", "élève"),
    ("Il a gagné ses deux précédents matchs.", "deux", "match"),
    ("L'usine exploite trois hauts-fourneaux.", "trois", "haut-fourneau"),
    # an act counted: the reader is told the noun written
    ("La carte scolaire prévoit 85 fermetures de classes.", "85", "fermeture"),
    # acronyms counted as nouns, « et demi » inside the figure
    ("La région compte 14 000 PME.", "14 000", "pme"),
    ("Le département a ouvert 12 Ehpad.", "12", "ehpad"),
    ("Le réseau dessert deux millions et demi d'usagers.", "deux millions et demi", "usager"),
])
def test_subject_read(text, figure, subject):
    assert subjects(text)[figure] == subject


@pytest.mark.parametrize("text, figure", [
    ("Il en a compté 800 dans la matinée.", "800"),                     # names nothing
    ("La moitié du budget va à l'école.", "La moitié"),               # an amount, not a count
    ("Un tiers de la récolte est perdu.", "Un tiers"),
    ("Ils étaient 3 000 devant la mairie.", "3 000"),                 # a pronoun names nothing
    ("Les prix, en hausse, sont 12 fois plus élevés.", "12"),         # a comma breaks the phrase
    ("Le 3e est arrivé seulement hier.", "3e"),                       # an adverb in -ment
    ("Les loyers sont 3 fois plus chers qu'en 2010.", "3"),           # a factor, not a count
    ("Ils sont désormais 300 à attendre.", "300"),
    ("Les collégiens sont nombreux, les lycéens 98 300.", "98 300"),  # no count before the comma
    ("Le tarif, au nombre de 3, change.", "3"),                     # a singular noun counts nothing
    ("Le club a battu 3 OM et 2 PSG cette saison.", "3"),             # names, not acronyms counted
])
def test_subject_left_unsaid(text, figure):
    assert subjects(text)[figure] is None


@pytest.mark.parametrize("text, ratio", [
    # the figures stage reads the ratio whole: a noun with its complement, an elided word after
    ("Une ligne de bus sur trois roulait.", "Une ligne de bus sur trois"),
    ("Un ticket d'entrée sur deux est offert.", "Un ticket d'entrée sur deux"),
    ("Un électeur sur quatre s'est abstenu.", "Un électeur sur quatre"),
])
def test_ratio_read_whole(text, ratio):
    assert ratio in subjects(text)


@pytest.mark.parametrize("text, figure", [
    ("Un plan de relance sur cinq ans a été voté.", "cinq ans"),     # a span, no ratio
    ("Une enquête de police sur deux meurtres est ouverte.", "deux"),
])
def test_no_ratio_before_a_plural_noun(text, figure):
    read = subjects(text)
    assert figure in read and not any(t.lower().startswith("un") for t in read)


def test_a_count_with_its_own_noun_after_sur_keeps_it():
    # « 9 tirs sur 14 tentatives »: the second count names its own noun
    assert subjects("Il a réussi 9 tirs sur 14 tentatives.")["14"] == "tentative"


def test_reader_only_subjects_are_not_grouped_by_the_rules():
    # ratios, fractions and predicates are told to the reader; the rules do not group by them,
    # and « suppressions de postes » stay postes (supprimés) for them
    ms = rule_subjects("Un électeur sur quatre s'est abstenu. Les grévistes étaient 1 800. "
                       "Le plan prévoit 300 suppressions de postes.")
    assert ms["Un électeur sur quatre"] is None and ms["1 800"] is None and ms["300"] == "poste"


@pytest.mark.parametrize("word, lemma", [
    ("Sénégalais", "sénégalais"), ("Québécois", "québécois"), ("palais", "palais"),
    ("emplois", "emploi"), ("essais", "essai"), ("convois", "convoi"), ("délais", "délai"),
])
def test_lemmas_in_ais_ois(word, lemma):
    assert lemmas.noun_lemma(word) == lemma
