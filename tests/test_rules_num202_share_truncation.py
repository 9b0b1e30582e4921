"""NUM202 on a headline share one point below a body share of the same precision: a headline
may truncate a share the body writes more precisely (« 46 % » for « 46,8 % »), but a body's
whole « 47 % » would be written as it is; a body share one point off, of some other thing, does
not give the headline's figure."""
import pytest

from numlint.engine import Settings, lint


def codes_lines(text: str):
    return [(d.code, d.line) for d in lint(text, path="t.txt", settings=Settings(select=["NUM2"]))]


def _poll(title, extra):
    return (f"{title}\n"
            "Le dernier sondage avant le scrutin confirme un recul du camp favorable.\n"
            "\n"
            "Selon l'enquête publiée lundi, 53 % des électeurs approuvent la réforme des "
            "retraites, 38 % s'y opposent et 9 % ne se prononcent pas.\n"
            "\n"
            f"{extra}\n")


@pytest.mark.parametrize("title,extra,codes", [
    # one point below a whole share of another thing: the body never gives it
    ("Retraites : le oui recule à 46 %", "La participation attendue est de 47 %.", [("NUM202", 1)]),
    ("Réforme des retraites : le soutien tombe à 32 %",
     "Chez les ouvriers, la réforme ne recueille que 33 %.", [("NUM202", 1)]),
    ("Retraites : le oui recule à 46,2 %", "La participation attendue est de 46,3 %.",
     [("NUM202", 1)]),
    # the body gives it, written more precisely (truncated) or rounded, or as it is
    ("Retraites : le oui recule à 46 %", "La participation attendue est de 46,8 %.", []),
    ("Retraites : le oui recule à 46 %", "La participation attendue est de 45,6 %.", []),
    ("Retraites : le oui recule à 46 %", "La participation attendue est de 46 %.", []),
    ("Retraites : le oui recule à 46,2 %", "La participation attendue est de 46,25 %.", []),
])
def test_headline_share_against_a_body_share_one_point_off(title, extra, codes):
    assert codes_lines(_poll(title, extra)) == codes
