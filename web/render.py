"""Rendering: Jinja2 templates with the product's one style of dates and hours."""
from __future__ import annotations

from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.requests import Request
from starlette.responses import HTMLResponse

from journal.calendar import fmt_day, fmt_hours, fmt_minutes
from web import texts as T


def is_htmx(request: Request) -> bool:
    """The request came from htmx, which wants a fragment instead of a whole page."""
    return request.headers.get("hx-request") == "true"


def _short_day(d) -> str:
    return f"{d.day} {('Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des')[d.month - 1]}"


class Pages:
    def __init__(self, folder: Path):
        self.env = Environment(loader=FileSystemLoader(str(folder)), autoescape=select_autoescape(["html"]),
                               trim_blocks=True, lstrip_blocks=True)
        self.env.filters.update(day=fmt_day, short_day=_short_day, hours=fmt_hours, minutes=fmt_minutes,
                                role=lambda r: T.ROLE_NAMES.get(r, r))
        self.env.globals.update(T=T)

    def render(self, request: Request, template: str, context: dict | None = None, status: int = 200,
               headers: dict | None = None) -> HTMLResponse:
        ctx = {"request": request, "me": getattr(request.state, "me", None), "path": request.url.path}
        ctx.update(context or {})
        html = self.env.get_template(template).render(ctx)
        return HTMLResponse(html, status_code=status, headers=headers)

    def error(self, request: Request, message: str, status: int) -> HTMLResponse:
        if is_htmx(request):  # shown in the page's message area, whatever the request targeted
            return self.render(request, "_flash.html", {"message": message, "error": True}, status,
                               headers={"HX-Retarget": "#flash", "HX-Reswap": "innerHTML"})
        return self.render(request, "error.html", {"message": message, "status": status}, status)
