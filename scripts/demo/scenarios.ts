/**
 * The demo's traffic: one round is every scenario below once. Each names the state its trade-in must end in
 * (`expect`) and the state it waits in until the demo moves the clock (`beforeClock`, when a deadline ends it).
 */
export type PayoutMethod = 'BANK_TRANSFER' | 'GIFT_CARD' | 'PARTNER_CREDIT' | 'STORE_CREDIT';

export interface Grade {
  cosmeticGrade: 'A' | 'B' | 'C' | 'D' | 'E';
  defects: Array<{ code: string }>;
}

export interface MailInScenario {
  kind: 'mail-in';
  name: string;
  market: 'FR' | 'GB' | 'US';
  payout: Exclude<PayoutMethod, 'STORE_CREDIT'>;
  /** 'worn': light scratches and light wear declared (CTIA B), so a grade A is better than declared. */
  declared: 'best' | 'worn';
  policy?: { policy: 'ASK' } | { policy: 'AUTO_ACCEPT_WITHIN'; withinPercent: number };
  parcel: 'device' | 'empty' | 'never-shipped' | 'blocked-device';
  grade?: Grade;
  /** The customer's answer to a revised offer; none: silence until the answer window passes. */
  answer?: 'accept' | 'decline';
  expect: string;
  beforeClock?: string;
}

export interface StoreScenario {
  kind: 'store';
  name: string;
  grade: Grade;
  expect: string;
}

export type Scenario = MailInScenario | StoreScenario;

const A: Grade = { cosmeticGrade: 'A', defects: [] };
const B: Grade = { cosmeticGrade: 'B', defects: [] };
/** Heavy wear on the body: 15 % less, two grades below A, so beyond the tolerance rule. */
const C: Grade = { cosmeticGrade: 'C', defects: [] };
const CRACKED: Grade = { cosmeticGrade: 'D', defects: [{ code: 'DISPLAY_COVER_CRACKED' }] };

export const MAIL_IN: readonly MailInScenario[] = [
  {
    kind: 'mail-in',
    name: 'graded as declared, bank transfer',
    market: 'FR',
    payout: 'BANK_TRANSFER',
    declared: 'best',
    parcel: 'device',
    grade: A,
    expect: 'COMPLETED',
  },
  {
    kind: 'mail-in',
    name: 'graded as declared, gift card',
    market: 'GB',
    payout: 'GIFT_CARD',
    declared: 'best',
    parcel: 'device',
    grade: A,
    expect: 'COMPLETED',
  },
  {
    kind: 'mail-in',
    name: 'better than declared, repriced higher',
    market: 'US',
    payout: 'PARTNER_CREDIT',
    declared: 'worn',
    parcel: 'device',
    grade: A,
    expect: 'COMPLETED',
  },
  {
    kind: 'mail-in',
    name: 'one grade worse, within tolerance',
    market: 'FR',
    payout: 'GIFT_CARD',
    declared: 'best',
    parcel: 'device',
    grade: B,
    expect: 'COMPLETED',
  },
  {
    kind: 'mail-in',
    name: 'worse, revised offer accepted',
    market: 'FR',
    payout: 'PARTNER_CREDIT',
    declared: 'best',
    parcel: 'device',
    grade: C,
    answer: 'accept',
    expect: 'COMPLETED',
  },
  {
    kind: 'mail-in',
    name: 'worse, revised offer declined, returned',
    market: 'GB',
    payout: 'GIFT_CARD',
    declared: 'best',
    parcel: 'device',
    grade: CRACKED,
    answer: 'decline',
    expect: 'RETURNED',
  },
  {
    kind: 'mail-in',
    name: 'worse, silence, auto-accepted within 20 %',
    market: 'US',
    payout: 'GIFT_CARD',
    declared: 'best',
    policy: { policy: 'AUTO_ACCEPT_WITHIN', withinPercent: 20 },
    parcel: 'device',
    grade: C,
    expect: 'COMPLETED',
    beforeClock: 'COUNTER_OFFERED',
  },
  {
    kind: 'mail-in',
    name: 'blocked IMEI (reported stolen)',
    market: 'FR',
    payout: 'GIFT_CARD',
    declared: 'best',
    parcel: 'blocked-device',
    expect: 'QUARANTINED',
  },
  {
    kind: 'mail-in',
    name: 'never shipped, expires',
    market: 'FR',
    payout: 'GIFT_CARD',
    declared: 'best',
    parcel: 'never-shipped',
    expect: 'EXPIRED',
    beforeClock: 'ACCEPTED',
  },
  { kind: 'mail-in', name: 'empty parcel', market: 'GB', payout: 'GIFT_CARD', declared: 'best', parcel: 'empty', expect: 'SUSPENDED' },
];

/** One box from the demo store per round; the cracked one is a store discrepancy (never a revised offer). */
export const STORE_BOX: readonly StoreScenario[] = [
  { kind: 'store', name: 'store, graded as declared', grade: A, expect: 'COMPLETED' },
  { kind: 'store', name: 'store, graded as declared', grade: A, expect: 'COMPLETED' },
  { kind: 'store', name: 'store, cracked screen: store discrepancy', grade: CRACKED, expect: 'COMPLETED' },
];
