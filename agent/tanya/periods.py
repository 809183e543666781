"""Indonesian period expressions -> ``journal.calendar.Period``, in text order.

"hari ini", "kemarin", "minggu ini/lalu", "pekan lalu", "bulan ini/lalu",
"tahun ini", month names with or without a year ("Oktober", "oktober 2026"),
dates ("12 Oktober", "tanggal 3/11/2026", "2026-11-03"), ISO keys
("2026-10", "2026-W45").
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from journal import calendar as cal
from journal.calendar import Period

_MONTHS = {m.lower(): i + 1 for i, m in enumerate(cal.MONTHS_ID)}
_MONTHS.update({m.lower()[:3]: i + 1 for i, m in enumerate(cal.MONTHS_ID)})
_MONTHS.update({"agt": 8, "ags": 8, "sept": 9, "nop": 11, "nopember": 11, "des": 12})
_MON = "|".join(sorted(_MONTHS, key=len, reverse=True))

_PATTERNS = (
    ("iso_day", r"\b(\d{4})-(\d{2})-(\d{2})\b"),
    ("iso_week", r"\b(\d{4})-w(\d{1,2})\b"),
    ("iso_month", r"\b(\d{4})-(\d{1,2})\b"),
    ("dmy", r"\b(\d{1,2})/(\d{1,2})(?:/(\d{4}))?\b"),
    ("day_month", rf"\b(\d{{1,2}})\s+({_MON})\b(?:\s+(\d{{4}}))?"),
    ("month", rf"\b(?:bulan\s+)?({_MON})\b(?:\s+(\d{{4}}))?"),
    ("today", r"\bhari\s+ini\b"),
    ("yesterday", r"\bkemarin\b"),
    ("this_week", r"\b(?:minggu|pekan)\s+ini\b"),
    ("last_week", r"\b(?:minggu|pekan)\s+(?:lalu|kemarin|sebelumnya)\b"),
    ("this_month", r"\bbulan\s+ini\b"),
    ("last_month", r"\bbulan\s+(?:lalu|kemarin|sebelumnya)\b"),
    ("this_year", r"\btahun\s+ini\b"),
    ("year", r"^\s*(\d{4})\s*$|\btahun\s+(\d{4})\b"),
)


def _month_year(mo: int, year: str | None, today: date) -> int:
    if year:
        return int(year)
    return today.year if mo <= today.month else today.year - 1


def _build(kind: str, g: tuple, today: date) -> Period | None:
    if kind == "iso_day":
        return cal.day(date(int(g[0]), int(g[1]), int(g[2])))
    if kind == "iso_week":
        return cal.week(f"{g[0]}-W{int(g[1]):02d}")
    if kind == "iso_month":
        return cal.month(f"{g[0]}-{g[1]}") if 1 <= int(g[1]) <= 12 else None
    if kind == "dmy":
        d, mo = int(g[0]), int(g[1])
        if not 1 <= mo <= 12:
            return None
        return cal.day(date(_month_year(mo, g[2], today), mo, d))
    if kind == "day_month":
        mo = _MONTHS[g[1]]
        return cal.day(date(_month_year(mo, g[2], today), mo, int(g[0])))
    if kind == "month":
        mo = _MONTHS[g[0]]
        return cal.month(f"{_month_year(mo, g[1], today)}-{mo:02d}")
    if kind == "today":
        return cal.day(today)
    if kind == "yesterday":
        return cal.day(today - timedelta(days=1))
    if kind == "this_week":
        return cal.week_of(today)
    if kind == "last_week":
        return cal.week_of(today - timedelta(days=7))
    if kind == "this_month":
        return cal.month_of(today)
    if kind == "last_month":
        return cal.month_of(today.replace(day=1) - timedelta(days=1))
    if kind in ("this_year", "year"):
        y = int(next((x for x in g if x), today.year)) if kind == "year" else today.year
        return Period(date(y, 1, 1), date(y, 12, 31), f"Tahun {y}", str(y))
    return None


def find_periods(text: str, today: date) -> list[Period]:
    """Every period mentioned in ``text``, in the order written."""
    low = text.lower()
    taken: list[tuple[int, int]] = []
    found: list[tuple[int, Period]] = []
    for kind, pattern in _PATTERNS:
        for m in re.finditer(pattern, low):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            try:
                p = _build(kind, m.groups(), today)
            except ValueError:
                p = None
            if p:
                taken.append((m.start(), m.end()))
                found.append((m.start(), p))
    return [p for _, p in sorted(found, key=lambda x: x[0])]


def parse_period(text: str | None, today: date, default: str = "bulan ini") -> Period:
    """One period from a short expression; ``default`` when empty or not understood."""
    found = find_periods(text or "", today)
    return found[0] if found else find_periods(default, today)[0]
