import { type en } from './en';

/** Same keys as English, any text: a language missing a key does not compile. */
type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };
export type Catalogue = Shape<typeof en>;
