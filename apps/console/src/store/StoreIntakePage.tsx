import { Badge, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useSearch } from '@tanstack/react-router';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldError, newIdempotencyKey } from '../api/http';
import { STORE_CHECKS, type StoreCheck, storeIntake } from '../api/intake';
import { type IntakeResult } from '../api/types';
import { boundTo } from '../auth/session';
import { rememberDevice } from './box-memory';
import { readDeviceCode, typingProblem } from '../lib/device-code';
import { ChoiceButtons } from '../ui/ChoiceButtons';
import { Pending, ProblemAlert } from '../ui/feedback';
import { ScanField, type ScanFieldHandle } from '../ui/ScanField';
import { DeviceName } from '../ui/DeviceName';

const CHECKS = Object.keys(STORE_CHECKS) as StoreCheck[];

/** The device is in the clerk's hands: identity read, four guided checks, then intake's verdict with its reasons. */
export function StoreIntakePage() {
  const { t } = useTranslation();
  const search = useSearch({ from: '/app/store/intake' });
  const storeId = boundTo('storeId');
  const scan = useRef<ScanFieldHandle>(null);
  const [tradeInId, setTradeInId] = useState(search.tradeInId ?? '');
  const [code, setCode] = useState<{ imei?: string; serialNumber?: string } | null>(() => {
    if (!search.code) return null;
    const c = readDeviceCode(search.code);
    return c.kind === 'imei' ? { imei: c.imei } : c.kind === 'serial' ? { serialNumber: c.serialNumber } : null;
  });
  const [checks, setChecks] = useState<Partial<Record<StoreCheck, string>>>({});
  const [result, setResult] = useState<IntakeResult | null>(null);
  const key = useRef(newIdempotencyKey());

  const cmd = useMutation({
    mutationFn: () => storeIntake(storeId, { tradeInId: tradeInId.trim(), ...code, checks: checks as Record<string, string> }, key.current),
    onSuccess: (r) => {
      setResult(r);
      const device = code?.imei ?? code?.serialNumber;
      if (device && r.outcome === 'RECEIVED') rememberDevice(device, tradeInId.trim());
    },
  });
  const next = CHECKS.find((c) => !checks[c]);
  const reset = () => {
    setTradeInId('');
    setCode(null);
    setChecks({});
    setResult(null);
    cmd.reset();
    key.current = newIdempotencyKey();
    setTimeout(() => scan.current?.focus(), 0);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    cmd.mutate();
  };

  return (
    <Stack gap="sm" maw={800}>
      <Title order={2}>{t('store.intake.title')}</Title>
      <Paper withBorder p="md">
        <form onSubmit={submit} noValidate>
          <Stack gap="xs">
            <TextInput
              label={t('common.tradeInId')}
              value={tradeInId}
              onChange={(e) => setTradeInId(e.currentTarget.value)}
              error={fieldError(cmd.error, 'tradeInId')}
              data-testid="intake-trade-in"
            />
            {code ? (
              <Group gap="xs">
                <Text size="sm">{code.imei ? `IMEI ${code.imei}` : `${t('common.serial')} ${code.serialNumber}`}</Text>
                <Button size="compact-xs" variant="subtle" onClick={() => setCode(null)}>
                  {t('common.change')}
                </Button>
              </Group>
            ) : (
              <ScanField
                ref={scan}
                label={t('scan.deviceLabel')}
                testId="scan-device"
                error={fieldError(cmd.error, 'imei') ?? fieldError(cmd.error, 'serialNumber')}
                problem={(v) => {
                  const p = typingProblem(v);
                  return p ? t(`imei.${p}`) : null;
                }}
                onScan={(v) => {
                  const c = readDeviceCode(v);
                  if (c.kind === 'imei') setCode({ imei: c.imei });
                  else if (c.kind === 'serial') setCode({ serialNumber: c.serialNumber });
                }}
              />
            )}
            {code &&
              !result &&
              (next ? (
                <Stack gap={4}>
                  <Text fw={600} id={`check-${next}`}>
                    {t(`storeChecks.${next}.label`)}
                  </Text>
                  <ChoiceButtons
                    key={next}
                    testId={`check-${next}`}
                    choices={[...STORE_CHECKS[next]]}
                    label={(o) => t(`storeChecks.${next}.${o}`)}
                    onPick={(o) => setChecks({ ...checks, [next]: o })}
                  />
                </Stack>
              ) : (
                <Group>
                  <Button type="submit" autoFocus loading={cmd.isPending} data-testid="submit-intake">
                    {t('store.intake.submit')}
                  </Button>
                  <Pending when={cmd.isPending} />
                </Group>
              ))}
            {Object.entries(checks).map(([c, v]) => (
              <Text key={c} size="xs">
                {t(`storeChecks.${c}.label`)}: {t(`storeChecks.${c}.${v}`)}
                {fieldError(cmd.error, `checks.${c}`) && (
                  <Text span c="red">
                    {' '}
                    — {fieldError(cmd.error, `checks.${c}`)}
                  </Text>
                )}
              </Text>
            ))}
            <ProblemAlert error={cmd.error} />
          </Stack>
        </form>
      </Paper>
      {result && (
        <Paper withBorder p="md" data-testid="intake-result">
          <Stack gap="xs">
            <Group>
              <Text fw={600}>{t('store.intake.outcome')}</Text>
              <Badge color={result.outcome === 'RECEIVED' ? 'green' : 'red'} data-testid="intake-outcome">
                {t(`outcome.${result.outcome}`, { defaultValue: result.outcome })}
              </Badge>
            </Group>
            {(result.reasonCodes ?? []).map((r) => (
              <Text key={r} size="sm">
                • {t(`reason.${r}`, { defaultValue: r })}
              </Text>
            ))}
            {result.identity?.detectedModelId && (
              <Text size="sm">
                {t('store.intake.detected')}
                {t('common.colon')}
                <DeviceName modelId={result.identity.detectedModelId} /> · {t('store.intake.blockList')}
                {t('common.colon')}
                {result.identity.blockListStatus}
              </Text>
            )}
            <Button variant="default" onClick={reset} autoFocus>
              {t('store.intake.next')}
            </Button>
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
