"""Holdout 54 (i54b): changes told by a fraction or a participle, durations, elapsed years."""
from __future__ import annotations

from _lint_kit import codes

_HEAD = "Titre de l'article\nUne introduction sans chiffre.\n"


def _c(body: str, rule: str) -> list[str]:
    return codes(_HEAD + body + "\n", rule, path="a.txt")


# --- NUM305: a fraction change, its span (« en trois semaines ») then « passant de A (date) à B »

def test_fraction_change_span_then_pair_fires():
    assert _c("Le niveau du lac a baissé de moitié en deux mois, passant de 80 cm à 62 cm.", "NUM305") == ["NUM305"]


def test_fraction_change_dated_pair_fires():
    assert _c("Le stock a diminué d'un quart, passant de 120 tonnes le 1er juin à 110 tonnes "
              "le 30 juin.", "NUM305") == ["NUM305"]


def test_fraction_change_span_and_dated_pair_fires():
    assert _c("Les inscriptions ont progressé d'un tiers sur un an, passant de 300 au 1er septembre "
              "à 460 au 1er octobre.", "NUM305") == ["NUM305"]


def test_fraction_change_span_and_dated_pair_fits_quiet():
    assert _c("Le niveau du lac a baissé de moitié en deux mois, passant de 80 cm le 1er mai à "
              "40 cm le 1er juillet.", "NUM305") == []


def test_fraction_change_span_fits_quiet():
    assert _c("Les inscriptions ont progressé d'un tiers sur un an, passant de 300 à 400.", "NUM305") == []


def test_fraction_change_loose_quiet():
    assert _c("Le stock a diminué de près d'un quart en six mois, passant de 120 tonnes le 1er juin "
              "à 100 tonnes le 30 novembre.", "NUM305") == []


# --- NUM305: « de A à B, perdant / gagnant / cédant P % »

def test_participle_loss_fires():
    assert _c("Les recettes ont glissé de 5,0 à 4,8 millions d'euros, perdant 9 % en un an.", "NUM305") == ["NUM305"]


def test_participle_gain_fires():
    assert _c("Le trafic est passé de 400 à 440 bateaux, gagnant 20 % sur un an.", "NUM305") == ["NUM305"]


def test_participle_year_span_fires():
    assert _c("L'action a reculé de 50 à 45 euros, cédant 20 % en 2025.", "NUM305") == ["NUM305"]


def test_participle_fits_quiet():
    assert _c("Les recettes ont glissé de 5,0 à 4,8 millions d'euros, perdant 4 % en un an.", "NUM305") == []


def test_participle_other_measure_quiet():
    assert _c("Les recettes ont glissé de 5,0 à 4,8 millions d'euros, perdant 9 % en volume.", "NUM305") == []


def test_participle_other_object_quiet():
    assert _c("Les recettes ont glissé de 5,0 à 4,8 millions d'euros, perdant 9 % de parts de marché.",
              "NUM305") == []


def test_participle_other_subject_quiet():
    assert _c("Les recettes ont glissé de 5,0 à 4,8 millions d'euros, le club perdant 9 % de ses "
              "abonnés.", "NUM305") == []


# --- NUM404: an obituary's age at death in the sentence its birth year opens, the death dated before

def _obit(p1: str, p2: str, rule: str = "NUM404") -> list[str]:
    html = ("<html><head><meta property=\"article:published_time\" content=\"2026-03-20T08:00:00+01:00\">"
            "<title>Mort d'un peintre</title></head><body><h1>Le peintre Marc Vidal est mort</h1>"
            "<p>Le peintre lyonnais s'est éteint dans sa ville natale.</p>"
            f"<p>{p1}</p><p>{p2}</p></body></html>")
    return codes(html, rule, path="a.html")


def test_obituary_birth_year_age_fires():
    assert _obit("Lyon – Le peintre Marc Vidal est mort mardi 17 mars à son domicile, a annoncé sa famille.",
                 "Né à Lyon en 1941, dans le quartier de la Croix-Rousse, il s'est éteint à l'âge de 76 ans. "
                 "Il avait exposé à Paris dès 1965.") == ["NUM404"]


def test_obituary_birth_year_age_died_at_fires():
    assert _obit("Lyon – Le peintre Marc Vidal est décédé mardi 17 mars, a annoncé sa famille.",
                 "Né en 1941 à Lyon, il est mort à 92 ans.") == ["NUM404"]


def test_obituary_birth_year_age_fits_quiet():
    assert _obit("Lyon – Le peintre Marc Vidal est mort mardi 17 mars à son domicile, a annoncé sa famille.",
                 "Né à Lyon en 1941, dans le quartier de la Croix-Rousse, il s'est éteint à l'âge de 84 ans.") == []


def test_obituary_other_birth_quiet():
    assert _obit("Lyon – Le peintre Marc Vidal est mort mardi 17 mars à son domicile, a annoncé sa famille. "
                 "Son frère, né en 1938, vit à Marseille.",
                 "Né à Lyon en 1941, il s'est éteint à l'âge de 76 ans.") == []


