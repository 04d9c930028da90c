import { type DeviceCategory } from '@tradein/contracts';
import { type Checklist } from './checklist.types';
import { CONSOLE_CHECKLIST } from './console.checklist';
import { LAPTOP_CHECKLIST } from './laptop.checklist';
import { SMARTPHONE_CHECKLIST } from './smartphone.checklist';
import { SMARTWATCH_CHECKLIST } from './smartwatch.checklist';
import { TABLET_CHECKLIST } from './tablet.checklist';

/** The guided checklist per device category; every check is mandatory (docs/design/DOMAIN.md: skipped checks are a field problem). */
export const CHECKLISTS: Readonly<Record<DeviceCategory, Checklist>> = Object.freeze({
  smartphone: SMARTPHONE_CHECKLIST,
  console: CONSOLE_CHECKLIST,
  smartwatch: SMARTWATCH_CHECKLIST,
  tablet: TABLET_CHECKLIST,
  laptop: LAPTOP_CHECKLIST,
});

export function checklistFor(category: DeviceCategory): Checklist {
  return CHECKLISTS[category];
}
