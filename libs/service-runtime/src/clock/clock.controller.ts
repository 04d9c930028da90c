import { Body, Controller, Get, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { Roles } from '@tradein/auth';
import { ApiProblems } from '../openapi/api-problems.decorator';
import { CLOCK } from './clock';
import { type OffsetClock } from './offset-clock';

export class AdvanceClockDto {
  /** How far to move the service's clock forward, in milliseconds (at most 400 days). */
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 400 * 86_400_000, example: 86_400_000 })
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(400 * 86_400_000)
  ms!: number;
}

export class ClockView {
  @ApiProperty({ format: 'date-time', description: "The service's time now." }) now: string;
  @ApiProperty({ type: 'integer', minimum: 0, description: 'How far it is ahead of the system clock.' }) offsetMs: number;
}

/** Only mounted with CLOCK_CONTROL=enabled, which the config refuses in production. */
@ApiTags('ops: clock (development and tests only)')
@ApiProblems(403)
@Roles('ops')
@Controller('v1/ops/clock')
export class ClockController {
  constructor(@Inject(CLOCK) private readonly clock: OffsetClock) {}

  @Get()
  @ApiOperation({ summary: "Read the service's clock and how far it was moved" })
  @ApiOkResponse({ type: ClockView })
  read(): ClockView {
    return { now: this.clock.now().toISOString(), offsetMs: this.clock.offset };
  }

  @Post('advance')
  @HttpCode(200)
  @ApiOperation({ summary: "Move the service's clock forward (deadlines come due without waiting)" })
  @ApiOkResponse({ type: ClockView })
  advance(@Body() body: AdvanceClockDto): ClockView {
    this.clock.advance(body.ms);
    return this.read();
  }
}
