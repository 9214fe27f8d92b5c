"""The figures of the dashboard and `stats`: pyramid, churn, contacts, overdue care, complaints, reasons."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from reminders.churn import (
    DEFAULT_AT_RISK,
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
from storage.care_settings import risk_scale
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
    at_risk: int  # clients whose risk score is at_risk_from or more
    lost_now: int = 0
    at_risk_from: int = DEFAULT_AT_RISK  # the book's at-risk threshold
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
            "at_risk_from": self.at_risk_from,
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
    """Everything the dashboard draws. Reads set-wise; call it off the main thread for big books.

    For a day before today the figures are those of that day as far as the book's dated records
    tell: clients added by then and not lost then, with the tier they had (tier changes), losses,
    reasons and win-backs by then, follow-ups due before it and not yet done by its end. At risk,
    overdue care and open complaints are the clients' last contacts and complaints as they are
    now, for the clients of that day, counted on that day; the team lines are now (the book keeps
    no history of archiving, sharing, or a complaint's status).
    """
    current = date.today()
    today = today or current
    past = today < current
    end = datetime.combine(today + timedelta(days=1), time())  # records made by the end of the day
    c = models.Client
    with book.Session() as session:
        on_list: dict[int, int] | None = None  # the past day's active clients and their tiers then
        if past:
            on_list, lost_now = _clients_on(session, today)
            pyramid_rows: dict[int, int] = Counter(on_list.values())
        else:
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
        if past:
            losses = [_loss_on(*row, today) for row in losses if row.lost_on <= today]
        first_week = today - timedelta(days=today.weekday() + 7 * (weeks - 1))
        contacts = session.execute(
            select(cm.Contact.contacted_at, cm.Contact.purposes).where(
                cm.Contact.contacted_at >= datetime.combine(first_week, time()), cm.Contact.contacted_at < end
            )
        ).all()
        follow_ups = session.execute(
            select(cm.FollowUp.client_id)
            .join(c, c.id == cm.FollowUp.client_id)
            .where(
                or_(cm.FollowUp.done_at.is_(None), cm.FollowUp.done_at >= end),  # still open at the end of the day
                cm.FollowUp.due_on < today,
                cm.FollowUp.created_at < end,
                c.archived_at.is_(None),
            )
        ).scalars()
        overdue_follow_ups = sum(1 for client_id in follow_ups if on_list is None or client_id in on_list)
        open_complaints = (
            select(cm.Feedback.client_id, cm.Feedback.opened_at)
            .join(c, c.id == cm.Feedback.client_id)
            .where(cm.Feedback.kind == "complaint", cm.Feedback.status != "reported", cm.Feedback.opened_at < end)
        )
        if on_list is None:  # for a past day, the clients active that day are kept below
            open_complaints = open_complaints.where(c.lost_at.is_(None))
        complaints = session.execute(open_complaints).all()

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
    scale = risk_scale(book)
    if on_list is not None:
        risks = [r for r in risks if r.client_id in on_list]
    overdue: Counter[Tier] = Counter(r.tier for r in risks if r.cadence.overdue)
    ages = dict.fromkeys((label for label, _, _ in COMPLAINT_AGES), 0)
    for client_id, opened in complaints:
        if on_list is not None and client_id not in on_list:
            continue
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
        at_risk=sum(1 for r in risks if scale.is_at_risk(r.risk.score)),
        lost_now=int(lost_now),
        at_risk_from=scale.at_risk_from,
        team=team_overview(book),
    )


def _loss_on(
    client_id: int, lost_on: date, outcome: str | None, outcome_on: date | None, reasons: str, day: date
) -> tuple[int, date, str | None, date | None, str]:
    """A loss as it stood on `day`: an outcome reached later was not there yet."""
    if outcome_on is not None and outcome_on > day:
        outcome, outcome_on = None, None
    return client_id, lost_on, outcome, outcome_on, reasons


def _clients_on(session: Session, day: date) -> tuple[dict[int, int], int]:
    """The clients on the list and active on `day` with the tier they had then, and how many
    clients were lost then.

    On the list: not archived (the book keeps no history of archiving) and added by the end of the
    day. Lost: a loss by then not won back by then, as `Membership` counts for the churn periods.
    The tier: the last change made by the end of the day.
    """
    c, tc, loss = models.Client, models.TierChange, cm.Loss
    end = datetime.combine(day + timedelta(days=1), time())
    lost = {
        client_id
        for client_id, outcome, outcome_on in session.execute(
            select(loss.client_id, loss.outcome, loss.outcome_on).where(loss.lost_on <= day)
        )
        if not (outcome == "won_back" and outcome_on is not None and outcome_on <= day)
    }
    tiers = dict(session.execute(select(c.id, c.tier).where(c.archived_at.is_(None), c.created_at < end)).all())
    changes = select(tc.client_id, tc.to_tier).where(tc.changed_at < end).order_by(tc.changed_at, tc.id)
    for client_id, tier in session.execute(changes):
        if client_id in tiers:
            tiers[client_id] = tier
    return {client_id: tier for client_id, tier in tiers.items() if client_id not in lost}, len(lost)
