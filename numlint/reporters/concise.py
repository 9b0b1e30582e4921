"""`path:line:col: CODE message`, one finding a line: for editors and grep."""
from __future__ import annotations


def line(d) -> str:
    message = " ".join(d.message.split())      # one finding, one line
    return f"{d.path}:{d.line}:{d.column}: {d.code} {message}"


def write(report, stream) -> None:
    for d in report.diagnostics:
        stream.write(line(d) + "\n")
