/**
 * Wedge scanners often fire twice (a trigger held, a re-scan of the same label): the same code read again
 * within the window is ignored, another code never is.
 */
export class ScanDedupe {
  private last: { code: string; at: number } | null = null;

  constructor(private readonly windowMs = 2000) {}

  /** True when the scan should be acted on. */
  accept(code: string, now: number): boolean {
    const repeat = this.last !== null && this.last.code === code && now - this.last.at < this.windowMs;
    this.last = { code, at: now };
    return !repeat;
  }
}
