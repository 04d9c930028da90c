import { type EventDefinition, deadLetterTopicFor } from './envelope/event-definition';
import { OfferDeclined } from './events/offer/offer-declined.event';
import { OfferFinalized } from './events/offer/offer-finalized.event';
import { OfferRevised } from './events/offer/offer-revised.event';
import { QuoteAccepted } from './events/quote/quote-accepted.event';
import { QuoteCreated } from './events/quote/quote-created.event';
import { TradeInCancelled } from './events/trade-in/trade-in-cancelled.event';
import { TradeInExpired } from './events/trade-in/trade-in-expired.event';
import { ShipmentDelivered } from './events/shipment/shipment-delivered.event';
import { ShipmentException } from './events/shipment/shipment-exception.event';
import { ShipmentInTransit } from './events/shipment/shipment-in-transit.event';
import { ShipmentLabelIssued } from './events/shipment/shipment-label-issued.event';
import { ShipmentLabelVoided } from './events/shipment/shipment-label-voided.event';
import { DeviceQuarantined } from './events/device/device-quarantined.event';
import { DeviceReceived } from './events/device/device-received.event';
import { DeviceReleased } from './events/device/device-released.event';
import { DeviceSuspended } from './events/device/device-suspended.event';
import { StoreDeviceArrived } from './events/box/box-received.event';
import { ReturnDelivered } from './events/return/return-delivered.event';
import { ReturnShipped } from './events/return/return-shipped.event';
import { DeviceGraded } from './events/grading/device-graded.event';
import { StockAdded } from './events/grading/stock-added.event';
import { AppealRequested } from './events/grading/appeal-requested.event';
import { PayoutCompleted } from './events/payout/payout-completed.event';
import { PayoutFailed } from './events/payout/payout-failed.event';
import { PayoutHeld } from './events/payout/payout-held.event';

/**
 * The one registry of event types. Topics (infra), docs/events.md and consume-side validation are all
 * derived from this list, so adding an event here is the whole of publishing a new contract.
 */
export const EVENT_REGISTRY: readonly EventDefinition[] = Object.freeze([
  QuoteCreated,
  QuoteAccepted,
  TradeInExpired,
  TradeInCancelled,
  ShipmentLabelIssued,
  ShipmentInTransit,
  ShipmentDelivered,
  ShipmentException,
  ShipmentLabelVoided,
  DeviceReceived,
  DeviceQuarantined,
  DeviceSuspended,
  DeviceReleased,
  StoreDeviceArrived,
  DeviceGraded,
  AppealRequested,
  OfferFinalized,
  OfferRevised,
  OfferDeclined,
  ReturnShipped,
  ReturnDelivered,
  PayoutCompleted,
  PayoutFailed,
  PayoutHeld,
  StockAdded,
] as EventDefinition[]);

const byTopic = new Map(EVENT_REGISTRY.map((d) => [d.topic, d]));
const byTypeVersion = new Map(EVENT_REGISTRY.map((d) => [`${d.type}@${d.version}`, d]));

export function definitionForTopic(topic: string): EventDefinition | undefined {
  return byTopic.get(topic);
}

export function definitionFor(type: string, version: number): EventDefinition | undefined {
  return byTypeVersion.get(`${type}@${version}`);
}

/** Every topic the platform needs, dead-letter topics included. */
export function allTopics(): string[] {
  return EVENT_REGISTRY.flatMap((d) => [d.topic, deadLetterTopicFor(d.topic)]);
}
