"""Holdout round 48 (x48r): a precision audit of the readings merged in round 47 — honest
look-alikes of each reading (our own passages), all quiet, and the narrowings they asked for.

LEFT (older readings, not from round 47; reported, not narrowed here):
- NUM201: a headline audience (« 30 000 spectateurs ») against a chapeau's count of an earlier
  edition in the pluperfect (« En 2019, 24 000 spectateurs avaient assisté … ») still reports, as
  before round 47.
- NUM202: a headline audience the body gives only as its days (« 15 000 …, 18 000 et 12 000 »).
"""
import pytest

from _lint_kit import codes


def _md(title: str, body: str, date: str = "2026-03-15") -> str:
    return f"---\ntitle: \"{title}\"\ndate: {date}\n---\n\n# {title}\n\n{body}\n"


# measures: a figure told as an earlier count is superseded
QUIET_A = [
    ('Grippe : 2 400 cas recensés dans la région',
     "L'agence régionale de santé a recensé 2 400 cas de grippe cette semaine. Le décompte précédent portait sur la seule métropole et faisait état de 900 hospitalisations."),
    ('Incendie : 120 hectares brûlés',
     'Le feu a parcouru 120 hectares, selon les pompiers. Une semaine plus tôt, un autre incendie avait détruit 40 hectares de pinède près de Vidauban.'),
    ('Séisme : au moins 85 morts',
     "Le bilan du séisme s'élève désormais à au moins 85 morts. Un précédent bilan faisait état de 60 morts. Initialement, les secours avaient évoqué 30 disparus."),
    ("Chômage : 3 200 demandeurs d'emploi de plus",
     "Le nombre de demandeurs d'emploi a augmenté de 3 200 en un trimestre. Initialement, Pôle emploi prévoyait une hausse de 1 500 demandeurs d'emploi, prévision revue en mars."),
    ('Covid : 1 200 nouveaux cas',
     "L'agence a recensé 1 200 nouveaux cas cette semaine. Le bilan précédent, publié lundi, portait sur les décès : 14 morts."),
    ('Vendanges : 3 000 hectolitres',
     'La coopérative a récolté 3 000 hectolitres. Deux semaines plus tôt, elle tablait sur 2 500 hectolitres, avant les pluies.'),
    ("Tempête : 40 000 foyers privés d'électricité",
     "Quelque 40 000 foyers restaient privés d'électricité mardi soir. Initialement, 120 000 foyers avaient été coupés."),
]


@pytest.mark.parametrize("title, body", QUIET_A)
def test_quiet_a(title, body):
    assert codes(_md(title, body), "NUM", path="a.md") == []


# measures: parts taken up by « en » after « Dans les N … , »
QUIET_B = [
    ('Municipales : la gauche conserve ses bastions',
     'Dans les 15 communes de plus de 10 000 habitants, la gauche en conserve 9 et en perd 6.'),
    ("Commerce : l'enseigne accélère",
     "Dans les 5 départements de la région, l'enseigne compte déjà 40 magasins et en ouvrira 12 autres d'ici à 2027."),
    ('Écoles : les fermetures de classes',
     "Dans les 12 écoles du secteur, on compte 48 classes. L'académie en fermera 4 à la rentrée."),
    ('Législatives : les sortants résistent',
     'Dans les 8 circonscriptions du département, les députés sortants se représentaient. Les libéraux en conservent 5, les écologistes en gagnent 2.'),
    ('Football : un calendrier chargé',
     "Dans les 3 prochaines semaines, le club en disputera 7, dont deux en Coupe d'Europe."),
    ('Santé : les urgences sous tension',
     "Dans les 4 hôpitaux du département, les services d'urgence débordent. L'agence en recense 12 en tension."),
    ('Logement : un plan sur dix ans',
     'Dans les 10 ans qui viennent, la ville veut bâtir des écoles. Elle en construira 25.'),
]


@pytest.mark.parametrize("title, body", QUIET_B)
def test_quiet_b(title, body):
    assert codes(_md(title, body), "NUM", path="a.md") == []


