import { Alert, Badge, List, Text } from '@mantine/core';
import { type RefObject, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/http';
import { formatMoney, type Money, moneyLocale } from '../lib/money';

/**
 * What the server said, with each field's reason when there are some. The title is in the user's words (refused,
 * server trouble, no answer); the code stays underneath, small, for whoever the clerk calls for help.
 */
/**
 * What went wrong, titled in the user's language, with the code underneath for support. `fieldLabel` turns the
 * API's field paths (`checks.POWER`) into the labels the form shows, so the list reads like the form.
 */
export function ProblemAlert({ error, fieldLabel }: { error: unknown; fieldLabel?: (field: string) => string | undefined }) {
  const { t } = useTranslation();
  if (!error) return null;
  const e = error instanceof ApiError ? error : new ApiError(0, 'CLIENT', error instanceof Error ? error.message : String(error));
  const title = e.status === 0 ? t('common.noAnswer') : e.status >= 500 ? t('common.serverTrouble') : t('common.refused');
  return (
    <Alert color="red" role="alert" title={title} data-testid="problem" tabIndex={-1}>
      {e.detail}
      {e.errors.length > 0 && (
        <List size="sm">
          {e.errors.map((f) => (
            <List.Item key={f.field} data-field={f.field}>
              {fieldLabel?.(f.field) ?? f.field}
              {t('common.colon')}
              {f.reason}
            </List.Item>
          ))}
        </List>
      )}
      {e.status !== 0 && (
        <Text size="xs" c="dimmed" mt={4} data-testid="problem-code">
          {t('common.errorCode')}
          {t('common.colon')}
          {e.code}
        </Text>
      )}
    </Alert>
  );
}

/**
 * After a refused submit, takes the person to the first thing to fix: the first field marked invalid in the form
 * (`aria-invalid` on inputs, `data-problem` on groups of buttons), else the refusal itself. A grader at a bench or a
 * clerk with a scanner works from the keyboard, and the summary alone would leave focus on the submit button.
 */
export function useFocusFirstProblem(form: RefObject<HTMLElement | null>, error: unknown): void {
  useEffect(() => {
    if (!error || !form.current) return;
    const target =
      form.current.querySelector<HTMLElement>('[aria-invalid="true"], [data-problem="true"]') ??
      form.current.querySelector<HTMLElement>('[data-testid="problem"]');
    target?.focus();
    target?.scrollIntoView?.({ block: 'center' });
  }, [error, form]);
}

/**
 * A command in flight shows "pending" (the server has not confirmed yet); nothing is shown as done
 * before the answer arrives.
 */
export function Pending({ when }: { when: boolean }) {
  const { t } = useTranslation();
  return when ? (
    <Badge color="yellow" variant="light" role="status" data-testid="pending">
      {t('common.pending')}
    </Badge>
  ) : null;
}

export function MoneyText({ money, market }: { money: Money; market?: string }) {
  const { i18n } = useTranslation();
  return <span data-testid="money">{formatMoney(money, moneyLocale(i18n.language, market))}</span>;
}

export function DateText({ iso }: { iso: string | null | undefined }) {
  const { i18n } = useTranslation();
  if (!iso) return <span>—</span>;
  return (
    <time dateTime={iso}>{new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'short' }).format(new Date(iso))}</time>
  );
}
