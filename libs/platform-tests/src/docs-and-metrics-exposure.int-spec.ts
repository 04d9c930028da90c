import { createKafka } from '@tradein/messaging';
import { createNamespace, createTestDatabase, deleteNamespace, freePort, spawnService, testInfra, waitUntilReady } from '@tradein/testing';

/** Production may hide /docs (API_DOCS=disabled) and serve /metrics only on its own port (METRICS_PORT), for k8s to scrape. */
describe('a service with API_DOCS=disabled and METRICS_PORT set (a real process, PostgreSQL and Kafka)', () => {
  it('answers no /docs, keeps /metrics off the service port and serves it on the metrics port', async () => {
    const kafka = createKafka('exposure-test', testInfra().brokers);
    const namespace = await createNamespace(kafka);
    const db = await createTestDatabase('exposure');
    const [port, metricsPort] = [await freePort(), await freePort()];
    const svc = spawnService('quote-service', {
      NODE_ENV: 'development',
      PORT: String(port),
      METRICS_PORT: String(metricsPort),
      API_DOCS: 'disabled',
      LOG_LEVEL: 'warn',
      AUTH_JWT_SECRET: 'exposure-secret-exposure-secret-0123456789',
      KAFKA_BROKERS: testInfra().brokers.join(','),
      KAFKA_TOPIC_NAMESPACE: namespace,
      QUOTE_DATABASE_URL: db.url,
    });
    try {
      await waitUntilReady(svc, port);
      const docs = await fetch(`http://127.0.0.1:${port}/docs/openapi.json`);
      expect(docs.status).toBe(404);
      const onServicePort = await fetch(`http://127.0.0.1:${port}/metrics`);
      expect(onServicePort.status).toBe(404);
      expect(onServicePort.headers.get('content-type')).toContain('application/problem+json');
      const metrics = await fetch(`http://127.0.0.1:${metricsPort}/metrics`);
      expect(metrics.status).toBe(200);
      expect(await metrics.text()).toContain('http_server_request_duration_seconds');
      expect((await fetch(`http://127.0.0.1:${metricsPort}/v1/partners`)).status).toBe(404);
    } finally {
      svc.child.kill('SIGTERM');
      await svc.exited;
      await db.drop().catch(() => undefined);
      await deleteNamespace(kafka, namespace).catch(() => undefined);
    }
  }, 120_000);
});
