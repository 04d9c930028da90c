import { decideDisposition, type DispositionInput } from './decide-disposition';
import { DEFAULT_DISPOSITION_POLICY, type DispositionPolicy } from './disposition-policy';

const policy = DEFAULT_DISPOSITION_POLICY;

function phone(overrides: Partial<DispositionInput> = {}): DispositionInput {
  return {
    category: 'smartphone',
    functionalGrade: 0,
    cosmeticGrade: 'B',
    failedChecks: [],
    batteryHealthPercent: 91,
    locked: false,
    blockListed: false,
    missingAccessories: [],
    accessoriesNeededForSale: [],
    displayPart: 'screen',
    erasure: 'VERIFIED',
    ...overrides,
  };
}

describe('disposition rules', () => {
  it('REFURBISH: fully functional with a battery at 80 % or more', () => {
    expect(decideDisposition(phone({ batteryHealthPercent: 80 }), policy)).toEqual({
      disposition: 'REFURBISH',
      partsNeeded: [],
      reasons: ['FULLY_FUNCTIONAL'],
    });
  });

  it('REFURBISH with a planned battery replacement when the battery is below 80 %', () => {
    const d = decideDisposition(phone({ batteryHealthPercent: 79, functionalGrade: 1 }), policy);
    expect(d).toEqual({ disposition: 'REFURBISH', partsNeeded: ['battery'], reasons: ['BATTERY_BELOW_THRESHOLD'] });
  });

  it('REFURBISH_WITH_PARTS for a battery alone when the policy says so', () => {
    const strict: DispositionPolicy = { ...policy, batteryOnlyIsRefurbish: false };
    expect(decideDisposition(phone({ batteryHealthPercent: 60 }), strict).disposition).toBe('REFURBISH_WITH_PARTS');
  });

  it('REFURBISH_WITH_PARTS lists the parts: a cracked display cover lens (CTIA D) needs a screen', () => {
    const d = decideDisposition(phone({ cosmeticGrade: 'D', batteryHealthPercent: 70 }), policy);
    expect(d.disposition).toBe('REFURBISH_WITH_PARTS');
    expect(d.partsNeeded).toEqual(['battery', 'screen']);
  });

  it('REFURBISH_WITH_PARTS for a console missing its controller, with the controller as the part', () => {
    const d = decideDisposition(
      phone({
        category: 'console',
        batteryHealthPercent: undefined,
        missingAccessories: ['controller', 'hdmi-cable'],
        accessoriesNeededForSale: ['controller'],
        displayPart: 'housing',
      }),
      policy,
    );
    expect(d).toMatchObject({ disposition: 'REFURBISH_WITH_PARTS', partsNeeded: ['controller'] });
  });

  it('REFURBISH_WITH_PARTS for a failed check a part fixes, e.g. a smartwatch band', () => {
    const d = decideDisposition(
      phone({ category: 'smartwatch', functionalGrade: 1, failedChecks: [{ code: 'BAND', severity: 'MINOR', part: 'band' }] }),
      policy,
    );
    expect(d).toMatchObject({ disposition: 'REFURBISH_WITH_PARTS', partsNeeded: ['band'] });
  });

  it('PARTS_HARVEST when a failure has no replacement part', () => {
    const d = decideDisposition(phone({ functionalGrade: 3, failedChecks: [{ code: 'CELLULAR', severity: 'KEY' }] }), policy);
    expect(d).toEqual({ disposition: 'PARTS_HARVEST', partsNeeded: [], reasons: ['UNREPAIRABLE_CELLULAR'] });
  });

  it('PARTS_HARVEST when more parts are needed than the policy allows', () => {
    const failedChecks = [
      { code: 'FRONT_CAMERA', severity: 'MINOR' as const, part: 'front-camera' },
      { code: 'REAR_CAMERA', severity: 'MINOR' as const, part: 'rear-camera' },
      { code: 'BUTTONS', severity: 'MINOR' as const, part: 'buttons' },
    ];
    expect(decideDisposition(phone({ functionalGrade: 2, failedChecks }), policy).disposition).toBe('REFURBISH_WITH_PARTS');
    const d = decideDisposition(phone({ functionalGrade: 2, failedChecks, batteryHealthPercent: 50 }), policy);
    expect(d.disposition).toBe('PARTS_HARVEST');
    expect(d.reasons).toContain('TOO_MANY_PARTS');
    expect(
      decideDisposition(phone({ functionalGrade: 2, failedChecks, batteryHealthPercent: 50 }), { ...policy, maxPartsToRefurbish: 4 })
        .disposition,
    ).toBe('REFURBISH_WITH_PARTS');
  });

  it('RECYCLE when the device does not power on', () => {
    expect(decideDisposition(phone({ functionalGrade: 9, failedChecks: [{ code: 'POWER', severity: 'KEY' }] }), policy)).toEqual({
      disposition: 'RECYCLE',
      partsNeeded: [],
      reasons: ['NO_POWER'],
    });
  });

  it.each([
    ['block-listed', { blockListed: true }, 'BLOCK_LISTED'],
    ['activation locked', { locked: true }, 'DEVICE_LOCKED'],
    ['erasure failed verification', { erasure: 'NOT_VERIFIED' as const }, 'ERASURE_NOT_VERIFIED'],
    ['no erasure at all', { erasure: 'MISSING' as const }, 'ERASURE_NOT_VERIFIED'],
  ])('QUARANTINE when %s, even for a perfect device', (_label, overrides, reason) => {
    expect(decideDisposition(phone(overrides), policy)).toEqual({ disposition: 'QUARANTINE', partsNeeded: [], reasons: [reason] });
  });

  it('QUARANTINE wins over RECYCLE: a locked dead phone is still held', () => {
    expect(decideDisposition(phone({ locked: true, functionalGrade: 9 }), policy).disposition).toBe('QUARANTINE');
  });

  it('a Destroyed medium needs new storage where storage is replaceable, else the device is harvested', () => {
    expect(decideDisposition(phone({ category: 'laptop', erasure: 'DESTROYED' }), policy)).toMatchObject({
      disposition: 'REFURBISH_WITH_PARTS',
      partsNeeded: ['storage'],
    });
    expect(decideDisposition(phone({ erasure: 'DESTROYED' }), policy)).toMatchObject({
      disposition: 'PARTS_HARVEST',
      reasons: ['STORAGE_DESTROYED'],
    });
  });
});