# measures: bare counts after « en » linked to a unit-bearing figure of the sentence before
QUIET_C = [
    ('Céréales : une récolte en hausse',
     "Le port a reçu 3 000 tonnes de maïs le mois dernier. Il en attend 5 000 d'ici à juin."),
    ('Vin : exportations record',
     "La coopérative a produit 12 000 hectolitres en 2023. L'an prochain, elle en vise 15 000, grâce aux nouvelles parcelles."),
    ("Énergie : le parc solaire s'agrandit",
     'Le parc compte 400 panneaux de 2 mètres carrés. La commune en installera 600 de plus en 2026.'),
    ('Lait : la collecte recule',
     'La laiterie a collecté 41 000 tonnes de lait en 2024. En 2020, elle en collectait 52 000.'),
    ('Riz : les importations augmentent',
     'Le pays a importé 2 000 tonnes de riz en janvier. Il en a importé 2 500 en février.'),
    ('Énergie : la centrale monte en puissance',
     'La centrale produit 900 mégawatts. Elle en produira 1 200 en 2030.'),
    ('Eau : le barrage à la peine',
     'Le barrage retient 40 millions de mètres cubes. Il en retenait 55 millions avant la sécheresse.'),
    ('Pêche : quotas',
     "L'Union a fixé le quota de thon à 13 000 tonnes. La France en pêchera 6 000, l'Espagne 5 000 et l'Italie 4 000, selon un accord distinct qui relève le plafond."),
]


@pytest.mark.parametrize("title, body", QUIET_C)
def test_quiet_c(title, body):
    assert codes(_md(title, body), "NUM", path="a.md") == []


# measures: a « sur les M prévus » whole named by a participle
QUIET_D = [
    ('Chantier : le tram en retard',
     'Les travaux du tramway ont duré 14 mois, au lieu des 10 prévus. La ligne a ouvert 6 stations sur les 8 prévues.'),
    ('Logement : des livraisons à la traîne',
     'Le bailleur a livré 120 logements en 2025. Sur les 200 prévus, 80 restent en chantier.'),
    ('Budget : dépassement au stade',
     "La rénovation du stade a coûté 14 millions d'euros, contre les 10 millions prévus. La ville a financé 4 millions sur les 6 millions attendus de la région."),
    ('Recrutement : la police municipale renforcée',
     'La ville a recruté 25 agents cette année, sur les 30 autorisés par le conseil. Elle en avait recruté 35 en 2023.'),
    ('Musique : le festival déborde',
     'Le festival a accueilli 120 groupes, au lieu des 100 attendus.'),
    ("Environnement : les plantations dépassent l'objectif",
     'La commune a planté 300 arbres cette année, alors que 250 étaient prévus.'),
    ('Écoles : les recrutements',
     "L'académie a recruté 40 enseignants. Sur les 50 postes prévus, 10 restent vacants, et 5 contractuels ont été embauchés en plus des 40."),
]


@pytest.mark.parametrize("title, body", QUIET_D)
def test_quiet_d(title, body):
    assert codes(_md(title, body), "NUM", path="a.md") == []


