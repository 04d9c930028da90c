import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '@tradein/service-runtime';
import { Roles } from '@tradein/auth';
import { CreateApiKeyDto, CreatePartnerDto, CreateProgramDto } from './partner.dto';
import { type IssuedKeyView, PartnersService } from './partners.service';
import { ApiKeySummarySchema, IssuedApiKeySchema, PartnerProgramSchema, PartnerSchema } from './partner-view.schema';

const KEY_EXAMPLE = {
  keyId: '3f9a1c2b7d4e',
  partnerId: 'acme-games',
  programId: null,
  prefix: 'tik_3f9a1c2b7d4e',
  apiKey: 'tik_3f9a1c2b7d4e_…(shown once)',
  createdAt: '2026-03-01T09:00:00.000Z',
};

@ApiTags('partners (ops)')
@ApiBearerAuth('staff-token')
@Roles('ops')
@ApiProblems(403)
@Controller('v1/partners')
export class PartnersController {
  constructor(private readonly partners: PartnersService) {}

  @Post()
  @ApiOperation({ summary: 'Register a partner' })
  @ApiResponse({
    status: 201,
    type: PartnerSchema,
    example: { id: 'acme-games', name: 'ACME Games', createdAt: '2026-03-01T09:00:00.000Z' },
  })
  @ApiResponse({ status: 409, description: 'PARTNER_EXISTS' })
  create(@Body() dto: CreatePartnerDto) {
    return this.partners.createPartner(dto);
  }

  @Get()
  @ApiOperation({ summary: 'List partners' })
  @ApiResponse({
    status: 200,
    type: [PartnerSchema],
    example: [{ id: 'acme-games', name: 'ACME Games', createdAt: '2026-03-01T09:00:00.000Z' }],
  })
  list() {
    return this.partners.listPartners();
  }

  @Post(':partnerId/programs')
  @ApiOperation({ summary: 'Create a partner program (bonus, deadline overrides)' })
  @ApiResponse({
    status: 201,
    type: PartnerProgramSchema,
    example: {
      id: 'acme-console-upgrade',
      partnerId: 'acme-games',
      name: 'Console upgrade 2026',
      bonus: { kind: 'PERCENT', percent: 10, capMinor: { EUR: '5000' } },
      quoteValidDays: 30,
      shipByDays: null,
      answerWindowDays: null,
      createdAt: '2026-03-01T09:00:00.000Z',
    },
  })
  @ApiProblems(404, 409)
  createProgram(@Param('partnerId') partnerId: string, @Body() dto: CreateProgramDto) {
    return this.partners.createProgram(partnerId, dto);
  }

  @Get(':partnerId/programs')
  @ApiOperation({ summary: "List a partner's programs" })
  @ApiResponse({
    status: 200,
    type: [PartnerProgramSchema],
    example: [
      {
        id: 'acme-console-upgrade',
        partnerId: 'acme-games',
        name: 'Console upgrade 2026',
        bonus: null,
        quoteValidDays: null,
        shipByDays: null,
        answerWindowDays: null,
        createdAt: '2026-03-01T09:00:00.000Z',
      },
    ],
  })
  @ApiProblems(404)
  programs(@Param('partnerId') partnerId: string) {
    return this.partners.listPrograms(partnerId);
  }

  @Post(':partnerId/api-keys')
  @ApiOperation({ summary: 'Issue an API key (shown once; stored hashed)' })
  @ApiResponse({ status: 201, type: IssuedApiKeySchema, example: KEY_EXAMPLE })
  @ApiProblems(404)
  createKey(@Param('partnerId') partnerId: string, @Body() dto: CreateApiKeyDto): Promise<IssuedKeyView> {
    return this.partners.createKey(partnerId, dto);
  }

  @Get(':partnerId/api-keys')
  @ApiOperation({ summary: "List a partner's keys (prefixes only)" })
  @ApiResponse({
    status: 200,
    type: [ApiKeySummarySchema],
    example: [
      {
        keyId: '3f9a1c2b7d4e',
        prefix: 'tik_3f9a1c2b7d4e',
        programId: null,
        createdAt: '2026-03-01T09:00:00.000Z',
        revokedAt: null,
        replacedBy: null,
      },
    ],
  })
  @ApiProblems(404)
  async keys(@Param('partnerId') partnerId: string) {
    const keys = await this.partners.listKeys(partnerId);
    return keys.map((k) => ({
      keyId: k.id,
      prefix: k.prefix,
      programId: k.programId,
      createdAt: k.createdAt,
      revokedAt: k.revokedAt,
      replacedBy: k.replacedBy,
    }));
  }

  @Post(':partnerId/api-keys/:keyId/rotate')
  @ApiOperation({ summary: 'Rotate a key: a new key (shown once) replaces it; the old one stops working' })
  @ApiResponse({ status: 201, type: IssuedApiKeySchema, example: KEY_EXAMPLE })
  @ApiProblems(404)
  rotate(@Param('partnerId') partnerId: string, @Param('keyId') keyId: string): Promise<IssuedKeyView> {
    return this.partners.rotateKey(partnerId, keyId);
  }

  @Post(':partnerId/api-keys/:keyId/revoke')
  @HttpCode(204)
  @ApiOperation({ summary: 'Revoke a key' })
  @ApiResponse({ status: 204 })
  @ApiProblems(404)
  async revoke(@Param('partnerId') partnerId: string, @Param('keyId') keyId: string): Promise<void> {
    await this.partners.revokeKey(partnerId, keyId);
  }
}
