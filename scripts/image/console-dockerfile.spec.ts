import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDockerfile } from './dockerfile';
import { type LintContext, lintDockerfile } from './dockerfile-rules';
import { isIgnored, parseDockerignore } from './dockerignore';

const ROOT = join(__dirname, '../..');
const DOCKERFILE = readFileSync(join(ROOT, 'docker/console.Dockerfile'), 'utf8');
const DOCKERIGNORE = readFileSync(join(ROOT, 'docker/console.Dockerfile.dockerignore'), 'utf8');
const NGINX_CONF = readFileSync(join(ROOT, 'docker/console-nginx.conf'), 'utf8');
const ctx: LintContext = {
  root: ROOT,
  dockerignore: DOCKERIGNORE,
  runtimeContextFiles: ['docker/console-nginx.conf'],
  runtimeStageFiles: ['/workspace/dist/apps/console'],
};

function mutate(from: string | RegExp, to: string): string {
  const changed = DOCKERFILE.replace(from, to);
  if (changed === DOCKERFILE) throw new Error(`mutation ${String(from)} does not apply to docker/console.Dockerfile`);
  return changed;
}

/** The console's image: the same rules as the services' (scripts/image/dockerfile-rules.ts), nginx instead of node at run time. */
describe('docker/console.Dockerfile', () => {
  it('passes every rule', () => {
    expect(lintDockerfile(DOCKERFILE, ctx)).toEqual([]);
  });

  it('builds the console with its bundle budget (nx run console:build) and serves only the built files', () => {
    const file = parseDockerfile(DOCKERFILE);
    expect(file.stages.map((s) => s.name)).toEqual(['build', 'runtime']);
    const build = file.stages[0]!;
    expect(build.instructions.some((i) => i.keyword === 'RUN' && i.args.includes('nx run console:build'))).toBe(true);
    const copies = file.stages[1]!.instructions.filter((i) => i.keyword === 'COPY').map((i) => i.args);
    expect(copies).toEqual([
      expect.stringContaining('docker/console-nginx.conf /etc/nginx/nginx.conf'),
      expect.stringContaining('/workspace/dist/apps/console /usr/share/nginx/html'),
    ]);
  });

  it.each<[string, string | RegExp, string, RegExp]>([
    ['the latest nginx', /ARG NGINX_IMAGE=\S+/, 'ARG NGINX_IMAGE=nginx:latest', /not latest/],
    ['root at run time', 'USER 101:101', 'USER 0', /USER 0 is root/],
    ['a named user', 'USER 101:101', 'USER nginx', /numeric uid/],
    ['a health check elsewhere', 'http://127.0.0.1:8080/health/live', 'http://127.0.0.1:8080/', /must probe \/health\/live/],
    [
      'the sources in the runtime',
      'COPY --chown=root:root docker/console-nginx.conf',
      'COPY apps/console /src\nCOPY --chown=root:root docker/console-nginx.conf',
      /COPY apps\/console into the runtime stage/,
    ],
    [
      'the whole workspace in the runtime',
      '/workspace/dist/apps/console /usr/share',
      '/workspace /usr/share',
      /only \/workspace\/dist\/apps\/console/,
    ],
    ['a shell-form entry point', /^ENTRYPOINT .*$/m, 'ENTRYPOINT nginx -g "daemon off;"', /shell form/],
  ])('fails on %s', (_what, from, to, problem) => {
    expect(lintDockerfile(mutate(from, to), ctx).join('\n')).toMatch(problem);
  });
});

describe('docker/console.Dockerfile.dockerignore', () => {
  const rules = parseDockerignore(DOCKERIGNORE);
  it('lets in what the console build reads and keeps out the browser tests, local state and secrets', () => {
    for (const p of [
      'package.json',
      'apps/console/src/main.tsx',
      'apps/console/index.html',
      'libs/device-identity/src/index.ts',
      'docker/console-nginx.conf',
    ]) {
      expect(isIgnored(rules, p)).toBe(false);
    }
    for (const p of [
      'apps/console/e2e/store.e2e.ts',
      'apps/quote-service/src/main.ts',
      'node_modules/react/index.js',
      '.infra/demo.json',
      'docker/.env',
      'dist/apps/console/index.html',
    ]) {
      expect(isIgnored(rules, p)).toBe(true);
    }
  });
});

describe('docker/console-nginx.conf', () => {
  it('runs unprivileged on a read-only root: port 8080, pid and every temp path in /tmp', () => {
    expect(NGINX_CONF).toMatch(/listen 8080;/);
    expect(NGINX_CONF).toMatch(/pid \/tmp\//);
    for (const t of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) expect(NGINX_CONF).toMatch(new RegExp(`${t}_temp_path /tmp/`));
  });
  it('answers the probes, falls back to index.html for the app routes and allows the camera for the scanner', () => {
    expect(NGINX_CONF).toMatch(/location = \/health\/live/);
    expect(NGINX_CONF).toMatch(/location = \/health\/ready/);
    expect(NGINX_CONF).toMatch(/try_files \$uri \/index\.html;/);
    expect(NGINX_CONF).toMatch(/camera=\(self\)/);
    expect(NGINX_CONF).toMatch(/frame-ancestors 'none'/);
  });
});
