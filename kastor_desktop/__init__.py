"""Kastor Desktop: administración de comunidades, sin conexión."""

__version__ = "0.1.0"
