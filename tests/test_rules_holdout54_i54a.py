"""Holdout round 54 (i54a): patterns behind the cases of unseen articles, in our own words."""
from _lint_kit import codes


# NUM202: a headline share of the votes that the body's counts of the same ballot give
def _vote(head: str, body: str) -> str:
    return f"# {head}\n\nLe scrutin s'est tenu dimanche.\n\n{body}\n"


def test_num202_vote_share_of_two_contenders_is_given():
    t = _vote("Quimper : Paul Morvan réélu avec 55,0 % des voix",
              "Paul Morvan a recueilli 2 200 voix, contre 1 800 pour son adversaire, Marc Le Bras.")
    assert codes(t, "NUM202", path="a.md") == []


def test_num202_vote_share_of_the_loser_is_given():
    t = _vote("Vannes : la sortante battue, avec 45 % des suffrages",
              "Le challenger l'emporte avec 2 200 voix ; la maire sortante n'en a réuni que 1 800.")
    assert codes(t, "NUM202", path="a.md") == []


def test_num202_vote_share_of_a_list_of_contenders_is_given():
    t = ("# Brest : la liste Kerjean en tête avec 40,0 % des voix\n\nPremier tour dimanche.\n\n"
         "Les résultats :\n\n- liste Kerjean : 2 100 voix ;\n- liste Abgrall : 1 900 voix ;\n"
         "- liste Guivarc'h : 1 250 voix.\n")
    assert codes(t, "NUM202", path="a.md") == []


def test_num202_vote_share_over_votes_cast_is_given():
    t = _vote("Morlaix : Jeanne Riou élue avec 61 % des voix",
              "On a compté 5 000 suffrages exprimés. Jeanne Riou en a obtenu 3 050 voix.")
    assert codes(t, "NUM202", path="a.md") == []


def test_num202_vote_share_the_counts_do_not_give_fires():
    t = _vote("Quimper : Paul Morvan réélu avec 58,0 % des voix",
              "Paul Morvan a recueilli 2 200 voix, contre 1 800 pour son adversaire, Marc Le Bras.")
    assert codes(t, "NUM202", path="a.md") == ["NUM202"]


def test_num202_vote_share_beyond_the_headline_rounding_fires():
    # 2 200 / 4 000 = 55,0 %: « 55,4 % » is not its rounding
    t = _vote("Quimper : Paul Morvan réélu avec 55,4 % des voix",
              "Paul Morvan a recueilli 2 200 voix, contre 1 800 pour son adversaire, Marc Le Bras.")
    assert codes(t, "NUM202", path="a.md") == ["NUM202"]


def test_num202_vote_share_of_three_in_one_sentence_is_given():
    t = _vote("Lorient : Yves Guillou l'emporte avec 40,0 % des voix",
              "Yves Guillou totalise 2 100 voix, Anne Riou 1 900 et Loïc Tanguy 1 250.")
    assert codes(t, "NUM202", path="a.md") == []


def test_num202_vote_shares_of_counts_told_apart_are_not_summed():
    # the two counts are in two sentences, of two rounds: not the contenders of one ballot
    t = _vote("Quimper : Paul Morvan réélu avec 55,0 % des voix",
              "Au premier tour, Paul Morvan avait recueilli 2 200 voix. "
              "Au second, son adversaire en a obtenu 1 800.")
    assert codes(t, "NUM202", path="a.md") == ["NUM202"]


def test_num202_share_of_another_thing_is_not_a_vote_share():
    t = _vote("Quimper : 55,0 % des habitants satisfaits",
              "Paul Morvan a recueilli 2 200 voix, contre 1 800 pour son adversaire, Marc Le Bras.")
    assert codes(t, "NUM202", path="a.md") == ["NUM202"]


# NUM404: a retirement age to come, or a cohort's, is not an age reached today
def _dated(body: str) -> str:
    return f"---\ntitle: Retraites\ndate: 2026-06-11\n---\n\n# Retraites\n\n{body}\n"


def test_num404_cohort_future_retirement_age_is_quiet():
    t = _dated("Les salariés nés en 1969 seront les premiers à partir à 64 ans.")
    assert codes(t, "NUM404", path="a.md") == []


def test_num404_cohort_may_retire_at_is_quiet():
    t = _dated("Les femmes nées en 1970 pourront partir à la retraite à 62 ans.")
    assert codes(t, "NUM404", path="a.md") == []


def test_num404_one_person_future_retirement_is_quiet():
    t = _dated("Né en 1968, le syndicaliste Paul Morvan partira à la retraite à 64 ans.")
    assert codes(t, "NUM404", path="a.md") == []


