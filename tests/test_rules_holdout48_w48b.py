"""Holdout round 48 (w48b): a disruption's length as the complement of its noun, dated by the
participles of its subject's aside; ages against a birth told before them."""
from _lint_kit import codes


def _md(body: str, date: str = "2026-10-20") -> str:
    return f"---\ntitle: Essai\ndate: {date}\n---\n\n{body}\n"


# NUM403: « Entamée le … et levée le …, la grève de N jours » / « La grève de N jours, entamée le … »

def test_num403_led_aside_strike_of_days_too_long_fires():
    text = _md("Commencée le lundi 5 octobre et achevée le mercredi 7 octobre, la grève de six jours "
               "des contrôleurs a désorganisé le réseau.")
    assert codes(text, "NUM403", path="a.md") == ["NUM403"]


def test_num403_aside_after_blocking_of_weeks_fires():
    text = _md("Ce blocage de deux semaines, déclenché le lundi 5 octobre et levé le jeudi 8 octobre, "
               "a privé la raffinerie de livraisons.")
    assert codes(text, "NUM403", path="a.md") == ["NUM403"]


def test_num403_led_aside_closure_masculine_fires():
    text = _md("Lancé le mardi 6 octobre et levé le mercredi 7, le mouvement de dix jours des "
               "éboueurs a laissé des tonnes de déchets.")
    assert codes(text, "NUM403", path="a.md") == ["NUM403"]


def test_num403_led_aside_strike_fitting_quiet():
    text = _md("Commencée le lundi 5 octobre et achevée le mercredi 7 octobre, la grève de trois jours "
               "des contrôleurs a désorganisé le réseau.")
    assert codes(text, "NUM403", path="a.md") == []


def test_num403_led_aside_shorter_length_quiet():
    # fewer days than the span: some of them only, not a contradiction
    text = _md("Commencée le lundi 5 octobre et achevée le vendredi 16 octobre, la grève de trois jours "
               "des contrôleurs a désorganisé le réseau.")
    assert codes(text, "NUM403", path="a.md") == []


def test_num403_planned_length_quiet():
    text = _md("Commencée le lundi 5 octobre et levée le mercredi 7 octobre, la grève de dix jours "
               "annoncée par les syndicats a tourné court.")
    assert codes(text, "NUM403", path="a.md") == []


def test_num403_aside_of_another_noun_quiet():
    # the masculine aside is not told of the feminine strike
    text = _md("Décidé le lundi 5 octobre et levé le mercredi 7 octobre, le couvre-feu a suivi la grève "
               "de dix jours des dockers.")
    assert codes(text, "NUM403", path="a.md") == []


def test_num403_suspended_may_resume_quiet():
    # suspended, the strike may resume: its length may count both runs
    text = _md("Entamée le lundi 5 octobre et suspendue le mercredi 7, la grève de dix jours "
               "reprendra lundi.")
    assert codes(text, "NUM403", path="a.md") == []



def test_num403_notice_length_quiet():
    text = _md("Déposé le lundi 5 octobre et levé le mercredi 7, le préavis de grève de dix jours "
               "n'a pas été suivi.")
    assert codes(text, "NUM403", path="a.md") == []


# NUM404: « Originaire de X, où il avait vu le jour en YEAR, il … . Il avait / a N ans »

def test_num404_pluperfect_birth_then_had_age_next_fires():
    text = _md("Un sauveteur est mort samedi en mer. Originaire de Brest, où il avait vu le jour en 2000, "
               "il avait rejoint la station à 19 ans. Il avait 41 ans et laisse une fille.", "2026-08-20")
    assert codes(text, "NUM404", path="a.md") == ["NUM404"]


def test_num404_born_led_then_has_age_next_fires():
    text = _md("Née à Quimper en 1990, elle dirige la coopérative depuis peu. Elle a 47 ans et trois "
               "enfants.", "2026-08-20")
    assert codes(text, "NUM404", path="a.md") == ["NUM404"]


def test_num404_where_born_then_age_fitting_quiet():
    text = _md("Originaire de Brest, où il est né en 2000, il avait rejoint la station à 19 ans. Il "
               "avait 26 ans et laisse une fille.", "2026-08-20")
    assert codes(text, "NUM404", path="a.md") == []


def test_num404_younger_age_of_a_story_quiet():
    # a younger age may be one of the story, told in the narrative present
    text = _md("Originaire de Brest, où il est né en 1970, il monte très tôt à Paris. Il a 17 ans et "
               "rêve de cuisine.", "2026-08-20")
    assert codes(text, "NUM404", path="a.md") == []


def test_num404_another_man_named_between_quiet():
    text = _md("Originaire de Brest, où il avait vu le jour en 2000, il avait rejoint Yann Le Goff à la "
               "station. Il avait 41 ans et laisse une fille.", "2026-08-20")
    assert codes(text, "NUM404", path="a.md") == []


def test_num404_other_pronoun_gender_quiet():
    text = _md("Originaire de Brest, où il avait vu le jour en 2000, il a épousé une infirmière. Elle "
               "avait 41 ans.", "2026-08-20")
    assert codes(text, "NUM404", path="a.md") == []


def test_num404_another_age_between_quiet():
    text = _md("Originaire de Brest, où il avait vu le jour en 2000, il a recueilli un chien de 12 ans. "
               "Il avait 41 ans.", "2026-08-20")
    assert codes(text, "NUM404", path="a.md") == []


# NUM404: « À N ans — elle est née en YEAR —, cette … a connu … depuis … »

def test_num404_dash_birth_aside_after_at_age_fires():
    text = _md("À 38 ans — il est né à Roubaix en 1979 —, cet ancien docker a participé à toutes les "
               "grèves du port depuis 2003.")
    assert codes(text, "NUM404", path="a.md") == ["NUM404"]


def test_num404_bracket_birth_aside_today_fires():
    text = _md("À 38 ans (née à Roubaix en 1979), elle dirige aujourd'hui la fédération.")
    assert codes(text, "NUM404", path="a.md") == ["NUM404"]


def test_num404_dash_birth_aside_fitting_quiet():
    text = _md("À 47 ans — il est né à Roubaix en 1979 —, cet ancien docker a participé à toutes les "
               "grèves du port depuis 2003.")
    assert codes(text, "NUM404", path="a.md") == []


def test_num404_dash_birth_aside_story_present_quiet():
    # the narrative present of a past story: the age then
    text = _md("À 19 ans — elle est née en 1979 —, elle quitte Roubaix pour Lille, qu'elle n'a plus "
               "quittée depuis.")
    assert codes(text, "NUM404", path="a.md") == []


def test_num404_dash_birth_aside_imperfect_quiet():
    text = _md("À 38 ans — il est né à Roubaix en 1979 —, cet ancien docker menait déjà les grèves "
               "du port depuis dix ans.")
    assert codes(text, "NUM404", path="a.md") == []


def test_num404_dash_birth_aside_bare_since_then_quiet():
    # a bare « depuis » is « since then »: the age is the one of that moment
    text = _md("À 19 ans (née à Roubaix en 1979), elle s'est depuis imposée dans le métier.")
    assert codes(text, "NUM404", path="a.md") == []
