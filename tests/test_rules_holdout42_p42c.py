"""Holdout 42 (p42c): patterns from unseen articles, on sentences written for the tests."""
from _lint_kit import codes

H = "Épizootie : la situation dans l'Ouest\nLe point a été publié lundi.\n"


def test_302_colon_places_after_verb_phrase_fires():
    assert codes(H + "Au total, 52 foyers ont été détectés dans les élevages depuis le 3 septembre : "
                 "30 en Vendée, 15 en Loire-Atlantique et 12 en Mayenne.\n", "NUM302") == ["NUM302"]
    assert codes(H + "Les vétérinaires ont recensé 27 cas depuis la rentrée : 14 dans l'Orne, "
                 "9 dans la Manche et 6 dans le Calvados.\n", "NUM302") == ["NUM302"]


def test_302_colon_places_after_verb_phrase_quiet():
    # parts that fit
    assert codes(H + "Au total, 52 foyers ont été détectés dans les élevages depuis le 3 septembre : "
                 "30 en Vendée, 15 en Loire-Atlantique et 7 en Mayenne.\n", "NUM302") == []
    # another count between the whole and the colon: which one is split? quiet
    assert codes(H + "On a détecté 52 foyers, contre 20 l'an dernier à la même date : "
                 "30 en Vendée, 15 en Loire-Atlantique et 12 en Mayenne.\n", "NUM302") == []
    # a clause of its own before the colon
    assert codes(H + "Les 52 foyers ont été détectés en trois semaines et la préfecture s'inquiète : "
                 "30 communes en Vendée, 15 en Loire-Atlantique et 12 en Mayenne sont touchées.\n",
                 "NUM302") == []


V = "Scrutin à l'Assemblée\nLe texte a été adopté jeudi soir.\n"


def test_302_vote_breakdown_after_parmi_eux_fires():
    assert codes(V + "En tout, 412 députés ont pris part au vote. Parmi eux, 250 ont voté pour, "
                 "150 contre et 20 se sont abstenus.\n", "NUM302") == ["NUM302"]
    assert codes(V + "En tout, 412 députés ont participé au scrutin. Parmi eux, 250 se sont prononcés "
                 "pour, 150 ont voté contre et 20 abstentions.\n", "NUM302") == ["NUM302"]


def test_302_vote_breakdown_after_parmi_eux_quiet():
    # the sides fit in the whole
    assert codes(V + "En tout, 412 députés ont pris part au vote. Parmi eux, 250 ont voté pour, "
                 "150 contre et 12 se sont abstenus.\n", "NUM302") == []
    # « pour » with an object of its own, then a count of another vote: no breakdown read
    assert codes(V + "En tout, 412 députés ont pris part au vote. Parmi eux, 250 ont voté pour "
                 "l'amendement du gouvernement, et 180 pour celui de la commission.\n", "NUM302") == []
    # a count that is not a side of the vote
    assert codes(V + "En tout, 412 députés ont pris part au vote. Parmi eux, 250 ont voté pour, "
                 "dont 180 élus de la majorité.\n", "NUM302") == []


E = "Épizootie : les abattages\nLe point a été publié lundi.\n"


def test_303_share_of_stated_whole_restated_as_count_fires():
    assert codes(E + "Les abattages ont touché 40 % des 250 000 canards de la zone, soit 50 000 oiseaux.\n",
                 "NUM303") == ["NUM303"]
    assert codes(E + "L'inondation a concerné 30 % des 42 000 habitants de la vallée, soit 8 400 personnes.\n",
                 "NUM303") == ["NUM303"]
    assert codes(E + "Les abattages ont touché 40 % des 250 000 canards de la zone, soit 50 000.\n",
                 "NUM303") == ["NUM303"]


def test_303_share_of_stated_whole_restated_as_count_quiet():
    # the count matches the share
    assert codes(E + "Les abattages ont touché 20 % des 250 000 canards de la zone, soit 50 000 oiseaux.\n",
                 "NUM303") == []
    # « soit » a count of other things (places, not the people)
    assert codes(E + "L'inondation a concerné 30 % des 42 000 habitants de la vallée, soit 14 communes.\n",
                 "NUM303") == []
    # a count of another noun that does not take the whole up
    assert codes(E + "Les abattages ont touché 40 % des 250 000 canards de la zone, soit 50 000 euros "
                 "d'indemnités.\n", "NUM303") == []


def test_302_parmi_eux_list_not_a_vote_still_read():
    # a « Parmi eux » list that is no vote keeps its own continuation
    assert codes(V + "La profession compte 640 pêcheurs. Parmi eux, 380 travaillent au nord "
                 "et 290 au sud.\n", "NUM302") == ["NUM302"]


T = "Grève dans les transports\nLa journée a été difficile.\n"


def test_303_share_of_told_count_after_sur_les_noun_participle_fires():
    assert codes(T + "Au total, 420 trains ont été supprimés mardi en Île-de-France.\n\n"
                 "Sur les trains annulés, 105 circulaient sur la ligne B, ce qui représente 40 % des "
                 "suppressions.\n", "NUM303") == ["NUM303"]
    assert codes(T + "Au total, 420 trains ont été annulés mardi en Île-de-France.\n\n"
                 "Parmi les trains supprimés, 105 circulaient sur la ligne B, soit 40 % des "
                 "annulations.\n", "NUM303") == ["NUM303"]


def test_303_share_of_told_count_after_sur_les_noun_participle_quiet():
    # the share matches
    assert codes(T + "Au total, 420 trains ont été supprimés mardi en Île-de-France.\n\n"
                 "Sur les trains annulés, 105 circulaient sur la ligne B, ce qui représente 25 % des "
                 "suppressions.\n", "NUM303") == []
    # two counts of trains told before: which one? quiet
    assert codes(T + "Au total, 420 trains ont été supprimés mardi, et 380 trains lundi.\n\n"
                 "Sur les trains annulés, 105 circulaient sur la ligne B, ce qui représente 40 % des "
                 "suppressions.\n", "NUM303") == []
    # the count told is of trains run, not cancelled: the share is of something else
    assert codes(T + "Au total, 420 trains ont circulé mardi en Île-de-France.\n\n"
                 "Sur les trains annulés, 105 circulaient sur la ligne B, ce qui représente 40 % des "
                 "suppressions.\n", "NUM303") == []
