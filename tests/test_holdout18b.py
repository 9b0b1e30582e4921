"""NUM304 and NUM202 on patterns met in the eighteenth holdout: a vote's results told over two
sentences (the rest of the field after the leaders)."""
import pytest

from numlint.engine import Settings, lint


def found(body: str, select: str = "NUM3"):
    text = "Titre de l'article\nUn chapeau sans chiffre.\n" + body + "\n"
    return [d.code for d in lint(text, path="article.txt", settings=Settings(select=[select]))]


# -- NUM304: the two leaders' scores, then the rest of the field in the next sentence ----------
_LEADERS = ("À Bordeaux, la liste écologiste obtient {} % des suffrages, devant celle de la droite, "
            "qui recueille {} %. ")


@pytest.mark.parametrize("body,codes", [
    # 44,2 + 35,1 + 13,6 + 9,3 = 102,2
    (_LEADERS.format("44,2", "35,1") + "Le Rassemblement national (RN) obtient 13,6 % et Lutte "
     "ouvrière 9,3 %.", ["NUM304"]),
    (_LEADERS.format("44,2", "35,1") + "La liste d'extrême gauche recueille 13,6 %, les "
     "régionalistes 9,3 %.", ["NUM304"]),
    (_LEADERS.format(51, 30) + "La liste divers gauche obtient 13 % et Lutte ouvrière 9 %.", ["NUM304"]),
    (_LEADERS.format(51, 30) + "La liste citoyenne totalise 22 %.", ["NUM304"]),
    # a contender named by its acronym in brackets, after a split of four
    ("Dans ce canton, le sortant obtient 52 % des voix, la gauche 27 % et les écologistes 15 %. "
     "Le Parti communiste français (PCF) obtient 10 %.", ["NUM304"]),
    # quiet: a bracket that sets another scene, not a contender's acronym
    ("Dans ce canton, le sortant obtient 52 % des voix, la gauche 27 % et les écologistes 15 %. "
     "Le Parti communiste (en 2015) obtient 10 %.", []),
    # near misses, quiet: the four shares make 100 within rounding
    (_LEADERS.format("44,2", "35,1") + "Le Rassemblement national (RN) obtient 12,4 % et Lutte "
     "ouvrière 8,3 %.", []),
    # another place, moment or population: another split
    (_LEADERS.format("44,2", "35,1") + "À Mérignac, le RN obtient 13,6 % et Lutte ouvrière 9,3 %.", []),
    (_LEADERS.format("44,2", "35,1") + "En 2020, le RN obtenait 23,6 % et Lutte ouvrière 9,3 %.", []),
    (_LEADERS.format("44,2", "35,1") + "Le RN obtient 13,6 % chez les jeunes et 9,3 % chez les retraités.", []),
    # the next sentence's shares are of a noun of their own, or not the rest of the field
    (_LEADERS.format("44,2", "35,1") + "Le RN obtient 13,6 % d'opinions favorables et LO 9,3 %.", []),
    (_LEADERS.format(41, 22) + "La liste de gauche obtient 29 % au premier tour et LO 12 %.", []),
    # the first sentence gives one share only: nothing says the next one goes on with it
    ("La liste écologiste obtient 48 % des suffrages. Le RN obtient 40 % et LO 15 %.", []),
    # the first share is no share of a vote
    ("La liste écologiste obtient 48 % d'opinions favorables, devant la droite, qui recueille "
     "35 %. Le RN obtient 13 % et LO 9 %.", []),
])
def test_num304_the_rest_of_the_field_in_the_next_sentence(body, codes):
    assert found(body, "NUM304") == codes


# -- NUM202: a standfirst's part of a whole (« 316 des 360 communes ») that the body never counts -
def lint202(lede: str, body: str):
    text = "Régionales : les écologistes gardent la main\n" + lede + "\n" + body + "\n"
    return [(d.code, d.line) for d in lint(text, path="article.txt", settings=Settings(select=["NUM202"]))]


_SEATS = "Les écologistes conservent {} des 58 sièges du conseil régional, selon les résultats définitifs."
_BODY = ("Dimanche, les électeurs ont renouvelé les 58 sièges de l'assemblée régionale. Les écologistes "
         "restent largement majoritaires, devant une droite en recul. {}")


@pytest.mark.parametrize("lede,body,codes", [
    (_SEATS.format(41), _BODY.format("La participation atteint 47 %."), [("NUM202", 2)]),
    ("La coalition remporte 27 des 40 districts, selon la commission électorale.",
     "La commission électorale a publié mardi les résultats des 40 districts du pays. La coalition "
     "sortante l'emporte dans la plupart d'entre eux.", [("NUM202", 2)]),
    # near misses, quiet: the body gives the part, the rest of the whole, or counts of the noun
    (_SEATS.format(41), _BODY.format("Ils obtiennent 41 sièges, trois de moins qu'en 2021."), []),
    (_SEATS.format(41), _BODY.format("L'opposition n'en garde que 17."), []),
    (_SEATS.format(41), _BODY.format("Ils gagnent 24 sièges dans les villes et 17 dans les campagnes."), []),
    (_SEATS.format(41), _BODY.format("La droite obtient 11 sièges."), []),
    # the body never gives the whole either: the standfirst's context, left alone
    (_SEATS.format(41), "Dimanche, les écologistes restent largement majoritaires. La participation "
     "atteint 47 %.", []),
    # an approximate part, a part in words, a standfirst with other figures of its own
    (_SEATS.format("près de 41"), _BODY.format("La participation atteint 47 %."), []),
    ("Les écologistes conservent trois des cinq sièges du conseil.",
     "Dimanche, les électeurs ont renouvelé les 5 sièges du conseil. Les écologistes restent "
     "majoritaires.", []),
    ("Les écologistes conservent 41 des 58 sièges, avec 38 % des voix.",
     _BODY.format("La participation atteint 47 %."), []),
])
def test_num202_a_standfirst_part_the_body_never_counts(lede, body, codes):
    assert lint202(lede, body) == codes


def test_num202_a_standfirst_part_message():
    (d,) = lint(_SEATS.format(41).join(("Régionales : les écologistes gardent la main\n", "\n"))
                + _BODY.format("La participation atteint 47 %.") + "\n", path="article.txt",
                settings=Settings(select=["NUM202"]))
    assert d.message == ("le chapeau annonce 41 des 58 sièges, un chiffre que le texte ne donne "
                         "nulle part")


@pytest.mark.parametrize("title", [
    "Vigilance rouge dans le Gard : jusqu'à 300 mm de pluie attendus",
    "Orages : jusqu'à 300 mm de pluie en 24 heures",
])
def test_num202_a_headline_peak_is_not_checked_against_the_readings(title):
    # « jusqu'à 300 mm » in a title is as often a forecast as a peak reached: the body's readings
    # so far (85 mm, 120 mm) do not contradict it, and the text cannot tell which it is
    text = (f"{title}\nMétéo-France a relevé jeudi soir le niveau d'alerte.\n\n"
            "Il est déjà tombé 85 mm à Nîmes et 120 mm à Alès, selon les relevés de 8 heures.\n\n"
            "Les écoles resteront fermées vendredi dans 140 communes.\n")
    assert lint(text, path="a.txt", settings=Settings(select=["NUM202"])) == []
