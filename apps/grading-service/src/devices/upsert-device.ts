import { type EntityManager } from 'typeorm';
import { DeviceRecord } from './device-record.entity';

/**
 * Creates the device row if this is the first event seen for the trade-in, then applies `changes`.
 * The row is locked for the rest of the transaction, which serialises the handlers and the HTTP grade of
 * one device (stock release reads a consistent picture).
 */
export async function upsertDevice(manager: EntityManager, tradeInId: string, changes: Partial<DeviceRecord>): Promise<DeviceRecord> {
  await manager.query(`INSERT INTO devices (trade_in_id) VALUES ($1) ON CONFLICT DO NOTHING`, [tradeInId]);
  const repo = manager.getRepository(DeviceRecord);
  const device = await repo.findOneOrFail({ where: { tradeInId }, lock: { mode: 'pessimistic_write' } });
  const defined = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) as Partial<DeviceRecord>;
  if (Object.keys(defined).length) {
    Object.assign(device, defined);
    await repo.save(device);
  }
  return device;
}
