"""Holdout round 49 (y49c): patterns behind the misses of NUM201, in our own sentences."""
from _lint_kit import codes

from numlint.figures import masking


def _scores(text):
    return [m.text for m in masking.find(text) if m.kind == "score"]


# --- a score after « mener » (« mener 19-3 dès la pause ») is a score, not a count of the
# sentence's noun: read as one, it hid the crowd it follows from NUM201 --------------------------

def test_mener_score_is_masked():
    assert _scores("Les Bleus ont vu leur équipe mener 21-6 dès la mi-course.") == ["21-6"]
    assert _scores("Le club, menant 14-3 dès la vingtième minute, a tenu.") == ["14-3"]
    assert _scores("Les locaux menaient 10-0 dès le premier quart d'heure.") == ["10-0"]


def test_mener_count_not_masked():
    # a range of a counted noun after « mener » stays a range
    assert _scores("Il faudra mener 3 à 5 chantiers par an.") == []
    assert _scores("Le tribunal va mener 10-12 auditions.") == []


def test_title_crowd_against_body_crowd_before_a_score():
    text = ("Rugby : devant 12 400 spectateurs, Brive renverse Castres\n\n"
            "Les Corréziens remontent au classement.\n\n"
            "Les Brivistes ont gagné vendredi 38-20. Les 14 900 spectateurs ont vu leur équipe "
            "mener 21-6 dès la pause, avant un retour des visiteurs.\n")
    assert codes(text, "NUM201") == ["NUM201"]
    text2 = ("Rugby : devant 12 400 spectateurs, Brive renverse Castres\n\n"
            "Les Corréziens remontent au classement.\n\n"
             "Les Brivistes ont gagné vendredi 38-20. Les 14 900 spectateurs ont assisté à une "
             "rencontre que leur équipe menait 21-6 dès la pause.\n")
    assert codes(text2, "NUM201") == ["NUM201"]


def test_title_crowd_agreeing_with_body_stays_quiet():
    text = ("Rugby : devant 14 900 spectateurs, Brive renverse Castres\n\n"
            "Les Corréziens remontent au classement.\n\n"
            "Les Brivistes ont gagné vendredi 38-20. Les 14 900 spectateurs ont vu leur équipe "
            "mener 21-6 dès la pause, avant un retour des visiteurs.\n")
    assert codes(text, "NUM201") == []


def test_title_crowd_against_next_match_seats_stays_quiet():
    text = ("Rugby : devant 14 900 spectateurs, Brive renverse Castres\n\n"
            "Les Corréziens remontent au classement.\n\n"
            "Les Brivistes ont gagné vendredi 38-20 et menaient 21-6 dès la pause.\n\n"
            "Pour la réception de Toulon, les 16 000 places sont déjà vendues, selon le club.\n")
    assert codes(text, "NUM201") == []
