"""The files the bot sends, made by the recap layer (``journal.recap``, ``journal.reports``):
a chart of hours per day (PNG) for /rekap and the period's workbook (XLSX) for /lihat."""
from __future__ import annotations

from datetime import date

from journal.calendar import Period
from journal.recap import Recap, Target, build_recap


def person_recap(journal, settings, nip: str, period: Period, today: date) -> Recap:
    """One person's recap of ``period``, counted up to ``today``, with its entries."""
    with journal.session() as s:
        return build_recap(s, Target("pegawai", nip), period, standard_hours=settings.daily_standard_hours,
                           holidays=settings.holidays, today=today, with_entries=True)


def hours_chart(recap: Recap) -> bytes:
    """The recap's chart of hours per day (PNG), for /rekap."""
    from journal.reports.charts import hours_per_day

    return hours_per_day(recap)


def workbook(recap: Recap) -> bytes:
    """The recap's workbook (XLSX), for /lihat."""
    from journal.reports.xlsx import to_bytes

    return to_bytes(recap)
