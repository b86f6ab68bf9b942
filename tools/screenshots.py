"""Regenerate the README screenshots (docs/screenshots/) on a demo office.

Run through `make screenshots` (under Xvfb). Each screen is built on its own, rendered with
QWidget.grab() and saved as PNG; the demo office lives in a temporary folder.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

import kastor_desktop.services.suite as suite  # imported before PySide6 (see __main__.py)
from kastor_desktop.services.demo import build_demo

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QWidget

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"


def save(widget: QWidget, name: str, app: QApplication) -> None:
    widget.show()
    for _ in range(5):
        app.processEvents()
    path = OUT / f"{name}.png"
    widget.grab().save(str(path))
    print(f"  {path.relative_to(OUT.parent.parent)}")


def broken_units_file(services: suite.Services, folder: Path) -> Path:
    """The units template filled with three rows, two of them wrong (for the import screenshot)."""
    from openpyxl import load_workbook

    template = next(p for p in services.migration.write_templates(folder) if "unidades" in p.name)
    book = load_workbook(template)
    sheet = book.worksheets[0]
    headers = [c.value for c in sheet[1]]
    rows = [
        {
            "Número": "1101",
            "Tipo": "departamento",
            "RUT propietario": "12.345.678-5",
            "Nombre propietario": "Marta Rojas Díaz",
        },
        {
            "Número": "1102",
            "Tipo": "departamento",
            "RUT propietario": "12.345.678-0",
            "Nombre propietario": "Luis Soto Vera",
        },
        {
            "Número": "1101",
            "Tipo": "bodeguita",
            "RUT propietario": "9.876.543-3",
            "Nombre propietario": "Ana Lagos Paz",
        },
    ]
    for row in rows:
        sheet.append([row.get(str(h), None) for h in headers])
    target = folder / "unidades-con-errores.xlsx"
    book.save(target)
    return target


def notices(services: suite.Services, actor: object, community_id: int, folder: Path) -> None:
    """The first notice of the last closed month, rendered to PNG with pdftoppm."""
    import shutil
    import subprocess

    closed = [p for p in services.periods.list(actor, community_id) if p.status == "closed"]
    pdf = services.notices.render(
        actor, community_id, closed[0].year, closed[0].month, folder / "avisos"
    )[0]
    if shutil.which("pdftoppm") is None:
        print("  (pdftoppm not installed: notice-of-charge.png not refreshed)")
        return
    target = OUT / "notice-of-charge"
    subprocess.run(
        [
            "pdftoppm",
            "-r",
            "80",
            "-png",
            "-f",
            "1",
            "-l",
            "1",
            "-singlefile",
            str(pdf),
            str(target),
        ],
        check=True,
    )
    print(f"  {target.relative_to(OUT.parent.parent)}.png")


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from kastor_desktop.app import apply_style
    from kastor_desktop.ui.i18n import install_spanish

    app = QApplication(sys.argv[:1])
    install_spanish(app)
    apply_style(app)
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        # The wizard, on an office that does not exist yet.
        empty = suite.open_office(Path(tmp) / "nueva")
        from kastor_desktop.ui.wizard import FirstRunWizard

        wizard = FirstRunWizard(empty)
        wizard.resize(760, 560)
        wizard.show()
        wizard.next()
        wizard.office_name.setText("Administraciones Cordillera SpA")
        wizard.office_tax_id.setText("76.086.428-4")
        wizard.validateCurrentPage()
        save(wizard, "wizard", app)
        wizard.close()
        empty.close()

        services = suite.open_office(Path(tmp) / "demo")
        sign_in = build_demo(services)
        actor = services.auth.sign_in(sign_in.username, sign_in.password)
        from kastor_desktop.ui.context import UiContext
        from kastor_desktop.ui.main_window import MainWindow
        from kastor_desktop.ui.tasks import SyncRunner

        ctx = UiContext(services, SyncRunner(), actor, services.auth.grants(actor))
        window = MainWindow(ctx)
        window.resize(1360, 820)
        save(window, "office-home", app)
        for key, name in (
            ("contacts", "contacts"),
            ("roles", "roles"),
            ("users", "users"),
            ("profile", "office-profile"),
            ("audit", "audit-log"),
        ):
            window.home.open(key)
            save(window, name, app)
        window.home.open("communities")

        from kastor_desktop.ui.office.community_dialog import CommunityDialog

        community = services.communities.list(actor)[0]
        dialog = CommunityDialog(ctx, community, window)
        dialog.tax_id.setText("65.123.456-0")
        dialog.tax_id.editingFinished.emit()
        save(dialog, "community-form", app)
        dialog.close()

        window.enter_community(community.id)
        save(window, "community-workspace", app)

        # [K2] master data of the largest demo community
        big = max(
            services.communities.list(actor),
            key=lambda c: len(services.units.listing(actor, c.id).rows),
        )
        window.enter_community(big.id)
        for key, name in (
            ("units", "units"),
            ("people", "people"),
            ("shares", "share-tables"),
            ("accounts", "chart-of-accounts"),
            ("balances", "opening-balances"),
        ):
            window.workspace.open(key)
            save(window, name, app)
        window.workspace.open("imports")
        window.workspace.page("imports").load_file(broken_units_file(services, Path(tmp)))
        save(window, "import-preview", app)

        # [K3] the monthly closing of the first demo community
        window.enter_community(community.id)
        for key, name in (
            ("expenses", "closing-expenses"),
            ("meters", "closing-meters"),
            ("charges", "closing-charges"),
            ("closing_settings", "closing-settings"),
            ("closing", "closing-preview"),
            ("closed", "closed-months"),
        ):
            window.workspace.open(key)
            save(window, name, app)
        notices(services, actor, community.id, Path(tmp))

        # [K4] payments and collection of «Edificio Los Alerces»
        from kastor_desktop.services.demo_collection import STATEMENT

        alerces = next(c for c in services.communities.list(actor) if c.code == "ALERCES")
        window.enter_community(alerces.id)
        debts = services.delinquency.units(actor, alerces.id)
        worst = max(debts, key=lambda d: d.aging.balance).unit_number
        window.workspace.open("payments")
        save(window, "payments", app)
        bank = window.workspace.open("bank_import")
        bank.load_file(sign_in.data_dir / STATEMENT)
        bank.next_step()
        bank.review_panel.show_status("")
        save(window, "bank-import-review", app)
        bank.restart()  # leaving a reviewed statement would ask first
        window.workspace.open("unit_accounts").show_unit(worst)
        save(window, "unit-account", app)
        window.workspace.open("delinquency").select_units(worst)
        save(window, "delinquency", app)
        window.workspace.open("agreements").table.selectRow(0)
        save(window, "agreements", app)
        services.certificates.issue(actor, alerces.id, worst)
        window.workspace.open("certificates")
        save(window, "certificates", app)
        window.workspace.open("collection_settings")
        save(window, "collection-settings", app)
        window.close()
        services.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
