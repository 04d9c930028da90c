import { ValidationError, getMetadataStorage } from 'class-validator';

interface PropertyRule {
  propertyName: string;
  type: string;
}

const NESTED = 'nestedValidation';
const OPTIONAL = 'conditionalValidation';
const MAX_DEPTH = 16;

interface NestedRules {
  optional: ReadonlySet<string>;
  nested: readonly string[];
}

/**
 * Kept per rules array: class-validator's lookup answers the same array for a class until a decorator registers a
 * rule (cacheValidationMetadata, libs/contracts), so a new array is a new answer. This runs on every validated DTO.
 */
const byRules = new WeakMap<object, NestedRules>();

function nestedRules(target: object): NestedRules {
  const rules = getMetadataStorage().getTargetValidationMetadatas(target as new () => object, '', true, false) as PropertyRule[];
  let found = byRules.get(rules);
  if (!found) {
    found = {
      optional: new Set(rules.filter((r) => r.type === OPTIONAL).map((r) => r.propertyName)),
      nested: [...new Set(rules.filter((r) => r.type === NESTED).map((r) => r.propertyName))],
    };
    byRules.set(rules, found);
  }
  return found;
}

/**
 * class-validator lets a property whose only rule is @ValidateNested() be missing: the DTO then passes with
 * `undefined` where the handler expects an object, and the first `dto.grades.A` is a 500 (found by the contract
 * fuzzer on an empty POST). Here such a property is required unless it is @IsOptional() (or @ValidateIf()).
 */
export function missingNestedObjects(value: unknown, depth = 0): ValidationError[] {
  if (depth > MAX_DEPTH || typeof value !== 'object' || value === null) return [];
  if (Array.isArray(value)) return value.flatMap((item) => missingNestedObjects(item, depth + 1));
  const target = (value as object).constructor;
  if (target === Object) return [];
  const { optional, nested } = nestedRules(target);
  if (!nested.length) return [];
  const errors: ValidationError[] = [];
  for (const property of nested) {
    const child = (value as Record<string, unknown>)[property];
    if (child === undefined || child === null) {
      if (optional.has(property)) continue;
      const e = new ValidationError();
      e.property = property;
      e.constraints = { isDefined: `${property} is required` };
      e.children = [];
      errors.push(e);
      continue;
    }
    const inner = missingNestedObjects(child, depth + 1);
    if (inner.length) {
      const e = new ValidationError();
      e.property = property;
      e.children = inner;
      errors.push(e);
    }
  }
  return errors;
}
