import type { DataKind } from '../scan/facts.ts';

const DATA: Record<DataKind, string> = {
  'account-id': 'account IDs',
  email: 'email addresses',
  'display-name': 'user names',
  'ip-address': 'IP addresses',
  'phone-number': 'phone numbers',
  'product-content': 'product content',
  'resolver-payload': 'data received from users or product events',
  secret: 'secrets',
  other: 'computed values',
  literal: 'constants',
};

/** `a`, `a and b`, `a, b and c`, for lists inside messages. */
export function listText(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** `account IDs and product content`, each kind once. */
export function dataText(kinds: readonly DataKind[]): string {
  return listText([...new Set(kinds)].map((k) => DATA[k]));
}

/** `` `a`, `b` and `c` ``, each once. */
export function codeList(items: readonly string[]): string {
  return listText([...new Set(items)].map((i) => `\`${i}\``));
}
