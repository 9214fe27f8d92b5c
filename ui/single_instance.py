"""One running app only: a second start asks the first to come to the front, then exits 0.

A QLockFile in the data folder says whether an instance runs; a QLocalServer named after
the data folder receives "show" from later starts. The window's start takes the lock first and
listens right after its first paint (QtNetwork is not needed to paint); a later start that finds
the lock taken keeps trying to reach the server for a moment.
"""

from __future__ import annotations

import time
import zlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, Signal

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

TIMEOUT_MS = 1500


def server_name(folder: Path) -> str:
    """The server's name for this data folder. A checksum, not a hash: it only tells folders apart,
    and `zlib` is loaded already where `hashlib` would load OpenSSL before the first paint."""
    return f"guanxi-{zlib.crc32(str(folder.resolve()).encode()):08x}"


class SingleInstance(QObject):
    """Holds the lock and the server while the app runs; `activated` fires when started again."""

    activated = Signal()

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        folder.mkdir(parents=True, exist_ok=True)
        self.name = server_name(folder)
        self.lock = QLockFile(str(folder / "guanxi.lock"))
        self.lock.setStaleLockTime(0)  # only a lock whose process is gone is stale
        self.server: QLocalServer | None = None

    def acquire(self, *, listen: bool = True) -> bool:
        """True when this is the first instance (then it listens, or with `listen=False` it
        holds the lock and `listen` follows); False when another runs."""
        if not self.lock.tryLock(100):
            return False
        if listen:
            self.listen()
        return True

    def listen(self) -> None:
        """Receive "show" from later starts (once)."""
        if self.server is not None:
            return
        from PySide6.QtNetwork import QLocalServer

        QLocalServer.removeServer(self.name)  # a leftover socket of a crashed run
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._connection)
        self.server.listen(self.name)

    def _connection(self) -> None:
        assert self.server is not None
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).strip() == b"show":
            self.activated.emit()
        socket.disconnectFromServer()

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
        self.lock.unlock()


def ask_running_to_show(folder: Path) -> bool:
    """Tell the running instance to come to the front; True if it answered."""
    from PySide6.QtNetwork import QLocalSocket

    deadline = time.monotonic() + TIMEOUT_MS / 1000
    while True:  # it may be starting: it listens right after its first paint
        socket = QLocalSocket()
        socket.connectToServer(server_name(folder))
        if socket.waitForConnected(TIMEOUT_MS):
            break
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    socket.write(b"show\n")
    socket.flush()
    socket.waitForBytesWritten(TIMEOUT_MS)
    socket.waitForDisconnected(TIMEOUT_MS)
    return True


def claim(*, listen: bool = True) -> SingleInstance | None:
    """The lock for this data folder, or None after asking the running instance to show itself.
    With `listen=False` the caller calls `listen()` on it soon after."""
    from storage.paths import data_dir

    folder = data_dir()
    instance = SingleInstance(folder)
    if instance.acquire(listen=listen):
        return instance
    ask_running_to_show(folder)
    return None
