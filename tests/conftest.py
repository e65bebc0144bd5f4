"""Fixtures for every test: each test gets its own data and config directories.

No test can touch the developer's real kamdesk data, settings or keyring.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def isolated_user_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Points KAMDESK_DATA_DIR, HOME and the XDG directories at fresh temporary folders."""
    home = tmp_path_factory.mktemp("home")
    data = home / "kamdesk-data"
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(home / "run"))
    (home / "run").mkdir(mode=0o700)
    monkeypatch.setenv("KAMDESK_DATA_DIR", str(data))
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    monkeypatch.delenv("LANGUAGE", raising=False)
    monkeypatch.delenv("LC_ALL", raising=False)
    return data


@pytest.fixture(autouse=True)
def _reset_translator() -> Iterator[None]:
    """Each test starts and ends with source-language (English) messages."""
    from kamdesk import i18n

    i18n.install(None)
    yield
    i18n.install(None)
    # Commands install Qt translators on the shared application: take them off.
    translations = sys.modules.get("kamdesk.ui.translations")
    if translations is not None:
        from PySide6.QtCore import QCoreApplication

        app = QCoreApplication.instance()
        if app is not None:
            translations.uninstall_translations(app)


@pytest.fixture
def hub_on_our_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    """An in-process hub that knows the laptops' clocks are its own (offset 0).

    The hub orders concurrent edits by edit time corrected for each device's
    clock offset, which it measures as its time on receipt minus the client's
    time on sending, so the measurement includes the request's latency. The
    tests' laptops make their edits milliseconds apart, and under load one
    request's latency can exceed that and order the edits at random. Here the
    laptops share the hub's clock, so their true offset, 0, is what the hub
    is told. tests/hub checks the measurement and the ordering with clocks
    minutes apart.
    """
    from kamdesk.hub import service

    def offset_ms(now, client_now):  # type: ignore[no-untyped-def]
        return None if service.parse_time(client_now) is None else 0

    monkeypatch.setattr(service, "_offset_ms", offset_ms)


@pytest.fixture
def data_paths(isolated_user_dirs: Path):  # type: ignore[no-untyped-def]
    """The test's data directory (created)."""
    from kamdesk.paths import DataPaths

    return DataPaths(isolated_user_dirs).ensure()


@pytest.fixture
def store(data_paths):  # type: ignore[no-untyped-def]
    """An open, migrated store in the test's data directory."""
    from kamdesk.store import open_store

    opened = open_store(data_paths)
    yield opened
    opened.close()
