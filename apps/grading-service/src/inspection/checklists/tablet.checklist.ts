import { type Checklist } from './checklist.types';

export const TABLET_CHECKLIST: Checklist = {
  category: 'tablet',
  version: 'tablet-1',
  checks: [
    { code: 'POWER', label: 'Powers on and boots', kind: 'PASS_FAIL', severity: 'KEY', noPower: true },
    { code: 'DISPLAY_TOUCH', label: 'Display and touch', kind: 'PASS_FAIL', severity: 'KEY', part: 'screen' },
    { code: 'CAMERAS', label: 'Cameras', kind: 'PASS_FAIL', severity: 'MINOR', part: 'camera' },
    { code: 'SPEAKERS_MICROPHONE', label: 'Speakers and microphone', kind: 'PASS_FAIL', severity: 'MINOR', part: 'speaker' },
    { code: 'BUTTONS', label: 'Buttons', kind: 'PASS_FAIL', severity: 'MINOR', part: 'buttons' },
    { code: 'CHARGING_PORT', label: 'Charging port', kind: 'PASS_FAIL', severity: 'KEY', part: 'charging-port' },
    { code: 'WIFI', label: 'Wi-Fi and Bluetooth', kind: 'PASS_FAIL', severity: 'KEY' },
    { code: 'CELLULAR', label: 'Cellular (where present)', kind: 'PASS_FAIL', severity: 'KEY', optional: true },
    { code: 'BATTERY_HEALTH', label: 'Battery health %', kind: 'PERCENT', part: 'battery' },
  ],
  accessoriesNeededForSale: [],
  displayPart: 'screen',
};
