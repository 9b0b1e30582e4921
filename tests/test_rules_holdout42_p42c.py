"""Holdout 42 (p42c): patterns from unseen articles, on sentences written for the tests."""
from _lint_kit import codes

H = "Épizootie : la situation dans l'Ouest\nLe point a été publié lundi.\n"


def test_302_colon_places_after_verb_phrase_fires():
    assert codes(H + "Au total, 52 foyers ont été détectés dans les élevages depuis le 3 septembre : "
                 "30 en Vendée, 15 en Loire-Atlantique et 12 en Mayenne.\n", "NUM302") == ["NUM302"]
    assert codes(H + "Les vétérinaires ont recensé 27 cas depuis la rentrée : 14 dans l'Orne, "
                 "9 dans la Manche et 6 dans le Calvados.\n", "NUM302") == ["NUM302"]


def test_302_colon_places_after_verb_phrase_quiet():
    # parts that fit
    assert codes(H + "Au total, 52 foyers ont été détectés dans les élevages depuis le 3 septembre : "
                 "30 en Vendée, 15 en Loire-Atlantique et 7 en Mayenne.\n", "NUM302") == []
    # another count between the whole and the colon: which one is split? quiet
    assert codes(H + "On a détecté 52 foyers, contre 20 l'an dernier à la même date : "
                 "30 en Vendée, 15 en Loire-Atlantique et 12 en Mayenne.\n", "NUM302") == []
    # a clause of its own before the colon
    assert codes(H + "Les 52 foyers ont été détectés en trois semaines et la préfecture s'inquiète : "
                 "30 communes en Vendée, 15 en Loire-Atlantique et 12 en Mayenne sont touchées.\n",
                 "NUM302") == []

