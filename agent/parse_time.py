"""Dates and times as people write them in chat.

Dates: hari ini/td/tadi (pagi, siang, sore), kemarin/kmrn/kmaren, kemarin lusa,
besok/bsk/lusa (future: the validator refuses them), N hari (yg) lalu, Senin..Minggu
(lalu / kemarin / minggu lalu), dd/mm, dd/mm/yyyy, dd-mm-yyyy, "tgl 24", "24 Nov 2026".
Times: 08.00-10.30, "09.00 s.d. 10.30", "jam 13-15", "13-14.30", a bare "8-10" at the
start of an item or a bare range of office hours closing it ("rapat sm vendor 13-15"); durations "2 jam", "1jam an", "2 jam-an", "setengah jam", "1,5jam",
"1 jam 30 menit", "90 menit", "sejam".
"""
from __future__ import annotations

import re
from datetime import date, time, timedelta

from agent.parse_words import MONTHS, NUMBER_WORDS, WEEKDAYS

_WD = r"(senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad)"
_AGO_WORDS = r"(?:kemarin|kemaren|kmrn|kmren|kmaren|kmrin|lalu|kemarin\s+lalu)"
_RELATIVE = (
    (re.compile(r"\b(?:pada\s+)?(?:kemarin|kemaren|kmrn|kmaren)\s+lusa\b", re.I), -2),
    (re.compile(r"\b(?:pada\s+)?(?:hari\s+ini|hr\s+ini|hri\s+ini|td|tadi|barusan)(?:\s+(?:pagi|siang|sore|malam))?\b",
                re.I), 0),
    (re.compile(r"\b(?:pada\s+)?(?:kemarin|kemaren|kmrn|kmren|kmaren|kmrin|kemrin)(?:\s+(?:pagi|siang|sore|malam))?\b",
                re.I), -1),
    (re.compile(r"\b(?:besok|besuk|bsk|besoknya)\s+lusa\b", re.I), 3),
    (re.compile(r"\b(?:besok|besuk|bsk|esok)(?:\s+(?:pagi|siang|sore|malam))?\b", re.I), 1),
    (re.compile(r"\blusa\b", re.I), 2),
)
_WEEKDAY_LAST_WEEK = re.compile(rf"\b(?:pada\s+)?(?:hari\s+|hr\s+)?{_WD}\s+(?:minggu|pekan)\s+(?:lalu|kemarin|kmrn)\b",
                                re.I)
_WEEKDAY_PAST = re.compile(rf"\b(?:pada\s+)?(?:hari\s+|hr\s+)?{_WD}\s+{_AGO_WORDS}\b", re.I)
_WEEKDAY = re.compile(rf"\b(?:pada\s+)?(hari\s+|hr\s+)?{_WD}\b", re.I)
_DAYS_AGO = re.compile(
    r"\b(\d{1,2}|satu|dua|tiga|empat|lima|enam|tujuh|se)\s*(?:hari|hr)\s+(?:yang\s+|yg\s+)?(?:lalu|lalu|yll|kebelakang)\b"
    r"|\b(seminggu)\s+(?:yang\s+|yg\s+)?lalu\b", re.I)
