/**
 * Stock keeping unit of a refurbishable device: model, variant and marketplace grade, so identical
 * sellable units share one SKU. Upper-case, hyphen-separated, at most 120 characters (the contract's limit).
 */
export function skuFor(modelId: string, variantId: string | null | undefined, marketplaceGrade: string): string {
  const parts = [modelId, variantId ?? 'BASE', marketplaceGrade].map(slug);
  return parts.join('--').slice(0, 120);
}

function slug(value: string): string {
  return (
    value
      .trim()
      .toUpperCase()
      .replace(/[^A-Z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'X'
  );
}
