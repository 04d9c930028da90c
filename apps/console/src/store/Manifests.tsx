import { Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type Box } from '../api/types';
import { Barcode } from '../ui/Barcode';
import { DeviceName } from '../ui/DeviceName';

/** "Put this in the box": one printed page per box, its tracking barcode and every device the manifest froze. */
export function Manifests({ boxes, onDone }: { boxes: Box[]; onDone: () => void }) {
  const { t } = useTranslation();
  return (
    <Stack>
      <Group className="no-print">
        <Button onClick={() => window.print()} autoFocus>
          {t('common.print')}
        </Button>
        <Button variant="default" onClick={onDone}>
          {t('common.back')}
        </Button>
      </Group>
      <div className="print-area" data-testid="manifests">
        {boxes.map((box) => (
          <section key={box.id} className="print-page" data-testid="manifest-page" aria-label={`${t('manifest.title')} ${box.id}`}>
            <Title order={2} size="h3">
              {t('manifest.title')}
            </Title>
            <Text size="sm">
              {t('store.boxes.box')} {box.id} · {box.storeId} → {box.siteId}
            </Text>
            {box.trackingNumber && <Barcode value={box.trackingNumber} label={`${t('store.boxes.tracking')} ${box.trackingNumber}`} />}
            <Table fz="sm" aria-label={t('manifest.title')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('common.tradeInId')}</Table.Th>
                  <Table.Th>{t('manifest.device')}</Table.Th>
                  <Table.Th>{t('manifest.model')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {(box.manifest ?? []).map((m) => (
                  <Table.Tr key={m.tradeInId}>
                    <Table.Td>{m.tradeInId}</Table.Td>
                    <Table.Td>{m.deviceKey}</Table.Td>
                    <Table.Td>
                      <DeviceName modelId={m.modelId} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <Text size="sm">{t('manifest.count', { count: box.manifest?.length ?? 0 })}</Text>
          </section>
        ))}
      </div>
    </Stack>
  );
}
