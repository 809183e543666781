"""Serve the Sheets stand-in by hand, to try the mirror without Google:

    python -m devtools.sheets_standin_main --service-account data/sa-uji.json JURNAL PEGAWAI

prints the ``JEJAK_`` settings to use; Ctrl+C stops it (the data is in memory only).
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from devtools.sheets_standin import StandIn


def throwaway_service_account(path: Path) -> None:
    """A service-account file with a fresh RSA key: good for the stand-in, useless for Google."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption()).decode()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"type": "service_account", "project_id": "uji", "private_key_id": "uji",
                                "private_key": pem, "client_email": "uji@uji.iam.gserviceaccount.com",
                                "client_id": "1", "token_uri": "https://oauth2.googleapis.com/token"}))


def main() -> None:
    """Serve the Sheets stand-in until interrupted, printing the settings that point the product at it."""
    parser = argparse.ArgumentParser(description="Stand-in lokal Google Sheets v4 (dalam memori).")
    parser.add_argument("spreadsheets", nargs="+", help="id spreadsheet yang disediakan")
    parser.add_argument("--service-account", type=Path, help="tulis berkas akun layanan sekali pakai ke sini")
    parser.add_argument("--kuota", type=int, default=None, help="permintaan per menit (bawaan: tanpa batas)")
    args = parser.parse_args()
    with StandIn(quota_per_minute=args.kuota) as standin:
        for sid in args.spreadsheets:
            standin.create(sid)
        if args.service_account:
            throwaway_service_account(args.service_account)
            print(f"JEJAK_GOOGLE_SERVICE_ACCOUNT={args.service_account}")
        print(f"JEJAK_SHEETS_TOKEN_URI={standin.token_uri}\nJEJAK_SHEETS_API_URL={standin.api_url}", flush=True)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main()
