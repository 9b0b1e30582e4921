"""Masking: what looks like a number but is not a quantity, and what must stay a quantity."""
import pytest

from numlint.figures.masking import find


def masked(text):
    return [(m.kind, m.text) for m in find(text)]


# (sentence, expected (kind, text) spans) — every span listed, in order
POSITIVE = [
    # years
    ("La réforme date de 2019.", [("year", "2019")]),
    ("En 2022, le chômage a reculé.", [("year", "2022")]),
    ("Le village est inondé depuis 1998 chaque hiver.", [("year", "1998")]),
    ("Le nombre de fermes a baissé de 2010 à 2020.", [("year", "2010"), ("year", "2020")]),
    ("Le bug de l'an 2000 n'a pas eu lieu.", [("year", "2000")]),
    ("Le peintre Jean Dubreuil (1950-2023) laisse 300 toiles.", [("year", "1950"), ("year", "2023")]),
    ("Les Bleus ont gagné en 2002, 2004, 2006 et 2010.",
     [("year", "2002"), ("year", "2004"), ("year", "2006"), ("year", "2010")]),
    ("La production de juillet 2024 a chuté.", [("year", "2024")]),
    ("Le chantier doit finir d'ici à 2030, après un retard pris à la mi-2024.",
     [("year", "2030"), ("year", "2024")]),
    ("Le budget 2025 de la commune est voté.", [("year", "2025")]),
    ("Un recul par rapport à 2019 est attendu.", [("year", "2019")]),
    ("La saison 2023-24 a été pluvieuse.", [("year", "2023-24")]),
    ("Budget 2026 : la dette atteint un record", [("year", "2026")]),
    ("L'été 2003 reste le plus meurtrier.", [("year", "2003")]),
    # at the very start of a block (a title « 2024 : … »): nothing before the digits
    ("2024 : l'année de tous les records", [("year", "2024")]),
    ("1998, année de la Coupe du monde, reste dans les mémoires.", [("year", "1998")]),
    ("Le bilan est lourd. 2023 a été une année record pour les incendies.", [("year", "2023")]),
    ("14 h 30 : ouverture des portes au public.", [("time", "14 h 30")]),
    ("01 23 45 67 89 : le numéro d'urgence de la mairie.", [("phone", "01 23 45 67 89")]),
    ("Il a été élu en 2020 avec 54 % des voix.", [("year", "2020")]),
    ("La part est passée de 12 % en 2010 à 18 % en 2020.", [("year", "2010"), ("year", "2020")]),
    # times
    ("Le train part à 20h30 de Rennes.", [("time", "20h30")]),
    ("Le couvre-feu commence à 20 h 30 précises.", [("time", "20 h 30")]),
    ("Rendez-vous dès 8h devant la mairie.", [("time", "8h")]),
    ("La manifestation est partie à 11 heures de la place.", []),       # « à 11 heures de » is a distance
    ("La manifestation est partie à 11 heures, place Bellecour.", [("time", "11 heures")]),
    ("Les bureaux sont ouverts de 8 heures à 18 heures.", [("time", "8 heures"), ("time", "18 heures")]),
    ("Ouvert de 9h à 17h30 le samedi.", [("time", "9h"), ("time", "17h30")]),
    # postal codes
    ("Écrire à la mairie, 29200 Brest.", [("postal", "29200")]),
    ("Le siège est au 5 rue Oberkampf, 75011 Paris.", [("address", "5"), ("postal", "75011")]),
    # phone numbers
    ("Appelez le 01 23 45 67 89 avant midi.", [("phone", "01 23 45 67 89")]),
    ("Son portable, le +33 6 12 34 56 78, ne répond plus.", [("phone", "+33 6 12 34 56 78")]),
    ("La ligne 02.99.12.34.56 est saturée.", [("phone", "02.99.12.34.56")]),
    # references
    ("Le gouvernement a recouru à l'article 49.3 de la Constitution.", [("reference", "article 49.3")]),
    ("L'article 49-3 a encore servi.", [("reference", "article 49-3")]),
    ("L'alinéa 2 précise ce point.", [("reference", "alinéa 2")]),
    ("Elle découle de la loi n° 2023-270 du 14 avril.", [("reference", "loi n° 2023-270")]),
    ("L'A380 d'Air France a atterri.", [("reference", "A380")]),
    ("Un bouchon bloque l'A7 près de Valence.", [("road", "A7")]),
    ("Un accident sur la RN 7 a fait deux blessés.", [("road", "RN 7")]),
    ("La N118 est fermée cette nuit.", [("road", "N118")]),
    ("Les tracteurs bloquent l'autoroute A1 au nord.", [("road", "autoroute A1")]),
    ("La ligne 14 du métro est prolongée.", [("road", "ligne 14")]),
    # a word between the key and the digits: « L. », « R », « no », a line letter
    ("Le décret renvoie à l'article L. 1234-5 du code du travail.", [("reference", "article L. 1234-5")]),
    ("Le médecin invoque l'article R 4127-1 du code.", [("reference", "article R 4127-1")]),
    ("Il cite l'article no 12 du règlement intérieur.", [("reference", "article no 12")]),
    ("Le préfet a signé l'arrêté 118 mardi.", [("reference", "arrêté 118")]),
    ("Un arrêté 45 du maire interdit la baignade.", [("reference", "arrêté 45")]),
    ("Le tram T 3 passe toutes les 4 minutes.", [("road", "tram T 3")]),
    ("La route de 12 kilomètres longe la côte.", []),
    ("Le COVID-19 a tué des millions de personnes.", [("reference", "COVID-19")]),
    ("Le sommet du G20 s'ouvre lundi.", [("reference", "G20")]),
    ("Kiev réclame des F-16 depuis des mois.", [("reference", "F-16")]),
    ("La mise à jour de Windows 11 est disponible.", [("reference", "Windows 11")]),
    ("Le club a été promu en Ligue 1 cette saison.", [("reference", "Ligue 1")]),
    # pages
    ("Voir le rapport, page 12, et l'annexe.", [("page", "page 12")]),
    ("Le chiffre figure p. 12 du document.", [("page", "p. 12")]),
    # addresses
    ("Le magasin du 12 rue de la Paix ferme.", [("address", "12")]),
    ("Il vit au 3, avenue Foch depuis dix ans.", [("address", "3")]),
    ("Au 14 bis boulevard Voltaire, un incendie.", [("address", "14 bis")]),
    # scores
    ("Lyon s'est imposé 3-1 face à Lille.", [("score", "3-1")]),
    ("Une victoire 5 à 0 au Parc des Princes.", [("score", "5 à 0")]),
    ("Elle a gagné la finale 6-3, 6-4.", [("score", "6-3"), ("score", "6-4")]),
    ("Le PSG écrase l'Inter 5-0 et remporte le titre.", [("score", "5-0")]),
    ("Sinner s'impose en finale 7-6 6-4 face à Zverev.", [("score", "7-6"), ("score", "6-4")]),
    ("Boston bat Miami 112-104 en match de saison régulière.", [("score", "112-104")]),
]

