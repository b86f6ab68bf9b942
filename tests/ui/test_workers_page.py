"""Workers screen: a ficha through the dialog (salary typed «650.000»), inline errors, export."""

from __future__ import annotations

from datetime import date

from openpyxl import load_workbook

from kastor_desktop.ui.community.worker_dialog import WorkerDialog
from kastor_desktop.ui.community.workers_page import WorkersPage
from tests.factories import state, valid_rut


def test_create_a_worker_through_the_dialog_and_export(
    aromos, open_page, qtbot, ui_ctx, services, tmp_path
):
    page = open_page(WorkersPage, aromos)
    dialog = WorkerDialog(ui_ctx, aromos, None, page)
    qtbot.addWidget(dialog)
    rut = valid_rut(12_345_678)
    dialog.tax_id.setText(rut)
    dialog.full_name.setText("Juan Carlos Soto Rojas")
    dialog.role.setText("Conserje")
    dialog.hire_date.setText("1/3/2019")
    dialog.hire_date.editingFinished.emit()
    assert dialog.hire_date.text() == "01-03-2019"
    dialog.salary_basis.setText("650000")
    dialog.salary_basis.editingFinished.emit()
    assert dialog.salary_basis.text() == "650.000"
    dialog.social_security.setPlainText("AFP Habitat\nFonasa")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    [row] = ui_ctx.services.workers.list(ui_ctx.actor, aromos.id)
    assert (row.salary_basis, row.hire_date) == (650_000, date(2019, 3, 1))
    texts = [page.model.data(page.model.index(0, c)) for c in range(6)]
    assert texts == [rut, "Juan Carlos Soto Rojas", "Conserje", "01-03-2019", "$ 650.000",
                     "AFP Habitat Fonasa"]  # fmt: skip
    target = tmp_path / "trabajadores.xlsx"
    page.export_to(str(target))
    rows = list(load_workbook(target).active.iter_rows(values_only=True))
    assert rows[1][4] == 650_000 and len(rows) == 2  # money as a number Excel can sum


def test_salary_with_decimals_is_refused_inline(aromos, qtbot, ui_ctx, services):
    before = state(services)
    dialog = WorkerDialog(ui_ctx, aromos)
    qtbot.addWidget(dialog)
    dialog.tax_id.setText(valid_rut())
    dialog.full_name.setText("María Paz Fuentes")
    dialog.salary_basis.setText("650.000,50")
    dialog.salary_basis.editingFinished.emit()
    assert dialog.form.error_text("salary_basis") == (
        "Sueldo base: «650.000,50» debe ir sin decimales."
    )
    dialog.save()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "sin decimales" in dialog.form.error_text("salary_basis")
    assert dialog.form.error_text("full_name") == ""
    assert state(services) == before
