"""Holdout 55 (j55a): NUM301 / NUM302 patterns."""
from _lint_kit import codes


# NUM301: a span counted in words, a total, then after a colon one part per day (or place)
def test_span_groups_fire_days():
    t = ("Sur les trois jours, le salon a accueilli 48 000 visiteurs : 12 000 le vendredi, "
         "15 000 le samedi et 16 000 le dimanche.")
    assert "NUM301" in codes(t, "NUM301", path="a.txt")


def test_span_groups_fire_pour_le():
    t = ("En deux soirées, la salle a vendu 9 600 billets : 4 100 pour le samedi "
         "et 4 300 pour le dimanche.")
    assert "NUM301" in codes(t, "NUM301", path="a.txt")


def test_span_groups_quiet_sum_right():
    t = ("Sur les trois jours, le salon a accueilli 43 000 visiteurs : 12 000 le vendredi, "
         "15 000 le samedi et 16 000 le dimanche.")
    assert "NUM301" not in codes(t, "NUM301", path="a.txt")


def test_span_groups_quiet_fewer_parts_than_days():
    t = ("Sur les quatre jours, le salon a accueilli 48 000 visiteurs : 12 000 le vendredi, "
         "15 000 le samedi et 16 000 le dimanche.")
    assert "NUM301" not in codes(t, "NUM301", path="a.txt")


def test_span_groups_quiet_no_span():
    t = ("Le salon a accueilli 48 000 visiteurs : 12 000 le vendredi, "
         "15 000 le samedi et 16 000 le dimanche.")
    assert "NUM301" not in codes(t, "NUM301", path="a.txt")


def test_span_groups_quiet_approx_part():
    t = ("Sur les trois jours, le salon a accueilli 48 000 visiteurs : environ 12 000 le vendredi, "
         "15 000 le samedi et 16 000 le dimanche.")
    assert "NUM301" not in codes(t, "NUM301", path="a.txt")


# NUM302: « dont N ont été … », then the other parts told by a predicate or a relative clause each
def test_predicated_parts_fire_relatives():
    t = ("L'incendie a touché 40 logements, dont 22 ont été entièrement détruits, 15 dont les toits "
         "se sont effondrés et 8 qui restent inhabitables.")
    assert "NUM302" in codes(t, "NUM302", path="a.txt")


def test_predicated_parts_fire_verbs():
    t = ("Le naufrage concernait 60 passagers, dont 35 ont été secourus par les garde-côtes, "
         "20 sont morts et 12 sont toujours recherchés.")
    assert "NUM302" in codes(t, "NUM302", path="a.txt")


def test_predicated_parts_fire_comma_et():
    t = ("Le naufrage concernait 60 passagers, dont 35 ont été secourus, 20 qui sont morts, "
         "et 12 qui sont toujours recherchés.")
    assert "NUM302" in codes(t, "NUM302", path="a.txt")


def test_predicated_parts_quiet_sum_right():
    t = ("L'incendie a touché 40 logements, dont 22 ont été entièrement détruits, 10 dont les toits "
         "se sont effondrés et 8 qui restent inhabitables.")
    assert "NUM302" not in codes(t, "NUM302", path="a.txt")


def test_predicated_parts_quiet_clause_of_its_own():
    t = "Le séisme a fait 300 morts, dont 215 sont des enfants, et 500 ont été blessés."
    assert "NUM302" not in codes(t, "NUM302", path="a.txt")


def test_predicated_parts_quiet_two_clauses_no_list():
    t = "Le séisme a fait 300 morts, dont 215 sont des enfants et 500 ont été blessés."
    assert "NUM302" not in codes(t, "NUM302", path="a.txt")


def test_predicated_parts_quiet_other_noun():
    t = ("Le naufrage concernait 60 passagers, dont 35 ont été secourus, 40 marins sont intervenus "
         "et 12 sont toujours recherchés.")
    assert "NUM302" not in codes(t, "NUM302", path="a.txt")


# NUM302: a site's headcount in a relative clause, then more cuts at that same site
def test_staff_cuts_fire_travaillent():
    t = "À Lisieux, où travaillent 120 salariés, la direction annonce 135 suppressions de postes."
    assert "NUM302" in codes(t, "NUM302", path="a.txt")


def test_staff_cuts_fire_emploie():
    t = ("À Vierzon, l'usine, qui emploie 64 personnes, verra 70 postes supprimés "
         "d'ici la fin de l'année.")
    assert "NUM302" in codes(t, "NUM302", path="a.txt")


def test_staff_cuts_quiet_fewer_cuts():
    t = "À Lisieux, où travaillent 120 salariés, la direction annonce 35 suppressions de postes."
    assert "NUM302" not in codes(t, "NUM302", path="a.txt")


def test_staff_cuts_quiet_group_wide():
    t = ("À Lisieux, où travaillent 120 salariés, la direction annonce 135 suppressions de postes "
         "sur l'ensemble du groupe.")
    assert "NUM302" not in codes(t, "NUM302", path="a.txt")


def test_staff_cuts_quiet_other_place():
    t = ("À Lisieux, où travaillent 120 salariés, l'activité continue, mais 135 postes seront "
         "supprimés à Caen.")
    assert "NUM302" not in codes(t, "NUM302", path="a.txt")


# NUM301: sums added (« y ont ajouté ») to the one sum of the sentence before, then after a colon
# « le total atteint ainsi »
def test_added_total_fire():
    t = ("La région a promis 12 millions d'euros au projet. L'État y a ajouté 8 millions et les "
         "communes 3 millions : le budget total atteint ainsi 27 millions d'euros.")
    assert "NUM301" in codes(t, "NUM301", path="a.txt")


def test_added_total_fire_s_y_ajoutent():
    t = ("Les donateurs ont versé 2,4 milliards de dollars. S'y ajoutent 600 millions de la Banque "
         "mondiale et 300 millions du Japon : l'enveloppe globale s'élève donc à 3,6 milliards de dollars.")
    assert "NUM301" in codes(t, "NUM301", path="a.txt")


def test_added_total_quiet_sum_right():
    t = ("La région a promis 12 millions d'euros au projet. L'État y a ajouté 8 millions et les "
         "communes 3 millions : le budget total atteint ainsi 23 millions d'euros.")
    assert "NUM301" not in codes(t, "NUM301", path="a.txt")


def test_added_total_quiet_no_ainsi():
    t = ("La région a promis 12 millions d'euros au projet. L'État y a ajouté 8 millions et les "
         "communes 3 millions : le budget total du chantier atteint 27 millions d'euros.")
    assert "NUM301" not in codes(t, "NUM301", path="a.txt")


def test_added_total_quiet_two_sums_before():
    t = ("La région a promis 12 millions d'euros et le département 2 millions. L'État y a ajouté "
         "8 millions et les communes 3 millions : le budget total atteint ainsi 40 millions d'euros.")
    assert "NUM301" not in codes(t, "NUM301", path="a.txt")


def test_added_total_quiet_no_addition():
    t = ("La région a promis 12 millions d'euros au projet. L'État a versé 8 millions et les "
         "communes 3 millions : le budget total atteint ainsi 27 millions d'euros.")
    assert "NUM301" not in codes(t, "NUM301", path="a.txt")
