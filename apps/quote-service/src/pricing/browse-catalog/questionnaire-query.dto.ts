import { ApiPropertyOptional } from '@nestjs/swagger';
import { PureQueryValidation } from '@tradein/service-runtime';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';

/** A BCP 47 language tag's shape (`fr`, `fr-CA`, `zh-Hant-TW`); which languages are published is decided after. */
export const LANGUAGE_TAG = /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/;

/** Validated once per query string (@PureQueryValidation): the widget's shoppers repeat a few queries. */
@PureQueryValidation()
export class QuestionnaireQueryDto {
  @ApiPropertyOptional({
    example: 'fr',
    pattern: LANGUAGE_TAG.source,
    maxLength: 35,
    description:
      'Language of the labels: en, fr, de, es, it or ja; a regional tag is served in its language (fr-CA → fr) and any other ' +
      'language in English. Without it, the Accept-Language header decides. The answer says which language it is in.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(35)
  @Matches(LANGUAGE_TAG, { message: 'lang must be a language tag such as fr or fr-CA' })
  lang?: string;
}
