/**
 * The shapes of the public answers the flows read: the services' own documented schemas, generated from
 * openapi/*.json into @tradein/api-client (npm run openapi), not hand-written copies.
 */
import { type Grading, type Intake, type Payout, type Quote } from '@tradein/api-client';

export type Money = Quote.components['schemas']['MoneySchema'];
export type TradeInView = Quote.components['schemas']['TradeInViewSchema'];
export type TimelineEntry = TradeInView['timeline'][number];
export type CustodyView = Intake.components['schemas']['CustodyChainSchema'];
export type CustodyRecord = Intake.components['schemas']['CustodyRecordSchema'];
export type PayoutView = Payout.components['schemas']['PayoutViewSchema'];
export type StockItemView = Grading.components['schemas']['StockQuerySchema']['items'][number];
export type BoxView = Intake.components['schemas']['BoxViewSchema'];
