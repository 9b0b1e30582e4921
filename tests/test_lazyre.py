"""The module-level regexes are compiled on first use (numlint.lazyre): each must still compile,
and once used, its module global is the compiled pattern itself."""
from __future__ import annotations

import importlib
import re

import pytest

from numlint.lazyre import LazyPattern, compile_all, lazy_re

MODULES = ["numlint.measures", "numlint.document.markdown", "numlint.document.sentences",
           "numlint.document.builder", "numlint.figures.units", "numlint.figures",
           "numlint.figures.numbers", "numlint.figures.dates", "numlint.figures.conversions",
           "numlint.figures.masking", "numlint.figures.scanner", "numlint.rules._style",
           "numlint.suppression"]


@pytest.mark.parametrize("name", MODULES)
def test_every_pattern_of_a_module_compiles(name):
    ns = vars(importlib.import_module(name))
    compile_all(ns)
    assert not [k for k, v in ns.items() if isinstance(v, LazyPattern)]


def test_first_use_puts_the_compiled_pattern_in_place():
    ns = {}
    exec("from numlint.lazyre import lazy_re\nPAT = lazy_re(r'(\\d+) km', 2)\n", ns)
    assert isinstance(ns["PAT"], LazyPattern)
    m = ns["PAT"].search("à 12 KM de là")
    assert m and m.group(1) == "12"
    assert isinstance(ns["PAT"], re.Pattern) and ns["PAT"].flags & re.IGNORECASE


def test_a_bad_pattern_fails_when_compiled():
    bad = lazy_re("(unclosed")
    with pytest.raises(re.error):
        bad.match("x")
