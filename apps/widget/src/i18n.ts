/**
 * The widget's own words in six languages. Device names, questions and answers come from the catalog
 * as the platform publishes them; everything the widget itself says is here.
 */
const en = {
  title: 'Trade in your device',
  r_SCREEN_CONDITION: 'The screen is in worse condition than declared', r_BODY_CONDITION: 'The body shows more wear than declared', r_FUNCTIONAL_ISSUE: 'Something does not work as it should', r_DEVICE_LOCKED: 'The device is still locked to an account', r_MISSING_ACCESSORIES: 'Accessories are missing', r_MISSING_CONTROLLER: 'A controller is missing', r_KEYBOARD_FAULT: 'The keyboard is faulty',
  cat_smartphone: 'Smartphones', cat_console: 'Game consoles', cat_smartwatch: 'Smartwatches', cat_tablet: 'Tablets', cat_laptop: 'Laptops',
  search: 'Search for your device', category: 'Category', allCategories: 'All categories', searchButton: 'Search',
  noResults: 'No device matches your search.', chooseVariant: 'Choose the model', upTo: 'up to {0}', notBought: 'not bought in your market',
  questions: 'Tell us about its condition', getOffer: 'See my offer', back: 'Back', startOver: 'Start over',
  offer: 'Your offer', breakdown: 'How we priced it', base: 'Price in top condition', bonus: 'Partner bonus', rounding: 'Rounding', floor: 'Lowest price',
  validUntil: 'Offer valid until {0}', acceptOffer: 'Accept this offer',
  details: 'Your details', name: 'Full name', email: 'E-mail', payout: 'How you get paid', PARTNER_CREDIT: 'Credit at this shop', GIFT_CARD: 'Gift card',
  policy: 'If our check finds a lower value', ASK: 'Ask me first', AUTO: 'Accept automatically if it is at most', percent: 'Largest drop in %', confirm: 'Confirm the trade-in',
  done: 'Trade-in confirmed', shipBy: 'Send your device by {0}', nextSteps: 'We e-mail you a prepaid shipping label. Pack the device, drop it off, and follow every step with your tracking link.',
  trackLink: 'Follow my trade-in', loading: 'Loading…',
  err_SESSION_EXPIRED: 'Your session has expired. Start again to get a fresh one.', err_QUOTE_EXPIRED: 'This offer has expired. Ask for a new offer: prices may have changed.',
  err_UNPRICED: 'We do not buy this device in your market yet. Try another device.', err_NETWORK: 'We could not reach the trade-in service. Check your connection and try again.',
  err_INVALID: 'Please check: {0}', err_LINK: 'This tracking link is invalid or has expired.', err_UNEXPECTED: 'Something went wrong. Please try again.', retry: 'Try again',
  tracking: 'Your trade-in', label: 'Shipping label: {0} {1}', downloadLabel: 'Download the label', noLabel: 'Your shipping label is on its way.',
  revised: 'We checked your device: revised offer', reasons: 'Why', evidence: 'What our technician found', grade: 'Cosmetic grade {0}', battery: 'Battery health {0} %',
  answerBy: 'Answer by {0}', acceptRevised: 'Accept the revised offer', declineRevised: 'Decline and get my device back',
  windowClosed: 'The time to answer has passed, so your choice at acceptance applies: {0}.', policyAsk: 'the device is returned to you free of charge',
  policyAuto: 'a drop of at most {0} % is accepted automatically, otherwise the device is returned free of charge', answered_ACCEPTED: 'You accepted the revised offer.',
  answered_DECLINED: 'You declined the revised offer: your device is on its way back.', answered_AUTO_ACCEPTED: 'The revised offer was accepted automatically, as you chose.',
  answered_LAPSED_FREE_RETURN: 'No answer came in time: your device is returned free of charge.',
  s_QUOTED: 'You got an offer', s_ACCEPTED: 'You accepted the offer', s_IN_TRANSIT: 'Your parcel is on its way', s_RECEIVED: 'We received your device',
  s_GRADED: 'Our technician checked your device', s_COUNTER_OFFERED: 'We sent you a revised offer', s_FINALIZED: 'The final price is settled', s_PAID: 'You have been paid',
  s_COMPLETED: 'All done: thank you!', s_EXPIRED: 'The offer expired', s_QUARANTINED: 'Your device is held for a check', s_SUSPENDED: 'Your trade-in is paused for a check',
  s_RETURNING: 'Your device is on its way back to you', s_RETURNED: 'Your device was returned', s_CANCELLED: 'The trade-in was cancelled',
};
export type MessageKey = keyof typeof en;
type Messages = Record<MessageKey, string>;

