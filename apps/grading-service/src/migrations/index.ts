import { EvidenceObjects1764900000000 } from '@tradein/evidence';
import { GradingSchema1764151000000 } from './1764151000000-grading-schema';
import { JobReason1764152000000 } from './1764152000000-job-reason';
import { StockRegrade1764153000000 } from './1764153000000-stock-regrade';

/** Listed explicitly, oldest first (synchronize is off). */
export const GRADING_MIGRATIONS = [
  GradingSchema1764151000000,
  JobReason1764152000000,
  StockRegrade1764153000000,
  EvidenceObjects1764900000000,
];
