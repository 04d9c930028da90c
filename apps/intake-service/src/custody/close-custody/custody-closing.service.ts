import { Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
import { IntakeCase } from '../../intake-cases/intake-case.entity';
import { canMove } from '../../intake-cases/intake-status';
import { CustodyLog } from '../custody-log.service';

/**
 * Intake's custody of a device ends when its offer is finalized and it sits at a grading site: it is then
 * grading's stock. Closing matters beyond bookkeeping: a refurbished device is resold and may be traded in
 * again by its next owner, which must not be flagged as a duplicate of this trade-in.
 */
@Injectable()
export class CustodyClosing {
  constructor(private readonly custody: CustodyLog) {}

  async closeIfDone(manager: EntityManager, c: IntakeCase, at: Date): Promise<boolean> {
    if (!c.finalizedAt || c.locationType !== 'SITE' || !canMove(c.status, 'CLOSED')) return false;
    c.status = 'CLOSED';
    await manager.getRepository(IntakeCase).save(c);
    await this.custody.append(manager, {
      tradeInId: c.tradeInId,
      deviceKey: c.deviceKey,
      action: 'CUSTODY_CLOSED',
      actor: 'system',
      locationType: 'SITE',
      locationId: c.locationId,
      at,
      detail: { finalizedAt: c.finalizedAt.toISOString() },
    });
    return true;
  }
}
