import { Controller, Get, Param } from '@nestjs/common';
import { Roles } from '@tradein/auth';
import { DEVICE_CATEGORIES, type DeviceCategory } from '@tradein/contracts';
import { ApiProblems, InvalidFieldError } from '@tradein/service-runtime';
import { checklistFor } from '../checklists/checklists';
import { type Checklist } from '../checklists/checklist.types';
import { DEFECT_CODES } from '../defect-codes';
import { ApiExtraModels, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ChecklistWithDefectsSchema, DefectCodeSchema } from '../checklists/checklist-view.schema';

/** The guided checklist of a category, and the defect reason codes, for grading stations. */
@ApiTags('inspection')
@ApiProblems(403)
@ApiExtraModels(DefectCodeSchema)
@Controller('v1/checklists')
export class GetChecklistController {
  @Get(':category')
  @ApiOperation({ summary: 'The guided checklist of a device category, with the defect reason codes' })
  @ApiOkResponse({ type: ChecklistWithDefectsSchema })
  @Roles('grader', 'ops')
  get(@Param('category') category: string): Checklist & { defectCodes: typeof DEFECT_CODES } {
    if (!(DEVICE_CATEGORIES as readonly string[]).includes(category)) {
      throw new InvalidFieldError('category', `must be one of ${DEVICE_CATEGORIES.join(', ')}`);
    }
    return { ...checklistFor(category as DeviceCategory), defectCodes: DEFECT_CODES };
  }
}
