"""Holdout 55 (j55a): NUM301 / NUM302 patterns."""
from _lint_kit import codes


# NUM301: a span counted in words, a total, then after a colon one part per day (or place)
def test_span_groups_fire_days():
    t = ("Sur les trois jours, le salon a accueilli 48 000 visiteurs : 12 000 le vendredi, "
         "15 000 le samedi et 16 000 le dimanche.")
    assert "NUM301" in codes(t, "NUM301", path="a.txt")


def test_span_groups_fire_pour_le():
    t = ("En deux soirées, la salle a vendu 9 600 billets : 4 100 pour le samedi "
         "et 4 300 pour le dimanche.")
    assert "NUM301" in codes(t, "NUM301", path="a.txt")


def test_span_groups_quiet_sum_right():
    t = ("Sur les trois jours, le salon a accueilli 43 000 visiteurs : 12 000 le vendredi, "
         "15 000 le samedi et 16 000 le dimanche.")
    assert "NUM301" not in codes(t, "NUM301", path="a.txt")


def test_span_groups_quiet_fewer_parts_than_days():
    t = ("Sur les quatre jours, le salon a accueilli 48 000 visiteurs : 12 000 le vendredi, "
         "15 000 le samedi et 16 000 le dimanche.")
    assert "NUM301" not in codes(t, "NUM301", path="a.txt")


def test_span_groups_quiet_no_span():
    t = ("Le salon a accueilli 48 000 visiteurs : 12 000 le vendredi, "
         "15 000 le samedi et 16 000 le dimanche.")
    assert "NUM301" not in codes(t, "NUM301", path="a.txt")


def test_span_groups_quiet_approx_part():
    t = ("Sur les trois jours, le salon a accueilli 48 000 visiteurs : environ 12 000 le vendredi, "
         "15 000 le samedi et 16 000 le dimanche.")
    assert "NUM301" not in codes(t, "NUM301", path="a.txt")
