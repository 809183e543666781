"""Inline SVG charts of the dashboard: a heat map of hours per person and day, horizontal
bars (value spread) and daily hours against the standard. Drawn from figures the recap
layer computed; scalable (viewBox), labelled in Indonesian, and never blank: a chart
with nothing to show says so."""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from markupsafe import Markup, escape

from journal.calendar import fmt_day, fmt_hours
from web import texts as T

LEVELS = (  # (css class, colour): nothing logged, below 85% of the standard, 85-99%, at least the standard
    ("h0", "#f6d5d5"),
    ("h1", "#cfe2f3"),
    ("h2", "#8fbbe3"),
    ("h3", "#2e6da4"),
)
OFF = ("off", "#e9ecef")  # weekend or holiday
LATER = ("later", "#ffffff")  # not yet happened
FONT = "font-family:system-ui,-apple-system,'Segoe UI',Roboto,'DejaVu Sans',sans-serif"


def level(minutes: int, standard: float) -> tuple[str, str]:
    """The heat-map colour of a day's minutes against the daily standard (empty, below, near, met)."""
    if minutes <= 0:
        return LEVELS[0]
    share = minutes / standard if standard else 1.0
    return LEVELS[3] if share >= 1.0 else LEVELS[2] if share >= 0.85 else LEVELS[1]


def _text(x: float, y: float, s: str, *, size: int = 12, anchor: str = "start", weight: str = "normal",
          fill: str = "#222") -> str:
    return (f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size}" text-anchor="{anchor}" font-weight="{weight}" '
            f'fill="{fill}">{escape(s)}</text>')


def _svg(width: float, height: float, body: list[str], label: str, *, fit: bool = True, kind: str = "") -> Markup:
    """``fit``: shrink to the column's width; otherwise keep its size (its box scrolls sideways)."""
    size = "max-width:100%;height:auto" if fit else f"min-width:{width:.0f}px"
    return Markup(f'<svg class="chart {kind}" viewBox="0 0 {width:.0f} {height:.0f}" width="{width:.0f}" '
                  f'height="{height:.0f}" role="img" aria-label="{escape(label)}" style="{FONT};{size}" '
                  f'xmlns="http://www.w3.org/2000/svg">' + "".join(body) + "</svg>")


def empty(message: str) -> Markup:
    """The placeholder shown instead of a chart with nothing to draw."""
    return Markup(f'<p class="empty">{escape(message)}</p>')


def heatmap(rows: Sequence[tuple[str, str, dict]], days: Sequence[date], *, standard_minutes: float,
            today: date, holidays: Iterable[date] = (), label_width: int = 190) -> Markup:
    """Rows of (name, link, {day: minutes}); one cell per calendar day, coloured by hours
    against the day's standard; weekends and holidays grey, days to come blank."""
    if not rows or not days:
        return empty(T.CHART_NO_PEOPLE)
    hol = set(holidays)
    cell, gap, top = 18, 2, 34
    width = max(label_width + len(days) * (cell + gap) + 4, label_width + 430)  # room for the legend
    height = top + len(rows) * (cell + gap) + 40
    body = []
    for i, d in enumerate(days):  # day numbers, and the weekday initial every Monday
        x = label_width + i * (cell + gap) + cell / 2
        body.append(_text(x, top - 6, str(d.day), size=10, anchor="middle", fill="#555"))
        if d.weekday() == 0:
            body.append(_text(x, top - 20, T.MONDAY_SHORT, size=9, anchor="middle", fill="#888"))
    for r, (name, href, minutes) in enumerate(rows):
        y = top + r * (cell + gap)
        short = name if len(name) <= 28 else name[:27] + "…"
        link = _text(label_width - 6, y + cell - 5, short, size=11, anchor="end")
        body.append(f'<a href="{escape(href)}">{link}</a>' if href else link)
        cells: dict[str, list[str]] = {}
        total = 0
        for i, d in enumerate(days):
            m = int(minutes.get(d, 0))
            total += m
            if d > today:
                cls = LATER[0]
            elif (d.weekday() >= 5 or d in hol) and not m:
                cls = OFF[0]
            else:
                cls = level(m, standard_minutes)[0]
            cells.setdefault(cls, []).append(f"M{label_width + i * (cell + gap)} {y}h{cell}v{cell}h-{cell}z")
        # one path per colour and row (colours from the stylesheet, svg.heat .h0 ...): a 200-person
        # month stays a light page; the row's title tells its total
        tip = f"{name}: {fmt_hours(total / 60)} jam"
        body.append(f"<g><title>{escape(tip)}</title>" + "".join(
            f'<path class="{cls}" d="{"".join(parts)}"/>' for cls, parts in cells.items()) + "</g>")
    body.append(_legend(label_width, top + len(rows) * (cell + gap) + 14))
    return _svg(width, height, body, T.CHART_HEATMAP, fit=False, kind="heat")


