import { Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, type KeyboardEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type StoredEvidence } from '../api/evidence';
import { COSMETIC_GRADES, type Inspection, submitInspection } from '../api/grading';
import { ApiError, fieldError } from '../api/http';
import { type JobDetail } from '../api/types';
import { readDeviceCode, typingProblem } from '../lib/device-code';
import { Pending, ProblemAlert, useFocusFirstProblem } from '../ui/feedback';
import { LockChecks } from '../ui/LockChecks';
import { PhotoCapture } from '../ui/PhotoCapture';
import { ScanField } from '../ui/ScanField';
import { Checklist, type CheckValue } from './Checklist';
import { required } from '../lib/required';

/** Identity read from the device, the checklist, cosmetic grade (keys A-E), defects, locks and at least one photo. */
export function InspectionForm({ job, onDone }: { job: JobDetail; onDone: () => void }) {
  const { t } = useTranslation();
  const checks = job.checklist?.checks ?? [];
  const [identity, setIdentity] = useState<{ imei?: string; serialNumber?: string } | null>(null);
  const [values, setValues] = useState<Record<string, CheckValue | undefined>>({});
  const [cosmetic, setCosmetic] = useState<Inspection['cosmeticGrade'] | null>(null);
  const [defects, setDefects] = useState('');
  const [locks, setLocks] = useState({ activationLock: false, mdmEnrolled: false });
  const [photos, setPhotos] = useState<StoredEvidence[]>([]);

  const submit = useMutation({
    mutationFn: () => {
      const missing = checks
        .filter((c) => values[c.code] === undefined)
        .map((c) => ({ field: `checks.${c.code}`, reason: t('site.job.answerCheck') }));
      if (!identity) missing.unshift({ field: 'identityRead', reason: t('site.job.readDevice') });
      if (!cosmetic) missing.push({ field: 'cosmeticGrade', reason: t('site.job.pickCosmetic') });
      if (photos.length === 0) missing.push({ field: 'evidence', reason: t('site.job.takePhoto') });
      if (missing.length) return Promise.reject(new ApiError(400, 'INCOMPLETE', t('site.job.incomplete'), missing));
      return submitInspection(job.jobId, {
        identityRead: required(identity, 'the identity read'),
        checks: values as Inspection['checks'],
        cosmeticGrade: required(cosmetic, 'the cosmetic grade'),
        defects: defects
          .split(',')
          .map((d) => d.trim().toUpperCase())
          .filter(Boolean)
          .map((code) => ({ code })),
        missingAccessories: [],
        locks,
        evidence: photos.map((p) => ({ ref: p.ref, sha256: p.sha256, kind: 'PHOTO' as const })),
      });
    },
    onSuccess: onDone,
  });
  const fieldLabel = (field: string): string | undefined => {
    const check = field.startsWith('checks.') ? checks.find((c) => `checks.${c.code}` === field) : undefined;
    if (check) return t(`checks.${check.code}`, { defaultValue: check.label });
    const labels: Record<string, string> = {
      identityRead: t('site.job.identityRead'),
      cosmeticGrade: t('site.job.cosmetic'),
      defects: t('site.job.defects'),
      evidence: t('photo.take'),
    };
    return labels[field];
  };
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstProblem(form, submit.error);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    submit.mutate();
  };
  const onCosmeticKey = (e: KeyboardEvent<HTMLElement>) => {
    const g = e.key.toUpperCase();
    if (isCosmeticGrade(g) && e.target === e.currentTarget) {
      e.preventDefault();
      setCosmetic(g);
    }
  };

  return (
    <Paper withBorder p="md">
      <form ref={form} onSubmit={onSubmit} noValidate>
        <Stack gap="xs">
          <Title order={3} size="h4">
            {t('site.job.inspection')}
          </Title>
          {identity ? (
            <Group gap="xs">
              <Text size="sm" data-testid="identity-read">
                {identity.imei ? `IMEI ${identity.imei}` : `${t('common.serial')} ${identity.serialNumber}`}
              </Text>
              <Button size="compact-xs" variant="subtle" onClick={() => setIdentity(null)}>
                {t('common.change')}
              </Button>
            </Group>
          ) : (
            <ScanField
              label={t('site.job.identityRead')}
              description={t('site.job.identityHelp')}
              testId="scan-identity"
              error={fieldError(submit.error, 'identityRead') ?? fieldError(submit.error, 'imei')}
              problem={(v) => {
                const p = typingProblem(v);
                return p ? t(`imei.${p}`) : null;
              }}
              onScan={(v) => {
                const c = readDeviceCode(v);
                if (c.kind === 'imei') setIdentity({ imei: c.imei });
                else if (c.kind === 'serial') setIdentity({ serialNumber: c.serialNumber });
              }}
            />
          )}
          <Checklist
            checks={checks}
            values={values}
            onChange={(code, v) => setValues((prev) => ({ ...prev, [code]: v }))}
            errorFor={(code) => fieldError(submit.error, `checks.${code}`)}
          />
          <Group
            tabIndex={0}
            role="group"
            aria-label={`${t('site.job.cosmetic')}${t('common.colon')}${cosmetic ?? t('site.job.notAnswered')}`}
            onKeyDown={onCosmeticKey}
            data-problem={fieldError(submit.error, 'cosmeticGrade') ? 'true' : undefined}
            gap="xs"
            p={4}
            data-testid="cosmetic"
          >
            <Text size="sm" w={260}>
              {t('site.job.cosmetic')}
            </Text>
            {COSMETIC_GRADES.map((g) => (
              <Button
                key={g}
                tabIndex={-1}
                size="compact-xs"
                variant={cosmetic === g ? 'filled' : 'default'}
                onClick={() => setCosmetic(g)}
              >
                {g}
              </Button>
            ))}
            {fieldError(submit.error, 'cosmeticGrade') && (
              <Text size="xs" c="red">
                {fieldError(submit.error, 'cosmeticGrade')}
              </Text>
            )}
          </Group>
          <TextInput
            label={t('site.job.defects')}
            description={t('site.job.defectsHelp')}
            value={defects}
            onChange={(e) => setDefects(e.currentTarget.value)}
            error={fieldError(submit.error, 'defects')}
            data-testid="defects"
          />
          <LockChecks locks={locks} onChange={setLocks} />
          <PhotoCapture
            service="grading"
            photos={photos}
            onChange={setPhotos}
            error={fieldError(submit.error, 'evidence')}
            testId="inspection-photo"
          />
          <Group>
            <Button type="submit" loading={submit.isPending} data-testid="submit-inspection">
              {t('site.job.submitInspection')}
            </Button>
            <Pending when={submit.isPending} />
          </Group>
          <ProblemAlert error={submit.error} fieldLabel={fieldLabel} />
        </Stack>
      </form>
    </Paper>
  );
}

function isCosmeticGrade(key: string): key is Inspection['cosmeticGrade'] {
  return (COSMETIC_GRADES as readonly string[]).includes(key);
}