def test_obituary_two_ages_at_death_quiet():
    assert _obit("Lyon – Le peintre Marc Vidal est mort mardi 17 mars à son domicile, a annoncé sa famille. "
                 "Sa femme était morte à l'âge de 70 ans.",
                 "Né à Lyon en 1941, il s'est éteint à l'âge de 76 ans.") == []


# --- NUM404: the anniversary of a thing, its opening year in the aside that leads the sentence

def _dated(body: str) -> list[str]:
    html = ("<html><head><meta property=\"article:published_time\" content=\"2026-05-12T08:00:00+01:00\">"
            "<title>Le stade va être rénové</title></head><body><h1>Le stade va être rénové</h1>"
            "<p>La ville a voté les travaux.</p>"
            f"<p>{body}</p></body></html>")
    return codes(html, "NUM404", path="a.html")


def test_anniversary_who_candles_last_year_fires():
    assert _dated("Inauguré en 1990, le stade municipal de Brest, qui a soufflé ses 25 bougies l'an dernier, "
                  "sera rénové.") == ["NUM404"]


def test_anniversary_who_years_fires():
    assert _dated("Mise en service en 1976, la piscine de la ville, qui a fêté ses 40 ans l'année dernière, "
                  "fermera en juin.") == ["NUM404"]


def test_anniversary_who_present_fires():
    assert _dated("Ouverte en 2001, la médiathèque, qui fête ses 15 ans, agrandit ses locaux.") == ["NUM404"]


def test_anniversary_who_candles_last_year_fits_quiet():
    assert _dated("Inauguré en 1990, le stade municipal de Brest, qui a soufflé ses 35 bougies l'an dernier, "
                  "sera rénové.") == []


def test_anniversary_who_other_time_quiet():
    assert _dated("Inauguré en 1990, le stade municipal de Brest, qui a soufflé ses 25 bougies il y a dix ans, "
                  "sera rénové.") == []


def test_anniversary_who_other_year_quiet():
    assert _dated("Inauguré en 1990, le stade municipal de Brest, qui a soufflé ses 25 bougies en 2015, "
                  "sera rénové.") == []


def test_anniversary_who_other_subject_quiet():
    assert _dated("Inauguré en 1990, le stade municipal de Brest accueille le club, qui a soufflé ses 25 bougies "
                  "l'an dernier.") == []


def test_anniversary_who_object_quiet():
    assert _dated("Inauguré en 1990, le stade accueille le club, qui a soufflé ses 25 bougies l'an dernier.") == []


def test_anniversary_who_named_object_quiet():
    assert _dated("Inauguré en 1990, le stade reçoit Lucas, qui a soufflé ses 25 bougies l'an dernier.") == []


# --- NUM403: the length of a hospital stay against the admission and the death (or discharge)

def _stay(body: str) -> list[str]:
    html = ("<html><head><meta property=\"article:published_time\" content=\"2026-06-20T08:00:00+01:00\">"
            "<title>Mort d'un ancien maire</title></head><body><h1>Mort d'un ancien maire</h1>"
            "<p>L'ancien élu avait 79 ans.</p>"
            f"<p>{body}</p></body></html>")
    return codes(html, "NUM403", path="a.html")


def test_hospital_same_sentence_fires():
    assert _stay("Hospitalisé le lundi 1er juin, il est mort le jeudi 11 juin, après quatre semaines "
                 "d'hospitalisation.") == ["NUM403"]


def test_hospital_flashback_fires():
    assert _stay("L'ancien maire est décédé jeudi 11 juin à l'hôpital de Vannes. Il y avait été admis le "
                 "lundi 1er juin pour une pneumonie, et n'en est pas ressorti, au terme de trois semaines "
                 "d'hospitalisation.") == ["NUM403"]


def test_hospital_fits_quiet():
    assert _stay("Hospitalisé le lundi 1er juin, il est mort le jeudi 11 juin, après dix jours "
                 "d'hospitalisation.") == []
    assert _stay("L'ancien maire est décédé jeudi 11 juin à l'hôpital de Vannes. Il y avait été admis le "
                 "lundi 1er juin, et n'en est pas ressorti, au terme de dix jours d'hospitalisation.") == []


def test_hospital_fewer_days_quiet():
    # a shorter stay may be part of the span (a first discharge, a return): only too long is told
    assert _stay("Hospitalisé le lundi 1er juin, il est mort le jeudi 11 juin, après trois jours "
                 "d'hospitalisation.") == []


def test_hospital_death_not_dated_before_quiet():
    assert _stay("L'ancien maire a été inhumé jeudi 11 juin à Vannes. Il avait été admis à l'hôpital le "
                 "lundi 1er juin, et n'en est pas ressorti, au terme de trois semaines d'hospitalisation.") == []


def test_hospital_cumulated_quiet():
    assert _stay("Hospitalisé le lundi 1er juin, il est mort le jeudi 11 juin, après trois semaines "
                 "d'hospitalisation au total.") == []
