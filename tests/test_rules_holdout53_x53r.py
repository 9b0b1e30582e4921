"""Holdout 53 (x53r), a precision audit of the readings merged in rounds 51-52: for each, honest
French passages that look like it but are correct (written for these tests) stay quiet, and the
reading's own slip still fires."""
from __future__ import annotations

import pytest

from _lint_kit import codes


def _txt(head: str, body: str) -> str:
    return f"{head}\n\nLes chiffres ont été publiés mardi.\n\n{body}\n"


def _md(body: str, date: str = "2026-11-10") -> str:
    return f"---\ntitle: Article\ndate: {date}\n---\n\n# Un portrait\n\n{body}\n"


# --- NUM302: killed and wounded told by verbs against « N victimes, tués et blessés confondus » --

TOLL = "L'attaque de dimanche a fait 40 victimes, tués et blessés confondus."


@pytest.mark.parametrize("body", [
    # the parts of the toll, told by their verbs, add up above it
    "L'attaque a fait 40 victimes, tués et blessés confondus. Les assaillants ont tué 15 personnes "
    "et en ont blessé 30.",
    "L'attaque a fait 40 victimes, tués et blessés confondus : les assaillants ont tué 15 personnes "
    "et en ont blessé 30.",
])
def test_num302_told_by_verbs_fires(body):
    assert codes(_txt("Attentat", body), "NUM302", path="a.txt") == ["NUM302"]


@pytest.mark.parametrize("body", [
    # the parts fit the toll
    "L'accident a fait 18 victimes, tués et blessés confondus : le choc a tué 4 passagers et en a "
    "blessé 14.",
    # a toll of another event, before
    "L'attentat a fait 25 victimes, tués et blessés confondus. En 2019, une attaque similaire avait "
    "tué 12 personnes et en avait blessé 30.",
    # a toll of a wider span: « depuis janvier », « en dix ans »
    TOLL + " Depuis janvier, les groupes armés ont tué 150 personnes et en ont blessé 300 dans la "
    "région.",
    TOLL + " En dix ans, les groupes armés ont tué 150 personnes et en ont blessé 300 dans la région.",
    TOLL + " Les groupes armés ont tué 150 personnes depuis janvier.",
    # one count of the dead, told elsewhere, of a wider scope
    TOLL + " Depuis janvier, 150 personnes ont été tuées dans la région.",
    TOLL + " Les jihadistes ont tué 150 personnes dans la région, selon l'ONU.",
])
def test_num302_told_by_verbs_look_alikes_quiet(body):
    assert codes(_txt("Violences au Sahel", body), "NUM302", path="a.txt") == []


# --- NUM201: a headline party seat count against the body's « N des M sièges » -----------------

SEATS_HEAD = "Législatives : le PS obtient 45 sièges"


@pytest.mark.parametrize("body", [
    "Le PS remporte 52 des 129 sièges du Parlement.",
    "Le PS a remporté 52 des 129 sièges du Parlement.",
    "Le PS a fait élire 52 députés sur les 129 de l'Assemblée.",
])
def test_num201_seat_share_fires(body):
    assert codes(_txt(SEATS_HEAD, body), "NUM201", path="a.txt") == ["NUM201"]


@pytest.mark.parametrize("body", [
    # the seats of a coalition, the party's inside it
    "La coalition de gauche remporte 61 des 129 sièges du Parlement, dont 45 pour le PS.",
    # the seats the party held before: a past verb or another year
    "Le PS, qui détenait 52 des 129 sièges en 2019, en perd sept.",
    "Le PS détenait 52 des 129 sièges dans l'assemblée sortante.",
    "Le PS avait remporté 52 des 129 sièges lors du précédent scrutin.",
    "Le PS comptait jusqu'ici 52 des 129 sièges.",
    "Le PS comptait 52 députés sur les 129 de l'Assemblée sortante.",
    "Le PS avait fait élire 52 députés sur les 129 en 2019.",
])
def test_num201_seat_share_look_alikes_quiet(body):
    assert codes(_txt(SEATS_HEAD, body), "NUM201", path="a.txt") == []


def test_num201_seat_share_another_party_quiet():
    body = "Le parti obtient 30 sièges. La majorité présidentielle conserve 68 des 125 sièges de l'Assemblée."
    assert codes(_txt("Le parti obtient 30 sièges", body), "NUM201", path="a.txt") == []


# --- NUM305: « grimpe à B, après A l'an passé : un gain de P % » (après read as contre) ----------

CLIMB = "La fréquentation grimpe à 1,5 million de visiteurs, après 1,2 million l'an passé"


@pytest.mark.parametrize("body", [
    CLIMB + " : un gain de 10 %.",
    "La fréquentation grimpe à 1,5 million de visiteurs, contre 1,2 million l'an passé, soit une "
    "hausse de 10 %.",
])
def test_num305_after_as_against_fires(body):
    assert codes(_txt("Le tourisme grimpe", body), "NUM305", path="a.txt") == ["NUM305"]


