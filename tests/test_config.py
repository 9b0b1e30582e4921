"""Configuration: discovery, validation with suggestions, per-file-ignores globs."""
from __future__ import annotations

import os

import pytest

from numlint import config
from numlint.config import ConfigError, find, glob_match, ignores_for, load

CODES = ["NUM001", "NUM101", "NUM102", "NUM201", "NUM202", "NUM301", "NUM402"]


def write(path, text: str) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return str(path)


# -- discovery ----------------------------------------------------------------------------------

def test_numlint_toml_wins_in_the_same_folder(tmp_path):
    write(tmp_path / "pyproject.toml", "[tool.numlint]\nignore = ['NUM101']\n")
    write(tmp_path / "numlint.toml", "ignore = ['NUM102']\n")
    art = write(tmp_path / "a" / "b" / "article.md", "# T\n")
    assert find(art) == str(tmp_path / "numlint.toml")


def test_pyproject_without_our_table_is_passed_over(tmp_path):
    write(tmp_path / "pyproject.toml", "[tool.numlint]\nignore = ['NUM101']\n")
    write(tmp_path / "sub" / "pyproject.toml", "[project]\nname = 'journal'\n")
    art = write(tmp_path / "sub" / "article.md", "# T\n")
    assert find(art) == str(tmp_path / "pyproject.toml")
    assert find(str(tmp_path / "sub")) == str(tmp_path / "pyproject.toml")


def test_nearest_wins(tmp_path):
    write(tmp_path / "numlint.toml", "")
    write(tmp_path / "sub" / "pyproject.toml", "[tool.numlint]\n")
    assert find(str(tmp_path / "sub" / "x.md")) == str(tmp_path / "sub" / "pyproject.toml")


# -- loading ------------------------------------------------------------------------------------

def test_load_every_key(tmp_path):
    path = write(tmp_path / "pyproject.toml", """
[tool.numlint]
select = ["NUM"]
ignore = ["num102"]
fail-on = "error"
messages = "en"
house-style = "fr-BE"
format = "concise"
reference-date = 2025-03-01
jobs = 2
exit-zero = false
engine = "local"

[tool.numlint.severity]
NUM201 = "info"

[tool.numlint.per-file-ignores]
"archives/**" = ["NUM4"]
""")
    cfg = load(path, CODES)
    assert cfg.select == ["NUM"] and cfg.ignore == ["NUM102"]
    assert (cfg.fail_on, cfg.messages, cfg.house_style, cfg.format) == ("error", "en", "fr-BE", "concise")
    assert cfg.reference_date == "2025-03-01" and cfg.jobs == 2 and cfg.exit_zero is False
    assert cfg.severity == {"NUM201": "info"}
    assert cfg.per_file_ignores == [("archives/**", ["NUM4"])]
    assert cfg.root == str(tmp_path)


@pytest.mark.parametrize("toml, words", [
    ("fail_on = 'error'", ["fail_on", "fail-on"]),
    ("ignor = ['NUM101']", ["ignor", "ignore"]),
    ("ignore = ['NUM210']", ["NUM210", "NUM201"]),
    ("select = ['NUM9']", ["NUM9"]),
    ("fail-on = 'erreur'", ["erreur", "error"]),
    ("house-style = 'fr-fr'", ["fr-fr", "fr-FR"]),
    ("messages = 'de'", ["de"]),
    ("jobs = 0", ["jobs"]),
    ("ignore = 'NUM101'\nselect = 3", ["select"]),
    ("[severity]\nNUM2O1 = 'info'", ["NUM2O1", "NUM201"]),
    ("[severity]\nNUM201 = 'warn'", ["warn", "warning"]),
    ("[per-file-ignores]\n'archives/**' = ['NUM44']", ["NUM44"]),
    ("[per-file-ignores]\n'archives/**' = 4", ["archives/**"]),
    ("reference-date = '2025-02-30'", ["reference-date"]),
    ("select = [", ["numlint.toml"]),                   # not TOML
])
def test_bad_config_is_one_clear_line(tmp_path, toml, words):
    path = write(tmp_path / "numlint.toml", toml + "\n")
    with pytest.raises(ConfigError) as e:
        load(path, CODES)
    line = e.value.message("fr")
    assert "\n" not in line
    for w in words:
        assert w in line, line


