"""Indonesian period expressions -> ``journal.calendar.Period``, in text order.

Single periods: "hari ini", "kemarin", "kemarin lusa", "3 hari lalu", weekday names
("Senin", "Jumat lalu"), "minggu ini/lalu", "2 minggu lalu", "bulan ini/lalu", month
names with or without a year, "minggu ke-2 November", "triwulan IV"/"Q4", "semester
II", "tahun ini/lalu", dates ("12 Oktober", "tanggal 3", "3/11/2026", "2026-11-03"),
"7 hari terakhir", and keys ("2026-11", "2026-W45", "2026-Q4", "2026-11-03..2026-11-26").

Ranges: "dari A sampai B", "A s.d. B", "A - B", "antara A dan B", "3-7 November",
and open ranges to today: "sejak A", "mulai A", "dari tanggal 3", "dari awal bulan".

Every period has a key that parses back to the same days, so the deterministic
understanding and an LLM hand the tools the same kind of argument.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from journal import calendar as cal
from journal.calendar import Period

_MONTHS = {m.lower(): i + 1 for i, m in enumerate(cal.MONTHS_ID)}
_MONTHS.update({m.lower()[:3]: i + 1 for i, m in enumerate(cal.MONTHS_ID)})
_MONTHS.update({"agt": 8, "ags": 8, "sept": 9, "nop": 11, "nopember": 11, "des": 12, "okto": 10, "novem": 11,
                "october": 10, "december": 12, "august": 8})
_MON = "|".join(sorted(_MONTHS, key=len, reverse=True))
_NUM = {"se": 1, "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8,
        "sembilan": 9, "sepuluh": 10, "pertama": 1, "kedua": 2, "ketiga": 3, "keempat": 4, "kelima": 5,
        "i": 1, "ii": 2, "iii": 3, "iv": 4}
_N = r"(\d{1,2}|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh)"
_ROMAN = ("I", "II", "III", "IV")
_WEEKDAYS = {"senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "sabtu": 5, "minggu": 6, "ahad": 6}
_AGO = r"(?:yang\s+)?(?:lalu|sebelumnya|kemarin|yg\s+lalu)"

_PATTERNS = (
    ("iso_range", r"\b(\d{4}-\d{2}-\d{2})\s*\.\.\s*(\d{4}-\d{2}-\d{2})\b"),
    ("iso_day", r"\b(\d{4})-(\d{2})-(\d{2})\b"),
    ("iso_week", r"\b(\d{4})-w(\d{1,2})\b"),
    ("iso_quarter", r"\b(\d{4})-q([1-4])\b"),
    ("iso_semester", r"\b(\d{4})-s([12])\b"),
    ("iso_month", r"\b(\d{4})-(\d{1,2})\b"),
    ("day_range", rf"\b(\d{{1,2}})\s*(?:-|–|s\.d\.|sampai|hingga|sd|s/d)\s*(\d{{1,2}})\s+(?:bulan\s+)?({_MON})\b"
                  r"(?:\s+(\d{4}))?"),
    ("dmy", r"\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})\b"),
    ("dm", r"\b(\d{1,2})/(\d{1,2})\b"),
    ("last_workdays", rf"\b{_N}\s+hari\s+kerja\s+(?:terakhir|belakangan|ke\s*belakang)"),
    ("last_n", rf"\b(?:{_N}\s+|(se))(hari|minggu|pekan|bulan)\s+(?:terakhir|belakangan|ke\s*belakang)"),
    ("week_of_month", r"\b(?:minggu|pekan)\s+(?:ke\s*-?\s*)?(\d|pertama|kedua|ketiga|keempat|kelima|terakhir)"
                      rf"(?:\s+(?:(?:bulan\s+)?({_MON})\b(?:\s+(\d{{4}}))?|bulan\s+(ini|lalu|kemarin)))?"),
    ("n_ago", rf"\b(?:{_N}\s+|(se))(hari|minggu|pekan|bulan)\s+{_AGO}\b"),
    ("day_month", rf"\b(\d{{1,2}})\s+(?:bulan\s+)?({_MON})\b(?:\s+(\d{{4}}))?"),
    ("bare_day", r"\b(?:tanggal|tgl)\s+(\d{1,2})\b(?:\s+bulan\s+(ini|lalu|kemarin|sebelumnya))?"),
    ("quarter", r"\btriwulan\s+(?:ke\s*-?\s*)?(iv|iii|ii|i|[1-4]|pertama|kedua|ketiga|keempat|ini|lalu|kemarin|"
                r"sebelumnya)\b(?:\s+(?:tahun\s+)?(\d{4}))?"),
    ("semester", r"\bsemester\s+(?:ke\s*-?\s*)?(ii|i|[12]|pertama|kedua|ini|lalu)\b(?:\s+(?:tahun\s+)?(\d{4}))?"),
    ("edge", rf"\b(awal|akhir)\s+(?:(bulan|tahun|minggu|pekan|triwulan|semester)(?:\s+(ini|lalu|kemarin))?|"
             rf"(?:bulan\s+)?({_MON})\b)"),
    ("month", rf"\b(?:bulan\s+)?({_MON})\b(?:\s+(\d{{4}}))?"),
    ("weekday_of_week", r"\b(?:hari\s+)?(senin|selasa|rabu|kamis|jumat|sabtu|minggu|ahad)\s+(?:di\s+)?(?:minggu|pekan)\s+"
                        r"(ini|lalu|kemarin|kemaren|sebelumnya)\b"),
    ("sunday", r"(?<!per\s)(?<!tiap\s)\bhari\s+(minggu|ahad)(\s+(?:lalu|kemarin|kemaren))?\b"),
    ("weekday", r"\b(?:(?<!per\s)(?<!tiap\s)hari\s+(minggu)|(?:hari\s+)?(senin|selasa|rabu|kamis|jumat|sabtu|ahad))"
                r"(\s+(?:lalu|kemarin|kemaren))?\b"),
    ("before_yesterday", r"\b(?:kemarin\s+lusa|lusa\s+kemarin)\b"),
    ("today", r"\bhari\s+ini\b|\b(?:tadi|pagi|siang|sore)\s+(?:pagi|siang|sore|ini)\b|\bbarusan\b"),
    ("this_week", r"\b(?:minggu|pekan)\s+ini\b"),
    ("last_week", rf"\b(?:minggu|pekan)\s+{_AGO}\b"),
    ("this_month", r"\bbulan\s+ini\b"),
    ("last_month", rf"\bbulan\s+{_AGO}\b"),
    ("this_year", r"\btahun\s+ini\b"),
    ("last_year", rf"\btahun\s+{_AGO}\b"),
    ("yesterday", r"\bkemarin\b"),
    ("year", r"^\s*(\d{4})\s*$|\btahun\s+(\d{4})\b"),
)
_POINTS = ("iso_day", "dmy", "dm", "day_month", "edge", "today", "yesterday", "before_yesterday", "weekday", "sunday",
           "weekday_of_week",
           "bare_day")
_TO = r"^\s*(?:-|–|s\.d\.|sd|s/d|sampai|hingga|sampe)\s*(?:dengan\s+)?(?:tanggal\s+|tgl\s+)?$"
_NOW = re.compile(r"^\s*(?:-|–|s\.d\.|sd|s/d|sampai|hingga|sampe)\s*(?:dengan\s+)?(?:sekarang|kini|saat\s+ini)\b")
_UNTIL = re.compile(r"(?:s\.d\.|sd|s/d|sampai|hingga|sampe)\s*(?:dengan\s+)?(?:tanggal\s+|tgl\s+)?$")
_SINCE = re.compile(r"(?:sejak|mulai|semenjak)\s+(?:dari\s+)?(?:tanggal\s+|tgl\s+)?$")
_FROM = re.compile(r"\bdari\s+(?:tanggal\s+|tgl\s+)?$")
_BETWEEN = re.compile(r"\bantara\s+(?:tanggal\s+|tgl\s+)?$")


def fmt(d: date) -> str:
    """A day as dd/mm/yyyy, the house date style."""
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def span(start: date, end: date) -> Period:
    """Any run of days; its key ``YYYY-MM-DD..YYYY-MM-DD`` parses back to it."""
    if start == end:
        return cal.day(start)
    return Period(start, end, f"{fmt(start)} s.d. {fmt(end)}", f"{start.isoformat()}..{end.isoformat()}")


def quarter(year: int, q: int) -> Period:
    """A quarter (triwulan) of a year."""
    start = date(year, 3 * q - 2, 1)
    end = cal.month(f"{year}-{3 * q:02d}").end
    return Period(start, end, f"Triwulan {_ROMAN[q - 1]} {year}", f"{year}-Q{q}")


def semester(year: int, s: int) -> Period:
    """A half-year (semester) of a year."""
    start, end = (date(year, 1, 1), date(year, 6, 30)) if s == 1 else (date(year, 7, 1), date(year, 12, 31))
    return Period(start, end, f"Semester {_ROMAN[s - 1]} {year}", f"{year}-S{s}")


def year(y: int) -> Period:
    """A calendar year."""
    return Period(date(y, 1, 1), date(y, 12, 31), f"Tahun {y}", str(y))


def _month_year(mo: int, y: str | None, today: date) -> int:
    if y:
        return int(y)
    return today.year if mo <= today.month else today.year - 1


def _months_back(today: date, n: int) -> Period:
    y, m = today.year, today.month - n
    while m < 1:
        y, m = y - 1, m + 12
    return cal.month(f"{y}-{m:02d}")


def _num(text: str | None, default: int = 1) -> int:
    if not text:
        return default
    return int(text) if text.isdigit() else _NUM.get(text, default)


def week_of_month(month: Period, n: int | None) -> Period:
    """Week ``n`` of a month (Monday-Sunday), counted from the week of its first working day; ``None`` = last."""
    first = month.start
    while first.weekday() >= 5:
        first += timedelta(days=1)
    monday = first - timedelta(days=first.weekday())
    weeks = []
    while monday <= month.end:
        weeks.append((max(monday, month.start), min(monday + timedelta(days=6), month.end)))
        monday += timedelta(days=7)
    a, b = weeks[-1] if n is None else weeks[min(n, len(weeks)) - 1]
    return Period(a, b, f"Minggu ke-{len(weeks) if n is None else n} {month.label} ({fmt(a)} s.d. {fmt(b)})",
                  f"{a.isoformat()}..{b.isoformat()}")


def _relative_month(word: str | None, today: date) -> Period:
    return _months_back(today, 1) if word in ("lalu", "kemarin") else cal.month_of(today)


def _build(kind: str, g: tuple, today: date) -> Period | None:  # noqa: C901 - one table of forms
    if kind == "iso_range":
        a, b = date.fromisoformat(g[0]), date.fromisoformat(g[1])
        return span(min(a, b), max(a, b))
    if kind == "iso_day":
        return cal.day(date(int(g[0]), int(g[1]), int(g[2])))
    if kind == "iso_week":
        return cal.week(f"{g[0]}-W{int(g[1]):02d}")
    if kind == "iso_quarter":
        return quarter(int(g[0]), int(g[1]))
    if kind == "iso_semester":
        return semester(int(g[0]), int(g[1]))
    if kind == "iso_month":
        return cal.month(f"{g[0]}-{g[1]}") if 1 <= int(g[1]) <= 12 else None
    if kind == "day_range":
        mo = _MONTHS[g[2]]
        y = _month_year(mo, g[3], today)
        a, b = date(y, mo, int(g[0])), date(y, mo, int(g[1]))
        return span(min(a, b), max(a, b))
    if kind == "dmy":
        y = int(g[2]) + (2000 if len(g[2]) == 2 else 0)
        return cal.day(date(y, int(g[1]), int(g[0])))
    if kind == "dm":
        d, mo = int(g[0]), int(g[1])
        return cal.day(date(_month_year(mo, None, today), mo, d)) if 1 <= mo <= 12 else None
    if kind == "week_of_month":
        if g[1]:
            month = cal.month(f"{_month_year(_MONTHS[g[1]], g[2], today)}-{_MONTHS[g[1]]:02d}")
        else:
            month = _relative_month(g[3], today)
        return week_of_month(month, None if g[0] == "terakhir" else _num(g[0]))
    if kind == "last_workdays":  # Monday to Friday (holidays are the tools' business)
        n, d = _num(g[0]), today
        while True:
            if d.weekday() < 5:
                n -= 1
            if n <= 0:
                return span(d, today)
            d -= timedelta(days=1)
    if kind == "last_n":
        n, unit = (1 if g[1] else _num(g[0])), g[2]
        if unit == "bulan":
            return span(_months_back(today, n - 1).start, today)
        return span(today - timedelta(days=n * (1 if unit == "hari" else 7) - 1), today)
    if kind == "n_ago":
        n, unit = (1 if g[1] else _num(g[0])), g[2]
        if unit == "hari":
            return cal.day(today - timedelta(days=n))
        if unit == "bulan":
            return _months_back(today, n)
        return cal.week_of(today - timedelta(days=7 * n))
    if kind == "day_month":
        mo = _MONTHS[g[1]]
        return cal.day(date(_month_year(mo, g[2], today), mo, int(g[0])))
    if kind == "quarter":
        word = g[0]
        cur = (today.month - 1) // 3 + 1
        if word == "ini":
            return quarter(today.year, cur)
        if word in ("lalu", "kemarin", "sebelumnya"):
            return quarter(today.year, cur - 1) if cur > 1 else quarter(today.year - 1, 4)
        return quarter(int(g[1]) if g[1] else today.year, _num(word))
    if kind == "semester":
        cur = 1 if today.month <= 6 else 2
        if g[0] == "ini":
            return semester(today.year, cur)
        if g[0] == "lalu":
            return semester(today.year, 1) if cur == 2 else semester(today.year - 1, 2)
        return semester(int(g[1]) if g[1] else today.year, _num(g[0]))
    if kind == "edge":
        first = g[0] == "awal"
        if g[3]:
            base = cal.month(f"{_month_year(_MONTHS[g[3]], None, today)}-{_MONTHS[g[3]]:02d}")
        elif g[1] == "tahun":
            base = year(today.year - (g[2] in ("lalu", "kemarin")))
        elif g[1] in ("minggu", "pekan"):
            base = cal.week_of(today - timedelta(days=7 * (g[2] in ("lalu", "kemarin"))))
        elif g[1] in ("triwulan", "semester"):
            base = _build("quarter" if g[1] == "triwulan" else "semester",
                          ("lalu" if g[2] in ("lalu", "kemarin") else "ini", None), today)
        else:
            base = _relative_month(g[2], today)
        return cal.day(base.start if first else base.end)
    if kind == "month":
        mo = _MONTHS[g[0]]
        return cal.month(f"{_month_year(mo, g[1], today)}-{mo:02d}")
    if kind == "before_yesterday":
        return cal.day(today - timedelta(days=2))
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
        return _months_back(today, 1)
    if kind == "this_year":
        return year(today.year)
    if kind == "last_year":
        return year(today.year - 1)
    if kind == "year":
        return year(int(next(x for x in g if x)))
    if kind == "weekday_of_week":  # "selasa minggu lalu": the Tuesday of last week
        monday = today - timedelta(days=today.weekday()) - timedelta(days=7 * (g[1] != "ini"))
        return cal.day(monday + timedelta(days=_WEEKDAYS[g[0]]))
    if kind == "sunday":
        return _build("weekday", (g[0], None, g[1]), today)
    if kind == "weekday":
        wd = _WEEKDAYS[g[0] or g[1]]
        back = (today.weekday() - wd) % 7
        if g[2] and back == 0:
            back = 7
        return cal.day(today - timedelta(days=back))
    if kind == "bare_day":
        d = int(g[0])
        y, mo = today.year, today.month
        if (g[1] and g[1] != "ini") or (not g[1] and d > today.day):
            prev = _months_back(today, 1).start
            y, mo = prev.year, prev.month
        return cal.day(date(y, mo, d))
    return None


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    period: Period
    point: bool


def _atoms(low: str, today: date) -> list[Mention]:
    taken: list[tuple[int, int]] = []
    found: list[Mention] = []
    for kind, pattern in _PATTERNS:
        for m in re.finditer(pattern, low):
            if m.end() == m.start() or any(a < m.end() and m.start() < b for a, b in taken):
                continue
            try:
                p = _build(kind, m.groups(), today)
            except (ValueError, IndexError, KeyError):
                p = None
            if p:
                taken.append((m.start(), m.end()))
                found.append(Mention(m.start(), m.end(), p, kind in _POINTS))
    return sorted(found, key=lambda x: x.start)


def mentions(text: str, today: date) -> list[Mention]:
    """Every period in ``text`` with its place, ranges joined, in the order written."""
    low = " ".join(text.lower().split())
    atoms = _atoms(low, today)
    comparing = re.search(r"\b(banding|bandingkan|dibanding|dibandingkan|perbandingan|naik|turun|selisih)\b", low)
    out: list[Mention] = []
    until: Mention | None = None
    i = 0
    while i < len(atoms):
        a = atoms[i]
        before = low[:a.start]
        nxt = atoms[i + 1] if i + 1 < len(atoms) else None
        gap = low[a.end:nxt.start] if nxt else ""
        if nxt and (re.match(_TO, gap) or (_BETWEEN.search(before) and re.match(r"^\s*dan\s*(?:tanggal\s+)?$", gap))):
            start = _BETWEEN.search(before) or _SINCE.search(before) or _FROM.search(before)
            out.append(Mention(start.start() if start else a.start, nxt.end,
                               span(min(a.period.start, nxt.period.start), max(nxt.period.end, a.period.start)), False))
            i += 2
            continue
        since = _SINCE.search(before) or (_FROM.search(before) if a.point and not comparing else None)
        until_now = _NOW.match(low[a.end:])
        if (since or until_now) and a.period.start <= today:
            end = a.end + (until_now.end() if until_now else 0)
            out.append(Mention(since.start() if since else a.start, end, span(a.period.start, today), False))
        elif _UNTIL.search(before) and until is None:
            until = a  # "s.d. tanggal 15": the end of a range whose start is said elsewhere
        else:
            out.append(a)
        i += 1
    if until is not None:
        first = min(out, key=lambda m: m.period.start, default=None)
        start = first.period.start if first else cal.month_of(until.period.end).start
        if first:
            out.remove(first)
        out.append(Mention(min(until.start, first.start if first else until.start), until.end,
                           span(min(start, until.period.end), until.period.end), False))
        out.sort(key=lambda m: m.start)
    return out


def find_periods(text: str, today: date) -> list[Period]:
    """Every period mentioned in ``text``, in the order written."""
    return [m.period for m in mentions(text, today)]


def parse_period(text: str | None, today: date, default: str = "bulan ini") -> Period:
    """One period from a short expression; ``default`` when empty or not understood."""
    found = find_periods(text or "", today)
    return found[0] if found else find_periods(default, today)[0]


def previous(p: Period) -> Period:
    """The period of the same kind just before ``p`` (for "naik atau turun?")."""
    key = p.key
    if re.fullmatch(r"\d{4}-W\d{2}", key):
        return cal.week_of(p.start - timedelta(days=7))
    if re.fullmatch(r"\d{4}-\d{2}", key):
        return cal.month_of(p.start - timedelta(days=1))
    if re.fullmatch(r"\d{4}-Q\d", key):
        y, q = int(key[:4]), int(key[-1])
        return quarter(y, q - 1) if q > 1 else quarter(y - 1, 4)
    if re.fullmatch(r"\d{4}", key):
        return year(p.start.year - 1)
    length = (p.end - p.start).days + 1
    return span(p.start - timedelta(days=length), p.start - timedelta(days=1))
