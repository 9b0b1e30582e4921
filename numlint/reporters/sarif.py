"""SARIF 2.1.0, as GitHub code scanning and other consumers read it. Columns count code points."""
from __future__ import annotations

import json
import os
from urllib.parse import quote

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://github.com/numlint/numlint"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def uri(path: str) -> dict:
    """A relative path stays relative to the source root (what code scanning expects)."""
    p = path.replace(os.sep, "/")
    if os.path.isabs(path):
        return {"uri": "file://" + quote(p if p.startswith("/") else "/" + p)}
    if p.startswith("./"):
        p = p[2:]
    return {"uri": quote(p), "uriBaseId": "%SRCROOT%"}


def region(line, column, end_line, end_column, start=None, end=None) -> dict:
    out = {"startLine": line, "startColumn": column, "endLine": end_line, "endColumn": end_column}
    if start is not None:
        out["charOffset"] = start
        out["charLength"] = max(0, end - start)
    return out


def rule_descriptor(info) -> dict:
    return {
        "id": info.code,
        "name": info.name,
        "shortDescription": {"text": info.summary or info.name},
        "fullDescription": {"text": info.docs or info.summary or info.name},
        "help": {"text": info.docs or info.summary or info.name,
                 "markdown": info.docs or info.summary or info.name},
        "defaultConfiguration": {"level": LEVELS.get(info.severity, "warning"),
                                 "enabled": info.enabled_by_default},
        "properties": {"tags": ["numlint"]},
    }


def result(d, index: dict[str, int]) -> dict:
    out = {
        "ruleId": d.code,
        "level": LEVELS.get(d.severity, "warning"),
        "message": {"text": d.message},
        "locations": [{"physicalLocation": {
            "artifactLocation": uri(d.path),
            "region": region(d.line, d.column, d.end_line, d.end_column, d.start, d.end),
        }}],
    }
    if d.code in index:
        out["ruleIndex"] = index[d.code]
    if d.related:
        out["relatedLocations"] = [{
            "id": i,
            "physicalLocation": {
                "artifactLocation": uri(d.path),
                "region": region(r.line, r.column, r.end_line, r.end_column, r.start, r.end),
            },
            "message": {"text": r.message},
        } for i, r in enumerate(d.related)]
    return out


def document(report) -> dict:
    index = {info.code: i for i, info in enumerate(report.rules)}
    notifications = [{"level": "error", "message": {"text": r.error},
                      "locations": [{"physicalLocation": {"artifactLocation": uri(r.path)}}]}
                     for r in report.results if r.error]
    run = {
        "tool": {"driver": {
            "name": "numlint",
            "version": report.version,
            "semanticVersion": report.version,
            "informationUri": INFORMATION_URI,
            "rules": [rule_descriptor(info) for info in report.rules],
        }},
        "invocations": [{"executionSuccessful": not notifications,
                         "toolExecutionNotifications": notifications}],
        "columnKind": "unicodeCodePoints",
        "results": [result(d, index) for d in report.diagnostics],
    }
    return {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}


def write(report, stream) -> None:
    json.dump(document(report), stream, ensure_ascii=False, indent=2)
    stream.write("\n")
