import { Badge, Button, Paper, Stack, Table, Tabs, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { quarantine } from '../api/grading';
import { intakeQueue, type IntakeOpsQueue } from '../api/intake';
import { listPayouts } from '../api/payout';
import { listTradeIns } from '../api/quote';
import { DateText, MoneyText, ProblemAlert } from '../ui/feedback';
import { DeadLetters } from './DeadLetters';
import { ReleaseHold } from './ReleaseHold';

const INTAKE_TABS: IntakeOpsQueue[] = ['unshipped', 'suspended', 'label-failures', 'carrier-exceptions', 'boxes-in-transit'];

/** Everything waiting for a person: held payouts, quarantine, suspended parcels, unanswered revised offers, intake queues, dead letters. */
export function WorkQueuesPage() {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <Title order={2}>{t('ops.queues.title')}</Title>
      <Tabs defaultValue="holds" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="holds">{t('ops.queues.holds')}</Tabs.Tab>
          <Tabs.Tab value="quarantine">{t('ops.queues.quarantine')}</Tabs.Tab>
          <Tabs.Tab value="revised">{t('ops.queues.revised')}</Tabs.Tab>
          {INTAKE_TABS.map((q) => (
            <Tabs.Tab key={q} value={q}>
              {t(`ops.queues.${q}`)}
            </Tabs.Tab>
          ))}
          <Tabs.Tab value="dead-letters">{t('ops.queues.deadLetters')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="holds" pt="xs">
          <HeldPayouts />
        </Tabs.Panel>
        <Tabs.Panel value="quarantine" pt="xs">
          <Quarantine />
        </Tabs.Panel>
        <Tabs.Panel value="revised" pt="xs">
          <RevisedOffers />
        </Tabs.Panel>
        {INTAKE_TABS.map((q) => (
          <Tabs.Panel key={q} value={q} pt="xs">
            <IntakeQueue queue={q} />
          </Tabs.Panel>
        ))}
        <Tabs.Panel value="dead-letters" pt="xs">
          <DeadLetters />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

function HeldPayouts() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [open, setOpen] = useState<string | null>(null);
  const held = useQuery({ queryKey: ['payouts', 'HELD'], queryFn: () => listPayouts({ status: 'HELD' }) });
  return (
    <>
      <ProblemAlert error={held.error} />
      <Table striped fz="sm" aria-label={t('ops.queues.holds')} data-testid="held-payouts">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('common.tradeInId')}</Table.Th>
            <Table.Th>{t('ops.holds.amount')}</Table.Th>
            <Table.Th>{t('ops.holds.method')}</Table.Th>
            <Table.Th>{t('ops.holds.reasons')}</Table.Th>
            <Table.Th>{t('ops.holds.due')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {held.data?.map((p) => (
            <Table.Tr key={p.id} data-testid="held-row">
              <Table.Td>{p.tradeInId}</Table.Td>
              <Table.Td>
                <MoneyText money={p.amount} />
              </Table.Td>
              <Table.Td>{p.method}</Table.Td>
              <Table.Td>
                {p.holdReasons.map((r) => (
                  <Badge key={r} color="orange" variant="light" mr={4}>
                    {t(`holdReason.${r}`, { defaultValue: r })}
                  </Badge>
                ))}
              </Table.Td>
              <Table.Td>
                {p.overdue ? <Badge color="red">{t('ops.holds.overdue')}</Badge> : null} <DateText iso={p.dueAt} />
              </Table.Td>
              <Table.Td w={320}>
                {open === p.id ? (
                  <ReleaseHold
                    payout={p}
                    onDone={() => {
                      setOpen(null);
                      void qc.invalidateQueries({ queryKey: ['payouts'] });
                    }}
                  />
                ) : (
                  <Button size="compact-xs" onClick={() => setOpen(p.id)} data-testid="release-open">
                    {t('ops.holds.release')}
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {held.data?.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('common.empty')}
        </Text>
      )}
    </>
  );
}

function Quarantine() {
  const { t } = useTranslation();
  const q = useQuery({ queryKey: ['quarantine'], queryFn: quarantine });
  return <RowsTable label={t('ops.queues.quarantine')} error={q.error} rows={q.data?.devices} />;
}

function RevisedOffers() {
  const { t } = useTranslation();
  const q = useQuery({ queryKey: ['trade-ins', 'COUNTER_OFFERED'], queryFn: () => listTradeIns({ state: 'COUNTER_OFFERED', limit: 100 }) });
  return (
    <>
      <ProblemAlert error={q.error} />
      <Table striped fz="sm" aria-label={t('ops.queues.revised')}>
        <Table.Tbody>
          {q.data?.items.map((ti) => (
            <Table.Tr key={ti.id}>
              <Table.Td>{ti.id}</Table.Td>
              <Table.Td>{ti.partnerId}</Table.Td>
              <Table.Td>{ti.offer ? <MoneyText money={ti.offer.amount} market={ti.market} /> : ''}</Table.Td>
              <Table.Td>
                <DateText iso={ti.createdAt} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {q.data?.items.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('common.empty')}
        </Text>
      )}
    </>
  );
}

function IntakeQueue({ queue }: { queue: IntakeOpsQueue }) {
  const { t } = useTranslation();
  const q = useQuery({ queryKey: ['intake-queue', queue], queryFn: () => intakeQueue(queue) });
  return <RowsTable label={t(`ops.queues.${queue}`)} error={q.error} rows={q.data?.items} />;
}

/** The intake and grading queues return rows of varying shape: shown as they come, one column per field. */
function RowsTable({ label, error, rows }: { label: string; error: unknown; rows: Array<Record<string, unknown>> | undefined }) {
  const { t } = useTranslation();
  const columns = [...new Set((rows ?? []).flatMap((r) => Object.keys(r)))].slice(0, 8);
  return (
    <Paper>
      <ProblemAlert error={error} />
      <Table striped fz="xs" aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            {columns.map((c) => (
              <Table.Th key={c}>{c}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(rows ?? []).map((r, i) => (
            <Table.Tr key={i}>
              {columns.map((c) => (
                <Table.Td key={c}>{typeof r[c] === 'object' ? JSON.stringify(r[c]) : String(r[c] ?? '')}</Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {rows?.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('common.empty')}
        </Text>
      )}
    </Paper>
  );
}
