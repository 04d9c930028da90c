import { type QuestionnaireTexts } from './question-texts';

/** French. A narrow no-break space before « ? » and inside « » as French typography wants. */
export const FR: QuestionnaireTexts = {
  functional: {
    label: 'Tout fonctionne-t-il (alimentation, boutons, appareils photo, son, connectivité)\u202f?',
    options: {
      works: 'Tout fonctionne',
      minor_issues: 'Une fonction secondaire ne marche pas',
      not_working: 'Ne s’allume pas ou des fonctions essentielles ne marchent pas',
    },
  },
  screen: {
    label: 'État de l’écran',
    options: {
      flawless: 'Aucune rayure visible',
      light_scratches: 'Rayures légères, invisibles écran allumé',
      deep_scratches: 'Rayures profondes, perceptibles à l’ongle',
      cracked: 'Vitre fissurée, l’affichage fonctionne',
      display_defect: 'Pixels morts, lignes, marquage (burn-in) ou tactile défaillant',
    },
  },
  body: {
    label: 'État de la coque et du châssis',
    options: {
      flawless: 'Comme neuf',
      light_wear: 'Légères rayures ou éraflures',
      heavy_wear: 'Bosses, rayures profondes ou éclats',
      cracked_or_bent: 'Dos fissuré ou châssis tordu',
    },
  },
  battery: {
    label: 'État de la batterie (Réglages › Batterie)',
    options: { '80_or_more': '80\u202f% ou plus', below_80: 'Moins de 80\u202f% ou «\u202fService\u202f» affiché' },
  },
  phone_locks: {
    label: 'Verrouillages',
    options: {
      none: 'Débloqué, Localiser / compte Google supprimé',
      sim_locked: 'Bloqué sur un opérateur (verrouillage SIM)',
      activation_locked: 'Localiser, Google FRP ou un verrouillage de compte encore actif',
    },
  },
  account_locks: {
    label: 'Verrouillages',
    options: {
      none: 'Compte déconnecté, aucun verrouillage d’activation ni du firmware',
      activation_locked: 'Verrouillage d’activation, mot de passe du firmware ou compte encore actif',
    },
  },
  accessories: {
    label: 'Accessoires d’origine (chargeur, câbles)',
    options: { complete: 'Tous inclus', some_missing: 'Certains manquent', none: 'Aucun inclus' },
  },
  controllers: {
    label: 'Manettes d’origine',
    options: {
      all_included: 'Toutes incluses et fonctionnelles',
      some_faulty: 'Incluses, l’une dérive ou a un bouton défectueux',
      missing: 'Manquantes',
    },
  },
  keyboard: {
    label: 'Clavier et pavé tactile',
    options: {
      works: 'Toutes les touches et le pavé tactile fonctionnent',
      faulty: 'Certaines touches ou le pavé tactile ne fonctionnent pas',
    },
  },
};
