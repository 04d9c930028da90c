import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../i18n';

export function LanguagePicker() {
  const { t, i18n } = useTranslation();
  return (
    <NativeSelect
      aria-label={t('app.language')}
      size="xs"
      value={i18n.language}
      onChange={(e) => void i18n.changeLanguage(e.currentTarget.value)}
      data={Object.entries(LANGUAGES).map(([value, label]) => ({ value, label }))}
      data-testid="language"
    />
  );
}
