"""Plays the conversation corpus (tests/e2e/data/chat_corpus.jsonl) through the emulator and
the real bot, and reads back the facts stored in the journal.

One bot serves every scenario; between scenarios the journal is emptied of entries,
conversations, reviews, evidence and registrations and the staff links are put back
(``reset``). Turns are taken by meaning: ``tap`` names a button by what it does and
is found among the buttons the actor was actually shown.
"""
from __future__ import annotations

import csv
import io
import re
import time
import zipfile
from datetime import datetime

from sqlalchemy import delete, select

from journal.models import (
    Activity,
    Assessment,
    Conversation,
    Evidence,
    Registration,
    Review,
    SentNotice,
    SheetOp,
    Staff,
)
from tests.conftest import SAMPLE_PACK

REFUSAL = ("❌", "⛔")
WARNING = "⚠️"
BUTTONS = {  # meaning -> callback data pattern ({id} = the entry)
    "setujui": r"rv:a:{id}$", "kembalikan": r"rv:r:{id}$", "komentar": r"rv:c:{id}$",
    "hapus": r"act:del:{id}$", "ubah": r"act:edit:{id}$", "konfirmasi": r"act:ok:{id}$",
    "konfirmasi_hapus": r"del:yes:{id}(:\d+)?$", "urungkan": r"del:undo:{id}$", "pilih_entri": r"ev:pick:{id}$",
    "setujui_pendaftaran": r"reg:ok:\d+$", "tolak_pendaftaran": r"reg:no:\d+$",
}


