"""Texts of ``jejak eval`` (per agency and data set, held-out figures)."""

PREPARING = "Menyiapkan instansi '{agency}' dari {docs} ..."
TABLE_HEAD = (
    "set                          |    n | probis: top1 r@8 tepat jawab | pokin: top1 r@8 tepat jawab "
    "| RHK: top1 r@8 tepat jawab | nilai: R-prec F1"
)
TABLE_NOTE = (
    "top1 = kandidat teratas benar; r@8 = label ada di 8 kandidat teratas; tepat = benar saat analis menjawab; "
    "jawab = bagian kegiatan yang dijawab (sisanya 'belum dapat dipastikan')."
)
POOL_BLIND = "gabungan set buta"
POOL_FINAL = "gabungan set buta akhir"
EVAL_SAVED = "Kalibrasi disimpan di {path}"
EVAL_CV = (
    "validasi silang {folds}-lipat ({splits} pembagian): macro-F1={macro_f1:.3f}  R-precision={r_precision:.3f}  "
    "terpilih={mean_selected:.2f} (label {mean_labeled:.2f})  top-1 probis={probis_top1:.3f}  "
    "pokin={pokin_top1:.3f}  RHK={rhk_top1:.3f}"
)
FIT_COLLECT = "Mengumpulkan fitur {name} ..."
FIT_HEAD = "Tiap instansi ditahan (dikalibrasi pada instansi lain):"
FIT_ONE_AGENCY = "Hanya satu instansi: angka yang ditahan butuh minimal dua instansi; parameter dipasang pada semua data."
LEARN_RUN = "Memutar ulang {name} sebagai pengguna (catat, lalu konfirmasi atau koreksi) ..."
LEARN_HEAD = "{name}: top-1 per sepersepuluh urutan, dan top-1 setelah node-nya punya contoh terkonfirmasi"
LEARN_ROW = "  {kind:<7} {tenths}  | setelah contoh: {acc} (n={n})"
