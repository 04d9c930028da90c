import { type Catalogue } from './shape';

export const it: Catalogue = {
  app: { title: 'Console permuta', language: 'Lingua', navigation: 'Navigazione principale', signOut: 'Esci' },
  nav: {
    newTradeIn: 'Nuova permuta', storeIntake: 'Controlli di ingresso', boxes: 'Scatole', tradeIns: 'Permute',
    queue: 'Coda di valutazione', dock: 'Ricevimento merci', boxReceipt: 'Ricevimento scatole',
    workQueues: 'Code di lavoro', search: 'Ricerca', priceTables: 'Listini', partners: 'Partner e chiavi',
    staffTokens: 'Token personali',
  },
  role: { store_staff: 'Negozio', grader: 'Centro di valutazione', ops: 'Operazioni' },
  signIn: {
    token: 'Token personale', tokenHelp: 'Incolla o scansiona il token fornito dal responsabile', submit: 'Accedi', signedOut: 'Sei stato disconnesso',
    demo: 'Demo (solo sviluppo)', asClerk: 'Accedi come commesso demo', asGrader: 'Accedi come tecnico demo', asOps: 'Accedi come operazioni demo',
    invalid: { MALFORMED: 'Questo non è un token personale', NOT_STAFF: 'Questo token non è per personale di negozio, centro o operazioni', EXPIRED: 'Questo token è scaduto' },
  },
  common: {
    pending: 'In attesa del server', noAnswer: 'Nessuna risposta dal server', retry: 'Riprova', print: 'Stampa', back: 'Indietro',
    cancel: 'Annulla', change: 'Modifica', close: 'Chiudi', remove: 'Rimuovi', all: 'Tutti', empty: 'Niente in attesa', status: 'Stato',
    tradeInId: 'Permuta', serial: 'N. di serie',
  },
  scan: {
    deviceLabel: 'IMEI o numero di serie', deviceHelp: 'Scansiona il codice a barre o digitalo, poi Invio', camera: 'Scansiona con la fotocamera',
    cameraLoading: 'Avvio della fotocamera…', cameraError: 'Impossibile avviare la fotocamera: {{error}}',
  },
  imei: {
    EMPTY: 'Nessuna lettura', NON_DIGIT: 'Un IMEI contiene solo cifre', WRONG_LENGTH: 'Un IMEI ha 15 cifre (16 un IMEISV)',
    CHECK_DIGIT: "La cifra di controllo non corrisponde: IMEI letto o digitato male", RESERVED_TAC: 'TAC o seriale tutto a zero: nessun dispositivo reale',
    RESERVED_SVN: 'La versione software 99 è riservata', SERIAL_FORMAT: 'Un numero di serie ha da 4 a 40 lettere, cifre o trattini',
  },
  market: { FR: 'Francia (EUR)', DE: 'Germania (EUR)', ES: 'Spagna (EUR)', IT: 'Italia (EUR)', GB: 'Regno Unito (GBP)', US: 'Stati Uniti (USD)', JP: 'Giappone (JPY)' },
  store: {
    market: 'Mercato',
    new: {
      title: 'Nuova permuta', restart: 'Ricomincia',
      step: { scan: 'Scansione', model: 'Modello', questions: 'Condizioni', offer: 'Offerta', accept: 'Cliente', receipt: 'Ricevuta' },
      noTacMatch: 'Nessun modello noto per questo IMEI: cerca nel catalogo', searchCatalog: 'Cerca nel catalogo (marca e nome, Invio)',
      numberKeys: 'Premi il numero di una risposta', breakdown: "Dettaglio dell'offerta", expires: 'Offerta valida fino al',
      accept: 'Il cliente accetta', decline: 'Il cliente rifiuta', storeCredit: 'Credito negozio da dare', confirmAccept: 'Accetta e dai il credito',
      toIntake: 'Controlli di ingresso per questo dispositivo', next: 'Prossimo cliente',
      outcome: { NO_OFFER: 'Nessuna offerta per questo dispositivo', RECYCLE_ONLY: 'Solo riciclo, nessun pagamento' },
    },
    intake: {
      title: 'Controlli di ingresso', submit: "Registra l'ingresso", outcome: 'Esito', detected: 'Modello rilevato', blockList: 'Lista nera', next: 'Prossimo dispositivo',
    },
    boxes: {
      title: 'Scatole verso il centro di valutazione', site: 'Centro di valutazione', open: 'Apri una scatola', box: 'Scatola', devices: 'Dispositivi', tracking: 'Tracking',
      label: 'Scarica etichetta', scanIn: 'Scansiona un dispositivo nella scatola', scanInHelp: 'Scansiona un dispositivo ritirato qui o il riferimento della permuta sulla ricevuta',
      close: 'Chiudi la scatola', ship: 'Spedisci la scatola', printManifests: 'Stampa le distinte',
    },
    tradeIns: { title: 'Permute di questo negozio' },
  },
  storeChecks: {
    POWERS_ON: { label: 'Si accende?', YES: 'Sì', NO: 'No' },
    SCREEN: { label: 'Schermo', INTACT: 'Integro', SCRATCHED: 'Graffiato', CRACKED: 'Incrinato', NO_DISPLAY: 'Nessuna immagine' },
    LOCKS: { label: 'Blocchi', NONE: 'Nessuno', ACTIVATION_LOCK: 'Blocco attivazione', MDM: 'Registrato MDM', ACTIVATION_LOCK_AND_MDM: 'Blocco attivazione e MDM' },
    ACCESSORIES: { label: 'Accessori', COMPLETE: 'Completi', PARTIAL: 'Parziali', NONE: 'Nessuno' },
  },
  questions: {
    functional: { label: 'Funziona tutto (accensione, tasti, fotocamere, audio, connettività)?', works: 'Funziona tutto', minor_issues: 'Una funzione minore non va', not_working: 'Non si accende o funzioni principali guaste' },
    screen: { label: 'Condizioni dello schermo', flawless: 'Nessun graffio visibile', light_scratches: 'Graffi leggeri, invisibili a schermo acceso', deep_scratches: "Graffi profondi percepibili con l'unghia", cracked: 'Vetro incrinato, il display funziona', display_defect: 'Pixel morti, righe, burn-in o touch difettoso' },
    body: { label: 'Condizioni di scocca e telaio', flawless: 'Come nuovo', light_wear: 'Graffi o segni leggeri', heavy_wear: 'Ammaccature, graffi profondi o scheggiature', cracked_or_bent: 'Retro incrinato o telaio piegato' },
    battery: { label: 'Stato della batteria (Impostazioni › Batteria)', '80_or_more': '80 % o più', below_80: 'Sotto l’80 % o compare «Assistenza»' },
    locks: { label: 'Blocchi', none: 'Sbloccato, account Dov’è / Google rimosso', sim_locked: 'Bloccato su un operatore (SIM lock)', activation_locked: 'Dov’è, FRP Google o blocco account attivo' },
  },
  breakdown: { BASE_PRICE: 'Prezzo base' },
  customer: { name: 'Nome del cliente', email: 'E-mail del cliente' },
  receipt: {
    title: 'Ricevuta di permuta', reference: 'Riferimento', store: 'Negozio', device: 'Dispositivo', customer: 'Cliente', storeCredit: 'Credito negozio', date: 'Data',
    terms: 'Conserva questa ricevuta. Il dispositivo viene ricontrollato nel nostro centro di valutazione; il credito ricevuto resta tuo.',
  },
  outcome: { RECEIVED: 'Ricevuto', REJECTED: 'Rifiutato', QUARANTINED: 'In quarantena', SUSPENDED: 'Sospeso', MISMATCH: 'Non corrispondente' },
  boxStatus: { OPEN: 'Aperta', CLOSED: 'Chiusa', SHIPPED: 'Spedita', RECEIVED: 'Ricevuta', RECONCILED: 'Riconciliata' },
  scanResult: { ARRIVED: 'Arrivato', UNEXPECTED: 'Non in questa scatola', DUPLICATE: 'Già scansionato' },
  shipment: { DELIVERED: 'Consegnato', IN_TRANSIT: 'In transito', LABEL_ISSUED: 'Etichetta emessa' },
  locks: { activationLock: 'Blocco attivazione attivo', mdm: 'Registrato MDM' },
  photo: { take: 'Scatta una foto', stored: 'Foto salvata' },
  manifest: { title: 'Distinta della scatola: metti questo foglio nella scatola', device: 'Dispositivo', model: 'Modello', count_one: '{{count}} dispositivo', count_other: '{{count}} dispositivi' },
  site: {
    dock: {
      title: 'Ricevimento merci', tracking: 'Scansiona il tracking del pacco', weight: 'Peso del pacco (g)', empty: 'Il pacco è vuoto',
      deviceRead: 'IMEI o n. di serie letto dal dispositivo', submit: 'Registra il ricevimento', next: 'Prossimo pacco',
    },
    boxes: {
      title: 'Ricevimento scatole', tracking: 'Scansiona il tracking della scatola', scanDevice: 'Scansiona ogni dispositivo della scatola', declared: 'Dichiarati dal negozio',
      scanned: 'Scansionati qui', seen: 'Scansionato', reconcile: 'Riconcilia', next: 'Prossima scatola', arrived: 'Arrivati', missing: 'Mancanti', unexpected: 'Inattesi',
    },
    queue: {
      title: 'Coda di valutazione', job: 'Permuta', kind: 'Tipo', device: 'Dispositivo', deadline: 'Scadenza', claimedBy: 'Preso da', lease: 'Prenotazione',
      claim: 'Prendi', continue: 'Continua', mine: 'Miei', unclaimed: 'Libero', overdue: 'In ritardo',
      conflictTitle: "Qualcun altro ha preso questo lavoro", conflict: "Un altro tecnico l'ha preso prima; la coda è stata aggiornata.",
    },
    job: {
      title: 'Valutazione', release: 'Rilascia il lavoro', notMine: 'Questo lavoro è di {{who}}: prendilo prima dalla coda.',
      inspection: 'Ispezione', identityRead: 'IMEI o n. di serie letto dal dispositivo', identityHelp: "Dal dispositivo stesso (impostazioni o diagnostica), non dall'etichetta",
      checklistKeys: 'Seleziona un controllo (Tab): P superato, F fallito, N assente', notAnswered: 'senza risposta', cosmetic: 'Grado estetico (tasti A–E)',
      defects: 'Codici difetto', defectsHelp: 'Separati da virgole, es. SCREEN_SCRATCH', submitInspection: "Invia l'ispezione",
      answerCheck: 'Rispondi a questo controllo', readDevice: "Leggi l'identificativo dal dispositivo", pickCosmetic: 'Scegli un grado estetico', takePhoto: 'Scatta almeno una foto',
      incomplete: "L'ispezione non è completa", inspected: 'Ispezionato', erasure: 'Cancellazione dati', recordErasure: 'Registra la cancellazione', erased: 'Cancellato',
      grade: 'Valuta il dispositivo', stockLabel: 'Etichetta di magazzino', marketplaceGrade: 'Grado marketplace', functional: 'Funzionale', notStocked: 'Non a magazzino (vedi destinazione)',
      printLabel: "Stampa l'etichetta di magazzino",
      cosmeticShort: 'Estetica', waitingForStock: "In attesa dell'ingresso a magazzino…",
    },
  },
  checks: {
    POWER: 'Si accende e si avvia', DISPLAY_TOUCH: 'Display e touch', FRONT_CAMERA: 'Fotocamera frontale', REAR_CAMERA: 'Fotocamere posteriori',
    SPEAKERS_MICROPHONE: 'Altoparlanti e microfono', BUTTONS: 'Tasti', CHARGING_PORT: 'Porta di ricarica', BIOMETRICS: 'Biometria (volto o impronta)',
    CELLULAR: 'Radio cellulare e SIM', BATTERY_HEALTH: 'Stato batteria %',
  },
  checkResult: { PASS: 'Superato', FAIL: 'Fallito', NOT_PRESENT: 'Assente' },
  erasure: {
    mediumId: 'Supporto', mediumType: 'Tipo di supporto', method: 'Metodo (NIST 800-88)', technique: 'Tecnica', tool: 'Strumento', toolVersion: 'Versione dello strumento',
    verification: 'Verifica', report: 'Rapporto dello strumento',
  },
  disposition: { REFURBISH: 'Ricondizionare', REPAIR: 'Riparare', RECYCLE: 'Riciclare', QUARANTINE: 'Quarantena', PARTS: 'Ricambi' },
  stockStatus: { IN_STOCK: 'A magazzino', REMOVED: 'Rimosso' },
  jobKind: { INITIAL: 'Prima valutazione', REGRADE: 'Rivalutazione (reclamo)', REINSPECTION: 'Nuova ispezione' },
  state: {
    QUOTED: 'Preventivato', ACCEPTED: 'Accettato', IN_TRANSIT: 'In transito', RECEIVED: 'Ricevuto', GRADED: 'Valutato', COUNTER_OFFERED: 'Offerta rivista',
    FINALIZED: 'Chiuso', PAID: 'Pagato', COMPLETED: 'Completato', EXPIRED: 'Scaduto', QUARANTINED: 'In quarantena', SUSPENDED: 'Sospeso',
    RETURNING: 'In restituzione', RETURNED: 'Restituito', CANCELLED: 'Annullato',
  },
  tradeIn: {
    timeline: 'Cronologia', at: 'Quando', state: 'Stato', cause: 'Causa', detail: 'Dettaglio', device: 'Dispositivo', amount: 'Importo', discrepancy: 'Scostamento negozio',
    created: 'Creata', custody: 'Catena di custodia', grades: 'Valutazioni', stock: 'Magazzino', payouts: 'Pagamenti', payoutAudit: 'Audit del pagamento',
  },
  ops: {
    queues: {
      title: 'Code di lavoro', holds: 'Pagamenti bloccati', quarantine: 'Quarantena', revised: 'Offerte riviste senza risposta', unshipped: 'Scadenza di spedizione vicina',
      suspended: 'Pacchi sospesi', 'label-failures': 'Errori di etichetta', 'carrier-exceptions': 'Anomalie del corriere', 'boxes-in-transit': 'Scatole in transito',
    },
    holds: {
      amount: 'Importo', method: 'Metodo', reasons: 'Bloccato per', due: 'Scadenza', overdue: 'In ritardo', reason: "Motivo dello sblocco (resta nell'audit)",
      identityVerified: "Ho verificato l'identità del venditore", release: 'Sblocca',
    },
    search: {
      title: 'Ricerca permute', query: 'Id permuta, IMEI o tracking', help: 'Digita o scansiona, poi Invio', notFound: 'Nessun risultato per {{q}}',
    },
    prices: {
      title: 'Listini', versions: 'Versioni', version: 'Versione', rows: 'Righe', source: 'Origine', by: 'Caricato da', at: 'Data', current: 'attuale',
      chooseFile: 'Scegli un file CSV', csv: 'Nuovo listino (CSV)', line: 'riga', compare: 'Confronta con i prezzi attuali', activate: 'Attiva questo listino',
      diff: 'Modifiche rispetto ai prezzi attuali', change: 'Modifica', item: 'Modello · variante · mercato', before: 'Prima', after: 'Dopo',
      added: 'Aggiunto', removed: 'Rimosso', changed: 'Modificato', noChange: 'Nessuna variazione di prezzo',
    },
    staffTokens: { title: 'Token personali', role: 'Ruolo', subject: 'Persona (soggetto)', storeId: 'Negozio', partnerId: 'Partner', siteId: 'Centro di valutazione', hours: 'Validità (ore)', reason: "Motivo (resta nell'audit)", issue: 'Emetti il token', issued: 'Token emesso, valido fino al {{at}}. Viene mostrato una sola volta: consegnalo ora.', copy: 'Copia', copied: 'Copiato', audit: 'Token emessi (audit)', issuedAt: 'Emesso', issuedBy: 'Da', binding: 'Negozio · partner · centro', expires: 'Scade' },
    partners: { title: 'Partner e chiavi API', keys: 'Chiavi API', revoke: 'Revoca', revoked: 'Revocata' },
  },
  holdReason: {},
  reason: {},
};
