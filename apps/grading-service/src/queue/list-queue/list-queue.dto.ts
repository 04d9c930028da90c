import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';

export class ListQueueQuery {
  /** Ops choose a site (all sites when absent); a grader's token decides theirs. */
  @IsOptional() @IsString() @Length(1, 64) siteId?: string;
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200) limit?: number;
}
