"""Package data (grammar/*.lark, grammar/units_fr.txt), wherever numlint is imported from."""
from __future__ import annotations

import importlib.resources
from pathlib import Path


def grammar_file(name: str):
    """The file `name` of the top-level grammar/ folder, shipped as the numlint.grammar package.

    From a source checkout imported through the current folder (`python -m pytest` in the
    repository), numlint.grammar does not exist as a package: read the folder itself.
    """
    try:
        return importlib.resources.files("numlint.grammar").joinpath(name)
    except ModuleNotFoundError:
        return Path(__file__).resolve().parent.parent / "grammar" / name
