"""One chat message -> the activities in it.

Lines, bullets ("-", "•", "✅", "1.", "1)") and inline numbering separate items; within
a line "abis itu", "lalu", "kemudian", "terus", ";" and " + " separate two activities
when the part before is complete in itself (it has its own time, duration or output)
and the part after names work. A first line that is only a date or ends with ":"
("Kmrn:", "Tgl 20/11 (jumat) ya:") is a header whose date applies to the items under it.
"""
from __future__ import annotations

import re
from datetime import date

from agent.parse_output import find_output, no_output
from agent.parse_time import find_date, find_time
from agent.worktext import content_words

BULLET = re.compile(r"^\s*(?:\d{1,2}[.)](?=\s|[^\W\d_])|[-*•·▪►➤→]|[✅✔☑️🔹🔸▫◾⏺🟢]+)\s*")
_INLINE_NUM = re.compile(r"(?:^|\s)(\d{1,2})[.)]\s+")
_CONNECTOR = re.compile(
    r"\s*;\s*|\s+\+\s+|,?\s*\b(?:abis\s+itu|habis\s+itu|abis\s+tu|abis\s+tuh|setelah\s+itu|stlh\s+itu|sesudah\s+itu|"
    r"lalu|kemudian|kmd|terus|trus|trs|selanjutnya|dilanjut(?:kan)?\s+dengan|dilanjut|dan\s+lanjut)\b\s*", re.I)
_TIME_BEFORE_LALU = re.compile(r"(?:minggu|pekan|bulan|tahun|hari|hr|yg|yang|senin|selasa|rabu|kamis|jumat|jum'at|"
                               r"sabtu|ahad|kemarin|kmrn)\s*$", re.I)
_ANY_DAY = date(2000, 1, 15)  # only whether a date phrase is there matters
_EMOJI = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F\u200d]+")


def normalize(text: str) -> str:
    """The chat shorthand rewritten for parsing (the user's own words are kept elsewhere)."""
    t = re.sub(r"\s*(?:->|=>|→|➡️?)\s*", ", hasilnya ", text)
    t = _EMOJI.sub(" ", t)
    t = re.sub(r"(?<![\w.,])(\d+(?:[.,]\d+)?)(?=[^\W\d_]{2,})", r"\1 ", t)  # "1jam" -> "1 jam"
    t = t.replace("|", ",")
    t = re.sub(r"\b(?:kegiatan|aktivitas|durasi|waktu|jam\s+kerja)\s*:\s*", " ", t, flags=re.I)
    t = re.sub(r"\b(?:output|hasil|keluaran)\s*:\s*", ", hasilnya ", t, flags=re.I)
    t = re.sub(r"\bhr\b", "hari", t, flags=re.I)
    return re.sub(r"\s+", " ", t).strip()


def strip_bullet(line: str) -> str:
    """A line without its list marker (bullet or number)."""
    return BULLET.sub("", line, count=1).strip()


def is_closed(segment: str) -> bool:
    """The segment has its own time, duration or output: another activity may follow it."""
    _, t = find_date(normalize(segment), _ANY_DAY)
    start, _, minutes, rest = find_time(t, ",")
    output, _ = find_output(rest)
    return bool(start or minutes or output or no_output(rest))


def names_work(segment: str) -> bool:
    """The segment still has words once its date and time are removed, so it can start an activity of its own."""
    t = normalize(segment)
    _, rest = find_date(t, _ANY_DAY)
    _, _, _, rest = find_time(rest)
    return bool(content_words(rest))


def _is_header(line: str) -> bool:
    stripped = line.strip()
    if stripped.endswith(":"):
        return not is_closed(stripped)
    t = normalize(stripped)
    day, rest = find_date(t, _ANY_DAY)
    return day is not None and not content_words(rest) and not is_closed(rest)


def split_inline(line: str) -> list[str]:
    """A line cut at connectors where the part before is complete and the part after names work."""
    nums = list(_INLINE_NUM.finditer(line))
    if len(nums) >= 2 and [int(m[1]) for m in nums] == list(range(1, len(nums) + 1)):
        items = [line[a.end(): (b.start() if b else len(line))].strip()
                 for a, b in zip(nums, nums[1:] + [None], strict=True)]
        return [i for i in items if i]
    line = strip_bullet(line)
    out: list[str] = []
    start = 0
    for m in _CONNECTOR.finditer(line):
        left, right = line[start:m.start()], line[m.end():]
        if not left.strip() or not right.strip():
            continue
        if m.group(0).strip().lower().startswith("lalu") and _TIME_BEFORE_LALU.search(left):
            continue  # "minggu lalu", "3 hari yg lalu"
        if is_closed(left) and names_work(right):
            out.append(left.strip(" ,;"))
            start = m.end()
    out.append(line[start:].strip(" ,;"))
    return [o for o in out if o]


def split_activities(text: str) -> tuple[str, list[str]]:
    """(header, items): several activities in one message become several items."""
    header, groups = split_lines(text)
    return header, [item for group in groups for item in group]


def split_lines(text: str) -> tuple[str, list[list[str]]]:
    """(header, items grouped by the line they were cut from)."""
    lines = [ln.strip() for ln in text.strip().splitlines() if ln.strip()]
    header = ""
    if len(lines) >= 2 and _is_header(lines[0]):
        header, lines = lines[0], lines[1:]
    rows: list[str] = []
    bulleted = sum(1 for ln in lines if BULLET.match(ln)) >= 2
    for ln in lines:
        starts_item = BULLET.match(ln) if bulleted else names_work(ln)
        if rows and not starts_item:
            rows[-1] += " " + ln  # a continuation ("2 jam, 1 notulen" under its activity)
        else:
            rows.append(ln)
    return header, [split_inline(row) for row in rows]
