"""The Sheets stand-in answers gspread's high-level API the way Google does."""
from __future__ import annotations

import pytest

from journal.sheets.client import open_client, translated
from journal.sheets.errors import SheetsUnavailable


def test_gspread_high_level_calls(sheets_settings, standin):
    gc = open_client(sheets_settings)
    sh = gc.open_by_key("JURNAL")
    ws = sh.add_worksheet("Jurnal_Uji", rows=10, cols=5)
    ws.append_rows([["Nip", "Nama"], ["1", "Andi"]], value_input_option="RAW")
    ws.append_row(["2", "Sari"], value_input_option="RAW")
    ws.update([["Budi"]], "B3", value_input_option="RAW")
    assert ws.get_all_values() == [["Nip", "Nama"], ["1", "Andi"], ["2", "Budi"]]
    assert sh.values_batch_get(["'Jurnal_Uji'!A:A"])["valueRanges"][0]["values"] == [["Nip"], ["1"], ["2"]]
    assert [w.title for w in gc.open_by_key("JURNAL").worksheets()] == ["Jurnal_Uji"]
    assert ("GET", "/v4/spreadsheets/JURNAL") in standin.requests and standin.token_requests >= 1


def test_failures_quota_and_outage(sheets_settings, standin):
    gc = open_client(sheets_settings, timeout=5)
    standin.fail_next(500)
    with pytest.raises(SheetsUnavailable, match="HTTP 500"), translated():
        gc.http_client.fetch_sheet_metadata("JURNAL")
    standin.quota_per_minute = 1
    gc.http_client.fetch_sheet_metadata("JURNAL")
    with pytest.raises(SheetsUnavailable) as exc, translated():
        gc.http_client.fetch_sheet_metadata("JURNAL")
    assert exc.value.retry_after and exc.value.retry_after > 0
    standin.quota_per_minute = None
    standin.down = True
    with pytest.raises(SheetsUnavailable, match="koneksi"), translated():
        gc.http_client.fetch_sheet_metadata("JURNAL")
