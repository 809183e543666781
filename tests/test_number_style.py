"""One style for numbers and durations everywhere (chat, CLI, PDF, web, answers)."""
from __future__ import annotations

import pytest

from journal.calendar import fmt_hours, fmt_minutes, number


@pytest.mark.parametrize("value, digits, shown", [
    (7.5, 2, "7,5"), (4.25, 2, "4,25"), (5.75, 2, "5,75"), (4.0, 2, "4"), (1250, 2, "1.250"),
    (1250.5, 2, "1.250,5"), (38.333, 1, "38,3"), (0.004, 2, "0"), (None, 2, "-"), (100246, 0, "100.246"),
])
def test_numbers_in_indonesian_style(value, digits, shown):
    assert number(value, digits) == shown


def test_hours_and_durations_share_the_style():
    assert fmt_hours(5.75) == "5,75"  # the CLI recap once said 5,8 where /tanya said 5,75
    assert [fmt_minutes(m) for m in (45, 120, 150, 255)] == ["45 menit", "2 jam", "2,5 jam", "4 jam 15 menit"]
