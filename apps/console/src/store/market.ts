import { MARKETS, type Market } from '../api/types';

/** The counter's market, chosen once per tab (a store trades in one country; the token does not say which). */
const KEY = 'console.market';

export function savedMarket(): Market {
  const m = sessionStorage.getItem(KEY);
  return (MARKETS as readonly string[]).includes(m ?? '') ? (m as Market) : 'FR';
}
export function saveMarket(m: Market): void {
  sessionStorage.setItem(KEY, m);
}
