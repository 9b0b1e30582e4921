from _lint_kit import codes


def _c(text, code):
    return codes("Titre\n" + text + "\n", code, path="a.txt")


# NUM501: « environ » after the converted number, inside the bracket
def test_501_about_after_number_fires():
    assert _c("Les cendres montent à 22 000 pieds (4 100 mètres environ) au-dessus du volcan.", "NUM501") == ["NUM501"]
    assert _c("Le sentier grimpe sur 10 miles (8 kilomètres environ) jusqu'au col.", "NUM501") == ["NUM501"]


def test_501_about_after_number_quiet():
    assert _c("Les cendres montent à 22 000 pieds (6 700 mètres environ) au-dessus du volcan.", "NUM501") == []
    assert _c("Le sentier grimpe sur 10 miles (16 kilomètres environ) jusqu'au col.", "NUM501") == []
    assert _c("Les cendres montent à 22 000 pieds (6 500 mètres environ) au-dessus du volcan.", "NUM501") == []


# NUM501: a rate « par an », « par jour » between the quantity and its bracketed conversion
def test_501_rate_then_bracket_fires():
    assert _c("Une famille utilise 150 m³ par an (15 000 litres) pour sa maison.", "NUM501") == ["NUM501"]
    assert _c("Chaque habitant jette 2 kg par semaine (200 grammes) de plastique.", "NUM501") == ["NUM501"]


def test_501_rate_then_bracket_quiet():
    assert _c("Une famille utilise 150 m³ par an (150 000 litres) pour sa maison.", "NUM501") == []
    # the bracket may give the total over a longer period
    assert _c("Chaque habitant consomme 150 litres par jour (55 m³) dans la ville.", "NUM501") == []
    assert _c("Une famille utilise 150 m³ par an (410 litres par jour) pour sa maison.", "NUM501") == []
    assert _c("Chaque habitant jette 2 kg par semaine (2 000 grammes) de plastique.", "NUM501") == []


# NUM303: « N milliards des M milliards, soit près des deux tiers »: a fraction of amounts with a scale word
def test_303_scaled_part_fraction_fires():
    assert _c("Les régions ont versé à elles seules 1,9 milliard des 5 milliards promis, soit près des trois quarts.", "NUM303") == ["NUM303"]
    assert _c("Les mécènes ont donné 1,2 million des 4 millions attendus, soit plus de la moitié.", "NUM303") == ["NUM303"]


def test_303_scaled_part_fraction_quiet():
    assert _c("Les régions ont versé à elles seules 3,7 milliards des 5 milliards promis, soit près des trois quarts.", "NUM303") == []
    assert _c("Les mécènes ont donné 1,3 million des 4 millions attendus, soit près d'un tiers.", "NUM303") == []
    assert _c("Les mécènes ont donné 1,2 million des 4 millions attendus, soit moins d'un tiers.", "NUM303") == []
