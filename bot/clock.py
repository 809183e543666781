"""The bot's notion of now: real time, or a time set by tests and the benchmark."""
from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from journal.calendar import zone_name


class Clock:
    """Aware UTC now; ``set()`` freezes it (tests), ``set(None)`` returns to real time."""

    def __init__(self, fixed: datetime | None = None):
        self._fixed = fixed

    def set(self, fixed: datetime | None) -> None:
        if fixed is not None and fixed.tzinfo is None:
            fixed = fixed.replace(tzinfo=UTC)
        self._fixed = fixed

    @property
    def fixed(self) -> bool:
        return self._fixed is not None

    def now(self) -> datetime:
        return self._fixed or datetime.now(UTC)

    def local(self, zone: str | None) -> datetime:
        """Now in a person's zone; ``zone`` may be WIB/WITA/WIT or an IANA name."""
        return self.now().astimezone(ZoneInfo(zone_name(zone)))

    def today(self, zone: str | None) -> date:
        return self.local(zone).date()
