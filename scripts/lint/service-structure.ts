import { posix } from 'node:path';
import { importsOf, isSpec, resolveRelative, type SourceTree } from './source-tree';
import { topFolder } from './folder-cycles';

/**
 * The one template every service follows (docs/service-guide.md describes it). Each rule returns the problems it
 * finds, phrased so a reader knows what to move or rename; an empty list means the service keeps the template.
 */

/** The files at the top of src/ (besides whole-service specs): wiring only, no domain code. */
export function wiringFiles(short: string): string[] {
  return ['main.ts', 'tracing.ts', 'openapi.ts', 'service-app.ts', 'app.module.ts', `${short}.entities.ts`];
}

/** Top-level files a service may have: its list of error codes (docs list them from there). */
export function optionalTopFiles(short: string): string[] {
  return [`${short}.error-codes.ts`];
}

/** Test-kit folder names other projects use; here the kit is always src/testing/. */
const OTHER_TEST_KIT_NAMES = new Set(['test', 'tests', '__tests__', 'test-kit', 'testkit', 'spec', 'specs', 'fixtures', 'helpers']);
/** What may sit in apps/<svc>/ itself: sources, tests and all, live under src/. */
const APP_ENTRIES = new Set(['README.md', 'project.json', 'src']);
/** Files an @Injectable class may sit in: use cases and domain services, read models, workers and Nest's own kinds. */
const INJECTABLE_FILE = /(\.service|\.query|[.-]worker|\.pipe|\.guard|\.interceptor|\.resolver|\.parser|\.controller|\.handler)\.ts$/;
const MIGRATION_FILE = /^\d{13}-[a-z0-9-]+\.ts$/;
const MIGRATION_DATA = /^\d{13}-[a-z0-9-]+\.data\.ts$/;

/** `quote-service` → `quote`, `QUOTE`. */
function names(service: string): { short: string; upper: string } {
  const short = service.replace(/-service$/, '');
  return { short, upper: short.toUpperCase().replace(/-/g, '_') };
}

function relativeTargets(tree: SourceTree, path: string, text: string): Array<{ specifier: string; target: string | undefined }> {
  return importsOf(text).map((specifier) => ({ specifier, target: resolveRelative(tree, path, specifier) }));
}

