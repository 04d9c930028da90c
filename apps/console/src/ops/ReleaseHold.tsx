import { Button, Checkbox, Group, Stack, Textarea } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldError } from '../api/http';
import { releaseHold } from '../api/payout';
import { type Payout } from '../api/types';
import { Pending, ProblemAlert } from '../ui/feedback';

/** Releasing a held payout says why (the audit keeps it) and whether the seller's identity was checked. */
export function ReleaseHold({ payout, onDone }: { payout: Payout; onDone: (p: Payout) => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [verified, setVerified] = useState(false);
  const cmd = useMutation({ mutationFn: () => releaseHold(payout.id, reason, verified), onSuccess: onDone });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    cmd.mutate();
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap={4}>
        <Textarea
          label={t('ops.holds.reason')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          autoFocus
          size="xs"
          error={fieldError(cmd.error, 'reason')}
          data-testid="release-reason"
        />
        <Checkbox
          size="xs"
          label={t('ops.holds.identityVerified')}
          checked={verified}
          onChange={(e) => setVerified(e.currentTarget.checked)}
        />
        <Group gap="xs">
          <Button type="submit" size="xs" loading={cmd.isPending} data-testid="release-submit">
            {t('ops.holds.release')}
          </Button>
          <Pending when={cmd.isPending} />
        </Group>
        <ProblemAlert error={cmd.error} />
      </Stack>
    </form>
  );
}
