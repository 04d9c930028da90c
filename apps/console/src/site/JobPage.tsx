import { Alert, Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useNavigate, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { completeGrade, jobDetail, passport, releaseJob } from '../api/grading';
import { type GradeResult } from '../api/types';
import { requireSession } from '../auth/session';
import { Pending, ProblemAlert } from '../ui/feedback';
import { useNow } from '../ui/useNow';
import { ErasureForm } from './ErasureForm';
import { InspectionForm } from './InspectionForm';
import { RegradePanel } from './RegradePanel';
import { countdown } from './lease';
import { StockLabel } from './StockLabel';
import { required } from '../lib/required';
import { DeviceName } from '../ui/DeviceName';

/** One claimed job, step by step: inspection with photos, erasure record, grade, stock label; a regrade shows its appeal. */
export function JobPage() {
  const { t } = useTranslation();
  const { jobId } = useParams({ from: '/app/site/jobs/$jobId' });
  const navigate = useNavigate();
  const me = requireSession().claims.sub;
  const now = useNow();
  const job = useQuery({ queryKey: ['job', jobId], queryFn: () => jobDetail(jobId) });
  const [grade, setGrade] = useState<GradeResult | null>(null);
  // Stock follows the grade through events (finalized offer → stock): poll for a while until it shows.
  const pass = useQuery({
    queryKey: ['passport', job.data?.tradeInId],
    queryFn: () => passport(required(job.data, 'the job').tradeInId),
    enabled: grade !== null && !!job.data,
    refetchInterval: (q) => (q.state.data?.stock || q.state.dataUpdateCount > 30 ? false : 1500),
  });
  const gradeCmd = useMutation({
    mutationFn: () => completeGrade(jobId),
    onSuccess: (g) => {
      setGrade(g);
      // The job now carries its result: a regrade shows it beside the appealed grade.
      void job.refetch();
    },
  });
  const release = useMutation({ mutationFn: () => releaseJob(jobId), onSuccess: () => void navigate({ to: '/site/queue' }) });

  if (job.isError) return <ProblemAlert error={job.error} />;
  const j = job.data;
  if (!j) return <Text>…</Text>;
  const mine = j.claimedBy === me;
  const erased = j.erasureCertificates.length > 0;

  return (
    <Stack gap="sm" maw={1000}>
      <Group justify="space-between" className="no-print">
        <Title order={2}>
          {t('site.job.title')} ·{' '}
          {j.device?.modelId ? <DeviceName modelId={j.device.modelId} variantId={j.device.variantId} /> : j.tradeInId}
        </Title>
        <Group gap="xs">
          {j.leaseExpiresAt && !grade && (
            <Badge variant="light" data-testid="job-lease">
              {t('site.queue.lease')} {countdown(j.leaseExpiresAt, now)}
            </Badge>
          )}
          {mine && !grade && (
            <Button size="xs" variant="default" onClick={() => release.mutate()}>
              {t('site.job.release')}
            </Button>
          )}
        </Group>
      </Group>
      {!mine && !grade && (
        <Alert color="orange" role="alert">
          {t('site.job.notMine', { who: j.claimedBy ?? t('site.queue.unclaimed') })}
        </Alert>
      )}
      <Text size="sm" className="no-print">
        {t('common.tradeInId')} {j.tradeInId} · {t(`jobKind.${j.kind}`, { defaultValue: j.kind })}
      </Text>
      <RegradePanel job={j} />
      {grade ? (
        <StockLabel grade={grade} passport={pass.data} waiting={!pass.data?.stock && pass.fetchStatus !== 'idle'} />
      ) : (
        <>
          {!j.inspection ? (
            <InspectionForm job={j} onDone={() => void job.refetch()} />
          ) : (
            <Badge color="green" data-testid="inspection-done">
              {t('site.job.inspected')} · {j.inspection.cosmeticGrade}
            </Badge>
          )}
          {j.inspection &&
            (!erased ? (
              <ErasureForm jobId={jobId} onDone={() => void job.refetch()} />
            ) : (
              <Badge color="green" data-testid="erasure-done">
                {t('site.job.erased')} · {j.erasureCertificates[0]?.verification}
              </Badge>
            ))}
          {j.inspection && erased && (
            <Group>
              <Button onClick={() => gradeCmd.mutate()} loading={gradeCmd.isPending} autoFocus data-testid="grade">
                {t('site.job.grade')}
              </Button>
              <Pending when={gradeCmd.isPending} />
            </Group>
          )}
          <ProblemAlert error={gradeCmd.error ?? release.error} />
        </>
      )}
    </Stack>
  );
}
