"""Rules on the forty-sixth holdout's misses, by pattern (branch t46c)."""
import pytest

from _lint_kit import codes


@pytest.mark.parametrize("text,expected", [
    # from Thursday 12 to Sunday 15 March is three days (four counting both ends), not seven
    ("Météo\nLa tempête a frappé la côte du jeudi 12 au dimanche 15 mars. Pendant ces sept jours, "
     "les écoles sont restées fermées.\n", ["NUM403"]),
    ("Météo\nLa tempête a frappé la côte du jeudi 12 au dimanche 15 mars. Ces sept jours de vent "
     "ont coûté cher aux pêcheurs.\n", ["NUM403"]),
    ("Météo\nLa tempête a frappé la côte du jeudi 12 au dimanche 15 mars. Durant ces sept jours, les ferries "
     "n'ont pas navigué.\n", ["NUM403"]),
    ("Météo\nLa tempête a frappé la côte du jeudi 12 au dimanche 15 mars. En ces sept jours, il est tombé 200 mm.\n",
     ["NUM403"]),
    # the count fits the span
    ("Météo\nLa tempête a frappé la côte du jeudi 12 au dimanche 15 mars. Pendant ces quatre jours, "
     "les écoles sont restées fermées.\n", []),
    # no demonstrative: the length may be another stretch
    ("Météo\nLa tempête a frappé la côte du jeudi 12 au dimanche 15 mars. Pendant sept jours, "
     "les écoles sont restées fermées.\n", []),
    # the sentence before tells another length the demonstrative may take up
    ("Météo\nAprès sept jours de pluie, la tempête a frappé la côte du jeudi 12 au dimanche 15 mars. Pendant ces "
     "sept jours, les écoles sont restées fermées.\n", []),
    # only some of the span's days
    ("Social\nLa grève a touché le réseau du lundi 2 au vendredi 20 mars. Pendant ces sept jours ouvrés, aucun "
     "train n'a circulé.\n", []),
    # « ces N derniers jours »: up to now, not the span
    ("Météo\nLa tempête a frappé la côte du jeudi 12 au dimanche 15 mars. Ces sept derniers jours, il a plu "
     "sans arrêt.\n", []),
])
def test_demonstrative_length_takes_up_the_span_before(text, expected):
    assert codes(text, "NUM403", path="a.txt") == expected