# NUM201: round headline counts of the same digit count
QUIET_E = [
    ('Manifestation : 3 000 personnes dans les rues de Rennes',
     'Selon les syndicats, 3 000 personnes ont défilé samedi à Rennes. La préfecture en a compté 2 000.'),
    ('Emploi : 3 000 postes supprimés',
     "Le groupe va supprimer 2 960 postes d'ici à 2027, a annoncé sa direction."),
    ('Emploi : près de 3 000 postes supprimés',
     "Le groupe va supprimer 2 700 postes d'ici à 2027, a annoncé sa direction."),
    ('Forêt : 5 000 arbres plantés cet hiver',
     "La commune a planté 5 000 arbres cet hiver. L'an dernier, 4 000 arbres avaient été plantés sur le même secteur."),
    ('Logement : 4 000 logements neufs',
     "La métropole construira 4 000 logements d'ici 2030. Parmi eux, 2 000 logements sociaux."),
    ('Manifestation : 3 000 personnes à Nantes',
     'Les manifestants étaient 3 000 selon les organisateurs. À Angers, 2 000 personnes ont défilé.'),
    ('Inondations : 3 000 habitants évacués',
     'La préfecture a fait évacuer 2 000 habitants vendredi, puis un millier samedi matin dans les quartiers bas.'),
    ('Inondations : 3 000 habitants évacués',
     'La préfecture a fait évacuer 2 000 habitants vendredi. Samedi, mille autres ont dû quitter leur logement.'),
    ('Vaccination : 4 000 doses administrées',
     'Le centre a administré 4 000 doses en un mois. Le mois précédent, 3 000 doses avaient été injectées.'),
    ('Grève : 2 000 manifestants à Brest',
     'Ils étaient 2 000 manifestants selon la police, 3 000 selon les organisateurs, à défiler jeudi dans le centre de Brest.'),
    ('Marathon : 6 000 coureurs au départ',
     "Ils étaient 6 000 coureurs au départ dimanche. L'an dernier, 5 000 coureurs avaient pris part à l'épreuve."),
    ('Marathon : 6 000 coureurs au départ',
     "Le marathon a fait le plein dimanche. L'an dernier, 5 000 coureurs avaient pris le départ."),
    ('Retraites : 5 000 manifestants en Bretagne',
     'Selon la CGT, 5 000 personnes ont défilé dans la région. À Rennes, 4 000 manifestants ont été comptés.'),
    ('Concours : 2 000 candidats',
     'Le concours a réuni 2 000 candidats cette année. Les organisateurs en espéraient 3 000.'),
    ('Jeux : 7 000 bénévoles',
     'Le comité a recruté 7 000 bénévoles. Il en cherchait 8 000 au départ.'),
    ('Dons : 3 000 repas servis',
     'Les Restos ont servi 3 000 repas ce week-end, contre 2 000 repas le week-end précédent.'),
]


@pytest.mark.parametrize("title, body", QUIET_E)
def test_quiet_e(title, body):
    assert codes(_md(title, body), "NUM", path="a.md") == []


# NUM201: audience counts told by the act of attending
QUIET_F = [
    ('Jazz à Vienne : 60 000 spectateurs',
     'Le festival a séduit un large public cet été. Samedi, 8 000 spectateurs ont assisté au concert de clôture au théâtre antique.'),
    ('Salon du livre : 45 000 visiteurs',
     'Le salon a fermé ses portes dimanche. Le premier jour, 12 000 visiteurs ont visité les stands, un record pour une ouverture.'),
    ("Musée : 90 000 visiteurs pour l'exposition",
     "L'exposition a attiré 90 000 visiteurs en trois mois. Parmi eux, 15 000 visiteurs ont visité les réserves lors des journées portes ouvertes."),
    ('Concerts : 20 000 spectateurs attendus',
     "Les organisateurs attendent 20 000 spectateurs ce week-end. L'an dernier, 17 500 spectateurs ont assisté au festival."),
    ('Vieilles Charrues : 280 000 festivaliers',
     "Le festival a fait le plein. L'an dernier, 270 000 festivaliers avaient fréquenté le site de Kerampuilh."),
]


@pytest.mark.parametrize("title, body", QUIET_F)
def test_quiet_f(title, body):
    assert codes(_md(title, body), "NUM", path="a.md") == []


