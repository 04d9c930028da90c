import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The console (React) and the widget (Lit, 30 kB budget) bundle this library: nothing Node- or Nest-only may creep in. */
describe('api-client is browser-safe', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') && !e.name.endsWith('.spec.ts') ? [join(dir, e.name)] : [],
    );

  it('imports only openapi-fetch and its own files', () => {
    const imports = files(__dirname).flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/from '([^']+)'/g)].map((m) => m[1]!));
    expect(imports.filter((i) => !i.startsWith('./') && i !== 'openapi-fetch')).toEqual([]);
  });

  it('uses no decorators', () => {
    const decorated = files(__dirname).filter((f) => /^\s*@[A-Za-z]+\(/m.test(readFileSync(f, 'utf8')));
    expect(decorated).toEqual([]);
  });
});
