import { skuFor } from './sku';

describe('SKU', () => {
  it('joins model, variant and grade so identical units share one SKU', () => {
    expect(skuFor('iphone-13', '128gb-midnight', 'Excellent')).toBe('IPHONE-13--128GB-MIDNIGHT--EXCELLENT');
    expect(skuFor('iphone-13', '128gb-midnight', 'Excellent')).toBe(skuFor('IPHONE-13', '128GB midnight', 'excellent'));
  });

  it('differs by grade and uses BASE without a variant', () => {
    expect(skuFor('ps5', null, 'Good')).toBe('PS5--BASE--GOOD');
    expect(skuFor('ps5', null, 'Good')).not.toBe(skuFor('ps5', null, 'Fair'));
  });

  it('fits the 120-character contract limit', () => {
    expect(skuFor('m'.repeat(80), 'v'.repeat(80), 'Parts only').length).toBeLessThanOrEqual(120);
  });
});
