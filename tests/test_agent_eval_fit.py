"""``jejak eval --fit``: recalibration with held-out figures, through the real entry point."""
import json
from pathlib import Path

import pytest

from agent.analyst import values as V
from jejak.cli import main

DEVSET = Path(__file__).resolve().parent.parent / "agent" / "data" / "devset.jsonl"


@pytest.fixture
def calibration_file(tmp_path, monkeypatch):
    path = tmp_path / "calibration.json"
    monkeypatch.setattr(V, "CALIBRATION_FILE", path)
    V.calibration.cache_clear()
    yield path
    V.calibration.cache_clear()


def test_fit_prints_held_out_figures_and_saves_few_parameters(agent_data, monkeypatch, capsys, tmp_path,
                                                              calibration_file):
    monkeypatch.setenv("JEJAK_DATA_DIR", str(agent_data))
    rows = [json.loads(line) for line in DEVSET.read_text(encoding="utf-8").splitlines()[:12]]
    data = tmp_path / "dev.jsonl"
    data.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    try:
        main(["eval", "--data", str(data), "--fit"])
    except SystemExit as exc:
        assert not exc.code
    out = capsys.readouterr().out
    assert "validasi silang 2-lipat (3 pembagian)" in out and "validasi silang 5-lipat" in out
    assert "top-1 probis=" in out and "RHK=" in out and "macro-F1=" in out
    cal = json.loads(calibration_file.read_text(encoding="utf-8"))
    assert set(cal) == {"values", "select", "probis", "pokin", "rhk"}
    assert "h_home" in cal["pokin"] and "i_homecover" in cal["rhk"]
    n_params = sum(len(v) if isinstance(v, dict) else 1 for p in cal.values() for v in p.values())
    assert n_params < 80  # few parameters, so they generalise
