"""The demo book's relationship log: contacts, gifts, complaints and a few lost clients,
so the Today list, the churn watch and the dashboard have something to show."""

from __future__ import annotations

import random
from datetime import datetime, time, timedelta

from sqlalchemy import insert, select, update

from reminders.tiers import Tier
from storage import care_models as cm
from storage import models
from storage.care_records import CHANNELS, LOSS_REASONS, PURPOSES
from storage.clients import now
from storage.db import Book

NOTES = ("问了新品的反馈", "聊了孩子中考", "送了一盒茶叶", "确认了下季度订单", "售后回访, 一切正常", "提到同行在降价")
COMPLAINTS = ("送货晚了三天", "包装破损", "发票开错了", "售后电话没人接", "价格比别家贵")
GIFTS = ("一盒茶叶", "一盆兰花", "月饼礼盒", "高考复习资料", "生日蛋糕", "土特产")
CONTACTS_BY_TIER = {Tier.PASSERBY: 0, Tier.ACQUAINTANCE: 2, Tier.FRIEND: 5, Tier.CONFIDANT: 9}
BATCH = 5000


def fill_demo_log(book: Book, first_id: int = 0, seed: int = 0) -> None:
    """Add a log for demo clients with id >= first_id (their last contact matches the client list)."""
    rng = random.Random(seed + 17)
    stamp = now()
    c = models.Client
    with book.Session() as session:
        rows = session.execute(select(c.id, c.tier, c.last_contact_at, c.created_at).where(c.id >= first_id)).all()
    contacts, gifts, feedback, steps, losses, follow_ups, lost_ids = [], [], [], [], [], [], []
    feedback_id = 0
    for client_id, tier, last, created in rows:
        tier = Tier(tier)
        if last is not None:
            count = CONTACTS_BY_TIER[tier]
            moods = [rng.choice((3, 4, 4, 5, 5)) for _ in range(count)]
            if rng.random() < 0.15 and count >= 2:
                moods[-1] = rng.choice((2, 3))
            for n in range(count):
                at = last - timedelta(days=(count - 1 - n) * rng.randint(15, 45))
                if at < created:
                    continue
                contacts.append(
                    {
                        "client_id": client_id,
                        "contacted_at": at,
                        "channel": rng.choice(CHANNELS),
                        "purposes": ",".join(sorted(set(rng.sample(PURPOSES, rng.choice((1, 1, 2)))))),
                        "note": rng.choice(NOTES),
                        "mood": moods[n] if rng.random() < 0.6 else None,
                        "price_too_high": rng.random() < 0.04,
                        "next_follow_up": None,
                        "created_at": stamp,
                    }
                )
        if tier >= Tier.FRIEND and rng.random() < 0.7:
            for _ in range(rng.randint(1, 3)):
                given = rng.random() < 0.75
                gifts.append(
                    {
                        "client_id": client_id,
                        "direction": "given" if given else "received",
                        "given_on": (stamp - timedelta(days=rng.randint(5, 700))).date(),
                        "occasion": rng.choice(("中秋", "春节", "生日", "开业", "")),
                        "item": rng.choice(GIFTS),
                        "cost": rng.choice((60, 100, 150, 200, 300)),
                        "notes": "",
                        "created_at": stamp,
                    }
                )
        if rng.random() < 0.02:
            follow_ups.append(
                {
                    "client_id": client_id,
                    "due_on": (stamp + timedelta(days=rng.randint(-3, 10))).date(),
                    "note": rng.choice(NOTES),
                    "source": "contact",
                    "done_at": None,
                    "created_at": stamp - timedelta(days=7),
                }
            )
        if rng.random() < 0.04:
            feedback_id += 1
            opened = stamp - timedelta(days=rng.randint(1, 40), hours=rng.randint(0, 8))
            status = rng.choice(("open", "open", "checking", "fixed", "reported"))
            feedback.append((client_id, opened, status))
        elif tier < Tier.CONFIDANT and rng.random() < 0.035:
            lost_on = (stamp - timedelta(days=rng.randint(3, 360))).date()
            if lost_on > created.date():
                lost_ids.append((client_id, lost_on))
    with book.Session.begin() as session:
        for start in range(0, len(contacts), BATCH):
            session.execute(insert(cm.Contact), contacts[start : start + BATCH])
        if gifts:
            session.execute(insert(cm.Gift), gifts)
        if follow_ups:
            session.execute(insert(cm.FollowUp), follow_ups)
        order = ("open", "checking", "fixed", "reported")
        for client_id, opened, status in feedback:
            item = cm.Feedback(
                client_id=client_id,
                kind="complaint" if rng.random() < 0.8 else "suggestion",
                summary=rng.choice(COMPLAINTS),
                status=status,
                opened_at=opened,
                updated_at=opened,
            )
            session.add(item)
            session.flush()
            for n, step in enumerate(order[: order.index(status) + 1]):
                steps.append(
                    {
                        "feedback_id": item.id,
                        "status": step,
                        "step_at": opened + timedelta(days=n),
                        "note": ""
                        if step == "open"
                        else "已处理"
                        if step != "reported"
                        else "已电话告知客户, 请他监督",
                    }
                )
        if steps:
            session.execute(insert(cm.FeedbackStep), steps)
        for client_id, lost_on in lost_ids:
            reasons = rng.sample(LOSS_REASONS[:-1], rng.choice((1, 1, 2)))
            outcome = rng.choice((None, None, "won_back", "not_won_back"))
            loss = cm.Loss(
                client_id=client_id,
                lost_on=lost_on,
                reasons=",".join(reasons),
                other_reason="",
                note="",
                outcome=outcome,
                outcome_on=lost_on + timedelta(days=20) if outcome else None,
                outcome_note=""
                if outcome is None
                else "重新下单"
                if outcome == "won_back"
                else "已转向对手, 价格差距太大",
                created_at=stamp,
            )
            session.add(loss)
            session.flush()
            losses.append(
                {
                    "loss_id": loss.id,
                    "step": "reason",
                    "step_at": datetime.combine(lost_on + timedelta(days=2), time(10)),
                    "note": "电话了解流失原因",
                    "follow_up_on": None,
                }
            )
            if outcome != "won_back":
                session.execute(update(c).where(c.id == client_id).values(lost_at=datetime.combine(lost_on, time())))
        if losses:
            session.execute(insert(cm.WinBackStep), losses)