const fr: Messages = {
  title: 'Reprise de votre appareil',
  r_SCREEN_CONDITION: "L'écran est en moins bon état que déclaré", r_BODY_CONDITION: 'La coque est plus usée que déclaré', r_FUNCTIONAL_ISSUE: 'Quelque chose ne fonctionne pas correctement', r_DEVICE_LOCKED: "L'appareil est encore verrouillé à un compte", r_MISSING_ACCESSORIES: 'Des accessoires manquent', r_MISSING_CONTROLLER: 'Une manette manque', r_KEYBOARD_FAULT: 'Le clavier est défectueux',
  cat_smartphone: 'Smartphones', cat_console: 'Consoles de jeu', cat_smartwatch: 'Montres connectées', cat_tablet: 'Tablettes', cat_laptop: 'Ordinateurs portables',
  search: 'Cherchez votre appareil', category: 'Catégorie', allCategories: 'Toutes les catégories', searchButton: 'Rechercher',
  noResults: 'Aucun appareil ne correspond à votre recherche.', chooseVariant: 'Choisissez le modèle', upTo: "jusqu'à {0}", notBought: 'non repris dans votre pays',
  questions: 'Dites-nous dans quel état il est', getOffer: 'Voir mon offre', back: 'Retour', startOver: 'Recommencer',
  offer: 'Votre offre', breakdown: 'Comment nous l’avons calculée', base: 'Prix en parfait état', bonus: 'Bonus partenaire', rounding: 'Arrondi', floor: 'Prix minimum',
  validUntil: "Offre valable jusqu'au {0}", acceptOffer: 'Accepter cette offre',
  details: 'Vos coordonnées', name: 'Nom complet', email: 'E-mail', payout: 'Comment être payé', PARTNER_CREDIT: 'Avoir dans cette boutique', GIFT_CARD: 'Carte cadeau',
  policy: 'Si notre contrôle trouve une valeur plus basse', ASK: "Me demander d'abord", AUTO: "Accepter automatiquement si la baisse est d'au plus", percent: 'Baisse maximale en %', confirm: 'Confirmer la reprise',
  done: 'Reprise confirmée', shipBy: 'Envoyez votre appareil avant le {0}', nextSteps: "Nous vous envoyons une étiquette prépayée par e-mail. Emballez l'appareil, déposez-le et suivez chaque étape avec votre lien de suivi.",
  trackLink: 'Suivre ma reprise', loading: 'Chargement…',
  err_SESSION_EXPIRED: 'Votre session a expiré. Recommencez pour en ouvrir une nouvelle.', err_QUOTE_EXPIRED: 'Cette offre a expiré. Demandez une nouvelle offre : les prix ont pu changer.',
  err_UNPRICED: 'Nous ne reprenons pas encore cet appareil dans votre pays. Essayez un autre appareil.', err_NETWORK: 'Impossible de joindre le service de reprise. Vérifiez votre connexion et réessayez.',
  err_INVALID: 'Vérifiez : {0}', err_LINK: 'Ce lien de suivi est invalide ou a expiré.', err_UNEXPECTED: 'Une erreur est survenue. Réessayez.', retry: 'Réessayer',
  tracking: 'Votre reprise', label: "Étiquette d'envoi : {0} {1}", downloadLabel: "Télécharger l'étiquette", noLabel: "Votre étiquette d'envoi arrive.",
  revised: 'Nous avons contrôlé votre appareil : offre révisée', reasons: 'Pourquoi', evidence: 'Ce que notre technicien a constaté', grade: 'Grade esthétique {0}', battery: 'Santé de la batterie {0} %',
  answerBy: 'Répondez avant le {0}', acceptRevised: "Accepter l'offre révisée", declineRevised: 'Refuser et récupérer mon appareil',
  windowClosed: "Le délai de réponse est passé, votre choix à l'acceptation s'applique : {0}.", policyAsk: "l'appareil vous est renvoyé gratuitement",
  policyAuto: "une baisse d'au plus {0} % est acceptée automatiquement, sinon l'appareil vous est renvoyé gratuitement", answered_ACCEPTED: "Vous avez accepté l'offre révisée.",
  answered_DECLINED: "Vous avez refusé l'offre révisée : votre appareil vous est renvoyé.", answered_AUTO_ACCEPTED: "L'offre révisée a été acceptée automatiquement, comme vous l'aviez choisi.",
  answered_LAPSED_FREE_RETURN: 'Aucune réponse à temps : votre appareil vous est renvoyé gratuitement.',
  s_QUOTED: 'Vous avez reçu une offre', s_ACCEPTED: "Vous avez accepté l'offre", s_IN_TRANSIT: 'Votre colis est en route', s_RECEIVED: 'Nous avons reçu votre appareil',
  s_GRADED: 'Notre technicien a contrôlé votre appareil', s_COUNTER_OFFERED: 'Nous vous avons envoyé une offre révisée', s_FINALIZED: 'Le prix final est fixé', s_PAID: 'Vous avez été payé',
  s_COMPLETED: 'Terminé : merci !', s_EXPIRED: "L'offre a expiré", s_QUARANTINED: 'Votre appareil est retenu pour vérification', s_SUSPENDED: 'Votre reprise est suspendue pour vérification',
  s_RETURNING: 'Votre appareil vous est renvoyé', s_RETURNED: 'Votre appareil vous a été rendu', s_CANCELLED: 'La reprise a été annulée',
};