@pytest.mark.parametrize("body", [
    CLIMB + " : un gain de 25 %.",
    # the change told with its own span or base: of another pair of moments
    CLIMB + " : un gain de 10 % sur deux ans.",
    CLIMB + " : un gain de 10 % en deux ans.",
    CLIMB + " : un gain de 10 % en 3 ans.",
    CLIMB + " : un gain de 10 % par rapport à 2023.",
    CLIMB + " : un gain de 10 % depuis 2019.",
    "La fréquentation grimpe à 1,5 million de visiteurs, contre 1,2 million l'an passé : un gain de "
    "10 % sur deux ans par rapport à 2023.",
    # « après » an event, not a value
    "Les ventes se sont envolées de 12 %, à 3 400 unités, après deux années de baisse.",
    "Le chiffre d'affaires a bondi de 20 % sur deux ans, à 1,2 milliard d'euros, après 1,1 milliard "
    "l'an dernier.",
    "Le trafic s'est envolé de 15 % en mars, à 2,3 millions de passagers, après 1,9 million en "
    "février et 2 millions en mars 2024.",
])
def test_num305_after_as_against_look_alikes_quiet(body):
    assert codes(_txt("Le tourisme grimpe", body), "NUM305", path="a.txt") == []


def test_num305_passing_pair_keeps_its_own_span():
    # a pair told « passé de A à B » carries its span: the change « en six ans » is its own
    body = ("Le loyer est passé de 1 020 à 1 245 euros depuis 2020, soit une hausse de 12 % en six "
            "ans.")
    assert codes(_txt("Les loyers flambent", body), "NUM305", path="a.txt") == ["NUM305"]


# --- measures/NUM302: « X en comptait (alors) A, Y B » after a whole in the sentence before ------

@pytest.mark.parametrize("body", [
    "Le CHU disposait de 1 200 lits. Le site nord en comptait alors 800, le site sud 600.",
    "Le CHU dispose de 1 200 lits. Le site nord en compte 800, le site sud 600.",
])
def test_num302_en_list_fires(body):
    assert codes(_txt("L'hôpital", body), "NUM302", path="a.txt") == ["NUM302"]


@pytest.mark.parametrize("body", [
    # the whole of now, the parts of before (or the reverse): another moment
    "Le CHU dispose de 1 200 lits. Le site nord en comptait alors 800, le site sud 600, avant la "
    "fusion de 2015.",
    "La région comptait 1 000 exploitations en 1990. La Mayenne en compte aujourd'hui 600, la "
    "Sarthe 500.",
    "En 2020, la région comptait 1 000 exploitations laitières. Le Gers en comptait alors 700 en "
    "2000, le Lot 500.",
    # nested places, the parts held themselves
    "Le département compte 120 écoles. Toulouse en compte 80, la métropole 110, selon le rectorat.",
    "Le département compte 400 écoles. La ville de Lille en accueille 120, la métropole 300.",
    "Le groupe emploie 5 000 personnes. Sa filiale française en emploie 3 000, l'européenne 4 500, "
    "France comprise.",
    "La région compte 400 églises classées. La Dordogne en compte 250 inscrites, la Gironde 200 "
    "classées ou inscrites.",
])
def test_num302_en_list_look_alikes_quiet(body):
    assert codes(_txt("Les chiffres du département", body), "NUM302", path="a.txt") == []


# --- NUM302: « Parmi les N …(,) figurent A, B et C » ----------------------------------------------

@pytest.mark.parametrize("body", [
    "Parmi les 20 films en compétition, figurent 12 comédies, 9 drames et 5 documentaires.",
    "Parmi les 41 camions engagés figurent 29 bennes, 9 citernes et 6 plateaux.",
])
def test_num302_among_list_fires(body):
    assert codes(_txt("Le festival", body), "NUM302", path="a.txt") == ["NUM302"]


@pytest.mark.parametrize("body", [
    # a part named by the whole's own noun and a trait: traits may cross
    "Parmi les 20 films en compétition, figurent 12 premiers films, 9 films européens et 5 "
    "documentaires.",
    "Parmi les 20 films en compétition figurent 12 premiers films, 9 films européens et 5 "
    "documentaires.",
    # highlights that fit, or two traits only
    "Parmi les 50 entreprises lauréates figurent 3 start-up lyonnaises, 2 PME bretonnes et 12 "
    "entreprises industrielles.",
    "Parmi les 40 lauréats figurent 25 femmes et 30 moins de 30 ans.",
    "Parmi les 14 accusés, figurent 6 anciens élus, 5 chefs d'entreprise et 3 fonctionnaires.",
])
def test_num302_among_list_look_alikes_quiet(body):
    assert codes(_txt("Le palmarès", body), "NUM302", path="a.txt") == []


# --- every honest look-alike written for this audit, grouped by reading: no report at all ----

