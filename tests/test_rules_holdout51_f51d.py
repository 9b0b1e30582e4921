"""Holdout 51 (f51d): NUM305 and NUM501 patterns, in sentences of our own."""
from _lint_kit import codes

HEAD = "Résultats : le groupe en progrès\nLe groupe a publié ses comptes annuels.\n"


# NUM305: « a bondi de P %, à B, après A » (the earlier value after « après », as after « contre »)
def test_change_then_level_then_apres_fires():
    t = HEAD + "Le résultat net s'est envolé de 25 %, à 52,4 millions d'euros, après 47,1 millions l'an dernier.\n"
    assert codes(t, "NUM305") == ["NUM305"]


def test_fall_verb_then_level_then_apres_fires():
    t = HEAD + "Les ventes se sont effondrées de 30 %, à 8 millions d'euros, après 9,6 millions en 2024.\n"
    assert codes(t, "NUM305") == ["NUM305"]


def test_change_then_level_then_apres_right_quiet():
    t = HEAD + "Le résultat net s'est envolé de 11 %, à 52,4 millions d'euros, après 47,1 millions l'an dernier.\n"
    assert codes(t, "NUM305") == []


def test_apres_a_span_not_a_value_quiet():
    t = HEAD + "La dette a grimpé de 30 %, à 12 millions d'euros, après deux années de baisse.\n"
    assert codes(t, "NUM305") == []


def test_apres_another_holder_quiet():
    t = HEAD + "Le résultat a grimpé de 30 %, à 12 millions d'euros, après 14 millions pour sa filiale.\n"
    assert codes(t, "NUM305") == []
