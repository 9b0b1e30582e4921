"""What the measure stage produces: what each figure counts and how figures relate."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from numlint.figures.model import Figure


@dataclass
class Measure:
    figure: Figure
    subject: str | None = None            # lemma: "soldat" (inherited for "dont 52", "d'entre eux")
    qualifiers: frozenset[str] = frozenset()   # state/event/who: "tué", "nord-coréen"
    source: str | None = None             # "police", "organisateur": different estimates
    time: str | None = None               # "2023", "--03-01", "mercredi": different moments
    place: str | None = None              # "turquie": different places
    holder: str | None = None             # "mike james": the person named the subject of its sentence
    # relations to other measures (indices into the measures list)
    part_of: int | None = None            # dont / parmi / sur / d'entre eux / N des M
    part_kind: str | None = None          # "dont", "sur", "parmi", "entre", "des"
    total_of: list[int] = field(default_factory=list)   # au total / soit … au total / en plus des
    share_of: int | None = None           # the whole of a share ("4.000 des 11.000, soit 36 %")
    share_part: int | None = None         # the part of that share, when the text gives it
    change_from: int | None = None        # "passé de 200 à 300, soit une hausse de 50 %"
    change_to: int | None = None
    change_sign: int = 0                  # +1 hausse, -1 baisse, 0 unsigned
    change_kind: str | None = None        # "percent" | "absolute" | "factor"
    change_factor: float | None = None    # "a doublé" -> 2.0 (on the "to" measure)
    change_factor_approx: str | None = None   # "about" for "a presque doublé", "at_least" for "plus que"
    cues: frozenset[str] = frozenset()    # "soit", "au total", "contre", "chacun", "comparaison"…
    explicit_subject: bool = False        # the subject is written next to the figure
    line: int = 0                         # 1-based line of the figure, for messages
    notes: dict = field(default_factory=dict)   # "fraction": (value, approx, start, end, text);
    # "measure": the noun a sum is the value of, written before it (« un déficit de 1,2 milliard »)

    @property
    def state(self) -> frozenset[str]:
        return _split(frozenset(self.qualifiers))[0]

    @property
    def who(self) -> frozenset[str]:
        return _split(frozenset(self.qualifiers))[1]


@lru_cache(maxsize=4096)
def _split(qualifiers: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """(state, who) of a set of qualifiers; the rules ask for them in every comparison."""
    from numlint.measures.lemmas import WHO
    return (frozenset(q for q in qualifiers if q not in WHO), frozenset(q for q in qualifiers if q in WHO))
