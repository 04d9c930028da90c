/** One reason an input was refused, named by its field (becomes an entry of a problem+json response). */
export interface FieldError {
  field: string;
  reason: string;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };
