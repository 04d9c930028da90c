import { type EntityManager } from 'typeorm';
import { Appeal } from '../../appeals/appeal.entity';
import { DeviceRecord } from '../../devices/device-record.entity';
import { Grade } from '../../grade-record/grade.entity';
import { type GradingJob } from '../../queue/grading-job.entity';

export interface GradeSummary {
  gradeId: string;
  technicianId: string;
  cosmeticGrade: string;
  functionalGrade: number;
  marketplaceGrade: string;
  disposition: string;
  defects: string[];
  failedChecks: string[];
  batteryHealthPercent: number | null;
  gradedAt: string;
}

export interface RegradeContext {
  appeal: { appealId: string; requestedBy: string; reason: string; requestedAt: string; status: string } | null;
  /** The grade under appeal: what the regrading technician compares against. */
  appealedGrade: GradeSummary | null;
  /** This job's own grade once given (for a regrade: the new grade beside the appealed one). */
  result: GradeSummary | null;
}

/**
 * What a technician sees on a regrade beside the checklist: the appeal's reason, the grade it disputes and,
 * once graded, the new result. The appealed grade is the one this job's grade supersedes, or while the job is
 * open, the device's current grade. An initial job has only its result.
 */
export async function regradeContext(m: EntityManager, job: GradingJob): Promise<RegradeContext> {
  const grades = m.getRepository(Grade);
  const result = job.gradeId ? await grades.findOneBy({ id: job.gradeId }) : null;
  if (job.kind !== 'REGRADE') return { appeal: null, appealedGrade: null, result: result ? summary(result) : null };
  const appeal = job.appealId ? await m.getRepository(Appeal).findOneBy({ appealId: job.appealId }) : null;
  let appealedId = result?.supersedesGradeId ?? null;
  if (!result) appealedId = (await m.getRepository(DeviceRecord).findOneBy({ tradeInId: job.tradeInId }))?.currentGradeId ?? null;
  const appealed = appealedId ? await grades.findOneBy({ id: appealedId }) : null;
  return {
    appeal: appeal
      ? {
          appealId: appeal.appealId,
          requestedBy: appeal.requestedBy,
          reason: appeal.reason,
          requestedAt: appeal.requestedAt.toISOString(),
          status: appeal.status,
        }
      : null,
    appealedGrade: appealed ? summary(appealed) : null,
    result: result ? summary(result) : null,
  };
}

function summary(g: Grade): GradeSummary {
  return {
    gradeId: g.id,
    technicianId: g.technicianId,
    cosmeticGrade: g.cosmeticGrade,
    functionalGrade: g.functionalGrade,
    marketplaceGrade: g.marketplaceGrade,
    disposition: g.disposition,
    defects: g.defects.map((d) => d.code),
    failedChecks: g.failedChecks.map((f) => f.code),
    batteryHealthPercent: g.batteryHealthPercent,
    gradedAt: g.gradedAt.toISOString(),
  };
}
