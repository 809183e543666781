"""Informal Indonesian activity text -> structured entries.

Dates ("hari ini", "kemarin", "Senin lalu", "24/11", "24 Nov 2026"), time ranges
("08.00-10.30") and durations ("2 jam", "1,5 jam", "90 menit"), output and
volume ("3 dokumen"), and several activities in one message (numbered, bulleted
or one per line). The user's own words are kept; ``description`` is the
cleaned text used for analysis (which reads its short forms through the
agency's glossary, as the person's job means them).
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from datetime import date, time, timedelta
from typing import Any

from agent.parse_words import (MONTH_WORDS, MONTHS, NOT_OUTPUT_UNITS, NUMBER_WORDS,  # noqa: F401
                                OUTPUT_NOUNS, WEEKDAYS)

_BULLET = re.compile(r"^\s*(?:\d{1,2}[.)]|[-*•·])\s+")
_INLINE_NUM = re.compile(r"(?:^|\s)(\d{1,2})[.)]\s+")
_TIME_RANGE = re.compile(
    r"(?:\b(?:pukul|jam|pk)\.?\s*)?\b(\d{1,2})[.:](\d{2})\s*(?:wib|wita|wit)?\s*"
    r"(?:-|–|—|s\.?\s?d\.?|sampai|hingga|to)\s*(?:pukul|jam)?\s*(\d{1,2})[.:](\d{2})\s*(?:wib|wita|wit)?",
    re.I,
)
_HOUR_RANGE = re.compile(r"\b(?:pukul|jam)\s*(\d{1,2})\s*(?:-|–|s\.?\s?d\.?|sampai|hingga)\s*(\d{1,2})\b", re.I)
_DURATION = re.compile(
    r"(?:selama\s+)?\b(\d+(?:[.,]\d+)?|setengah|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh)"
    r"\s*(jam|j)\b(?:\s*(?:dan\s*)?(\d+)\s*(?:menit|mnt|m)\b)?"
    r"|(?:selama\s+)?\b(\d+)\s*(?:menit|mnt)\b"
    r"|\b(sejam|setengah\s+jam)\b",
    re.I,
)
_MONTH_NAME = r"(jan|feb|mar|apr|mei|may|jun|jul|agu|agt|ags|aug|sep|okt|oct|nov|des|dec)[a-z]*\.?"
_DATE_PATTERNS = (
    ("iso", re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")),
    ("dmy", re.compile(r"\b(?:tanggal|tgl\.?)?\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4})\b", re.I)),
    ("dm", re.compile(r"\b(?:tanggal|tgl\.?)?\s*(\d{1,2})/(\d{1,2})\b(?![/.-]\d)", re.I)),
    ("dname", re.compile(r"\b(?:tanggal|tgl\.?)?\s*(\d{1,2})\s+" + _MONTH_NAME + r"(?:\s+(\d{4}))?\b", re.I)),
)
_RELATIVE = (
    (re.compile(r"\b(?:pada\s+)?hari\s+ini\b|\btadi(?:\s+(?:pagi|siang|sore|malam))?\b", re.I), 0),
    (re.compile(r"\b(?:pada\s+)?kemarin\s+lusa\b", re.I), 2),
    (re.compile(r"\b(?:pada\s+)?kemar[ie]n\b", re.I), 1),
)
_DAYS_AGO = re.compile(r"\b(\d{1,2}|satu|dua|tiga|empat|lima|enam|tujuh)\s+hari\s+(?:yang\s+)?lalu\b", re.I)
_WEEKDAY = re.compile(
    r"\b(?:pada\s+)?(?:hari\s+)?(senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad)(\s+(?:lalu|kemarin|kemaren))?\b",
    re.I,
)
_VOLUME = re.compile(r"\b(\d+(?:[.,]\d+)*|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebuah|sebanyak\s+\d+)\s+([a-z][a-z-]+)(?:\s+([a-z]+))?", re.I)


@dataclass
class ParsedEntry:
    text: str  # the user's own words for this entry
    description: str = ""  # cleaned (no date, time or count phrases), for analysis
    day: date | None = None
    day_explicit: bool = False
    start: time | None = None
    end: time | None = None
    minutes: int | None = None
    output: str | None = None
    volume: float | None = None
    notes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["day"] = self.day.isoformat() if self.day else None
        d["start"] = self.start.strftime("%H:%M") if self.start else None
        d["end"] = self.end.strftime("%H:%M") if self.end else None
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "ParsedEntry":
        d = dict(d)
        d["day"] = date.fromisoformat(d["day"]) if d.get("day") else None
        for k in ("start", "end"):
            d[k] = time.fromisoformat(d[k]) if d.get(k) else None
        return cls(**{k: v for k, v in d.items() if k in cls.__dataclass_fields__})


def _num(token: str) -> float:
    t = token.lower().strip()
    if t == "setengah":
        return 0.5
    if t in NUMBER_WORDS:
        return float(NUMBER_WORDS[t])
    if t.startswith("sebanyak"):
        t = t.split()[-1]
    if t == "sebuah":
        return 1.0
    if re.fullmatch(r"\d{1,3}(\.\d{3})+", t):  # 1.200 = twelve hundred
        return float(t.replace(".", ""))
    return float(t.replace(",", "."))


def _remove(text: str, m: re.Match) -> str:
    return (text[: m.start()] + " " + text[m.end():]).strip()


def find_date(text: str, today: date) -> tuple[date | None, str]:
    """The first date phrase in ``text`` and the text without it."""
    for rx, days in _RELATIVE:
        m = rx.search(text)
        if m:
            return today - timedelta(days=days), _remove(text, m)
    m = _DAYS_AGO.search(text)
    if m:
        return today - timedelta(days=int(_num(m.group(1)))), _remove(text, m)
    for kind, rx in _DATE_PATTERNS:
        m = rx.search(text)
        if not m:
            continue
        try:
            if kind == "iso":
                d = date(int(m[1]), int(m[2]), int(m[3]))
            elif kind == "dmy":
                y = int(m[3]) + (2000 if len(m[3]) == 2 else 0)
                d = date(y, int(m[2]), int(m[1]))
            elif kind == "dm":
                d = _year_guess(int(m[1]), int(m[2]), today)
            else:
                mon = MONTHS[m[2].lower()[:3]]
                d = date(int(m[3]), mon, int(m[1])) if m[3] else _year_guess(int(m[1]), mon, today)
        except (ValueError, KeyError):
            continue
        return d, _remove(text, m)
    m = _WEEKDAY.search(text)
    if m:
        name = m[1].lower().replace("'", "")
        if name == "minggu" and not m[2] and "hari" not in m[0].lower():
            return None, text  # "minggu" alone usually means "week"
        wd = WEEKDAYS[name]
        back = (today.weekday() - wd) % 7
        if m[2] and back == 0:
            back = 7
        return today - timedelta(days=back), _remove(text, m)
    return None, text


def _year_guess(day: int, month: int, today: date) -> date:
    d = date(today.year, month, day)
    if (d - today).days > 31:  # "24/12" written in January means last December
        d = date(today.year - 1, month, day)
    return d


def find_time(text: str) -> tuple[time | None, time | None, int | None, str]:
    """Start, end, minutes and the text without the time phrases."""
    start = end = None
    minutes = None
    m = _TIME_RANGE.search(text)
    if m:
        h1, m1, h2, m2 = (int(x) for x in m.groups())
        if h1 < 24 and h2 < 24 and m1 < 60 and m2 < 60:
            start, end = time(h1, m1), time(h2, m2)
            text = _remove(text, m)
    else:
        m = _HOUR_RANGE.search(text)
        if m and int(m[1]) < 24 and int(m[2]) < 24:
            start, end = time(int(m[1])), time(int(m[2]))
            text = _remove(text, m)
    if start and end:
        diff = (end.hour * 60 + end.minute) - (start.hour * 60 + start.minute)
        if diff > 0:
            minutes = diff
    m = _DURATION.search(text)
    if m:
        if m.group(1):
            minutes_found = round(_num(m.group(1)) * 60) + (int(m.group(3)) if m.group(3) else 0)
        elif m.group(4):
            minutes_found = int(m.group(4))
        else:
            minutes_found = 60 if m.group(5).lower() == "sejam" else 30
        if minutes is None:
            minutes = minutes_found
        text = _remove(text, m)
    return start, end, minutes, text


def find_output(text: str) -> tuple[str | None, float | None]:
    """Output noun and volume: "3 dokumen" -> ("dokumen", 3).

    With several counts ("uji restore 1 database, 1 berita acara") the one naming a
    known output, then the one standing alone between commas, wins over the first."""
    found = []
    for m in _VOLUME.finditer(text):
        unit = m.group(2).lower()
        if unit in NOT_OUTPUT_UNITS or unit in MONTH_WORDS:
            continue
        try:
            vol = _num(m.group(1))
        except ValueError:
            continue
        noun = unit
        if m.group(3) and f"{unit} {m.group(3).lower()}" in OUTPUT_NOUNS:
            noun = f"{unit} {m.group(3).lower()}"
        alone = not text[:m.start()].strip() or text[:m.start()].rstrip().endswith((",", ";"))
        found.append(((noun in OUTPUT_NOUNS, alone), -len(found), noun, vol))
    if found:
        _, _, noun, vol = max(found)
        return noun, vol
    low = text.lower()
    for noun in OUTPUT_NOUNS:
        if re.search(rf"\b{re.escape(noun)}\b", low):
            return noun, 1.0
    return None, None


def clean(text: str) -> str:
    text = re.sub(r"\s+", " ", text)
    text = re.sub(r"\s+([,.;:])", r"\1", text)
    return text.strip(" ,;:-–.")


def parse_entry(text: str, today: date, default_day: date | None = None) -> ParsedEntry:
    raw = text.strip()
    body = _BULLET.sub("", raw)
    day, rest = find_date(body, today)
    start, end, minutes, rest = find_time(rest)
    output, volume = find_output(rest)
    desc = clean(rest) or clean(body)
    return ParsedEntry(
        text=body.strip(), description=desc, day=day or default_day or today, day_explicit=day is not None,
        start=start, end=end, minutes=minutes, output=output, volume=volume,
    )


def split_activities(text: str) -> tuple[str, list[str]]:
    """(header, items): several activities in one message become several items."""
    lines = [ln.rstrip() for ln in text.strip().splitlines() if ln.strip()]
    if len(lines) <= 1:
        one = lines[0] if lines else ""
        nums = list(_INLINE_NUM.finditer(one))
        if len(nums) >= 2 and [int(m[1]) for m in nums] == list(range(1, len(nums) + 1)):
            header = one[: nums[0].start()].strip()
            items = [one[a.end(): (b.start() if b else len(one))].strip() for a, b in zip(nums, nums[1:] + [None])]
            return header, [i for i in items if i]
        return "", [one] if one else []
    bullets = [i for i, ln in enumerate(lines) if _BULLET.match(ln)]
    if len(bullets) >= 2:
        header = " ".join(lines[: bullets[0]])
        items: list[str] = []
        for ln in lines[bullets[0]:]:
            if _BULLET.match(ln) or not items:
                items.append(ln)
            else:
                items[-1] += " " + ln.strip()
        return header, items
    header = ""
    if lines[0].endswith(":") or len(lines[0].split()) <= 3:
        header, lines = lines[0], lines[1:]
    if len(lines) >= 2 and all(len(ln.split()) >= 2 for ln in lines):
        return header, lines
    return "", [" ".join(([header] if header else []) + lines)]


def parse_message(text: str, today: date, default_day: date | None = None) -> list[ParsedEntry]:
    """Every activity in a chat message, with the header's date (or ``default_day``) applied to all."""
    header, items = split_activities(text)
    header_day, _ = find_date(header, today) if header else (None, "")
    header_day = header_day or default_day
    entries = [parse_entry(item, today, header_day) for item in items]
    if header_day:
        for e in entries:
            e.day_explicit = True
    return entries


def fill_from_answer(entry: ParsedEntry, answer: str, today: date) -> ParsedEntry:
    """Merge the answer to a follow-up question into ``entry``."""
    start, end, minutes, rest = find_time(answer)
    if entry.minutes is None and minutes is not None:
        entry.minutes, entry.start, entry.end = minutes, start or entry.start, end or entry.end
    day, rest = find_date(rest, today)
    if day and not entry.day_explicit:
        entry.day, entry.day_explicit = day, True
    output, volume = find_output(rest)
    if output and entry.output is not None and re.search(r"\d", rest):
        entry.output, entry.volume = output, volume  # "12 dokumen" refines an output guessed from a noun
    if entry.output is None:
        leftover = clean(rest)
        if output and re.search(r"\d", rest):
            entry.output, entry.volume = output, volume
        elif leftover:
            entry.output, entry.volume = leftover[:120], 1.0
        if entry.output:
            entry.description = clean(f"{entry.description}, hasil: {entry.output}")
    return entry
