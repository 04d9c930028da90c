import { type Checklist } from './checklist.types';

export const SMARTPHONE_CHECKLIST: Checklist = {
  category: 'smartphone',
  version: 'smartphone-1',
  checks: [
    { code: 'POWER', label: 'Powers on and boots', kind: 'PASS_FAIL', severity: 'KEY', noPower: true },
    { code: 'DISPLAY_TOUCH', label: 'Display and touch', kind: 'PASS_FAIL', severity: 'KEY', part: 'screen' },
    { code: 'FRONT_CAMERA', label: 'Front camera', kind: 'PASS_FAIL', severity: 'MINOR', part: 'front-camera' },
    { code: 'REAR_CAMERA', label: 'Rear cameras', kind: 'PASS_FAIL', severity: 'MINOR', part: 'rear-camera' },
    { code: 'SPEAKERS_MICROPHONE', label: 'Speakers and microphone', kind: 'PASS_FAIL', severity: 'MINOR', part: 'speaker' },
    { code: 'BUTTONS', label: 'Buttons', kind: 'PASS_FAIL', severity: 'MINOR', part: 'buttons' },
    { code: 'CHARGING_PORT', label: 'Charging port', kind: 'PASS_FAIL', severity: 'KEY', part: 'charging-port' },
    { code: 'BIOMETRICS', label: 'Biometrics (face or fingerprint)', kind: 'PASS_FAIL', severity: 'MINOR', optional: true },
    { code: 'CELLULAR', label: 'Cellular radio and SIM', kind: 'PASS_FAIL', severity: 'KEY' },
    { code: 'BATTERY_HEALTH', label: 'Battery health %', kind: 'PERCENT', part: 'battery' },
  ],
  accessoriesNeededForSale: [],
  displayPart: 'screen',
};
