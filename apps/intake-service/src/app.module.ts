import { Module, type Type } from '@nestjs/common';
import { EvidenceModule } from '@tradein/evidence';
import { type Clock, ServiceCoreModule } from '@tradein/service-runtime';
import { IntakeConfig } from './config/intake.config';
import { INTAKE_ENTITIES } from './intake.entities';
import { INTAKE_MIGRATIONS } from './migrations';
import { StoreBoxesController } from './boxes/pack-and-ship/store-boxes.controller';
import { StoreBoxesService } from './boxes/pack-and-ship/store-boxes.service';
import { SiteBoxesController } from './boxes/receive-at-site/site-boxes.controller';
import { SiteBoxesService } from './boxes/receive-at-site/site-boxes.service';
import { CustodyClosing } from './custody/close-custody/custody-closing.service';
import { OfferFinalizedHandler } from './custody/close-custody/offer-finalized.handler';
import { CustodyLog } from './custody/custody-log.service';
import { CustodyController } from './custody/get-custody/custody.controller';
import { DEVICE_STATUS_PROVIDER } from './device-status/device-status-provider';
import { BlockListController } from './device-status/maintain-block-list/block-list.controller';
import { LocalDeviceRegistry } from './device-status/local-device-registry.service';
import { DockReceiptController } from './dock-receipt/dock-receipt.controller';
import { DockReceiptService } from './dock-receipt/dock-receipt.service';
import { ReleaseHoldController } from './holds/release-hold/release-hold.controller';
import { IdentityChecks } from './receipts/identity-checks.service';
import { TacModelsController } from './identity/maintain-tac-table/tac-models.controller';
import { TacDirectory } from './identity/tac-directory.service';
import { ReceiptRecorder } from './receipts/receipt-recorder.service';
import { OfferDeclinedHandler } from './returns/ship-return/offer-declined.handler';
import { ReturnShipments } from './returns/ship-return/return-shipments.service';
import { OpsQueuesController } from './ops-queues/ops-queues.controller';
import { RetryLabelRequestController } from './ops-queues/retry-label-request.controller';
import { carrierProvider } from './shipments/carrier/carrier.provider';
import { CarrierEventsController } from './shipments/carrier-events/carrier-events.controller';
import { CarrierEventsService } from './shipments/carrier-events/carrier-events.service';
import { QuoteAcceptedHandler } from './shipments/issue-label/quote-accepted.handler';
import { LabelController } from './labels/get-label/label.controller';
import { SandboxScanController } from './shipments/sandbox-scan/sandbox-scan.controller';
import { LabelRequests } from './shipments/label-worker/label-requests.service';
import { LabelWorker } from './shipments/label-worker/label-worker';
import { ShipmentLabels } from './shipments/shipment-labels.service';
import { TradeInClosedHandler } from './shipments/void-label/trade-in-closed.handler';
import { StoreIntakeController } from './store-intake/store-intake.controller';
import { StoreIntakeService } from './store-intake/store-intake.service';

/** intake-service: labels and tracking, dock receipt, store intake, identity checks, boxes, custody and returns. */
export function appModule(config: IntakeConfig, clock?: Clock): Type<unknown> {
  @Module({
    imports: [
      ServiceCoreModule.forRoot({
        serviceName: 'intake-service',
        config,
        configClass: IntakeConfig,
        entities: INTAKE_ENTITIES,
        migrations: INTAKE_MIGRATIONS,
        clock,
      }),
      EvidenceModule.forRoot(config),
    ],
    controllers: [
      CarrierEventsController,
      DockReceiptController,
      StoreIntakeController,
      CustodyController,
      BlockListController,
      TacModelsController,
      StoreBoxesController,
      SiteBoxesController,
      ReleaseHoldController,
      OpsQueuesController,
      RetryLabelRequestController,
      LabelController,
      SandboxScanController,
      // Event handlers (@OnEvent): controllers of the Kafka event transport.
      QuoteAcceptedHandler,
      TradeInClosedHandler,
      OfferDeclinedHandler,
      OfferFinalizedHandler,
    ],
    providers: [
      carrierProvider,
      CustodyLog,
      ShipmentLabels,
      TacDirectory,
      IdentityChecks,
      ReceiptRecorder,
      { provide: DEVICE_STATUS_PROVIDER, useExisting: LocalDeviceRegistry },
      LocalDeviceRegistry,
      CarrierEventsService,
      DockReceiptService,
      StoreIntakeService,
      StoreBoxesService,
      SiteBoxesService,
      ReturnShipments,
      CustodyClosing,
      LabelRequests,
      LabelWorker,
    ],
  })
  class IntakeAppModule {}
  return IntakeAppModule;
}
