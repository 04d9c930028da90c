import { type Server } from 'node:http';
import { type NestFastifyApplication } from '@nestjs/platform-fastify';
import { type Logger } from 'pino';
import { DataSource } from 'typeorm';

export interface GracefulShutdownOptions {
  /** The whole shutdown must end within this; in-flight HTTP requests get the first half of it. */
  graceMs: number;
  log: Logger;
  /** Test seam; default process.exit. */
  exit?: (code: number) => void;
  signals?: NodeJS.Signals[];
}

/**
 * SIGTERM (docker stop, pod deletion) and SIGINT (Ctrl-C) stop the service in order:
 *  1. HTTP: no new connections; requests in flight finish (fastify answers 503 + `Connection: close`
 *     to any further request on a kept-alive connection); connections still busy after half the
 *     grace period are closed.
 *  2. Nest's hooks, which stop in dependency order: periodic workers (a pass in flight finishes), then
 *     the messaging backbone (consumers finish their current message and commit its offset, the relay
 *     ends its pass, the producer disconnects), then the TypeORM pool.
 *  3. exit 0. Past SHUTDOWN_GRACE_MS the process exits 1 instead (the orchestrator would SIGKILL it).
 * A second signal while stopping is logged and ignored: the first shutdown is already bounded.
 */
export function installGracefulShutdown(app: NestFastifyApplication, o: GracefulShutdownOptions): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals): void => {
    if (stopping) {
      // Routine, not a fault: Ctrl-C reaches every process of the terminal, then npm start's own SIGTERM follows.
      o.log.info({ signal }, 'shutdown: already in progress');
      return;
    }
    stopping = true;
    void shutdown(app, signal, o);
  };
  for (const signal of o.signals ?? ['SIGTERM', 'SIGINT']) process.on(signal, onSignal);
}

async function shutdown(app: NestFastifyApplication, signal: NodeJS.Signals, o: GracefulShutdownOptions): Promise<void> {
  const exit = o.exit ?? ((code: number) => process.exit(code));
  const started = Date.now();
  const elapsed = (): number => Date.now() - started;
  o.log.info({ signal, graceMs: o.graceMs }, 'shutdown: started');
  const deadline = setTimeout(() => {
    o.log.error({ elapsedMs: elapsed() }, 'shutdown: grace period exceeded, exiting with work unfinished');
    exit(1);
  }, o.graceMs);
  deadline.unref();
  try {
    await closeHttp(app, Math.floor(o.graceMs / 2), o.log);
    o.log.info({ elapsedMs: elapsed() }, 'shutdown: http server closed');
    const dataSource = app.get(DataSource, { strict: false });
    await app.close();
    if (dataSource.isInitialized) throw new Error('the database pool is still open after the application closed');
    o.log.info({ elapsedMs: elapsed() }, 'shutdown: database closed');
    clearTimeout(deadline);
    o.log.info({ elapsedMs: elapsed() }, 'shutdown: complete');
    exit(0);
  } catch (err) {
    clearTimeout(deadline);
    o.log.error({ err, elapsedMs: elapsed() }, 'shutdown: failed');
    exit(1);
  }
}

/** Stops accepting connections and waits for requests in flight, closing what is still busy after `drainMs`. */
async function closeHttp(app: NestFastifyApplication, drainMs: number, log: Logger): Promise<void> {
  const server = app.getHttpServer() as Server;
  const force = setTimeout(() => {
    log.warn({ drainMs }, 'shutdown: requests still in flight after the drain period; closing their connections');
    server.closeAllConnections();
  }, drainMs);
  try {
    // fastify.close(): router closed (503 on kept-alive connections), server.close(), idle sockets closed.
    await app.getHttpAdapter().getInstance().close();
  } finally {
    clearTimeout(force);
  }
}
