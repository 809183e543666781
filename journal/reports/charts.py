"""PNG charts of a recap (matplotlib, Agg): legible in a Telegram chat, Indonesian labels.

Each function returns PNG bytes. Figures are 8x4.5 inches at 150 dpi
(1200x675 px), with large fonts, because chats show them small.
"""
from __future__ import annotations

import functools
import io
import threading

from journal.calendar import number
from journal.recap import Recap
from journal.reports import texts as T

# pyplot keeps global state; the bot draws charts from worker threads, so drawing is serialised here
_DRAWING = threading.Lock()


def _serialized(draw):
    @functools.wraps(draw)
    def wrapper(*args, **kwargs):
        with _DRAWING:
            return draw(*args, **kwargs)

    return wrapper


COLORS = {"bar": "#2E6DA4", "low": "#D9822B", "line": "#C0392B", "grid": "#DDDDDD", "done": "#2E8B57"}


def _figure(width: float = 8.0, height: float = 4.5):
    import matplotlib

    matplotlib.use("Agg", force=False)
    import matplotlib.pyplot as plt

    plt.rcParams.update({"font.size": 12, "axes.titlesize": 15, "axes.titleweight": "bold",
                         "axes.spines.top": False, "axes.spines.right": False, "font.family": "DejaVu Sans"})
    fig, ax = plt.subplots(figsize=(width, height), dpi=150)
    return plt, fig, ax


def _png(plt, fig) -> bytes:
    buf = io.BytesIO()
    fig.tight_layout()
    fig.savefig(buf, format="png")
    plt.close(fig)
    return buf.getvalue()


def _title(fig, title: str, recap: Recap) -> None:
    fig.suptitle(f"{title}\n{recap.label} · {recap.period.label}", x=0.015, ha="left",
                 fontsize=15, fontweight="bold")


@_serialized
def hours_per_day(recap: Recap) -> bytes:
    """Bars of hours per working day (per person on average for a team) against the standard line."""
    plt, fig, ax = _figure()
    people = max(1, len(recap.people))
    days = recap.working_days or recap.period.days()
    hours = [recap.daily.get(d, (0, 0))[1] / 60 / people for d in days]
    std = recap.standard_hours
    colors = [COLORS["bar"] if h >= std else COLORS["low"] for h in hours]
    ax.bar(range(len(days)), hours, color=colors, width=0.7)
    ax.axhline(std, color=COLORS["line"], linestyle="--", linewidth=2, label=T.CHART_STANDARD.format(hours=number(std)))
    ax.set_xticks(range(len(days)))
    ax.set_xticklabels([d.strftime("%d/%m") for d in days], rotation=60 if len(days) > 8 else 0,
                       fontsize=10 if len(days) > 8 else 12)
    ax.set_ylabel(T.CHART_HOURS_AXIS)
    ax.set_xlabel(T.CHART_DAY)
    ax.set_ylim(0, max([std] + hours) * 1.3)
    ax.yaxis.grid(True, color=COLORS["grid"])
    ax.set_axisbelow(True)
    ax.legend(loc="upper right", frameon=True, framealpha=0.9, edgecolor="white")
    title = T.CHART_HOURS if people == 1 else T.CHART_HOURS_TEAM
    _title(fig, title, recap)
    return _png(plt, fig)


@_serialized
def value_distribution(recap: Recap) -> bytes:
    """Horizontal bars: how many entries showed each BerAKHLAK value."""
    from knowledge.berakhlak import NAMES

    plt, fig, ax = _figure()
    counts = [recap.values.get(n, 0) for n in NAMES]
    y = range(len(NAMES))[::-1]
    bars = ax.barh(list(y), counts, color=COLORS["bar"], height=0.65)
    ax.set_yticks(list(y))
    ax.set_yticklabels(NAMES, fontsize=12)
    ax.set_xlabel(T.CHART_VALUES_AXIS)
    total = max(recap.total_entries, 1)
    for bar, n in zip(bars, counts, strict=True):
        if n:
            ax.text(bar.get_width(), bar.get_y() + bar.get_height() / 2, f" {n} ({100 * n / total:.0f}%)",
                    va="center", fontsize=11)
    ax.set_xlim(0, max(counts + [1]) * 1.3)
    if not sum(counts):
        ax.text(0.5, 0.5, T.CHART_EMPTY, transform=ax.transAxes, ha="center", va="center", fontsize=14)
    _title(fig, T.CHART_VALUES, recap)
    return _png(plt, fig)


@_serialized
def rhk_progress(recap: Recap, limit: int = 12) -> bytes:
    """Year-to-date progress of each RHK: % of the numeric target (trajectory) or stages reported."""
    plt, fig, ax = _figure(8.0, max(3.0, 1.2 + 0.55 * min(limit, max(1, len(recap.rhk)))))
    rows = _rhk_rows(recap)[:limit]
    labels, values, notes = [], [], []
    for code, text, traj, done, target, people in rows:
        text = text if len(text) <= 38 else text[:36] + "…"
        who = f" · {people} pegawai" if people > 1 else ""
        labels.append(f"{code}{who}\n{text}")
        if traj and target:
            pct = 100.0 * done / target
            values.append(min(pct, 100.0))
            notes.append(f" {number(done)} / {number(target)} ({pct:.0f}%)")
        else:
            values.append(0.0)
            notes.append(f" {int(done)} {T.STAGES}")
    y = list(range(len(rows)))[::-1]
    ax.barh(y, [100] * len(rows), color="#EEEEEE", height=0.6)
    ax.barh(y, values, color=COLORS["done"], height=0.6)
    for yy, v, note in zip(y, values, notes, strict=True):
        ax.text(min(v, 100) + 1, yy, note, va="center", fontsize=11)
    ax.set_yticks(y)
    ax.set_yticklabels(labels, fontsize=10)
    ax.set_xlim(0, 135)
    ax.set_xticks([0, 25, 50, 75, 100])
    ax.set_xlabel(T.CHART_RHK_AXIS)
    if not rows:
        ax.text(0.5, 0.5, T.CHART_EMPTY, transform=ax.transAxes, ha="center", va="center", fontsize=14)
    _title(fig, T.CHART_RHK, recap)
    return _png(plt, fig)


def _rhk_rows(recap: Recap) -> list[tuple[str, str, bool, float, float, int]]:
    """One row per RHK code: (code, text, trajectory, done s.d. periode, target, people), summed over people."""
    agg: dict[str, list] = {}
    for r in recap.rhk:
        row = agg.setdefault(r.code, [r.code, r.text, r.trajectory, 0.0, 0.0, 0])
        row[3] += r.realized_ytd
        row[4] += r.target_number or 0.0
        row[5] += 1
    return [tuple(v) for v in agg.values()]


def all_charts(recap: Recap) -> dict[str, bytes]:
    """Every chart of a recap as PNG bytes, by name."""
    return {"jam": hours_per_day(recap), "nilai": value_distribution(recap), "rhk": rhk_progress(recap)}
