import { Injectable } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';
import { type DeviceStatusProvider, type DeviceStatusResult, statusOf } from './device-status-provider';
import { DeviceStatusEntry } from './device-status-entry.entity';

/** The block list ops maintain in intake's own database. */
@Injectable()
export class LocalDeviceRegistry implements DeviceStatusProvider {
  constructor(private readonly dataSource: DataSource) {}

  async check(deviceKey: string): Promise<DeviceStatusResult> {
    const active = await this.dataSource.getRepository(DeviceStatusEntry).find({ where: { deviceKey, removedAt: IsNull() } });
    const reasons = [...new Set(active.map((e) => e.status))].sort();
    return { status: statusOf(reasons), reasons };
  }
}
