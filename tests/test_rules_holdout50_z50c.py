"""Round 50 (z50c): patterns behind unseen-article misses, on sentences of our own."""
from _lint_kit import codes


# NUM501: « environ » widens by the step the converted number is written to, not a flat tenth
def _t(s):
    return "Sécheresse\n" + s + "\n"


def test_num501_about_too_far_for_its_precision_fires():
    assert codes(_t("Le barrage culmine à 1 046 pieds (environ 340 mètres) au-dessus du lit."), "NUM501") == ["NUM501"]
    assert codes(_t("La retenue est descendue à 2 130 pieds (près de 690 mètres)."), "NUM501") == ["NUM501"]


def test_num501_about_rounded_conversions_quiet():
    for s in ("La boucle fait 1 mile (environ 1,6 km).", "Ils ont marché 3 miles (environ 5 km).",
              "Le sommet est à 5 000 pieds (environ 1 500 mètres).", "L'épreuve couvre 26,2 miles (environ 42 km).",
              "Le barrage culmine à 1 046 pieds (environ 320 mètres) au-dessus du lit.",
              "La citerne contient 100 gallons (environ 400 litres)."):
        assert codes(_t(s), "NUM501") == [], s
