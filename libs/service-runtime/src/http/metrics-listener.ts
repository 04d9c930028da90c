import { type Server, createServer } from 'node:http';
import { metricsRegistry } from '@tradein/observability';

/**
 * METRICS_PORT > 0: Prometheus scrapes /metrics on its own listener, so the public port (behind the ingress)
 * never exposes it. Anything else on this port is 404. Closed with the service.
 */
export async function startMetricsListener(port: number, host = '0.0.0.0'): Promise<Server> {
  const server = createServer((req, res) => {
    if (req.method === 'GET' && (req.url ?? '').split('?')[0] === '/metrics') {
      metricsRegistry.metrics().then(
        (text) => {
          res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4; charset=utf-8', 'cache-control': 'no-store' });
          res.end(text);
        },
        () => {
          res.writeHead(500).end();
        },
      );
      return;
    }
    res.writeHead(404, { 'content-type': 'application/problem+json', 'x-content-type-options': 'nosniff' });
    res.end(
      JSON.stringify({
        type: 'https://tradein.example/problems/not-found',
        title: 'Not Found',
        status: 404,
        code: 'NOT_FOUND',
        detail: 'only /metrics here',
      }),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  server.unref();
  return server;
}
