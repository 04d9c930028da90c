import { readFileSync } from 'node:fs';
import { PlatformClient, TradeInFlows, imeiFor } from '../platform-client';
import { DEMO_DEVICES } from '../start/demo-fixtures';
import { type WidgetE2eState } from './e2e-state';

/**
 * Drives a widget-accepted mail-in trade-in of a demo phone to a revised offer through the services' public
 * APIs, as the carrier, the dock and a grader would: shipped, received with an IMEI of the model's TAC,
 * graded with a cracked screen (CTIA D). Prints the trade-in once quote-service has sent the revised offer.
 * Usage: drive-revised.ts <state.json> <tradeInId> <modelId>
 */
async function main(statePath: string, tradeInId: string, modelId: string): Promise<void> {
  const s = JSON.parse(readFileSync(statePath, 'utf8')) as WidgetE2eState;
  const urls: Record<string, string> = { 'quote-service': s.urls.quote, 'intake-service': s.urls.intake, 'grading-service': s.urls.grading, 'payout-service': s.urls.payout };
  const client = new PlatformClient((svc) => urls[svc] as string);
  const f = new TradeInFlows(client, { ops: s.ops, grader: s.grader, apiKey: s.apiKey }, { timeoutMs: 60_000, intervalMs: 300 });
  const device = DEMO_DEVICES.find((d) => d.modelId === modelId);
  if (!device) throw new Error(`${modelId} is not a demo phone with a TAC`);
  const imei = imeiFor(device.tac, 100_000 + Math.floor(Math.random() * 800_000));
  const trackingNumber = await f.shipToSite(tradeInId);
  const receipt = await f.dockReceipt(trackingNumber, { imei });
  if (receipt.outcome !== 'RECEIVED') throw new Error(`dock receipt: ${JSON.stringify(receipt)}`);
  await f.stateOf(tradeInId, 'RECEIVED');
  await f.grade(tradeInId, { cosmeticGrade: 'D', defects: [{ code: 'DISPLAY_COVER_CRACKED' }], battery: 91, imei });
  const t = await f.stateOf(tradeInId, 'COUNTER_OFFERED', 'FINALIZED');
  console.log(JSON.stringify(t));
}

const [statePath, tradeInId, modelId] = process.argv.slice(2);
main(statePath ?? '', tradeInId ?? '', modelId ?? 'apple-iphone-13').catch((err: unknown) => {
  console.error(err instanceof Error ? err.stack : String(err));
  process.exit(1);
});
