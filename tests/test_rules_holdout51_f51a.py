"""Patterns met in the fifty-first holdout (f51a): wholes and parts (NUM301–NUM304)."""
import pytest

from _lint_kit import codes


def article(body: str, title: str = "Industrie : le groupe publie ses comptes") -> str:
    return f"{title}\n\nLes comptes ont été présentés mardi.\n\n{body}\n"


# -- NUM302: « Sur ses N <nom>, … en <verbe> A dans ses deux sites, …, et B … » -----------------
@pytest.mark.parametrize("body,found", [
    ("Sur ses 1 800 employés, la société en emploie 1 120 dans ses trois ateliers normands, "
     "à Caen et à Lisieux, et 760 dans sa filiale espagnole.", ["NUM302"]),
    ("Sur les 640 élèves, le réseau en accueille 410 dans ses deux collèges, à Dax et à Orthez, "
     "et 290 dans son lycée de Pau.", ["NUM302"]),
    ("Sur ces 950 lits, l'hôpital en compte 610 dans ses quatre pavillons et 420 dans "
     "l'annexe de la gare.", ["NUM302"]),
    # the parts fit the whole
    ("Sur ses 1 800 employés, la société en emploie 1 120 dans ses trois ateliers normands, "
     "à Caen et à Lisieux, et 680 dans sa filiale espagnole.", []),
    # the count after the place is of another noun: no part of the list
    ("Sur ses 1 800 employés, la société en emploie 1 120 dans ses trois ateliers, "
     "et 760 intérimaires.", []),
    # the places counted are the only other figure: no second part
    ("Sur ses 1 800 employés, la société en emploie 1 120 dans ses trois ateliers normands.", []),
])
def test_num302_place_count_inside_parts_list(body, found):
    assert codes(article(body), "NUM302", path="a.txt") == found


# -- NUM302: « X en comptait (alors) A, Y B » after a whole told in the sentence before -------------
@pytest.mark.parametrize("body,found", [
    ("Vendredi soir, le nombre de foyers sans eau était retombé à 12 000. La Gironde en comptait "
     "alors 7 400, les Landes 5 900.", ["NUM302"]),
    ("Le réseau a atteint 3 200 adhérents. La section de Lille en compte 1 900, celle de Roubaix "
     "1 600.", ["NUM302"]),
    ("Au 1er mars, 860 places d'hébergement étaient ouvertes dans le département. Le chef-lieu en "
     "abritait encore 520, les communes rurales 410.", ["NUM302"]),
    ("Les effectifs du groupe s'élèvent à 4 100 personnes. La maison mère en emploie 2 600, les "
     "filiales 1 800.", ["NUM302"]),
    # the parts fit the whole
    ("Vendredi soir, le nombre de foyers sans eau était retombé à 12 000. La Gironde en comptait "
     "alors 7 400, les Landes 4 600.", []),
    # another moment: « en compte » is a new count, not a part
    ("En 2020, le club comptait 300 adhérents. En 2025, il en compte 420, la section jeunes 150.", []),
    # no list: a figure alone after « en compte »
    ("Le réseau a atteint 3 200 adhérents. Lille en compte 3 900, un record.", []),
    # the count before is itself held by a place: the next ones are its siblings
    ("La Gironde compte 12 000 foyers sans eau. Les Landes en comptent 7 400, la Dordogne 5 900.", []),
    ("Le groupe emploie 4 100 personnes. La maison mère en emploie 2 600, les filiales 1 800.", []),
    # two figures in the sentence before: which one is the whole? quiet
    ("Le réseau compte 3 200 adhérents et 450 bénévoles. La section de Lille en compte 1 900, "
     "celle de Roubaix 1 600.", []),
])
def test_num302_en_counted_list_after_whole(body, found):
    assert codes(article(body), "NUM302", path="a.txt") == found


# -- NUM304: a list of shares announced as one split (« les parts suivantes : ») ---------------------
def md_article(intro: str, items: list[str]) -> str:
    rows = "\n".join(f"- {x}" for x in items)
    return (f"# Élections : les résultats du scrutin régional\n\nLe dépouillement s'est achevé "
            f"lundi.\n\n{intro}\n\n{rows}\n\nLa nouvelle assemblée se réunira en juin.\n")


