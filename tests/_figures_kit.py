"""Build figures by hand, as the figures stage would, to test rules on their own."""
from __future__ import annotations

from numlint.figures.model import Figure, Numeral
from numlint.rules.base import Context


class Article:
    def __init__(self, text: str):
        self.text = text
        self.figures: list[Figure] = []
        self._pos = 0

    def fig(self, written: str, kind: str = "number", numerals: list[tuple[str, float]] = (),
            **kw) -> Figure:
        start = self.text.index(written, self._pos)
        self._pos = start + len(written)
        nums, p = [], start
        for text, value in numerals:
            s = self.text.index(text, p)
            p = s + len(text)
            dec = text.replace("\u202f", "").replace(" ", "")
            decimals = len(dec.split(",")[1]) if "," in dec else 0
            nums.append(Numeral(text=text, start=s, end=p, value=value, decimals=decimals,
                                decimal_sep="," if decimals else None,
                                scale=kw.pop("scale", 1) if text == numerals[-1][0] else 1))
        if "value" not in kw and "low" not in kw and len(nums) == 1:
            kw["value"] = nums[0].value
        f = Figure(text=written, start=start, end=start + len(written), kind=kind, numerals=nums, **kw)
        self.figures.append(f)
        return f

    def context(self, house_style: str | None = None, lang: str = "fr") -> Context:
        return Context(path="x.txt", format="text", figures=self.figures, masked=[], measures=[],
                       sections=[], house_style=house_style, lang=lang)


def run(rule_cls, art: Article, **kw):
    return list(rule_cls().check(art.context(**kw)))


def spans(art: Article, diags) -> list[str]:
    return [art.text[d.start:d.end] for d in diags]
