"""The twenty-ninth holdout's misses (f29b), by pattern: a price range opened by a participle of
sale (« vendues de 30 à 95 euros ») is a range of prices, not a change."""
import pytest

from _lint_kit import codes


@pytest.mark.parametrize("sentence,expected", [
    ("Les billets, vendus de 120 à 45 francs, sont partis en une heure.", ["NUM101"]),
    ("Les abonnements sont proposés de 80 à 25 euros selon la catégorie.", ["NUM101"]),
    ("Les chambres, affichées de 340 à 150 euros la nuit, restent vides.", ["NUM101"]),
    ("Les consultations sont facturées de 90 à 60 euros.", ["NUM101"]),
    ("Les billets, vendus de 45 à 120 francs, sont partis en une heure.", []),
    ("Les abonnements sont proposés de 25 à 80 euros selon la catégorie.", []),
    # a change of price is no range, sale or not
    ("Les billets, soldés de 120 à 45 francs, sont partis en une heure.", []),
    ("Le prix des billets vendus est passé de 120 à 45 francs en un an.", []),
    ("Les tarifs, ramenés de 120 à 45 francs, attirent les familles.", []),
])
def test_price_range_after_a_participle_of_sale(sentence, expected):
    assert codes("Billetterie du festival\n" + sentence + "\n", "NUM101") == expected


@pytest.mark.parametrize("sentence,expected", [
    # 70 m = 76,6 yd; 100 yd = 91,4 m
    ("L'ailier a conclu une course de 70 mètres (95 yards) sous les poteaux.", ["NUM501"]),
    ("Le quarterback a lancé une passe de 40 yards (55 mètres) vers la zone d'en-but.", ["NUM501"]),
    ("L'ailier a conclu une course de 70 mètres (77 yards) sous les poteaux.", []),
    ("Le quarterback a lancé une passe de 100 yards (91 mètres) vers la zone d'en-but.", []),
    ("Le trou numéro 7 mesure 450 yards, soit environ 410 mètres.", []),
])
def test_yards_converted(sentence, expected):
    assert codes("Sport\n" + sentence + "\n", "NUM501") == expected


_POLL = "Sondage : les vacances d'été des Suisses\nUn sondage de l'institut Sotomo a été publié lundi. {}\n"


@pytest.mark.parametrize("sentences,expected", [
    # 41 + 44 + 21 = 106: one question's three answers over two sentences
    ("Selon ce sondage, 41 % des Suisses comptent dépenser moins pour leurs vacances. Ils sont "
     "44 % à prévoir un budget identique et 21 % à vouloir dépenser davantage.", ["NUM304"]),
    ("Selon ce sondage, 41 % des Suisses comptent voyager plus. Elles sont 44 % à prévoir un "
     "budget stable et 21 % à envisager de dépenser moins.", ["NUM304"]),
    ("Selon ce sondage, 35 % des Suisses comptent dépenser moins pour leurs vacances. Ils sont "
     "44 % à prévoir un budget identique et 21 % à vouloir dépenser davantage.", []),
    # two answers only (less, more), the third share of another question: not one split
    ("Selon ce sondage, 41 % des Suisses comptent dépenser moins pour leurs vacances. Ils sont "
     "44 % à partir en train et 21 % à vouloir dépenser davantage.", []),
    # « au moins », « de plus »: no answer
    ("Selon ce sondage, 41 % des Suisses partiront au moins une semaine. Ils sont 44 % à prévoir "
     "un budget identique et 21 % à en parler de plus en plus.", []),
])
def test_poll_more_same_less_over_two_sentences(sentences, expected):
    assert codes(_POLL.format(sentences), "NUM304") == expected


@pytest.mark.parametrize("sentence,expected", [
    ("Avec 3 titres, 2 médailles d'argent et 4 de bronze, soit 10 médailles, la Tunisie finit "
     "deuxième.", ["NUM301"]),
    ("La Suisse repart avec 1 médaille d'or, 2 d'argent et 2 de bronze, soit 6 médailles.", ["NUM301"]),
    ("Avec 3 titres, 2 médailles d'argent et 4 de bronze, soit 9 médailles, la Tunisie finit "
     "deuxième.", []),
    ("La Suisse repart avec 1 médaille d'or, 2 d'argent et 2 de bronze, soit 5 médailles.", []),
    # a count of something else in the sentence: which counts add up is unsure
    ("Avec 12 judokas, 3 titres et 4 médailles de bronze, soit 10 médailles, la Tunisie finit "
     "deuxième.", []),
    # « soit » after one count restates it, it sums nothing
    ("La Tunisie a décroché 3 titres, soit 3 médailles d'or.", []),
])
def test_medal_tally_closed_by_soit(sentence, expected):
    assert codes("Championnats d'Afrique de judo\n" + sentence + "\n", "NUM301") == expected
