import { Badge, Code, Group, NativeSelect, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Service } from '../api/http';
import { type DeadLetter, deadLetters, replayCommand } from '../api/ops';
import { DateText, ProblemAlert } from '../ui/feedback';

const SERVICES: Service[] = ['quote', 'intake', 'grading', 'payout'];
const REASONS: Array<DeadLetter['reason']> = ['HANDLER_FAILED', 'INVALID', 'UNPARSEABLE', 'UNKNOWN_TYPE'];

/** Each service's dead letters, newest first, with why and the replay tool's command for the letter. */
export function DeadLetters() {
  const { t } = useTranslation();
  const [reason, setReason] = useState<DeadLetter['reason'] | ''>('');
  return (
    <Stack gap="xs">
      <Text size="sm">{t('ops.deadLetters.help')}</Text>
      <NativeSelect
        w={240}
        size="xs"
        label={t('ops.deadLetters.reason')}
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value as DeadLetter['reason'] | '')}
        data={[
          { value: '', label: t('ops.deadLetters.allReasons') },
          ...REASONS.map((r) => ({ value: r, label: t(`deadLetterReason.${r}`) })),
        ]}
        data-testid="dead-letter-reason"
      />
      {SERVICES.map((s) => (
        <ServiceLetters key={s} service={s} reason={reason || undefined} />
      ))}
    </Stack>
  );
}

function ServiceLetters({ service, reason }: { service: Service; reason: DeadLetter['reason'] | undefined }) {
  const { t } = useTranslation();
  const q = useQuery({ queryKey: ['dead-letters', service, reason], queryFn: () => deadLetters(service, { reason, limit: 50 }) });
  const label = `${service}-service`;
  return (
    <Paper withBorder p="xs" data-testid={`dead-letters-${service}`}>
      <Group gap="xs">
        <Title order={3} size="h5">
          {label}
        </Title>
        {q.data && (
          <Badge variant="light" color={q.data.total > 0 ? 'red' : 'gray'}>
            {t('ops.deadLetters.total', { count: q.data.total })}
          </Badge>
        )}
      </Group>
      <ProblemAlert error={q.error} />
      {q.data && q.data.items.length > 0 && (
        <Table striped fz="xs" aria-label={`${t('ops.queues.deadLetters')} ${label}`}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('ops.deadLetters.at')}</Table.Th>
              <Table.Th>{t('ops.deadLetters.event')}</Table.Th>
              <Table.Th>{t('ops.deadLetters.key')}</Table.Th>
              <Table.Th>{t('ops.deadLetters.reason')}</Table.Th>
              <Table.Th>{t('ops.deadLetters.attempts')}</Table.Th>
              <Table.Th>{t('ops.deadLetters.error')}</Table.Th>
              <Table.Th>{t('ops.deadLetters.replay')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {q.data.items.map((l) => (
              <Table.Tr key={l.id} data-testid="dead-letter-row">
                <Table.Td>
                  <DateText iso={l.deadLetteredAt} />
                </Table.Td>
                <Table.Td>
                  {l.eventType ?? l.topic}
                  <Text size="xs" c="dimmed">
                    {l.consumer}
                  </Text>
                </Table.Td>
                <Table.Td>{l.key ?? '—'}</Table.Td>
                <Table.Td miw={150}>
                  <Badge color={l.reason === 'HANDLER_FAILED' ? 'orange' : 'red'} variant="light">
                    {t(`deadLetterReason.${l.reason}`, { defaultValue: l.reason })}
                  </Badge>
                  {l.code && (
                    <Text size="xs" ff="monospace" data-testid="dead-letter-code">
                      {l.code}
                      {l.permanent ? ` · ${t('ops.deadLetters.permanent')}` : ''}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{l.attempts}</Table.Td>
                <Table.Td maw={320}>
                  <Text size="xs" lineClamp={3} title={l.error}>
                    {l.error}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Code data-testid="replay-command">{replayCommand(l)}</Code>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}
