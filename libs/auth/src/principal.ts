export const STAFF_ROLES = ['store_staff', 'grader', 'ops'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];
export type Role = StaffRole | 'partner';

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

export type Principal = PartnerPrincipal | StaffPrincipal;

export interface TokenClaims {
  sub: string;
  role: Role;
  storeId?: string;
  siteId?: string;
  partnerId?: string;
  programId?: string;
}