# Numbers that must stay quantities: nothing masked in them
NEGATIVE = [
    "25 000 soldats supplémentaires ont été envoyés.",
    "En 2022, 12 000 personnes ont manifesté.",            # the year only (checked below)
    "2023 soldats ont été déployés au total.",
    "Le chantier a coûté 1500 euros par mètre.",
    "Il réclame 2000 $ de dédommagement.",
    "Une tradition vieille de 2000 ans.",
    "La ville compte plus de 1500 habitants.",
    "Ils étaient 1800 au départ.",
    "De 1500 à 2000 personnes sont attendues.",
    "Le nombre varie de 5000 à 20000 selon les années.",
    "Entre 1200 et 1 500 salariés sont concernés.",
    "Le loyer s'élève à 1200.",
    "Il a couru en 2 h 04 min 45 s.",
    "La grève a duré 48 heures.",
    "Il est resté pendant 8 h dans les décombres.",
    "Il a passé 12 h de garde à vue.",
    "Environ 15000 Français vivent dans la région.",
    "Les 3-4 ans sont accueillis le matin.",
    "Un taux de 10-15 % est attendu.",
    "Des séjours de 5 à 10 jours sont proposés.",
    "Entre 2 et 3 millions de foyers sont concernés.",
    "Les 12 rues du centre sont piétonnes.",
    "Il a suivi 12 cours de français.",
    "Un crédit de EUR 1000 sur trois ans.",
    "Une hausse de 3,5 % en un an.",
    "Le groupe A 12 points devant.",
    # « arrêté » after a form of avoir is the verb: what follows is a count
    "Le gardien a arrêté 33 des 38 tirs cadrés.",
    "La police a déjà arrêté 12 suspects depuis lundi.",
    "Les douaniers ont arrêté 7 passeurs.",
    # groups of thousands beside a sports word are no score
    "Pour ce match, le stade accueille de 25 000 à 30 000 spectateurs.",
    "La finale s'est jouée devant 42 000 à 45 000 supporters selon la police.",
    "Le club a gagné 3 000 à 4 000 abonnés depuis le titre.",
    "",
    "Un texte sans aucun chiffre.",
]


