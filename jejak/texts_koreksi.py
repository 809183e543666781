"""Texts of ``jejak koreksi`` and ``jejak konfirmasi``."""

KOREKSI_HELP = ("Koreksi analisis entri: RHK, probis, pokin ('-' = tidak ada) atau nilai BerAKHLAK; "
                "entri menjadi contoh yang dipelajari analis.")
KONFIRMASI_HELP = "Konfirmasi entri dan analisisnya; entri menjadi contoh yang dipelajari analis."
NOTHING = "Sebutkan yang dikoreksi: --rhk, --probis, --pokin atau --nilai."
CORRECTED = "Entri #{id} dikoreksi:"
CHANGE = "- {field}: {old} -> {new}"
UNCHANGED = "Entri #{id} sudah sesuai; tidak ada yang berubah (entri ditandai terverifikasi)."
CONFIRMED = "Entri #{id} dikonfirmasi; analis belajar darinya."
NONE = "tidak ada"
FIELDS = {"rhk": "RHK", "probis": "Probis", "pokin": "Pokin", "nilai": "Nilai BerAKHLAK"}
