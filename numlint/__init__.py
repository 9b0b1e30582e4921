"""numlint — a linter for figures in French news articles."""
__version__ = "0.1.0"


def lint(text, path="<stdin>", format=None, settings=None):
    """Diagnostics for one article given as text (see numlint.engine.lint)."""
    from numlint.engine import lint as _lint
    return _lint(text, path=path, format=format, settings=settings)
