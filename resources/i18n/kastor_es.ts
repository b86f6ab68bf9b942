<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AssociateContactDialog</name>
    <message>
        <location filename="../../kastor_desktop/ui/office/contact_dialog.py" line="+145"/>
        <source>Associate contact</source>
        <translation>Asociar contacto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>available</source>
        <translation>disponible</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>contact: %1</source>
        <translation>contacto: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>S&amp;how the contact on this community&apos;s notices and e-mails</source>
        <translation>&amp;Mostrar el contacto en los avisos de cobro y correos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;ommunity</source>
        <translation>&amp;Comunidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Con&amp;tact</source>
        <translation>Con&amp;tacto</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Associate</source>
        <translation>&amp;Asociar</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>A community has one contact: the current one will be replaced.</source>
        <translation>Una comunidad tiene un solo contacto: se reemplazará el actual.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose one.</source>
        <translation>Seleccione una opción.</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../kastor_desktop/ui/office/audit_page.py" line="+63"/>
        <source>Office</source>
        <translation>Administración</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Community</source>
        <translation>Comunidad</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Backup</source>
        <translation>Respaldo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date and time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entity</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search… (Ctrl+F)</source>
        <translation>Buscar… (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search in the listed entries</source>
        <translation>Buscar en los registros de la lista</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport to Excel…</source>
        <translation>E&amp;xportar a Excel…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No entries match these filters.</source>
        <translation>Ningún registro coincide con estos filtros.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>F&amp;rom</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;User</source>
        <translation>&amp;Usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ommunity</source>
        <translation>&amp;Comunidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Action</source>
        <translation>&amp;Acción</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;lear filters</source>
        <translation>&amp;Limpiar filtros</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All actions</source>
        <translation>Todas las acciones</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Tick the box to filter by this date; untick it for no date.</source>
        <translation>Marque la casilla para filtrar por esta fecha; desmárquela para no filtrar por fecha.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Audit entry</source>
        <translation>Detalle del registro</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>All users</source>
        <translation>Todos los usuarios</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All communities</source>
        <translation>Todas las comunidades</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n registro</numerusform>
            <numerusform>%n registros</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 entries</source>
        <translation>%1 de %2 registros</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export audit log</source>
        <translation>Exportar el registro de auditoría</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Exporting the audit log…</source>
        <translation>Exportando el registro de auditoría…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 entries exported to %2</source>
        <translation>%1 registros exportados a %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export to Excel</source>
        <translation>Exportar a Excel</translation>
    </message>
</context>
<context>
    <name>ComingArea</name>
    <message>
        <location filename="../../kastor_desktop/ui/community/coming.py" line="+18"/>
        <source>Units and owners</source>
        <translation>Unidades y copropietarios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units, owners and residents, share tables (sectors), suppliers, workers, the chart of accounts, funds and opening balances — with import from your spreadsheets.</source>
        <translation>Unidades, copropietarios y residentes, tablas de prorrateo (sectores), proveedores, trabajadores, plan de cuentas, fondos y saldos iniciales — con importación desde sus planillas.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Monthly closing</source>
        <translation>Cierre mensual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expenses and income of the month, preview per unit, closing and the printed notices of charge.</source>
        <translation>Gastos e ingresos del mes, vista previa por unidad, cierre de gasto común y avisos de cobro impresos.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payments with numbered receipts and import of bank statements (cartolas).</source>
        <translation>Pagos con comprobantes numerados e importación de cartolas bancarias.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delinquency</source>
        <translation>Morosidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aging of debt, collection log per unit, reminder letters and debt certificates.</source>
        <translation>Antigüedad de la deuda, bitácora de cobranza por unidad, cartas de cobranza y certificados de deuda.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reservations</source>
        <translation>Reservas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Common spaces, schedules, fees and approvals, synchronised with the co-owner portal.</source>
        <translation>Espacios comunes, horarios, cobros y aprobaciones, sincronizados con el portal de copropietarios.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Announcements</source>
        <translation>Comunicados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Announcements to the whole community or chosen units, with attachments and case numbers.</source>
        <translation>Comunicados a toda la comunidad o a unidades elegidas, con archivos adjuntos y número de caso.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Coming in a next version of Kastor Desktop.</source>
        <translation>Disponible en una próxima versión de Kastor Desktop.</translation>
    </message>
</context>
<context>
    <name>CommunitiesPage</name>
    <message>
        <location filename="../../kastor_desktop/ui/office/communities_page.py" line="+26"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax id</source>
        <translation>RUT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (hidden)</source>
        <translation> (oculto)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Communities</source>
        <translation>Comunidades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search by name, code or address… (Ctrl+F)</source>
        <translation>Buscar nombre, código, dirección…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Enter</source>
        <translation>&amp;Ingresar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Create community</source>
        <translation>&amp;Crear comunidad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;dit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De&amp;lete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Delete the community «%1»?

A backup of the whole database is taken first, and the deletion is recorded in the audit log.</source>
        <translation>¿Eliminar la comunidad «%1»?

Primero se hace un respaldo de toda la base de datos, y la eliminación queda anotada en el registro de auditoría.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete community</source>
        <translation>Eliminar comunidad</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Backing up and deleting…</source>
        <translation>Respaldando y eliminando…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Community deleted. Backup: %1</source>
        <translation>Comunidad eliminada. Respaldo: %1</translation>
    </message>
</context>
<context>
    <name>CommunitiesTab</name>
    <message>
        <location filename="../../kastor_desktop/ui/office/contacts_page.py" line="+161"/>
        <location line="+22"/>
        <source>Without contact</source>
        <translation>Sin contacto</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community</source>
        <translation>Comunidad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Communities</source>
        <translation>Comunidades</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search… (Ctrl+F)</source>
        <translation>Buscar… (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search by community or contact</source>
        <translation>Buscar por comunidad o contacto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All communities</source>
        <translation>Todas las comunidades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With contact</source>
        <translation>Con contacto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List only communities with or without a contact</source>
        <translation>Listar solo las comunidades con o sin contacto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Associate contact…</source>
        <translation>&amp;Asociar contacto…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+35"/>
        <source>&amp;Show</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>&amp;Dissociate</source>
        <translation>&amp;Desasociar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No communities yet. Create them in «Communities».</source>
        <translation>Aún no hay comunidades. Créelas en «Comunidades».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No community matches this filter.</source>
        <translation>Ninguna comunidad coincide con este filtro.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 with contact, %2 without</source>
        <translation>%1 con contacto, %2 sin contacto</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Hide</source>
        <translation>&amp;Ocultar</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Associate contact</source>
        <translation>Asociar contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There are no contacts yet: create one in the «Contacts» tab first.</source>
        <translation>Aún no hay contactos: primero cree uno en la pestaña «Contactos».</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Dissociate «%1» from «%2»? The community will be left without a contact.</source>
        <translation>¿Desasociar a «%1» de «%2»? La comunidad quedará sin contacto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dissociate contact</source>
        <translation>Desasociar contacto</translation>
    </message>
</context>
<context>
    <name>CommunityDialog</name>
    <message>
        <location filename="../../kastor_desktop/ui/office/community_dialog.py" line="+36"/>
        <source>Edit community</source>
        <translation>Editar comunidad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create community</source>
        <translation>Crear comunidad</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fields marked * are required.</source>
        <translation>Los campos marcados con * son obligatorios.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name *</source>
        <translation>&amp;Nombre *</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Code</source>
        <translation>&amp;Código</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional. Short code used by the kastor commands, e.g. ALERCES.</source>
        <translation>Opcional. Código corto que usan los comandos de kastor, p. ej. ALERCES.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&amp;ountry</source>
        <translation>&amp;País</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;RUT *</source>
        <translation>&amp;RUT *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail *</source>
        <translation>C&amp;orreo electrónico *</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Phone *</source>
        <translation>&amp;Teléfono *</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Example: +56 2 2345 6789</source>
        <translation>Ejemplo: +56 2 2345 6789</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Address *</source>
        <translation>&amp;Dirección *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JPG or JPEG, at most 2 MB; 600 x 600 px recommended.</source>
        <translation>JPG o JPEG, máximo 2 MB; se recomienda 600 x 600 px.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Logo</source>
        <translation>&amp;Logo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Signature</source>
        <translation>&amp;Firma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printed on notices of charge and receipts. </source>
        <translation>Se imprime en los avisos de cobro y en los comprobantes de ingreso. </translation>
    </message>
</context>
<context>
    <name>CommunityWorkspace</name>
    <message>
        <location filename="../../kastor_desktop/ui/community/workspace.py" line="+19"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Units and owners</source>
        <translation>Unidades y copropietarios</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Monthly closing</source>
        <translation>Cierre mensual</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delinquency</source>
        <translation>Morosidad</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reservations</source>
        <translation>Reservas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Announcements</source>
        <translation>Comunicados</translation>
    </message>
</context>
<context>
    <name>ContactCommunitiesDialog</name>
    <message>
        <location filename="../../kastor_desktop/ui/office/contact_dialog.py" line="+35"/>
        <source>Communities of %1</source>
        <translation>Comunidades de %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tick the communities this contact serves. A community has one contact: ticking one that has another contact replaces it.</source>
        <translation>Marque las comunidades que atiende este contacto. Una comunidad tiene un solo contacto: si marca una que ya tiene otro, este se reemplaza.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>available</source>
        <translation>disponible</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>contact: %1</source>
        <translation>contacto: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>There are no communities yet.</source>
        <translation>Aún no hay comunidades.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>To print the contact on notices and e-mails, turn on «Show» in the Communities tab.</source>
        <translation>Para imprimir el contacto en los avisos de cobro y correos, active «Mostrar» en la pestaña de comunidades.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location line="-232"/>
        <source>Create contact</source>
        <translation>Crear contacto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit contact</source>
        <translation>Editar contacto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The person who answers co-owners&apos; requests. Give at least an e-mail or a phone.</source>
        <translation>La persona que atiende las solicitudes de los copropietarios. Indique al menos un correo electrónico o un teléfono.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail</source>
        <translation>&amp;Correo electrónico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Phone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chilean or Argentine number.</source>
        <translation>Número chileno o argentino.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../../kastor_desktop/ui/office/contacts_page.py" line="+26"/>
        <location line="+17"/>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>The people who answer co-owners&apos; requests. A community has at most one contact; turn on «Show» to print it on that community&apos;s notices and e-mails.</source>
        <translation>Las personas que atienden las solicitudes de los copropietarios. Una comunidad tiene como máximo un contacto; active «Mostrar» para imprimirlo en los avisos de cobro y correos de esa comunidad.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Communities and «Show»</source>
        <translation>Comunidades y «Mostrar»</translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <location line="-282"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Communities</source>
        <translation>Comunidades</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search… (Ctrl+F)</source>
        <translation>Buscar… (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search by name, e-mail, phone or community</source>
        <translation>Buscar por nombre, correo, teléfono o comunidad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Create contact</source>
        <translation>&amp;Crear contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Associate communities…</source>
        <translation>&amp;Asociar comunidades…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No contacts yet. Use «Create contact» (Ctrl+N) to add the person who answers co-owners&apos; requests.</source>
        <translation>Aún no hay contactos. Use «Crear contacto» (Ctrl+N) para agregar a la persona que atiende las solicitudes de los copropietarios.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Delete the contact «%1»?</source>
        <translation>¿Eliminar el contacto «%1»?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These communities will be left without a contact: %1.</source>
        <translation>Estas comunidades quedarán sin contacto: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No community uses this contact.</source>
        <translation>Ninguna comunidad usa este contacto.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete contact</source>
        <translation>Eliminar contacto</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../kastor_desktop/ui/wizard.py" line="+36"/>
        <source>Welcome to Kastor Desktop</source>
        <translation>Bienvenido a Kastor Desktop</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Let&apos;s set up your office</source>
        <translation>Configuremos su administración</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kastor Desktop keeps all your communities on this computer and works without internet. First we register your administration office and the first administrator account. The RUT cannot be changed later.</source>
        <translation>Kastor Desktop guarda todas sus comunidades en este computador y funciona sin internet. Primero registraremos su administración y la cuenta del primer administrador. El RUT no se puede cambiar después.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your office</source>
        <translation>Su administración</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name and RUT of the administration.</source>
        <translation>Nombre y RUT de la administración.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name</source>
        <translation>N&amp;ombre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;RUT</source>
        <translation>&amp;RUT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Example: 76.086.428-5</source>
        <translation>Ejemplo: 76.086.428-5</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>First administrator</source>
        <translation>Primer administrador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This user can do everything, including creating other users.</source>
        <translation>Este usuario puede hacer todo, incluso crear otros usuarios.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Full &amp;name</source>
        <translation>Nombre co&amp;mpleto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;User</source>
        <translation>&amp;Usuario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Used to sign in, e.g. jperez.</source>
        <translation>Se usa para iniciar sesión, p. ej. jperez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;E-mail</source>
        <translation>&amp;Correo electrónico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Password</source>
        <translation>Con&amp;traseña</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>At least 8 characters.</source>
        <translation>Al menos 8 caracteres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Repeat password</source>
        <translation>&amp;Repetir contraseña</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Create office</source>
        <translation>Crear administración</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Enter the office name.</source>
        <translation>Indique el nombre de la administración.</translation>
    </message>
</context>
<context>
    <name>ImagePicker</name>
    <message>
        <location filename="../../kastor_desktop/ui/widgets/image_picker.py" line="+39"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose image</source>
        <translation>Elegir imagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JPG images (*.jpg *.jpeg)</source>
        <translation>Imágenes JPG (*.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No image</source>
        <translation>Sin imagen</translation>
    </message>
</context>
<context>
    <name>LogoCropDialog</name>
    <message>
        <location filename="../../kastor_desktop/ui/office/logo_crop_dialog.py" line="+256"/>
        <source>Upload logo</source>
        <translation>Subir logo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Choose image…</source>
        <translation>&amp;Elegir imagen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a JPG or JPEG image from this computer (Ctrl+O)</source>
        <translation>Elija una imagen JPG o JPEG de este computador (Ctrl+O)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>JPG or JPEG, at most 2 MB.</source>
        <translation>JPG o JPEG, máximo 2 MB.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No image chosen yet.
Use «Choose image…» to pick the logo from this computer.</source>
        <translation>Aún no ha elegido una imagen.
Use «Elegir imagen…» para tomar el logo desde este computador.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recommended 600 x 600 px</source>
        <translation>Recomendado: 600 x 600 px</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only what is inside the dashed square is kept. Drag it with the mouse or move it with the arrow keys; resize it with the mouse wheel or the + and - keys.</source>
        <translation>Solo se conserva lo que queda dentro del recuadro punteado. Arrástrelo con el mouse o muévalo con las flechas del teclado; cambie su tamaño con la rueda del mouse o con las teclas + y -.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose the logo</source>
        <translation>Elegir el logo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JPG images (*.jpg *.jpeg)</source>
        <translation>Imágenes JPG (*.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The image could not be shown.</source>
        <translation>No se pudo mostrar la imagen.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No image</source>
        <translation>Sin imagen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Square: %1 x %1 px</source>
        <translation>Recuadro: %1 x %1 px</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Smaller than recommended: the logo may look blurred when printed.</source>
        <translation>Más pequeño de lo recomendado: el logo podría verse borroso al imprimirse.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It will be scaled down to 600 x 600 px.</source>
        <translation>Se reducirá a 600 x 600 px.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose an image first.</source>
        <translation>Primero elija una imagen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saving the logo…</source>
        <translation>Guardando el logo…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../kastor_desktop/ui/main_window.py" line="+36"/>
        <source>Kastor Desktop</source>
        <translation>Kastor Desktop</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Office home</source>
        <translation>Inicio de la administración</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>My data…</source>
        <translation>Mis datos…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Kastor Desktop — %1</source>
        <translation>Kastor Desktop — %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Data: %1</source>
        <translation>Datos: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signed in as %1</source>
        <translation>Sesión iniciada como %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending for the portal: %1</source>
        <translation>Pendientes para el portal: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Entered %1</source>
        <translation>Ingresó a %1</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../kastor_desktop/ui/widgets/messages.py" line="+19"/>
        <source>Could not complete the action</source>
        <translation>No se pudo completar la acción</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unexpected error</source>
        <translation>Error inesperado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something unexpected went wrong and nothing was saved. The details are in the log.</source>
        <translation>Ocurrió un error inesperado y no se guardó nada. Los detalles quedaron en el registro de la aplicación.</translation>
    </message>
</context>
<context>
    <name>MyDataDialog</name>
    <message>
        <location filename="../../kastor_desktop/ui/my_data_dialog.py" line="+41"/>
        <location line="+5"/>
        <source>My data</source>
        <translation>Mis datos</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Username</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Used to sign in; it cannot be changed.</source>
        <translation>Se usa para iniciar sesión; no se puede cambiar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Full name</source>
        <translation>&amp;Nombre completo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail</source>
        <translation>&amp;Correo electrónico</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change password</source>
        <translation>Cambiar contraseña</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>C&amp;urrent password</source>
        <translation>Contraseña &amp;actual</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New password</source>
        <translation>Nue&amp;va contraseña</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At least %1 characters.</source>
        <translation>Al menos %1 caracteres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Repeat new password</source>
        <translation>&amp;Repetir nueva contraseña</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Change password</source>
        <translation>Ca&amp;mbiar contraseña</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The passwords do not match.</source>
        <translation>Las contraseñas no coinciden.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Password changed.</source>
        <translation>Contraseña cambiada.</translation>
    </message>
</context>
<context>
    <name>OfficeHome</name>
    <message>
        <location filename="../../kastor_desktop/ui/office/home.py" line="+16"/>
        <source>Communities</source>
        <translation>Comunidades</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Office profile</source>
        <translation>Perfil de administración</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../../kastor_desktop/ui/office/profile_page.py" line="+38"/>
        <source>Office profile</source>
        <translation>Perfil de la administración</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The office&apos;s name and logo appear on notices and on the e-mails sent to co-owners.</source>
        <translation>El nombre y el logo de la administración aparecen en los avisos de cobro y en los correos electrónicos que se envían a los copropietarios.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Details</source>
        <translation>Datos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Office &amp;name</source>
        <translation>&amp;Nombre de la administración</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>RUT</source>
        <translation>RUT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set when the office was created; it cannot be changed here.</source>
        <translation>Se registró al crear la administración; no se puede cambiar aquí.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the office name (Ctrl+S)</source>
        <translation>Guardar el nombre de la administración (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Upload logo…</source>
        <translation>&amp;Subir logo…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a JPG image and crop the square to keep (Ctrl+U)</source>
        <translation>Elija una imagen JPG y recorte el cuadrado que quiere conservar (Ctrl+U)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>JPG or JPEG only, at most 2 MB.
Recommended 600 x 600 px.
You choose the square to keep before saving.</source>
        <translation>Solo JPG o JPEG, máximo 2 MB.
Resolución recomendada: 600 x 600 px.
Antes de guardar, usted elige el cuadrado que se conserva.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No logo yet</source>
        <translation>Aún sin logo</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../kastor_desktop/ui/office/users_dialog.py" line="+220"/>
        <source>Reset password</source>
        <translation>Restablecer contraseña</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set a new password for «%1» (%2). Tell it to the user in person.</source>
        <translation>Defina una nueva contraseña para «%1» (%2). Comuníquesela al usuario personalmente.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;New password</source>
        <translation>&amp;Nueva contraseña</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At least %1 characters.</source>
        <translation>Al menos %1 caracteres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Repeat password</source>
        <translation>Re&amp;petir contraseña</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reset password</source>
        <translation>&amp;Restablecer contraseña</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The passwords do not match.</source>
        <translation>Las contraseñas no coinciden.</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <location filename="../../kastor_desktop/ui/office/role_dialog.py" line="+52"/>
        <source>New role</source>
        <translation>Nuevo rol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit role «%1»</source>
        <translation>Editar rol «%1»</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Type</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Administración: office-wide. Comunidad: only inside the communities chosen below.</source>
        <translation>Administración: en toda la administración. Comunidad: solo en las comunidades elegidas abajo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The type of an existing role cannot be changed.</source>
        <translation>El tipo de un rol existente no se puede cambiar.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Permissions</source>
        <translation>&amp;Permisos</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The role exists only in the communities ticked here.</source>
        <translation>El rol existe solo en las comunidades marcadas aquí.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There are no communities yet: create one before making a community role.</source>
        <translation>Aún no hay comunidades: cree una antes de crear un rol de comunidad.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Communities</source>
        <translation>&amp;Comunidades</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This is the administrator&apos;s role: it keeps every permission.</source>
        <translation>Este es el rol del administrador: conserva todos los permisos.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
</context>
<context>
    <name>RolesPage</name>
    <message>
        <location filename="../../kastor_desktop/ui/office/roles_page.py" line="+26"/>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Communities</source>
        <translation>Comunidades</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Permissions</source>
        <translation>Permisos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search… (Ctrl+F)</source>
        <translation>Buscar… (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search by name, community or user</source>
        <translation>Buscar por nombre, comunidad o usuario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All types</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type of role: office-wide (Administración) or per community (Comunidad)</source>
        <translation>Tipo de rol: para toda la administración (Administración) o por comunidad (Comunidad)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;New role</source>
        <translation>&amp;Nuevo rol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No roles of this type. Use «New role» (Ctrl+N).</source>
        <translation>No hay roles de este tipo. Use «Nuevo rol» (Ctrl+N).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Delete the role «%1»?</source>
        <translation>¿Eliminar el rol «%1»?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete role</source>
        <translation>Eliminar rol</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../kastor_desktop/ui/signin.py" line="+30"/>
        <source>Sign in — Kastor Desktop</source>
        <translation>Iniciar sesión — Kastor Desktop</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sign in to continue.</source>
        <translation>Inicie sesión para continuar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;User</source>
        <translation>&amp;Usuario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../kastor_desktop/ui/community/summary.py" line="+41"/>
        <source>E&amp;dit community</source>
        <translation>&amp;Editar comunidad</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax id</source>
        <translation>RUT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country profile</source>
        <translation>Perfil de país</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office contact</source>
        <translation>Contacto de la administración</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Signature on notices</source>
        <translation>Firma en los avisos de cobro</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>shown on notices and e-mails</source>
        <translation>se muestra en los avisos de cobro y correos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not shown</source>
        <translation>no se muestra</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No contact associated</source>
        <translation>Sin contacto asociado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No logo</source>
        <translation>Sin logo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No signature</source>
        <translation>Sin firma</translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message>
        <location filename="../../kastor_desktop/ui/widgets/table_page.py" line="+47"/>
        <source>Search…</source>
        <translation>Buscar…</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>No rows match the search.</source>
        <translation>Ninguna fila coincide con la búsqueda.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n fila</numerusform>
            <numerusform>%n filas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 rows</source>
        <translation>%1 de %2 filas</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../kastor_desktop/ui/tasks.py" line="+126"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../kastor_desktop/ui/office/users_dialog.py" line="-159"/>
        <source>New user</source>
        <translation>Nuevo usuario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit user «%1»</source>
        <translation>Editar usuario «%1»</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Username</source>
        <translation>Nombre de &amp;usuario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Used to sign in. Letters, digits, dot, hyphen and underscore.</source>
        <translation>Se usa para iniciar sesión. Letras, números, punto, guion y guion bajo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The username cannot be changed.</source>
        <translation>El nombre de usuario no se puede cambiar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Full name</source>
        <translation>&amp;Nombre completo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail</source>
        <translation>&amp;Correo electrónico</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Password</source>
        <translation>Con&amp;traseña</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At least %1 characters.</source>
        <translation>Al menos %1 caracteres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Repeat password</source>
        <translation>&amp;Repetir contraseña</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n community(ies)</source>
        <translation>
            <numerusform>%n comunidad</numerusform>
            <numerusform>%n comunidades</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>R&amp;oles</source>
        <translation>R&amp;oles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A user may hold several roles; permissions add up.</source>
        <translation>Un usuario puede tener varios roles; los permisos se suman.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Active (may sign in)</source>
        <translation>&amp;Activo (puede iniciar sesión)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+27"/>
        <source>The passwords do not match.</source>
        <translation>Las contraseñas no coinciden.</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location filename="../../kastor_desktop/ui/office/users_page.py" line="+23"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Username</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search… (Ctrl+F)</source>
        <translation>Buscar… (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search by username, name, e-mail or role</source>
        <translation>Buscar por usuario, nombre, correo o rol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New user</source>
        <translation>&amp;Nuevo usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reset password…</source>
        <translation>&amp;Restablecer contraseña…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No users. Use «New user» (Ctrl+N).</source>
        <translation>No hay usuarios. Use «Nuevo usuario» (Ctrl+N).</translation>
    </message>
</context>
</TS>
