"""NUM305, NUM202, NUM101 and NUM302 on patterns met in the thirty-first holdout."""
import pytest

from _lint_kit import codes


def article(body: str, title: str = "Bilan de l'année", lede: str = "Les chiffres sont tombés.") -> str:
    return f"{title}\n{lede}\n\n{body}\n"


# -- NUM305: « passe de A à B, soit …, ; ailleurs, de C à D, un repli de G »: the second pair, ---
# its verb elided, is a change of its own; the gap stated after it is its own
@pytest.mark.parametrize("body,found", [
    ("Chez les hommes, le taux d'emploi passe de 61,2 % à 62,0 %, soit un gain de 0,8 point ; "
     "chez les femmes, de 48,5 % à 50,1 %, une hausse de 1,6 point.", []),
    ("Dans le Nord, la part des trajets à vélo est passée de 4,0 % à 5,5 %, soit 1,5 point de plus ; "
     "dans le Sud, de 2,5 % à 2,9 %, une progression de 0,4 point.", []),
    # near misses: the elided pair does not give its stated gap, the first pair still checked
    ("Chez les hommes, le taux d'emploi passe de 61,2 % à 62,0 %, soit un gain de 0,8 point ; "
     "chez les femmes, de 48,5 % à 50,1 %, une hausse de 2,6 points.", ["NUM305"]),
    ("Chez les hommes, le taux d'emploi passe de 61,2 % à 62,0 %, soit un gain de 1,8 point ; "
     "chez les femmes, de 48,5 % à 50,1 %, une hausse de 1,6 point.", ["NUM305"]),
])
def test_num305_elided_second_change_owns_its_gap(body, found):
    assert codes(article(body), "NUM305") == found


# -- NUM202: « 2,4 millions d'euros de bénéfice » in the title, « le bénéfice de 2,4 millions » --
# in the body: the measure named after the sum in the title, its currency left unsaid in the body
@pytest.mark.parametrize("title,body,found", [
    ("La coopérative dégage 2,4 millions d'euros de bénéfice",
     "Les ventes ont atteint 41,5 millions d'euros. Le bénéfice de 2,4 millions sera reversé aux "
     "adhérents.", []),
    ("Le club affiche 0,8 million de francs de déficit",
     "La saison a coûté cher. Le déficit de 0,8 million sera couvert par les réserves.", []),
    # near misses: another value, or another measure, in the body
    ("La coopérative dégage 2,4 millions d'euros de bénéfice",
     "Les ventes ont atteint 41,5 millions d'euros. Le bénéfice de 2,1 millions sera reversé aux "
     "adhérents.", ["NUM202"]),
    ("Le club affiche 0,8 million de francs de déficit",
     "La saison a coûté cher. Le bénéfice de 0,8 million sera versé aux réserves.", ["NUM202"]),
])
def test_num202_title_names_the_measure_after_its_sum(title, body, found):
    assert codes(article(body, title=title), "NUM202") == found


# -- NUM101: a verb of bounds, then a time adverb, then « de X à Y » (« varie aujourd'hui de ») ---
@pytest.mark.parametrize("body,found", [
    ("Le loyer d'un studio varie aujourd'hui de 720 à 540 euros selon le quartier.", ["NUM101"]),
    ("Le prix du ticket oscille désormais de 14 à 9 euros selon l'horaire.", ["NUM101"]),
    # quiet: the bounds in order, or a change (« passé aujourd'hui de … à … »)
    ("Le loyer d'un studio varie aujourd'hui de 540 à 720 euros selon le quartier.", []),
    ("Le loyer moyen est passé aujourd'hui de 720 à 540 euros après la baisse des taux.", []),
])
def test_num101_bounds_verb_then_time_adverb(body, found):
    assert codes(article(body), "NUM101") == found


# -- NUM302: an approximate whole written to three figures or more (« quelque 38 400 ») --------
# allows a few per cent, not 10 %
@pytest.mark.parametrize("body,found", [
    ("La grève concerne les quelque 27 300 agents de la ville, dont 15 900 titulaires et "
     "13 600 contractuels.", ["NUM302"]),
    ("Le département emploie environ 4 620 agents, dont 2 810 titulaires et 2 140 contractuels.",
     ["NUM302"]),
    # quiet: a few per cent over a « quelque », or a round whole whose « environ » is wide
    ("La grève concerne les quelque 27 300 agents de la ville, dont 15 900 titulaires et "
     "12 100 contractuels.", []),
    ("La grève concerne environ 40 000 agents, dont 25 000 titulaires et 18 000 contractuels.", []),
    ("La grève concerne les quelque 27 300 agents de la ville, dont 15 900 titulaires et "
     "11 000 contractuels.", []),
])
def test_num302_approximate_whole_of_three_figures(body, found):
    assert codes(article(body), "NUM302") == found
