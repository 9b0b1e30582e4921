"""Many files: same results, same order, whether serial, in processes or on a Dask cluster."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from numlint import engine, runner


def pipeline_ready() -> bool:
    from numlint import document
    try:
        document.parse("Titre\n\nUn texte.\n", path="a.txt")
    except NotImplementedError:
        return False
    return True


needs_pipeline = pytest.mark.skipif(not pipeline_ready(), reason="document stage not there yet")

# Articles written for these tests: some broken (a reversed range, a decimal point, a percent
# that cannot be), some clean, in the three formats.
ARTICLES = {
    "renforts.md": "# De 30.000 à 25.000 soldats envoyés\n\nL'état-major annonce de 30.000 à 25.000 soldats "
                   "supplémentaires d'ici au printemps.\n",
    "budget.txt": "Budget : la ville investit 3.5 millions d'euros\n\nLe conseil municipal a voté "
                  "un budget de 3.5 millions d'euros pour les écoles.\n",
    "propre.html": "<html><head><title>Rentrée à Dijon</title></head><body><h1>Rentrée à Dijon</h1>"
                   "<p>Entre 2 000 et 2 500 élèves font leur rentrée lundi.</p></body></html>\n",
    "emoji.md": "# Vacances 🏖️ : la fréquentation en hausse\n\nLes plages 🌊 ont accueilli de 120.000 à "
                "90.000 visiteurs, selon l'office du tourisme.\n",
    "calme.txt": "Marché de Noël à Metz\n\nLe marché ouvre le 22 novembre et compte une centaine de "
                 "chalets.\n",
}


@pytest.fixture
def folder(tmp_path) -> Path:
    for i in range(6):   # 30 files: enough for several chunks per worker
        for name, text in ARTICLES.items():
            stem, ext = name.rsplit(".", 1)
            (tmp_path / f"{i:02d}-{stem}.{ext}").write_text(text, encoding="utf-8")
    return tmp_path


def paths_of(folder: Path) -> list[str]:
    # deliberately not sorted, to see that results follow the input order and not the names
    ps = sorted(str(p) for p in folder.iterdir())
    return ps[1::2] + ps[0::2] + [str(folder / "absent.md")]


def dump(results) -> list:
    return [(r.path, r.error, [d.to_json() for d in r.diagnostics]) for r in results]


@needs_pipeline
def test_results_follow_input_order_and_jobs_change_nothing(folder):
    paths = paths_of(folder)
    settings = engine.Settings()
    serial = runner.run_files(paths, settings, jobs=1)
    parallel = runner.run_files(paths, settings, jobs=2)
    assert [r.path for r in serial] == paths
    assert [r.path for r in parallel] == paths
    assert dump(parallel) == dump(serial)
    assert serial[-1].error and "absent.md" in serial[-1].error
    assert any(r.diagnostics for r in serial), "the broken articles should give findings"


def test_missing_files_keep_their_place_in_processes(tmp_path):
    paths = [str(tmp_path / f"absent-{i}.md") for i in range(9)]
    results = runner.run_files(paths, engine.Settings(), jobs=2)
    assert [r.path for r in results] == paths
    assert all(r.error and r.path in r.error for r in results)


def test_jobs_zero_or_more_than_files_is_fine(tmp_path):
    paths = [str(tmp_path / "a.md")]
    assert [r.path for r in runner.run_files(paths, engine.Settings(), jobs=0)] == paths
    assert [r.path for r in runner.run_files(paths, engine.Settings(), jobs=8)] == paths
    assert runner.run_files([], engine.Settings(), jobs=2) == []


@needs_pipeline
def test_lint_text_is_what_check_and_the_language_server_share(folder):
    p = next(folder.glob("00-renforts.md"))
    doc, diags = runner.lint_text(p.read_text(encoding="utf-8"), str(p), engine.Settings())
    from_file = runner.lint_path(str(p), engine.Settings())
    assert [d.to_json() for d in diags] == [d.to_json() for d in from_file.diagnostics]
    assert doc.format == "markdown"


@needs_pipeline
def test_library_call_matches_the_runner(folder):
    import numlint
    p = next(folder.glob("00-emoji.md"))
    text = p.read_text(encoding="utf-8")
    lib = numlint.lint(text, path=str(p))
    assert [d.to_json() for d in lib] == [d.to_json() for d in runner.lint_path(str(p), engine.Settings()).diagnostics]


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "numlint", *args], capture_output=True, text=True, timeout=180)


@needs_pipeline
def test_cli_jobs_output_is_byte_for_byte_the_serial_one(folder):
    files = sorted(str(p) for p in folder.iterdir())
    one = cli("check", *files, "--format", "json", "--jobs", "1")
    two = cli("check", *files, "--format", "json", "--jobs", "2")
    assert one.returncode in (0, 1) and "Traceback" not in one.stderr
    assert two.stdout == one.stdout and two.returncode == one.returncode
    assert json.loads(one.stdout)["summary"]["files"] == len(files)


dask_installed = pytest.mark.skipif(
    __import__("importlib").util.find_spec("distributed") is None, reason="numlint[dask] not installed")


@needs_pipeline
@dask_installed
def test_dask_local_cluster_gives_the_plain_results(folder):
    paths = paths_of(folder)
    settings = engine.Settings()
    plain = runner.run_files(paths, settings, jobs=1)
    on_dask = runner.run_files(paths, settings, jobs=2, engine="dask")
    assert dump(on_dask) == dump(plain)


@needs_pipeline
@dask_installed
def test_cli_engine_dask_prints_exactly_a_plain_run(folder):
    files = sorted(str(p) for p in folder.iterdir())
    plain = cli("check", *files, "--format", "concise")
    dask = cli("check", *files, "--format", "concise", "--engine", "dask", "--jobs", "2")
    assert "Traceback" not in dask.stderr
    assert dask.stdout == plain.stdout and dask.returncode == plain.returncode
    assert plain.stdout.strip(), "the broken articles should give findings"


@dask_installed
def test_unreachable_scheduler_is_an_engine_error(tmp_path):
    with pytest.raises(runner.EngineError):
        runner.run_files([str(tmp_path / "a.md")], engine.Settings(), engine="dask",
                         scheduler="tcp://127.0.0.1:9")


def test_dask_missing_is_an_engine_error(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "dask.distributed", None)
    monkeypatch.setitem(sys.modules, "dask", None)
    with pytest.raises(runner.EngineError, match=r"numlint\[dask\]"):
        runner.run_files([str(tmp_path / "a.md")], engine.Settings(), engine="dask")
