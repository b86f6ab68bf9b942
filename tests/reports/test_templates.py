"""The migration templates: readable by openpyxl (with defusedxml), Spanish headers, an
instructions sheet, drop-down lists, examples apart; and a filled template imports."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from kastor_desktop.imports.specs import KINDS, spec_for
from kastor_desktop.reports.templates import write_templates
from tests.factories import make_community_draft

FILES = dict(zip(KINDS, ("plantilla-unidades.xlsx", "plantilla-proveedores.xlsx",
                         "plantilla-trabajadores.xlsx", "plantilla-plan-de-cuentas.xlsx",
                         "plantilla-saldos-iniciales.xlsx"), strict=True))  # fmt: skip


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("plantillas")
    write_templates(target)
    return target


def test_openpyxl_reads_them_through_defusedxml(folder: Path) -> None:
    from openpyxl.xml import DEFUSEDXML

    assert DEFUSEDXML is True
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [*FILES.values(), "plantilla-gastos.xlsx"]
    )


@pytest.mark.parametrize("kind", KINDS)
def test_data_sheet_headers_are_styled_frozen_and_empty_below(folder: Path, kind: str) -> None:
    workbook = load_workbook(folder / FILES[kind])
    spec = spec_for(kind)
    data = workbook[spec.sheets[0].name]
    assert workbook.sheetnames[0] == spec.sheets[0].name and "Instrucciones" in workbook.sheetnames
    headers = [c.value for c in data[1]]
    assert headers[: len(spec.sheets[0].columns)] == spec.sheets[0].headers()
    assert all(c.font.bold for c in data[1]) and data.freeze_panes == "B2"
    assert data.max_row == 1  # the examples live in their own sheet
    assert data.column_dimensions["A"].width >= 8
    example = workbook["Ejemplo" if len(spec.sheets) == 1 else f"Ejemplo {spec.sheets[0].name}"]
    assert example.max_row >= 3


def test_units_template_has_a_share_column_and_validation_lists(folder: Path) -> None:
    workbook = load_workbook(folder / FILES["units"])
    data = workbook["Unidades"]
    headers = [c.value for c in data[1]]
    assert headers[-1] == "% General" and "RUT propietario" in headers
    lists = {dv.formula1: str(dv.sqref) for dv in data.data_validations.dataValidation}
    kind_column = headers.index("Tipo") + 1
    assert lists['"departamento,estacionamiento,bodega,local,casa,oficina"'].startswith(
        f"{chr(64 + kind_column)}2:"
    )
    assert '"correo,papel,ambos"' in lists and '"Sí,No"' in lists
    assert [c.value for c in workbook["Ejemplo"][1]][-2:] == ["% General", "% Torre A"]


def test_accounts_and_funds_have_their_lists(folder: Path) -> None:
    accounts = load_workbook(folder / FILES["accounts"])["Plan de cuentas"]
    formulas = {dv.formula1 for dv in accounts.data_validations.dataValidation}
    assert formulas == {'"categoría,subcategoría,recargo"', '"ordinario,extraordinario"'}
    funds = load_workbook(folder / FILES["balances"])["Fondos"]
    assert {dv.formula1 for dv in funds.data_validations.dataValidation} == {
        '"fondo de reserva,otro"'
    }


def test_instructions_explain_every_column(folder: Path) -> None:
    sheet = load_workbook(folder / FILES["units"])["Instrucciones"]
    rows = [tuple(c.value for c in row) for row in sheet.iter_rows()]
    header = next(i for i, r in enumerate(rows) if r[:3] == ("Hoja", "Columna", "Obligatoria"))
    described = {r[1]: r for r in rows[header + 1 :]}
    assert set(spec_for("units").sheets[0].headers()) <= set(described)
    assert described["Número"][2] == "Sí" and described["Torre"][2] == "No"
    assert "departamento" in described["Tipo"][5]
    assert described["Fecha de entrega"][3] == "Fecha dd/mm/aaaa"
    assert "% <nombre de la tabla>" in described


def test_argentine_templates_say_cuit(tmp_path: Path) -> None:
    write_templates(tmp_path, "AR")
    headers = [c.value for c in load_workbook(tmp_path / FILES["suppliers"])["Proveedores"][1]]
    assert headers[0] == "CUIT"


def _copy_examples(folder: Path, kind: str, target: Path) -> Path:
    """Fill each data sheet with the rows of its «Ejemplo» sheet, as an office would."""
    workbook = load_workbook(folder / FILES[kind])
    spec = spec_for(kind)
    for sheet_spec in spec.sheets:
        name = "Ejemplo" if len(spec.sheets) == 1 else f"Ejemplo {sheet_spec.name}"
        example, data = workbook[name], workbook[sheet_spec.name]
        width = example.max_column
        for column in range(data.max_column + 1, width + 1):
            data.cell(row=1, column=column, value=example.cell(row=1, column=column).value)
        for row in example.iter_rows(min_row=2, values_only=True):
            if row[1] is not None:  # the closing note has a single cell
                data.append(list(row))
    workbook.save(target)
    return target


def test_filled_templates_round_trip_through_the_import(
    folder: Path, services, admin, tmp_path: Path
) -> None:
    community = services.communities.create(admin, make_community_draft(code="RT")).value.id
    for kind in KINDS:
        path = _copy_examples(folder, kind, tmp_path / FILES[kind])
        preview = services.migration.preview(admin, community, kind, path)
        assert preview.ok, (kind, [str(e) for e in preview.errors])
        assert preview.counts.to_add == sum(len(s.examples) for s in spec_for(kind).sheets)
        services.migration.commit(admin, community, kind, path)
        assert services.migration.preview(admin, community, kind, path).changes == 0
