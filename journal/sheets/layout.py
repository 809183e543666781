"""Sheet layout: the original n8n workflow's columns first, ours after them.

Existing sheets and the formulas people built on them keep working because
the original columns never move. Rows are plain strings written RAW.
"""
from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

STAFF_SHEET = "Data_Pegawai"
STAFF_COLUMNS = ("Nip", "Nama", "Jabatan", "Departemen", "IDtelegram", "NamaFile", "LinkFile")

RECAP_SHEET = "Aktivitas_sheet"
RECAP_COLUMNS = ("Nip", "Nama", "Aktivitas", "Tanggal", "chatID", "ID Entri")
RECAP_ID_COL = 5  # zero-based index of "ID Entri"

JOURNAL_ORIGINAL = (
    "Nip", "Nama", "Aktivitas", "Tanggal", "Berakhlak", "chatID",
    "Mendukung Probis", "Mendukung Pokin", "Probisnya Apa", "Pokin Yang Mana",
)
JOURNAL_OURS = ("ID Entri", "Durasi (menit)", "Keluaran", "RHK", "Status", "Analis")
JOURNAL_COLUMNS = JOURNAL_ORIGINAL + JOURNAL_OURS
JOURNAL_ID_COL = JOURNAL_COLUMNS.index("ID Entri")  # 10 -> column K

DELETED_STATUS = "dihapus"
STATUS_LABELS = {"draft": "draf", "submitted": "diajukan", "approved": "disetujui", "returned": "dikembalikan"}


def col_letter(index: int) -> str:
    """Zero-based column index -> A1 letters (0 -> A, 26 -> AA)."""
    out, n = "", index + 1
    while n:
        n, r = divmod(n - 1, 26)
        out = chr(65 + r) + out
    return out


def quote_tab(title: str) -> str:
    """A tab title quoted for an A1 range (inner quotes doubled)."""
    return "'" + title.replace("'", "''") + "'"


def tab_name(name: str, sheet_name: str | None = None) -> str:
    """The employee's tab: Staff.sheet_name (NamaFile) or 'Jurnal_<Nama>'."""
    if sheet_name and sheet_name.strip():
        return sheet_name.strip()[:100]
    base = name.split(",")[0].strip()
    for prefix in ("Dr. ", "Drs. ", "Ir. ", "Prof. ", "dr. "):
        base = base.removeprefix(prefix)
    return ("Jurnal_" + "_".join(base.split()))[:100]


def fmt_date(d: date) -> str:
    """A day in the sheets' date style (dd/mm/yyyy)."""
    return d.strftime("%d/%m/%Y")


def value_names(keys: Iterable[Any]) -> str:
    """Value keys as their BerAKHLAK names for a cell; unknown keys are kept as written."""
    from knowledge.berakhlak import by_name

    out = []
    for k in keys or ():
        try:
            out.append(by_name(str(k)).name)
        except KeyError:
            out.append(str(k))
    return ", ".join(out)


def _ya(level: str | None) -> str:
    return "Tidak" if not level or level == "none" else "Ya"


def _join(code: str | None, text: str | None) -> str:
    return " ".join(p for p in ((code or "").strip(), (text or "").strip()) if p)


def journal_row(activity, staff, assessment=None) -> list[str]:
    """One row of the employee's tab for an activity (ORM objects or look-alikes)."""
    a = assessment
    status = DELETED_STATUS if activity.deleted else STATUS_LABELS.get(activity.status, activity.status)
    return [
        staff.nip,
        staff.name,
        activity.text,
        fmt_date(activity.day),
        value_names(a.berakhlak) if a else "",
        str(staff.telegram_id or ""),
        _ya(a.probis_level) if a else "Tidak",
        _ya(a.pokin_level) if a else "Tidak",
        _join(a.probis_id, a.probis_name) if a and a.probis_level != "none" else "",
        _join(a.pokin_id, a.pokin_text) if a and a.pokin_level != "none" else "",
        str(activity.id),
        "" if activity.minutes is None else str(activity.minutes),
        _output(activity),
        _join(a.rhk_code, a.rhk_text) if a else "",
        status,
        a.analyst if a else "",
    ]


def deleted_row(activity_id: int) -> list[str]:
    """A deleted entry: the original columns cleared, the id kept, Status 'dihapus'."""
    row = [""] * len(JOURNAL_COLUMNS)
    row[JOURNAL_ID_COL] = str(activity_id)
    row[JOURNAL_COLUMNS.index("Status")] = DELETED_STATUS
    return row


def recap_row(activity, staff) -> list[str]:
    """An entry's row in the recap sheet."""
    return [staff.nip, staff.name, activity.text, fmt_date(activity.day), str(staff.telegram_id or ""), str(activity.id)]


def deleted_recap_row(activity_id: int) -> list[str]:
    """A blank recap row carrying only the id, which clears a deleted entry's row."""
    row = [""] * len(RECAP_COLUMNS)
    row[RECAP_ID_COL] = str(activity_id)
    return row


def staff_row(staff) -> list[str]:
    """A staff member's row in the staff sheet."""
    unit = staff.unit.name if getattr(staff, "unit", None) else ""
    return [
        staff.nip, staff.name, staff.jabatan or "", unit, str(staff.telegram_id or ""),
        tab_name(staff.name, staff.sheet_name), staff.sheet_link or "",
    ]


def _output(activity) -> str:
    if activity.volume is None:
        return activity.output or ""
    vol = int(activity.volume) if float(activity.volume).is_integer() else activity.volume
    return f"{vol} {activity.output or ''}".strip()
