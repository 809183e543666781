"""Evidence: photos and documents attached to an entry, with type and size limits."""
import hashlib

from sqlalchemy import select

from devtools.emulator import is_saved, saved_ids
from journal.db import Journal
from journal.models import Evidence
from tests.fixtures_bot import NADIA

JPEG = b"\xff\xd8\xff\xe0" + b"jejak-bukti" * 200


def test_photo_and_document_attach_to_named_or_chosen_entry(bot_runner, tg_user, bot_settings):
    from devtools.emulator import buttons

    nadia = tg_user(NADIA, "Nadia")
    nadia.send_photo(JPEG, caption="foto rapat")
    nadia.wait("Belum ada entri hari ini")
    nadia.send("rapat koordinasi tim aplikasi 2 jam, 1 notulen")
    [first] = saved_ids(nadia.wait(is_saved))
    nadia.send("menguji aplikasi CAPI 1 jam, 1 laporan uji")
    nadia.wait(is_saved)

    nadia.send_photo(JPEG, caption=f"#{first} foto rapat")
    nadia.wait(f"dilampirkan ke entri #{first}")
    nadia.send_document(b"%PDF-1.4 laporan", name="laporan.pdf", mime="application/pdf", caption="laporan uji")
    ask = nadia.wait("ke entri hari ini yang mana")  # a caption that only describes the file: which entry?
    pick = [data for _, data in buttons(ask) if data.startswith("ev:pick:")]
    nadia.press(ask, pick[-1])
    assert "dokumen" in nadia.wait_edit(ask, "dilampirkan ke entri")["text"]

    nadia.send_document(b"MZ...", name="alat.exe", mime="application/x-msdownload", caption="#1")
    nadia.wait("tidak diterima sebagai bukti")
    nadia.send_document(b"MZ\x90\x00 program", name="laporan.pdf", mime="application/pdf", caption=f"#{first}")
    nadia.wait("tidak sesuai dengan jenisnya")
    nadia.send_document(b"%PDF big", name="besar.pdf", mime="application/pdf", caption="besar",
                        declared_size=50 * 1024 * 1024)
    nadia.wait("terlalu besar")

    j = Journal(bot_settings.db_url)
    with j.session() as s:
        rows = list(s.scalars(select(Evidence).order_by(Evidence.id)))
    j.close()
    assert [r.activity_id for r in rows][0] == first and len(rows) == 2
    digest = hashlib.sha256(JPEG).hexdigest()
    assert rows[0].sha256 == digest
    assert (bot_settings.evidence_dir / f"{digest}.jpg").read_bytes() == JPEG
