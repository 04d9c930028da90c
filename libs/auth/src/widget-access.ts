import { SetMetadata } from '@nestjs/common';
import jwt from 'jsonwebtoken';
import { ForbiddenError } from './auth.errors';
import { type AuthOptions } from './auth.options';
import { type WidgetPrincipal } from './principal';

export const WIDGET_ALLOWED_METADATA = 'tradein:widget-allowed';

/**
 * Marks a route a widget session may call. The widget role is deny-by-default: a route without this mark
 * answers 403 to a widget token whatever its @Roles say, so a new route never opens to browsers by accident.
 */
export const WidgetAllowed = (): MethodDecorator & ClassDecorator => SetMetadata(WIDGET_ALLOWED_METADATA, true);

/** Session lifetime: long enough to finish a trade-in, short enough that a leaked token soon stops working. */
export const WIDGET_SESSION_TTL_SECONDS = 20 * 60;

export interface WidgetSessionClaims {
  sessionId: string;
  partnerId: string;
  programId?: string;
  market: string;
  origin: string;
}

/** Mints the widget session token (HS256, the API audience, role `widget`). */
export function signWidgetToken(c: WidgetSessionClaims, options: AuthOptions, expiresInSeconds = WIDGET_SESSION_TTL_SECONDS): string {
  return jwt.sign(
    {
      sub: `widget:${c.sessionId}`,
      role: 'widget',
      partnerId: c.partnerId,
      market: c.market,
      origin: c.origin,
      sid: c.sessionId,
      ...(c.programId ? { programId: c.programId } : {}),
    },
    options.jwtSecret,
    { algorithm: 'HS256', issuer: options.issuer, audience: options.audience, expiresIn: expiresInSeconds },
  );
}

/**
 * A widget token works only on routes marked @WidgetAllowed() and only from the shop origin it was minted
 * for: browsers always send Origin on the widget's cross-origin calls, so a token copied to another site
 * (or replayed from a script without that Origin) is refused.
 */
export function assertWidgetMayCall(p: WidgetPrincipal, routeAllowed: boolean, origin: string | undefined): void {
  if (!routeAllowed) throw new ForbiddenError('a widget session may not call this route');
  if (origin !== p.origin) throw new ForbiddenError(`this widget session is bound to the origin ${p.origin}`);
}
