"""Patterns of the twenty-fifth holdout's misses (NUM301, NUM302, NUM304), with near-misses."""
import pytest

from numlint.engine import Settings, lint


def found(body: str, code: str):
    text = "Titre de l'article\nUn chapeau sans chiffre.\n" + body + "\n"
    return [d.code for d in lint(text, path="article.txt", settings=Settings(select=["NUM3"]))
            if d.code == code]


# NUM301: a total that says how many parts it counts (« à elles trois ») adds up the sentence before
COUNTED = [
    ("La librairie a vendu 1 240 romans en mai, 980 romans en juin et 1 110 romans en juillet. "
     "À eux trois, ces mois représentent 3 530 romans au total.", ["NUM301"]),
    ("Lyon a accueilli 4 200 congressistes et Nantes 3 100 congressistes. À elles deux, les villes "
     "ont reçu 8 300 congressistes au total.", ["NUM301"]),
    ("La commune a reçu 120 000 euros de l'État, 85 000 euros de la région et 40 000 euros du "
     "département. À eux trois, ces financeurs apportent 265 000 euros au total.", ["NUM301"]),
    # the parts add up: quiet
    ("La librairie a vendu 1 240 romans en mai, 980 romans en juin et 1 110 romans en juillet. "
     "À eux trois, ces mois représentent 3 330 romans au total.", []),
    # four figures for « à eux trois »: which three? quiet
    ("La librairie a vendu 1 240 romans en mai, 980 romans en juin, 1 110 romans en juillet et "
     "700 romans en août. À eux trois, les meilleurs mois représentent 3 530 romans au total.", []),
    # a rounded total: quiet
    ("Lyon a accueilli 4 200 congressistes et Nantes 3 100 congressistes. À elles deux, les villes "
     "ont reçu près de 8 300 congressistes au total.", []),
    # no count of parts: the total may count more than is told, quiet
    ("Lyon a accueilli 4 200 congressistes et Nantes 3 100 congressistes. Les villes de l'Ouest "
     "ont reçu 8 300 congressistes au total.", []),
    # one figure is a comparison with last year: quiet
    ("Lyon a accueilli 4 200 congressistes, contre 3 900 congressistes un an plus tôt. À elles "
     "deux, les villes ont reçu 8 300 congressistes au total.", []),
]


@pytest.mark.parametrize("body,codes", COUNTED)
def test_total_counting_its_parts(body, codes):
    assert found(body, "NUM301") == codes


# NUM302: « Parmi les blessés, 190 … et 150 … » splits the count of that noun told before
AMONG = [
    ("L'incendie de l'entrepôt a fait 48 blessés, selon les pompiers. Les secours sont restés sur "
     "place toute la nuit. Parmi les blessés, 30 sont dans un état grave et 25 plus légèrement "
     "atteints.", ["NUM302"]),
    ("Le concours d'entrée a réuni 120 candidats cette année.\nLe jury a siégé trois jours.\n"
     "Parmi les candidats, 80 ont été admis et 55 ont échoué.", ["NUM302"]),
    ("La grève a été suivie par 640 salariés. Parmi ces salariés, 700 sont employés au siège.",
     ["NUM302"]),
    # the parts fit in the whole: quiet
    ("L'incendie de l'entrepôt a fait 48 blessés, selon les pompiers. Parmi les blessés, 30 sont "
     "dans un état grave et 15 plus légèrement atteints.", []),
    # a vague whole: « au moins 48 » may be more, quiet
    ("L'incendie de l'entrepôt a fait au moins 48 blessés, selon les pompiers. Parmi les blessés, "
     "30 sont dans un état grave et 25 plus légèrement atteints.", []),
    # « parmi les blessés de lundi »: another group than the one counted, quiet
    ("L'incendie de l'entrepôt a fait 48 blessés, selon les pompiers. Parmi les blessés de lundi, "
     "30 sont dans un état grave et 25 plus légèrement atteints.", []),
    # the count is three paragraphs away: unsure it is the same group, quiet
    ("L'incendie de l'entrepôt a fait 48 blessés, selon les pompiers.\nLes secours ont été "
     "rapides.\nLa préfecture a ouvert une enquête.\nL'usine restera fermée.\nParmi les blessés, "
     "30 sont dans un état grave et 25 plus légèrement atteints.", []),
    # the parts are of another noun (their own): quiet
    ("L'incendie de l'entrepôt a fait 48 blessés, selon les pompiers. Parmi les blessés, 30 sont "
     "dans un état grave et 25 pompiers ont été mobilisés.", []),
]


@pytest.mark.parametrize("body,codes", AMONG)
def test_parts_of_a_whole_told_before(body, codes):
    assert found(body, "NUM302") == codes