# NUM301: a list over a paragraph closed by « pour un total de »
QUIET_G = [
    ('Subventions : 20 millions pour les clubs',
     "Le club de football reçoit 10 millions d'euros, celui de rugby 5 millions.\n\nLes autres associations sportives se partagent le reste, pour un total de 20 millions d'euros."),
    ('Budget : les investissements',
     "La région consacre 14,6 millions d'euros aux lycées et 15,2 millions aux transports.\n\nLes routes et les ports complètent l'enveloppe, pour un total d'environ 40 millions d'euros."),
    ('Transferts : le club dépense',
     "Le club a recruté un attaquant pour 12 millions d'euros et un défenseur pour 8 millions. Il a aussi prolongé trois joueurs.\n\nLe mercato s'est conclu avec quatre arrivées, pour un total de 25 millions d'euros selon la presse."),
    ('Aides : les agriculteurs indemnisés',
     "Les éleveurs ont touché 3,2 millions d'euros, les maraîchers 1,8 million.\n\nEn 2023, l'État avait versé 2 millions aux viticulteurs, pour un total de 4 millions d'euros."),
    ('Primes : les agents récompensés',
     "La police a reçu 2,1 millions d'euros, la gendarmerie 1,9 million.\n\nLes pompiers, eux, recevront une prime distincte, pour un total de 3 millions d'euros."),
    ("Dons : la solidarité s'organise",
     "La fondation a reçu 1,2 million d'euros de particuliers et 800 000 euros d'entreprises.\n\nAvec les legs, dont le montant n'est pas encore connu, la collecte atteint, pour un total de 2,5 millions d'euros selon la fondation."),
    ('Aides : répartition',
     "Le Nord reçoit 4 millions d'euros et le Pas-de-Calais 3 millions.\n\nLa Somme et l'Aisne en reçoivent aussi, pour un total de 9 millions d'euros."),
    ('Sport : les subventions',
     'Le football reçoit 120 000 euros, le rugby 80 000 euros.\n\nLe handball et le basket se partagent 50 000 euros, pour un total de 250 000 euros.'),
    ('Budget : les dépenses',
     "La ville a dépensé 2,4 millions d'euros pour les écoles et 1,6 million pour la voirie en 2024.\n\nEn 2025, elle prévoit 3 millions pour les écoles, pour un total de 5 millions d'euros avec les autres postes."),
]


@pytest.mark.parametrize("title, body", QUIET_G)
def test_quiet_g(title, body):
    assert codes(_md(title, body), "NUM", path="a.md") == []


# NUM302: « au moins N, dont … »
QUIET_H = [
    ('Bombardement : au moins 30 morts',
     "Le bombardement a fait au moins 30 morts, dont 20 civils et 12 enfants, selon l'ONU."),
    ('Accident : au moins 40 blessés',
     "L'accident a fait au moins 40 blessés, dont 12 graves, 8 enfants et 5 pompiers."),
    ('Crue : au moins 15 morts',
     'Les crues ont fait au moins 15 morts, dont 9 dans la province du Nord et 6 dans celle du Sud. Hier, 18 personnes restaient portées disparues, dont 10 enfants et 8 adultes.'),
    ('Naufrage : au moins 60 morts',
     'Le naufrage a fait au moins 60 morts, dont 25 femmes, 20 enfants et 15 hommes, et 30 disparus.'),
    ('Attentat : au moins 20 morts',
     "L'attentat a fait au moins 20 morts, dont 12 policiers et 10 membres des forces de sécurité, selon un bilan provisoire."),
    ('Tempête : au moins 50 blessés',
     'La tempête a fait au moins 50 blessés, dont 30 en Bretagne, 25 en Normandie selon les préfectures, certains comptés deux fois.'),
    ('Séisme : au moins 100 morts',
     'Le séisme a fait au moins 100 morts, dont 60 dans la capitale, 50 femmes et 30 enfants.'),
    ('Intoxication : au moins 25 malades',
     "L'intoxication a touché au moins 25 personnes, dont 15 élèves et 12 adolescents hospitalisés."),
]


@pytest.mark.parametrize("title, body", QUIET_H)
def test_quiet_h(title, body):
    assert codes(_md(title, body), "NUM", path="a.md") == []