def _legend(x: float, y: float) -> str:
    parts = []
    for (_, colour), text in zip(LEVELS, T.HEAT_LEGEND, strict=True):
        parts.append(f'<rect x="{x}" y="{y}" width="12" height="12" rx="2" fill="{colour}"/>')
        parts.append(_text(x + 16, y + 10, text, size=10, fill="#444"))
        x += 22 + 6.2 * len(text)
    parts.append(f'<rect x="{x}" y="{y}" width="12" height="12" rx="2" fill="{OFF[1]}"/>')
    parts.append(_text(x + 16, y + 10, T.HEAT_OFF, size=10, fill="#444"))
    return "".join(parts)


def bars(items: Sequence[tuple[str, float]], *, total: float | None = None, empty_text: str,
         unit: str = "") -> Markup:
    """Horizontal bars (HTML, so the labels stay legible at any width) with their numbers and
    share of ``total``; a message when all are 0."""
    if not items or not any(v for _, v in items):
        return empty(empty_text)
    high = max(v for _, v in items) or 1
    rows = []
    for label, value in items:
        share = f" ({100 * value / total:.0f}%)" if total else ""
        rows.append(f'<div class="bar"><span class="bar-label">{escape(label)}</span>'
                    f'<span class="bar-track"><span class="bar-fill" style="width:{100 * value / high:.1f}%"></span></span>'
                    f'<span class="bar-value">{fmt_hours(value)}{escape(unit)}{share}</span></div>')
    return Markup(f'<div class="bars" role="img" aria-label="{escape(empty_text)}">' + "".join(rows) + "</div>")


def daily_hours(days: Sequence[date], minutes: dict, *, standard_hours: float, today: date,
                holidays: Iterable[date] = ()) -> Markup:
    """Vertical bars of hours per day with the standard as a dashed line; days to come left empty."""
    hol = set(holidays)
    shown = [d for d in days if d.weekday() < 5 and d not in hol or minutes.get(d)]
    if not shown or not any(minutes.get(d) for d in shown if d <= today):
        return empty(T.CHART_NO_ENTRIES)
    left, top, height, col = 34, 10, 150, 22
    width = left + len(shown) * col + 10
    high = max([standard_hours] + [minutes.get(d, 0) / 60 for d in shown]) * 1.15
    body = []
    for h in range(0, int(high) + 1, 2):
        y = top + height - height * h / high
        body.append(f'<line x1="{left}" x2="{width}" y1="{y:.1f}" y2="{y:.1f}" stroke="#eee"/>')
        body.append(_text(left - 4, y + 4, str(h), size=10, anchor="end", fill="#666"))
    for i, d in enumerate(shown):
        hours = minutes.get(d, 0) / 60
        x = left + i * col + 3
        bar = height * hours / high
        colour = "#2e6da4" if hours >= standard_hours else "#d9822b"
        if d <= today or hours:
            body.append(f'<rect x="{x}" y="{top + height - bar:.1f}" width="{col - 6}" height="{bar:.1f}" '
                        f'fill="{colour}"><title>{escape(fmt_day(d))}: {fmt_hours(hours)} jam</title></rect>')
        body.append(_text(x + (col - 6) / 2, top + height + 13, str(d.day), size=9, anchor="middle", fill="#555"))
    y = top + height - height * standard_hours / high
    body.append(f'<line x1="{left}" x2="{width}" y1="{y:.1f}" y2="{y:.1f}" stroke="#c0392b" stroke-width="2" '
                f'stroke-dasharray="6,4"/>')
    body.append(_text(width - 4, y - 4, T.CHART_STANDARD.format(hours=fmt_hours(standard_hours)), size=10,
                      anchor="end", fill="#c0392b"))
    return _svg(width, top + height + 20, body, T.CHART_DAILY)
