import { isWidgetRoute } from './widget-routes';

describe('isWidgetRoute', () => {
  it.each([
    ['GET', '/v1/catalog/models?category=console&market=FR'],
    ['GET', '/v1/catalog/categories/console/questionnaire'],
    ['POST', '/v1/quotes'],
    ['POST', '/v1/quotes/0b8f8c1e-3f5d-4f7e-9a51-2f1f6b3f0c11/accept'],
    ['GET', '/v1/trade-ins/0b8f8c1e-3f5d-4f7e-9a51-2f1f6b3f0c11'],
    ['POST', '/v1/tracking/revised-offer/decline'],
  ])('%s %s is a widget route', (m, u) => expect(isWidgetRoute(m, u)).toBe(true));

  it.each([
    ['GET', '/v1/trade-ins'],
    ['POST', '/v1/trade-ins/x/cancel'],
    ['POST', '/v1/widget-sessions'],
    ['GET', '/v1/partners'],
    ['POST', '/v1/catalog/tac-codes'],
    ['DELETE', '/v1/quotes/x'],
    ['GET', '/v1/catalog/models/x/y'],
  ])('%s %s is not', (m, u) => expect(isWidgetRoute(m, u)).toBe(false));
});
