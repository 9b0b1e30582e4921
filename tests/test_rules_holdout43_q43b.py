"""Round 43 (q43b): patterns behind the cases of unseen articles, in our own sentences."""
from __future__ import annotations

from _lint_kit import codes

_PAGE = ("<html><head><title>Brevet : les résultats</title></head><body>"
         "<h1>Brevet : 88 % de réussite dans l'académie</h1>"
         "<p>Les résultats ont été publiés mercredi par le rectorat.</p>BODY</body></html>")
_PARA = ("<p>Dans les collèges publics, qui présentent 18 600 élèves, le taux de réussite atteint "
         "88 %. Les collèges privés, avec 6 300 élèves, affichent 91 %.</p>")


def _page(body: str) -> str:
    return _PAGE.replace("BODY", body)


# -- NUM201: the rows of a breakdown by holder (« Rhône : 24 100 candidats ») -------------------

def test_row_fire_plain_list_item_repeats_the_paragraph_with_a_slip():
    text = _page(_PARA + "<h2>Détails</h2><ul><li>18 900 élèves dans les collèges publics</li>"
                 "<li>6 300 élèves dans les collèges privés</li></ul>")
    assert codes(text, "NUM201", path="a.html") == ["NUM201"]


def test_row_quiet_department_rows_beside_a_branch_count():
    text = _page(_PARA + "<h2>Par département</h2><ul><li>Gard : 18 900 élèves, 87 % de réussite</li>"
                 "<li>Hérault : 9 300 élèves, 89 %</li><li>Lozère : 1 900 élèves, 90 %</li></ul>")
    assert codes(text, "NUM201", path="a.html") == []


def test_row_quiet_rows_first_compound_labels():
    text = _page("<h2>Par bassin</h2><ul><li>Haute-Loire : 4 100 élèves</li>"
                 "<li>Saint-Étienne Métropole : 18 900 élèves</li><li>Roanne : 2 900 élèves</li></ul>"
                 + _PARA)
    assert codes(text, "NUM201", path="a.html") == []


def test_row_quiet_rows_of_a_vote_by_town():
    text = _page("<p>Au second tour, la liste sortante a réuni 12 400 voix dans la circonscription, "
                 "selon les résultats définitifs.</p><ul><li>Montauban : 12 900 voix</li>"
                 "<li>Castelsarrasin : 3 100 voix</li></ul>")
    assert codes(text, "NUM201", path="a.html") == []


# -- NUM201: a headline's new level of a result (« tombe à », « recule à », « a chuté à ») against
# the body's net result, told with its group share or its period --------------------------------

def _results(title: str, body: str) -> str:
    return (f'---\ntitle: "{title}"\ndate: 2026-03-05\n---\n\n# {title}\n\n'
            f"**Le groupe publie ses comptes.**\n\n{body}\n")


def test_result_fire_recule_a_against_net_part_du_groupe():
    text = _results("Valeo : le bénéfice du premier semestre recule à 140 millions d'euros",
                    "L'équipementier a publié mercredi ses comptes. Son résultat net part du groupe "
                    "s'établit à 182 millions d'euros pour le semestre, contre 210 millions un an plus tôt.")
    assert "NUM201" in codes(text, "NUM201", path="a.md")


def test_result_fire_a_chute_a_against_net_of_the_year():
    text = _results("Danone : le bénéfice annuel a chuté à 1,9 milliard d'euros",
                    "Le groupe a publié ses comptes. Le bénéfice net de l'exercice s'élève à "
                    "2,4 milliards d'euros, contre 2,8 milliards en 2024.")
    assert "NUM201" in codes(text, "NUM201", path="a.md")


def test_result_fire_a_plonge_a_against_net_part_du_groupe_est_de():
    text = _results("Renault : le bénéfice a plongé à 600 millions d'euros",
                    "Le constructeur a publié ses comptes. Le résultat net part du groupe est de 810 millions "
                    "d'euros pour le semestre, contre 1,1 milliard un an plus tôt.")
    assert "NUM201" in codes(text, "NUM201", path="a.md")


def test_result_quiet_same_level():
    text = _results("Valeo : le bénéfice du premier semestre recule à 140 millions d'euros",
                    "L'équipementier a publié mercredi ses comptes. Son résultat net part du groupe "
                    "s'établit à 140 millions d'euros pour le semestre, contre 210 millions un an plus tôt.")
    assert codes(text, "NUM201", path="a.md") == []


def test_result_quiet_operating_result_is_another_measure():
    text = _results("Valeo : le bénéfice du premier semestre recule à 140 millions d'euros",
                    "L'équipementier a publié mercredi ses comptes. Son résultat opérationnel "
                    "s'établit à 182 millions d'euros pour le semestre, et le bénéfice net à 140 millions.")
    assert codes(text, "NUM201", path="a.md") == []


def test_result_quiet_change_by_not_a_level():
    text = _results("Valeo : le bénéfice recule de 40 millions d'euros",
                    "L'équipementier a publié mercredi ses comptes. Son résultat net part du groupe "
                    "s'établit à 182 millions d'euros pour le semestre.")
    assert codes(text, "NUM201", path="a.md") == []


# -- NUM201: a heading's toll against the body's latest toll, the other headline agreeing with the
# body (the <title>'s « près de 210 morts » confirms the body, not a second measure) ----------------

_TOLL = ("<p>Les autorités ont publié vendredi un nouveau bilan. Elles dénombrent désormais "
         "212 morts, contre 167 lors du précédent décompte, et 58 disparus.</p>"
         "<p>La province la plus touchée compte 95 morts.</p>")


def _disaster(title: str, h1: str) -> str:
    return (f"<html><head><title>{title}</title></head><body><h1>{h1}</h1>"
            "<p>Les secours poursuivent leurs recherches dans les zones sinistrées.</p>"
            f"{_TOLL}</body></html>")


def test_toll_fire_heading_font_n_morts_above_the_latest_toll():
    text = _disaster("Séisme : près de 210 morts dans le nord du pays",
                     "Séisme : la secousse a fait 310 morts dans le nord")
    assert codes(text, "NUM201", path="a.html") == ["NUM201"]


def test_toll_fire_heading_ont_peri():
    text = _disaster("Crues : le bilan passe à 212 morts", "Crues : 290 personnes ont péri dans le nord")
    assert codes(text, "NUM201", path="a.html") == ["NUM201"]


def test_toll_fire_title_wrong_heading_right():
    text = _disaster("Cyclone : 310 morts dans l'archipel",
                     "Cyclone : le bilan s'alourdit à plus de 200 morts")
    assert codes(text, "NUM201", path="a.html") == ["NUM201"]


def test_toll_quiet_heading_gives_the_latest_toll():
    text = _disaster("Séisme : près de 210 morts dans le nord du pays",
                     "Séisme : la secousse a fait 212 morts dans le nord")
    assert codes(text, "NUM201", path="a.html") == []


def test_toll_quiet_heading_gives_the_earlier_toll():
    text = _disaster("Séisme : un bilan encore provisoire",
                     "Séisme : la secousse a fait 167 morts selon un premier bilan")
    assert codes(text, "NUM201", path="a.html") == []


def test_toll_quiet_heading_gives_a_feared_bound():
    text = _disaster("Séisme : près de 210 morts dans le nord du pays", "Séisme : au moins 250 morts redoutés")
    assert codes(text, "NUM201", path="a.html") == []
