"""`numlint lsp`: a language server on stdio publishing what `check` prints, as the editor types.

Positions go out in UTF-16 code units (LSP's default), converted from code-point offsets by
the document's LineIndex. pygls is imported only here, and only when the server starts.
"""
from __future__ import annotations

import sys

SEVERITY = {"error": 1, "warning": 2, "info": 3}   # lsprotocol DiagnosticSeverity values


def _path_of(uri: str) -> str:
    """File system path of a document URI; the URI itself when it is not a file (untitled:…)."""
    if uri.startswith("file:"):
        from urllib.parse import unquote, urlparse
        p = urlparse(uri)
        path = unquote(p.path)
        if len(path) > 2 and path[0] == "/" and path[2] == ":":   # file:///C:/… on Windows
            path = path[1:]
        return path
    return uri


class Linter:
    """Everything the server does, without the protocol: lint a text, remember the findings for
    hover, turn them into LSP dictionaries. Kept free of pygls so that it can be timed and tested
    in process."""

    def __init__(self, settings=None):
        from numlint.engine import Settings
        self.fixed = settings is not None        # given by the caller: no configuration lookup
        self.settings = settings or Settings()
        self.last: dict[str, list[dict]] = {}    # uri -> published diagnostics (for hover)
        self.configs: dict[str, tuple] = {}   # config path -> ((mtime, size), Settings)
        self.log = lambda message: None
        self.caches: dict = {}                   # uri -> engine.BlockCache of that document
        self.cache = None                        # the last linted document's
        self.reuse = True                        # Markdown chunks parsed before are not re-parsed

    def settings_for(self, path: str):
        """The settings `check` would use for this file: the nearest numlint.toml or
        [tool.numlint], re-read when it changes. A broken one is logged and the defaults used."""
        import os
        if self.fixed or not os.path.isabs(path):
            return self.settings
        from numlint import config, rules
        try:
            found = config.find(path)
            if found is None:
                return self.settings
            st = os.stat(found)
            mtime = (st.st_mtime_ns, st.st_size)
            cached = self.configs.get(found)
            if cached and cached[0] == mtime:
                return cached[1]
            settings = _settings_of(config.load(found, list(rules.all_rules())), self.settings.lang)
        except (config.ConfigError, OSError) as e:
            self.log(f"numlint: {e}")
            return self.settings
        self.configs[found] = (mtime, settings)
        return settings

    def lint(self, uri: str, text: str) -> list[dict]:
        from numlint import document, engine, rules
        path = _path_of(uri)
        settings = self.settings_for(path)
        cache = self.cache = self.caches.get(uri)
        if cache is None:
            cache = self.cache = self.caches[uri] = engine.BlockCache()
        # what runner.lint_text does, with the per-block cache: unchanged paragraphs are not re-read
        doc = document.parse(text, path=path, reuse=self.reuse)
        diags = engine.lint_document(doc, settings, cache=cache)
        lines = doc.lines
        out = []
        for d in diags:
            rule = rules.get(d.code)
            explain = rule.docs(settings.lang) if rule else ""
            out.append({
                "range": _range(lines, d.start, d.end),
                "severity": SEVERITY.get(d.severity, 2),
                "code": d.code,
                "source": "numlint",
                "message": d.message,
                "relatedInformation": [
                    {"location": {"uri": uri, "range": _range(lines, r.start, r.end)}, "message": r.message}
                    for r in d.related
                ],
                "data": {"rule": d.rule, "explain": explain},
            })
        self.last[uri] = out
        return out

    def forget(self, uri: str) -> None:
        """The document is closed: its findings and cache go."""
        self.last.pop(uri, None)
        if self.caches.pop(uri, None) is self.cache:
            self.cache = None

    def hover(self, uri: str, line: int, character: int) -> str | None:
        """The explain text of the findings under the cursor, as Markdown."""
        pages = []
        for d in self.last.get(uri, []):
            s, e = d["range"]["start"], d["range"]["end"]
            if (s["line"], s["character"]) <= (line, character) <= (e["line"], e["character"]):
                head = f"**{d['code']} {d['data']['rule']}** — {d['message']}"
                pages.append(head + ("\n\n" + d["data"]["explain"] if d["data"]["explain"] else ""))
        return "\n\n---\n\n".join(pages) or None


def _settings_of(cfg, lang: str):
    from datetime import date

    from numlint.engine import Settings
    ref = None
    if cfg.reference_date:
        try:
            ref = date.fromisoformat(str(cfg.reference_date))
        except ValueError:
            ref = None
    return Settings(select=cfg.select, ignore=list(cfg.ignore or []), severity=dict(cfg.severity),
                    reference_date=ref, house_style=cfg.house_style, lang=cfg.messages or lang,
                    per_file_ignores=list(cfg.per_file_ignores), config_root=cfg.root)


