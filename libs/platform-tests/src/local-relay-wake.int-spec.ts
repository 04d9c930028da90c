import { setTimeout as sleep } from 'node:timers/promises';
import { type EntityManager } from 'typeorm';
import { type MessagingRuntime, OutboxWriter, type PipelinedTransaction, inPipelinedTransaction, poolOf } from '@tradein/messaging';
import { captureStatements } from '@tradein/testing';
import { messagingHarness } from './messaging-harness';

/**
 * ADR 0025: the writers of a process that runs a relay wake it after their commit, without a NOTIFY in the
 * transaction (a notifying commit takes a lock that serialises every notifying commit of the cluster); a writer of a
 * process without a relay keeps the NOTIFY. The relay polls once a minute here: only a wake-up publishes in time.
 */
describe('waking the relay after commit (real PostgreSQL and Kafka)', () => {
  let h: Awaited<ReturnType<typeof messagingHarness>>;
  let rt: MessagingRuntime;
  beforeAll(async () => {
    h = await messagingHarness(1);
    rt = h.runtime({ relayPollMs: 60_000 });
    await rt.startBackbone();
    await sleep(300); // the relay's first pass (at start) is over: it sleeps until woken
  });
  afterAll(async () => {
    await h.close();
  });

  const notifies = (statements: string[]): string[] => statements.filter((s) => s.includes('pg_notify'));

  /** Appends one event through this process's writer in `transaction`: no NOTIFY sent, one wake-up, published at once. */
  const expectWokenWithoutNotify = async (
    transaction: (append: (m: EntityManager | PipelinedTransaction) => Promise<void>) => Promise<void>,
    tradeInId: string,
  ): Promise<void> => {
    const woken = jest.spyOn(rt.relay, 'notify');
    let eventId = '';
    const statements = await captureStatements(() =>
      transaction(async (m) => {
        [{ eventId }] = await rt.outbox.append(m, h.cancelled(tradeInId, 'local'));
      }),
    );
    expect(notifies(statements)).toEqual([]);
    expect(woken).toHaveBeenCalledTimes(1);
    woken.mockRestore();
    expect(await h.publishedWithin(eventId, 5000)).toBe(true);
  };

  it('publishes at once what a TypeORM transaction of this process appended, without a NOTIFY', async () => {
    await expectWokenWithoutNotify((append) => h.dataSource.transaction(append), 'ti-local-1');
  });

  it('publishes at once what a pipelined transaction of this process appended, without a NOTIFY', async () => {
    await expectWokenWithoutNotify((append) => inPipelinedTransaction(poolOf(h.dataSource), append), 'ti-local-2');
  });

  it('keeps the NOTIFY for a writer with no relay in its process, which wakes the relays listening', async () => {
    const elsewhere = new OutboxWriter('quote-service');
    let eventId = '';
    const statements = await captureStatements(async () => {
      await h.dataSource.transaction(async (m) => {
        [{ eventId }] = await elsewhere.append(m, h.cancelled('ti-remote-1', 'notify'));
      });
    });
    expect(notifies(statements)).toHaveLength(1);
    expect(await h.publishedWithin(eventId, 5000)).toBe(true);
  });

  it('wakes once the outermost transaction commits, and not for one rolled back', async () => {
    const writer = new OutboxWriter('quote-service');
    const woke = jest.fn();
    writer.useLocalRelay(woke);
    await h.dataSource.transaction(async (outer) => {
      await outer.transaction((inner) => writer.append(inner, h.cancelled('ti-nested-1', 'nested')));
      expect(woke).not.toHaveBeenCalled(); // the savepoint is released; nothing is committed yet
    });
    expect(woke).toHaveBeenCalledTimes(1);
    await expect(
      h.dataSource.transaction(async (m) => {
        await writer.append(m, h.cancelled('ti-rolled-back', 'rolled back'));
        throw new Error('the work failed after appending');
      }),
    ).rejects.toThrow('the work failed after appending');
    await expect(
      inPipelinedTransaction(poolOf(h.dataSource), async (tx) => {
        await writer.append(tx, h.cancelled('ti-rolled-back-2', 'rolled back'));
        throw new Error('the pipelined work failed');
      }),
    ).rejects.toThrow('the pipelined work failed');
    expect(woke).toHaveBeenCalledTimes(1);
  });
});

describe('a lane another relay held (real PostgreSQL and Kafka)', () => {
  it('is looked at again soon when an event was committed to it meanwhile', async () => {
    // Relay B holds the trade-in's lane mid-pass (paused after Kafka acknowledged). Relay A starts, and an event of
    // that trade-in committed by A's process wakes only A, which cannot lock the lane. B read its rows before that
    // commit, so without A's second look the event would wait for a poll (a minute here).
    const h = await messagingHarness(1);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let holding!: () => void;
    const held = new Promise<void>((resolve) => (holding = resolve));
    try {
      const b = h.runtime(
        { relayPollMs: 60_000 },
        {
          afterPublish: async () => {
            holding();
            await gate;
          },
        },
      );
      await b.startBackbone();
      await h.append([h.cancelled('ti-held-lane', 'first')]); // NOTIFY: B, the only relay, takes it
      await held;
      const a = h.runtime({ relayPollMs: 60_000 });
      await a.startBackbone();
      let eventId = '';
      await h.dataSource.transaction(async (m) => {
        [{ eventId }] = await a.outbox.append(m, h.cancelled('ti-held-lane', 'second'));
      });
      await sleep(300);
      release();
      expect(await h.publishedWithin(eventId, 5000)).toBe(true);
    } finally {
      release();
      await h.close();
    }
  });
});