def test_num404_generations_born_after_is_quiet():
    t = _dated("Les générations nées après 1965 devront attendre un départ à 64 ans.")
    assert codes(t, "NUM404", path="a.md") == []


def test_num404_a_person_age_now_still_fires():
    t = _dated("Paul Morvan, né en 1968, a 52 ans et dirige la caisse depuis dix ans.")
    assert codes(t, "NUM404", path="a.md") == ["NUM404"]


def test_num404_a_past_retirement_beyond_today_age_still_fires():
    t = _dated("Paul Morvan, né en 1968, est parti à la retraite à 63 ans.")
    assert codes(t, "NUM404", path="a.md") == ["NUM404"]


# NUM201: a title change share against the lead's stated change of the measure, told with its values
def _results(title: str, lead: str) -> str:
    return (f"# {title}\n\nLe groupe a présenté ses comptes annuels.\n\n{lead}\n\n"
            "Le groupe compte 140 magasins et emploie 3 200 salariés.\n")


def test_num201_title_change_against_lead_change_fires():
    t = _results("Breizh Distribution : le bénéfice recule de 24 %",
                 "Le résultat net est passé de 80 à 64 millions d'euros, une baisse de 20 %. "
                 "Les ventes ont atteint 1,2 milliard d'euros.")
    assert codes(t, "NUM201", path="a.md") == ["NUM201"]


def test_num201_title_rise_against_lead_rise_fires():
    t = _results("Armor Textile : un chiffre d'affaires en hausse de 18 %",
                 "Les ventes ont grimpé de 250 à 290 millions d'euros, soit une progression de 16 %.")
    assert codes(t, "NUM201", path="a.md") == ["NUM201"]


def test_num201_title_change_the_body_gives_elsewhere_is_quiet():
    t = _results("Breizh Distribution : les ventes reculent de 4 %",
                 "Le résultat net est passé de 80 à 64 millions d'euros, une baisse de 20 %. "
                 "Les ventes ont reculé de 4 %, à 1,2 milliard d'euros.")
    assert codes(t, "NUM201", path="a.md") == []


def test_num201_title_change_of_other_values_is_quiet():
    # the title's 24 % is the fall of the sales, from 500 to 380 millions
    t = _results("Breizh Distribution : les ventes en chute de 24 %",
                 "Le résultat net est passé de 80 à 64 millions d'euros, une baisse de 20 %. "
                 "Les ventes sont tombées de 500 à 380 millions d'euros.")
    assert codes(t, "NUM201", path="a.md") == []


def test_num201_title_change_when_the_lead_values_disagree_is_quiet():
    # the lead's 22 % is not the change from 80 to 64: NUM305's business, not a title slip
    t = _results("Breizh Distribution : le bénéfice recule de 24 %",
                 "Le résultat net est passé de 80 à 64 millions d'euros, une baisse de 22 %.")
    assert codes(t, "NUM201", path="a.md") == []


def test_num201_title_change_of_a_pair_set_against_is_quiet():
    t = _results("Breizh Distribution : les ventes en hausse de 9 %",
                 "Le résultat net est passé de 80 à 88 millions d'euros, une hausse de 10 %. "
                 "Les ventes ont atteint 545 millions d'euros, contre 500 millions un an plus tôt.")
    assert codes(t, "NUM201", path="a.md") == []


# NUM304: a vote's field told one list per sentence, across paragraphs, past a recalled score
def _field(body: str) -> str:
    return f"# Municipale partielle à Redon\n\nLe premier tour s'est tenu dimanche.\n\n{body}\n"


def test_num304_three_lists_over_two_paragraphs_past_a_recalled_score_fires():
    t = _field("La maire sortante arrive en tête avec 44,2 % des suffrages exprimés. Elle avait "
               "obtenu 52 % en 2020.\n\nElle devance la liste de gauche, créditée de 31,6 %. "
               "La liste écologiste recueille 28,1 % et pourra se maintenir.")
    assert codes(t, "NUM304", path="a.md") == ["NUM304"]


def test_num304_three_lists_in_consecutive_sentences_fires():
    t = _field("Le candidat divers droite arrive en tête avec 46,0 % des voix. Son adversaire "
               "socialiste obtient 35,5 %. La liste citoyenne recueille 21,0 %.")
    assert codes(t, "NUM304", path="a.md") == ["NUM304"]


