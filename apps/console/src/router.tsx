import { createRootRoute, createRoute, createRouter, lazyRouteComponent, Outlet, redirect, useNavigate } from '@tanstack/react-router';
import { useEffect } from 'react';
import { type StaffRole } from './auth/claims';
import { currentSession, onSessionChange, requireSession } from './auth/session';
import { SignInPage } from './auth/SignInPage';
import { Shell } from './ui/Shell';

function Root() {
  const navigate = useNavigate();
  // A 401 anywhere (expired or revoked token) sends the person back to sign in, saying why.
  useEffect(
    () =>
      onSessionChange((session, reason) => {
        if (!session) void navigate({ to: '/sign-in', search: { reason: reason ?? undefined } });
      }),
    [navigate],
  );
  return <Outlet />;
}

import { HOME } from './auth/home';

const rootRoute = createRootRoute({ component: Root });

const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/sign-in',
  validateSearch: (s: Record<string, unknown>): { reason?: string } => (typeof s['reason'] === 'string' ? { reason: s['reason'] } : {}),
  component: SignInPage,
});

const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  beforeLoad: () => {
    if (!currentSession()) throw redirect({ to: '/sign-in', search: {} });
  },
  component: Shell,
});

const indexRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/',
  beforeLoad: () => {
    throw redirect({ to: HOME[requireSession().claims.role] });
  },
});

/** Each area only for its role; the services check it again on every request. */
function onlyFor(role: StaffRole) {
  return () => {
    const s = currentSession();
    if (s && s.claims.role !== role) throw redirect({ to: HOME[s.claims.role] });
  };
}

const storeRoute = createRoute({ getParentRoute: () => appRoute, path: 'store', beforeLoad: onlyFor('store_staff') });
const storeNewTradeInRoute = createRoute({
  getParentRoute: () => storeRoute,
  path: 'new',
  component: lazyRouteComponent(() => import('./store/NewTradeInPage'), 'NewTradeInPage'),
});
const storeBoxesRoute = createRoute({
  getParentRoute: () => storeRoute,
  path: 'boxes',
  component: lazyRouteComponent(() => import('./store/BoxesPage'), 'BoxesPage'),
});
const storeTradeInsRoute = createRoute({
  getParentRoute: () => storeRoute,
  path: 'trade-ins',
  component: lazyRouteComponent(() => import('./store/TradeInsPage'), 'TradeInsPage'),
});
const storeIntakeRoute = createRoute({
  getParentRoute: () => storeRoute,
  path: 'intake',
  // The router parses search values as JSON: an all-digit IMEI arrives as a number.
  validateSearch: (s: Record<string, unknown>): { tradeInId?: string; code?: string } => ({
    ...(typeof s['tradeInId'] === 'string' ? { tradeInId: s['tradeInId'] } : {}),
    ...(typeof s['code'] === 'string' || typeof s['code'] === 'number' ? { code: String(s['code']) } : {}),
  }),
  component: lazyRouteComponent(() => import('./store/StoreIntakePage'), 'StoreIntakePage'),
});

const siteRoute = createRoute({ getParentRoute: () => appRoute, path: 'site', beforeLoad: onlyFor('grader') });
const siteDockReceiptRoute = createRoute({
  getParentRoute: () => siteRoute,
  path: 'dock',
  component: lazyRouteComponent(() => import('./site/DockReceiptPage'), 'DockReceiptPage'),
});
const siteBoxReceiptRoute = createRoute({
  getParentRoute: () => siteRoute,
  path: 'boxes',
  component: lazyRouteComponent(() => import('./site/BoxReceiptPage'), 'BoxReceiptPage'),
});
const siteQueueRoute = createRoute({
  getParentRoute: () => siteRoute,
  path: 'queue',
  component: lazyRouteComponent(() => import('./site/QueuePage'), 'QueuePage'),
});
const siteJobRoute = createRoute({
  getParentRoute: () => siteRoute,
  path: 'jobs/$jobId',
  component: lazyRouteComponent(() => import('./site/JobPage'), 'JobPage'),
});

const opsRoute = createRoute({ getParentRoute: () => appRoute, path: 'ops', beforeLoad: onlyFor('ops') });
const opsWorkQueuesRoute = createRoute({
  getParentRoute: () => opsRoute,
  path: 'queues',
  component: lazyRouteComponent(() => import('./ops/WorkQueuesPage'), 'WorkQueuesPage'),
});
const opsSearchRoute = createRoute({
  getParentRoute: () => opsRoute,
  path: 'search',
  component: lazyRouteComponent(() => import('./ops/SearchPage'), 'SearchPage'),
});
const opsPriceTablesRoute = createRoute({
  getParentRoute: () => opsRoute,
  path: 'price-tables',
  component: lazyRouteComponent(() => import('./ops/PriceTablesPage'), 'PriceTablesPage'),
});
const opsStaffTokensRoute = createRoute({
  getParentRoute: () => opsRoute,
  path: 'staff-tokens',
  component: lazyRouteComponent(() => import('./ops/StaffTokensPage'), 'StaffTokensPage'),
});
const opsPartnersRoute = createRoute({
  getParentRoute: () => opsRoute,
  path: 'partners',
  component: lazyRouteComponent(() => import('./ops/PartnersPage'), 'PartnersPage'),
});

const routeTree = rootRoute.addChildren([
  signInRoute,
  appRoute.addChildren([
    indexRoute,
    storeRoute.addChildren([storeNewTradeInRoute, storeIntakeRoute, storeBoxesRoute, storeTradeInsRoute]),
    siteRoute.addChildren([siteDockReceiptRoute, siteBoxReceiptRoute, siteQueueRoute, siteJobRoute]),
    opsRoute.addChildren([opsWorkQueuesRoute, opsSearchRoute, opsPriceTablesRoute, opsPartnersRoute, opsStaffTokensRoute]),
  ]),
]);

export const router = createRouter({ routeTree, defaultPreload: 'intent' });

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
