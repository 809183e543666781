"""Batched, keyed writes to one spreadsheet.

Per spreadsheet and batch: one spreadsheets.get (tab titles), at most one
spreadsheets.batchUpdate (missing tabs), one values.batchGet (header, first
column and key column of every tab touched) and ONE values.batchUpdate
carrying updates of known rows and the new rows of every tab (plus one
appendDimension batchUpdate when a tab outgrows its grid: unlike values.append,
values.batchUpdate does not extend it). New rows are written right after the
last row read instead of one values.append per tab: 1,000 entries of 200
employees would otherwise need 200+ requests. That read and that write must not
be interleaved by another writer: a ``BookWriter`` lives for one batch, under the
spreadsheet's lease (``journal.sheets.lease``), and never reuses what it read.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from journal.sheets.client import translated
from journal.sheets.layout import col_letter, quote_tab


@dataclass(frozen=True)
class TabSpec:
    columns: tuple[str, ...]
    key_col: int


@dataclass
class _Tab:
    spec: TabSpec
    rows: dict[str, int] = field(default_factory=dict)  # key -> 1-based row
    next_row: int = 2
    sheet_id: int | None = None
    grid_rows: int = 1000
    header: list[str] = field(default_factory=list)


class BookWriter:
    """Upserts rows by key into the tabs of one spreadsheet; ``flush`` sends them."""

    def __init__(self, client, spreadsheet_id: str):
        self.client = client
        self.sid = spreadsheet_id
        self.requests = 0
        self._titles: set[str] | None = None
        self._props: dict[str, dict] = {}  # title -> sheet properties (sheetId, gridProperties)
        self._tabs: dict[str, _Tab] = {}
        self._pending: dict[tuple[str, int], list[str]] = {}

    @property
    def http(self):
        return self.client.http_client

    def prepare(self, tabs: dict[str, TabSpec]) -> None:
        """Make sure every tab exists and its keys are known (cached per drain)."""
        todo = {t: s for t, s in tabs.items() if t not in self._tabs}
        if not todo:
            return
        with translated():
            if self._titles is None:
                meta = self.http.fetch_sheet_metadata(self.sid)
                self.requests += 1
                self._props = {s["properties"]["title"]: s["properties"] for s in meta.get("sheets", [])}
                self._titles = set(self._props)
            missing = [t for t in todo if t not in self._titles]
            if missing:
                body = {"requests": [{"addSheet": {"properties": {"title": t, "gridProperties": {
                    "rowCount": 1000, "columnCount": max(26, len(todo[t].columns))}}}} for t in missing]}
                replies = self.http.batch_update(self.sid, body).get("replies", [])
                self.requests += 1
                self._titles.update(missing)
                for t, reply in zip(missing, replies, strict=False):
                    self._props[t] = reply.get("addSheet", {}).get("properties", {})
                for t in missing:
                    tab = self._tabs[t] = _Tab(todo[t], sheet_id=self._props[t].get("sheetId"))
                    self._pending[(t, 1)] = list(todo[t].columns)
                    tab.header = list(todo[t].columns)
            existing = [t for t in todo if t not in missing]
            if existing:
                ranges = []
                for t in existing:
                    key = col_letter(todo[t].key_col)
                    ranges += [f"{quote_tab(t)}!1:1", f"{quote_tab(t)}!A:A", f"{quote_tab(t)}!{key}:{key}"]
                got = self.http.values_batch_get(self.sid, ranges).get("valueRanges", [])
                self.requests += 1
                for i, t in enumerate(existing):
                    self._load(t, todo[t], *(got[3 * i + k].get("values", []) for k in range(3)))

    def _load(self, title: str, spec: TabSpec, header, first, keys) -> None:
        props = self._props.get(title, {})
        tab = self._tabs[title] = _Tab(spec, sheet_id=props.get("sheetId"),
                                       grid_rows=props.get("gridProperties", {}).get("rowCount", 1000))
        tab.header = list(header[0]) if header else []
        for i, cell in enumerate(keys):
            if i and cell and cell[0]:
                tab.rows.setdefault(str(cell[0]), i + 1)
        tab.next_row = max(len(first), len(keys), 1) + 1
        want = list(spec.columns)
        if tab.header[: len(want)] != want:
            # a legacy sheet: keep its original headers, add ours after them
            if not tab.header:
                merged = want
            elif tab.header == want[: len(tab.header)]:
                merged = tab.header + want[len(tab.header):]
            else:  # someone's own header: leave it alone
                merged = tab.header
            if merged != tab.header:
                self._pending[(title, 1)] = merged
                tab.header = merged

    def has(self, title: str, key: str) -> bool:
        return key in self._tabs[title].rows

    def put(self, title: str, key: str, values: list[str], *, only_existing: bool = False) -> None:
        tab = self._tabs[title]
        row = tab.rows.get(key)
        if row is None:
            if only_existing:
                return
            row = tab.rows[key] = tab.next_row
            tab.next_row += 1
        self._pending[(title, row)] = values

    def _grow_requests(self) -> list[dict]:
        out = []
        for tab in self._tabs.values():
            need = tab.next_row - 1 - tab.grid_rows
            if need > 0 and tab.sheet_id is not None:
                out.append({"appendDimension": {"sheetId": tab.sheet_id, "dimension": "ROWS", "length": need + 1000}})
                tab.grid_rows += need + 1000
        return out

    def flush(self) -> int:
        """Send everything queued in one values.batchUpdate; returns rows written."""
        if not self._pending:
            return 0
        data = [
            {"range": f"{quote_tab(t)}!A{r}:{col_letter(len(v) - 1)}{r}", "values": [v]}
            for (t, r), v in sorted(self._pending.items())
        ]
        grow = self._grow_requests()
        with translated():
            if grow:  # values.batchUpdate does not extend the grid the way values.append does
                self.http.batch_update(self.sid, {"requests": grow})
                self.requests += 1
            self.http.values_batch_update(self.sid, {"valueInputOption": "RAW", "data": data})
        self.requests += 1
        for tab in self._tabs.values():
            tab.grid_rows = max(tab.grid_rows, tab.next_row - 1)
        n = len(self._pending)
        self._pending.clear()
        return n
