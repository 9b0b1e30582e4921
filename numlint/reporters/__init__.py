"""Reporters: one module per output format. They format what they are given; they compute nothing.

Each module has `write(report, stream)`. The command line builds the `Report` (results, the rule
metadata SARIF wants, the language) and picks the module by name, imported only when used so
that `--format json` never pays for rich.
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass, field

FORMATS = ("text", "concise", "json", "sarif", "github")


@dataclass
class RuleInfo:
    code: str
    name: str
    severity: str
    enabled_by_default: bool
    summary: str                   # first line of the docs
    docs: str                      # the whole docs, in the report's language


@dataclass
class Report:
    results: list                  # runner.FileResult: path, diagnostics, error
    version: str
    lang: str = "fr"
    rules: list[RuleInfo] = field(default_factory=list)

    @property
    def diagnostics(self):
        return [d for r in self.results for d in r.diagnostics]

    def counts(self) -> dict[str, int]:
        out = {"error": 0, "warning": 0, "info": 0}
        for d in self.diagnostics:
            out[d.severity] = out.get(d.severity, 0) + 1
        return out


def get(name: str):
    if name not in FORMATS:
        raise ValueError(name)
    return importlib.import_module(f"{__name__}.{name}")


def json_number(x):
    """25000.0 -> 25000, as the interface page shows; other values as they are."""
    if isinstance(x, float) and x.is_integer() and abs(x) < 2 ** 53:
        return int(x)
    return x
