"""Black-box tests of the command line: `python -m numlint …` in a subprocess, on the articles of
fixtures/cli copied to a scratch folder (so that no configuration above them interferes).

The articles are driven by NUM402 invalid-date ("le 31 juin"), NUM001 and suppression comments.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = os.path.join(os.path.dirname(HERE), "fixtures", "cli", "articles")
SCHEMA = "/work/shared/schemas/sarif-2.1.0.json"


def run(*args, cwd=None, stdin: bytes | None = None, env=None):
    proc = subprocess.run([sys.executable, "-m", "numlint", *args], cwd=cwd, input=stdin,
                          capture_output=True, timeout=120,
                          env={**os.environ, "NUMLINT_DEBUG": "", **(env or {})})
    return proc.returncode, proc.stdout.decode("utf-8"), proc.stderr.decode("utf-8")


def one_line_error(err: str) -> str:
    assert "Traceback" not in err
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("numlint: ")
    return lines[0]


@pytest.fixture()
def site(tmp_path):
    """A copy of fixtures/cli/articles; the tests run from its parent folder."""
    shutil.copytree(FIXTURES, tmp_path / "articles")
    return tmp_path


# (path, line, column, end column, code) of the two invalid dates of sommet.md; the messages are
# the rule's own wording, taken from the JSON run so that only the format is under test here.
SOMMET = [("articles/sommet.md", 11, 30, 37, "NUM402"), ("articles/sommet.md", 13, 64, 79, "NUM402")]


def messages(site) -> list[str]:
    _, out, _ = run("check", "articles/sommet.md", "--format", "json", cwd=site)
    return [d["message"] for d in json.loads(out)["diagnostics"]]


# -- formats on a broken article ----------------------------------------------------------------

def test_concise_exact_lines(site):
    code, out, err = run("check", "articles/sommet.md", "--format", "concise", cwd=site)
    assert (code, err) == (1, "")
    assert out.splitlines() == [f"{p}:{l}:{c}: {k} {m}" for (p, l, c, _, k), m in zip(SOMMET, messages(site))]
    assert "31 juin" in out and "29 février 2025" in out


def test_github_exact_lines(site):
    code, out, err = run("check", "articles/sommet.md", "--format", "github", cwd=site)
    assert (code, err) == (1, "")
    assert out.splitlines() == [
        f"::error file={p},line={l},col={c},endLine={l},endColumn={e},title={k}::{m}"
        for (p, l, c, e, k), m in zip(SOMMET, messages(site))]


def test_json_format(site):
    code, out, _ = run("check", "articles/sommet.md", "articles/budget.txt", "--format", "json", cwd=site)
    assert code == 1
    data = json.loads(out)
    assert data["numlint"] == "0.1.0"
    assert data["summary"] == {"files": 2, "error": 2, "warning": 0, "info": 0}
    first = data["diagnostics"][0]
    assert (first["path"], first["code"], first["rule"], first["severity"]) == \
        ("articles/sommet.md", "NUM402", "invalid-date", "error")
    assert (first["line"], first["column"], first["end_line"], first["end_column"]) == (11, 30, 11, 37)
    # columns count code points of the file: the two flags before the date are 4 of them
    text = (site / "articles" / "sommet.md").read_text(encoding="utf-8")
    assert text[first["offset"]:first["end_offset"]] == "31 juin"


@pytest.mark.skipif(not os.path.exists(SCHEMA), reason="SARIF schema not available")
def test_sarif_is_valid_and_complete(site):
    jsonschema = pytest.importorskip("jsonschema")
    code, out, _ = run("check", "articles", "--format", "sarif", cwd=site)
    assert code == 1
    doc = json.loads(out)
    with open(SCHEMA, encoding="utf-8") as f:
        jsonschema.validate(doc, json.load(f))
    run_ = doc["runs"][0]
    ids = [r["id"] for r in run_["tool"]["driver"]["rules"]]
    assert "NUM001" in ids and "NUM402" in ids
    nb = next(r for r in run_["tool"]["driver"]["rules"] if r["id"] == "NUM402")
    assert nb["help"]["text"] and nb["defaultConfiguration"]["level"] == "error"
    results = [(r["ruleId"], r["level"], r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"])
               for r in run_["results"]]
    assert results == [("NUM001", "note", "articles/conseil.html"),
                       ("NUM402", "error", "articles/regions/bretagne.txt"),
                       ("NUM402", "error", "articles/sommet.md"), ("NUM402", "error", "articles/sommet.md")]


def test_text_format_has_source_line_and_marker(site):
    code, out, _ = run("check", "articles/sommet.md", cwd=site)
    assert code == 1
    lines = out.splitlines()
    assert lines[0] == f"articles/sommet.md:11:30: NUM402 [erreur] {messages(site)[0]}"
    assert lines[1].endswith("| 🇫🇷🇩🇪 Rendez-vous est pris le 31 juin, a indiqué l'Élysée dans un communiqué.")
    assert lines[2].rstrip().endswith("^^^^^^^") and "\x1b[" not in out


def test_messages_in_english(site):
    code, out, _ = run("check", "articles/sommet.md", "--format", "concise", "--messages", "en", cwd=site)
    assert code == 1
    assert out.splitlines()[0].startswith("articles/sommet.md:11:30: NUM402 31 June ")


# -- exit statuses ------------------------------------------------------------------------------

@pytest.mark.parametrize("args, expected", [
    (["articles/sommet.md"], 1),
    (["articles/sommet.md", "--exit-zero"], 0),
    (["articles/budget.txt"], 0),
    (["articles/conseil.html"], 0),                        # NUM001 is info: below the default
    (["articles/conseil.html", "--fail-on", "info"], 1),
    (["articles/sommet.md", "--fail-on", "error"], 1),
    (["articles/sommet.md", "--ignore", "NUM4"], 0),
    (["articles/sommet.md", "--select", "NUM1"], 0),
    (["articles/sommet.md", "--select", "NUM402"], 1),
    (["articles/sommet.md", "--jobs", "2"], 1),
    (["articles/sommet.md", "articles/budget.txt", "--jobs", "2", "--format", "json"], 1),
])
def test_exit_status(site, args, expected):
    code, _, err = run("check", *args, cwd=site)
    assert code == expected, err


@pytest.mark.parametrize("args, words", [
    (["check", "articles/absent.md"], ["articles/absent.md", "introuvable"]),
    (["check", "articles/absent.md", "--messages", "en"], ["no such file"]),
    (["check", "articles/sommet.md", "--bogus"], ["--bogus"]),
    (["check", "articles/sommet.md", "--format", "xml"], ["xml", "text"]),
    (["check", "articles/sommet.md", "--fail-on", "erreur"], ["erreur", "error"]),
    (["check", "articles/sommet.md", "--reference-date", "2025-13-01"], ["2025-13-01"]),
    (["check", "articles/sommet.md", "--jobs", "zero"], ["--jobs"]),
    (["check", "articles/sommet.md", "--select", "NUM4O2"], ["NUM4O2", "NUM402"]),
    (["check", "articles/sommet.md", "--config", "nulle-part.toml"], ["nulle-part.toml"]),
    (["check"], ["PATH"]),
    (["chek", "articles"], ["chek", "check"]),
    ([], ["COMMANDE"]),
    (["explain", "NUM420"], ["NUM420", "NUM402"]),
])
def test_usage_errors_are_one_line_and_exit_2(site, args, words):
    code, out, err = run(*args, cwd=site)
    assert code == 2 and out == ""
    line = one_line_error(err)
    for w in words:
        assert w in line, line


@pytest.mark.parametrize("data", [b"\xff\xfe\x00\x00binaire\x00\x00", "Titre\n\nLe 31 juin, à Sète.\n".encode("latin-1")])
def test_unreadable_file_exits_2_with_one_line(site, data):
    (site / "articles" / "casse.txt").write_bytes(data)
    code, out, err = run("check", "articles/casse.txt", "--format", "json", cwd=site)
    assert code == 2
    assert "casse.txt" in one_line_error(err)
    assert json.loads(out)["summary"]["files"] == 1         # stdout stays the chosen format


def test_unreadable_file_among_good_ones(site):
    (site / "articles" / "casse.txt").write_bytes(b"\x00\x01\x02\xff" * 10)
    code, out, err = run("check", "articles", "--format", "concise", "--exit-zero", cwd=site)
    assert code == 2                       # numlint could not do its whole job
    assert "casse.txt" in one_line_error(err)
    assert "articles/sommet.md:11:30: NUM402" in out


# -- files and standard input -------------------------------------------------------------------

def test_folder_walk_is_sorted_skips_hidden_and_other_suffixes(site):
    code, out, _ = run("check", "articles", "--format", "concise", "--fail-on", "info", cwd=site)
    assert code == 1
    paths = [line.split(":", 1)[0] for line in out.splitlines()]
    assert paths == ["articles/conseil.html", "articles/regions/bretagne.txt",
                     "articles/sommet.md", "articles/sommet.md"]
    code, out, _ = run("check", "articles", "--format", "json", cwd=site)
    assert json.loads(out)["summary"]["files"] == 4          # .brouillons and .rst left out


def test_same_file_twice_is_linted_once(site):
    _, out, _ = run("check", "articles/sommet.md", "./articles/sommet.md", "--format", "json", cwd=site)
    assert json.loads(out)["summary"]["files"] == 1


@pytest.mark.parametrize("name, text, expected", [
    # the name decides the format: an HTML comment suppresses in Markdown…
    ("brouillon.md", "# Titre\n\n<!-- numlint: ignore NUM402 -->\nLe 31 juin.\n", []),
    # …and a '#' line is a comment in plain text
    ("brouillon.txt", "Titre\n\n# numlint: ignore NUM402\nLe 31 juin.\n", []),
    ("brouillon.txt", "Titre\n\nLe 31 juin.\n", ["brouillon.txt:3:4: NUM402"]),
])
def test_stdin_with_stdin_filename(site, name, text, expected):
    code, out, err = run("check", "-", "--stdin-filename", name, "--format", "concise",
                         cwd=site, stdin=text.encode("utf-8"))
    assert err == ""
    assert [l.split(" le ")[0] for l in out.splitlines()] == expected
    assert code == (1 if expected else 0)


def test_stdin_without_a_name_is_dash(site):
    code, out, _ = run("check", "-", "--format", "concise", cwd=site, stdin="Titre\n\nLe 31 juin.\n".encode())
    assert code == 1 and out.startswith("-:3:4: NUM402 ")


# -- configuration through the command line -----------------------------------------------------

@pytest.mark.parametrize("where, text, expected_code, expected_severity", [
    ("pyproject.toml", "[tool.numlint]\nignore = ['NUM402']\n", 0, None),
    ("numlint.toml", "ignore = ['NUM4']\n", 0, None),
    ("pyproject.toml", "[tool.numlint.severity]\nNUM402 = 'info'\n", 0, "info"),
    ("numlint.toml", "fail-on = 'info'\n[severity]\nNUM402 = 'info'\n", 1, "info"),
    ("pyproject.toml", "[project]\nname = 'journal'\n", 1, "error"),       # passed over
    ("articles/numlint.toml", "[per-file-ignores]\n'regions/**' = ['NUM402']\n", 1, "error"),
])
def test_configuration_is_obeyed(site, where, text, expected_code, expected_severity):
    (site / where).write_text(text, encoding="utf-8")
    code, out, err = run("check", "articles/sommet.md", "--format", "json", cwd=site)
    assert code == expected_code, err
    diags = json.loads(out)["diagnostics"]
    assert [d["severity"] for d in diags][:1] == ([expected_severity] if expected_severity else [])


def test_per_file_ignores_relative_to_the_config(site):
    (site / "numlint.toml").write_text("[per-file-ignores]\n'articles/regions/**' = ['NUM402']\n")
    _, out, _ = run("check", "articles", "--format", "concise", cwd=site)
    assert "bretagne" not in out and "sommet.md" in out


def test_command_line_overrides_the_file(site):
    (site / "numlint.toml").write_text("fail-on = 'info'\nformat = 'json'\nmessages = 'en'\n")
    code, out, _ = run("check", "articles/conseil.html", cwd=site)
    assert code == 1 and json.loads(out)["diagnostics"][0]["message"].endswith("suppresses nothing")
    code, out, _ = run("check", "articles/conseil.html", "--fail-on", "warning", "--format", "concise",
                       "--messages", "fr", cwd=site)
    assert code == 0 and out.endswith("ne supprime rien\n")


def test_unknown_key_exits_2_with_a_suggestion(site):
    (site / "pyproject.toml").write_text("[tool.numlint]\nfail_on = 'error'\n")
    code, out, err = run("check", "articles/sommet.md", cwd=site)
    assert code == 2 and out == ""
    assert one_line_error(err).endswith("clé inconnue « fail_on » dans [tool.numlint] ; "
                                        "vouliez-vous dire « fail-on » ?")


def test_explicit_config(site):
    (site / "ailleurs.toml").write_text("ignore = ['NUM402']\n")
    (site / "numlint.toml").write_text("ignore = ['NUM001']\n")
    code, _, _ = run("check", "articles/sommet.md", "--config", "ailleurs.toml", cwd=site)
    assert code == 0
    code, _, _ = run("check", "articles/sommet.md", cwd=site)
    assert code == 1


def test_stdin_finds_the_configuration_of_its_name(site):
    (site / "articles" / "numlint.toml").write_text("ignore = ['NUM402']\n")
    code, out, _ = run("check", "-", "--stdin-filename", "articles/nouveau.txt", "--format", "concise",
                       cwd=site, stdin="Titre\n\nLe 31 juin.\n".encode())
    assert (code, out) == (0, "")


# -- other commands -----------------------------------------------------------------------------

def test_rules_lists_every_rule(site):
    from numlint.rules import all_rules
    code, out, _ = run("rules", cwd=site)
    assert code == 0
    for code_, rule in all_rules().items():
        row = next(l for l in out.splitlines() if f" {code_} " in l)
        assert rule.name in row and rule.severity in row
    assert "NUM001" in out and "unused-suppression" in out
    off = [c for c, r in all_rules().items() if not r.enabled_by_default]
    for c in off:
        assert " non " in next(l for l in out.splitlines() if f" {c} " in l)


@pytest.mark.parametrize("args, words", [
    (["explain", "NUM001"], ["NUM001 unused-suppression", "ne supprime rien", "Signale :",
                             "# numlint: disable NUM101"]),
    (["explain", "num402"], ["NUM402 invalid-date"]),
    (["explain", "unused-suppression", "--messages", "en"], ["NUM001 unused-suppression",
                                                            "suppresses nothing", "Reports:"]),
])
def test_explain(site, args, words):
    code, out, _ = run(*args, cwd=site)
    assert code == 0
    for w in words:
        assert w in out


def test_extract_json(site):
    code, out, _ = run("extract", "articles/sommet.md", "--format", "json", cwd=site)
    assert code == 0
    data = json.loads(out)
    assert list(data) == ["numlint", "figures"]
    fig = next(f for f in data["figures"] if f["text"] == "31 juin")
    assert list(fig) == ["path", "text", "line", "column", "end_line", "end_column", "offset",
                         "end_offset", "kind", "value", "low", "high", "approx", "unit", "subject",
                         "qualifiers", "section"]
    assert (fig["path"], fig["line"], fig["column"], fig["kind"]) == ("articles/sommet.md", 11, 30, "date")
    assert fig["section"] == "Le programme"


def test_extract_table(site):
    code, out, _ = run("extract", "articles/sommet.md", cwd=site)
    assert code == 0 and "31 juin" in out and "articles/sommet.md:11:30" in out


def test_extract_missing_file(site):
    code, out, err = run("extract", "articles/absent.md", cwd=site)
    assert code == 2 and out == "" and "absent.md" in one_line_error(err)


def test_version():
    code, out, _ = run("--version")
    assert (code, out.strip()) == (0, "numlint 0.1.0")


def test_cold_start_imports_nothing_heavy(site):
    """`check --format json` must not import rich, pint, pygls or dask at start-up."""
    proc = subprocess.run([sys.executable, "-X", "importtime", "-m", "numlint", "check",
                           "articles/budget.txt", "--format", "json"], cwd=site, capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == 0
    imported = {line.split("|")[-1].strip().split(".")[0] for line in proc.stderr.splitlines()
                if line.startswith("import time:")}
    assert not imported & {"rich", "pint", "pygls", "lsprotocol", "dask", "distributed"}


# -- pre-commit hook and the documented workflow ------------------------------------------------

ROOT = os.path.dirname(HERE)


def test_pre_commit_hook():
    yaml = pytest.importorskip("yaml")
    import re
    with open(os.path.join(ROOT, ".pre-commit-hooks.yaml"), encoding="utf-8") as f:
        (hook,) = yaml.safe_load(f)
    assert hook["id"] == "numlint" and hook["entry"] == "numlint check" and hook["language"] == "python"
    files = re.compile(hook["files"])
    for name in ("a.md", "b/c.txt", "d.html", "e.htm", "f.markdown"):
        assert files.search(name), name
    for name in ("setup.py", "notes.rst", "page.html.j2"):
        assert not files.search(name), name


def test_documented_workflow_uploads_sarif():
    yaml = pytest.importorskip("yaml")
    import re
    with open(os.path.join(ROOT, "docs", "ci.md"), encoding="utf-8") as f:
        text = f.read()
    block = re.search(r"```yaml\n(# \.github/workflows/.*?)```", text, re.S).group(1)
    steps = yaml.safe_load(block)["jobs"]["numlint"]["steps"]
    runs = [s.get("run", "") for s in steps]
    assert any("--format sarif" in r and "> numlint.sarif" in r for r in runs)
    upload = next(s for s in steps if s.get("uses", "").startswith("github/codeql-action/upload-sarif"))
    assert upload["with"]["sarif_file"] == "numlint.sarif"
    assert any("--format github" in r for r in runs)


def test_empty_folder_is_a_notice_not_a_failure(site):
    (site / "vide").mkdir()
    code, out, err = run("check", "vide", "--format", "json", cwd=site)
    assert code == 0 and json.loads(out)["summary"]["files"] == 0
    assert "aucun article" in one_line_error(err)
