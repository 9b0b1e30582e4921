"""Holdout 39 (f39b), by pattern: parts told as the whole's every part (« A, avec N, B, avec M, et
C, avec P, se partagent la totalité des T ») must add up to it (NUM301)."""
import pytest

from _lint_kit import codes


@pytest.mark.parametrize("text,expected", [
    # the three districts share all the cases: 510 + 230 + 140 = 880, not 905
    ("Grippe en Savoie\nLe virus recule.\nChambéry, avec 510 cas, Albertville, avec 230 cas, et "
     "Modane, avec 140 cas, se partagent la totalité des 905 cas recensés.\n", ["NUM301"]),
    ("Grippe en Savoie\nLe virus recule.\nChambéry, avec 510 cas, et Albertville, avec 230 cas, "
     "se partagent les 905 cas recensés cette semaine.\n", ["NUM301"]),
    # the parts add up: quiet
    ("Grippe en Savoie\nLe virus recule.\nChambéry, avec 510 cas, Albertville, avec 230 cas, et "
     "Modane, avec 165 cas, se partagent la totalité des 905 cas recensés.\n", []),
    # the holders share the rest of a whole, not the whole: quiet
    ("Grippe en Savoie\nLe virus recule.\nChambéry, avec 510 cas, Albertville, avec 230 cas, et "
     "les autres communes se partagent les 905 cas restants.\n", []),
    ("Grippe en Savoie\nLe virus recule.\nChambéry compte 510 cas et Albertville 230 cas ; les "
     "petites communes se partagent les 95 autres cas.\n", []),
    # one part only, or « la totalité » without a verb of sharing: quiet
    ("Grippe en Savoie\nLe virus recule.\nChambéry, avec 510 cas, ne compte pas la totalité des "
     "905 cas recensés.\n", []),
])
def test_parts_shared_as_the_whole_add_up(text, expected):
    assert codes(text, "NUM301", path="a.txt") == expected
