import { type Catalogue } from './shape';

export const es: Catalogue = {
  app: { title: 'Consola de recompra', language: 'Idioma', navigation: 'Navegación principal', signOut: 'Cerrar sesión' },
  nav: {
    newTradeIn: 'Nueva recompra', storeIntake: 'Controles de entrada', boxes: 'Cajas', tradeIns: 'Recompras',
    queue: 'Cola de evaluación', dock: 'Recepción en muelle', boxReceipt: 'Recepción de cajas',
    workQueues: 'Colas de trabajo', search: 'Búsqueda', priceTables: 'Tablas de precios', partners: 'Socios y claves',
    staffTokens: 'Tokens de empleado',
  },
  role: { store_staff: 'Tienda', grader: 'Centro de evaluación', ops: 'Operaciones' },
  signIn: {
    token: 'Token de empleado', tokenHelp: 'Pegue o escanee el token que le dio su responsable', submit: 'Iniciar sesión', signedOut: 'Se ha cerrado su sesión',
    demo: 'Demo (solo desarrollo)', asClerk: 'Entrar como dependiente demo', asGrader: 'Entrar como técnico demo', asOps: 'Entrar como operaciones demo',
    invalid: { MALFORMED: 'Esto no es un token de empleado', NOT_STAFF: 'Este token no es para personal de tienda, centro u operaciones', EXPIRED: 'Este token ha caducado' },
  },
  common: {
    pending: 'Pendiente: esperando al servidor', noAnswer: 'Sin respuesta del servidor', retry: 'Reintentar', print: 'Imprimir', back: 'Volver',
    cancel: 'Cancelar', change: 'Cambiar', close: 'Cerrar', remove: 'Quitar', all: 'Todos', empty: 'Nada pendiente', status: 'Estado',
    tradeInId: 'Recompra', serial: 'N.º de serie',
  },
  scan: {
    deviceLabel: 'IMEI o número de serie', deviceHelp: 'Escanee el código de barras o escríbalo y pulse Intro', camera: 'Escanear con la cámara',
    cameraLoading: 'Iniciando la cámara…', cameraError: 'No se pudo iniciar la cámara: {{error}}',
  },
  imei: {
    EMPTY: 'No se leyó nada', NON_DIGIT: 'Un IMEI solo tiene dígitos', WRONG_LENGTH: 'Un IMEI tiene 15 dígitos (16 un IMEISV)',
    CHECK_DIGIT: 'El dígito de control no coincide: IMEI mal leído o mal escrito', RESERVED_TAC: 'TAC o serie a cero: ningún dispositivo real lo tiene',
    RESERVED_SVN: 'La versión de software 99 está reservada', SERIAL_FORMAT: 'Un número de serie tiene de 4 a 40 letras, dígitos o guiones',
  },
  market: { FR: 'Francia (EUR)', DE: 'Alemania (EUR)', ES: 'España (EUR)', IT: 'Italia (EUR)', GB: 'Reino Unido (GBP)', US: 'Estados Unidos (USD)', JP: 'Japón (JPY)' },
  store: {
    market: 'Mercado',
    new: {
      title: 'Nueva recompra', restart: 'Empezar de nuevo',
      step: { scan: 'Escaneo', model: 'Modelo', questions: 'Estado', offer: 'Oferta', accept: 'Cliente', receipt: 'Recibo' },
      noTacMatch: 'Ningún modelo conocido para este IMEI: busque en el catálogo', searchCatalog: 'Buscar en el catálogo (marca y nombre, Intro)',
      numberKeys: 'Pulse el número de una respuesta', breakdown: 'Desglose de la oferta', expires: 'Oferta válida hasta',
      accept: 'El cliente acepta', decline: 'El cliente rechaza', storeCredit: 'Crédito en tienda a entregar', confirmAccept: 'Aceptar y entregar el crédito',
      toIntake: 'Controles de entrada de este dispositivo', next: 'Siguiente cliente',
      outcome: { NO_OFFER: 'Sin oferta para este dispositivo', RECYCLE_ONLY: 'Solo reciclaje, sin pago' },
    },
    intake: {
      title: 'Controles de entrada', submit: 'Registrar la entrada', outcome: 'Resultado', detected: 'Modelo detectado', blockList: 'Lista de bloqueo', next: 'Siguiente dispositivo',
    },
    boxes: {
      title: 'Cajas al centro de evaluación', site: 'Centro de evaluación', open: 'Abrir una caja', box: 'Caja', devices: 'Dispositivos', tracking: 'Seguimiento',
      label: 'Descargar etiqueta', scanIn: 'Escanear un dispositivo en la caja', scanInHelp: 'Escanee un dispositivo recibido aquí o la referencia de recompra del recibo',
      close: 'Cerrar la caja', ship: 'Enviar la caja', printManifests: 'Imprimir albaranes',
    },
    tradeIns: { title: 'Recompras de esta tienda' },
  },
  storeChecks: {
    POWERS_ON: { label: '¿Se enciende?', YES: 'Sí', NO: 'No' },
    SCREEN: { label: 'Pantalla', INTACT: 'Intacta', SCRATCHED: 'Rayada', CRACKED: 'Rota', NO_DISPLAY: 'Sin imagen' },
    LOCKS: { label: 'Bloqueos', NONE: 'Ninguno', ACTIVATION_LOCK: 'Bloqueo de activación', MDM: 'Inscrito en MDM', ACTIVATION_LOCK_AND_MDM: 'Bloqueo de activación y MDM' },
    ACCESSORIES: { label: 'Accesorios', COMPLETE: 'Completos', PARTIAL: 'Parciales', NONE: 'Ninguno' },
  },
  questions: {
    functional: { label: '¿Funciona todo (encendido, botones, cámaras, sonido, conectividad)?', works: 'Todo funciona', minor_issues: 'Falla una función menor', not_working: 'No enciende o fallan funciones principales' },
    screen: { label: 'Estado de la pantalla', flawless: 'Sin arañazos visibles', light_scratches: 'Arañazos leves, invisibles con la pantalla encendida', deep_scratches: 'Arañazos profundos que se notan con la uña', cracked: 'Cristal roto, la pantalla funciona', display_defect: 'Píxeles muertos, líneas, quemado o fallos táctiles' },
    body: { label: 'Estado de la carcasa y el marco', flawless: 'Como nuevo', light_wear: 'Arañazos o roces leves', heavy_wear: 'Golpes, arañazos profundos o desconchones', cracked_or_bent: 'Trasera rota o marco doblado' },
    battery: { label: 'Salud de la batería (Ajustes › Batería)', '80_or_more': '80 % o más', below_80: 'Menos del 80 % o aparece «Servicio»' },
    locks: { label: 'Bloqueos', none: 'Desbloqueado, cuenta Buscar / Google eliminada', sim_locked: 'Bloqueado a un operador (SIM lock)', activation_locked: 'Buscar, FRP de Google o bloqueo de cuenta activo' },
  },
  breakdown: { BASE_PRICE: 'Precio base' },
  customer: { name: 'Nombre del cliente', email: 'Correo del cliente' },
  receipt: {
    title: 'Recibo de recompra', reference: 'Referencia', store: 'Tienda', device: 'Dispositivo', customer: 'Cliente', storeCredit: 'Crédito en tienda', date: 'Fecha',
    terms: 'Conserve este recibo. El dispositivo se revisa de nuevo en nuestro centro de evaluación; el crédito entregado sigue siendo suyo.',
  },
  outcome: { RECEIVED: 'Recibido', REJECTED: 'Rechazado', QUARANTINED: 'En cuarentena', SUSPENDED: 'Suspendido', MISMATCH: 'No coincide' },
  boxStatus: { OPEN: 'Abierta', CLOSED: 'Cerrada', SHIPPED: 'Enviada', RECEIVED: 'Recibida', RECONCILED: 'Conciliada' },
  scanResult: { ARRIVED: 'Llegado', UNEXPECTED: 'No está en esta caja', DUPLICATE: 'Ya escaneado' },
  shipment: { DELIVERED: 'Entregado', IN_TRANSIT: 'En tránsito', LABEL_ISSUED: 'Etiqueta emitida' },
  locks: { activationLock: 'Bloqueo de activación activo', mdm: 'Inscrito en MDM' },
  photo: { take: 'Hacer una foto', stored: 'Foto guardada' },
  manifest: { title: 'Albarán de la caja: meta esta hoja en la caja', device: 'Dispositivo', model: 'Modelo', count_one: '{{count}} dispositivo', count_other: '{{count}} dispositivos' },
  site: {
    dock: {
      title: 'Recepción en muelle', tracking: 'Escanee el número de seguimiento del paquete', weight: 'Peso del paquete (g)', empty: 'El paquete está vacío',
      deviceRead: 'IMEI o n.º de serie leído del dispositivo', submit: 'Registrar la recepción', next: 'Siguiente paquete',
    },
    boxes: {
      title: 'Recepción de cajas', tracking: 'Escanee el número de seguimiento de la caja', scanDevice: 'Escanee cada dispositivo de la caja', declared: 'Declarados por la tienda',
      scanned: 'Escaneados aquí', seen: 'Escaneado', reconcile: 'Conciliar', next: 'Siguiente caja', arrived: 'Llegados', missing: 'Faltan', unexpected: 'Inesperados',
    },
    queue: {
      title: 'Cola de evaluación', job: 'Recompra', kind: 'Tipo', device: 'Dispositivo', deadline: 'Plazo', claimedBy: 'Tomado por', lease: 'Reserva',
      claim: 'Tomar', continue: 'Continuar', mine: 'Míos', unclaimed: 'Libre', overdue: 'Vencido',
      conflictTitle: 'Otra persona tomó este trabajo', conflict: 'Otro técnico lo tomó antes; la cola se ha actualizado.',
    },
    job: {
      title: 'Evaluación', release: 'Liberar el trabajo', notMine: 'Este trabajo lo tiene {{who}}: tómelo primero desde la cola.',
      inspection: 'Inspección', identityRead: 'IMEI o n.º de serie leído del dispositivo', identityHelp: 'Del propio dispositivo (ajustes o diagnóstico), no de la etiqueta',
      checklistKeys: 'Enfoque un control (Tab): P correcto, F fallo, N no presente', notAnswered: 'sin respuesta', cosmetic: 'Grado estético (teclas A–E)',
      defects: 'Códigos de defecto', defectsHelp: 'Separados por comas, p. ej. SCREEN_SCRATCH', submitInspection: 'Enviar la inspección',
      answerCheck: 'Responda a este control', readDevice: 'Lea el identificador del dispositivo', pickCosmetic: 'Elija un grado estético', takePhoto: 'Haga al menos una foto',
      incomplete: 'La inspección no está completa', inspected: 'Inspeccionado', erasure: 'Borrado de datos', recordErasure: 'Registrar el borrado', erased: 'Borrado',
      grade: 'Evaluar el dispositivo', stockLabel: 'Etiqueta de stock', marketplaceGrade: 'Grado de marketplace', functional: 'Funcional', notStocked: 'No almacenado (ver destino)',
      printLabel: 'Imprimir la etiqueta de stock',
      cosmeticShort: 'Estética', waitingForStock: 'Esperando la entrada en stock…',
    },
  },
  checks: {
    POWER: 'Enciende y arranca', DISPLAY_TOUCH: 'Pantalla y táctil', FRONT_CAMERA: 'Cámara frontal', REAR_CAMERA: 'Cámaras traseras',
    SPEAKERS_MICROPHONE: 'Altavoces y micrófono', BUTTONS: 'Botones', CHARGING_PORT: 'Puerto de carga', BIOMETRICS: 'Biometría (cara o huella)',
    CELLULAR: 'Radio móvil y SIM', BATTERY_HEALTH: 'Salud de la batería %',
  },
  checkResult: { PASS: 'Correcto', FAIL: 'Fallo', NOT_PRESENT: 'No presente' },
  erasure: {
    mediumId: 'Soporte', mediumType: 'Tipo de soporte', method: 'Método (NIST 800-88)', technique: 'Técnica', tool: 'Herramienta', toolVersion: 'Versión de la herramienta',
    verification: 'Verificación', report: 'Informe de la herramienta',
  },
  disposition: { REFURBISH: 'Reacondicionar', REPAIR: 'Reparar', RECYCLE: 'Reciclar', QUARANTINE: 'Cuarentena', PARTS: 'Piezas' },
  stockStatus: { IN_STOCK: 'En stock', REMOVED: 'Retirado' },
  jobKind: { INITIAL: 'Primera evaluación', REGRADE: 'Reevaluación (reclamación)', REINSPECTION: 'Reinspección' },
  state: {
    QUOTED: 'Presupuestado', ACCEPTED: 'Aceptado', IN_TRANSIT: 'En tránsito', RECEIVED: 'Recibido', GRADED: 'Evaluado', COUNTER_OFFERED: 'Oferta revisada',
    FINALIZED: 'Cerrado', PAID: 'Pagado', COMPLETED: 'Completado', EXPIRED: 'Caducado', QUARANTINED: 'En cuarentena', SUSPENDED: 'Suspendido',
    RETURNING: 'En devolución', RETURNED: 'Devuelto', CANCELLED: 'Cancelado',
  },
  tradeIn: {
    timeline: 'Historial', at: 'Cuándo', state: 'Estado', cause: 'Causa', detail: 'Detalle', device: 'Dispositivo', amount: 'Importe', discrepancy: 'Diferencia de tienda',
    created: 'Creada', custody: 'Cadena de custodia', grades: 'Evaluaciones', stock: 'Stock', payouts: 'Pagos', payoutAudit: 'Auditoría del pago',
  },
  ops: {
    queues: {
      title: 'Colas de trabajo', holds: 'Pagos retenidos', quarantine: 'Cuarentena', revised: 'Ofertas revisadas sin respuesta', unshipped: 'Plazo de envío a punto de vencer',
      suspended: 'Paquetes suspendidos', 'label-failures': 'Fallos de etiqueta', 'carrier-exceptions': 'Incidencias del transportista', 'boxes-in-transit': 'Cajas en tránsito',
    },
    holds: {
      amount: 'Importe', method: 'Método', reasons: 'Retenido por', due: 'Vence', overdue: 'Vencido', reason: 'Motivo de la liberación (queda en la auditoría)',
      identityVerified: 'He comprobado la identidad del vendedor', release: 'Liberar la retención',
    },
    search: {
      title: 'Búsqueda de recompras', query: 'Id de recompra, IMEI o n.º de seguimiento', help: 'Escriba o escanee y pulse Intro', notFound: 'Nada encontrado para {{q}}',
    },
    prices: {
      title: 'Tablas de precios', versions: 'Versiones', version: 'Versión', rows: 'Filas', source: 'Origen', by: 'Subida por', at: 'Fecha', current: 'actual',
      chooseFile: 'Elegir un archivo CSV', csv: 'Nueva tabla de precios (CSV)', line: 'línea', compare: 'Comparar con los precios actuales', activate: 'Activar esta tabla',
      diff: 'Cambios frente a los precios actuales', change: 'Cambio', item: 'Modelo · variante · mercado', before: 'Antes', after: 'Después',
      added: 'Añadido', removed: 'Eliminado', changed: 'Modificado', noChange: 'Sin cambios de precio',
    },
    staffTokens: { title: 'Tokens de empleado', role: 'Rol', subject: 'Persona (sujeto)', storeId: 'Tienda', partnerId: 'Socio', siteId: 'Centro de evaluación', hours: 'Validez (horas)', reason: 'Motivo (queda en la auditoría)', issue: 'Emitir el token', issued: 'Token emitido, válido hasta {{at}}. Solo se muestra una vez: entréguelo ahora.', copy: 'Copiar', copied: 'Copiado', audit: 'Tokens emitidos (auditoría)', issuedAt: 'Emitido', issuedBy: 'Por', binding: 'Tienda · socio · centro', expires: 'Caduca' },
    partners: { title: 'Socios y claves API', keys: 'Claves API', revoke: 'Revocar', revoked: 'Revocada' },
  },
  holdReason: {},
  reason: {},
};
