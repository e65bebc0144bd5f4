"""Parsing and checking of what reps type or import: phones, e-mails, times, zones, birthdays.

Every function returns the normalised value or raises
:class:`~kamdesk.errors.InvalidInput` whose ``where`` is the field's code
(``phone``, ``email``, ``work_hours``...) and whose reason is in the user's
language. Services and the import use the same functions, so a value the
dialog refuses is refused by the import too, with the same words.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from kamdesk.errors import InvalidInput
from kamdesk.i18n import translate

DEFAULT_REGION = "CN"

_EXTENSION = re.compile(r"\s*(?:转|分机|ext\.?|extension|x|#)\s*(\d{1,6})\s*$", re.IGNORECASE)
_EMAIL = re.compile(r"^[^@\s]{1,64}@[^@\s.]+(?:\.[^@\s.]+)+$")
_TIME = re.compile(r"^(\d{1,2})[:：.](\d{2})$")
_RANGE_SEPARATOR = re.compile(r"\s*(?:-|–|—|~|～|至|到)\s*")
_LIST_SEPARATOR = re.compile(r"\s*[;；,，、/]\s*")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean_text(value: str) -> str:
    """Text as stored: NFC, no control characters except tab and newlines, trimmed."""
    return _CONTROL.sub("", unicodedata.normalize("NFC", value)).strip()


def required_name(value: str, where: str = "name") -> str:
    """A name that must not be empty."""
    cleaned = " ".join(clean_text(value).split())
    if not cleaned:
        raise InvalidInput(where, translate("validation", "A name is required."))
    if len(cleaned) > 200:
        raise InvalidInput(
            where, translate("validation", "A name may have at most 200 characters.")
        )
    return cleaned


def normalise_phone(value: str, region: str = DEFAULT_REGION, where: str = "phone") -> str:
    """A phone number in E.164 (``+8613800138000``), with ``;ext=123`` when it has an extension.

    Accepts what people write: spaces, dashes, brackets, full-width digits,
    ``+86``/``0086``, and an extension after 转, 分机, ext or x.
    """
    import phonenumbers

    text = unicodedata.normalize("NFKC", value).strip()
    if not text:
        raise InvalidInput(where, translate("validation", "The phone number is empty."))
    extension = ""
    match = _EXTENSION.search(text)
    if match:
        extension = match.group(1)
        text = text[: match.start()]
    if text.startswith("00"):
        text = "+" + text[2:]
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        raise InvalidInput(
            where, translate("validation", "%1 is not a phone number.").replace("%1", value)
        ) from None
    if not phonenumbers.is_possible_number(number) or not phonenumbers.is_valid_number(number):
        raise InvalidInput(
            where,
            translate("validation", "%1 is not a valid phone number.").replace("%1", value),
        )
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    extension = extension or (number.extension or "")
    return f"{e164};ext={extension}" if extension else e164


def format_phone(stored: str, home_region: str = DEFAULT_REGION) -> str:
    """A stored phone number for display: national form at home, international abroad."""
    import phonenumbers

    number_text, _, extension = stored.partition(";ext=")
    try:
        number = phonenumbers.parse(number_text, None)
    except phonenumbers.NumberParseException:
        return stored
    style = (
        phonenumbers.PhoneNumberFormat.NATIONAL
        if phonenumbers.region_code_for_number(number) == home_region
        else phonenumbers.PhoneNumberFormat.INTERNATIONAL
    )
    shown = phonenumbers.format_number(number, style)
    if extension:
        shown += " " + translate("validation", "ext. %1").replace("%1", extension)
    return shown


def normalise_phones(value: str, region: str = DEFAULT_REGION, where: str = "phone") -> list[str]:
    """Several phone numbers separated by ``;`` ``,`` ``/`` (or their full-width forms)."""
    parts = [p for p in _LIST_SEPARATOR.split(value.strip()) if p.strip()]
    return [normalise_phone(p, region, where) for p in parts]


def normalise_email(value: str, where: str = "email") -> str:
    """An e-mail address, trimmed and with the domain in lower case; empty stays empty."""
    text = unicodedata.normalize("NFKC", value).strip()
    if not text:
        return ""
    if not _EMAIL.match(text):
        raise InvalidInput(
            where, translate("validation", "%1 is not an e-mail address.").replace("%1", value)
        )
    local, _, domain = text.rpartition("@")
    return f"{local}@{domain.lower()}"


def parse_time(value: str, where: str) -> str:
    """``9:00``, ``09:00``, ``09：00`` -> ``"09:00"``."""
    text = unicodedata.normalize("NFKC", value).strip()
    match = _TIME.match(text)
    if match:
        hours, minutes = int(match.group(1)), int(match.group(2))
        if hours <= 23 and minutes <= 59:
            return f"{hours:02d}:{minutes:02d}"
        if hours == 24 and minutes == 0:
            return "24:00"
    raise InvalidInput(
        where, translate("validation", "%1 is not a time of day (HH:MM).").replace("%1", value)
    )


@dataclass(frozen=True)
class TimeRange:
    """A daily time range [start, end) as ``"HH:MM"`` texts."""

    start: str
    end: str

    def __str__(self) -> str:
        return f"{self.start}-{self.end}"


def parse_time_range(value: str, where: str) -> TimeRange:
    """``"09:00-18:00"`` (also with –, ~, 至, 到) -> TimeRange; the end must come after the start."""
    text = unicodedata.normalize("NFKC", value).strip()
    parts = _RANGE_SEPARATOR.split(text)
    if len(parts) != 2:
        raise InvalidInput(
            where,
            translate("validation", "%1 is not a time range like 09:00-18:00.").replace(
                "%1", value
            ),
        )
    start, end = parse_time(parts[0], where), parse_time(parts[1], where)
    if end <= start:
        raise InvalidInput(
            where,
            translate("validation", "In %1 the end must come after the start.").replace(
                "%1", value
            ),
        )
    return TimeRange(start, end)


def parse_time_ranges(value: str, where: str) -> list[TimeRange]:
    """Several ranges separated by ``;`` (or ，、), in order, without overlaps."""
    text = value.strip()
    if not text:
        return []
    ranges = sorted(
        (parse_time_range(p, where) for p in re.split(r"\s*[;；,，、]\s*", text) if p.strip()),
        key=lambda r: r.start,
    )
    for earlier, later in itertools.pairwise(ranges):
        if later.start < earlier.end:
            raise InvalidInput(
                where,
                translate("validation", "The times %1 and %2 overlap.")
                .replace("%1", str(earlier))
                .replace("%2", str(later)),
            )
    return ranges


def validate_timezone(value: str, where: str = "timezone") -> str:
    """An IANA time-zone name such as ``Asia/Shanghai``."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    name = value.strip()
    try:
        if not name or "\x00" in name:
            raise ValueError(name)
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise InvalidInput(
            where,
            translate(
                "validation", "%1 is not a time zone (use a name like Asia/Shanghai)."
            ).replace("%1", value),
        ) from None
    return name