def test_num304_three_lists_that_add_up_are_quiet():
    t = _field("La maire sortante arrive en tête avec 44,2 % des suffrages exprimés. Elle avait "
               "obtenu 52 % en 2020.\n\nElle devance la liste de gauche, créditée de 31,6 %. "
               "La liste écologiste recueille 24,2 % et pourra se maintenir.")
    assert codes(t, "NUM304", path="a.md") == []


def test_num304_a_second_round_after_the_first_is_quiet():
    # the second round's winner, above the share before it, starts another vote
    t = _field("La maire sortante arrive en tête avec 44,2 % des suffrages exprimés. La liste "
               "de gauche recueille 31,6 %.\n\nAu second tour, la liste de gauche obtient 53,0 %.")
    assert codes(t, "NUM304", path="a.md") == []


def test_num304_shares_told_without_a_contender_verb_are_quiet():
    t = _field("La maire sortante arrive en tête avec 44,2 % des suffrages exprimés. Le chômage "
               "touche 31,6 % des jeunes de la ville.\n\nLa commune a perdu 28,1 % de ses commerces.")
    assert codes(t, "NUM304", path="a.md") == []


# NUM303: « à peine plus d' / un peu plus d' » a ratio in words, against the part and whole told before
def _poll(sentence: str) -> str:
    return f"# Élection partielle à Dinan\n\nLe scrutin s'est tenu dimanche.\n\n{sentence}\n"


def test_num303_barely_over_one_in_four_for_a_third_fires():
    t = _poll("Seuls 3 300 des 9 500 inscrits se sont déplacés : à peine plus d'un électeur sur quatre.")
    assert codes(t, "NUM303", path="a.md") == ["NUM303"]


def test_num303_a_little_over_a_third_for_nearly_half_fires():
    t = _poll("Au total, 4 300 des 9 500 inscrits ont voté, soit un peu plus d'un tiers.")
    assert codes(t, "NUM303", path="a.md") == ["NUM303"]


def test_num303_barely_over_one_in_four_that_fits_is_quiet():
    t = _poll("Seuls 2 600 des 9 500 inscrits se sont déplacés : à peine plus d'un électeur sur quatre.")
    assert codes(t, "NUM303", path="a.md") == []


def test_num303_more_than_one_in_four_is_an_open_bound_quiet():
    t = _poll("Seuls 3 300 des 9 500 inscrits se sont déplacés : plus d'un électeur sur quatre.")
    assert codes(t, "NUM303", path="a.md") == []


def test_num303_a_little_over_a_third_that_fits_is_quiet():
    t = _poll("Au total, 3 400 des 9 500 inscrits ont voté, soit un peu plus d'un tiers.")
    assert codes(t, "NUM303", path="a.md") == []


def test_num303_barely_over_a_quarter_for_a_third_fires():
    t = _poll("Au total, 3 300 des 9 500 inscrits ont voté, soit à peine plus d'un quart.")
    assert codes(t, "NUM303", path="a.md") == ["NUM303"]


# NUM302: « parmi lesquels / lesquelles » opens a list of parts, as « dont » does
def _staff(sentence: str) -> str:
    return f"# Fusion de deux cliniques à Vannes\n\nLe projet a été validé lundi.\n\n{sentence}\n"


def test_num302_parmi_lesquelles_parts_above_the_whole_fire():
    t = _staff("Le nouvel établissement comptera 1 820 personnes, parmi lesquelles 1 050 soignants, "
               "320 médecins et 510 agents techniques.")
    assert codes(t, "NUM302", path="a.md") == ["NUM302"]


def test_num302_parmi_lesquels_parts_above_the_whole_fire():
    t = _staff("La clinique emploie 820 salariés, parmi lesquels 450 infirmiers, 240 aides-soignants "
               "et 180 agents.")
    assert codes(t, "NUM302", path="a.md") == ["NUM302"]


def test_num302_parmi_lesquelles_parts_within_the_whole_are_quiet():
    t = _staff("Le nouvel établissement comptera 1 820 personnes, parmi lesquelles 1 050 soignants, "
               "320 médecins et 450 agents techniques.")
    assert codes(t, "NUM302", path="a.md") == []


def test_num302_a_count_of_its_own_verb_after_the_list_is_quiet():
    # « et en ont blessé 900 »: a count of its own verb, no part of the 300
    t = _staff("Les combats ont tué 300 personnes, parmi lesquelles 80 civils, et en ont blessé 900.")
    assert codes(t, "NUM302", path="a.md") == []


def test_num302_dont_list_closed_by_a_verb_of_its_own_is_quiet():
    t = _staff("Les combats ont tué 300 personnes, dont 80 civils, et en ont blessé 900.")
    assert codes(t, "NUM302", path="a.md") == []
