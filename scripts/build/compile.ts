import { existsSync, readFileSync, statSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { isBuiltin } from 'node:module';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { type Options, transformFile } from '@swc/core';

export interface CompileResult {
  /** Emitted JavaScript files, relative to the output folder. */
  files: string[];
  /** npm packages the emitted code requires (builtins excluded). */
  packages: Set<string>;
}

/**
 * The same SWC settings as `npm start` (@swc-node/register) and Jest (@swc/jest): legacy decorators
 * with decorator metadata (Nest injects by it), CommonJS, ES2022. `paths` turns the `@tradein/*`
 * aliases of tsconfig.base.json into relative requires, so the output needs no resolver at run time.
 */
export function swcOptions(root: string): Options {
  const base = JSON.parse(readFileSync(join(root, 'tsconfig.base.json'), 'utf8')) as {
    compilerOptions: { paths: Record<string, string[]> };
  };
  return {
    swcrc: false,
    configFile: false,
    sourceMaps: true,
    inlineSourcesContent: false,
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
      keepClassNames: true,
      baseUrl: root,
      paths: base.compilerOptions.paths,
    },
    module: { type: 'commonjs', strict: true },
  };
}

const REQUIRE = /\brequire\("([^"]+)"\)/g;

/** The package a bare specifier belongs to: `@scope/name/sub` → `@scope/name`, `name/sub` → `name`. */
export function packageOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

function resolveSource(fromFile: string, specifier: string): string {
  const target = resolve(dirname(fromFile), specifier);
  for (const candidate of [`${target}.ts`, join(target, 'index.ts'), target]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  throw new Error(`${relative(process.cwd(), fromFile)}: cannot resolve "${specifier}"`);
}

/**
 * Compiles `entries` and every workspace file they import (transitively) from `root` into `outDir`,
 * keeping the repository layout (apps/<svc>/src/..., libs/<lib>/src/...). Specs are never reached
 * because nothing imports them; a file outside `root` or an unresolvable import fails the build.
 */
export async function compileFrom(root: string, entries: string[], outDir: string): Promise<CompileResult> {
  const options = swcOptions(root);
  const seen = new Set<string>();
  const packages = new Set<string>();
  const files: string[] = [];
  let level = entries.map((e) => resolve(root, e));
  while (level.length) {
    const next: string[] = [];
    await Promise.all(
      level.map(async (file) => {
        if (seen.has(file)) return;
        seen.add(file);
        const rel = relative(root, file);
        if (rel.startsWith('..')) throw new Error(`${file} is outside the workspace`);
        if (!file.endsWith('.ts')) throw new Error(`${rel}: only TypeScript sources are compiled (found a ${basename(file)} import)`);
        const outFile = join(outDir, rel.replace(/\.ts$/, '.js'));
        const out = await transformFile(file, { ...options, filename: file, sourceFileName: relative(dirname(outFile), file) });
        for (const [, spec] of out.code.matchAll(REQUIRE)) {
          if (spec!.startsWith('.')) next.push(resolveSource(file, spec!));
          else if (!isBuiltin(spec!)) packages.add(packageOf(spec!));
        }
        await mkdir(dirname(outFile), { recursive: true });
        await writeFile(outFile, `${out.code}\n//# sourceMappingURL=${basename(outFile)}.map\n`);
        if (out.map) await writeFile(`${outFile}.map`, out.map);
        files.push(relative(outDir, outFile));
      }),
    );
    level = next.filter((f) => !seen.has(f));
  }
  return { files: files.sort(), packages };
}
