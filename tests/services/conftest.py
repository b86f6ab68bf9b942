"""A populated workspace for service tests: two communities, a contact, two roles."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from kastor_desktop.domain import permissions
from tests.factories import make_community_draft


@dataclass(frozen=True)
class Workspace:
    alfa: int
    beta: int
    contact: int
    office_role: int
    community_role: int


@pytest.fixture
def workspace(services, admin) -> Workspace:
    """ALFA (contact Carolina, shown) and BETA; «Supervisor» (office) and «Contador» (in ALFA)."""
    alfa = services.communities.create(
        admin, make_community_draft(name="Edificio Alfa", code="ALFA")
    ).value.id
    beta = services.communities.create(
        admin, make_community_draft(name="Condominio Beta", code="BETA")
    ).value.id
    contact = services.contacts.create(admin, "Carolina Muñoz", "carolina@example.cl", "").value.id
    services.contacts.associate(admin, contact, alfa, shown=True)
    office_role = services.roles.create(
        admin, "Supervisor", permissions.OFFICE, ["audit.view"]
    ).value.id
    community_role = services.roles.create(
        admin, "Contador", permissions.COMMUNITY, ["communities.view", "communities.edit"], [alfa]
    ).value.id
    return Workspace(alfa, beta, contact, office_role, community_role)
