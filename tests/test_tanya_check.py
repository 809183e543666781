"""The checker of the blind evaluation: an answer's structured facts against the expected result."""
from __future__ import annotations

from agent.tanya.check import check_blind, load_blind


def test_numbers_need_the_value_and_a_compatible_unit():
    facts = {"kind": "measure", "value": 4.86, "unit": "jam/hari terisi"}
    assert check_blind({"type": "number", "value": 4.9, "unit": "jam_per_hari"}, facts)
    assert not check_blind({"type": "number", "value": 5.0, "unit": "jam_per_hari"}, facts)
    assert not check_blind({"type": "number", "value": 4.86, "unit": "entri"}, facts)
    assert not check_blind({"type": "number", "value": 0, "unit": "jam"}, {"kind": "error", "value": 0})


def test_entries_people_and_refusals_are_exact():
    assert check_blind({"type": "entries", "ids": [3, 1]}, {"kind": "activities", "entry_ids": [1, 3]})
    assert not check_blind({"type": "entries", "ids": [1]}, {"kind": "activities", "entry_ids": [1, 3]})
    people = {"kind": "missing", "names": ["Dr. Hendra Wiratmaja, M.Sc.", "Kristian Mambor, S.Kom."]}
    assert check_blind({"type": "people", "names": ["Kristian", "Hendra"]}, people)
    assert not check_blind({"type": "people", "names": ["Kristian"]}, people)
    assert check_blind({"type": "refusal"}, {"kind": "refused", "message": "Akses ditolak"})
    assert not check_blind({"type": "refusal"}, {"kind": "hours", "value": 0})


def test_rankings_keep_order_but_not_within_ties():
    facts = {"kind": "top", "ranking": {"unit": "jam", "rows": [
        {"name": "Dewi A", "value": 93.0}, {"name": "Bayu P", "value": 88.5}, {"name": "Nadia P", "value": 88.5}]}}
    assert check_blind({"type": "ranking", "names": ["Dewi", "Nadia", "Bayu"], "values": [93, 88.5, 88.5]}, facts)
    assert not check_blind({"type": "ranking", "names": ["Bayu", "Dewi"], "values": [93, 88.5]}, facts)


def test_groups_and_comparisons_match_by_key_or_label():
    facts = {"kind": "groups", "groups": {"by": "probis", "unit": "jam", "values": {"PB-2.1": 39.5, "PB-2.4": 0},
                                          "labels": {"PB-2.1": "PB-2.1 Pengelolaan metadata", "PB-2.4": "PB-2.4"}}}
    assert check_blind({"type": "groups", "by": "probis", "unit": "jam", "values": {"PB-2.1": 39.5}}, facts)
    assert not check_blind({"type": "groups", "by": "rhk", "unit": "jam", "values": {"RHK-1": 39.5}}, facts)
    weeks = {"kind": "groups", "groups": {"by": "minggu", "unit": "entri", "values": {"2026-W47": 4}, "labels": {}}}
    assert check_blind({"type": "groups", "by": "minggu", "values": {"2026-11-16": 4}}, weeks)
    comp = {"kind": "compare", "compare": {"unit": "jam", "values": {"Fajar R": 10.0, "Rizky M": 8.5}}}
    assert check_blind({"type": "comparison", "unit": "jam", "values": {"Rizky": 8.5, "Fajar": 10}}, comp)
    assert not check_blind({"type": "comparison", "unit": "jam", "values": {"Rizky": 10, "Fajar": 8.5}}, comp)


def test_the_blind_set_is_there():
    cases = load_blind()
    assert len(cases) >= 120 and {c.expect["type"] for c in cases} >= {"number", "entries", "refusal"}
