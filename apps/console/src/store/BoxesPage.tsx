import { Badge, Button, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldError, newIdempotencyKey } from '../api/http';
import { addToBox, closeBox, getBox, openBox, removeFromBox, shipBox, storeBoxes, type StoreBoxesPage } from '../api/intake';
import { type Box } from '../api/types';
import { boundTo, currentSession } from '../auth/session';
import { readDeviceCode } from '../lib/device-code';
import { Pending, ProblemAlert } from '../ui/feedback';
import { ScanField, type ScanFieldHandle } from '../ui/ScanField';
import { rememberBox, rememberedBoxes, tradeInOfDevice } from './box-memory';
import { Manifests } from './Manifests';
import { required } from '../lib/required';

const SITE_KEY = 'console.boxSite';

/** Boxes from this counter to a grading site: open, scan devices in, close (manifest frozen), ship, print, label. */
export function BoxesPage() {
  const { t } = useTranslation();
  const storeId = boundTo('storeId');
  const qc = useQueryClient();
  const [siteId, setSiteId] = useState(sessionStorage.getItem(SITE_KEY) ?? 'SITE-1');
  // The store's boxes come from the server; each row's detail (items, manifest, tracking) is its own query.
  const list = useQuery({ queryKey: ['store-boxes', storeId], queryFn: () => storeBoxes(storeId) });
  const ids = list.data?.items.map((b) => b.id) ?? [];
  const [picked, setPicked] = useState<string | null>(null);
  const active = picked ?? ids[0] ?? null;
  const [printing, setPrinting] = useState(false);
  const scan = useRef<ScanFieldHandle>(null);
  const openKey = useRef(newIdempotencyKey());

  const boxes = useQueries({ queries: ids.map((id) => ({ queryKey: ['box', id], queryFn: () => getBox(storeId, id) })) });
  const current = boxes.find((q) => q.data?.id === active)?.data;
  const refresh = (box: Box) => qc.setQueryData(['box', box.id], box);

  const open = useMutation({
    mutationFn: () => openBox(storeId, siteId.trim(), openKey.current),
    onSuccess: (box) => {
      openKey.current = newIdempotencyKey();
      sessionStorage.setItem(SITE_KEY, siteId.trim());
      refresh(box);
      // Shown at once; the refetch then brings the server's list.
      qc.setQueryData<StoreBoxesPage>(['store-boxes', storeId], (old) => ({
        total: (old?.total ?? 0) + 1,
        items: [
          {
            id: box.id,
            siteId: box.siteId,
            status: 'OPEN',
            openedBy: currentSession()?.claims.sub ?? '',
            openedAt: box.openedAt,
            itemCount: 0,
            shippedAt: null,
            trackingNumber: null,
          },
          ...(old?.items ?? []).filter((b) => b.id !== box.id),
        ],
      }));
      void qc.invalidateQueries({ queryKey: ['store-boxes', storeId] });
      setPicked(box.id);
      setTimeout(() => scan.current?.focus(), 0);
    },
  });
  const add = useMutation({
    mutationFn: ({ tradeInId, key }: { tradeInId: string; key: string }) =>
      addToBox(storeId, required(active, 'the open box'), tradeInId, key),
    onSuccess: (box) => {
      refresh(box);
      scan.current?.focus();
    },
  });
  const remove = useMutation({
    mutationFn: (tradeInId: string) => removeFromBox(storeId, required(active, 'the open box'), tradeInId),
    onSuccess: refresh,
  });
  const close = useMutation({ mutationFn: () => closeBox(storeId, required(active, 'the box')), onSuccess: refresh });
  const ship = useMutation({
    mutationFn: () => shipBox(storeId, required(active, 'the box')),
    onSuccess: (box) => {
      rememberBox({ id: box.id, label: box.label, labelFormat: box.labelFormat });
      refresh(box);
    },
  });

  const onScan = (value: string) => {
    const c = readDeviceCode(value);
    const device = c.kind === 'imei' ? c.imei : c.kind === 'serial' ? c.serialNumber : value;
    // A device taken in at this counter maps to its trade-in; otherwise the scan is the trade-in reference (receipt barcode).
    add.mutate({ tradeInId: tradeInOfDevice(device) ?? value.trim(), key: newIdempotencyKey() });
  };
  const downloadLabel = (box: Box) => {
    const saved = rememberedBoxes().find((b) => b.id === box.id);
    if (!saved?.label) return;
    const url = URL.createObjectURL(new Blob([saved.label], { type: 'text/plain' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `label-${box.trackingNumber ?? box.id}.${(saved.labelFormat ?? 'zpl').toLowerCase()}`;
    a.click();
    URL.revokeObjectURL(url);
  };

  if (printing) return <Manifests boxes={boxes.flatMap((q) => (q.data?.manifest ? [q.data] : []))} onDone={() => setPrinting(false)} />;

  return (
    <Stack gap="sm" maw={1000}>
      <Group justify="space-between">
        <Title order={2}>{t('store.boxes.title')}</Title>
        <Button
          variant="default"
          onClick={() => setPrinting(true)}
          disabled={!boxes.some((q) => q.data?.manifest)}
          data-testid="print-manifests"
        >
          {t('store.boxes.printManifests')}
        </Button>
      </Group>
      <Paper withBorder p="sm">
        <Group align="flex-end">
          <TextInput
            label={t('store.boxes.site')}
            value={siteId}
            onChange={(e) => setSiteId(e.currentTarget.value)}
            error={fieldError(open.error, 'siteId')}
            data-testid="box-site"
          />
          <Button onClick={() => open.mutate()} loading={open.isPending} data-testid="open-box">
            {t('store.boxes.open')}
          </Button>
          <Pending when={open.isPending} />
        </Group>
        <ProblemAlert error={open.error} />
      </Paper>
      <ProblemAlert error={list.error} />
      <Table striped highlightOnHover fz="sm" aria-label={t('store.boxes.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('store.boxes.box')}</Table.Th>
            <Table.Th>{t('common.status')}</Table.Th>
            <Table.Th>{t('store.boxes.site')}</Table.Th>
            <Table.Th>{t('store.boxes.devices')}</Table.Th>
            <Table.Th>{t('store.boxes.tracking')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {boxes.map((q, i) =>
            q.data ? (
              <Table.Tr key={q.data.id} aria-selected={q.data.id === active}>
                <Table.Td>
                  <Button size="compact-sm" variant={q.data.id === active ? 'filled' : 'subtle'} onClick={() => setPicked(q.data.id)}>
                    {q.data.id.slice(0, 8)}
                  </Button>
                </Table.Td>
                <Table.Td>
                  <Badge variant="light" data-testid="box-status">
                    {t(`boxStatus.${q.data.status}`, { defaultValue: q.data.status })}
                  </Badge>
                </Table.Td>
                <Table.Td>{q.data.siteId}</Table.Td>
                <Table.Td>{q.data.items.length}</Table.Td>
                <Table.Td data-testid="box-tracking">{q.data.trackingNumber ?? '—'}</Table.Td>
                <Table.Td>
                  {q.data.status === 'SHIPPED' && (
                    <Button size="compact-xs" variant="default" onClick={() => downloadLabel(q.data)}>
                      {t('store.boxes.label')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ) : (
              <Table.Tr key={ids[i] ?? i}>
                <Table.Td colSpan={6}>{q.isError ? <ProblemAlert error={q.error} /> : '…'}</Table.Td>
              </Table.Tr>
            ),
          )}
        </Table.Tbody>
      </Table>
      {current && (
        <Paper withBorder p="md" data-testid="active-box">
          <Stack gap="xs">
            <Title order={3} size="h4">
              {t('store.boxes.box')} {current.id.slice(0, 8)} · {t(`boxStatus.${current.status}`, { defaultValue: current.status })}
            </Title>
            {current.status === 'OPEN' && (
              <ScanField
                ref={scan}
                label={t('store.boxes.scanIn')}
                description={t('store.boxes.scanInHelp')}
                testId="scan-box-item"
                error={fieldError(add.error, 'tradeInId')}
                onScan={onScan}
              />
            )}
            <Pending when={add.isPending} />
            <ProblemAlert error={add.error ?? remove.error ?? close.error ?? ship.error} />
            <Table fz="sm" aria-label={t('store.boxes.devices')}>
              <Table.Tbody>
                {current.items.map((it) => (
                  <Table.Tr key={it.tradeInId}>
                    <Table.Td>{it.tradeInId}</Table.Td>
                    <Table.Td>{it.deviceKey}</Table.Td>
                    <Table.Td>
                      {current.status === 'OPEN' && (
                        <Button size="compact-xs" variant="subtle" onClick={() => remove.mutate(it.tradeInId)}>
                          {t('common.remove')}
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <Group>
              {current.status === 'OPEN' && (
                <Button
                  onClick={() => close.mutate()}
                  loading={close.isPending}
                  disabled={current.items.length === 0}
                  data-testid="close-box"
                >
                  {t('store.boxes.close')}
                </Button>
              )}
              {current.status === 'CLOSED' && (
                <Button onClick={() => ship.mutate()} loading={ship.isPending} data-testid="ship-box">
                  {t('store.boxes.ship')}
                </Button>
              )}
              <Pending when={close.isPending || ship.isPending} />
              {current.trackingNumber && (
                <Text size="sm">
                  {t('store.boxes.tracking')}
                  {t('common.colon')}
                  {current.trackingNumber}
                </Text>
              )}
            </Group>
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
