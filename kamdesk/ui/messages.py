"""The window's small modal questions and notices, in one patchable place.

Tests patch these class methods (``monkeypatch.setattr(MessageBoxes, "confirm", ...)``)
instead of running a modal loop (STYLE.md, "Tests").
"""

from __future__ import annotations

import sqlite3

from PySide6.QtWidgets import QMessageBox, QWidget

from kamdesk.errors import KamdeskError


def describe_error(error: BaseException) -> str:
    """A one-paragraph description of ``error`` for the user."""
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
        QMessageBox.information(parent, title, text)

    @classmethod
    def warning(cls, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.warning(parent, title, text)

    @classmethod
    def confirm(cls, parent: QWidget | None, title: str, text: str, accept_label: str) -> bool:
        """Asks a yes/no question whose "yes" button says ``accept_label``; True for yes."""
        box = QMessageBox(
            QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent
        )
        accept = box.addButton(accept_label, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() == accept
