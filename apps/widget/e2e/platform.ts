import { readFileSync } from 'node:fs';
import { type Locator, type Page, expect } from '@playwright/test';

/** The platform 40-widget.sh started (scripts/widget-e2e/platform-cli.ts wrote this file). */
export interface E2eState {
  shopUrl: string;
  controlUrl: string;
  urls: { quote: string; intake: string; grading: string; payout: string };
  partnerId: string;
  apiKey: string;
  ops: string;
  grader: string;
  expiredSession: string;
}

export function state(): E2eState {
  const path = process.env['WIDGET_E2E_STATE'];
  if (!path) throw new Error('WIDGET_E2E_STATE is not set: run scripts/tiers/run/40-widget.sh');
  return JSON.parse(readFileSync(path, 'utf8')) as E2eState;
}

/** Page events the shop recorded (window.tradeinEvents). */
export interface HostEvent {
  type: string;
  detail: Record<string, unknown> & { amount?: { amountMinor: string; currency: string } };
}

export const hostEvents = (page: Page): Promise<HostEvent[]> =>
  page.evaluate(() => (window as unknown as { tradeinEvents: HostEvent[] }).tradeinEvents);

/** The widget element; Playwright's locators pierce its open shadow root. */
export const widget = (page: Page): Locator => page.locator('tradein-widget');

export interface FlowOptions {
  search: string;
  model: RegExp;
  variant?: RegExp;
  /** Labels of the options to pick, one per question (the best condition when omitted). */
  name: string;
  email: string;
  payout?: RegExp;
  autoAcceptPercent?: number;
  labels: { search: RegExp; searchButton: RegExp; getOffer: RegExp; acceptOffer: RegExp; name: RegExp; email: RegExp; confirm: RegExp };
}

/** Find the device, answer every question with its first (best) option, see the offer. */
export async function quoteThroughWidget(page: Page, o: FlowOptions): Promise<void> {
  const w = widget(page);
  await w.getByLabel(o.labels.search).fill(o.search);
  await w.getByRole('button', { name: o.labels.searchButton }).click();
  await w.getByRole('button', { name: o.model }).first().click();
  await w
    .getByRole('button', { name: o.variant ?? /./ })
    .first()
    .click();
  const groups = w.getByRole('group');
  await expect(groups.first()).toBeVisible();
  for (const group of await groups.all()) await group.getByRole('radio').first().check();
  await w.getByRole('button', { name: o.labels.getOffer }).click();
}

/** From the offer: the customer's details, payout method and revised-offer policy, then confirm. */
export async function acceptThroughWidget(page: Page, o: FlowOptions): Promise<void> {
  const w = widget(page);
  await w.getByRole('button', { name: o.labels.acceptOffer }).click();
  await w.getByLabel(o.labels.name).fill(o.name);
  await w.getByLabel(o.labels.email).fill(o.email);
  if (o.payout) await w.getByRole('radio', { name: o.payout }).check();
  await w.getByRole('button', { name: o.labels.confirm }).click();
}

export const EN = {
  search: /search for your device/i,
  searchButton: /^search$/i,
  getOffer: /see my offer/i,
  acceptOffer: /accept this offer/i,
  name: /full name/i,
  email: /e-mail/i,
  confirm: /confirm the trade-in/i,
};
