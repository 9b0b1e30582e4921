"""The registry: one module per rule (numlint/rules/numNNN_name.py), found by its file name."""
from __future__ import annotations

import importlib
import pkgutil
import re

from numlint.rules.base import Context, Rule

_RULES: dict[str, type[Rule]] | None = None


def all_rules() -> dict[str, type[Rule]]:
    """Code -> rule class, in code order."""
    global _RULES
    if _RULES is None:
        found = {}
        for mod in pkgutil.iter_modules(__path__):
            if not re.fullmatch(r"num\d{3}_\w+", mod.name):
                continue
            module = importlib.import_module(f"{__name__}.{mod.name}")
            for obj in vars(module).values():
                if isinstance(obj, type) and issubclass(obj, Rule) and obj is not Rule and obj.code \
                        and obj.__module__ == module.__name__:
                    found[obj.code] = obj
        _RULES = dict(sorted(found.items()))
    return _RULES


def get(code: str) -> type[Rule] | None:
    return all_rules().get(code.upper())


def matches(code: str, selector: str) -> bool:
    return code.startswith(selector.upper())


def selected(select: list[str] | None, ignore: list[str] | None) -> list[type[Rule]]:
    """Rules enabled by select/ignore, ruff style. Rules off by default need their exact code."""
    # asked once per article: the answer is kept per (select, ignore)
    key = (tuple(select) if select else None, tuple(ignore) if ignore else None)
    hit = _SELECTED.get(key)
    if hit is None:
        hit = _SELECTED[key] = _selected(select, ignore)
    return list(hit)


_SELECTED: dict[tuple, list[type[Rule]]] = {}


def _selected(select: list[str] | None, ignore: list[str] | None) -> list[type[Rule]]:
    out = []
    for code, rule in all_rules().items():
        sel = select if select else ["NUM"]
        on = any((s.upper() == code) or (rule.enabled_by_default and matches(code, s)) for s in sel)
        if on and not any(matches(code, i) for i in (ignore or [])):
            out.append(rule)
    return out


def known_selector(selector: str) -> bool:
    s = selector.upper()
    return any(code.startswith(s) for code in all_rules()) or s == "NUM"


__all__ = ["Rule", "Context", "all_rules", "get", "selected", "known_selector"]
