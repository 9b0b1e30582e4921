"""Human output (rich): the finding, its source line with ^^^^ under the span, and the related
spans with their own lines. No wrapping and no colour when standard output is not a terminal."""
from __future__ import annotations

from numlint.messages import t

STYLES = {"error": "bold red", "warning": "bold yellow", "info": "bold cyan"}


def console(stream):
    from rich.console import Console
    return Console(file=stream, soft_wrap=True, highlight=False, markup=False, emoji=False)


def _cells(text: str) -> int:
    from rich.cells import cell_len
    return cell_len(text)


def snippet(line_no: int, source: str, source_col: int, column: int, end_line: int,
            end_column: int, style: str):
    """Two lines: the source line and the marker under the span."""
    from rich.text import Text
    shown = source.replace("\t", " ")
    first = max(0, column - source_col)
    if end_line == line_no:
        last = max(first + 1, end_column - source_col)
    else:
        last = max(first + 1, len(shown))
    gutter = f"{line_no:>5} | "
    out = Text(gutter, style="dim")
    out.append(shown)
    out.append("\n")
    out.append(" " * 6 + "| ", style="dim")
    out.append(" " * _cells(shown[:first]))
    out.append("^" * max(1, _cells(shown[first:last])), style=style)
    return out


def render(d, lang: str):
    from rich.text import Text
    style = STYLES.get(d.severity, "bold")
    head = Text()
    head.append(f"{d.path}:{d.line}:{d.column}: ", style="bold")
    head.append(d.code, style=style)
    head.append(f" [{t('sev_' + d.severity, lang) if d.severity in STYLES else d.severity}] ")
    head.append(d.message)
    parts = [head]
    if d.source_line or d.line:
        parts.append(snippet(d.line, d.source_line, d.source_col, d.column, d.end_line,
                             d.end_column, style))
    for r in d.related:
        note = Text("  ")
        note.append(t("note", lang) + " ", style="dim")
        note.append(f"{d.path}:{r.line}:{r.column}: ", style="bold")
        note.append(r.message)
        parts.append(note)
        parts.append(snippet(r.line, r.source_line, r.source_col, r.column, r.end_line,
                             r.end_column, "bold blue"))
    return parts


def write(report, stream) -> None:
    out = console(stream)
    lang = report.lang
    for d in report.diagnostics:
        for part in render(d, lang):
            out.print(part)
        out.print()
    counts = report.counts()
    total = sum(counts.values())
    unread = sum(1 for r in report.results if r.error)
    files = len(report.results) - unread
    if total:
        out.print(t("summary", lang, total=total, files=files, **counts))
    elif files:
        out.print(t("summary_none", lang, files=files))
    if unread:
        out.print(t("summary_unread", lang, n=unread))
