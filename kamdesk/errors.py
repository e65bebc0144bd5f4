"""Errors the user sees, each with a message in the user's language.

Lower layers raise these with codes and facts; :meth:`KamdeskError.message`
turns them into words through :func:`kamdesk.i18n.translate` at the moment
they are shown, so the language is the one in force then.
"""

from __future__ import annotations

import enum
from pathlib import Path

from kamdesk.i18n import join_sentences, translate


class KamdeskError(Exception):
    """An error with a clear message for the user; the command line exits with ``exit_code``."""

    exit_code = 1

    def message(self) -> str:
        return str(self)


class UsageError(KamdeskError):
    """The command line was used wrongly."""

    exit_code = 2


class InvalidInput(KamdeskError):
    """Input that cannot be accepted: ``where`` names the place, ``reason`` says what is wrong."""

    def __init__(self, where: str, reason: str) -> None:
        super().__init__(f"{where}: {reason}")
        self.where = where
        self.reason = reason

    def message(self) -> str:
        return f"{self.where}: {self.reason}"


class NotFound(KamdeskError):
    """A named thing (account, contact, visit, file) does not exist."""

    def __init__(self, what: str) -> None:
        super().__init__(what)
        self.what = what

    def message(self) -> str:
        return translate("errors", "Not found: %1").replace("%1", self.what)


class StoreProblemKind(enum.Enum):
    """Why the local database cannot be opened."""

    CORRUPT = "corrupt"
    NOT_A_DATABASE = "not_a_database"
    UNREADABLE = "unreadable"
    LOCKED = "locked"
    TOO_NEW = "too_new"
    EMPTY_FILE = "empty_file"


class StoreProblem(KamdeskError):
    """The database file cannot be used; the file itself is left untouched.

    Attributes:
        kind: what is wrong.
        path: the database file.
        detail: a technical detail (SQLite's message, the unknown revision, the other process).
        latest_backup: the newest backup that can be restored, if any.
    """

    def __init__(
        self,
        kind: StoreProblemKind,
        path: Path,
        detail: str = "",
        latest_backup: Path | None = None,
    ) -> None:
        super().__init__(f"{kind.value}: {path}: {detail}")
        self.kind = kind
        self.path = path
        self.detail = detail
        self.latest_backup = latest_backup

    def what_happened(self) -> str:
        k = StoreProblemKind
        texts = {
            k.CORRUPT: translate("errors", "The database %1 is damaged (%2)."),
            k.NOT_A_DATABASE: translate("errors", "The file %1 is not a kamdesk database (%2)."),
            k.UNREADABLE: translate("errors", "The database %1 cannot be read (%2)."),
            k.LOCKED: translate(
                "errors", "The data folder of %1 is in use by another kamdesk (%2)."
            ),
            k.TOO_NEW: translate(
                "errors", "The database %1 was written by a newer version of kamdesk (%2)."
            ),
            k.EMPTY_FILE: translate("errors", "The database %1 is an empty file (%2)."),
        }
        return texts[self.kind].replace("%1", str(self.path)).replace("%2", self.detail)

    def what_to_do(self) -> str:
        k = StoreProblemKind
        if self.kind is k.LOCKED:
            return translate("errors", "Close the other kamdesk window or command, then try again.")
        if self.kind is k.UNREADABLE:
            advice = translate(
                "errors", "Check that the file exists and that you may read and write it."
            )
        elif self.kind is k.TOO_NEW:
            advice = translate("errors", "Install the newer version of kamdesk to open it.")
        else:
            advice = translate("errors", "The file was left as it is.")
        if self.latest_backup is not None:
            offer = translate("errors", "You can restore the latest backup: kamdesk restore %1")
            return join_sentences(advice, offer.replace("%1", str(self.latest_backup)))
        return join_sentences(advice, translate("errors", "There is no backup to restore."))

    def message(self) -> str:
        return join_sentences(self.what_happened(), self.what_to_do())