# NUM305: a change told first, then « : de A à B »
QUIET_I = [
    ('Musée : la fréquentation en hausse',
     'La fréquentation a augmenté de 15 % : de 9 h à 19 h, les visiteurs se sont succédé sans interruption.'),
    ('Prix : hausse dans les rayons',
     'Les prix ont augmenté de 5 % en moyenne : de 2 à 8 % selon les rayons.'),
    ('Crèches : la demande a doublé',
     'La demande de places a doublé : de 2 à 4 ans, les enfants sont accueillis dans trois structures.'),
    ("Loyers : baisse d'un tiers",
     "Le loyer moyen a baissé d'un tiers : il est passé de 900 à 600 euros."),
    ("Entreprise : le chiffre d'affaires a doublé",
     "Le chiffre d'affaires a doublé en cinq ans : de 40 salariés en 2020, l'entreprise est passée à 55 aujourd'hui."),
    ('Vélo : le trafic bondit',
     'Le trafic cycliste a progressé de 30 % : de 1 000 passages par jour en 2023, il est passé à 1 290.'),
    ('Trafic : le tramway a doublé',
     'La fréquentation du tramway a doublé en dix ans : de 6 h à 22 h, les rames se succèdent toutes les quatre minutes.'),
    ('Emploi : les effectifs ont augmenté de 20 %',
     "Les effectifs ont augmenté de 20 % : de 100 salariés en 2020, l'usine est passée à 150 postes de travail, dont 30 intérimaires."),
    ("Cinéma : la fréquentation a baissé d'un quart",
     "La fréquentation a baissé d'un quart : de 20 à 25 ans, les jeunes désertent les salles."),
    ('Immobilier : les prix ont augmenté de 10 %',
     'Les prix ont augmenté de 10 % en un an : de 3 000 à 4 000 euros le mètre carré selon les quartiers.'),
    ('Transports : la hausse a doublé',
     'Le nombre de bus a doublé : de 20 bus, la flotte est passée à 40, et le nombre de lignes de 5 à 8.'),
    ("Chômage : une baisse d'un tiers",
     "Le chômage a baissé d'un tiers en dix ans : de 12 % à 8 % de la population active."),
    ('Natalité : la baisse se poursuit',
     'Les naissances ont reculé de 3 % : de janvier à mars, la maternité en a compté 410.'),
    ('Ventes : un bond de 50 %',
     'Les ventes ont bondi de 50 % : de 2 000 exemplaires en mars, elles sont passées à 3 000 en avril.'),
]


@pytest.mark.parametrize("title, body", QUIET_I)
def test_quiet_i(title, body):
    assert codes(_md(title, body), "NUM", path="a.md") == []


# NUM403: durations against an opening and a close, « au terme de N semaines », « jusqu'au jour du vote »
QUIET_J = [
    ('Route : quatre jours de coupure',
     'La route, fermée le lundi 3 mars et rouverte le jeudi 6 mars, a été impraticable pendant quatre jours.'),
    ('Sommet : accord trouvé',
     "Ouverte le lundi 2 juin, la conférence s'est achevée le jeudi 5 juin, au terme de six semaines de négociations entre les délégations."),
    ('Grève : le préavis levé',
     'La grève, décidée le lundi 3 mars et levée le vendredi 7 mars, a perturbé le trafic pendant cinq jours.'),
    ('Couvre-feu : fin de la mesure',
     'Le couvre-feu, instauré le samedi 1er mars et levé le mercredi 5 mars, a été appliqué pendant cinq nuits.'),
    ("Élection : la campagne s'ouvre",
     "Le scrutin aura lieu le dimanche 5 octobre. La campagne officielle durera 14 jours, du lundi 22 septembre jusqu'à la veille du vote."),
    ('Consultation : bilan',
     "Lancée le lundi 9 mars, la consultation s'est achevée le vendredi 20 mars, au terme de deux semaines de débats dans les quartiers."),
    ('Élection : la campagne',
     "L'élection aura lieu le dimanche 5 octobre. Les listes ont été déposées pendant 10 jours, du lundi 1er septembre jusqu'au 10 septembre."),
    ('Festival : dix jours de fête',
     'Ouvert le vendredi 4 juillet et clos le dimanche 13 juillet, le festival a accueilli les compagnies pendant dix jours.'),
    ('Référendum : la campagne close',
     "Ouvert le lundi 1er juin, le scrutin s'est achevé le mercredi 3 juin, au terme de six semaines de campagne."),
    ('Grève : retour au travail',
     'Le mouvement, déclenché le lundi 2 mars et suspendu le mercredi 4 mars, avait été préparé durant trois semaines.'),
    ('Trafic : le pont rouvre',
     'Le pont, fermé le lundi 2 mars et rouvert le mercredi 4 mars, était déjà en travaux pendant deux mois.'),
    ('Élection : calendrier',
     "Le scrutin aura lieu le dimanche 5 octobre. Les électeurs de l'étranger pourront voter 10 jours, du jeudi 25 septembre jusqu'au scrutin."),
    ("Suspension : fin de l'arrêt",
     'La suspension, décidée le lundi 2 mars et levée le mercredi 4 mars, a eu des effets pendant deux semaines.'),
]


