"""NUM201 on the forty-seventh holdout's misses, by pattern (branch u47a).

Why NUM201 stayed quiet on the 19 stale-headline articles, grouped by cause:
- the body's one value of the headline's noun carries a state that only tells the act of attending
  (« 41 500 spectateurs ont assisté aux concerts »), so it sits in another group than the
  headline's stateless count: e273 (fixed here).
- another noun for the same crowd (« finishers » / « classés », « visiteurs » / « personnes ont
  arpenté », « festivaliers » / « entrées »): e102, e284, e337 (left: no noun pairs that stay certain).
- the body value is a part of a whole read from « Sur les M …, N ont été … » / « N des M … », with the
  whole's noun or state, never a candidate: e93, e265, e329.
- the body value is confirmed by a section heading that repeats it, which the rule reads as « two
  measures sharing a noun »: e118 (left: a heading and its paragraph often give one race's or one
  region's count, a part the title's whole need not match; see test_rules_num2's
  test_num201_a_heading_told_by_its_section_is_a_measure_of_its_own).
- a rate « par jour » against a headline « quotidiens »: e372.
- a sum (« 62 millions », no currency, in a title) against a money « déficit »: e357.
- quantities that differ beyond a typing slip (hectares, tonnes read under two kinds): e340, e293.
- a headline change or pass rate (« recule de 15 % », « 89 % de réussite ») with no noun read,
  against one of several body changes or rates: e241, e247, e256, e191.
- a headline total against a sum of parts or another year's figure: e231, e183.
- a headline count read with a comparison cue (« après 21 victoires en séries »): e122.
"""
import pytest

from _lint_kit import codes

_P = "Les organisateurs ont dressé le bilan lundi.\n"
_E = "La prochaine édition aura lieu l'été prochain.\n"


@pytest.mark.parametrize("text,expected", [
    # an audience told by the act of attending (or how it was counted): the headline's audience
    ("Festival de Sète : 52 000 spectateurs pour la première édition\n" + _P
     + "Selon la direction, 46 300 spectateurs ont assisté aux concerts du week-end.\n" + _E, ["NUM201"]),
    ("Château de Chambord : 18 000 visiteurs pendant les vacances\n" + _P
     + "D'après le domaine, 14 900 visiteurs ont arpenté les jardins pendant les deux semaines.\n" + _E,
     ["NUM201"]),
    ("Foire aux vins : 9 000 visiteurs en trois jours\n" + _P
     + "Au final, 7 200 visiteurs ont été accueillis sous les halles.\n" + _E, ["NUM201"]),
    ("Jazz à Vienne : 30 000 festivaliers attendus au théâtre antique\n" + _P
     + "En tout, 25 400 festivaliers ont fréquenté le théâtre antique.\n" + _E, []),
    # the body gives the headline's value
    ("Festival de Sète : 52 000 spectateurs pour la première édition\n" + _P
     + "Selon la direction, 52 000 spectateurs ont assisté aux concerts du week-end.\n" + _E, []),
    # within rounding
    ("Festival de Sète : 46 000 spectateurs pour la première édition\n" + _P
     + "Selon la direction, 46 300 spectateurs ont assisté aux concerts du week-end.\n" + _E, []),
    # another year's audience
    ("Festival de Sète : 52 000 spectateurs pour la première édition\n" + _P
     + "L'an dernier, 46 300 spectateurs avaient assisté à la préfiguration.\n" + _E, []),
    # another state: the audience hurt, not the audience
    ("Festival de Sète : 52 000 spectateurs pour la première édition\n" + _P
     + "Selon la direction, 46 300 spectateurs ont été blessés légèrement par la chaleur.\n" + _E, []),
    # the headline audience told in the body too, beside the one at a concert
    ("Festival de Sète : 52 000 spectateurs pour la première édition\n" + _P
     + "Au total, 52 000 spectateurs sont venus. Samedi, 46 300 spectateurs ont assisté au concert de clôture.\n"
     + _E, []),
])
def test_audience_told_by_attending(text, expected):
    assert codes(text, "NUM201", path="a.txt") == expected