# « Sur ses N salariés, l'entreprise en emploie A … et B »
QUIET_00 = [
    ('La PME toulousaine recrute',
     "Sur ses 800 salariés, l'entreprise en emploie 300 à Lyon et 200 à Nantes. Les autres travaillent au siège parisien."),
    ('La PME toulousaine recrute',
     'Sur ses 800 salariés, le groupe en emploie 450 en France et compte par ailleurs 600 intérimaires.'),
    ('La PME toulousaine recrute',
     'Sur ses 1 200 salariés, le groupe en emploie près de 700 en Bretagne et environ 500 en Normandie.'),
]


@pytest.mark.parametrize("head,body", QUIET_00)
def test_quiet_00(head, body):
    assert codes(_txt(head, body), "NUM", path="a.txt") == []

# « X en comptait (alors) A, Y B »
QUIET_01 = [
    ('Les écoles du département',
     'Le département compte 120 écoles. Toulouse en compte 80, la métropole 110, selon le rectorat.'),
    ('Les fermes de la région',
     'En 2020, la région comptait 1 000 exploitations laitières. Le Gers en comptait alors 700 en 2000, le Lot 500.'),
    ('Les hôpitaux',
     'Le pays compte 300 hôpitaux publics. La capitale en comptait 90 il y a vingt ans, le Nord 80 en 1990, et tous deux en ont perdu depuis.'),
    ('Les églises',
     'La région compte 400 églises classées. La Dordogne en compte 250 inscrites, la Gironde 200 classées ou inscrites.'),
    ('Les fermes laitières',
     'La région compte 1 000 exploitations laitières. La Mayenne en comptait 900 en 1990, la Sarthe 700 en 1990 aussi.'),
    ("Les lits d'hôpital",
     'Le CHU dispose de 1 200 lits. Le site nord en comptait alors 800, le site sud 600, avant la fusion de 2015.'),
    ('Les salariés',
     "Le groupe emploie 5 000 personnes. Sa filiale française en emploie 3 000, l'européenne 4 500, France comprise."),
    ('Les écoles',
     'Le département compte 400 écoles. La ville de Lille en accueille 120, la métropole 300.'),
]


@pytest.mark.parametrize("head,body", QUIET_01)
def test_quiet_01(head, body):
    assert codes(_txt(head, body), "NUM", path="a.txt") == []

# « Parmi elles, N NOUN, soit près d'un tiers »
QUIET_02 = [
    ('Les communes candidates',
     "Le département compte 300 communes. Plusieurs dizaines ont déposé un dossier cette année. Parmi elles, 30 communes de montagne, soit près d'un tiers des candidates."),
    ('Les écoles rénovées',
     "La ville compte 90 écoles. L'an passé, la mairie a lancé un vaste plan de rénovation des bâtiments municipaux. Parmi eux, 20 écoles, soit près d'un quart des chantiers."),
    ('Les clubs',
     'La ligue compte 120 clubs. Beaucoup ont vu leurs effectifs fondre depuis la crise sanitaire. Parmi eux, 40 clubs ruraux, soit un tiers du total.'),
    ('Les entreprises',
     "La région compte 300 entreprises industrielles. Plusieurs ont été touchées par les inondations. Parmi elles, 30 entreprises agroalimentaires, soit près d'un tiers de celles qui ont déclaré un sinistre."),
    ('Les stations',
     "Le massif compte 90 stations de ski. Parmi elles, 30 stations de moyenne montagne, soit près d'un tiers."),
    ('Les stations',
     "Le massif compte 90 stations de ski, dont 60 dans les Alpes du Nord. Parmi elles, 20 stations familiales, soit près d'un tiers."),
    ('Les maternités',
     'Le pays compte 450 maternités. Parmi elles, 150 maternités de niveau 1, soit un tiers.'),
    ('Les maternités',
     "Le pays compte 450 maternités, dont 300 publiques. Parmi elles, 100 maternités de niveau 1, soit près d'un tiers."),
]


@pytest.mark.parametrize("head,body", QUIET_02)
def test_quiet_02(head, body):
    assert codes(_txt(head, body), "NUM", path="a.txt") == []

# « Les N choses sont réparties en K groupes : »
QUIET_03 = [
    ('Le marathon',
     'Les 400 coureurs sont répartis en 3 catégories : les moins de 20 ans, les 20-40 ans et les plus de 40 ans.'),
    ('Le tournoi',
     'Les 24 équipes sont réparties en 4 poules : la poule A à 14 heures, la poule B à 15 heures, la poule C à 16 heures et la poule D à 17 heures.'),
    ("L'hôpital",
     'Les 120 lits sont répartis en trois services : 50 en cardiologie, 40 en pneumologie et 30 en gériatrie.'),
    ('Le collège',
     "Les 90 élèves de sixième sont répartis en trois classes : 30 élèves en 6e A, 30 en 6e B et 30 en 6e C, selon la principale, qui en accueillait 95 l'an dernier."),
    ('Le festival',
     'Les 60 concerts sont répartis en trois scènes : la grande scène en accueillera 20, la scène jazz 15 et le chapiteau le reste.'),
    ('Le budget',
     "Les 90 millions d'euros sont répartis en trois enveloppes : 40 millions pour les routes, 30 millions pour les écoles et 25 millions pour les hôpitaux, dont 5 millions déjà engagés l'an dernier."),
    ('La course',
     'Les 500 coureurs sont répartis en 4 vagues : la première part à 8 heures, la deuxième à 8 h 15, la troisième à 8 h 30 et la dernière à 8 h 45.'),
    ('Les classes',
     'Les 120 élèves sont répartis en quatre classes : deux de 32 élèves et deux de 28.'),
]


