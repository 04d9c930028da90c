import { type QuestionnaireTexts } from './question-texts';

/** German. */
export const DE: QuestionnaireTexts = {
  functional: {
    label: 'Funktioniert alles (Einschalten, Tasten, Kameras, Ton, Verbindungen)?',
    options: {
      works: 'Alles funktioniert',
      minor_issues: 'Eine Nebenfunktion fällt aus',
      not_working: 'Lässt sich nicht einschalten oder wichtige Funktionen fallen aus',
    },
  },
  screen: {
    label: 'Zustand des Displays',
    options: {
      flawless: 'Kein sichtbarer Kratzer',
      light_scratches: 'Leichte Kratzer, bei eingeschaltetem Display unsichtbar',
      deep_scratches: 'Tiefe Kratzer, mit dem Fingernagel spürbar',
      cracked: 'Glas gesprungen, Anzeige funktioniert',
      display_defect: 'Pixelfehler, Streifen, Einbrennen oder Touch-Fehler',
    },
  },
  body: {
    label: 'Zustand von Gehäuse und Rahmen',
    options: {
      flawless: 'Wie neu',
      light_wear: 'Leichte Kratzer oder Schrammen',
      heavy_wear: 'Dellen, tiefe Kratzer oder Absplitterungen',
      cracked_or_bent: 'Rückseite gesprungen oder Rahmen verbogen',
    },
  },
  battery: {
    label: 'Batteriezustand (Einstellungen › Batterie)',
    options: { '80_or_more': '80 % oder mehr', below_80: 'Unter 80 % oder „Service“ angezeigt' },
  },
  phone_locks: {
    label: 'Sperren',
    options: {
      none: 'Entsperrt, „Wo ist?“ / Google-Konto entfernt',
      sim_locked: 'An einen Netzbetreiber gebunden (SIM-Lock)',
      activation_locked: '„Wo ist?“, Google FRP oder eine Kontosperre noch aktiv',
    },
  },
  account_locks: {
    label: 'Sperren',
    options: {
      none: 'Abgemeldet, keine Aktivierungs- oder Firmware-Sperre',
      activation_locked: 'Aktivierungssperre, Firmware-Passwort oder Konto noch aktiv',
    },
  },
  accessories: {
    label: 'Zubehör aus der Originalverpackung (Ladegerät, Kabel)',
    options: { complete: 'Alles dabei', some_missing: 'Teilweise fehlend', none: 'Nichts dabei' },
  },
  controllers: {
    label: 'Controller aus der Originalverpackung',
    options: {
      all_included: 'Alle dabei und funktionsfähig',
      some_faulty: 'Dabei, einer driftet oder hat eine defekte Taste',
      missing: 'Fehlen',
    },
  },
  keyboard: {
    label: 'Tastatur und Trackpad',
    options: { works: 'Alle Tasten und das Trackpad funktionieren', faulty: 'Einige Tasten oder das Trackpad fallen aus' },
  },
};
