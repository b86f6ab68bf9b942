from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy.exc import IntegrityError

from kastor_desktop.services.errors import NotFound, PermissionDenied, ValidationFailed
from tests.factories import (
    NOBODY,
    assert_refused,
    bad_rut,
    draft_from,
    make_big_jpeg,
    make_community_draft,
    make_jpeg,
    outbox_rows,
    state,
    table_counts,
    valid_cuit,
)


def test_create_normalizes_and_audits(services, admin) -> None:
    draft = make_community_draft(
        name=" Edificio Los Aromos ",
        phone="2 2345 6789",
        tax_id="53312457-7",
        email="Aromos@Example.CL",
    )
    outcome = services.communities.create(admin, draft)
    row = outcome.value
    assert (row.code, row.name, row.phone, row.tax_id) == (
        "C001",
        "Edificio Los Aromos",
        "+56223456789",
        "53.312.457-7",
    )
    assert (row.country, row.currency, row.email) == ("CL", "CLP", "Aromos@example.cl")
    assert outcome.changes.touches("communities") and outcome.changes.touches("audit")
    entry = services.audit.entries(admin, limit=1)[0]
    assert (entry.action, entry.entity, entry.entity_id, entry.community_name) == (
        "community.create",
        "community",
        str(row.id),
        "Edificio Los Aromos",
    )
    assert entry.before == "" and "RUT: 53.312.457-7" in entry.after
    ((kind, payload),) = outbox_rows(services)
    assert kind == "community.upserted" and payload["code"] == "C001"


def test_code_is_upper_case_unique_and_plain(services, admin) -> None:
    assert (
        services.communities.create(admin, make_community_draft(code="alfa-1")).value.code
        == "ALFA-1"
    )
    with pytest.raises(ValidationFailed) as info:
        services.communities.create(admin, make_community_draft(code="Alfa-1"))
    assert info.value.errors == {"code": "Ya existe otra comunidad con el código «ALFA-1»."}
    with pytest.raises(ValidationFailed) as info:
        services.communities.create(admin, make_community_draft(code="ÑUÑOA"))
    assert set(info.value.errors) == {"code"}


def test_every_required_field_is_named(services, admin) -> None:
    blank = make_community_draft(name="", email="", phone="", tax_id="", address="")
    with pytest.raises(ValidationFailed) as info:
        services.communities.create(admin, blank)
    assert set(info.value.errors) == {"name", "email", "phone", "tax_id", "address"}


def test_argentine_community_uses_cuit_and_pesos_argentinos(services, admin) -> None:
    row = services.communities.create(
        admin, make_community_draft(country="AR", tax_id=valid_cuit(), phone="011 4321-1234")
    ).value
    assert (row.country, row.currency, row.tax_id, row.phone) == (
        "AR",
        "ARS",
        valid_cuit(),
        "+541143211234",
    )
    with pytest.raises(ValidationFailed) as info:
        services.communities.create(
            admin, make_community_draft(country="AR", tax_id="53.312.457-7")
        )
    assert "CUIT" in info.value.errors["tax_id"]


def test_one_bad_field_writes_nothing_at_all(services, admin, tmp_path: Path) -> None:
    rut = bad_rut()
    draft = make_community_draft(
        tax_id=rut,
        logo_file=str(make_jpeg(tmp_path)),
        signature_file=str(make_jpeg(tmp_path, name="firma.jpg")),
    )
    before = state(services)
    with pytest.raises(ValidationFailed) as info:
        services.communities.create(admin, draft)
    assert list(info.value.errors) == ["tax_id"] and f"«{rut}»" in info.value.errors["tax_id"]
    assert state(services) == before  # no community, no audit entry, no outbox row, no file


def test_logo_and_signature_are_stored(services, admin, tmp_path: Path) -> None:
    draft = make_community_draft(
        logo_file=str(make_jpeg(tmp_path, (600, 600))),
        signature_file=str(make_jpeg(tmp_path, (600, 200), "firma.jpeg", colour=(0, 0, 0))),
    )
    row = services.communities.create(admin, draft).value
    for stored, size in ((row.logo, (600, 600)), (row.signature, (600, 200))):
        assert stored is not None and stored.is_relative_to(services.paths.attachments)
        with Image.open(stored) as image:
            assert (image.format, image.size) == ("JPEG", size)


@pytest.mark.parametrize("field", ["logo_file", "signature_file"])
def test_oversized_or_png_images_are_refused(services, admin, tmp_path: Path, field: str) -> None:
    before = state(services)
    with pytest.raises(ValidationFailed) as info:
        services.communities.create(
            admin, make_community_draft(**{field: str(make_big_jpeg(tmp_path))})
        )
    key = field.removesuffix("_file")
    assert "el máximo es 2 MB" in info.value.errors[key]
    png = tmp_path / "dibujo.png"
    Image.new("RGB", (10, 10)).save(png)
    with pytest.raises(ValidationFailed) as info:
        services.communities.create(admin, make_community_draft(**{field: str(png)}))
    assert "JPG/JPEG" in info.value.errors[key]
    assert state(services) == before


