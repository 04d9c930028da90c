import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MessagingRuntime, preparedName } from '@tradein/messaging';
import { ROOT, captureSql } from '@tradein/testing';
import { type PartnerFixture, type QuoteService, asPartner, createPartner, startQuoteService } from '../testing/quote-test-kit';

const SQL_FILE = 'bench/quotes/quote-create.sql';

/** Whitespace-insensitive statement text, without the trailing semicolon. */
const normalise = (sql: string): string => sql.replace(/\s+/g, ' ').replace(/;\s*$/, '').trim();

/** Replaces each `/*$n*\/(value)` of the pgbench file with `$n`: the value is what the code binds. */
function placeholders(sql: string): string {
  let out = '';
  for (let i = 0; i < sql.length;) {
    const marker = /^\/\*\$(\d+)\*\/\(/.exec(sql.slice(i));
    if (!marker) {
      out += sql[i++];
      continue;
    }
    let depth = 1;
    let j = i + marker[0].length;
    for (let quoted = false; j < sql.length && depth > 0; j++) {
      const c = sql[j];
      if (c === "'") quoted = !quoted;
      else if (!quoted && c === '(') depth++;
      else if (!quoted && c === ')') depth--;
    }
    if (depth) throw new Error(`${SQL_FILE}: unbalanced value after /*$${marker[1]}*/`);
    out += `$${marker[1]}`;
    i = j;
  }
  return out;
}

/** The SQL statements of one part of the pgbench script (meta-commands and comments left out). */
function statementsOf(script: string): string[] {
  return script
    .split('\n')
    .filter((l) => !l.startsWith('--') && !l.startsWith('\\'))
    .join('\n')
    .split(/;\s*\n/)
    .map((s) => normalise(placeholders(s)))
    .filter(Boolean);
}

/** The script's pipelines (`\startpipeline` … `\endpipeline`), each a list of statements: the flights it replays. */
function scriptFlights(): string[][] {
  const script = readFileSync(join(ROOT, SQL_FILE), 'utf8')
    .split('\n')
    .filter((l) => !l.startsWith('--'))
    .join('\n');
  return script
    .split('\\startpipeline')
    .slice(1)
    .map((part) => statementsOf(part.split('\\endpipeline')[0]!));
}

/**
 * The pgbench ceiling of the quote benchmark (bench/quotes) must run what one quote really costs
 * PostgreSQL: the statements of a real POST /v1/quotes, captured from the driver, equal the script's.
 */
describe(`${SQL_FILE} matches what POST /v1/quotes executes`, () => {
  let svc: QuoteService;
  let partner: PartnerFixture;
  beforeAll(async () => {
    svc = await startQuoteService();
    partner = await createPartner(svc, 'stmt-partner');
    // Only the request's statements: no relay passes interleaved (deadlines and webhooks are off in the kit).
    await svc.app.get(MessagingRuntime).relay.stop();
  });
  afterAll(async () => {
    await svc.close();
  });

  it('issues exactly the statements of the pgbench script, in order and in the same pipelined flights', async () => {
    const body = {
      modelId: 'sony-playstation-5-slim',
      variantId: 'disc',
      market: 'FR',
      answers: { functional: 'works', body: 'light_wear', controllers: 'all_included', accessories: 'complete', locks: 'none' },
    };
    // Steady state: the partner's API key is already cached by an earlier request.
    expect(
      (await svc.request('POST', '/v1/quotes', { headers: asPartner(partner, { 'idempotency-key': 'stmt-warm-0' }), body })).status,
    ).toBe(201);
    let status = 0;
    const seen = await captureSql(async () => {
      status = (await svc.request('POST', '/v1/quotes', { headers: asPartner(partner, { 'idempotency-key': 'stmt-measured-1' }), body }))
        .status;
    });
    expect(status).toBe(201);
    const flights = scriptFlights();
    expect(seen.statements.map(normalise)).toEqual(flights.flat());
    // Two round trips: START TRANSACTION, the key's claim and the price; then the writes, the stored answer, COMMIT.
    expect(flights).toHaveLength(2);
    expect(seen.flights.map((f) => f.map(normalise))).toEqual(flights);
    // pgbench replays the script with -M prepared: every statement but the transaction's bounds is prepared (ADR 0024).
    expect(seen.statements.filter((s) => !/^(START TRANSACTION|COMMIT)$/.test(s) && preparedName(s) === undefined)).toEqual([]);
  });
});
