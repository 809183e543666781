"""`jejak bench bot`: `jejak bot` as its own process, simulated users through the emulator."""
import pytest

from jejak.cli import main


def test_bench_bot_runs_the_real_bot_process_and_counts_every_answer(capsys):
    from devtools.emulator import Emulator

    if not Emulator.available():
        pytest.skip("Telegram emulator not installed: run `make node`")
    try:
        main(["bench", "bot", "--users", "3", "--messages", "2", "--timeout", "60"])
    except SystemExit as exc:
        assert not exc.code
    out = capsys.readouterr().out
    assert "proses 'jejak bot' tersendiri" in out
    assert "pesan terkirim        : 6 " in out
    assert "balasan hilang        : 0" in out and "balasan ganda         : 0" in out
    assert "entri tersimpan       : 9" in out  # the warm-up line and two lines per user
