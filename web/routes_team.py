"""The Tim page and its exports (XLSX, PDF, e-Kinerja CSV from ``journal.reports``)."""
from __future__ import annotations

from sqlalchemy import func, select
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from journal.models import Staff, Unit
from journal.recap import Target, build_recap
from journal.scope import ScopeError, authorize
from web import charts, team
from web import texts as T
from web.guard import login, web

EXPORTS = {"xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
           "pdf": "application/pdf", "csv": "text/csv; charset=utf-8"}


def team_page(request: Request):
    """The team page for a day, week or month."""
    me = login(request)
    w, q = web(request), request.query_params
    if q.get("pegawai"):  # one person: their own page has everything about them
        return RedirectResponse(f"/pegawai/{q['pegawai']}", status_code=303)
    key = q.get("periode", "hari")
    if key not in team.PERIODS:
        raise HTTPException(400, detail=T.BAD_PERIOD)
    st, today = w.settings, w.today()
    with w.journal.session() as s:
        page = team.build(s, me.nip, key, today=today, unit=q.get("unit", ""), standard_hours=st.daily_standard_hours,
                          holidays=st.holidays, silent_days=st.escalation_days)
    heat_rows = [(m.name, f"/pegawai/{m.nip}", page.heat.get(m.nip, {})) for m in sorted(page.members, key=lambda m: m.name)]
    return w.pages.render(request, "tim.html", {
        "page": page, "today": today,
        "heatmap": charts.heatmap(heat_rows, page.heat_days, standard_minutes=page.standard_day, today=today,
                                  holidays=st.holidays),
        "values_chart": charts.bars(team.value_items(page.values), total=sum(page.values.values()),
                                    empty_text=T.CHART_NO_VALUES),
    })


def export(request: Request):
    """Download the team's (or a unit's) recap as XLSX, CSV or PDF, for reviewers only."""
    me = login(request)
    w, q = web(request), request.query_params
    fmt, key, unit = q.get("format", "xlsx"), q.get("periode", "bulan"), q.get("unit", "")
    if fmt not in EXPORTS:
        raise HTTPException(400, detail=T.BAD_FORMAT.format(value=fmt))
    if key not in team.PERIODS:
        raise HTTPException(400, detail=T.BAD_PERIOD)
    st, today = w.settings, w.today()
    period = team.period_of(key, today)
    with w.journal.session() as s:
        scope = authorize(s, me.nip)
        if not scope.team or scope.role == "pegawai":
            raise ScopeError(T.REVIEWERS_ONLY)
        if unit:
            members = set(s.scalars(select(Staff.nip).join(Unit, Unit.id == Staff.unit_id).where(
                func.lower(Unit.name) == unit.strip().lower(), Staff.active.is_(True))))
            if not members or not members <= scope.nips:
                raise ScopeError(T.UNIT_OUTSIDE.format(unit=unit))
            target = Target("unit", unit)
        else:
            target = Target("instansi", scope.agency_id) if scope.role == "admin" else Target("atasan", scope.nip)
        recap = build_recap(s, target, period, standard_hours=st.daily_standard_hours, holidays=st.holidays,
                            today=today, with_entries=True)
    data = _file(recap, fmt)
    from journal.reports.export import default_name

    name = default_name(recap, fmt)
    return Response(data, media_type=EXPORTS[fmt], headers={"content-disposition": f'attachment; filename="{name}"'})


def _file(recap, fmt: str) -> bytes:
    if fmt == "xlsx":
        from journal.reports.xlsx import to_bytes

        return to_bytes(recap)
    if fmt == "pdf":
        from journal.reports.pdf import build_pdf

        return build_pdf(recap)
    from journal.reports.ekinerja import to_csv

    return to_csv(recap)


def routes() -> list[Route]:
    """The team routes."""
    return [Route("/tim", team_page), Route("/tim/ekspor", export)]
