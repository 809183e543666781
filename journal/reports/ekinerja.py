"""CSV for the national e-Kinerja: each employee's daily activities with the RHK
each supports, minutes and output. UTF-8 with BOM (opens cleanly in Excel),
comma-separated, ISO dates, one row per entry."""
from __future__ import annotations

import csv
import io

from journal.recap import Recap
from journal.reports import texts as T
from journal.sheets.layout import STATUS_LABELS


def rows(recap: Recap):
    """The recap's entries as rows in the e-Kinerja import columns."""
    names = {p.nip: p.name for p in recap.people}
    for e in recap.entries:
        yield (e.nip, names.get(e.nip, ""), e.day.isoformat(), e.text, e.rhk_code or "", e.rhk_text or "",
               "" if e.minutes is None else e.minutes, e.output or "",
               "" if e.volume is None else (int(e.volume) if float(e.volume).is_integer() else e.volume),
               STATUS_LABELS.get(e.status, e.status))


def to_csv(recap: Recap) -> bytes:
    """The recap as an e-Kinerja CSV (with BOM, so spreadsheet programs read it as UTF-8)."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(T.EKINERJA_COLUMNS)
    writer.writerows(rows(recap))
    return buf.getvalue().encode("utf-8-sig")
