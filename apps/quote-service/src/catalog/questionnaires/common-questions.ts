import { type Question } from './questionnaire.model';

/** Questions shared by several categories; each category's questionnaire picks the ones that apply. */
export const FUNCTIONAL: Question = {
  code: 'functional',
  label: 'Does everything work (power, buttons, cameras, sound, connectivity)?',
  reasonCode: 'FUNCTIONAL_ISSUE',
  options: [
    { code: 'works', label: 'Everything works', effect: { kind: 'NONE' } },
    { code: 'minor_issues', label: 'One minor function fails', effect: { kind: 'FACTOR', bp: 6_000 } },
    { code: 'not_working', label: 'Does not power on or major functions fail', effect: { kind: 'FACTOR', bp: 2_000 } },
  ],
};

export const SCREEN: Question = {
  code: 'screen',
  label: 'Screen condition',
  reasonCode: 'SCREEN_CONDITION',
  options: [
    { code: 'flawless', label: 'No visible scratch', effect: { kind: 'NONE' } },
    { code: 'light_scratches', label: 'Light scratches, invisible when the screen is on', effect: { kind: 'FACTOR', bp: 9_200 } },
    { code: 'deep_scratches', label: 'Deep scratches you can feel with a fingernail', effect: { kind: 'FACTOR', bp: 8_000 } },
    { code: 'cracked', label: 'Cracked glass, display works', effect: { kind: 'FACTOR', bp: 5_500 } },
    { code: 'display_defect', label: 'Dead pixels, lines, burn-in or touch faults', effect: { kind: 'FACTOR', bp: 4_000 } },
  ],
};

export const BODY: Question = {
  code: 'body',
  label: 'Body and frame condition',
  reasonCode: 'BODY_CONDITION',
  options: [
    { code: 'flawless', label: 'Like new', effect: { kind: 'NONE' } },
    { code: 'light_wear', label: 'Light scratches or scuffs', effect: { kind: 'FACTOR', bp: 9_500 } },
    { code: 'heavy_wear', label: 'Dents, deep scratches or chips', effect: { kind: 'FACTOR', bp: 8_500 } },
    { code: 'cracked_or_bent', label: 'Cracked back or bent frame', effect: { kind: 'FACTOR', bp: 6_500 } },
  ],
};

export const BATTERY: Question = {
  code: 'battery',
  label: 'Battery health (Settings › Battery)',
  reasonCode: 'BATTERY_BELOW_80',
  options: [
    { code: '80_or_more', label: '80 % or more', effect: { kind: 'NONE' } },
    // Below 80 % a refurbisher must replace the battery before resale (marketplaces sell only ≥ 80 %).
    { code: 'below_80', label: 'Below 80 % or "Service" shown', effect: { kind: 'DEDUCTION', bpOfBase: 800 } },
  ],
};

export const PHONE_LOCKS: Question = {
  code: 'locks',
  textKey: 'phone_locks',
  label: 'Locks',
  reasonCode: 'DEVICE_LOCKED',
  options: [
    { code: 'none', label: 'Unlocked, Find My / Google account removed', effect: { kind: 'NONE' } },
    { code: 'sim_locked', label: 'Locked to a carrier (SIM lock)', effect: { kind: 'FACTOR', bp: 9_000 } },
    // An activation lock we cannot remove makes the device unsellable: only its materials are recovered.
    { code: 'activation_locked', label: 'Find My, Google FRP or an account lock still on', effect: { kind: 'RECYCLE_ONLY' } },
  ],
};

export const ACCOUNT_LOCKS: Question = {
  code: 'locks',
  textKey: 'account_locks',
  label: 'Locks',
  reasonCode: 'DEVICE_LOCKED',
  options: [
    { code: 'none', label: 'Signed out, no activation or firmware lock', effect: { kind: 'NONE' } },
    { code: 'activation_locked', label: 'Activation lock, firmware password or account still on', effect: { kind: 'RECYCLE_ONLY' } },
  ],
};

export const ACCESSORIES: Question = {
  code: 'accessories',
  label: 'Accessories from the box (charger, cables)',
  reasonCode: 'MISSING_ACCESSORIES',
  options: [
    { code: 'complete', label: 'All included', effect: { kind: 'NONE' } },
    { code: 'some_missing', label: 'Some missing', effect: { kind: 'DEDUCTION', bpOfBase: 300 } },
    { code: 'none', label: 'None included', effect: { kind: 'DEDUCTION', bpOfBase: 600 } },
  ],
};