def test_suggestion_wording():
    err = ConfigError("config_unknown_key", path="pyproject.toml", key="fail_on",
                      table="[tool.numlint]", suggest="fail-on")
    assert err.message("fr") == ("pyproject.toml: clé inconnue « fail_on » dans [tool.numlint] ; "
                                 "vouliez-vous dire « fail-on » ?")
    assert err.message("en") == ("pyproject.toml: unknown key 'fail_on' in [tool.numlint]; "
                                 "did you mean 'fail-on'?")


def test_selectors_from_the_command_line():
    assert config.split_codes("num1, NUM201,", CODES, "--select") == ["NUM1", "NUM201"]
    with pytest.raises(ConfigError) as e:
        config.split_codes("NUM1,NUM2O1", CODES, "--ignore")
    assert e.value.message("fr").startswith("--ignore: code de règle inconnu « NUM2O1 »")


# -- per-file-ignores ---------------------------------------------------------------------------

@pytest.mark.parametrize("pattern, path, expected", [
    ("archives/**", "archives/2019/kim.md", True),
    ("archives/**", "archives/kim.md", True),
    ("archives/**", "articles/kim.md", False),
    ("archives/*.md", "archives/kim.md", True),
    ("archives/*.md", "archives/2019/kim.md", False),
    ("**/brouillons/*", "a/b/brouillons/x.txt", True),
    ("**/brouillons/*", "brouillons/x.txt", True),
    ("*.html", "x.html", True),
    ("dép?ches/**", "dépêches/x.md", True),
    ("d?p?ches/**", "dpches/x.md", False),
    ("d?p?ches/**", "dépêches/x.md", True),
    ("**/*a*a*a*a*a*a*a*a*a*b", "/".join(["a" * 30] * 30), False),   # hostile: stays fast
])
def test_glob_match(pattern, path, expected):
    assert glob_match(pattern, path) is expected


def test_ignores_for_is_relative_to_the_config_folder(tmp_path):
    pfi = [("archives/**", ["NUM4"]), ("*.html", ["NUM101"])]
    root = str(tmp_path)
    assert ignores_for(str(tmp_path / "archives" / "2019" / "a.md"), pfi, root) == ["NUM4"]
    assert ignores_for(str(tmp_path / "articles" / "a.html"), pfi, root) == ["NUM101"]
    assert ignores_for(str(tmp_path / "articles" / "a.md"), pfi, root) == []
    cwd = os.getcwd()
    try:
        os.chdir(tmp_path / "..")
        rel = os.path.join(tmp_path.name, "archives", "a.md")
        assert ignores_for(rel, pfi, root) == ["NUM4"]
    finally:
        os.chdir(cwd)


def test_per_file_ignores_in_the_engine(tmp_path):
    from numlint import engine
    text = "Titre\n\nLa visite aura lieu le 31 juin.\n"
    settings = engine.Settings(per_file_ignores=[("archives/**", ["NUM4"])], config_root=str(tmp_path))
    inside = engine.lint(text, path=str(tmp_path / "archives" / "a.txt"), settings=settings)
    outside = engine.lint(text, path=str(tmp_path / "a.txt"), settings=settings)
    assert [d.code for d in inside] == [] and [d.code for d in outside] == ["NUM402"]


@pytest.mark.parametrize("text, ours", [
    ("[project]\nname = 'numlint-articles'\n", False),
    ("[tool.ruff]\nline-length = 100\n", False),
    ('[ tool . "numlint" ]\nignore = ["NUM101"]\n', True),
    ("[tool]\nnumlint = { ignore = ['NUM101'] }\n", True),
    ("[tool.numlint.severity]\nNUM201 = 'info'\n", True),
])
def test_which_pyproject_holds_our_table(tmp_path, text, ours):
    write(tmp_path / "pyproject.toml", text)
    assert (find(str(tmp_path / "a.md")) == str(tmp_path / "pyproject.toml")) is ours
