/**
 * What building a quote's INSERT costs the process (CPU per quote, no database): three rows shaped like a quote, its
 * trade-in and its first timeline row as one statement (insertStatement of @tradein/service-runtime, the text kept per
 * shape, as create-quote uses it) against TypeORM's query builder building it each time (what create-quote did
 * before), alternating. Prints only.
 *
 *   npm run bench:insert
 */
// The entities are decorated classes, which need the metadata polyfill first.
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { type RowToInsert, buildWithTypeorm, insertStatement } from '@tradein/service-runtime';
import { alternateCpu } from '../lib/alternate';
import { envInt } from '../lib/report';
import { BenchQuote, BenchTimeline, BenchTradeIn } from './entities';

async function main(): Promise<void> {
  // Metadata only: TypeORM builds SQL for PostgreSQL without a connection.
  const ds = new DataSource({ type: 'postgres', entities: [BenchQuote, BenchTradeIn, BenchTimeline] });
  await (ds as unknown as { buildMetadatas(): Promise<void> }).buildMetadatas();
  const m = ds.manager;
  const rows = (): RowToInsert[] => {
    const now = new Date();
    const [quoteId, tradeInId] = [randomUUID(), randomUUID()];
    const quote: BenchQuote = {
      id: quoteId,
      tradeInId,
      partnerId: 'bench-quotes',
      programId: null,
      storeId: null,
      modelId: 'sony-playstation-5-slim',
      variantId: 'disc',
      market: 'FR',
      currency: 'EUR',
      imei: null,
      priceTableVersion: 1,
      answers: { functional: 'works', body: 'light_wear', controllers: 'all_included', accessories: 'complete', locks: 'none' },
      baseMinor: 40_000n,
      totalMinor: 36_000n,
      breakdown: [
        { code: 'base', deltaMinor: '40000' },
        { code: 'body', deltaMinor: '-4000' },
      ],
      pricedAt: now,
      expiresAt: now,
    };
    const tradeIn: BenchTradeIn = {
      id: tradeInId,
      quoteId,
      partnerId: 'bench-quotes',
      state: 'QUOTED',
      quoteExpiresAt: now,
      acceptedAt: null,
      customer: null,
      offerMinor: null,
      correlationId: randomUUID(),
    };
    const timeline: Omit<BenchTimeline, 'id'> = { tradeInId, at: now, fromState: null, toState: 'QUOTED', cause: 'bench', detail: null };
    return [
      { target: BenchQuote, values: quote },
      { target: BenchTradeIn, values: tradeIn },
      { target: BenchTimeline, values: timeline },
    ];
  };
  alternateCpu(
    "bench insert: a quote's rows as one INSERT statement (rows built in both; bench/insert/entities.ts)",
    {
      'text kept per shape (insertStatement)': () => insertStatement(m, rows()),
      "TypeORM's query builder each time": () => buildWithTypeorm(m, rows()),
    },
    { rounds: envInt('BENCH_ROUNDS', 5), calls: envInt('BENCH_CALLS', 5_000) },
  );
}

void main();
