"""Texts of the one-tap corrections in chat."""

KINDS = {"rhk": "RHK", "probis": "Probis", "pokin": "Pokin", "nilai": "Nilai BerAKHLAK"}
NONE = "tidak ada"
NONE_BUTTON = "Tidak ada"
UNSURE_HEAD = "{kind} #{id} belum pasti; pilih:"
MENU_BUTTON = "🔧 Koreksi #{id}"
MENU = "Koreksi analisis entri #{id}: ketuk yang tepat (✓ = saat ini). Nilai BerAKHLAK: ketuk untuk menambah atau melepas."
VALUES_HEAD = "Nilai BerAKHLAK"
CORRECTED = "✏️ Analisis entri #{id} dikoreksi; analis belajar darinya."
CHANGE = "- {field}: {old} → {new}"
DONE = "Dikoreksi."
SAME = "Sudah begitu."
GONE = "Pilihan ini sudah tidak tersedia; buka lagi 🔧 Koreksi."