@pytest.mark.parametrize("head,body", QUIET_03)
def test_quiet_03(head, body):
    assert codes(_txt(head, body), "NUM", path="a.txt") == []

# « Parmi les N …, figurent A, B et C »
QUIET_04 = [
    ('Festival de Cannes',
     'Parmi les 20 films en compétition, figurent 12 premiers films, 9 films européens et 5 documentaires.'),
    ('Le palmarès',
     'Parmi les 50 entreprises lauréates figurent 3 start-up lyonnaises, 2 PME bretonnes et 12 entreprises industrielles.'),
    ('Le palmarès',
     'Parmi les 40 lauréats figurent 25 femmes et 30 moins de 30 ans.'),
    ('Le procès',
     "Parmi les 14 accusés, figurent 6 anciens élus, 5 chefs d'entreprise et 3 fonctionnaires."),
]


@pytest.mark.parametrize("head,body", QUIET_04)
def test_quiet_04(head, body):
    assert codes(_txt(head, body), "NUM", path="a.txt") == []

# killed and wounded told by verbs
QUIET_05 = [
    ('Attentat à Kaboul',
     "L'attentat a fait 25 victimes, tués et blessés confondus. En 2019, une attaque similaire avait tué 12 personnes et en avait blessé 30."),
    ('Violences au Sahel',
     "L'attaque de dimanche a fait 40 victimes, tués et blessés confondus. Depuis janvier, les groupes armés ont tué 150 personnes et en ont blessé 300 dans la région."),
    ('Accident de car',
     "L'accident a fait 18 victimes, tués et blessés confondus : le choc a tué 4 passagers et en a blessé 14."),
]


@pytest.mark.parametrize("head,body", QUIET_05)
def test_quiet_05(head, body):
    assert codes(_txt(head, body), "NUM", path="a.txt") == []

# « un Béninois sur dix »
QUIET_06 = [
    ('La diaspora béninoise',
     "Le Bénin compte 13 millions d'habitants. Un jeune Béninois sur dix, soit environ 400 000 personnes, est sans emploi."),
    ('La diaspora béninoise',
     "Le Bénin compte 13 millions d'habitants. En 1990, un Béninois sur dix vivait à l'étranger, soit 500 000 personnes."),
    ('La diaspora béninoise',
     "Le Bénin compte 13 millions d'habitants. Un Béninois sur dix vit à l'étranger, soit 1,3 million de personnes."),
    ('La diaspora béninoise',
     "Le Bénin compte 13 millions d'habitants. Un électeur béninois sur dix, soit 600 000 personnes, s'est abstenu."),
    ('Le Bénin',
     "Le Bénin compte 13 millions d'habitants. Un Béninois sur dix, soit près de 1,3 million de personnes, vit sous le seuil de pauvreté."),
    ('Le Bénin',
     "Le Bénin comptait 7 millions d'habitants en 2002. Aujourd'hui, un Béninois sur dix, soit 1,3 million de personnes, vit à l'étranger."),
    ('Le Bénin',
     "Le Bénin compte 13 millions d'habitants. Un Béninois sur dix vit à Cotonou. La ville compte 700 000 habitants intra-muros."),
    ('Le Bénin',
     "Le Bénin compte 13 millions d'habitants. Une Béninoise sur dix, soit 650 000 femmes, a créé son entreprise."),
]


@pytest.mark.parametrize("head,body", QUIET_06)
def test_quiet_06(head, body):
    assert codes(_txt(head, body), "NUM", path="a.txt") == []

