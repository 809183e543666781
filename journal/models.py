"""SQLAlchemy tables of the activity journal.

One schema for SQLite (default) and PostgreSQL. JSON columns hold lists and
dicts (scores, citations); everything a report filters on is a real column.
"""
from __future__ import annotations

from datetime import UTC, date, datetime, time
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from knowledge.models import DEFAULT_TIMEZONE  # the staff record's default zone, also the column's

STATUSES = ("draft", "submitted", "approved", "returned")


def utcnow() -> datetime:
    """The current UTC time without tzinfo, the way the database columns store it."""
    return datetime.now(UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}


class Agency(Base):
    __tablename__ = "agency"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(255), default="")


class Unit(Base):
    __tablename__ = "unit"
    __table_args__ = (UniqueConstraint("agency_id", "name"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    agency_id: Mapped[str] = mapped_column(ForeignKey("agency.id"))
    name: Mapped[str] = mapped_column(String(255))


class Staff(Base):
    __tablename__ = "staff"
    nip: Mapped[str] = mapped_column(String(32), primary_key=True)
    agency_id: Mapped[str] = mapped_column(ForeignKey("agency.id"), index=True)
    name: Mapped[str] = mapped_column(String(255))
    jabatan: Mapped[str | None] = mapped_column(String(255))
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"), index=True)
    supervisor_nip: Mapped[str | None] = mapped_column(String(32), index=True)
    role: Mapped[str] = mapped_column(String(16), default="pegawai")
    telegram_id: Mapped[int | None] = mapped_column(BigInteger, unique=True)
    timezone: Mapped[str] = mapped_column(String(64), default=DEFAULT_TIMEZONE)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    blocked_bot: Mapped[bool] = mapped_column(Boolean, default=False)
    sheet_name: Mapped[str | None] = mapped_column(String(255))  # NamaFile
    sheet_link: Mapped[str | None] = mapped_column(String(512))  # LinkFile
    attributes: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)

    unit: Mapped[Unit | None] = relationship(lazy="joined")


class RhkRow(Base):
    __tablename__ = "rhk"
    __table_args__ = (UniqueConstraint("nip", "period", "code"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    nip: Mapped[str] = mapped_column(ForeignKey("staff.nip"), index=True)
    period: Mapped[str] = mapped_column(String(16))
    code: Mapped[str] = mapped_column(String(64))
    text: Mapped[str] = mapped_column(Text)
    supervisor_rhk: Mapped[str | None] = mapped_column(String(64))
    aspect: Mapped[str | None] = mapped_column(String(32))
    indicator: Mapped[str | None] = mapped_column(Text)
    target: Mapped[str | None] = mapped_column(String(128))
    trajectory: Mapped[bool] = mapped_column(Boolean, default=True)
    source: Mapped[str | None] = mapped_column(String(255))


class Activity(Base):
    __tablename__ = "activity"
    __table_args__ = (Index("ix_activity_nip_date", "nip", "day"), Index("ix_activity_agency_day", "agency_id", "day"))
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    nip: Mapped[str] = mapped_column(ForeignKey("staff.nip"))
    agency_id: Mapped[str] = mapped_column(String(64))
    day: Mapped[date] = mapped_column(Date)
    start: Mapped[time | None] = mapped_column(Time)
    end: Mapped[time | None] = mapped_column(Time)
    minutes: Mapped[int | None] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)  # the user's own words
    description: Mapped[str] = mapped_column(Text, default="")  # normalised for analysis
    output: Mapped[str | None] = mapped_column(String(255))  # e.g. "laporan"
    volume: Mapped[float | None] = mapped_column(Float)  # e.g. 3
    status: Mapped[str] = mapped_column(String(16), default="submitted", index=True)
    channel: Mapped[str] = mapped_column(String(16), default="cli")
    source_ref: Mapped[str | None] = mapped_column(String(128), index=True)  # e.g. tg:<chat>:<msg>
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    assessment: Mapped[Assessment | None] = relationship(
        back_populates="activity", uselist=False, cascade="all, delete-orphan", lazy="selectin"
    )


class Assessment(Base):
    __tablename__ = "assessment"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    activity_id: Mapped[int] = mapped_column(ForeignKey("activity.id"), unique=True)
    analyst: Mapped[str] = mapped_column(String(64))  # "embedded" or "llm:<model>"
    analyst_note: Mapped[str | None] = mapped_column(Text)  # why the fallback answered
    latency_ms: Mapped[float | None] = mapped_column(Float)
    berakhlak: Mapped[list[Any]] = mapped_column(JSON, default=list)  # selected, strongest first
    berakhlak_scores: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    berakhlak_evidence: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    primary_value: Mapped[str | None] = mapped_column(String(64), index=True)
    probis_id: Mapped[str | None] = mapped_column(String(64), index=True)
    probis_name: Mapped[str | None] = mapped_column(Text)
    probis_level: Mapped[str] = mapped_column(String(16), default="none")
    probis_score: Mapped[float] = mapped_column(Float, default=0.0)
    pokin_id: Mapped[str | None] = mapped_column(String(64), index=True)
    pokin_text: Mapped[str | None] = mapped_column(Text)
    pokin_level: Mapped[str] = mapped_column(String(16), default="none")
    pokin_score: Mapped[float] = mapped_column(Float, default=0.0)
    rhk_code: Mapped[str | None] = mapped_column(String(64), index=True)
    rhk_text: Mapped[str | None] = mapped_column(Text)
    rhk_score: Mapped[float] = mapped_column(Float, default=0.0)
    explanation: Mapped[str] = mapped_column(Text, default="")
    citations: Mapped[list[Any]] = mapped_column(JSON, default=list)
    # the analyst's next candidates per kind ({"probis": [{"id", "text"}, ...]}), what a correction picks from
    alternatives: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    # a person vouched for the labels (the owner confirmed, the supervisor approved, anyone
    # corrected): the entry is then a labelled example the analyst learns from
    verified_how: Mapped[str | None] = mapped_column(String(16), index=True)  # konfirmasi / setujui / koreksi
    verified_by: Mapped[str | None] = mapped_column(String(32))
    verified_at: Mapped[datetime | None] = mapped_column(DateTime)

    activity: Mapped[Activity] = relationship(back_populates="assessment")


class Review(Base):
    """A supervisor's action on an entry: approve, return or comment."""

    __tablename__ = "review"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    activity_id: Mapped[int] = mapped_column(ForeignKey("activity.id"), index=True)
    reviewer_nip: Mapped[str] = mapped_column(String(32))
    action: Mapped[str] = mapped_column(String(16))  # approve / return / comment
    comment: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class Evidence(Base):
    __tablename__ = "evidence"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    activity_id: Mapped[int] = mapped_column(ForeignKey("activity.id"), index=True)
    path: Mapped[str] = mapped_column(String(512))
    sha256: Mapped[str] = mapped_column(String(64))
    mime: Mapped[str | None] = mapped_column(String(128))
    size: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class Conversation(Base):
    """What the next chat message of a person may be (see ``journal.conversation``).

    Kept in the journal so that every channel (CLI, bot) and every restart sees
    the same open question, the same entry being edited, the same pending review.
    """

    __tablename__ = "conversation"
    nip: Mapped[str] = mapped_column(String(32), primary_key=True)
    channel: Mapped[str] = mapped_column(String(16), default="cli")
    state: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class SheetOp(Base):
    """Durable outbox of Google Sheets operations, written with the change."""

    __tablename__ = "sheet_op"
    __table_args__ = (Index("ix_sheet_op_status_next", "status", "next_attempt_at"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    nip: Mapped[str | None] = mapped_column(String(32), index=True)
    activity_id: Mapped[int | None] = mapped_column(Integer, index=True)
    op: Mapped[str] = mapped_column(String(16))  # upsert / delete / staff
    payload: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    status: Mapped[str] = mapped_column(String(16), default="pending")  # pending / done / failed
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class Registration(Base):
    __tablename__ = "registration"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    telegram_id: Mapped[int] = mapped_column(BigInteger, index=True)
    nip: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(16), default="pending")  # pending/approved/rejected
    decided_by: Mapped[str | None] = mapped_column(String(32))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class SentNotice(Base):
    """Reminders and digests already sent: never the same one twice."""

    __tablename__ = "sent_notice"
    __table_args__ = (UniqueConstraint("nip", "kind", "day"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    nip: Mapped[str] = mapped_column(String(32))
    kind: Mapped[str] = mapped_column(String(32))
    day: Mapped[date] = mapped_column(Date)
    sent_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class DayLock(Base):
    """One row per person and day, locked by every save or edit of that day's entries, so the
    day budget is read and written in one step even by several processes (SQLite and PostgreSQL)."""

    __tablename__ = "day_lock"
    nip: Mapped[str] = mapped_column(String(32), primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    touched_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class SheetLease(Base):
    """Who may write one spreadsheet right now (``journal.sheets.lease``): rows are placed
    after reading the tab, and no other writer may interleave between the read and the write."""

    __tablename__ = "sheet_lease"
    name: Mapped[str] = mapped_column(String(255), primary_key=True)
    holder: Mapped[str] = mapped_column(String(64))
    until: Mapped[datetime] = mapped_column(DateTime)


class Schedule(Base):
    """Stored schedules, re-created as jobs whenever the bot starts."""

    __tablename__ = "schedule"
    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))
    at: Mapped[str] = mapped_column(String(8))  # local HH:MM
    weekday: Mapped[int | None] = mapped_column(Integer)
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)


class Correction(Base):
    """One change a person made to an entry's analysis: who, when, which part, from what to what."""

    __tablename__ = "correction"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    activity_id: Mapped[int] = mapped_column(ForeignKey("activity.id"), index=True)
    actor_nip: Mapped[str] = mapped_column(String(32))
    field: Mapped[str] = mapped_column(String(16))  # probis / pokin / rhk / nilai
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class WebLogin(Base):
    """A one-time link to the web dashboard and, once used, the session it opened.

    Only the SHA-256 of the link token is kept. A link is valid ``expires_at`` and once
    (``used_at``); the session it opens lasts until ``session_until`` or logout (``ended_at``)."""

    __tablename__ = "web_login"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    nip: Mapped[str] = mapped_column(String(32), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(DateTime)
    used_at: Mapped[datetime | None] = mapped_column(DateTime)
    session_until: Mapped[datetime | None] = mapped_column(DateTime)
    ended_at: Mapped[datetime | None] = mapped_column(DateTime)


class ChatNotice(Base):
    """A chat message queued for the bot to send (e.g. a review done on the web): the bot's
    job delivers it; nothing is lost while the bot is down."""

    __tablename__ = "chat_notice"
    __table_args__ = (Index("ix_chat_notice_status", "status", "id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # review
    payload: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    status: Mapped[str] = mapped_column(String(16), default="pending")  # pending / sent / failed
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(DateTime)
