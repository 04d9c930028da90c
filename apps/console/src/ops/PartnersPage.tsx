import { Badge, Button, Paper, Stack, Table, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listApiKeys, listPartners, revokeApiKey } from '../api/quote';
import { DateText, Pending, ProblemAlert } from '../ui/feedback';

/** Partners and their API keys (prefix only: a key is shown once, when issued, never again). */
export function PartnersPage() {
  const { t } = useTranslation();
  const [selected, setSelected] = useState<string | null>(null);
  const partners = useQuery({ queryKey: ['partners'], queryFn: listPartners });
  return (
    <Stack gap="sm" maw={1000}>
      <Title order={2}>{t('ops.partners.title')}</Title>
      <ProblemAlert error={partners.error} />
      <Table fz="sm" striped aria-label={t('ops.partners.title')} data-testid="partners">
        <Table.Tbody>
          {partners.data?.map((p) => (
            <Table.Tr key={p.id}>
              <Table.Td>
                <Button size="compact-xs" variant={selected === p.id ? 'filled' : 'subtle'} onClick={() => setSelected(p.id)}>
                  {p.id}
                </Button>
              </Table.Td>
              <Table.Td>{p.name}</Table.Td>
              <Table.Td>
                <DateText iso={p.createdAt} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {selected && <ApiKeys partnerId={selected} />}
    </Stack>
  );
}

function ApiKeys({ partnerId }: { partnerId: string }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const keys = useQuery({ queryKey: ['api-keys', partnerId], queryFn: () => listApiKeys(partnerId) });
  const revoke = useMutation({
    mutationFn: (keyId: string) => revokeApiKey(partnerId, keyId),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['api-keys', partnerId] }),
  });
  return (
    <Paper withBorder p="sm">
      <Title order={3} size="h5">
        {t('ops.partners.keys')} · {partnerId}
      </Title>
      <ProblemAlert error={keys.error ?? revoke.error} />
      <Pending when={revoke.isPending} />
      <Table fz="xs" aria-label={t('ops.partners.keys')} data-testid="api-keys">
        <Table.Tbody>
          {keys.data?.map((k) => (
            <Table.Tr key={k.keyId}>
              <Table.Td>{k.prefix}…</Table.Td>
              <Table.Td>{k.programId ?? ''}</Table.Td>
              <Table.Td>
                <DateText iso={k.createdAt} />
              </Table.Td>
              <Table.Td>
                {k.revokedAt ? (
                  <Badge color="gray">{t('ops.partners.revoked')}</Badge>
                ) : (
                  <Button size="compact-xs" color="red" variant="light" onClick={() => revoke.mutate(k.keyId)}>
                    {t('ops.partners.revoke')}
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
