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


# --- NUM302: bare parts after « en » of a whole with a unit ---------------------------------

def test_en_parts_of_tonnes_fire():
    t = ("Depuis janvier, 52 000 tonnes de cacao ont été exportées. La région de l'Est en a expédié "
         "24 300, celle du Centre 17 900 et la région du Sud 12 600.")
    assert codes(t, "NUM302", path="a.txt") == ["NUM302"]


def test_en_parts_of_hectares_fire():
    t = ("Cette année, 9 300 hectares de forêt ont brûlé dans le pays. La Corse en totalise 4 100, "
         "le Var 3 600 et les Landes 2 200.")
    assert codes(t, "NUM302", path="a.txt") == ["NUM302"]


def test_en_parts_within_quiet():
    t = ("Depuis janvier, 52 000 tonnes de cacao ont été exportées. La région de l'Est en a expédié "
         "24 300, celle du Centre 17 900 et la région du Sud 8 600.")
    assert codes(t, "NUM302", path="a.txt") == []


def test_en_parts_whole_compared_quiet():
    t = ("Depuis janvier, 52 000 tonnes de cacao ont été exportées, contre 61 000 tonnes l'an dernier. "
         "La région de l'Est en a expédié 24 300, celle du Centre 27 900 et la région du Sud 12 600.")
    assert codes(t, "NUM302", path="a.txt") == []


def test_en_parts_beside_a_count_quiet():
    t = ("Depuis janvier, 310 coopératives ont exporté 52 000 tonnes de cacao. La région de l'Est en a "
         "expédié 24 300, celle du Centre 17 900 et la région du Sud 12 600.")
    assert codes(t, "NUM302", path="a.txt") == []


def test_en_parts_of_another_scale_quiet():
    t = ("Le fonds dispose de 12 millions d'euros. Les banques en ont apporté 7, les particuliers 4 "
         "et l'État 3.")
    assert codes(t, "NUM302", path="a.txt") == []


def test_en_parts_present_tense_fire():
    t = ("Le pays a récolté 7 400 tonnes de vanille. La Sava en fournit 3 900, l'Analanjirofo 2 600 "
         "et le Diana 1 300, selon le ministère.")
    assert codes(t, "NUM302", path="a.txt") == ["NUM302"]


def test_en_parts_present_tense_within_quiet():
    t = ("Le pays a récolté 7 400 tonnes de vanille. La Sava en fournit 3 900, l'Analanjirofo 2 100 "
         "et le Diana 1 300, selon le ministère.")
    assert codes(t, "NUM302", path="a.txt") == []


# --- NUM301: a list run over the paragraph, closed by « pour un total de » ------------------

_BUDGET = ("Les musées restent le premier poste, à 42,5 millions d'euros, après l'ajout de 2 millions "
           "pour les réserves. Suivent les bibliothèques, à 18,2 millions, et le spectacle vivant, à "
           "27,4 millions. Le patrimoine reçoit 15,8 millions, et l'éducation artistique 6,1 millions, "
           "pour un total de {} millions d'euros.")


def test_paragraph_list_total_off_fires():
    assert codes(_BUDGET.format("107,0"), "NUM301", path="a.txt") == ["NUM301"]


def test_paragraph_list_total_right_quiet():
    assert codes(_BUDGET.format("110,0"), "NUM301", path="a.txt") == []


def test_paragraph_list_detail_left_out_quiet():
    # 42,5 + 18,2 + 27,4 + 15,8 + 6,1 = 110,0 without the 2 millions of detail
    assert codes(_BUDGET.format("110,0"), "NUM301", path="a.txt") == []
    assert codes(_BUDGET.format("112,0"), "NUM301", path="a.txt") == []


def test_paragraph_list_counts_fire():
    t = ("Le réseau compte 1 240 lits à Lyon et 860 à Grenoble. Saint-Étienne dispose de 510 lits, "
         "Annecy de 390 et Valence de 270, pour un total de 3 570 lits.")
    assert codes(t, "NUM301", path="a.txt") == ["NUM301"]


def test_paragraph_total_alone_in_its_sentence_quiet():
    t = ("Le réseau compte 1 240 lits à Lyon et 860 à Grenoble. Saint-Étienne dispose de 510 lits, "
         "Annecy de 390 et Valence de 270. Au total, 3 570 lits sont ouverts dans la région.")
    assert codes(t, "NUM301", path="a.txt") == []


def test_paragraph_list_with_a_share_quiet():
    t = ("Le réseau compte 1 240 lits à Lyon, soit 38 % du parc, et 860 à Grenoble. Saint-Étienne "
         "dispose de 510 lits, Annecy de 390 et Valence de 270, pour un total de 3 570 lits.")
    assert codes(t, "NUM301", path="a.txt") == []


def test_paragraph_list_out_of_a_larger_total_quiet():
    t = ("Le réseau compte 1 240 lits à Lyon et 860 à Grenoble. Saint-Étienne dispose de 510 lits, "
         "Annecy de 390 et Valence de 270, sur un total de 3 570 lits dans la région.")
    assert codes(t, "NUM301", path="a.txt") == []
