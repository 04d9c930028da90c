/**
 * The routes a browser on a partner's shop calls: the widget's own (catalog, questionnaires, quotes, its
 * trade-ins) and the customer's tracking view. CORS is answered on these only; every other route stays
 * same-origin (no CORS headers, preflights 404), so a shop page can never reach partner or ops APIs.
 */
const WIDGET_ROUTES: ReadonlyArray<readonly [method: 'GET' | 'POST', path: RegExp]> = [
  ['GET', /^\/v1\/catalog\/categories$/],
  ['GET', /^\/v1\/catalog\/categories\/[^/]+\/questionnaire$/],
  ['GET', /^\/v1\/catalog\/models$/],
  ['GET', /^\/v1\/catalog\/models\/[^/]+$/],
  ['POST', /^\/v1\/quotes$/],
  ['GET', /^\/v1\/quotes\/[^/]+$/],
  ['POST', /^\/v1\/quotes\/[^/]+\/accept$/],
  ['GET', /^\/v1\/trade-ins\/[^/]+$/],
  ['POST', /^\/v1\/trade-ins\/[^/]+\/tracking-links$/],
  ['GET', /^\/v1\/tracking$/],
  ['GET', /^\/v1\/tracking\/label$/],
  ['POST', /^\/v1\/tracking\/revised-offer\/(accept|decline)$/],
];

export function isWidgetRoute(method: string, url: string): boolean {
  const path = url.split('?')[0] ?? '';
  return WIDGET_ROUTES.some(([m, re]) => m === method && re.test(path));
}

export const WIDGET_CORS_ALLOWED_HEADERS = 'authorization, content-type, idempotency-key';