/** Top-level files and folders: the wiring files exist, nothing else sits beside them, the test kit is testing/. */
export function checkLayout(service: string, tree: SourceTree, appEntries: readonly string[]): string[] {
  const { short, upper } = names(service);
  const problems: string[] = [];
  for (const entry of appEntries) {
    if (!APP_ENTRIES.has(entry)) problems.push(`apps/${service}/${entry}: only README.md, project.json and src/ belong beside src`);
  }
  const required = [...wiringFiles(short), 'migrations/index.ts', `config/${short}.config.ts`];
  for (const file of required) if (!tree.has(file)) problems.push(`src/${file} is missing (every service has one)`);
  const wiring = new Set([...wiringFiles(short), ...optionalTopFiles(short)]);
  for (const path of tree.keys()) {
    const folder = topFolder(path);
    if (!folder && !wiring.has(path) && !isSpec(path)) {
      problems.push(`src/${path}: the top of src/ holds only ${[...wiring].join(', ')} and whole-service specs; move it into a folder`);
    }
    if (folder && OTHER_TEST_KIT_NAMES.has(folder)) problems.push(`src/${path}: the test kit folder is src/testing/, not src/${folder}/`);
  }
  const appModule = tree.get('app.module.ts');
  if (appModule !== undefined && !/export function appModule\(/.test(appModule)) {
    problems.push('src/app.module.ts: declare the module as `export function appModule(config, clock?)`');
  }
  const entities = tree.get(`${short}.entities.ts`);
  if (entities !== undefined && !new RegExp(`export const ${upper}_ENTITIES\\b`).test(entities)) {
    problems.push(`src/${short}.entities.ts: export the entity list as ${upper}_ENTITIES`);
  }
  const migrations = tree.get('migrations/index.ts');
  if (migrations !== undefined && !new RegExp(`export const ${upper}_MIGRATIONS\\b`).test(migrations)) {
    problems.push(`src/migrations/index.ts: export the migration list as ${upper}_MIGRATIONS`);
  }
  return problems;
}

/** One suffix, one meaning: decorated classes sit in files named for them. */
export function checkSuffixes(tree: SourceTree): string[] {
  const problems: string[] = [];
  for (const [path, text] of tree) {
    if (isSpec(path)) continue;
    const base = posix.basename(path);
    const entityFile = base.endsWith('.entity.ts');
    if (/@Entity\(/.test(text) && !entityFile) problems.push(`src/${path}: an @Entity class belongs in a *.entity.ts file`);
    if (entityFile && !/@Entity\(/.test(text)) problems.push(`src/${path}: a *.entity.ts file holds @Entity classes`);
    if (/@Controller\(/.test(text) && !/\.(controller|handler)\.ts$/.test(base)) {
      problems.push(`src/${path}: a @Controller belongs in *.controller.ts (HTTP) or *.handler.ts (events)`);
    }
    if (/@Injectable\(/.test(text) && !INJECTABLE_FILE.test(base)) {
      problems.push(`src/${path}: an @Injectable belongs in *.service.ts (use case), *.query.ts (read model) or *-worker.ts`);
    }
    if (base.endsWith('.service.ts') && !/@Injectable\(/.test(text))
      problems.push(`src/${path}: a *.service.ts file holds an @Injectable use case`);
    if (/extends BaseServiceConfig\b/.test(text) && !/^config\/[a-z0-9-]+\.config\.ts$/.test(path)) {
      problems.push(`src/${path}: the config class lives in src/config/<service>.config.ts`);
    }
    if (/from 'class-validator'/.test(text) && !/\.(dto|config)\.ts$/.test(base)) {
      problems.push(`src/${path}: validation rules (request bodies, query parameters) belong in *.dto.ts`);
    }
    if (base.endsWith('.config.ts') && topFolder(path) !== 'config') problems.push(`src/${path}: *.config.ts names only config/ files`);
  }
  return problems;
}

/**
 * Folder rules: config parses settings and imports no domain code; shared/ imports no feature folder; migrations import nothing from the service outside
 * migrations/ (a migration's result must never change later), only typeorm, and the list may name a shared lib's
 * migration; production code never imports the test kit.
 */
export function checkFolderImports(tree: SourceTree): string[] {
  const problems: string[] = [];
  for (const [path, text] of tree) {
    const folder = topFolder(path);
    const spec = isSpec(path);
    for (const { specifier, target } of relativeTargets(tree, path, text)) {
      const targetFolder = target && topFolder(target);
      if (folder === 'config' && !spec && specifier.startsWith('.') && targetFolder !== 'config') {
        problems.push(`src/${path} imports ${specifier}: config parses settings and imports no domain code`);
      }
      if (folder === 'shared' && !spec && targetFolder && targetFolder !== 'shared' && targetFolder !== 'config') {
        problems.push(`src/${path} imports ${specifier}: shared/ is below every feature folder and imports none`);
      }
      if (folder === 'migrations' && !spec) {
        if (specifier.startsWith('.') && targetFolder !== 'migrations') {
          problems.push(`src/${path} imports ${specifier}: a migration imports nothing outside migrations/ (freeze the data beside it)`);
        }
        const libAllowed = path === 'migrations/index.ts' && specifier.startsWith('@tradein/');
        if (!specifier.startsWith('.') && specifier !== 'typeorm' && !libAllowed) {
          problems.push(`src/${path} imports ${specifier}: migrations import only typeorm`);
        }
      }
      if (targetFolder === 'testing' && folder !== 'testing' && !spec) {
        problems.push(`src/${path} imports the test kit (${specifier}): production code never does`);
      }
    }
    if (folder === 'migrations' && path !== 'migrations/index.ts' && !spec) {
      const base = posix.basename(path);
      if (path !== `migrations/${base}` || !(MIGRATION_FILE.test(base) || MIGRATION_DATA.test(base))) {
        problems.push(`src/${path}: migrations/ holds index.ts, <timestamp>-<name>.ts and their frozen <timestamp>-<name>.data.ts`);
      }
    }
  }
  return problems;
}

/** Every rule for one service. */
export function checkService(service: string, tree: SourceTree, appEntries: readonly string[]): string[] {
  return [...checkLayout(service, tree, appEntries), ...checkSuffixes(tree), ...checkFolderImports(tree)];
}
