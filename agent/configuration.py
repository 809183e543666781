"""The agent's configuration, taken from jejak Settings (or any object with the same attribute
names: the agent never imports jejak). The defaults live in Settings only."""
from __future__ import annotations

from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class AgentConfig:
    min_text_len: int
    max_text_len: int
    max_days_back: int
    max_minutes_per_day: int
    timezone: str
    llm_timeout: float
    default_instansi: str
    llm: str | None
    llm_base_url: str | None
    duplicate_threshold: float
    calibration_file: Path | None  # None: the packaged calibration

    @classmethod
    def from_settings(cls, obj: Any) -> AgentConfig:
        if isinstance(obj, cls):
            return obj
        return cls(**{f.name: getattr(obj, f.name) for f in fields(cls)})
