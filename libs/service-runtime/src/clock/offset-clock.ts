import { type Clock } from './clock';

/**
 * The system clock moved forward by an offset. With CLOCK_CONTROL=enabled (refused in production) a
 * service runs on one of these, and ops can move it forward over HTTP: that is how the cross-process
 * acceptance tests and `npm run demo` pass deadlines without sleeping.
 */
export class OffsetClock implements Clock {
  private offsetMs: number;

  /** `startOffsetMs`: where the clock starts ahead of the system clock (CLOCK_OFFSET_MS). */
  constructor(startOffsetMs = 0) {
    this.offsetMs = 0;
    this.advance(startOffsetMs);
  }

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  get offset(): number {
    return this.offsetMs;
  }

  /** Moves the clock forward; time never goes back, so a passed deadline stays passed. */
  advance(ms: number): Date {
    if (!Number.isInteger(ms) || ms < 0) throw new RangeError('a clock only moves forward by a whole number of milliseconds');
    this.offsetMs += ms;
    return this.now();
  }
}
