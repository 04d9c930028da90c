import { type CanActivate, type ExecutionContext, Inject, Injectable, Optional } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { type ApiKeyResolver, API_KEY_RESOLVER } from './api-key-resolver';
import { AUTH_OPTIONS, type AuthOptions } from './auth.options';
import { PUBLIC_METADATA, ROLES_METADATA } from './auth.decorators';
import { ForbiddenError, UnauthenticatedError } from './auth.errors';
import { FailedAuthLimiter, apiKeyPrefix } from './failed-auth-limiter';
import { type Principal, type Role } from './principal';
import { InvalidTokenError, verifyToken } from './staff-token';
import { WIDGET_ALLOWED_METADATA, assertWidgetMayCall } from './widget-access';

interface AuthRequest {
  headers: Record<string, string | string[] | undefined>;
  ip?: string;
  principal?: Principal;
}

/** RFC 9110: the auth scheme is case-insensitive (`bearer`, `BEARER`). */
const BEARER = /^bearer[ \t]+(\S.*)$/i;

/** Global guard: every route needs a principal unless @Public(); @Roles narrows who. */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly failures: FailedAuthLimiter;

  constructor(
    private readonly reflector: Reflector,
    @Inject(AUTH_OPTIONS) private readonly options: AuthOptions,
    @Optional() @Inject(API_KEY_RESOLVER) private readonly apiKeys?: ApiKeyResolver,
  ) {
    this.failures = new FailedAuthLimiter(options.failedAuth);
  }

  async canActivate(ctx: ExecutionContext): Promise<boolean> {
    if (ctx.getType() !== 'http') return true;
    const targets = [ctx.getHandler(), ctx.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_METADATA, targets)) return true;
    const req = ctx.switchToHttp().getRequest<AuthRequest>();
    req.principal = await this.authenticateLimited(req);
    if (req.principal.kind === 'widget') {
      assertWidgetMayCall(
        req.principal,
        this.reflector.getAllAndOverride<boolean>(WIDGET_ALLOWED_METADATA, targets) === true,
        first(req.headers['origin']),
      );
      return true;
    }
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_METADATA, targets);
    if (roles && !roles.includes(req.principal.role)) {
      throw new ForbiddenError(`role ${req.principal.role} may not do this`);
    }
    return true;
  }

  /** Failed attempts are counted per client address and API key prefix; over the limit: 429 before any lookup. */
  private async authenticateLimited(req: AuthRequest): Promise<Principal> {
    const address = req.ip ?? 'unknown';
    const apiKey = first(req.headers['x-api-key']);
    const prefix = apiKey ? apiKeyPrefix(apiKey) : undefined;
    this.failures.assertAllowed(address, prefix);
    try {
      return await this.authenticate(req);
    } catch (err) {
      if (err instanceof UnauthenticatedError) this.failures.recordFailure(address, prefix);
      throw err;
    }
  }

  private async authenticate(req: AuthRequest): Promise<Principal> {
    const header = first(req.headers['authorization']);
    const apiKey = first(req.headers['x-api-key']);
    const bearer = header ? BEARER.exec(header) : null;
    if (bearer) {
      try {
        return verifyToken((bearer[1] ?? '').trim(), this.options);
      } catch (err) {
        if (err instanceof InvalidTokenError) throw new UnauthenticatedError(`invalid token: ${err.message}`);
        throw err;
      }
    }
    if (apiKey) {
      const principal = this.apiKeys ? await this.apiKeys.resolve(apiKey) : null;
      if (!principal) throw new UnauthenticatedError('invalid or revoked API key');
      return principal;
    }
    throw new UnauthenticatedError('send a Bearer token or an X-Api-Key header');
  }
}

function first(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v[0] : v;
}
