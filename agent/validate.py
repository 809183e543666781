"""Checks before analysis: length, is it work at all, dates, durations, day totals,
overlapping times, near-duplicates, and which follow-up question to ask when something is missing."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from agent import texts as M
from agent.parse import NONE, ParsedEntry


def check_length(text: str, min_len: int, max_len: int) -> str | None:
    """A refusal when the text is too short or too long to be an activity."""
    n = len(text.strip())
    if n < min_len:
        return M.TOO_SHORT.format(n=n, min=min_len)
    if n > max_len:
        return M.TOO_LONG.format(n=n, max=max_len)
    return None


def check_date(entry: ParsedEntry, today: date, max_days_back: int) -> str | None:
    """A refusal when the entry's day is in the future or further back than allowed."""
    if entry.day > today:
        return M.FUTURE_DATE.format(day=entry.day.strftime("%d/%m/%Y"))
    if (today - entry.day).days > max_days_back:
        return M.TOO_OLD.format(day=entry.day.strftime("%d/%m/%Y"), n=max_days_back)
    return None


def missing_field(entry: ParsedEntry) -> str | None:
    """'minutes', 'output', 'both' or None (an output of "-" says there is none: not missing)."""
    no_min, no_out = entry.minutes is None, entry.output is None
    if no_min and no_out:
        return "both"
    if no_min:
        return "minutes"
    if no_out:
        return "output"
    return None


def question_for(entry: ParsedEntry, field: str) -> str:
    """The follow-up question for an entry missing its duration, its output, or both."""
    what = entry.text if len(entry.text) <= 60 else entry.text[:57] + "..."
    template = {"both": M.ASK_BOTH, "minutes": M.ASK_MINUTES, "output": M.ASK_OUTPUT}[field]
    return template.format(what=what)


@dataclass
class DayBudget:
    """Minutes already in the journal per day, plus what this message adds."""

    existing: dict[date, int]
    max_minutes: int

    def check(self, entry: ParsedEntry) -> str | None:
        if entry.minutes is None:
            return None
        if entry.minutes > 24 * 60:
            return M.OVER_24H.format(minutes=entry.minutes)
        used = self.existing.get(entry.day, 0)
        limit = min(self.max_minutes, 24 * 60)
        if used + entry.minutes > limit:
            return M.OVER_DAY.format(day=entry.day.strftime("%d/%m/%Y"), total=used + entry.minutes,
                                     max=limit, left=max(0, limit - used))
        self.existing[entry.day] = used + entry.minutes
        return None


def _span(start, end) -> tuple[int, int] | None:
    if start is None or end is None:
        return None
    a, b = start.hour * 60 + start.minute, end.hour * 60 + end.minute
    return (a, b) if b > a else None


def hhmm(t) -> str:
    """A time as the replies write it (``13.30``)."""
    return t.strftime("%H.%M")


def overlap_warning(entry: ParsedEntry, rows: list, earlier: list[ParsedEntry]) -> str | None:
    """A warning when ``entry``'s time range overlaps another entry of the same day (touching is fine):
    ``rows`` are the journal's (``DayRow``), ``earlier`` the entries before it in the same message."""
    mine = _span(entry.start, entry.end)
    if mine is None:
        return None
    for r in rows:
        other = _span(r.start, r.end)
        if other and mine[0] < other[1] and other[0] < mine[1]:
            return M.OVERLAP.format(start=hhmm(entry.start), end=hhmm(entry.end), id=r.id,
                                    ostart=hhmm(r.start), oend=hhmm(r.end))
    for e in earlier:
        other = _span(e.start, e.end)
        if e.day == entry.day and other and mine[0] < other[1] and other[0] < mine[1]:
            return M.OVERLAP_HERE.format(start=hhmm(entry.start), end=hhmm(entry.end), what=e.text[:40],
                                         ostart=hhmm(e.start), oend=hhmm(e.end))
    return None


def output_for_journal(entry: ParsedEntry) -> tuple[str | None, float | None]:
    """The output as stored: an explicit "none" is no output."""
    return (None, None) if entry.output == NONE else (entry.output, entry.volume)
