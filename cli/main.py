"""Parse the command line and run one command; the window when no command is given."""

from __future__ import annotations

import argparse
import gc
import importlib
import os
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from typing import Any, TextIO

from cli.base import PROG, CommandError, OneLineParser

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

#: The options taken with no command, and the values `--lang` allows.
WINDOW_OPTIONS = ("--db", "--lang")
LANGUAGES = ("zh_CN", "en")

DESCRIPTION = """Guanxi (关系本): a relationship notebook for salespeople.

With no command, opens the window on the book."""


def build_parser() -> argparse.ArgumentParser:
    parser = OneLineParser(prog=PROG, description=DESCRIPTION, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "--db",
        metavar="URL",
        help="the book: a SQLAlchemy URL or a SQLite file path (default: GUANXI_DB, "
        "else guanxi.sqlite3 in the user data folder); a path with no book yet is refused "
        "by every command but demo and import, which start one (the window starts one too)",
    )
    parser.add_argument("--lang", choices=LANGUAGES, help="interface language for this run")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=OneLineParser)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def window_args(argv: Sequence[str]) -> argparse.Namespace | None:
    """The arguments of the usual start, the window with at most --db and --lang, read without
    importing every command's module; None for anything else (the full parser reads it)."""
    values: dict[str, str | None] = {"db": None, "lang": None}
    tokens = list(argv)
    while tokens:
        name, equals, value = tokens.pop(0).partition("=")
        if name not in WINDOW_OPTIONS:
            return None
        if not equals:
            if not tokens or tokens[0].startswith("-"):
                return None
            value = tokens.pop(0)
        if name == "--lang" and value not in LANGUAGES:
            return None
        values[name[2:]] = value
    return argparse.Namespace(command=None, **values)


class OutputFailed(CommandError):
    """Standard output cannot be written (a full disk, a closed device); printed as one line."""


class _GuardedOutput:
    """Standard output whose write and flush turn an OSError into OutputFailed (a broken pipe
    stays a BrokenPipeError: the reader went away, which is no error of ours)."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        with self._guard():
            return self._stream.write(text)

    def flush(self) -> None:
        with self._guard():
            self._stream.flush()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)

    @contextmanager
    def _guard(self) -> Iterator[None]:
        try:
            yield
        except BrokenPipeError:
            raise
        except OSError as error:
            from storage.errors import system_reason

            raise OutputFailed(f"cannot write the output: {system_reason(error)}") from None


@contextmanager
def guarded_stdout() -> Iterator[None]:
    """Run a command with `sys.stdout` guarded, flushing it before the end (so that a full disk
    shows while the error can still be reported, not at exit)."""
    stream = sys.stdout
    sys.stdout = _GuardedOutput(stream)  # type: ignore[assignment]
    try:
        yield
        sys.stdout.flush()
    finally:
        sys.stdout = stream


def _drop_pending_output() -> None:
    """Point standard output at the null device, so that the flush at exit does not fail again
    on what could not be written."""
    with suppress(OSError, ValueError, AttributeError):
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)


def _parse(argv: Sequence[str] | None) -> argparse.Namespace:
    """The command line read; `--help` and usage errors exit here, and a help that cannot be
    written (a full disk) is an error too, not a silent success."""
    try:
        with guarded_stdout():
            try:
                return build_parser().parse_args(argv)
            except SystemExit:
                sys.stdout.flush()  # argparse leaves --help in the buffer: write it while we can say so
                raise
    except OutputFailed as error:
        _drop_pending_output()
        print(f"{PROG}: error: {error}", file=sys.stderr)
        raise SystemExit(1) from None


def main(argv: Sequence[str] | None = None) -> int:
    args = window_args(sys.argv[1:] if argv is None else argv) or _parse(argv)
    if args.command is None:
        # The window collects garbage on its main thread only (ui.main_thread_gc); turned off from here,
        # automatic collection also spares the first paint some seventy small collections.
        gc.disable()
        from ui.app import run_gui

        return run_gui(args)
    from storage.errors import GuanxiError

    try:
        with guarded_stdout():
            return args.handler(args)
    except GuanxiError as error:
        if isinstance(error, OutputFailed):
            _drop_pending_output()
        print(f"{PROG}: error: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        _drop_pending_output()
        return 0
