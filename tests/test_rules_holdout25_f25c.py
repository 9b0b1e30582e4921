"""Patterns of the twenty-fifth holdout's misses (NUM301, NUM302), with near-misses."""
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
