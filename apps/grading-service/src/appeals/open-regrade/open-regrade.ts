import { type EntityManager } from 'typeorm';
import { DeviceRecord } from '../../devices/device-record.entity';
import { Grade } from '../../grade-record/grade.entity';
import { openJob } from '../../queue/open-job/open-job';
import { Appeal } from '../appeal.entity';

/**
 * Opens the regrade job for the device's waiting appeals, at the site that graded it, closed to every
 * technician who has graded it before: an appeal gets a second opinion, never the same grader again.
 * Appeals that arrive before the device has a grade wait (PENDING) and are opened by the first grade.
 */
export async function openRegradeForPendingAppeals(
  manager: EntityManager,
  tradeInId: string,
  inspectionHours: number,
  now: Date,
): Promise<string | null> {
  const pending = await manager.getRepository(Appeal).find({ where: { tradeInId, status: 'PENDING' }, order: { requestedAt: 'ASC' } });
  if (!pending.length) return null;
  const device = await manager.getRepository(DeviceRecord).findOneBy({ tradeInId });
  const current = device?.currentGradeId ? await manager.getRepository(Grade).findOneBy({ id: device.currentGradeId }) : null;
  if (!current) return null;
  const graders: Array<{ technician_id: string }> = await manager.query(
    `SELECT DISTINCT technician_id FROM grades WHERE trade_in_id = $1`,
    [tradeInId],
  );
  const { jobId } = await openJob(manager, {
    tradeInId,
    siteId: current.siteId,
    openedAt: now,
    inspectionHours,
    kind: 'REGRADE',
    excludedTechnicians: graders.map((g) => g.technician_id),
    appealId: pending[0]?.appealId ?? null,
    // The appeal reason may use the whole 1000 characters the contract allows; the prefix must not overflow the column.
    reason: pending[0] ? `appeal (${pending[0].requestedBy}): ${pending[0].reason}`.slice(0, 1000) : null,
  });
  await manager.getRepository(Appeal).update(
    pending.map((a) => a.appealId),
    { status: 'OPEN', jobId },
  );
  return jobId;
}
