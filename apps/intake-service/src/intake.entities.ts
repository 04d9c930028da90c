import { EvidenceObject } from '@tradein/evidence';
import { BoxDiscrepancy } from './boxes/box-discrepancy.entity';
import { BoxItem } from './boxes/box-item.entity';
import { Box } from './boxes/box.entity';
import { CustodyRecord } from './custody/custody-record.entity';
import { DeviceStatusAudit } from './device-status/device-status-audit.entity';
import { DeviceStatusEntry } from './device-status/device-status-entry.entity';
import { TacModel } from './identity/tac-model.entity';
import { DeviceReceipt } from './intake-cases/device-receipt.entity';
import { IntakeCase } from './intake-cases/intake-case.entity';
import { TradeInClosure } from './intake-cases/trade-in-closure.entity';
import { CarrierEvent } from './shipments/carrier-event.entity';
import { CarrierLabelRequest } from './shipments/label-request.entity';
import { Shipment } from './shipments/shipment.entity';
import { StoreCheck } from './intake-cases/store-check.entity';

export const INTAKE_ENTITIES = [
  IntakeCase,
  TradeInClosure,
  DeviceReceipt,
  StoreCheck,
  Shipment,
  CarrierEvent,
  CustodyRecord,
  TacModel,
  DeviceStatusEntry,
  DeviceStatusAudit,
  Box,
  BoxItem,
  BoxDiscrepancy,
  CarrierLabelRequest,
  EvidenceObject,
];
