"""JEJAK_CHROMA_URL: the same ingest, search and remove against a real Chroma server (`chroma run`)."""
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from jejak.cli import main


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def chroma_url(tmp_path):
    exe = Path(sys.executable).parent / "chroma"
    if not exe.exists():
        pytest.skip("the chroma server command of the chromadb package is not installed")
    port = _free_port()
    proc = subprocess.Popen([str(exe), "run", "--path", str(tmp_path / "server"), "--host", "127.0.0.1",
                             "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(f"{url}/api/v2/heartbeat", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                pytest.fail("chroma run did not start")
            time.sleep(0.2)
        yield url
    finally:
        proc.terminate()
        proc.wait(10)


def _cli(args, capsys):
    try:
        main(args)
    except SystemExit as exc:
        assert not exc.code, capsys.readouterr()
    return capsys.readouterr().out


def test_ingest_search_and_remove_through_a_chroma_server(settings, chroma_url, monkeypatch, tmp_path, capsys):
    monkeypatch.setenv("JEJAK_DATA_DIR", str(settings.data_dir))
    monkeypatch.setenv("JEJAK_CHROMA_URL", chroma_url)
    doc = tmp_path / "layanan.md"
    doc.write_text("# Helpdesk\n\nTiket pengguna aplikasi dijawab dalam satu hari kerja.\n\n"
                   "# Anggaran\n\nRevisi DIPA diajukan ke Bagian Umum.\n", encoding="utf-8")
    assert "layanan.md" in _cli(["ingest", str(doc), "--instansi", "uji"], capsys)
    assert not (settings.data_dir / "chroma" / "chroma.sqlite3").exists()  # the vectors live on the server

    out = _cli(["kb", "search", "menjawab tiket helpdesk", "--instansi", "uji", "--k", "1", "--json"], capsys)
    assert "Helpdesk" in out and "layanan.md" in out
    assert "layanan.md" in _cli(["kb", "list", "--instansi", "uji"], capsys)
    _cli(["kb", "remove", "layanan.md", "--instansi", "uji"], capsys)
    assert "layanan.md" not in _cli(["kb", "list", "--instansi", "uji"], capsys)
