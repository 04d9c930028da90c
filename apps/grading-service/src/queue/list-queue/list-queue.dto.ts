import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { PureQueryValidation } from '@tradein/service-runtime';

/** Validated once per query string (@PureQueryValidation): graders' consoles poll the queue with the same query. */
@PureQueryValidation()
export class ListQueueQuery {
  /** Ops choose a site (all sites when absent); a grader's token decides theirs. */
  @IsOptional() @IsString() @Length(1, 64) siteId?: string;
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200) limit?: number;
}
