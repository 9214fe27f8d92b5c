"""`stats [--json]`: the tier pyramid against the target, churn by month, the win-back rate, the at-risk count."""

from __future__ import annotations

import argparse

from cli.base import calendar_date, open_book_for, print_json


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "stats",
        help="show the tier pyramid, churn rate by month and how many clients are at risk",
        description="Churn rate (客户流失率) = clients lost in the month / clients active at the end of the month "
        "before x 100%; '-' when nobody was active.",
    )
    parser.add_argument(
        "--date",
        type=calendar_date,
        default=None,
        metavar="YYYY-MM-DD",
        help="the day the figures are for (default today): the clients active and lost on that day, their tiers "
        "then, the losses and win-backs by then, follow-ups overdue then, and the 12 months, 4 quarters and 12 "
        "weeks up to it; at risk, overdue care and open complaints use the last contacts and complaints as they "
        "are now, for the clients of that day; the team lines are always now",
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from reminders.tiers import Tier
    from storage.stats import figures

    book = open_book_for(args)
    try:
        data = figures(book, args.date)
    finally:
        book.close()
    if args.json:
        print_json(data.to_json_dict())
        return 0
    print(
        f"active clients: {data.active}   lost: {data.lost_now}   "
        f"at risk (score {data.at_risk_from} or more): {data.at_risk}"
    )
    print("\ntier pyramid (clients / target shape)")
    for tier in reversed(Tier):
        print(f"  {tier.key:<13}{data.pyramid[tier]:>7} / {data.target[tier]:>7.1f}")
    print("\nchurn rate by month (lost / active before = rate)")
    for period in data.months:
        rate = "-" if period.rate is None else f"{period.rate:.1f}%"
        print(f"  {period.start:%Y-%m}  {period.lost:>5} / {period.base:<7} {rate:>7}")
    win = data.winback
    rate = "-" if win.rate is None else f"{win.rate:.1f}%"
    print(f"\nwin-back: {win.won_back} won back of {win.losses} lost ({rate}); {win.given_up} not won back")
    if len(data.team) > 1:
        print("\nteam (clients: confidant / friend / acquaintance / passer-by, lost)")
        for line in data.team:
            tiers = " / ".join(str(line.by_tier.get(tier, 0)) for tier in reversed(Tier))
            print(f"  {line.owner:<20}{line.clients:>7}: {tiers}, {line.lost} lost")
    return 0
