import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { DEVICE_CATEGORIES } from '@tradein/contracts';
import { MoneySchema } from '@tradein/service-runtime';
import { QUESTIONNAIRE_LANGUAGES } from '../../catalog/questionnaires/labels/questionnaire-languages';

/** The documented shapes of the catalog answers (catalog.controller.ts), read by partners, the console and the widget. */
export class CategorySummarySchema {
  @ApiProperty({ enum: DEVICE_CATEGORIES, enumName: 'DeviceCategory' }) category: string;
  @ApiProperty({ type: 'integer', minimum: 1 }) questionnaireVersion: number;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Models in the catalog.' }) models: number;
}

class QuestionOptionSchema {
  @ApiProperty({ example: 'flawless' }) code: string;
  @ApiProperty({ example: 'No visible scratch' }) label: string;
}

class QuestionSchema {
  @ApiProperty({ example: 'screen' }) code: string;
  @ApiProperty({ example: 'Screen condition' }) label: string;
  @ApiProperty({ type: [QuestionOptionSchema], description: 'From best to worst condition.' }) options: QuestionOptionSchema[];
}

export class QuestionnaireSchema {
  @ApiProperty({ enum: DEVICE_CATEGORIES, enumName: 'DeviceCategory' }) category: string;
  @ApiProperty({ type: 'integer', minimum: 1 }) version: number;
  @ApiProperty({ enum: QUESTIONNAIRE_LANGUAGES, example: 'fr', description: 'The language of the labels (codes never change).' })
  language: string;
  @ApiProperty({ type: [QuestionSchema] }) questions: QuestionSchema[];
}

class VariantSchema {
  @ApiProperty({ example: '128gb' }) id: string;
  @ApiPropertyOptional({ type: 'integer', example: 128 }) storageGb?: number;
  @ApiPropertyOptional({ enum: ['wifi', 'cellular', 'gps', 'gps-cellular'] }) connectivity?: string;
  @ApiPropertyOptional({ example: 'disc' }) edition?: string;
  @ApiPropertyOptional({
    type: MoneySchema,
    nullable: true,
    description: 'With `market` only: the top-condition price in the current price table (null when the table has no row).',
  })
  price?: MoneySchema | null;
}

export class CatalogModelSchema {
  @ApiProperty({ example: 'apple-iphone-13' }) id: string;
  @ApiProperty({ example: 'Apple' }) brand: string;
  @ApiProperty({ example: 'iPhone 13' }) name: string;
  @ApiProperty({ enum: DEVICE_CATEGORIES, enumName: 'DeviceCategory' }) category: string;
  @ApiProperty({ pattern: '^\\d{4}-\\d{2}$', example: '2021-09', description: 'Month of release.' }) releaseDate: string;
  @ApiProperty({ type: [String], example: ['35391110'], description: '8-digit GSMA type allocation codes.' }) tacCodes: string[];
  @ApiProperty({ type: [String], example: [] }) includedAccessories: string[];
  @ApiProperty({ type: [VariantSchema] }) variants: VariantSchema[];
}

export class CatalogPageSchema {
  @ApiProperty({ type: [CatalogModelSchema] }) items: CatalogModelSchema[];
  @ApiProperty({ type: 'integer', minimum: 0 }) count: number;
  @ApiPropertyOptional({ type: 'integer', minimum: 1, description: 'With `market` only: the price table the prices come from.' })
  priceTableVersion?: number;
}

export class TacMappingSchema {
  @ApiProperty({ pattern: '^\\d{8}$', example: '35391110' }) tac: string;
  @ApiProperty({ example: 'apple-iphone-16' }) modelId: string;
}
