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


_P = "Les résultats provisoires ont été publiés dans la nuit.\n"


@pytest.mark.parametrize("text,expected", [
    # the title's floor on the turnout, the body's one turnout well below it
    ("Municipales : une participation supérieure à 45 %\n" + _P +
     "Le taux de participation s'établit à 38,1 %.\n", ["NUM201"]),
    ("Législatives : une participation de plus de 50 %\n" + _P +
     "La participation a atteint 44,2 %, selon la commission.\n", ["NUM201"]),
    ("Référendum : une participation inférieure à 30 %\n" + _P +
     "La participation s'est élevée à 35,1 %.\n", ["NUM201"]),
    # within a point of the floor: a rounding, unsure
    ("Référendum : une participation supérieure à 40 %\n" + _P +
     "La participation s'est établie à 39,6 %.\n", []),
    # the body's turnout meets the floor
    ("Référendum : une participation supérieure à 40 %\n" + _P +
     "Le taux de participation est de 41,3 %.\n", []),
    # a stake in a company, not a turnout
    ("Bolloré : une participation supérieure à 40 % dans Vivendi\n" + _P +
     "Le groupe détient une participation de 36,8 % du capital.\n", []),
    # two turnouts in the body (the country, the capital): unsure which is the title's
    ("Référendum : une participation supérieure à 40 %\n" + _P +
     "La participation s'établit à 46,8 %. Dans la capitale, la participation a été de 36,8 %.\n", []),
    # another place
    ("Référendum : une participation supérieure à 40 %\n" + _P +
     "Le taux de participation est de 36,8 % à Genève.\n", []),
])
def test_title_bound_on_turnout_against_body_turnout(text, expected):
    assert codes(text, "NUM201", path="a.txt") == expected
