import { type Lockfile, pruneLockfile, resolveFrom } from './prune-lockfile';

const lock: Lockfile = {
  lockfileVersion: 3,
  packages: {
    '': { name: 'ws', version: '1.0.0' },
    'node_modules/a': { version: '1.0.0', dependencies: { b: '^1', c: '^1' } },
    'node_modules/a/node_modules/b': { version: '1.5.0' },
    'node_modules/b': { version: '2.0.0', dev: true },
    'node_modules/c': {
      version: '1.0.0',
      peerDependencies: { p: '*', q: '*' },
      peerDependenciesMeta: { q: { optional: true } },
      optionalDependencies: { gone: '*' },
    },
    'node_modules/p': { version: '1.0.0' },
    'node_modules/q': { version: '1.0.0' },
    'node_modules/jest': { version: '30.0.0', dev: true },
  },
};

describe('pruneLockfile', () => {
  it('resolves like node: nested first, then up', () => {
    expect(resolveFrom(lock.packages, 'node_modules/a', 'b')).toBe('node_modules/a/node_modules/b');
    expect(resolveFrom(lock.packages, 'node_modules/c', 'b')).toBe('node_modules/b');
    expect(resolveFrom(lock.packages, '', 'nope')).toBeUndefined();
  });

  it('keeps the closure of the dependencies (required peers included, optional peers and devDependencies not)', () => {
    const pruned = pruneLockfile(lock, { name: 'svc', version: '1.0.0', dependencies: { a: '^1' } });
    expect(Object.keys(pruned.packages)).toEqual([
      '',
      'node_modules/a',
      'node_modules/a/node_modules/b',
      'node_modules/c',
      'node_modules/p',
    ]);
    expect(pruned.packages['']).toEqual({ name: 'svc', version: '1.0.0', dependencies: { a: '^1' } });
  });

  it('fails on a dependency the lockfile lacks', () => {
    expect(() => pruneLockfile(lock, { name: 'svc', version: '1.0.0', dependencies: { missing: '^1' } })).toThrow(
      /missing .* not in the lockfile/,
    );
  });
});
