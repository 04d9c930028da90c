import { Badge, Grid, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { passport } from '../api/grading';
import { custodyOf } from '../api/intake';
import { ledgerEntries } from '../api/ops';
import { listPayouts, payoutDetail } from '../api/payout';
import { getTradeIn } from '../api/quote';
import { DateText, MoneyText, Pending, ProblemAlert } from '../ui/feedback';
import { ScanField } from '../ui/ScanField';
import { TimelineTable } from '../ui/Timeline';
import { resolveTradeIn } from './resolve-trade-in';
import { DeviceName } from '../ui/DeviceName';

/** Trade-in search by id, IMEI or tracking number, with the whole story from the four services (ledger entries included). */
export function SearchPage() {
  const { t } = useTranslation();
  const find = useMutation({
    mutationFn: async (q: string) => {
      const id = await resolveTradeIn(q);
      if (!id) throw new Error(t('ops.search.notFound', { q }));
      return id;
    },
  });
  return (
    <Stack gap="sm">
      <Title order={2}>{t('ops.search.title')}</Title>
      <ScanField label={t('ops.search.query')} description={t('ops.search.help')} testId="search" onScan={(q) => find.mutate(q)} />
      <Pending when={find.isPending} />
      <ProblemAlert error={find.error} />
      {find.data && <Story id={find.data} key={find.data} />}
    </Stack>
  );
}

function Story({ id }: { id: string }) {
  const { t } = useTranslation();
  const ti = useQuery({ queryKey: ['trade-in', id], queryFn: () => getTradeIn(id) });
  const custody = useQuery({ queryKey: ['custody', id], queryFn: () => custodyOf(id) });
  const pass = useQuery({ queryKey: ['passport', id], queryFn: () => passport(id), retry: false });
  const payouts = useQuery({ queryKey: ['payouts', 'trade-in', id], queryFn: () => listPayouts({ tradeInId: id }) });
  const firstPayout = payouts.data?.[0]?.id;
  const detail = useQuery({
    queryKey: ['payout', firstPayout],
    queryFn: () => (firstPayout ? payoutDetail(firstPayout) : Promise.reject(new Error('no payout'))),
    enabled: !!firstPayout,
  });
  const ledger = useQuery({ queryKey: ['ledger', id], queryFn: () => ledgerEntries(id) });
  if (ti.isError) return <ProblemAlert error={ti.error} />;
  if (!ti.data) return <Text>…</Text>;
  const x = ti.data;
  return (
    <Stack gap="sm" data-testid="story">
      <Paper withBorder p="sm">
        <Title order={3} size="h4">
          {x.id} <Badge>{t(`state.${x.state}`, { defaultValue: x.state })}</Badge>
        </Title>
        <Text size="sm">
          {x.partnerId}
          {x.storeId ? ` · ${x.storeId}` : ''} · <DeviceName modelId={x.device.modelId} variantId={x.device.variantId} /> · {x.fulfilment} ·{' '}
          <MoneyText money={x.quotedAmount} market={x.market} />
          {x.offer ? (
            <>
              {' '}
              → <MoneyText money={x.offer.amount} market={x.market} /> ({x.offer.basis})
            </>
          ) : null}
        </Text>
        {x.storeDiscrepancy && x.storeDiscrepancy.amountMinor !== '0' && (
          <Text size="sm" c="red">
            {t('tradeIn.discrepancy')}
            {t('common.colon')}
            <MoneyText money={x.storeDiscrepancy} market={x.market} />
          </Text>
        )}
      </Paper>
      <Grid>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Title order={4} size="h5">
            {t('tradeIn.timeline')}
          </Title>
          <TimelineTable entries={x.timeline} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Title order={4} size="h5">
            {t('tradeIn.custody')}
          </Title>
          <Table fz="xs" aria-label={t('tradeIn.custody')} data-testid="custody">
            <Table.Tbody>
              {custody.data?.records.map((r, i) => (
                <Table.Tr key={i}>
                  <Table.Td>
                    <DateText iso={r.at} />
                  </Table.Td>
                  <Table.Td>{r.action}</Table.Td>
                  <Table.Td>{r.actor}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Title order={4} size="h5" mt="sm">
            {t('tradeIn.grades')}
          </Title>
          <Table fz="xs" aria-label={t('tradeIn.grades')} data-testid="grades">
            <Table.Tbody>
              {pass.data?.grades.map((g) => (
                <Table.Tr key={g.gradeId}>
                  <Table.Td>
                    <DateText iso={g.gradedAt} />
                  </Table.Td>
                  <Table.Td>
                    {g.cosmeticGrade}/{g.functionalGrade}
                  </Table.Td>
                  <Table.Td>{g.marketplaceGrade}</Table.Td>
                  <Table.Td>{g.disposition}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {pass.data?.stock && (
            <Text size="xs">
              {t('tradeIn.stock')}
              {t('common.colon')}
              {pass.data.stock.sku} · {pass.data.stock.status}
            </Text>
          )}
          <Title order={4} size="h5" mt="sm">
            {t('tradeIn.payouts')}
          </Title>
          <Table fz="xs" aria-label={t('tradeIn.payouts')} data-testid="payouts">
            <Table.Tbody>
              {payouts.data?.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td>{p.method}</Table.Td>
                  <Table.Td>
                    <MoneyText money={p.amount} market={x.market} />
                  </Table.Td>
                  <Table.Td>{p.status}</Table.Td>
                  <Table.Td>{p.holdReasons.join(', ')}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {detail.data && (
            <Table fz="xs" aria-label={t('tradeIn.payoutAudit')}>
              <Table.Tbody>
                {detail.data.audit.map((a, i) => (
                  <Table.Tr key={i}>
                    <Table.Td>
                      <DateText iso={a.at} />
                    </Table.Td>
                    <Table.Td>{a.action}</Table.Td>
                    <Table.Td>
                      {a.fromStatus} → {a.toStatus}
                    </Table.Td>
                    <Table.Td>{a.reason ?? ''}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          <Title order={4} size="h5" mt="sm">
            {t('tradeIn.ledger')}
          </Title>
          <ProblemAlert error={ledger.error} />
          <Table fz="xs" aria-label={t('tradeIn.ledger')} data-testid="ledger">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('tradeIn.at')}</Table.Th>
                <Table.Th>{t('tradeIn.detail')}</Table.Th>
                <Table.Th>{t('tradeIn.account')}</Table.Th>
                <Table.Th>{t('tradeIn.amount')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {ledger.data?.entries.flatMap((e) =>
                e.lines.map((l, i) => (
                  <Table.Tr key={`${e.entryId}-${i}`} data-testid="ledger-line">
                    <Table.Td>{i === 0 ? <DateText iso={e.postedAt} /> : null}</Table.Td>
                    <Table.Td>{i === 0 ? t(`ledgerKind.${e.kind}`, { defaultValue: e.kind }) : null}</Table.Td>
                    <Table.Td>{l.account}</Table.Td>
                    <Table.Td ta="right">
                      <MoneyText money={{ amountMinor: l.amountMinor, currency: e.currency }} market={x.market} />
                    </Table.Td>
                  </Table.Tr>
                )),
              )}
            </Table.Tbody>
          </Table>
          {ledger.data?.entries.length === 0 && (
            <Text size="xs" c="dimmed">
              {t('common.empty')}
            </Text>
          )}
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
