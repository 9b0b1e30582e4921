"""Holdout 47, NUM301/NUM302 misses (u47b).

Why each miss stays quiet, grouped by cause:
- whole a lower bound (« au moins 47 morts, dont 24, 17 et 9 »): the « dont » list is linked, but
  « au moins » leaves the whole without a ceiling → e266 (NUM302). Fixed: a floor written to the
  unit (not a round 40, 300) is the count the list splits.
- bare parts whose unit/scale is carried by a neighbour (« 78,4 millions » after « 96,2 millions
  de dollars », « 14 200 » after « 41 000 tonnes », « 112,6 et 91,3 milliards d'euros »), so kind
  and unit differ from the whole's → e190 e246 e39 (NUM301), e321 e376 (NUM302).
- parts spread over several sentences or paragraphs, the total in its own sentence (before or
  after), with no exhaustiveness cue → e190 (total before, no cue), e246 (with a sub-part
  « ajout de 3 millions » inside the list), e248 (« Au total, 520 emplois » after 240/135/95 with
  « postes » for « emplois »), e39 (parts over two paragraphs, total naming the four clubs).
- whole in another paragraph under another noun (« crédits d'engagement » / « engagements »,
  « à elles seules respectivement ») → e321; parts taken up by « en » (« en a fourni ») → e376.
"""
from _lint_kit import codes


# --- NUM302: « au moins N, dont … » ---------------------------------------------------------

def test_floor_to_the_unit_split_beyond_it_fires():
    t = ("L'explosion a fait au moins 23 morts, dont 12 dans l'usine, 8 dans la rue et 6 dans "
         "les immeubles voisins, selon les pompiers.")
    assert codes(t, "NUM302", path="a.txt") == ["NUM302"]


def test_floor_subject_first_fires():
    t = "Au moins 37 personnes ont péri, dont 21 à Lima et 19 à Cusco, selon la protection civile."
    assert codes(t, "NUM302", path="a.txt") == ["NUM302"]


def test_floor_blessés_fires():
    t = "La collision a fait au moins 64 blessés, dont 41 dans le premier train et 27 dans le second."
    assert codes(t, "NUM302", path="a.txt") == ["NUM302"]


def test_round_floor_quiet():
    t = "L'explosion a fait au moins 20 morts, dont 12 dans l'usine, 8 dans la rue et 6 dans les environs."
    assert codes(t, "NUM302", path="a.txt") == []


def test_floor_within_quiet():
    t = "L'explosion a fait au moins 23 morts, dont 12 dans l'usine, 8 dans la rue et 3 dans les environs."
    assert codes(t, "NUM302", path="a.txt") == []


def test_floor_parts_themselves_floors_quiet():
    t = "L'explosion a fait au moins 23 morts, dont au moins 15 dans l'usine et une dizaine dans la rue."
    assert codes(t, "NUM302", path="a.txt") == []


def test_round_plus_de_quiet():
    t = "Le séisme a fait plus de 300 morts, dont 180 dans la capitale et 150 dans le Nord."
    assert codes(t, "NUM302", path="a.txt") == []
