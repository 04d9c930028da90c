import { type CatalogModel } from '../catalog.model';
import { CONSOLES } from './consoles.seed';
import { LAPTOPS } from './laptops.seed';
import { SMARTPHONES } from './smartphones.seed';
import { SMARTWATCHES } from './smartwatches.seed';
import { TABLETS } from './tablets.seed';

/** The seeded catalog: every model the first price table prices, in every market. */
export const CATALOG_SEED: readonly CatalogModel[] = Object.freeze([...SMARTPHONES, ...CONSOLES, ...SMARTWATCHES, ...TABLETS, ...LAPTOPS]);
