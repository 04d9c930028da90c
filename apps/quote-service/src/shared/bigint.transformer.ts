import { type ValueTransformer } from 'typeorm';

/** PostgreSQL bigint ↔ JavaScript bigint (pg returns int8 as a string to keep precision). */
export const bigintColumn: ValueTransformer = {
  to: (value: bigint | null | undefined) => (value === null || value === undefined ? value : value.toString()),
  from: (value: string | null) => (value === null ? null : BigInt(value)),
};
