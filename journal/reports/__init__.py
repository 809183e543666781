"""Outputs of a recap: XLSX, PDF, PNG charts, e-Kinerja CSV (and the Sheets recap tab in journal.sheets)."""
