"""Where kamdesk keeps its files.

The data directory comes from ``--data-dir``, else ``KAMDESK_DATA_DIR``, else
the platform's application-data location (``~/.local/share/kamdesk`` on Linux,
``%LOCALAPPDATA%\\kamdesk`` on Windows, ``~/Library/Application Support/kamdesk``
on macOS). Everything of one rep lives under it, so a data directory can be
copied, backed up or pointed at as a whole.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

ENV_DATA_DIR = "KAMDESK_DATA_DIR"


@dataclass(frozen=True)
class DataPaths:
    """The files of one data directory."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / "kamdesk.sqlite3"

    @property
    def settings(self) -> Path:
        return self.root / "settings.json"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def lock(self) -> Path:
        return self.root / "kamdesk.lock"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def drafts(self) -> Path:
        """Report text typed but not yet saved (made when first needed; see services/drafts.py)."""
        return self.root / "drafts"

    def ensure(self) -> DataPaths:
        """Creates the directories; returns ``self``."""
        self.root.mkdir(parents=True, exist_ok=True)
        self.backups.mkdir(exist_ok=True)
        self.logs.mkdir(exist_ok=True)
        return self


def default_data_dir() -> Path:
    """The platform's application-data location for kamdesk."""
    import platformdirs

    return Path(platformdirs.user_data_dir("kamdesk", appauthor=False, roaming=False))


def resolve_data_dir(option: str | os.PathLike[str] | None = None) -> DataPaths:
    """``--data-dir`` first, then ``KAMDESK_DATA_DIR``, then the platform default."""
    if option:
        root = Path(option)
    elif os.environ.get(ENV_DATA_DIR):
        root = Path(os.environ[ENV_DATA_DIR])
    else:
        root = default_data_dir()
    return DataPaths(root.expanduser().absolute())


def resources_dir() -> Path:
    """The shipped content (``resources/`` in the source tree, ``kamdesk/resources`` installed)."""
    from importlib.resources import files

    return Path(str(files("kamdesk.resources")))
