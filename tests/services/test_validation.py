"""What reps type or import is parsed the same way everywhere, with a reason when it is wrong."""

from __future__ import annotations

import contextlib
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kamdesk.errors import InvalidInput
from kamdesk.services.validation import (
    Birthday,
    TimeRange,
    clean_text,
    format_phone,
    normalise_email,
    normalise_phone,
    normalise_phones,
    parse_birthday,
    parse_time_range,
    parse_time_ranges,
    required_name,
    validate_timezone,
)


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("13800138000", "+8613800138000"),
        ("138 0013 8000", "+8613800138000"),
        ("+86 138-0013-8000", "+8613800138000"),
        ("0086 13800138000", "+8613800138000"),
        ("１３８００１３８０００", "+8613800138000"),
        ("(021) 5555 1234", "+862155551234"),
        ("021-55551234 转 8021", "+862155551234;ext=8021"),
        ("021 5555 1234 ext. 12", "+862155551234;ext=12"),
        ("+852 2345 6789", "+85223456789"),
        ("+1 650 253 0000", "+16502530000"),
    ],
)
def test_phone_numbers_are_normalised_to_e164_keeping_extensions(typed, stored):
    assert normalise_phone(typed) == stored


@pytest.mark.parametrize("typed", ["", "abc", "1380013800", "+86 12", "138001380001234567"])
def test_an_invalid_phone_number_is_refused_naming_the_field(typed):
    with pytest.raises(InvalidInput) as caught:
        normalise_phone(typed, where="phone")
    assert caught.value.where == "phone"


def test_several_phones_in_one_cell():
    assert normalise_phones("13800138000；021-55551234 / +852 2345 6789") == [
        "+8613800138000",
        "+862155551234",
        "+85223456789",
    ]


def test_phones_display_nationally_at_home_and_internationally_abroad():
    assert format_phone("+862155551234;ext=123") == "021 5555 1234 ext. 123"
    assert format_phone("+85223456789") == "+852 2345 6789"


def test_email_addresses():
    assert normalise_email("  Zhang.Wei@Example.COM ") == "Zhang.Wei@example.com"
    assert normalise_email("") == ""
    for bad in ("zhang", "a@b", "a b@c.com", "@example.com"):
        with pytest.raises(InvalidInput):
            normalise_email(bad)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("09:00-18:00", TimeRange("09:00", "18:00")),
        ("9:00–18:00", TimeRange("09:00", "18:00")),
        ("08:30 ~ 17:30", TimeRange("08:30", "17:30")),
        ("９：００至１８：００", TimeRange("09:00", "18:00")),
        ("12:00到13:30", TimeRange("12:00", "13:30")),
    ],
)
def test_time_ranges_as_people_write_them(typed, expected):
    assert parse_time_range(typed, "work_hours") == expected


@pytest.mark.parametrize("typed", ["18:00-09:00", "09:00", "9-18", "25:00-26:00", "09:00-09:00"])
def test_a_wrong_time_range_is_refused(typed):
    with pytest.raises(InvalidInput) as caught:
        parse_time_range(typed, "work_hours")
    assert caught.value.where == "work_hours"


def test_habitual_times_are_sorted_and_must_not_overlap():
    assert parse_time_ranges("20:00-21:00；07:30-08:00", "habitual_times") == [
        TimeRange("07:30", "08:00"),
        TimeRange("20:00", "21:00"),
    ]
    assert parse_time_ranges("", "habitual_times") == []
    with pytest.raises(InvalidInput):
        parse_time_ranges("20:00-21:00; 20:30-22:00", "habitual_times")


def test_time_zones_are_iana_names():
    assert validate_timezone("Asia/Shanghai") == "Asia/Shanghai"
    for bad in ("", "Beijing", "../../etc/passwd", "Asia/Shanghai\x00"):
        with pytest.raises(InvalidInput):
            validate_timezone(bad)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("1985-08-12", Birthday("solar", 8, 12, 1985)),
        ("08-12", Birthday("solar", 8, 12)),
        ("--08-12", Birthday("solar", 8, 12)),
        ("1985年8月12日", Birthday("solar", 8, 12, 1985)),
        ("02-29", Birthday("solar", 2, 29)),
        ("农历1990-08-15", Birthday("lunar", 8, 15, 1990)),
        ("农历八月十五".replace("八月十五", "8月15日"), Birthday("lunar", 8, 15)),
        ("农历闰4月8日", Birthday("lunar", 4, 8, None, True)),
        ("lunar 2023-L02-10", Birthday("lunar", 2, 10, 2023, True)),
    ],
)
def test_birthdays_on_the_solar_or_the_lunar_calendar(typed, expected):
    assert parse_birthday(typed) == expected


@pytest.mark.parametrize(
    "typed", ["1985-02-30", "13-01", "农历1990-13-01", "农历2024-L02-10", "birthday", "闰4月8日"]
)
def test_impossible_birthdays_are_refused(typed):
    with pytest.raises(InvalidInput):
        parse_birthday(typed)


def test_birthday_storage_round_trips():
    for birthday in (Birthday("solar", 8, 12, 1985), Birthday("lunar", 4, 8, None, True)):
        again = Birthday.from_stored(birthday.stored(), birthday.calendar, birthday.leap_month)
        assert again == birthday


def test_next_lunar_birthday_falls_on_the_right_solar_day():
    mid_autumn = Birthday("lunar", 8, 15)
    assert mid_autumn.next_occurrence(date(2026, 11, 26)) == date(2027, 9, 15)
    assert Birthday("solar", 2, 29).next_occurrence(date(2026, 3, 1)) == date(2028, 2, 29)


def test_names_are_required_and_tidied():
    assert required_name("  华为  技术 ") == "华为 技术"
    with pytest.raises(InvalidInput):
        required_name(" \t ")


@given(st.text())
def test_clean_text_never_keeps_control_characters(text):
    cleaned = clean_text(text)
    assert not any(ord(c) < 32 and c not in "\t\n\r" for c in cleaned)


@given(st.text(max_size=40))
def test_parsers_only_ever_raise_invalid_input(text):
    for parse in (
        normalise_phone,
        normalise_email,
        lambda t: parse_time_ranges(t, "habitual_times"),
        parse_birthday,
        validate_timezone,
    ):
        with contextlib.suppress(InvalidInput):
            parse(text)
