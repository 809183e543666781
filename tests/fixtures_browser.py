"""A real browser on the dashboard: the server started as ``jejak web`` on a free loopback port,
headless Chromium from Debian's packages driven by selenium (no browser is downloaded).

- ``web_server``: the server on a copy of the sample agency's data folder, with three weeks
  of entries; ``web_server.link(nip)`` is a fresh login link.
- ``browser``: ``browser(name)`` opens a Chromium with its own profile; ``shot(driver, name)``
  saves full-page screenshots at phone and desktop widths under the test's tmp dir.
"""
from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest

CHROMIUM, CHROMEDRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage")
WIDTHS = {"hp": 390, "desktop": 1280}
TEXTS = ("rapat koordinasi pengembangan aplikasi", "menguji modul kontrak mitra SOBAT", "menyusun laporan uji",
         "memperbaiki bug formulir survei", "dokumentasi API layanan data", "melayani permintaan data")


@dataclass
class Server:
    url: str
    settings: object
    process: subprocess.Popen

    def link(self, nip: str) -> str:
        from journal.db import Journal
        from journal.weblogin import issue

        journal = Journal(self.settings.db_url)
        try:
            return f"{self.url}/masuk/{issue(journal, nip)}"
        finally:
            journal.close()


def fill_entries(settings, days: int = 15, seed: int = 3) -> None:
    """Entries of every staff member on the last ``days`` working days (Nadia's still to review)."""
    from journal.activities import save_activities
    from journal.db import Journal
    from journal.staff import list_staff

    rng = random.Random(seed)
    journal = Journal(settings.db_url)
    try:
        today, d, workdays = date.today(), date.today(), []
        while len(workdays) < days:
            if d.weekday() < 5:
                workdays.append(d)
            d -= timedelta(days=1)
        for person in list_staff(journal, "dsis"):
            for day in workdays:
                if rng.random() < 0.15 or (person.name.startswith("Wahyu") and (today - day).days < 6):
                    continue
                entries = []
                for _ in range(rng.randint(1, 3)):
                    values = rng.sample(["Akuntabel", "Kompeten", "Kolaboratif", "Adaptif", "Harmonis",
                                         "Berorientasi Pelayanan", "Loyal"], rng.randint(1, 3))
                    entries.append(({"day": day, "minutes": rng.choice((60, 90, 120, 150, 180, 240)),
                                     "text": rng.choice(TEXTS), "description": "", "output": "dokumen", "volume": 1.0},
                                    {"analyst": "embedded", "berakhlak": values, "primary_value": values[0],
                                     "probis_id": "PB-1.3.1", "probis_name": "Pembangunan modul administrasi mitra",
                                     "probis_level": "high", "probis_score": 80.0, "rhk_code": "RHK-1",
                                     "rhk_text": "Terbangunnya antarmuka modul", "rhk_score": 90.0,
                                     "explanation": "Cocok dengan proses bisnis pembangunan modul."}))
                status = "submitted" if person.name.startswith("Nadia") or rng.random() < 0.3 else "approved"
                save_activities(journal, person.nip, "dsis", entries, channel="uji", status=status)
    finally:
        journal.close()


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def web_server(settings, bot_template, tmp_path):
    if not (os.path.exists(CHROMIUM) and os.path.exists(CHROMEDRIVER)):
        pytest.skip("Chromium belum terpasang: make test memasangnya (apt-get install chromium chromium-driver)")
    data = tmp_path / "webdata"
    shutil.copytree(bot_template, data)
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    st = settings.model_copy(update={"data_dir": data, "web_url": url})
    fill_entries(st)
    env = {k: v for k, v in os.environ.items() if not k.startswith("JEJAK_")}
    env.update(JEJAK_DATA_DIR=str(data), JEJAK_WEB_URL=url, PYTHONPATH=os.pathsep.join(sys.path))
    log = open(tmp_path / "server.log", "w")  # noqa: SIM115 - open while the server runs, closed below
    proc = subprocess.Popen([sys.executable, "-c", "import sys; from jejak.cli import main; main(sys.argv[1:])",
                             "web", "--port", str(port)], env=env, cwd=tmp_path, stdout=log, stderr=subprocess.STDOUT)
    import httpx

    deadline = time.monotonic() + 60
    while True:
        try:
            if httpx.get(f"{url}/masuk", timeout=2).status_code == 200:
                break
        except httpx.HTTPError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            raise AssertionError((tmp_path / "server.log").read_text())
        time.sleep(0.3)
    yield Server(url, st, proc)
    proc.terminate()
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
    log.close()


@pytest.fixture
def browser(tmp_path):
    from selenium import webdriver
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service

    drivers = []

    def open_browser(name: str):
        options = Options()
        options.binary_location = CHROMIUM
        for flag in FLAGS:
            options.add_argument(flag)
        options.add_argument(f"--user-data-dir={tmp_path / ('profile-' + name)}")
        options.add_argument("--window-size=1280,900")
        driver = webdriver.Chrome(options=options, service=Service(CHROMEDRIVER))
        driver.implicitly_wait(0)
        drivers.append(driver)
        return driver

    yield open_browser
    for d in drivers:
        d.quit()


@pytest.fixture
def shot(tmp_path):
    """``shot(driver, name)``: full-page PNGs at phone and desktop widths; their paths."""
    folder = tmp_path / "screens"
    folder.mkdir(exist_ok=True)

    def take(driver, name: str) -> list[Path]:
        import base64

        paths = []
        for label, width in WIDTHS.items():
            driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
                "width": width, "height": 900, "deviceScaleFactor": 1, "mobile": width < 720})
            time.sleep(0.3)
            height, overflow = driver.execute_script(
                "var e = document.documentElement; return [e.scrollHeight, e.scrollWidth - e.clientWidth];")
            shot = driver.execute_cdp_cmd("Page.captureScreenshot", {
                "format": "png", "captureBeyondViewport": True,
                "clip": {"x": 0, "y": 0, "width": width, "height": min(height, 8000), "scale": 1}})
            path = folder / f"{name}-{label}.png"
            path.write_bytes(base64.b64decode(shot["data"]))
            assert overflow <= 1, f"{name} lebih lebar dari layar {label} ({overflow} px)"
            paths.append(path)
        driver.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
        return paths

    take.folder = folder
    return take
