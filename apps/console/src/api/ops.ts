import { type Intake, type Payout } from '@tradein/api-client';
import { type Service } from './http';
import { answer, gradingApi, intakeApi, payoutApi, quoteApi } from './typed';

export type DeadLettersPage = Intake.components['schemas']['DeadLettersPageSchema'];
export type DeadLetter = DeadLettersPage['items'][number];
export interface DeadLetterFilter {
  reason?: DeadLetter['reason'];
  limit?: number;
  offset?: number;
}

/** Every service lists the events its own consumers dead-lettered (GET /v1/ops/dead-letters, ops only). */
export function deadLetters(service: Service, query: DeadLetterFilter): Promise<DeadLettersPage> {
  const params = { params: { query } };
  switch (service) {
    case 'intake':
      return answer(intakeApi.GET('/v1/ops/dead-letters', params));
    case 'grading':
      return answer(gradingApi.GET('/v1/ops/dead-letters', params));
    case 'payout':
      return answer(payoutApi.GET('/v1/ops/dead-letters', params));
    case 'quote':
      return answer(quoteApi.GET('/v1/ops/dead-letters', params));
  }
}

/** The replay tool's command line for one letter (ops run it where KAFKA_BROKERS reaches the cluster). */
export const replayCommand = (l: Pick<DeadLetter, 'topic' | 'reason' | 'key'>): string =>
  `npm run dlt:replay -- ${l.topic} --reason ${l.reason}${l.key ? ` --key ${l.key}` : ''} --dry-run`;

export type LedgerEntries = Payout.components['schemas']['LedgerEntriesSchema'];
/** A trade-in's journal entries with their lines (payout-service, ops only). */
export const ledgerEntries = (tradeInId: string): Promise<LedgerEntries> =>
  answer(payoutApi.GET('/v1/ledger/entries', { params: { query: { tradeInId } } }));
