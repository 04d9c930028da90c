export const MARKETS = ['FR', 'DE', 'ES', 'IT', 'GB', 'US', 'JP'] as const;
export type Market = (typeof MARKETS)[number];

export const DEVICE_CATEGORIES = ['smartphone', 'console', 'smartwatch', 'tablet', 'laptop'] as const;
export type DeviceCategory = (typeof DEVICE_CATEGORIES)[number];

export const FULFILMENTS = ['MAIL_IN', 'STORE'] as const;
export type Fulfilment = (typeof FULFILMENTS)[number];

export const PAYOUT_METHODS = ['BANK_TRANSFER', 'PARTNER_CREDIT', 'GIFT_CARD', 'STORE_CREDIT'] as const;
export type PayoutMethod = (typeof PAYOUT_METHODS)[number];

export const REVISED_OFFER_POLICIES = ['ASK', 'AUTO_ACCEPT_WITHIN'] as const;
export type RevisedOfferPolicy = (typeof REVISED_OFFER_POLICIES)[number];

/** CTIA Wireless Device Grading Scales, cosmetic. */
export const CTIA_COSMETIC_GRADES = ['A', 'B', 'C', 'D', 'E'] as const;
export type CtiaCosmeticGrade = (typeof CTIA_COSMETIC_GRADES)[number];

export const DISPOSITIONS = ['REFURBISH', 'REFURBISH_WITH_PARTS', 'PARTS_HARVEST', 'RECYCLE', 'QUARANTINE'] as const;
export type Disposition = (typeof DISPOSITIONS)[number];

export const LOCATION_TYPES = ['SITE', 'STORE'] as const;
export type LocationType = (typeof LOCATION_TYPES)[number];
