import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDockerfile } from './dockerfile';
import { type LintContext, lintDockerfile } from './dockerfile-rules';
import { isIgnored, parseDockerignore } from './dockerignore';

const ROOT = join(__dirname, '../..');
const DOCKERFILE = readFileSync(join(ROOT, 'docker/Dockerfile'), 'utf8');
const DOCKERIGNORE = readFileSync(join(ROOT, 'docker/Dockerfile.dockerignore'), 'utf8');
const ctx: LintContext = {
  root: ROOT,
  dockerignore: DOCKERIGNORE,
  runtimeContextFiles: ['docker/entrypoint.sh'],
  runtimeStageFiles: ['/out', '/out/node_modules'],
};

/** The real Dockerfile with one change; the change must really apply. */
function mutate(from: string | RegExp, to: string): string {
  const changed = DOCKERFILE.replace(from, to);
  if (changed === DOCKERFILE) throw new Error(`mutation ${String(from)} does not apply to docker/Dockerfile`);
  return changed;
}

describe('docker/Dockerfile', () => {
  it('passes every rule', () => {
    expect(lintDockerfile(DOCKERFILE, ctx)).toEqual([]);
  });

  it('has a build, a production-dependencies and a runtime stage, the runtime one last', () => {
    expect(parseDockerfile(DOCKERFILE).stages.map((s) => s.name)).toEqual(['build', 'prod-deps', 'runtime']);
  });

  it('builds one service per image with --build-arg SERVICE=<name> (the four together only without it), and the image starts that one', () => {
    const file = parseDockerfile(DOCKERFILE);
    const build = file.stages.find((s) => s.name === 'build')!;
    const run = build.instructions.find((i) => i.keyword === 'RUN' && i.args.includes('nx run-many'))!;
    // The shell that picks the projects, up to the Nx call, run as BuildKit would with each SERVICE.
    const pick = run.args.slice(0, run.args.indexOf('npx nx'));
    const projects = (service: string) =>
      execFileSync('sh', ['-c', `${pick} printf %s "$projects"`], { env: { PATH: process.env['PATH'], SERVICE: service } }).toString();
    expect(projects('quote')).toBe('quote-service');
    expect(projects('payout-service')).toBe('payout-service');
    expect(projects('')).toBe('quote-service,intake-service,grading-service,payout-service');
    expect(run.args).toContain('--projects="$projects"');
    const runtime = file.stages.find((s) => s.name === 'runtime')!;
    expect(runtime.instructions.some((i) => i.keyword === 'ARG' && i.args.startsWith('SERVICE'))).toBe(true);
    expect(runtime.instructions.some((i) => i.keyword === 'ENV' && /\bSERVICE=\$\{SERVICE\}/.test(i.args))).toBe(true);
  });

  it.each<[string, string | RegExp, string, RegExp]>([
    ['an unpinned base image', /ARG NODE_IMAGE=\S+/, 'ARG NODE_IMAGE=node', /pin a version tag/],
    ['the latest tag', /ARG NODE_IMAGE=\S+/, 'ARG NODE_IMAGE=node:latest', /not latest/],
    ['root at run time', 'USER 1000:1000', 'USER root', /numeric uid/],
    ['uid 0', 'USER 1000:1000', 'USER 0:0', /USER 0 is root/],
    ['no USER', /^USER .*$/m, '', /sets no USER/],
    ['no HEALTHCHECK', /^HEALTHCHECK[\s\S]*?\n(?=ENTRYPOINT)/m, '', /no HEALTHCHECK/],
    ['a HEALTHCHECK on another path', '/health/live', '/health/ready', /must probe \/health\/live/],
    ['a secret baked in', 'ENV NODE_ENV=production', 'ENV AUTH_JWT_SECRET=abc NODE_ENV=production', /AUTH_JWT_SECRET: secrets/],
    ['a secret build argument', 'ARG SERVICE=""\nENV', 'ARG NPM_TOKEN\nARG SERVICE=""\nENV', /NPM_TOKEN: secrets/],
    [
      'sources copied into the runtime',
      'COPY --chown=root:root --chmod=0755 docker/entrypoint.sh',
      'COPY apps ./apps\nCOPY --chown=root:root --chmod=0755 docker/entrypoint.sh',
      /COPY apps into the runtime stage/,
    ],
    [
      'the whole build stage copied',
      'COPY --from=build --chown=root:root /out ./',
      'COPY --from=build --chown=root:root /workspace ./',
      /only \/out/,
    ],
    ['recommended packages', ' --no-install-recommends', '', /without --no-install-recommends/],
    ['apt lists left behind', ' && rm -rf /var/lib/apt/lists/* \\\n', ' \\\n', /apt lists not removed/],
    ['npm install', 'npm ci --omit=dev', 'npm install --omit=dev', /use npm ci/],
    ['a missing file', 'COPY scripts/build ./scripts/build', 'COPY scripts/nope ./scripts/nope', /scripts\/nope: not in the repository/],
    [
      'a file the .dockerignore excludes',
      'COPY scripts/build ./scripts/build',
      'COPY README.md ./README.md',
      /README.md: excluded by the .dockerignore/,
    ],
    ['a shell-form entry point', /^ENTRYPOINT .*$/m, 'ENTRYPOINT /usr/local/bin/tradein-entrypoint', /shell form/],
    ['an unknown stage', 'COPY --from=prod-deps', 'COPY --from=deps', /no earlier stage/],
    ['ADD', 'COPY nx.json', 'ADD nx.json', /use COPY/],
  ])('fails on %s', (_what, from, to, problem) => {
    const problems = lintDockerfile(mutate(from, to), ctx);
    expect(problems.join('\n')).toMatch(problem);
  });
});

describe('docker/Dockerfile.dockerignore', () => {
  const rules = parseDockerignore(DOCKERIGNORE);

  it('lets in what the build needs and keeps out tests, local state and secrets', () => {
    for (const p of [
      'package.json',
      'apps/quote-service/src/main.ts',
      'libs/messaging/src/index.ts',
      'scripts/build/build-service.ts',
      'docker/entrypoint.sh',
    ]) {
      expect([p, isIgnored(rules, p)]).toEqual([p, false]);
    }
    for (const p of [
      '.env',
      'docker/.env',
      '.infra/pg/PG_VERSION',
      'node_modules/x/index.js',
      'dist/apps/quote-service/main.js',
      'apps/quote-service/src/main.spec.ts',
      'libs/messaging/src/relay/outbox-relay.int-spec.ts',
      'scripts/acceptance/platform.ts',
      '.git/config',
      'k8s/base/kustomization.yaml',
      'apps/x/.env.local',
    ]) {
      expect([p, isIgnored(rules, p)]).toEqual([p, true]);
    }
  });

  it('matches like BuildKit: ** spans segments, a directory pattern covers its contents, the last match wins', () => {
    const r = parseDockerignore('*\n!src\nsrc/**/*.md\n!src/keep.md');
    expect(isIgnored(r, 'src/a/b.ts')).toBe(false);
    expect(isIgnored(r, 'src/a/b.md')).toBe(true);
    expect(isIgnored(r, 'src/x.md')).toBe(true);
    expect(isIgnored(r, 'src/keep.md')).toBe(false);
    expect(isIgnored(r, 'other.ts')).toBe(true);
  });
});
