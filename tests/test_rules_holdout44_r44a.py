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


# --- « Sur ces N, X apporte A, Y B, Z (long label) C, et W D »: label-first items, verb dropped ---

_OPEN = "Le festival dispose de 12 millions d'euros. "


def test_sur_ces_long_label_item_fires():
    t = _OPEN + ("Sur ces 12 millions, le mécénat fournit à lui seul 5 millions, la billetterie "
                 "6,5 millions, les aides accordées par la région Occitanie et la ville 2 millions, "
                 "et les buvettes 1,2 million.")
    assert codes(t, "NUM302", path="a.txt") == ["NUM302"]


def test_sur_ces_long_label_pese_fires():
    t = _OPEN + ("Sur ces 12 millions, le mécénat pèse 5 millions, la billetterie 6,5 millions, la "
                 "subvention versée par le conseil départemental du Gard 2 millions et les buvettes "
                 "1,2 million.")
    assert codes(t, "NUM302", path="a.txt") == ["NUM302"]


def test_sur_ces_long_label_within_whole_quiet():
    t = _OPEN + ("Sur ces 12 millions, le mécénat fournit à lui seul 5 millions, la billetterie "
                 "3,5 millions, les aides accordées par la région Occitanie et la ville 2 millions, "
                 "et les buvettes 1,2 million.")
    assert codes(t, "NUM302", path="a.txt") == []


def test_sur_ces_then_clause_of_its_own_quiet():
    t = _OPEN + ("Sur ces 12 millions, le mécénat fournit 5 millions, la billetterie 4,5 millions, "
                 "tandis que les dépenses artistiques de cette édition atteignent 9 millions.")
    assert codes(t, "NUM302", path="a.txt") == []


def test_sur_ces_then_participle_clause_quiet():
    t = _OPEN + ("Sur ces 12 millions, le mécénat fournit 5 millions, la billetterie 4,5 millions, "
                 "les dépenses artistiques de cette édition atteignant pour leur part 9 millions.")
    assert codes(t, "NUM302", path="a.txt") == []
