import { Body, Controller, Get, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';
import { Roles } from '@tradein/auth';
import { CLOCK } from './clock';
import { type OffsetClock } from './offset-clock';

export class AdvanceClockDto {
  /** How far to move the service's clock forward, in milliseconds (at most 400 days). */
  @Type(() => Number) @IsInt() @Min(0) @Max(400 * 86_400_000)
  ms!: number;
}

export interface ClockView { now: string; offsetMs: number }

/** Only mounted with CLOCK_CONTROL=enabled, which the config refuses in production. */
@ApiTags('ops: clock (development and tests only)')
@Roles('ops')
@Controller('v1/ops/clock')
export class ClockController {
  constructor(@Inject(CLOCK) private readonly clock: OffsetClock) {}

  @Get()
  read(): ClockView {
    return { now: this.clock.now().toISOString(), offsetMs: this.clock.offset };
  }

  @Post('advance')
  @HttpCode(200)
  advance(@Body() body: AdvanceClockDto): ClockView {
    this.clock.advance(body.ms);
    return this.read();
  }
}
