/**
 * What the code proves about an app, as short lines for the overview and the index: each is a
 * claim of Candor's catalogue that verifies against the facts, so it is never merely asserted.
 */
import { claimById } from '../../claims/registry.ts';
import type { Truths } from '../../render/documents/truths.ts';

const HIGHLIGHTS: Array<{ id: string; params?: Record<string, unknown>; text?: string }> = [
  { id: 'runs-on-atlassian', text: 'Eligible for Runs on Atlassian' },
  { id: 'no-external-backend' },
  { id: 'no-egress', text: 'No data egress outside Atlassian' },
  { id: 'storage-only-atlassian' },
  { id: 'data-residency-supported', params: { all: true }, text: 'Stored data follows Atlassian data residency' },
  { id: 'no-end-user-data-in-logs' },
  { id: 'no-personal-data-stored' },
  { id: 'personal-data-reporting', text: 'Reports stored account IDs to Atlassian' },
  { id: 'least-privilege-scopes', text: 'Requests only the permissions its code uses' },
  { id: 'no-secrets-in-source' },
  { id: 'licensing-enforced' },
];

export function highlights(truths: Truths): string[] {
  return HIGHLIGHTS.filter((h) => truths.holds(h.id, h.params ?? {})).map((h) => h.text ?? claimById(h.id)!.title);
}
