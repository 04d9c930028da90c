import { Checkbox, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface DeviceLocks {
  activationLock: boolean;
  mdmEnrolled: boolean;
}

/** The two locks a device can arrive with, ticked at the dock and again at the grading bench. */
export function LockChecks<T extends DeviceLocks>({ locks, onChange }: { locks: T; onChange: (locks: T) => void }) {
  const { t } = useTranslation();
  return (
    <Group>
      <Checkbox
        label={t('locks.activationLock')}
        checked={locks.activationLock}
        onChange={(e) => onChange({ ...locks, activationLock: e.currentTarget.checked })}
      />
      <Checkbox
        label={t('locks.mdm')}
        checked={locks.mdmEnrolled}
        onChange={(e) => onChange({ ...locks, mdmEnrolled: e.currentTarget.checked })}
      />
    </Group>
  );
}
