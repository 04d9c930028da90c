import { Body, Controller, Get, Headers, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOperation, ApiQuery, ApiResponse, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { DEVICE_CATEGORIES, MARKETS, type DeviceCategory, type Market } from '@tradein/contracts';
import { Roles, WidgetAllowed } from '@tradein/auth';
import { ApiProblems, InvalidFieldError, NotFoundError, appendVary } from '@tradein/service-runtime';
import { PriceTablesService } from '../price-tables.service';
import { type CatalogModel } from '../../catalog/catalog.model';
import { CatalogService } from '../../catalog/catalog.service';
import { type FastifyReply } from 'fastify';
import { QUESTIONNAIRES } from '../../catalog/questionnaires/questionnaires.seed';
import { chooseLanguage } from '../../catalog/questionnaires/choose-language';
import { localizeQuestionnaire } from '../../catalog/questionnaires/localize-questionnaire';
import { QuestionnaireQueryDto } from './questionnaire-query.dto';
import { CatalogQueryDto } from './catalog-query.dto';
import { AddTacCodeDto } from './add-tac-code.dto';
import { CatalogAnswers } from './catalog-answers';
import { sendStoredPage } from './stored-page';
import { CatalogModelSchema, CatalogPageSchema, CategorySummarySchema, QuestionnaireSchema, TacMappingSchema } from './catalog-view.schema';

const MODEL_EXAMPLE = {
  id: 'sony-playstation-5-slim',
  brand: 'Sony',
  name: 'PlayStation 5 Slim',
  category: 'console',
  releaseDate: '2023-11',
  tacCodes: [],
  includedAccessories: ['controller', 'power-cable', 'hdmi-cable'],
  variants: [{ id: 'disc', edition: 'Disc edition', storageGb: 1024, price: { amountMinor: '30000', currency: 'EUR' } }],
};

@ApiTags('catalog')
@ApiSecurity('partner-api-key')
@ApiBearerAuth('staff-token')
@Controller('v1/catalog')
export class CatalogController {
  constructor(
    private readonly catalog: CatalogService,
    private readonly prices: PriceTablesService,
  ) {}

  private readonly answers = new CatalogAnswers();

  @Get('categories')
  @WidgetAllowed()
  @ApiOperation({ summary: 'Device categories with their current questionnaire version' })
  @ApiResponse({ status: 200, type: [CategorySummarySchema], example: [{ category: 'console', questionnaireVersion: 1, models: 12 }] })
  categories() {
    return DEVICE_CATEGORIES.map((category) => ({
      category,
      questionnaireVersion: QUESTIONNAIRES[category].version,
      models: this.catalog.countByCategory(category),
    }));
  }

  @Get('categories/:category/questionnaire')
  @WidgetAllowed()
  @ApiOperation({
    summary: "The questionnaire of a category in the shopper's language; options run from best to worst condition",
    description:
      'Labels in `lang`, else in the best Accept-Language entry published (en, fr, de, es, it, ja), else English; `language` ' +
      'and the Content-Language header say which. Quotes are answered with the codes, whatever the language.',
  })
  @ApiHeader({ name: 'Accept-Language', required: false, description: 'Used when `lang` is absent, e.g. `fr-CH, fr;q=0.9, en;q=0.8`.' })
  @ApiResponse({
    status: 200,
    type: QuestionnaireSchema,
    example: {
      category: 'smartwatch',
      version: 1,
      language: 'fr',
      questions: [{ code: 'screen', label: 'État de l’écran', options: [{ code: 'flawless', label: 'Aucune rayure visible' }] }],
    },
  })
  @ApiResponse({ status: 404, description: 'NOT_FOUND: unknown category' })
  questionnaire(
    @Param('category') category: string,
    @Query() query: QuestionnaireQueryDto,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    if (!(DEVICE_CATEGORIES as readonly string[]).includes(category)) throw new NotFoundError('category', category);
    const language = chooseLanguage(query.lang, acceptLanguage);
    // Caches must keep one copy per Accept-Language, since the same URL answers in several languages; appended, as
    // the widget CORS hook may already vary on Origin.
    appendVary(reply, 'Accept-Language');
    void reply.header('Content-Language', language);
    return localizeQuestionnaire(QUESTIONNAIRES[category as DeviceCategory], language);
  }

  @Get('models')
  @WidgetAllowed()
  @ApiOperation({ summary: 'Browse and search models (newest first); with `market`, each variant carries its top-condition price' })
  @ApiResponse({
    status: 200,
    type: CatalogPageSchema,
    example: { items: [MODEL_EXAMPLE], count: 1, priceTableVersion: 1 },
    description: 'Gzipped when Accept-Encoding allows it; the ETag names the page (it changes with the price table).',
  })
  @ApiHeader({ name: 'If-None-Match', required: false, description: 'The ETag of a page already held: 304 while it is current.' })
  @ApiResponse({ status: 304, description: 'Not modified: the page named by If-None-Match is still current (not for `tac` lookups).' })
  async models(
    @Query() query: CatalogQueryDto,
    @Headers() headers: { 'accept-encoding'?: string; 'if-none-match'?: string },
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string | Buffer | undefined> {
    const priced = query.market ? await this.prices.currentPrices(query.market) : undefined;
    const page = (models: readonly CatalogModel[]) => ({
      items: models.map((m) => this.view(m, query.market, priced?.prices)),
      count: models.length,
      ...(priced ? { priceTableVersion: priced.version } : {}),
    });
    // A TAC may be mapped in the database at any time: those lookups are not kept.
    if (query.tac) {
      void reply.type('application/json; charset=utf-8');
      return JSON.stringify(page(await this.catalog.search(query)));
    }
    const key = [priced?.version ?? null, query.market ?? null, query.category ?? null, query.brand ?? null, query.q ?? null];
    return sendStoredPage(
      this.answers.get(key, () => page(this.catalog.searchSeeded(query))),
      headers,
      reply,
    );
  }

  @Get('models/:modelId')
  @WidgetAllowed()
  @ApiOperation({ summary: 'One model with its variants' })
  @ApiQuery({ name: 'market', required: false, enum: MARKETS, description: 'Price each variant in this market.' })
  @ApiResponse({ status: 200, type: CatalogModelSchema, example: MODEL_EXAMPLE })
  @ApiResponse({ status: 404, description: 'NOT_FOUND' })
  async model(@Param('modelId') modelId: string, @Query('market') market?: string) {
    const m = this.catalog.model(modelId);
    if (!m) throw new NotFoundError('model', modelId);
    if (market !== undefined && !(MARKETS as readonly string[]).includes(market))
      throw new InvalidFieldError('market', `must be one of ${MARKETS.join(', ')}`);
    const priced = market ? await this.prices.currentPrices(market as Market) : undefined;
    return this.view(m, market as Market | undefined, priced?.prices);
  }

  @Post('tac-codes')
  @Roles('ops')
  @ApiOperation({ summary: 'Ops: map a type allocation code (first 8 IMEI digits) to a catalog model' })
  @ApiResponse({ status: 201, type: TacMappingSchema, example: { tac: '35391110', modelId: 'apple-iphone-16' } })
  @ApiResponse({ status: 409, description: 'TAC_EXISTS' })
  @ApiProblems(403)
  addTac(@Body() dto: AddTacCodeDto) {
    if (!this.catalog.model(dto.modelId)) throw new InvalidFieldError('modelId', `unknown model ${dto.modelId}`);
    return this.catalog.addTac(dto.tac, dto.modelId);
  }

  private view(m: CatalogModel, market: Market | undefined, prices: Map<string, { amountMinor: string; currency: string }> | undefined) {
    return {
      id: m.id,
      brand: m.brand,
      name: m.name,
      category: m.category,
      releaseDate: m.releaseDate,
      tacCodes: m.tacCodes,
      includedAccessories: m.includedAccessories,
      variants: m.variants.map((v) => ({
        id: v.id,
        ...(v.storageGb ? { storageGb: v.storageGb } : {}),
        ...(v.connectivity ? { connectivity: v.connectivity } : {}),
        ...(v.edition ? { edition: v.edition } : {}),
        ...(market && prices ? { price: prices.get(`${m.id}|${v.id}`) ?? null } : {}),
      })),
    };
  }
}
