"""`team whoami|members|overview|reassign|share|unshare`: the clients of a team book."""

from __future__ import annotations

import argparse

from cli.base import open_book_for


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "team",
        help="who owns which client in a team book; reassign and share clients",
        description="Each client belongs to one salesperson (a database role). A manager sees all "
        "clients and can reassign them; an owner can share a client with a colleague.",
    )
    actions = parser.add_subparsers(dest="team_action", metavar="ACTION", required=True)
    actions.add_parser("whoami", help="print the current salesperson and whether they are a manager")
    actions.add_parser("members", help="list the salespeople of the team book")
    actions.add_parser("overview", help="clients on the list per salesperson")
    reassign = actions.add_parser("reassign", help="give every client of one salesperson to another (manager)")
    reassign.add_argument("--from", dest="old", required=True, metavar="A", help="the current owner")
    reassign.add_argument("--to", dest="new", required=True, metavar="B", help="the new owner")
    for name, text in (("share", "let USER see and edit CLIENT"), ("unshare", "stop sharing CLIENT with USER")):
        sub = actions.add_parser(name, help=text)
        sub.add_argument("client", metavar="CLIENT", help="an id, an exact name or a unique match")
        sub.add_argument("user", metavar="USER", help="the salesperson's role name")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    book = open_book_for(args)
    try:
        for line in _act(book, args):
            print(line)
    finally:
        book.close()
    return 0


def _act(book, args: argparse.Namespace) -> list[str]:
    from storage import team
    from storage.clients import resolve_client

    action = args.team_action
    if action == "whoami":
        user = team.current_user(book)
        return [f"{user.name}{' (manager)' if user.is_manager else ''}"]
    if action == "members":
        return team.team_members(book)
    if action == "overview":
        return [f"{line.owner}\t{line.clients}" for line in team.team_overview(book)]
    if action == "reassign":
        moved = team.reassign_all(book, args.old, args.new)
        return [f"gave {len(moved)} clients of {args.old} to {args.new}"]
    client = resolve_client(book, args.client)
    if action == "share":
        done = team.share_client(book, client.id, args.user)
        return [f"{client.name} is {'now' if done else 'already'} shared with {args.user}"]
    done = team.unshare_client(book, client.id, args.user)
    return [f"{client.name} is {'no longer' if done else 'not'} shared with {args.user}"]
