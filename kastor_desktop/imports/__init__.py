"""Reading migration spreadsheets (XLSX/CSV) into plain rows, and checking them against what
the office already has: pure code, no SQLAlchemy and no Qt. The service that writes the result
is kastor_desktop/services/migration.py; the templates are written by reports/templates.py."""
