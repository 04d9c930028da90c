import { type IncomingMessage } from 'node:http';
import { Writable } from 'node:stream';
import pino from 'pino';
import { demoteFrameworkWiring, isProbe } from './log-noise';

function capture(level: string): { logger: pino.Logger; lines: Array<Record<string, unknown>> } {
  const lines: Array<Record<string, unknown>> = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  return { logger: pino({ level, hooks: { logMethod: demoteFrameworkWiring } }, sink), lines };
}

describe('Nest wiring lines', () => {
  it("are not written at info; the service's own lines and Nest's warnings are", () => {
    const { logger, lines } = capture('info');
    logger.info({ context: 'RouterExplorer' }, 'Mapped {/v1/quotes, POST} route');
    logger.info({ context: 'InstanceLoader' }, 'TypeOrmModule dependencies initialized');
    logger.info({ context: 'QuotesService' }, 'quote-service listening');
    logger.warn({ context: 'RoutesResolver' }, 'a real warning');
    expect(lines.map((l) => l['msg'])).toEqual(['quote-service listening', 'a real warning']);
  });

  it('are written at debug when debug is on', () => {
    const { logger, lines } = capture('debug');
    logger.info({ context: 'RoutesResolver' }, 'QuotesController {/v1/quotes}:');
    expect(lines).toEqual([expect.objectContaining({ level: 20, msg: 'QuotesController {/v1/quotes}:' })]);
  });
});

describe('isProbe', () => {
  const req = (url: string, originalUrl?: string) => ({ url, originalUrl }) as IncomingMessage & { originalUrl?: string };
  it('reads the original URL (the middleware engine rewrites url) and matches health and metrics only', () => {
    expect(isProbe(req('/', '/health/ready'))).toBe(true);
    expect(isProbe(req('/', '/metrics'))).toBe(true);
    expect(isProbe(req('/health/live'))).toBe(true);
    expect(isProbe(req('/', '/v1/quotes'))).toBe(false);
    expect(isProbe(req('/', '/healthy-devices'))).toBe(false);
  });
});
