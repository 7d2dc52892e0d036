/** How profile values read in a document: data categories, storage places, retention, residency. */
import type { DataEntry } from '../../profile/schema.ts';
import type { DataKind } from '../../scan/facts.ts';

/** The kinds of data the scan finds, as a sentence names them. */
export const KIND_WORDS: Record<DataKind, string> = {
  'account-id': 'account IDs', email: 'email addresses', 'display-name': 'display names', 'ip-address': 'IP addresses', 'phone-number': 'phone numbers', 'product-content': 'product content',
  'resolver-payload': 'data users submit', secret: 'secrets', other: 'computed values', literal: 'fixed text',
};

const CATEGORIES: Record<string, string> = {
  'account-data': 'Atlassian account data',
  'site-metadata': 'Site metadata',
  'product-content': 'Product content',
  attachments: 'Attachments',
  images: 'Images',
  configuration: 'App configuration and settings',
  'operational-metadata': 'Operational metadata',
  logs: 'Logs',
  'usage-analytics': 'Usage analytics',
  'ai-prompts': 'AI prompts',
  'ai-responses': 'AI responses',
  'payment-data': 'Payment details',
  'contact-data': 'Contact details',
  credentials: 'Credentials',
};

export function categoryLabel(category: string): string {
  return CATEGORIES[category] ?? capitalise(category.replace(/[-_.]+/g, ' '));
}

/** Proper nouns that keep their capital inside a sentence; acronyms (AI) keep theirs anyway. */
const PROPER = new Set(['Atlassian', 'Jira', 'Confluence']);

/** A category or the profile's own words as they read inside a sentence: "AI prompts", "Atlassian account data", "product content". */
export function dataWords(value: string): string {
  if (!/^[a-z0-9-]+$/.test(value)) return value;
  const label = categoryLabel(value);
  const first = label.split(' ', 1)[0]!;
  return /^[A-Z][a-z]/.test(first) && !PROPER.has(first) ? label[0]!.toLowerCase() + label.slice(1) : label;
}

/** A data entry in the vendor's words when given, else its category. */
export function dataLabel(entry: DataEntry): string {
  return entry.description ?? categoryLabel(entry.category ?? 'data');
}

export function placeLabel(place: string, vendor: string, parties: ReadonlyMap<string, string>): string {
  switch (place) {
    case 'atlassian': return 'the customer\'s Atlassian product';
    case 'forge-kvs': return 'Forge key-value storage, hosted by Atlassian';
    case 'forge-sql': return 'Forge SQL, hosted by Atlassian';
    case 'forge-object-store': return 'Forge Object Store, hosted by Atlassian';
    case 'forge-cache': return 'Forge cache, hosted by Atlassian';
    case 'vendor-db': return `${vendor}'s own database`;
    case 'vendor-files': return `${vendor}'s own file storage`;
    case 'vendor-logs': return `${vendor}'s own logs`;
    case 'browser': return 'the user\'s browser';
    case 'not-stored': return 'not stored';
    default: {
      const id = place.replace(/^third-party:/, '');
      return parties.get(id) ?? id;
    }
  }
}

/** Places kept by Atlassian: the product itself and Forge hosted storage. */
export const ATLASSIAN_PLACES: ReadonlySet<string> = new Set(['atlassian', 'forge-kvs', 'forge-sql', 'forge-object-store', 'forge-cache']);

export function retentionLabel(retention: string): string {
  switch (retention) {
    case 'until-uninstall': return 'until the app is uninstalled';
    case 'until-deleted': return 'until the customer deletes it';
    case 'indefinite': return 'indefinitely';
    case 'not-stored': return 'not stored';
    case 'follows-atlassian': return 'as long as the Atlassian product keeps it';
    default: return retention;
  }
}

export function residencyLabel(residency: string): string {
  if (residency === 'follows-atlassian') return 'Follows the customer\'s Atlassian data residency location';
  if (residency === 'none') return 'No data residency control';
  return `Fixed location: ${residency}`;
}

export const PRODUCT_NAMES: Record<string, string> = {
  jira: 'Jira', confluence: 'Confluence', jsm: 'Jira Service Management', 'jira-software': 'Jira Software',
  bitbucket: 'Bitbucket', compass: 'Compass', graph: 'Atlassian platform',
};

export function capitalise(text: string): string {
  return text.length > 0 ? text[0]!.toUpperCase() + text.slice(1) : text;
}

/** "72 hours" from a number of hours. */
export function hoursText(hours: number): string {
  return `${hours} hour${hours === 1 ? '' : 's'}`;
}
