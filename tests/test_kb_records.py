"""Records keep the keys they were stored with, whatever the code calls the field."""
import json

from knowledge.models import Staff
from knowledge.records import record_from_json, record_to_json


def test_staff_agency_is_stored_under_instansi_and_read_back():
    person = Staff(nip="199611032019121001", name="Fajar", unit="Tim Data", agency_id="dsis")
    raw = record_to_json("staff", person)
    stored = json.loads(raw)
    assert stored["instansi"] == "dsis" and "agency_id" not in stored  # data folders made earlier hold this key
    assert record_from_json("staff", raw) == person
    old = '{"nip": "1", "name": "Rina", "instansi": "dsis", "attributes": {}}'
    assert record_from_json("staff", old).agency_id == "dsis"
