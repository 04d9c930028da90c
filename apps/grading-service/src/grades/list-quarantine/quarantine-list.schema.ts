import { ApiProperty } from '@nestjs/swagger';

/** GET /v1/quarantine (list-quarantine.controller.ts): devices held, oldest first. */
class QuarantinedDeviceSchema {
  @ApiProperty() tradeInId: string;
  @ApiProperty({ example: 'SITE-1' }) siteId: string;
  @ApiProperty({ type: [String], example: ['ACTIVATION_LOCK'] }) reasons: string[];
  @ApiProperty({ format: 'date-time' }) gradedAt: string;
  @ApiProperty() technicianId: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'An open reinspection job.' }) reinspectionJobId: string | null;
}

export class QuarantineListSchema {
  @ApiProperty({ type: [QuarantinedDeviceSchema] }) devices: QuarantinedDeviceSchema[];
}
