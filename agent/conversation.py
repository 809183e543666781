"""What a chat message is, given the person's open conversation (``journal.conversation``).

``classify`` reads the message's content, never only the fact that a question is open:

- ``cancel``: "batal", "/batal", "skip", "ga jadi", "yg itu ga usah dicatat": cancels the
  asked item only;
- ``thanks``: "makasih", "👍 makasih bot";
- ``answer``: the duration, time range, date or output asked for, and little else
  ("1 laporan bug", "jam 13.30-15.00", "ga ada, cuma dengerin", "ada, 1 notulen");
- ``new``: an activity (or several) of its own: words of work beyond an answer
  ("trus td ngerapiin query dedup NIK 2 jam, 1 script"); a complete new activity is
  never consumed as an answer;
- ``manage``: a request, in words, to delete or change an entry already saved ("hapus yg terakhir",
  "ubah entri 12"): not an activity; the reply points to /hapus and /ubah;
- ``other``: chat, jokes, gibberish while a question is open ("wkwk lupa 😅").
"""
from __future__ import annotations

import re
from datetime import date
from typing import Any

from agent.parse import ParsedEntry, answer_parts
from agent.parse_words import CANCEL_ANYWHERE, CANCEL_START, OUTPUT_NOUNS
from agent.validate import missing_field, question_for
from agent.worktext import content_words, is_thanks, is_work_text, looks_like_code

CANCEL, THANKS, ANSWER, NEW, OTHER, MANAGE = "cancel", "thanks", "answer", "new", "other", "manage"
# "hapus yg terakhir", "tolong ubah entri 12", "edit kegiatan tadi": an entry named by its place or number
_MANAGE = re.compile(
    r"^(?:tolong\s+|mau\s+|pengen\s+|pgn\s+|bisa\s+)?(hapus|hps|delete|ubah|ganti|edit|koreksi|revisi)\s+"
    r"(?:(?:entri|entry|catatan|kegiatan|jurnal|inputan|input)\s*)?(?:(?:yg|yang)\s+)?"
    r"(?:terakhir|tadi|barusan|td|itu|sebelumnya|nomor\s*(\d+)|no\.?\s*(\d+)|#?(\d+))\b(?:\s+(?:dong|ya|aja|saja|pls))?\s*[.!?]*$",
    re.I)


def is_cancel(text: str) -> bool:
    """A short message that starts with or contains a cancel word is a cancel, not a new activity."""
    low = re.sub(r"\s+", " ", text.strip().lower())
    if any(low == w or re.match(rf"{re.escape(w)}\b", low) for w in CANCEL_START):
        return len(content_words(low)) <= 3 and not re.search(r"\d", low)
    return any(p in low for p in CANCEL_ANYWHERE) and len(content_words(low)) <= 4


def manage_request(text: str) -> tuple[str, int | None] | None:
    """``("hapus" | "ubah", entry number or None)`` when the message asks to delete or change a saved entry."""
    m = _MANAGE.match(re.sub(r"\s+", " ", text.strip()))
    if not m:
        return None
    number = next((int(g) for g in m.groups()[1:] if g), None)
    return ("hapus" if m[1].lower() in ("hapus", "hps", "delete") else "ubah"), number


def classify(text: str, asked: dict[str, Any] | None, today: date) -> str:
    """One of CANCEL, THANKS, ANSWER, NEW, OTHER, MANAGE; ``asked`` is the waiting item asked about."""
    if is_cancel(text):
        return CANCEL
    if is_thanks(text):
        return THANKS
    if manage_request(text):
        return MANAGE
    if asked is None:
        return NEW
    if looks_like_code(text):
        return OTHER
    parts = answer_parts(text, today)
    field = asked.get("field") or "both"
    needs_output = field in ("output", "both")
    if parts["no_output"] and needs_output:
        return ANSWER
    answered = parts["minutes"] is not None or parts["output"] is not None or parts["day"] is not None
    words = parts["leftover"]
    if len(words) <= 1:
        return ANSWER if answered else OTHER
    if not is_work_text(text, has_time=parts["minutes"] is not None):
        return ANSWER if answered and len(words) <= 2 else OTHER
    first = content_words(text)[0].lower()
    if needs_output and parts["minutes"] is None and first in OUTPUT_NOUNS:
        return ANSWER  # "notulen dan daftar hadir": the output asked for, in words
    return NEW


def waiting_item(entry: ParsedEntry, *, source_ref: str | None, channel: str | None) -> dict[str, Any]:
    """An incomplete entry as it waits in the conversation."""
    return {"entry": entry.to_dict(), "field": missing_field(entry), "source_ref": source_ref,
            "channel": channel}


def ask(item: dict[str, Any]) -> str:
    """The question to ask again for a waiting item."""
    return question_for(ParsedEntry.from_dict(item["entry"]), item["field"])


def short(text: str, n: int = 50) -> str:
    """Shorten a text for quoting it back to the user."""
    return text if len(text) <= n else text[: n - 3] + "..."


def is_activity(text: str, today: date) -> bool:
    """The text logs work (a caption that is an activity), not just describes a file: it is work
    and some item in it has a duration, a time range or an output."""
    from agent.parse import parse_message

    if looks_like_code(text) or not is_work_text(text, has_time=bool(re.search(r"\d", text))):
        return False
    return any(e.minutes or e.start or e.output for e in parse_message(text, today))