# « va supprimer 240 postes »
QUIET_07 = [
    ('Le groupe va supprimer 240 postes',
     "Le groupe, qui avait déjà supprimé 300 postes en 2020, va en supprimer 240 d'ici à la fin de l'année."),
    ('240 suppressions de postes chez Valeo',
     "L'équipementier prévoit de supprimer 240 postes et d'en créer 100 dans son usine de Sarthe."),
    ('240 suppressions de postes chez Valeo',
     "L'équipementier va supprimer 240 postes sur 1 200, dont 60 en Belgique. En 2018, il avait supprimé 180 postes."),
    ('Le groupe créera 500 emplois',
     "Le groupe créera 500 emplois d'ici 2027. Son concurrent, lui, va supprimer 300 postes."),
    ('Le groupe va supprimer 240 postes',
     "Le groupe va supprimer 240 postes, dont 200 en France. Il en avait supprimé 90 l'an dernier."),
    ('Le groupe va supprimer 240 postes',
     'Le groupe va supprimer 240 postes. Sa filiale allemande, elle, supprimera 60 postes.'),
    ('Le groupe va supprimer 240 postes',
     "Le groupe va supprimer 240 postes. Les syndicats redoutent que 300 postes disparaissent d'ici trois ans."),
    ('Le groupe va supprimer 240 postes',
     'Le groupe va supprimer 240 postes en France. Dans le monde, il en supprimera 1 000.'),
    ('240 postes supprimés chez Valeo',
     "L'équipementier va supprimer 240 postes en Sarthe. Il avait déjà supprimé 300 postes il y a deux ans."),
    ('240 postes supprimés chez Valeo',
     "L'équipementier va supprimer 240 postes en Sarthe et 80 en Isère."),
]


@pytest.mark.parametrize("head,body", QUIET_07)
def test_quiet_07(head, body):
    assert codes(_txt(head, body), "NUM", path="a.txt") == []

# a headline party seat count
QUIET_08 = [
    ('Législatives : le PS obtient 45 sièges',
     'La coalition de gauche remporte 61 des 129 sièges du Parlement, dont 45 pour le PS.'),
    ('Législatives : le PS obtient 45 sièges',
     'Le PS, qui détenait 52 des 129 sièges en 2019, en perd sept.'),
    ('Le parti obtient 30 sièges',
     "Le parti obtient 30 sièges. La majorité présidentielle conserve 68 des 125 sièges de l'Assemblée."),
    ('Le SNP obtient 58 sièges',
     "Le SNP, qui avait obtenu 64 des 129 sièges en 2021, en perd six et n'en a plus que 58."),
    ('Le SNP obtient 58 sièges',
     'Le SNP obtient 58 sièges. Son allié vert, lui, occupe 8 des 129 sièges.'),
]


@pytest.mark.parametrize("head,body", QUIET_08)
def test_quiet_08(head, body):
    assert codes(_txt(head, body), "NUM", path="a.txt") == []

# « dépasse désormais les N »
QUIET_09 = [
    ('La prison compte 1 100 détenus',
     "La maison d'arrêt dépasse désormais les 1 000 détenus, pour 600 places."),
    ('La prison de Nîmes compte 400 détenus',
     "À Nîmes, la maison d'arrêt compte 400 détenus. Celle de Béziers dépasse désormais les 1 100 détenus."),
    ('1 100 détenus à Fresnes',
     "La maison d'arrêt de Fresnes compte 1 100 détenus. Le nombre de surveillants dépasse désormais les 400."),
    ('La prison compte 1 100 détenus',
     "La maison d'arrêt compte 1 100 détenus. En 2015, elle dépassait déjà les 900 détenus."),
    ('La prison compte 1 100 détenus',
     'Le nombre de détenus dépasse désormais les 1 000, pour 600 places.'),
    ('La prison compte 1 100 détenus',
     "La maison d'arrêt compte 1 100 détenus. Le taux d'occupation dépasse désormais les 180 %."),
    ('Plus de 1 000 détenus à Fresnes',
     "La maison d'arrêt dépasse désormais les 1 000 détenus."),
    ('La prison compte 1 100 détenus',
     "La population carcérale de la maison d'arrêt dépasse désormais les 1 050 détenus, selon l'administration, qui en comptait 1 100 vendredi."),
]


@pytest.mark.parametrize("head,body", QUIET_09)
def test_quiet_09(head, body):
    assert codes(_txt(head, body), "NUM", path="a.txt") == []

# « N étudiants inscrits » / « N inscrits »
QUIET_10 = [
    ("L'université compte 29 800 étudiants inscrits",
     'Aux élections municipales, la ville comptait 29 820 inscrits sur les listes électorales.'),
    ('29 800 étudiants inscrits à Rennes',
     "L'an dernier, l'université comptait 27 500 inscrits. Cette année, 29 800 étudiants sont inscrits."),
    ('29 800 étudiants inscrits à Rennes',
     "L'université accueille 29 800 étudiants inscrits, dont 3 000 inscrits en doctorat."),
    ('29 800 étudiants inscrits à Rennes',
     "L'université compte 29 800 étudiants inscrits. Aux élections étudiantes, on comptait 29 820 inscrits, doctorants compris."),
    ('29 800 étudiants inscrits à Rennes',
     "L'université compte 29 800 étudiants inscrits. Pôle emploi recense 21 000 inscrits dans la métropole."),
]


@pytest.mark.parametrize("head,body", QUIET_10)
def test_quiet_10(head, body):
    assert codes(_txt(head, body), "NUM", path="a.txt") == []

