"""Rules on patterns from the holdout45 round (s45b): own sentences, not the corpus ones."""
from __future__ import annotations

from _lint_kit import codes


# « Des N noun …, A …, et B autres … »: « Des N » opening a sentence as « Sur les N »
def test_des_whole_parts_exceed():
    assert codes("Des 120 maisons inspectées après la crue, 70 ont pris l'eau, parfois jusqu'au "
                 "premier étage, et 60 autres de simples infiltrations.", "NUM302", path="a.txt") == ["NUM302"]
    assert codes("Des 90 camions contrôlés par les douaniers, 50 étaient en surcharge, et 45 autres "
                 "sans chronotachygraphe.", "NUM302", path="a.txt") == ["NUM302"]


def test_des_whole_parts_within_quiet():
    assert codes("Des 120 maisons inspectées après la crue, 70 ont pris l'eau, parfois jusqu'au "
                 "premier étage, et 40 autres de simples infiltrations.", "NUM302", path="a.txt") == []


def test_des_not_a_whole_quiet():
    # « Des » with its own verb: no whole opened
    assert codes("Des 80 salariés ont manifesté mardi, et 120 mercredi.", "NUM302", path="a.txt") == []
    # the first thing after the comma is no count: what follows is not its part
    assert codes("Des 80 salariés du site, la moitié ont accepté, et 90 intérimaires aussi.",
                 "NUM302", path="a.txt") == []
    # a new sentence with its own whole
    assert codes("Des 80 salariés du site, 52 ont accepté un reclassement. Les 90 autres sont partis.",
                 "NUM302", path="a.txt") == []
    # « autres » with its own noun: other things
    assert codes("Des 120 maisons inspectées, 70 ont pris l'eau, parfois jusqu'au premier étage, "
                 "et 60 autres écoles du canton sont restées fermées.", "NUM302", path="a.txt") == []


# « N … (contre M l'an dernier). X en représentent A, soit plus de la moitié du total »
def test_en_part_fraction_of_total_fires():
    assert codes("Le musée a reçu 2,4 millions de visiteurs cette année, contre 2,1 millions l'an "
                 "dernier. Les scolaires en représentent 0,9 million, soit plus de la moitié du total.",
                 "NUM303", path="a.txt") == ["NUM303"]
    assert codes("Le port a accueilli 9,6 millions de passagers en 2025. Les croisiéristes en ont représenté "
                 "1,5 million, soit près d'un tiers du total.", "NUM303", path="a.txt") == ["NUM303"]
    # the figure after « contre » is no whole: the current one is
    assert codes("Le musée a reçu 2,4 millions de visiteurs cette année, contre 2,1 millions l'an "
                 "dernier. Les scolaires en représentent 0,9 million, soit 55 %.",
                 "NUM303", path="a.txt") == ["NUM303"]


def test_en_part_fraction_quiet():
    # right
    assert codes("Le musée a reçu 2,4 millions de visiteurs cette année. Les scolaires en "
                 "représentent 0,9 million, soit plus d'un tiers du total.", "NUM303", path="a.txt") == []
    # two wholes before: unsure
    assert codes("Le musée a reçu 2,4 millions de visiteurs cette année et le château 1,5 million. "
                 "Les scolaires en représentent 0,9 million, soit plus de la moitié du total.",
                 "NUM303", path="a.txt") == []
    # another whole named
    assert codes("Le musée a reçu 2,4 millions de visiteurs cette année. Les scolaires en "
                 "représentent 0,9 million, soit plus de la moitié du total régional.",
                 "NUM303", path="a.txt") == []
    # no « en »: nothing ties the part to the sentence before
    assert codes("Le musée a reçu 2,4 millions de visiteurs cette année. Les scolaires représentent "
                 "0,9 million, soit plus de la moitié du total.", "NUM303", path="a.txt") == []


# « N … . X en expliquent A, Y B. »: parts told with the clitic « en », the verb elided after
def test_en_list_parts_exceed_fires():
    assert codes("Le réseau a subi 530 pannes cet hiver, contre 400 l'an dernier. Le gel en explique "
                 "310, les vols de câbles 280.", "NUM302", path="a.txt") == ["NUM302"]
    assert codes("La brigade a dressé 640 procès-verbaux en juin. Les excès de vitesse en représentent "
                 "420, et les défauts d'assurance relevés sur la rocade 290.", "NUM302", path="a.txt") == ["NUM302"]
    assert codes("Le service a annulé 300 opérations, chacune reportée à une seule date. Les grèves en "
                 "expliquent 180, les pannes de bloc 150.", "NUM302", path="a.txt") == ["NUM302"]


def test_en_list_parts_quiet():
    # within the whole
    assert codes("Le réseau a subi 530 pannes cet hiver. Le gel en explique 310, les vols de câbles 180.",
                 "NUM302", path="a.txt") == []
    # two counts before: which one « en » stands for is unsure
    assert codes("Le réseau a subi 530 pannes cet hiver et 400 retards. Le gel en explique 310, "
                 "les vols de câbles 280.", "NUM302", path="a.txt") == []
    # the second count is of its own noun, or after a preposition: no elided part
    assert codes("Le réseau a subi 530 pannes cet hiver. Le gel en explique 310, les vols de câbles "
                 "280 euros.", "NUM302", path="a.txt") == []
    assert codes("Le réseau a subi 530 pannes cet hiver. Le gel en explique 310, les vols de câbles "
                 "sur 280 sites.", "NUM302", path="a.txt") == []
    # « chacun » without « un seul »: a quantity per item, no whole
    assert codes("Le service a annulé 300 opérations, chacune de deux heures. Les grèves en "
                 "expliquent 180, les pannes de bloc 150.", "NUM302", path="a.txt") == []
