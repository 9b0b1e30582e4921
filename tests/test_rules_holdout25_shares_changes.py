"""NUM303 on the twenty-fifth holdout's false alarms, by pattern: a « du total » share that an
earlier count of another noun gives as written."""
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
