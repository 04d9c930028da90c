import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { walkthroughBlocks, walkthroughScript } from './walkthrough';

const README = readFileSync(join(__dirname, '../../README.md'), 'utf8');

describe('the README walkthrough (run for real by the readme tier; these checks catch drift before it)', () => {
  const blocks = walkthroughBlocks(README);

  it('has the mail-in and the store blocks', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(5);
    expect(blocks.join('\n')).toContain('/v1/stores/STORE-DEMO-1/intakes');
  });

  it('commands carry no placeholder to copy by hand (ids are captured into variables)', () => {
    const commands = blocks.flatMap((b) => b.split('\n')).filter((l) => !l.trimStart().startsWith('#'));
    const placeholders = commands.filter((l) => /…|<[a-zA-Z]+Id>|\(64 hex\)/.test(l));
    expect(placeholders).toEqual([]);
  });

  it('every Idempotency-Key is made unique per run and long enough for the API (8-128 characters)', () => {
    const keys = [...blocks.join('\n').matchAll(/Idempotency-Key: ([^"'\s]+)/g)].map((m) => m[1] ?? '');
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) {
      expect(key).toContain('$RUN');
      expect(key.replace('$RUN', '0'.repeat(36)).length).toBeGreaterThanOrEqual(8);
    }
  });

  it('the store trade-in uses a device of its own', () => {
    const store = blocks.find((b) => b.includes('STORE_QUOTE'));
    expect(store).toContain('STORE_IMEI=$(imei');
    expect(store).not.toMatch(/\$IMEI\b/);
  });

  it('runs in one shell, stopping at the first failure, on the ports a platform was started with', () => {
    const script = walkthroughScript(README, { QUOTE_PORT: '4501' });
    expect(script.startsWith('set -euo pipefail\n')).toBe(true);
    expect(script).toContain('localhost:4501/v1/quotes');
    expect(script).not.toContain('localhost:3001');
    expect(script).toContain('localhost:3002');
  });
});
