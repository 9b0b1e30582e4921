"""Holdout 44 (r44a): NUM302 parts above their whole."""
from _lint_kit import codes


# --- a « dont » list of scaled parts touching the whole's rounding edge (float scale) ---

def test_billion_parts_sum_above_whole_fires():
    t = ("Les dépenses du canton s'élèveraient à 3,2 milliards de francs, dont 1,4 milliard pour "
         "les hôpitaux, 1,1 milliard pour les écoles et 0,9 milliard pour les routes.")
    assert codes(t, "NUM302", path="a.txt") == ["NUM302"]


def test_million_parts_sum_above_whole_fires():
    t = ("Le musée a dépensé 5,3 millions d'euros, dont 2,4 millions en travaux, 1,7 million en "
         "salaires et 1,4 million en communication.")
    assert codes(t, "NUM302", path="a.txt") == ["NUM302"]


def test_billion_parts_within_rounding_quiet():
    t = ("Les dépenses du canton s'élèveraient à 3,2 milliards de francs, dont 1,4 milliard pour "
         "les hôpitaux, 1,1 milliard pour les écoles et 0,8 milliard pour les routes.")
    assert codes(t, "NUM302", path="a.txt") == []


def test_billion_two_parts_inside_slack_quiet():
    t = ("Les dépenses du canton s'élèveraient à 3,2 milliards de francs, dont 1,4 milliard pour "
         "les hôpitaux et 1,85 milliard pour les écoles.")
    assert codes(t, "NUM302", path="a.txt") == []


def test_million_parts_equal_whole_quiet():
    t = ("Le musée a dépensé 5,3 millions d'euros, dont 2,4 millions en travaux, 1,6 million en "
         "salaires et 1,3 million en communication.")
    assert codes(t, "NUM302", path="a.txt") == []
