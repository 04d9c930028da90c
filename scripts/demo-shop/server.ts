import { readFileSync } from 'node:fs';
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import { join } from 'node:path';
import { MARKETS } from '@tradein/contracts';
import { shopPage } from './shop-page';

/**
 * The demo partner shop (`npm start`, 127.0.0.1:5300): a page on its own origin embedding <tradein-widget>,
 * and the tiny partner backend every real shop needs: it mints widget sessions with the partner's API key,
 * which therefore never reaches a browser.
 *
 * Settings: DEMO_SHOP_PORT (5300), QUOTE_URL (http://127.0.0.1:3001), DEMO_API_KEY (else .infra/demo.json),
 * WIDGET_FILE (dist/apps/widget/tradein-widget.js).
 */
const ROOT = join(__dirname, '../..');
const PORT = Number(process.env['DEMO_SHOP_PORT'] ?? 5300);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const QUOTE_URL = process.env['QUOTE_URL'] ?? `http://127.0.0.1:${process.env['QUOTE_PORT'] ?? 3001}`;
const WIDGET_FILE = process.env['WIDGET_FILE'] ?? join(ROOT, 'dist/apps/widget/tradein-widget.js');

function apiKey(): string {
  const fromEnv = process.env['DEMO_API_KEY'];
  if (fromEnv) return fromEnv;
  return (JSON.parse(readFileSync(join(ROOT, '.infra/demo.json'), 'utf8')) as { apiKey: string }).apiKey;
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  let raw = '';
  for await (const chunk of req) {
    raw += String(chunk);
    if (raw.length > 4096) throw new Error('body too large');
  }
  const parsed: unknown = raw ? JSON.parse(raw) : {};
  return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
}

/** The partner backend: one widget session for this shop's origin, in the market the page asks for. */
async function mintSession(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const body = await readJson(req).catch(() => ({}) as Record<string, unknown>);
  const market = typeof body['market'] === 'string' ? body['market'] : 'FR';
  if (!(MARKETS as readonly string[]).includes(market)) {
    return send(
      res,
      400,
      'application/problem+json',
      JSON.stringify({ status: 400, code: 'INVALID_FIELD', detail: `market: must be one of ${MARKETS.join(', ')}` }),
    );
  }
  const r = await fetch(`${QUOTE_URL}/v1/widget-sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': apiKey() },
    body: JSON.stringify({ market, origin: ORIGIN }),
  });
  const answer = (await r.json()) as Record<string, unknown>;
  if (!r.ok)
    return send(
      res,
      502,
      'application/problem+json',
      JSON.stringify({ status: 502, code: 'SESSION_NOT_MINTED', detail: String(answer['detail'] ?? r.status) }),
    );
  send(res, 201, 'application/json', JSON.stringify({ token: answer['token'], expiresAt: answer['expiresAt'] }));
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', ORIGIN);
  const handle = async () => {
    if (req.method === 'GET' && url.pathname === '/') {
      const q = url.searchParams;
      return send(
        res,
        200,
        'text/html; charset=utf-8',
        shopPage({
          quoteUrl: QUOTE_URL,
          market: q.get('market') ?? 'FR',
          lang: q.get('lang') ?? 'en',
          categories: q.get('categories') ?? 'console',
          ...(q.get('session_token') ? { sessionToken: q.get('session_token') as string } : {}),
        }),
      );
    }
    if (req.method === 'GET' && url.pathname === '/tradein-widget.js')
      return send(res, 200, 'text/javascript; charset=utf-8', readFileSync(WIDGET_FILE));
    if (req.method === 'POST' && url.pathname === '/api/tradein-session') return mintSession(req, res);
    send(res, 404, 'text/plain', 'not found');
  };
  handle().catch((err: unknown) => send(res, 500, 'text/plain', `demo shop: ${String(err)}`));
});

server.listen(PORT, '127.0.0.1', () => console.log(`[shop] demo partner shop on ${ORIGIN} (widget sessions from ${QUOTE_URL})`));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.close(() => process.exit(0)));
