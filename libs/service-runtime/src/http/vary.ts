import { type FastifyReply } from 'fastify';

/** Adds `field` to the Vary header, keeping what an earlier hook or handler set (CORS varies on Origin, for one). */
export function appendVary(reply: FastifyReply, field: string): void {
  const vary = reply.getHeader('vary');
  void reply.header('vary', vary ? `${String(vary)}, ${field}` : field);
}
