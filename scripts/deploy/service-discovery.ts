/**
 * Finds each service's config class and migrations by looking at the workspace (apps/<name>-service),
 * so the migration init step and the settings tests follow a new service or a new migration without
 * a list to keep up to date (sources or compiled .js, as in the image). Modules are loaded by computed path: tooling reads the apps, it is not
 * part of them (module boundaries forbid static imports of apps).
 */
import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { BaseServiceConfig } from '@tradein/service-runtime';

export const ROOT = join(__dirname, '../..');

type ConfigClass = new () => BaseServiceConfig;
type MigrationClass = new () => { up: unknown; down: unknown };

/** `quote-service`, `intake-service`, ... (folders apps/*-service with a src/config/*.config.ts). */
export function serviceNames(): string[] {
  return readdirSync(join(ROOT, 'apps'))
    .filter((d) => d.endsWith('-service') && existsSync(join(ROOT, 'apps', d, 'src/config')))
    .sort();
}

function exportsOf(file: string): unknown[] {
  return Object.values(require(file) as Record<string, unknown>);
}

/** The service's config class: the class exported by apps/<service>/src/config/*.config.ts that extends BaseServiceConfig. */
export function configClassOf(service: string): ConfigClass {
  const dir = join(ROOT, 'apps', service, 'src/config');
  const found = readdirSync(dir)
    .filter((f) => /\.config\.(ts|js)$/.test(f) && !f.endsWith('.d.ts'))
    .flatMap((f) => exportsOf(join(dir, f)))
    .filter((v): v is ConfigClass => typeof v === 'function' && v.prototype instanceof BaseServiceConfig);
  if (found.length !== 1)
    throw new Error(`${service}: expected one config class extending BaseServiceConfig in ${dir}, found ${found.length}`);
  return found[0];
}

/** The service's own migrations: every class in apps/<service>/src/migrations/<timestamp>-*.ts with up and down. */
export function migrationsOf(service: string): MigrationClass[] {
  const dir = join(ROOT, 'apps', service, 'src/migrations');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /^\d{13}-.*\.(ts|js)$/.test(f) && !/\.(d|spec|int-spec)\.ts$/.test(f))
    .flatMap((f) => exportsOf(join(dir, f)))
    .filter(
      (v): v is MigrationClass =>
        typeof v === 'function' && typeof v.prototype?.up === 'function' && typeof v.prototype?.down === 'function',
    );
}
