import { AppShell, Badge, Button, Group, NavLink, Stack, Text, Title } from '@mantine/core';
import { Link, Outlet, useRouterState } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { type StaffRole } from '../auth/claims';
import { currentSession, signOut } from '../auth/session';
import { LanguagePicker } from './LanguagePicker';

const NAV: Record<StaffRole, Array<{ to: string; label: string }>> = {
  store_staff: [
    { to: '/store/new', label: 'nav.newTradeIn' },
    { to: '/store/intake', label: 'nav.storeIntake' },
    { to: '/store/boxes', label: 'nav.boxes' },
    { to: '/store/trade-ins', label: 'nav.tradeIns' },
  ],
  grader: [
    { to: '/site/queue', label: 'nav.queue' },
    { to: '/site/dock', label: 'nav.dock' },
    { to: '/site/boxes', label: 'nav.boxReceipt' },
  ],
  ops: [
    { to: '/ops/queues', label: 'nav.workQueues' },
    { to: '/ops/search', label: 'nav.search' },
    { to: '/ops/price-tables', label: 'nav.priceTables' },
    { to: '/ops/partners', label: 'nav.partners' },
    { to: '/ops/staff-tokens', label: 'nav.staffTokens' },
  ],
};

export function Shell() {
  const { t } = useTranslation();
  const path = useRouterState({ select: (s) => s.location.pathname });
  const session = currentSession();
  if (!session) return null;
  const { claims } = session;
  const where = claims.storeId ?? claims.siteId;
  return (
    <AppShell header={{ height: 48 }} navbar={{ width: 200, breakpoint: 0 }} padding="sm">
      <AppShell.Header className="no-print">
        <Group h="100%" px="sm" justify="space-between">
          <Group gap="xs">
            <Title order={1} size="h4">
              {t('app.title')}
            </Title>
            <Badge variant="light">{t(`role.${claims.role}`)}</Badge>
            {where && (
              <Badge variant="outline" color="dark" data-testid="where">
                {where}
              </Badge>
            )}
          </Group>
          <Group gap="xs">
            <Text size="sm">{claims.sub}</Text>
            <LanguagePicker />
            <Button size="xs" variant="subtle" onClick={() => signOut(null)}>
              {t('app.signOut')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" className="no-print" component="nav" aria-label={t('app.navigation')}>
        <Stack gap={2}>
          {NAV[claims.role].map((item) => (
            <NavLink key={item.to} component={Link} to={item.to} label={t(item.label)} active={path.startsWith(item.to)} />
          ))}
        </Stack>
      </AppShell.Navbar>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
