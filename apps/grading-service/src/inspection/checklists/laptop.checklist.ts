import { type Checklist } from './checklist.types';

export const LAPTOP_CHECKLIST: Checklist = {
  category: 'laptop',
  version: 'laptop-1',
  checks: [
    { code: 'POWER', label: 'Powers on and boots', kind: 'PASS_FAIL', severity: 'KEY', noPower: true },
    { code: 'DISPLAY', label: 'Display', kind: 'PASS_FAIL', severity: 'KEY', part: 'screen' },
    { code: 'KEYBOARD', label: 'Keyboard', kind: 'PASS_FAIL', severity: 'MINOR', part: 'keyboard' },
    { code: 'TRACKPAD', label: 'Trackpad', kind: 'PASS_FAIL', severity: 'MINOR', part: 'trackpad' },
    { code: 'PORTS', label: 'Ports', kind: 'PASS_FAIL', severity: 'MINOR', part: 'io-board' },
    { code: 'WIFI', label: 'Wi-Fi and Bluetooth', kind: 'PASS_FAIL', severity: 'KEY' },
    { code: 'STORAGE_HEALTH', label: 'Storage health', kind: 'PASS_FAIL', severity: 'KEY', part: 'storage' },
    { code: 'CAMERA', label: 'Webcam', kind: 'PASS_FAIL', severity: 'MINOR', part: 'camera' },
    { code: 'SPEAKERS_MICROPHONE', label: 'Speakers and microphone', kind: 'PASS_FAIL', severity: 'MINOR', part: 'speaker' },
    { code: 'BATTERY_HEALTH', label: 'Battery health %', kind: 'PERCENT', part: 'battery' },
  ],
  accessoriesNeededForSale: ['charger'],
  displayPart: 'screen',
};
