"""The language server driven as an editor drives it: a subprocess, JSON-RPC over pipes."""
from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import threading
import time

import pytest

pytest.importorskip("pygls.lsp.server")

from numlint.document.model import LineIndex  # noqa: E402

URI = "file:///tmp/numlint-lsp/article.md"

# Emoji (two UTF-16 units each) and accents before a reversed range, so that a column counted
# in code points instead of UTF-16 units lands two characters early.
BROKEN = (
    "# Renforts 🇰🇵 sur le front de Koursk\n"
    "\n"
    "Séoul 🙂 estime que de 30.000 à 25.000 soldats nord-coréens ont été déployés.\n"
)
FIXED = BROKEN.replace("de 30.000 à 25.000", "de 25.000 à 30.000")


def pipeline_ready() -> bool:
    from numlint import document
    try:
        document.parse("Titre\n\nUn texte.\n", path="a.txt")
    except NotImplementedError:
        return False
    return True


def rule_exists(code: str) -> bool:
    from numlint import rules
    return rules.get(code) is not None


class Client:
    """A minimal LSP client: Content-Length framing written here, not borrowed from pygls."""

    def __init__(self):
        self.proc = subprocess.Popen(
            [sys.executable, "-c", "import sys, numlint.lsp; sys.exit(numlint.lsp.main())"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
        self.inbox: queue.Queue = queue.Queue()
        self.next_id = 0
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        out = self.proc.stdout
        while True:
            headers = {}
            while True:
                line = out.readline()
                if not line:
                    return
                line = line.strip()
                if not line:
                    break
                k, _, v = line.decode("ascii").partition(":")
                headers[k.strip().lower()] = v.strip()
            body = out.read(int(headers["content-length"]))
            self.inbox.put(json.loads(body.decode("utf-8")))

    def send_raw(self, body: bytes):
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.proc.stdin.flush()

    def send(self, msg: dict):
        self.send_raw(json.dumps({"jsonrpc": "2.0", **msg}, ensure_ascii=False).encode("utf-8"))

    def request(self, method: str, params) -> dict:
        self.next_id += 1
        rid = self.next_id
        self.send({"id": rid, "method": method, "params": params})
        return self.wait(lambda m: m.get("id") == rid and "method" not in m)

    def notify(self, method: str, params):
        self.send({"method": method, "params": params})

    def wait(self, pred, timeout: float = 20.0) -> dict:
        end = time.monotonic() + timeout
        while True:
            left = end - time.monotonic()
            if left <= 0:
                raise AssertionError("no matching message from the server")
            msg = self.inbox.get(timeout=left)
            if pred(msg):
                return msg

    def diagnostics(self, uri: str, version: int | None = None) -> list[dict]:
        msg = self.wait(lambda m: m.get("method") == "textDocument/publishDiagnostics"
                        and m["params"]["uri"] == uri
                        and (version is None or m["params"].get("version") == version))
        return msg["params"]["diagnostics"]

    def close(self):
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait(5)


@pytest.fixture
def client():
    c = Client()
    yield c
    c.close()


def initialize(c: Client) -> dict:
    reply = c.request("initialize", {"processId": None, "rootUri": None, "capabilities": {}})
    c.notify("initialized", {})
    return reply


def test_initialize_advertises_full_sync_and_hover(client):
    caps = initialize(client)["result"]["capabilities"]
    sync = caps["textDocumentSync"]
    assert (sync["change"] if isinstance(sync, dict) else sync) == 1    # Full
    assert caps.get("hoverProvider")
    assert client.request("shutdown", None)["result"] is None
    client.notify("exit", None)
    assert client.proc.wait(10) == 0


def test_malformed_messages_are_not_fatal(client):
    initialize(client)
    client.send_raw(b"{this is not json")
    client.send({"id": 99, "method": "textDocument/hover", "params": {"nonsense": True}})
    reply = client.wait(lambda m: m.get("id") == 99)
    assert "error" in reply
    client.send({"id": 100, "method": "numlint/unknown", "params": {}})
    assert "error" in client.wait(lambda m: m.get("id") == 100)
    # still alive, still answering
    assert client.request("shutdown", None)["result"] is None
    client.notify("exit", None)
    assert client.proc.wait(10) == 0


def test_utf16_columns_of_the_reversed_range():
    """The conversion the server uses, on the article of the exchange below."""
    lines = LineIndex(BROKEN)
    start = BROKEN.index("de 30.000")
    line, col16 = lines.utf16_col(start)
    assert line == 2
    assert col16 == len("Séoul 🙂 estime que ") + 1          # 🙂 is two UTF-16 units
    assert lines.offset_of_utf16(line, col16) == start
    flag_line = BROKEN.index("sur le front")
    assert lines.utf16_col(flag_line) == (0, len("# Renforts ") + 4 + 1)   # 🇰🇵 is two astral code points


@pytest.mark.skipif(not pipeline_ready() or not rule_exists("NUM101"),
                    reason="document stage or NUM101 not there yet")
def test_open_broken_then_fix(client):
    initialize(client)
    client.notify("textDocument/didOpen", {"textDocument": {
        "uri": URI, "languageId": "markdown", "version": 1, "text": BROKEN}})
    diags = client.diagnostics(URI, 1)
    num101 = [d for d in diags if d["code"] == "NUM101"]
    assert len(num101) == 1, diags
    d = num101[0]
    start = BROKEN.index("de 30.000")
    assert d["range"]["start"] == {"line": 2, "character": len("Séoul 🙂 estime que ") + 1}
    assert d["range"]["end"]["line"] == 2
    end16 = d["range"]["end"]["character"]
    assert LineIndex(BROKEN).offset_of_utf16(2, end16) > start
    assert d["severity"] == 1 and d["source"] == "numlint"
    assert "30.000" in d["message"] and "25.000" in d["message"]
    assert d["data"]["rule"] == "reversed-range" and d["data"]["explain"]

    hover = client.request("textDocument/hover", {"textDocument": {"uri": URI},
                                                  "position": d["range"]["start"]})
    assert "NUM101" in hover["result"]["contents"]["value"]

    client.notify("textDocument/didChange", {
        "textDocument": {"uri": URI, "version": 2}, "contentChanges": [{"text": FIXED}]})
    assert [d for d in client.diagnostics(URI, 2) if d["code"] == "NUM101"] == []

    client.notify("textDocument/didSave", {"textDocument": {"uri": URI}})
    assert [d for d in client.diagnostics(URI) if d["code"] == "NUM101"] == []

    assert client.request("shutdown", None)["result"] is None
    client.notify("exit", None)
    assert client.proc.wait(10) == 0


def test_open_publishes_even_when_linting_fails_or_succeeds(client):
    """Whatever the pipeline's state, didOpen yields one publishDiagnostics and the server lives."""
    initialize(client)
    client.notify("textDocument/didOpen", {"textDocument": {
        "uri": URI, "languageId": "markdown", "version": 1, "text": BROKEN}})
    diags = client.diagnostics(URI, 1)
    assert isinstance(diags, list)
    for d in diags:
        for pos in (d["range"]["start"], d["range"]["end"]):
            assert 0 <= pos["line"] <= BROKEN.count("\n")
    assert client.request("shutdown", None)["result"] is None
    client.notify("exit", None)
    assert client.proc.wait(10) == 0


def test_missing_pygls_is_one_clear_line(tmp_path):
    # a sitecustomize that hides pygls, as on an install without the [lsp] extra
    (tmp_path / "sitecustomize.py").write_text(
        "import sys\nsys.modules['pygls'] = None\nsys.modules['pygls.lsp'] = None\n"
        "sys.modules['pygls.lsp.server'] = None\n")
    env = {**os.environ, "PYTHONPATH": str(tmp_path)}
    r = subprocess.run([sys.executable, "-c", "import sys, numlint.lsp; sys.exit(numlint.lsp.main())"],
                       env=env, capture_output=True, text=True, timeout=30)
    assert r.returncode == 2
    assert "numlint[lsp]" in r.stderr and "Traceback" not in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1


@pytest.mark.skipif(not pipeline_ready() or not rule_exists("NUM101"),
                    reason="document stage or NUM101 not there yet")
def test_the_server_obeys_the_nearest_configuration(tmp_path):
    """In process: the same settings as `check`, found walking up from the document's path."""
    from numlint.lsp import Linter
    article = tmp_path / "redaction" / "article.md"
    article.parent.mkdir()
    uri = article.as_uri()
    linter = Linter()
    assert [d["code"] for d in linter.lint(uri, BROKEN)].count("NUM101") == 1
    (tmp_path / "numlint.toml").write_text('ignore = ["NUM101"]\nmessages = "en"\n')
    assert "NUM101" not in [d["code"] for d in linter.lint(uri, BROKEN)]
    (tmp_path / "numlint.toml").write_text('ignor = ["NUM101"]\n')    # a typo: logged, defaults used
    logged = []
    linter.log = logged.append
    assert "NUM101" in [d["code"] for d in linter.lint(uri, BROKEN)]
    assert logged and "ignor" in logged[0]