def test_update_keeps_the_code_records_before_and_after(
    services, admin, workspace, tmp_path: Path
) -> None:
    current = services.communities.get(admin, workspace.alfa)
    draft = draft_from(
        current, name="Edificio Alfa II", code="", logo_file=str(make_jpeg(tmp_path))
    )
    row = services.communities.update(admin, workspace.alfa, draft).value
    assert (row.code, row.name) == ("ALFA", "Edificio Alfa II") and row.logo is not None
    entry = services.audit.entries(admin, limit=1)[0]
    assert entry.action == "community.update"
    assert "nombre: Edificio Alfa;" in entry.before and "nombre: Edificio Alfa II;" in entry.after
    kind, data = outbox_rows(services)[-1]
    assert (
        kind == "community.upserted"
        and data["name"] == "Edificio Alfa II"
        and data["contact"]["name"] == "Carolina Muñoz"
    )
    removed = services.communities.update(
        admin, workspace.alfa, replace(draft, logo_file=None, remove_logo=True)
    )
    assert removed.value.logo is None


def test_update_cannot_take_another_communitys_code(services, admin, workspace) -> None:
    before = state(services)
    with pytest.raises(ValidationFailed, match="BETA"):
        services.communities.update(admin, workspace.alfa, make_community_draft(code="beta"))
    assert state(services) == before


def test_delete_takes_a_backup_first_and_is_audited(services, admin, workspace) -> None:
    backup = services.communities.delete(admin, workspace.alfa).value
    assert backup.parent == services.paths.backups and "ALFA" in backup.name
    copy = sqlite3.connect(backup)
    try:
        assert copy.execute("SELECT code FROM communities ORDER BY code").fetchall() == [
            ("ALFA",),
            ("BETA",),
        ]
    finally:
        copy.close()
    assert [r.code for r in services.communities.list(admin)] == ["BETA"]
    assert table_counts(services.paths.database)["role_communities"] == 0  # the role lost ALFA
    entry = services.audit.entries(admin, limit=1)[0]
    assert (entry.action, entry.community_name) == ("community.delete", "Edificio Alfa")
    assert backup.name in entry.after
    assert outbox_rows(services)[-1] == ("community.deleted", {"code": "ALFA"})
    with pytest.raises(NotFound, match="ya no existe"):
        services.communities.delete(admin, workspace.alfa)


def test_resolve_by_code_or_id(services, admin, workspace) -> None:
    assert services.communities.resolve(admin, " alfa ").id == workspace.alfa
    assert services.communities.resolve(admin, str(workspace.beta)).code == "BETA"
    with pytest.raises(NotFound) as info:
        services.communities.resolve(admin, "GAMMA")
    assert info.value.message == "No existe una comunidad con código o id «GAMMA»."


def test_list_is_sorted_and_searchable(services, admin, workspace) -> None:
    assert [r.code for r in services.communities.list(admin)] == ["BETA", "ALFA"]  # by name
    assert [r.code for r in services.communities.list(admin, "alfa")] == ["ALFA"]
    alfa = services.communities.list(admin, "ALFA")[0]
    assert (alfa.contact_name, alfa.contact_shown) == ("Carolina Muñoz", True)


def test_outbox_row_is_rolled_back_with_the_change(services, admin) -> None:
    """A failure while writing the outbox row undoes the community and its audit entry too."""
    conn = sqlite3.connect(services.paths.database)
    conn.execute(
        "CREATE TRIGGER outbox_fails BEFORE INSERT ON outbox BEGIN SELECT RAISE(ABORT, 'sin outbox'); END"
    )
    conn.commit()
    conn.close()
    before = state(services)
    with pytest.raises(IntegrityError, match="sin outbox"):
        services.communities.create(admin, make_community_draft(code="NUEVA"))
    assert state(services) == before
    assert services.communities.list(admin) == []


def test_writing_communities_needs_permission(
    services, admin, nobody, workspace, tmp_path: Path
) -> None:
    draft = make_community_draft(logo_file=str(make_jpeg(tmp_path)))
    assert_refused(services, lambda: services.communities.create(nobody, draft))
    assert_refused(services, lambda: services.communities.update(nobody, workspace.alfa, draft))
    assert_refused(services, lambda: services.communities.delete(nobody, workspace.alfa))
    assert services.communities.list(nobody) == []
    with pytest.raises(PermissionDenied):
        services.communities.get(nobody, workspace.alfa)


def test_community_role_grants_only_inside_its_communities(
    services, admin, nobody, workspace
) -> None:
    services.users.update(admin, NOBODY.user_id, NOBODY.full_name, "", [workspace.community_role])
    assert [r.code for r in services.communities.list(nobody)] == ["ALFA"]
    draft = draft_from(services.communities.get(nobody, workspace.alfa), name="Alfa editada")
    assert services.communities.update(nobody, workspace.alfa, draft).value.name == "Alfa editada"
    assert_refused(services, lambda: services.communities.update(nobody, workspace.beta, draft))
    assert_refused(services, lambda: services.communities.delete(nobody, workspace.alfa))
    assert_refused(services, lambda: services.communities.create(nobody, make_community_draft()))
    with pytest.raises(PermissionDenied):
        services.communities.resolve(nobody, "BETA")


def test_two_communities_cannot_share_a_tax_id(services, admin) -> None:
    from kastor_desktop.services.errors import ValidationFailed
    from tests.factories import make_community_draft, state

    first = services.communities.create(admin, make_community_draft(name="Edificio Uno")).value
    before = state(services)
    try:
        services.communities.create(
            admin, make_community_draft(name="Edificio Dos", tax_id=first.tax_id)
        )
    except ValidationFailed as error:
        assert "Edificio Uno" in error.errors["tax_id"]
    else:
        raise AssertionError("a second community with the same RUT was accepted")
    assert state(services) == before
    # editing the first one keeps its own RUT
    services.communities.update(
        admin, first.id, make_community_draft(name="Edificio Uno B", tax_id=first.tax_id)
    )
