"""Working days, periods and Indonesian time zones: one place for every recap,
reminder and escalation."""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from journal import texts as T
from journal.errors import JournalError
from knowledge.models import DEFAULT_TIMEZONE

ZONES = {"WIB": "Asia/Jakarta", "WITA": "Asia/Makassar", "WIT": "Asia/Jayapura"}
MONTHS_ID = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
)


def zone_name(label: str | None, default: str = DEFAULT_TIMEZONE) -> str:
    """'WITA' -> 'Asia/Makassar'; an IANA name is returned unchanged; no label: a staff record's default."""
    if not label:
        return default
    label = label.strip()
    return ZONES.get(label.upper(), label)


def is_working_day(day: date, holidays: Iterable[date] = ()) -> bool:
    """A weekday that is not a holiday."""
    return day.weekday() < 5 and day not in set(holidays)


def working_days(start: date, end: date, holidays: Iterable[date] = ()) -> list[date]:
    """Working days from ``start`` to ``end`` inclusive."""
    hol = set(holidays)
    out, d = [], start
    while d <= end:
        if d.weekday() < 5 and d not in hol:
            out.append(d)
        d += timedelta(days=1)
    return out


@dataclass(frozen=True)
class Period:
    start: date
    end: date  # inclusive
    label: str  # Indonesian, for titles: "Minggu 2026-W48", "November 2026"
    key: str  # "2026-W48" or "2026-11" or "2026-11-25"

    def days(self) -> list[date]:
        return [self.start + timedelta(days=i) for i in range((self.end - self.start).days + 1)]


class PeriodError(JournalError, ValueError):
    """A week or month key that cannot be read (still a ``ValueError`` for callers parsing input)."""


def week(key: str) -> Period:
    """The ISO week a key like ``2026-W48`` names; a malformed key raises with the expected form."""
    m = re.fullmatch(r"(\d{4})-W(\d{1,2})", key.strip())
    if not m:
        raise PeriodError(T.BAD_WEEK.format(key=key))
    start = date.fromisocalendar(int(m[1]), int(m[2]), 1)
    return Period(start, start + timedelta(days=6), f"Minggu {m[1]}-W{int(m[2]):02d}", f"{m[1]}-W{int(m[2]):02d}")


def month(key: str) -> Period:
    """The month a key like ``2026-11`` names; a malformed key raises with the expected form."""
    m = re.fullmatch(r"(\d{4})-(\d{1,2})", key.strip())
    if not m or not 1 <= int(m[2]) <= 12:
        raise PeriodError(T.BAD_MONTH.format(key=key))
    y, mo = int(m[1]), int(m[2])
    start = date(y, mo, 1)
    end = (date(y + (mo == 12), mo % 12 + 1, 1)) - timedelta(days=1)
    return Period(start, end, f"{MONTHS_ID[mo - 1]} {y}", f"{y}-{mo:02d}")


def day(d: date) -> Period:
    """A single day as a period."""
    return Period(d, d, f"{d.day} {MONTHS_ID[d.month - 1]} {d.year}", d.isoformat())


def week_of(d: date) -> Period:
    """The ISO week that contains ``d``."""
    y, w, _ = d.isocalendar()
    return week(f"{y}-W{w:02d}")


def month_of(d: date) -> Period:
    """The month that contains ``d``."""
    return month(f"{d.year}-{d.month:02d}")


def fmt_day(day: date) -> str:
    """The one way a date is shown to people: 25/11/2026."""
    return day.strftime("%d/%m/%Y")


def fmt_minutes(minutes: int | None) -> str:
    """The one way a duration is shown: "45 menit", "2 jam", "1,5 jam", "1 jam 15 menit"."""
    minutes = int(minutes or 0)
    if minutes < 60:
        return f"{minutes} menit"
    if minutes % 30 == 0:
        return f"{minutes / 60:g}".replace(".", ",") + " jam"
    return f"{minutes // 60} jam {minutes % 60} menit"


def number(x: float | int | None, digits: int = 2) -> str:
    """Every number the product shows, in one Indonesian style: 1.250; 7,5; 4,25 (rounded to
    ``digits``, no trailing zeros, no "1,0"); "-" for none."""
    if x is None:
        return "-"
    x = round(float(x), digits)
    text = f"{x:,.0f}" if x == int(x) else f"{x:,.{digits}f}".rstrip("0")
    return text.replace(",", "_").replace(".", ",").replace("_", ".")


def fmt_hours(hours: float) -> str:
    """Hours as a number in Indonesian style: 4, 1,5, 4,25."""
    return number(hours)


def tidy(text: str) -> str:
    """One full stop where a name ending in a stop ("S.Kom.") ends a sentence: "S.Kom.." -> "S.Kom."."""
    return re.sub(r"(?<!\.)\.\.(?!\.)", ".", text)
