"""The knowledge-base commands through the real entry point (jejak.cli.main)."""
import json
import shutil

import pytest

from jejak.cli import main
from tests.conftest import SAMPLE_PACK


@pytest.fixture
def env(settings, monkeypatch):
    monkeypatch.setenv("JEJAK_DATA_DIR", str(settings.data_dir))
    return settings


def run(capsys, *args):
    code = 0
    try:
        main(list(args))
    except SystemExit as exc:
        code = exc.code or 0
    out = capsys.readouterr()
    return code, out.out, out.err


def test_ingest_list_search_remove(env, capsys, tmp_path):
    pack = tmp_path / "pack"
    pack.mkdir()
    for name in ("pegawai.csv", "probis.csv"):
        shutil.copy(SAMPLE_PACK / name, pack / name)
    (pack / "catatan.xyz").write_text("?")
    code, out, _ = run(capsys, "ingest", str(pack), str(tmp_path / "hilang.md"), "--instansi", "dsis")
    assert code == 0
    assert "pegawai.csv" in out and "probis.csv" in out and "baru" in out
    assert "tidak didukung" in out and "tidak ditemukan" in out
    assert "Jurnal: 12 pegawai" in out

    from journal.db import Journal
    from journal.staff import get_staff

    j = Journal(env.db_url)
    assert get_staff(j, "198108232004122002").role == "atasan"  # `jejak log --nip` can find her now
    j.close()

    code, out, _ = run(capsys, "ingest", str(pack / "probis.csv"), "--instansi", "dsis")
    assert "tidak berubah" in out

    code, out, _ = run(capsys, "kb", "list")
    assert code == 0 and "probis.csv" in out and "pegawai.csv" in out

    code, out, _ = run(capsys, "kb", "search", "PB-1.2", "--json", "--k", "2")
    hits = json.loads(out)
    assert hits[0]["rank"] == 1 and hits[0]["record_id"] == "PB-1.2"
    assert hits[0]["citation"].startswith("probis.csv baris") and len(hits) == 2

    code, out, _ = run(capsys, "kb", "search", "ketua tim integrasi data", "--type", "staff")
    assert code == 0 and "pegawai.csv baris" in out and "staff" in out

    code, out, _ = run(capsys, "kb", "remove", "probis.csv")
    assert code == 0 and "dihapus" in out
    code, out, err = run(capsys, "kb", "remove", "probis.csv")
    assert code == 1 and err.startswith("Galat: ") and "tidak ada" in err


def test_ingest_nothing_usable_fails(env, capsys, tmp_path):
    code, out, _ = run(capsys, "ingest", str(tmp_path / "tidak-ada"), "--instansi", "dsis")
    assert code == 1 and "tidak ditemukan" in out
    code, _, err = run(capsys, "ingest", str(tmp_path), "--type", "resep")
    assert code == 1 and "tidak dikenal" in err


def test_empty_kb_messages(env, capsys):
    code, out, _ = run(capsys, "kb", "list")
    assert code == 0 and "masih kosong" in out
    code, out, _ = run(capsys, "kb", "search", "apa saja")
    assert code == 0 and "Tidak ada hasil" in out


def test_eval_on_a_small_query_file(env, capsys, tmp_path):
    pack = tmp_path / "pack"
    pack.mkdir()
    shutil.copy(SAMPLE_PACK / "probis.csv", pack / "probis.csv")
    data = pack / "q.jsonl"
    data.write_text("\n".join(json.dumps(q) for q in [
        {"query": "PB-5.2", "relevant": [{"source": "probis.csv", "id": "PB-5.2"}], "type": "probis"},
        {"query": "ngurus revisi POK / DIPA", "relevant": [{"source": "probis.csv", "id": "PB-5.2"}]},
    ]) + "\n", encoding="utf-8")
    code, out, _ = run(capsys, "kb", "eval", "--data", str(data))
    assert code == 0
    assert "kosong" in out  # ingested the query file's folder into a temporary store
    assert "2 kueri" in out and "recall@5 = 1.000" in out and "MRR" in out
    code, out, _ = run(capsys, "kb", "list")
    assert "masih kosong" in out  # the user's store was not touched
