"""NUM302 on patterns from round 41's misses (m41b), in sentences of our own."""
from __future__ import annotations

from _lint_kit import codes

_HEAD = "<html><head><title>Bilan du festival</title></head><body><h1>Bilan du festival</h1>\n"


def _html(lead: str, items: list[str], tail: str = "") -> str:
    lis = "".join(f"<li>{x}</li>\n" for x in items)
    return _HEAD + f"<p>{lead}</p>\n<ul>\n{lis}</ul>\n<p>{tail or 'Le bilan sera publié en juin.'}</p></body></html>\n"


def test_list_items_above_the_whole_they_split_fire():
    text = _html("L'association a reçu 48 millions d'euros de recettes, réparties comme suit :",
                 ["subventions publiques : 22 millions ;", "billetterie : 17 millions ;", "mécénat : 14 millions."])
    assert codes(text, "NUM302", path="a.html") == ["NUM302"]


def test_list_items_counts_in_markdown_fire():
    text = ("# Bilan de la collecte\n\nLa collecte a réuni 310 bénévoles, répartis comme suit :\n\n"
            "- 140 bénévoles à Lille ;\n- 120 bénévoles à Douai ;\n- 90 bénévoles à Arras.\n\n"
            "Une nouvelle collecte est prévue.\n")
    assert codes(text, "NUM302", path="a.md") == ["NUM302"]


def test_list_items_within_the_whole_quiet():
    text = _html("L'association a reçu 48 millions d'euros de recettes, réparties comme suit :",
                 ["subventions publiques : 22 millions ;", "billetterie : 13 millions ;", "mécénat : 11 millions."])
    assert codes(text, "NUM302", path="a.html") == []


def test_list_without_a_word_of_splitting_quiet():
    # the list gives other figures (the year's main spendings), not the parts of the 48 millions
    text = _html("L'association a reçu 48 millions d'euros de recettes. Ses principaux projets :",
                 ["rénovation du théâtre : 22 millions ;", "nouvelle salle : 17 millions ;", "tournée : 14 millions."])
    assert codes(text, "NUM302", path="a.html") == []


def test_list_items_of_two_figures_quiet():
    # each item compares two years: not one part per item
    text = _html("L'association a reçu 48 millions d'euros de recettes, réparties comme suit :",
                 ["subventions : 22 millions, contre 19 millions en 2024 ;",
                  "billetterie : 17 millions, contre 15 millions ;", "mécénat : 14 millions, contre 12 millions."])
    assert codes(text, "NUM302", path="a.html") == []


def test_list_items_in_percent_quiet():
    text = _html("L'association a reçu 48 millions d'euros de recettes, réparties comme suit :",
                 ["subventions : 46 % ;", "billetterie : 35 % ;", "mécénat : 29 %."])
    assert codes(text, "NUM302", path="a.html") == []


_CALLS = ("Le centre d'appels a traité 64 appels d'urgence pendant la tempête.\n\n")


def test_on_the_whole_of_the_noun_parts_above_the_count_told_fire():
    text = ("Tempête sur la côte\n\nLes secours ont été débordés.\n\n" + _CALLS
            + "Sur l'ensemble des appels, 40 concernaient des arbres tombés et 31 des toitures arrachées.\n")
    assert codes(text, "NUM302") == ["NUM302"]


def test_on_the_whole_of_the_fires_of_the_season_fire():
    text = ("Bilan des feux en Gaspésie\n\nLa saison a été calme.\n\n"
            "Les pompiers forestiers ont combattu 36 incendies depuis le printemps.\n\n"
            "Sur l'ensemble des feux de la saison, 21 sont d'origine humaine et 19 sont dus à la foudre.\n")
    assert codes(text, "NUM302") == ["NUM302"]


def test_on_the_whole_of_the_noun_parts_within_quiet():
    text = ("Tempête sur la côte\n\nLes secours ont été débordés.\n\n" + _CALLS
            + "Sur l'ensemble des appels, 40 concernaient des arbres tombés et 21 des toitures arrachées.\n")
    assert codes(text, "NUM302") == []


def test_on_the_whole_of_a_qualified_set_quiet():
    # « les appels de la région »: another set than the 64 told before, maybe larger
    text = ("Tempête sur la côte\n\nLes secours ont été débordés.\n\n" + _CALLS
            + "Sur l'ensemble des appels de la région, 40 concernaient des arbres tombés et 31 des "
              "toitures arrachées.\n")
    assert codes(text, "NUM302") == []


def test_on_the_whole_of_another_noun_quiet():
    text = ("Tempête sur la côte\n\nLes secours ont été débordés.\n\n" + _CALLS
            + "Sur l'ensemble des interventions, 40 concernaient des arbres tombés et 31 des toitures "
              "arrachées.\n")
    assert codes(text, "NUM302") == []
