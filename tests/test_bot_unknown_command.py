"""An unknown bot command names the command meant when it looks like a slip."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("typed, meant", [("/hari_ni", "/hari_ini"), ("/rekapp 2026-11", "/rekap"),
                                          ("/setuju 12", "/setujui"), ("/xyz", None)])
def test_an_unknown_command_names_the_one_meant_when_close(typed, meant):
    from bot.robustness import unknown_command_text

    reply = unknown_command_text(typed)
    assert reply.startswith("Perintah tidak dikenal")
    assert (f"maksud Anda {meant}?" in reply) if meant else ("maksud" not in reply)
