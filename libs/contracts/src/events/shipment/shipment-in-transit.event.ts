import { defineEvent } from '../../envelope/event-definition';
import { ShipmentScanPayload } from './shipment-scan.payload';

export class ShipmentInTransitPayload extends ShipmentScanPayload {}

export const ShipmentInTransit = defineEvent({
  type: 'tradein.shipment.in-transit',
  version: 1,
  payload: ShipmentInTransitPayload,
  producer: 'intake-service',
  description: 'The carrier scanned the parcel on its way.',
});
