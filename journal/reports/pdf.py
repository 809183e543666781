"""Monthly (or weekly) PDF report per employee, the kind a supervisor signs
(fpdf2, A4 portrait, DejaVu Sans from matplotlib's bundled fonts for full Unicode).

Per employee: header with name, NIP, position, unit and period; the daily
table; the summary (hours against the standard, days without entries, values,
RHK progress); signature blocks for the employee and the direct supervisor.
A team recap gives one report per employee, each starting on a new page.
"""
from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

from journal.calendar import MONTHS_ID, number
from journal.recap import PersonRecap, Recap
from journal.reports import texts as T
from journal.sheets.layout import STATUS_LABELS

FONT = "DejaVu"


def _font_dir() -> Path:
    import matplotlib

    return Path(matplotlib.get_data_path()) / "fonts" / "ttf"


def _long_date(d: date) -> str:
    return f"{d.day} {MONTHS_ID[d.month - 1]} {d.year}"


def _new_pdf():
    from fpdf import FPDF

    class Report(FPDF):
        def footer(self) -> None:
            self.set_y(-12)
            self.set_font(FONT, "", 7.5)
            self.set_text_color(110)
            self.cell(0, 5, T.PDF_GENERATED, align="L")
            self.set_x(self.l_margin)
            self.cell(0, 5, T.PDF_PAGE.format(page=self.page_no(), pages="{nb}"), align="R")
            self.set_text_color(0)

    pdf = Report(orientation="P", unit="mm", format="A4")
    fonts = _font_dir()
    pdf.add_font(FONT, "", str(fonts / "DejaVuSans.ttf"))
    pdf.add_font(FONT, "B", str(fonts / "DejaVuSans-Bold.ttf"))
    pdf.add_font(FONT, "I", str(fonts / "DejaVuSans-Oblique.ttf"))
    pdf.set_margins(15, 15, 15)
    pdf.set_auto_page_break(True, margin=18)
    pdf.alias_nb_pages()
    return pdf


def _heading(pdf, text: str) -> None:
    pdf.ln(3)
    pdf.set_font(FONT, "B", 10.5)
    pdf.cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(FONT, "", 8.5)


