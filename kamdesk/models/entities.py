"""The synced entities of the client book (DESIGN.md, "Data model").

Children refer to their account by ``account_id`` without an enforced
foreign key: rows arrive from the hub in its commit order, and a child edited
before its parent's latest edit can arrive first. Services keep the
references right; tombstones cascade in the services that delete.

Enumerated values are stored as their stable English codes (``loyal``,
``cold_visit``); the UI turns them into words.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, ClassVar

from sqlalchemy import Boolean, Float, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from kamdesk.models.base import Base, SyncedMixin


class Account(SyncedMixin, Base):
    """A client company (客户)."""

    __tablename__ = "accounts"
    entity: ClassVar[str] = "account"

    owner_id: Mapped[str | None] = mapped_column(String(36))
    #: user names of the other reps who may see and edit it (migration 0008)
    shared_with: Mapped[list[str]] = mapped_column(default=list, server_default="[]")
    name: Mapped[str] = mapped_column(Text)
    short_name: Mapped[str] = mapped_column(Text, default="")
    industry: Mapped[str] = mapped_column(Text, default="")
    region: Mapped[str] = mapped_column(Text, default="")
    address: Mapped[str] = mapped_column(Text, default="")
    phones: Mapped[list[str]] = mapped_column(default=list)
    website: Mapped[str] = mapped_column(Text, default="")
    #: industry | regional | potential
    category: Mapped[str | None] = mapped_column(String(16))
    #: loyal | fast_growing | sleeping | worth_cultivating
    lifecycle_class: Mapped[str | None] = mapped_column(String(24))
    tier: Mapped[str | None] = mapped_column(String(8))
    score: Mapped[float | None] = mapped_column(Float)
    milestone: Mapped[str | None] = mapped_column(String(32))
    #: own | online | map | referral
    source: Mapped[str | None] = mapped_column(String(16))
    background: Mapped[str] = mapped_column(Text, default="")
    organisation_notes: Mapped[str] = mapped_column(Text, default="")
    biggest_project: Mapped[str] = mapped_column(Text, default="")
    competitors: Mapped[str] = mapped_column(Text, default="")
    #: days without contact after which the account shows as gone quiet
    contact_interval_days: Mapped[int | None] = mapped_column(Integer)
    #: "HH:MM": the working day of its people, for contacts without hours of their own
    work_start: Mapped[str | None] = mapped_column(String(5))
    work_end: Mapped[str | None] = mapped_column(String(5))
    lunch_start: Mapped[str | None] = mapped_column(String(5))
    lunch_end: Mapped[str | None] = mapped_column(String(5))
    notes: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        Index("ix_accounts_name", "name"),
        # The accounts view (migration 0004): which accounts are live and pass
        # a filter, and the values the list sorts by, read from the index alone.
        Index(
            "ix_accounts_listing",
            "deleted",
            "id",
            "name",
            "short_name",
            "industry",
            "region",
            "category",
            "lifecycle_class",
            "tier",
            "milestone",
            "owner_id",
        ),
    )


class Contact(SyncedMixin, Base):
    """A person at an account (联系人)."""

    __tablename__ = "contacts"
    entity: ClassVar[str] = "contact"

    account_id: Mapped[str] = mapped_column(String(36), index=True)
    name: Mapped[str] = mapped_column(Text)
    title: Mapped[str] = mapped_column(Text, default="")
    department: Mapped[str] = mapped_column(Text, default="")
    #: decision maker, influencer, user, gatekeeper...
    decision_role: Mapped[str | None] = mapped_column(String(24))
    phones: Mapped[list[str]] = mapped_column(default=list)
    email: Mapped[str] = mapped_column(Text, default="")
    #: "HH:MM"; ``None`` takes the account's, then the rep's defaults
    work_start: Mapped[str | None] = mapped_column(String(5))
    work_end: Mapped[str | None] = mapped_column(String(5))
    lunch_start: Mapped[str | None] = mapped_column(String(5))
    lunch_end: Mapped[str | None] = mapped_column(String(5))
    #: IANA name; ``None`` is the rep's own time zone
    timezone: Mapped[str | None] = mapped_column(String(64))
    #: [["20:00", "21:00"], ...]
    habitual_times: Mapped[list[Any]] = mapped_column(default=list)
    known_to_rep: Mapped[bool] = mapped_column(Boolean, default=False)
    #: actor | driver | professor | amiable
    personality: Mapped[str | None] = mapped_column(String(16))
    #: {"answers": {...}, "confidence": 0.8, "assessed_at": "...", "assessed_by": "..."}
    personality_assessment: Mapped[dict[str, Any] | None] = mapped_column()
    #: personal observations stay on this laptop when set
    keep_local: Mapped[bool] = mapped_column(Boolean, default=False)
    #: "YYYY-MM-DD", "--MM-DD" (year unknown)
    birthday: Mapped[str | None] = mapped_column(String(10))
    #: solar | lunar
    birthday_calendar: Mapped[str] = mapped_column(String(8), default="solar")
    #: a lunar birthday in a leap month (闰月)
    birthday_leap_month: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    notes: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        # Each account's live contacts in the order whom to call first (migration
        # 0007): the call list's lead contact is one step into it. Its expression is
        # the one services/call_list.py orders by, and the queries must say
        # ``deleted = 0`` as written here for SQLite to use it.
        Index(
            "ix_contacts_lead",
            "account_id",
            text(
                "(CASE decision_role WHEN 'decision_maker' THEN 0"
                " WHEN 'influencer' THEN 1 ELSE 2 END)"
            ),
            text("known_to_rep DESC"),
            "name",
            "id",
            sqlite_where=text("deleted = 0"),
        ),
    )


class Visit(SyncedMixin, Base):
    """A meeting with an account (拜访)."""

    __tablename__ = "visits"
    entity: ClassVar[str] = "visit"

    account_id: Mapped[str] = mapped_column(String(36), index=True)
    contact_ids: Mapped[list[str]] = mapped_column(default=list)
    start: Mapped[datetime] = mapped_column(index=True)
    end: Mapped[datetime | None] = mapped_column()
    place: Mapped[str] = mapped_column(Text, default="")
    #: cold_visit | referral | existing_client | client_visits_us
    scenario: Mapped[str] = mapped_column(String(24), default="existing_client")
    objectives: Mapped[str] = mapped_column(Text, default="")
    checklist: Mapped[dict[str, Any]] = mapped_column(default=dict)
    notes: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[str] = mapped_column(Text, default="")
    needs_found: Mapped[str] = mapped_column(Text, default="")
    objections: Mapped[str] = mapped_column(Text, default="")
    next_steps: Mapped[str] = mapped_column(Text, default="")
    satisfaction: Mapped[int | None] = mapped_column(Integer)
    #: planned | done | cancelled
    status: Mapped[str] = mapped_column(String(12), default="planned")

    __table_args__ = (
        # An account's last visit done and next visit planned (migration 0004).
        Index("ix_visits_status_account_start", "status", "deleted", "account_id", "start"),
    )


class Call(SyncedMixin, Base):
    """A phone invitation (电话邀约)."""

    __tablename__ = "calls"
    entity: ClassVar[str] = "call"

    account_id: Mapped[str] = mapped_column(String(36), index=True)
    contact_id: Mapped[str] = mapped_column(String(36), index=True)
    called_at: Mapped[datetime] = mapped_column()
    duration_seconds: Mapped[int | None] = mapped_column(Integer)
    script_id: Mapped[str] = mapped_column(String(64), default="")
    script_version: Mapped[str] = mapped_column(String(32), default="")
    step_notes: Mapped[dict[str, Any]] = mapped_column(default=dict)
    #: appointment | call_back | refused | no_answer
    outcome: Mapped[str] = mapped_column(String(16))
    outcome_reason: Mapped[str] = mapped_column(Text, default="")
    visit_id: Mapped[str | None] = mapped_column(String(36))


class Task(SyncedMixin, Base):
    """A follow-up (跟进)."""

    __tablename__ = "tasks"
    entity: ClassVar[str] = "task"

    account_id: Mapped[str] = mapped_column(String(36), index=True)
    contact_id: Mapped[str | None] = mapped_column(String(36))
    visit_id: Mapped[str | None] = mapped_column(String(36))
    call_id: Mapped[str | None] = mapped_column(String(36))
    #: follow_up | call_back | promise | retry
    kind: Mapped[str] = mapped_column(String(16), default="follow_up")
    title: Mapped[str] = mapped_column(Text)
    due: Mapped[datetime] = mapped_column(index=True)
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    done_at: Mapped[datetime | None] = mapped_column()
    notes: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (
        # An account's earliest open follow-up (migration 0004).
        Index("ix_tasks_open_account_due", "done", "deleted", "account_id", "due"),
    )


class SpecialDate(SyncedMixin, Base):
    """A date to remember for a contact or an account: birthday, founding day, festival."""

    __tablename__ = "special_dates"
    entity: ClassVar[str] = "special_date"

    account_id: Mapped[str] = mapped_column(String(36), index=True)
    contact_id: Mapped[str | None] = mapped_column(String(36))
    kind: Mapped[str] = mapped_column(String(24))
    #: solar | lunar
    calendar: Mapped[str] = mapped_column(String(8), default="solar")
    year: Mapped[int | None] = mapped_column(Integer)
    month: Mapped[int] = mapped_column(Integer)
    day: Mapped[int] = mapped_column(Integer)
    #: a lunar leap month
    leap_month: Mapped[bool] = mapped_column(Boolean, default=False)
    lead_days: Mapped[int] = mapped_column(Integer, default=3)
    label: Mapped[str] = mapped_column(Text, default="")


class Score(SyncedMixin, Base):
    """One criterion of an account's score: its weight and the value given."""

    __tablename__ = "scores"
    entity: ClassVar[str] = "score"

    account_id: Mapped[str] = mapped_column(String(36), index=True)
    criterion: Mapped[str] = mapped_column(String(48))
    weight: Mapped[float] = mapped_column(Float)
    value: Mapped[float] = mapped_column(Float)


#: Every synced entity, by its sync name.
SYNCED_MODELS: dict[str, type[SyncedMixin]] = {
    m.entity: m for m in (Account, Contact, Visit, Call, Task, SpecialDate, Score)
}
