export const STAFF_ROLES = ['store_staff', 'grader', 'ops'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];
export type Role = StaffRole | 'partner' | 'widget';

/** Someone acting for a partner: an API key, or a short-lived partner JWT exchanged for one. */
export interface PartnerPrincipal {
  kind: 'partner';
  role: 'partner';
  subject: string;
  partnerId: string;
  programId?: string;
  keyId?: string;
}

/** Staff with a JWT: store staff bound to one store, graders to one grading site, ops everywhere. */
export interface StaffPrincipal {
  kind: 'staff';
  role: StaffRole;
  subject: string;
  storeId?: string;
  siteId?: string;
  /** The partner a store belongs to (a telco's stores act for that telco). */
  partnerId?: string;
}

/**
 * A shopper's browser on a partner's shop, holding a short-lived widget session token the partner's server
 * minted with its API key. Bound to the partner, the market, the shop origin and one session: it may only
 * call routes marked @WidgetAllowed(), and only from that origin (see widget-access.ts).
 */
export interface WidgetPrincipal {
  kind: 'widget';
  role: 'widget';
  /** `widget:<sessionId>`: recorded as the creator of the session's quotes, so it sees only those. */
  subject: string;
  partnerId: string;
  programId?: string;
  market: string;
  origin: string;
  sessionId: string;
  storeId?: undefined;
  siteId?: undefined;
}

export type Principal = PartnerPrincipal | StaffPrincipal | WidgetPrincipal;

export interface TokenClaims {
  sub: string;
  role: Role;
  storeId?: string;
  siteId?: string;
  partnerId?: string;
  programId?: string;
  /** Widget sessions only: the market, the shop origin and the session id the token is bound to. */
  market?: string;
  origin?: string;
  sid?: string;
}
