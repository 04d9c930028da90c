import { Inject, Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
import { assertStoreAccess, type Principal } from '@tradein/auth';
import { CLOCK, type Clock, ConflictError, InvalidFieldError, NotFoundError, UnprocessableError } from '@tradein/service-runtime';
import { readDevice } from '../identity/device-reading';
import { IdentityChecks } from '../receipts/identity-checks.service';
import { brandOfModelId } from '../identity/serial-number';
import { IntakeCase } from '../intake-cases/intake-case.entity';
import { ReceiptRecorder, type ReceiptOutcome } from '../receipts/receipt-recorder.service';
import { lockFlagsOf, validateGuidedChecks } from './guided-checks';
import { type StoreIntakeDto } from './store-intake.dto';

/**
 * Store intake, in the order the counter works: read the IMEI, confirm the model from its TAC against the
 * quote (the wrong model is picked in over 20 % of store trade-ins), then the mandatory guided checks, then
 * the block list. A problem the customer can fix on the spot is refused with nothing recorded.
 */
@Injectable()
export class StoreIntakeService {
  constructor(
    private readonly checks: IdentityChecks,
    private readonly recorder: ReceiptRecorder,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async intake(manager: EntityManager, principal: Principal, storeId: string, dto: StoreIntakeDto): Promise<ReceiptOutcome> {
    assertStoreAccess(principal, storeId);
    const c = await manager.getRepository(IntakeCase).findOne({ where: { tradeInId: dto.tradeInId }, lock: { mode: 'pessimistic_write' } });
    // Another store's trade-in answers as unknown: ids cannot be probed.
    if (!c || c.fulfilment !== 'STORE' || c.storeId !== storeId) throw new NotFoundError('trade-in', dto.tradeInId);
    if (c.status !== 'AWAITING_STORE_INTAKE')
      throw new ConflictError('NOT_RECEIVABLE', `trade-in ${c.tradeInId} is ${c.status}: it cannot be taken in`);

    const read = readDevice({ imei: dto.imei, serialNumber: dto.serialNumber }, c.category, brandOfModelId(c.modelId));
    if (!read.ok) throw new InvalidFieldError(read.field, read.message);
    const now = this.clock.now();
    // Model first: the identity decision reports a model mismatch before looking at any check result.
    const modelOnly = await this.checks.run(manager, c, {
      at: 'STORE',
      reading: read.reading,
      activationLock: false,
      mdmEnrolled: false,
      now,
    });
    if (modelOnly.verdict.kind === 'REFUSED') throw this.refusal(modelOnly.verdict);

    const guided = validateGuidedChecks(dto.checks);
    if (!guided.ok) throw new InvalidFieldError(guided.field, guided.message);
    const locks = lockFlagsOf(guided.results);
    const check = await this.checks.run(manager, c, { at: 'STORE', reading: read.reading, ...locks, now });
    if (check.verdict.kind === 'REFUSED') throw this.refusal(check.verdict);

    return this.recorder.record(manager, c, {
      point: 'STORE',
      location: { type: 'STORE', id: storeId },
      check,
      evidenceRefs: dto.evidenceRefs ?? [],
      performedBy: principal.subject,
      at: now,
      storeChecks: guided.results,
    });
  }

  private refusal(v: { code: string; field: string; message: string }): UnprocessableError {
    return new UnprocessableError(v.code, v.message, [{ field: v.field, reason: v.message }]);
  }
}
