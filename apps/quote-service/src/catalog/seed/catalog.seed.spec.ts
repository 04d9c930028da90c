import { DEVICE_CATEGORIES, MARKETS } from '@tradein/contracts';
import { QUESTIONNAIRES } from '../questionnaires/questionnaires.seed';
import { seedPriceTableRows } from '../../pricing/price-table/seed-price-table';
import { CATALOG_SEED } from './catalog.seed';

describe('catalog seed', () => {
  it('holds at least 60 models and every category', () => {
    expect(CATALOG_SEED.length).toBeGreaterThanOrEqual(60);
    for (const category of DEVICE_CATEGORIES) {
      expect(CATALOG_SEED.filter((m) => m.category === category).length).toBeGreaterThanOrEqual(5);
    }
  });

  it('includes current game consoles and smartwatches', () => {
    const ids = CATALOG_SEED.map((m) => m.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'sony-playstation-5-pro',
        'microsoft-xbox-series-x',
        'nintendo-switch-2',
        'apple-watch-series-10',
        'samsung-galaxy-watch7',
      ]),
    );
  });

  it('has unique model ids and unique variant ids per model, with sane data', () => {
    expect(new Set(CATALOG_SEED.map((m) => m.id)).size).toBe(CATALOG_SEED.length);
    for (const model of CATALOG_SEED) {
      expect(model.variants.length).toBeGreaterThan(0);
      expect(new Set(model.variants.map((v) => v.id)).size).toBe(model.variants.length);
      expect(model.releaseDate).toMatch(/^20\d\d-(0[1-9]|1[0-2])$/);
      expect(model.referenceValueEurCents).toBeGreaterThan(0);
      for (const tac of model.tacCodes) expect(tac).toMatch(/^\d{8}$/);
      for (const v of model.variants) expect(v.priceBp).toBeGreaterThanOrEqual(8_000);
    }
  });

  it('every console lists what came in the box', () => {
    for (const model of CATALOG_SEED.filter((m) => m.category === 'console')) expect(model.includedAccessories.length).toBeGreaterThan(0);
  });

  it('seeds a base price for every model, variant and market, in the market currency', () => {
    const rows = seedPriceTableRows(CATALOG_SEED);
    const variants = CATALOG_SEED.reduce((n, m) => n + m.variants.length, 0);
    expect(rows).toHaveLength(variants * MARKETS.length);
    const iphone = rows.filter((r) => r.modelId === 'apple-iphone-16' && r.variantId === '128gb');
    expect(Object.fromEntries(iphone.map((r) => [r.market, `${r.amountMinor} ${r.currency}`]))).toEqual({
      FR: '50000 EUR',
      DE: '50000 EUR',
      ES: '48500 EUR',
      IT: '48500 EUR',
      GB: '43000 GBP',
      US: '54000 USD',
      JP: '80000 JPY',
    });
    for (const r of rows) expect(r.amountMinor).toBeGreaterThan(0n);
  });

  it('larger storage is never cheaper within a model', () => {
    const rows = seedPriceTableRows(CATALOG_SEED).filter((r) => r.market === 'FR');
    for (const model of CATALOG_SEED) {
      const byStorage = model.variants
        .filter((v) => v.storageGb && !v.connectivity && !v.edition)
        .map((v) => rows.find((r) => r.modelId === model.id && r.variantId === v.id)!.amountMinor);
      expect([...byStorage].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(byStorage);
    }
  });
});

describe('questionnaires', () => {
  it('exist for every category, versioned, with unique codes and best-to-worst options', () => {
    for (const category of DEVICE_CATEGORIES) {
      const q = QUESTIONNAIRES[category];
      expect(q.category).toBe(category);
      expect(q.version).toBeGreaterThanOrEqual(1);
      expect(new Set(q.questions.map((x) => x.code)).size).toBe(q.questions.length);
      for (const question of q.questions) {
        expect(question.options.length).toBeGreaterThanOrEqual(2);
        expect(question.options[0].effect).toEqual({ kind: 'NONE' });
        // Best → worst: each option costs at least as much as the one before it.
        const severity = question.options.map((o) =>
          o.effect.kind === 'NONE'
            ? 0
            : o.effect.kind === 'FACTOR'
              ? 10_000 - o.effect.bp
              : o.effect.kind === 'DEDUCTION'
                ? o.effect.bpOfBase
                : 10_001,
        );
        expect([...severity].sort((a, b) => a - b)).toEqual(severity);
      }
    }
  });

  it('consoles ask about controllers and accessories, laptops about the keyboard', () => {
    expect(QUESTIONNAIRES.console.questions.map((q) => q.code)).toEqual(expect.arrayContaining(['controllers', 'accessories']));
    expect(QUESTIONNAIRES.laptop.questions.map((q) => q.code)).toContain('keyboard');
  });
});
