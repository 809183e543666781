"""The emulator's /control/changes (one long poll for all users of `jejak bench bot`)."""
import httpx
import pytest


def test_changes_cursor_is_a_revision_so_no_change_is_missed_or_repeated():
    from devtools.emulator import Emulator

    if not Emulator.available():
        pytest.skip("Telegram emulator not installed: run `make node`")
    emu = Emulator().start()
    try:
        token = "999:CHANGES"
        bot = f"{emu.url}/bot{token}"
        first = httpx.post(f"{bot}/sendMessage", json={"chat_id": 1, "text": "satu"}).json()["result"]
        httpx.post(f"{bot}/sendMessage", json={"chat_id": 2, "text": "dua"})
        seen = emu.control("changes", token=token, since=0, timeout=1)
        assert [m["text"] for m in seen] == ["satu", "dua"]
        revs = [m["rev"] for m in seen]
        assert revs[0] < revs[1]
        # after the last revision seen: nothing old again, however close in time
        assert emu.control("changes", token=token, since=revs[1], timeout=0.2) == []
        httpx.post(f"{bot}/editMessageText", json={"chat_id": 1, "message_id": first["message_id"], "text": "satu!"})
        again = emu.control("changes", token=token, since=revs[1], timeout=1)
        assert [(m["text"], m["edits"]) for m in again] == [("satu!", 1)] and again[0]["rev"] > revs[1]
        assert [m["text"] for m in emu.control("changes", token=token, since=revs[0], timeout=1)] == ["dua", "satu!"]
    finally:
        emu.stop()
