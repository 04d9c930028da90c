import { Alert, Button, Code, CopyButton, Group, NativeSelect, NumberInput, Paper, Stack, Table, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldError } from '../api/http';
import { type IssuedStaffToken, issueStaffToken, staffTokenAudit } from '../api/quote';
import { DateText, Pending, ProblemAlert } from '../ui/feedback';

type Role = 'store_staff' | 'grader' | 'ops';

/** Ops issue staff tokens for a store, a site or ops (audited by quote-service); a token is shown once. */
export function StaffTokensPage() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [f, setF] = useState({
    role: 'store_staff' as Role,
    subject: '',
    storeId: '',
    partnerId: '',
    siteId: '',
    hours: 8 as number | string,
    reason: '',
  });
  const [issued, setIssued] = useState<IssuedStaffToken | null>(null);
  const audit = useQuery({ queryKey: ['staff-tokens'], queryFn: staffTokenAudit });
  const issue = useMutation({
    mutationFn: () =>
      issueStaffToken({
        role: f.role,
        subject: f.subject.trim(),
        ...(f.role === 'store_staff' ? { storeId: f.storeId.trim(), partnerId: f.partnerId.trim() } : {}),
        ...(f.role === 'grader' ? { siteId: f.siteId.trim() } : {}),
        ...(typeof f.hours === 'number' ? { ttlSeconds: Math.round(f.hours * 3600) } : {}),
        ...(f.reason.trim() ? { reason: f.reason.trim() } : {}),
      }),
    onSuccess: (r) => {
      setIssued(r);
      void qc.invalidateQueries({ queryKey: ['staff-tokens'] });
    },
  });
  const err = (k: string) => fieldError(issue.error, k);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setIssued(null);
    issue.mutate();
  };

  return (
    <Stack gap="sm" maw={1100}>
      <Title order={2}>{t('ops.staffTokens.title')}</Title>
      <Paper withBorder p="md">
        <form onSubmit={submit} noValidate>
          <Stack gap="xs">
            <Group grow align="flex-start">
              <NativeSelect
                label={t('ops.staffTokens.role')}
                value={f.role}
                onChange={(e) => setF({ ...f, role: e.currentTarget.value as Role })}
                data={(['store_staff', 'grader', 'ops'] as const).map((r) => ({ value: r, label: t(`role.${r}`) }))}
                data-testid="token-role"
              />
              <TextInput
                label={t('ops.staffTokens.subject')}
                value={f.subject}
                onChange={(e) => setF({ ...f, subject: e.currentTarget.value })}
                error={err('subject')}
                data-testid="token-subject"
              />
              {f.role === 'store_staff' && (
                <TextInput
                  label={t('ops.staffTokens.storeId')}
                  value={f.storeId}
                  onChange={(e) => setF({ ...f, storeId: e.currentTarget.value })}
                  error={err('storeId')}
                />
              )}
              {f.role === 'store_staff' && (
                <TextInput
                  label={t('ops.staffTokens.partnerId')}
                  value={f.partnerId}
                  onChange={(e) => setF({ ...f, partnerId: e.currentTarget.value })}
                  error={err('partnerId')}
                />
              )}
              {f.role === 'grader' && (
                <TextInput
                  label={t('ops.staffTokens.siteId')}
                  value={f.siteId}
                  onChange={(e) => setF({ ...f, siteId: e.currentTarget.value })}
                  error={err('siteId')}
                  data-testid="token-site"
                />
              )}
              <NumberInput
                label={t('ops.staffTokens.hours')}
                value={f.hours}
                onChange={(v) => setF({ ...f, hours: v })}
                min={1}
                max={12}
                error={err('ttlSeconds')}
              />
            </Group>
            <TextInput
              label={t('ops.staffTokens.reason')}
              value={f.reason}
              onChange={(e) => setF({ ...f, reason: e.currentTarget.value })}
              error={err('reason')}
            />
            <Group>
              <Button type="submit" loading={issue.isPending} data-testid="token-issue">
                {t('ops.staffTokens.issue')}
              </Button>
              <Pending when={issue.isPending} />
            </Group>
            <ProblemAlert error={issue.error} />
            {issued && (
              <Alert
                color="green"
                title={t('ops.staffTokens.issued', { at: new Date(issued.expiresAt).toLocaleString() })}
                data-testid="token-issued"
              >
                <Code block style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}>
                  {issued.token}
                </Code>
                <CopyButton value={issued.token}>
                  {({ copied, copy }) => (
                    <Button size="xs" mt="xs" onClick={copy}>
                      {copied ? t('ops.staffTokens.copied') : t('ops.staffTokens.copy')}
                    </Button>
                  )}
                </CopyButton>
              </Alert>
            )}
          </Stack>
        </form>
      </Paper>
      <ProblemAlert error={audit.error} />
      <Table fz="xs" striped aria-label={t('ops.staffTokens.audit')} data-testid="token-audit">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('ops.staffTokens.issuedAt')}</Table.Th>
            <Table.Th>{t('ops.staffTokens.issuedBy')}</Table.Th>
            <Table.Th>{t('ops.staffTokens.subject')}</Table.Th>
            <Table.Th>{t('ops.staffTokens.role')}</Table.Th>
            <Table.Th>{t('ops.staffTokens.binding')}</Table.Th>
            <Table.Th>{t('ops.staffTokens.expires')}</Table.Th>
            <Table.Th>{t('ops.staffTokens.reason')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {audit.data?.items.map((i) => (
            <Table.Tr key={i.issuanceId}>
              <Table.Td>
                <DateText iso={i.issuedAt} />
              </Table.Td>
              <Table.Td>{i.issuedBy}</Table.Td>
              <Table.Td>{i.subject}</Table.Td>
              <Table.Td>{t(`role.${i.role}`, { defaultValue: i.role })}</Table.Td>
              <Table.Td>{[i.storeId, i.partnerId, i.siteId].filter(Boolean).join(' · ')}</Table.Td>
              <Table.Td>
                <DateText iso={i.expiresAt} />
              </Table.Td>
              <Table.Td>{i.reason ?? ''}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
