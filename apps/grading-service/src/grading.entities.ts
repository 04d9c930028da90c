import { EvidenceObject } from '@tradein/evidence';
import { Appeal } from './appeals/appeal.entity';
import { DeviceRecord } from './devices/device-record.entity';
import { ErasureCertificate } from './erasure/erasure-certificate.entity';
import { Grade } from './grade-record/grade.entity';
import { MarketplaceGradeMappingRecord } from './grading-scales/marketplace-grade-mapping.entity';
import { Inspection } from './inspection/inspection.entity';
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
