import { Badge, Button, FileButton, Group, Paper, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newIdempotencyKey } from '../api/http';
import { listPriceTables, pricesIn, uploadPriceTable } from '../api/quote';
import { type Market } from '../api/types';
import { DateText, MoneyText, Pending, ProblemAlert } from '../ui/feedback';
import { diffPrices, parsePriceCsv, type PriceChange, type PriceRow } from './price-diff';
import { required } from '../lib/required';

/** Current prices of the markets an upload touches, read from the catalog (its variants carry the current price). */
async function currentRows(markets: string[]): Promise<PriceRow[]> {
  const all = await Promise.all(
    markets.map(async (market) => {
      const { items } = await pricesIn(market as Market);
      return items.flatMap((m) =>
        m.variants.flatMap((v) =>
          v.price ? [{ modelId: m.id, variantId: v.id, market, currency: v.price.currency, amountMinor: v.price.amountMinor }] : [],
        ),
      );
    }),
  );
  return all.flat();
}

/** Price tables: versions so far, and an upload shown as a diff against the current prices before it is activated. */
export function PriceTablesPage() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [csv, setCsv] = useState('');
  const [diff, setDiff] = useState<PriceChange[] | null>(null);
  const key = useRef(newIdempotencyKey());
  const versions = useQuery({ queryKey: ['price-tables'], queryFn: listPriceTables });
  const parsed = csv ? parsePriceCsv(csv) : null;
  const compare = useMutation({
    mutationFn: async () => {
      const rows = required(parsed, 'the parsed CSV').rows;
      return diffPrices(await currentRows([...new Set(rows.map((r) => r.market))]), rows);
    },
    onSuccess: setDiff,
  });
  const activate = useMutation({
    mutationFn: () => uploadPriceTable(csv, key.current),
    onSuccess: () => {
      key.current = newIdempotencyKey();
      setCsv('');
      setDiff(null);
      void qc.invalidateQueries({ queryKey: ['price-tables'] });
    },
  });
  const money = (r: PriceRow) => <MoneyText money={{ amountMinor: r.amountMinor, currency: r.currency }} market={r.market} />;

  return (
    <Stack gap="sm" maw={1100}>
      <Title order={2}>{t('ops.prices.title')}</Title>
      <Table fz="sm" striped aria-label={t('ops.prices.versions')} data-testid="price-versions">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('ops.prices.version')}</Table.Th>
            <Table.Th>{t('ops.prices.rows')}</Table.Th>
            <Table.Th>{t('ops.prices.source')}</Table.Th>
            <Table.Th>{t('ops.prices.by')}</Table.Th>
            <Table.Th>{t('ops.prices.at')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {versions.data?.map((v, i) => (
            <Table.Tr key={v.version}>
              <Table.Td>
                {v.version} {i === 0 && <Badge size="xs">{t('ops.prices.current')}</Badge>}
              </Table.Td>
              <Table.Td>{v.rowCount}</Table.Td>
              <Table.Td>{v.source}</Table.Td>
              <Table.Td>{v.uploadedBy ?? ''}</Table.Td>
              <Table.Td>
                <DateText iso={v.createdAt} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Paper withBorder p="md">
        <Stack gap="xs">
          <Group>
            <FileButton
              accept=".csv,text/csv"
              onChange={(f) => {
                void f?.text().then((text) => {
                  setCsv(text);
                  setDiff(null);
                });
              }}
            >
              {(props) => (
                <Button {...props} variant="default" size="xs">
                  {t('ops.prices.chooseFile')}
                </Button>
              )}
            </FileButton>
            <Text size="xs" c="dimmed">
              model_id,variant_id,market,currency,amount_minor
            </Text>
          </Group>
          <Textarea
            label={t('ops.prices.csv')}
            value={csv}
            onChange={(e) => {
              setCsv(e.currentTarget.value);
              setDiff(null);
            }}
            autosize
            minRows={3}
            maxRows={10}
            error={
              parsed?.problems.length ? parsed.problems.map((p) => `${t('ops.prices.line')} ${p.line}: ${p.reason}`).join(' · ') : undefined
            }
            data-testid="price-csv"
          />
          <Group>
            <Button
              size="xs"
              onClick={() => compare.mutate()}
              disabled={!parsed || parsed.rows.length === 0 || parsed.problems.length > 0}
              loading={compare.isPending}
              data-testid="price-compare"
            >
              {t('ops.prices.compare')}
            </Button>
            {diff && (
              <Button size="xs" color="red" onClick={() => activate.mutate()} loading={activate.isPending} data-testid="price-activate">
                {t('ops.prices.activate')}
              </Button>
            )}
            <Pending when={activate.isPending} />
          </Group>
          <ProblemAlert error={compare.error ?? activate.error} />
          {diff && (
            <Table fz="xs" aria-label={t('ops.prices.diff')} data-testid="price-diff">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('ops.prices.change')}</Table.Th>
                  <Table.Th>{t('ops.prices.item')}</Table.Th>
                  <Table.Th>{t('ops.prices.before')}</Table.Th>
                  <Table.Th>{t('ops.prices.after')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {diff.map((c) => (
                  <Table.Tr key={`${c.kind}-${c.row.modelId}-${c.row.variantId}-${c.row.market}`}>
                    <Table.Td>
                      <Badge size="xs" color={c.kind === 'added' ? 'green' : c.kind === 'removed' ? 'red' : 'yellow'}>
                        {t(`ops.prices.${c.kind}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      {c.row.modelId} · {c.row.variantId} · {c.row.market}
                    </Table.Td>
                    <Table.Td>{c.kind === 'changed' ? money(c.before) : c.kind === 'removed' ? money(c.row) : ''}</Table.Td>
                    <Table.Td>{c.kind !== 'removed' ? money(c.row) : ''}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          {diff && diff.length === 0 && <Text size="sm">{t('ops.prices.noChange')}</Text>}
        </Stack>
      </Paper>
    </Stack>
  );
}
