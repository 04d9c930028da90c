import { type Server, createServer } from 'node:http';
import { type PlatformClient } from '../platform-client';
import { type DriveActors, driveToRevisedOffer } from './drive-revised';

/**
 * The browser tests' way to act as the carrier, the dock and a grader without starting a process per step:
 * `POST /revised-offer {"tradeInId","modelId"}` drives that trade-in to its revised offer (loopback only).
 */
export function startControlServer(client: PlatformClient, actors: DriveActors, port: number): Promise<Server> {
  const server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c: Buffer) => {
      raw += c.toString();
    });
    req.on('end', () => {
      const reply = (status: number, body: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      if (req.method !== 'POST' || req.url !== '/revised-offer') return reply(404, { detail: 'POST /revised-offer only' });
      const { tradeInId, modelId } = JSON.parse(raw || '{}') as { tradeInId?: string; modelId?: string };
      if (!tradeInId || !modelId) return reply(400, { detail: 'tradeInId and modelId are required' });
      driveToRevisedOffer(client, actors, tradeInId, modelId).then(
        (t) => reply(200, t),
        (err: unknown) => reply(500, { detail: String(err) }),
      );
    });
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}
