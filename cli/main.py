"""Parse the command line and run one command; the window when no command is given."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from cli.base import PROG, OneLineParser

#: Modules that each add commands with a `register(subparsers)` function.
COMMAND_MODULES = (
    "cli.demo_cmd",
    "cli.search_cmd",
    "cli.agenda_cmd",
    "cli.due_cmd",
    "cli.call_list_cmd",
    "cli.import_cmd",
    "cli.export_cmd",
    "cli.backup_cmd",
    "cli.log_cmd",
    "cli.stats_cmd",
    "cli.copy_book_cmd",
    "cli.team_cmd",
)

DESCRIPTION = """Guanxi (关系本): a relationship notebook for salespeople.

With no command, opens the window on the book."""


def build_parser() -> argparse.ArgumentParser:
    parser = OneLineParser(prog=PROG, description=DESCRIPTION, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "--db",
        metavar="URL",
        help="the book: a SQLAlchemy URL or a SQLite file path (default: GUANXI_DB, "
        "else guanxi.sqlite3 in the user data folder)",
    )
    parser.add_argument("--lang", choices=("zh_CN", "en"), help="interface language for this run")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=OneLineParser)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None:
        from ui.app import run_gui

        return run_gui(args)
    from storage.errors import GuanxiError

    try:
        return args.handler(args)
    except GuanxiError as error:
        print(f"{PROG}: error: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
