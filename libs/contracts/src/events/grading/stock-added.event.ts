import { IsArray, IsIn, IsString, Length } from 'class-validator';
import { defineEvent } from '../../envelope/event-definition';
import { DISPOSITIONS, type Disposition } from '../../shared/enums';

export class StockAddedPayload {
  @IsString() @Length(1, 64) stockItemId!: string;
  @IsString() @Length(1, 120) sku!: string;
  @IsString() @Length(1, 64) siteId!: string;
  @IsIn(DISPOSITIONS) disposition!: Disposition;
  @IsArray() @IsString({ each: true }) partsNeeded!: string[];
  @IsString() @Length(1, 40) marketplaceGrade!: string;
}

export const StockAdded = defineEvent({
  type: 'tradein.stock.added',
  version: 1,
  payload: StockAddedPayload,
  producer: 'grading-service',
  description: 'The device entered refurbishable stock with its SKU, site, disposition and parts needed.',
});
