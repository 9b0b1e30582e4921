"""Configuration: `[tool.numlint]` in pyproject.toml, or the top level of numlint.toml.

Found by walking up from the first path (numlint.toml wins in the same folder; a pyproject.toml
without `[tool.numlint]` is passed over), or named with --config. An unknown key or rule code is
an error with the closest valid name suggested: a typo silently ignored is a rule silently off.
"""
from __future__ import annotations

import fnmatch
import os
from dataclasses import dataclass, field

from numlint.messages import t

SEVERITIES = ("error", "warning", "info")
LANGS = ("fr", "en")
HOUSE_STYLES = ("fr-FR", "fr-BE", "fr-CH")
FORMATS = ("text", "concise", "json", "sarif", "github")
ENGINES = ("local", "dask")

# config key -> attribute of Config
KEYS = {
    "select": "select", "ignore": "ignore", "fail-on": "fail_on", "messages": "messages",
    "house-style": "house_style", "severity": "severity", "per-file-ignores": "per_file_ignores",
    "format": "format", "reference-date": "reference_date", "jobs": "jobs",
    "exit-zero": "exit_zero", "engine": "engine", "scheduler": "scheduler",
}


class ConfigError(Exception):
    """A bad configuration; `message(lang)` is the one line shown to the user."""

    def __init__(self, msg_id: str, /, **kw):
        super().__init__(msg_id)
        self.msg_id, self.kw = msg_id, kw

    def message(self, lang: str = "fr") -> str:
        text = t(self.msg_id, lang, **{k: v for k, v in self.kw.items() if k != "suggest"})
        if self.kw.get("suggest"):
            text += t("did_you_mean", lang, name=self.kw["suggest"])
        return text

    def __str__(self) -> str:
        return self.message("fr")


@dataclass
class Config:
    path: str | None = None            # the file read, None when there is none
    root: str | None = None            # its folder: per-file-ignores globs are relative to it
    select: list[str] | None = None
    ignore: list[str] | None = None
    fail_on: str | None = None
    messages: str | None = None
    house_style: str | None = None
    severity: dict[str, str] = field(default_factory=dict)
    per_file_ignores: list[tuple[str, list[str]]] = field(default_factory=list)
    format: str | None = None
    reference_date: str | None = None
    jobs: int | None = None
    exit_zero: bool | None = None
    engine: str | None = None
    scheduler: str | None = None


