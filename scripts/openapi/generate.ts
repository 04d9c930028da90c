import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { renderContractFiles } from './contract-files';
import { ROOT, SERVICES, type ServiceShort } from './contract-paths';

/**
 * `npm run openapi`: regenerates the committed OpenAPI documents and the typed client's types.
 * `--out DIR` writes the same tree under DIR instead (the staleness test compares it with the repository);
 * `--only grading` limits it to one service.
 */
async function main(argv: string[]): Promise<void> {
  const outAt = argv.indexOf('--out');
  const onlyAt = argv.indexOf('--only');
  const out = outAt >= 0 ? resolve(argv[outAt + 1] ?? '') : ROOT;
  const only = onlyAt >= 0 ? argv[onlyAt + 1] : undefined;
  const services = SERVICES.filter((s) => !only || s === only);
  if (!services.length) throw new Error(`--only: one of ${SERVICES.join(', ')}`);
  for (const f of await renderContractFiles(services as ServiceShort[])) {
    const target = join(out, f.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, f.content);
    console.log(`wrote ${f.path}`);
  }
}

main(process.argv.slice(2)).catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
