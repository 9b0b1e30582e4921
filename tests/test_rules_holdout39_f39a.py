"""NUM401 and NUM201 on patterns met in the thirty-ninth holdout (f39a)."""
import pytest

from _lint_kit import codes


def dated(body: str, date: str) -> str:
    return (f"---\ntitle: Calendrier\ndate: {date}\n---\n\n# Le calendrier de l'année\n\n"
            f"La fédération a publié son programme.\n\n{body}\n")


# -- NUM401: a yearless « du … au … » whose start lies far ahead of the reference, its end read ---
# in the year before: the end belongs to the start's year and is judged there
@pytest.mark.parametrize("body,found", [
    # right in 2026 (published in January 2026): 7 septembre 2026 is a Monday, 11 décembre a Friday
    ("Les saisons :\n\n- du lundi 12 janvier au vendredi 27 mars ;\n"
     "- du lundi 7 septembre au vendredi 11 décembre.", []),
    ("La seconde session ira du lundi 7 septembre au vendredi 11 décembre.", []),
    # the end's weekday is wrong in the start's year as well as in the year before
    ("La seconde session ira du lundi 7 septembre au samedi 11 décembre.", ["NUM401"]),
    # a wrong end near the reference, no span: still reported
    ("La réunion s'est tenue le samedi 8 janvier.", ["NUM401"]),
])
def test_num401_span_end_judged_in_its_start_year(body, found):
    assert codes(dated(body, "2026-01-13"), "NUM401", path="a.md") == found