@dataclass(frozen=True)
class Birthday:
    """A birthday on the solar (Gregorian) or the Chinese lunar calendar; the year may be unknown."""

    calendar: str  # solar | lunar
    month: int
    day: int
    year: int | None = None
    leap_month: bool = False

    def stored(self) -> str:
        """``YYYY-MM-DD`` or ``--MM-DD``; a lunar leap month is kept in ``leap_month``."""
        head = f"{self.year:04d}" if self.year else "-"
        return f"{head}-{self.month:02d}-{self.day:02d}"

    @classmethod
    def from_stored(cls, text: str, calendar: str, leap_month: bool = False) -> Birthday:
        year_text, month_text, day_text = text[:-6], text[-5:-3], text[-2:]
        year = int(year_text) if year_text not in ("", "-") else None
        return cls(calendar, int(month_text), int(day_text), year, leap_month)

    def next_occurrence(self, after: date) -> date:
        """The first day on or after ``after`` that is this birthday, on the solar calendar."""
        if self.calendar == "solar":
            for year in range(after.year, after.year + 9):
                try:
                    candidate = date(year, self.month, self.day)
                except ValueError:
                    continue  # 29 February outside a leap year
                if candidate >= after:
                    return candidate
            raise ValueError(self)
        from lunardate import LunarDate

        lunar_year = LunarDate.from_solar_date(after.year, after.month, after.day).year
        for year in range(lunar_year - 1, lunar_year + 3):
            for leap in (True, False) if self.leap_month else (False,):
                day = self.day
                while day >= 28:
                    try:
                        candidate = LunarDate(year, self.month, day, leap).to_solar_date()
                        break
                    except ValueError:
                        day -= 1  # the 30th in a short month: celebrate on the 29th
                else:
                    try:
                        candidate = LunarDate(year, self.month, day, leap).to_solar_date()
                    except ValueError:
                        continue
                if candidate >= after:
                    return candidate
        raise ValueError(self)


_CN_DATE = re.compile(r"^(?:(\d{4})\s*年)?\s*(闰)?\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?$")
_ISO_DATE = re.compile(r"^(?:(\d{4})[-/.])?(L)?(\d{1,2})[-/.](\d{1,2})$", re.IGNORECASE)


def parse_birthday(
    value: str, calendar: str | None = None, where: str = "birthday"
) -> Birthday | None:
    """Parses ``1985-08-12``, ``08-12``, ``1985年8月12日``, ``农历1985-08-12``, ``农历闰4月8日``...

    A ``农历``/``阴历``/``lunar`` prefix (or ``calendar="lunar"``) makes it lunar.
    An empty value gives ``None``.
    """
    text = unicodedata.normalize("NFKC", value).strip()
    if not text:
        return None
    lunar = calendar == "lunar"
    for prefix in ("农历", "阴历", "lunar:", "lunar"):
        if text.lower().startswith(prefix):
            lunar = True
            text = text[len(prefix) :].strip()
            break
    if text.startswith("--"):
        text = text[2:]
    match = _CN_DATE.match(text) or _ISO_DATE.match(text)
    if not match:
        raise InvalidInput(
            where,
            translate(
                "validation", "%1 is not a date (use 1985-08-12, 08-12 or 农历1985-08-12)."
            ).replace("%1", value),
        )
    year = int(match.group(1)) if match.group(1) else None
    leap = bool(match.group(2))
    month, day = int(match.group(3)), int(match.group(4))
    invalid = InvalidInput(
        where, translate("validation", "%1 is not a day of the calendar.").replace("%1", value)
    )
    if leap and not lunar:
        raise invalid
    if year is not None and not 1900 <= year <= date.today().year:
        raise InvalidInput(
            where,
            translate("validation", "The year of %1 is out of range.").replace("%1", value),
        )
    if lunar:
        if not (1 <= month <= 12 and 1 <= day <= 30):
            raise invalid
        if year is not None:
            from lunardate import LunarDate

            try:
                LunarDate(year, month, day, leap).to_solar_date()
            except ValueError:
                raise invalid from None
        return Birthday("lunar", month, day, year, leap)
    try:
        date(year or 2000, month, day)  # 2000 is a leap year: 29 February is fine without a year
    except ValueError:
        raise invalid from None
    return Birthday("solar", month, day, year)
