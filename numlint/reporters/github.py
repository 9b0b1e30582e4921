"""GitHub Actions workflow commands: `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=CODE::message`."""
from __future__ import annotations

LEVELS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def line(d) -> str:
    props = ",".join(f"{k}={escape_property(str(v))}" for k, v in (
        ("file", d.path), ("line", d.line), ("col", d.column),
        ("endLine", d.end_line), ("endColumn", d.end_column), ("title", d.code)))
    return f"::{LEVELS.get(d.severity, 'warning')} {props}::{escape_data(d.message)}"


def write(report, stream) -> None:
    for d in report.diagnostics:
        stream.write(line(d) + "\n")
