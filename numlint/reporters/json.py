"""`check --format json`, exactly the shape of the interface page."""
from __future__ import annotations

import json


def document(report) -> dict:
    return {
        "numlint": report.version,
        "diagnostics": [d.to_json() for d in report.diagnostics],
        "summary": {"files": len(report.results), **report.counts()},
    }


def write(report, stream) -> None:
    json.dump(document(report), stream, ensure_ascii=False, indent=2)
    stream.write("\n")