const de: Messages = {
  title: 'Gerät in Zahlung geben',
  r_SCREEN_CONDITION: 'Das Display ist in schlechterem Zustand als angegeben', r_BODY_CONDITION: 'Das Gehäuse ist stärker abgenutzt als angegeben', r_FUNCTIONAL_ISSUE: 'Etwas funktioniert nicht richtig', r_DEVICE_LOCKED: 'Das Gerät ist noch an ein Konto gebunden', r_MISSING_ACCESSORIES: 'Zubehör fehlt', r_MISSING_CONTROLLER: 'Ein Controller fehlt', r_KEYBOARD_FAULT: 'Die Tastatur ist defekt',
  cat_smartphone: 'Smartphones', cat_console: 'Spielkonsolen', cat_smartwatch: 'Smartwatches', cat_tablet: 'Tablets', cat_laptop: 'Laptops',
  search: 'Suchen Sie Ihr Gerät', category: 'Kategorie', allCategories: 'Alle Kategorien', searchButton: 'Suchen',
  noResults: 'Kein Gerät passt zu Ihrer Suche.', chooseVariant: 'Wählen Sie das Modell', upTo: 'bis zu {0}', notBought: 'in Ihrem Land nicht angekauft',
  questions: 'Wie ist der Zustand?', getOffer: 'Mein Angebot ansehen', back: 'Zurück', startOver: 'Neu beginnen',
  offer: 'Ihr Angebot', breakdown: 'So haben wir gerechnet', base: 'Preis in Bestzustand', bonus: 'Partnerbonus', rounding: 'Rundung', floor: 'Mindestpreis',
  validUntil: 'Angebot gültig bis {0}', acceptOffer: 'Angebot annehmen',
  details: 'Ihre Angaben', name: 'Vollständiger Name', email: 'E-Mail', payout: 'Auszahlung', PARTNER_CREDIT: 'Guthaben in diesem Shop', GIFT_CARD: 'Geschenkkarte',
  policy: 'Falls unsere Prüfung einen niedrigeren Wert ergibt', ASK: 'Erst fragen', AUTO: 'Automatisch annehmen bei höchstens', percent: 'Größte Minderung in %', confirm: 'Inzahlungnahme bestätigen',
  done: 'Inzahlungnahme bestätigt', shipBy: 'Senden Sie Ihr Gerät bis {0}', nextSteps: 'Wir schicken Ihnen ein frankiertes Versandetikett per E-Mail. Gerät verpacken, abgeben und jeden Schritt mit Ihrem Link verfolgen.',
  trackLink: 'Meine Inzahlungnahme verfolgen', loading: 'Wird geladen…',
  err_SESSION_EXPIRED: 'Ihre Sitzung ist abgelaufen. Beginnen Sie neu, um eine neue zu erhalten.', err_QUOTE_EXPIRED: 'Dieses Angebot ist abgelaufen. Fordern Sie ein neues an: Preise können sich geändert haben.',
  err_UNPRICED: 'Dieses Gerät kaufen wir in Ihrem Land noch nicht an. Versuchen Sie ein anderes.', err_NETWORK: 'Der Dienst ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  err_INVALID: 'Bitte prüfen: {0}', err_LINK: 'Dieser Link ist ungültig oder abgelaufen.', err_UNEXPECTED: 'Etwas ist schiefgelaufen. Bitte erneut versuchen.', retry: 'Erneut versuchen',
  tracking: 'Ihre Inzahlungnahme', label: 'Versandetikett: {0} {1}', downloadLabel: 'Etikett herunterladen', noLabel: 'Ihr Versandetikett ist unterwegs.',
  revised: 'Wir haben Ihr Gerät geprüft: neues Angebot', reasons: 'Warum', evidence: 'Befund unseres Technikers', grade: 'Optischer Grad {0}', battery: 'Akkuzustand {0} %',
  answerBy: 'Antworten bis {0}', acceptRevised: 'Neues Angebot annehmen', declineRevised: 'Ablehnen und Gerät zurückerhalten',
  windowClosed: 'Die Antwortfrist ist abgelaufen, daher gilt Ihre Wahl bei der Annahme: {0}.', policyAsk: 'das Gerät wird kostenlos zurückgeschickt',
  policyAuto: 'eine Minderung von höchstens {0} % wird automatisch angenommen, sonst wird das Gerät kostenlos zurückgeschickt', answered_ACCEPTED: 'Sie haben das neue Angebot angenommen.',
  answered_DECLINED: 'Sie haben das neue Angebot abgelehnt: Ihr Gerät kommt zurück.', answered_AUTO_ACCEPTED: 'Das neue Angebot wurde wie gewählt automatisch angenommen.',
  answered_LAPSED_FREE_RETURN: 'Keine Antwort in der Frist: Ihr Gerät wird kostenlos zurückgeschickt.',
  s_QUOTED: 'Sie haben ein Angebot erhalten', s_ACCEPTED: 'Sie haben das Angebot angenommen', s_IN_TRANSIT: 'Ihr Paket ist unterwegs', s_RECEIVED: 'Wir haben Ihr Gerät erhalten',
  s_GRADED: 'Unser Techniker hat Ihr Gerät geprüft', s_COUNTER_OFFERED: 'Wir haben Ihnen ein neues Angebot geschickt', s_FINALIZED: 'Der Endpreis steht fest', s_PAID: 'Sie wurden bezahlt',
  s_COMPLETED: 'Fertig: vielen Dank!', s_EXPIRED: 'Das Angebot ist abgelaufen', s_QUARANTINED: 'Ihr Gerät wird zur Prüfung zurückgehalten', s_SUSPENDED: 'Ihre Inzahlungnahme ruht zur Prüfung',
  s_RETURNING: 'Ihr Gerät ist auf dem Rückweg', s_RETURNED: 'Ihr Gerät wurde zurückgegeben', s_CANCELLED: 'Die Inzahlungnahme wurde storniert',
};

