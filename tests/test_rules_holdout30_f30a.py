"""The thirtieth holdout's cases (f30a), by pattern."""
from datetime import date

import pytest

from numlint.engine import Settings, lint


def codes(text: str, select: str, path: str = "article.txt"):
    return [d.code for d in lint(text, path=path, settings=Settings(select=[select]))]


_BUDGET = ("# Namur vote son budget\n\nLe conseil a voté lundi un budget de 210 millions d'euros.\n\n"
           "## {}\n\nLes recettes atteignent 210,8 millions d'euros pour 209,6 millions de dépenses, "
           "{}. La dette reste stable.\n")


@pytest.mark.parametrize("heading,body,expected", [
    # the body gives the same measure's value, its currency left to the article
    ("Un boni de 1,2 million d'euros", "soit un boni de 1,2 million à l'exercice propre", []),
    ("Un excédent de 1,2 million d'euros", "soit un excédent de 1,2 million", []),
    # another value of the measure, or the value of another measure, still does not
    ("Un boni de 1,5 million d'euros", "soit un boni de 1,2 million à l'exercice propre", ["NUM202"]),
    ("Un boni de 1,2 million d'euros", "soit un déficit de 1,2 million à l'exercice propre", ["NUM202"]),
    ("Un boni de 1,2 million d'euros", "soit 1,2 million de plus", ["NUM202"]),
])
def test_headline_sum_given_without_its_currency(heading, body, expected):
    assert codes(_BUDGET.format(heading, body), "NUM202", "article.md") == expected


@pytest.mark.parametrize("sentence,expected", [
    ("Le montant des dégâts est estimé de 900 000 à 600 000 euros par l'assureur.", ["NUM101"]),
    ("La facture des travaux est évaluée de 14 à 11 millions de francs.", ["NUM101"]),
    ("Le préjudice, estimé de 75 000 à 40 000 dollars, inquiète le club.", ["NUM101"]),
    ("Le montant des dégâts est estimé de 600 000 à 900 000 euros par l'assureur.", []),
    ("La facture des travaux est évaluée de 11 à 14 millions de francs.", []),
    # a revision is a change, not a range
    ("Le montant des dégâts a été réévalué de 900 000 à 600 000 euros.", []),
    ("Le montant des dégâts a été revu de 900 000 à 600 000 euros.", []),
])
def test_estimate_bounds_a_range(sentence, expected):
    assert codes("Assurances\n" + sentence + "\n", "NUM101") == expected


_BALLOT = "Votation à Sierre\nLes électeurs ont tranché dimanche. {}\n"


@pytest.mark.parametrize("sentence,expected", [
    ("Le crédit est accepté par 4 120 voix contre 3 015, soit 57,7 % de oui et 46,3 % de non.", ["NUM304"]),
    ("L'initiative est rejetée avec 38,2 % de oui et 65,8 % de non.", ["NUM304"]),
    ("Le crédit est accepté par 4 120 voix contre 3 015, soit 57,7 % de oui et 42,3 % de non.", []),
    ("L'initiative est rejetée avec 38,2 % de oui et 61,8 % de non.", []),
    # a yes and a turnout split nothing
    ("Le oui l'emporte avec 57,7 % des voix et une participation de 48,1 %.", []),
    # « non » opening another word is no ballot's no
    ("Le sondage donne 57,7 % de oui et 46,3 % de non-réponses.", []),
    ("Le sondage donne 57,7 % de oui et 46,3 % de non concernés.", []),
])
def test_yes_and_no_split_the_votes(sentence, expected):
    assert codes(_BALLOT.format(sentence), "NUM304") == expected


def age_codes(text: str):
    s = Settings(select=["NUM404"], reference_date=date(2026, 11, 21))
    return [d.code for d in lint(text, path="article.md", settings=s)]


_TRIAL = ("# Procès à Agde\n\nLe tribunal a rendu son jugement vendredi.\n\n"
          "L'enquête avait duré trois ans.\n\n{}\n\n{}\n")


@pytest.mark.parametrize("first,second,expected", [
    # born in 1958: 67 or 68 in November 2026
    ("Marc Vidal, 61 ans, ancien directeur des services, a été condamné à un an avec sursis.",
     "Né en 1958 à Béziers, cet ancien ingénieur avait rejoint la mairie sur le tard.", ["NUM404"]),
    ("Marc Vidal, 68 ans, ancien directeur des services, a été condamné à un an avec sursis.",
     "Né en 1958 à Béziers, cet ancien ingénieur avait rejoint la mairie sur le tard.", []),
    # two people aged in the paragraph before: whose birth?
    ("Marc Vidal, 61 ans, et Paul Roux, 45 ans, ont été condamnés à un an avec sursis.",
     "Né en 1958 à Béziers, cet ancien ingénieur avait rejoint la mairie sur le tard.", []),
    # a year before the age dates it
    ("En 2019, Marc Vidal, 61 ans, ancien directeur des services, a été mis en examen.",
     "Né en 1958 à Béziers, cet ancien ingénieur avait rejoint la mairie sur le tard.", []),
    # a birth told year by year: the story of someone
    ("Marc Vidal, 61 ans, ancien directeur des services, a été condamné à un an avec sursis.",
     "Né en 1958 à Béziers, cet ancien ingénieur est entré à la mairie en 1990.", []),
])
def test_birth_opening_the_next_paragraph(first, second, expected):
    assert age_codes(_TRIAL.format(first, second)) == expected
