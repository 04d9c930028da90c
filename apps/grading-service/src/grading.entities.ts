import { EvidenceObject, EvidenceObjects1764900000000 } from '@tradein/evidence';
import { Appeal } from './appeals/appeal.entity';
import { DeviceRecord } from './devices/device-record.entity';
import { ErasureCertificate } from './erasure/erasure-certificate.entity';
import { Grade } from './grades/grade.entity';
import { MarketplaceGradeMappingRecord } from './grading-scales/marketplace-grade-mapping.entity';
import { Inspection } from './inspection/inspection.entity';
import { GradingSchema1764151000000 } from './migrations/1764151000000-grading-schema';
import { JobReason1764152000000 } from './migrations/1764152000000-job-reason';
import { StockRegrade1764153000000 } from './migrations/1764153000000-stock-regrade';
import { GradingJob } from './queue/grading-job.entity';
import { StockItemHistory } from './stock/stock-item-history.entity';
import { StockItem } from './stock/stock-item.entity';

export const GRADING_ENTITIES = [
  DeviceRecord,
  GradingJob,
  Inspection,
  ErasureCertificate,
  Grade,
  Appeal,
  MarketplaceGradeMappingRecord,
  StockItem,
  StockItemHistory,
  EvidenceObject,
];

/** Listed explicitly, oldest first (synchronize is off). */
export const GRADING_MIGRATIONS = [
  GradingSchema1764151000000,
  JobReason1764152000000,
  StockRegrade1764153000000,
  EvidenceObjects1764900000000,
];
