import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readSourceTree, type SourceTree } from './source-tree';
import { checkFolderImports, checkLayout, checkService, checkSuffixes } from './service-structure';

const ROOT = join(__dirname, '../..');
const SERVICES = ['quote-service', 'intake-service', 'grading-service', 'payout-service'];

/** A service that keeps the template, as the smallest fake tree; each test below breaks one rule of it. */
function templateTree(extra: Record<string, string> = {}, without: string[] = []): SourceTree {
  const files: Record<string, string> = {
    'main.ts': "import { appModule } from './app.module';\n",
    'tracing.ts': '',
    'openapi.ts': '',
    'service-app.ts': '',
    'app.module.ts': "import { DEMO_ENTITIES } from './demo.entities';\nexport function appModule(config, clock) {}\n",
    'demo.entities.ts': "import { Thing } from './things/thing.entity';\nexport const DEMO_ENTITIES = [Thing];\n",
    'migrations/index.ts': "import { DemoSchema1 } from './1764000000000-demo-schema';\nexport const DEMO_MIGRATIONS = [DemoSchema1];\n",
    'migrations/1764000000000-demo-schema.ts': "import { type MigrationInterface } from 'typeorm';\n",
    'config/demo.config.ts':
      "import { BaseServiceConfig } from '@tradein/service-runtime';\nexport class DemoConfig extends BaseServiceConfig {}\n",
    'things/thing.entity.ts': "@Entity('thing')\nexport class Thing {}\n",
    'things/make-thing/make-thing.service.ts': '@Injectable()\nexport class MakeThingService {}\n',
    'things/make-thing/make-thing.controller.ts': "@Controller('v1/things')\nexport class MakeThingController {}\n",
    'testing/demo-test-kit.ts': "import { appModule } from '../app.module';\n",
    'things/make-thing/make-thing.int-spec.ts': "import { startDemo } from '../../testing/demo-test-kit';\n",
    ...extra,
  };
  for (const path of without) delete files[path];
  return new Map(Object.entries(files));
}
const APP = ['README.md', 'project.json', 'src'];

