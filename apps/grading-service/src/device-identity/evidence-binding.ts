import { createHash } from 'node:crypto';

export interface EvidenceItem {
  ref: string;
  /** SHA-256 of the file as captured (photo, diagnostic report). */
  sha256: string;
  kind: string;
}

export interface BoundEvidence extends EvidenceItem {
  boundTo: string;
  /** SHA-256 over identifier, reference and content hash: changing any of them breaks the binding. */
  binding: string;
}

export function bindEvidence(identifier: string, item: EvidenceItem): BoundEvidence {
  const binding = createHash('sha256').update(`${identifier}\n${item.ref}\n${item.sha256}`, 'utf8').digest('hex');
  return { ...item, boundTo: identifier, binding };
}

export function verifyBinding(evidence: BoundEvidence): boolean {
  return bindEvidence(evidence.boundTo, evidence).binding === evidence.binding;
}
