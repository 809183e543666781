"""Informal Indonesian activity text -> structured entries.

Splitting (``agent.split``), dates and times (``agent.parse_time``) and outputs
(``agent.parse_output``) are read from a normalised copy of each item; the user's
own words are kept in ``text``, and ``description`` is the cleaned text used for
analysis (which reads its short forms through the agency's glossary, as the
person's job means them).
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from datetime import date, time
from typing import Any

from agent.parse_output import NONE, answer_output, find_output, is_no_output_answer
from agent.parse_time import find_date, find_time
from agent.parse_words import CLASSIFIERS, RESULT_MARKERS
from agent.split import normalize, split_activities, split_lines, strip_bullet
from agent.worktext import content_words

__all__ = ["ParsedEntry", "parse_entry", "parse_message", "fill_from_answer", "split_activities", "find_date",
           "find_time", "find_output", "answer_parts", "NONE"]


@dataclass
class ParsedEntry:
    text: str  # the user's own words for this entry
    description: str = ""  # cleaned and expanded, for analysis
    day: date | None = None
    day_explicit: bool = False
    start: time | None = None
    end: time | None = None
    minutes: int | None = None
    output: str | None = None  # "-" when the user said there is none
    volume: float | None = None
    notes: list[str] = field(default_factory=list)
    files: list[dict] = field(default_factory=list)  # evidence to attach when the entry is saved

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["day"] = self.day.isoformat() if self.day else None
        d["start"] = self.start.strftime("%H:%M") if self.start else None
        d["end"] = self.end.strftime("%H:%M") if self.end else None
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> ParsedEntry:
        d = dict(d)
        d["day"] = date.fromisoformat(d["day"]) if d.get("day") else None
        for k in ("start", "end"):
            d[k] = time.fromisoformat(d[k]) if d.get(k) else None
        return cls(**{k: v for k, v in d.items() if k in cls.__dataclass_fields__})


def clean(text: str) -> str:
    text = re.sub(r"\s+", " ", text)
    text = re.sub(r"\s+([,.;:])", r"\1", text)
    text = re.sub(r"([,;:])(?:\s*[,;:])+", r"\1", text)
    return text.strip(" ,;:-–.")


def parse_entry(text: str, today: date, default_day: date | None = None) -> ParsedEntry:
    """Parse one activity line into its day, times, duration, output and description."""
    raw = strip_bullet(text.strip())
    norm = normalize(raw)
    day, rest = find_date(norm, today)
    start, end, minutes, rest_out = find_time(rest, ",")
    _, _, _, rest = find_time(rest)
    output, volume = find_output(rest_out)
    desc = clean(rest) or clean(norm)
    return ParsedEntry(
        text=raw.strip(" ,;"), description=desc, day=day or default_day or today,
        day_explicit=day is not None or default_day is not None,
        start=start, end=end, minutes=minutes, output=output, volume=volume,
    )


def parse_message(text: str, today: date, default_day: date | None = None) -> list[ParsedEntry]:
    """Every activity in a chat message; a header's date (else ``default_day``) applies to items
    naming none, and an item cut from the same line as the one before takes that one's date."""
    header, groups = split_lines(text)
    header_day, _ = find_date(normalize(header), today) if header else (None, "")
    entries: list[ParsedEntry] = []
    for group in groups:
        line_day = None
        for item in group:
            e = parse_entry(item, today, line_day or header_day or default_day)
            if find_date(normalize(item), today)[0] is not None:
                line_day = e.day  # "kemarin rapat ... lalu nyusun ...": both yesterday
            entries.append(e)
    return entries


def answer_parts(answer: str, today: date) -> dict[str, Any]:
    """What an answer to a follow-up question says: time, date, output, and the words left over."""
    norm = normalize(answer)
    start, end, minutes, rest = find_time(norm, ",")
    day, rest = find_date(rest, today)
    none = is_no_output_answer(norm)
    output, volume = (NONE, None) if none else answer_output(rest)
    leftover = rest.lower()
    if output and output != NONE:
        for word in output.split():
            leftover = re.sub(rf"\b{re.escape(word)}\b", " ", leftover, count=1)
    leftover = re.sub(rf"\b(?:{'|'.join(RESULT_MARKERS + tuple(CLASSIFIERS))})\b", " ", leftover)
    leftover = re.sub(r"\d+(?:[.,]\d+)?", " ", leftover)
    return {"start": start, "end": end, "minutes": minutes, "day": day, "output": output, "volume": volume,
            "no_output": none, "leftover": content_words(leftover)}


def fill_from_answer(entry: ParsedEntry, answer: str, today: date) -> ParsedEntry:
    """Merge the answer to a follow-up question into ``entry``."""
    parts = answer_parts(answer, today)
    if entry.minutes is None and parts["minutes"] is not None:
        entry.minutes, entry.start, entry.end = parts["minutes"], parts["start"], parts["end"]
    if parts["day"] and not entry.day_explicit:
        entry.day, entry.day_explicit = parts["day"], True
    if entry.output is None and parts["output"]:
        entry.output, entry.volume = parts["output"], parts["volume"]
        if entry.output != NONE:
            entry.description = clean(f"{entry.description}, hasil: {entry.output}")
    return entry
