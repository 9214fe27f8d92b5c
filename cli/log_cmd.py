"""`log CLIENT --channel C --purpose P [--note TEXT] [--next YYYY-MM-DD]`: record a contact."""

from __future__ import annotations

import argparse
from datetime import datetime

from cli.base import calendar_date, open_book_for, print_json
from storage.care_records import CHANNELS  # plain data: no database imports at parse time


def _when(text: str) -> datetime:
    try:
        return datetime.fromisoformat(text).replace(microsecond=0)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"not a date and time (use YYYY-MM-DD or 'YYYY-MM-DD HH:MM'): {text!r}"
        ) from None


def _mood(text: str) -> int:
    if text not in {"1", "2", "3", "4", "5"}:
        raise argparse.ArgumentTypeError(f"satisfaction is 1 to 5, not {text!r}")
    return int(text)


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "log",
        help="record a contact with a client (visit, call, WeChat ...)",
        description="Record a contact (联络记录). CLIENT is an id or a name; an exact name wins, a name matching "
        "several clients is refused with the candidates. Purposes: care, information, deal, service, "
        "intelligence (repeat --purpose or separate them with commas).",
    )
    parser.add_argument("client", metavar="CLIENT", help="the client's id or name")
    parser.add_argument("--channel", required=True, choices=CHANNELS, help="how the contact was made")
    parser.add_argument("--purpose", action="append", required=True, metavar="PURPOSE", help="why (may repeat)")
    parser.add_argument("--note", default="", help="what was said or done")
    parser.add_argument(
        "--at",
        type=_when,
        default=None,
        metavar="WHEN",
        help="when (default now; not in the future; a time with a UTC offset, e.g. +08:00, is turned into local time)",
    )
    parser.add_argument("--mood", type=_mood, default=None, metavar="1-5", help="the client's satisfaction")
    parser.add_argument("--price-too-high", action="store_true", help="the client said the price is too high")
    parser.add_argument("--next", type=calendar_date, default=None, metavar="YYYY-MM-DD", help="next follow-up day")
    parser.add_argument("--json", action="store_true", help="print the contact recorded as JSON")
    parser.set_defaults(handler=run, _parser=parser)


def run(args: argparse.Namespace) -> int:
    from storage.care_records import ContactDraft
    from storage.clients import resolve_client
    from storage.errors import InvalidInput
    from storage.log import log_contact, parse_purposes

    try:
        purposes = parse_purposes(args.purpose)
    except InvalidInput as error:
        args._parser.error(str(error))
    book = open_book_for(args)
    try:
        client = resolve_client(book, args.client)
        entry = log_contact(
            book,
            ContactDraft(
                client_id=client.id,
                channel=args.channel,
                purposes=purposes,
                note=args.note,
                contacted_at=args.at,
                mood=args.mood,
                price_too_high=args.price_too_high,
                next_follow_up=args.next,
            ),
        )
    finally:
        book.close()
    if args.json:
        print_json(
            {
                "id": entry.id,
                "client_id": entry.client_id,
                "client": client.name,
                "at": entry.contacted_at.isoformat(timespec="minutes"),
                "channel": entry.channel,
                "purposes": list(entry.purposes),
                "note": entry.note,
                "mood": entry.mood,
                "price_too_high": entry.price_too_high,
                "next_follow_up": entry.next_follow_up.isoformat() if entry.next_follow_up else None,
            }
        )
        return 0
    follow = f"; follow up on {entry.next_follow_up.isoformat()}" if entry.next_follow_up else ""
    print(f"logged {entry.channel} with {client.name} (#{client.id}) at {entry.contacted_at:%Y-%m-%d %H:%M}{follow}")
    return 0
