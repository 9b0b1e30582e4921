"""« sous les N », « sous la barre des N »: a ceiling, which any body value below it supports."""
from _lint_kit import codes

BODY = ("Le bilan mensuel a été publié mardi par l'autorité organisatrice des transports.\n\n"
        "Seuls {v} % des trains sont arrivés à l'heure en mai, contre 87,3 % en avril.\n")


def headline(title: str, v: str) -> list[str]:
    return codes(title + "\n\n" + BODY.format(v=v), "NUM2", path="a.txt")


def test_a_body_value_under_the_ceiling_supports_it():
    assert headline("RER B : la ponctualité retombe sous les 85 % en mai", "84,1") == []
    assert headline("RER B : la ponctualité passe sous la barre des 85 % en mai", "84,1") == []


def test_a_body_value_above_the_ceiling_does_not():
    assert headline("RER B : la ponctualité retombe sous les 85 % en mai", "86,1") != []
    assert headline("RER B : la ponctualité passe sous la barre des 85 % en mai", "86,1") != []


def test_a_threshold_crossed_upwards_stays_a_floor():
    assert headline("RER B : la ponctualité franchit la barre des 85 % en mai", "86,1") == []

