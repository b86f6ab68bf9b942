"""Persistence: SQLAlchemy 2 models, the engine with its SQLite pragmas, start-up migration."""
