import { Button, Group, NativeSelect, Paper, Stack, TextInput, Textarea, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Erasure, recordErasure } from '../api/grading';
import { fieldError, newIdempotencyKey } from '../api/http';
import { Pending, ProblemAlert } from '../ui/feedback';

const MEDIUM_TYPES = ['INTERNAL_FLASH', 'EMMC', 'SSD', 'HDD', 'SD_CARD', 'OTHER'];
const METHODS = ['CLEAR', 'PURGE', 'DESTROY'];
const TECHNIQUES = [
  '',
  'OVERWRITE',
  'FACTORY_RESET',
  'CRYPTOGRAPHIC_ERASE',
  'BLOCK_ERASE',
  'SECURE_ERASE',
  'DEGAUSS',
  'SHRED',
  'DISINTEGRATE',
  'INCINERATE',
];

/** The erasure tool's record for one medium (NIST SP 800-88); the server keeps the report's hash on the certificate. */
export function ErasureForm({ jobId, onDone }: { jobId: string; onDone: () => void }) {
  const { t } = useTranslation();
  // The selects only offer the documented values; the empty technique means "not stated".
  const [f, setF] = useState<Omit<Erasure, 'performedAt' | 'technique'> & { technique: Erasure['technique'] | '' }>({
    mediumId: 'internal-nand',
    mediumType: 'INTERNAL_FLASH',
    method: 'PURGE',
    technique: 'CRYPTOGRAPHIC_ERASE',
    tool: '',
    toolVersion: '',
    verification: 'PASSED',
    report: '',
  });
  const key = useRef(newIdempotencyKey());
  const cmd = useMutation({
    mutationFn: () =>
      recordErasure(jobId, { ...f, technique: f.technique || undefined, performedAt: new Date().toISOString() }, key.current),
    onSuccess: () => {
      key.current = newIdempotencyKey();
      onDone();
    },
  });
  const set = (k: keyof typeof f) => (e: { currentTarget: { value: string } }) => setF({ ...f, [k]: e.currentTarget.value });
  const err = (k: string) => fieldError(cmd.error, k);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    cmd.mutate();
  };
  return (
    <Paper withBorder p="md">
      <form onSubmit={submit} noValidate>
        <Stack gap="xs">
          <Title order={3} size="h4">
            {t('site.job.erasure')}
          </Title>
          <Group grow>
            <TextInput label={t('erasure.mediumId')} value={f.mediumId} onChange={set('mediumId')} error={err('mediumId')} />
            <NativeSelect label={t('erasure.mediumType')} value={f.mediumType} onChange={set('mediumType')} data={MEDIUM_TYPES} />
            <NativeSelect label={t('erasure.method')} value={f.method} onChange={set('method')} data={METHODS} error={err('method')} />
            <NativeSelect
              label={t('erasure.technique')}
              value={f.technique}
              onChange={set('technique')}
              data={TECHNIQUES}
              error={err('technique')}
            />
          </Group>
          <Group grow>
            <TextInput label={t('erasure.tool')} value={f.tool} onChange={set('tool')} error={err('tool')} data-testid="erasure-tool" />
            <TextInput
              label={t('erasure.toolVersion')}
              value={f.toolVersion}
              onChange={set('toolVersion')}
              error={err('toolVersion')}
              data-testid="erasure-version"
            />
            <NativeSelect
              label={t('erasure.verification')}
              value={f.verification}
              onChange={set('verification')}
              data={['PASSED', 'FAILED']}
            />
          </Group>
          <Textarea
            label={t('erasure.report')}
            value={f.report}
            onChange={set('report')}
            error={err('report')}
            autosize
            minRows={2}
            data-testid="erasure-report"
          />
          <Group>
            <Button type="submit" loading={cmd.isPending} data-testid="submit-erasure">
              {t('site.job.recordErasure')}
            </Button>
            <Pending when={cmd.isPending} />
          </Group>
          <ProblemAlert error={cmd.error} />
        </Stack>
      </form>
    </Paper>
  );
}
