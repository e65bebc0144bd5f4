"""One window per data directory: a second start brings the first window forward.

The instance lock (:mod:`kamdesk.locking`) decides who owns a data
directory. The owner's window also listens on a local socket named from a
hash of the directory (and the user), so that a second ``kamdesk`` on the
same directory, refused by the lock, can ask it to come to the front instead
of showing an error. When nothing answers (the lock is held by a command
such as ``kamdesk demo``), the second start explains the lock instead.

The exchange is one line each way: ``activate`` and ``ok``.
"""

from __future__ import annotations

import getpass
import hashlib

from PySide6.QtCore import QByteArray, QEventLoop, QObject, QTimer, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from kamdesk.paths import DataPaths

_REQUEST = b"activate\n"
_REPLY = b"ok\n"
#: How long a second start waits for the first to answer.
ANSWER_TIMEOUT_MS = 3000


def server_name(paths: DataPaths) -> str:
    """The local socket's name for ``paths``: short, stable, and per user."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "?"
    digest = hashlib.sha256(f"{user}\0{paths.root.resolve()}".encode()).hexdigest()
    return f"kamdesk-{digest[:24]}"


class SingleInstance(QObject):
    """The first instance's listening end.

    Signals:
        activation_requested: another start on the same data directory asked
            for this window.
    """

    activation_requested = Signal()

    def __init__(self, paths: DataPaths, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(paths)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_server_new_connection)

    def listen(self) -> bool:
        """Starts listening. Call only while holding the data directory's instance lock.

        A socket left behind by a crashed instance is removed first; holding
        the lock proves that no live instance owns it.
        """
        QLocalServer.removeServer(self.name)
        return self._server.listen(self.name)

    @property
    def listening(self) -> bool:
        return self._server.isListening()

    def close(self) -> None:
        self._server.close()

    def _on_server_new_connection(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            if socket is None:
                break
            socket.setParent(self)
            socket.readyRead.connect(lambda s=socket: self._on_socket_ready_read(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._on_socket_ready_read(socket)

    def _on_socket_ready_read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return
        request = bytes(socket.readLine().data())
        if request == _REQUEST:
            socket.write(QByteArray(_REPLY))
            socket.flush()
            self.activation_requested.emit()
        socket.disconnectFromServer()

    @staticmethod
    def activate_running(paths: DataPaths, timeout_ms: int = ANSWER_TIMEOUT_MS) -> bool:
        """Asks the instance that owns ``paths`` to come to the front.

        Waits in a local event loop (not a blocking wait), so the answer also
        arrives when the first instance runs in this same process.

        Returns:
            True when it answered; False when nobody listens or it did not answer in time.
        """
        socket = QLocalSocket()
        loop = QEventLoop()
        answer = bytearray()

        def on_connected() -> None:
            socket.write(QByteArray(_REQUEST))
            socket.flush()

        def on_ready_read() -> None:
            answer.extend(socket.readAll().data())
            if b"\n" in answer:
                loop.quit()

        socket.connected.connect(on_connected)
        socket.readyRead.connect(on_ready_read)
        socket.errorOccurred.connect(lambda _error: loop.quit())
        socket.disconnected.connect(loop.quit)
        timer = QTimer()
        timer.setSingleShot(True)
        timer.timeout.connect(loop.quit)
        timer.start(timeout_ms)
        socket.connectToServer(server_name(paths))
        if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
            loop.exec()
        timer.stop()
        if socket.bytesAvailable():
            answer.extend(socket.readAll().data())
        socket.abort()
        return bytes(answer) == _REPLY