def staff_ids() -> dict[str, tuple[str, int | None]]:
    """Short name -> (NIP, Telegram id) of the sample agency's staff."""
    out = {}
    with open(SAMPLE_PACK / "pegawai.csv", newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            first = row["nama"].replace("Dr. ", "").split()[0].lower()
            out[first] = (row["nip"], int(row["id_telegram"]) if row["id_telegram"] else None)
    return out


def content(kind: str, turn: int) -> tuple[bytes, str]:
    """File bytes of a kind named in the corpus, distinct per turn; (data, mime)."""
    tag = f"jejak-{turn}".encode()
    if kind == "pdf":
        return b"%PDF-1.4\n% " + tag + b"\n%%EOF\n", "application/pdf"
    if kind in ("docx", "xlsx"):
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as z:
            z.writestr("[Content_Types].xml", "<Types/>")
            z.writestr("word/document.xml" if kind == "docx" else "xl/workbook.xml", "<x>" + tag.decode() + "</x>")
        mime = ("application/vnd.openxmlformats-officedocument.wordprocessingml.document" if kind == "docx"
                else "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        return buf.getvalue(), mime
    if kind == "exe":
        return b"MZ\x90\x00\x03\x00\x00\x00" + tag + b"\x00" * 64, "application/pdf"
    if kind == "txt":
        return b"ini cuma teks biasa " + tag, "image/jpeg"
    return b"\xff\xd8\xff\xe0" + tag + b"\x00" * 32, "image/jpeg"  # jpeg


class Journalist:
    """Direct reads and the reset between scenarios (a second connection to the bot's journal)."""

    def __init__(self, journal):
        self.journal = journal
        with journal.session() as s:
            self.links = {st.nip: (st.telegram_id, st.active, st.blocked_bot) for st in s.scalars(select(Staff))}

    def reset(self) -> None:
        with self.journal.session() as s:
            for model in (Evidence, Review, Assessment, Activity, Conversation, Registration, SheetOp, SentNotice):
                s.execute(delete(model))
            for st in s.scalars(select(Staff)):
                st.telegram_id = None
            s.flush()
            for st in s.scalars(select(Staff)):
                st.telegram_id, st.active, st.blocked_bot = self.links[st.nip]

    def entries(self, nip: str) -> list[dict]:
        with self.journal.session() as s:
            rows = list(s.scalars(select(Activity).where(Activity.nip == nip).order_by(Activity.id)))
            ev = {}
            for aid in s.scalars(select(Evidence.activity_id)):
                ev[aid] = ev.get(aid, 0) + 1
            return [{"id": a.id, "text": a.text, "day": a.day.isoformat(), "minutes": a.minutes,
                     "start": a.start.strftime("%H:%M") if a.start else None,
                     "end": a.end.strftime("%H:%M") if a.end else None, "output": a.output, "volume": a.volume,
                     "status": a.status, "evidence": ev.get(a.id, 0), "deleted": a.deleted} for a in rows]

    def pending(self, nip: str) -> int:
        with self.journal.session() as s:
            row = s.get(Conversation, nip)
            return len((row.state or {}).get("items") or []) if row else 0

    def linked(self, telegram_id: int) -> str | None:
        with self.journal.session() as s:
            return s.scalar(select(Staff.nip).where(Staff.telegram_id == telegram_id, Staff.active.is_(True)))


def chat_of(m: dict) -> int:
    return int(m.get("chat_id") or (m.get("chat") or {}).get("id") or 0)


def matches(row: dict, want: dict) -> bool:
    return all(w.lower() in row["text"].lower() for w in want.get("text_has", []))


def assign(rows: list[dict], wants: list[dict]) -> dict[str, dict] | None:
    """Expected entry (by ref) -> stored row, a one-to-one matching on ``text_has``."""
    owner: dict[int, int] = {}

    def place(i: int, seen: set) -> bool:
        for j, row in enumerate(rows):
            if j in seen or not matches(row, wants[i]):
                continue
            seen.add(j)
            if j not in owner or place(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(wants)):
        if not place(i, set()):
            return None
    return {wants[i]["ref"]: rows[j] for j, i in owner.items()}


class Player:
    def __init__(self, emulator, token: str, journalist: Journalist, clock):
        self.emu = emulator
        self.token = token
        self.j = journalist
        self.clock = clock
        self.staff = staff_ids()
        self.rev = self._latest_rev()
        self.shown: dict[int, list[dict]] = {}  # chat -> bot messages of this scenario (latest version)

    # ------------------------------------------------------------------ emulator
    def _changes(self, since: int, timeout: float = 0) -> list[dict]:
        return self.emu.control("changes", token=self.token, since=since, timeout=timeout) or []

    def _latest_rev(self) -> int:
        seen = self._changes(0)
        return max((m.get("rev", 0) for m in seen), default=0)

    def tg(self, actor: str) -> int:
        if actor.startswith("new:"):
            return int(actor[4:])
        return self.staff[actor][1] or int("99" + self.staff[actor][0][-8:])

    def nip(self, actor: str) -> str | None:
        return None if actor.startswith("new:") else self.staff[actor][0]

    def user(self, actor: str):
        from devtools.emulator import SimUser

        return SimUser(self.emu, self.tg(actor), first_name=actor.split(":")[0].title(), token=self.token)

    def settle(self, timeout: float = 20.0, quiet: float = 0.35) -> list[dict]:
        """Bot messages sent or edited until the bot is done with the turn."""
        got: dict[int, dict] = {}
        deadline = time.monotonic() + timeout
        last_change = None
        while time.monotonic() < deadline:
            fresh = self._changes(self.rev, timeout=quiet)
            for m in fresh:
                self.rev = max(self.rev, m.get("rev", 0))
                got[m["message_id"]] = m
                self.shown.setdefault(chat_of(m), []).append(m)
            if fresh:
                last_change = time.monotonic()
                continue
            busy = any((m.get("text") or "").startswith("Sedang menganalisis") for m in got.values())
            pending = self.emu.control("pending", token=self.token)
            if got and not busy and not pending and time.monotonic() - last_change >= quiet:
                break
        return list(got.values())

    # ------------------------------------------------------------------ turns
    def resolve(self, text: str, refs: dict[str, int]) -> str:
        return re.sub(r"\{(E\d+)\}", lambda m: str(refs[m[1]]), text)

    def button(self, actor: str, meaning: str, entry_id: int | None) -> tuple[dict, str] | None:
        pattern = BUTTONS[meaning].replace("{id}", str(entry_id) if entry_id is not None else r"\d+")
        for m in reversed(self.shown.get(self.tg(actor), [])):
            for row in (m.get("reply_markup") or {}).get("inline_keyboard", []):
                for b in row:
                    if re.match(pattern, b.get("callback_data", "")):
                        return m, b["callback_data"]
        return None

    def play_turn(self, n: int, turn: dict, refs: dict[str, int]) -> list[dict]:
        actor = turn["as"]
        user = self.user(actor)
        if "send" in turn:
            user.send(self.resolve(turn["send"], refs))
        elif "photo" in turn or "document" in turn:
            spec = turn.get("photo") or turn.get("document")
            caption = self.resolve(spec["caption"], refs) if spec.get("caption") else None
            if "photo" in turn:
                data, _ = content("jpeg", n)
                user.send_photo(data, caption=caption)
            else:
                data, mime = content(spec.get("content", "pdf"), n)
                user.send_document(data, name=spec["name"], mime=mime, caption=caption)
        else:
            meaning = turn["tap"]
            entry_id = refs[turn["entry"]] if turn.get("entry") else None
            found = self.button(actor, meaning, entry_id)
            if found is None and meaning in ("setujui", "kembalikan", "komentar"):
                user.send("/tim")  # a supervisor finds the review buttons in the team view
                self.settle()
                found = self.button(actor, meaning, entry_id)
            assert found is not None, f"no '{meaning}' button for {actor} (entry {entry_id})"
            message, data = found
            user.press(message, data)
        return [m for m in self.settle() if chat_of(m) == self.tg(actor)]

    def refs_now(self, scenario: dict) -> dict[str, int]:
        """Entry numbers of the refs that exist by now, matched by their words (first unmatched row wins);
        a ref whose final words are not written yet (an entry about to be corrected) takes the next row left."""
        refs = {}
        for actor, wants in scenario["expect"].get("entries", {}).items():
            rows = self.j.entries(self.nip(actor)) if self.nip(actor) else []
            used: set[int] = set()
            for w in wants:
                hit = next((r for r in rows if r["id"] not in used and matches(r, w)), None)
                if hit is not None:
                    used.add(hit["id"])
                    refs[w["ref"]] = hit["id"]
            left = [r["id"] for r in rows if r["id"] not in used]
            for w in wants:
                if w["ref"] not in refs and left:
                    refs[w["ref"]] = left.pop(0)
        return refs

    def play(self, scenario: dict) -> dict:
        """Play one scenario from a clean journal; what was seen, per turn and per actor."""
        self.j.reset()
        self.shown = {}
        self.rev = self._latest_rev()
        self.clock.set(datetime.fromisoformat(scenario["now"]))
        turns = []
        for n, turn in enumerate(scenario["turns"]):
            replies = self.play_turn(n, turn, self.refs_now(scenario))
            turns.append([m.get("text") or m.get("caption") or "" for m in replies])
        return {"turns": turns, "seen": {chat: [m.get("text") or "" for m in ms] for chat, ms in self.shown.items()}}
