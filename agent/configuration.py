"""The agent's configuration, read from jejak Settings or any object with the
same attribute names (the agent never imports jejak)."""
from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any


@dataclass(frozen=True)
class AgentConfig:
    min_text_len: int = 5
    max_text_len: int = 1000
    max_days_back: int = 7
    max_minutes_per_day: int = 660
    timezone: str = "Asia/Jakarta"
    llm_timeout: float = 20.0
    default_instansi: str = "dsis"
    llm: str | None = None
    llm_base_url: str | None = None
    duplicate_threshold: float = 0.8

    @classmethod
    def from_any(cls, obj: Any | None) -> "AgentConfig":
        if obj is None:
            return cls()
        if isinstance(obj, cls):
            return obj
        values = {}
        for f in fields(cls):
            if hasattr(obj, f.name):
                values[f.name] = getattr(obj, f.name)
        return cls(**values)
