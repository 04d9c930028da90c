import { Button, Group, NumberInput, Stack, Text } from '@mantine/core';
import { type KeyboardEvent, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { type ChecklistCheck } from '../api/types';

export type CheckValue = 'PASS' | 'FAIL' | 'NOT_PRESENT' | number;

interface Props {
  checks: ChecklistCheck[];
  values: Record<string, CheckValue | undefined>;
  onChange: (code: string, value: CheckValue) => void;
  errorFor: (code: string) => string | undefined;
}

/**
 * The inspection checklist from the keyboard: each check is one focusable row; P = pass, F = fail,
 * N = not present (optional hardware), then focus moves to the next check. Percentages are typed, Enter moves on.
 */
export function Checklist({ checks, values, onChange, errorFor }: Props) {
  const { t } = useTranslation();
  const rows = useRef<Array<HTMLElement | null>>([]);
  const next = (i: number) => rows.current[i + 1]?.focus();
  const onKey = (e: KeyboardEvent<HTMLElement>, check: ChecklistCheck, i: number) => {
    if (check.kind !== 'PASS_FAIL' || e.target !== e.currentTarget) return;
    const key = e.key.toLowerCase();
    const value: CheckValue | null = key === 'p' ? 'PASS' : key === 'f' ? 'FAIL' : key === 'n' && check.optional ? 'NOT_PRESENT' : null;
    if (!value) return;
    e.preventDefault();
    onChange(check.code, value);
    next(i);
  };
  return (
    <Stack gap={4} data-testid="checklist">
      <Text size="xs" c="dimmed">
        {t('site.job.checklistKeys')}
      </Text>
      {checks.map((c, i) => {
        const label = t(`checks.${c.code}`, { defaultValue: c.label });
        const v = values[c.code];
        const error = errorFor(c.code);
        return c.kind === 'PASS_FAIL' ? (
          <Group
            key={c.code}
            ref={(el) => {
              rows.current[i] = el;
            }}
            tabIndex={0}
            role="group"
            aria-label={`${label}${t('common.colon')}${v ? t(`checkResult.${String(v)}`) : t('site.job.notAnswered')}`}
            data-problem={error ? 'true' : undefined}
            onKeyDown={(e) => onKey(e, c, i)}
            gap="xs"
            p={4}
            style={{ borderRadius: 4, outlineOffset: 2 }}
            data-testid={`check-${c.code}`}
            data-value={v ?? ''}
          >
            <Text size="sm" w={260}>
              {label}
            </Text>
            {(['PASS', 'FAIL', ...(c.optional ? (['NOT_PRESENT'] as const) : [])] as const).map((r) => (
              <Button
                key={r}
                size="compact-xs"
                tabIndex={-1}
                variant={v === r ? 'filled' : 'default'}
                color={r === 'FAIL' ? 'red' : r === 'PASS' ? 'green' : 'gray'}
                onClick={() => {
                  onChange(c.code, r);
                  next(i);
                }}
              >
                {t(`checkResult.${r}`)}
              </Button>
            ))}
            {error && (
              <Text size="xs" c="red">
                {error}
              </Text>
            )}
          </Group>
        ) : (
          <NumberInput
            key={c.code}
            ref={(el) => {
              rows.current[i] = el;
            }}
            label={label}
            min={0}
            max={100}
            allowDecimal={false}
            suffix=" %"
            w={260}
            size="xs"
            value={typeof v === 'number' ? v : ''}
            onChange={(n) => {
              if (typeof n === 'number') onChange(c.code, n);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                next(i);
              }
            }}
            error={error}
            data-testid={`check-${c.code}`}
          />
        );
      })}
    </Stack>
  );
}