@pytest.mark.parametrize("title, body", QUIET_J)
def test_quiet_j(title, body):
    assert codes(_md(title, body), "NUM", path="a.md") == []


# NUM404: births after a verb and a place, « X, 54 ans, NOUN né en YEAR »
QUIET_K = [
    ("Portrait : le gardien de l'immeuble",
     "Jean Morel, 62 ans, est né dans l'immeuble construit en 1930 dont il est aujourd'hui le gardien."),
    ('Portrait : une vie au village',
     "Marie Dupuis, 71 ans, est née dans un village détruit en 1944 puis reconstruit à l'identique."),
    ('Portrait : un éleveur',
     'Paul Martin, 45 ans, éleveur de chevaux nés en 2015 sur le domaine, prépare les courses.'),
    ('Portrait : le maire',
     'Luc Bernard, 50 ans, est né dans une maternité fermée en 2005, à Pontivy.'),
    ('Portrait : un pianiste',
     'Alain Roux, 58 ans, venu au monde dans une famille de musiciens installée à Lyon en 1960, donne un récital.'),
    ('Portrait : une ouvrière',
     'Sylvie Caron, 54 ans, ouvrière depuis 1990, est née à Roubaix.'),
    ("Portrait : l'entraîneur",
     "Marc Petit, 48 ans, propriétaire d'un cheval né en 2019, a gagné dimanche."),
    ('Portrait : la doyenne',
     'Rose Lenoir, 101 ans, est née dans la ferme achetée en 1920 par ses parents.'),
    ('Portrait : le restaurateur',
     "Hugo Blanc, 39 ans, né dans le quartier reconstruit après guerre en 1952 par l'architecte, y tient un café."),
    ('Portrait : le doyen',
     'André Rivière, 88 ans, est né dans la maison que son père avait bâtie en 1925.'),
    ('Portrait : un enfant du pays',
     'Pierre Garnier, 66 ans, né dans un village du Gers en guerre avec la préfecture en 1975, raconte.'),
    ('Portrait : la vigneronne',
     'Anne Perrin, 52 ans, née dans une famille arrivée en Alsace en 1920, dirige le domaine.'),
    ('Portrait : le marin',
     'Yves Le Gall, 60 ans, né sur un bateau de pêche lancé en 1962 par son grand-père, navigue encore.'),
    ('Portrait : le chercheur',
     'Thomas Weber, 45 ans, spécialiste des volcans nés en 1980 dans le Pacifique, publie un livre.'),
    ('Portrait : un survivant',
     'Michel Aubert, 85 ans, né à Oradour quelques années avant le massacre en 1944, témoigne.'),
    ('Portrait : une chanteuse',
     "Nina Duval, 33 ans, née dans le village où sa mère s'installa en 1985, chante ce soir."),
    ('Portrait : un pêcheur',
     "Jean Cadiou, 64 ans, né sur l'île de Sein devenue célèbre en 1940, raconte son enfance."),
    ('Portrait : le doyen',
     'Émile Roche, 70 ans, né dans une commune rattachée à la ville en 1973, se souvient.'),
]


