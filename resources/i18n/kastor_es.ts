<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../kastor_desktop/ui/community/account_dialog.py" line="+27"/>
        <source>Edit expense account</source>
        <translation>Editar cuenta de gasto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New expense account</source>
        <translation>Nueva cuenta de gasto</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fields marked * are required.</source>
        <translation>Los campos marcados con * son obligatorios.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Code *</source>
        <translation>&amp;Código *</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E.g. 02.01. Codes sort the chart.</source>
        <translation>P. ej. 02.01. El código ordena el plan de cuentas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name *</source>
        <translation>&amp;Nombre *</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subcategory</source>
        <translation>Subcategoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surcharge category</source>
        <translation>Categoría de recargo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cate&amp;gory</source>
        <translation>Cate&amp;goría</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The category this subcategory belongs to.</source>
        <translation>La categoría a la que pertenece esta subcategoría.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Na&amp;ture</source>
        <translation>C&amp;lase de gasto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ordinary</source>
        <translation>Ordinario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Extraordinary</source>
        <translation>Extraordinario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extraordinary expenses are shown apart on notices and stay with the owner.</source>
        <translation>Los gastos extraordinarios se muestran aparte en los avisos de cobro y corresponden al propietario, no al arrendatario.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A category groups the month&apos;s expenses on the notice of charge.</source>
        <translation>Una categoría agrupa los gastos del mes en el aviso de cobro.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A subcategory details a category; its expenses add up under it.</source>
        <translation>Una subcategoría detalla una categoría; sus gastos se suman en ella.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A surcharge category is charged to a single unit (fines, use of common spaces, repairs a unit caused, individual consumption) and is never prorated.</source>
        <translation>Una categoría de recargo se cobra a una sola unidad (multas, uso de espacios comunes, reparaciones que causó una unidad, consumos individuales) y nunca se prorratea.</translation>
    </message>
</context>
<context>
    <name>AccountModel</name>
    <message>
        <location filename="../../kastor_desktop/ui/collection/account_model.py" line="+36"/>
        <source>%1 in favour</source>
        <translation>%1 a favor</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Concept</source>
        <translation>Concepto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Debit</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credit</source>
        <translation>Abono</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <location filename="../../kastor_desktop/ui/collection/account_page.py" line="+127"/>
        <location line="+239"/>
        <source>Unit account</source>
        <translation>Cuenta corriente</translation>
    </message>
    <message>
        <location line="-234"/>
        <source>&amp;PDF statement</source>
        <translation>&amp;PDF de la cuenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The statement as PDF, to see, print or send</source>
        <translation>La cuenta en PDF, para ver, imprimir o enviar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;xcel…</source>
        <translation>E&amp;xcel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The statement as an Excel workbook</source>
        <translation>La cuenta como planilla Excel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Refresh</source>
        <translation>Actuali&amp;zar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Unit:</source>
        <translation>&amp;Unidad:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Previous unit</source>
        <translation>Unidad anterior</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next unit</source>
        <translation>Unidad siguiente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;As of:</source>
        <translation>&amp;Al:</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>(no owner)</source>
        <translation>(sin propietario)</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n movement(s); balance as of %1: %2</source>
        <translation>
            <numerusform>%n movimiento; saldo al %1: %2</numerusform>
            <numerusform>%n movimientos; saldo al %1: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n later movement(s) not shown</source>
        <translation>
            <numerusform>%n movimiento posterior no se muestra</numerusform>
            <numerusform>%n movimientos posteriores no se muestran</numerusform>
        </translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Preparing the statement…</source>
        <translation>Preparando la cuenta…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Saved in %1</source>
        <translation>Guardado en %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writing the workbook…</source>
        <translation>Escribiendo la planilla…</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <location filename="../../kastor_desktop/ui/community/accounts_page.py" line="+64"/>
        <location line="+15"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Subcategory</source>
        <translation>Subcategoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surcharge: charged to one unit</source>
        <translation>Recargo: se cobra a una unidad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ordinary</source>
        <translation>Ordinario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Extraordinary</source>
        <translation>Extraordinario</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nature</source>
        <translation>Clase de gasto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>chart-of-accounts.xlsx</source>
        <translation>plan-de-cuentas.xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart of accounts</source>
        <translation>Plan de cuentas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Categories group the month&apos;s expenses on the notice of charge; subcategories detail them. Surcharge categories are charged to a single unit (fines, use of common spaces, repairs a unit caused) and are never prorated.</source>
        <translation>Las categorías agrupan los gastos del mes en el aviso de cobro; las subcategorías los detallan. Las categorías de recargo se cobran a una sola unidad (multas, uso de espacios comunes, reparaciones que causó una unidad) y nunca se prorratean.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New account</source>
        <translation>&amp;Nueva cuenta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Load default chart</source>
        <translation>&amp;Cargar plan por defecto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No expense accounts yet. Use «Load default chart» (Ctrl+L) for the usual accounts of %1, or «New account» (Ctrl+N).</source>
        <translation>Aún no hay cuentas de gasto. Use «Cargar plan por defecto» (Ctrl+L) para las cuentas habituales de %1, o «Nueva cuenta» (Ctrl+N).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Delete the account «%1 %2»?</source>
        <translation>¿Eliminar la cuenta «%1 %2»?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Load the default chart of accounts of %1? Accounts whose code already exists are kept as they are.</source>
        <translation>¿Cargar el plan de cuentas por defecto de %1? Las cuentas cuyo código ya existe se mantienen tal como están.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+13"/>
        <source>Load default chart</source>
        <translation>Cargar plan por defecto</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>%1 accounts added from the default chart.</source>
        <translation>Cuentas agregadas del plan por defecto: %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every account of the default chart is already there: nothing was added.</source>
        <translation>Todas las cuentas del plan por defecto ya existen: no se agregó ninguna.</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../kastor_desktop/ui/collection/action_dialog.py" line="+47"/>
        <source>Record collection action</source>
        <translation>Registrar gestión de cobranza</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unit %1</source>
        <translation>Unidad %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Date *</source>
        <translation>&amp;Fecha *</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Action *</source>
        <translation>&amp;Gestión *</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Stage *</source>
        <translation>&amp;Etapa *</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Early: first reminders. Late: repeated or long overdue. Judicial: in the hands of a lawyer.</source>
        <translation>Temprana: primeros recordatorios. Avanzada: reiterada o deuda antigua. Judicial: en manos de un abogado.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What was said or agreed, e.g. promises to pay on Friday</source>
        <translation>Qué se conversó o acordó, p. ej. promete pagar el viernes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne&amp;xt step</source>
        <translation>&amp;Próximo paso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. call again</source>
        <translation>p. ej. volver a llamar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next da&amp;te</source>
        <translation>Fecha del pró&amp;ximo paso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optional (dd-mm-yyyy).</source>
        <translation>Opcional (dd-mm-aaaa).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Record</source>
        <translation>&amp;Registrar</translation>
    </message>
</context>
<context>
    <name>AgingStrip</name>
    <message>
        <location filename="../../kastor_desktop/ui/collection/account_model.py" line="+50"/>
        <source>Not yet due</source>
        <translation>Por vencer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0–30 days</source>
        <translation>0–30 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>31–60 days</source>
        <translation>31–60 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>61–90 days</source>
        <translation>61–90 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over 90 days</source>
        <translation>Más de 90 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit</source>
        <translation>A favor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../../kastor_desktop/ui/collection/agreement_dialog.py" line="+51"/>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>New payment agreement</source>
        <translation>Nuevo convenio de pago</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Unit *</source>
        <translation>&amp;Unidad *</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Signed on *</source>
        <translation>&amp;Fecha de firma *</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Instalments *</source>
        <translation>&amp;Cuotas *</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monthly; at most %1.</source>
        <translation>Mensuales; como máximo %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;First instalment</source>
        <translation>&amp;Primera cuota</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prefilled with the community&apos;s minimum; you may raise it.</source>
        <translation>Propuesta con el mínimo de la comunidad; puede subirla.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>First &amp;due date *</source>
        <translation>&amp;Vencimiento primera cuota *</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Approved &amp;by *</source>
        <translation>Aprobado p&amp;or *</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The committee and its minutes, e.g. Comité, acta N° 12</source>
        <translation>El comité y su acta, p. ej. Comité, acta N° 12</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Appro&amp;val date *</source>
        <translation>Fecha de apro&amp;bación *</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>N&amp;ote</source>
        <translation>No&amp;ta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Si&amp;gn agreement</source>
        <translation>Fir&amp;mar convenio</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Schedule</source>
        <translation>Calendario de cuotas</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Choose the unit.</source>
        <translation>Elija la unidad.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Debt today: %1</source>
        <translation>Deuda hoy: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n instalment(s), total %1</source>
        <translation>
            <numerusform>%n cuota, total %1</numerusform>
            <numerusform>%n cuotas, total %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AgreementsPage</name>
    <message>
        <location filename="../../kastor_desktop/ui/collection/agreements_page.py" line="+76"/>
        <source>Payments of the unit from the signing day on pay the instalments in order. An instalment still unpaid 30 days after its due date breaks the agreement.</source>
        <translation>Los pagos de la unidad desde el día de la firma cubren las cuotas en orden. Una cuota impaga 30 días después de su vencimiento deja el convenio incumplido.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>S&amp;tatus</source>
        <translation>&amp;Estado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every agreement</source>
        <translation>Todos los convenios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Vigentes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Broken</source>
        <translation>Incumplidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Cumplidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Anulados</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Propietario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed</source>
        <translation>Firmado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instalments</source>
        <translation>Cuotas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Debt</source>
        <translation>Deuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Remaining</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Approved by</source>
        <translation>Aprobado por</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Instalment</source>
        <translation>Cuota</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Payment agreements</source>
        <translation>Convenios de pago</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New agreement…</source>
        <translation>&amp;Nuevo convenio…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An instalment plan for a unit&apos;s debt</source>
        <translation>Un plan de cuotas para la deuda de una unidad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Cancel agreement…</source>
        <translation>Anu&amp;lar convenio…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the selected agreement (the reason is required)</source>
        <translation>Anular el convenio seleccionado (el motivo es obligatorio)</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>%n agreement(s)</source>
        <translation>
            <numerusform>%n convenio</numerusform>
            <numerusform>%n convenios</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 agreements</source>
        <translation>%1 de %2 convenios</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Choose an agreement to see its instalments.</source>
        <translation>Elija un convenio para ver sus cuotas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Instalments of agreement No. %1 — unit %2, approved by %3 on %4</source>
        <translation>Cuotas del convenio N° %1 — unidad %2, aprobado por %3 el %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancelled: %1</source>
        <translation>Anulado: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Agreement No. %1 signed.</source>
        <translation>Convenio N° %1 firmado.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Agreement No. %1 cancelled.</source>
        <translation>Convenio N° %1 anulado.</translation>
    </message>
</context>
<context>
    <name>AssociateContactDialog</name>
    <message>
        <location filename="../../kastor_desktop/ui/office/contact_dialog.py" line="+133"/>
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
    <name>AttachmentPicker</name>
    <message>
        <location filename="../../kastor_desktop/ui/closing/expense_dialog.py" line="+30"/>
        <source>No scan attached</source>
        <translation>Sin respaldo adjunto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the scan</source>
        <translation>Quitar el respaldo</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Scan of the document</source>
        <translation>Respaldo del documento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scans (*.pdf *.jpg *.jpeg *.png)</source>
        <translation>Respaldos (*.pdf *.jpg *.jpeg *.png)</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../kastor_desktop/ui/office/audit_page.py" line="+64"/>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community</source>
        <translation>Comunidad</translation>
    </message>
    <message>
        <location line="-2"/>
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
    <name>BalanceDialog</name>
    <message>
        <location filename="../../kastor_desktop/ui/community/balance_dialog.py" line="+28"/>
        <source>Opening balance of unit %1</source>
        <translation>Saldo inicial de la unidad %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no owner)</source>
        <translation>(sin copropietario)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Amount *</source>
        <translation>&amp;Monto *</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Positive: what the unit owes. Negative (-35.500): a credit in its favour. Zero removes the balance.</source>
        <translation>Positivo: lo que debe la unidad. Negativo (-35.500): un saldo a su favor. Cero elimina el saldo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Date *</source>
        <translation>&amp;Fecha *</translation>
    </message>
