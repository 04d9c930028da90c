/**
 * The first rows of the TAC → model table exactly as SeedTacModels1764150000001 first wrote them, frozen here so the
 * migration's result never changes later. TACs come from public listings of GSMA allocations, not from the GSMA
 * database itself, which is licensed: ops correct and extend the table through the API, and TACs that quote-service
 * sends with quote.accepted are learned as `CATALOG` rows. Never edit these rows.
 */

export interface SeedTacModel {
  readonly tac: string;
  readonly modelId: string;
  readonly brand: string;
  readonly name: string;
  readonly category: string;
}

export const SEED_TAC_MODELS: readonly SeedTacModel[] = [
  { tac: '01332700', modelId: 'apple-iphone-5', brand: 'Apple', name: 'iPhone 5', category: 'smartphone' },
  { tac: '35875505', modelId: 'apple-iphone-5s', brand: 'Apple', name: 'iPhone 5s', category: 'smartphone' },
  { tac: '35881505', modelId: 'apple-iphone-5c', brand: 'Apple', name: 'iPhone 5c', category: 'smartphone' },
  { tac: '35925406', modelId: 'apple-iphone-6', brand: 'Apple', name: 'iPhone 6', category: 'smartphone' },
  { tac: '35325807', modelId: 'apple-iphone-6s', brand: 'Apple', name: 'iPhone 6s', category: 'smartphone' },
  { tac: '35391805', modelId: 'google-nexus-4', brand: 'Google', name: 'Nexus 4', category: 'smartphone' },
  { tac: '35824005', modelId: 'google-nexus-5', brand: 'Google', name: 'Nexus 5', category: 'smartphone' },
  { tac: '35929005', modelId: 'motorola-moto-g', brand: 'Motorola', name: 'Moto G', category: 'smartphone' },
  { tac: '35920605', modelId: 'nokia-lumia-625', brand: 'Nokia', name: 'Lumia 625', category: 'smartphone' },
  { tac: '35803106', modelId: 'htc-one-m8s', brand: 'HTC', name: 'One M8s', category: 'smartphone' },
  { tac: '35838706', modelId: 'lg-g-stylo', brand: 'LG', name: 'G Stylo', category: 'smartphone' },
];
