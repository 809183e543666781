"""A proposed predikat kinerja (PermenPANRB 6/2022) for one employee and period.

hasil kerja: realisation of each RHK against its target pro-rated to the period
(trajectory targets: recorded volume, or number of entries when no volume was
recorded; non-trajectory targets: on track when the period has supporting
entries). perilaku: how many of the seven BerAKHLAK values the entries show.
The result is a PROPOSAL for the evaluator, never a decision.

The proposal knows the calendar: targets are pro-rated to the days elapsed (up to
``today``), and while less than ``MIN_ELAPSED`` of the period's working days have
passed or fewer than ``MIN_ENTRIES`` entries exist it is marked provisional with
its reasons; a provisional proposal never states a predikat below "Baik" (missing
data alone is not evidence of low performance): ``predikat`` is then ``None``.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from journal.calendar import Period, working_days
from journal.errors import JournalError
from journal.recap import Target, build_recap
from journal.scope import authorize

LEVELS = ("di bawah ekspektasi", "sesuai ekspektasi", "di atas ekspektasi")
BAWAH, SESUAI, ATAS = LEVELS
MATRIX = {  # (hasil kerja, perilaku) -> predikat
    (BAWAH, BAWAH): "Sangat Kurang", (BAWAH, SESUAI): "Butuh Perbaikan", (BAWAH, ATAS): "Butuh Perbaikan",
    (SESUAI, BAWAH): "Kurang", (ATAS, BAWAH): "Kurang",
    (SESUAI, SESUAI): "Baik", (SESUAI, ATAS): "Baik", (ATAS, SESUAI): "Baik", (ATAS, ATAS): "Sangat Baik",
}
RATIO_ATAS, RATIO_SESUAI = 1.2, 0.8  # mean realisation/target thresholds
VALUES_SESUAI, MIN_PER_VALUE_ATAS = 5, 3  # distinct values shown; occurrences each for "di atas"
MIN_ELAPSED, MIN_ENTRIES = 0.5, 10  # share of the period's working days passed; entries: below = provisional
GOOD = ("Baik", "Sangat Baik")


class PredikatError(JournalError):
    """Not enough data to propose a predikat."""


@dataclass(frozen=True)
class RhkEvidence:
    code: str
    text: str
    target: str | None
    trajectory: bool
    entries: int
    minutes: int
    realised: float
    expected: float | None  # pro-rated target for the period (trajectory only)
    ratio: float


@dataclass(frozen=True)
class Proposal:
    nip: str
    name: str
    period: Period
    hasil_kerja: str
    perilaku: str
    predikat: str | None  # None: not proposed (provisional and below Baik)
    mean_ratio: float
    rhk: tuple[RhkEvidence, ...]
    values: Counter
    entries: int
    provisional: bool = False
    reasons: tuple[tuple[str, float], ...] = ()  # ("elapsed", share) / ("entries", n): why provisional
    elapsed: float = 1.0  # share of the period's working days passed
    computed: str = ""  # the matrix result, even when not proposed
    entry_ids: tuple[int, ...] = ()


def predikat(level_hasil: str, level_perilaku: str) -> str:
    """The performance rating for the two levels, from the official matrix."""
    return MATRIX[(level_hasil, level_perilaku)]


def hasil_kerja_level(mean_ratio: float) -> str:
    """The work-results level from the mean realisation ratio."""
    return ATAS if mean_ratio >= RATIO_ATAS else SESUAI if mean_ratio >= RATIO_SESUAI else BAWAH


def perilaku_level(values: Counter) -> str:
    """The behaviour level from how many BerAKHLAK values were shown, and how often."""
    shown = [v for v, n in values.items() if n > 0]
    if len(shown) == 7 and min(values[v] for v in shown) >= MIN_PER_VALUE_ATAS:
        return ATAS
    return SESUAI if len(shown) >= VALUES_SESUAI else BAWAH


def propose(session: Session, asker_nip: str, nip: str, period: Period, today: date | None = None,
            holidays=()) -> Proposal:
    """Build the proposal from ``journal.recap`` figures for one employee, as of ``today``."""
    authorize(session, asker_nip, [nip])
    end = min(period.end, today) if today else period.end
    so_far = Period(period.start, max(end, period.start), period.label, period.key)  # nothing after today counts
    # the proposal weighs RHK targets and values, never hours against the daily standard: none is given
    recap = build_recap(session, Target("pegawai", nip), so_far, standard_hours=0.0, today=today, holidays=holidays,
                        with_entries=True)
    person = recap.people[0]
    if not recap.rhk:
        raise PredikatError(f"{person.name} belum memiliki RHK untuk periode {period.start.year}; "
                            "impor SKP-nya lebih dulu.")
    all_days = working_days(period.start, period.end, holidays)
    elapsed = len(working_days(period.start, end, holidays)) / len(all_days) if all_days and end >= period.start else 0.0
    days = max((end - period.start).days + 1, 0)
    share = days / (366 if _leap(period.start.year) else 365)  # targets pro-rated to the days elapsed
    evidence = []
    for r in recap.rhk:
        if r.trajectory and r.target_number:
            expected = r.target_number * share
            realised = r.realized if r.realized > 0 else float(r.entries)  # no volume recorded: count entries
            ratio = realised / expected if expected else 0.0
        else:
            expected, realised, ratio = None, float(r.entries), 1.0 if r.entries else 0.0
        evidence.append(RhkEvidence(r.code, r.text, r.target, r.trajectory, r.entries, r.minutes, realised,
                                    expected, ratio))
    mean = sum(min(e.ratio, 2.0) for e in evidence) / len(evidence)
    hk, pk = hasil_kerja_level(mean), perilaku_level(recap.values)
    reasons = []
    if elapsed < MIN_ELAPSED:
        reasons.append(("elapsed", round(elapsed, 2)))
    if person.entries < MIN_ENTRIES:
        reasons.append(("entries", float(person.entries)))
    computed = predikat(hk, pk)
    chosen = None if reasons and computed not in GOOD else computed
    return Proposal(nip, person.name, period, hk, pk, chosen, round(mean, 2), tuple(evidence), recap.values,
                    person.entries, bool(reasons), tuple(reasons), round(elapsed, 2), computed,
                    tuple(e.id for e in recap.entries))


def _leap(y: int) -> bool:
    return date(y, 12, 31).timetuple().tm_yday == 366
