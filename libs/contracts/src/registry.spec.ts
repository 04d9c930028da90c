import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { renderEventsDoc } from './docs/render-events-doc';
import { QuoteCreated } from './events/quote/quote-created.event';
import { EVENT_REGISTRY, allTopics } from './registry';
import { validateEvent } from './validation/validate-event';

const quoteCreated = () => ({
  eventId: randomUUID(),
  type: 'tradein.quote.created',
  version: 1,
  occurredAt: '2026-01-01T10:00:00.000Z',
  tradeInId: 'ti-1',
  partnerId: 'p-1',
  correlationId: randomUUID(),
  causationId: null,
  producer: 'quote-service',
  payload: {
    quoteId: 'q-1',
    device: { modelId: 'apple-iphone-15', category: 'smartphone' },
    market: 'FR',
    amount: { amountMinor: '41000', currency: 'EUR' },
    priceTableVersion: 1,
    expiresAt: '2026-01-15T10:00:00.000Z',
  },
});

describe('event registry', () => {
  it('names every topic tradein.<area>.<event>.v<major>, once, with a dead-letter topic each', () => {
    for (const d of EVENT_REGISTRY) expect(d.topic).toMatch(/^tradein\.[a-z-]+\.[a-z-]+\.v\d+$/);
    expect(new Set(EVENT_REGISTRY.map((d) => d.topic)).size).toBe(EVENT_REGISTRY.length);
    expect(allTopics()).toHaveLength(EVENT_REGISTRY.length * 2);
    expect(allTopics()).toContain(`${QuoteCreated.topic}.dlt`);
  });

  it('accepts a valid event and rejects bad envelopes, unknown types, wrong topics and bad payloads', () => {
    expect(validateEvent(quoteCreated(), QuoteCreated.topic).ok).toBe(true);
    const noId = { ...quoteCreated(), eventId: 'nope' };
    expect(validateEvent(noId)).toMatchObject({ ok: false, errors: [expect.stringContaining('eventId')] });
    expect(validateEvent({ ...quoteCreated(), type: 'tradein.quote.exploded' })).toMatchObject({ ok: false });
    expect(validateEvent(quoteCreated(), 'tradein.offer.finalized.v1')).toMatchObject({ ok: false });
    const badMoney = quoteCreated();
    badMoney.payload.amount.amountMinor = '410.00';
    expect(validateEvent(badMoney)).toMatchObject({ ok: false, errors: [expect.stringContaining('payload.amount.amountMinor')] });
    const extra = quoteCreated() as ReturnType<typeof quoteCreated> & { payload: { surprise?: number } };
    extra.payload.surprise = 1;
    expect(validateEvent(extra)).toMatchObject({ ok: false, errors: [expect.stringContaining('surprise')] });
    // A reader tolerates a field it doesn't know yet (rolling deploys) and drops it.
    const tolerant = validateEvent(extra, QuoteCreated.topic, 'consume');
    expect(tolerant.ok).toBe(true);
    expect(tolerant.ok && 'surprise' in tolerant.envelope.payload).toBe(false);
    const broken = quoteCreated();
    broken.payload.market = 'XX';
    expect(validateEvent(broken, QuoteCreated.topic, 'consume').ok).toBe(false);
    expect(validateEvent('a string')).toMatchObject({ ok: false });
  });

  it('keeps docs/events.md generated from the registry (run npm run docs:events)', () => {
    const onDisk = readFileSync(join(__dirname, '../../../docs/events.md'), 'utf8');
    expect(onDisk).toBe(renderEventsDoc());
  });
});
