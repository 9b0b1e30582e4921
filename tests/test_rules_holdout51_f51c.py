"""NUM201 on the fifty-first holdout's misses, by pattern (branch f51c).

- a headline count of a party's seats (« avec 58 sièges », « majoritaire avec 71 députés ») against
  the body's result told as a part of the assembly (« 61 des 129 sièges », « 68 députés sur les
  125 »): the part was never a candidate (e412, e384).
"""
import pytest

from _lint_kit import codes

_S = "Le nouveau Parlement se réunira la semaine prochaine.\n"


@pytest.mark.parametrize("text", [
    "Régionales : avec 58 sièges, le parti bleu reste loin de la majorité\n"
    "Le dépouillement s'est achevé dans la soirée.\n"
    "Le parti bleu obtient 61 des 129 sièges de l'assemblée, trois de moins qu'en 2021.\n" + _S,
    "Législatives : le parti vert majoritaire avec 71 députés\n"
    "Le parti retrouve le pouvoir.\n"
    "Au terme de la soirée, le parti vert a fait élire 68 députés sur les 125 que compte l'Assemblée.\n" + _S,
    "Sénat : la droite conserve la majorité avec 80 sénateurs\n"
    "Le scrutin a confirmé la tendance.\n"
    "La droite détiendra 74 sièges sur 140 dans la nouvelle chambre.\n" + _S,
    "Municipales : 40 élus pour la liste sortante\n"
    "La liste du maire sortant l'emporte.\n"
    "Avec 35 élus sur 59, la liste sortante garde une large majorité au conseil.\n" + _S,
])
def test_num201_seat_count_against_the_assemblys_part(text):
    assert codes(text, "NUM201") == ["NUM201"]


@pytest.mark.parametrize("text", [
    # the body gives the headline's value: another party's count
    "Régionales : les travaillistes à 58 sièges\n"
    "Le dépouillement s'est achevé dans la soirée.\n"
    "Le parti bleu obtient 61 des 129 sièges ; les travaillistes en décrochent 58.\n" + _S,
    # a part of a smaller whole (the constituencies), not of the assembly
    "Régionales : avec 58 sièges, le parti bleu reste en tête\n"
    "Le dépouillement s'est achevé dans la soirée.\n"
    "Dans les circonscriptions, le parti bleu remporte 47 des 73 sièges en jeu. "
    "Le Parlement compte 129 sièges.\n" + _S,
    # a headline that rounds the body's part
    "Législatives : le parti vert majoritaire avec près de 70 députés\n"
    "Le parti retrouve le pouvoir.\n"
    "Le parti vert a fait élire 68 députés sur les 125 que compte l'Assemblée.\n" + _S,
    # seats won, a change: another measure
    "Législatives : le parti vert gagne 62 sièges\n"
    "Le parti retrouve le pouvoir.\n"
    "Le parti vert a fait élire 68 députés sur les 125 que compte l'Assemblée.\n" + _S,
    # parts of two wholes: unsure which is the assembly's
    "Régionales : avec 58 sièges, le parti bleu reste en tête\n"
    "Le dépouillement s'est achevé dans la soirée.\n"
    "Le parti bleu obtient 61 des 129 sièges régionaux et 40 des 70 sièges de district.\n" + _S,
])
def test_num201_seat_count_quiet(text):
    assert codes(text, "NUM201") == []


# the act a verb before the count tells (« va supprimer 240 postes », « supprime », « créera »):
# the state its noun is counted in, as « 218 suppressions de postes » or « postes supprimés » (e418)
_U = "La direction a présenté son projet jeudi aux syndicats.\n"


@pytest.mark.parametrize("text", [
    "Sedan : l'équipementier va supprimer 240 postes\n" + _U
    + "Le plan prévoit 218 suppressions de postes, sur un effectif de 860 salariés.\n",
    "Sedan : l'équipementier supprime 240 postes\n" + _U
    + "Au total, le plan prévoit 218 postes supprimés d'ici à l'été.\n",
    "Lorient : le chantier naval créera 500 emplois\n" + _U
    + "Le groupe annonce 380 créations d'emplois sur le site d'ici à 2028.\n",
    "Sedan : 240 suppressions de postes chez l'équipementier\n" + _U
    + "La direction prévoit de supprimer 218 postes sur un effectif de 860 salariés.\n",
])
def test_num201_act_told_by_a_verb(text):
    assert codes(text, "NUM201") == ["NUM201"]


@pytest.mark.parametrize("text", [
    # the headline's value given by the body
    "Sedan : l'équipementier va supprimer 240 postes\n" + _U
    + "Le plan prévoit 240 suppressions de postes, dont 218 dans la production.\n",
    # the body counts the jobs kept, not cut: another measure
    "Sedan : l'équipementier va supprimer 240 postes\n" + _U
    + "Après le plan, l'usine comptera encore 200 postes.\n",
    # jobs cut against jobs created: two measures
    "Lorient : le chantier naval va supprimer 240 postes\n" + _U
    + "Le groupe promet en parallèle 300 créations d'emplois sur un autre site.\n",
])
def test_num201_act_told_by_a_verb_quiet(text):
    assert codes(text, "NUM201") == []


# a headline bound with an adverb before its figure (« dépasse désormais les 1 100 détenus »), and
# inmates told as « personnes incarcérées / écrouées / emprisonnées » (e406)
_J = "La direction réclame des renforts depuis des mois.\n"


@pytest.mark.parametrize("text", [
    "La prison de Lantin dépasse désormais les 1 100 détenus\n" + _J
    + "Selon le dernier relevé, 1 046 personnes y étaient incarcérées en début de semaine.\n",
    "Maison d'arrêt de Nîmes : 850 détenus pour 500 places\n" + _J
    + "Au 1er mars, 760 personnes étaient écrouées dans l'établissement.\n",
    "La prison de Fresnes dépasse maintenant les 2 100 détenus\n" + _J
    + "L'administration y recensait 1 870 personnes emprisonnées au 1er mars.\n",
])
def test_num201_inmates_and_bound_with_adverb(text):
    assert codes(text, "NUM201") == ["NUM201"]


@pytest.mark.parametrize("text", [
    # the bound holds
    "La prison de Lantin dépasse désormais les 1 000 détenus\n" + _J
    + "Selon le dernier relevé, 1 046 personnes y étaient incarcérées en début de semaine.\n",
    # people released: another measure
    "Maison d'arrêt de Nîmes : 850 détenus pour 500 places\n" + _J
    + "L'an dernier, 760 personnes ont été libérées de l'établissement.\n",
    # the headline rounds the body's count
    "Maison d'arrêt de Nîmes : près de 800 détenus pour 500 places\n" + _J
    + "Au 1er mars, 760 personnes étaient écrouées dans l'établissement.\n",
])
def test_num201_inmates_quiet(text):
    assert codes(text, "NUM201") == []
