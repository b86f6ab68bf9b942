from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook

from kastor_desktop.services.audit import AuditFilter
from kastor_desktop.services.errors import PermissionDenied
from tests.factories import NOBODY, draft_from, make_community_draft


def local_day(utc: datetime) -> date:
    """The user's calendar day of a UTC instant (the filters take local days)."""
    return utc.replace(tzinfo=UTC).astimezone().date()


class SteppingClock:
    """A clock the test moves: audit dates become predictable."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now


def test_every_entry_has_user_time_action_entity_before_and_after(
    services, admin, workspace
) -> None:
    draft = draft_from(
        services.communities.get(admin, workspace.alfa), name="Edificio Alfa Renovado"
    )
    started = datetime.now()
    services.communities.update(admin, workspace.alfa, draft)
    entry = services.audit.entries(admin, limit=1)[0]
    assert entry.username == "admin" and entry.action == "community.update"
    assert entry.action_label == "Editó una comunidad"
    assert (entry.entity, entry.entity_id, entry.community_name) == (
        "community",
        str(workspace.alfa),
        "Edificio Alfa Renovado",
    )
    assert (
        "nombre: Edificio Alfa;" in entry.before
        and "nombre: Edificio Alfa Renovado;" in entry.after
    )
    assert abs(entry.at - started) < timedelta(minutes=1)  # shown in local time


def test_filters_by_user_community_action_and_local_dates(make_services) -> None:
    clock = SteppingClock(datetime(2025, 3, 10, 15, 0))
    services = make_services(clock=clock)
    from kastor_desktop.services.context import Actor

    admin = Actor(1, "admin", "Ana Admin")
    alfa = services.communities.create(admin, make_community_draft(code="ALFA")).value
    clock.now = datetime(2025, 3, 20, 15, 0)
    services.communities.create(admin, make_community_draft(code="BETA"))
    services.auth.update_my_data(
        Actor(NOBODY.user_id, NOBODY.username, NOBODY.full_name), "Sergio", ""
    )

    def actions(**kw) -> list[str]:
        return [e.action for e in services.audit.entries(admin, AuditFilter(**kw))]

    assert actions(username="sinpermisos") == ["user.update_self"]
    assert actions(community_id=alfa.id) == ["community.create"]
    assert actions(action="community.create") == ["community.create", "community.create"]
    first, second = (local_day(datetime(2025, 3, d, 15)) for d in (10, 20))
    assert actions(date_from=first, date_to=first) == ["community.create"]
    assert actions(date_from=second, date_to=second) == ["user.update_self", "community.create"]
    assert len(actions(date_from=first, date_to=second)) == 3
    assert actions(date_to=date(2020, 1, 1)) == []
    assert services.audit.usernames(admin) == ["admin", "sinpermisos"]


def test_export_xlsx_reads_back_with_formula_looking_text_kept_as_text(
    services, admin, tmp_path: Path
) -> None:
    services.communities.create(admin, make_community_draft(name="=1+1", code="FORMULA"))
    target = tmp_path / "auditoria.xlsx"
    count = services.audit.export_xlsx(admin, target)
    entries = services.audit.entries(admin)
    assert count == len(entries) >= 4
    sheet = load_workbook(target).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == (
        "Fecha y hora",
        "Usuario",
        "Comunidad",
        "Acción",
        "Código de acción",
        "Entidad",
        "Id",
        "Antes",
        "Después",
    )
    assert len(rows) == count + 1
    assert rows[1][4] == "community.create" and isinstance(rows[1][0], datetime)
    cell = sheet.cell(row=2, column=3)
    assert cell.data_type == "s" and "=1+1" in cell.value  # text, never a formula
    assert not list(tmp_path.glob("*.tmp"))


def test_export_with_filters(services, admin, workspace, tmp_path: Path) -> None:
    target = tmp_path / "solo-alfa.xlsx"
    count = services.audit.export_xlsx(admin, target, AuditFilter(community_id=workspace.alfa))
    rows = list(load_workbook(target).active.iter_rows(min_row=2, values_only=True))
    assert count == len(rows) == 2  # created, contact associated
    assert {r[2] for r in rows} == {"Edificio Alfa"}


def test_reading_the_audit_log_needs_permission(services, nobody, tmp_path: Path) -> None:
    with pytest.raises(PermissionDenied):
        services.audit.entries(nobody)
    with pytest.raises(PermissionDenied):
        services.audit.usernames(nobody)
    with pytest.raises(PermissionDenied):
        services.audit.export_xlsx(nobody, tmp_path / "x.xlsx")
    assert not (tmp_path / "x.xlsx").exists()


def test_the_service_offers_no_way_to_change_entries(services) -> None:
    public = {name for name in dir(services.audit) if not name.startswith("_")}
    assert public == {"ctx", "entries", "usernames", "actions", "export_xlsx"}


def test_role_entries_name_permissions_and_kind_in_spanish(services, admin) -> None:
    services.roles.create(admin, "Supervisora", "office", ["audit.view", "reports.view"])
    entry = services.audit.entries(admin)[0]
    assert entry.action == "role.create"
    assert "Ver el registro de auditoría" in entry.after and "audit.view" not in entry.after
    assert "tipo: Administración" in entry.after and entry.entity_label.startswith("Rol ")