@pytest.mark.parametrize("text, expected", POSITIVE, ids=[t for t, _ in POSITIVE])
def test_masked(text, expected):
    assert masked(text) == expected


@pytest.mark.parametrize("text", NEGATIVE)
def test_not_masked(text):
    spans = masked(text)
    if text.startswith("En 2022"):
        assert spans == [("year", "2022")]
    else:
        assert spans == []


@pytest.mark.parametrize("text, value", [
    ("depuis 1998", 1998), ("la saison 2023-24", 2023), ("l'an 2000", 2000), ("(1950-2023)", 1950),
])
def test_year_value(text, value):
    years = [m for m in find(text) if m.kind == "year"]
    assert years[0].value == value


def test_offsets_are_local_and_exact():
    text = "Le 1er mai, à 20h30, au 12 rue de la Paix, 75002 Paris, depuis 2019."
    for m in find(text):
        assert text[m.start:m.end] == m.text
    assert [m.kind for m in find(text)] == ["time", "address", "postal", "year"]


def test_spans_never_overlap_and_are_sorted():
    text = "La loi n° 2023-270 et l'article 49.3, page 12, tél. 01 23 45 67 89, en 2024-25."
    spans = find(text)
    assert spans
    assert all(a.end <= b.start for a, b in zip(spans, spans[1:]))


@pytest.mark.parametrize("text", [
    "1" * 100000, "1." * 50000, "6-3 " * 20000, "en 2022 " * 10000, "A" * 50000 + "1",
    "2022" + " " * 50000 + "x", "8h" * 30000, "\x00\ufffd" * 1000, "à " * 50000 + "11 heures",
])
def test_hostile_input_gives_a_result(text):
    result = find(text)
    assert isinstance(result, list)


# Phone numbers outside the French ten-digit format, and short service numbers
PHONES = [
    ("Le greffe répond au 02 515 80 11 en semaine.", [("phone", "02 515 80 11")]),          # Brussels
    ("Réservations au 081 24 86 00, du lundi au vendredi.", [("phone", "081 24 86 00")]),   # Namur
    ("Son portable, le 0478 55 21 09, reste muet.", [("phone", "0478 55 21 09")]),
    ("Le service client, 0 805 20 30 40, est gratuit.", [("phone", "0 805 20 30 40")]),
    ("Le numéro vert 800 00 10 10 est ouvert aux éleveurs.", [("phone", "800 00 10 10")]),   # Senegal
    ("Infos au 33 821 44 55, à Dakar.", [("phone", "33 821 44 55")]),
    ("Joindre Revenu Québec au 1 800 267-6299.", [("phone", "1 800 267-6299")]),
    ("Appelez le (418) 659-6600 ou le 1-877-644-4545.", [("phone", "(418) 659-6600"), ("phone", "1-877-644-4545")]),
    ("La mairie de Sion, 027 324 11 11, confirme.", [("phone", "027 324 11 11")]),            # Switzerland
    ("Le secrétariat, au 26 48 11 20, prend les inscriptions.", [("phone", "26 48 11 20")]),  # Luxembourg
    ("Un numéro d'écoute, le 3114, est ouvert jour et nuit.", [("phone", "3114")]),
    ("Pour une urgence, composez le 112 sans attendre.", [("phone", "112")]),
    ("La ligne Info-Social, le 811, conseille les parents.", [("phone", "811")]),
    ("Il faut appeler le 15 avant de se déplacer.", [("phone", "15")]),
    ("La ligne 4 du métro est fermée ce week-end.", [("road", "ligne 4")]),          # a name, masked too
]


@pytest.mark.parametrize("text, expected", PHONES, ids=[t for t, _ in PHONES])
def test_phone_numbers_of_every_format(text, expected):
    assert masked(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("La manifestation a réuni 12 000-15 000 personnes.", []),                     # a range
    ("Le pays compte 1 250 300 habitants.", []),                                    # one quantity
    ("En 2023 14 000 emplois ont été créés.", [("year", "2023")]),                  # a year, then a count
    ("Le 03.02.2024 restera dans les mémoires.", []),                               # a date (read as one)
    ("Les sets : 25-21 23-25 25-19.", [("score", "25-21"), ("score", "23-25"), ("score", "25-19")]),
    ("Le numéro vert a reçu 3 500 appels, le 14 surtout.", []),                   # another figure between
    ("La ligne a transporté 40 000 voyageurs le 2 mai.", []),
    ("Le standard a traité le 1 000e appel.", []),
    ("La ligne compte le 25 % des usagers.", []),
    ("Il a dit au 300 invités de partir.", []),
], ids=["range", "quantity", "year-count", "date", "sets", "between", "count", "ordinal", "percent", "no-key"])
def test_phone_numbers_not_invented(text, expected):
    assert masked(text) == expected


