import { Badge, Button, Group, NativeSelect, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { custodyOf } from '../api/intake';
import { getTradeIn, listTradeIns, type TradeInState } from '../api/quote';
import { DateText, MoneyText, ProblemAlert } from '../ui/feedback';
import { TimelineTable } from '../ui/Timeline';
import { DeviceName } from '../ui/DeviceName';

const STATES: Array<TradeInState | ''> = [
  '',
  'QUOTED',
  'ACCEPTED',
  'IN_TRANSIT',
  'RECEIVED',
  'GRADED',
  'COUNTER_OFFERED',
  'FINALIZED',
  'PAID',
  'COMPLETED',
  'EXPIRED',
  'QUARANTINED',
  'SUSPENDED',
  'RETURNING',
  'RETURNED',
  'CANCELLED',
];

/** The store's trade-ins (the services scope the list to the clerk's store), each with its timeline and discrepancy. */
export function TradeInsPage() {
  const { t } = useTranslation();
  const [state, setState] = useState<TradeInState | ''>('');
  const [selected, setSelected] = useState<string | null>(null);
  const list = useQuery({ queryKey: ['trade-ins', state], queryFn: () => listTradeIns({ state: state || undefined, limit: 50 }) });
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Title order={2}>{t('store.tradeIns.title')}</Title>
        <NativeSelect
          aria-label={t('tradeIn.state')}
          size="xs"
          value={state}
          onChange={(e) => setState(e.currentTarget.value as TradeInState | '')}
          data={STATES.map((s) => ({ value: s, label: s ? t(`state.${s}`, { defaultValue: s }) : t('common.all') }))}
        />
      </Group>
      <ProblemAlert error={list.error} />
      <Table striped highlightOnHover fz="sm" aria-label={t('store.tradeIns.title')} data-testid="trade-ins">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('common.tradeInId')}</Table.Th>
            <Table.Th>{t('tradeIn.device')}</Table.Th>
            <Table.Th>{t('tradeIn.state')}</Table.Th>
            <Table.Th>{t('tradeIn.amount')}</Table.Th>
            <Table.Th>{t('tradeIn.discrepancy')}</Table.Th>
            <Table.Th>{t('tradeIn.created')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {list.data?.items.map((ti) => (
            <Table.Tr key={ti.id}>
              <Table.Td>
                <Button size="compact-xs" variant="subtle" onClick={() => setSelected(ti.id)}>
                  {ti.id.slice(0, 8)}
                </Button>
              </Table.Td>
              <Table.Td>
                <DeviceName modelId={ti.device.modelId} variantId={ti.device.variantId} />
              </Table.Td>
              <Table.Td>
                <Badge variant="light">{t(`state.${ti.state}`, { defaultValue: ti.state })}</Badge>
              </Table.Td>
              <Table.Td>
                <MoneyText money={ti.quotedAmount} market={ti.market} />
              </Table.Td>
              <Table.Td>
                {ti.storeDiscrepancy && ti.storeDiscrepancy.amountMinor !== '0' ? (
                  <Text c="red" size="sm">
                    <MoneyText money={ti.storeDiscrepancy} market={ti.market} />
                  </Text>
                ) : (
                  '—'
                )}
              </Table.Td>
              <Table.Td>
                <DateText iso={ti.createdAt} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {selected && <TradeInDetail id={selected} />}
    </Stack>
  );
}

function TradeInDetail({ id }: { id: string }) {
  const { t } = useTranslation();
  const ti = useQuery({ queryKey: ['trade-in', id], queryFn: () => getTradeIn(id) });
  const custody = useQuery({ queryKey: ['custody', id], queryFn: () => custodyOf(id) });
  return (
    <Paper withBorder p="md" data-testid="trade-in-detail">
      <ProblemAlert error={ti.error} />
      {ti.data && (
        <Stack gap="xs">
          <Title order={3} size="h4">
            {ti.data.id}
          </Title>
          <Text size="sm">
            {ti.data.customer?.name} · {ti.data.customer?.email}
          </Text>
          <TimelineTable entries={ti.data.timeline} />
          <Title order={4} size="h5">
            {t('tradeIn.custody')}
          </Title>
          <Table fz="xs" aria-label={t('tradeIn.custody')}>
            <Table.Tbody>
              {custody.data?.records.map((r, i) => (
                <Table.Tr key={i}>
                  <Table.Td>
                    <DateText iso={r.at} />
                  </Table.Td>
                  <Table.Td>{r.action}</Table.Td>
                  <Table.Td>{r.actor}</Table.Td>
                  <Table.Td>{r.detail ? JSON.stringify(r.detail) : ''}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      )}
    </Paper>
  );
}
