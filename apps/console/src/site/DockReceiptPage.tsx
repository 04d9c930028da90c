import { Badge, Button, Checkbox, Group, NumberInput, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type StoredEvidence } from '../api/evidence';
import { fieldError, newIdempotencyKey } from '../api/http';
import { dockReceipt, findParcel } from '../api/intake';
import { type IntakeResult, type Parcel } from '../api/types';
import { readDeviceCode, typingProblem } from '../lib/device-code';
import { Pending, ProblemAlert } from '../ui/feedback';
import { LockChecks } from '../ui/LockChecks';
import { PhotoCapture } from '../ui/PhotoCapture';
import { ScanField, type ScanFieldHandle } from '../ui/ScanField';
import { required } from '../lib/required';
import { DeviceName } from '../ui/DeviceName';

/** A parcel at the dock: scan its tracking number, weigh it, read the device, note locks, photograph the unboxing. */
export function DockReceiptPage() {
  const { t } = useTranslation();
  const scan = useRef<ScanFieldHandle>(null);
  const [tracking, setTracking] = useState<string | null>(null);
  const [parcel, setParcel] = useState<Parcel | null>(null);
  const [weight, setWeight] = useState<number | string>('');
  const [code, setCode] = useState<{ imei?: string; serialNumber?: string } | null>(null);
  const [locks, setLocks] = useState({ activationLock: false, mdmEnrolled: false, emptyParcel: false });
  const [photos, setPhotos] = useState<StoredEvidence[]>([]);
  const [result, setResult] = useState<IntakeResult | null>(null);
  const key = useRef(newIdempotencyKey());
  const weightInput = useRef<HTMLInputElement>(null);
  // The parcel is on the scale once it is found: the weight is typed next.
  useEffect(() => {
    if (parcel) weightInput.current?.focus();
  }, [parcel]);

  const find = useMutation({
    mutationFn: (tn: string) => findParcel(tn),
    onSuccess: (p, tn) => {
      setTracking(tn);
      setParcel(p);
    },
  });
  const receive = useMutation({
    mutationFn: () =>
      dockReceipt(
        {
          trackingNumber: required(tracking, 'the tracking number'),
          parcelWeightGrams: typeof weight === 'number' ? weight : Number.NaN,
          evidenceRefs: photos.map((p) => p.ref),
          ...(locks.emptyParcel
            ? { emptyParcel: true }
            : { ...code, activationLock: locks.activationLock, mdmEnrolled: locks.mdmEnrolled }),
        },
        key.current,
      ),
    onSuccess: setResult,
  });
  const reset = () => {
    setTracking(null);
    setParcel(null);
    setWeight('');
    setCode(null);
    setLocks({ activationLock: false, mdmEnrolled: false, emptyParcel: false });
    setPhotos([]);
    setResult(null);
    find.reset();
    receive.reset();
    key.current = newIdempotencyKey();
    setTimeout(() => scan.current?.focus(), 0);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    receive.mutate();
  };

  return (
    <Stack gap="sm" maw={800}>
      <Title order={2}>{t('site.dock.title')}</Title>
      {!tracking && (
        <Paper withBorder p="md">
          <ScanField ref={scan} label={t('site.dock.tracking')} testId="scan-tracking" onScan={(v) => find.mutate(v.toUpperCase())} />
          <Pending when={find.isPending} />
          <ProblemAlert error={find.error} />
        </Paper>
      )}
      {tracking && parcel && !result && (
        <Paper withBorder p="md">
          <form onSubmit={submit} noValidate>
            <Stack gap="xs">
              <Text size="sm" data-testid="parcel">
                {tracking} · <DeviceName modelId={parcel.quoted.modelId} /> (
                {t(`category.${parcel.quoted.category}`, { defaultValue: parcel.quoted.category })}) ·{' '}
                {t(`shipment.${parcel.shipmentStatus}`, { defaultValue: parcel.shipmentStatus })}
              </Text>
              <NumberInput
                ref={weightInput}
                label={t('site.dock.weight')}
                value={weight}
                onChange={setWeight}
                min={0}
                max={50000}
                allowDecimal={false}
                error={fieldError(receive.error, 'parcelWeightGrams')}
                data-testid="weight"
              />
              <Checkbox
                label={t('site.dock.empty')}
                checked={locks.emptyParcel}
                onChange={(e) => setLocks({ ...locks, emptyParcel: e.currentTarget.checked })}
              />
              {!locks.emptyParcel &&
                (code ? (
                  <Group gap="xs">
                    <Text size="sm" data-testid="device-read">
                      {code.imei ? `IMEI ${code.imei}` : `${t('common.serial')} ${code.serialNumber}`}
                    </Text>
                    <Button size="compact-xs" variant="subtle" onClick={() => setCode(null)}>
                      {t('common.change')}
                    </Button>
                  </Group>
                ) : (
                  <ScanField
                    label={t('site.dock.deviceRead')}
                    testId="scan-device"
                    error={fieldError(receive.error, 'imei')}
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
                ))}
              {!locks.emptyParcel && <LockChecks locks={locks} onChange={setLocks} />}
              <PhotoCapture
                service="intake"
                photos={photos}
                onChange={setPhotos}
                error={fieldError(receive.error, 'evidenceRefs')}
                testId="dock-photo"
              />
              <Group>
                <Button type="submit" loading={receive.isPending} data-testid="submit-dock">
                  {t('site.dock.submit')}
                </Button>
                <Pending when={receive.isPending} />
                <Button variant="default" onClick={reset}>
                  {t('common.cancel')}
                </Button>
              </Group>
              <ProblemAlert error={receive.error} />
            </Stack>
          </form>
        </Paper>
      )}
      {result && (
        <Paper withBorder p="md" data-testid="dock-result">
          <Stack gap="xs">
            <Badge color={result.outcome === 'RECEIVED' ? 'green' : 'red'} data-testid="dock-outcome">
              {t(`outcome.${result.outcome}`, { defaultValue: result.outcome })}
            </Badge>
            {(result.reasonCodes ?? []).map((r) => (
              <Text key={r} size="sm">
                • {t(`reason.${r}`, { defaultValue: r })}
              </Text>
            ))}
            <Button onClick={reset} autoFocus>
              {t('site.dock.next')}
            </Button>
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
