"""NUM305 on the twenty-seventh holdout's misses, by pattern: two values rounded to the same unit
(« de 12 000 à 15 000 ») no longer let a stated change reach the extreme corner of both roundings
at once; a change the exact values could give stays quiet."""
import pytest

from _lint_kit import codes


@pytest.mark.parametrize("text,expected", [
    # 25 % stated as 35 %: only 11 500 -> 15 499 would give it
    ("Le public du festival est passé de 12 000 l'an dernier à 15 000 cette année, soit une "
     "hausse de 35 %.\n", ["NUM305"]),
    ("La fréquentation du musée est passée de 12 000 visiteurs en 2024 à 15 000 en 2025, soit "
     "une progression de 35 %.\n", ["NUM305"]),
    ("Le nombre d'abonnés est passé de 12 000 à 15 000, soit une hausse de 35 %.\n", ["NUM305"]),
    ("Les effectifs sont passés de 8 000 à 6 000 en dix ans, soit une baisse de 35 %.\n", ["NUM305"]),
    # quiet: the true change, and one the exact values could well give (11 600 -> 15 400)
    ("Le public du festival est passé de 12 000 l'an dernier à 15 000 cette année, soit une "
     "hausse de 25 %.\n", []),
    ("Le nombre d'abonnés est passé de 12 000 à 15 000, soit une hausse de 33 %.\n", []),
    ("Les effectifs sont passés de 8 000 à 6 000 en dix ans, soit une baisse de 25 %.\n", []),
    # quiet: « environ » widens the rounding as before
    ("Le public est passé d'environ 12 000 à environ 15 000 spectateurs, soit une hausse de 35 %.\n",
     []),
])
def test_change_between_rounded_values(text, expected):
    assert codes(text, "NUM305") == expected


_FIRST = ("Municipales à Annecy\nDimanche, le maire sortant arrive en tête avec 12 480 voix, soit "
          "{a} % des suffrages exprimés. Son adversaire écologiste obtient 9 360 voix (30 %).\n"
          "Le second tour aura lieu dimanche prochain.\n"
          "## Les autres listes\n"
          "La liste de droite réunit 4 992 voix, soit {b} %. ")


@pytest.mark.parametrize("text,expected", [
    # 40 + 30 + 16 + 14 (4 368 voix): the field closes at 100 %, quiet
    (_FIRST.format(a="40", b="16") + "Les trois petites listes se partagent les 14 % restants, avec "
     "4 368 voix.\n", []),
    # a share miscopied (16 % typed 26 %): the whole field passes 100 %
    (_FIRST.format(a="40", b="26") + "Les trois petites listes se partagent les 14 % restants, avec "
     "4 368 voix.\n", ["NUM304"]),
    # the first share walked back to miscopied: it may as well be another vote's, left quiet
    (_FIRST.format(a="45", b="16") + "Les trois petites listes se partagent les 14 % restants, avec "
     "4 368 voix.\n", []),
    # quiet: no « restants » closes the field
    (_FIRST.format(a="40", b="26") + "Les trois petites listes obtiennent 4 368 voix, soit 14 %.\n", []),
    # quiet: shares of two districts (their wholes differ), walked back over, are no one field
    ("Municipales\nÀ Annecy, la liste sortante obtient 12 480 voix, soit 40 %. L'opposition réunit "
     "9 360 voix (30 %).\n## Seynod\nÀ Seynod, la liste sortante obtient 2 000 voix, soit 50 %. La "
     "liste de gauche réunit 1 400 voix (35 %), les 15 % restants, avec 600 voix, vont aux "
     "petites listes.\n", []),
])
def test_vote_field_closed_by_restants(text, expected):
    assert codes(text, "NUM304") == expected


@pytest.mark.parametrize("text,expected", [
    # quiet: a share of another district, named by no place, told before the closed field
    ("Municipales\nDans le bureau voisin, la liste citoyenne obtient 3 120 voix, soit 10 %.\n"
     "## Le bureau central\nLa liste sortante obtient 2 000 voix, soit 50 %. La liste de gauche "
     "réunit 1 400 voix (35 %), les 15 % restants, avec 600 voix, vont aux petites listes.\n", []),
    ("Municipales\nÀ Annecy, la liste citoyenne obtient 3 120 voix, soit 10 %.\n## Seynod\nÀ "
     "Seynod, la liste sortante obtient 2 000 voix, soit 50 %. La liste de gauche réunit 1 400 "
     "voix (35 %), les 15 % restants, avec 600 voix, vont aux petites listes.\n", []),
    # near miss: the same field with its own third share miscopied (35 % for 25 %) fires
    ("Municipales\nLa liste sortante obtient 2 000 voix, soit 50 %. La liste de gauche réunit "
     "1 000 voix (35 %).\n## Les petites listes\nLe centre obtient 400 voix, soit 10 %, et les "
     "15 % restants, avec 600 voix, vont aux listes citoyennes.\n", ["NUM304"]),
])
def test_vote_field_of_another_vote(text, expected):
    assert codes(text, "NUM304") == expected


