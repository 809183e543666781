"""Predikat proposal: the PermenPANRB 6/2022 matrix, levels from evidence, scope."""
from __future__ import annotations

from collections import Counter

import pytest

from journal import calendar as cal
from journal.predikat import ATAS, BAWAH, SESUAI, perilaku_level, predikat, propose
from journal.scope import ScopeError

VALUES = ("Berorientasi Pelayanan", "Akuntabel", "Kompeten", "Harmonis", "Loyal", "Adaptif", "Kolaboratif")


@pytest.mark.parametrize("hasil, perilaku, expected", [
    (BAWAH, BAWAH, "Sangat Kurang"), (BAWAH, SESUAI, "Butuh Perbaikan"), (BAWAH, ATAS, "Butuh Perbaikan"),
    (SESUAI, BAWAH, "Kurang"), (ATAS, BAWAH, "Kurang"), (SESUAI, SESUAI, "Baik"), (SESUAI, ATAS, "Baik"),
    (ATAS, SESUAI, "Baik"), (ATAS, ATAS, "Sangat Baik"),
])
def test_matrix(hasil, perilaku, expected):
    assert predikat(hasil, perilaku) == expected


def test_perilaku_levels_from_value_evidence():
    assert perilaku_level(Counter({v: 3 for v in VALUES})) == ATAS
    assert perilaku_level(Counter({v: 1 for v in VALUES[:5]})) == SESUAI
    assert perilaku_level(Counter({"Akuntabel": 9})) == BAWAH


def test_proposal_for_a_month_with_evidence(synth_journal):
    sj = synth_journal
    with sj.journal.session() as s:
        p = propose(s, sj.nip("Siti"), sj.nip("Agus"), cal.month("2026-10"))
        empty = propose(s, sj.nip("Siti"), sj.nip("Agus"), cal.month("2026-03"))
    october = [e for e in sj.entries_of("Agus") if e["day"].month == 10]
    assert p.entries == len(october)
    assert [e.code for e in p.rhk] == ["RHK-1", "RHK-2", "RHK-3"]
    assert sum(e.entries for e in p.rhk) == len(october)
    assert p.predikat == predikat(p.hasil_kerja, p.perilaku)
    # a month without entries: missing data alone never makes a low predikat
    assert (empty.hasil_kerja, empty.perilaku, empty.computed) == (BAWAH, BAWAH, "Sangat Kurang")
    assert empty.predikat is None and empty.provisional and ("entries", 0.0) in empty.reasons


def test_proposal_is_refused_outside_scope(synth_journal):
    sj = synth_journal
    with sj.journal.session() as s, pytest.raises(ScopeError):
        propose(s, sj.nip("Lestari"), sj.nip("Agus"), cal.month("2026-10"))


def test_predikat_command_line_is_labelled_as_a_proposal(cli, synth_journal):
    code, out = cli("predikat", "--nip", synth_journal.nip("Budi"), "--pegawai", synth_journal.nip("Agus"),
                    "--bulan", "2026-10")
    assert code == 0, out
    assert out.startswith("USULAN predikat") and "bukan keputusan" in out and "RHK-1" in out
    code, out = cli("predikat", "--nip", synth_journal.nip("Dewi"), "--pegawai", synth_journal.nip("Agus"),
                    "--bulan", "2026-10")
    assert code == 1 and "Akses ditolak" in out
