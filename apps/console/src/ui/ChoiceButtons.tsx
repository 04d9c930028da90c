import { Button, Group, Kbd } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useNumberKeys } from './useNumberKeys';

interface Props<T> {
  choices: T[];
  label: (choice: T) => string;
  onPick: (choice: T) => void;
  testId: string;
  selected?: T;
  autoFocus?: boolean;
}

/** One button per choice, numbered for the keyboard (1-9); the first takes focus so Enter works too. */
export function ChoiceButtons<T>({ choices, label, onPick, testId, selected, autoFocus = true }: Props<T>) {
  const first = useRef<HTMLButtonElement>(null);
  useNumberKeys(choices.length, (i) => {
    const choice = choices[i];
    if (choice !== undefined) onPick(choice);
  });
  useEffect(() => {
    if (autoFocus) first.current?.focus();
  }, [choices, autoFocus]);
  return (
    <Group gap="xs" data-testid={testId}>
      {choices.map((c, i) => (
        <Button
          key={i}
          ref={i === 0 ? first : undefined}
          variant={selected === c ? 'filled' : 'default'}
          onClick={() => onPick(c)}
          leftSection={i < 9 ? <Kbd size="xs">{i + 1}</Kbd> : undefined}
        >
          {label(c)}
        </Button>
      ))}
    </Group>
  );
}