# « N personnes blessées » / « N blessés »
QUIET_11 = [
    ('Collision : 32 blessés sur la rocade',
     'Parmi les 32 blessés, cinq personnes blessées grièvement ont été héliportées.'),
    ('Collision : 32 blessés sur la rocade',
     'Le carambolage a fait 32 blessés. La semaine dernière, un accident au même endroit avait fait 12 personnes blessées.'),
    ('Collision : 32 blessés sur la rocade',
     'Le bilan fait état de 32 blessés, dont 26 personnes blessées légèrement.'),
    ('Incendie : 12 blessés à Lyon',
     "L'incendie a fait 12 blessés. Au total, 40 personnes évacuées ont été relogées."),
    ('Incendie : 12 blessés à Lyon',
     "L'incendie a fait 12 blessés, dont trois pompiers. Dix personnes blessées légèrement ont été soignées sur place."),
    ('Incendie : 12 blessés à Lyon',
     "L'incendie a fait 12 blessés. En 2021, un sinistre dans le même immeuble avait fait 20 personnes blessées."),
]


@pytest.mark.parametrize("head,body", QUIET_11)
def test_quiet_11(head, body):
    assert codes(_txt(head, body), "NUM", path="a.txt") == []

# « a bondi de P %, à B, après A »
QUIET_12 = [
    ("Le chiffre d'affaires bondit",
     "Le chiffre d'affaires a bondi de 20 % sur deux ans, à 1,2 milliard d'euros, après 1,1 milliard l'an dernier."),
    ("Les ventes s'envolent",
     'Les ventes se sont envolées de 12 %, à 3 400 unités, après deux années de baisse.'),
    ("Le trafic s'envole",
     "Le trafic s'est envolé de 15 % en mars, à 2,3 millions de passagers, après 1,9 million en février et 2 millions en mars 2024."),
]


@pytest.mark.parametrize("head,body", QUIET_12)
def test_quiet_12(head, body):
    assert codes(_txt(head, body), "NUM", path="a.txt") == []

# « n'en compte plus que B, un recul de P % »
QUIET_13 = [
    ("L'usine perd des emplois",
     "L'usine employait 1 000 salariés en 2010 ; elle n'en compte plus que 600, après un recul de 10 % sur la seule année dernière."),
    ("L'usine perd des emplois",
     "L'usine employait 1 000 salariés en 2010 ; elle n'en compte plus que 600, un recul de 40 % en quinze ans."),
    ('Le bassin minier',
     "Le bassin employait 20 000 mineurs en 1980 ; il n'en compte plus que 200, un recul de 99 %."),
]


@pytest.mark.parametrize("head,body", QUIET_13)
def test_quiet_13(head, body):
    assert codes(_txt(head, body), "NUM", path="a.txt") == []

# « grimpe à B, après A : un gain de P % »
QUIET_14 = [
    ('Le tourisme grimpe',
     "La fréquentation grimpe à 1,5 million de visiteurs, après 1,2 million l'an passé : un gain de 10 % sur deux ans par rapport à 2023."),
    ('Le tourisme grimpe',
     "La fréquentation grimpe à 1,5 million de visiteurs, après 1,2 million l'an passé : un gain de 25 %."),
]


@pytest.mark.parametrize("head,body", QUIET_14)
def test_quiet_14(head, body):
    assert codes(_txt(head, body), "NUM", path="a.txt") == []

# « d'environ un cinquième, passant de A à B »
QUIET_15 = [
    ('La population baisse',
     "La population a baissé d'environ un cinquième, passant de 10 200 habitants en 1990 à 8 100 aujourd'hui."),
    ('La population baisse',
     'La commune a perdu environ un cinquième de ses commerces, leur nombre passant de 50 à 40, tandis que la population passait de 10 000 à 9 500.'),
    ('La dette',
     "La dette a reculé d'environ un cinquième en dix ans, le taux d'endettement passant de 80 % à 70 % du PIB."),
]


@pytest.mark.parametrize("head,body", QUIET_15)
def test_quiet_15(head, body):
    assert codes(_txt(head, body), "NUM", path="a.txt") == []

# « , l'équivalent de N miles »
QUIET_16 = [
    ('Un record de vitesse',
     "Le bolide a atteint 300 km/h, l'équivalent de la vitesse d'un TGV."),
    ('Un vol mouvementé',
     "L'avion est descendu à 3 000 mètres, l'équivalent de 10 000 pieds environ."),
    ('Un ultra-trail',
     "Les coureurs ont parcouru 160 km, l'équivalent de 100 miles."),
    ('Une tempête',
     "Les rafales ont atteint 130 km/h, l'équivalent de 80 miles à l'heure."),
    ('Le record',
     "Le bolide a atteint 400 km/h, l'équivalent de 250 miles à l'heure."),
    ('Le plongeur',
     "Le plongeur est descendu à 100 mètres, l'équivalent de dix étages."),
    ('Le pilote',
     "L'avion volait à 10 000 mètres, l'équivalent de 33 000 pieds."),
    ('Le salaire',
     "Il gagne 3 000 euros par mois, l'équivalent de deux smic."),
    ('Le vent',
     "Les rafales ont atteint 100 nœuds, l'équivalent de 185 km/h."),
]


