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


@pytest.mark.parametrize("text,expected", [
    # « à eux seuls »: a part of the count of its noun told just before, here above it
    ("Aéroport de Nantes\nLe trafic progresse.\nL'aéroport a accueilli au total 4 300 vols cette "
     "année. Les vols à bas coût, à eux seuls, en représentent 4 650, devant les vols réguliers.\n",
     []),  # « en représentent »: no noun of its own, unsure: quiet
    ("Aéroport de Nantes\nLe trafic progresse.\nLa marina a enregistré 2 640 escales de voiliers "
     "cette saison. Les bateaux étrangers, à eux seuls, y ont fait escale 2 910 fois, devant les "
     "plaisanciers bretons.\n", ["NUM302"]),
    ("Aéroport de Nantes\nLe trafic progresse.\nLe musée a reçu 3 100 visiteurs en juillet. Les "
     "scolaires, à eux seuls, ont représenté 3 450 visiteurs sur le mois.\n", ["NUM302"]),
    # the part within its whole: quiet
    ("Aéroport de Nantes\nLe trafic progresse.\nLa marina a enregistré 2 640 escales de voiliers "
     "cette saison. Les bateaux étrangers, à eux seuls, y ont fait escale 1 910 fois.\n", []),
    # another moment: not a part of that whole
    ("Aéroport de Nantes\nLe trafic progresse.\nLe musée a reçu 3 100 visiteurs en juillet. En "
     "2019, les scolaires, à eux seuls, avaient représenté 3 450 visiteurs.\n", []),
    # siblings after the part (« devant … (N) »), not more parts; and one city set against another
    ("Aéroport de Nantes\nLe trafic progresse.\nLe musée a reçu 3 100 visiteurs en juillet. Les "
     "scolaires, à eux seuls, ont représenté 1 900 visiteurs, devant les touristes (1 300 "
     "visiteurs).\n", []),
    ("Aéroport de Nantes\nLe trafic progresse.\nLyon a reçu 3 100 visiteurs en juillet. Marseille, "
     "à elle seule, a reçu 3 450 visiteurs.\n", []),
])
def test_part_told_alone_within_whole_before(text, expected):
    assert codes(text, "NUM302", path="a.txt") == expected