@pytest.mark.parametrize("title, body", QUIET_K)
def test_quiet_k(title, body):
    assert codes(_md(title, body), "NUM", path="a.md") == []

# NUM403, « au terme de N semaines de NOUN » after an opening and a close: the weeks of the thing
# opened and closed (its noun in the sentence) are its length; weeks of talks or of campaign
# that a summit or a vote closes began before it

def _day(body: str, date: str = "2026-07-25") -> str:
    return f"---\ntitle: Essai\ndate: {date}\n---\n\n{body}\n"


def test_num403_at_close_of_weeks_of_its_own_noun_fires():
    text = _day("Lancée le lundi 2 mars, la consultation s'est achevée le jeudi 5 mars, au terme de "
                "trois semaines de consultation dans les quartiers.", "2026-03-20")
    assert codes(text, "NUM403", path="a.md") == ["NUM403"]


def test_num403_at_close_of_weeks_of_negotiations_fires_when_they_are_the_thing():
    text = _day("Ouvertes le lundi 2 mars, les négociations se sont achevées le mercredi 4 mars, à "
                "l'issue de deux semaines de négociations.", "2026-03-20")
    assert codes(text, "NUM403", path="a.md") == ["NUM403"]


@pytest.mark.parametrize("body", [
    "Ouverte le lundi 2 juin, la conférence s'est achevée le jeudi 5 juin, au terme de six "
    "semaines de négociations entre les délégations.",
    "Ouvert le mardi 2 juin, le sommet s'est terminé le jeudi 4 juin, à l'issue de trois semaines "
    "de pourparlers entre les capitales.",
    "Ouverte le lundi 1er juin, la session s'est close le mercredi 3 juin, au terme de deux "
    "semaines de concertation avec les syndicats.",
])
def test_num403_at_close_of_weeks_before_the_meeting_quiet(body):
    assert codes(_day(body, "2026-06-20"), "NUM403", path="a.md") == []


# NUM403, a measure dated by its aside (« décidée le … et levée le … ») then « pendant N jours »:
# a main clause in the pluperfect or telling what prepared it is another span

def test_num403_strike_decided_lifted_too_long_still_fires():
    text = _day("La grève, déclenchée le lundi 2 mars et suspendue le mercredi 4 mars, a paralysé "
                "le port pendant deux semaines.", "2026-03-20")
    assert codes(text, "NUM403", path="a.md") == ["NUM403"]


@pytest.mark.parametrize("body", [
    "La grève, déclenchée le lundi 2 mars et suspendue le mercredi 4 mars, avait été préparée "
    "pendant trois semaines.",
    "Le mouvement, déclenché le lundi 2 mars et levé le mercredi 4 mars, avait couvé durant deux "
    "semaines.",
    "Le couvre-feu, décidé le lundi 2 mars et levé le mercredi 4 mars, était réclamé par les "
    "commerçants depuis un mois et annoncé pendant deux semaines.",
    "La fermeture, décidée le lundi 2 mars et levée le mercredi 4 mars, avait déjà été envisagée "
    "pendant dix jours.",
])
def test_num403_measure_then_earlier_span_quiet(body):
    assert codes(_day(body, "2026-03-20"), "NUM403", path="a.md") == []


# … nor effects that outlast the measure

@pytest.mark.parametrize("body", [
    "La suspension, décidée le lundi 2 mars et levée le mercredi 4 mars, a eu des effets pendant "
    "deux semaines.",
    "La fermeture, décidée le lundi 2 mars et levée le mercredi 4 mars, s'est fait sentir chez les "
    "commerçants pendant un mois.",
    "La coupure, décidée le lundi 2 mars et levée le mercredi 4 mars, a encore perturbé le réseau "
    "pendant dix jours.",
    "L'interdiction, imposée le lundi 2 mars et abrogée le mercredi 4 mars, a eu des répercussions "
    "sur la pêche durant deux semaines.",
])
def test_num403_measure_then_lingering_effects_quiet(body):
    assert codes(_day(body, "2026-03-20"), "NUM403", path="a.md") == []


