import { type Principal } from '@tradein/auth';
import { NotFoundError } from '@tradein/service-runtime';
import { type DataSource } from 'typeorm';
import { QuoteEntity } from '../trade-in-record/quote.entity';

/**
 * A widget session sees only what it created: quotes it made (created_by is its subject) and their
 * trade-ins. Anything else answers 404 like another partner's id, so ids cannot be probed. Other callers pass.
 */
export function assertWidgetOwnsQuote(p: Principal, quote: QuoteEntity | null, quoteId: string): void {
  if (p.kind === 'widget' && quote?.createdBy !== p.subject) throw new NotFoundError('quote', quoteId);
}

export async function assertWidgetOwnsTradeIn(p: Principal, dataSource: DataSource, tradeInId: string): Promise<void> {
  if (p.kind !== 'widget') return;
  const own = await dataSource.getRepository(QuoteEntity).existsBy({ tradeInId, createdBy: p.subject });
  if (!own) throw new NotFoundError('trade-in', tradeInId);
}
