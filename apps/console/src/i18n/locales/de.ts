import { type Catalogue } from './shape';

export const de: Catalogue = {
  app: { title: 'Ankaufskonsole', language: 'Sprache', navigation: 'Hauptnavigation', signOut: 'Abmelden' },
  nav: {
    newTradeIn: 'Neuer Ankauf', storeIntake: 'Eingangsprüfung', boxes: 'Kartons', tradeIns: 'Ankäufe',
    queue: 'Prüfwarteschlange', dock: 'Wareneingang', boxReceipt: 'Kartoneingang',
    workQueues: 'Arbeitslisten', search: 'Suche', priceTables: 'Preistabellen', partners: 'Partner und Schlüssel',
    staffTokens: 'Mitarbeiter-Tokens',
  },
  role: { store_staff: 'Filiale', grader: 'Prüfstandort', ops: 'Betrieb' },
  signIn: {
    token: 'Mitarbeiter-Token', tokenHelp: 'Token einfügen oder scannen, das Ihre Leitung ausgegeben hat', submit: 'Anmelden', signedOut: 'Sie wurden abgemeldet',
    demo: 'Demo (nur Entwicklung)', asClerk: 'Als Demo-Filialmitarbeiter anmelden', asGrader: 'Als Demo-Prüfer anmelden', asOps: 'Als Demo-Betrieb anmelden',
    invalid: { MALFORMED: 'Dies ist kein Mitarbeiter-Token', NOT_STAFF: 'Dieses Token gilt nicht für Filiale, Standort oder Betrieb', EXPIRED: 'Dieses Token ist abgelaufen' },
  },
  common: {
    pending: 'Ausstehend – wartet auf den Server', noAnswer: 'Keine Antwort vom Server', retry: 'Erneut versuchen', print: 'Drucken', back: 'Zurück',
    cancel: 'Abbrechen', change: 'Ändern', close: 'Schließen', remove: 'Entfernen', all: 'Alle', empty: 'Nichts offen', status: 'Status',
    tradeInId: 'Ankauf', serial: 'Seriennr.',
  },
  scan: {
    deviceLabel: 'IMEI oder Seriennummer', deviceHelp: 'Barcode scannen oder eintippen, dann Enter', camera: 'Mit der Kamera scannen',
    cameraLoading: 'Kamera wird gestartet…', cameraError: 'Die Kamera konnte nicht starten: {{error}}',
  },
  imei: {
    EMPTY: 'Nichts gelesen', NON_DIGIT: 'Eine IMEI besteht nur aus Ziffern', WRONG_LENGTH: 'Eine IMEI hat 15 Ziffern (16 bei IMEISV)',
    CHECK_DIGIT: 'Prüfziffer stimmt nicht: IMEI falsch gelesen oder vertippt', RESERVED_TAC: 'TAC oder Seriennummer nur Nullen: kein echtes Gerät',
    RESERVED_SVN: 'Softwareversion 99 ist reserviert', SERIAL_FORMAT: 'Eine Seriennummer hat 4 bis 40 Buchstaben, Ziffern oder Bindestriche',
  },
  market: { FR: 'Frankreich (EUR)', DE: 'Deutschland (EUR)', ES: 'Spanien (EUR)', IT: 'Italien (EUR)', GB: 'Vereinigtes Königreich (GBP)', US: 'Vereinigte Staaten (USD)', JP: 'Japan (JPY)' },
  store: {
    market: 'Markt',
    new: {
      title: 'Neuer Ankauf', restart: 'Neu beginnen',
      step: { scan: 'Scan', model: 'Modell', questions: 'Zustand', offer: 'Angebot', accept: 'Kunde', receipt: 'Beleg' },
      noTacMatch: 'Kein Modell zu dieser IMEI bekannt: im Katalog suchen', searchCatalog: 'Im Katalog suchen (Marke und Name, Enter)',
      numberKeys: 'Drücken Sie die Nummer einer Antwort', breakdown: 'Angebotsaufschlüsselung', expires: 'Angebot gültig bis',
      accept: 'Kunde nimmt an', decline: 'Kunde lehnt ab', storeCredit: 'Auszugebendes Guthaben', confirmAccept: 'Annehmen und Guthaben ausgeben',
      toIntake: 'Eingangsprüfung für dieses Gerät', next: 'Nächster Kunde',
      outcome: { NO_OFFER: 'Kein Angebot für dieses Gerät', RECYCLE_ONLY: 'Nur Recycling, keine Zahlung' },
    },
    intake: {
      title: 'Eingangsprüfung', submit: 'Eingang erfassen', outcome: 'Ergebnis', detected: 'Erkanntes Modell', blockList: 'Sperrliste', next: 'Nächstes Gerät',
    },
    boxes: {
      title: 'Kartons zum Prüfstandort', site: 'Prüfstandort', open: 'Karton öffnen', box: 'Karton', devices: 'Geräte', tracking: 'Sendungsnr.',
      label: 'Etikett herunterladen', scanIn: 'Gerät in den Karton scannen', scanInHelp: 'Ein hier angenommenes Gerät scannen oder die Ankaufsreferenz vom Beleg',
      close: 'Karton schließen', ship: 'Karton versenden', printManifests: 'Packlisten drucken',
    },
    tradeIns: { title: 'Ankäufe dieser Filiale' },
  },
  storeChecks: {
    POWERS_ON: { label: 'Schaltet es sich ein?', YES: 'Ja', NO: 'Nein' },
    SCREEN: { label: 'Bildschirm', INTACT: 'Intakt', SCRATCHED: 'Zerkratzt', CRACKED: 'Gesprungen', NO_DISPLAY: 'Keine Anzeige' },
    LOCKS: { label: 'Sperren', NONE: 'Keine', ACTIVATION_LOCK: 'Aktivierungssperre', MDM: 'MDM-verwaltet', ACTIVATION_LOCK_AND_MDM: 'Aktivierungssperre und MDM' },
    ACCESSORIES: { label: 'Zubehör', COMPLETE: 'Vollständig', PARTIAL: 'Teilweise', NONE: 'Keins' },
  },
  questions: {
    functional: { label: 'Funktioniert alles (Strom, Tasten, Kameras, Ton, Verbindungen)?', works: 'Alles funktioniert', minor_issues: 'Eine kleine Funktion fällt aus', not_working: 'Startet nicht oder wichtige Funktionen fallen aus' },
    screen: { label: 'Zustand des Bildschirms', flawless: 'Kein sichtbarer Kratzer', light_scratches: 'Leichte Kratzer, bei eingeschaltetem Bildschirm unsichtbar', deep_scratches: 'Tiefe Kratzer, mit dem Fingernagel spürbar', cracked: 'Glas gesprungen, Anzeige funktioniert', display_defect: 'Pixelfehler, Streifen, Einbrennen oder Touch-Fehler' },
    body: { label: 'Zustand von Gehäuse und Rahmen', flawless: 'Wie neu', light_wear: 'Leichte Kratzer oder Abrieb', heavy_wear: 'Dellen, tiefe Kratzer oder Absplitterungen', cracked_or_bent: 'Rückseite gesprungen oder Rahmen verbogen' },
    battery: { label: 'Akkuzustand (Einstellungen › Batterie)', '80_or_more': '80 % oder mehr', below_80: 'Unter 80 % oder „Service“ angezeigt' },
    locks: { label: 'Sperren', none: 'Entsperrt, „Wo ist?“ / Google-Konto entfernt', sim_locked: 'An einen Netzbetreiber gebunden (SIM-Lock)', activation_locked: '„Wo ist?“, Google FRP oder Kontosperre aktiv' },
  },
  breakdown: { BASE_PRICE: 'Grundpreis' },
  customer: { name: 'Name des Kunden', email: 'E-Mail des Kunden' },
  receipt: {
    title: 'Ankaufsbeleg', reference: 'Referenz', store: 'Filiale', device: 'Gerät', customer: 'Kunde', storeCredit: 'Guthaben', date: 'Datum',
    terms: 'Bewahren Sie diesen Beleg auf. Das Gerät wird an unserem Prüfstandort erneut geprüft; das ausgegebene Guthaben bleibt Ihres.',
  },
  outcome: { RECEIVED: 'Angenommen', REJECTED: 'Abgelehnt', QUARANTINED: 'In Quarantäne', SUSPENDED: 'Ausgesetzt', MISMATCH: 'Abweichung' },
  boxStatus: { OPEN: 'Offen', CLOSED: 'Geschlossen', SHIPPED: 'Versendet', RECEIVED: 'Eingegangen', RECONCILED: 'Abgeglichen' },
  scanResult: { ARRIVED: 'Angekommen', UNEXPECTED: 'Nicht in diesem Karton', DUPLICATE: 'Bereits gescannt' },
  shipment: { DELIVERED: 'Zugestellt', IN_TRANSIT: 'Unterwegs', LABEL_ISSUED: 'Etikett erstellt' },
  locks: { activationLock: 'Aktivierungssperre aktiv', mdm: 'MDM-verwaltet' },
  photo: { take: 'Foto aufnehmen', stored: 'Foto gespeichert' },
  manifest: { title: 'Packliste – diese Seite in den Karton legen', device: 'Gerät', model: 'Modell', count_one: '{{count}} Gerät', count_other: '{{count}} Geräte' },
  site: {
    dock: {
      title: 'Wareneingang', tracking: 'Sendungsnummer des Pakets scannen', weight: 'Paketgewicht (g)', empty: 'Das Paket ist leer',
      deviceRead: 'Vom Gerät gelesene IMEI oder Seriennummer', submit: 'Eingang erfassen', next: 'Nächstes Paket',
    },
    boxes: {
      title: 'Kartoneingang', tracking: 'Sendungsnummer des Kartons scannen', scanDevice: 'Jedes Gerät aus dem Karton scannen', declared: 'Von der Filiale gemeldet',
      scanned: 'Hier gescannt', seen: 'Gescannt', reconcile: 'Abgleichen', next: 'Nächster Karton', arrived: 'Angekommen', missing: 'Fehlend', unexpected: 'Unerwartet',
    },
    queue: {
      title: 'Prüfwarteschlange', job: 'Ankauf', kind: 'Art', device: 'Gerät', deadline: 'Frist', claimedBy: 'Übernommen von', lease: 'Sperrfrist',
      claim: 'Übernehmen', continue: 'Fortsetzen', mine: 'Meins', unclaimed: 'Frei', overdue: 'Überfällig',
      conflictTitle: 'Jemand anderes hat diesen Auftrag', conflict: 'Ein anderer Prüfer hat ihn zuerst übernommen; die Liste wurde aktualisiert.',
    },
    job: {
      title: 'Prüfung', release: 'Auftrag freigeben', notMine: 'Dieser Auftrag liegt bei {{who}}: erst aus der Warteschlange übernehmen.',
      inspection: 'Inspektion', identityRead: 'Vom Gerät gelesene IMEI oder Seriennummer', identityHelp: 'Vom Gerät selbst (Einstellungen oder Diagnose), nicht vom Etikett',
      checklistKeys: 'Prüfpunkt fokussieren (Tab): P bestanden, F fehlerhaft, N nicht vorhanden', notAnswered: 'nicht beantwortet', cosmetic: 'Optische Note (Tasten A–E)',
      defects: 'Fehlercodes', defectsHelp: 'Durch Kommas getrennt, z. B. SCREEN_SCRATCH', submitInspection: 'Inspektion absenden',
      answerCheck: 'Diesen Prüfpunkt beantworten', readDevice: 'Kennung vom Gerät lesen', pickCosmetic: 'Optische Note wählen', takePhoto: 'Mindestens ein Foto aufnehmen',
      incomplete: 'Die Inspektion ist unvollständig', inspected: 'Geprüft', erasure: 'Datenlöschung', recordErasure: 'Löschung erfassen', erased: 'Gelöscht',
      grade: 'Gerät bewerten', stockLabel: 'Lageretikett', marketplaceGrade: 'Marktplatz-Note', functional: 'Funktion', notStocked: 'Nicht eingelagert (siehe Verwendung)',
      printLabel: 'Lageretikett drucken',
      cosmeticShort: 'Optik', waitingForStock: 'Warten auf die Einlagerung…',
    },
  },
  checks: {
    POWER: 'Schaltet ein und startet', DISPLAY_TOUCH: 'Anzeige und Touch', FRONT_CAMERA: 'Frontkamera', REAR_CAMERA: 'Rückkameras',
    SPEAKERS_MICROPHONE: 'Lautsprecher und Mikrofon', BUTTONS: 'Tasten', CHARGING_PORT: 'Ladeanschluss', BIOMETRICS: 'Biometrie (Gesicht oder Fingerabdruck)',
    CELLULAR: 'Mobilfunk und SIM', BATTERY_HEALTH: 'Akkuzustand %',
  },
  checkResult: { PASS: 'Bestanden', FAIL: 'Fehlerhaft', NOT_PRESENT: 'Nicht vorhanden' },
  erasure: {
    mediumId: 'Datenträger', mediumType: 'Datenträgertyp', method: 'Methode (NIST 800-88)', technique: 'Verfahren', tool: 'Werkzeug', toolVersion: 'Werkzeugversion',
    verification: 'Verifizierung', report: 'Bericht des Werkzeugs',
  },
  disposition: { REFURBISH: 'Aufbereiten', REPAIR: 'Reparieren', RECYCLE: 'Recyceln', QUARANTINE: 'Quarantäne', PARTS: 'Ersatzteile' },
  stockStatus: { IN_STOCK: 'Auf Lager', REMOVED: 'Entnommen' },
  jobKind: { INITIAL: 'Erstprüfung', REGRADE: 'Nachprüfung (Einspruch)', REINSPECTION: 'Erneute Inspektion' },
  state: {
    QUOTED: 'Angeboten', ACCEPTED: 'Angenommen', IN_TRANSIT: 'Unterwegs', RECEIVED: 'Eingegangen', GRADED: 'Geprüft', COUNTER_OFFERED: 'Neues Angebot',
    FINALIZED: 'Abgeschlossen', PAID: 'Bezahlt', COMPLETED: 'Erledigt', EXPIRED: 'Abgelaufen', QUARANTINED: 'In Quarantäne', SUSPENDED: 'Ausgesetzt',
    RETURNING: 'Rücksendung läuft', RETURNED: 'Zurückgesendet', CANCELLED: 'Storniert',
  },
  tradeIn: {
    timeline: 'Verlauf', at: 'Wann', state: 'Status', cause: 'Ursache', detail: 'Detail', device: 'Gerät', amount: 'Betrag', discrepancy: 'Filialabweichung',
    created: 'Erstellt', custody: 'Verwahrkette', grades: 'Bewertungen', stock: 'Lager', payouts: 'Auszahlungen', payoutAudit: 'Auszahlungsprotokoll',
  },
  ops: {
    queues: {
      title: 'Arbeitslisten', holds: 'Gesperrte Auszahlungen', quarantine: 'Quarantäne', revised: 'Unbeantwortete neue Angebote', unshipped: 'Versandfrist läuft ab',
      suspended: 'Ausgesetzte Pakete', 'label-failures': 'Etikettenfehler', 'carrier-exceptions': 'Zustellprobleme', 'boxes-in-transit': 'Kartons unterwegs',
    },
    holds: {
      amount: 'Betrag', method: 'Art', reasons: 'Gesperrt wegen', due: 'Fällig', overdue: 'Überfällig', reason: 'Grund der Freigabe (wird protokolliert)',
      identityVerified: 'Ich habe die Identität des Verkäufers geprüft', release: 'Sperre aufheben',
    },
    search: {
      title: 'Ankaufssuche', query: 'Ankaufs-ID, IMEI oder Sendungsnummer', help: 'Eintippen oder scannen, dann Enter', notFound: 'Nichts gefunden für {{q}}',
    },
    prices: {
      title: 'Preistabellen', versions: 'Versionen', version: 'Version', rows: 'Zeilen', source: 'Quelle', by: 'Hochgeladen von', at: 'Am', current: 'aktuell',
      chooseFile: 'CSV-Datei wählen', csv: 'Neue Preistabelle (CSV)', line: 'Zeile', compare: 'Mit aktuellen Preisen vergleichen', activate: 'Diese Tabelle aktivieren',
      diff: 'Änderungen gegenüber den aktuellen Preisen', change: 'Änderung', item: 'Modell · Variante · Markt', before: 'Vorher', after: 'Nachher',
      added: 'Neu', removed: 'Entfernt', changed: 'Geändert', noChange: 'Keine Preisänderungen',
    },
    staffTokens: { title: 'Mitarbeiter-Tokens', role: 'Rolle', subject: 'Person (Subjekt)', storeId: 'Filiale', partnerId: 'Partner', siteId: 'Prüfstandort', hours: 'Gültig (Stunden)', reason: 'Grund (wird protokolliert)', issue: 'Token ausgeben', issued: 'Token ausgegeben, gültig bis {{at}}. Es wird nur einmal angezeigt: jetzt übergeben.', copy: 'Kopieren', copied: 'Kopiert', audit: 'Ausgegebene Tokens (Protokoll)', issuedAt: 'Ausgegeben', issuedBy: 'Von', binding: 'Filiale · Partner · Standort', expires: 'Läuft ab' },
    partners: { title: 'Partner und API-Schlüssel', keys: 'API-Schlüssel', revoke: 'Widerrufen', revoked: 'Widerrufen' },
  },
  holdReason: {},
  reason: {},
};
