import { Alert, Badge, Button, Group, Stack, Table, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { claimJob, listQueue } from '../api/grading';
import { ApiError } from '../api/http';
import { requireSession } from '../auth/session';
import { DateText, Pending, ProblemAlert } from '../ui/feedback';
import { useNow } from '../ui/useNow';
import { countdown, orderQueue } from './lease';
import { DeviceName } from '../ui/DeviceName';

/** The site's grading queue: mine, then unclaimed, oldest deadline first; leases count down; claims can conflict. */
export function QueuePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = requireSession().claims.sub;
  const now = useNow();
  const queue = useQuery({ queryKey: ['queue'], queryFn: listQueue, refetchInterval: 10_000 });
  const claim = useMutation({
    mutationFn: (jobId: string) => claimJob(jobId),
    onSuccess: (r) => void navigate({ to: '/site/jobs/$jobId', params: { jobId: r.jobId } }),
    onError: () => void queue.refetch(),
  });
  const conflict = claim.error instanceof ApiError && claim.error.status === 409;
  const jobs = orderQueue(queue.data?.jobs ?? [], me);

  return (
    <Stack gap="sm">
      <Title order={2}>{t('site.queue.title')}</Title>
      {conflict && (
        <Alert color="orange" role="alert" data-testid="claim-conflict" title={t('site.queue.conflictTitle')}>
          {t('site.queue.conflict')} ({(claim.error as ApiError).detail})
        </Alert>
      )}
      {!conflict && <ProblemAlert error={claim.error ?? queue.error} />}
      <Pending when={claim.isPending} />
      <Table striped highlightOnHover fz="sm" aria-label={t('site.queue.title')} data-testid="queue">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('site.queue.job')}</Table.Th>
            <Table.Th>{t('site.queue.kind')}</Table.Th>
            <Table.Th>{t('site.queue.device')}</Table.Th>
            <Table.Th>{t('site.queue.deadline')}</Table.Th>
            <Table.Th>{t('site.queue.claimedBy')}</Table.Th>
            <Table.Th>{t('site.queue.lease')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {jobs.map((j) => {
            const mine = j.claimedBy === me;
            const late = Date.parse(j.deadlineAt) < now;
            return (
              <Table.Tr key={j.jobId} data-testid="queue-row">
                <Table.Td>{j.tradeInId.slice(0, 8)}</Table.Td>
                <Table.Td>
                  {/* A regrade is an appeal's second opinion: set apart, its page shows the appeal and the grade in question. */}
                  {j.kind === 'REGRADE' ? (
                    <Badge color="grape" variant="light">
                      {t('jobKind.REGRADE')}
                    </Badge>
                  ) : (
                    t(`jobKind.${j.kind}`, { defaultValue: j.kind })
                  )}
                </Table.Td>
                <Table.Td>
                  <DeviceName modelId={j.device.modelId} />
                </Table.Td>
                <Table.Td>
                  {late ? <Badge color="red">{t('site.queue.overdue')}</Badge> : null} <DateText iso={j.deadlineAt} />
                </Table.Td>
                <Table.Td>{mine ? <Badge>{t('site.queue.mine')}</Badge> : (j.claimedBy ?? t('site.queue.unclaimed'))}</Table.Td>
                <Table.Td data-testid="lease">{j.leaseExpiresAt ? countdown(j.leaseExpiresAt, now) : ''}</Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {mine ? (
                      <Button size="compact-sm" onClick={() => void navigate({ to: '/site/jobs/$jobId', params: { jobId: j.jobId } })}>
                        {t('site.queue.continue')}
                      </Button>
                    ) : (
                      <Button
                        size="compact-sm"
                        variant="light"
                        disabled={!j.claimableByMe}
                        onClick={() => claim.mutate(j.jobId)}
                        data-testid="claim"
                      >
                        {t('site.queue.claim')}
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
