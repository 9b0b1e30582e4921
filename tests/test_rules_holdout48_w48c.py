"""Round 48's misses (w48c), in sentences of our own: NUM501 « environ » on a temperature scale,
NUM201 counts attributed to the same source."""
from __future__ import annotations

import pytest

from _lint_kit import codes


def _t(sentence: str) -> str:
    return "Vague de chaleur\n" + sentence + "\n"


# NUM501: « près de 105 °F » is not 10 % wide on a scale whose zero is arbitrary

@pytest.mark.parametrize("s", [
    "Le mercure a atteint 44,8 °C (près de 101 °F) à Séville mardi.",
    "À Cordoue, on a mesuré 47 °C, soit environ 106 °F, un record.",
    "Il faisait 30 °C (quelque 100 °F) à l'ombre.",
    "Le thermomètre affichait 12 °C (près de 62 °F) au lever du jour.",
])
def test_approximate_temperature_conversion_far_off_fires(s):
    assert codes(_t(s), "NUM501") == ["NUM501"]


@pytest.mark.parametrize("s", [
    "Le mercure est monté jusqu'à 40 °C (104 °F) à Séville mardi.",
    "Le mercure est monté jusqu'à 35 °C (près de 95 °F) à Séville mardi.",
    "À Cordoue, on a mesuré 41,3 °C, soit environ 106 °F, un record.",
    "Il faisait environ 38 °C (quelque 100 °F) à l'ombre.",
    "Le thermomètre affichait 12 °C (près de 54 °F) au lever du jour.",
    "La nuit, il faisait autour de -4 °C (environ 25 °F) sur le plateau.",
    "La coulée sortait à quelque 1 150 °C (environ 2 100 °F) du cratère.",
    "La température a grimpé de 3 °C (environ 5 °F) en une semaine.",
])
def test_approximate_temperature_conversion_close_enough_quiet(s):
    assert codes(_t(s), "NUM501") == []


# NUM201: a headline count with a source, against the body's count of that same source

def _march(title: str, body: str) -> str:
    return (f"<html><head><title>Mobilisation</title></head><body><h1>{title}</h1>\n"
            "<p>Le cortège a quitté la gare en début d'après-midi.</p>\n"
            f"<p>{body}</p>\n<p>Une nouvelle journée est prévue la semaine prochaine.</p></body></html>\n")


@pytest.mark.parametrize("title,body", [
    ("Salaires : 180 000 manifestants à Lyon selon la CGT",
     "La CGT du Rhône a revendiqué 140 000 participants à Lyon, loin de la préfecture, "
     "qui a dénombré 11 000 manifestants."),
    ("Salaires : 180 000 manifestants à Lyon selon l'intersyndicale",
     "Selon l'intersyndicale, 140 000 personnes ont défilé à Lyon mardi ; la police en a compté 11 000."),
    ("Salaires : 180 000 marcheurs selon les organisateurs",
     "Les organisateurs ont compté 140 000 marcheurs ; selon la police, ils étaient 11 000."),
    ("Salaires : 180 000 manifestants selon les syndicats",
     "Les syndicats, qui ont revendiqué 140 000 participants, saluent une réussite ; "
     "la police a comptabilisé 11 000 manifestants."),
    ("Salaires : 180 000 manifestants d'après la CGT",
     "D'après la CGT, 140 000 manifestants ont battu le pavé ; 11 000 selon la police."),
])
def test_sourced_headline_count_against_the_same_source_fires(title, body):
    assert codes(_march(title, body), "NUM201", path="a.html") == ["NUM201"]


@pytest.mark.parametrize("title,body", [
    # the headline gives the union's count; the police's is another estimate
    ("Salaires : 140 000 manifestants à Lyon selon la CGT",
     "La CGT du Rhône a revendiqué 140 000 participants à Lyon, loin de la préfecture, "
     "qui a dénombré 110 000 manifestants."),
    # the body gives no count of the headline's source: the police's is not its pair
    ("Salaires : 180 000 manifestants à Lyon selon la CGT",
     "La préfecture, qui a dénombré 140 000 manifestants, parle d'une forte mobilisation."),
    # the same source for two marches: the headline's is the earlier one
    ("Salaires : 160 000 manifestants selon la CGT",
     "La CGT a revendiqué 140 000 participants mardi. Le 3 mars, la CGT en avait revendiqué 160 000."),
    # two values of the source, of two days: unsure which the headline gives
    ("Salaires : 180 000 manifestants selon la CGT",
     "La CGT a revendiqué 140 000 participants mardi. Le 3 mars, la CGT en avait revendiqué 160 000."),
    # another source than the headline's
    ("Salaires : 180 000 manifestants selon la CGT",
     "Les organisateurs ont compté 140 000 marcheurs, la police 11 000."),
])
def test_sourced_headline_count_other_source_or_moment_quiet(title, body):
    assert codes(_march(title, body), "NUM201", path="a.html") == []
