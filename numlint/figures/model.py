"""What the figures stage produces: each figure with its value, its bounds and how it was written."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from numlint.document.model import Block

KINDS = ("number", "ordinal", "percent", "money", "quantity", "date", "duration")
APPROX = (None, "about", "at_least", "at_most")


@dataclass
class Numeral:
    """One written number inside a figure, as the typographic rules (NUM1xx) need to see it."""
    text: str                      # "25.000", "3,5", "vingt-cinq"
    start: int                     # file offsets (code points)
    end: int
    value: float
    words: bool = False            # spelled out ("vingt-cinq")
    group_sep: str | None = None   # thousands separator used: "." " " "\u00a0" "\u202f" "\u2009" "'"
    decimal_sep: str | None = None # "," or "." (a decimal point is NUM103's business)
    decimals: int = 0              # digits after the decimal mark: the precision written
    malformed: bool = False        # "25.00", "1.2345", "250.00.000": NUM102
    scale: float = 1               # "2,5 millions" -> 1e6; the figure's precision follows it


@dataclass
class Figure:
    text: str                      # exactly as in the file, from the first word ("de 30.000 à 25.000")
    start: int                     # file offsets, end exclusive
    end: int
    kind: str                      # one of KINDS
    value: float | int | str | None = None   # str (ISO date or --MM-DD) for dates
    low: float | int | None = None
    high: float | int | None = None
    approx: str | None = None      # one of APPROX
    unit: str | None = None        # "%", ISO 4217, pint unit name, day/week/month/year/hour
    numerals: list[Numeral] = field(default_factory=list)
    # How precisely the value is written: the half-width of the interval a reader accepts
    # ("2,5 millions" -> 50 000, "36 %" -> 0.5, "30.000" -> 500, "4.000" -> 500).
    tolerance: float = 0.0
    # dates
    day: int | None = None
    month: int | None = None
    year: int | None = None        # only when written next to the date
    weekday: int | None = None     # 0 = lundi … 6 = dimanche, when written
    # quantities and percents: the unit as written and the space before it (NUM105)
    unit_text: str | None = None
    unit_space: str | None = None  # "" (glued), " ", "\u00a0", "\u202f"
    range_kind: str | None = None  # "de-a", "entre-et", "dash", "ou" for ranges
    # Text cues read by the dates stage for the NUM4xx rules (dates.annotate): on dates "birth",
    # "death", "start", "end", "closed", "range_start", "range_end"; on durations "ago", "span",
    # "stay", "lasted",
    # "age_now", "age_past", "age_death", "age_at".
    cues: tuple[str, ...] = ()
    # Set by figures.extract (link_conversions) when the text gives this quantity as another one
    # converted: "100 km (62 miles)", "12 km², soit 1.200 hectares". The cue: "(" "soit" "ou" "environ".
    conversion_of: "Figure | None" = field(default=None, repr=False, compare=False)
    conversion_cue: str | None = None
    # set by the document and measure stages
    block: "Block | None" = field(default=None, repr=False, compare=False)
    sentence: int = 0              # index in block.sentences
    subject: str | None = None
    qualifiers: list[str] = field(default_factory=list)

    @property
    def signed(self) -> bool:
        """Written with a sign (« +11,1 % », « −3 »): a change or a gap, never a share or a count."""
        return self.text[:1] in "+-\u2212"

    @property
    def is_range(self) -> bool:
        return self.low is not None and self.high is not None

    @property
    def bounds(self) -> tuple[float, float]:
        """The interval of values this figure admits, precision and qualifier included."""
        if isinstance(self.value, str):
            raise TypeError("dates have no numeric bounds")
        lo = self.low if self.is_range else self.value
        hi = self.high if self.is_range else self.value
        lo, hi = min(lo, hi) - self.tolerance, max(lo, hi) + self.tolerance
        if self.approx == "about":
            lo, hi = lo - 0.1 * abs(lo), hi + 0.1 * abs(hi)
        elif self.approx == "at_least":
            hi = float("inf")
        elif self.approx == "at_most":
            lo = float("-inf") if lo < 0 else 0.0
        return lo, hi

    @property
    def section(self):
        return self.block.section if self.block else None


@dataclass
class Masked:
    """Something that looks like a number but is not a quantity: kept for the rules that need it
    (a birth year for NUM404), never fed to sums or ranges."""
    kind: str                      # "year" | "time" | "postal" | "phone" | "reference" | "road" | "page" | "address" | "score"
    text: str
    start: int
    end: int
    value: int | None = None       # the year for "year"
    cues: tuple[str, ...] = ()     # "birth" (né en 1950), "death" (mort en 1990), "in" (en 2019)
    block: "Block | None" = field(default=None, repr=False, compare=False)
    sentence: int = 0
