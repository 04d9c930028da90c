import { ActionIcon, Group, TextInput, Tooltip } from '@mantine/core';
import { type KeyboardEvent, lazy, type Ref, Suspense, useImperativeHandle, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ScanDedupe } from '../lib/scan-dedupe';

// The camera reader (@zxing) is ~480 kB: loaded only when someone asks for it.
const CameraScanner = lazy(() => import('../scanner/CameraScanner'));

export interface ScanFieldHandle {
  focus(): void;
  clear(): void;
}

interface Props {
  label: string;
  /** A scan ends with Enter; the value is handed over trimmed, at most once per 2 s for the same code. */
  onScan: (code: string) => void;
  /** Problem with what is typed so far (e.g. an IMEI check digit), shown under the field as it happens. */
  problem?: (value: string) => string | null;
  /** Problem the server reported for this field. */
  error?: string | null;
  description?: string;
  testId: string;
  ref?: Ref<ScanFieldHandle>;
  disabled?: boolean;
}

/**
 * The scanner-first input: focused on load and after every scan, Enter submits, the same code twice within
 * 2 s (a double trigger) is ignored, and a camera fallback for tablets without a wedge scanner.
 */
export function ScanField({ label, onScan, problem, error, description, testId, ref, disabled }: Props) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const dedupe = useRef(new ScanDedupe());
  const [value, setValue] = useState('');
  const [camera, setCamera] = useState(false);
  useImperativeHandle(ref, () => ({ focus: () => input.current?.focus(), clear: () => setValue('') }), []);

  const submit = (code: string) => {
    const trimmed = code.trim();
    if (!trimmed) return;
    if (problem?.(trimmed)) return;
    setValue('');
    if (dedupe.current.accept(trimmed, Date.now())) onScan(trimmed);
    input.current?.focus();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      submit(e.currentTarget.value);
    }
  };
  const shownProblem = error ?? (value ? problem?.(value) : null) ?? null;

  return (
    <div>
      <Group align="flex-end" gap="xs" wrap="nowrap">
        <TextInput
          ref={input}
          style={{ flex: 1 }}
          label={label}
          description={description}
          value={value}
          onChange={(e) => setValue(e.currentTarget.value)}
          onKeyDown={onKeyDown}
          error={shownProblem}
          autoFocus
          autoComplete="off"
          spellCheck={false}
          disabled={disabled}
          data-testid={testId}
          size="md"
        />
        <Tooltip label={t('scan.camera')}>
          <ActionIcon
            variant="light"
            size="lg"
            aria-label={t('scan.camera')}
            onClick={() => setCamera((c) => !c)}
            mb={shownProblem ? 22 : 2}
          >
            <svg
              aria-hidden
              width="18"
              height="18"
              viewBox="0 0 24 24"
              fill="none"
              stroke="currentColor"
              strokeWidth="2"
              strokeLinecap="round"
              strokeLinejoin="round"
            >
              <path d="M4 7h3l2-3h6l2 3h3a1 1 0 0 1 1 1v11a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V8a1 1 0 0 1 1-1z" />
              <circle cx="12" cy="13" r="4" />
            </svg>
          </ActionIcon>
        </Tooltip>
      </Group>
      {camera && (
        <Suspense fallback={<div>{t('scan.cameraLoading')}</div>}>
          <CameraScanner
            onResult={(code) => {
              setCamera(false);
              submit(code);
            }}
            onClose={() => setCamera(false)}
          />
        </Suspense>
      )}
    </div>
  );
}
