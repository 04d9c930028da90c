import { ScanDedupe } from './scan-dedupe';

describe('ScanDedupe', () => {
  it('ignores the same code within 2 s and accepts it after', () => {
    const d = new ScanDedupe();
    expect(d.accept('353908111025570', 0)).toBe(true);
    expect(d.accept('353908111025570', 1999)).toBe(false);
    expect(d.accept('353908111025570', 4100)).toBe(true);
  });

  it('never ignores a different code', () => {
    const d = new ScanDedupe();
    expect(d.accept('A', 0)).toBe(true);
    expect(d.accept('B', 10)).toBe(true);
    expect(d.accept('A', 20)).toBe(true);
  });
});
