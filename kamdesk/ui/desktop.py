"""Hand-overs to the desktop (file manager). Tests patch :func:`open_folder`."""

from __future__ import annotations

from pathlib import Path


def open_folder(path: Path) -> bool:
    """Shows ``path`` in the system's file manager; False if none could be started."""
    # Imported here: the window imports this module before it shows, and needs it later.
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
