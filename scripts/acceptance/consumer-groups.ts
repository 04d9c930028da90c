import { setTimeout as sleep } from 'node:timers/promises';
import { AssignerProtocol, type Admin, type Kafka } from 'kafkajs';

/**
 * The consumer groups of one topic namespace, seen through the Kafka admin API: what each group subscribes to,
 * how far it has read, and a reset to the beginning ("replay every topic"). Group ids are `<namespace>.<service>`
 * and topics `<namespace>.<topic>` (libs/messaging).
 */
export class NamespaceGroups {
  private readonly subscriptions = new Map<string, string[]>();

  constructor(
    private readonly admin: Admin,
    readonly namespace: string,
  ) {}

  /** The namespace's consumer groups and, read from their live members, the topics each subscribes to. */
  async discover(expectedGroups: number): Promise<Map<string, string[]>> {
    const groups = (await this.admin.listGroups()).groups.map((g) => g.groupId).filter((g) => g.startsWith(`${this.namespace}.`));
    if (groups.length !== expectedGroups)
      throw new Error(`expected ${expectedGroups} consumer groups in ${this.namespace}, found ${groups.join(', ')}`);
    const described = await this.admin.describeGroups(groups);
    for (const g of described.groups) {
      const topics = new Set<string>();
      for (const m of g.members) for (const t of AssignerProtocol.MemberMetadata.decode(m.memberMetadata)?.topics ?? []) topics.add(t);
      if (!topics.size) throw new Error(`group ${g.groupId} (${g.state}) has no live member subscriptions`);
      this.subscriptions.set(g.groupId, [...topics].sort());
    }
    return this.subscriptions;
  }

  /** Every topic of the namespace (dead-letter topics included) with its high watermark per partition. */
  async highWatermarks(): Promise<Record<string, string>> {
    const topics = (await this.admin.listTopics()).filter((t) => t.startsWith(`${this.namespace}.`)).sort();
    const out: Record<string, string> = {};
    for (const t of topics) out[t] = (await this.admin.fetchTopicOffsets(t)).map((p) => `${p.partition}:${p.high}`).join(',');
    return out;
  }

  /** Unread messages per group and subscribed topic (only the non-zero ones). */
  async lag(): Promise<Record<string, number>> {
    const lag: Record<string, number> = {};
    for (const [groupId, topics] of this.subscriptions) {
      const committed = await this.admin.fetchOffsets({ groupId, topics });
      for (const t of committed) {
        const ends = await this.admin.fetchTopicOffsets(t.topic);
        for (const end of ends) {
          const at = Number(t.partitions.find((x) => x.partition === end.partition)?.offset ?? -1);
          const behind = Number(end.high) - (at < 0 ? Number(end.low) : at);
          if (behind > 0) lag[`${groupId} ${t.topic}#${end.partition}`] = behind;
        }
      }
    }
    return lag;
  }

  /** Polls until no group has anything left to read. */
  async waitCaughtUp(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const lag = await this.lag();
      if (!Object.keys(lag).length) return;
      if (Date.now() > deadline) throw new Error(`consumer groups still behind after ${timeoutMs} ms: ${JSON.stringify(lag)}`);
      await sleep(500);
    }
  }

  /** Waits until every group has no members (its services stopped), as an offset reset requires. */
  async waitEmpty(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const described = await this.admin.describeGroups([...this.subscriptions.keys()]);
      const busy = described.groups.filter((g) => g.state !== 'Empty' && g.state !== 'Dead');
      if (!busy.length) return;
      if (Date.now() > deadline)
        throw new Error(`groups not empty after ${timeoutMs} ms: ${busy.map((g) => `${g.groupId}=${g.state}`).join(', ')}`);
      await sleep(500);
    }
  }

  /**
   * Moves every group's committed offset on every topic it subscribes to back to the earliest message, all groups at
   * once. (admin.resetOffsets does the same one topic at a time, joining the group for each: minutes for a namespace.)
   * Each group is joined once by a paused member that consumes nothing and commits the earliest offsets; the groups
   * must be empty (services stopped). Checked afterwards through the admin API.
   */
  async resetToEarliest(kafka: Kafka): Promise<void> {
    await Promise.all(
      [...this.subscriptions].map(async ([groupId, topics]) => {
        const earliest = (
          await Promise.all(
            topics.map(async (topic) =>
              (await this.admin.fetchTopicOffsets(topic)).map((p) => ({ topic, partition: p.partition, offset: p.low })),
            ),
          )
        ).flat();
        const member = kafka.consumer({ groupId, allowAutoTopicCreation: false });
        await member.connect();
        try {
          await member.subscribe({ topics, fromBeginning: true });
          const joined = new Promise<void>((resolve) => {
            const off = member.on(member.events.GROUP_JOIN, () => {
              off();
              resolve();
            });
          });
          // Nothing is resolved or auto-committed: a batch fetched before the pause changes no offset.
          await member.run({ autoCommit: false, eachBatchAutoResolve: false, eachBatch: async () => undefined });
          member.pause(topics.map((topic) => ({ topic })));
          await joined;
          await member.commitOffsets(earliest);
        } finally {
          await member.disconnect();
        }
        for (const t of await this.admin.fetchOffsets({ groupId, topics })) {
          for (const p of t.partitions) {
            const want = earliest.find((e) => e.topic === t.topic && e.partition === p.partition)?.offset;
            if (p.offset !== want) throw new Error(`${groupId} ${t.topic}#${p.partition} is at ${p.offset} after the reset, not ${want}`);
          }
        }
      }),
    );
  }

  /** How many messages the replay re-delivers to each group (from the earliest offset to the end). */
  async backlog(): Promise<Record<string, number>> {
    const out: Record<string, number> = {};
    for (const [groupId, topics] of this.subscriptions) {
      let n = 0;
      for (const t of topics) for (const p of await this.admin.fetchTopicOffsets(t)) n += Number(p.high) - Number(p.low);
      out[groupId] = n;
    }
    return out;
  }
}

/** Sums a Prometheus counter's samples (all label sets) in a /metrics text. */
export function counterTotal(metricsText: string, name: string): number {
  let sum = 0;
  for (const line of metricsText.split('\n')) {
    if (line.startsWith(`${name}{`) || line.startsWith(`${name} `)) sum += Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return sum;
}