def _range(lines, start: int, end: int) -> dict:
    l0, c0 = lines.utf16_col(start)
    l1, c1 = lines.utf16_col(end)
    return {"start": {"line": l0, "character": c0}, "end": {"line": l1, "character": c1}}


def build_server(settings=None):
    from lsprotocol import types as t
    from pygls.exceptions import JsonRpcException
    from pygls.lsp.server import LanguageServer
    from pygls.protocol import LanguageServerProtocol

    from numlint import __version__

    class Protocol(LanguageServerProtocol):
        def structure_message(self, data):
            try:
                return super().structure_message(data)
            except JsonRpcException as e:
                # A request the client will wait for gets its error reply (JSON-RPC -32602…);
                # a broken notification is only logged.
                if isinstance(data.get("id"), (int, str)) and "method" in data:
                    self._send_response(data["id"], error=t.ResponseError(e.code, e.message))
                raise

    class Server(LanguageServer):
        def report_server_error(self, error, source):
            # pygls would pop an error dialog for every malformed message; a log line is enough
            pass

    server = Server("numlint", __version__, protocol_cls=Protocol,
                    text_document_sync_kind=t.TextDocumentSyncKind.Full)
    linter = Linter(settings)
    server.numlint = linter
    linter.log = lambda message: server.window_log_message(t.LogMessageParams(t.MessageType.Warning, message))

    def to_lsp(d: dict) -> t.Diagnostic:
        rng = lambda r: t.Range(t.Position(**r["start"]), t.Position(**r["end"]))   # noqa: E731
        return t.Diagnostic(
            range=rng(d["range"]), severity=t.DiagnosticSeverity(d["severity"]), code=d["code"],
            source=d["source"], message=d["message"], data=d["data"],
            related_information=[
                t.DiagnosticRelatedInformation(t.Location(r["location"]["uri"], rng(r["location"]["range"])),
                                               r["message"])
                for r in d["relatedInformation"]
            ] or None,
        )

    def publish(uri: str, text: str | None = None, version: int | None = None) -> None:
        if text is None:
            text = server.workspace.get_text_document(uri).source
        try:
            found = linter.lint(uri, text)
        except Exception as e:  # a bug of ours must not kill the editor's server
            linter.last.pop(uri, None)
            server.window_log_message(t.LogMessageParams(
                t.MessageType.Error, f"numlint: {uri}: {type(e).__name__}: {e}"))
            found = []
        server.text_document_publish_diagnostics(
            t.PublishDiagnosticsParams(uri=uri, diagnostics=[to_lsp(d) for d in found], version=version))

    @server.feature(t.INITIALIZE)
    def initialize(ls, params: t.InitializeParams):
        # initializationOptions: {"messages": "en"} switches the messages' language
        opts = params.initialization_options or {}
        if isinstance(opts, dict) and opts.get("messages") in ("fr", "en"):
            linter.settings.lang = opts["messages"]

    @server.feature(t.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls, params: t.DidOpenTextDocumentParams):
        publish(params.text_document.uri, params.text_document.text, params.text_document.version)

    @server.feature(t.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls, params: t.DidChangeTextDocumentParams):
        publish(params.text_document.uri, version=params.text_document.version)

    @server.feature(t.TEXT_DOCUMENT_DID_SAVE, t.SaveOptions(include_text=False))
    def did_save(ls, params: t.DidSaveTextDocumentParams):
        publish(params.text_document.uri)

    @server.feature(t.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls, params: t.DidCloseTextDocumentParams):
        linter.forget(params.text_document.uri)
        server.text_document_publish_diagnostics(
            t.PublishDiagnosticsParams(uri=params.text_document.uri, diagnostics=[]))

    @server.feature(t.TEXT_DOCUMENT_HOVER)
    def hover(ls, params: t.HoverParams):
        text = linter.hover(params.text_document.uri, params.position.line, params.position.character)
        if text is None:
            return None
        return t.Hover(contents=t.MarkupContent(kind=t.MarkupKind.Markdown, value=text))

    return server


def main(settings=None) -> int:
    try:
        import pygls.lsp.server  # noqa: F401
    except ImportError:
        print("numlint lsp : il manque pygls ≥ 2 — pip install 'numlint[lsp]'", file=sys.stderr)
        return 2
    build_server(settings).start_io()
    return 0


if __name__ == "__main__":
    sys.exit(main())
