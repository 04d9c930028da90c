import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintCompose } from './compose-lint';

const COMPOSE = readFileSync(join(__dirname, '../../docker/compose.yaml'), 'utf8');

/** The real compose.yaml with one change; the change must really apply. */
function mutate(from: string | RegExp, to: string): string {
  const changed = COMPOSE.replace(from, to);
  if (changed === COMPOSE) throw new Error(`mutation ${String(from)} does not apply to docker/compose.yaml`);
  return changed;
}

describe('docker/compose.yaml', () => {
  it('is valid against the Compose Specification schema and the rules the schema cannot express', () => {
    expect(lintCompose(COMPOSE)).toEqual([]);
  });

  it.each<[string, string | RegExp, string, string]>([
    ['a misspelt service key', /( {2}topics:\n[\s\S]*?)depends_on:/, '$1depends_ons:', '/services/topics: unknown key depends_ons'],
    ['a misspelt healthcheck', /( {2}postgres:\n[\s\S]*?)healthcheck:/, '$1healthchek:', '/services/postgres: unknown key healthchek'],
    [
      'a misspelt healthcheck key',
      /( {2}postgres:\n[\s\S]*?)interval: 5s/,
      '$1intervall: 5s',
      '/services/postgres/healthcheck: unknown key intervall',
    ],
    [
      'a wrong type (a number where a duration string goes)',
      /( {2}postgres:\n[\s\S]*?)interval: 5s/,
      '$1interval: 5',
      '/services/postgres/healthcheck/interval must be string',
    ],
    [
      'a wrong type (ports as a string)',
      "- '127.0.0.1:${KAFKA_HOST_PORT:-29092}:29092'",
      '"127.0.0.1:29092:29092"',
      '/services/kafka/ports must be array',
    ],
    [
      'an unknown depends_on condition',
      /( {2}topics:\n[\s\S]*?)condition: service_healthy/,
      '$1condition: service_ready',
      '/services/topics/depends_on/kafka/condition must be equal to one of the allowed values: service_started, service_healthy, service_completed_successfully',
    ],
    ['an unknown top-level key', 'volumes:\n  pgdata:', 'volume:\n  pgdata:', '/: unknown key volume'],
  ])('fails on %s', (_what, from, to, problem) => {
    expect(lintCompose(mutate(from, to))).toContain(problem);
  });

  it.each<[string, string | RegExp, string, string]>([
    [
      'a dependency on a service that does not exist',
      /( {2}migrate-quote:\n[\s\S]*?depends_on:\n\s+)postgres:/,
      '$1postgresql:',
      '/services/migrate-quote/depends_on: no service postgresql',
    ],
    [
      'service_healthy on a service without a health check',
      /( {2}topics:\n[\s\S]*?)depends_on:\n\s+kafka:\n\s+condition: service_healthy/,
      '$1depends_on:\n      migrate-quote:\n        condition: service_healthy',
      '/services/topics/depends_on/migrate-quote: service_healthy, but migrate-quote has no health check',
    ],
    [
      'a duration compose cannot parse',
      'stop_grace_period: 30s',
      'stop_grace_period: 30 seconds',
      '/services/quote-service/stop_grace_period: 30 seconds is not a duration (e.g. 10s, 1m30s)',
    ],
    [
      'the same image built twice',
      /( {2}migrate-payout:\n {4}<<: \*app\n {4}image: [^\n]+\n)/,
      '$1    build: { context: .., args: { SERVICE: payout } }\n',
      'image tradein-payout-service:${TRADEIN_IMAGE_TAG:-dev} is built by payout-service and migrate-payout: build it once, reuse it by image',
    ],
    [
      'a job whose image no service builds',
      /( {2}topics:\n {4}<<: \*app\n {4}image: )tradein-grading-service/,
      '$1tradein-platform',
      '/services/topics: image tradein-platform:${TRADEIN_IMAGE_TAG:-dev} is built by no service (compose would try to pull it)',
    ],
  ])('fails on %s', (_what, from, to, problem) => {
    expect(lintCompose(mutate(from, to))).toContain(problem);
  });

  it('reports text that is not YAML', () => {
    expect(lintCompose('services: [\n')[0]).toMatch(/^not YAML/);
  });
});
