"""NUM303 and NUM403 on patterns met in the seventeenth holdout: a bare part before « des » takes
the unit and scale said once on its whole; « mettre N jours à faire », then the dates it took."""
import pytest

from numlint.engine import Settings, lint


def found(body: str, select: str):
    text = "Titre de l'article\nUn chapeau sans chiffre.\n" + body + "\n"
    return [d.code for d in lint(text, path="article.txt", settings=Settings(select=[select]))]


# -- NUM303: « 3 950 des 12 500 hectares », « 2 780 des 3 461 milliards d'euros » --------------
@pytest.mark.parametrize("body,codes", [
    # the unit said once, on the whole
    ("Les crus couvrent 3 950 des 12 500 hectares du vignoble, soit 32 %.", []),
    ("Les crus couvrent 3 950 des 12 500 hectares du vignoble, soit 23 %.", ["NUM303"]),
    ("La coopérative a perdu 640 des 2 100 tonnes de sa récolte, soit 30 %.", []),
    ("La coopérative a perdu 640 des 2 100 tonnes de sa récolte, soit 13 %.", ["NUM303"]),
    # the scale said once too: the part is in billions, like its whole
    ("La dette de l'État s'élève à 2 780 des 3 461 milliards d'euros, soit 80,3 % du total.", []),
    ("La dette de l'État s'élève à 2 780 des 3 461 milliards d'euros, soit 83,0 % du total.",
     ["NUM303"]),
    ("Les communes ont reçu 45 des 120 millions d'euros annoncés, soit 37,5 %.", []),
    ("Les communes ont reçu 45 des 120 millions d'euros annoncés, soit 57,3 %.", ["NUM303"]),
    ("Le fonds a déjà versé 1,2 des 4 millions d'euros promis, soit 30 %.", []),
    ("Le fonds a déjà versé 1,2 des 4 millions d'euros promis, soit 40 %.", ["NUM303"]),
    # a part with its own noun is no such part; one above the whole is none either
    ("Le domaine compte 3 950 parcelles sur 12 500 hectares, soit 23 %.", []),
    ("La ville a planté 15 000 des 12 500 hectares prévus, soit 12 %.", []),
])
def test_num303_a_bare_part_before_des_takes_the_unit_and_scale_of_its_whole(body, codes):
    assert found(body, "NUM303") == codes


# -- NUM403: the time taken to do something, then the dates it took -----------------------------
@pytest.mark.parametrize("body,codes", [
    ("Les agents ont mis trois jours à tout nettoyer, du dimanche 6 au mercredi 9 septembre.", []),
    ("Les agents ont mis six jours à tout nettoyer, du dimanche 6 au vendredi 11 septembre.", []),
    ("Les agents ont mis trois jours à tout nettoyer, du dimanche 6 au vendredi 11 septembre.",
     ["NUM403"]),
    ("Les secours ont mis deux jours pour atteindre le hameau, du lundi 3 au mercredi 5 mars.", []),
    ("Les secours ont mis deux jours pour atteindre le hameau, du lundi 3 au samedi 8 mars.",
     ["NUM403"]),
    ("Les enquêteurs ont mis une semaine à boucler le dossier, du mardi 2 au mardi 9 juin.", []),
    ("Les enquêteurs ont mis trois semaines à boucler le dossier, du mardi 2 au mardi 9 juin.",
     ["NUM403"]),
    # « plus de » leaves the length open
    ("Les techniciens ont mis plus de trois jours à rétablir le courant, du dimanche 6 au vendredi "
     "11 septembre.", []),
    # dates not closing the clause of the time taken: another event's
    ("La ville mettra quatre jours à démonter les stands de la foire tenue du dimanche 6 au "
     "dimanche 20 septembre.", []),
    ("Les agents ont mis trois jours à tout nettoyer après la fête du dimanche 6 au vendredi 11 "
     "septembre.", []),
    ("Les agents ont mis trois jours à tout nettoyer. La fête avait lieu du dimanche 6 au vendredi "
     "11 septembre.", []),
    # a habit, not the time taken this once
    ("Les pompiers mettent en général deux jours à éteindre un tel feu, du lundi 3 au vendredi 7 "
     "août, selon le rapport.", []),
])
def test_num403_the_time_taken_to_do_something_against_its_dates(body, codes):
    assert found(body, "NUM403") == codes
