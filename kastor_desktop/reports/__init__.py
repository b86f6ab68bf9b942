"""Report data (pure) and renderers: PDF (reportlab), XLSX (openpyxl), imported when used."""
