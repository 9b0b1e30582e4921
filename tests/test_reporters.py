"""Reporters format what they are given: built Diagnostics in, exact text out."""
from __future__ import annotations

import io
import json
import os

import pytest

from numlint.diagnostics import Diagnostic, Related
from numlint.reporters import Report, RuleInfo, get, json_number
from numlint.reporters import concise, github, sarif
from numlint.runner import FileResult

SCHEMA = "/work/shared/schemas/sarif-2.1.0.json"

LINE = "Selon l'état-major 🇰🇷, de 30.000 à 25.000 soldats seraient déployés."
START_COL = LINE.index("de 30.000") + 1          # 1-based code points, the flag counts 2


def reversed_range(path="articles/kim.md", severity="error") -> Diagnostic:
    return Diagnostic(
        code="NUM101", rule="reversed-range", severity=severity,
        message="fourchette inversée : « de 30.000 à 25.000 » (30.000 > 25.000)",
        start=100 + START_COL - 1, end=100 + START_COL - 1 + len("de 30.000 à 25.000"),
        related=[Related(start=3, end=9, message="titre : 25.000 soldats", line=1, column=4,
                         end_line=1, end_column=10, source_line="Le 25.000e soldat")],
        path=path, line=5, column=START_COL, end_line=5,
        end_column=START_COL + len("de 30.000 à 25.000"), source_line=LINE)


def report(*diags, lang="fr", files=None, rules=()) -> Report:
    results = files or [FileResult(diags[0].path if diags else "a.txt", list(diags))]
    return Report(results=results, version="0.1.0", lang=lang, rules=list(rules))


def render(fmt: str, rep: Report) -> str:
    out = io.StringIO()
    get(fmt).write(rep, out)
    return out.getvalue()


# -- concise and github: one exact line per finding ---------------------------------------------

@pytest.mark.parametrize("path, message, expected", [
    ("articles/kim.md", "fourchette inversée", "articles/kim.md:5:{c}: NUM101 fourchette inversée"),
    ("a b.txt", "deux\nlignes", "a b.txt:5:{c}: NUM101 deux lignes"),
])
def test_concise_line(path, message, expected):
    d = reversed_range(path)
    d.message = message
    assert render("concise", report(d)) == expected.format(c=START_COL) + "\n"


@pytest.mark.parametrize("severity, level", [("error", "error"), ("warning", "warning"), ("info", "notice")])
def test_github_levels(severity, level):
    d = reversed_range(severity=severity)
    line = render("github", report(d)).rstrip("\n")
    assert line.startswith(f"::{level} file=articles/kim.md,line=5,col={START_COL},endLine=5,"
                           f"endColumn={START_COL + 18},title=NUM101::")


def test_github_escapes_data_and_properties():
    d = reversed_range(path="dossier,1/a:b.md")
    d.message = "100% faux\r\nsuite"
    assert github.line(d) == (
        f"::error file=dossier%2C1/a%3Ab.md,line=5,col={START_COL},endLine=5,"
        f"endColumn={START_COL + 18},title=NUM101::100%25 faux%0D%0Asuite")


def test_nothing_to_say_prints_nothing_in_line_formats():
    rep = report(files=[FileResult("a.txt", [])])
    assert render("concise", rep) == ""
    assert render("github", rep) == ""


# -- json: the shape of the interface page ------------------------------------------------------

def test_json_shape_and_summary():
    a, b = reversed_range(), reversed_range(severity="info")
    rep = report(files=[FileResult("articles/kim.md", [a, b]), FileResult("b.txt", [])])
    data = json.loads(render("json", rep))
    assert list(data) == ["numlint", "diagnostics", "summary"]
    assert data["summary"] == {"files": 2, "error": 1, "warning": 0, "info": 1}
    first = data["diagnostics"][0]
    assert list(first) == ["path", "code", "rule", "severity", "message", "line", "column",
                           "end_line", "end_column", "offset", "end_offset", "related"]
    assert first["related"] == [{"line": 1, "column": 4, "end_line": 1, "end_column": 10,
                                 "message": "titre : 25.000 soldats"}]
    assert "«" in render("json", rep)          # French stays readable, not \u00ab


@pytest.mark.parametrize("value, expected", [(25000.0, 25000), (3.5, 3.5), (None, None),
                                             ("2025-03-01", "2025-03-01"), (7, 7)])
def test_json_numbers_as_written_on_the_page(value, expected):
    got = json_number(value)
    assert got == expected and type(got) is type(expected)


# -- sarif --------------------------------------------------------------------------------------

RULES = [RuleInfo("NUM101", "reversed-range", "error", True, "Intervalle inversé.",
                  "Intervalle inversé.\n\nDétail."),
         RuleInfo("NUM105", "typographic-spacing", "info", False, "Espacement.", "Espacement.")]


def sarif_doc(rep: Report) -> dict:
    return json.loads(render("sarif", rep))


