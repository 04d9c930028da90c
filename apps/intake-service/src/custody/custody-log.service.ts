import { Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
import { type CustodyAction } from './custody-actions';
import { CustodyRecord } from './custody-record.entity';

export interface CustodyEntry {
  tradeInId: string;
  deviceKey?: string | null;
  action: CustodyAction;
  actor: string;
  locationType?: CustodyRecord['locationType'];
  locationId?: string | null;
  boxId?: string | null;
  shipmentId?: string | null;
  at: Date;
  detail?: Record<string, unknown>;
}

/** Appends custody records inside the caller's transaction: a state change and its record commit together. */
@Injectable()
export class CustodyLog {
  async append(manager: EntityManager, entries: CustodyEntry | CustodyEntry[]): Promise<void> {
    const list = Array.isArray(entries) ? entries : [entries];
    if (!list.length) return;
    const repo = manager.getRepository(CustodyRecord);
    // save (not insert): the jsonb detail column does not fit insert()'s deep-partial typing; rows are new, so it inserts.
    await repo.save(
      list.map((e) =>
        repo.create({
          tradeInId: e.tradeInId,
          deviceKey: e.deviceKey ?? null,
          action: e.action,
          actor: e.actor,
          locationType: e.locationType ?? null,
          locationId: e.locationId ?? null,
          boxId: e.boxId ?? null,
          shipmentId: e.shipmentId ?? null,
          occurredAt: e.at,
          detail: e.detail ?? {},
        }),
      ),
    );
  }
}
