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
