"""Numbers in messages: French grouping and comma for `fr`, plain for `en`."""
from __future__ import annotations


def num_fr(x: float, digits: int | None = None) -> str:
    s = num_en(x, digits)
    whole, _, frac = s.partition(".")
    sign = "-" if whole.startswith("-") else ""
    whole = whole.lstrip("-")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    out = sign + "\u202f".join(groups) if len("".join(groups)) > 4 else sign + "".join(groups)
    return out + ("," + frac if frac else "")


def num_en(x: float, digits: int | None = None) -> str:
    if digits is None:
        if float(x) == int(x):
            return str(int(x))
        s = f"{x:.6g}" if abs(x) < 1e6 else f"{x:.0f}"
        return s if "e" not in s else f"{x:.2f}"
    s = f"{x:.{max(digits, 0)}f}"
    return s


from numlint.measures.compare import quote  # noqa: E402  (rules quote figures as measures do)
