import { Type } from 'class-transformer';
import { IsString, Length, ValidateNested } from 'class-validator';

/** The marketplace grade (buyer-facing, cosmetic only) for each CTIA cosmetic grade. */
export class MarketplaceGradesDto {
  @IsString() @Length(1, 40) A: string;
  @IsString() @Length(1, 40) B: string;
  @IsString() @Length(1, 40) C: string;
  @IsString() @Length(1, 40) D: string;
  @IsString() @Length(1, 40) E: string;
}

export class PublishMappingDto {
  @ValidateNested() @Type(() => MarketplaceGradesDto) grades: MarketplaceGradesDto;
}