def test_sarif_content():
    doc = sarif_doc(report(reversed_range(), rules=RULES))
    run = doc["runs"][0]
    assert doc["version"] == "2.1.0" and run["columnKind"] == "unicodeCodePoints"
    driver = run["tool"]["driver"]
    assert driver["name"] == "numlint" and driver["version"] == "0.1.0" and driver["informationUri"]
    assert [r["id"] for r in driver["rules"]] == ["NUM101", "NUM105"]
    assert driver["rules"][1]["defaultConfiguration"] == {"level": "note", "enabled": False}
    assert driver["rules"][0]["fullDescription"]["text"].endswith("Détail.")
    res = run["results"][0]
    assert (res["ruleId"], res["level"], res["ruleIndex"]) == ("NUM101", "error", 0)
    loc = res["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"] == {"uri": "articles/kim.md", "uriBaseId": "%SRCROOT%"}
    assert loc["region"] == {"startLine": 5, "startColumn": START_COL, "endLine": 5,
                             "endColumn": START_COL + 18, "charOffset": 100 + START_COL - 1,
                             "charLength": 18}
    rel = res["relatedLocations"][0]
    assert rel["message"]["text"] == "titre : 25.000 soldats"
    assert rel["physicalLocation"]["region"]["startColumn"] == 4


@pytest.mark.parametrize("path, uri", [
    ("./a b/é.md", {"uri": "a%20b/%C3%A9.md", "uriBaseId": "%SRCROOT%"}),
    ("/tmp/x.md", {"uri": "file:///tmp/x.md"}),
])
def test_sarif_uris(path, uri):
    assert sarif.uri(path) == uri


def test_sarif_reports_unreadable_file_as_notification():
    rep = report(files=[FileResult("bad.txt", [], "bad.txt: pas de l'UTF-8")])
    inv = sarif_doc(rep)["runs"][0]["invocations"][0]
    assert inv["executionSuccessful"] is False
    assert inv["toolExecutionNotifications"][0]["message"]["text"] == "bad.txt: pas de l'UTF-8"


@pytest.mark.skipif(not os.path.exists(SCHEMA), reason="SARIF schema not available")
@pytest.mark.parametrize("files", [
    [FileResult("articles/kim.md", [reversed_range()])],
    [FileResult("vide.txt", [])],
    [FileResult("bad.txt", [], "bad.txt: illisible"), FileResult("/abs/é.md", [reversed_range("/abs/é.md")])],
])
def test_sarif_is_schema_valid(files):
    jsonschema = pytest.importorskip("jsonschema")
    with open(SCHEMA, encoding="utf-8") as f:
        schema = json.load(f)
    jsonschema.validate(sarif_doc(report(files=files, rules=RULES)), schema)


# -- text (rich) --------------------------------------------------------------------------------

def test_text_shows_line_and_marker_under_the_span():
    out = render("text", report(reversed_range()))
    lines = out.splitlines()
    assert lines[0] == (f"articles/kim.md:5:{START_COL}: NUM101 [erreur] "
                        "fourchette inversée : « de 30.000 à 25.000 » (30.000 > 25.000)")
    assert lines[1] == f"    5 | {LINE}"
    marker = lines[2]
    assert marker.startswith("      | ")
    # the flag emoji takes two cells on screen: the marker must still sit under "de 30.000"
    from rich.cells import cell_len
    body = marker[len("      | "):]
    assert len(body) - len(body.lstrip(" ")) == cell_len(LINE[:START_COL - 1])
    assert body.strip() == "^" * 18
    assert "\x1b[" not in out                        # no colour when not a terminal
    assert "voir articles/kim.md:1:4: titre : 25.000 soldats" in out
    assert "    1 | Le 25.000e soldat\n      |    ^^^^^^\n" in out


def test_text_does_not_wrap_long_lines():
    d = reversed_range()
    d.message = "mot " * 60
    out = render("text", report(d))
    assert out.splitlines()[0].rstrip().endswith("mot " * 59 + "mot")


def test_text_english_and_summary():
    out = render("text", report(reversed_range(), lang="en"))
    assert "NUM101 [error]" in out
    assert out.rstrip().splitlines()[-1] == "1 finding(s) in 1 file(s): 1 error(s), 0 warning(s), 0 info(s)."
    assert render("text", report(files=[FileResult("a.txt", [])])).strip() == "Aucun problème dans 1 fichier(s)."


def test_text_marker_with_cut_line():
    d = reversed_range()
    d.source_line, d.source_col = "xx de 30.000 à 25.000 yy", START_COL - 3
    out = render("text", report(d)).splitlines()
    assert out[2] == "      |    " + "^" * 18


def test_reporters_do_not_import_rich_unless_text():
    import subprocess
    import sys
    code = ("import sys, io; from numlint.reporters import get, Report; "
            "from numlint.runner import FileResult; "
            "[get(f).write(Report([FileResult('a', [])], '0'), io.StringIO()) for f in "
            "('concise','json','sarif','github')]; print('rich' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_concise_module_line_function_matches_writer():
    d = reversed_range()
    assert render("concise", report(d)) == concise.line(d) + "\n"


def test_text_summary_with_an_unreadable_file():
    rep = report(files=[FileResult("a.txt", []), FileResult("b.txt", [], "b.txt: illisible")])
    assert render("text", rep).splitlines() == ["Aucun problème dans 1 fichier(s).",
                                                "Fichier(s) non vérifié(s) : 1."]
    rep = report(files=[FileResult("b.txt", [], "b.txt: illisible")], lang="en")
    assert render("text", rep).splitlines() == ["1 file(s) could not be checked."]
