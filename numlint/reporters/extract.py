"""`numlint extract`: every figure, as JSON (the interface page) or as a rich table."""
from __future__ import annotations

import json

from numlint.reporters import json_number


def record(path: str, doc, figure, measure=None) -> dict:
    """One figure in the shape of the interface page. Positions come from the document's line
    index; subject and qualifiers from the figure, else from its measure."""
    line, col = doc.line_col(figure.start)
    end_line, end_col = doc.line_col(figure.end)
    subject = figure.subject or (measure.subject if measure is not None else None)
    qualifiers = list(figure.qualifiers) or (sorted(measure.qualifiers) if measure is not None else [])
    section = figure.section
    return {
        "path": path, "text": figure.text,
        "line": line, "column": col, "end_line": end_line, "end_column": end_col,
        "offset": figure.start, "end_offset": figure.end,
        "kind": figure.kind,
        "value": json_number(figure.value), "low": json_number(figure.low),
        "high": json_number(figure.high),
        "approx": figure.approx, "unit": figure.unit,
        "subject": subject, "qualifiers": qualifiers,
        "section": _heading(section.heading) if section is not None else None,
    }


def write_json(records: list[dict], version: str, stream) -> None:
    # One figure a line: readable, and written by json's C encoder (indent= falls back to the
    # pure-Python one, the slowest part of extract on a long article).
    stream.write(f'{{\n  "numlint": {json.dumps(version)},\n  "figures": [')
    for n, record in enumerate(records):
        stream.write(("," if n else "") + "\n    " + json.dumps(record, ensure_ascii=False))
    stream.write("\n  ]\n}\n" if records else "]\n}\n")


def _value(r: dict) -> str:
    if r["low"] is not None or r["high"] is not None:
        return f"{r['low']} – {r['high']}"
    return "" if r["value"] is None else str(r["value"])


def write_table(records: list[dict], lang: str, stream) -> None:
    from rich.console import Console
    from rich.table import Table
    from numlint.messages import t
    out = Console(file=stream, highlight=False, markup=False, emoji=False,
                  width=None if stream.isatty() else 250)
    if not records:
        out.print(t("no_figures", lang))
        return
    headers = (("place", "where"), ("texte", "text"), ("type", "kind"), ("valeur", "value"),
               ("approx.", "approx."), ("unité", "unit"), ("sujet", "subject"),
               ("qualificatifs", "qualifiers"))
    table = Table(*(fr if lang == "fr" else en for fr, en in headers), show_lines=False)
    for r in records:
        table.add_row(f"{r['path']}:{r['line']}:{r['column']}", r["text"], r["kind"], _value(r),
                      r["approx"] or "", r["unit"] or "", r["subject"] or "",
                      ", ".join(r["qualifiers"]))
    out.print(table)


def _heading(text: str | None, most: int = 300) -> str | None:
    # A file of one huge line has that line for title: repeating it for every figure would make
    # the output grow with the square of the input.
    if text is None or len(text) <= most:
        return text
    return text[:most - 1].rstrip() + "…"