@pytest.mark.parametrize("head,body", QUIET_16)
def test_quiet_16(head, body):
    assert codes(_txt(head, body), "NUM", path="a.txt") == []

# « parti le D1 pour N, rentré le D2 »
QUIET_17 = [
    ('Le navigateur rentre',
     "Parti de Brest le 3 mars pour six mois de mer, le navigateur est rentré le 10 mai, écourtant son périple à cause d'une avarie."),
    ('Le chercheur rentre',
     'Parti le 1er juin pour une mission de 10 jours sur la banquise, le chercheur est rentré le 15 juin à Paris, après quatre jours de voyage.'),
    ("L'astronaute",
     "Partie le 2 janvier pour trois semaines, l'astronaute est finalement rentrée le 5 mars, son vaisseau de retour ayant été retardé."),
    ('Le randonneur',
     'Parti le 5 juillet pour deux semaines, le randonneur, dont le frère est rentré le 12 juillet, a poursuivi seul.'),
    ('Le marin',
     'Parti de Lorient le 2 novembre pour 80 jours de course, le skippeur est rentré le 14 février, après une escale technique de deux semaines au Brésil.'),
    ('La mission',
     "Partie le 10 mars pour trois mois, l'équipe est rentrée le 2 juillet, sa mission ayant été prolongée d'un mois."),
    ('Le soldat',
     'Parti le 1er février pour quatre mois au Mali, le sergent est rentré le 1er juin à Toulon.'),
    ("L'expédition",
     "Parti le 5 avril pour 40 jours d'ascension, l'alpiniste a dû rentrer le 20 avril, blessé."),
]


@pytest.mark.parametrize("head,body", QUIET_17)
def test_quiet_17(head, body):
    assert codes(_txt(head, body), "NUM", path="a.txt") == []

# an age at death near a birthday
QUIET_18 = [
    ('2026-11-10',
     'Le peintre Jean Morel est mort dimanche, quatre mois avant de fêter ses 85 ans. Né le 2 mars 1942, il avait exposé à Venise.'),
    ('2026-11-10',
     'Le peintre Jean Morel est mort dimanche, quatre mois après que sa femme a fêté ses 84 ans. Il était né en 1930.'),
    ('2026-11-10',
     "L'actrice s'est éteinte à 91 ans, deux mois après avoir fêté ses 91 ans. Elle était née en 1935."),
    ('2026-11-10',
     'Le chanteur est mort à la veille de ses 70 ans. Il était né le 11 novembre 1956.'),
    ('2026-11-10',
     'Le sculpteur est mort samedi à 83 ans, quelques semaines avant ses 84 ans. Il était né en 1943.'),
    ('2026-11-10',
     'Le sculpteur est mort samedi, quatre mois après avoir fêté ses 84 ans. Sa sœur, née en 1950, était à ses côtés.'),
    ('2026-11-10',
     'Le sculpteur est mort samedi, un an après avoir fêté ses 84 ans. Il était né en 1941.'),
]


@pytest.mark.parametrize("date,body", QUIET_18)
def test_quiet_18(date, body):
    assert codes(_md(body, date), "NUM", path="a.md") == []

# a birth by season, then « l'homme de N ans »
QUIET_19 = [
    ('2026-11-10',
     "Né au printemps 1971 à Lyon, le boxeur a remporté son premier titre en 2001. L'homme de 30 ans devenait champion d'Europe."),
    ('2026-11-10',
     "Né au printemps 1971 à Lyon, le boxeur a un fils. L'homme de 28 ans, lui, vient de passer professionnel."),
    ('2026-11-10',
     "Née à l'automne 1980 à Nantes, l'avocate défend aujourd'hui le prévenu, un homme de 44 ans."),
    ('2026-11-10',
     "Né au printemps 1971, il a fondé son entreprise en 1999. L'homme de 28 ans avait alors tout misé."),
    ('2026-11-10',
     "Né à l'été 1990 à Brest, le skippeur a pris le départ. Son équipier, un homme de 45 ans, l'accompagne."),
    ('2026-11-10',
     "Né fin 1965 à Reims, l'entraîneur a été licencié. L'homme de 60 ans va devoir rebondir."),
    ('2026-11-10',
     "Né au printemps 1971 à Lyon, il est l'aîné de la fratrie. Son cadet, l'homme de 50 ans que l'on voit sur la photo, est né en 1976."),
    ('2026-11-10',
     "Né au printemps 1971 à Lyon, le boxeur a perdu son titre en 1999. L'homme de 28 ans a alors arrêté."),
]


@pytest.mark.parametrize("date,body", QUIET_19)
def test_quiet_19(date, body):
    assert codes(_md(body, date), "NUM", path="a.md") == []

