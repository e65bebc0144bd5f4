"""Which pre-visit briefings have popped up already, kept across a restart.

The window pops a visit's briefing by itself once, N minutes before it
starts (:func:`kamdesk.services.briefing.due_briefings`). What was shown is
kept in a small JSON file in the data directory (``briefings_shown.json``):
``{"version": 1, "shown": {visit_id: start ISO 8601}}``. A visit moved to
another time pops again before its new start; entries of visits that started
long ago are dropped when the file is written.

The file is not precious: one that cannot be read counts as empty (at worst a
briefing pops a second time) and is replaced on the next write, which is
atomic (a temporary file, then a rename).
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from collections.abc import Sequence
from datetime import datetime, timedelta
from pathlib import Path
from typing import Final

#: The file's name in the data directory.
FILE_NAME: Final = "briefings_shown.json"
#: Entries of visits that started longer ago than this are dropped.
KEEP_FOR: Final = timedelta(days=2)
_VERSION: Final = 1

_log = logging.getLogger(__name__)


def read_shown(path: Path) -> dict[str, datetime]:
    """The visits whose briefing was shown, with the start it was shown for.

    A missing or unreadable file gives ``{}`` (an unreadable one is logged).
    """
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        _log.warning("Ignoring %s: %s", path, exc)
        return {}
    shown = data.get("shown") if isinstance(data, dict) else None
    if not isinstance(shown, dict):
        _log.warning("Ignoring %s: no 'shown' object", path)
        return {}
    result: dict[str, datetime] = {}
    for visit_id, start in shown.items():
        try:
            moment = datetime.fromisoformat(start)
        except (TypeError, ValueError):
            continue
        if moment.tzinfo is not None:
            result[str(visit_id)] = moment
    return result


def write_shown(path: Path, shown: dict[str, datetime]) -> None:
    """Writes ``shown`` atomically."""
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(
        {"version": _VERSION, "shown": {k: v.isoformat() for k, v in sorted(shown.items())}},
        indent=1,
    )
    fd, tmp = tempfile.mkstemp(prefix=".briefings-", suffix=".json", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text + "\n")
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def take_unshown(
    path: Path, due: Sequence[tuple[str, datetime]], now: datetime
) -> list[tuple[str, datetime]]:
    """The visits of ``due`` whose briefing was not shown for that start; marks them shown.

    Args:
        path: the state file.
        due: ``(visit id, start)`` pairs, as ``due_briefings`` gives them.
        now: the moment of the check (aware); entries older than
            :data:`KEEP_FOR` before it are dropped.

    Returns:
        The pairs to show now, in the order of ``due``. The file is written
        only when something changed; a failed write is logged and the pairs
        are still returned (better a second pop-up after a restart than none).
    """
    shown = read_shown(path)
    fresh = [(visit_id, start) for visit_id, start in due if shown.get(visit_id) != start]
    kept = {k: v for k, v in shown.items() if v >= now - KEEP_FOR}
    for visit_id, start in fresh:
        kept[visit_id] = start
    if fresh or len(kept) != len(shown):
        try:
            write_shown(path, kept)
        except OSError as exc:
            _log.warning("Cannot write %s: %s", path, exc)
    return fresh
