import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Roles } from '@tradein/auth';
import { listDeadLetters } from '@tradein/messaging';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { DeadLettersPageSchema } from './dead-letter.schema';
import { DeadLettersQuery } from './dead-letters-query.dto';

export const REPLAY_HINT = 'npm run dlt:replay -- <topic> [--reason HANDLER_FAILED] [--key K] [--dry-run]';

/** The events this service's consumers dead-lettered (ADR 0014), for ops' work queue; every service mounts it. */
@ApiTags('ops: dead letters')
@ApiProblems(400, 403)
@Roles('ops')
@Controller('v1/ops/dead-letters')
export class DeadLettersController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @ApiOperation({ summary: "Events this service's consumers gave up on, newest first, with reason, error and attempts" })
  @ApiOkResponse({ type: DeadLettersPageSchema })
  async list(@Query() q: DeadLettersQuery): Promise<DeadLettersPageSchema> {
    const page = await listDeadLetters(this.dataSource.manager, {
      topic: q.topic,
      reason: q.reason,
      key: q.key,
      limit: q.limit ?? 50,
      offset: q.offset ?? 0,
    });
    return {
      total: page.total,
      items: page.items.map((r) => ({ ...r, deadLetteredAt: r.deadLetteredAt.toISOString() })),
      replay: REPLAY_HINT,
    };
  }
}
