import { SetMetadata, createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { type Principal, type Role } from './principal';

export const PUBLIC_METADATA = 'tradein:public';
export const ROLES_METADATA = 'tradein:roles';

/** No authentication (health, metrics, docs, signed carrier callbacks). Use sparingly. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(PUBLIC_METADATA, true);

/** Which roles may call this route; without it any authenticated principal may. */
export const Roles = (...roles: Role[]): MethodDecorator & ClassDecorator => SetMetadata(ROLES_METADATA, roles);

export const CurrentPrincipal = createParamDecorator((_: unknown, ctx: ExecutionContext): Principal => {
  const req = ctx.switchToHttp().getRequest<{ principal?: Principal }>();
  if (!req.principal) throw new Error('CurrentPrincipal used on a public route');
  return req.principal;
});