def _identity(pdf, recap: Recap, p: PersonRecap) -> None:
    pdf.set_font(FONT, "B", 13)
    pdf.cell(0, 7, T.MONTHLY_REPORT, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(FONT, "", 10)
    pdf.cell(0, 6, f"{T.PERIOD} {recap.period.label} ({recap.period.start:%d/%m/%Y} – {recap.period.end:%d/%m/%Y})",
             align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for label, value in ((T.NAME, p.name), (T.NIP, p.nip), (T.JABATAN, p.jabatan or "-"), (T.UNIT, p.unit or "-")):
        pdf.set_font(FONT, "B", 9.5)
        pdf.cell(30, 5.5, label)
        pdf.set_font(FONT, "", 9.5)
        pdf.cell(0, 5.5, f": {value}", new_x="LMARGIN", new_y="NEXT")
    pdf.set_draw_color(31, 78, 120)
    pdf.set_line_width(0.5)
    pdf.line(pdf.l_margin, pdf.get_y() + 2, pdf.w - pdf.r_margin, pdf.get_y() + 2)
    pdf.set_line_width(0.2)
    pdf.set_draw_color(0)
    pdf.ln(4)


def _table(pdf, columns, rows, widths, aligns=None) -> None:
    from fpdf.fonts import FontFace

    pdf.set_font(FONT, "", 8)
    head = FontFace(emphasis="BOLD", color=255, fill_color=(31, 78, 120))
    with pdf.table(col_widths=widths, text_align=aligns or "LEFT", headings_style=head, line_height=4.4,
                   padding=1.2, first_row_as_headings=True, repeat_headings=1, borders_layout="SINGLE_TOP_LINE",
                   cell_fill_color=(242, 246, 250), cell_fill_mode="ROWS") as table:
        table.row([str(c) for c in columns])
        for r in rows:
            table.row(["" if v is None else str(v) for v in r])


def _daily(pdf, entries) -> None:
    _heading(pdf, T.PDF_DAILY)
    if not entries:
        pdf.cell(0, 6, T.PDF_NO_ENTRIES, new_x="LMARGIN", new_y="NEXT")
        return
    rows = []
    for i, e in enumerate(entries, 1):
        out = e.output or ""
        if e.volume is not None:
            out = f"{number(e.volume)} {out}".strip()
        rows.append((i, f"{e.day:%d/%m/%Y}", e.text, "" if e.minutes is None else e.minutes, out,
                     e.rhk_code or "-", ", ".join(e.values), STATUS_LABELS.get(e.status, e.status)))
    _table(pdf, T.PDF_DAILY_COLUMNS, rows, (7, 19.5, 55.5, 13, 18, 14, 35, 18),
           ("RIGHT", "LEFT", "LEFT", "RIGHT", "LEFT", "LEFT", "LEFT", "LEFT"))


def _summary(pdf, recap: Recap, p: PersonRecap, entries) -> None:
    _heading(pdf, T.PDF_SUMMARY)
    std = recap.standard_hours * len(recap.working_days)
    pct = 100 * p.hours / std if std else 0.0
    missing = ", ".join(f"{d:%d/%m}" for d in p.missing) or "-"
    rows = [
        (T.ENTRIES, number(p.entries)),
        (T.HOURS, f"{number(p.hours)} jam"),
        (T.STANDARD, f"{number(std)} jam ({len(recap.working_days)} hari × {number(recap.standard_hours)} jam)"),
        (T.FILL, f"{number(pct, 1)}%"),
        (T.DAYS_FILLED, f"{len(p.days)} hari"),
        (T.DAYS_EMPTY, f"{len(p.missing)} hari: {missing}"),
    ]
    _table(pdf, ("Uraian", "Nilai"), rows, (55, 125))
    counts = Counter(v for e in entries for v in e.values)
    if counts:
        _heading(pdf, T.PDF_VALUES)
        total = max(len(entries), 1)
        _table(pdf, T.VALUE_COLUMNS, [(n, c, f"{100 * c / total:.0f}%") for n, c in counts.most_common()],
               (80, 50, 50), ("LEFT", "RIGHT", "RIGHT"))
    rhk = [r for r in recap.rhk if r.nip == p.nip]
    if rhk:
        _heading(pdf, T.PDF_RHK)
        rows = []
        for r in rhk:
            if r.trajectory:
                ytd = f"{number(r.realized_ytd)} / {r.target}" + (f" ({r.percent:.0f}%)" if r.percent is not None else "")
                now = number(r.realized)
            else:
                ytd, now = f"{int(r.realized_ytd)} {T.STAGES}", f"{int(r.realized)} {T.STAGES}"
            rows.append((r.code, r.text, T.TRAJECTORY if r.trajectory else T.NON_TRAJECTORY, now, ytd))
        _table(pdf, ("Kode", T.RHK_COLUMNS[2], "Jenis", T.RHK_COLUMNS[5], T.RHK_COLUMNS[6]), rows,
               (16, 64, 32, 28, 40))


def _signatures(pdf, recap: Recap, p: PersonRecap) -> None:
    if pdf.get_y() > pdf.h - pdf.b_margin - 52:
        pdf.add_page()
    pdf.ln(8)
    half = (pdf.w - pdf.l_margin - pdf.r_margin) / 2
    y = pdf.get_y()
    blocks = ((T.PDF_SIGN_EMPLOYEE, p.name, p.nip),
              (T.PDF_SIGN_SUPERVISOR, p.supervisor_name or "(.................................)",
               p.supervisor_nip or "...................."))
    for i, (role, name, nip) in enumerate(blocks):
        x = pdf.l_margin + i * half
        pdf.set_xy(x, y)
        pdf.set_font(FONT, "", 9.5)
        top = T.PDF_SIGN_PLACE_DATE.format(place="...................", date=_long_date(recap.period.end)) if i else ""
        pdf.cell(half, 5, top, align="C", new_x="LEFT", new_y="NEXT")
        pdf.cell(half, 5, role, align="C", new_x="LEFT", new_y="NEXT")
        pdf.ln(20)
        pdf.set_x(x)
        pdf.set_font(FONT, "B", 9.5)
        pdf.cell(half, 5, name, align="C", new_x="LEFT", new_y="NEXT")
        pdf.set_font(FONT, "", 9.5)
        pdf.cell(half, 5, f"NIP {nip}", align="C", new_x="LEFT", new_y="NEXT")


def build_pdf(recap: Recap, nips: list[str] | None = None) -> bytes:
    """The signed-report PDF of every employee of the recap (or of ``nips``)."""
    pdf = _new_pdf()
    by_nip: dict[str, list] = {}
    for e in recap.entries:
        by_nip.setdefault(e.nip, []).append(e)
    for p in recap.people:
        if nips and p.nip not in nips:
            continue
        pdf.add_page()
        entries = by_nip.get(p.nip, [])
        _identity(pdf, recap, p)
        _daily(pdf, entries)
        _summary(pdf, recap, p, entries)
        _signatures(pdf, recap, p)
    return bytes(pdf.output())
