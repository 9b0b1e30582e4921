"""NUM303 and NUM301 on the twenty-seventh holdout's false alarms, by pattern: a rounded total in
the title (« dépasse 600 cas ») is not the whole of a « soit N % du total » when the text gives the
exact total; the scale word of « N des M milliards » belongs to both numbers (and a bare part is
never set against a scaled whole: no « font 0 % »); a small count in words of who shares a total
(« les deux candidats ») is no part of it."""
import pytest

from _lint_kit import codes


@pytest.mark.parametrize("text,expected", [
    # the title rounds 1 148 down to « plus de 1 100 »; Bamako's share is of the text's total
    ("Paludisme : le Mali dépasse 1 100 cas graves depuis janvier\nLes services de santé restent en "
     "alerte.\n\nLe ministère a recensé 1 148 cas graves depuis le début de l'année. À Bamako, on "
     "compte 460 cas graves, soit 40 % du total.\n", []),
    ("Choléra : la Zambie dépasse 900 cas confirmés\nLa saison des pluies inquiète.\n\nLes "
     "autorités ont confirmé 962 cas depuis janvier. Dans la province de Lusaka, 385 cas, soit "
     "40 % du total, ont été signalés.\n", []),
    # near miss: the text's total gives another share, it still fires (against the text's total)
    ("Paludisme : le Mali dépasse 1 100 cas graves depuis janvier\nLes services de santé restent en "
     "alerte.\n\nLe ministère a recensé 1 148 cas graves depuis le début de l'année. À Bamako, on "
     "compte 460 cas graves, soit 45 % du total.\n", ["NUM303"]),
])
def test_text_total_wins_over_rounded_title(text, expected):
    assert codes(text, "NUM303") == expected


@pytest.mark.parametrize("text,expected", [
    # the scale word is said once, on the whole: 2 150 / 9 800 = 21,9 %
    ("Budget du Sénégal\nLe projet de loi de finances est déposé.\nLes salaires de la fonction "
     "publique absorbent 2 150 des 9 800 milliards, soit 21,9 %.\n", []),
    ("Budget du Cameroun\nLe projet de loi de finances est déposé.\nL'investissement public "
     "représente 3 480 des 14 900 milliards, soit 23,4 %.\n", []),
    # near miss: the share is wrong at the scale shared (2 150 / 9 800 = 21,9 %, not 31,9 %)
    ("Budget du Sénégal\nLe projet de loi de finances est déposé.\nLes salaires de la fonction "
     "publique absorbent 2 150 des 9 800 milliards, soit 31,9 %.\n", ["NUM303"]),
    # a part written in full beside a whole in millions is compared as written: 18 % is wrong
    ("Haïti\nL'Unicef alerte.\nLes enfants représentent 612 000 des 1,2 million de déplacés, soit "
     "18 %.\n", ["NUM303"]),
])
def test_scale_of_the_whole_is_the_parts(text, expected):
    assert codes(text, "NUM303") == expected


@pytest.mark.parametrize("text,expected", [
    # « les trois candidats » counts who share the votes, not a part of them
    ("Municipale partielle\nLe second tour aura lieu dimanche.\nLa candidate écologiste obtient "
     "4 310 voix, et les trois candidats divers gauche se partagent 1 920 voix au total.\n", []),
    ("Législative partielle\nLe second tour aura lieu dimanche.\nLe sortant recueille 9 804 "
     "suffrages, et les deux candidats régionalistes se partagent les 3 115 voix au total.\n", []),
    # near miss: parts of the same noun, in digits, that do not add up still fire
    ("Municipale partielle\nLe second tour aura lieu dimanche.\nLa liste de gauche obtient 4 310 "
     "voix, celle de droite 3 250 voix, soit 7 660 voix au total.\n", ["NUM301"]),
])
def test_count_of_holders_is_no_part(text, expected):
    assert codes(text, "NUM301") == expected
