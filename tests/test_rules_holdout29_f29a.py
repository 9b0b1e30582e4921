"""NUM202, NUM303, NUM302 and NUM201 on patterns met in the twenty-ninth holdout."""
import pytest

from _lint_kit import codes


# -- NUM202: « frôle (désormais) les 200.000 euros » in a title is a level neared, told about ----
_BODY = ("Le marché ralentit à peine.\nSelon les notaires, le prix moyen d'un appartement à Liège "
         "s'établit à 196.000 euros ce trimestre.\n")


@pytest.mark.parametrize("title,found", [
    ("Immobilier : à Liège, l'appartement moyen frôle les 200.000 euros", []),
    ("Immobilier : à Liège, l'appartement moyen frôle désormais les 200.000 euros", []),
    ("Immobilier : à Liège, l'appartement moyen avoisine déjà les 200.000 euros", []),
    ("Immobilier : à Liège, l'appartement moyen flirte avec les 200.000 euros", []),
    # near misses: a level far from the body's, or an exact level
    ("Immobilier : à Liège, l'appartement moyen frôle les 260.000 euros", ["NUM202"]),
    ("Immobilier : à Liège, l'appartement moyen atteint 200.000 euros", ["NUM202"]),
])
def test_num202_a_level_neared_is_about(title, found):
    assert codes(title + "\n" + _BODY, "NUM202") == found


# -- NUM303: « N écoles … dans ces six régions, soit P % des M »: the small count in words of ----
# another noun says where the part is held; the part is N
@pytest.mark.parametrize("body,found", [
    ("Au total, 412 écoles étaient fermées dans ces six gouvernorats, soit 18 % des 2 290 "
     "établissements publics du pays.", []),
    ("Au total, au moins 95 pharmacies ont baissé le rideau dans les trois départements, soit 12 % des "
     "790 officines de la région.", []),
    # near misses: N does not make P % of M; a small count in words that is the part itself
    ("Au total, 412 écoles étaient fermées dans ces six gouvernorats, soit 30 % des 2 290 "
     "établissements publics du pays.", ["NUM303"]),
    ("Au total, six écoles étaient fermées, soit 30 % des 2 290 établissements publics du pays.",
     ["NUM303"]),
])
def test_num303_a_small_count_of_places_is_no_part(body, found):
    assert codes("Titre de l'article\nUn chapeau sans chiffre.\n" + body + "\n", "NUM303") == found


# -- NUM302: « la ligne à trois points : 6 réussites sur 27 tentatives »: « à N points » names a --
# kind of shot, never the whole of the list after the colon
@pytest.mark.parametrize("body,found", [
    ("Les visiteurs ont souffert derrière la ligne à trois points : 5 paniers sur 24 tentatives, "
     "soit 21 %, contre 10 sur 25 pour les Valaisans.", []),
    ("Les Lions ont payé leur maladresse derrière la ligne à 3 points : 7 réussites sur 26 tentatives.", []),
    # near misses: the whole after « sur » exceeded; a count of points that the list divides
    ("Les Lions ont payé leur maladresse derrière la ligne à trois points : 9 tirs réussis sur 7 tirs "
     "tentés.", ["NUM302"]),
    ("Les visiteurs ont marqué 12 points : 14 en première mi-temps et 3 en seconde.", ["NUM302"]),
])
def test_num302_a_points_label_is_no_whole(body, found):
    assert codes("Titre de l'article\nUn chapeau sans chiffre.\n" + body + "\n", "NUM302") == found


# -- NUM201: « un pavillon de 40 lits » sizes another thing than the subject's count -------------
_WARD = ("La réanimation dispose de 28 lits de soins intensifs, un nombre inchangé depuis sa "
         "rénovation. « Nous avons en permanence entre 40 et 50 patients pour ces 28 lits. Les autres "
         "patientent dans le couloir », reconnaît la cheffe du service, la Dr Awa Ndiaye.\n")


@pytest.mark.parametrize("after,found", [
    ("Le ministère promet l'ouverture d'un bâtiment de réanimation de 40 lits, dont la construction a "
     "commencé en 2025.", []),
    ("Le ministère promet l'ouverture d'un pavillon de 40 lits, dont la construction a commencé en 2025.", []),
    # near misses: a unit of the same hospital (not a building), or no noun complement at all
    ("Le ministère promet l'ouverture d'un service de réanimation de 40 lits, dont la construction a "
     "commencé en 2025.", ["NUM201"]),
    ("Le ministère promet l'ouverture de 40 lits, dont la construction a commencé en 2025.", ["NUM201"]),
])
def test_num201_a_building_sized_in_its_complement_is_another_measure(after, found):
    assert codes("Titre de l'article\nUn chapeau sans chiffre.\n" + _WARD + after + "\n", "NUM201") == found


def test_num202_a_level_not_neared_stays_exact():
    """« aucun bloc n'approche les 289 sièges nécessaires »: the level itself, exact."""
    from numlint import document, engine
    doc = document.parse("Titre de l'article\nUn chapeau sans chiffre.\nAucun bloc n'approche les 289 "
                         "sièges nécessaires, quand la gauche frôle les 190 sièges.\n", path="a.txt")
    _, ms = engine.analyse(doc)
    about = {m.figure.text: "about" in m.cues for m in ms}
    assert about == {"289": False, "190": True}
