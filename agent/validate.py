"""Checks before analysis: length, is it work at all, dates, durations, day totals,
near-duplicates, and which follow-up question to ask when something is missing."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from agent import messages as M
from agent.parse import ParsedEntry

GREETINGS = frozenset(
    "halo hallo hai hay hi hello helo hey pagi siang sore malam selamat assalamualaikum assalamu alaikum "
    "salam terima kasih makasih trims thanks thank you ok oke okay sip siap tes test testing ping p min "
    "admin bot apa kabar baik yuk mas mbak pak bu bapak ibu kak om gan bro sis hehe wkwk haha mantap "
    "good morning banyak sekali ya dong nih deh kok gimana bagaimana cara bisa tolong bantu help start mulai".split()
)
_WORD = re.compile(r"[a-zA-Z]+")
_VOWELS = set("aiueo")


def looks_like_word(w: str) -> bool:
    w = w.lower()
    if len(w) > 25 or not (set(w) & _VOWELS):
        return False
    if re.search(r"[^aiueo]{5,}", w) or re.search(r"(.)\1\1", w):
        return False
    return True


def is_work_text(text: str) -> bool:
    """False for greetings, chit-chat and gibberish."""
    words = _WORD.findall(text)
    content = [w for w in words if w.lower() not in GREETINGS and len(w) >= 3]
    if len(content) < 1 or len([w for w in words if len(w) >= 3]) < 2:
        return False
    real = [w for w in content if looks_like_word(w)]
    return len(real) >= max(1, 0.6 * len(content))


def check_length(text: str, min_len: int, max_len: int) -> str | None:
    n = len(text.strip())
    if n < min_len:
        return M.TOO_SHORT.format(n=n, min=min_len)
    if n > max_len:
        return M.TOO_LONG.format(n=n, max=max_len)
    return None


def check_date(entry: ParsedEntry, today: date, max_days_back: int) -> str | None:
    if entry.day > today:
        return M.FUTURE_DATE.format(day=entry.day.strftime("%d/%m/%Y"))
    if (today - entry.day).days > max_days_back:
        return M.TOO_OLD.format(day=entry.day.strftime("%d/%m/%Y"), n=max_days_back)
    return None


def missing_field(entry: ParsedEntry) -> str | None:
    """'minutes', 'output', 'both' or None."""
    no_min, no_out = entry.minutes is None, entry.output is None
    if no_min and no_out:
        return "both"
    if no_min:
        return "minutes"
    if no_out:
        return "output"
    return None


def question_for(entry: ParsedEntry, field: str) -> str:
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