def closest(word: str, names) -> str | None:
    """The valid name nearest to a typo: fewest edits (a swap of two neighbours counts one, as
    in NUM210 for NUM201), else difflib's best match."""
    names = list(names)
    w = word.lower()
    scored = sorted((_edits(w, n.lower()), i) for i, n in enumerate(names) if len(n) < 100)
    if scored and scored[0][0] <= max(1, len(word) // 3):
        return names[scored[0][1]]
    import difflib
    found = difflib.get_close_matches(word, names, n=1, cutoff=0.5)
    return found[0] if found else None


def _edits(a: str, b: str) -> int:
    """Optimal string alignment distance (Levenshtein plus adjacent transpositions)."""
    a, b = a[:100], b[:100]
    prev2, prev = None, list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return prev[-1]


def find(start: str) -> str | None:
    """The nearest configuration walking up from `start` (a file or a folder)."""
    here = os.path.abspath(start)
    if not os.path.isdir(here):
        here = os.path.dirname(here)
    while True:
        candidate = os.path.join(here, "numlint.toml")
        if os.path.isfile(candidate):
            return candidate
        candidate = os.path.join(here, "pyproject.toml")
        if os.path.isfile(candidate) and _has_tool_table(candidate):
            return candidate
        parent = os.path.dirname(here)
        if parent == here:
            return None
        here = parent


def _has_tool_table(path: str) -> bool:
    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError:
        return False
    # no "[tool.numlint…" nor a bare [tool] table: it cannot hold ours, spare the TOML parser
    flat = data.replace(b" ", b"").replace(b"\t", b"").replace(b'"', b"").replace(b"'", b"")
    if b"tool.numlint" not in flat and b"[tool]" not in flat:
        return False
    try:
        data = _read_toml(path)
    except ConfigError:
        return True      # a broken pyproject that may hold our table: let load() report it
    return isinstance(data.get("tool"), dict) and "numlint" in data["tool"]


def _read_toml(path: str) -> dict:
    import tomllib
    try:
        with open(path, "rb") as f:
            return tomllib.load(f)
    except FileNotFoundError:
        raise ConfigError("config_missing", path=path) from None
    except OSError as e:
        raise ConfigError("config_unreadable", path=path, why=e.strerror or str(e)) from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
        raise ConfigError("config_unreadable", path=path, why=str(e).splitlines()[0]) from None


def load(path: str, codes: list[str]) -> Config:
    """Read and check the configuration file `path`; `codes` are the registered rule codes."""
    data = _read_toml(path)
    table_name = "[tool.numlint]"
    if os.path.basename(path) == "pyproject.toml":
        tool = data.get("tool", {})
        data = tool.get("numlint", {}) if isinstance(tool, dict) else {}
        if not isinstance(data, dict):
            raise ConfigError("config_bad_value", path=path, key="tool.numlint", value=repr(data),
                              expected="une table")
    else:
        table_name = os.path.basename(path)
    cfg = Config(path=path, root=os.path.dirname(os.path.abspath(path)))
    for key, value in data.items():
        if key not in KEYS:
            raise ConfigError("config_unknown_key", path=path, key=key, table=table_name,
                              suggest=closest(key, KEYS))
        setattr(cfg, KEYS[key], _check(path, key, value, codes))
    return cfg


def _check(path: str, key: str, value, codes: list[str]):
    def bad(expected: str):
        return ConfigError("config_bad_value", path=path, key=key, value=_show(value), expected=expected)

    if key in ("select", "ignore"):
        items = _codes_list(value)
        if items is None:
            raise bad("une liste de codes")
        for code in items:
            check_selector(code, codes, path=path, key=key)
        return items
    if key == "fail-on":
        return _choice(value, SEVERITIES, bad)
    if key == "messages":
        return _choice(value, LANGS, bad)
    if key == "house-style":
        return _choice(value, HOUSE_STYLES, bad)
    if key == "format":
        return _choice(value, FORMATS, bad)
    if key == "engine":
        return _choice(value, ENGINES, bad)
    if key == "scheduler":
        if not isinstance(value, str):
            raise bad("une adresse")
        return value
    if key == "exit-zero":
        if not isinstance(value, bool):
            raise bad("true ou false")
        return value
    if key == "jobs":
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise bad("un entier positif")
        return value
    if key == "reference-date":
        from datetime import date
        text = value.isoformat() if isinstance(value, date) else value
        try:
            date.fromisoformat(text)
        except (TypeError, ValueError):
            raise bad("AAAA-MM-JJ") from None
        return text
    if key == "severity":
        if not isinstance(value, dict):
            raise bad("une table code = niveau")
        out = {}
        for code, level in value.items():
            if code.upper() not in codes:
                raise ConfigError("config_unknown_code", path=path, code=code, key="severity",
                                  suggest=closest(code.upper(), codes))
            if level not in SEVERITIES:
                raise ConfigError("config_bad_value", path=path, key=f"severity.{code}",
                                  value=_show(level), expected=" | ".join(SEVERITIES),
                                  suggest=closest(str(level), SEVERITIES))
            out[code.upper()] = level
        return out
    if key == "per-file-ignores":
        if not isinstance(value, dict):
            raise bad("une table motif = [codes]")
        out = []
        for glob, items in value.items():
            items = _codes_list(items)
            if items is None:
                raise ConfigError("config_bad_value", path=path, key=f"per-file-ignores.{glob}",
                                  value=_show(value[glob]), expected="une liste de codes")
            for code in items:
                check_selector(code, codes, path=path, key="per-file-ignores")
            out.append((glob, items))
        return out
    raise bad("?")   # unreachable: keys are checked first


def _choice(value, choices, bad):
    if value not in choices:
        err = bad(" | ".join(choices))
        err.kw["suggest"] = closest(str(value), choices)
        raise err
    return value


def _codes_list(value) -> list[str] | None:
    if isinstance(value, str):
        value = [v for v in value.split(",")]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        return None
    return [v.strip().upper() for v in value if v.strip()]


def _show(value) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def known_selector(selector: str, codes: list[str]) -> bool:
    s = selector.upper()
    return s == "NUM" or any(c.startswith(s) for c in codes)


def check_selector(selector: str, codes: list[str], path: str | None = None, key: str = "") -> None:
    if known_selector(selector, codes):
        return
    suggest = closest(selector.upper(), codes)
    if path is None:
        raise ConfigError("unknown_selector", option=key, code=selector, suggest=suggest)
    raise ConfigError("config_unknown_code", path=path, code=selector, key=key, suggest=suggest)


def split_codes(text: str, codes: list[str], option: str) -> list[str]:
    """A --select/--ignore value: comma-separated codes or prefixes, each checked."""
    items = [c.strip().upper() for c in text.split(",") if c.strip()]
    for code in items:
        check_selector(code, codes, key=option)
    return items


# per-file-ignores ---------------------------------------------------------------------------

def ignores_for(path: str, per_file_ignores: list[tuple[str, list[str]]], root: str | None) -> list[str]:
    """Codes ignored for `path` by the per-file-ignores globs (relative to `root`)."""
    if not per_file_ignores:
        return []
    full = os.path.abspath(path)
    rel = os.path.relpath(full, root) if root else path
    rel = rel.replace(os.sep, "/")
    out: list[str] = []
    for glob, codes in per_file_ignores:
        if glob_match(glob, rel) or ("/" not in glob and glob_match(glob, rel.rsplit("/", 1)[-1])):
            out.extend(codes)
    return out


def glob_match(pattern: str, path: str) -> bool:
    """Path glob: `**` spans folders, `*` and `?` stay within one. Segment by segment, so the
    cost is len(pattern) x len(path) whatever the input (no regex backtracking)."""
    pat = [p for p in pattern.replace("\\", "/").strip("/").split("/") if p not in ("", ".")]
    parts = [p for p in path.strip("/").split("/") if p not in ("", ".")]
    # reach[j]: the first i pattern segments can match the first j path segments
    reach = [True] + [False] * len(parts)
    for seg in pat:
        if seg == "**":
            new, seen = [], False
            for ok in reach:
                seen = seen or ok
                new.append(seen)
        else:
            new = [False] + [reach[j] and fnmatch.fnmatchcase(parts[j], seg) for j in range(len(parts))]
        reach = new
    return reach[-1]
