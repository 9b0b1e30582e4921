"""Holdout round 47 (v47b): patterns behind misses on unseen articles, in sentences of our own."""
from _lint_kit import codes


def lint(sentence: str, rule: str) -> list[str]:
    return codes("Titre\n\n" + sentence + "\n", rule, path="a.txt")


# « N noms sur les M prévus, soit P % »: a whole named by a participle of what was planned only
# takes up the part's noun

def test_share_over_a_planned_whole_fires():
    assert lint("Le chantier emploie 120 ouvriers sur les 300 prévus, soit 60 %.", "NUM303") == ["NUM303"]
    assert lint("L'école a ouvert 45 classes sur les 180 attendues, soit 40 % du plan.", "NUM303") == ["NUM303"]
    assert lint("Le club a livré 12 bus sur 40 initialement promis, soit 45 %.", "NUM303") == ["NUM303"]


def test_share_over_a_planned_whole_that_fits_is_quiet():
    assert lint("Le chantier emploie 120 ouvriers sur les 300 prévus, soit 40 %.", "NUM303") == []
    assert lint("L'école a ouvert 45 classes sur les 180 attendues, soit 25 % du plan.", "NUM303") == []


def test_sur_les_with_another_noun_or_no_share_is_quiet():
    # a whole of its own noun (« chantiers ») is another set: no share read
    assert lint("Les 120 ouvriers travaillent sur les 300 chantiers ouverts, soit 60 % de l'effectif.",
                "NUM303") == []
    assert lint("Le club a vendu 1 200 billets sur les 3 000 prévus ; 400 places restent réservées.",
                "NUM303") == []
