"""PySide6 screens. Nothing outside this package imports it."""
