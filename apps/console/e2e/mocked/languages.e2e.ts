import { expectAccessible } from '../support/axe';
import { expect, openAs, test } from '../support/fixtures';

const NEW_TRADE_IN: Record<string, string> = {
  en: 'New trade-in',
  fr: 'Nouvelle reprise',
  de: 'Neuer Ankauf',
  es: 'Nueva recompra',
  it: 'Nuova permuta',
  ja: '新規下取り',
};

test('every language: the store screen translated, html lang set, accessible; the choice stays for the tab', async ({ page, mock }) => {
  void mock;
  await openAs(page, 'store_staff', '/store/new');
  for (const [lang, title] of Object.entries(NEW_TRADE_IN)) {
    await page.getByTestId('language').selectOption(lang);
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(title);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.getByTestId('scan-device')).toHaveAccessibleName(new RegExp(lang === 'en' ? 'IMEI or serial number' : '.+'));
    await expectAccessible(page, `store in ${lang}`);
  }
  await page.getByTestId('language').selectOption('de');
  await page.reload();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Neuer Ankauf');
});
