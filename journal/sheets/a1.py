"""A1 notation ranges as the Sheets API reads them (used by the stand-in)."""
from __future__ import annotations

import re

_CELL = re.compile(r"^([A-Za-z]*)(\d*)$")


def _col_index(letters: str) -> int:
    n = 0
    for ch in letters.upper():
        n = n * 26 + ord(ch) - 64
    return n - 1


def parse_range(a1: str) -> tuple[str, int, int | None, int, int | None]:
    """'Tab'!A2:C -> (tab, row0, row1|None, col0, col1|None), zero-based, inclusive ends."""
    if "!" in a1:
        tab, cells = a1.rsplit("!", 1)
    else:
        tab, cells = a1, ""
    if tab.startswith("'") and tab.endswith("'"):
        tab = tab[1:-1].replace("''", "'")
    if not cells:
        return tab, 0, None, 0, None
    first, _, last = cells.partition(":")
    m1, m2 = _CELL.match(first), _CELL.match(last or first)
    c0 = _col_index(m1[1]) if m1[1] else 0
    r0 = int(m1[2]) - 1 if m1[2] else 0
    c1 = _col_index(m2[1]) if m2[1] else None
    r1 = int(m2[2]) - 1 if m2[2] else None
    if not last and m1[2] and m1[1]:  # single cell 'A5' -> open-ended write anchor
        c1, r1 = None, None
    return tab, r0, r1, c0, c1
