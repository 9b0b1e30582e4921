"""Holdout 52 (g52a): a participle used as a noun (« 32 blessés », « 1 180 licenciés ») and the
same participle said of a noun (« 27 personnes blessées », « 1 200 salariés licenciés ») count
one thing."""
from __future__ import annotations

import pytest

from _lint_kit import codes

BODY = "\n\nLes secours sont intervenus dans la matinée.\n\n"

PEOPLE = [
    # « N blessés » in the title, « N personnes blessées » in the body: one toll
    ("Collision : 32 blessés sur la rocade", "Le dernier bilan fait état de 26 personnes blessées, "
     "selon la préfecture.", ["NUM201"]),
    ("Tempête : 1 200 évacués dans le Var", "Selon la préfecture, 950 personnes évacuées dormaient "
     "dans des gymnases.", ["NUM201"]),
    ("Collision : 32 blessés sur la rocade", "Vingt minutes plus tard, 26 personnes ont été "
     "blessées, selon la préfecture.", ["NUM201"]),
    # the same toll: quiet
    ("Collision : 32 blessés sur la rocade", "Le dernier bilan fait état de 32 personnes blessées, "
     "selon la préfecture.", []),
    # people in another state: another measure
    ("Collision : 32 blessés sur la rocade", "Le dernier bilan fait état de 26 personnes "
     "hospitalisées, selon la préfecture.", []),
    ("Tempête : 1 200 évacués dans le Var", "Selon la préfecture, 950 personnes relogées dormaient "
     "dans des gymnases.", []),
]


@pytest.mark.parametrize("head,body,expected", PEOPLE)
def test_people_in_a_state_are_the_participle(head, body, expected):
    assert codes(head + BODY + body + "\n", "NUM201", path="a.txt") == expected
