import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ERROR_CODE_SOURCES, readErrorCodes } from './error-code-sources';
import { renderErrorCodesDoc } from './render-error-codes-doc';
import { thrownCodes } from './thrown-codes';

const root = join(__dirname, '../../..');

describe('error codes: each service lists its codes in one file, docs/error-codes.md lists them all', () => {
  it('docs/error-codes.md is the one the error-code files render (run `npm run docs:error-codes` after editing them)', () => {
    expect(readFileSync(join(root, 'docs/error-codes.md'), 'utf8')).toBe(renderErrorCodesDoc(root));
  });

  it('every code written at a throw site is listed in its service’s file or a shared one it uses', () => {
    const listed = new Map(ERROR_CODE_SOURCES.map((s) => [s.title, new Set(readErrorCodes(root, s.file).map((c) => c.code))]));
    const missing: string[] = [];
    for (const source of ERROR_CODE_SOURCES) {
      const known = new Set([source.title, ...source.alsoUses].flatMap((t) => [...(listed.get(t) ?? [])]));
      for (const tree of source.covers)
        for (const t of thrownCodes(join(root, tree), root)) if (!known.has(t.code)) missing.push(`${t.code} (${t.file}, ${t.via})`);
    }
    expect(missing).toEqual([]);
  });

  it('a code means one thing: no service redefines a shared code, and every entry has a meaning', () => {
    const seen = new Map<string, string>();
    for (const source of ERROR_CODE_SOURCES) {
      for (const { code, meaning } of readErrorCodes(root, source.file)) {
        expect([code, meaning.trim().length > 0]).toEqual([code, true]);
        expect([code, seen.get(code)]).toEqual([code, undefined]);
        seen.set(code, source.title);
      }
    }
  });

  it('the throw-site scan sees literal codes, InvalidFieldError defaults and custom codes, not the reasons', () => {
    const codes = new Set(thrownCodes(join(root, 'apps/quote-service/src'), root).map((t) => t.code));
    expect(codes.has('QUOTE_EXPIRED')).toBe(true);
    expect(codes.has('UNKNOWN_MODEL')).toBe(true);
    expect(codes.has('INVALID_FIELD')).toBe(true);
    expect([...codes].every((c) => /^[A-Z][A-Z0-9_]+$/.test(c))).toBe(true);
  });
});
