"""Why a sync or a sign-in did not happen, in words for the rep.

Each error says what happened and what to do; none of them loses a pending
change (the outbox is kept in every case). ``exit_code`` is what ``kamdesk
sync`` and ``kamdesk login`` exit with (docs/cli.md).
"""

from __future__ import annotations

from kamdesk.errors import KamdeskError
from kamdesk.i18n import join_sentences, translate


class SyncError(KamdeskError):
    """A sync (or sign-in) that could not finish; nothing pending was lost."""

    exit_code = 1

    def __init__(self, detail: str = "") -> None:
        super().__init__(detail)
        self.detail = detail


class NotSignedIn(SyncError):
    """No hub or user is known for this data directory yet."""

    exit_code = 3

    def message(self) -> str:
        return translate(
            "sync", "Not signed in to a hub yet. Sign in first: kamdesk login --hub URL --user NAME"
        )


class SignInRequired(SyncError):
    """The hub refused the device token (revoked, unknown), or the keyring has none."""

    exit_code = 3

    def __init__(self, detail: str = "", *, revoked: bool = False) -> None:
        super().__init__(detail)
        self.revoked = revoked

    def message(self) -> str:
        if self.revoked:
            happened = translate("sync", "The hub no longer accepts this computer (revoked).")
        else:
            happened = translate("sync", "The hub did not accept the sign-in of this computer.")
        return join_sentences(
            happened,
            translate(
                "sync", "Sign in again; your unsynced changes are kept and will be sent then."
            ),
        )


class WrongPassword(SyncError):
    """Login refused: wrong user name or password."""

    exit_code = 3

    def message(self) -> str:
        return translate("sync", "Wrong user name or password.")


class NoKeyring(SyncError):
    """No usable OS keyring: the device token cannot be kept anywhere safe."""

    exit_code = 1

    def message(self) -> str:
        return join_sentences(
            translate(
                "sync",
                "No keyring is available on this computer, so the sign-in cannot be kept safely.",
            ),
            translate(
                "sync",
                "Nothing was stored. Set up the system keyring (for example GNOME Keyring or "
                "KWallet) and sign in again.",
            ),
        )


class DemoDataPresent(SyncError):
    """The data directory holds demo data, which must never reach the office hub."""

    exit_code = 1

    def __init__(self, accounts: int) -> None:
        super().__init__(f"{accounts} demo accounts")
        self.accounts = accounts

    def message(self) -> str:
        return join_sentences(
            translate(
                "sync",
                "This data folder holds demo data (demo accounts: %1), which must not go to "
                "the office hub, so it does not sync.",
            ).replace("%1", str(self.accounts)),
            translate(
                "sync",
                "Remove the demo data first (Help ▸ Remove demo data, or kamdesk demo "
                "--remove); your own accounts stay.",
            ),
        )


class UserRevoked(SyncError):
    """Login refused: the hub revoked this user name."""

    exit_code = 3

    def message(self) -> str:
        return translate(
            "sync", "The hub no longer accepts this user name (revoked). Ask the office about it."
        )


class TooManySignInAttempts(SyncError):
    """Login refused for a while after too many failed sign-ins (HTTP 429)."""

    def __init__(self, detail: str = "", *, retry_after: int | None = None) -> None:
        super().__init__(detail)
        self.retry_after = retry_after

    def message(self) -> str:
        seconds = self.retry_after  # lupdate reads a plural's count only as a plain name
        if seconds is None:
            return translate(
                "sync", "Too many failed sign-ins. Wait a few minutes, then try again."
            )
        return translate(
            "sync", "Too many failed sign-ins. Wait %n second(s), then try again.", "", seconds
        )


class UpgradeRequired(SyncError):
    """The hub and this version of kamdesk cannot sync together; work goes on offline.

    ``hub_outdated``: the hub is the older side (it must be updated, not kamdesk).
    """

    exit_code = 4

    def __init__(self, detail: str = "", *, hub_outdated: bool = False) -> None:
        super().__init__(detail)
        self.hub_outdated = hub_outdated

    def message(self) -> str:
        if self.hub_outdated:
            text = translate(
                "sync",
                "The hub is older than this version of kamdesk and must be updated by the office. "
                "Until then you can keep working here and your changes wait to be synced.",
            )
        else:
            text = translate(
                "sync",
                "The hub needs a newer version of kamdesk. Install the update; until then you can "
                "keep working here and your changes wait to be synced.",
            )
        return join_sentences(text, self.detail) if self.detail else text


class HubUnreachable(SyncError):
    """The hub could not be reached (network, hub down)."""

    def message(self) -> str:
        return join_sentences(
            translate("sync", "The hub cannot be reached (%1).").replace("%1", self.detail),
            translate("sync", "Your changes are kept; sync again when you are in the office."),
        )


class HubFailed(SyncError):
    """The hub answered with an error it did not explain as a protocol case."""

    def message(self) -> str:
        return join_sentences(
            translate("sync", "The hub reported an error: %1").replace("%1", self.detail),
            translate("sync", "Your changes are kept; try again later."),
        )


class LocalStoreBusy(SyncError):
    """The local database stayed locked by another writer longer than the busy timeout."""

    def message(self) -> str:
        return translate(
            "sync", "The data on this laptop was busy with other work; sync again in a moment."
        )


class SyncBusy(SyncError):
    """Another sync of this data directory is running."""

    exit_code = 5

    def message(self) -> str:
        return translate("sync", "A sync of this data folder is already running.")


class SyncCancelled(SyncError):
    """The sync was cancelled between two steps; what was done is kept."""

    exit_code = 130

    def message(self) -> str:
        return translate(
            "sync", "Sync cancelled. What was already synced is kept; the rest waits for next time."
        )
