import { type Catalogue } from './shape';

export const fr: Catalogue = {
  app: { title: 'Console de reprise', language: 'Langue', navigation: 'Navigation principale', signOut: 'Se déconnecter' },
  nav: {
    newTradeIn: 'Nouvelle reprise', storeIntake: "Contrôles d'entrée", boxes: 'Cartons', tradeIns: 'Reprises',
    queue: "File d'expertise", dock: 'Réception quai', boxReceipt: 'Réception carton',
    workQueues: 'Files de travail', search: 'Recherche', priceTables: 'Grilles de prix', partners: 'Partenaires et clés',
    staffTokens: 'Jetons personnels',
  },
  role: { store_staff: 'Magasin', grader: "Site d'expertise", ops: 'Opérations' },
  signIn: {
    token: 'Jeton personnel', tokenHelp: 'Collez ou scannez le jeton remis par votre responsable', submit: 'Se connecter', signedOut: 'Vous avez été déconnecté',
    demo: 'Démo (développement uniquement)', asClerk: 'Se connecter comme vendeur démo', asGrader: 'Se connecter comme technicien démo', asOps: 'Se connecter comme opérations démo',
    invalid: { MALFORMED: "Ce n'est pas un jeton personnel", NOT_STAFF: "Ce jeton n'est pas destiné au personnel magasin, site ou opérations", EXPIRED: 'Ce jeton a expiré' },
  },
  common: {
    pending: 'En attente du serveur', noAnswer: 'Pas de réponse du serveur', retry: 'Réessayer', print: 'Imprimer', back: 'Retour',
    cancel: 'Annuler', change: 'Modifier', close: 'Fermer', remove: 'Retirer', all: 'Tous', empty: 'Rien en attente', status: 'Statut',
    tradeInId: 'Reprise', serial: 'N° de série',
  },
  scan: {
    deviceLabel: 'IMEI ou numéro de série', deviceHelp: 'Scannez le code-barres ou saisissez-le, puis Entrée', camera: 'Scanner avec la caméra',
    cameraLoading: 'Démarrage de la caméra…', cameraError: "La caméra n'a pas pu démarrer : {{error}}",
  },
  imei: {
    EMPTY: "Rien n'a été lu", NON_DIGIT: "Un IMEI ne contient que des chiffres", WRONG_LENGTH: 'Un IMEI a 15 chiffres (16 pour un IMEISV)',
    CHECK_DIGIT: "Chiffre de contrôle incorrect : l'IMEI a été mal lu ou mal saisi", RESERVED_TAC: 'TAC ou série à zéro : aucun appareil réel',
    RESERVED_SVN: 'La version logicielle 99 est réservée', SERIAL_FORMAT: 'Un numéro de série a 4 à 40 lettres, chiffres ou tirets',
  },
  market: { FR: 'France (EUR)', DE: 'Allemagne (EUR)', ES: 'Espagne (EUR)', IT: 'Italie (EUR)', GB: 'Royaume-Uni (GBP)', US: 'États-Unis (USD)', JP: 'Japon (JPY)' },
  store: {
    market: 'Marché',
    new: {
      title: 'Nouvelle reprise', restart: 'Recommencer',
      step: { scan: 'Scan', model: 'Modèle', questions: 'État', offer: 'Offre', accept: 'Client', receipt: 'Reçu' },
      noTacMatch: 'Aucun modèle connu pour cet IMEI : cherchez dans le catalogue', searchCatalog: 'Chercher dans le catalogue (marque et nom, Entrée)',
      numberKeys: "Tapez le numéro d'une réponse", breakdown: "Détail de l'offre", expires: "Offre valable jusqu'au",
      accept: 'Le client accepte', decline: 'Le client refuse', storeCredit: 'Avoir à remettre', confirmAccept: "Accepter et remettre l'avoir",
      toIntake: "Contrôles d'entrée de cet appareil", next: 'Client suivant',
      outcome: { NO_OFFER: "Pas d'offre pour cet appareil", RECYCLE_ONLY: 'Recyclage uniquement, sans paiement' },
    },
    intake: {
      title: "Contrôles d'entrée", submit: "Enregistrer l'entrée", outcome: 'Résultat', detected: 'Modèle détecté', blockList: 'Liste noire', next: 'Appareil suivant',
    },
    boxes: {
      title: "Cartons vers le site d'expertise", site: "Site d'expertise", open: 'Ouvrir un carton', box: 'Carton', devices: 'Appareils', tracking: 'Suivi',
      label: "Télécharger l'étiquette", scanIn: 'Scanner un appareil dans le carton', scanInHelp: 'Scannez un appareil repris ici, ou la référence de reprise du reçu',
      close: 'Fermer le carton', ship: 'Expédier le carton', printManifests: 'Imprimer les bordereaux',
    },
    tradeIns: { title: 'Reprises de ce magasin' },
  },
  storeChecks: {
    POWERS_ON: { label: "S'allume-t-il ?", YES: 'Oui', NO: 'Non' },
    SCREEN: { label: 'Écran', INTACT: 'Intact', SCRATCHED: 'Rayé', CRACKED: 'Fêlé', NO_DISPLAY: "Pas d'affichage" },
    LOCKS: { label: 'Verrous', NONE: 'Aucun', ACTIVATION_LOCK: "Verrou d'activation", MDM: 'Inscrit MDM', ACTIVATION_LOCK_AND_MDM: "Verrou d'activation et MDM" },
    ACCESSORIES: { label: 'Accessoires', COMPLETE: 'Complets', PARTIAL: 'Partiels', NONE: 'Aucun' },
  },
  questions: {
    functional: { label: 'Tout fonctionne-t-il (alimentation, boutons, caméras, son, réseau) ?', works: 'Tout fonctionne', minor_issues: 'Une fonction mineure est en panne', not_working: "Ne s'allume pas ou fonctions majeures en panne" },
    screen: { label: "État de l'écran", flawless: 'Aucune rayure visible', light_scratches: 'Rayures légères, invisibles écran allumé', deep_scratches: "Rayures profondes sensibles à l'ongle", cracked: 'Vitre fêlée, affichage fonctionnel', display_defect: 'Pixels morts, lignes, marquage ou tactile défaillant' },
    body: { label: 'État de la coque et du cadre', flawless: 'Comme neuf', light_wear: 'Rayures ou marques légères', heavy_wear: 'Bosses, rayures profondes ou éclats', cracked_or_bent: 'Dos fêlé ou cadre tordu' },
    battery: { label: 'Santé de la batterie (Réglages › Batterie)', '80_or_more': '80 % ou plus', below_80: 'Moins de 80 % ou « Service » affiché' },
    locks: { label: 'Verrous', none: 'Déverrouillé, compte Localiser / Google retiré', sim_locked: 'Bloqué opérateur (SIM lock)', activation_locked: 'Localiser, FRP Google ou compte encore actif' },
  },
  breakdown: { BASE_PRICE: 'Prix de base' },
  customer: { name: 'Nom du client', email: 'E-mail du client' },
  receipt: {
    title: 'Reçu de reprise', reference: 'Référence', store: 'Magasin', device: 'Appareil', customer: 'Client', storeCredit: 'Avoir', date: 'Date',
    terms: "Conservez ce reçu. L'appareil est contrôlé à nouveau sur notre site d'expertise ; l'avoir remis vous reste acquis.",
  },
  outcome: { RECEIVED: 'Reçu', REJECTED: 'Refusé', QUARANTINED: 'En quarantaine', SUSPENDED: 'Suspendu', MISMATCH: 'Non conforme' },
  boxStatus: { OPEN: 'Ouvert', CLOSED: 'Fermé', SHIPPED: 'Expédié', RECEIVED: 'Reçu', RECONCILED: 'Rapproché' },
  scanResult: { ARRIVED: 'Arrivé', UNEXPECTED: 'Pas dans ce carton', DUPLICATE: 'Déjà scanné' },
  shipment: { DELIVERED: 'Livré', IN_TRANSIT: 'En transit', LABEL_ISSUED: 'Étiquette émise' },
  locks: { activationLock: "Verrou d'activation actif", mdm: 'Inscrit MDM' },
  photo: { take: 'Prendre une photo', stored: 'Photo enregistrée' },
  manifest: { title: 'Bordereau du carton – à glisser dans le carton', device: 'Appareil', model: 'Modèle', count_one: '{{count}} appareil', count_other: '{{count}} appareils' },
  site: {
    dock: {
      title: 'Réception quai', tracking: 'Scannez le numéro de suivi du colis', weight: 'Poids du colis (g)', empty: 'Le colis est vide',
      deviceRead: "IMEI ou n° de série lu sur l'appareil", submit: 'Enregistrer la réception', next: 'Colis suivant',
    },
    boxes: {
      title: 'Réception carton', tracking: 'Scannez le numéro de suivi du carton', scanDevice: 'Scannez chaque appareil du carton', declared: 'Déclarés par le magasin',
      scanned: 'Scannés ici', seen: 'Scanné', reconcile: 'Rapprocher', next: 'Carton suivant', arrived: 'Arrivés', missing: 'Manquants', unexpected: 'Inattendus',
    },
    queue: {
      title: "File d'expertise", job: 'Reprise', kind: 'Type', device: 'Appareil', deadline: 'Échéance', claimedBy: 'Pris par', lease: 'Bail',
      claim: 'Prendre', continue: 'Continuer', mine: 'À moi', unclaimed: 'Libre', overdue: 'En retard',
      conflictTitle: "Quelqu'un a pris ce travail", conflict: "Un autre technicien l'a pris avant vous ; la file a été actualisée.",
    },
    job: {
      title: 'Expertise', release: 'Libérer le travail', notMine: "Ce travail est tenu par {{who}} : prenez-le d'abord dans la file.",
      inspection: 'Inspection', identityRead: "IMEI ou n° de série lu sur l'appareil", identityHelp: "Depuis l'appareil lui-même (réglages ou diagnostic), pas l'étiquette",
      checklistKeys: 'Sélectionnez un contrôle (Tab) : P réussi, F échec, N absent', notAnswered: 'sans réponse', cosmetic: 'Grade esthétique (touches A–E)',
      defects: 'Codes défaut', defectsHelp: 'Séparés par des virgules, ex. SCREEN_SCRATCH', submitInspection: "Valider l'inspection",
      answerCheck: 'Répondez à ce contrôle', readDevice: "Lisez l'identifiant sur l'appareil", pickCosmetic: 'Choisissez un grade esthétique', takePhoto: 'Prenez au moins une photo',
      incomplete: "L'inspection n'est pas complète", inspected: 'Inspecté', erasure: 'Effacement des données', recordErasure: "Enregistrer l'effacement", erased: 'Effacé',
      grade: "Noter l'appareil", stockLabel: 'Étiquette de stock', marketplaceGrade: 'Grade marketplace', functional: 'Fonctionnel', notStocked: 'Non stocké (voir destination)',
      printLabel: "Imprimer l'étiquette de stock",
      cosmeticShort: 'Esthétique', waitingForStock: "En attente de l'entrée en stock…",
    },
  },
  checks: {
    POWER: "S'allume et démarre", DISPLAY_TOUCH: 'Écran et tactile', FRONT_CAMERA: 'Caméra avant', REAR_CAMERA: 'Caméras arrière',
    SPEAKERS_MICROPHONE: 'Haut-parleurs et micro', BUTTONS: 'Boutons', CHARGING_PORT: 'Port de charge', BIOMETRICS: 'Biométrie (visage ou empreinte)',
    CELLULAR: 'Radio cellulaire et SIM', BATTERY_HEALTH: 'Santé batterie %',
  },
  checkResult: { PASS: 'Réussi', FAIL: 'Échec', NOT_PRESENT: 'Absent' },
  erasure: {
    mediumId: 'Support', mediumType: 'Type de support', method: 'Méthode (NIST 800-88)', technique: 'Technique', tool: 'Outil', toolVersion: "Version de l'outil",
    verification: 'Vérification', report: "Rapport de l'outil",
  },
  disposition: { REFURBISH: 'Reconditionner', REPAIR: 'Réparer', RECYCLE: 'Recycler', QUARANTINE: 'Quarantaine', PARTS: 'Pièces' },
  stockStatus: { IN_STOCK: 'En stock', REMOVED: 'Retiré' },
  jobKind: { INITIAL: 'Première expertise', REGRADE: 'Réexpertise (contestation)', REINSPECTION: 'Réinspection' },
  state: {
    QUOTED: 'Devisé', ACCEPTED: 'Accepté', IN_TRANSIT: 'En transit', RECEIVED: 'Reçu', GRADED: 'Expertisé', COUNTER_OFFERED: 'Offre révisée',
    FINALIZED: 'Finalisé', PAID: 'Payé', COMPLETED: 'Terminé', EXPIRED: 'Expiré', QUARANTINED: 'En quarantaine', SUSPENDED: 'Suspendu',
    RETURNING: 'En retour', RETURNED: 'Retourné', CANCELLED: 'Annulé',
  },
  tradeIn: {
    timeline: 'Historique', at: 'Quand', state: 'État', cause: 'Cause', detail: 'Détail', device: 'Appareil', amount: 'Montant', discrepancy: 'Écart magasin',
    created: 'Créée', custody: 'Chaîne de possession', grades: 'Grades', stock: 'Stock', payouts: 'Paiements', payoutAudit: 'Audit du paiement',
  },
  ops: {
    queues: {
      title: 'Files de travail', holds: 'Paiements bloqués', quarantine: 'Quarantaine', revised: 'Offres révisées sans réponse', unshipped: "Date d'envoi proche",
      suspended: 'Colis suspendus', 'label-failures': "Échecs d'étiquette", 'carrier-exceptions': 'Incidents transporteur', 'boxes-in-transit': 'Cartons en transit',
    },
    holds: {
      amount: 'Montant', method: 'Mode', reasons: 'Bloqué car', due: 'Échéance', overdue: 'En retard', reason: "Motif du déblocage (conservé dans l'audit)",
      identityVerified: "J'ai vérifié l'identité du vendeur", release: 'Débloquer',
    },
    search: {
      title: 'Recherche de reprise', query: 'Id de reprise, IMEI ou n° de suivi', help: 'Saisissez ou scannez, puis Entrée', notFound: 'Aucun résultat pour {{q}}',
    },
    prices: {
      title: 'Grilles de prix', versions: 'Versions', version: 'Version', rows: 'Lignes', source: 'Source', by: 'Déposée par', at: 'Le', current: 'actuelle',
      chooseFile: 'Choisir un fichier CSV', csv: 'Nouvelle grille (CSV)', line: 'ligne', compare: 'Comparer aux prix actuels', activate: 'Activer cette grille',
      diff: 'Changements par rapport aux prix actuels', change: 'Changement', item: 'Modèle · variante · marché', before: 'Avant', after: 'Après',
      added: 'Ajouté', removed: 'Supprimé', changed: 'Modifié', noChange: 'Aucun changement de prix',
    },
    staffTokens: { title: 'Jetons personnels', role: 'Rôle', subject: 'Personne (sujet)', storeId: 'Magasin', partnerId: 'Partenaire', siteId: "Site d'expertise", hours: 'Validité (heures)', reason: "Motif (conservé dans l'audit)", issue: 'Émettre le jeton', issued: "Jeton émis, valable jusqu'au {{at}}. Il n'est affiché qu'une fois : remettez-le maintenant.", copy: 'Copier', copied: 'Copié', audit: 'Jetons émis (audit)', issuedAt: 'Émis le', issuedBy: 'Par', binding: 'Magasin · partenaire · site', expires: 'Expire le' },
    partners: { title: 'Partenaires et clés API', keys: 'Clés API', revoke: 'Révoquer', revoked: 'Révoquée' },
  },
  holdReason: {},
  reason: {},
};
