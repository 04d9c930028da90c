import { Badge, Button, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newIdempotencyKey } from '../api/http';
import { receiveBox, reconcileBox, scanBoxDevice } from '../api/intake';
import { type Box, type Reconciliation } from '../api/types';
import { boundTo } from '../auth/session';
import { readDeviceCode } from '../lib/device-code';
import { Pending, ProblemAlert } from '../ui/feedback';
import { ScanField, type ScanFieldHandle } from '../ui/ScanField';
import { required } from '../lib/required';

/** A store box at the site: scan its tracking number, scan each device out, then reconcile declared against scanned. */
export function BoxReceiptPage() {
  const { t } = useTranslation();
  const siteId = boundTo('siteId');
  const scan = useRef<ScanFieldHandle>(null);
  const [box, setBox] = useState<Box | null>(null);
  const [scans, setScans] = useState<Array<{ code: string; result: string; tradeInId?: string }>>([]);
  const [recon, setRecon] = useState<Reconciliation | null>(null);

  const receive = useMutation({
    mutationFn: (tn: string) => receiveBox(siteId, tn),
    onSuccess: (b) => {
      setBox(b);
      setScans([]);
      setRecon(null);
    },
  });
  const scanDevice = useMutation({
    mutationFn: (raw: string) => {
      const c = readDeviceCode(raw);
      const body = c.kind === 'imei' ? { imei: c.imei } : c.kind === 'serial' ? { serialNumber: c.serialNumber } : { imei: raw };
      return scanBoxDevice(siteId, required(box, 'the received box').id, body, newIdempotencyKey()).then((r) => ({ ...r, code: raw }));
    },
    onSuccess: (r) => {
      setScans((s) => [{ code: r.code, result: r.result, tradeInId: r.tradeInId }, ...s]);
      scan.current?.focus();
    },
  });
  const reconcile = useMutation({ mutationFn: () => reconcileBox(siteId, required(box, 'the received box').id), onSuccess: setRecon });

  return (
    <Stack gap="sm" maw={1000}>
      <Title order={2}>{t('site.boxes.title')}</Title>
      {!box && (
        <Paper withBorder p="md">
          <ScanField
            ref={scan}
            label={t('site.boxes.tracking')}
            testId="scan-box-tracking"
            onScan={(v) => receive.mutate(v.toUpperCase())}
          />
          <Pending when={receive.isPending} />
          <ProblemAlert error={receive.error} />
        </Paper>
      )}
      {box && (
        <Paper withBorder p="md" data-testid="site-box">
          <Stack gap="xs">
            <Text size="sm">
              {t('store.boxes.box')} {box.id.slice(0, 8)} · {box.storeId} · {box.trackingNumber} ·{' '}
              <Badge variant="light">{t(`boxStatus.${box.status}`, { defaultValue: box.status })}</Badge>
            </Text>
            <ScanField ref={scan} label={t('site.boxes.scanDevice')} testId="scan-box-device" onScan={(v) => scanDevice.mutate(v)} />
            <Pending when={scanDevice.isPending} />
            <ProblemAlert error={scanDevice.error ?? reconcile.error} />
            <SimpleGrid cols={2}>
              <Table fz="sm" aria-label={t('site.boxes.declared')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('site.boxes.declared')}</Table.Th>
                    <Table.Th />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {(box.manifest ?? box.items).map((m) => {
                    const seen = scans.some((s) => s.tradeInId === m.tradeInId);
                    return (
                      <Table.Tr key={m.tradeInId}>
                        <Table.Td>{m.deviceKey}</Table.Td>
                        <Table.Td>{seen ? <Badge color="green">{t('site.boxes.seen')}</Badge> : ''}</Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
              <Table fz="sm" aria-label={t('site.boxes.scanned')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('site.boxes.scanned')}</Table.Th>
                    <Table.Th />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {scans.map((s, i) => (
                    <Table.Tr key={i}>
                      <Table.Td>{s.code}</Table.Td>
                      <Table.Td data-testid="scan-result">{t(`scanResult.${s.result}`, { defaultValue: s.result })}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </SimpleGrid>
            <Group>
              <Button onClick={() => reconcile.mutate()} loading={reconcile.isPending} data-testid="reconcile">
                {t('site.boxes.reconcile')}
              </Button>
              <Button
                variant="default"
                onClick={() => {
                  setBox(null);
                  receive.reset();
                }}
              >
                {t('site.boxes.next')}
              </Button>
            </Group>
            {recon && (
              <Group data-testid="reconciliation">
                <Badge color="green">
                  {t('site.boxes.arrived')}
                  {t('common.colon')}
                  {recon.arrived.length}
                </Badge>
                <Badge color={recon.missing.length ? 'red' : 'gray'}>
                  {t('site.boxes.missing')}
                  {t('common.colon')}
                  {recon.missing.length}
                </Badge>
                <Badge color={recon.unexpected.length ? 'orange' : 'gray'}>
                  {t('site.boxes.unexpected')}
                  {t('common.colon')}
                  {recon.unexpected.length}
                </Badge>
                {recon.missing.map((m) => (
                  <Text key={m} size="xs" c="red">
                    {m}
                  </Text>
                ))}
              </Group>
            )}
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