# NUM404, « X, 54 ans, NOUN né en YEAR »: one person, so a plural birth is of the complement

def _story(body: str) -> str:
    return ("---\ntitle: Le haras en fête\ndate: 2026-03-15\n---\n\n# Le haras en fête\n\n"
            f"La saison reprend.\n\n{body}\n")


@pytest.mark.parametrize("body", [
    "Paul Martin, 45 ans, éleveur de chevaux né en 1975, prépare les courses.",
    "Paul Martin, 45 ans, éleveur né en 1975, prépare les courses.",
])
def test_num404_noun_then_born_singular_still_fires(body):
    assert codes(_story(body), "NUM404", path="a.md") == ["NUM404"]


@pytest.mark.parametrize("body", [
    "Paul Martin, 45 ans, éleveur de chevaux nés en 2015 sur le domaine, prépare les courses.",
    "Claire Meunier, 39 ans, collectionneuse de poupées nées en 1900, ouvre un musée.",
    "Louis Garnier, 50 ans, soigneur de lionceaux venus au monde en 2024, veille sur eux.",
])
def test_num404_noun_then_plural_birth_quiet(body):
    assert codes(_story(body), "NUM404", path="a.md") == []


# NUM302, « au moins N, dont … »: a floor written to the unit is the count its list splits only
# when the parts are of its own noun (by place, by moment); parts naming their own kind may
# overlap (children among the passengers, pupils among the teenagers)

def _toll(body: str) -> str:
    return f"---\ntitle: Essai\ndate: 2026-03-15\n---\n\n# Essai\n\nLe point.\n\n{body}\n"


@pytest.mark.parametrize("body", [
    "L'explosion a fait au moins 23 morts, dont 12 dans l'usine, 8 dans la rue et 6 dans les environs.",
    "La collision a fait au moins 37 blessés, dont 21 dans le premier wagon et 19 dans le second.",
])
def test_num302_floor_split_by_place_still_fires(body):
    assert codes(_toll(body), "NUM302", path="a.md") == ["NUM302"]


@pytest.mark.parametrize("body", [
    "L'accident a fait au moins 23 blessés, dont 15 passagers et 12 enfants.",
    "Le bombardement a fait au moins 27 morts, dont 20 civils et 12 enfants, selon l'ONU.",
    "L'intoxication a touché au moins 25 personnes, dont 15 élèves et 12 adolescents hospitalisés.",
    "L'incendie a fait au moins 13 victimes, dont 9 résidents et 6 personnes âgées.",
])
def test_num302_floor_parts_of_their_own_kind_quiet(body):
    assert codes(_toll(body), "NUM302", path="a.md") == []


# NUM403, « après / au terme de N semaines de campagne » after an opening and a close: a vote
# closes weeks of campaign that began before it (the same family as « de négociations » above)

def test_num403_campaign_opened_and_closed_still_fires():
    text = _day("Lancée le lundi 16 février, la campagne s'est achevée le samedi 21 février, après "
                "131 jours de campagne.", "2026-07-15")
    assert codes(text, "NUM403", path="a.md") == ["NUM403"]


@pytest.mark.parametrize("body", [
    "Ouvert le lundi 1er juin, le scrutin s'est achevé le mercredi 3 juin, au terme de six semaines "
    "de campagne.",
    "Lancé le lundi 1er juin, le vote s'est clos le mercredi 3 juin, à l'issue de trois semaines de "
    "campagne électorale.",
    "Ouvert le lundi 1er juin, le référendum s'est terminé le mardi 2 juin, après un mois de "
    "campagne.",
])
def test_num403_vote_closing_weeks_of_campaign_quiet(body):
    assert codes(_day(body, "2026-07-15"), "NUM403", path="a.md") == []
