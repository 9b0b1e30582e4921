"""NUM403/NUM404 stay quiet where a length or a time back is not measured from the dates or the
date the rule would set it against: one event among several, a past moment, a « que » clause."""
from _lint_kit import codes

DATED = "---\ntitle: Essai\ndate: 2026-11-20\n---\n\n"


def ago(sentence: str) -> list[str]:
    return codes(DATED + sentence + "\n", "NUM404", path="a.md")


def test_ago_against_a_year_beside_it_fires():
    assert ago("Le pont a été inauguré en 2019, il y a quatre ans.") == ["NUM404"]


def test_ago_against_a_year_beside_it_right_quiet():
    assert ago("Le pont a été inauguré en 2019, il y a sept ans.") == []


def test_time_back_from_a_past_moment_quiet():
    # « il y avait » counts back from the moment told, never from today
    assert ago("En 1990, il y avait trois ans que l'usine était fermée.") == []
    assert ago("Le pont a été inauguré en 2019 ; il y avait alors quatre ans que le chantier durait.") == []


def test_how_long_a_que_clause_lasts_quiet():
    # the years inside the « que » clause may date something else
    assert ago("Il y a trois ans que le stade, fermé en 2020, attend ses travaux.") == []
    assert ago("En 1990, il y a trois ans qu'il est fermé.") == []


def span(sentence: str) -> list[str]:
    return codes(sentence, "NUM403", path="a.txt")


def test_one_event_length_then_its_span_fires():
    assert span("La préfecture prévoit une opération de cinq jours : les équipes passeront dans les "
                "écoles du lundi 9 au vendredi 20 novembre 2026.") == ["NUM403"]


def test_one_of_several_events_then_the_whole_span_quiet():
    for link in ("puis une autre", "suivie d'une seconde", "et une deuxième", "puis une nouvelle"):
        assert span(f"La préfecture prévoit une opération de cinq jours, {link} : les équipes "
                    "passeront dans les écoles du lundi 9 au vendredi 20 novembre 2026.") == [], link


def test_a_relatives_birth_is_not_the_subjects():
    assert ago("L'accusé, dont le père est né en 1989, est âgé de 44 ans.") == []
    assert ago("La victime, dont la mère est née le 3 mars 1950, a 30 ans.") == []
    assert ago("Son fils, né en 1990, a repris la ferme ; le maire, 61 ans, salue son travail.") == []


def test_the_subjects_own_birth_still_checked():
    assert ago("L'accusé, né en 1989, est âgé de 44 ans.") == ["NUM404"]
    assert ago("L'accusé, né le 3 mars 1989, est âgé de 44 ans.") == ["NUM404"]


def weekday(sentence: str, published: str = "2026-03-24") -> list[str]:
    head = DATED.replace("2026-11-20", published)
    return codes(head + sentence + "\n", "NUM401", path="a.md")


def test_a_date_told_ahead_is_of_the_coming_year():
    # published in March 2026: the coming 5 December 2026 is a Saturday (5 December 2025 a Friday)
    assert weekday("La prochaine saison s'ouvrira en octobre. Les épreuves sont programmées le "
                   "premier week-end de décembre, avec une descente le samedi 5 décembre.") == []
    assert weekday("La descente se courra le samedi 5 décembre.") == []


def test_a_date_told_ahead_still_checked_in_the_coming_year():
    # wrong in both years: Thursday is neither 5 December 2025 nor 2026
    assert weekday("Les épreuves sont programmées avec une descente le jeudi 5 décembre.") == ["NUM401"]


def test_a_date_told_in_the_past_keeps_the_last_year():
    assert weekday("La saison passée avait commencé par une descente le samedi 5 décembre.") == ["NUM401"]


def test_a_plan_told_in_the_past_keeps_the_last_year():
    # published in July 2026: 23 June 2026 is a Tuesday
    assert weekday("Les épreuves, initialement prévues en mai, avaient été repoussées au mercredi 23 juin.",
                   published="2026-07-10") == ["NUM401"]
