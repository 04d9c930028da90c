import { type Grading, type Intake, type Payout as PayoutDoc, type Quote as QuoteDoc } from '@tradein/api-client';
import { type Money } from '../lib/money';

/**
 * The answers the screens read, as the services document them (openapi/*.json → @tradein/api-client):
 * a change in a service's contract is a type error here, not a blank cell in a browser.
 */
type Q = QuoteDoc.components['schemas'];
type I = Intake.components['schemas'];
type G = Grading.components['schemas'];
type P = PayoutDoc.components['schemas'];

export type { Money };

export const MARKETS = ['FR', 'DE', 'ES', 'IT', 'GB', 'US', 'JP'] as const satisfies ReadonlyArray<Q['Market']>;
export type Market = (typeof MARKETS)[number];

export type CatalogModel = Q['CatalogModelSchema'];
export type CatalogVariant = Q['VariantSchema'];
export type Questionnaire = Q['QuestionnaireSchema'];
export type Quote = Q['QuoteViewSchema'];
export type TimelineEntry = Q['TimelineEntrySchema'];
export type TradeIn = Q['TradeInViewSchema'];
export type TradeInSummary = Q['TradeInSummarySchema'];

export type IdentityResult = I['CheckedIdentitySchema'];
export type IntakeResult = I['ReceiptOutcomeSchema'];
export type Box = I['BoxViewSchema'];
export type ShippedBox = I['ShippedBoxSchema'];
export type Reconciliation = I['BoxReconciliationSchema'];
export type Parcel = I['ParcelViewSchema'];
export type CustodyRecord = I['CustodyRecordSchema'];

export type QueueJob = G['QueuedJobSchema'];
export type ChecklistCheck = G['CheckDefinitionSchema'];
export type JobDetail = G['JobDetailSchema'];
export type GradeResult = G['GradeViewSchema'];
export type GradeSummary = G['GradeSummarySchema'];
export type Evidence = G['EvidenceInputDto'];

export type Payout = P['PayoutViewSchema'];