@pytest.mark.parametrize("intro,items,found", [
    ("Au premier tour, les listes se sont partagé les voix selon la répartition suivante :",
     ["Union du centre : 34,5 %", "Alliance verte : 27,1 %", "Rassemblement : 22,8 %",
      "Divers : 19,6 %"], ["NUM304"]),
    ("Les suffrages se répartissent ainsi entre les quatre listes :",
     ["Liste A : 41 %", "Liste B : 33 %", "Liste C : 21 %", "Liste D : 12 %"], ["NUM304"]),
    # the shares fit the whole
    ("Au premier tour, les listes se sont partagé les voix selon la répartition suivante :",
     ["Union du centre : 34,5 %", "Alliance verte : 27,1 %", "Rassemblement : 22,8 %",
      "Divers : 15,6 %"], []),
    # no split announced: rates of their own (turnout by town)
    ("Dans les principales villes, la participation a été la suivante :",
     ["Rennes : 41 %", "Brest : 38 %", "Vannes : 36 %"], []),
    # items of another shape: each share beside a count, a comparison
    ("Au premier tour, les listes se sont partagé les voix selon la répartition suivante :",
     ["Union du centre : 34,5 %, contre 30 % en 2021", "Alliance verte : 37,1 %",
      "Rassemblement : 32,8 %"], []),
])
def test_num304_announced_list_of_shares(intro, items, found):
    assert codes(md_article(intro, items), "NUM304", path="a.md") == found


def test_num304_announced_list_in_html():
    html = ("<html><head><title>Vote : le bilan</title></head><body><h1>Vote : le bilan</h1>"
            "<p>Le scrutin s'est tenu dimanche.</p><p>Au scrutin de liste, les partis ont obtenu "
            "les parts suivantes :</p><ul><li>Parti bleu : 38,4 %</li><li>Parti rouge : 30,2 %</li>"
            "<li>Parti vert : 21,9 %</li><li>Autres : 14,3 %</li></ul><p>Fin.</p></body></html>")
    assert codes(html, "NUM304", path="a.html") == ["NUM304"]
    assert codes(html.replace("14,3 %", "9,5 %"), "NUM304", path="a.html") == []


# -- NUM303: « Parmi elles, N <nom>, soit près d'un tiers » against the count of that noun told before
@pytest.mark.parametrize("body,found", [
    ("Les douaniers ont contrôlé 240 conducteurs. L'opération a duré toute la nuit. Parmi eux, "
     "58 conducteurs, soit près de la moitié, roulaient sans permis.", ["NUM303"]),
    ("Le juge a entendu 150 familles plaignantes.\n\nParmi elles, 21 familles, soit plus d'un "
     "tiers, avaient payé deux fois.", ["NUM303"]),
    # the fraction fits the count told before
    ("Les douaniers ont contrôlé 240 conducteurs. L'opération a duré toute la nuit. Parmi eux, "
     "118 conducteurs, soit près de la moitié, roulaient sans permis.", []),
    # the part names another noun: its whole is not told
    ("Les douaniers ont contrôlé 240 conducteurs. L'opération a duré toute la nuit. Parmi eux, "
     "58 passagers, soit près de la moitié, voyageaient sans billet.", []),
    # two counts of that noun told before: which one? quiet
    ("Les douaniers ont contrôlé 240 conducteurs samedi et 130 conducteurs dimanche. L'opération a "
     "duré deux nuits. Parmi eux, 58 conducteurs, soit près de la moitié, roulaient sans permis.", []),
    # the fraction names its own whole
    ("Les douaniers ont contrôlé 240 conducteurs. L'opération a duré toute la nuit. Parmi eux, "
     "58 conducteurs, soit près de la moitié des récidivistes, roulaient sans permis.", []),
])
def test_num303_parmi_pronoun_fraction_of_told_count(body, found):
    assert codes(article(body), "NUM303", path="a.txt") == found


# -- NUM301: « Les N <choses> sont réparties en K <groupes> : a …, b … et c … » (exactly K counts) ---
@pytest.mark.parametrize("body,found", [
    ("Les 48 panneaux sont disposés en trois allées de la serre : 20 dans la première, 15 dans "
     "la deuxième et 11 dans la dernière.", ["NUM301"]),
    ("Les 130 lits sont répartis dans quatre pavillons : 40 au nord, 35 au sud, 30 à l'est et "
     "20 à l'ouest.", ["NUM301"]),
    # the counts make the whole
    ("Les 48 panneaux sont disposés en trois allées de la serre : 20 dans la première, 15 dans "
     "la deuxième et 13 dans la dernière.", []),
    # not as many counts as groups: some group untold
    ("Les 130 lits sont répartis dans quatre pavillons : 40 au nord, 35 au sud et 30 à l'est.", []),
    # the small count is of moments, not groups
    ("Les 48 panneaux ont été posés en trois semaines : 20 la première, 15 la deuxième et 11 la "
     "dernière.", []),
    # the list goes on past its last count
    ("Les 130 lits sont répartis dans trois pavillons : 40 au nord, 35 au sud et 30 à l'est, et "
     "quelques autres en réserve.", []),
])
def test_num301_count_split_in_named_number_of_groups(body, found):
    assert codes(article(body), "NUM301", path="a.txt") == found
