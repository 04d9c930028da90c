/**
 * What `npm start` seeds for trying the platform and what `npm run demo` trades in: one demo partner, one
 * store of that partner, the grading site mail-in parcels go to, and the phones whose TACs intake must know.
 * Stores and sites are not registered anywhere: they are identifiers carried by staff tokens (store_staff
 * bound to a store and its partner, grader bound to a site); intake addresses inbound labels to its
 * INTAKE_DEFAULT_SITE_ID, so the demo site must be that one.
 */
export const DEMO_PARTNER = { id: 'demo-partner', name: 'Demo Telco' } as const;
export const DEMO_STORE_ID = 'STORE-DEMO-1';
export const DEFAULT_SITE_ID = 'SITE-1';
/** The demo partner shop `npm start` serves (scripts/demo-shop): its origin is registered for the widget. */
export const DEMO_SHOP_ORIGIN = `http://127.0.0.1:${process.env['DEMO_SHOP_PORT'] ?? 5300}`;

export interface DemoDevice {
  tac: string;
  modelId: string;
  variantId: string;
  brand: string;
  name: string;
  category: 'smartphone';
}

/** Phones with one TAC each (demo allocations), mapped in intake's TAC table so receipts confirm the model. */
export const DEMO_DEVICES: readonly DemoDevice[] = [
  { tac: '35390811', modelId: 'apple-iphone-13', variantId: '128gb', brand: 'Apple', name: 'iPhone 13', category: 'smartphone' },
  { tac: '35153429', modelId: 'samsung-galaxy-s24', variantId: '128gb', brand: 'Samsung', name: 'Galaxy S24', category: 'smartphone' },
  { tac: '35786114', modelId: 'google-pixel-8', variantId: '128gb', brand: 'Google', name: 'Pixel 8', category: 'smartphone' },
];
