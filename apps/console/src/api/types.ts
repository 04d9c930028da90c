import { type Money } from '../lib/money';

export type { Money };

export const MARKETS = ['FR', 'DE', 'ES', 'IT', 'GB', 'US', 'JP'] as const;
export type Market = (typeof MARKETS)[number];

export interface CatalogVariant {
  id: string;
  storageGb?: number;
  price?: Money | null;
}
export interface CatalogModel {
  id: string;
  brand: string;
  name: string;
  category: string;
  variants: CatalogVariant[];
}
export interface Questionnaire {
  category: string;
  version: number;
  questions: Array<{ code: string; label: string; options: Array<{ code: string; label: string }> }>;
}
export interface Quote {
  id: string;
  tradeInId: string;
  status: string;
  outcome: string;
  amount: Money;
  breakdown: Array<{ kind: string; code: string; amount: Money }>;
  priceTableVersion: number;
  expiresAt: string;
}
export interface TimelineEntry {
  sequence: number;
  at: string;
  from: string | null;
  to: string | null;
  outcome: string | null;
  cause: string;
  detail: string | null;
}
export interface TradeIn {
  id: string;
  quoteId: string;
  partnerId: string;
  storeId: string | null;
  state: string;
  fulfilment: string;
  device: { modelId: string; variantId: string; category: string };
  market: Market;
  quotedAmount: Money;
  acceptedAt: string | null;
  payoutMethod: string | null;
  customer: { name: string; email: string } | null;
  offer: { kind: string; basis: string | null; amount: Money; reasonCodes: string[] } | null;
  storeDiscrepancy: Money | null;
  createdAt: string;
  timeline: TimelineEntry[];
}
export interface IdentityResult {
  imei?: string;
  serialNumber?: string;
  detectedModelId?: string | null;
  blockListStatus?: string;
  activationLock?: boolean;
  mdmEnrolled?: boolean;
  duplicateOpenTradeIn?: boolean;
}
export interface IntakeResult {
  outcome: string;
  reasonCodes?: string[];
  identity?: IdentityResult;
}
export interface Box {
  id: string;
  storeId: string;
  siteId: string;
  status: string;
  openedAt: string;
  items: Array<{ tradeInId: string; deviceKey: string; arrivedAt: string | null }>;
  manifest: Array<{ tradeInId: string; deviceKey: string; modelId: string }> | null;
  trackingNumber?: string;
}
export interface ShippedBox extends Box {
  label: string;
  labelFormat: string;
}
export interface Reconciliation {
  arrived: string[];
  missing: string[];
  unexpected: string[];
}
export interface Parcel {
  tradeInId: string;
  shipmentStatus: string;
  quoted: { modelId: string; category: string };
  siteId: string;
}
export interface QueueJob {
  jobId: string;
  tradeInId: string;
  siteId: string;
  kind: string;
  device: { modelId: string | null; category: string | null };
  openedAt: string;
  deadlineAt: string;
  claimedBy: string | null;
  leaseExpiresAt: string | null;
  claimableByMe: boolean;
  overdue?: boolean;
}
export interface ChecklistCheck {
  code: string;
  label: string;
  kind: 'PASS_FAIL' | 'PERCENT';
  optional?: boolean;
}
export interface JobDetail {
  jobId: string;
  tradeInId: string;
  siteId: string;
  kind: string;
  status: string;
  claimedBy: string | null;
  leaseExpiresAt: string | null;
  deadlineAt: string;
  device: { category: string; modelId: string; variantId: string | null; imei: string | null; serialNumber: string | null } | null;
  checklist: { version: string; checks: ChecklistCheck[] } | null;
  inspection: { cosmeticGrade: string; inspectedAt: string } | null;
  erasureCertificates: Array<{ certificateId: string; verification: string; method: string }>;
  gradeId: string | null;
  /** A regrade's appeal and the grade it disputes; any job's own grade once given (older servers: absent). */
  appeal?: { appealId: string; requestedBy: string; reason: string; requestedAt: string; status: string } | null;
  appealedGrade?: GradeSummary | null;
  result?: GradeSummary | null;
}
export interface GradeSummary {
  gradeId: string;
  technicianId: string;
  cosmeticGrade: string;
  functionalGrade: number;
  marketplaceGrade: string;
  disposition: string;
  defects: string[];
  failedChecks: string[];
  batteryHealthPercent: number | null;
  gradedAt: string;
}
export interface GradeResult {
  gradeId: string;
  cosmeticGrade: string;
  functionalGrade: number;
  disposition: string;
  marketplaceGrade: string | null;
  erasureOutcome: string;
  sku?: string;
}
export interface Payout {
  id: string;
  tradeInId: string;
  partnerId: string;
  method: string;
  amount: Money;
  status: string;
  holdReasons: string[];
  attempts: number;
  dueAt: string;
  paidAt: string | null;
  overdue: boolean;
}
export interface CustodyRecord {
  action: string;
  actor: string;
  at?: string;
  detail?: Record<string, unknown>;
}
export interface Evidence {
  ref: string;
  sha256: string;
  kind: 'PHOTO';
}
