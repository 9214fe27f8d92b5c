"""Churn watch (流失预警): the risk score of one client and the churn rate of a book.

Plain data in, plain data out. The reasons behind a score are returned as data
(`RiskReason`) so the window and the command line can word them in their language.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from reminders.formatting import format_day

#: A price complaint counts for this many days.
PRICE_FLAG_DAYS = 180
#: Without a set interval, silence counts as a warning after this many days.
LONG_SILENCE_DAYS = 180
#: A client is at risk from this score on, unless the book sets its own threshold.
DEFAULT_AT_RISK = 25
#: The thresholds a book may set (a spin box offers no other value; a stored one outside falls back).
MIN_AT_RISK, MAX_AT_RISK = 5, 100
#: "High" risk starts this many points above the at-risk threshold: one more strong warning sign.
HIGH_RISK_MARGIN = 25


@dataclass(frozen=True, slots=True)
class RiskReason:
    """One warning sign. `kind` is "silence", "complaint", "satisfaction" or "price"."""

    kind: str
    points: int
    days: int = 0  # silence: days without contact
    interval: int | None = None  # silence: the interval passed
    since: date | None = None  # complaint: the oldest open one; price: when it was said
    count: int = 0  # complaint: how many are open
    was: int = 0  # satisfaction: the rating before
    now: int = 0  # satisfaction: the latest rating
    never_contacted: bool = False  # silence: counted from the day the client was added

    def english(self) -> str:
        """The reason in plain English (the window words it through its translations)."""
        if self.kind == "silence":
            silence = (
                f"never contacted since being added {self.days} days ago"
                if self.never_contacted
                else f"no contact for {self.days} days"
            )
            return silence if self.interval is None else f"{silence}, past the {self.interval}-day interval"
        if self.kind == "complaint":
            more = f" ({self.count} open)" if self.count > 1 else ""
            return f"an open complaint since {format_day(self.since, 'en') if self.since else '?'}{more}"
        if self.kind == "satisfaction":
            return f"satisfaction fell from {self.was} to {self.now}"
        return "said the price is too high"


@dataclass(frozen=True, slots=True)
class RiskScale:
    """Where a score becomes a warning: at risk from `at_risk_from` (the book's setting), high from
    `HIGH_RISK_MARGIN` points above it, capped at 100. The default gives 25 and 50."""

    at_risk_from: int = DEFAULT_AT_RISK

    @classmethod
    def from_json(cls, value: object) -> RiskScale:
        """The scale of a stored threshold; anything but a whole number in range gives the default."""
        valid = isinstance(value, int) and not isinstance(value, bool) and MIN_AT_RISK <= value <= MAX_AT_RISK
        return cls(value if valid else DEFAULT_AT_RISK)

    @property
    def high_from(self) -> int:
        return min(MAX_AT_RISK, self.at_risk_from + HIGH_RISK_MARGIN)

    def is_at_risk(self, score: int) -> bool:
        return score >= self.at_risk_from

    def level(self, score: int) -> str:
        """ "high", "medium" (at risk, not high), "low" (some warning sign, below at risk) or "none"."""
        if score >= self.high_from:
            return "high"
        if score >= self.at_risk_from:
            return "medium"
        return "low" if score > 0 else "none"


@dataclass(frozen=True, slots=True)
class Risk:
    """A client's score and its reasons; what the score means is the book's `RiskScale`."""

    score: int  # 0..100
    reasons: tuple[RiskReason, ...] = ()

    def english(self) -> str:
        return "; ".join(r.english() for r in self.reasons)


@dataclass(frozen=True, slots=True)
class RiskInput:
    """What the score looks at for one client."""

    today: date
    since: date  # the last contact, or the day the client was added
    interval: int | None
    open_complaints: Sequence[date] = ()  # the day each still-open complaint was made
    ratings: Sequence[int] = ()  # satisfaction 1..5, oldest first
    price_flag_on: date | None = None  # the last contact where the price was called too high
    never_contacted: bool = False  # `since` is the day the client was added


def silence_points(days: int, interval: int | None) -> int:
    """20 once past the interval, growing to 40 at twice the interval; 10 for a long silence without one."""
    if interval is None:
        return 10 if days > LONG_SILENCE_DAYS else 0
    if days <= interval:
        return 0
    return 20 + min(20, round(20 * (days - interval) / interval))


def risk_score(data: RiskInput) -> Risk:
    """Add up the warning signs of shared/domain.md; the result is capped at 100.

    long silence: up to 40; open complaints: 25 for one, +10 for each more (up to 35);
    falling satisfaction: 10 per point fallen between the last two ratings (up to 20);
    "the price is too high" within 180 days: 15.
    """
    reasons: list[RiskReason] = []
    days = max(0, (data.today - data.since).days)
    points = silence_points(days, data.interval)
    if points:
        reasons.append(
            RiskReason("silence", points, days=days, interval=data.interval, never_contacted=data.never_contacted)
        )
    if data.open_complaints:
        count = len(data.open_complaints)
        reasons.append(
            RiskReason("complaint", min(35, 25 + 10 * (count - 1)), since=min(data.open_complaints), count=count)
        )
    if len(data.ratings) >= 2 and data.ratings[-1] < data.ratings[-2]:
        was, now = data.ratings[-2], data.ratings[-1]
        reasons.append(RiskReason("satisfaction", min(20, 10 * (was - now)), was=was, now=now))
    if data.price_flag_on is not None and (data.today - data.price_flag_on).days <= PRICE_FLAG_DAYS:
        reasons.append(RiskReason("price", 15, since=data.price_flag_on))
    return Risk(min(100, sum(r.points for r in reasons)), tuple(reasons))


# --- churn rate ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Membership:
    """One client's time in the book: added on `added`, lost (and perhaps won back) on the `losses`."""

    added: date
    losses: tuple[tuple[date, date | None], ...] = ()  # (lost on, won back on or None)

    def active_on(self, day: date) -> bool:
        if self.added > day:
            return False
        return not any(lost <= day and (back is None or back > day) for lost, back in self.losses)


@dataclass(frozen=True, slots=True)
class ChurnPeriod:
    start: date
    end: date
    lost: int  # clients lost within start..end
    base: int  # clients active at the end of the previous period
    won_back: int = 0  # clients won back within start..end

    @property
    def rate(self) -> float | None:
        """lost / base x 100, or None when nobody was active (the rate is undefined)."""
        return None if self.base == 0 else 100.0 * self.lost / self.base


def month_periods(today: date, count: int) -> list[tuple[date, date]]:
    """The last `count` calendar months up to and including today's, oldest first."""
    periods = []
    year, month = today.year, today.month
    for _ in range(count):
        start = date(year, month, 1)
        end = (date(year + (month == 12), month % 12 + 1, 1)) - timedelta(days=1)
        periods.append((start, end))
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    return periods[::-1]


def quarter_periods(today: date, count: int) -> list[tuple[date, date]]:
    """The last `count` calendar quarters up to and including today's, oldest first."""
    periods = []
    year, quarter = today.year, (today.month - 1) // 3
    for _ in range(count):
        start = date(year, 3 * quarter + 1, 1)
        end_month = 3 * quarter + 3
        end = date(year + (end_month == 12), end_month % 12 + 1, 1) - timedelta(days=1)
        periods.append((start, end))
        year, quarter = (year - 1, 3) if quarter == 0 else (year, quarter - 1)
    return periods[::-1]


def churn_rates(members: Iterable[Membership], periods: Sequence[tuple[date, date]]) -> list[ChurnPeriod]:
    """Churn rate (客户流失率) per period: lost in the period / active at the end of the one before."""
    members = list(members)
    result = []
    for start, end in periods:
        before = start - timedelta(days=1)
        base = sum(1 for m in members if m.active_on(before))
        lost = sum(1 for m in members for when, _ in m.losses if start <= when <= end)
        back = sum(1 for m in members for _, when in m.losses if when is not None and start <= when <= end)
        result.append(ChurnPeriod(start, end, lost, base, back))
    return result


@dataclass(frozen=True, slots=True)
class WinBackRate:
    losses: int
    won_back: int
    given_up: int  # plans closed as not won back

    @property
    def rate(self) -> float | None:
        """Won back / all losses x 100 (None without losses)."""
        return None if self.losses == 0 else 100.0 * self.won_back / self.losses


def winback_rate(outcomes: Iterable[str | None]) -> WinBackRate:
    """From each loss's outcome: "won_back", "not_won_back" or None (still open)."""
    outcomes = list(outcomes)
    return WinBackRate(len(outcomes), outcomes.count("won_back"), outcomes.count("not_won_back"))


@dataclass(frozen=True, slots=True)
class ChurnSummary:
    months: list[ChurnPeriod] = field(default_factory=list)
    quarters: list[ChurnPeriod] = field(default_factory=list)
