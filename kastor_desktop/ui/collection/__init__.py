"""Payments and collection screens ([K4])."""
