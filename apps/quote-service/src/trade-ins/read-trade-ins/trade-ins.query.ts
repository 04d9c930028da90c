import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { InvalidFieldError, NotFoundError } from '@tradein/service-runtime';
import { QuoteEntity } from '../../trade-in-record/quote.entity';
import { type CallerScope, visibleTo } from '../../shared/caller-scope';
import { isUuid } from '../../shared/uuid';
import { TradeInEntity } from '../../trade-in-record/trade-in.entity';
import { TradeInTimelineEntity } from '../../trade-in-record/trade-in-timeline.entity';
import { tradeInView } from '../../trade-in-record/trade-in.view';
import { type ListTradeInsDto } from './list-trade-ins.dto';

interface Cursor {
  createdAt: string;
  id: string;
}

/** Reads, always scoped to the caller's partner (and store): another partner's trade-in does not exist. */
@Injectable()
export class TradeInsQuery {
  constructor(private readonly dataSource: DataSource) {}

  async get(scope: CallerScope, id: string) {
    const t = isUuid(id) ? await this.dataSource.getRepository(TradeInEntity).findOneBy({ id }) : null;
    if (!t || !visibleTo(scope, t)) throw new NotFoundError('trade-in', id);
    const quote = await this.dataSource.getRepository(QuoteEntity).findOneByOrFail({ id: t.quoteId });
    const timeline = await this.dataSource.getRepository(TradeInTimelineEntity).find({ where: { tradeInId: id }, order: { id: 'ASC' } });
    return tradeInView(t, quote, timeline);
  }

  async list(scope: CallerScope, q: ListTradeInsDto) {
    const limit = q.limit ?? 50;
    const qb = this.dataSource.getRepository(TradeInEntity).createQueryBuilder('t');
    if (scope.partnerId !== undefined) qb.andWhere('t.partner_id = :partnerId', { partnerId: scope.partnerId });
    if (scope.storeId !== undefined) qb.andWhere('t.store_id = :storeId', { storeId: scope.storeId });
    if (q.state) qb.andWhere('t.state = :state', { state: q.state });
    if (q.createdFrom) qb.andWhere('t.created_at >= :from', { from: new Date(q.createdFrom) });
    if (q.createdTo) qb.andWhere('t.created_at < :to', { to: new Date(q.createdTo) });
    if (q.cursor) {
      const c = decodeCursor(q.cursor);
      qb.andWhere('(t.created_at, t.id) < (:cAt, :cId)', { cAt: new Date(c.createdAt), cId: c.id });
    }
    const rows = await qb
      .orderBy('t.created_at', 'DESC')
      .addOrderBy('t.id', 'DESC')
      .take(limit + 1)
      .getMany();
    const page = rows.slice(0, limit);
    const quotes = page.length
      ? await this.dataSource
          .getRepository(QuoteEntity)
          .createQueryBuilder('q')
          .where('q.id IN (:...ids)', { ids: page.map((t) => t.quoteId) })
          .getMany()
      : [];
    const byId = new Map(quotes.map((x) => [x.id, x]));
    const last = page.at(-1);
    return {
      items: page.map((t) => {
        const { timeline: _timeline, ...rest } = tradeInView(t, byId.get(t.quoteId) as QuoteEntity, []);
        return rest;
      }),
      nextCursor: rows.length > limit && last ? encodeCursor({ createdAt: last.createdAt.toISOString(), id: last.id }) : null,
    };
  }
}

function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify(c)).toString('base64url');
}

function decodeCursor(raw: string): Cursor {
  try {
    const c = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as Partial<Cursor>;
    if (typeof c.createdAt === 'string' && !Number.isNaN(Date.parse(c.createdAt)) && typeof c.id === 'string' && isUuid(c.id)) {
      return { createdAt: c.createdAt, id: c.id };
    }
  } catch {
    // fall through
  }
  throw new InvalidFieldError('cursor', 'must be a cursor returned by this API');
}
