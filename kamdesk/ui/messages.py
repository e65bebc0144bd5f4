"""The window's small modal questions and notices, in one patchable place.

Tests patch these class methods (``monkeypatch.setattr(MessageBoxes, "confirm", ...)``)
instead of running a modal loop (STYLE.md, "Tests").

The window imports this module on its way to the screen, before anything has
gone wrong: ``QMessageBox`` and ``sqlite3`` are imported only once a message
is shown or an error described.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kamdesk.errors import KamdeskError

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget


def describe_error(error: BaseException) -> str:
    """A one-paragraph description of ``error`` for the user."""
    import sqlite3

    if isinstance(error, KamdeskError):
        return error.message()
    if isinstance(error, OSError) and error.strerror:
        return f"{error.strerror}: {error.filename}" if error.filename else error.strerror
    if isinstance(error, sqlite3.Error):
        return str(error)
    return f"{type(error).__name__}: {error}"


class MessageBoxes:
    """Modal message boxes; each returns once the user has answered."""

    @classmethod
    def information(cls, parent: QWidget | None, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(parent, title, text)

    @classmethod
    def warning(cls, parent: QWidget | None, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(parent, title, text)

    @classmethod
    def confirm(cls, parent: QWidget | None, title: str, text: str, accept_label: str) -> bool:
        """Asks a yes/no question whose "yes" button says ``accept_label``; True for yes."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(
            QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent
        )
        accept = box.addButton(accept_label, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() == accept