# « Âgé aujourd'hui de N ans, X, né à P en YEAR »
QUIET_20 = [
    ('2026-11-10',
     "Âgé aujourd'hui de 57 ans, l'ancien maire, né à Quimper en 1969, a été condamné."),
    ('2026-11-10',
     "Âgé aujourd'hui de 30 ans, le fils de l'ancien maire, né à Quimper en 1969, a témoigné."),
    ('2026-11-10',
     "Âgé de 30 ans à l'époque des faits, l'ancien maire, né à Quimper en 1969, n'a jamais été inquiété."),
    ('2026-11-10',
     "Âgé aujourd'hui de 56 ans, l'ancien ministre, né à Dijon en 1970, a publié ses mémoires."),
    ('2026-11-10',
     "Âgé aujourd'hui de 57 ans, l'ancien ministre, né à Dijon en 1969, a publié ses mémoires."),
    ('2026-11-10',
     "Âgé de 40 ans lors de son élection, l'ancien ministre, né à Dijon en 1969, a publié ses mémoires."),
    ('2026-11-10',
     "Âgé aujourd'hui de 56 ans, le frère de l'ancien ministre, né à Dijon en 1965, a témoigné."),
    ('2026-11-10',
     "Âgée aujourd'hui de 33 ans, la fille de l'actrice, née à Cannes en 1955, a témoigné."),
]


@pytest.mark.parametrize("date,body", QUIET_20)
def test_quiet_20(date, body):
    assert codes(_md(body, date), "NUM", path="a.md") == []

# an obituary's age against a full birth date
QUIET_21 = [
    ('2026-11-10',
     'Le comédien Paul Martin est mort lundi à 78 ans.\n\nSa veuve, née le 4 avril 1955 à Lille, était à ses côtés.'),
    ('2026-11-10',
     "Le comédien Paul Martin est mort lundi à 78 ans.\n\nSon premier film, sorti le 4 avril 1970, l'avait révélé."),
    ('2026-11-10',
     'Le comédien Paul Martin est mort lundi à 78 ans.\n\nIl était né le 20 décembre 1947 à Lille. Son frère, né le 4 avril 1955, lui a rendu hommage.'),
    ('2026-11-10',
     "L'écrivaine Anne Roy est morte lundi à 78 ans.\n\nElle était née à Lyon en 1948, fille d'un ouvrier né le 3 mai 1920."),
    ('2026-11-10',
     'Le chanteur Marc Lenoir est mort mardi à 78 ans.\n\nIl était né le 12 mai 1948 à Rouen.'),
    ('2026-11-10',
     'Le chanteur Marc Lenoir est mort mardi à 78 ans.\n\nIl était né le 12 décembre 1947 à Rouen.'),
    ('2026-11-10',
     'Le chanteur Marc Lenoir est mort mardi à 78 ans.\n\nSon fils, né le 12 mai 1975, a annoncé la nouvelle.'),
    ('2026-11-10',
     "Le chanteur Marc Lenoir est mort mardi à 78 ans.\n\nSa mère, née le 12 mai 1925, l'avait élevé seule."),
    ('2026-11-10',
     'Le peintre Louis Garnier est mort jeudi à 91 ans.\n\nIl était né le 3 janvier 1935 à Nancy.'),
    ('2026-11-10',
     'Le peintre Louis Garnier est mort jeudi à 91 ans.\n\nSon atelier, ouvert le 3 janvier 1960, a fermé.'),
    ('2026-11-10',
     'Le peintre Louis Garnier est mort jeudi à 91 ans.\n\nElle était née le 3 janvier 1960, sa fille, qui lui a rendu hommage.'),
]


@pytest.mark.parametrize("date,body", QUIET_21)
def test_quiet_21(date, body):
    assert codes(_md(body, date), "NUM", path="a.md") == []


# a list of « Label : N % » items after a paragraph naming a split: rates of their own, a partial
# list, or growth figures
def _list_md(intro: str, items: list[str]) -> str:
    rows = "\n".join(f"- {x}" for x in items)
    return f"# Les résultats\n\nLes chiffres ont été publiés mardi.\n\n{intro}\n\n{rows}\n\nLa suite en juin.\n"


@pytest.mark.parametrize("intro,items", [
    ("Les taux de réussite se répartissent ainsi selon les filières :",
     ["Générale : 96 %", "Technologique : 90 %", "Professionnelle : 83 %"]),
    ("Les principaux postes de dépense se partagent le budget selon les parts suivantes :",
     ["Personnel : 45 %", "Investissement : 20 %", "Fonctionnement : 15 %"]),
    ("Les ventes ont progressé dans les secteurs suivants :",
     ["Alimentaire : 12 %", "Textile : 8 %", "High-tech : 5 %"]),
    ("Le budget se répartit ainsi, selon la part de chaque poste financée par l'État :",
     ["Écoles : 60 %", "Routes : 50 %", "Hôpitaux : 70 %"]),
])
def test_quiet_label_lists(intro, items):
    assert codes(_list_md(intro, items), "NUM", path="a.md") == []
