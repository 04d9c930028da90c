import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { BOX_STATUSES, type BoxStatus } from '../box-rules';
import { PureQueryValidation } from '@tradein/service-runtime';

/** Validated once per query string (@PureQueryValidation): store consoles poll their boxes with the same query. */
@PureQueryValidation()
export class StoreBoxesQuery {
  /** Only boxes in this state (e.g. OPEN: the ones still being packed). */
  @IsOptional() @IsIn(BOX_STATUSES) status?: BoxStatus;
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200) limit?: number;
  @IsOptional() @Type(() => Number) @IsInt() @Min(0) @Max(100_000) offset?: number;
}
