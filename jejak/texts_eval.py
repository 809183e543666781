"""Texts of ``jejak eval --fit`` (held-out figures)."""

EVAL_CV = (
    "validasi silang {folds}-lipat ({splits} pembagian): macro-F1={macro_f1:.3f}  R-precision={r_precision:.3f}  "
    "terpilih={mean_selected:.2f} (label {mean_labeled:.2f})  top-1 probis={probis_top1:.3f}  "
    "pokin={pokin_top1:.3f}  RHK={rhk_top1:.3f}"
)
