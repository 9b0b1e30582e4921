"""Every rule documents itself with examples, and the examples are true (proselint's discipline)."""
import re
from datetime import date

import pytest

from numlint import rules
from numlint.engine import Settings, lint

RULES = list(rules.all_rules().values())
ENGINE_RULES = {"NUM001"}          # reported by the engine itself, not from an article's figures


def test_catalogue_is_complete():
    codes = set(rules.all_rules())
    catalogue = {"NUM001", "NUM101", "NUM102", "NUM103", "NUM104", "NUM105", "NUM201", "NUM202",
                 "NUM301", "NUM302", "NUM303", "NUM304", "NUM305", "NUM401", "NUM402", "NUM403",
                 "NUM404", "NUM501", "NUM502"}
    assert catalogue <= codes, sorted(catalogue - codes)


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_rule_metadata(rule):
    assert re.fullmatch(r"NUM\d{3}", rule.code)
    assert re.fullmatch(r"[a-z]+(-[a-z]+)*", rule.name)
    assert rule.severity in ("error", "warning", "info")
    fr, en = rule.docs("fr"), rule.docs("en")
    assert len(fr) > 80 and len(en) > 80 and fr != en
    if rule.code not in ENGINE_RULES:
        assert rule.fires and rule.quiet, "a rule needs an example that fires and one that stays quiet"


CASES = [(r.code, ex, True) for r in RULES for ex in r.fires] + \
        [(r.code, ex, False) for r in RULES for ex in r.quiet]


@pytest.mark.parametrize("code,article,fires", CASES,
                         ids=[f"{c}-{'fires' if f else 'quiet'}-{i}" for i, (c, _, f) in enumerate(CASES)])
def test_documented_example(code, article, fires):
    reference = None
    if isinstance(article, tuple):      # (article, "YYYY-MM-DD"): an example that needs "today"
        article, reference = article[0], date.fromisoformat(article[1])
    settings = Settings(select=[code], reference_date=reference)
    found = [d.code for d in lint(article, path="exemple.txt", settings=settings)]
    if fires:
        assert code in found, f"{code} should fire on:\n{article}"
    else:
        assert code not in found, f"{code} should stay quiet on:\n{article}"
