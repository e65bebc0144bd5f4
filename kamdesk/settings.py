"""The rep's settings: one typed, versioned object in ``settings.json``.

The file is written atomically (a temporary file, then a rename), so a crash
never leaves half a file. A file that cannot be read is reported with its
path and the reason, and is never overwritten by the defaults.
"""

from __future__ import annotations

import dataclasses
import json
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kamdesk.errors import InvalidInput
from kamdesk.i18n import LANGUAGES, translate

SETTINGS_VERSION = 1

_HHMM_LEN = 5


def parse_hhmm(text: str) -> tuple[int, int]:
    """``"09:30"`` -> ``(9, 30)``; raises ValueError for anything else."""
    if len(text) != _HHMM_LEN or text[2] != ":":
        raise ValueError(text)
    hours, minutes = int(text[:2]), int(text[3:])
    if not (0 <= hours <= 23 and 0 <= minutes <= 59):
        raise ValueError(text)
    return hours, minutes


@dataclass(frozen=True)
class Settings:
    """Everything the rep sets once: who they are, their working day, their language.

    ``language`` is ``"system"`` (follow the system locale), ``"zh_CN"`` or ``"en"``.
    ``ui_state`` holds opaque window state (geometry) that the UI saves.
    """

    version: int = SETTINGS_VERSION
    rep_name: str = ""
    company: str = ""
    offer: str = ""
    work_start: str = "09:00"
    work_end: str = "18:00"
    lunch_start: str = "12:00"
    lunch_end: str = "13:30"
    timezone: str = "Asia/Shanghai"
    language: str = "system"
    #: A PNG or JPEG printed on the visit reports' letterhead ("" for none).
    logo_path: str = ""
    #: New contacts keep their personality observations and style on this
    #: laptop (``Contact.keep_local``): personal data about a third person
    #: stays private unless the rep chooses to share it.
    keep_personality_local_default: bool = True
    #: The rep's own personality assessment, in the shape of
    #: :func:`kamdesk.services.personality.assessment_to_json` ({} for none).
    rep_personality: dict[str, Any] = field(default_factory=dict)
    #: Show the pre-visit briefing this many minutes before a planned visit
    #: (0 to :data:`MAX_BRIEFING_LEAD_MINUTES`; 0: never by itself).
    briefing_lead_minutes: int = 30
    ui_state: dict[str, str] = field(default_factory=dict)

    def validate(self) -> None:
        """Raises :class:`InvalidInput` naming the first field that is wrong."""
        for name in ("work_start", "work_end", "lunch_start", "lunch_end"):
            value = getattr(self, name)
            try:
                parse_hhmm(value)
            except (ValueError, TypeError):
                raise InvalidInput(
                    name,
                    translate("settings", "not a time of day (HH:MM): %1").replace(
                        "%1", str(value)
                    ),
                ) from None
        if parse_hhmm(self.work_start) >= parse_hhmm(self.work_end):
            raise InvalidInput(
                "work_end", translate("settings", "the working day must end after it starts")
            )
        if parse_hhmm(self.lunch_start) >= parse_hhmm(self.lunch_end):
            raise InvalidInput(
                "lunch_end", translate("settings", "the lunch break must end after it starts")
            )
        if not isinstance(self.keep_personality_local_default, bool):
            raise InvalidInput(
                "keep_personality_local_default",
                translate("settings", "not yes or no: %1").replace(
                    "%1", str(self.keep_personality_local_default)
                ),
            )
        if not isinstance(self.rep_personality, dict):
            raise InvalidInput("rep_personality", translate("settings", "not an assessment"))
        if self.rep_personality:
            # Imported here: the personality service imports this module.
            from kamdesk.services.personality import check_stored_rep_personality

            check_stored_rep_personality(self.rep_personality)
        lead = self.briefing_lead_minutes
        if (
            isinstance(lead, bool)
            or not isinstance(lead, int)
            or not 0 <= lead <= MAX_BRIEFING_LEAD_MINUTES
        ):
            raise InvalidInput(
                "briefing_lead_minutes",
                translate("settings", "not a number of minutes from 0 to %1: %2")
                .replace("%1", str(MAX_BRIEFING_LEAD_MINUTES))
                .replace("%2", str(lead)),
            )
        if self.language != "system" and self.language not in LANGUAGES:
            raise InvalidInput(
                "language",
                translate("settings", "unknown language %1 (use system, zh_CN or en)").replace(
                    "%1", self.language
                ),
            )
        try:
            from zoneinfo import ZoneInfo

            ZoneInfo(self.timezone)
        except (ValueError, KeyError, OSError):
            raise InvalidInput(
                "timezone",
                translate("settings", "unknown time zone %1").replace("%1", self.timezone),
            ) from None

    def replace(self, **changes: Any) -> Settings:
        """A copy with ``changes``, validated.

        A new ``logo_path`` must name a PNG or JPEG file that can be read; it is
        kept as an absolute path. (Loading does not check the file again: a logo
        that went missing later is only left off the reports.)
        """
        for name in _BOOL_FIELDS:
            if isinstance(changes.get(name), str):
                changes[name] = _read_bool(name, changes[name])
        for name in _INT_FIELDS:
            if isinstance(changes.get(name), str):
                changes[name] = _read_int(name, changes[name])
        logo = changes.get("logo_path")
        if isinstance(logo, str) and logo.strip() and logo != self.logo_path:
            changes["logo_path"] = check_logo(logo)
        elif isinstance(logo, str) and not logo.strip():
            changes["logo_path"] = ""
        updated = dataclasses.replace(self, **changes)
        updated.validate()
        return updated


