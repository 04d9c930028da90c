import { defineEvent } from '../../envelope/event-definition';
import { ShipmentScanPayload } from './shipment-scan.payload';

export class ShipmentLabelVoidedPayload extends ShipmentScanPayload {}

export const ShipmentLabelVoided = defineEvent({
  type: 'tradein.shipment.label-voided',
  version: 1,
  payload: ShipmentLabelVoidedPayload,
  producer: 'intake-service',
  description: 'An unused label was voided (ship-by passed or trade-in cancelled).',
});
