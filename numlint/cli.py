"""Command line: flags and subcommands only; the work is in the stages, the output in reporters.

Exit status: 0 nothing at or above --fail-on, 1 findings at or above it, 2 numlint could not do
its job (usage, missing or unreadable file, bad configuration) — always with one line on stderr,
never a traceback. Standard output carries only the chosen format.
"""
from __future__ import annotations

import argparse
import os
import re
import sys

from numlint import __version__
from numlint.messages import t

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}


class Failure(Exception):
    """numlint cannot run: one line for stderr, exit 2."""


class UsageError(Failure):
    pass


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage errors as one line instead of usage text and exit."""

    def error(self, message):
        raise UsageError(message)


# --- parser ------------------------------------------------------------------------------------

def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="numlint", description="Linter des chiffres d'articles de presse en français.")
    parser.add_argument("--version", action="version", version=f"numlint {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMANDE", parser_class=_Parser)
    sub.required = True

    check = sub.add_parser("check", help="vérifier des articles")
    check.add_argument("paths", nargs="+", metavar="PATH", help="fichiers ou dossiers ; - lit l'entrée standard")
    check.add_argument("--format", choices=("text", "concise", "json", "sarif", "github"))
    check.add_argument("--select", metavar="CODES", help="codes ou préfixes, séparés par des virgules")
    check.add_argument("--ignore", metavar="CODES", help="codes ou préfixes, séparés par des virgules")
    check.add_argument("--fail-on", choices=("error", "warning", "info"))
    check.add_argument("--exit-zero", action="store_true", default=None)
    check.add_argument("--reference-date", metavar="AAAA-MM-JJ")
    check.add_argument("--stdin-filename", metavar="NOM")
    check.add_argument("--jobs", metavar="N")
    check.add_argument("--messages", choices=("fr", "en"))
    check.add_argument("--engine", choices=("local", "dask"))
    check.add_argument("--scheduler", metavar="ADRESSE")
    check.add_argument("--config", metavar="FICHIER")

    ex = sub.add_parser("extract", help="lister les chiffres trouvés")
    ex.add_argument("paths", nargs="+", metavar="PATH")
    ex.add_argument("--format", choices=("table", "json"), default="table")
    ex.add_argument("--stdin-filename", metavar="NOM")
    ex.add_argument("--messages", choices=("fr", "en"))

    rules = sub.add_parser("rules", help="lister les règles")
    rules.add_argument("--messages", choices=("fr", "en"))

    explain = sub.add_parser("explain", help="documentation d'une règle")
    explain.add_argument("code", metavar="CODE")
    explain.add_argument("--messages", choices=("fr", "en"))

    sub.add_parser("lsp", help="serveur de langage (LSP) sur stdio")
    return parser


def _lang_hint(argv: list[str]) -> str:
    """The --messages asked for, before parsing: usage errors are worded in it too."""
    for i, a in enumerate(argv):
        if a == "--messages" and i + 1 < len(argv):
            return "en" if argv[i + 1] == "en" else "fr"
        if a.startswith("--messages="):
            return "en" if a.split("=", 1)[1] == "en" else "fr"
    return "fr"


def _usage_line(message: str, lang: str) -> str:
    """argparse's English message, reworded in the user's language, with a suggestion."""
    m = re.match(r"argument (\S+): invalid choice: '([^']*)' \(choose from (.*)\)$", message)
    if m:
        choices = re.findall(r"'([^']*)'", m.group(3)) or [c.strip() for c in m.group(3).split(",")]
        arg = "commande" if m.group(1) in ("COMMANDE", "command") and lang == "fr" else m.group(1)
        arg = "command" if arg == "COMMANDE" else arg
        line = t("usage_choice", lang, arg=arg, value=m.group(2), choices=", ".join(choices))
        from numlint.config import closest
        near = closest(m.group(2), choices)
        return line + (t("did_you_mean", lang, name=near) if near else "")
    m = re.match(r"unrecognized arguments: (.*)$", message)
    if m:
        return t("usage_unrecognized", lang, what=m.group(1))
    m = re.match(r"the following arguments are required: (.*)$", message)
    if m:
        return t("usage_required", lang, what=m.group(1))
    m = re.match(r"argument (\S+): expected one argument$", message)
    if m:
        return t("usage_expected_one", lang, arg=m.group(1))
    return t("usage_other", lang, msg=message)


# --- entry point -------------------------------------------------------------------------------

def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    lang = _lang_hint(argv)
    try:
        return _run(argv)
    except UsageError as e:
        _say(t("error", lang, msg=_usage_line(str(e), lang)))
    except Failure as e:
        _say(t("error", lang, msg=str(e)))
    except KeyboardInterrupt:
        _say(t("error", lang, msg=t("interrupted", lang)))
        return 130
    except BrokenPipeError:
        # the reader went away (| head): nothing more to say, and nothing to say it on
        try:
            sys.stdout = open(os.devnull, "w")
        except OSError:
            pass
        return 0
    except SystemExit as e:          # --help, --version
        return e.code if isinstance(e.code, int) else 0
    except Exception as e:           # a numlint bug: one line; NUMLINT_DEBUG=1 shows where
        if os.environ.get("NUMLINT_DEBUG"):
            raise
        what = f"{type(e).__name__}: {e}".splitlines()[0][:300] if str(e) else type(e).__name__
        _say(t("internal", lang, msg=what))
    return 2


def _say(line: str) -> None:
    sys.stderr.write(line.replace("\n", " ") + "\n")
    sys.stderr.flush()


def _run(argv: list[str]) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "check":
        return cmd_check(args)
    if args.command == "extract":
        return cmd_extract(args)
    if args.command == "rules":
        return cmd_rules(args)
    if args.command == "explain":
        return cmd_explain(args)
    if args.command == "lsp":
        return cmd_lsp()
    raise UsageError(f"unknown command {args.command}")


# --- files -------------------------------------------------------------------------------------

def expand(paths: list[str], lang: str) -> list[str]:
    """Files to lint: files as given, folders walked for articles (sorted, hidden folders
    skipped), `-` kept for standard input. A missing path is an error."""
    missing = [p for p in paths if p != "-" and not os.path.exists(p)]
    if missing:
        more = t("and_more", lang, n=len(missing) - 1) if len(missing) > 1 else ""
        raise Failure(t("no_such_path", lang, path=missing[0]) + more)
    if paths.count("-") > 1:
        raise Failure(t("stdin_twice", lang))
    out, seen = [], set()
    for p in paths:
        if p != "-" and os.path.isdir(p):
            found = _walk(p)
        else:
            found = [p]
        for f in found:
            key = f if f == "-" else os.path.normpath(os.path.abspath(f))
            if key not in seen:
                seen.add(key)
                out.append(f)
    return out


def _walk(folder: str) -> list[str]:
    out = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.lower().endswith(ARTICLE_SUFFIXES) and not name.startswith("."):
                out.append(os.path.join(root, name))
    return sorted(out, key=lambda p: p.split(os.sep))


def _read_stdin() -> bytes:
    return sys.stdin.buffer.read()


# --- configuration -----------------------------------------------------------------------------

def _configuration(args, codes: list[str], lang: str):
    from numlint import config
    try:
        if args.config:
            return config.load(args.config, codes)
        first = args.paths[0]
        if first == "-":
            first = args.stdin_filename or os.getcwd()
            if not os.path.exists(first):
                first = os.path.dirname(os.path.abspath(first))
        found = config.find(first)
        return config.load(found, codes) if found else config.Config()
    except config.ConfigError as e:
        raise Failure(e.message(lang)) from None


def _settings_and_options(args, lang_hint: str):
    from datetime import date

    from numlint import config, rules
    from numlint.engine import Settings
    codes = list(rules.all_rules())
    cfg = _configuration(args, codes, args.messages or lang_hint)
    lang = args.messages or cfg.messages or "fr"
    try:
        select = config.split_codes(args.select, codes, "--select") if args.select is not None else cfg.select
        ignore = config.split_codes(args.ignore, codes, "--ignore") if args.ignore is not None else cfg.ignore
    except config.ConfigError as e:
        raise Failure(e.message(lang)) from None
    ref = args.reference_date or cfg.reference_date
    reference_date = None
    if ref:
        try:
            reference_date = date.fromisoformat(ref)
        except ValueError:
            raise Failure(t("bad_date", lang, value=ref)) from None
    jobs = cfg.jobs or os.cpu_count() or 1
    if args.jobs is not None:
        try:
            jobs = int(args.jobs)
        except ValueError:
            jobs = 0
        if jobs < 1:
            raise Failure(t("bad_jobs", lang, value=args.jobs))
    settings = Settings(select=select or None, ignore=list(ignore or []), severity=dict(cfg.severity),
                        reference_date=reference_date, house_style=cfg.house_style, lang=lang,
                        per_file_ignores=list(cfg.per_file_ignores), config_root=cfg.root)
    options = {
        "format": args.format or cfg.format or "text",
        "fail_on": args.fail_on or cfg.fail_on or "warning",
        "exit_zero": args.exit_zero if args.exit_zero is not None else bool(cfg.exit_zero),
        "jobs": jobs,
        # a scheduler address means Dask, unless the engine was named
        "engine": args.engine or cfg.engine or ("dask" if args.scheduler else "local"),
        "scheduler": args.scheduler or cfg.scheduler,
    }
    return settings, options


# --- commands ----------------------------------------------------------------------------------

def cmd_check(args) -> int:
    from numlint import runner
    from numlint.reporters import Report, get
    hint = args.messages or "fr"
    settings, opts = _settings_and_options(args, hint)
    lang = settings.lang
    files = expand(args.paths, lang)
    if not files:              # a notice, not a failure: as ruff does for an empty folder
        _say(t("error", lang, msg=t("no_files", lang, paths=", ".join(args.paths))))
    disk = [f for f in files if f != "-"]
    try:
        results = runner.run_files(disk, settings, jobs=min(opts["jobs"], max(1, len(disk))),
                                   engine=opts["engine"], scheduler=opts["scheduler"]) if disk else []
    except runner.EngineError as e:
        raise Failure(str(e)) from None
    if "-" in files:
        name = args.stdin_filename or "-"
        stdin_result = runner.lint_bytes(name, _read_stdin(), settings)
        results.insert(files.index("-"), stdin_result)
    report = Report(results=results, version=__version__, lang=lang,
                    rules=_rule_infos(lang) if opts["format"] == "sarif" else [])
    get(opts["format"]).write(report, sys.stdout)
    sys.stdout.flush()
    errors = [r.error for r in results if r.error]
    for e in errors:
        _say(t("error", lang, msg=e))
    if errors:
        return 2
    if opts["exit_zero"]:
        return 0
    threshold = SEVERITY_RANK[opts["fail_on"]]
    return 1 if any(SEVERITY_RANK.get(d.severity, 2) >= threshold for d in report.diagnostics) else 0


def _rule_infos(lang: str):
    from numlint.reporters import RuleInfo
    from numlint.rules import all_rules
    out = []
    for code, rule in all_rules().items():
        docs = rule.docs(lang)
        out.append(RuleInfo(code=code, name=rule.name, severity=rule.severity,
                            enabled_by_default=rule.enabled_by_default,
                            summary=docs.splitlines()[0].strip() if docs else rule.name, docs=docs))
    return out


def cmd_extract(args) -> int:
    from numlint import document, engine, runner
    from numlint.reporters import extract
    lang = args.messages or "fr"
    files = expand(args.paths, lang)
    records = []
    for path in files:
        name = args.stdin_filename or "-" if path == "-" else path
        if path != "-" and (too_big := runner.size_error(path, lang)):
            raise Failure(too_big)
        try:
            if path == "-":
                doc = document.parse(document.decode(_read_stdin(), name), path=name)
            else:
                doc = document.read(path)
        except document.DocumentError as e:
            raise Failure(getattr(e, "en", None) or str(e) if lang == "en" else str(e)) from None
        except OSError as e:
            raise Failure(f"{path}: {e.strerror or e}") from None
        found, measured = engine.analyse(doc)
        by_figure = {id(m.figure): m for m in measured}
        records.extend(extract.record(name, doc, f, by_figure.get(id(f))) for f in found.figures)
    if args.format == "json":
        extract.write_json(records, __version__, sys.stdout)
    else:
        extract.write_table(records, lang, sys.stdout)
    return 0


def cmd_rules(args) -> int:
    from rich.console import Console
    from rich.table import Table
    from numlint.rules import all_rules
    lang = args.messages or "fr"
    table = Table(t("col_code", lang), t("col_name", lang), t("col_severity", lang), t("col_default", lang))
    for code, rule in all_rules().items():
        table.add_row(code, rule.name, rule.severity, t("yes" if rule.enabled_by_default else "no", lang))
    out = Console(file=sys.stdout, highlight=False, markup=False, emoji=False,
                  width=None if sys.stdout.isatty() else 200)
    out.print(table)
    return 0


def cmd_explain(args) -> int:
    from numlint.config import closest
    from numlint.rules import all_rules
    lang = args.messages or "fr"
    rules = all_rules()
    wanted = args.code.strip()
    rule = rules.get(wanted.upper()) or next((r for r in rules.values() if r.name == wanted.lower()), None)
    if rule is None:
        names = list(rules) + [r.name for r in rules.values()]
        near = closest(wanted.upper() if wanted[:3].lower() == "num" else wanted.lower(), names)
        line = t("unknown_code", lang, code=wanted)
        if near:
            line += t("did_you_mean", lang, name=near)
        raise Failure(line)
    off = "" if rule.enabled_by_default else t("off_by_default", lang)
    out = [t("explain_head", lang, code=rule.code, name=rule.name, severity=rule.severity, off=off), "",
           rule.docs(lang)]
    for key, examples in (("fires_on", rule.fires), ("quiet_on", rule.quiet)):
        if examples:
            out += ["", t(key, lang) + " :" if lang == "fr" else t(key, lang) + ":"]
            for ex in examples:
                ex, ref = ex if isinstance(ex, tuple) else (ex, None)   # (article, reference date)
                out += [""] + [("    " + line).rstrip() for line in ex.rstrip("\n").splitlines()]
                if ref:
                    out.append(f"    (--reference-date {ref})")
    sys.stdout.write("\n".join(out) + "\n")
    return 0


def cmd_lsp() -> int:
    try:
        from numlint import lsp
        return lsp.main() or 0
    except ImportError as e:
        raise Failure(t("lsp_missing", "fr", why=str(e))) from None
