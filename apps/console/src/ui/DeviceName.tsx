import { useQuery } from '@tanstack/react-query';
import { catalogModelName } from '../api/quote';

/**
 * "Apple iPhone 13 · 256 GB" for a device the services know by ids (apple-iphone-13, 256gb): a clerk or a grader
 * reads names, not catalog keys. Each model is asked for once per session (the catalog changes with a release, not
 * during a shift); until it answers, or for a model the catalog does not know, the ids are shown.
 */
export function useDeviceName(modelId: string | null | undefined, variantId?: string | null): string {
  const model = useQuery({
    queryKey: ['catalog-model-name', modelId],
    queryFn: () => catalogModelName(modelId ?? ''),
    enabled: Boolean(modelId),
    staleTime: Infinity,
    gcTime: Infinity,
  }).data;
  if (!modelId) return '';
  const variant = variantId ? model?.variants.find((v) => v.id === variantId) : undefined;
  const variantLabel = variant ? (variant.edition ?? (variant.storageGb ? `${variant.storageGb} GB` : variant.id)) : variantId;
  const name = model ? `${model.brand} ${model.name}` : modelId;
  return variantLabel ? `${name} · ${variantLabel}` : name;
}

/** The device's name, with its catalog ids in the tooltip (what ops search and the price table use). */
export function DeviceName({ modelId, variantId, empty = '—' }: { modelId?: string | null; variantId?: string | null; empty?: string }) {
  const label = useDeviceName(modelId, variantId);
  if (!modelId) return <>{empty}</>;
  return <span title={[modelId, variantId].filter(Boolean).join(' · ')}>{label}</span>;
}
