import { Body, Controller, Get, Post } from '@nestjs/common';
import { CurrentPrincipal, type Principal, Roles } from '@tradein/auth';
import { Inject } from '@nestjs/common';
import { ApiProblems, type Clock, CLOCK, ValidationFailedError } from '@tradein/service-runtime';
import { DataSource } from 'typeorm';
import { currentMapping } from '../current-mapping';
import { type MarketplaceGradeMapping, mappingProblems } from '../marketplace-grade-mapping';
import { MarketplaceGradeMappingRecord } from '../marketplace-grade-mapping.entity';
import { PublishMappingDto } from './publish-mapping.dto';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { MarketplaceGradeMappingSchema } from './mapping-view.schema';

/**
 * Ops publish a new version of the marketplace grade mapping. Grades already made keep the version they
 * were made with (it is on each grade); new grades use the new one.
 */
@ApiTags('grading scales')
@ApiProblems(403)
@Controller('v1/marketplace-grade-mappings')
export class PublishMappingController {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get('current')
  @ApiOperation({ summary: 'The marketplace grade mapping in force (CTIA cosmetic grade to marketplace grade)' })
  @ApiOkResponse({ type: MarketplaceGradeMappingSchema })
  @Roles('grader', 'ops')
  current(): Promise<MarketplaceGradeMapping> {
    return currentMapping(this.dataSource.manager);
  }

  @Post()
  @ApiOperation({ summary: 'Publish a new version of the marketplace grade mapping (ops)' })
  @ApiCreatedResponse({ type: MarketplaceGradeMappingSchema })
  @Roles('ops')
  async publish(@CurrentPrincipal() principal: Principal, @Body() dto: PublishMappingDto): Promise<MarketplaceGradeMapping> {
    const grades = {
      A: dto.grades.A.trim(),
      B: dto.grades.B.trim(),
      C: dto.grades.C.trim(),
      D: dto.grades.D.trim(),
      E: dto.grades.E.trim(),
    };
    const problems = mappingProblems(grades);
    if (problems.length)
      throw new ValidationFailedError(problems.map((l) => ({ field: l.slice(0, l.indexOf(': ')), reason: l.slice(l.indexOf(': ') + 2) })));
    return this.dataSource.transaction(async (manager) => {
      // Serialises publishers so each gets the next version number.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('marketplace_grade_mappings'))`);
      const latest = await currentMapping(manager);
      const record = manager.getRepository(MarketplaceGradeMappingRecord).create({
        version: latest.version + 1,
        grades,
        publishedBy: principal.subject,
        publishedAt: this.clock.now(),
      });
      await manager.getRepository(MarketplaceGradeMappingRecord).insert(record);
      return { version: record.version, grades: record.grades };
    });
  }
}
