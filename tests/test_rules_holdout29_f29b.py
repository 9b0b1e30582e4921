"""The twenty-ninth holdout's misses (f29b), by pattern: a price range opened by a participle of
sale (« vendues de 30 à 95 euros ») is a range of prices, not a change."""
import pytest

from numlint.engine import Settings, lint


def codes(text: str, select: str):
    return [d.code for d in lint(text, path="article.txt", settings=Settings(select=[select]))]


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
