"""The migration templates (XLSX, openpyxl): per kind, a data sheet with Spanish headers (bold,
frozen, sized, required ones darker, the help as a cell note, drop-down lists where the values
are fixed), an «Instrucciones» sheet explaining every column, and example rows in their own
«Ejemplo» sheet — never in the data sheet, so a template imports as it is written.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from kastor_desktop.imports.columns import ColumnSpec, KindSpec, SheetSpec
from kastor_desktop.imports.specs import KINDS, spec_for

REQUIRED_FILL = "1F4E79"
OPTIONAL_FILL = "5B84B1"
EXAMPLE_FILL = "7F7F7F"
VALIDATION_ROWS = 5000
DATE_FORMAT = "DD/MM/YYYY"


def write_templates(folder: Path, country: str = "CL") -> list[Path]:
    """Write the five migration templates and the month's «gastos» into ``folder`` (created if
    needed); returns their paths."""
    from kastor_desktop.imports.expenses import expenses_spec

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    paths = [write_template(folder, spec_for(kind, country)) for kind in KINDS]
    return [*paths, write_template(folder, expenses_spec(country))]


def write_template(folder: Path, spec: KindSpec) -> Path:
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.remove(workbook.active)
    multi = len(spec.sheets) > 1
    for sheet_spec in spec.sheets:
        _data_sheet(workbook, sheet_spec)
    _instructions(workbook, spec)
    for sheet_spec in spec.sheets:
        name = f"Ejemplo {sheet_spec.name}" if multi else "Ejemplo"
        _example_sheet(workbook, sheet_spec, name[:31])
    workbook.active = 0
    target = folder / spec.file_name
    tmp = target.with_name(target.name + ".tmp")
    workbook.save(tmp)
    os.replace(tmp, target)
    return target


def _headers(sheet_spec: SheetSpec, tables: int) -> list[tuple[str, ColumnSpec | None]]:
    shares = [(f"% {name}", None) for name in sheet_spec.share_examples[:tables]]
    return [(c.header, c) for c in sheet_spec.columns] + shares


def _data_sheet(workbook: Any, sheet_spec: SheetSpec) -> None:
    from openpyxl.comments import Comment
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    sheet = workbook.create_sheet(sheet_spec.name)
    for index, (header, column) in enumerate(_headers(sheet_spec, 1), start=1):
        cell = _header_cell(sheet, index, header, column)
        letter = get_column_letter(index)
        if column is None:
            cell.comment = Comment(
                "Porcentaje de la unidad en esta tabla de prorrateo (hasta 6 decimales). "
                "Agregue una columna «% <nombre>» por cada tabla; cada una debe sumar 100 %.",
                "Kastor",
            )
            sheet.column_dimensions[letter].width = 12
            continue
        if column.help:
            cell.comment = Comment(_comment(column), "Kastor", width=260, height=130)
        if column.as_text:
            sheet.column_dimensions[letter].number_format = "@"
        elif column.fmt.startswith("Fecha"):
            sheet.column_dimensions[letter].number_format = DATE_FORMAT
        if column.choices:
            listed = ",".join(column.choices)
            validation = DataValidation(
                type="list",
                formula1=f'"{listed}"',
                allow_blank=True,
                showErrorMessage=True,
                errorTitle=column.header,
                error=f"Use uno de estos valores: {', '.join(column.choices)}.",
                promptTitle=column.header,
                prompt=column.help[:255],
                showInputMessage=bool(column.help),
            )
            validation.add(f"{letter}2:{letter}{VALIDATION_ROWS}")
            sheet.add_data_validation(validation)
    sheet.freeze_panes = "B2"
    sheet.auto_filter.ref = None


def _header_cell(sheet: Any, index: int, header: str, column: ColumnSpec | None) -> Any:
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    cell = sheet.cell(row=1, column=index, value=header)
    fill = REQUIRED_FILL if column is not None and column.required else OPTIONAL_FILL
    cell.font = Font(bold=True, color="FFFFFF")
    cell.fill = PatternFill("solid", fgColor=fill)
    cell.alignment = Alignment(vertical="center", wrap_text=True)
    width = column.width if column is not None else 12
    sheet.column_dimensions[get_column_letter(index)].width = max(width, len(header) + 2)
    sheet.row_dimensions[1].height = 30
    return cell


def _comment(column: ColumnSpec) -> str:
    parts = [column.help, f"Formato: {column.fmt}."]
    if column.required:
        parts.append("Obligatoria.")
    if column.example:
        parts.append(f"Ejemplo: {column.example}")
    return " ".join(parts)


def _instructions(workbook: Any, spec: KindSpec) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill

    sheet = workbook.create_sheet("Instrucciones")
    sheet.append([f"Plantilla de importación: {spec.title}"])
    sheet["A1"].font = Font(bold=True, size=14)
    where = "Gastos del mes" if spec.kind == "expenses" else "Maestros › Importar planillas"
    sheet.append(
        ["Complete la hoja de datos (una fila por registro, sin filas en blanco al medio) y "
         f"luego impórtela en Kastor: {where}. Kastor revisa todas las filas "
         "y muestra lo que agregará o actualizará; no guarda nada mientras haya errores."]
    )  # fmt: skip
    for note in spec.notes:
        sheet.append([note])
    sheet.append(["Los encabezados en azul oscuro son obligatorios; no los cambie de nombre."])
    sheet.append([])
    headers = ["Hoja", "Columna", "Obligatoria", "Formato", "Ejemplo", "Valores permitidos",
               "Descripción"]  # fmt: skip
    sheet.append(headers)
    header_row = sheet.max_row
    for cell in sheet[header_row]:
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor=REQUIRED_FILL)
    for sheet_spec in spec.sheets:
        for column in sheet_spec.columns:
            sheet.append(
                [sheet_spec.name, column.header, "Sí" if column.required else "No", column.fmt,
                 column.example, ", ".join(column.choices), column.help]
            )  # fmt: skip
        if sheet_spec.share_prefix:
            sheet.append(
                [sheet_spec.name, "% <nombre de la tabla>", "No",
                 "Porcentaje con hasta 6 decimales (ej.: 1,234567)", "2,5", "",
                 "Una columna por tabla de prorrateo (ej.: «% General», «% Torre A»); cada tabla "
                 "debe sumar exactamente 100 %. Deje vacía la celda si la unidad no participa."]
            )  # fmt: skip
    for letter, width in zip("ABCDEFG", (18, 28, 12, 34, 22, 36, 70), strict=True):
        sheet.column_dimensions[letter].width = width
    for row in sheet.iter_rows(min_row=header_row + 1):
        for cell in row:
            cell.alignment = Alignment(vertical="top", wrap_text=True)
    for row in range(2, header_row - 1):
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=7)
        sheet.cell(row=row, column=1).alignment = Alignment(wrap_text=True, vertical="top")
        sheet.row_dimensions[row].height = 45
    sheet.freeze_panes = sheet.cell(row=header_row + 1, column=1)


def _example_sheet(workbook: Any, sheet_spec: SheetSpec, name: str) -> None:
    from openpyxl.styles import Font, PatternFill

    sheet = workbook.create_sheet(name)
    headers = _headers(sheet_spec, len(sheet_spec.share_examples))
    for index, (header, column) in enumerate(headers, start=1):
        cell = _header_cell(sheet, index, header, column)
        cell.fill = PatternFill("solid", fgColor=EXAMPLE_FILL)
    for values in sheet_spec.examples:
        sheet.append(list(values))
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            if hasattr(cell.value, "year"):
                cell.number_format = DATE_FORMAT
    sheet.freeze_panes = "B2"
    note = sheet.cell(row=sheet.max_row + 2, column=1)
    note.value = "Solo un ejemplo: Kastor no importa esta hoja. Complete la hoja de datos."
    note.font = Font(italic=True, color="7F7F7F")
