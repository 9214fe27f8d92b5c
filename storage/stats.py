"""The figures of the dashboard and `stats`: pyramid, churn, contacts, overdue care, complaints, reasons."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import func, select

from reminders.churn import (
    MEDIUM_RISK,
    ChurnPeriod,
    Membership,
    WinBackRate,
    churn_rates,
    month_periods,
    quarter_periods,
    winback_rate,
)
from reminders.tiers import TARGET_SHARE, Tier
from storage import care_models as cm
from storage import models
from storage.care import client_risks
from storage.care_records import PURPOSES
from storage.db import Book
from storage.team import OwnerCount, team_overview

#: Ages of open complaints, in days: (label key, lowest, highest or None).
COMPLAINT_AGES = (("0-3", 0, 3), ("4-7", 4, 7), ("8-30", 8, 30), ("31+", 31, None))


@dataclass(frozen=True, slots=True)
class Figures:
    today: date
    active: int
    pyramid: dict[Tier, int]
    target: dict[Tier, float]  # clients each tier would hold in the target shape
    months: list[ChurnPeriod]
    quarters: list[ChurnPeriod]
    winback: WinBackRate
    weeks: list[tuple[date, dict[str, int]]]  # Monday of each week, contacts by purpose
    overdue_by_tier: dict[Tier, int]
    overdue_follow_ups: int
    complaint_ages: dict[str, int]
    lost_reasons: dict[str, int]
    at_risk: int
    lost_now: int = 0
    notes: dict[str, str] = field(default_factory=dict)
    team: list[OwnerCount] = field(default_factory=list)  # clients per salesperson (one line: no team)

    def to_json_dict(self) -> dict[str, object]:
        def period(p: ChurnPeriod) -> dict[str, object]:
            rate = None if p.rate is None else round(p.rate, 1)
            return {
                "start": p.start.isoformat(),
                "end": p.end.isoformat(),
                "lost": p.lost,
                "base": p.base,
                "won_back": p.won_back,
                "rate": rate,
            }

        return {
            "today": self.today.isoformat(),
            "active": self.active,
            "lost": self.lost_now,
            "pyramid": {
                t.key: {"clients": self.pyramid[t], "target": round(self.target[t], 1)} for t in reversed(Tier)
            },
            "churn_by_month": [period(p) for p in self.months],
            "churn_by_quarter": [period(p) for p in self.quarters],
            "win_back": {
                "losses": self.winback.losses,
                "won_back": self.winback.won_back,
                "not_won_back": self.winback.given_up,
                "rate": None if self.winback.rate is None else round(self.winback.rate, 1),
            },
            "contacts_by_week": [{"week": w.isoformat(), **counts} for w, counts in self.weeks],
            "overdue_care": {t.key: self.overdue_by_tier[t] for t in reversed(Tier)},
            "overdue_follow_ups": self.overdue_follow_ups,
            "open_complaints_by_age": self.complaint_ages,
            "lost_reasons": self.lost_reasons,
            "at_risk": self.at_risk,
            "team": [
                {
                    "owner": line.owner,
                    "clients": line.clients,
                    "by_tier": {t.key: line.by_tier.get(t, 0) for t in reversed(Tier)},
                    "lost": line.lost,
                }
                for line in self.team
            ],
        }


def figures(book: Book, today: date | None = None, *, months: int = 12, weeks: int = 12) -> Figures:
    """Everything the dashboard draws. Reads set-wise; call it off the main thread for big books."""
    today = today or date.today()
    c = models.Client
    with book.Session() as session:
        pyramid_rows = dict(
            session.execute(
                select(c.tier, func.count()).where(c.archived_at.is_(None), c.lost_at.is_(None)).group_by(c.tier)
            ).all()
        )
        lost_now = session.scalar(select(func.count()).select_from(c).where(c.lost_at.is_not(None))) or 0
        added = dict(session.execute(select(c.id, c.created_at).where(c.archived_at.is_(None))).all())
        losses = session.execute(
            select(cm.Loss.client_id, cm.Loss.lost_on, cm.Loss.outcome, cm.Loss.outcome_on, cm.Loss.reasons)
        ).all()
        first_week = today - timedelta(days=today.weekday() + 7 * (weeks - 1))
        contacts = session.execute(
            select(cm.Contact.contacted_at, cm.Contact.purposes).where(
                cm.Contact.contacted_at >= datetime.combine(first_week, datetime.min.time())
            )
        ).all()
        overdue_follow_ups = (
            session.scalar(
                select(func.count())
                .select_from(cm.FollowUp)
                .join(c, c.id == cm.FollowUp.client_id)
                .where(cm.FollowUp.done_at.is_(None), cm.FollowUp.due_on < today, c.archived_at.is_(None))
            )
            or 0
        )
        complaints = session.execute(
            select(cm.Feedback.opened_at)
            .join(c, c.id == cm.Feedback.client_id)
            .where(cm.Feedback.kind == "complaint", cm.Feedback.status != "reported", c.lost_at.is_(None))
        ).all()

    pyramid = {t: int(pyramid_rows.get(int(t), 0)) for t in Tier}
    active = sum(pyramid.values())
    by_client: dict[int, list[tuple[date, date | None]]] = defaultdict(list)
    reasons: Counter[str] = Counter()
    for client_id, lost_on, outcome, outcome_on, reason_text in losses:
        by_client[client_id].append((lost_on, outcome_on if outcome == "won_back" else None))
        reasons.update(r for r in reason_text.split(",") if r)
    members = [Membership(created.date(), tuple(by_client.get(cid, ()))) for cid, created in added.items()]

    week_counts: list[tuple[date, dict[str, int]]] = [
        (first_week + timedelta(weeks=i), dict.fromkeys(PURPOSES, 0)) for i in range(weeks)
    ]
    for at, purposes in contacts:
        index = (at.date() - first_week).days // 7
        if 0 <= index < weeks:
            for purpose in purposes.split(","):
                if purpose in week_counts[index][1]:
                    week_counts[index][1][purpose] += 1

    risks = client_risks(book, today)
    overdue: Counter[Tier] = Counter(r.tier for r in risks if r.cadence.overdue)
    ages = dict.fromkeys((label for label, _, _ in COMPLAINT_AGES), 0)
    for (opened,) in complaints:
        age = (today - opened.date()).days
        for label, low, high in COMPLAINT_AGES:
            if age >= low and (high is None or age <= high):
                ages[label] += 1
                break
    return Figures(
        today=today,
        active=active,
        pyramid=pyramid,
        target={t: TARGET_SHARE[t] * active for t in Tier},
        months=churn_rates(members, month_periods(today, months)),
        quarters=churn_rates(members, quarter_periods(today, 4)),
        winback=winback_rate(outcome for _, _, outcome, _, _ in losses),
        weeks=week_counts,
        overdue_by_tier={t: overdue.get(t, 0) for t in Tier},
        overdue_follow_ups=int(overdue_follow_ups),
        complaint_ages=ages,
        lost_reasons=dict(reasons.most_common()),
        at_risk=sum(1 for r in risks if r.risk.score >= MEDIUM_RISK),
        lost_now=int(lost_now),
        team=team_overview(book),
    )
