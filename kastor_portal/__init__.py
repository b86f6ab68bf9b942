"""The small hosted co-owner portal (FastAPI + SQLAlchemy), shipped with the desktop app.

It arrives with the sync issue. The desktop app already writes what the portal will need to
its outbox (see kastor_desktop/store/models/journal.py); nothing is sent yet. This package is
never imported by kastor_desktop.
"""
