"""A finding: what a rule reports, with positions resolved once for every reporter."""
from __future__ import annotations

from dataclasses import dataclass, field

SEVERITIES = ("info", "warning", "error")
RANK = {s: i for i, s in enumerate(SEVERITIES)}


@dataclass
class Related:
    start: int
    end: int
    message: str
    line: int = 0
    column: int = 0
    end_line: int = 0
    end_column: int = 0
    source_line: str = ""          # text of `line`, for reporters that show it (set by engine.finish)
    source_col: int = 1            # column where source_line starts (a long line is cut)


@dataclass
class Diagnostic:
    code: str
    rule: str                      # kebab-case name
    severity: str
    message: str
    start: int                     # file offsets (code points), end exclusive
    end: int
    related: list[Related] = field(default_factory=list)
    path: str = ""
    line: int = 0
    column: int = 0
    end_line: int = 0
    end_column: int = 0
    source_line: str = ""          # text of `line`, for reporters that show it (set by engine.finish)
    source_col: int = 1            # column where source_line starts (a long line is cut)

    def sort_key(self):
        return (self.path, self.start, self.code, self.end)

    def to_json(self) -> dict:
        return {
            "path": self.path, "code": self.code, "rule": self.rule, "severity": self.severity,
            "message": self.message, "line": self.line, "column": self.column,
            "end_line": self.end_line, "end_column": self.end_column,
            "offset": self.start, "end_offset": self.end,
            "related": [
                {"line": r.line, "column": r.column, "end_line": r.end_line,
                 "end_column": r.end_column, "message": r.message}
                for r in self.related
            ],
        }
