"""The agent's commands through the real entry point ``jejak.cli.main``."""
import json

import pytest

from jejak.cli import main
from tests.fixtures_agent import FAJAR, SITI


@pytest.fixture
def cli(agent_data, monkeypatch, capsys):
    monkeypatch.setenv("JEJAK_DATA_DIR", str(agent_data))

    def run(*argv: str) -> tuple[int, str]:
        code = 0
        try:
            main(list(argv))
        except SystemExit as exc:
            code = exc.code or 0
        out = capsys.readouterr()
        return code, out.out + out.err

    return run


def test_log_followup_without_tty_then_answer(cli):
    code, out = cli("log", "--nip", SITI, "verifikasi SPJ honor narasumber")
    assert code == 0 and "Berapa lama" in out
    code, out = cli("log", "--nip", SITI, "2 jam, 12 dokumen")
    assert code == 0 and "Tersimpan" in out and "PB-6.1.1" in out


def test_log_json_and_tanggal(cli):
    from datetime import date, timedelta

    yesterday = (date.today() - timedelta(days=1)).isoformat()
    code, out = cli("log", "--nip", FAJAR, "--json", "--tanggal", yesterday,
                    "melayani permintaan data 1 jam, 1 tabel")
    assert code == 0
    data = json.loads(out)
    assert data["status"] == "saved" and data["activity_ids"]
    assert data["results"][0]["day"] == yesterday


def test_log_unknown_nip_is_a_clear_error(cli):
    code, out = cli("log", "--nip", "123", "rapat tim 1 jam, 1 notulen")
    assert code == 1 and "belum terdaftar" in out


def test_analyze_jsonl(cli, tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join([
        json.dumps({"id": "a", "text": "melayani konsultasi data pengguna"}),
        json.dumps({"stage": "menyusun program validasi data susenas"}),
        json.dumps({"id": 3, "activity": "rapat koordinasi dengan tim"}),
    ]) + "\n", encoding="utf-8")
    out_file = tmp_path / "out.jsonl"
    code, out = cli("analyze", "--jsonl", str(src), "--out", str(out_file), "--instansi", "dsis", "--nip", FAJAR)
    assert code == 0
    lines = [json.loads(line) for line in out_file.read_text(encoding="utf-8").splitlines()]
    assert [line["id"] for line in lines] == ["a", 2, 3]
    keys = {"id", "berakhlak", "berakhlak_ranking", "berakhlak_scores", "probis", "pokin", "rhk",
            "explanation", "citations", "analyst"}
    assert all(set(line) == keys for line in lines)
    assert lines[0]["berakhlak_ranking"][0] == "Berorientasi Pelayanan"
    assert lines[1]["rhk"]["id"] == "RHK-1"
    code, out = cli("analyze", "--jsonl", str(src))  # no agency, no person: values only
    first = json.loads(out.splitlines()[0])
    assert first["berakhlak"] and first["probis"] is None and first["rhk"] is None


def test_eval_small_set(cli, tmp_path):
    data = tmp_path / "dev.jsonl"
    data.write_text("\n".join(json.dumps(r) for r in [
        {"id": "1", "text": "melayani konsultasi data pengguna", "berakhlak": ["Berorientasi Pelayanan"],
         "nip": FAJAR, "probis": "PB-2.4", "pokin": "PK-1.2.4", "rhk": "RHK-3"},
        {"id": "2", "text": "mengajar matematika kelas 8", "berakhlak": ["Kompeten", "Berorientasi Pelayanan"]},
    ]) + "\n", encoding="utf-8")
    code, out = cli("eval", "--data", str(data), "--json")
    assert code == 0
    [(label, m)] = json.loads(out.strip().splitlines()[-1]).items()
    assert label.startswith("dev")
    assert m["n"] == 2 and m["probis_top1"] == 1.0 and 0 <= m["macro_f1"] <= 1
    assert m["kinds"]["probis"]["recall_at_k"] == 1.0 and m["kinds"]["probis"]["labelled"] == 1
    code, out = cli("eval", "--data", str(data))
    assert "probis: top1 r@8" in out and "R-prec" in out and out.count("\n") >= 3


def test_demo_runs_twice(cli):
    for _ in range(2):
        code, out = cli("demo")
        assert code == 0
        assert out.count("Tersimpan") >= 5
        assert "Berapa lama" in out and "Ringkasan hari ini" in out
        assert "Galat" not in out


def test_koreksi_and_konfirmasi(cli, agent_data):
    """Corrections by code through the CLI: checked against the agency's documents and the owner's
    SKP, recorded with who and what, and the entry becomes an example."""
    from journal.corrections import examples, history
    from journal.db import Journal

    code, out = cli("log", "--nip", FAJAR, "--json", "melayani permintaan data 1 jam, 1 tabel")
    activity_id = json.loads(out)["activity_ids"][0]
    code, out = cli("koreksi", str(activity_id), "--nip", FAJAR, "--probis", "PB-9.9")
    assert code == 1 and "Galat:" in out and "PB-9.9" in out and "tidak ada" in out
    code, out = cli("koreksi", str(activity_id), "--nip", FAJAR, "--rhk", "RHK-99")
    assert code == 1 and "RHK-3" in out  # the refusal lists the owner's own RHK
    code, out = cli("koreksi", str(activity_id), "--nip", SITI, "--probis", "PB-2.4")
    assert code == 1 and "bukan milik Anda" in out  # a colleague outside one's scope cannot
    code, out = cli("koreksi", str(activity_id), "--nip", FAJAR)
    assert code != 0 and "--probis" in out
    code, out = cli("koreksi", str(activity_id), "--nip", FAJAR, "--probis", "pb-2.3.1", "--pokin", "-",
                    "--nilai", "kolaboratif, Akuntabel")
    assert code == 0 and "dikoreksi" in out and "PB-2.3.1" in out and "Pokin:" in out
    j = Journal(f"sqlite:///{agent_data / 'jejak.db'}")
    try:
        changes = history(j, activity_id)
        assert {c.field for c in changes} >= {"probis", "nilai"} and all(c.actor_nip == FAJAR for c in changes)
        [ex] = [e for e in examples(j, "dsis") if e.activity_id == activity_id]
        assert ex.probis == "PB-2.3.1" and ex.pokin is None and ex.values == ("Kolaboratif", "Akuntabel")
    finally:
        j.close()
    code, out = cli("log", "--nip", FAJAR, "--json", "rekap permintaan data bulan ini 1 jam, 1 tabel")
    second = json.loads(out)["activity_ids"][0]
    code, out = cli("konfirmasi", str(second), "--nip", FAJAR)
    assert code == 0 and "dikonfirmasi" in out
    code, out = cli("konfirmasi", str(second), "--nip", SITI)
    assert code == 1 and "bukan milik Anda" in out
