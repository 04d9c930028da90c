import { type DemoDevice } from '../start/demo-fixtures';
import { type StoreActor, type TradeInFlows } from '../platform-client';
import { type Scenario } from './scenarios';

/** One trade-in the demo drives: its scenario, device, and what became of it. */
export interface Tracked {
  no: number;
  scenario: Scenario;
  device: DemoDevice;
  imei: string;
  /** Distinct per trade-in and per run (IMEI serials, seller e-mails, bank accounts). */
  serial: number;
  tradeInId?: string;
  state?: string;
  error?: string;
}

export interface DemoActors {
  f: TradeInFlows;
  store: StoreActor;
  siteId: string;
  progress(t: Tracked, what: string): void;
}

/** Any currency code: the ledger and summaries group by the code as the services answer it. */
export function money(m: { amountMinor: string; currency: string } | undefined | null): string {
  if (!m) return '-';
  const digits = m.currency === 'JPY' ? 0 : 2;
  const minor = BigInt(m.amountMinor);
  const sign = minor < 0n ? '-' : '';
  const abs = minor < 0n ? -minor : minor;
  if (digits === 0) return `${sign}${abs} ${m.currency}`;
  return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, '0')} ${m.currency}`;
}

export function customerEmail(t: Tracked): string {
  return `seller.${t.serial}.${t.no}@demo.example.com`;
}