_RESULT = ("# Municipales : Claire Morel en tête avec {t} % des voix\n\n"
           "**La maire sortante devra affronter un second tour.**\n\n"
           "Dimanche, Claire Morel est arrivée en tête du premier tour avec 12 540 voix, soit 41,8 % "
           "des suffrages exprimés. Elle devance Paul Garnier, qui obtient {rival}.\n\n"
           "{city}\n")
_CITY = "À Annecy, Paul Garnier réunit 4 450 des 10 000 suffrages, soit 44,5 %."


@pytest.mark.parametrize("text,expected", [
    # a title share left from partial results, against the lead share told with its votes and a
    # rival's smaller one in the next sentence; a district's share of its own whole excuses nothing
    (_RESULT.format(t="44", rival="10 080 voix (33,6 %)", city=_CITY), ["NUM201"]),
    (_RESULT.format(t="44", rival="10 080 voix (33,6 %)", city=""), ["NUM201"]),
    # quiet: the title rounds the body's share
    (_RESULT.format(t="42", rival="10 080 voix (33,6 %)", city=_CITY), []),
    # quiet: the same district share in no place the text names may be the title's value
    (_RESULT.format(t="44", rival="10 080 voix (33,6 %)",
                    city="Dans le centre, Paul Garnier réunit 4 450 des 10 000 suffrages, soit 44,5 %."),
     []),
    # quiet: the body gives the title's value, of no other place's whole
    (_RESULT.format(t="44", rival="10 080 voix (33,6 %)",
                    city="Au second tour de 2020, Claire Morel avait obtenu 44 % des voix."), []),
])
def test_title_share_against_counted_result(text, expected):
    assert codes(text, "NUM201") == expected


_UNNAMED = ("# Municipales : la maire sortante en tête avec 44 % des voix\n\n**Un second tour aura "
            "lieu.**\n\nDimanche, Claire Morel est arrivée en tête du premier tour avec 12 540 voix, "
            "soit 41,8 % des suffrages exprimés. Elle devance Paul Garnier, qui obtient {x}.\n")


@pytest.mark.parametrize("text,expected", [
    (_UNNAMED.format(x="10 080 voix (33,6 %)"), ["NUM201"]),
    # quiet: the rival's share told without his votes, or larger (no result of a leader)
    (_UNNAMED.format(x="33,6 %"), []),
    (_UNNAMED.format(x="10 080 voix (53,6 %)"), []),
])
def test_unnamed_title_share_against_counted_result(text, expected):
    assert codes(text, "NUM201") == expected


_BUDGET = ("Sénégal : le budget 2027 adopté par les députés\n"
           "Le texte prévoit 3 200 milliards d'investissements, dont 610 milliards pour l'énergie.\n"
           "Les députés ont adopté samedi la loi de finances. Les dépenses se répartissent entre "
           "4 100 milliards pour le fonctionnement et 3 200 milliards pour l'investissement. {x}\n")


@pytest.mark.parametrize("text,expected", [
    # the standfirst's part of a whole the body repeats, never given in the body
    (_BUDGET.format(x="Le déficit est attendu à 3 %."), ["NUM202"]),
    (_BUDGET.format(x="Les recettes fiscales devraient rapporter près de 500 milliards de plus."),
     ["NUM202"]),
    # quiet: the body gives the part, rounded, or the rest, or its share of the whole
    (_BUDGET.format(x="L'énergie recevra un peu plus de 600 milliards."), []),
    (_BUDGET.format(x="Les transports recevront 2 590 milliards, le reste ira à l'énergie."), []),
    (_BUDGET.format(x="L'énergie en recevra 19 %."), []),
])
def test_standfirst_dont_part(text, expected):
    assert codes(text, "NUM202") == expected


def test_standfirst_dont_part_whole_not_repeated():
    # quiet: the body never gives the whole either, so the standfirst is context of its own
    text = ("Sénégal : le budget 2027 adopté\nLe texte prévoit 3 200 milliards d'investissements, "
            "dont 610 milliards pour l'énergie.\nLes députés ont adopté samedi la loi de finances, "
            "avec 4 100 milliards pour le fonctionnement.\n")
    assert codes(text, "NUM202") == []