_MONTH_NAME = r"(jan|feb|mar|apr|mei|may|jun|jul|agu|agt|ags|aug|sep|okt|oct|nov|des|dec)[a-z]*\.?"
_TGL = r"(?:tanggal|tgl\.?)"
_DATE_PATTERNS = (
    ("iso", re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")),
    ("dmy", re.compile(rf"(?:\b{_TGL}\s*)?\b(\d{{1,2}})([/-])(\d{{1,2}})\2(\d{{4}}|\d{{2}})\b", re.I)),
    ("dmy", re.compile(rf"(?:\b{_TGL}\s*)?\b(\d{{1,2}})(\.)(\d{{1,2}})\.(\d{{4}})\b", re.I)),
    ("dm", re.compile(rf"(?:\b{_TGL}\s*)?\b(\d{{1,2}})/(\d{{1,2}})\b(?![/.-]\d)", re.I)),
    ("dm", re.compile(rf"\b{_TGL}\s*(\d{{1,2}})-(\d{{1,2}})\b(?![/.-]\d)", re.I)),
    ("dname", re.compile(rf"(?:\b{_TGL}\s*)?\b(\d{{1,2}})\s+{_MONTH_NAME}(?:\s+(\d{{4}}))?\b", re.I)),
    ("d", re.compile(rf"\b{_TGL}\s*(\d{{1,2}})\b(?![/.:-]\d)", re.I)),
)
_SEP = r"\s*(?:-|–|—|s\.?\s?/?d\.?|sampai|sampe|hingga|to)\s*"
_HM = r"(\d{1,2})[.:](\d{2})"
_TIME_RANGE = re.compile(
    rf"(?:\b(?:dari\s+)?(?:pukul|jam|pk)\.?\s*)?\b{_HM}\s*(?:wib|wita|wit)?{_SEP}(?:pukul|jam|pk)?\.?\s*"
    rf"(\d{{1,2}})(?:[.:](\d{{2}}))?\b\s*(?:wib|wita|wit)?", re.I)
_HOUR_HM_RANGE = re.compile(rf"(?:\b(?:pukul|jam|pk)\.?\s*)?\b(\d{{1,2}}){_SEP}{_HM}\b\s*(?:wib|wita|wit)?", re.I)
_HOUR_RANGE = re.compile(rf"\b(?:dari\s+)?(?:pukul|jam|pk)\.?\s*(\d{{1,2}}){_SEP}(?:pukul|jam|pk)?\.?\s*(\d{{1,2}})\b"
                         r"(?!\s*(?:jam|menit|mnt)\b)", re.I)
_LEADING_HOUR_RANGE = re.compile(r"^\s*(\d{1,2})\s*-\s*(\d{1,2})\b(?![.,/]\d)(?!\s*(?:jam|menit|mnt|hari)\b)", re.I)
# "rapat sm vendor 13-15": a bare range of office hours closing the item (not pages, classes or counts)
_TRAILING_HOUR_RANGE = re.compile(
    r"(?<![\d./-])\s(\d{1,2})\s*-\s*(\d{1,2})\s*(?:wib|wita|wit)?\s*(?=$|[,;]|\s+(?:dan|terus|lalu)\b)", re.I)
NOT_HOURS_BEFORE = frozenset(["hal", "hlm", "halaman", "no", "nomor", "soal", "kelas", "kls", "rt", "rw", "ayat", "pasal",
                              "bab", "lantai", "lt", "ruang", "blok", "tgl", "tanggal", "nomer", "slide", "modul"])
OFFICE_HOURS = range(6, 23)  # a bare "13-15" is read as hours only inside these
_NUM = r"\d+(?:[.,]\d+)?|setengah|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|se"
_DURATION = re.compile(
    rf"(?:\b(?:selama|sekitar|kurang\s+lebih|kurleb|kira2|kira-kira)\s*|[±~]\s*)?"
    rf"\b(?:({_NUM})\s*(?:setengah\s*)?(?:jam|jm|j)\b(?:\s*-?\s*an\b)?(?:\s*(?:dan\s*|lebih\s*)?(\d+)\s*(?:menit|mnt|m)\b)?"
    rf"|(\d+)\s*(?:menit|mnt)\b(?:\s*-?\s*an\b)?)",
    re.I,
)
_DURATION_WORD = re.compile(r"\b(sejam|setengah\s+jam|seharian|sehari\s+penuh)(?:\s*-?\s*an\b)?", re.I)


def _num(token: str) -> float:
    t = token.lower().strip()
    if t == "setengah":
        return 0.5
    if t in NUMBER_WORDS:
        return float(NUMBER_WORDS[t])
    return float(t.replace(",", "."))


def _remove(text: str, m: re.Match, sep: str = " ") -> str:
    return (text[: m.start()] + sep + text[m.end():]).strip()


def _weekday_back(name: str, today: date, *, strictly_past: bool) -> date:
    wd = WEEKDAYS[name.lower().replace("'", "")]
    back = (today.weekday() - wd) % 7
    if strictly_past and back == 0:
        back = 7
    return today - timedelta(days=back)


def find_date(text: str, today: date) -> tuple[date | None, str]:
    """The first date phrase in ``text`` and the text without it."""
    m = _WEEKDAY_LAST_WEEK.search(text)
    if m:  # the weekday of the previous calendar week
        monday = today - timedelta(days=today.weekday() + 7)
        return monday + timedelta(days=WEEKDAYS[m[1].lower().replace("'", "")]), _remove(text, m)
    for m in _WEEKDAY_PAST.finditer(text):
        if m[1].lower() == "minggu" and not re.search(r"\b(?:hari|hr)\s+minggu", m[0], re.I):
            continue  # "minggu lalu" is last week, not last Sunday
        return _weekday_back(m[1], today, strictly_past=True), _remove(text, m)
    for rx, days in _RELATIVE:
        m = rx.search(text)
        if m:
            return today + timedelta(days=days), _remove(text, m)
    m = _DAYS_AGO.search(text)
    if m:
        n = 7 if m[2] else int(_num(m[1]))
        return today - timedelta(days=n), _remove(text, m)
    for kind, rx in _DATE_PATTERNS:
        m = rx.search(text)
        if not m:
            continue
        try:
            if kind == "iso":
                d = date(int(m[1]), int(m[2]), int(m[3]))
            elif kind == "dmy":
                y = int(m[4]) + (2000 if len(m[4]) == 2 else 0)
                d = date(y, int(m[3]), int(m[1]))
            elif kind == "dm":
                d = _year_guess(int(m[1]), int(m[2]), today)
            elif kind == "d":
                d = _month_guess(int(m[1]), today)
            else:
                mon = MONTHS[m[2].lower()[:3]]
                d = date(int(m[3]), mon, int(m[1])) if m[3] else _year_guess(int(m[1]), mon, today)
        except (ValueError, KeyError):
            continue
        return d, _remove(text, m)
    m = _WEEKDAY.search(text)
    if m:
        if m[2].lower() == "minggu" and not m[1]:
            return None, text  # "minggu" alone usually means "week"
        return _weekday_back(m[2], today, strictly_past=False), _remove(text, m)
    return None, text


def _year_guess(day: int, month: int, today: date) -> date:
    d = date(today.year, month, day)
    if (d - today).days > 31:  # "24/12" written in January means last December
        d = date(today.year - 1, month, day)
    return d


def _month_guess(day: int, today: date) -> date:
    """"tgl 24": this month, or last month when that day is still to come."""
    if day <= today.day:
        return today.replace(day=day)
    first = today.replace(day=1)
    prev = first - timedelta(days=1)
    return prev.replace(day=day)


def _minutes(t: time) -> int:
    return t.hour * 60 + t.minute


def _office_hours(h1: int, h2: int, before: str) -> bool:
    """A bare trailing "13-15" is a time only inside office hours and not after a word that counts things."""
    words = before.split()
    counted = bool(words) and words[-1].strip(".,:").lower() in NOT_HOURS_BEFORE
    return h1 in OFFICE_HOURS and h2 in OFFICE_HOURS and 0 < h2 - h1 <= 10 and not counted


def find_range(text: str, sep: str = " ") -> tuple[time | None, time | None, str]:
    """A start-end time range and the text without it."""
    for rx, shape in ((_TIME_RANGE, "hm-h"), (_HOUR_HM_RANGE, "h-hm"), (_HOUR_RANGE, "h-h"),
                      (_LEADING_HOUR_RANGE, "h-h"), (_TRAILING_HOUR_RANGE, "h-h")):
        m = rx.search(text)
        if not m:
            continue
        g = m.groups()
        if shape == "hm-h":
            h1, m1, h2, m2 = int(g[0]), int(g[1]), int(g[2]), int(g[3] or 0)
        elif shape == "h-hm":
            h1, m1, h2, m2 = int(g[0]), 0, int(g[1]), int(g[2])
        else:
            h1, m1, h2, m2 = int(g[0]), 0, int(g[1]), 0
        if h1 > 23 or h2 > 24 or m1 > 59 or m2 > 59:
            continue
        start, end = time(h1, m1), time(h2 % 24, m2)
        if shape == "h-h" and rx is _LEADING_HOUR_RANGE and _minutes(end) <= _minutes(start):
            continue
        if rx is _TRAILING_HOUR_RANGE and not _office_hours(h1, h2, text[:m.start()]):
            continue
        return start, end, _remove(text, m, sep)
    return None, None, text


def find_duration(text: str, sep: str = " ") -> tuple[int | None, str]:
    """Minutes of the first duration phrase and the text without it."""
    m = _DURATION.search(text)
    if m:
        if m.group(1):
            hours = _num(m.group(1)) + (0.5 if re.search(r"setengah\s*(?:jam|jm|j)\b", m.group(0), re.I)
                                        and m.group(1).lower() != "setengah" else 0)
            minutes = round(hours * 60) + (int(m.group(2)) if m.group(2) else 0)
        else:
            minutes = int(m.group(3))
        return minutes, _remove(text, m, sep)
    m = _DURATION_WORD.search(text)
    if not m:
        return None, text
    word = m.group(1).lower()
    minutes = 60 if word == "sejam" else 30 if word.startswith("setengah") else None  # "seharian": how long?
    return minutes, _remove(text, m, sep)


def find_time(text: str, sep: str = " ") -> tuple[time | None, time | None, int | None, str]:
    """Start, end, minutes and the text without the time phrases (a range wins over a duration);
    ``sep`` takes the place of each phrase removed."""
    start, end, text = find_range(text, sep)
    minutes = None
    if start and end:
        diff = _minutes(end) - _minutes(start)
        if diff > 0:
            minutes = diff
    found, text = find_duration(text, sep)
    if minutes is None:
        minutes = found
    return start, end, minutes, text