</context>
<context>
    <name>BalancesPage</name>
    <message>
        <location filename="../../kastor_desktop/ui/community/balances_page.py" line="+36"/>
        <source>Debt</source>
        <translation>Deuda</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Credit</source>
        <translation>A favor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apartment</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parking</source>
        <translation>Estacionamiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Storage room</source>
        <translation>Bodega</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shop</source>
        <translation>Local</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>House</source>
        <translation>Casa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Copropietario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening balance</source>
        <translation>Saldo inicial</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Debt or credit</source>
        <translation>Deuda o a favor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As of</source>
        <translation>Fecha del saldo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>opening-balances.xlsx</source>
        <translation>saldos-iniciales.xlsx</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opening balances</source>
        <translation>Saldos iniciales</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What each unit owed (positive) or had in its favour (negative) at the migration date. Units without a balance start at zero.</source>
        <translation>Lo que cada unidad debía (positivo) o tenía a su favor (negativo) a la fecha de la migración. Las unidades sin saldo parten en cero.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All units</source>
        <translation>Todas las unidades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With a balance</source>
        <translation>Con saldo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debts</source>
        <translation>Deudas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credits</source>
        <translation>Saldos a favor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List only the units with a balance, a debt or a credit</source>
        <translation>Listar solo las unidades con saldo, con deuda o con saldo a favor</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Set balance…</source>
        <translation>&amp;Ingresar saldo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set the selected unit&apos;s balance (Enter)</source>
        <translation>Ingresar el saldo de la unidad seleccionada (Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove balance</source>
        <translation>&amp;Quitar saldo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This community has no units yet. Create them in «Units» or import them from a spreadsheet.</source>
        <translation>Esta comunidad aún no tiene unidades. Créelas en «Unidades» o impórtelas desde una planilla.</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Debts: %1 (%n unit(s))</source>
        <translation>
            <numerusform>Deudas: %1 (%n unidad)</numerusform>
            <numerusform>Deudas: %1 (%n unidades)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Credits: %1 (%n unit(s))</source>
        <translation>
            <numerusform>Saldos a favor: %1 (%n unidad)</numerusform>
            <numerusform>Saldos a favor: %1 (%n unidades)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Net: %1</source>
        <translation>Neto: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Remove the opening balance of unit %1 (%2)?</source>
        <translation>¿Quitar el saldo inicial de la unidad %1 (%2)?</translation>
    </message>
</context>
<context>
    <name>BankAccountDialog</name>
    <message>
        <location filename="../../kastor_desktop/ui/community/bank_account_dialog.py" line="+37"/>
        <source>Edit bank account</source>
        <translation>Editar cuenta bancaria</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New bank account</source>
        <translation>Nueva cuenta bancaria</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The community&apos;s own account, printed on notices with the payment instructions.</source>
        <translation>La cuenta propia de la comunidad, que se imprime en los avisos de cobro con las instrucciones de pago.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Bank *</source>
        <translation>&amp;Banco *</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose or type it.</source>
        <translation>Elíjalo de la lista o escríbalo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Type</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking account</source>
        <translation>Cuenta corriente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sight account</source>
        <translation>Cuenta vista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Savings account</source>
        <translation>Cuenta de ahorro</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Number *</source>
        <translation>&amp;Número *</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Holder&apos;s %1 *</source>
        <translation>&amp;%1 del titular *</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Normally the community&apos;s own %1.</source>
        <translation>Normalmente, el %1 de la propia comunidad.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The first account becomes the default one; use «Make default» on the list to choose another.</source>
        <translation>La primera cuenta queda como cuenta por defecto; para elegir otra, use «Marcar por defecto» en la lista.</translation>
    </message>
</context>
<context>
    <name>BankAccountsPage</name>
    <message>
        <location filename="../../kastor_desktop/ui/community/bank_accounts_page.py" line="+30"/>
        <source>Checking account</source>
        <translation>Cuenta corriente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sight account</source>
        <translation>Cuenta vista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Savings account</source>
        <translation>Cuenta de ahorro</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>Default</source>
        <translation>Por defecto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bank</source>
        <translation>Banco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holder&apos;s %1</source>
        <translation>%1 del titular</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bank-accounts.xlsx</source>
        <translation>cuentas-bancarias.xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank accounts</source>
        <translation>Cuentas bancarias</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The community&apos;s own accounts. The default one is printed on notices of charge with the payment instructions.</source>
        <translation>Las cuentas propias de la comunidad. La cuenta por defecto se imprime en los avisos de cobro con las instrucciones de pago.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;New account</source>
        <translation>&amp;Nueva cuenta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Make default</source>
        <translation>&amp;Marcar por defecto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No bank accounts yet. Use «New account» (Ctrl+N) to add the community&apos;s.</source>
        <translation>Aún no hay cuentas bancarias. Use «Nueva cuenta» (Ctrl+N) para agregar la de la comunidad.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Delete the account %1 of %2?</source>
        <translation>¿Eliminar la cuenta %1 de %2?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It is the default account: the oldest remaining account becomes the default.</source>
        <translation>Es la cuenta por defecto: la más antigua de las que queden pasará a ser la cuenta por defecto.</translation>
    </message>
</context>
<context>
    <name>BankImportPage</name>
    <message>
        <location filename="../../kastor_desktop/ui/collection/bank_import_page.py" line="+85"/>
        <source>Import a bank statement</source>
        <translation>Importar cartola bancaria</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Start over</source>
        <translation>&amp;Empezar de nuevo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Back</source>
        <translation>&amp;Volver</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Map columns…</source>
        <translation>Asignar &amp;columnas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign the file&apos;s columns by hand</source>
        <translation>Asignar a mano las columnas del archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Review</source>
        <translation>&amp;Revisar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read and match the statement (Ctrl+Return)</source>
        <translation>Leer la cartola y asociar los abonos (Ctrl+Intro)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Confirm import</source>
        <translation>&amp;Confirmar importación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the chosen payments (Ctrl+Return)</source>
        <translation>Registrar los pagos elegidos (Ctrl+Intro)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;payments</source>
        <translation>Abrir &amp;pagos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Receipts (PDF)</source>
        <translation>&amp;Recibos (PDF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The receipts of the imported payments, to print</source>
        <translation>Los recibos de los pagos importados, para imprimir</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>1. File</source>
        <translation>1. Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2. Columns</source>
        <translation>2. Columnas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3. Review</source>
        <translation>3. Revisión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4. Done</source>
        <translation>4. Listo</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Choose the bank statement</source>
        <translation>Elegir la cartola bancaria</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Statements (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;All files (*)</source>
        <translation>Cartolas (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose the bank&apos;s layout, or let Kastor detect it, and review.</source>
        <translation>Elija el formato del banco, o deje que Kastor lo detecte, y revise.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Kastor did not recognise the columns: assign them below.</source>
        <translation>Kastor no reconoció las columnas: asígnelas aquí.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the columns, then review.</source>
        <translation>Revise las columnas y luego la cartola.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Preset «%1» saved.</source>
        <translation>Formato «%1» guardado.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Delete the bank layout «%1»?</source>
        <translation>¿Eliminar el formato de banco «%1»?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete layout</source>
        <translation>Eliminar formato</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reading «%1»…</source>
        <translation>Leyendo «%1»…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reading and matching the statement…</source>
        <translation>Leyendo la cartola y asociando los abonos…</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+41"/>
        <source>Cancelled: nothing was saved.</source>
        <translation>Cancelado: no se guardó nada.</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Choose the unit of each ambiguous or unmatched row (double-click or F2 on its unit), or leave it skipped; then confirm.</source>
        <translation>Elija la unidad de cada fila ambigua o sin asociar (doble clic o F2 en su unidad), u omítala; luego confirme.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Record %n payment(s) for %1 from «%2»?</source>
        <translation>
            <numerusform>¿Registrar %n pago por %1 de «%2»?</numerusform>
            <numerusform>¿Registrar %n pagos por %1 de «%2»?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirm import</source>
        <translation>Confirmar importación</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Recording the payments…</source>
        <translation>Registrando los pagos…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The payments are in the units&apos; accounts and their receipts are ready.</source>
        <translation>Los pagos están en las cuentas de las unidades y sus recibos están listos.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Preparing the receipts…</source>
        <translation>Preparando los recibos…</translation>
    </message>
</context>
<context>
    <name>BankReview</name>
    <message>
        <location filename="../../kastor_desktop/ui/collection/bank_review_model.py" line="+49"/>
        <source>Matched</source>
        <translation>Asociado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ambiguous</source>
        <translation>Ambiguo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unmatched</source>
        <translation>Sin asociar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate</source>
        <translation>Duplicado</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+101"/>
        <source>— skip —</source>
        <translation>— omitir —</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>Already imported: the same bank movement is recorded</source>
        <translation>Ya importado: el mismo movimiento del banco está registrado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No RUT, unit number or amount due identifies a unit</source>
        <translation>Ningún RUT, número de unidad ni monto adeudado identifica una unidad</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Double-click or press F2 to choose the unit</source>
        <translation>Doble clic o F2 para elegir la unidad</translation>
    </message>
</context>
<context>
    <name>CancelAgreementDialog</name>
    <message>
        <location filename="../../kastor_desktop/ui/collection/agreement_dialog.py" line="+64"/>
        <source>Cancel payment agreement</source>
        <translation>Anular convenio de pago</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel agreement No. %1 of unit %2?</source>
        <translation>¿Anular el convenio N° %1 de la unidad %2?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The agreement is kept, marked cancelled; its debt counts again as plain debt.</source>
        <translation>El convenio se conserva marcado como anulado; su deuda vuelve a ser deuda común.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>e.g. the owner sold the unit and paid in full</source>
        <translation>p. ej. el propietario vendió la unidad y pagó todo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reason *</source>
        <translation>&amp;Motivo *</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel &amp;agreement</source>
        <translation>Anular &amp;convenio</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <location filename="../../kastor_desktop/ui/collection/certificate_dialog.py" line="+51"/>
        <source>Issue debt certificate</source>
        <translation>Emitir certificado de deuda</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Unit *</source>
        <translation>&amp;Unidad *</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;As of *</source>
        <translation>&amp;Al día *</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The certificate states the debt on this day.</source>
        <translation>El certificado indica la deuda a este día.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pending &amp;claims</source>
        <translation>&amp;Reclamos pendientes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lawsuits or claims against the building, if any.</source>
        <translation>Juicios o reclamos contra el consorcio, si los hay.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Insurer</source>
        <translation>&amp;Aseguradora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Policy</source>
        <translation>&amp;Póliza</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Valid until</source>
        <translation>&amp;Vigente hasta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Empty: the insurance of the last certificate.</source>
        <translation>Vacío: el seguro del último certificado.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Issu&amp;e</source>
        <translation>&amp;Emitir</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The certificate will state</source>
        <translation>El certificado dirá</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Choose the unit.</source>
        <translation>Elija la unidad.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Up to date: the unit owes nothing as of %1.</source>
        <translation>Al día: la unidad no adeuda nada al %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Credit in its favour: %1</source>
        <translation>Saldo a su favor: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The unit owes %1 as of %2 (%3 overdue).</source>
        <translation>La unidad adeuda %1 al %2 (%3 vencido).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Unpaid charges</source>
        <translation>Cargos impagos</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… y %n más</numerusform>
            <numerusform>… y %n más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CertificatesPage</name>
    <message>
        <location filename="../../kastor_desktop/ui/collection/certificates_page.py" line="+56"/>
        <source>Debt certificates</source>
        <translation>Certificados de deuda</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Issue certificate…</source>
        <translation>&amp;Emitir certificado…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A signed certificate with the next folio</source>
        <translation>Un certificado firmado con el folio siguiente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;print</source>
        <translation>Re&amp;imprimir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selected certificate as issued (Enter)</source>
        <translation>El certificado seleccionado tal como se emitió (Intro)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A «libre deuda» states the debt, the pending claims and the building&apos;s insurance (CCyC arts. 2048 and 2067 l).</source>
        <translation>El libre deuda indica la deuda, los reclamos pendientes y el seguro del edificio (CCyC arts. 2048 y 2067 inc. l).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A certificate states that the unit is up to date or what it owes as of its date. Folios never repeat or skip.</source>
        <translation>El certificado indica que la unidad está al día o lo que adeuda a su fecha. Los folios nunca se repiten ni se saltan.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Folio</source>
        <translation>Folio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As of</source>
        <translation>Al día</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debt</source>
        <translation>Deuda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issued</source>
        <translation>Emitido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued by</source>
        <translation>Emitido por</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n certificate(s)</source>
        <translation>
            <numerusform>%n certificado</numerusform>
            <numerusform>%n certificados</numerusform>
        </translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Certificate folio %1 issued for unit %2.</source>
        <translation>Certificado folio %1 emitido para la unidad %2.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Writing the certificate…</source>
        <translation>Generando el certificado…</translation>
    </message>
</context>
<context>
    <name>ChargeDialog</name>
    <message>
        <location filename="../../kastor_desktop/ui/closing/charge_dialog.py" line="+36"/>
        <source>Edit individual charge</source>
        <translation>Editar cargo individual</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New individual charge</source>
        <translation>Nuevo cargo individual</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Charged whole to one unit in %1 through a surcharge account. Fields marked * are required.</source>
        <translation>Se cobra completo a una unidad en %1, con una cuenta de recargo. Los campos con * son obligatorios.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Unit *</source>
        <translation>&amp;Unidad *</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Account *</source>
        <translation>&amp;Cuenta *</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A surcharge account of the chart: fines, reservations, repairs…</source>
        <translation>Una cuenta de recargo del plan: multas, reservas, reparaciones…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>D&amp;escription</source>
        <translation>D&amp;escripción</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Empty: the account&apos;s name.</source>
        <translation>Vacía: el nombre de la cuenta.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Amount in &amp;pesos</source>
        <translation>Monto en &amp;pesos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount in U&amp;F</source>
        <translation>Monto en U&amp;F</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Charged in</source>
        <translation>Se cobra en</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;mount *</source>
        <translation>&amp;Monto *</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amount in UF *</source>
        <translation>Monto en UF *</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E.g. 1,5</source>
        <translation>Ej.: 1,5</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>UF &amp;value *</source>
        <translation>&amp;Valor de la UF *</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In pesos, e.g. 37.571,86</source>
        <translation>En pesos, ej.: 37.571,86</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>UF &amp;date *</source>
        <translation>&amp;Fecha de la UF *</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In pesos</source>
        <translation>En pesos</translation>
    </message>
</context>
<context>
    <name>ChargesPage</name>
    <message>
        <location filename="../../kastor_desktop/ui/closing/charges_page.py" line="+28"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In UF</source>
        <translation>En UF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Individual charges of %1 (open month)</source>
        <translation>Cargos individuales de %1 (mes abierto)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>individual-charges.xlsx</source>
        <translation>cargos-individuales.xlsx</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Individual charges</source>
        <translation>Cargos individuales</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Charged whole to one unit (never prorated): fines, reservation fees, repairs. In Chile the amount may be in UF, converted with the UF&apos;s value at a date.</source>
        <translation>Se cobran completos a una unidad (nunca se prorratean): multas, reservas, reparaciones. En Chile el monto puede ir en UF, convertido con el valor de la UF a una fecha.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;New charge</source>
        <translation>&amp;Nuevo cargo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No individual charges in the month. Use «New charge» (Ctrl+N).</source>
        <translation>No hay cargos individuales en el mes. Use «Nuevo cargo» (Ctrl+N).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Total: %1</source>
        <translation>Total: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete the charge «%1» of %2 to unit %3?</source>
        <translation>¿Eliminar el cargo «%1» de %2 a la unidad %3?</translation>
    </message>
</context>
<context>
    <name>ClosingLines</name>
    <message>
        <location filename="../../kastor_desktop/ui/closing/lines_model.py" line="+27"/>
        <source>Ordinary common expenses</source>
        <translation>Gastos comunes ordinarios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extraordinary</source>
        <translation>Extraordinarios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reserve fund</source>
        <translation>Fondo de reserva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other funds</source>
        <translation>Otros fondos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consumption</source>
        <translation>Consumos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Individual charges</source>
        <translation>Cargos individuales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interest</source>
        <translation>Intereses</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Folio</source>
        <translation>Folio</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Owner</source>
        <translation>Propietario</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Month total</source>
        <translation>Total del mes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Previous balance</source>
        <translation>Saldo anterior</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Total to pay</source>
        <translation>Total a pagar</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n unidad</numerusform>
            <numerusform>%n unidades</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClosingPage</name>
    <message>
        <location filename="../../kastor_desktop/ui/closing/closing_page.py" line="+81"/>
        <source>Preview and close</source>
        <translation>Vista previa y cierre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draft &amp;notices (PDF)</source>
        <translation>Avisos &amp;borrador (PDF)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The month&apos;s notices marked DRAFT, to check them before closing</source>
        <translation>Los avisos del mes marcados BORRADOR, para revisarlos antes de cerrar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closing &amp;workbook (Excel)</source>
        <translation>&amp;Planilla de cierre (Excel)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Close month…</source>
        <translation>&amp;Cerrar mes…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the month and issue the notices</source>
        <translation>Cerrar el mes y emitir los avisos</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total of the month</source>
        <translation>Total del mes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reserve fund</source>
        <translation>Fondo de reserva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total to collect (with previous balances)</source>
        <translation>Total a cobrar (con saldos anteriores)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;View notices</source>
        <translation>&amp;Ver avisos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hide this message</source>
        <translation>Ocultar este mensaje</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Open month: %1</source>
        <translation>Mes abierto: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Month %1 + previous balances %2</source>
        <translation>Mes %1 + saldos anteriores %2</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n error(s) that prevent closing</source>
        <translation>
            <numerusform>%n error que impide cerrar</numerusform>
            <numerusform>%n errores que impiden cerrar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No errors or warnings: the month can be closed.</source>
        <translation>Sin errores ni advertencias: el mes se puede cerrar.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your role does not allow closing months in this community.</source>
        <translation>Su rol no permite cerrar meses en esta comunidad.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The preview is not loaded yet.</source>
        <translation>La vista previa aún no se ha cargado.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Cannot close: correct the %n error(s) listed.</source>
        <translation>
            <numerusform>No se puede cerrar: corrija el error listado (%n).</numerusform>
            <numerusform>No se puede cerrar: corrija los %n errores listados.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot close: the community has no units.</source>
        <translation>No se puede cerrar: la comunidad no tiene unidades.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Close the month and issue the notices (%1)</source>
        <translation>Cerrar el mes y emitir los avisos (%1)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Rendering the draft notices…</source>
        <translation>Generando los avisos borrador…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Closing %1…</source>
        <translation>Cerrando %1…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Closing cancelled: nothing was saved.</source>
        <translation>Cierre cancelado: no se guardó nada.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Month closed: %n notice(s)</source>
        <translation>
            <numerusform>Mes cerrado: %n aviso</numerusform>
            <numerusform>Mes cerrado: %n avisos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, folios %1–%2</source>
        <translation>, folios %1–%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>closing No. %1</source>
        <translation>cierre N° %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Rendering the notices…</source>
        <translation>Generando los avisos…</translation>
    </message>
</context>
<context>
    <name>ClosingSettingsPage</name>
    <message>
        <location filename="../../kastor_desktop/ui/closing/settings_page.py" line="+69"/>
        <source>Closing settings</source>
        <translation>Configuración del cierre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Revert</source>
        <translation>&amp;Descartar cambios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the settings (Ctrl+S)</source>
        <translation>Guardar la configuración (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How every monthly closing of the community is computed. Changes apply to the open month and the next ones; closed months keep what they used.</source>
        <translation>Cómo se calcula cada cierre mensual de la comunidad. Los cambios rigen para el mes abierto y los siguientes; los meses cerrados conservan lo que usaron.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>You may not change the closing settings.</source>
        <translation>No tiene permiso para cambiar la configuración del cierre.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+105"/>
        <source>Reserve fund</source>
        <translation>Fondo de reserva</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>Default &amp;contribution</source>
        <translation>&amp;Aporte por defecto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Percentage</source>
        <translation>&amp;Porcentaje</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Of the month&apos;s ordinary expenses (Ley 21.442: at least 5 %).</source>
        <translation>De los gastos ordinarios del mes (Ley 21.442: al menos 5 %).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monthly a&amp;mount</source>
        <translation>&amp;Monto mensual</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Share &amp;table</source>
        <translation>&amp;Tabla de prorrateo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Interest on arrears</source>
        <translation>Intereses por mora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Interest rate (% per month)</source>
        <translation>Tasa de &amp;interés (% mensual)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The rate the bylaws set, e.g. 1,5.</source>
        <translation>La tasa que fija el reglamento, p. ej. 1,5.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Legal cap (% per month)</source>
        <translation>Tope &amp;legal (% mensual)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The closing never charges more than this.</source>
        <translation>El cierre nunca cobra más que esto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compound interest</source>
        <translation>Interés compuesto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;alculation</source>
        <translation>C&amp;álculo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unticked (simple): interest only on the unpaid common expenses.
Ticked (compound): also on the interest charged in earlier months.</source>
        <translation>Sin marcar (simple): interés solo sobre los gastos comunes impagos.
Marcado (compuesto): también sobre los intereses cobrados en meses anteriores.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Fund receiving it</source>
        <translation>&amp;Fondo que lo recibe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By Ley 21.442 fines and interest go to the reserve fund unless agreed otherwise.</source>
        <translation>Por la Ley 21.442, multas e intereses van al fondo de reserva salvo acuerdo distinto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notice</source>
        <translation>Aviso de cobro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment &amp;term</source>
        <translation>Plazo de pa&amp;go</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days from the notice to its due date.</source>
        <translation>Días desde el aviso hasta su vencimiento.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Second &amp;due date</source>
        <translation>Segundo &amp;vencimiento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days after the first.</source>
        <translation>Días después del primero.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Second due s&amp;urcharge (%)</source>
        <translation>&amp;Recargo del segundo vencimiento (%)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ad&amp;ministrator</source>
        <translation>Ad&amp;ministrador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed under the signature of the notices.</source>
        <translation>Se imprime bajo la firma de los avisos.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Unsaved settings</source>
        <translation>Configuración sin guardar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discard the changes not saved?</source>
        <translation>¿Descartar los cambios sin guardar?</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (default)</source>
        <translation>%1 (por defecto)</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Closing settings saved.</source>
        <translation>Configuración del cierre guardada.</translation>
    </message>
</context>
<context>
    <name>CollectionLogPanel</name>
    <message>
        <location filename="../../kastor_desktop/ui/collection/collection_log_panel.py" line="+54"/>
        <source>Recor&amp;d action…</source>
        <translation>&amp;Registrar gestión…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record a call, letter, visit… for this unit (Ins)</source>
        <translation>Registrar una llamada, carta, visita… de esta unidad (Insert)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+126"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location line="-124"/>
        <source>Delete the selected action</source>
        <translation>Eliminar la gestión seleccionada</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Gestión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next step</source>
        <translation>Próximo paso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next date</source>
        <translation>Próx. fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Collection log</source>
        <translation>Gestiones de cobranza</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a unit in the list to see its log.</source>
        <translation>Elija una unidad de la lista para ver sus gestiones.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Collection log of %1</source>
        <translation>Gestiones de cobranza de %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No actions recorded for this unit yet.</source>
        <translation>Aún no hay gestiones registradas para esta unidad.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Delete the action «%1» of %2?</source>
        <translation>¿Eliminar la gestión «%1» del %2?</translation>
    </message>
</context>
<context>
    <name>CollectionSettingsPage</name>
    <message>
        <location filename="../../kastor_desktop/ui/collection/collection_settings_page.py" line="+60"/>
        <source>Collection settings</source>
        <translation>Configuración de cobranza</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Revert</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the settings (Ctrl+S)</source>
        <translation>Guardar la configuración (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How the community&apos;s payments are applied, the rules for payment agreements and whether delinquent units may book common spaces.</source>
        <translation>Cómo se imputan los pagos de la comunidad, las reglas de los convenios de pago y si las unidades morosas pueden reservar espacios comunes.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>You may not change the collection settings.</source>
        <translation>No puede cambiar la configuración de cobranza.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Payments cover the &amp;principal first</source>
        <translation>Los pagos cubren primero el &amp;capital</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Payments cover &amp;interest and fines first</source>
        <translation>Los pagos cubren primero &amp;intereses y multas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Order</source>
        <translation>Orden de imputación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Either way the oldest debt goes first and any excess stays as the unit&apos;s credit.
Changing it re-applies every payment of the community.</source>
        <translation>En ambos casos se paga primero la deuda más antigua y el excedente
queda a favor de la unidad. Cambiarlo vuelve a imputar todos los pagos
de la comunidad.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Payment agreements</source>
        <translation>Convenios de pago</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Most instalments</source>
        <translation>&amp;Máximo de cuotas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monthly instalments an agreement may have.</source>
        <translation>Cuotas mensuales que puede tener un convenio.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Smallest &amp;first instalment (%)</source>
        <translation>Primera cuota &amp;mínima (%)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Of the debt, e.g. 30. Zero: equal instalments.</source>
        <translation>De la deuda, p. ej. 30. Cero: cuotas iguales.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Common spaces</source>
        <translation>Espacios comunes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delinquent units may &amp;not book common spaces</source>
        <translation>Las unidades morosas &amp;no pueden reservar espacios comunes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Booking block</source>
        <translation>Bloqueo de reservas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Overdue for more &amp;than</source>
        <translation>Con deuda vencida hace más &amp;de</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days since the oldest unpaid due date.
Reservations apply the rule when they are booked.</source>
        <translation>Días desde el vencimiento impago más antiguo.
Las reservas aplican la regla al reservar.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Unsaved settings</source>
        <translation>Configuración sin guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard the changes not saved?</source>
        <translation>¿Descartar los cambios no guardados?</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Collection settings saved.</source>
        <translation>Configuración de cobranza guardada.</translation>
    </message>
</context>
<context>
    <name>ComingArea</name>
    <message>
        <location filename="../../kastor_desktop/ui/community/coming.py" line="+18"/>
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
        <location line="+4"/>
        <source>No communities yet. Create the first one with «Create community» (Ctrl+N).</source>
        <translation>Aún no hay comunidades. Cree la primera con «Crear comunidad» (Ctrl+N).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You have no communities to see. Ask an administrator.</source>
        <translation>No tiene comunidades a la vista. Pida acceso a un administrador.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>communities.xlsx</source>
        <translation>comunidades.xlsx</translation>
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
        <location filename="../../kastor_desktop/ui/office/contacts_page.py" line="+172"/>
        <location line="+24"/>
        <source>Without contact</source>
        <translation>Sin contacto</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+5"/>
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
        <location line="+36"/>
        <source>&amp;Show</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>&amp;Dissociate</source>
        <translation>&amp;Desasociar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>community-contacts.xlsx</source>
        <translation>contactos-comunidades.xlsx</translation>
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
        <location filename="../../kastor_desktop/ui/office/community_dialog.py" line="+32"/>
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
        <location filename="../../kastor_desktop/ui/community/workspace.py" line="+24"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Master data</source>
        <translation>Maestros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operation</source>
        <translation>Operación</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Owners and residents</source>
        <translation>Copropietarios</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Share tables</source>
        <translation>Tablas de prorrateo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Suppliers</source>
        <translation>Proveedores</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Workers</source>
        <translation>Trabajadores</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Chart of accounts</source>
        <translation>Plan de cuentas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bank accounts</source>
        <translation>Cuentas bancarias</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Funds</source>
        <translation>Fondos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Opening balances</source>
        <translation>Saldos iniciales</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import spreadsheets</source>
        <translation>Importar planillas</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Payments and collection</source>
        <translation>Recaudación y cobranza</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bank statements</source>
        <translation>Cartolas bancarias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit accounts</source>
        <translation>Cuentas corrientes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment agreements</source>
        <translation>Convenios de pago</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debt certificates</source>
        <translation>Certificados de deuda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collection settings</source>
        <translation>Reglas de cobranza</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Monthly closing</source>
        <translation>Cierre mensual</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preview and close</source>
        <translation>Vista previa y cierre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expenses of the month</source>
        <translation>Gastos del mes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recurring expenses</source>
        <translation>Gastos recurrentes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other income</source>
        <translation>Otros ingresos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meter readings</source>
        <translation>Lecturas de medidores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Individual charges</source>
        <translation>Cargos individuales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fund contributions</source>
        <translation>Aportes a fondos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closed months and notices</source>
        <translation>Meses cerrados y avisos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closing settings</source>
        <translation>Configuración del cierre</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delinquency</source>
        <translation>Morosidad</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Reservations</source>
        <translation>Reservas</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Announcements</source>
        <translation>Comunicados</translation>
    </message>
</context>
<context>
    <name>ConfirmCloseDialog</name>
    <message>
        <location filename="../../kastor_desktop/ui/closing/closing_dialogs.py" line="+50"/>
        <source>Close the month</source>
        <translation>Cerrar el mes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close %1 of %2?</source>
        <translation>¿Cerrar %1 de %2?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Notices to issue</source>
        <translation>Avisos a emitir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total of the month</source>
        <translation>Total del mes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reserve fund</source>
        <translation>Fondo de reserva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous balances</source>
        <translation>Saldos anteriores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total to collect</source>
        <translation>Total a cobrar</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n warning(s) listed in the preview: check them before closing.</source>
        <translation>
            <numerusform>%n advertencia en la vista previa: revísela antes de cerrar.</numerusform>
            <numerusform>%n advertencias en la vista previa: revíselas antes de cerrar.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Closing writes each unit&apos;s charges and issues the notices with their folios. The month&apos;s entries can no longer be changed; corrections go in the next month, or the month is reopened as a whole.</source>
        <translation>El cierre registra los cargos de cada unidad y emite los avisos con sus folios. Los movimientos del mes ya no se podrán modificar: las correcciones van en el mes siguiente, o se reabre el mes completo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Close the month</source>
        <translation>Ce&amp;rrar el mes</translation>
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
        <location line="-220"/>
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
        <translation>Te&amp;léfono</translation>
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
        <location line="-296"/>
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
        <location line="+1"/>
        <source>contacts.xlsx</source>
        <translation>contactos.xlsx</translation>
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
    <name>DelinquencyChart</name>
    <message>
        <location filename="../../kastor_desktop/ui/collection/delinquency_chart.py" line="+78"/>
        <source>Overdue debt by month</source>
        <translation>Deuda vencida por mes</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: overdue %2</source>
        <translation>%1: vencido %2</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>%1
Overdue: %2
Total owed: %3
Units overdue: %4</source>
        <translation>%1
Vencido: %2
Deuda total: %3
Unidades morosas: %4</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No months with charges yet.</source>
        <translation>Aún no hay meses con cobros.</translation>
    </message>
</context>
<context>
    <name>DelinquencyModel</name>
    <message>
        <location filename="../../kastor_desktop/ui/collection/delinquency_model.py" line="+31"/>
        <source>No action yet</source>
        <translation>Sin gestiones</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Propietario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not yet due</source>
        <translation>Por vencer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0–30 days</source>
        <translation>0–30 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>31–60 days</source>
        <translation>31–60 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>61–90 days</source>
        <translation>61–90 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over 90 days</source>
        <translation>Más de 90 días</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Days overdue</source>
        <translation>Días de mora</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Last action</source>
        <translation>Última gestión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agreement</source>
        <translation>Convenio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Blocked</source>
        <translation>Bloqueada</translation>
    </message>
</context>
<context>
    <name>DelinquencyPage</name>
    <message>
        <location filename="../../kastor_desktop/ui/collection/delinquency_documents.py" line="+77"/>
        <source>Writing the reminder letters…</source>
        <translation>Generando las cartas de cobranza…</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n letter(s) in the PDF.</source>
        <translation>
            <numerusform>%n carta en el PDF.</numerusform>
            <numerusform>%n cartas en el PDF.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n reminder e-mail(s) queued for the portal.</source>
        <translation>
            <numerusform>%n recordatorio por correo en cola para el portal.</numerusform>
            <numerusform>%n recordatorios por correo en cola para el portal.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Without an e-mail (print their letter): %1</source>
        <translation>Sin correo (imprima su carta): %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reminder letters</source>
        <translation>Cartas de cobranza</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This community — Excel…</source>
        <translation>Esta comunidad — Excel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This community — PDF…</source>
        <translation>Esta comunidad — PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole office — Excel…</source>
        <translation>Toda la administración — Excel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole office — PDF…</source>
        <translation>Toda la administración — PDF…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delinquency report</source>
        <translation>Informe de morosidad</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Delinquency report saved in %1</source>
        <translation>Informe de morosidad guardado en %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Writing the delinquency report…</source>
        <translation>Generando el informe de morosidad…</translation>
    </message>
    <message>
        <location filename="../../kastor_desktop/ui/collection/delinquency_page.py" line="+88"/>
        <source>Overdue debt by month</source>
        <translation>Deuda vencida por mes</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Delinquency</source>
        <translation>Morosidad</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;As of</source>
        <translation>&amp;Al día</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The debt and its age on this day</source>
        <translation>La deuda y su antigüedad a este día</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reminder &amp;letters</source>
        <translation>&amp;Cartas de cobranza</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One letter per selected unit in a PDF; units with an e-mail also get the reminder through the portal</source>
        <translation>Una carta por unidad seleccionada en un PDF; las unidades con correo reciben además el recordatorio por el portal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re&amp;port</source>
        <translation>&amp;Informe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The delinquency report in Excel or PDF</source>
        <translation>El informe de morosidad en Excel o PDF</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Payment a&amp;greement…</source>
        <translation>Con&amp;venio de pago…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An instalment plan for the selected unit&apos;s debt</source>
        <translation>Un plan de cuotas para la deuda de la unidad seleccionada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Certificate…</source>
        <translation>Cer&amp;tificado…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A debt certificate for the selected unit</source>
        <translation>Un certificado de deuda de la unidad seleccionada</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Total owed</source>
        <translation>Deuda total</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+34"/>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Not yet due</source>
        <translation>Por vencer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0–30 days</source>
        <translation>0–30 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>31–60 days</source>
        <translation>31–60 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>61–90 days</source>
        <translation>61–90 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+32"/>
        <source>Over 90 days</source>
        <translation>Más de 90 días</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Units overdue</source>
        <translation>Unidades morosas</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Ag&amp;e</source>
        <translation>Antig&amp;üedad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every unit owing</source>
        <translation>Toda unidad con deuda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Over 30 days</source>
        <translation>Más de 30 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over 60 days</source>
        <translation>Más de 60 días</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>S&amp;tage</source>
        <translation>&amp;Etapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any stage</source>
        <translation>Cualquier etapa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Agree&amp;ment</source>
        <translation>Co&amp;nvenio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With or without</source>
        <translation>Con o sin convenio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With an agreement</source>
        <translation>Con convenio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without an agreement</source>
        <translation>Sin convenio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Broken agreement</source>
        <translation>Convenio incumplido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Top &amp;10 debts</source>
        <translation>&amp;10 mayores deudas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the ten largest debts, largest first</source>
        <translation>Solo las diez mayores deudas, de mayor a menor</translation>
    </message>
    <message numerus="yes">
        <location line="+121"/>
        <source>%n unit(s) owing</source>
        <translation>
            <numerusform>%n unidad con deuda</numerusform>
            <numerusform>%n unidades con deuda</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 units owing</source>
        <translation>%1 de %2 unidades con deuda</translation>
    </message>
</context>
<context>
    <name>DesktopApp</name>
    <message>
        <location filename="../../kastor_desktop/app.py" line="+117"/>
        <source>The password in KASTOR_PASSWORD is not correct; type it here.</source>
        <translation>La contraseña de KASTOR_PASSWORD no es correcta; escríbala aquí.</translation>
    </message>
</context>
<context>
    <name>DocumentFiles</name>
    <message>
        <location filename="../../kastor_desktop/ui/collection/document_files.py" line="+46"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Planillas Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>DoneStep</name>
    <message numerus="yes">
        <location filename="../../kastor_desktop/ui/collection/bank_done_step.py" line="+31"/>
        <source>%n payment(s) imported</source>
        <translation>
            <numerusform>%n pago importado</numerusform>
            <numerusform>%n pagos importados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n row(s) skipped</source>
        <translation>
            <numerusform>%n fila omitida</numerusform>
            <numerusform>%n filas omitidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n duplicate(s) not imported</source>
        <translation>
            <numerusform>%n duplicado no importado</numerusform>
            <numerusform>%n duplicados no importados</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total: %1</source>
        <translation>Total: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Receipts No. %1 to %2</source>
        <translation>Recibos N° %1 a %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>«%1» imported.</source>
        <translation>«%1» importada.</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <location filename="../../kastor_desktop/ui/closing/entry_dialog.py" line="+69"/>
        <source>&amp;Account *</source>
        <translation>&amp;Cuenta *</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Su&amp;pplier</source>
        <translation>Pro&amp;veedor</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Document &amp;type</source>
        <translation>&amp;Tipo de documento</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Pro&amp;rating *</source>
        <translation>P&amp;rorrateo *</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Share &amp;table</source>
        <translation>&amp;Tabla de prorrateo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Unit charged</source>
        <translation>&amp;Unidad a la que se carga</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unit&amp;s</source>
        <translation>Unida&amp;des</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit numbers separated by commas, e.g. A-101, A-102. Empty: every unit.</source>
        <translation>Números de unidad separados por comas, ej.: A-101, A-102. Vacío: todas las unidades.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Metered ser&amp;vice</source>
        <translation>Ser&amp;vicio medido</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The month&apos;s readings of this meter split the expense.</source>
        <translation>Las lecturas del mes de este medidor reparten el gasto.</translation>
    </message>
</context>
<context>
    <name>ExpenseDialog</name>
    <message>
        <location filename="../../kastor_desktop/ui/closing/expense_dialog.py" line="+26"/>
        <source>Edit expense</source>
        <translation>Editar gasto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New expense</source>
        <translation>Nuevo gasto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expense of %1, the open month. Fields marked * are required.</source>
        <translation>Gasto de %1, el mes abierto. Los campos con * son obligatorios.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Date *</source>
        <translation>&amp;Fecha *</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose one or type its RUT or exact name; may stay empty.</source>
        <translation>Elija uno o escriba su RUT o nombre exacto; puede quedar vacío.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Document &amp;number</source>
        <translation>&amp;N° de documento</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>D&amp;escription *</source>
        <translation>D&amp;escripción *</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What was paid; the notice shows it.</source>
        <translation>Qué se pagó; aparece en el aviso de cobro.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A&amp;mount *</source>
        <translation>&amp;Monto *</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The document&apos;s total; with «Monto fijo por unidad», what each unit pays.</source>
        <translation>El total del documento; con «Monto fijo por unidad», lo que paga cada unidad.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Natu&amp;re</source>
        <translation>&amp;Naturaleza</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The account&apos;s unless you change it.</source>
        <translation>La de la cuenta, salvo que la cambie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S&amp;can</source>
        <translation>Res&amp;paldo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF, JPG or PNG of the document, up to 10 MB.</source>
        <translation>PDF, JPG o PNG del documento, hasta 10 MB.</translation>
    </message>
</context>
<context>
    <name>ExpenseImportDialog</name>
    <message>
        <location filename="../../kastor_desktop/ui/closing/expense_import_dialog.py" line="+55"/>
        <source>Import expenses</source>
        <translation>Importar gastos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>«%1» into %2, the open month.</source>
        <translation>«%1» en %2, el mes abierto.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expense</source>
        <translation>Gasto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>To add (%1)</source>
        <translation>Por agregar (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Already in the month (%1)</source>
        <translation>Ya están en el mes (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errors (%1)</source>
        <translation>Errores (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n error(s): fix them in the file, save it and import it again. Nothing is imported while errors remain.</source>
        <translation>
            <numerusform>%n error: corríjalo en el archivo, guárdelo e impórtelo de nuevo. No se importa nada mientras queden errores.</numerusform>
            <numerusform>%n errores: corríjalos en el archivo, guárdelo e impórtelo de nuevo. No se importa nada mientras queden errores.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n expense(s) to add. Review them and press «Import».</source>
        <translation>
            <numerusform>%n gasto por agregar. Revíselo y presione «Importar».</numerusform>
            <numerusform>%n gastos por agregar. Revíselos y presione «Importar».</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing to import: every row is already in the month.</source>
        <translation>Nada que importar: todas las filas ya están en el mes.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Importing expenses…</source>
        <translation>Importando gastos…</translation>
    </message>
</context>
<context>
    <name>ExpensesPage</name>
    <message>
        <location filename="../../kastor_desktop/ui/closing/expenses_page.py" line="+45"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supplier</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prorating</source>
        <translation>Prorrateo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nature</source>
        <translation>Naturaleza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scan</source>
        <translation>Respaldo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To confirm</source>
        <translation>Por confirmar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Expenses of %1 (open month)</source>
        <translation>Gastos de %1 (mes abierto)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expenses.xlsx</source>
        <translation>gastos.xlsx</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expenses of the month</source>
        <translation>Gastos del mes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;New expense</source>
        <translation>&amp;Nuevo gasto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Propose recurring</source>
        <translation>&amp;Proponer recurrentes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the active recurring expenses not yet in the month, to confirm.</source>
        <translation>Agrega los gastos recurrentes activos que aún no están en el mes, para confirmarlos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Con&amp;firm selected</source>
        <translation>Con&amp;firmar seleccionados</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import spreadsheet…</source>
        <translation>&amp;Importar planilla…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No expenses in the month yet. Use «New expense» (Ctrl+N), propose the recurring ones or import the «gastos» spreadsheet.</source>
        <translation>Aún no hay gastos en el mes. Use «Nuevo gasto» (Ctrl+N), proponga los recurrentes o importe la planilla de gastos.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Ordinary: %1</source>
        <translation>Ordinarios: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extraordinary: %1</source>
        <translation>Extraordinarios: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total: %1</source>
        <translation>Total: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n expense(s)</source>
        <translation>
            <numerusform>%n gasto</numerusform>
            <numerusform>%n gastos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n recurring expense(s) to confirm (%1)</source>
        <translation>
            <numerusform>%n gasto recurrente por confirmar (%1)</numerusform>
            <numerusform>%n gastos recurrentes por confirmar (%1)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Delete the expense «%1» of %2?</source>
        <translation>¿Eliminar el gasto «%1» de %2?</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n recurring expense(s) proposed: review and confirm them.</source>
        <translation>
            <numerusform>%n gasto recurrente propuesto: revíselo y confírmelo.</numerusform>
            <numerusform>%n gastos recurrentes propuestos: revíselos y confírmelos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every active recurring expense is already in the month.</source>
        <translation>Todos los gastos recurrentes activos ya están en el mes.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n expense(s) confirmed.</source>
        <translation>
            <numerusform>%n gasto confirmado.</numerusform>
            <numerusform>%n gastos confirmados.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the expenses spreadsheet</source>
        <translation>Elija la planilla de gastos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;All files (*)</source>
        <translation>Planillas (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Checking the spreadsheet…</source>
        <translation>Revisando la planilla…</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n expense(s) imported from «%1».</source>
        <translation>
            <numerusform>%n gasto importado de «%1».</numerusform>
            <numerusform>%n gastos importados de «%1».</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileStep</name>
    <message>
        <location filename="../../kastor_desktop/ui/collection/bank_file_step.py" line="+39"/>
        <source>Export the account&apos;s movements from the bank&apos;s website as Excel or CSV and choose the file. Only credits are imported; each is matched to a unit by the RUT in its description (owner, resident or a registered payer), the unit number or reference, or an amount equal to a unit&apos;s balance. Nothing is saved until you confirm, and a movement already imported is never imported again.</source>
        <translation>Exporte los movimientos de la cuenta desde el sitio del banco en Excel o CSV y elija el archivo. Solo se importan los abonos; cada uno se asocia a una unidad por el RUT de su glosa (propietario, residente o un pagador registrado), el número de unidad o la referencia, o un monto igual a la deuda de una unidad. Nada se guarda hasta que confirme, y un movimiento ya importado nunca se importa de nuevo.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No file chosen</source>
        <translation>Ningún archivo elegido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hoose file…</source>
        <translation>&amp;Elegir archivo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the statement (Ctrl+O)</source>
        <translation>Elegir la cartola (Ctrl+O)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Statement &amp;file</source>
        <translation>&amp;Archivo de la cartola</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bank &amp;account</source>
        <translation>Cuenta &amp;bancaria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank &amp;layout</source>
        <translation>&amp;Formato del banco</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bank layouts</source>
        <translation>Formatos de banco</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Built in</source>
        <translation>Incorporado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved by the office</source>
        <translation>Guardado por la oficina</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Double-click a layout to use it.</source>
        <translation>Doble clic en un formato para usarlo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete layout</source>
        <translation>E&amp;liminar formato</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Detect automatically</source>
        <translation>Detectar automáticamente</translation>
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
    <name>FundContributionDialog</name>
    <message>
        <location filename="../../kastor_desktop/ui/closing/fund_contribution_dialog.py" line="+35"/>
        <source>Contribution to «%1»</source>
        <translation>Aporte a «%1»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the units pay into the fund in %1.</source>
        <translation>Lo que las unidades aportan al fondo en %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Now the community&apos;s default applies.</source>
        <translation>Hoy rige el valor por defecto de la comunidad.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Contribution</source>
        <translation>&amp;Aporte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Percentage *</source>
        <translation>&amp;Porcentaje *</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Of the month&apos;s ordinary expenses, e.g. 5 or 2,5.</source>
        <translation>De los gastos ordinarios del mes, ej.: 5 o 2,5.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Monthly a&amp;mount *</source>
        <translation>&amp;Monto mensual *</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Share &amp;table *</source>
        <translation>&amp;Tabla de prorrateo *</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How the fixed amount is split among the units.</source>
        <translation>Cómo se reparte el monto fijo entre las unidades.</translation>
    </message>
</context>
<context>
    <name>FundContributionsPage</name>
    <message>
        <location filename="../../kastor_desktop/ui/closing/fund_contributions_page.py" line="+33"/>
        <source>Fund</source>
        <translation>Fondo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Contribution</source>
        <translation>Aporte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Percentage</source>
        <translation>Porcentaje</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Share table</source>
        <translation>Tabla de prorrateo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Setting</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community default</source>
        <translation>Por defecto de la comunidad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This month</source>
        <translation>De este mes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fund contributions of %1 (open month)</source>
        <translation>Aportes a fondos de %1 (mes abierto)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fund-contributions.xlsx</source>
        <translation>aportes-a-fondos.xlsx</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fund contributions</source>
        <translation>Aportes a fondos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the units pay into each fund this month. The reserve fund takes the closing settings&apos; default unless the month says otherwise.</source>
        <translation>Lo que las unidades aportan a cada fondo este mes. El fondo de reserva toma el valor por defecto de la configuración del cierre, salvo que el mes indique otro.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit the selected fund&apos;s contribution (Enter)</source>
        <translation>Editar el aporte del fondo seleccionado (Intro)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The community has no funds. Create them in «Funds».</source>
        <translation>La comunidad no tiene fondos. Créelos en «Fondos».</translation>
    </message>
</context>
<context>
    <name>FundDialog</name>
    <message>
        <location filename="../../kastor_desktop/ui/community/fund_dialog.py" line="+26"/>
        <source>Edit fund</source>
        <translation>Editar fondo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New fund</source>
        <translation>Nuevo fondo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fields marked * are required.</source>
        <translation>Los campos marcados con * son obligatorios.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name *</source>
        <translation>&amp;Nombre *</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reserve fund</source>
        <translation>Fondo común de reserva</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other fund</source>
        <translation>Otro fondo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A community has one reserve fund at most.</source>
        <translation>Una comunidad tiene como máximo un fondo común de reserva.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Opening &amp;balance</source>
        <translation>&amp;Saldo inicial</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the fund held at the migration date, in %1.</source>
        <translation>Lo que tenía el fondo a la fecha de la migración, en %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Balance &amp;date</source>
        <translation>&amp;Fecha del saldo</translation>
    </message>
</context>
<context>
    <name>FundsPage</name>
    <message>
        <location filename="../../kastor_desktop/ui/community/funds_page.py" line="+28"/>
        <source>Reserve fund</source>
        <translation>Fondo común de reserva</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other fund</source>
        <translation>Otro fondo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opening balance</source>
        <translation>Saldo inicial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance date</source>
        <translation>Fecha del saldo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>funds.xlsx</source>
        <translation>fondos.xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funds</source>
        <translation>Fondos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The reserve fund and any other funds, with what each held at the migration date.</source>
        <translation>El fondo común de reserva y los demás fondos, con lo que tenía cada uno a la fecha de la migración.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New fund</source>
        <translation>&amp;Nuevo fondo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No funds yet. Use «New fund» (Ctrl+N) to add the reserve fund first.</source>
        <translation>Aún no hay fondos. Use «Nuevo fondo» (Ctrl+N) y agregue primero el fondo común de reserva.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Total: %1</source>
        <translation>Total: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete the fund «%1»?</source>
        <translation>¿Eliminar el fondo «%1»?</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <location filename="../../kastor_desktop/ui/closing/history_page.py" line="+180"/>
        <source>Notices are printed again from the stored closing, so they are always the same document. «Verified» says the stored lines still match the closing&apos;s hash.</source>
        <translation>Los avisos se vuelven a imprimir desde el cierre guardado, por lo que siempre son el mismo documento. «Verificado» indica que las líneas guardadas aún coinciden con el hash del cierre.</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>No closed months yet.</source>
        <translation>Aún no hay meses cerrados.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Does not match</source>
        <translation>No coincide</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closing No.</source>
        <translation>N° de cierre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed on</source>
        <translation>Cerrado el</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed by</source>
        <translation>Cerrado por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notices</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Closed months and notices</source>
        <translation>Meses cerrados y avisos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;View notices</source>
        <translation>&amp;Ver avisos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The month&apos;s notices in one PDF, to read or print</source>
        <translation>Los avisos del mes en un solo PDF, para leerlos o imprimirlos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Unit&apos;s notice</source>
        <translation>Aviso de una &amp;unidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The notice of the unit selected below (double-click a unit)</source>
        <translation>El aviso de la unidad elegida abajo (doble clic en una unidad)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save one PDF per unit…</source>
        <translation>&amp;Guardar un PDF por unidad…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One file per unit in a folder you choose, e.g. to send them by e-mail</source>
        <translation>Un archivo por unidad en la carpeta que elija, por ejemplo para enviarlos por correo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closing &amp;workbook (Excel)</source>
        <translation>&amp;Planilla de cierre (Excel)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;open…</source>
        <translation>&amp;Reabrir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen the last closed month (the reason is required)</source>
        <translation>Reabrir el último mes cerrado (el motivo es obligatorio)</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>%1 is not closed: see it in «Preview and close».</source>
        <translation>%1 no está cerrado: véalo en «Vista previa y cierre».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Notices of %1 — closing No. %2, due %3</source>
        <translation>Avisos de %1 — cierre N° %2, vence el %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hash: %1</source>
        <translation>Hash: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Rendering the notices of %1…</source>
        <translation>Generando los avisos de %1…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rendering the notice of unit %1…</source>
        <translation>Generando el aviso de la unidad %1…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Folder for the notices</source>
        <translation>Carpeta para los avisos</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Cancelled: no file was saved.</source>
        <translation>Cancelado: no se guardó ningún archivo.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n notice(s) saved in %1</source>
        <translation>
            <numerusform>%n aviso guardado en %1</numerusform>
            <numerusform>%n avisos guardados en %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saving one PDF per unit…</source>
        <translation>Guardando un PDF por unidad…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>folios %1–%2</source>
        <translation>folios %1–%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 reopened.</source>
        <translation>%1 reabierto.</translation>
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
    <name>ImportPage</name>
    <message>
        <location filename="../../kastor_desktop/ui/community/import_page.py" line="+67"/>
        <source>Import spreadsheets</source>
        <translation>Importar planillas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the templates, fill them in your spreadsheet program and choose the file. Kastor checks every row and shows what it will add or update; nothing is saved until you confirm, and never while errors remain.</source>
        <translation>Guarde las plantillas, complételas en su programa de planillas y elija el archivo. Kastor revisa cada fila y muestra lo que agregará o actualizará; no se guarda nada hasta que usted confirme, y nunca mientras queden errores.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Check &amp;again</source>
        <translation>&amp;Volver a revisar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Confirm import</source>
        <translation>&amp;Confirmar importación</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the kind of spreadsheet and the file to import.</source>
        <translation>Elija el tipo de planilla y el archivo que desea importar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Spreadsheet:</source>
        <translation>&amp;Planilla:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Units, owners and share tables</source>
        <translation>Unidades, copropietarios y tablas de prorrateo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suppliers</source>
        <translation>Proveedores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workers</source>
        <translation>Trabajadores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chart of accounts</source>
        <translation>Plan de cuentas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening balances and funds</source>
        <translation>Saldos iniciales y fondos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>C&amp;hoose file…</source>
        <translation>&amp;Elegir archivo…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No file chosen</source>
        <translation>No ha elegido un archivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save &amp;templates…</source>
        <translation>&amp;Guardar plantillas…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Changes (before → after)</source>
        <translation>Cambios (antes → después)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Choose the spreadsheet to import</source>
        <translation>Elija la planilla que desea importar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;All files (*)</source>
        <translation>Planillas (*.xlsx *.xlsm *.xls *.ods *.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Tax id</source>
        <translation>RUT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit or fund</source>
        <translation>Unidad o fondo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Checking «%1»…</source>
        <translation>Revisando «%1»…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking the spreadsheet…</source>
        <translation>Revisando la planilla…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Importing «%1»…</source>
        <translation>Importando «%1»…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Importing the spreadsheet…</source>
        <translation>Importando la planilla…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cancelled: nothing was saved.</source>
        <translation>Cancelado: no se guardó nada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder for the templates</source>
        <translation>Carpeta para las plantillas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Templates saved in %1:</source>
        <translation>Plantillas guardadas en %1:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Templates saved</source>
        <translation>Plantillas guardadas</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Imported from «%1»: %2 added, %3 updated, %4 unchanged.</source>
        <translation>Se importó «%1». Agregados: %2; actualizados: %3; sin cambios: %4.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import finished</source>
        <translation>Importación terminada</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file could not be checked.</source>
        <translation>No se pudo revisar el archivo.</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%n error(s): fix them in the file, save it and check again. Nothing will be imported while errors remain.</source>
        <translation>
            <numerusform>%n error: corríjalo en el archivo, guárdelo y vuelva a revisar. No se importará nada mientras queden errores.</numerusform>
            <numerusform>%n errores: corríjalos en el archivo, guárdelo y vuelva a revisar. No se importará nada mientras queden errores.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file is correct. Review the rows and confirm the import.</source>
        <translation>El archivo está correcto. Revise las filas y confirme la importación.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing to import: every row is already up to date.</source>
        <translation>No hay nada que importar: todas las filas ya están al día.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To add (%1)</source>
        <translation>Por agregar (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To update (%1)</source>
        <translation>Por actualizar (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unchanged (%1)</source>
        <translation>Sin cambios (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errors (%1)</source>
        <translation>Errores (%1)</translation>
    </message>
</context>
<context>
    <name>IncomeDialog</name>
    <message>
        <location filename="../../kastor_desktop/ui/closing/income_dialog.py" line="+27"/>
        <source>Edit income</source>
        <translation>Editar ingreso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New income</source>
        <translation>Nuevo ingreso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Income of %1, the open month. Fields marked * are required.</source>
        <translation>Ingreso de %1, el mes abierto. Los campos con * son obligatorios.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Date *</source>
        <translation>&amp;Fecha *</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>D&amp;escription *</source>
        <translation>D&amp;escripción *</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E.g. rent of the rooftop antenna.</source>
        <translation>Ej.: arriendo de la antena de la azotea.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A&amp;mount *</source>
        <translation>&amp;Monto *</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Fund</source>
        <translation>F&amp;ondo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The fund this income is credited to, if any.</source>
        <translation>El fondo al que se abona este ingreso, si corresponde.</translation>
    </message>
</context>
<context>
    <name>IncomePage</name>
    <message>
        <location filename="../../kastor_desktop/ui/closing/income_page.py" line="+29"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fund</source>
        <translation>Fondo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other income of %1 (open month)</source>
        <translation>Otros ingresos de %1 (mes abierto)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other-income.xlsx</source>
        <translation>otros-ingresos.xlsx</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other income</source>
        <translation>Otros ingresos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Income not charged to the units: rent of an antenna, bank interest, a refund. The notice shows the month&apos;s total.</source>
        <translation>Ingresos que no se cobran a las unidades: arriendo de una antena, intereses bancarios, un reembolso. El aviso muestra el total del mes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;New income</source>
        <translation>&amp;Nuevo ingreso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No other income in the month. Use «New income» (Ctrl+N).</source>
        <translation>No hay otros ingresos en el mes. Use «Nuevo ingreso» (Ctrl+N).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Total: %1</source>
        <translation>Total: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete the income «%1» of %2?</source>
        <translation>¿Eliminar el ingreso «%1» de %2?</translation>
    </message>
</context>
<context>
    <name>LogoCropDialog</name>
    <message>
        <location filename="../../kastor_desktop/ui/office/logo_crop_dialog.py" line="+55"/>
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
        <location filename="../../kastor_desktop/ui/main_window.py" line="+42"/>
        <source>Kastor Desktop</source>
        <translation>Kastor Desktop</translation>
    </message>
    <message>
        <location line="+39"/>
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
        <location line="+18"/>
        <source>Entered %1</source>
        <translation>Ingresó a %1</translation>
    </message>
</context>
<context>
    <name>MappingPanel</name>
    <message>
        <location filename="../../kastor_desktop/ui/collection/bank_mapping_panel.py" line="+47"/>
        <source>The file&apos;s first rows, under the column names found:</source>
        <translation>Las primeras filas del archivo, bajo los nombres de columna encontrados:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Column names in another row? Select that row and use it.</source>
        <translation>¿Los nombres de columna están en otra fila? Selecciónela y úsela.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Use row as column names</source>
        <translation>&amp;Usar fila como nombres de columna</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Columns of this bank&apos;s statement</source>
        <translation>Columnas de la cartola de este banco</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Date *</source>
        <translation>&amp;Fecha *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;escription *</source>
        <translation>Des&amp;cripción *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;ference</source>
        <translation>Refere&amp;ncia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Credits (deposits)</source>
        <translation>&amp;Abonos (depósitos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debi&amp;ts (charges)</source>
        <translation>Car&amp;gos (giros)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Si&amp;gned amount</source>
        <translation>Monto con &amp;signo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ba&amp;lance</source>
        <translation>Sa&amp;ldo</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose either the credits column or a signed amount (credits positive). Only credits are imported.</source>
        <translation>Elija la columna de abonos o la de monto con signo (abonos positivos). Solo se importan los abonos.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Preset name, e.g. Banco Estado</source>
        <translation>Nombre del formato, p. ej. Banco Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as &amp;preset…</source>
        <translation>Guardar como forma&amp;to…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>— not in this file —</source>
        <translation>— no está en este archivo —</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Type a name for the preset.</source>
        <translation>Escriba un nombre para el formato.</translation>
    </message>
</context>
<context>
    <name>MasterDialog</name>
    <message>
        <location filename="../../kastor_desktop/ui/community/master_dialog.py" line="+161"/>
        <source>dd-mm-yyyy</source>
        <translation>dd-mm-aaaa</translation>
    </message>
</context>
<context>
    <name>MasterPage</name>
    <message>
        <location filename="../../kastor_desktop/ui/community/master_page.py" line="+54"/>
        <source>Search… (Ctrl+F)</source>
        <translation>Buscar… (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit the selected row (Enter)</source>
        <translation>Editar la fila seleccionada (Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
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
    <name>MeterSetDialog</name>
    <message>
        <location filename="../../kastor_desktop/ui/closing/meter_set_dialog.py" line="+38"/>
        <source>Meter: %1</source>
        <translation>Medidor: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 in %2. Without a price the readings only split an expense «Por consumo».</source>
        <translation>%1 en %2. Sin precio, las lecturas solo reparten un gasto «Por consumo».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Account</source>
        <translation>&amp;Cuenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The account the consumption is charged through; needed with a price.</source>
        <translation>La cuenta con que se cobra el consumo; obligatoria si hay precio.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Price per m³</source>
        <translation>&amp;Precio por m³</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In pesos, up to 6 decimals, e.g. 1.234,5678.</source>
        <translation>En pesos, hasta 6 decimales, ej.: 1.234,5678.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Main meter, p&amp;revious</source>
        <translation>Medidor general, &amp;anterior</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Main meter, c&amp;urrent</source>
        <translation>Medidor general, ac&amp;tual</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A main meter reading more than the units together spreads the difference.</source>
        <translation>Si el medidor general marca más que las unidades juntas, la diferencia se reparte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Digits of the meters</source>
        <translation>&amp;Dígitos de los medidores</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E.g. 5 for a meter up to 99.999; empty if it never rolls over.</source>
        <translation>Ej.: 5 para un medidor hasta 99.999; vacío si nunca da la vuelta.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Natu&amp;re</source>
        <translation>&amp;Naturaleza</translation>
    </message>
</context>
<context>
    <name>MetersPage</name>
    <message>
        <location filename="../../kastor_desktop/ui/closing/meters_page.py" line="+68"/>
        <source>Meter readings</source>
        <translation>Lecturas de medidores</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Configure each metered service of the month, then type the units&apos; readings. The consumption is worked out as you type; «Save readings» (Ctrl+S) keeps them all.</source>
        <translation>Configure cada servicio medido del mes y luego escriba las lecturas de las unidades. El consumo se calcula mientras escribe; «Guardar lecturas» (Ctrl+S) las guarda todas.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&amp;Configure meter…</source>
        <translation>&amp;Configurar medidor…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete meter</source>
        <translation>&amp;Eliminar medidor</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price/m³</source>
        <translation>Precio/m³</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Main meter</source>
        <translation>Medidor general</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digits</source>
        <translation>Dígitos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Find unit…</source>
        <translation>Buscar unidad…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Revert</source>
        <translation>&amp;Descartar cambios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save readings</source>
        <translation>&amp;Guardar lecturas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Previous reading</source>
        <translation>Lectura anterior</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Current reading</source>
        <translation>Lectura actual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consumption</source>
        <translation>Consumo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rolled over</source>
        <translation>dio la vuelta</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Meter readings of %1 (open month)</source>
        <translation>Lecturas de medidores de %1 (mes abierto)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Readings of %1 — type a reading and press Enter; leave the current reading empty for a unit not read.</source>
        <translation>Lecturas de %1: escriba una lectura y presione Intro; deje vacía la lectura actual de una unidad no leída.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not configured this month: the readings may still be typed; configure it to charge the consumption at a price.</source>
        <translation>Sin configurar este mes: igual puede escribir las lecturas; configúrelo para cobrar el consumo a un precio.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+128"/>
        <source>Unsaved readings</source>
        <translation>Lecturas sin guardar</translation>
    </message>
    <message>
        <location line="-127"/>
        <location line="+128"/>
        <source>Discard the readings of %1 not saved?</source>
        <translation>¿Descartar las lecturas de %1 sin guardar?</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>Units: %1</source>
        <translation>Unidades: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Main meter: no readings</source>
        <translation>Medidor general: sin lecturas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Main meter: %1</source>
        <translation>Medidor general: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Difference to spread: %1</source>
        <translation>Diferencia a repartir: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n meter(s) rolled over</source>
        <translation>
            <numerusform>%n medidor dio la vuelta</numerusform>
            <numerusform>%n medidores dieron la vuelta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+56"/>
        <source>Delete the meter of %1 and its %n reading(s) of the month?</source>
        <translation>
            <numerusform>¿Eliminar el medidor de %1 y su %n lectura del mes?</numerusform>
            <numerusform>¿Eliminar el medidor de %1 y sus %n lecturas del mes?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete meter</source>
        <translation>Eliminar medidor</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Fix the readings first:</source>
        <translation>Corrija primero las lecturas:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Readings of %1 saved.</source>
        <translation>Lecturas de %1 guardadas.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No reading was saved:</source>
        <translation>No se guardó ninguna lectura:</translation>
    </message>
</context>
<context>
    <name>MonthScreen</name>
    <message>
        <location filename="../../kastor_desktop/ui/closing/month_screen.py" line="+89"/>
        <source>Find unit or owner… (Ctrl+F)</source>
        <translation>Buscar unidad o propietario… (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Closing workbook</source>
        <translation>Planilla de cierre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Closing workbook saved in %1</source>
        <translation>Planilla de cierre guardada en %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writing the closing workbook…</source>
        <translation>Escribiendo la planilla de cierre…</translation>
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
    <name>PayersPanel</name>
    <message>
        <location filename="../../kastor_desktop/ui/collection/payers_panel.py" line="+40"/>
        <source>Registered payers</source>
        <translation>Pagadores registrados</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>People who pay for this unit besides its owner and residents. Their RUT in a transfer matches it to the unit when a bank statement is imported.</source>
        <translation>Personas que pagan por esta unidad además de su propietario y residentes. Su RUT en una transferencia la asocia a la unidad al importar una cartola.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>RUT</source>
        <translation>RUT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>RU&amp;T</source>
        <translation>RU&amp;T</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Na&amp;me</source>
        <translation>No&amp;mbre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A&amp;dd payer</source>
        <translation>A&amp;gregar pagador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remo&amp;ve</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Remove %1 from the unit&apos;s payers?</source>
        <translation>¿Quitar a %1 de los pagadores de la unidad?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove payer</source>
        <translation>Quitar pagador</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../kastor_desktop/ui/collection/payment_dialog.py" line="+40"/>
        <source>Record payment</source>
        <translation>Registrar pago</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The payment settles the unit&apos;s oldest debt first; what is left stays as credit. Fields marked * are required.</source>
        <translation>El pago salda primero la deuda más antigua de la unidad; lo que sobra queda a favor. Los campos marcados con * son obligatorios.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Unit *</source>
        <translation>&amp;Unidad *</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the number or part of the owner&apos;s name.</source>
        <translation>Escriba el número o parte del nombre del propietario.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Date *</source>
        <translation>&amp;Fecha *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;mount *</source>
        <translation>&amp;Monto *</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Me&amp;thod *</source>
        <translation>Medio de &amp;pago *</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Re&amp;ference</source>
        <translation>&amp;Referencia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transfer number, cheque number or deposit slip.</source>
        <translation>N° de transferencia, de cheque o de comprobante de depósito.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Bank account</source>
        <translation>Cuenta &amp;bancaria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The community&apos;s account the money reached.</source>
        <translation>La cuenta de la comunidad a la que llegó el dinero.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Paid by</source>
        <translation>Pagado p&amp;or</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name or RUT of whoever paid, if not the owner.</source>
        <translation>Nombre o RUT de quien pagó, si no es el propietario.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Record</source>
        <translation>Re&amp;gistrar</translation>
    </message>
</context>
<context>
    <name>PaymentsPage</name>
    <message>
        <location filename="../../kastor_desktop/ui/collection/payments_page.py" line="+66"/>
        <source>Receipt No.</source>
        <translation>N° recibo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Propietario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>Medio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid by</source>
        <translation>Pagado por</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt, unit, owner, reference… (Ctrl+F)</source>
        <translation>Recibo, unidad, propietario, referencia… (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each payment settles the unit&apos;s oldest debt first. A wrong payment is voided with its reason, never deleted. The bank icon marks payments imported from a bank statement.</source>
        <translation>Cada pago salda primero la deuda más antigua de la unidad. Un pago erróneo se anula con su motivo, nunca se borra. El ícono del banco marca los pagos importados de una cartola.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No payments yet. Record one with «Record payment» (Ctrl+N) or import a bank statement.</source>
        <translation>Aún no hay pagos. Registre uno con «Registrar pago» (Ctrl+N) o importe una cartola.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>any</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;To</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show vo&amp;ided</source>
        <translation>Mostrar a&amp;nulados</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Record payment</source>
        <translation>&amp;Registrar pago</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re&amp;ceipt</source>
        <translation>Re&amp;cibo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>See and print the selected receipt (Enter)</source>
        <translation>Ver e imprimir el recibo elegido (Intro)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Void…</source>
        <translation>&amp;Anular…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unit &amp;account</source>
        <translation>C&amp;uenta de la unidad</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The payments received between the dates shown, as Excel or PDF</source>
        <translation>Los pagos recibidos entre las fechas indicadas, en Excel o PDF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unallocated cr&amp;edits…</source>
        <translation>Saldos a &amp;favor…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The units holding payments not yet used by any charge, as Excel or PDF</source>
        <translation>Las unidades con pagos aún no usados por ningún cargo, en Excel o PDF</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Voided</source>
        <translation>Anulado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In a notice</source>
        <translation>Contado en aviso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid</source>
        <translation>Vigente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bank statement</source>
        <translation>Cartola</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recorded</source>
        <translation>Registrado</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>%n payment(s): %1</source>
        <translation>
            <numerusform>%n pago: %1</numerusform>
            <numerusform>%n pagos: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n voided (not added)</source>
        <translation>
            <numerusform>%n anulado (no sumado)</numerusform>
            <numerusform>%n anulados (no sumados)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Payment recorded with receipt No. %1.</source>
        <translation>Pago registrado con el recibo N° %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Payment recorded</source>
        <translation>Pago registrado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open it?</source>
        <translation>¿Abrirlo?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Receipt No. %1 voided.</source>
        <translation>Recibo N° %1 anulado.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Preparing the receipt…</source>
        <translation>Preparando el recibo…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Payments received</source>
        <translation>Pagos recibidos</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Writing the payments report…</source>
        <translation>Escribiendo el informe de pagos…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unallocated credits</source>
        <translation>Saldos a favor sin aplicar</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Writing the unallocated credits report…</source>
        <translation>Escribiendo el informe de saldos a favor…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved in %1</source>
        <translation>Guardado en %1</translation>
    </message>
</context>
<context>
    <name>PdfViewer</name>
    <message>
        <location filename="../../kastor_desktop/ui/closing/pdf_viewer.py" line="+58"/>
        <source>Could not open %1.</source>
        <translation>No se pudo abrir %1.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>‹ &amp;Previous</source>
        <translation>‹ &amp;Anterior</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Previous page (PgUp)</source>
        <translation>Página anterior (RePág)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Next ›</source>
        <translation>&amp;Siguiente ›</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next page (PgDn)</source>
        <translation>Página siguiente (AvPág)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Alejar (Ctrl+-)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fit &amp;width</source>
        <translation>Ajustar al anc&amp;ho</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fit the page to the width</source>
        <translation>Ajustar la página al ancho (Ctrl+0)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom in (Ctrl++)</source>
        <translation>Acercar (Ctrl++)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Print (Ctrl+P)</source>
        <translation>Imprimir (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;folder</source>
        <translation>Abrir ca&amp;rpeta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the file in its folder: %1</source>
        <translation>Mostrar el archivo en su carpeta: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Print %1</source>
        <translation>Imprimir %1</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../kastor_desktop/ui/community/people_page.py" line="+34"/>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail and paper</source>
        <translation>Correo y papel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Owner of</source>
        <translation>Copropietario de</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resident of</source>
        <translation>Residente de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mails</source>
        <translation>Correos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phones</source>
        <translation>Teléfonos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notices</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal address</source>
        <translation>Dirección postal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>owners-and-residents.xlsx</source>
        <translation>copropietarios-y-residentes.xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owners and residents</source>
        <translation>Copropietarios y residentes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search by name, %1, unit, e-mail or phone</source>
        <translation>Buscar por nombre, %1, unidad, correo o teléfono</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;New person</source>
        <translation>&amp;Nueva persona</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit the selected row (Enter)</source>
        <translation>Editar la fila seleccionada (Enter)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nobody yet. Owners and residents appear here once they are assigned to a unit (in «Units», or by importing a spreadsheet).</source>
        <translation>Aún no hay nadie. Los copropietarios y residentes aparecen aquí cuando se les asigna una unidad (en «Unidades», o al importar una planilla).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 was saved. Assign them to a unit (owner or resident) to list them here.</source>
        <translation>Se guardó a %1. Asígnele una unidad (como copropietario o residente) para que aparezca en esta lista.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../kastor_desktop/ui/community/person_dialog.py" line="+40"/>
        <source>Edit owner or resident</source>
        <translation>Editar copropietario o residente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New owner or resident</source>
        <translation>Nuevo copropietario o residente</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A person is the same in every community of the office: their %1 identifies them. Fields marked * are required.</source>
        <translation>Una persona es la misma en todas las comunidades de la administración: su %1 la identifica. Los campos marcados con * son obligatorios.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Name *</source>
        <translation>&amp;Nombre *</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E-&amp;mails</source>
        <translation>&amp;Correos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Separate several with «;».</source>
        <translation>Separe varios con «;».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Phones</source>
        <translation>Te&amp;léfonos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Example: +56 9 8765 4321; separate several with «;».</source>
        <translation>Ejemplo: +56 9 8765 4321; separe varios con «;».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Postal &amp;address</source>
        <translation>&amp;Dirección postal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where paper notices are sent, when not to the unit.</source>
        <translation>Adónde se envían los avisos en papel, si no es a la unidad.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>By e-mail</source>
        <translation>Por correo electrónico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On paper</source>
        <translation>En papel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By e-mail and on paper</source>
        <translation>Por correo electrónico y en papel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>N&amp;otices</source>
        <translation>&amp;Avisos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Owner of: %1 · Resident of: %2</source>
        <translation>Copropietario de: %1 · Residente de: %2</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location line="+52"/>
        <source>%1 or name</source>
        <translation>%1 o nombre</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not registered yet</source>
        <translation>Aún no registrada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Register…</source>
        <translation>Registrar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New person…</source>
        <translation>Nueva persona…</translation>
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
        <location line="+38"/>
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
    <name>RecurringDialog</name>
    <message>
        <location filename="../../kastor_desktop/ui/closing/recurring_dialog.py" line="+27"/>
        <source>Edit recurring expense</source>
        <translation>Editar gasto recurrente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New recurring expense</source>
        <translation>Nuevo gasto recurrente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Proposed every month as an expense dated the 1st, to review and confirm. Fields marked * are required.</source>
        <translation>Se propone cada mes como un gasto con fecha del día 1, para revisarlo y confirmarlo. Los campos con * son obligatorios.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Worker</source>
        <translation>&amp;Trabajador</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For salaries: the worker paid.</source>
        <translation>Para sueldos: el trabajador al que se paga.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>D&amp;escription *</source>
        <translation>D&amp;escripción *</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A&amp;mount *</source>
        <translation>&amp;Monto *</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Natu&amp;re</source>
        <translation>&amp;Naturaleza</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Propose it every month</source>
        <translation>Proponerlo cada mes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ac&amp;tive</source>
        <translation>Acti&amp;vo</translation>
    </message>
</context>
<context>
    <name>RecurringPage</name>
    <message>
        <location filename="../../kastor_desktop/ui/closing/recurring_page.py" line="+30"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supplier or worker</source>
        <translation>Proveedor o trabajador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prorating</source>
        <translation>Prorrateo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nature</source>
        <translation>Naturaleza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>recurring-expenses.xlsx</source>
        <translation>gastos-recurrentes.xlsx</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recurring expenses</source>
        <translation>Gastos recurrentes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expenses that repeat every month. «Propose in the open month» adds the active ones as expenses dated the 1st, to review and confirm in «Expenses of the month».</source>
        <translation>Gastos que se repiten cada mes. «Proponer en el mes abierto» agrega los activos como gastos con fecha del día 1, para revisarlos y confirmarlos en «Gastos del mes».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;New recurring expense</source>
        <translation>&amp;Nuevo gasto recurrente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Propose in the open month</source>
        <translation>&amp;Proponer en el mes abierto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No recurring expenses yet. Use «New recurring expense» (Ctrl+N).</source>
        <translation>Aún no hay gastos recurrentes. Use «Nuevo gasto recurrente» (Ctrl+N).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add the active recurring expenses to %1, to confirm.</source>
        <translation>Agrega los gastos recurrentes activos a %1, para confirmarlos.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete the recurring expense «%1»? Expenses already proposed stay in their month.</source>
        <translation>¿Eliminar el gasto recurrente «%1»? Los gastos ya propuestos se quedan en su mes.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n expense(s) proposed in %1: confirm them in «Expenses of the month».</source>
        <translation>
            <numerusform>%n gasto propuesto en %1: confírmelo en «Gastos del mes».</numerusform>
            <numerusform>%n gastos propuestos en %1: confírmelos en «Gastos del mes».</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every active recurring expense is already in %1.</source>
        <translation>Todos los gastos recurrentes activos ya están en %1.</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <location filename="../../kastor_desktop/ui/closing/closing_dialogs.py" line="+27"/>
        <source>Reopen a closed month</source>
        <translation>Reabrir un mes cerrado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reopen %1?</source>
        <translation>¿Reabrir %1?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The closing is reversed as a whole: its charges stop counting and its notices%1 are voided. Payments recorded are kept and appear again on the next notice. The month opens again for corrections and must be closed again.</source>
        <translation>El cierre se revierte completo: sus cargos dejan de contar y sus avisos%1 quedan anulados. Los pagos registrados se conservan y vuelven a aparecer en el próximo aviso. El mes se abre de nuevo para corregirlo y debe volver a cerrarse.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>For example: an invoice of the month was missing</source>
        <translation>Por ejemplo: faltó una factura del mes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Required; it is kept in the audit log.</source>
        <translation>Obligatorio; queda en el registro de auditoría.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I understand that the notices are voided and the payments are kept</source>
        <translation>Entiendo que los avisos se anulan y los pagos se conservan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re&amp;open the month</source>
        <translation>&amp;Reabrir el mes</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Write the reason for reopening (at least 5 characters).</source>
        <translation>Indique el motivo de la reapertura (al menos 5 caracteres).</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../kastor_desktop/ui/office/users_dialog.py" line="+175"/>
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
    <name>ReviewPanel</name>
    <message>
        <location filename="../../kastor_desktop/ui/collection/bank_review_panel.py" line="+112"/>
        <source>All (%1)</source>
        <translation>Todas (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matched (%1)</source>
        <translation>Asociadas (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ambiguous (%1)</source>
        <translation>Ambiguas (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unmatched (%1)</source>
        <translation>Sin asociar (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicates (%1)</source>
        <translation>Duplicadas (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errors (%1)</source>
        <translation>Errores (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>matched %1</source>
        <translation>asociadas %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ambiguous %1</source>
        <translation>ambiguas %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unmatched %1</source>
        <translation>sin asociar %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>duplicates %1</source>
        <translation>duplicadas %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>errors %1</source>
        <translation>errores %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>«%1»: %n credit(s) read</source>
        <translation>
            <numerusform>«%1»: %n abono leído</numerusform>
            <numerusform>«%1»: %n abonos leídos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n debit(s) ignored</source>
        <translation>
            <numerusform>%n cargo ignorado</numerusform>
            <numerusform>%n cargos ignorados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>Confirming imports %n payment(s) for %1</source>
        <translation>
            <numerusform>Al confirmar se importa %n pago por %1</numerusform>
            <numerusform>Al confirmar se importan %n pagos por %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n row(s) skipped</source>
        <translation>
            <numerusform>%n fila omitida</numerusform>
            <numerusform>%n filas omitidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n duplicate(s) never imported</source>
        <translation>
            <numerusform>%n duplicada, nunca se importa</numerusform>
            <numerusform>%n duplicadas, nunca se importan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <location filename="../../kastor_desktop/ui/office/role_dialog.py" line="+50"/>
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
        <source>roles.xlsx</source>
        <translation>roles.xlsx</translation>
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
    <name>SharesPage</name>
    <message>
        <location filename="../../kastor_desktop/ui/community/shares_page.py" line="+51"/>
        <source>Share tables</source>
        <translation>Tablas de prorrateo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each table gives a percentage to every unit in it, with up to 6 decimals; an expense is prorated by one table. A table must sum exactly 100 % to close a month.</source>
        <translation>Cada tabla asigna un porcentaje a cada unidad que la integra, con hasta 6 decimales; un gasto se prorratea según una sola tabla. Para cerrar un mes, la tabla debe sumar exactamente 100 %.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&amp;New table</source>
        <translation>&amp;Nueva tabla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;name</source>
        <translation>&amp;Renombrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No share tables yet. Create «General» with «New table» (Ctrl+N).</source>
        <translation>Aún no hay tablas de prorrateo. Cree «General» con «Nueva tabla» (Ctrl+N).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Compute from &amp;m²</source>
        <translation>Calcular por &amp;m²</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compute from fiscal &amp;valuation</source>
        <translation>Calcular por &amp;avalúo fiscal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Revert</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport to Excel…</source>
        <translation>E&amp;xportar a Excel…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Find unit…</source>
        <translation>Buscar unidad…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only units in this table</source>
        <translation>Solo las unidades de esta tabla</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+196"/>
        <source>m²</source>
        <translation>m²</translation>
    </message>
    <message>
        <location line="-195"/>
        <source>Fiscal valuation</source>
        <translation>Avalúo fiscal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>% (6 decimals)</source>
        <translation>% (6 decimales)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Percentages of «%1» — type a value and press Enter; leave it empty to take the unit out of the table.</source>
        <translation>Porcentajes de «%1»: escriba un valor y presione Enter; déjelo vacío para sacar la unidad de la tabla.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Unsaved percentages</source>
        <translation>Porcentajes sin guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard the changes not saved in «%1»?</source>
        <translation>¿Descartar los cambios no guardados en «%1»?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 units · Sum %2 % · Difference %3 %</source>
        <translation>Unidades: %1 · Suma %2 % · Diferencia %3 %</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>correct the values in red</source>
        <translation>corrija los valores en rojo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sums exactly 100 %</source>
        <translation>suma exactamente 100 %</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>must sum exactly 100 %</source>
        <translation>debe sumar exactamente 100 %</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Name of the table:</source>
        <translation>Nombre de la tabla:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>New share table</source>
        <translation>Nueva tabla de prorrateo</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Rename share table</source>
        <translation>Renombrar tabla de prorrateo</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete the share table «%1» and the percentages of its %2 units?</source>
        <translation>¿Eliminar la tabla de prorrateo «%1» y los porcentajes de sus unidades (%2)?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete share table</source>
        <translation>Eliminar tabla de prorrateo</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>fiscal valuation</source>
        <translation>avalúo fiscal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compute percentages</source>
        <translation>Calcular porcentajes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the percentages of «%1» with values computed from %2?</source>
        <translation>¿Reemplazar los porcentajes de «%1» por valores calculados por %2?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Computed from %1: not saved yet.</source>
        <translation>Calculados por %1: aún no se guardan.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Saving percentages…</source>
        <translation>Guardando porcentajes…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Export to Excel</source>
        <translation>Exportar a Excel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Exporting to Excel…</source>
        <translation>Exportando a Excel…</translation>
    </message>
</context>
<context>
    <name>SideNav</name>
    <message>
        <location filename="../../kastor_desktop/ui/pages.py" line="+188"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There are unsaved changes in %1. Leave without saving?</source>
        <translation>Hay cambios sin guardar en %1. ¿Salir sin guardar?</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../kastor_desktop/ui/signin.py" line="+35"/>
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
        <location line="+15"/>
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
        <location line="+10"/>
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
        <location line="+13"/>
        <source>Signature on notices</source>
        <translation>Firma en los avisos de cobro</translation>
    </message>
    <message>
        <location line="+25"/>
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
    <name>SupplierDialog</name>
    <message>
        <location filename="../../kastor_desktop/ui/community/supplier_dialog.py" line="+24"/>
        <source>Edit supplier</source>
        <translation>Editar proveedor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New supplier</source>
        <translation>Nuevo proveedor</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <source>&amp;Business line</source>
        <translation>&amp;Giro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the supplier does, e.g. lift maintenance.</source>
        <translation>A qué se dedica el proveedor, p. ej. mantención de ascensores.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Contact person</source>
        <translation>&amp;Persona de contacto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-&amp;mail</source>
        <translation>&amp;Correo electrónico</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Phone</source>
        <translation>Te&amp;léfono</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Example: +56 9 8765 4321</source>
        <translation>Ejemplo: +56 9 8765 4321</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>B&amp;ank</source>
        <translation>&amp;Banco</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bank acc&amp;ount</source>
        <translation>Cuent&amp;a bancaria</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where the supplier&apos;s invoices are paid.</source>
        <translation>Donde se pagan las facturas del proveedor.</translation>
    </message>
</context>
<context>
    <name>SuppliersPage</name>
    <message>
        <location filename="../../kastor_desktop/ui/community/suppliers_page.py" line="+33"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business line</source>
        <translation>Giro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Contacto</translation>
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
        <source>Bank</source>
        <translation>Banco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>suppliers.xlsx</source>
        <translation>proveedores.xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suppliers</source>
        <translation>Proveedores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New supplier</source>
        <translation>&amp;Nuevo proveedor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No suppliers yet. Use «New supplier» (Ctrl+N) or import them from a spreadsheet.</source>
        <translation>Aún no hay proveedores. Use «Nuevo proveedor» (Ctrl+N) o impórtelos desde una planilla.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete the supplier «%1»?</source>
        <translation>¿Eliminar el proveedor «%1»?</translation>
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
        <location line="+86"/>
        <source>E&amp;xport to Excel…</source>
        <translation>E&amp;xportar a Excel…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export to Excel</source>
        <translation>Exportar a Excel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 rows exported to %2</source>
        <translation>%1 filas exportadas a %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exporting to Excel…</source>
        <translation>Exportando a Excel…</translation>
    </message>
    <message>
        <location line="+52"/>
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
    <name>TablesView</name>
    <message>
        <location filename="../../kastor_desktop/ui/community/share_tables.py" line="+35"/>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Units</source>
        <translation>Unid.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sum %</source>
        <translation>Suma %</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Difference %</source>
        <translation>Diferencia %</translation>
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
    <name>UnitDialog</name>
    <message>
        <location filename="../../kastor_desktop/ui/community/unit_dialog.py" line="+49"/>
        <source>Unit %1</source>
        <translation>Unidad %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New unit</source>
        <translation>Nueva unidad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fields marked * are required.</source>
        <translation>Los campos marcados con * son obligatorios.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Number *</source>
        <translation>&amp;Número *</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tower</source>
        <translation>T&amp;orre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;loor</source>
        <translation>&amp;Piso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Area (m²)</source>
        <translation>&amp;Superficie (m²)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Up to 2 decimals, e.g. 55,20.</source>
        <translation>Hasta 2 decimales, p. ej. 55,20.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Fiscal valuation</source>
        <translation>&amp;Avalúo fiscal</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Delivery date</source>
        <translation>&amp;Fecha de entrega</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Charges start in proportion to the days owned.</source>
        <translation>El primer cobro es proporcional a los días desde la entrega.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Owner</source>
        <translation>&amp;Copropietario</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Resident</source>
        <translation>&amp;Residente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Main unit</source>
        <translation>&amp;Unidad principal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For a parking spot or storage room: the unit it belongs to (one notice).</source>
        <translation>Para un estacionamiento o una bodega: la unidad a la que pertenece (un solo aviso de cobro).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No&amp;tes</source>
        <translation>Observacion&amp;es</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ctive (charged at closing)</source>
        <translation>Acti&amp;va (se cobra en el cierre)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Owner</source>
        <translation>Copropietario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resident</source>
        <translation>Residente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shares</source>
        <translation>Alícuotas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sub-units</source>
        <translation>Unidades asociadas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Part of</source>
        <translation>Pertenece a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Estado de cuenta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Coming with payments.</source>
        <translation>Disponible con el módulo de pagos.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nobody</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Notices: %1</source>
        <translation>Avisos: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not in any share table.</source>
        <translation>No está en ninguna tabla de prorrateo.</translation>
    </message>
</context>
<context>
    <name>UnitsPage</name>
    <message>
        <location filename="../../kastor_desktop/ui/community/units_page.py" line="+102"/>
        <source>units.xlsx</source>
        <translation>unidades.xlsx</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search by unit, owner, %1, resident or tower</source>
        <translation>Buscar por unidad, copropietario, %1, residente o torre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;New unit</source>
        <translation>&amp;Nueva unidad</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No units yet. Use «New unit» (Ctrl+N) or import units, owners and shares from a spreadsheet in «Import spreadsheets».</source>
        <translation>Aún no hay unidades. Use «Nueva unidad» (Ctrl+N) o importe unidades, copropietarios y alícuotas desde una planilla en «Importar planillas».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tower</source>
        <translation>Torre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Floor</source>
        <translation>Piso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>m²</source>
        <translation>m²</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Owner</source>
        <translation>Copropietario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner %1</source>
        <translation>%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resident</source>
        <translation>Residente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main unit</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n without owner</source>
        <translation>
            <numerusform>%n sin copropietario</numerusform>
            <numerusform>%n sin copropietario</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Delete the unit «%1»? Its percentages in the share tables are deleted with it.</source>
        <translation>¿Eliminar la unidad «%1»? También se eliminan sus porcentajes en las tablas de prorrateo.</translation>
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
        <source>users.xlsx</source>
        <translation>usuarios.xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No users. Use «New user» (Ctrl+N).</source>
        <translation>No hay usuarios. Use «Nuevo usuario» (Ctrl+N).</translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <location filename="../../kastor_desktop/ui/collection/void_dialog.py" line="+29"/>
        <source>Void receipt No. %1</source>
        <translation>Anular el recibo N° %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Receipt No. %1 of unit %2: %3 received on %4 (%5).</source>
        <translation>Recibo N° %1 de la unidad %2: %3 recibidos el %4 (%5).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The payment is not deleted: it stays listed as voided, stops counting in the unit&apos;s account and the other payments settle its debts again.</source>
        <translation>El pago no se borra: queda en la lista como anulado, deja de contar en la cuenta de la unidad y los demás pagos vuelven a saldar sus deudas.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>E.g. recorded twice; the bank rejected it.</source>
        <translation>P. ej.: registrado dos veces; el banco lo rechazó.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason *</source>
        <translation>&amp;Motivo *</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Void payment</source>
        <translation>&amp;Anular pago</translation>
    </message>
</context>
<context>
    <name>WorkerDialog</name>
    <message>
        <location filename="../../kastor_desktop/ui/community/worker_dialog.py" line="+24"/>
        <source>Edit worker</source>
        <translation>Editar trabajador</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New worker</source>
        <translation>Nuevo trabajador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fields marked * are required.</source>
        <translation>Los campos marcados con * son obligatorios.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Full &amp;name *</source>
        <translation>&amp;Nombre completo *</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Role</source>
        <translation>&amp;Cargo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E.g. concierge, cleaner.</source>
        <translation>P. ej. conserje, auxiliar de aseo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Hire date</source>
        <translation>&amp;Fecha de ingreso</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Salary basis</source>
        <translation>&amp;Sueldo base</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Monthly gross salary in %1.</source>
        <translation>Sueldo bruto mensual en %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Social se&amp;curity</source>
        <translation>&amp;Previsión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pension fund, health insurance, safety mutual…</source>
        <translation>AFP, salud (Fonasa o isapre), mutual de seguridad…</translation>
    </message>
</context>
<context>
    <name>WorkersPage</name>
    <message>
        <location filename="../../kastor_desktop/ui/community/workers_page.py" line="+32"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hire date</source>
        <translation>Ingreso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Salary basis</source>
        <translation>Sueldo base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social security</source>
        <translation>Previsión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>workers.xlsx</source>
        <translation>trabajadores.xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workers</source>
        <translation>Trabajadores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New worker</source>
        <translation>&amp;Nuevo trabajador</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No workers yet. Use «New worker» (Ctrl+N) or import them from a spreadsheet.</source>
        <translation>Aún no hay trabajadores. Use «Nuevo trabajador» (Ctrl+N) o impórtelos desde una planilla.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete the worker «%1»?</source>
        <translation>¿Eliminar al trabajador «%1»?</translation>
    </message>
</context>
</TS>
