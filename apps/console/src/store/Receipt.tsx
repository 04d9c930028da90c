import { Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type CatalogModel, type Quote, type TradeIn } from '../api/types';
import { DateText, MoneyText } from '../ui/feedback';

/** The customer's copy: what was bought, for how much store credit, and the reference to quote later. */
export function Receipt({ tradeIn, quote, model, imei }: { tradeIn: TradeIn; quote: Quote; model: CatalogModel | null; imei: string }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" className="print-area" data-testid="receipt">
      <Stack gap="xs" className="print-page">
        <Title order={3}>{t('receipt.title')}</Title>
        <Table fz="sm" aria-label={t('receipt.title')}>
          <Table.Tbody>
            <Table.Tr>
              <Table.Th scope="row">{t('receipt.reference')}</Table.Th>
              <Table.Td data-testid="trade-in-id">{tradeIn.id}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th scope="row">{t('receipt.store')}</Table.Th>
              <Table.Td>{tradeIn.storeId}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th scope="row">{t('receipt.device')}</Table.Th>
              <Table.Td>
                {model ? `${model.brand} ${model.name}` : tradeIn.device.modelId} ({tradeIn.device.variantId}) · {imei}
              </Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th scope="row">{t('receipt.customer')}</Table.Th>
              <Table.Td>{tradeIn.customer?.name}</Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th scope="row">{t('receipt.storeCredit')}</Table.Th>
              <Table.Td>
                <MoneyText money={quote.amount} market={tradeIn.market} />
              </Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Th scope="row">{t('receipt.date')}</Table.Th>
              <Table.Td>
                <DateText iso={tradeIn.acceptedAt ?? tradeIn.createdAt} />
              </Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
        <Text size="xs">{t('receipt.terms')}</Text>
      </Stack>
    </Paper>
  );
}
