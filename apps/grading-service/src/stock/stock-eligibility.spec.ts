import { type StockFacts, stockVerdict } from './stock-eligibility';

const ready: StockFacts = {
  finalized: true,
  declined: false,
  graded: true,
  regradePending: false,
  disposition: 'REFURBISH',
  erasure: 'VERIFIED',
  stocked: false,
};

describe('stock release', () => {
  it('releases a finalized, graded, verified-erased device', () => {
    expect(stockVerdict(ready)).toEqual({ release: true });
    expect(stockVerdict({ ...ready, disposition: 'PARTS_HARVEST', erasure: 'DESTROYED' })).toEqual({ release: true });
  });

  it('waits, never drops, when finalized arrives before the grade', () => {
    expect(stockVerdict({ ...ready, graded: false, disposition: null })).toEqual({ release: false, wait: true, reason: 'NOT_GRADED' });
    expect(stockVerdict({ ...ready, regradePending: true })).toEqual({ release: false, wait: true, reason: 'NOT_GRADED' });
  });

  it('waits for finalization', () => {
    expect(stockVerdict({ ...ready, finalized: false })).toEqual({ release: false, wait: true, reason: 'NOT_FINALIZED' });
  });

  it('never stocks without a verified erasure', () => {
    expect(stockVerdict({ ...ready, erasure: 'NOT_VERIFIED' })).toEqual({ release: false, wait: true, reason: 'ERASURE_NOT_VERIFIED' });
    expect(stockVerdict({ ...ready, erasure: 'MISSING' })).toMatchObject({ release: false });
  });

  it('never stocks a declined trade-in, a recycled device, or twice', () => {
    expect(stockVerdict({ ...ready, declined: true })).toEqual({ release: false, wait: false, reason: 'DECLINED' });
    expect(stockVerdict({ ...ready, disposition: 'RECYCLE' })).toEqual({ release: false, wait: false, reason: 'NOT_STOCKABLE' });
    expect(stockVerdict({ ...ready, disposition: 'QUARANTINE' })).toEqual({ release: false, wait: true, reason: 'NOT_STOCKABLE' });
    expect(stockVerdict({ ...ready, stocked: true })).toEqual({ release: false, wait: false, reason: 'ALREADY_STOCKED' });
  });
});