@pytest.mark.parametrize("text", ["12 34 " * 20000, "1-2-" * 30000, "(514) " * 20000, "numéro le 12 " * 10000,
                                  "0 800 06 " * 20000, "rue A 1, " * 20000, "dans l'Ain (01) " * 10000,
                                  "Olympialaan 74, 8200 " * 8000, "NPA 6370 A " * 10000])
def test_new_patterns_stay_linear(text):
    import time
    t = time.process_time()
    find(text)
    small = time.process_time() - t
    t = time.process_time()
    find(text * 4)
    assert time.process_time() - t < 8 * small + 0.2


# Years after a noun naming a season, a vintage or an accounting year (one adjective may come between)
@pytest.mark.parametrize("text, expected", [
    ("Le millésime 2024 s'annonce plus léger.", [("year", "2024")]),
    ("La campagne cotonnière 2024-2025 s'achève en mars.", [("year", "2024"), ("year", "2025")]),
    ("La saison 2023-2024 s'est jouée à huis clos.", [("year", "2023"), ("year", "2024")]),
    ("L'exercice 2023 s'est soldé par une perte.", [("year", "2023")]),
    ("Le budget 2027 sera voté en décembre.", [("year", "2027")]),
    ("L'exercice comptable 2023 est clos.", [("year", "2023")]),
    ("La récolte 2024 sera maigre.", [("year", "2024")]),
    ("Depuis 2001 s'ajoute une taxe.", [("year", "2001")]),
], ids=["millesime-s'", "campagne-adj-range", "saison-range", "exercice-s'", "budget", "adj", "recolte", "elided"])
def test_years_after_season_nouns(text, expected):
    assert masked(text) == expected


@pytest.mark.parametrize("text", [
    "Le village compte 2024 habitants.",
    "Il a payé 2 024 euros.",
    "Le budget prévoit 2024 euros par élève.",
    "La campagne électorale mobilise 2024 bénévoles.",
    "La récolte atteint 2024 tonnes.",
    "Il a couru 2000 m en 5 minutes.",
])
def test_years_after_season_nouns_not_counts(text):
    assert masked(text) == []


# 4-digit postal codes only in an address; street numbers after the street's name; a department's
# code in brackets after a place
@pytest.mark.parametrize("text, expected", [
    ("Le musée, Kunstlaan 21, 2000 Anvers, rouvre.", [("address", "21"), ("postal", "2000")]),
    ("Écrire au greffe, chaussée de Wavre 950, 1040 Bruxelles.", [("address", "950"), ("postal", "1040")]),
    ("Le siège, Seestrasse 8, reste à Zurich.", [("address", "8")]),
    ("Elle ouvre un cabinet rue des Vollandes 12, à Genève.", [("address", "12")]),
    ("Le NPA de l'étape, 3920 Zermatt, était sur les maillots.", [("postal", "3920")]),
    ("Le colis part de L-1470 Luxembourg.", [("reference", "L-1470")]),
    ("Des orages dans la Drôme (26) et en Ardèche (07).", [("postal", "26"), ("postal", "07")]),
    ("Un feu de forêt dans l'Aude (11) mobilise 300 pompiers.", [("postal", "11")]),
    ("Un collège à Ajaccio, en Corse-du-Sud (2A), ferme.", [("postal", "2A")]),
], ids=["laan", "chaussee", "strasse", "rue-name-no", "npa", "country-prefix", "dept", "dept-elided", "dept-2A"])
def test_swiss_belgian_addresses_and_departments(text, expected):
    assert masked(text) == expected


@pytest.mark.parametrize("text", [
    "Près de 3000 Genevois et 4000 Liégeois ont fait le déplacement.",
    "En juin, 4000 Lausannois ont voté.",
    "Ils étaient 12, 4000 Namurois suivaient.",
    "Le code postal a changé, et 1200 Genevois protestent.",
    "Ils étaient 300 place de la République.",
    "Le bus passe rue de Lyon, 12 fois par jour.",
    "Le MR devance le PS (19), Les Engagés (14) et le PTB (12).",
    "Genk précède la Gantoise (42) et l'Antwerp (41).",
    "Le maire, Paul Durand (45), a démissionné.",
])
def test_counts_near_towns_stay_counts(text):
    assert masked(text) == []