#: Yes/no settings; :meth:`Settings.replace` also reads them as text (the command line).
_BOOL_FIELDS: tuple[str, ...] = ("keep_personality_local_default",)
#: Whole-number settings; :meth:`Settings.replace` also reads them as text.
_INT_FIELDS: tuple[str, ...] = ("briefing_lead_minutes",)
#: The longest lead of the pre-visit briefing (four hours).
MAX_BRIEFING_LEAD_MINUTES = 240
_TRUE_WORDS = frozenset({"true", "yes", "y", "1", "on", "是"})
_FALSE_WORDS = frozenset({"false", "no", "n", "0", "off", "否"})


def _read_bool(name: str, text: str) -> bool:
    word = text.strip().casefold()
    if word in _TRUE_WORDS:
        return True
    if word in _FALSE_WORDS:
        return False
    raise InvalidInput(name, translate("settings", "not yes or no: %1").replace("%1", text))


def _read_int(name: str, text: str) -> int:
    try:
        return int(text.strip())
    except ValueError:
        raise InvalidInput(
            name, translate("settings", "not a whole number: %1").replace("%1", text)
        ) from None


_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_JPEG_SIGNATURE = b"\xff\xd8\xff"


def check_logo(path: str) -> str:
    """The absolute path of a logo file that exists and is a PNG or JPEG image ReportLab reads.

    Raises:
        InvalidInput: naming ``logo_path`` and what is wrong with the file.
    """
    target = Path(path).expanduser()
    try:
        target = target.resolve()
        with target.open("rb") as handle:
            head = handle.read(8)
    except FileNotFoundError:
        raise InvalidInput(
            "logo_path", translate("settings", "no such file: %1").replace("%1", path)
        ) from None
    except OSError as exc:
        raise InvalidInput(
            "logo_path",
            translate("settings", "cannot read %1 (%2)")
            .replace("%1", path)
            .replace("%2", exc.strerror or str(exc)),
        ) from None
    if not (head.startswith(_PNG_SIGNATURE) or head.startswith(_JPEG_SIGNATURE)):
        raise InvalidInput(
            "logo_path",
            translate("settings", "%1 is not a PNG or JPEG image").replace("%1", path),
        )
    try:
        from reportlab.lib.utils import ImageReader

        width, height = ImageReader(str(target)).getSize()
    except Exception:  # whatever the image library finds wrong in a damaged file
        width = height = 0
    if width < 1 or height < 1:
        raise InvalidInput(
            "logo_path",
            translate("settings", "%1 is a damaged image that cannot be read").replace("%1", path),
        )
    return str(target)


EDITABLE_FIELDS: tuple[str, ...] = tuple(
    f.name
    for f in dataclasses.fields(Settings)
    if f.name not in ("version", "ui_state", "rep_personality")
)
#: The type each stored setting must have in the file; the others are text.
_FILE_TYPES: dict[str, type] = {
    "version": int,
    "ui_state": dict,
    "rep_personality": dict,
    "keep_personality_local_default": bool,
    "briefing_lead_minutes": int,
}


def _upgrade(data: dict[str, Any]) -> dict[str, Any]:
    """Brings an older settings file to :data:`SETTINGS_VERSION` (version 1 is the first)."""
    return data


def load_settings(path: Path) -> Settings:
    """Reads the settings; a missing file gives the defaults.

    Raises:
        InvalidInput: the file is unreadable, not JSON, from a newer kamdesk,
            or holds an invalid value. The file is left as it is.
    """
    if not path.exists():
        return Settings()
    where = str(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise InvalidInput(where, exc.strerror or str(exc)) from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InvalidInput(
            where, translate("settings", "not a valid settings file (%1)").replace("%1", str(exc))
        ) from None
    if not isinstance(data, dict):
        raise InvalidInput(
            where,
            translate("settings", "not a valid settings file (%1)").replace("%1", "not an object"),
        )
    version = data.get("version", 1)
    if not isinstance(version, int) or version > SETTINGS_VERSION:
        raise InvalidInput(
            where,
            translate("settings", "written by a newer kamdesk (settings version %1)").replace(
                "%1", str(version)
            ),
        )
    data = _upgrade(data)
    known = {f.name: f for f in dataclasses.fields(Settings)}
    values: dict[str, Any] = {}
    for key, value in data.items():
        if key not in known:
            continue  # a setting an older kamdesk wrote and this one dropped
        expected = _FILE_TYPES.get(key, str)
        if not isinstance(value, expected):
            raise InvalidInput(
                f"{where}: {key}",
                translate("settings", "has the wrong type (%1)").replace(
                    "%1", type(value).__name__
                ),
            )
        values[key] = value
    values["version"] = SETTINGS_VERSION
    settings = Settings(**values)
    try:
        settings.validate()
    except InvalidInput as exc:
        raise InvalidInput(f"{where}: {exc.where}", exc.reason) from None
    return settings


def save_settings(path: Path, settings: Settings) -> None:
    """Validates and writes the settings atomically."""
    settings.validate()
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(dataclasses.asdict(settings), ensure_ascii=False, indent=2, sort_keys=True)
    fd, tmp = tempfile.mkstemp(prefix=".settings-", suffix=".json", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text + "\n")
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