const es: Messages = {
  title: 'Entrega tu dispositivo',
  r_SCREEN_CONDITION: 'La pantalla está peor de lo declarado', r_BODY_CONDITION: 'La carcasa está más desgastada de lo declarado', r_FUNCTIONAL_ISSUE: 'Algo no funciona como debería', r_DEVICE_LOCKED: 'El dispositivo sigue bloqueado a una cuenta', r_MISSING_ACCESSORIES: 'Faltan accesorios', r_MISSING_CONTROLLER: 'Falta un mando', r_KEYBOARD_FAULT: 'El teclado está averiado',
  cat_smartphone: 'Smartphones', cat_console: 'Consolas', cat_smartwatch: 'Relojes inteligentes', cat_tablet: 'Tabletas', cat_laptop: 'Portátiles',
  search: 'Busca tu dispositivo', category: 'Categoría', allCategories: 'Todas las categorías', searchButton: 'Buscar',
  noResults: 'Ningún dispositivo coincide con tu búsqueda.', chooseVariant: 'Elige el modelo', upTo: 'hasta {0}', notBought: 'no se compra en tu país',
  questions: 'Cuéntanos su estado', getOffer: 'Ver mi oferta', back: 'Atrás', startOver: 'Empezar de nuevo',
  offer: 'Tu oferta', breakdown: 'Cómo la calculamos', base: 'Precio en perfecto estado', bonus: 'Bono del socio', rounding: 'Redondeo', floor: 'Precio mínimo',
  validUntil: 'Oferta válida hasta el {0}', acceptOffer: 'Aceptar esta oferta',
  details: 'Tus datos', name: 'Nombre completo', email: 'Correo electrónico', payout: 'Cómo cobras', PARTNER_CREDIT: 'Saldo en esta tienda', GIFT_CARD: 'Tarjeta regalo',
  policy: 'Si nuestra revisión da un valor menor', ASK: 'Preguntarme antes', AUTO: 'Aceptar automáticamente si baja como mucho', percent: 'Bajada máxima en %', confirm: 'Confirmar la entrega',
  done: 'Entrega confirmada', shipBy: 'Envía tu dispositivo antes del {0}', nextSteps: 'Te enviamos por correo una etiqueta prepagada. Embala el dispositivo, entrégalo y sigue cada paso con tu enlace.',
  trackLink: 'Seguir mi entrega', loading: 'Cargando…',
  err_SESSION_EXPIRED: 'Tu sesión ha caducado. Empieza de nuevo para obtener otra.', err_QUOTE_EXPIRED: 'Esta oferta ha caducado. Pide una nueva: los precios pueden haber cambiado.',
  err_UNPRICED: 'Aún no compramos este dispositivo en tu país. Prueba con otro.', err_NETWORK: 'No pudimos conectar con el servicio. Revisa tu conexión e inténtalo de nuevo.',
  err_INVALID: 'Revisa: {0}', err_LINK: 'Este enlace de seguimiento no es válido o ha caducado.', err_UNEXPECTED: 'Algo ha fallado. Inténtalo de nuevo.', retry: 'Reintentar',
  tracking: 'Tu entrega', label: 'Etiqueta de envío: {0} {1}', downloadLabel: 'Descargar la etiqueta', noLabel: 'Tu etiqueta de envío está en camino.',
  revised: 'Hemos revisado tu dispositivo: oferta revisada', reasons: 'Por qué', evidence: 'Lo que encontró nuestro técnico', grade: 'Grado estético {0}', battery: 'Salud de la batería {0} %',
  answerBy: 'Responde antes del {0}', acceptRevised: 'Aceptar la oferta revisada', declineRevised: 'Rechazar y recuperar mi dispositivo',
  windowClosed: 'El plazo para responder ha pasado, así que se aplica tu elección: {0}.', policyAsk: 'el dispositivo se te devuelve gratis',
  policyAuto: 'una bajada de como mucho {0} % se acepta automáticamente; si no, el dispositivo se te devuelve gratis', answered_ACCEPTED: 'Aceptaste la oferta revisada.',
  answered_DECLINED: 'Rechazaste la oferta revisada: tu dispositivo vuelve a ti.', answered_AUTO_ACCEPTED: 'La oferta revisada se aceptó automáticamente, como elegiste.',
  answered_LAPSED_FREE_RETURN: 'No llegó respuesta a tiempo: tu dispositivo se devuelve gratis.',
  s_QUOTED: 'Recibiste una oferta', s_ACCEPTED: 'Aceptaste la oferta', s_IN_TRANSIT: 'Tu paquete está en camino', s_RECEIVED: 'Recibimos tu dispositivo',
  s_GRADED: 'Nuestro técnico revisó tu dispositivo', s_COUNTER_OFFERED: 'Te enviamos una oferta revisada', s_FINALIZED: 'El precio final está fijado', s_PAID: 'Has cobrado',
  s_COMPLETED: 'Terminado: ¡gracias!', s_EXPIRED: 'La oferta caducó', s_QUARANTINED: 'Tu dispositivo está retenido para una comprobación', s_SUSPENDED: 'Tu entrega está en pausa para una comprobación',
  s_RETURNING: 'Tu dispositivo vuelve a ti', s_RETURNED: 'Tu dispositivo fue devuelto', s_CANCELLED: 'La entrega se canceló',
};

