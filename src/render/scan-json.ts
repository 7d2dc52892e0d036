import type { Facts } from '../scan/facts.ts';

/** The facts as JSON (`schemaVersion` first); documented in docs/facts.md. */
export function renderScanJson(facts: Facts): string {
  return `${JSON.stringify(facts, null, 2)}\n`;
}
