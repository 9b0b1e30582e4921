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


# a change told first (fraction word, « a doublé », a percentage), a few words of its span, then a
# colon and its pair: « de A à B », « il est passé de A à B », « de A …, il est passé à B »

def test_change_then_colon_pair_fires():
    assert lint("Le trafic a progressé d'un tiers en deux ans : de 1 500 camions par jour en mars 2024, "
                "il est passé à 3 000 en mars 2026.", "NUM305") == ["NUM305"]
    assert lint("La facture a baissé de moitié en un an : de 120 euros, elle est passée à 90 euros.",
                "NUM305") == ["NUM305"]
    assert lint("Le nombre de ruches a doublé : de 300, il est passé à 900.", "NUM305") == ["NUM305"]
    assert lint("Le nombre de ruches a augmenté de 20 % en un an : de 300 à 450.", "NUM305") == ["NUM305"]
    assert lint("Le nombre de ruches a progressé de 20 % en un an : de 300 en 2024, il est passé à 450 "
                "en 2025.", "NUM305") == ["NUM305"]


def test_change_then_colon_pair_that_fits_is_quiet():
    assert lint("Le trafic a progressé d'un tiers en deux ans : de 1 500 camions par jour en mars 2024, "
                "il est passé à 2 000 en mars 2026.", "NUM305") == []
    assert lint("Le nombre de ruches a doublé : de 300, il est passé à 600.", "NUM305") == []
    assert lint("Le nombre de ruches a progressé de 20 % en un an : de 300 en 2024, il est passé à 360 "
                "en 2025.", "NUM305") == []


def test_colon_pair_of_another_thing_is_quiet():
    # another subject after the colon, or two kinds of figures: not the pair of the change
    assert lint("Les ventes ont progressé d'un tiers en un an : de 300 magasins, l'enseigne est passée "
                "à 900 salariés.", "NUM305") == []
    assert lint("Les ventes ont progressé de 20 % en un an : de 300 magasins, elles sont passées à "
                "900 euros.", "NUM305") == []


# « Dans les N noms …, X en conservent A, Y en garde B … »: parts a holder keeps, wins or loses,
# taken up by « en », of a whole opening the sentence with « Dans les/ces » (or « Des »)

def test_en_parts_of_a_dans_les_whole_fire():
    assert lint("Dans les 30 circonscriptions du département, la droite en conserve 19, la gauche en obtient 8 "
                "et les écologistes en arrachent 6.", "NUM302") == ["NUM302"]
    assert lint("Dans ces 12 mairies, les sortants en gardent 8 et l'opposition en remporte 7.",
                "NUM302") == ["NUM302"]
    assert lint("Des 30 circonscriptions du département, la droite en conserve 19, la gauche en obtient 8 "
                "et les écologistes en arrachent 6.", "NUM302") == ["NUM302"]


def test_en_parts_within_their_whole_are_quiet():
    assert lint("Dans les 30 circonscriptions du département, la droite en conserve 19, la gauche en obtient 8 "
                "et les écologistes en arrachent 3.", "NUM302") == []
    assert lint("Dans ces 12 mairies, les sortants en gardent 8 et l'opposition en remporte 4.",
                "NUM302") == []


def test_dans_les_without_a_held_part_is_quiet():
    # a place, not a whole: the counts after it are of something else
    assert lint("Dans les 12 hôpitaux de la région, 300 lits ont été fermés et 40 ont rouvert.",
                "NUM302") == []
    assert lint("Dans les 12 hôpitaux de la région, on en compte 300.", "NUM302") == []
    assert lint("Dans ces 14 départements, les écologistes en perdent 9 et gagnent 8 sièges ailleurs.",
                "NUM302") == []
