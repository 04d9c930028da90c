import { type ValueTransformer } from 'typeorm';

/** pg returns int8 as a string (it can exceed 2^53); money stays a bigint in code. */
export const bigintColumn: ValueTransformer = {
  to: (value: bigint | null | undefined) => (value === null || value === undefined ? value : value.toString()),
  from: (value: string | null) => (value === null ? null : BigInt(value)),
};
