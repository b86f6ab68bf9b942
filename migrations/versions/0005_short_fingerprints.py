"""short fingerprints: a bank row's fingerprint keeps the first 128 bits of its SHA-256

Revision ID: 0005_short_fingerprints
Revises: 0004_collection
Create Date: 2026-11-22 17:40:00

The importer now writes 32 hex characters instead of 64 (the unique index on payments is half
the size). Rows imported before keep matching: their fingerprint is cut to its first 32
characters, which is exactly what the importer computes for the same bank row.

Downgrading cannot give back the 32 characters cut off: it leaves the short fingerprints, and
the code of revision 0004 would not recognise those rows as already imported.
"""

from __future__ import annotations

from alembic import op

revision = "0005_short_fingerprints"
down_revision = "0004_collection"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        "UPDATE payments SET fingerprint = substr(fingerprint, 1, 32) "
        "WHERE length(fingerprint) > 32"
    )


def downgrade() -> None:
    pass  # the characters cut off are gone (see the docstring)
