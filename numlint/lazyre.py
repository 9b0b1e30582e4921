"""Regexes compiled on first use.

The figure grammar's ~200 module-level patterns cost 100-180 ms to compile, most of numlint's
cold start, and one article uses about a quarter of them. `lazy_re` returns a stand-in that
compiles on first use and then puts the compiled pattern in its module's namespace in its own
place, so later lookups of that global cost nothing more. A stand-in kept elsewhere (a default
argument, a container) keeps working, through one more attribute lookup.
"""
from __future__ import annotations

import re
import sys


class LazyPattern:
    __slots__ = ("_args", "_ns", "_compiled")

    def __init__(self, args: tuple, ns: dict) -> None:
        self._args = args
        self._ns = ns
        self._compiled = None

    def compiled(self) -> re.Pattern:
        p = self._compiled
        if p is None:
            p = self._compiled = re.compile(*self._args)
            ns = self._ns
            for name, value in list(ns.items()):
                if value is self:
                    ns[name] = p
        return p

    def __getattr__(self, name: str):
        return getattr(self.compiled(), name)

    def __repr__(self) -> str:
        return f"lazy_re({self._args[0]!r})"


def lazy_re(pattern: str, flags: int = 0) -> LazyPattern:
    return LazyPattern((pattern, flags), sys._getframe(1).f_globals)


def compile_all(namespace: dict) -> int:
    """Compile every stand-in left in a module's namespace (tests: a bad pattern fails there,
    not on the first article that needs it). Returns how many were compiled."""
    n = 0
    for value in list(namespace.values()):
        if isinstance(value, LazyPattern):
            value.compiled()
            n += 1
    return n
