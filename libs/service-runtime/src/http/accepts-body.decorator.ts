import { RouteConfig } from '@nestjs/platform-fastify';
import { type BodyMediaConfig } from './input-guards';

/**
 * A route that takes a body in a media type other than application/json (which every route takes), e.g.
 * `@AcceptsBody('text/csv')`. Without it such a body is refused with 415 before the handler runs.
 */
export const AcceptsBody = (...mediaTypes: string[]): MethodDecorator =>
  RouteConfig({ bodyMediaTypes: mediaTypes.map((m) => m.toLowerCase()) } satisfies BodyMediaConfig);
