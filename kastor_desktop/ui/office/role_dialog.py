"""Create or edit a role: type (Administración / Comunidad), name, permissions grouped in a tree,
and for a community role the communities it exists in."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QSizePolicy,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kastor_desktop.domain import permissions
from kastor_desktop.services.communities import CommunityRow
from kastor_desktop.services.roles import KIND_LABELS, RoleRow
from kastor_desktop.ui.context import UiContext
from kastor_desktop.ui.forms import ValidatedForm
from kastor_desktop.ui.icons import icon
from kastor_desktop.ui.widgets.form_dialog import FormDialog

CODE = Qt.ItemDataRole.UserRole


class RoleDialog(FormDialog):
    def __init__(
        self,
        ctx: UiContext,
        communities: list[CommunityRow],
        role: RoleRow | None = None,
        kind: str = permissions.OFFICE,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.role = role
        self.outcome: Any = None
        self.setWindowTitle(
            self.tr("New role")
            if role is None
            else self.tr("Edit role «%1»").replace("%1", role.name)
        )
        self.setWindowIcon(icon("shield-check"))
        self.setMinimumSize(600, 640)
        column = QVBoxLayout(self)
        self.form = form = ValidatedForm(self)
        kinds = QWidget(self)
        row = QHBoxLayout(kinds)
        row.setContentsMargins(0, 0, 0, 0)
        self.kind_group = QButtonGroup(self)
        self.office_kind = QRadioButton(KIND_LABELS[permissions.OFFICE], kinds)
        self.community_kind = QRadioButton(KIND_LABELS[permissions.COMMUNITY], kinds)
        for button in (self.office_kind, self.community_kind):
            self.kind_group.addButton(button)
            row.addWidget(button)
        row.addStretch(1)
        chosen = role.kind if role is not None else kind
        (self.community_kind if chosen == permissions.COMMUNITY else self.office_kind).setChecked(
            True
        )
        form.add_field(
            "kind",
            self.tr("&Type"),
            kinds,
            self.tr(
                "Administración: office-wide. Comunidad: only inside the communities chosen below."
            )
            if role is None
            else self.tr("The type of an existing role cannot be changed."),
        )
        form.slots["kind"].widget = self.office_kind
        caption = form.layout_.labelForField(kinds.parentWidget())
        if isinstance(caption, QLabel):
            caption.setBuddy(self.office_kind)
        if role is not None:
            kinds.setEnabled(False)
        self.name = QLineEdit(self)
        self.name.setMaxLength(100)
        form.add_field("name", self.tr("&Name"), self.name)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        self.tree.setMinimumHeight(260)
        form.add_field("permissions", self.tr("&Permissions"), self.tree)
        self.communities = QListWidget(self)
        self.communities.setMinimumHeight(90)
        self.communities.setMaximumHeight(150)
        for community in communities:
            item = QListWidgetItem(community.name, self.communities)
            item.setData(CODE, community.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            held = role is not None and community.id in role.community_ids
            item.setCheckState(Qt.CheckState.Checked if held else Qt.CheckState.Unchecked)
        hint = self.tr("The role exists only in the communities ticked here.")
        if not communities:
            hint = self.tr(
                "There are no communities yet: create one before making a community role."
            )
        form.add_field("communities", self.tr("&Communities"), self.communities, hint)
        self.communities.parentWidget().setSizePolicy(
            QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum
        )
        column.addWidget(form, 1)
        if role is not None and role.built_in:
            note = QLabel(
                self.tr("This is the administrator's role: it keeps every permission."), self
            )
            note.setObjectName("hint")
            column.addWidget(note)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("&Save"))
        save.setIcon(icon("save"))
        save.setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        column.addWidget(self.buttons)
        self._fill_tree(role.permissions if role is not None else frozenset())
        self.kind_group.buttonToggled.connect(lambda _b, on: on and self._kind_changed())
        if role is not None:
            self.name.setText(role.name)
            self.tree.setEnabled(not role.built_in)
        self._kind_changed()
        # a message goes away as soon as the user changes its field
        self.name.textChanged.connect(lambda _t: form.clear_error("name"))
        self.tree.itemChanged.connect(lambda *_: form.clear_error("permissions"))
        self.communities.itemChanged.connect(lambda _i: form.clear_error("communities"))
        self.kind_group.buttonToggled.connect(lambda *_: form.clear_error("kind"))
        (self.office_kind if role is None else self.name).setFocus()
        self.setTabOrder(self.office_kind, self.community_kind)
        self.setTabOrder(self.community_kind, self.name)
        self.setTabOrder(self.name, self.tree)
        self.setTabOrder(self.tree, self.communities)

    # -- type and permissions ------------------------------------------------------------
    def kind(self) -> str:
        return permissions.COMMUNITY if self.community_kind.isChecked() else permissions.OFFICE

    def _kind_changed(self) -> None:
        self._fill_tree(self.granted())
        community = self.kind() == permissions.COMMUNITY
        for key in ("communities",):
            box = self.form.slots[key].widget.parentWidget()
            box.setVisible(community)
            label = self.form.layout_.labelForField(box)
            if label is not None:
                label.setVisible(community)
        self.adjustSize()

    def _fill_tree(self, checked: frozenset[str] | set[str]) -> None:
        self.tree.clear()
        groups: dict[str, QTreeWidgetItem] = {}
        for perm in permissions.grantable(self.kind()):
            parent = groups.get(perm.group)
            if parent is None:
                parent = QTreeWidgetItem(self.tree, [perm.group])
                parent.setFlags(
                    parent.flags()
                    | Qt.ItemFlag.ItemIsUserCheckable
                    | Qt.ItemFlag.ItemIsAutoTristate
                )
                font = parent.font(0)
                font.setBold(True)
                parent.setFont(0, font)
                groups[perm.group] = parent
            child = QTreeWidgetItem(parent, [perm.label])
            child.setData(0, CODE, perm.code)
            child.setToolTip(0, perm.code)
            child.setFlags(child.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            child.setCheckState(
                0, Qt.CheckState.Checked if perm.code in checked else Qt.CheckState.Unchecked
            )
        self.tree.expandAll()

    def granted(self) -> set[str]:
        found: set[str] = set()
        for top in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(top)
            for index in range(group.childCount()):
                child = group.child(index)
                if child.checkState(0) == Qt.CheckState.Checked:
                    found.add(str(child.data(0, CODE)))
        return found

    def set_permission(self, code: str, checked: bool) -> None:
        for top in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(top)
            for index in range(group.childCount()):
                if group.child(index).data(0, CODE) == code:
                    group.child(index).setCheckState(
                        0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
                    )

    def chosen_communities(self) -> set[int]:
        return {
            int(self.communities.item(i).data(CODE))
            for i in range(self.communities.count())
            if self.communities.item(i).checkState() == Qt.CheckState.Checked
        }

    def set_community(self, community_id: int, checked: bool) -> None:
        for i in range(self.communities.count()):
            if self.communities.item(i).data(CODE) == community_id:
                self.communities.item(i).setCheckState(
                    Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
                )

    # -- saving --------------------------------------------------------------------------
    def save(self) -> None:
        self.form.clear_errors()
        service, actor = self.ctx.services.roles, self.ctx.actor
        name, granted, kind = self.name.text(), self.granted(), self.kind()
        communities = self.chosen_communities() if kind == permissions.COMMUNITY else set()
        if self.role is None:

            def job(_p: Any) -> Any:
                return service.create(actor, name, kind, granted, communities)
        else:
            role_id = self.role.id

            def job(_p: Any) -> Any:
                return service.update(actor, role_id, name, granted, communities)

        self.buttons.setEnabled(False)
        self.ctx.runner.run_db(job, self._saved, self._failed, parent=self)