const it: Messages = {
  title: 'Permuta il tuo dispositivo',
  r_SCREEN_CONDITION: 'Lo schermo è in condizioni peggiori di quanto dichiarato', r_BODY_CONDITION: 'La scocca è più usurata di quanto dichiarato', r_FUNCTIONAL_ISSUE: 'Qualcosa non funziona come dovrebbe', r_DEVICE_LOCKED: 'Il dispositivo è ancora bloccato su un account', r_MISSING_ACCESSORIES: 'Mancano degli accessori', r_MISSING_CONTROLLER: 'Manca un controller', r_KEYBOARD_FAULT: 'La tastiera è guasta',
  cat_smartphone: 'Smartphone', cat_console: 'Console', cat_smartwatch: 'Smartwatch', cat_tablet: 'Tablet', cat_laptop: 'Portatili',
  search: 'Cerca il tuo dispositivo', category: 'Categoria', allCategories: 'Tutte le categorie', searchButton: 'Cerca',
  noResults: 'Nessun dispositivo corrisponde alla ricerca.', chooseVariant: 'Scegli il modello', upTo: 'fino a {0}', notBought: 'non acquistato nel tuo paese',
  questions: 'Dicci in che condizioni è', getOffer: 'Vedi la mia offerta', back: 'Indietro', startOver: 'Ricomincia',
  offer: 'La tua offerta', breakdown: 'Come l’abbiamo calcolata', base: 'Prezzo in condizioni perfette', bonus: 'Bonus partner', rounding: 'Arrotondamento', floor: 'Prezzo minimo',
  validUntil: 'Offerta valida fino al {0}', acceptOffer: 'Accetta questa offerta',
  details: 'I tuoi dati', name: 'Nome e cognome', email: 'E-mail', payout: 'Come vieni pagato', PARTNER_CREDIT: 'Credito in questo negozio', GIFT_CARD: 'Carta regalo',
  policy: 'Se il nostro controllo trova un valore più basso', ASK: 'Chiedimelo prima', AUTO: 'Accetta automaticamente se cala al massimo del', percent: 'Calo massimo in %', confirm: 'Conferma la permuta',
  done: 'Permuta confermata', shipBy: 'Spedisci il dispositivo entro il {0}', nextSteps: "Ti inviamo via e-mail un'etichetta prepagata. Imballa il dispositivo, consegnalo e segui ogni passo con il tuo link.",
  trackLink: 'Segui la mia permuta', loading: 'Caricamento…',
  err_SESSION_EXPIRED: 'La sessione è scaduta. Ricomincia per ottenerne una nuova.', err_QUOTE_EXPIRED: "Quest'offerta è scaduta. Chiedi una nuova offerta: i prezzi potrebbero essere cambiati.",
  err_UNPRICED: 'Non acquistiamo ancora questo dispositivo nel tuo paese. Prova un altro dispositivo.', err_NETWORK: 'Impossibile raggiungere il servizio. Controlla la connessione e riprova.',
  err_INVALID: 'Controlla: {0}', err_LINK: 'Questo link di tracciamento non è valido o è scaduto.', err_UNEXPECTED: 'Qualcosa è andato storto. Riprova.', retry: 'Riprova',
  tracking: 'La tua permuta', label: 'Etichetta di spedizione: {0} {1}', downloadLabel: "Scarica l'etichetta", noLabel: 'La tua etichetta di spedizione sta arrivando.',
  revised: 'Abbiamo controllato il dispositivo: offerta rivista', reasons: 'Perché', evidence: 'Cosa ha trovato il nostro tecnico', grade: 'Grado estetico {0}', battery: 'Salute della batteria {0} %',
  answerBy: 'Rispondi entro il {0}', acceptRevised: "Accetta l'offerta rivista", declineRevised: 'Rifiuta e riavrai il dispositivo',
  windowClosed: "Il tempo per rispondere è scaduto, quindi vale la tua scelta all'accettazione: {0}.", policyAsk: 'il dispositivo ti viene restituito gratuitamente',
  policyAuto: 'un calo fino al {0} % è accettato automaticamente, altrimenti il dispositivo ti viene restituito gratuitamente', answered_ACCEPTED: "Hai accettato l'offerta rivista.",
  answered_DECLINED: "Hai rifiutato l'offerta rivista: il dispositivo ti viene restituito.", answered_AUTO_ACCEPTED: "L'offerta rivista è stata accettata automaticamente, come avevi scelto.",
  answered_LAPSED_FREE_RETURN: 'Nessuna risposta in tempo: il dispositivo ti viene restituito gratuitamente.',
  s_QUOTED: 'Hai ricevuto un’offerta', s_ACCEPTED: 'Hai accettato l’offerta', s_IN_TRANSIT: 'Il tuo pacco è in viaggio', s_RECEIVED: 'Abbiamo ricevuto il dispositivo',
  s_GRADED: 'Il nostro tecnico ha controllato il dispositivo', s_COUNTER_OFFERED: 'Ti abbiamo inviato un’offerta rivista', s_FINALIZED: 'Il prezzo finale è stabilito', s_PAID: 'Sei stato pagato',
  s_COMPLETED: 'Fatto: grazie!', s_EXPIRED: 'L’offerta è scaduta', s_QUARANTINED: 'Il dispositivo è trattenuto per una verifica', s_SUSPENDED: 'La permuta è sospesa per una verifica',
  s_RETURNING: 'Il dispositivo sta tornando da te', s_RETURNED: 'Il dispositivo ti è stato restituito', s_CANCELLED: 'La permuta è stata annullata',
};

