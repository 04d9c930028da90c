export const BOX_STATUSES = ['OPEN', 'CLOSED', 'SHIPPED', 'RECEIVED', 'RECONCILED'] as const;
export type BoxStatus = (typeof BOX_STATUSES)[number];

/** Why a box action is refused; each maps to a 409 naming the box's status. */
export function boxActionAllowed(
  status: BoxStatus,
  action: 'ADD' | 'REMOVE' | 'CLOSE' | 'REOPEN' | 'SHIP' | 'RECEIVE' | 'SCAN' | 'RECONCILE',
): boolean {
  switch (action) {
    case 'ADD':
    case 'REMOVE':
    case 'CLOSE':
      return status === 'OPEN';
    case 'REOPEN':
    case 'SHIP':
      return status === 'CLOSED';
    case 'RECEIVE':
      return status === 'SHIPPED';
    case 'SCAN':
    case 'RECONCILE':
      return status === 'RECEIVED';
  }
}

export interface ManifestLine {
  readonly tradeInId: string;
  readonly deviceKey: string;
}

export interface Reconciliation {
  readonly arrived: readonly ManifestLine[];
  readonly missing: readonly ManifestLine[];
  /** Device keys scanned out of the box that its manifest does not list. */
  readonly unexpected: readonly string[];
}

/** Compares what the manifest promised with what was scanned out of the box at the site. */
export function reconcile(manifest: readonly ManifestLine[], scannedKeys: readonly string[]): Reconciliation {
  const scanned = new Set(scannedKeys);
  const listed = new Set(manifest.map((l) => l.deviceKey));
  return {
    arrived: manifest.filter((l) => scanned.has(l.deviceKey)),
    missing: manifest.filter((l) => !scanned.has(l.deviceKey)),
    unexpected: [...scanned].filter((k) => !listed.has(k)),
  };
}
