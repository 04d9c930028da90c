/** English: the reference catalogue; every other language must have exactly these keys (see shape.ts). */
export const en = {
  app: { title: 'Trade-in console', language: 'Language', navigation: 'Main navigation', signOut: 'Sign out' },
  nav: {
    newTradeIn: 'New trade-in', storeIntake: 'Intake checks', boxes: 'Boxes', tradeIns: 'Trade-ins',
    queue: 'Grading queue', dock: 'Dock receipt', boxReceipt: 'Box receipt',
    workQueues: 'Work queues', search: 'Search', priceTables: 'Price tables', partners: 'Partners and keys',
    staffTokens: 'Staff tokens',
  },
  role: { store_staff: 'Store', grader: 'Grading site', ops: 'Operations' },
  signIn: {
    token: 'Staff token', tokenHelp: 'Paste or scan the token your manager issued', submit: 'Sign in', signedOut: 'You were signed out',
    demo: 'Demo (development only)', asClerk: 'Sign in as the demo store clerk', asGrader: 'Sign in as the demo grader', asOps: 'Sign in as demo ops',
    invalid: { MALFORMED: 'This is not a staff token', NOT_STAFF: 'This token is not for store, site or operations staff', EXPIRED: 'This token has expired' },
  },
  common: {
    pending: 'Pending – waiting for the server', noAnswer: 'No answer from the server', retry: 'Try again', print: 'Print', back: 'Back',
    cancel: 'Cancel', change: 'Change', close: 'Close', remove: 'Remove', all: 'All', empty: 'Nothing waiting', status: 'Status',
    tradeInId: 'Trade-in', serial: 'Serial',
  },
  scan: {
    deviceLabel: 'IMEI or serial number', deviceHelp: 'Scan the barcode or type it, then Enter', camera: 'Scan with the camera',
    cameraLoading: 'Starting the camera…', cameraError: 'The camera could not start: {{error}}',
  },
  imei: {
    EMPTY: 'Nothing was read', NON_DIGIT: 'An IMEI has digits only', WRONG_LENGTH: 'An IMEI has 15 digits (16 for an IMEISV)',
    CHECK_DIGIT: 'Check digit does not match: the IMEI was misread or mistyped', RESERVED_TAC: 'All-zero TAC or serial: no real device has it',
    RESERVED_SVN: 'Software version 99 is reserved', SERIAL_FORMAT: 'A serial number has 4 to 40 letters, digits or dashes',
  },
  market: { FR: 'France (EUR)', DE: 'Germany (EUR)', ES: 'Spain (EUR)', IT: 'Italy (EUR)', GB: 'United Kingdom (GBP)', US: 'United States (USD)', JP: 'Japan (JPY)' },
  store: {
    market: 'Market',
    new: {
      title: 'New trade-in', restart: 'Start over',
      step: { scan: 'Scan', model: 'Model', questions: 'Condition', offer: 'Offer', accept: 'Customer', receipt: 'Receipt' },
      noTacMatch: 'No model known for this IMEI: search the catalog', searchCatalog: 'Search the catalog (brand and name, Enter)',
      numberKeys: 'Press the number of an answer', breakdown: 'Offer breakdown', expires: 'Offer valid until',
      accept: 'Customer accepts', decline: 'Customer declines', storeCredit: 'Store credit to give', confirmAccept: 'Accept and give store credit',
      toIntake: 'Intake checks for this device', next: 'Next customer',
      outcome: { NO_OFFER: 'No offer for this device', RECYCLE_ONLY: 'Recycling only, no payment' },
    },
    intake: {
      title: 'Intake checks', submit: 'Record the intake', outcome: 'Outcome', detected: 'Detected model', blockList: 'Block list', next: 'Next device',
    },
    boxes: {
      title: 'Boxes to the grading site', site: 'Grading site', open: 'Open a box', box: 'Box', devices: 'Devices', tracking: 'Tracking',
      label: 'Download label', scanIn: 'Scan a device into the box', scanInHelp: 'Scan a device taken in here, or the trade-in reference from the receipt',
      close: 'Close the box', ship: 'Ship the box', printManifests: 'Print manifests',
    },
    tradeIns: { title: "This store's trade-ins" },
  },
  storeChecks: {
    POWERS_ON: { label: 'Does it power on?', YES: 'Yes', NO: 'No' },
    SCREEN: { label: 'Screen', INTACT: 'Intact', SCRATCHED: 'Scratched', CRACKED: 'Cracked', NO_DISPLAY: 'No display' },
    LOCKS: { label: 'Locks', NONE: 'None', ACTIVATION_LOCK: 'Activation lock', MDM: 'MDM enrolled', ACTIVATION_LOCK_AND_MDM: 'Activation lock and MDM' },
    ACCESSORIES: { label: 'Accessories', COMPLETE: 'Complete', PARTIAL: 'Partial', NONE: 'None' },
  },
  questions: {
    functional: { label: 'Does everything work (power, buttons, cameras, sound, connectivity)?', works: 'Everything works', minor_issues: 'One minor function fails', not_working: 'Does not power on or major functions fail' },
    screen: { label: 'Screen condition', flawless: 'No visible scratch', light_scratches: 'Light scratches, invisible when the screen is on', deep_scratches: 'Deep scratches you can feel with a fingernail', cracked: 'Cracked glass, display works', display_defect: 'Dead pixels, lines, burn-in or touch faults' },
    body: { label: 'Body and frame condition', flawless: 'Like new', light_wear: 'Light scratches or scuffs', heavy_wear: 'Dents, deep scratches or chips', cracked_or_bent: 'Cracked back or bent frame' },
    battery: { label: 'Battery health (Settings › Battery)', '80_or_more': '80 % or more', below_80: 'Below 80 % or "Service" shown' },
    locks: { label: 'Locks', none: 'Unlocked, Find My / Google account removed', sim_locked: 'Locked to a carrier (SIM lock)', activation_locked: 'Find My, Google FRP or an account lock still on' },
  },
  breakdown: { BASE_PRICE: 'Base price' },
  customer: { name: 'Customer name', email: 'Customer e-mail' },
  receipt: {
    title: 'Trade-in receipt', reference: 'Reference', store: 'Store', device: 'Device', customer: 'Customer', storeCredit: 'Store credit', date: 'Date',
    terms: 'Keep this receipt. The device is checked again at our grading site; the store credit given stays yours.',
  },
  outcome: { RECEIVED: 'Received', REJECTED: 'Rejected', QUARANTINED: 'Quarantined', SUSPENDED: 'Suspended', MISMATCH: 'Mismatch' },
  boxStatus: { OPEN: 'Open', CLOSED: 'Closed', SHIPPED: 'Shipped', RECEIVED: 'Received', RECONCILED: 'Reconciled' },
  scanResult: { ARRIVED: 'Arrived', UNEXPECTED: 'Not in this box', DUPLICATE: 'Already scanned' },
  shipment: { DELIVERED: 'Delivered', IN_TRANSIT: 'In transit', LABEL_ISSUED: 'Label issued' },
  locks: { activationLock: 'Activation lock on', mdm: 'MDM enrolled' },
  photo: { take: 'Take a photo', stored: 'Photo stored' },
  manifest: { title: 'Box manifest – put this page in the box', device: 'Device', model: 'Model', count_one: '{{count}} device', count_other: '{{count}} devices' },
  site: {
    dock: {
      title: 'Dock receipt', tracking: 'Scan the parcel tracking number', weight: 'Parcel weight (g)', empty: 'The parcel is empty',
      deviceRead: 'IMEI or serial read from the device', submit: 'Record the receipt', next: 'Next parcel',
    },
    boxes: {
      title: 'Box receipt', tracking: 'Scan the box tracking number', scanDevice: 'Scan each device from the box', declared: 'Declared by the store',
      scanned: 'Scanned here', seen: 'Scanned', reconcile: 'Reconcile', next: 'Next box', arrived: 'Arrived', missing: 'Missing', unexpected: 'Unexpected',
    },
    queue: {
      title: 'Grading queue', job: 'Trade-in', kind: 'Kind', device: 'Device', deadline: 'Deadline', claimedBy: 'Claimed by', lease: 'Lease',
      claim: 'Claim', continue: 'Continue', mine: 'Mine', unclaimed: 'Unclaimed', overdue: 'Overdue',
      conflictTitle: 'Someone else took this job', conflict: 'Another technician claimed it first; the queue was refreshed.',
    },
    job: {
      title: 'Grading', release: 'Release the job', notMine: 'This job is held by {{who}}: claim it from the queue first.',
      inspection: 'Inspection', identityRead: 'IMEI or serial read from the device', identityHelp: 'From the device itself (settings or diagnostics), not the label',
      checklistKeys: 'Focus a check (Tab): P pass, F fail, N not present', notAnswered: 'not answered', cosmetic: 'Cosmetic grade (keys A–E)',
      defects: 'Defect codes', defectsHelp: 'Comma separated, e.g. SCREEN_SCRATCH', submitInspection: 'Submit the inspection',
      answerCheck: 'Answer this check', readDevice: 'Read the identifier from the device', pickCosmetic: 'Pick a cosmetic grade', takePhoto: 'Take at least one photo',
      incomplete: 'The inspection is not complete', inspected: 'Inspected', erasure: 'Data erasure', recordErasure: 'Record the erasure', erased: 'Erased',
      grade: 'Grade the device', stockLabel: 'Stock label', marketplaceGrade: 'Marketplace grade', functional: 'Functional', notStocked: 'Not stocked (see disposition)',
      printLabel: 'Print the stock label',
      cosmeticShort: 'Cosmetic', waitingForStock: 'Waiting for the stock entry…',
    },
  },
  checks: {
    POWER: 'Powers on and boots', DISPLAY_TOUCH: 'Display and touch', FRONT_CAMERA: 'Front camera', REAR_CAMERA: 'Rear cameras',
    SPEAKERS_MICROPHONE: 'Speakers and microphone', BUTTONS: 'Buttons', CHARGING_PORT: 'Charging port', BIOMETRICS: 'Biometrics (face or fingerprint)',
    CELLULAR: 'Cellular radio and SIM', BATTERY_HEALTH: 'Battery health %',
  },
  checkResult: { PASS: 'Pass', FAIL: 'Fail', NOT_PRESENT: 'Not present' },
  erasure: {
    mediumId: 'Medium', mediumType: 'Medium type', method: 'Method (NIST 800-88)', technique: 'Technique', tool: 'Tool', toolVersion: 'Tool version',
    verification: 'Verification', report: "Tool's report",
  },
  disposition: { REFURBISH: 'Refurbish', REPAIR: 'Repair', RECYCLE: 'Recycle', QUARANTINE: 'Quarantine', PARTS: 'Parts' },
  stockStatus: { IN_STOCK: 'In stock', REMOVED: 'Removed' },
  jobKind: { INITIAL: 'First grade', REGRADE: 'Regrade (appeal)', REINSPECTION: 'Reinspection' },
  state: {
    QUOTED: 'Quoted', ACCEPTED: 'Accepted', IN_TRANSIT: 'In transit', RECEIVED: 'Received', GRADED: 'Graded', COUNTER_OFFERED: 'Revised offer',
    FINALIZED: 'Finalized', PAID: 'Paid', COMPLETED: 'Completed', EXPIRED: 'Expired', QUARANTINED: 'Quarantined', SUSPENDED: 'Suspended',
    RETURNING: 'Returning', RETURNED: 'Returned', CANCELLED: 'Cancelled',
  },
  tradeIn: {
    timeline: 'Timeline', at: 'When', state: 'State', cause: 'Cause', detail: 'Detail', device: 'Device', amount: 'Amount', discrepancy: 'Store discrepancy',
    created: 'Created', custody: 'Chain of custody', grades: 'Grades', stock: 'Stock', payouts: 'Payouts', payoutAudit: 'Payout audit',
  },
  ops: {
    queues: {
      title: 'Work queues', holds: 'Payout holds', quarantine: 'Quarantine', revised: 'Unanswered revised offers', unshipped: 'Ship-by expiring',
      suspended: 'Suspended parcels', 'label-failures': 'Label failures', 'carrier-exceptions': 'Carrier exceptions', 'boxes-in-transit': 'Boxes in transit',
    },
    holds: {
      amount: 'Amount', method: 'Method', reasons: 'Held because', due: 'Due', overdue: 'Overdue', reason: 'Why release it (kept in the audit)',
      identityVerified: "I checked the seller's identity", release: 'Release the hold',
    },
    search: {
      title: 'Trade-in search', query: 'Trade-in id, IMEI or tracking number', help: 'Type or scan, then Enter', notFound: 'Nothing found for {{q}}',
    },
    prices: {
      title: 'Price tables', versions: 'Versions', version: 'Version', rows: 'Rows', source: 'Source', by: 'Uploaded by', at: 'At', current: 'current',
      chooseFile: 'Choose a CSV file', csv: 'New price table (CSV)', line: 'line', compare: 'Compare with current prices', activate: 'Activate this table',
      diff: 'Changes against the current prices', change: 'Change', item: 'Model · variant · market', before: 'Before', after: 'After',
      added: 'Added', removed: 'Removed', changed: 'Changed', noChange: 'No price changes',
    },
    staffTokens: { title: 'Staff tokens', role: 'Role', subject: 'Person (subject)', storeId: 'Store', partnerId: 'Partner', siteId: 'Grading site', hours: 'Valid for (hours)', reason: 'Why (kept in the audit)', issue: 'Issue the token', issued: 'Token issued, valid until {{at}}. It is shown once: hand it over now.', copy: 'Copy', copied: 'Copied', audit: 'Issued tokens (audit)', issuedAt: 'Issued', issuedBy: 'By', binding: 'Store · partner · site', expires: 'Expires' },
    partners: { title: 'Partners and API keys', keys: 'API keys', revoke: 'Revoke', revoked: 'Revoked' },
  },
  holdReason: {},
  reason: {},
};
