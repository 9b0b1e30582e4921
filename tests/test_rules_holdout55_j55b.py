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
