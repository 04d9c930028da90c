import { Alert, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type GradeSummary, type JobDetail } from '../api/types';
import { DateText } from '../ui/feedback';

type Row = { label: string; value: (g: GradeSummary) => string };

/**
 * On a regrade: why the customer or ops disputed the grade, and the grade under appeal beside this regrade
 * (its result once given), so the technician judges the device again knowing what is in question.
 */
export function RegradePanel({ job }: { job: JobDetail }) {
  const { t } = useTranslation();
  if (job.kind !== 'REGRADE') return null;
  const none = t('site.job.none');
  const rows: Row[] = [
    { label: t('site.job.cosmeticShort'), value: (g) => g.cosmeticGrade },
    { label: t('site.job.functional'), value: (g) => String(g.functionalGrade) },
    { label: t('site.job.marketplaceGrade'), value: (g) => g.marketplaceGrade },
    { label: t('site.job.gradeDefects'), value: (g) => g.defects.join(', ') || none },
    { label: t('site.job.failedChecks'), value: (g) => g.failedChecks.join(', ') || none },
    { label: t('site.job.battery'), value: (g) => (g.batteryHealthPercent === null ? '—' : `${g.batteryHealthPercent}`) },
    { label: t('site.job.dispositionLabel'), value: (g) => t(`disposition.${g.disposition}`, { defaultValue: g.disposition }) },
    { label: t('site.job.technician'), value: (g) => g.technicianId },
  ];
  const before = job.appealedGrade ?? null;
  const after = job.result ?? null;
  return (
    <Alert color="grape" variant="light" title={t('site.job.appeal')} className="no-print" data-testid="regrade-panel">
      {job.appeal && (
        <>
          <Text size="sm" fw={600}>
            {t('site.job.appealReason')}
          </Text>
          <Text size="sm" data-testid="appeal-reason">
            {job.appeal.reason}
          </Text>
          <Text size="xs" c="dimmed">
            {t('site.job.appealBy', { who: job.appeal.requestedBy })} · <DateText iso={job.appeal.requestedAt} />
          </Text>
        </>
      )}
      <Table fz="xs" mt="xs" withTableBorder aria-label={t('site.job.appealed')} data-testid="regrade-compare">
        <Table.Thead>
          <Table.Tr>
            <Table.Th />
            <Table.Th>{t('site.job.appealed')}</Table.Th>
            <Table.Th>{t('site.job.regrade')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => {
            const changed = before && after && r.value(before) !== r.value(after);
            return (
              <Table.Tr key={r.label}>
                <Table.Th scope="row">{r.label}</Table.Th>
                <Table.Td>{before ? r.value(before) : '—'}</Table.Td>
                <Table.Td fw={changed ? 700 : undefined}>{after ? r.value(after) : t('site.job.notYet')}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Alert>
  );
}
