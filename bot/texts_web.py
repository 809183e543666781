"""Texts of /web (the dashboard login link)."""

WEB_LINK = ("🔐 Tautan masuk dasbor JEJAK ASN (sekali pakai, berlaku {minutes} menit):\n{link}\n\n"
            "Jangan teruskan tautan ini kepada siapa pun.")
