"""Sorting and filtering happen in the model, on precomputed strings."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt

from kastor_desktop.ui.table_model import Column, RowTableModel, fold


@dataclass(frozen=True)
class Row:
    id: int
    name: str
    amount: int


def model() -> RowTableModel[Row]:
    m = RowTableModel(
        [
            Column("Nombre", lambda r: r.name),
            Column("Monto", lambda r: f"{r.amount:,}", key=lambda r: r.amount, align_right=True),
        ]
    )
    m.set_rows([Row(1, "Ñuñoa", 900), Row(2, "alerces", 10_000), Row(3, "Bellavista", 50)])
    return m


def test_fold_ignores_case_and_accents():
    assert fold("ÑUÑOA Peñalolén") == "nunoa penalolen"


def test_sort_text_case_and_accent_insensitive(qapp):
    m = model()
    m.sort(0, Qt.SortOrder.AscendingOrder)
    assert [r.name for r in m.rows()] == ["alerces", "Bellavista", "Ñuñoa"]


def test_sort_numbers_by_key_not_by_text(qapp):
    m = model()
    m.sort(1, Qt.SortOrder.DescendingOrder)
    assert [r.amount for r in m.rows()] == [10_000, 900, 50]


def test_filter_then_clear(qapp):
    m = model()
    m.set_filter("nun")
    assert m.rowCount() == 1 and m.row_at(0).id == 1
    m.set_filter("")
    assert m.rowCount() == 3
    assert m.data(m.index(0, 1), Qt.ItemDataRole.TextAlignmentRole) is not None
