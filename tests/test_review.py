"""Review: approve, return with a comment, comment, resubmit; outbox and notification."""
from __future__ import annotations

import pytest

from journal.models import Activity, Review, SheetOp
from journal.review import ReviewError, resubmit, review
from journal.scope import ScopeError


def _submitted(sj, first: str) -> int:
    return sj.entries_of(first, "submitted")[0]["id"]


def _ops(sj, activity_id: int) -> int:
    with sj.journal.session() as s:
        return s.query(SheetOp).filter_by(activity_id=activity_id, op="upsert").count()


def test_approve_changes_status_queues_sheet_and_notifies(synth_journal):
    sj, seen = synth_journal, []
    aid = _submitted(sj, "Agus")
    notice = review(sj.journal, sj.nip("Siti"), aid, "approve", notify=seen.append)
    assert notice.status == "approved" and seen == [notice]
    with sj.journal.session() as s:
        assert s.get(Activity, aid).status == "approved"
        assert s.query(Review).filter_by(activity_id=aid, action="approve").count() == 1
    assert _ops(sj, aid) == 1
    with pytest.raises(ReviewError, match="berstatus disetujui"):
        review(sj.journal, sj.nip("Siti"), aid, "approve")


def test_return_needs_a_comment_then_employee_resubmits(synth_journal):
    sj, seen = synth_journal, []
    aid = _submitted(sj, "Dewi")
    with pytest.raises(ReviewError, match="komentar"):
        review(sj.journal, sj.nip("Siti"), aid, "return")
    n = review(sj.journal, sj.nip("Siti"), aid, "return", "Lengkapi keluaran dan jumlah halaman", notify=seen.append)
    assert n.status == "returned" and n.owner_nip == sj.nip("Dewi") and n.comment.startswith("Lengkapi")
    assert n.owner_telegram_id is not None  # the bot can tell the employee
    n2 = resubmit(sj.journal, sj.nip("Dewi"), aid, "menyusun dokumen kebutuhan aplikasi, 12 halaman", notify=seen.append)
    assert n2.status == "submitted" and [x.action for x in seen] == ["return", "resubmit"]
    with sj.journal.session() as s:
        act = s.get(Activity, aid)
        assert act.status == "submitted" and "12 halaman" in act.text
    assert _ops(sj, aid) == 2
    review(sj.journal, sj.nip("Siti"), aid, "approve")


def test_comment_keeps_status_and_needs_no_sheet_write(synth_journal):
    sj = synth_journal
    aid = _submitted(sj, "Rudi")
    n = review(sj.journal, sj.nip("Siti"), aid, "comment", "Bagus, lampirkan tautan dokumennya")
    assert n.status == "submitted" and _ops(sj, aid) == 0


def test_only_supervisors_in_scope_can_review_and_not_their_own(synth_journal):
    sj = synth_journal
    aid = _submitted(sj, "Agus")
    with pytest.raises(ScopeError):
        review(sj.journal, sj.nip("Lestari"), aid, "approve")  # another team
    with pytest.raises(ScopeError):
        review(sj.journal, sj.nip("Dewi"), aid, "approve")  # a colleague
    own = _submitted(sj, "Siti")
    with pytest.raises(ScopeError, match="milik sendiri"):
        review(sj.journal, sj.nip("Siti"), own, "approve")
    review(sj.journal, sj.nip("Budi"), own, "approve")  # the head, higher up
    with pytest.raises(ScopeError):
        resubmit(sj.journal, sj.nip("Siti"), aid)  # only the owner resubmits
    with pytest.raises(ReviewError, match="tidak ditemukan"):
        review(sj.journal, sj.nip("Siti"), 999999, "approve")


def test_failed_notification_does_not_undo_the_review(synth_journal, caplog):
    sj = synth_journal
    aid = _submitted(sj, "Agus")

    def broken(_notice):
        raise RuntimeError("telegram down")

    review(sj.journal, sj.nip("Siti"), aid, "approve", notify=broken)
    with sj.journal.session() as s:
        assert s.get(Activity, aid).status == "approved"
    assert "gagal dikirim" in caplog.text


def test_review_command_line(cli, synth_journal):
    sj = synth_journal
    aid = _submitted(sj, "Agus")
    code, out = cli("review", str(aid), "--nip", sj.nip("Siti"), "--kembalikan", "Tambahkan bukti dukung")
    assert code == 0 and "dikembalikan" in out and "Tambahkan bukti dukung" in out
    code, out = cli("review", str(aid), "--nip", sj.nip("Agus"), "--ajukan-ulang", "menyusun RKA, bukti terlampir")
    assert code == 0 and "diajukan ulang" in out
    code, out = cli("review", str(aid), "--nip", sj.nip("Siti"), "--setujui")
    assert code == 0 and "disetujui" in out
    code, out = cli("review", str(aid), "--nip", sj.nip("Lestari"), "--komentar", "cek")
    assert code != 0
