import { type QuestionnaireTexts } from './question-texts';

/** Italian. */
export const IT: QuestionnaireTexts = {
  functional: {
    label: 'Funziona tutto (accensione, tasti, fotocamere, audio, connettività)?',
    options: {
      works: 'Funziona tutto',
      minor_issues: 'Una funzione secondaria non va',
      not_working: 'Non si accende o non vanno funzioni principali',
    },
  },
  screen: {
    label: 'Condizioni dello schermo',
    options: {
      flawless: 'Nessun graffio visibile',
      light_scratches: 'Graffi leggeri, invisibili a schermo acceso',
      deep_scratches: 'Graffi profondi, percepibili con l’unghia',
      cracked: 'Vetro incrinato, il display funziona',
      display_defect: 'Pixel morti, linee, burn-in o problemi al touch',
    },
  },
  body: {
    label: 'Condizioni di scocca e telaio',
    options: {
      flawless: 'Come nuovo',
      light_wear: 'Graffi o segni leggeri',
      heavy_wear: 'Ammaccature, graffi profondi o scheggiature',
      cracked_or_bent: 'Retro incrinato o telaio piegato',
    },
  },
  battery: {
    label: 'Stato della batteria (Impostazioni › Batteria)',
    options: { '80_or_more': '80 % o più', below_80: 'Sotto l’80 % o compare «Assistenza»' },
  },
  phone_locks: {
    label: 'Blocchi',
    options: {
      none: 'Sbloccato, Dov’è / account Google rimosso',
      sim_locked: 'Bloccato su un operatore (blocco SIM)',
      activation_locked: 'Dov’è, Google FRP o un blocco dell’account ancora attivo',
    },
  },
  account_locks: {
    label: 'Blocchi',
    options: {
      none: 'Disconnesso, nessun blocco di attivazione o del firmware',
      activation_locked: 'Blocco di attivazione, password del firmware o account ancora attivo',
    },
  },
  accessories: {
    label: 'Accessori della confezione (caricabatterie, cavi)',
    options: { complete: 'Tutti inclusi', some_missing: 'Alcuni mancanti', none: 'Nessuno incluso' },
  },
  controllers: {
    label: 'Controller della confezione',
    options: {
      all_included: 'Tutti inclusi e funzionanti',
      some_faulty: 'Inclusi, uno ha drift o un tasto difettoso',
      missing: 'Mancanti',
    },
  },
  keyboard: {
    label: 'Tastiera e trackpad',
    options: { works: 'Tutti i tasti e il trackpad funzionano', faulty: 'Alcuni tasti o il trackpad non funzionano' },
  },
};
