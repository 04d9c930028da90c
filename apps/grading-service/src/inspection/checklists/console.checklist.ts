import { type Checklist } from './checklist.types';

export const CONSOLE_CHECKLIST: Checklist = {
  category: 'console',
  version: 'console-1',
  checks: [
    { code: 'POWER', label: 'Powers on', kind: 'PASS_FAIL', severity: 'KEY', noPower: true },
    { code: 'VIDEO_OUTPUT', label: 'Video output', kind: 'PASS_FAIL', severity: 'KEY', part: 'hdmi-port' },
    { code: 'DISC_DRIVE', label: 'Disc drive (where present)', kind: 'PASS_FAIL', severity: 'MINOR', part: 'disc-drive', optional: true },
    { code: 'CONTROLLER_PAIRING', label: 'Controller pairing', kind: 'PASS_FAIL', severity: 'MINOR', part: 'controller' },
    { code: 'STORAGE_HEALTH', label: 'Storage health', kind: 'PASS_FAIL', severity: 'KEY', part: 'storage' },
    { code: 'FANS_NOISE', label: 'Fans and noise', kind: 'PASS_FAIL', severity: 'MINOR', part: 'fan' },
  ],
  accessoriesNeededForSale: ['controller'],
  displayPart: 'housing',
};
