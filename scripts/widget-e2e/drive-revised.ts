import { type PlatformClient, type TradeInView, TradeInFlows, imeiFor } from '../platform-client';
import { DEMO_DEVICES } from '../start/demo-fixtures';

export interface DriveActors {
  ops: string;
  grader: string;
  apiKey: string;
}

/**
 * Drives a widget-accepted mail-in trade-in of a demo phone to a revised offer through the services' public
 * APIs, as the carrier, the dock and a grader would: shipped, received with an IMEI of the model's TAC,
 * graded with a cracked screen (CTIA D). Resolves once quote-service has decided the offer.
 */
export async function driveToRevisedOffer(
  client: PlatformClient,
  actors: DriveActors,
  tradeInId: string,
  modelId: string,
): Promise<TradeInView> {
  const f = new TradeInFlows(client, actors, { timeoutMs: 60_000, intervalMs: 300 });
  const device = DEMO_DEVICES.find((d) => d.modelId === modelId);
  if (!device) throw new Error(`${modelId} is not a demo phone with a TAC`);
  const imei = imeiFor(device.tac, 100_000 + Math.floor(Math.random() * 800_000));
  const trackingNumber = await f.shipToSite(tradeInId);
  const receipt = await f.dockReceipt(trackingNumber, { imei });
  if (receipt.outcome !== 'RECEIVED') throw new Error(`dock receipt: ${JSON.stringify(receipt)}`);
  await f.stateOf(tradeInId, 'RECEIVED');
  await f.grade(tradeInId, { cosmeticGrade: 'D', defects: [{ code: 'DISPLAY_COVER_CRACKED' }], battery: 91, imei });
  return f.stateOf(tradeInId, 'COUNTER_OFFERED', 'FINALIZED');
}
