/** Narrowing helpers for documents parsed from YAML or JSON, where any value may have any shape. */

export type Plain = Record<string, unknown>;

export function record(value: unknown): Plain | null {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Plain) : null;
}

export function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function text(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}
