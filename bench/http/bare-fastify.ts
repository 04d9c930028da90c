/**
 * The floor under every HTTP figure: fastify alone answering GET /hello with a tiny JSON body, in its own
 * process like the service. Started by bench/http/run.ts on the port given in PORT.
 */
import Fastify from 'fastify';

const app = Fastify({ logger: false });
app.get('/hello', async () => ({ status: 'ok' }));
app.listen({ port: Number(process.env['PORT'] ?? 4480), host: '127.0.0.1' }).catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
