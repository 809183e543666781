"""Is a text work at all? Greetings, chat, breaks, code, SQL, markup and key-mashing are not."""
from __future__ import annotations

import re

from agent.parse_words import FILLERS, NOT_OUTPUT_UNITS, NOT_WORK_START

GREETINGS = frozenset(
    ["halo", "hallo", "hai", "hay", "hi", "hello", "helo", "hey", "pagi", "siang", "sore", "malam", "selamat", "assalamualaikum", "assalamu", "alaikum", "salam", "terima", "kasih", "makasih", "trims", "thanks", "thank", "you", "ok", "oke", "okay", "sip", "siap", "tes", "test", "testing", "ping", "p", "min", "admin", "bot", "apa", "kabar", "baik", "yuk", "mas", "mbak", "pak", "bu", "bapak", "ibu", "kak", "om", "gan", "bro", "sis", "hehe", "wkwk", "haha", "mantap", "good", "morning", "banyak", "sekali", "ya", "dong", "nih", "deh", "kok", "gimana", "bagaimana", "cara", "bisa", "tolong", "bantu", "help", "start", "mulai"]
)
THANKS = re.compile(r"^\W*(?:(?:ok(?:e|ay)?|sip|siap|mantap|baik)\W+)*(?:terima\s*kasih|makasih|makasi|trims|thanks|"
                    r"thank\s*you|thx|tq|tks|nuwun|suwun)\b", re.I)
_WORD = re.compile(r"[a-zA-Z]+")
_VOWELS = set("aiueo")
_SQL = re.compile(
    r"\b(?:select\s+[\w*.,\s]+?\s+from|insert\s+into|delete\s+from|drop\s+(?:table|database)|update\s+\w+\s+set|"
    r"union\s+(?:all\s+)?select|truncate\s+table|alter\s+table|create\s+table|exec(?:ute)?\s+xp_)\b"
    r"|'\s*;|;\s*--|\bor\s+'?1'?\s*=\s*'?1|\b1\s*=\s*1\b", re.I)
_MARKUP = re.compile(r"<\s*/?\s*[a-z][a-z0-9]*(?:\s[^<>]*)?>|javascript:|\bon\w+\s*=|\balert\s*\(", re.I)
_CODE = re.compile(
    r"^\s*(?:def\s+\w+\s*\(|class\s+\w+\s*[(:]|function\s*\w*\s*\(|(?:var|let|const)\s+\w+\s*=|"
    r"import\s+[\w.]+\s*(?:;|$|as\s)|from\s+[\w.]+\s+import\b|return\b.*[;*+/=(]|#include\b)"
    r"|\w+\([^()]*\)\s*(?::|\{)\s*$|[{}]\s*$|==|!=|&&|\$\{|console\.log\s*\(", re.I | re.M)
_PERSONAL = re.compile(r"^(?:" + "|".join(re.escape(w) for w in NOT_WORK_START) + r")(?:2|-\w+)?\b", re.I)
_LEAD = re.compile(r"^(?:(?:td|tadi|barusan|trus|terus|lalu|abis\s+itu|habis\s+itu|dulu|pagi|siang|sore|malam|"
                   r"kemarin|kmrn|hari\s+ini|hr\s+ini|oh|eh|iya|ya)\b[\s,:]*)+", re.I)


def looks_like_word(w: str) -> bool:
    """A token that could be a word (has vowels, no long consonant runs or tripled letters), not keyboard mashing."""
    w = w.lower()
    if len(w) > 25 or not (set(w) & _VOWELS):
        return False
    return not (re.search(r"[^aiueo]{5,}", w) or re.search(r"(.)\1\1", w))


def looks_like_code(text: str) -> bool:
    """SQL, HTML/script or program code, whatever durations it ends with."""
    return bool(_SQL.search(text) or _MARKUP.search(text) or _CODE.search(text))


def is_thanks(text: str) -> bool:
    """A thank-you message with nothing else in it, which needs no analysis."""
    return bool(THANKS.search(text)) and len(content_words(text)) == 0


def content_words(text: str) -> list[str]:
    """Words that could name work: no chat particles, greetings, units of time or numbers."""
    return [w for w in _WORD.findall(text)
            if len(w) >= 3 and w.lower() not in FILLERS and w.lower() not in GREETINGS
            and w.lower() not in NOT_OUTPUT_UNITS]


def is_personal(text: str) -> bool:
    """A break or private errand: "ngopi di pantry", "makan siang bareng", "sholat"."""
    return bool(_PERSONAL.match(_LEAD.sub("", text.strip().lower())))


def is_work_text(text: str, has_time: bool = False) -> bool:
    """False for greetings, chit-chat, gibberish, code and breaks.

    One word of work is enough with a duration ("rapat 2 jam"); otherwise two are needed."""
    if looks_like_code(text):
        return False
    content = content_words(text)
    real = [w for w in content if looks_like_word(w)]
    judged = [w for w in content if w in real or not _acronym(w)]  # "SPJ", "spm": neither real nor junk
    if not real or len(real) < 0.6 * len(judged):
        return False
    return len(real) >= 2 or has_time


def _acronym(w: str) -> bool:
    """A short form: "SPJ", "sp2d", "KPPN" (not "kkkk")."""
    return len(w) <= 5 and not re.search(r"(.)\1\1", w.lower()) and (w.isupper() or not set(w.lower()) & _VOWELS)
