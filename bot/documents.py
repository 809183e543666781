"""The files the bot sends: a recap chart (PNG) and a month's entries (XLSX)."""
from __future__ import annotations

import io
from collections import defaultdict
from datetime import date

from bot import texts
from bot.entries import EntryView


def hours_chart(entries: list[EntryView], days: list[date], standard_hours: float, label: str) -> bytes:
    """Bar chart of logged hours per working day with the daily standard as a line."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    per_day: dict[date, float] = defaultdict(float)
    for e in entries:
        per_day[e.day] += (e.minutes or 0) / 60
    fig = Figure(figsize=(7, 3.2), dpi=90)
    ax = fig.add_subplot()
    xs = [d.strftime("%d/%m") for d in days]
    ax.bar(xs, [per_day.get(d, 0.0) for d in days], color="#2f6db5")
    ax.axhline(standard_hours, color="#c0392b", linestyle="--", linewidth=1, label=texts.CHART_STANDARD)
    ax.set_title(texts.CHART_TITLE.format(label=label), fontsize=10)
    ax.set_ylabel("jam")
    ax.legend(loc="upper right", fontsize=8)
    ax.tick_params(axis="x", labelrotation=60, labelsize=7)
    fig.tight_layout()
    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    return buf.getvalue()


def month_xlsx(entries: list[EntryView], title: str) -> bytes:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = title[:31]
    ws.append(list(texts.XLSX_HEADERS))
    for i, e in enumerate(entries, start=1):
        ws.append([i, e.day.isoformat(), e.text, e.minutes, e.status, ", ".join(e.values),
                   e.probis or "", e.pokin or "", e.rhk or ""])
    ws.column_dimensions["C"].width = 60
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
