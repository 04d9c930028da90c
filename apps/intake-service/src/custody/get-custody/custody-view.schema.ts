import { ApiProperty } from '@nestjs/swagger';
import { type CustodyView } from './custody.controller';

class CustodyLocationSchema {
  @ApiProperty({ example: 'SITE', description: 'STORE, SITE, CARRIER…' }) type: string;
  @ApiProperty({ type: String, nullable: true, example: 'SITE-1' }) id: string | null;
}

/** One custody record (CustodyView); `implements` keeps the two in step. */
export class CustodyRecordSchema implements CustodyView {
  @ApiProperty({ description: 'Order of the record (a number, as a string).', example: '42' }) seq: string;
  @ApiProperty() tradeInId: string;
  @ApiProperty({ type: String, nullable: true, example: 'IMEI:353908111025570' }) deviceKey: string | null;
  @ApiProperty({ example: 'LABEL_ISSUED' }) action: string;
  @ApiProperty({ example: 'system' }) actor: string;
  @ApiProperty({ type: CustodyLocationSchema, nullable: true }) location: CustodyLocationSchema | null;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) boxId: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) shipmentId: string | null;
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'What the action recorded (carrier, tracking number, …).',
    example: { carrier: 'SANDBOX' },
  })
  detail: Record<string, unknown>;
}

export class CustodyChainSchema {
  @ApiProperty({ type: [CustodyRecordSchema] }) records: CustodyRecordSchema[];
}
