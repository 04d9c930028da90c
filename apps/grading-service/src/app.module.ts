import { Module, type Type } from '@nestjs/common';
import { EvidenceModule } from '@tradein/evidence';
import { type Clock, ServiceCoreModule } from '@tradein/service-runtime';
import { AppealRequestedHandler } from './appeals/open-regrade/appeal-requested.handler';
import { GradingConfig } from './config/grading.config';
import { GRADING_MIGRATIONS } from './migrations';
import { QuoteAcceptedHandler } from './devices/record-declared-condition/quote-accepted.handler';
import { DeviceReceivedHandler } from './queue/open-job/device-received.handler';
import { RecordErasureController } from './erasure/record-erasure/record-erasure.controller';
import { RecordErasureService } from './erasure/record-erasure/record-erasure.service';
import { CompleteGradeController } from './grades/complete-grade/complete-grade.controller';
import { CompleteGradeService } from './grades/complete-grade/complete-grade.service';
import { ListQuarantineController } from './grades/list-quarantine/list-quarantine.controller';
import { PassportController } from './grades/passport/passport.controller';
import { ReinspectController } from './grades/reinspect/reinspect.controller';
import { GRADING_ENTITIES } from './grading.entities';
import { PublishMappingController } from './grading-scales/publish-mapping/publish-mapping.controller';
import { GetChecklistController } from './inspection/get-checklist/get-checklist.controller';
import { SubmitInspectionController } from './inspection/submit-inspection/submit-inspection.controller';
import { SubmitInspectionService } from './inspection/submit-inspection/submit-inspection.service';
import { RegradeDisagreementController } from './quality/regrade-disagreement/regrade-disagreement.controller';
import { StoreAccuracyController } from './quality/store-accuracy/store-accuracy.controller';
import { TechnicianThroughputController } from './quality/technician-throughput/technician-throughput.controller';
import { ClaimJobController } from './queue/claim-job/claim-job.controller';
import { ClaimJobService } from './queue/claim-job/claim-job.service';
import { ClaimNextController } from './queue/claim-next/claim-next.controller';
import { ClaimNextService } from './queue/claim-next/claim-next.service';
import { JobAccess } from './queue/job-access.service';
import { JobDetailController } from './grades/job-detail/job-detail.controller';
import { ListQueueController } from './queue/list-queue/list-queue.controller';
import { StoreDeviceArrivedHandler } from './queue/open-job/store-device-arrived.handler';
import { ReleaseJobController } from './queue/release-job/release-job.controller';
import { OfferDeclinedHandler } from './stock/release-to-stock/offer-declined.handler';
import { OfferFinalizedHandler } from './stock/release-to-stock/offer-finalized.handler';
import { QueryStockController } from './stock/query-stock/query-stock.controller';

/** grading-service: the queue with claims, inspections and grades, erasure, disposition, appeals and stock. */
export function appModule(config: GradingConfig, clock?: Clock): Type<unknown> {
  @Module({
    imports: [
      ServiceCoreModule.forRoot({
        serviceName: 'grading-service',
        config,
        configClass: GradingConfig,
        entities: GRADING_ENTITIES,
        migrations: GRADING_MIGRATIONS,
        clock,
      }),
      EvidenceModule.forRoot(config),
    ],
    controllers: [
      ListQueueController,
      ClaimNextController,
      JobDetailController,
      ClaimJobController,
      ReleaseJobController,
      GetChecklistController,
      SubmitInspectionController,
      RecordErasureController,
      CompleteGradeController,
      PassportController,
      ReinspectController,
      ListQuarantineController,
      PublishMappingController,
      QueryStockController,
      TechnicianThroughputController,
      RegradeDisagreementController,
      StoreAccuracyController,
      // Event handlers (@OnEvent): controllers of the Kafka event transport.
      DeviceReceivedHandler,
      StoreDeviceArrivedHandler,
      QuoteAcceptedHandler,
      AppealRequestedHandler,
      OfferFinalizedHandler,
      OfferDeclinedHandler,
    ],
    providers: [JobAccess, ClaimJobService, ClaimNextService, SubmitInspectionService, RecordErasureService, CompleteGradeService],
  })
  class GradingAppModule {}
  return GradingAppModule;
}
