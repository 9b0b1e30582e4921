"""The shipped table of grammar readings (grammar/numbers.plans.json) is Lark's own reading."""
from __future__ import annotations

import subprocess
import sys

import pytest

from numlint.figures import numbers, plans


def test_the_table_was_made_from_the_grammar_as_it_is():
    table = plans.load()
    assert table, ("grammar/numbers.lark changed since grammar/numbers.plans.json was written: "
                   "run `python -m numlint.figures.plans`")
    assert len(table) > 50


def test_every_shipped_reading_is_what_lark_reads():
    table = plans.load()
    differ = [t for t, p in table.items() if numbers.lark_plan(t) != p]
    assert not differ, differ[:5]


def test_the_table_holds_rejections_too():
    # a shape the grammar refuses must be remembered as refused, not read from an empty table
    assert any(p is None for p in plans.load().values())


def test_a_table_for_another_grammar_is_ignored(monkeypatch):
    monkeypatch.setattr(plans, "grammar_digest", lambda: "0" * 64)
    assert plans.load() == {}


@pytest.mark.parametrize("sentence", [
    "Près de 25 000 manifestants, selon la police, soit 12 % de plus qu'en 2023.",
    "Le budget passe de 2,5 à 3 millions d'euros ; entre 40 et 50 km de voies, trois jours de travaux.",
])
def test_a_common_article_is_read_without_importing_lark(sentence):
    code = ("import sys, numlint\n"
            f"d = numlint.lint({sentence!r}, path='a.txt')\n"
            "from numlint.figures import extract_text\n"
            f"assert extract_text({sentence!r})[0]\n"
            "print('lark' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_an_unknown_shape_is_still_read_by_lark(monkeypatch):
    monkeypatch.setattr(numbers, "_SHIPPED", {})
    monkeypatch.setattr(numbers, "_PLANS", {})
    assert numbers.plan(("NUM", "PCT")) is not None
    assert numbers.plan(("PCT", "PCT")) is None
