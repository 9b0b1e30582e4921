"""« Sur les N …, » opens a whole whose parts follow the comma; a fraction there closes it."""
from _lint_kit import codes


def parts(sentence: str) -> list[str]:
    return codes("Titre\n\n" + sentence + "\n", "NUM302", path="a.txt")


def test_a_fraction_first_closes_a_sur_les_whole():
    # the clause after the comma tells its part as a fraction: the later count is another set
    assert parts("Sur les 80 salariés du site, la moitié ont accepté, et 90 intérimaires aussi.") == []
    assert parts("Sur les 80 salariés du site, les trois quarts ont accepté ; 90 intérimaires sont partis.") == []


def test_a_count_first_still_opens_the_list():
    assert parts("Sur les 80 salariés du site, 52 ont accepté un reclassement et 40 une indemnité.") == ["NUM302"]
