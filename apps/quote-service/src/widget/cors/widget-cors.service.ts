import { Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { WidgetOriginsService } from '../origins/widget-origins.service';
import { appendVary } from '@tradein/service-runtime';
import { WIDGET_CORS_ALLOWED_HEADERS, isWidgetRoute } from './widget-routes';

/**
 * CORS for the widget, by hand rather than @fastify/cors: the decision needs both the route (widget routes
 * only) and a database lookup (registered shop origins), and anything not allowed must get no CORS header
 * at all, preflights included (they fall through to the usual 404). Runs on onRequest so a preflight is
 * answered before routing and authentication, which a preflight (no credentials) would fail.
 */
@Injectable()
export class WidgetCors implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly origins: WidgetOriginsService,
  ) {}

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    fastify.addHook('onRequest', (req, reply, done) => {
      // Most requests carry no Origin (partners' servers, staff tools): no promise for them. A preflight answered
      // here must not go on (fastify: a callback hook that replies does not call done).
      if (!req.headers.origin) return done();
      this.handle(req, reply).then(() => {
        if (!reply.sent) done();
      }, done);
    });
  }

  private async handle(req: FastifyRequest, reply: FastifyReply): Promise<void> {
    const origin = req.headers.origin;
    if (!origin) return;
    const preflightMethod = req.method === 'OPTIONS' ? req.headers['access-control-request-method'] : undefined;
    const method = typeof preflightMethod === 'string' ? preflightMethod.toUpperCase() : req.method;
    if (!isWidgetRoute(method, req.url)) return;
    if (!(await this.origins.isRegistered(origin))) return;
    reply.header('access-control-allow-origin', origin);
    appendVary(reply, 'Origin');
    if (req.method === 'OPTIONS' && preflightMethod) {
      reply.header('access-control-allow-methods', 'GET, POST');
      reply.header('access-control-allow-headers', WIDGET_CORS_ALLOWED_HEADERS);
      reply.header('access-control-max-age', '600');
      void reply.code(204).send();
    }
  }
}
