"""Round 53 holdout patterns (h53b): written from the pattern, not from the corpus sentences."""
from _lint_kit import codes

T = "Référendum : le résultat est tombé\n\nLe dépouillement s'est achevé dimanche soir.\n\n"


# NUM304: a ballot's yes and no shares must add to 100 % (beyond rounding)
def test_304_yes_no_subject_before_fires():
    assert codes(T + "Le « oui » a obtenu 61,2 % des suffrages exprimés, le « non » n'en recueillant que 41,5 %.\n",
                 "NUM304") == ["NUM304"]


def test_304_yes_no_elliptic_fires():
    assert codes(T + "Le oui l'emporte avec 57 % des voix, le non 46 %.\n", "NUM304") == ["NUM304"]


def test_304_pour_le_non_fires():
    assert codes(T + "Le oui s'impose avec 62 % des voix, contre 41 % pour le « non ».\n", "NUM304") == ["NUM304"]


def test_304_ont_vote_pour_contre_fires():
    assert codes(T + "Au bout du compte, 58 % des votants ont voté pour, 46 % contre.\n", "NUM304") == ["NUM304"]


def test_304_yes_no_adding_up_quiet():
    assert codes(T + "Le « oui » a obtenu 58,6 % des suffrages exprimés, le « non » n'en recueillant que 41,4 %.\n",
                 "NUM304") == []
    assert codes(T + "Le oui l'emporte avec 62 % des voix, contre 38 % pour le non.\n", "NUM304") == []


def test_304_yes_among_groups_quiet():
    # shares of two different groups who chose a side, not one ballot's split
    assert codes(T + "Les jeunes ont choisi le oui à 64 %, contre 47 % des retraités.\n", "NUM304") == []
    assert codes(T + "Au total, 64 % des jeunes ont voté oui, 47 % des retraités ont voté non.\n", "NUM304") == []


def test_304_yes_no_other_vote_quiet():
    # a past vote's no, or a comparison « contre 45 % en 2015 »
    assert codes(T + "Le oui obtient 58 % des voix, contre 45 % en 2015.\n", "NUM304") == []
    assert codes(T + "Le oui obtient 58 % des voix ; le non avait recueilli 46 % lors du scrutin de 2015.\n",
                 "NUM304") == []


# NUM303: a share of a vote's base (« des votants ») against the base's count told just before
V = "Le conseil adopte le budget\n\nLe vote a eu lieu mardi soir.\n\n"


def test_303_share_of_votants_fires():
    assert codes(V + "Sur 212 votants, le texte a recueilli 150 voix pour.\n\n"
                 "Les 31 abstentions, soit 25 % des votants, viennent de la droite.\n", "NUM303") == ["NUM303"]


def test_303_share_of_inscrits_fires():
    assert codes(V + "La commune compte 4 820 inscrits et le scrutin a eu lieu dimanche.\n"
                 "Au total, 1 250 électeurs se sont déplacés, soit 45 % des inscrits.\n", "NUM303") == ["NUM303"]


def test_303_share_of_votants_right_quiet():
    assert codes(V + "Sur 212 votants, le texte a recueilli 150 voix pour.\n\n"
                 "Les 31 abstentions, soit environ 15 % des votants, viennent de la droite.\n", "NUM303") == []


def test_303_two_counts_of_votants_quiet():
    # two rounds, two counts of voters: which one the share is of is unsure
    assert codes(V + "Au premier tour, on comptait 212 votants ; au second, 260 votants.\n\n"
                 "Les 31 abstentions, soit 25 % des votants, viennent de la droite.\n", "NUM303") == []


def test_303_votants_far_before_quiet():
    # the count of voters told several paragraphs before: perhaps another vote's
    assert codes(V + "Sur 212 votants, le texte a recueilli 150 voix pour.\n\n"
                 "La séance a été longue.\n\nLes débats ont porté sur les écoles.\n\n"
                 "Les 31 abstentions, soit 25 % des votants, viennent de la droite.\n", "NUM303") == []


# NUM201: a title share of « <people> <state> » against the lead's share of « <state> » (noun)
G = ("Grève dans les collèges : 41 % d'enseignants grévistes selon le ministère\n\n"
     "La mobilisation contre la réforme a été suivie dans tout le pays.\n\n")


def test_201_title_state_share_fires():
    assert codes(G + "Jeudi, le ministère a compté 33,5 % de grévistes dans les collèges, contre 22 % "
                 "lors du mouvement de mars.\n", "NUM201") == ["NUM201"]


def test_201_title_state_share_rounding_quiet():
    assert codes(G + "Jeudi, le ministère a compté 40,6 % de grévistes dans les collèges, contre 22 % "
                 "lors du mouvement de mars.\n", "NUM201") == []


def test_201_title_state_share_given_elsewhere_quiet():
    assert codes(G + "Jeudi, le ministère a compté 33,5 % de grévistes dans les lycées, contre 22 % "
                 "lors du mouvement de mars.\n\nDans les collèges, le taux atteint 41 %.\n", "NUM201") == []


def test_201_title_state_share_other_group_quiet():
    assert codes(G + "Jeudi, le ministère a compté 33,5 % de grévistes chez les agents territoriaux, "
                 "contre 22 % en mars.\n", "NUM201") == []


def test_201_title_state_share_same_group_fires():
    assert codes(G + "Jeudi, le ministère a compté 33,5 % de grévistes chez les enseignants des collèges, "
                 "contre 22 % en mars.\n", "NUM201") == ["NUM201"]


def test_201_title_state_share_parmi_other_group_quiet():
    assert codes(G + "Jeudi, le ministère a compté 33,5 % de grévistes parmi les surveillants, "
                 "contre 22 % en mars.\n", "NUM201") == []
