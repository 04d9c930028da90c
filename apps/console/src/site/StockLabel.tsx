import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type Passport } from '../api/grading';
import { type GradeResult } from '../api/types';
import { Barcode } from '../ui/Barcode';
import { useDeviceName } from '../ui/DeviceName';

/** The label stuck on a graded device going to stock: SKU and IMEI barcodes, grade, disposition. */
export function StockLabel({ grade, passport, waiting }: { grade: GradeResult; passport: Passport | undefined; waiting: boolean }) {
  const { t } = useTranslation();
  const device = passport?.device;
  const stock = passport?.stock;
  const code = device?.imei ?? device?.serialNumber ?? null;
  const name = useDeviceName(device?.modelId, device?.variantId);
  return (
    <Stack gap="xs">
      <Paper withBorder p="md" className="print-area" data-testid="stock-label" maw={420}>
        <Stack gap={4} className="print-page">
          <Title order={3} size="h4">
            {device ? name : t('site.job.stockLabel')}
          </Title>
          <Text size="sm" data-testid="grade-summary">
            {t('site.job.marketplaceGrade')}
            {t('common.colon')}
            <b>{grade.marketplaceGrade ?? '—'}</b> · {t('site.job.cosmeticShort')}
            {t('common.colon')}
            {grade.cosmeticGrade} · {t('site.job.functional')}
            {t('common.colon')}
            {grade.functionalGrade} · {t(`disposition.${grade.disposition}`, { defaultValue: grade.disposition })}
          </Text>
          {stock ? (
            <Barcode value={stock.sku} label={`SKU ${stock.sku}`} />
          ) : (
            <Text size="sm" data-testid="no-stock">
              {waiting ? t('site.job.waitingForStock') : t('site.job.notStocked')}
            </Text>
          )}
          {code && <Barcode value={code} label={`${device?.imei ? 'IMEI' : t('common.serial')} ${code}`} />}
          {stock && (
            <Text size="xs" data-testid="sku">
              {stock.sku} · {stock.siteId} · {t(`stockStatus.${stock.status}`, { defaultValue: stock.status })}
            </Text>
          )}
        </Stack>
      </Paper>
      <Group className="no-print">
        <Button onClick={() => window.print()}>{t('site.job.printLabel')}</Button>
      </Group>
    </Stack>
  );
}
