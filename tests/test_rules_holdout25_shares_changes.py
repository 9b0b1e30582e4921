"""NUM303 and NUM305 on the twenty-fifth holdout's false alarms, by pattern: a « du total » share
that an earlier count of another noun gives as written, a « d'entre eux » share whose part was
taken as its own whole, and a « contre » comparison between two groups at one moment, whose
stated word (« réduction », « hausse ») says which way the change goes."""
import pytest

from numlint.engine import Settings, lint


def codes(body: str, select: str):
    text = "Titre de l'article\nUn chapeau sans chiffre.\n" + body + "\n"
    return [d.code for d in lint(text, path="article.txt", settings=Settings(select=[select]))]


@pytest.mark.parametrize("body,expected", [
    # « du total » of a count of the same noun, no other count giving the share: checked
    ("Le salon a accueilli 52 000 visiteurs cette année. Le samedi, 13 000 visiteurs se sont "
     "pressés dans les allées, soit 40 % du total.", ["NUM303"]),
    ("Le salon a accueilli 52 000 visiteurs cette année. Le samedi, 13 000 visiteurs se sont "
     "pressés dans les allées, soit 25 % du total.", []),
    # the month's total is said of another noun (« inscriptions »), the year's of the part's noun:
    # the share as written is the month's, the total unsure
    ("L'université a enregistré 6 400 inscriptions d'étudiants en septembre. Depuis janvier, "
     "21 300 étudiants se sont inscrits. En septembre, 2 560 étudiants étrangers se sont "
     "inscrits, soit 40 % du total.", []),
    ("Le port a traité 9 000 conteneurs en mai. Sur l'année, 41 000 conteneurs sont passés par "
     "ses quais. En mai, 3 600 conteneurs venaient d'Asie, soit 40 % du total.", []),
    # no such other count: the share is still checked against the one whole
    ("L'université a enregistré 6 400 thèses en septembre. Depuis janvier, 21 300 étudiants se "
     "sont inscrits. En septembre, 2 560 étudiants étrangers se sont inscrits, soit 55 % du total.",
     ["NUM303"]),
])
def test_total_given_as_written_by_another_count(body, expected):
    assert codes(body, "NUM303") == expected


@pytest.mark.parametrize("body,expected", [
    # the part its own whole (« d'entre eux » read back to the part): no arithmetic
    ("Sur les douze mois de l'étude, 640 patients du groupe placebo ont rechuté, soit 40 % "
     "d'entre eux.", []),
    ("Au cours des 18 mois de suivi, 312 élèves de la cohorte ont redoublé, soit 12 % d'entre "
     "eux.", []),
    # a whole given before the part: still checked
    ("Le groupe placebo comptait 1 600 patients. 640 d'entre eux ont rechuté, soit 55 %.",
     ["NUM303"]),
    ("Le groupe placebo comptait 1 600 patients. 640 d'entre eux ont rechuté, soit 40 %.", []),
])
def test_part_never_its_own_whole(body, expected):
    assert codes(body, "NUM303") == expected


@pytest.mark.parametrize("body,expected", [
    # two groups at one moment: « réduction » goes from the larger to the smaller
    ("Le groupe placebo a compté 60 hospitalisations, contre 15 dans le groupe traité, soit une "
     "réduction de 75 %.", []),
    ("Le groupe placebo a compté 60 hospitalisations, contre 15 dans le groupe traité, soit une "
     "réduction de 50 %.", ["NUM305"]),
    ("Les communes rurales comptent 120 médecins, contre 300 dans les villes, soit une hausse "
     "de 150 %.", []),
    ("Les villes comptent 300 médecins, contre 120 dans les communes rurales, soit une baisse "
     "de 60 %.", []),
    ("Les villes comptent 300 médecins, contre 120 dans les communes rurales, soit une baisse "
     "de 40 %.", ["NUM305"]),
    # another moment: the « contre » figure is the earlier value, a wrong direction stays wrong
    ("La clinique a compté 48 cas cette année, contre 9 en 2019, soit une réduction de 81 %.",
     ["NUM305"]),
    ("Le nombre de cas est passé de 9 à 48, soit une réduction de 81 %.", ["NUM305"]),
    # a rise from the smaller group to the larger, the « contre » figure the larger
    ("Le groupe placebo a compté 15 hospitalisations, contre 60 dans le groupe traité, soit une "
     "hausse de 300 %.", []),
])
def test_contre_between_groups_takes_the_stated_direction(body, expected):
    assert codes(body, "NUM305") == expected
