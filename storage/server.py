"""A book on a database server: the engine's set-up and its errors in the user's words.

A dropped connection (server restart, Wi-Fi gone) surfaces as `ConnectionLost`; the pool
has already thrown the dead connection away, and `pool_pre_ping` tests the others, so the
next service call reconnects once the server is back. A refusal by row-level security
or grants surfaces as `NotAllowed`.
"""

from __future__ import annotations

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import ExceptionContext, make_url

from storage.errors import QT_TRANSLATE_NOOP, BookUnavailable, ConnectionLost, NotAllowed

#: SQLSTATE classes and codes that mean "the server is not there (any more)".
_GONE_CLASSES = ("08", "57P")  # connection exception; operator intervention (shutdown, restart)
_DENIED = "42501"  # insufficient_privilege, also raised by row-level security and our triggers


def create_server_engine(url: str) -> Engine:
    """An engine for a server book: connections checked before use, errors translated."""
    engine = create_engine(url, pool_pre_ping=True, pool_recycle=1800, connect_args=_connect_args(url))
    host = make_url(url).host or "localhost"
    event.listen(engine, "handle_error", lambda context: translate_server_error(context, host))
    return engine


def _connect_args(url: str) -> dict:
    if make_url(url).get_driver_name() == "psycopg":
        # Give up on a dead server in seconds, and notice a silently dropped link (Wi-Fi).
        return {"connect_timeout": 5, "keepalives": 1, "keepalives_idle": 30, "keepalives_interval": 10}
    return {}


def translate_server_error(context: ExceptionContext, host: str) -> Exception | None:
    """`handle_error` hook: return the user-facing error to raise instead, or None."""
    if context.is_pre_ping:
        return None  # the pool handles a failed ping by reconnecting
    error = context.original_exception
    code = getattr(error, "sqlstate", None) or getattr(error, "pgcode", None) or ""
    if code == _DENIED:
        diag = getattr(error, "diag", None)
        detail = getattr(diag, "message_primary", None) or str(error).splitlines()[0]
        return NotAllowed.worded(
            QT_TRANSLATE_NOOP("Storage", "the team book does not allow this: {detail}"), detail=detail
        )
    if context.connection is None and not context.is_disconnect:
        return _cannot_connect(error, host)
    if context.is_disconnect or code.startswith(_GONE_CLASSES) or _is_driver_connection_error(error):
        return ConnectionLost.worded(
            QT_TRANSLATE_NOOP("Storage", "lost the connection to the team book at {host}; retrying"), host=host
        )
    return None


def _cannot_connect(error: BaseException, host: str) -> BookUnavailable:
    text = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    lowered = text.lower()
    if "password" in lowered or "authentication" in lowered:
        return BookUnavailable.worded(
            QT_TRANSLATE_NOOP("Storage", "the team book at {host} refused the login: {reason}"), host=host, reason=text
        )
    if "does not exist" in lowered:
        return BookUnavailable.worded(
            QT_TRANSLATE_NOOP("Storage", "the team book at {host} is not there: {reason}"), host=host, reason=text
        )
    return ConnectionLost.worded(
        QT_TRANSLATE_NOOP("Storage", "cannot reach the team book at {host}; is the server running? ({reason})"),
        host=host,
        reason=text,
    )


def _is_driver_connection_error(error: BaseException) -> bool:
    try:
        import psycopg
    except ImportError:  # pragma: no cover - psycopg is a dependency
        return False
    if isinstance(error, psycopg.InterfaceError):
        return True
    return isinstance(error, psycopg.OperationalError) and getattr(error, "sqlstate", None) is None
