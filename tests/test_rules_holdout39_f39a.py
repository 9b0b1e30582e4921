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


# -- NUM201: a sum that names its measure after the currency (« … d'euros de recettes fiscales »), --
# against the body's « les recettes fiscales sont inscrites à » (copula, participle, adjective)
def budget(title: str, body: str) -> str:
    return (f"---\ntitle: Budget\ndate: 2026-10-02\n---\n\n# {title}\n\n"
            f"Le projet de loi de finances a été présenté jeudi en conseil des ministres.\n\n"
            f"## Les grandes lignes\n\n{body}\n")


@pytest.mark.parametrize("title,body,found", [
    ("Budget : 48 milliards d'euros de recettes fiscales en 2027",
     "Les recettes fiscales sont inscrites à 44 milliards d'euros, un record.", ["NUM201"]),
    ("Budget : un déficit de 9 milliards d'euros en 2027",
     "Le déficit est fixé à 7 milliards d'euros, selon le ministre.", ["NUM201"]),
    # the same value: quiet
    ("Budget : 48 milliards d'euros de recettes fiscales en 2027",
     "Les recettes fiscales sont inscrites à 48 milliards d'euros, un record.", []),
    # another measure (social spending), another adjective: quiet
    ("Budget : 48 milliards d'euros de recettes fiscales en 2027",
     "Les dépenses sociales sont inscrites à 44 milliards d'euros, un record.", []),
    ("Budget : 48 milliards d'euros de recettes fiscales en 2027",
     "Les recettes douanières sont inscrites à 44 milliards d'euros, un record.", []),
    # a title of all receipts, the body's fiscal ones (a part of them): quiet
    ("Budget : 48 milliards d'euros de recettes en 2027",
     "Les recettes fiscales sont inscrites à 44 milliards d'euros, un record.", []),
])
def test_num201_sum_named_after_its_currency(title, body, found):
    assert codes(budget(title, body), "NUM201", path="a.md") == found


# -- NUM201: a title's audience in millions by one noun (« spectateurs »), the lead's first count --
# by the other (« entrées »); « près de » allows a value a little short, not 8 % short
def season(title: str, lead: str) -> str:
    return (f"---\ntitle: Fréquentation\ndate: 2026-04-07\n---\n\n# {title}\n\n"
            f"Le Centre national du cinéma a publié mardi ses chiffres de fréquentation.\n\n{lead}\n\n"
            f"## Les films\n\nUne comédie a attiré 2,1 millions de spectateurs en six semaines.\n")


_TITLE = "Cinéma : près de 40 millions de spectateurs au premier trimestre"


@pytest.mark.parametrize("title,lead,found", [
    (_TITLE, "Les salles ont enregistré 36,2 millions d'entrées de janvier à mars, selon le CNC.",
     ["NUM201"]),
    ("Cinéma : 52 millions d'entrées au premier semestre",
     "Les salles ont accueilli 47,5 millions de spectateurs de janvier à juin, selon le CNC.",
     ["NUM201"]),
    # a little short of « près de »: quiet
    (_TITLE, "Les salles ont enregistré 38,4 millions d'entrées de janvier à mars, selon le CNC.", []),
    # « environ » keeps its ±10 %
    ("Cinéma : environ 40 millions de spectateurs au premier trimestre",
     "Les salles ont enregistré 36,2 millions d'entrées de janvier à mars, selon le CNC.", []),
    # the body gives the title's value too (another count, with the open-air screenings): quiet
    (_TITLE, "Les salles ont enregistré 36,2 millions d'entrées de janvier à mars. Avec les séances "
             "en plein air, le total approche 39,5 millions.", []),
    # the lead's first count is last year's: another moment
    (_TITLE, "L'an dernier, les salles avaient enregistré 36,2 millions d'entrées sur la période.", []),
])
def test_num201_title_audience_against_the_lead_admissions(title, lead, found):
    assert codes(season(title, lead), "NUM201", path="a.md") == found
