"""NUM301 and NUM302 on the twenty-sixth holdout's false alarms, by pattern: a count in words with
no noun of its own (« les trois premiers jours », « des douze derniers mois ») is never one more
part of a total in digits; « …, dont 118 du Jura, et 81 de France » after a « dont » clause is a
sibling of the whole when the whole and it make exactly the count told just before."""
import pytest

from numlint.engine import Settings, lint


def codes(body: str, select: str):
    text = "Titre de l'article\nUn chapeau sans chiffre.\n" + body + "\n"
    return [d.code for d in lint(text, path="article.txt", settings=Settings(select=[select]))]


@pytest.mark.parametrize("body,expected", [
    # the count of days is not summed with the visitors: one part left, nothing to check
    ("La foire a attiré 21 400 visiteurs le samedi, et les quatre premiers jours, consacrés "
     "surtout aux professionnels, 38 900 au total.", []),
    # months counted beside the parts: left out, the parts still add up to the total
    ("Au cours des douze derniers mois, le port a accueilli 4 120 escales à Marseille, 2 310 à "
     "Fos et 1 570 à Sète, soit 8 000 au total.", []),
    # near miss: the same parts, a total they do not make — still caught, without the months
    ("Au cours des douze derniers mois, le port a accueilli 4 120 escales à Marseille, 2 310 à "
     "Fos et 1 570 à Sète, soit 8 300 au total.", ["NUM301"]),
    # parts all in digits that miss their total: still caught
    ("La foire a attiré 21 400 visiteurs le samedi et 13 200 le dimanche, soit 38 900 au total.",
     ["NUM301"]),
])
def test_num301_a_count_in_words_is_no_part(body, expected):
    assert codes(body, "NUM301") == expected


@pytest.mark.parametrize("body,expected", [
    # 162 + 81 = 243: « et 81 de France » is a sibling of the 162, not one of its parts
    ("Le marché comptait cette année 243 exposants. Parmi eux, 162 venaient de Suisse, dont 118 "
     "du seul canton du Jura, et 81 de France voisine.", []),
    ("Le congrès réunissait 540 délégués, 310 venus d'Europe, dont 190 de France, et 230 "
     "d'Afrique.", []),
    # near miss: no earlier count that the whole and the last part make — still caught
    ("Le marché comptait cette année 250 exposants. Parmi eux, 162 venaient de Suisse, dont 118 "
     "du seul canton du Jura, et 81 de France voisine.", ["NUM302"]),
    ("Le tribunal a jugé 14 prévenus, dont 9 condamnés à de la prison ferme et 7 à des travaux "
     "d'intérêt général.", ["NUM302"]),
])
def test_num302_a_sibling_after_a_dont_clause(body, expected):
    assert codes(body, "NUM302") == expected
