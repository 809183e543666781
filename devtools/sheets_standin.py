"""A local, in-memory stand-in for the Google Sheets v4 REST API and the OAuth token endpoint.

Serves on 127.0.0.1 (free port, background thread) exactly the calls gspread
makes for our worker, rebuild and import: spreadsheets get/batchUpdate
(addSheet), values get/update/append/clear/batchGet/batchUpdate/batchClear.
It can answer 429 or 500 for the next requests, be fully down (connections
closed without an answer), and enforce a per-minute quota. It counts requests.
Used by the tests and by ``jejak bench sheets``; no network involved.
"""
from __future__ import annotations

import json
import re
import threading
import time
from collections import deque
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, unquote, urlsplit

from journal.sheets.a1 import parse_range
from journal.sheets.layout import col_letter


class _Book:
    def __init__(self, sid: str, title: str):
        self.id, self.title = sid, title
        self.tabs: dict[str, list[list[str]]] = {}
        self.ids: dict[str, int] = {}
        self.grid: dict[str, int] = {}  # rows in the grid, like Google's gridProperties.rowCount

    def add(self, title: str, rows: int = 1000) -> int:
        if title not in self.tabs:
            self.tabs[title] = []
            self.ids[title] = max(self.ids.values(), default=-1) + 1
            self.grid[title] = rows
        return self.ids[title]


class GridLimit(Exception):
    pass


class StandIn:
    """In-memory Sheets. ``with StandIn() as s:`` starts it; ``s.api_url``/``s.token_uri`` for settings."""

    def __init__(self, quota_per_minute: int | None = None):
        self.books: dict[str, _Book] = {}
        self.quota_per_minute = quota_per_minute
        self.requests: list[tuple[str, str]] = []  # (method, path) of API calls, token excluded
        self.token_requests = 0
        self.down = False
        self.protected: set[tuple[str, str]] = set()  # (spreadsheet, tab) refusing writes with 403
        self._fail: deque[tuple[int, float | None]] = deque()
        self._window: deque[float] = deque()
        self._lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None

    # control ---------------------------------------------------------
    def fail_next(self, status: int, times: int = 1, retry_after: float | None = None) -> None:
        for _ in range(times):
            self._fail.append((status, retry_after))

    def create(self, sid: str, title: str = "Jurnal", tabs: dict[str, list[list[str]]] | None = None) -> None:
        book = self.books.setdefault(sid, _Book(sid, title))
        for name, rows in (tabs or {}).items():
            book.add(name)
            book.tabs[name] = [list(map(str, r)) for r in rows]
            book.grid[name] = max(book.grid[name], len(rows))

    def rows(self, sid: str, tab: str) -> list[list[str]]:
        return self.books[sid].tabs[tab]

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    @property
    def api_url(self) -> str:
        return self.base_url

    @property
    def token_uri(self) -> str:
        return self.base_url + "/token"

    def start(self) -> StandIn:
        standin = self

        class Handler(_Handler):
            owner = standin

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server:
            self._server.shutdown()
            self._server.server_close()

    def __enter__(self) -> StandIn:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    # request handling ------------------------------------------------
    def _gate(self) -> tuple[int, float | None] | None:
        """Injected failure or quota: (status, retry_after), else None."""
        with self._lock:
            if self._fail:
                return self._fail.popleft()
            if self.quota_per_minute:
                now = time.monotonic()
                while self._window and now - self._window[0] >= 60:
                    self._window.popleft()
                if len(self._window) >= self.quota_per_minute:
                    return 429, max(1.0, 60 - (now - self._window[0]))
                self._window.append(now)
        return None

    def handle(self, method: str, path: str, query: dict, body: dict) -> tuple[int, dict]:
        m = re.match(r"^/v4/spreadsheets/([^/:]+)(.*)$", path)
        if not m:
            return 404, _err(404, "not found")
        sid, rest = m[1], unquote(m[2])
        book = self.books.get(sid)
        if book is None:
            return 404, _err(404, f"Requested entity was not found: {sid}")
        with self._lock:
            if rest == "" and method == "GET":
                return 200, self._meta(book)
            if rest == ":batchUpdate":
                return 200, self._batch_update(book, body)
            if rest == "/values:batchGet":
                ranges = query.get("ranges", [])
                return 200, {"spreadsheetId": sid, "valueRanges": [self._get(book, r) for r in ranges]}
            if rest == "/values:batchUpdate":
                for vr in body.get("data", []):
                    if (sid, parse_range(vr["range"])[0]) in self.protected:
                        return 403, _err(403, "You are trying to edit a protected cell or object.")
                for vr in body.get("data", []):
                    self._write(book, vr["range"], vr.get("values", []))
                return 200, {"spreadsheetId": sid, "totalUpdatedRows": len(body.get("data", []))}
            if rest == "/values:batchClear":
                for r in body.get("ranges", []):
                    self._clear(book, r)
                return 200, {"spreadsheetId": sid}
            vm = re.match(r"^/values/(.+?)(:append|:clear)?$", rest)
            if vm:
                rng, action = vm[1], vm[2]
                if parse_range(rng)[0] not in book.tabs:
                    return 400, _err(400, f"Unable to parse range: {rng}")
                if action == ":append":
                    return 200, self._append(book, rng, body.get("values", []))
                if action == ":clear":
                    self._clear(book, rng)
                    return 200, {"spreadsheetId": sid, "clearedRange": rng}
                if method == "PUT":
                    self._write(book, rng, body.get("values", []))
                    return 200, {"spreadsheetId": sid, "updatedRange": rng}
                return 200, self._get(book, rng)
        return 404, _err(404, "not found")

    def _meta(self, book: _Book) -> dict:
        sheets = [
            {"properties": {"sheetId": book.ids[t], "title": t, "index": i, "sheetType": "GRID",
                            "gridProperties": {"rowCount": book.grid[t], "columnCount": 26}}}
            for i, (t, rows) in enumerate(book.tabs.items())
        ]
        return {"spreadsheetId": book.id, "properties": {"title": book.title, "locale": "in_ID"}, "sheets": sheets}

    def _batch_update(self, book: _Book, body: dict) -> dict:
        replies = []
        by_id = {v: k for k, v in book.ids.items()}
        for req in body.get("requests", []):
            if "addSheet" in req:
                props = req["addSheet"].get("properties", {})
                title = props.get("title", f"Sheet{len(book.tabs) + 1}")
                rows = props.get("gridProperties", {}).get("rowCount", 1000)
                sid = book.add(title, rows)
                replies.append({"addSheet": {"properties": {"sheetId": sid, "title": title, "index": len(book.tabs) - 1,
                                                             "gridProperties": {"rowCount": rows, "columnCount": 26}}}})
            elif "appendDimension" in req and req["appendDimension"].get("dimension") == "ROWS":
                tab = by_id[req["appendDimension"]["sheetId"]]
                book.grid[tab] += int(req["appendDimension"]["length"])
                replies.append({})
            else:
                replies.append({})
        return {"spreadsheetId": book.id, "replies": replies}

    def _get(self, book: _Book, a1: str) -> dict:
        tab, r0, r1, c0, c1 = parse_range(a1)
        rows = book.tabs.get(tab, [])
        out = []
        for row in rows[r0:None if r1 is None else r1 + 1]:
            cells = row[c0:None if c1 is None else c1 + 1]
            while cells and cells[-1] == "":
                cells = cells[:-1]
            out.append(cells)
        while out and not out[-1]:
            out.pop()
        return {"range": a1, "majorDimension": "ROWS", "values": out} if out else {"range": a1, "majorDimension": "ROWS"}

    def _write(self, book: _Book, a1: str, values: list[list], grow: bool = False) -> None:
        tab, r0, _, c0, _ = parse_range(a1)
        rows = book.tabs.setdefault(tab, [])
        if r0 + len(values) > book.grid.get(tab, 1000):
            if not grow:
                raise GridLimit(f"Range ({a1}) exceeds grid limits. Max rows: {book.grid.get(tab, 1000)}")
            book.grid[tab] = r0 + len(values)
        for i, vals in enumerate(values):
            while len(rows) <= r0 + i:
                rows.append([])
            row = rows[r0 + i]
            while len(row) < c0 + len(vals):
                row.append("")
            for j, v in enumerate(vals):
                row[c0 + j] = "" if v is None else str(v)

    def _append(self, book: _Book, a1: str, values: list[list]) -> dict:
        tab = parse_range(a1)[0]
        rows = book.tabs[tab]
        while rows and not any(rows[-1]):
            rows.pop()
        start = len(rows)
        self._write(book, f"{tab}!A{start + 1}", values, grow=True)
        end = f"{col_letter(max((len(v) for v in values), default=1) - 1)}{start + len(values)}"
        return {"spreadsheetId": book.id, "updates": {"updatedRange": f"{tab}!A{start + 1}:{end}",
                                                      "updatedRows": len(values)}}

    def _clear(self, book: _Book, a1: str) -> None:
        tab, r0, r1, c0, c1 = parse_range(a1)
        rows = book.tabs.get(tab, [])
        for row in rows[r0:None if r1 is None else r1 + 1]:
            for j in range(c0, len(row) if c1 is None else min(len(row), c1 + 1)):
                row[j] = ""
        while rows and not any(rows[-1]):
            rows.pop()


