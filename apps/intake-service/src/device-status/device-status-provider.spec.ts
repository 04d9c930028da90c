import { statusOf } from './device-status-provider';

describe('statusOf', () => {
  it('blocks stolen and lost devices whatever else is listed', () => {
    expect(statusOf(['STOLEN'])).toBe('BLOCKED');
    expect(statusOf(['FINANCED_UNPAID', 'LOST'])).toBe('BLOCKED');
  });
  it('holds payout only for a financed device', () => {
    expect(statusOf(['FINANCED_UNPAID'])).toBe('FINANCED_UNPAID');
  });
  it('is clear with nothing listed', () => {
    expect(statusOf([])).toBe('CLEAR');
  });
});