const ja: Messages = {
  title: '端末の下取り',
  r_SCREEN_CONDITION: '画面の状態が申告より悪い', r_BODY_CONDITION: '本体の傷みが申告より大きい', r_FUNCTIONAL_ISSUE: '正常に動作しない箇所がある', r_DEVICE_LOCKED: '端末がアカウントにロックされたまま', r_MISSING_ACCESSORIES: '付属品が不足している', r_MISSING_CONTROLLER: 'コントローラーが不足している', r_KEYBOARD_FAULT: 'キーボードが故障している',
  cat_smartphone: 'スマートフォン', cat_console: 'ゲーム機', cat_smartwatch: 'スマートウォッチ', cat_tablet: 'タブレット', cat_laptop: 'ノートパソコン',
  search: '端末を検索', category: 'カテゴリ', allCategories: 'すべてのカテゴリ', searchButton: '検索',
  noResults: '該当する端末がありません。', chooseVariant: 'モデルを選択', upTo: '最大 {0}', notBought: 'お住まいの地域では買取対象外',
  questions: '端末の状態を教えてください', getOffer: '査定額を見る', back: '戻る', startOver: '最初からやり直す',
  offer: '査定額', breakdown: '査定の内訳', base: '最良状態の価格', bonus: 'パートナー特典', rounding: '端数調整', floor: '最低価格',
  validUntil: '{0} まで有効', acceptOffer: 'この査定額で申し込む',
  details: 'お客様情報', name: '氏名', email: 'メールアドレス', payout: 'お支払い方法', PARTNER_CREDIT: 'このショップのクレジット', GIFT_CARD: 'ギフトカード',
  policy: '検品で査定額が下がった場合', ASK: '事前に確認する', AUTO: '次の割合以内なら自動で承諾', percent: '許容する減額（%）', confirm: '下取りを確定',
  done: '下取りが確定しました', shipBy: '{0} までに端末を発送してください', nextSteps: '送料無料の配送ラベルをメールでお送りします。端末を梱包して発送し、追跡リンクで各ステップをご確認ください。',
  trackLink: '下取りの状況を見る', loading: '読み込み中…',
  err_SESSION_EXPIRED: 'セッションの有効期限が切れました。もう一度最初から始めてください。', err_QUOTE_EXPIRED: 'この査定は有効期限が切れました。価格が変わっている可能性があるため、再査定してください。',
  err_UNPRICED: 'この端末はお住まいの地域ではまだ買取対象外です。別の端末をお試しください。', err_NETWORK: 'サービスに接続できませんでした。接続を確認して再度お試しください。',
  err_INVALID: '入力を確認してください: {0}', err_LINK: 'この追跡リンクは無効か、有効期限が切れています。', err_UNEXPECTED: '問題が発生しました。もう一度お試しください。', retry: '再試行',
  tracking: '下取りの状況', label: '配送ラベル: {0} {1}', downloadLabel: 'ラベルをダウンロード', noLabel: '配送ラベルを準備中です。',
  revised: '検品の結果：査定額の変更', reasons: '理由', evidence: '技術者の所見', grade: '外観グレード {0}', battery: 'バッテリー状態 {0} %',
  answerBy: '{0} までにご回答ください', acceptRevised: '変更後の査定額を承諾', declineRevised: '辞退して端末を返送してもらう',
  windowClosed: '回答期限が過ぎたため、お申し込み時の選択が適用されます: {0}。', policyAsk: '端末は無料で返送されます',
  policyAuto: '{0} % 以内の減額は自動で承諾され、それを超える場合は端末が無料で返送されます', answered_ACCEPTED: '変更後の査定額を承諾しました。',
  answered_DECLINED: '変更後の査定額を辞退しました。端末を返送します。', answered_AUTO_ACCEPTED: 'ご選択どおり、変更後の査定額が自動で承諾されました。',
  answered_LAPSED_FREE_RETURN: '期限内に回答がなかったため、端末を無料で返送します。',
  s_QUOTED: '査定額が提示されました', s_ACCEPTED: '査定額を承諾しました', s_IN_TRANSIT: '荷物は配送中です', s_RECEIVED: '端末を受け取りました',
  s_GRADED: '技術者が端末を検品しました', s_COUNTER_OFFERED: '変更後の査定額をお送りしました', s_FINALIZED: '最終価格が確定しました', s_PAID: 'お支払いが完了しました',
  s_COMPLETED: '完了：ありがとうございました！', s_EXPIRED: '査定の有効期限が切れました', s_QUARANTINED: '確認のため端末を保留しています', s_SUSPENDED: '確認のため下取りを一時停止しています',
  s_RETURNING: '端末を返送中です', s_RETURNED: '端末を返送しました', s_CANCELLED: '下取りはキャンセルされました',
};

const CATALOG: Readonly<Record<string, Messages>> = { en, fr, de, es, it, ja };
export const LANGUAGES = Object.keys(CATALOG);

/** The supported language closest to what was asked ("fr-CA" → fr), English otherwise. */
export function pickLanguage(wanted: string | null | undefined): string {
  const base = (wanted ?? '').toLowerCase().split('-')[0] ?? '';
  return base in CATALOG ? base : 'en';
}

export type Translate = (key: MessageKey, ...args: string[]) => string;

export function translator(lang: string): Translate {
  const m = CATALOG[lang] ?? en;
  return (key, ...args) => m[key].replace(/\{(\d)\}/g, (_, i: string) => args[Number(i)] ?? '');
}

/** Looks up a key built at run time (a state or error code), falling back to the generic words. */
export function has(key: string): key is MessageKey {
  return key in en;
}