def _err(code: int, message: str) -> dict:
    status = {400: "INVALID_ARGUMENT", 403: "PERMISSION_DENIED", 404: "NOT_FOUND", 429: "RESOURCE_EXHAUSTED", 500: "INTERNAL"}.get(code, "UNKNOWN")
    return {"error": {"code": code, "message": message, "status": status}}


class _Handler(BaseHTTPRequestHandler):
    owner: StandIn
    protocol_version = "HTTP/1.1"

    def log_message(self, *args) -> None:  # quiet
        pass

    def _serve(self, method: str) -> None:
        owner = self.owner
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        if owner.down:
            self.close_connection = True
            return  # no answer at all: the client sees a dropped connection
        url = urlsplit(self.path)
        if url.path == "/token":
            owner.token_requests += 1
            return self._send(200, {"access_token": "standin-token", "token_type": "Bearer", "expires_in": 3600})
        owner.requests.append((method, url.path))
        gate = owner._gate()
        if gate:
            status, retry_after = gate
            headers = {"Retry-After": str(int(retry_after))} if retry_after else {}
            return self._send(status, _err(status, "Quota exceeded" if status == 429 else "Internal error"), headers)
        try:
            body = json.loads(raw) if raw and method != "GET" else {}
        except json.JSONDecodeError:
            return self._send(400, _err(400, "invalid JSON"))
        try:
            status, payload = owner.handle(method, url.path, parse_qs(url.query), body)
        except GridLimit as exc:
            status, payload = 400, _err(400, str(exc))
        self._send(status, payload)

    def _send(self, status: int, payload: dict, headers: dict | None = None) -> None:
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=UTF-8")
        self.send_header("Content-Length", str(len(data)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self) -> None:
        self._serve("GET")

    def do_POST(self) -> None:
        self._serve("POST")

    def do_PUT(self) -> None:
        self._serve("PUT")
