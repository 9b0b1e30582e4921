"""Lint many files: serially, in processes (--jobs), or on a Dask cluster (--engine dask).
Results always come back in the order of the input paths."""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import partial

from numlint.diagnostics import Diagnostic
from numlint.engine import Settings, lint_document

# Past this, an article is an export gone wrong: refuse it with one line rather than make the
# user wait. Every stage is linear, but at about 0,15 Mo/s on figure-dense text a 2 Mo "article"
# takes 15 s; the longest news articles are under 100 Ko.
MAX_BYTES = 1_000_000


@dataclass
class FileResult:
    path: str
    diagnostics: list[Diagnostic]
    error: str | None = None       # one-line reason the file could not be linted (exit 2)


def _too_big(path: str, size: int, lang: str) -> str:
    mb, limit = f"{size / 1_000_000:.1f}".removesuffix(".0"), MAX_BYTES // 1_000_000
    if lang == "en":
        return f"{path}: file too large ({mb} MB > {limit} MB)"
    return f"{path}: fichier trop gros ({mb.replace('.', ',')} Mo > {limit} Mo)"


def size_error(path: str, lang: str = "fr") -> str | None:
    """The one-line refusal for a file over MAX_BYTES, or None. For commands that read files
    without the runner (extract)."""
    try:
        size = os.stat(path).st_size
    except OSError:
        return None          # the reader will say what is wrong
    return _too_big(path, size, lang) if size > MAX_BYTES else None


def _internal(path: str, e: BaseException, lang: str) -> str:
    # A bug of numlint, not of the article: one line (never a traceback), exit 2.
    # NUMLINT_DEBUG=1 re-raises to see where.
    if os.environ.get("NUMLINT_DEBUG"):
        raise e
    what = f"{type(e).__name__}: {e}".splitlines()[0][:200] if str(e) else type(e).__name__
    if lang == "en":
        return f"{path}: internal error of numlint ({what})"
    return f"{path}: erreur interne de numlint ({what})"


def lint_text(text: str, path: str, settings: Settings):
    """(Document, diagnostics) for one article given as text. Shared by check and the language
    server, so that both report exactly the same thing."""
    from numlint import document
    doc = document.parse(text, path=path)
    return doc, lint_document(doc, settings)


def lint_bytes(path: str, data: bytes, settings: Settings) -> FileResult:
    """Lint a file's content; never raises for bad input."""
    from numlint import document
    if len(data) > MAX_BYTES:
        return FileResult(path, [], _too_big(path, len(data), settings.lang))
    try:
        text = document.decode(data, path)
        return FileResult(path, lint_text(text, path, settings)[1])
    except document.DocumentError as e:
        return FileResult(path, [], _document_error(e, settings.lang))
    except Exception as e:  # RecursionError, MemoryError too
        return FileResult(path, [], _internal(path, e, settings.lang))


def _document_error(e, lang: str) -> str:
    return (getattr(e, "en", None) or str(e)) if lang == "en" else str(e)


def lint_path(path: str, settings: Settings, text: str | None = None) -> FileResult:
    from numlint import document
    try:
        if text is not None:
            if len(text) > MAX_BYTES:
                return FileResult(path, [], _too_big(path, len(text.encode("utf-8", "surrogatepass")),
                                                     settings.lang))
            return FileResult(path, lint_text(text, path, settings)[1])
        size = os.stat(path).st_size
        if size > MAX_BYTES:
            return FileResult(path, [], _too_big(path, size, settings.lang))
        with open(path, "rb") as f:
            data = f.read(MAX_BYTES + 1)
    except document.DocumentError as e:
        return FileResult(path, [], _document_error(e, settings.lang))
    except OSError as e:
        return FileResult(path, [], f"{path}: {e.strerror or e}")
    except Exception as e:  # RecursionError, MemoryError too
        return FileResult(path, [], _internal(path, e, settings.lang))
    return lint_bytes(path, data, settings)


def _lint_chunk(paths: list[str], settings: Settings) -> list[FileResult]:
    return [lint_path(p, settings) for p in paths]


def _chunks(items: list, size: int) -> list[list]:
    return [items[i:i + size] for i in range(0, len(items), size)]


def run_files(paths: list[str], settings: Settings, jobs: int = 1, engine: str = "local",
              scheduler: str | None = None) -> list[FileResult]:
    """One FileResult per path, in the order of `paths`, whatever the engine."""
    paths = list(paths)
    if engine == "dask":
        return _run_dask(paths, settings, jobs, scheduler)
    jobs = max(1, min(jobs or os.cpu_count() or 1, len(paths)))
    if jobs == 1:
        return _lint_chunk(paths, settings)
    from concurrent.futures import ProcessPoolExecutor
    # Several files per task: a task costs a pickle round trip, an article a few milliseconds.
    size = max(1, min(64, len(paths) // (jobs * 4)))
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        parts = pool.map(partial(_lint_chunk, settings=settings), _chunks(paths, size))
        return [r for part in parts for r in part]


class EngineError(Exception):
    """The chosen engine cannot run (extra not installed, scheduler unreachable): exit 2."""


def _lint_blobs(items: list[tuple[str, bytes | None, str | None]], settings: Settings) -> list[FileResult]:
    return [FileResult(p, [], err) if err else lint_bytes(p, data, settings) for p, data, err in items]


def _read_local(path: str, lang: str) -> tuple[str, bytes | None, str | None]:
    try:
        size = os.stat(path).st_size
        if size > MAX_BYTES:
            return path, None, _too_big(path, size, lang)
        with open(path, "rb") as f:
            return path, f.read(MAX_BYTES + 1), None
    except OSError as e:
        return path, None, f"{path}: {e.strerror or e}"


def _run_dask(paths: list[str], settings: Settings, jobs: int, scheduler: str | None) -> list[FileResult]:
    """Files are read here and their bytes sent to the workers, so a remote cluster needs numlint
    installed but not the files. Sent in bounded batches, so memory stays flat on big archives."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise EngineError("--engine dask demande l'extra numlint[dask] : pip install 'numlint[dask]'"
                          if settings.lang != "en" else
                          "--engine dask needs the numlint[dask] extra: pip install 'numlint[dask]'") from None
    import logging
    cluster = None
    try:
        if scheduler:
            client = Client(scheduler, timeout="10s")
        else:
            cluster = LocalCluster(n_workers=max(1, jobs or os.cpu_count() or 1), threads_per_worker=1,
                                   processes=True, dashboard_address=None,
                                   # CRITICAL: a worker closing under load logs « Stream is
                                   # closed » with a traceback at ERROR; a failed task still
                                   # raises in gather
                                   silence_logs=logging.CRITICAL)
            client = Client(cluster)
    except (OSError, TimeoutError, ValueError) as e:
        if cluster is not None:
            cluster.close()
        raise EngineError(f"dask: {scheduler or 'LocalCluster'}: {e}") from None
    out: list[FileResult] = []
    try:
        per_task, per_batch = 32, 32 * 64
        for batch in _chunks(paths, per_batch):
            blobs = [_read_local(p, settings.lang) for p in batch]
            futures = client.map(_lint_blobs, _chunks(blobs, per_task), settings=settings, pure=False)
            for part in client.gather(futures):
                out.extend(part)
    finally:
        quiet = logging.getLogger("distributed")
        level = quiet.level
        quiet.setLevel(logging.CRITICAL)       # shutdown races are not the user's business
        try:
            client.close()
            if cluster is not None:
                cluster.close()
        finally:
            quiet.setLevel(level)
    return out
