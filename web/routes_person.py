"""The Pegawai page: one person's journal, in the asker's scope (``journal.scope``)."""
from __future__ import annotations

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.routing import Route

from agent import texts as TT
from journal import calendar as cal
from web import charts, person
from web import texts as T
from web.guard import login, web


def person_page(request: Request):
    """A person's month page."""
    me = login(request)
    w = web(request)
    month = request.query_params.get("bulan") or None
    if month:
        try:
            cal.month(month)
        except cal.PeriodError:
            raise HTTPException(400, detail=T.BAD_MONTH.format(value=month)) from None
    st, today = w.settings, w.today()
    with w.journal.session() as s:
        page = person.build(s, me.nip, request.path_params["nip"], month, today=today,
                            standard_hours=st.daily_standard_hours, holidays=st.holidays)
    from knowledge.berakhlak import NAMES

    return w.pages.render(request, "pegawai.html", {
        "page": page, "today": today, "value_names": NAMES, "reasons": TT.PREDIKAT_REASON,
        "standard_day": st.daily_standard_hours * 60, "level": charts.level, "holidays": set(st.holidays),
        "daily_chart": charts.daily_hours(page.period.days(), page.person.days, standard_hours=st.daily_standard_hours,
                                          today=today, holidays=st.holidays),
    })


def me_page(request: Request):
    """Send the person to their own page."""
    me = login(request)
    from starlette.responses import RedirectResponse

    return RedirectResponse(f"/pegawai/{me.nip}", status_code=303)


def routes() -> list[Route]:
    """The person pages' routes."""
    return [Route("/saya", me_page), Route("/pegawai/{nip}", person_page)]
