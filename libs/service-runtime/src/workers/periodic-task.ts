import { childLogger } from '@tradein/observability';

/**
 * Runs a database-driven pass (payouts, deadlines, webhook deliveries) every `intervalMs`, never two
 * passes at once in one process; replicas share the work through the pass's own row locks. A failed
 * pass is logged and the next tick tries again. `stop()` waits for a pass in flight.
 */
export class PeriodicTask {
  private readonly log = childLogger('periodic-task');
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  constructor(
    private readonly name: string,
    private readonly intervalMs: number,
    private readonly pass: () => Promise<unknown>,
  ) {}

  /** Does nothing when the interval is 0 or negative (the task is disabled, e.g. in tests that call the pass directly). */
  start(): void {
    if (this.timer || this.intervalMs <= 0) return;
    this.timer = setInterval(() => this.tick(), this.intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }

  private tick(): void {
    if (this.running) return;
    this.running = this.pass()
      .then(
        () => undefined,
        (err: unknown) => {
          this.log.error({ err, task: this.name }, `${this.name} pass failed`);
        },
      )
      .finally(() => {
        this.running = undefined;
      });
  }
}
