import { Body, Controller, Get, Inject, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { CurrentPrincipal, type Principal, Roles } from '@tradein/auth';
import { ApiProblems, CLOCK, type Clock, InvalidFieldError, NotFoundError } from '@tradein/service-runtime';
import { TacModel } from '../tac-model.entity';
import { TacModelSchema } from './tac-model-view.schema';
import { PutTacModelDto } from './tac-model.dto';

function assertTac(tac: string): void {
  if (!/^\d{8}$/.test(tac)) throw new InvalidFieldError('tac', 'must be 8 digits');
}

/** The TAC → model table; ops extend and correct it (their rows win over seed and catalog rows). */
@ApiTags('identity')
@ApiBearerAuth('staff-token')
@ApiProblems(403)
@Controller('v1/tac-models')
export class TacModelsController {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get(':tac')
  @Roles('ops', 'grader', 'store_staff')
  @ApiOperation({ summary: 'The model a TAC names' })
  @ApiOkResponse({ type: TacModelSchema })
  @ApiProblems(404)
  async get(@Param('tac') tac: string): Promise<TacModel> {
    assertTac(tac);
    const row = await this.dataSource.getRepository(TacModel).findOneBy({ tac });
    if (!row) throw new NotFoundError('TAC', tac);
    return row;
  }

  @Put(':tac')
  @Roles('ops')
  @ApiOperation({ summary: 'Add or correct a TAC' })
  @ApiOkResponse({ type: TacModelSchema })
  async put(@CurrentPrincipal() p: Principal, @Param('tac') tac: string, @Body() dto: PutTacModelDto): Promise<TacModel> {
    assertTac(tac);
    const row: TacModel = { tac, ...dto, source: 'OPS', updatedBy: p.subject, updatedAt: this.clock.now() };
    await this.dataSource.getRepository(TacModel).save(row);
    return row;
  }
}
