import { type Checklist } from './checklist.types';

export const SMARTWATCH_CHECKLIST: Checklist = {
  category: 'smartwatch',
  version: 'smartwatch-1',
  checks: [
    { code: 'POWER', label: 'Powers on', kind: 'PASS_FAIL', severity: 'KEY', noPower: true },
    { code: 'DISPLAY', label: 'Display and touch', kind: 'PASS_FAIL', severity: 'KEY', part: 'screen' },
    { code: 'SENSORS', label: 'Heart-rate and motion sensors', kind: 'PASS_FAIL', severity: 'MINOR', part: 'sensor-module' },
    { code: 'CROWN_BUTTONS', label: 'Crown and buttons', kind: 'PASS_FAIL', severity: 'MINOR', part: 'crown' },
    { code: 'BAND', label: 'Band', kind: 'PASS_FAIL', severity: 'MINOR', part: 'band' },
    { code: 'CHARGING', label: 'Charging', kind: 'PASS_FAIL', severity: 'KEY' },
    { code: 'BATTERY_HEALTH', label: 'Battery health %', kind: 'PERCENT', part: 'battery' },
  ],
  accessoriesNeededForSale: ['band'],
  displayPart: 'screen',
};
