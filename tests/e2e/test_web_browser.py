"""The dashboard in a real browser (headless Chromium): login by link, the team page, a bulk
approve, a return with a comment, the person and question pages, a document upload with its
progress, and logout. Screenshots of every page at phone and desktop widths are kept under
the test's tmp dir (``screens/``)."""
from __future__ import annotations

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

from tests.fixtures_bot import NIP_WAHYU

pytestmark = pytest.mark.e2e
HENDRA, RINA, PUTU, NADIA = "197205141996031001", "198108232004122002", "198712092010122003", "199802152022012001"


def _wait(driver, condition, timeout: float = 20):
    return WebDriverWait(driver, timeout).until(condition)


def _login(driver, server, nip: str) -> None:
    driver.get(server.link(nip))
    _wait(driver, EC.element_to_be_clickable((By.ID, "masuk"))).click()
    _wait(driver, EC.presence_of_element_located((By.CSS_SELECTOR, "header .who")))


def _status(server, ids):
    from journal.db import Journal
    from journal.models import Activity

    j = Journal(server.settings.db_url)
    try:
        with j.session() as s:
            return [s.get(Activity, i).status for i in ids]
    finally:
        j.close()


def test_supervisor_reviews_and_admin_uploads_in_a_browser(web_server, browser, shot, tmp_path):
    hendra = browser("hendra")
    _login(hendra, web_server, HENDRA)
    assert hendra.current_url.endswith("/tim")
    _wait(hendra, EC.presence_of_element_located((By.ID, "members")))
    members = hendra.find_element(By.ID, "members").text
    assert "Nadia Putri Maharani" in members and "Wahyu Adi Kurniawan" in members
    assert "Wahyu Adi Kurniawan" in hendra.find_element(By.XPATH, "//h2[starts-with(., 'Tidak mengisi')]/..").text
    hendra.find_element(By.LINK_TEXT, "Bulan ini").click()
    _wait(hendra, EC.url_contains("periode=bulan"))
    assert hendra.find_elements(By.CSS_SELECTOR, "svg.heat path.h3")  # the heat map has full days
    shot(hendra, "tim")

    rina = browser("rina")
    _login(rina, web_server, RINA)
    rina.get(web_server.url + "/tinjauan")
    boxes = _wait(rina, lambda d: d.find_elements(By.CSS_SELECTOR, "input[name=ids]"))
    ids = [int(b.get_attribute("value")) for b in boxes[:3]]
    shot(rina, "tinjauan")
    for box in boxes[:2]:
        box.click()
    rina.find_element(By.ID, "bulk-approve").click()
    _wait(rina, EC.text_to_be_present_in_element((By.ID, "flash"), "2 entri disetujui"))
    assert _status(web_server, ids[:2]) == ["approved", "approved"]

    card = rina.find_element(By.ID, f"entry-{ids[2]}")
    card.find_element(By.XPATH, ".//summary[normalize-space()='Kembalikan']").click()
    card.find_element(By.CSS_SELECTOR, "form textarea[name=komentar]").send_keys("Lengkapi jumlah halaman yang diuji")
    card.find_element(By.XPATH, ".//button[normalize-space()='Kembalikan entri']").click()
    _wait(rina, EC.text_to_be_present_in_element((By.ID, f"entry-{ids[2]}"), "Dikembalikan"))
    assert "Lengkapi jumlah halaman yang diuji" in rina.find_element(By.ID, f"entry-{ids[2]}").text
    assert _status(web_server, ids[2:]) == ["returned"]
    shot(rina, "tinjauan-dikembalikan")

    rina.get(f"{web_server.url}/pegawai/{NADIA}")
    _wait(rina, EC.presence_of_element_located((By.CSS_SELECTOR, "table.calendar")))
    assert "Usulan predikat" in rina.page_source
    shot(rina, "pegawai")
    rina.get(web_server.url + "/tanya")
    field = _wait(rina, EC.element_to_be_clickable((By.ID, "pertanyaan")))
    field.send_keys("berapa jam tim saya minggu ini?")
    rina.find_element(By.XPATH, "//button[normalize-space()='Tanya']").click()
    _wait(rina, EC.text_to_be_present_in_element((By.ID, "answer"), "jam"))
    shot(rina, "tanya")
    rina.get(f"{web_server.url}/pegawai/{NIP_WAHYU}")  # not in Rina's team
    assert "Akses ditolak" in rina.page_source

    rina.find_element(By.XPATH, "//button[normalize-space()='Keluar']").click()
    _wait(rina, EC.url_contains("/masuk?keluar=1"))
    rina.get(web_server.url + "/tinjauan")
    _wait(rina, EC.url_matches(r".*/masuk$"))

    putu = browser("putu")
    _login(putu, web_server, PUTU)
    putu.get(web_server.url + "/admin")
    doc = tmp_path / "glosarium-layanan.md"
    doc.write_text("# Glosarium layanan TI\n\nSLA: service level agreement, batas waktu layanan tiket.\n\n"
                   "VM: mesin virtual di pusat data.\n" * 40)
    putu.find_element(By.ID, "berkas").send_keys(str(doc))
    putu.find_element(By.XPATH, "//button[normalize-space()='Unggah dan proses']").click()
    report = _wait(putu, EC.presence_of_element_located((By.ID, "ingest-report")), timeout=90)
    assert "berhasil glosarium-layanan.md: baru" in report.text
    assert "glosarium-layanan.md" in putu.find_element(By.ID, "docs").text
    shot(putu, "admin-dokumen")
    for page in ("pegawai", "sistem"):
        putu.get(f"{web_server.url}/admin/{page}")
        _wait(putu, EC.presence_of_element_located((By.CSS_SELECTOR, "table.rows")))
        shot(putu, f"admin-{page}")
    assert len(list(shot.folder.glob("*.png"))) == 16
