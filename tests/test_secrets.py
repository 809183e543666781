"""No secret is ever printed or stored: fake secrets are set, each failure that used to show
one is provoked (a refused Telegram token, an unreachable Bot API under --verbose, an LLM
error quoting the key, a database URL with a password that cannot be reached, a Sheets token
endpoint out of reach), and every output, log line and data file is searched for them."""
from __future__ import annotations

import json
import logging
import tempfile
from pathlib import Path

import pytest

from devtools.ports import free_port
from tests.fixtures_agent import FAJAR

TOKEN = "8123456789:AAFakeTokenForJejakTests_abcdefghijklmn"
KEY = "sk-jejak-FAKE-0123456789abcdefghijkl"
PASSWORD = "Rahasia-Sekali-42"


def _leaks(text: str, secrets: list[str]) -> list[str]:
    return [s for s in secrets if s in text]


def _files_leak(folder: Path, secrets: list[str]) -> list[str]:
    found = []
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            found += [f"{path}: {s[:12]}..." for s in secrets if s.encode() in data]
    return found


@pytest.fixture
def secrets(service_account_info):
    folder = Path(tempfile.mkdtemp(prefix="jejak-secrets-"))
    sa = folder / "sa.json"
    sa.write_text(json.dumps(service_account_info))
    key_body = service_account_info["private_key"].splitlines()[5]  # a line of the key itself
    return folder, sa, [TOKEN, KEY, PASSWORD, key_body]


def test_failures_never_print_or_store_a_secret(secrets, jejak_process):
    from devtools.emulator import Emulator

    folder, sa, values = secrets
    data = folder / "data"
    base = {"JEJAK_DATA_DIR": str(data), "JEJAK_TELEGRAM_TOKEN": TOKEN, "JEJAK_LLM_API_KEY": KEY,
            "JEJAK_GOOGLE_SERVICE_ACCOUNT": str(sa), "JEJAK_SHEETS_JOURNAL_ID": "JURNAL"}
    runs = {}
    emu = Emulator().start()
    try:
        emu.control("fault", method="getMe", kind="unauthorized", count=100)
        for flags in ([], ["--verbose"]):
            runs[f"bot refused {flags}"] = run = jejak_process(
                [*flags, "bot"], {**base, "JEJAK_TELEGRAM_BASE_URL": emu.url}, cwd=folder)
            assert run.code == 1 and "Token bot ditolak" in run.err, run.text[-3000:]
    finally:
        emu.stop()
    runs["bot unreachable"] = run = jejak_process(
        ["--verbose", "bot"], {**base, "JEJAK_TELEGRAM_BASE_URL": f"http://127.0.0.1:{free_port()}"}, cwd=folder,
        stop_after=12)
    assert "Bot API tidak dapat dijangkau" in run.err and "getMe" in run.err, run.text[-3000:]  # URLs were logged
    db = {"JEJAK_DATABASE_URL": f"postgresql+psycopg://jejak:{PASSWORD}@127.0.0.1:{free_port()}/jejak"}
    for flags in ([], ["--verbose"]):
        runs[f"tim {flags}"] = run = jejak_process([*flags, "tim", "--nip", "1"], {**base, **db}, cwd=folder)
        assert run.code == 1 and "tidak dapat dihubungi" in run.err
    runs["sheets"] = run = jejak_process(
        ["--verbose", "sheets", "import"], {**base, "JEJAK_SHEETS_TOKEN_URI": f"http://127.0.0.1:{free_port()}/token"},
        cwd=folder)
    assert run.code == 1 and "tidak dapat dijangkau" in run.err and "Traceback" in run.err  # signing used the key

    leaks = {name: _leaks(run.text, values) for name, run in runs.items()}
    assert not any(leaks.values()), leaks
    assert "***" in runs["bot unreachable"].err  # the token was there, masked
    assert not _files_leak(folder, values[:3])


def test_an_llm_error_quoting_the_key_is_masked_in_logs_and_never_stored(agent_services, settings, fake_llm,
                                                                         capsys):
    from pydantic import SecretStr

    from agent.graph import build_graph
    from agent.runner import log_text_sync
    from jejak.redact import Redactor, install_logging

    cfg = settings.model_copy(update={"llm_api_key": SecretStr(KEY)})
    undo = install_logging(Redactor.from_settings(cfg), logging.WARNING)  # what every jejak command does
    upstream = RuntimeError(f"Error code: 401 - {{'error': {{'message': 'Incorrect API key provided: {KEY}. "
                            f"You can find your API key at https://platform.openai.com/account/api-keys.'}}}}")
    graph = build_graph(knowledge=agent_services.knowledge, journal=agent_services.journal, config=cfg,
                        chat_model=fake_llm([upstream]))
    try:
        result = log_text_sync(graph, nip=FAJAR, text="melayani permintaan data 1 jam, 1 tabel")
    finally:
        undo()
    assert result.status == "saved" and result.results[0]["analyst"] == "embedded"
    err = capsys.readouterr().err
    assert "LLM analyst failed" in err and "Incorrect API key provided: ***" in err and KEY not in err
    assert KEY not in json.dumps(result.to_dict())
    assert not _files_leak(settings.data_dir, [KEY])
