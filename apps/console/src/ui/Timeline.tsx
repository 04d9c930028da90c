import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type TimelineEntry } from '../api/types';
import { DateText } from './feedback';

/** A trade-in's timeline: each transition or recorded fact, with its cause. */
export function TimelineTable({ entries }: { entries: TimelineEntry[] }) {
  const { t } = useTranslation();
  return (
    <Table fz="xs" striped aria-label={t('tradeIn.timeline')} data-testid="timeline">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('tradeIn.at')}</Table.Th>
          <Table.Th>{t('tradeIn.state')}</Table.Th>
          <Table.Th>{t('tradeIn.cause')}</Table.Th>
          <Table.Th>{t('tradeIn.detail')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {entries.map((e) => (
          <Table.Tr key={e.sequence}>
            <Table.Td>
              <DateText iso={e.at} />
            </Table.Td>
            <Table.Td>
              {e.to ? t(`state.${e.to}`, { defaultValue: e.to }) : ''}
              {e.outcome ? ` · ${e.outcome}` : ''}
            </Table.Td>
            <Table.Td>{e.cause}</Table.Td>
            <Table.Td>{e.detail ?? ''}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
