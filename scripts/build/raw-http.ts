import { connect } from 'node:net';

export interface HeldRequest {
  /** Sends the rest of the body: the server can then answer. */
  finish(): void;
  /** Resolves when the connection ends: the status line if an answer came, else undefined. */
  ended: Promise<{ status?: number; endedAt: number }>;
}

/**
 * A POST whose headers and half of whose body are on the wire, the rest held back: for the server it
 * is a request in flight (routed, reading its body) for as long as the test wants.
 */
export async function holdRequest(port: number, path: string): Promise<HeldRequest> {
  const body = JSON.stringify({ note: 'held open by the shutdown test' });
  const half = Math.floor(body.length / 2);
  const socket = connect({ port, host: '127.0.0.1' });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('error', reject);
  });
  let received = '';
  const ended = new Promise<{ status?: number; endedAt: number }>((resolve) => {
    const status = (): { status?: number } => {
      const m = /^HTTP\/1\.1 (\d{3})/.exec(received);
      return m ? { status: Number(m[1]) } : {};
    };
    socket.on('data', (d: Buffer) => {
      received += d.toString('latin1');
      // An answer's head is enough: the test needs to know it came, not to keep the connection.
      if (received.includes('\r\n\r\n')) {
        resolve({ ...status(), endedAt: Date.now() });
        socket.destroy();
      }
    });
    socket.on('error', () => undefined);
    socket.on('close', () => resolve({ ...status(), endedAt: Date.now() }));
  });
  socket.write(
    `POST ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body.slice(0, half)}`,
  );
  return {
    finish: () => {
      socket.write(body.slice(half));
    },
    ended,
  };
}

/** True once a new TCP connection to the port is refused. */
export function connectionRefused(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = connect({ port, host: '127.0.0.1' });
    s.once('connect', () => {
      s.destroy();
      resolve(false);
    });
    s.once('error', (err: NodeJS.ErrnoException) => resolve(err.code === 'ECONNREFUSED'));
  });
}
