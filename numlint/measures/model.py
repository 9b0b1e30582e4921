"""What the measure stage produces: what each figure counts and how figures relate."""
from __future__ import annotations

from dataclasses import dataclass, field

from numlint.figures.model import Figure


@dataclass
class Measure:
    figure: Figure
    subject: str | None = None            # lemma: "soldat"
    qualifiers: frozenset[str] = frozenset()   # state/event/who: "tué", "nord-coréen"
    source: str | None = None             # "police", "organisateurs": different estimates
    time: str | None = None               # "2023", "--03-01": different moments
    place: str | None = None              # "Turquie": different places
    # relations to other measures (indices into the measures list)
    part_of: int | None = None            # dont / parmi / sur / d'entre eux
    total_of: list[int] = field(default_factory=list)   # au total / soit … au total / en plus des
    share_of: int | None = None           # "4.000 des 11.000, soit 36 %"
    notes: dict = field(default_factory=dict)
