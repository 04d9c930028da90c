import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { CTIA_COSMETIC_GRADES, type CtiaCosmeticGrade } from '@tradein/contracts';
import { STOCK_ITEM_STATUSES, type StockItemStatus } from '../stock-item.entity';

export class QueryStockQuery {
  @IsOptional() @IsString() @Length(1, 120) sku?: string;
  @IsOptional() @IsString() @Length(1, 40) marketplaceGrade?: string;
  @IsOptional() @IsIn(CTIA_COSMETIC_GRADES) cosmeticGrade?: CtiaCosmeticGrade;
  @IsOptional() @IsString() @Length(1, 64) siteId?: string;
  /** IN_STOCK (default, sellable) or REMOVED (taken out by a regrade to RECYCLE or QUARANTINE). */
  @IsOptional() @IsIn(STOCK_ITEM_STATUSES) status?: StockItemStatus;
  /** Only items whose grade was changed by a regrade after they entered stock. */
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  regraded?: boolean;
  /** Items in stock for at least / at most this many whole days. */
  @IsOptional() @Type(() => Number) @IsInt() @Min(0) @Max(3650) minAgeDays?: number;
  @IsOptional() @Type(() => Number) @IsInt() @Min(0) @Max(3650) maxAgeDays?: number;
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(500) limit?: number;
  @IsOptional() @Type(() => Number) @IsInt() @Min(0) offset?: number;
}
