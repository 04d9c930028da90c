import { type AddressInfo, connect } from 'node:net';
import Fastify, { type FastifyInstance } from 'fastify';
import { metricsRegistry } from '@tradein/observability';
import { installAdmissionLimit } from './admission-limit';

/** Polls `check` every 10 ms until it holds; fails naming `what` after 5 s. */
async function until(what: string, check: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const inFlight = async (): Promise<number> =>
  (await metricsRegistry.getSingleMetric('http_server_in_flight_requests')!.get()).values.reduce((sum, v) => sum + v.value, 0);

/**
 * Slots and connections that die (ADR 0021): a socket carrying pipelined HTTP/1.1 requests can die with requests
 * still queued behind the one being answered, and with a body half sent. None of them may keep a slot, or a replica
 * would shed more and more of its traffic after such hang-ups.
 */
describe('installAdmissionLimit with pipelined requests on a socket that dies', () => {
  let app: FastifyInstance;
  let openGate: () => void = () => undefined;
  beforeAll(async () => {
    const gate = new Promise<void>((resolve) => (openGate = resolve));
    app = Fastify();
    installAdmissionLimit(app, 10);
    app.get('/held', async () => {
      await gate;
      return { ok: true };
    });
    app.post('/echo', async (req) => ({ got: req.body }));
    await app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    openGate();
    await app.close();
  });

  it('frees the slot of every request of the socket: those queued behind a held one and one whose body never came', async () => {
    const socket = connect((app.server.address() as AddressInfo).port, '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    const held = 'GET /held HTTP/1.1\r\nHost: test\r\n\r\n';
    socket.write(
      `${held}${held}${held}POST /echo HTTP/1.1\r\nHost: test\r\ncontent-type: application/json\r\ncontent-length: 100\r\n\r\n{"a":`,
    );
    await until('four requests in progress', async () => (await inFlight()) === 4);

    socket.destroy();
    // The half-sent request never reached its handler: its slot is freed as the socket closes (its body fails).
    await until('the half-sent request freed', async () => (await inFlight()) === 3);
    // The held handlers go on after the hang-up (their work is real) and free their slots when they answer.
    openGate();
    await until('every slot freed', async () => (await inFlight()) === 0);

    const after = await app.inject({ method: 'POST', url: '/echo', payload: { a: 1 } });
    expect(after.statusCode).toBe(200);
    expect(await inFlight()).toBe(0);
  });
});