describe('the service template checker', () => {
  it('accepts a service that keeps the template', () => {
    expect(checkService('demo-service', templateTree(), APP)).toEqual([]);
  });

  it('fails on a missing or an extra top-level wiring file', () => {
    expect(checkLayout('demo-service', templateTree({}, ['demo.entities.ts']), APP)).toEqual([
      'src/demo.entities.ts is missing (every service has one)',
    ]);
    expect(checkLayout('demo-service', templateTree({ 'demo.module.ts': '' }), APP)).toEqual([
      expect.stringContaining('src/demo.module.ts: the top of src/ holds only'),
    ]);
    expect(checkLayout('demo-service', templateTree({}, ['migrations/index.ts', 'migrations/1764000000000-demo-schema.ts']), APP)).toEqual([
      'src/migrations/index.ts is missing (every service has one)',
    ]);
  });

  it('fails on another way to declare the module or name the lists', () => {
    const tree = templateTree({
      'app.module.ts': 'export class AppModule { static forRoot() {} }\n',
      'demo.entities.ts': 'export const ENTITIES = [];\n',
      'migrations/index.ts': 'export const MIGRATIONS = [];\n',
    });
    expect(checkLayout('demo-service', tree, APP)).toEqual([
      'src/app.module.ts: declare the module as `export function appModule(config, clock?)`',
      'src/demo.entities.ts: export the entity list as DEMO_ENTITIES',
      'src/migrations/index.ts: export the migration list as DEMO_MIGRATIONS',
    ]);
  });

  it('fails on a test kit folder with another name, or tests beside src/', () => {
    expect(checkLayout('demo-service', templateTree({ 'test/demo-test-kit.ts': '' }), APP)).toEqual([
      'src/test/demo-test-kit.ts: the test kit folder is src/testing/, not src/test/',
    ]);
    expect(checkLayout('demo-service', templateTree(), [...APP, 'test'])).toEqual([
      'apps/demo-service/test: only README.md, project.json and src/ belong beside src',
    ]);
  });

  it('fails on an entity outside a *.entity.ts file, and on a *.entity.ts without one', () => {
    expect(checkSuffixes(templateTree({ 'things/thing.entities.ts': "@Entity('other')\nexport class Other {}\n" }))).toEqual([
      'src/things/thing.entities.ts: an @Entity class belongs in a *.entity.ts file',
    ]);
    expect(checkSuffixes(templateTree({ 'things/thing-view.entity.ts': 'export interface ThingView {}\n' }))).toEqual([
      'src/things/thing-view.entity.ts: a *.entity.ts file holds @Entity classes',
    ]);
  });

  it('fails on a controller, a use case, validation rules or a config class in a file named for something else', () => {
    const tree = templateTree({
      'things/things.ts': "@Controller('v1/others')\nexport class OthersController {}\n",
      'things/helper.service.ts': 'export function help() {}\n',
      'things/thing-settings.config.ts': 'export const X = 1;\n',
      'shared/demo-config.ts': 'export class OtherConfig extends BaseServiceConfig {}\n',
      'things/thing-recorder.ts': '@Injectable()\nexport class ThingRecorder {}\n',
      'things/list-things.query.ts': "import { IsOptional } from 'class-validator';\nexport class ListThingsQuery {}\n",
    });
    expect(checkSuffixes(tree)).toEqual([
      'src/things/things.ts: a @Controller belongs in *.controller.ts (HTTP) or *.handler.ts (events)',
      'src/things/helper.service.ts: a *.service.ts file holds an @Injectable use case',
      'src/things/thing-settings.config.ts: *.config.ts names only config/ files',
      'src/shared/demo-config.ts: the config class lives in src/config/<service>.config.ts',
      'src/things/thing-recorder.ts: an @Injectable belongs in *.service.ts (use case), *.query.ts (read model) or *-worker.ts',
      'src/things/list-things.query.ts: validation rules (request bodies, query parameters) belong in *.dto.ts',
    ]);
  });

  it('fails on config importing domain code', () => {
    const tree = templateTree({
      'config/demo.config.ts': "import { type Policy } from '../things/policy';\nexport class DemoConfig extends BaseServiceConfig {}\n",
      'things/policy.ts': 'export interface Policy {}\n',
    });
    expect(checkFolderImports(tree)).toEqual([
      'src/config/demo.config.ts imports ../things/policy: config parses settings and imports no domain code',
    ]);
  });

  it('fails on shared/ importing a feature folder', () => {
    const tree = templateTree({ 'shared/thing-event.ts': "import { Thing } from '../things/thing.entity';\n" });
    expect(checkFolderImports(tree)).toEqual([
      'src/shared/thing-event.ts imports ../things/thing.entity: shared/ is below every feature folder and imports none',
    ]);
  });

  it('fails on a migration importing live code, a package besides typeorm, or a stray file in migrations/', () => {
    const tree = templateTree({
      'migrations/1764000000001-seed-things.ts':
        "import { type MigrationInterface } from 'typeorm';\nimport { THINGS } from '../things/things.seed';\nimport { z } from 'zod';\n",
      'things/things.seed.ts': 'export const THINGS = [];\n',
      'migrations/helpers.ts': '',
    });
    expect(checkFolderImports(tree)).toEqual([
      'src/migrations/1764000000001-seed-things.ts imports ../things/things.seed: a migration imports nothing outside migrations/ (freeze the data beside it)',
      'src/migrations/1764000000001-seed-things.ts imports zod: migrations import only typeorm',
      'src/migrations/helpers.ts: migrations/ holds index.ts, <timestamp>-<name>.ts and their frozen <timestamp>-<name>.data.ts',
    ]);
  });

  it('accepts frozen data beside a migration and a shared lib migration in the list', () => {
    const tree = templateTree({
      'migrations/1764000000001-seed-things.ts':
        "import { type MigrationInterface } from 'typeorm';\nimport { ROWS } from './1764000000001-seed-things.data';\n",
      'migrations/1764000000001-seed-things.data.ts': 'export const ROWS = [];\n',
      'migrations/index.ts': "import { Lib1 } from '@tradein/evidence';\nexport const DEMO_MIGRATIONS = [Lib1];\n",
    });
    expect(checkFolderImports(tree)).toEqual([]);
  });

  it('fails on production code importing the test kit', () => {
    const tree = templateTree({ 'things/thing-clock.ts': "import { fixedClock } from '../testing/demo-test-kit';\n" });
    expect(checkFolderImports(tree)).toEqual([
      'src/things/thing-clock.ts imports the test kit (../testing/demo-test-kit): production code never does',
    ]);
  });
});

describe.each(SERVICES)('%s', (service) => {
  it('keeps the service template (docs/service-guide.md)', () => {
    const app = join(ROOT, 'apps', service);
    expect(checkService(service, readSourceTree(join(app, 'src')), readdirSync(app))).toEqual([]);
  });
});
