"""Suppression comments in Markdown, HTML and plain text, and NUM001 unused-suppression.

Driven with NUM402 invalid-date ("le 31 juin"), a rule whose findings do not depend on context.
"""
from __future__ import annotations

import pytest

from numlint import engine
from numlint.engine import Settings
from numlint.suppression import parse


def codes_lines(text: str, fmt: str, **settings) -> list[tuple[str, int]]:
    return [(d.code, d.line) for d in engine.lint(text, path="article", format=fmt,
                                                    settings=Settings(**settings))]


# comment syntax per format: (format, how a directive is written)
SYNTAX = [
    ("markdown", "<!-- {} -->"),
    ("html", "<!-- {} -->"),
    ("text", "# {}"),
    ("text", "// {}"),
]


def article(fmt: str, comment: str, lines: list[str]) -> str:
    """Title, then paragraphs; '@' lines become the directive in the format's syntax."""
    body = [comment.format(l[1:].strip()) if l.startswith("@") else l for l in lines]
    if fmt == "html":
        parts = ["<html><body><h1>Visite d'État à Séoul</h1>"]
        for b in body:
            parts.append(b if b.startswith("<!--") else f"<p>{b}</p>")
        return "\n".join(parts + ["</body></html>"]) + "\n"
    title = "# Visite d'État à Séoul" if fmt == "markdown" else "Visite d'État à Séoul"
    return "\n\n".join([title] + body) + "\n"


P1 = "Le président arrivera le 31 juin pour trois jours d'entretiens."
P2 = "Un second voyage est prévu le 31 avril, selon son entourage."
P3 = "La délégation compte une vingtaine de ministres."


@pytest.mark.parametrize("fmt, comment", SYNTAX)
@pytest.mark.parametrize("lines, expected", [
    # nothing suppressed: two findings
    ([P1, P2], ["NUM402", "NUM402"]),
    # ignore: the next paragraph only
    (["@numlint: ignore NUM402", P1, P2], ["NUM402"]),
    # disable … enable: the region only
    (["@numlint: disable NUM402", P1, "@numlint: enable NUM402", P2], ["NUM402"]),
    # disable to the end of the file
    (["@numlint: disable NUM402", P1, P2], []),
    # a prefix, and a reason after the codes
    (["@numlint: disable NUM4 date vérifiée auprès de l'Élysée", P1, P2], []),
    # no code: every rule
    (["@numlint: ignore", P1, P2], ["NUM402"]),
    # unused: nothing to suppress in the next paragraph -> NUM001, and the finding stays
    (["@numlint: ignore NUM402", P3, P1], ["NUM001", "NUM402"]),
    # unused disable
    ([P3, "@numlint: disable NUM402", P3], ["NUM001"]),
    # a stray enable is harmless
    (["@numlint: enable NUM402", P3], []),
])
def test_suppression(fmt, comment, lines, expected):
    got = [code for code, _ in codes_lines(article(fmt, comment, lines), fmt)]
    assert got == expected


@pytest.mark.parametrize("fmt, comment", SYNTAX)
def test_ignore_keeps_the_later_paragraph_finding_at_its_line(fmt, comment):
    text = article(fmt, comment, ["@numlint: ignore NUM402", P1, P2])
    (code, line), = codes_lines(text, fmt)
    assert code == "NUM402"
    assert text.splitlines()[line - 1].find("31 avril") >= 0


def test_num001_points_at_the_comment():
    text = "# Titre\n\n<!-- numlint: ignore NUM402 -->\n" + P3 + "\n"
    (d,) = engine.lint(text, path="a.md", format="markdown")
    assert (d.code, d.rule, d.severity, d.line, d.column) == ("NUM001", "unused-suppression", "info", 3, 1)
    assert d.end_column == len("<!-- numlint: ignore NUM402 -->") + 1
    assert "NUM402" in d.message and "ne supprime rien" in d.message
    (d,) = engine.lint(text, path="a.md", format="markdown", settings=Settings(lang="en"))
    assert d.message == "suppression 'ignore' of NUM402 suppresses nothing"


@pytest.mark.parametrize("settings, expected", [
    ({}, ["NUM001"]),
    ({"ignore": ["NUM001"]}, []),                    # NUM001 can be switched off like any rule
    ({"ignore": ["NUM402"]}, []),                    # aimed at a rule that did not run: not reported
    ({"select": ["NUM1"]}, []),
    ({"severity": {"NUM001": "warning"}}, ["NUM001"]),
])
def test_num001_follows_the_selection(settings, expected):
    text = "# Titre\n\n<!-- numlint: disable NUM402 -->\n" + P3 + "\n"
    diags = engine.lint(text, path="a.md", format="markdown", settings=Settings(**settings))
    assert [d.code for d in diags] == expected
    if "severity" in settings:
        assert diags[0].severity == "warning"


def test_unknown_code_in_a_comment_suppresses_nothing_quietly():
    # NUM999 is no rule: nothing ran for it, so no NUM001 either (precision first)
    text = "# Titre\n\n<!-- numlint: ignore NUM999 -->\n" + P1 + "\n"
    assert [c for c, _ in codes_lines(text, "markdown")] == ["NUM402"]


@pytest.mark.parametrize("comment, expected", [
    ("numlint: disable NUM201", ("disable", ["NUM201"])),
    ("numlint: disable NUM201, NUM3", ("disable", ["NUM201", "NUM3"])),
    ("NUMLINT:Ignore num301 chiffre du ministère", ("ignore", ["NUM301"])),
    ("numlint: enable", ("enable", [])),
    ("numlint: disable tout", None),                  # not a code: not guessed
    ("numlint: désactiver NUM201", None),
    ("commentaire de la rédaction: vérifier", None),
    ("numlint", None),
    ("numlint: " + "NUM1 " * 5000, None),             # too long to be a directive
])
def test_parse(comment, expected):
    assert parse(comment) == expected


def test_a_comment_in_a_paragraph_of_prose_is_not_a_directive():
    # in plain text only a line of its own starting with # or // is a comment
    text = "Titre\n\nLe 31 juin # numlint: disable NUM402\n"
    assert [c for c, _ in codes_lines(text, "text")] == ["NUM402"]


def test_many_comments_and_findings_stay_fast():
    """20.000 open regions and 20.000 findings: near-linear, not a product of the two."""
    import time
    from types import SimpleNamespace

    from numlint import suppression
    from numlint.diagnostics import Diagnostic
    from numlint.document.model import Comment
    n = 20_000
    comments = [Comment(f"numlint: disable NUM{i % 900 + 100}", 10 * i, 10 * i + 5) for i in range(n)]
    doc = SimpleNamespace(comments=comments, blocks=[], source="x" * (10 * n + 10), path="a")
    diags = [Diagnostic("NUM402", "invalid-date", "error", "m", 10 * i + 7, 10 * i + 8) for i in range(n)]
    started = time.process_time()
    kept = suppression.apply(doc, diags, {"NUM402", "NUM001"})
    assert time.process_time() - started < 3
    # the first 302 findings come before the first NUM402 region opens
    assert sum(d.code == "NUM402" for d in kept) == 302
    assert sum(d.code == "NUM001" for d in kept) == 0          # only NUM402 ran: nothing else reported
