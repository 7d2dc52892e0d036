/**
 * Whether a third party named in the profile is one the scan found. Vendors write names their own
 * way ("OpenAI, L.L.C.", "Functional Software, Inc. (Sentry)", "Amazon Web Services"), so an entry
 * matches on its id, on the vendor's name as a run of words (either way round), or on the site's domain.
 */
import type { ThirdParty } from '../scan/facts.ts';
import type { ThirdPartyEntry } from '../profile/schema.ts';

const LEGAL = new Set(['inc', 'llc', 'ltd', 'limited', 'gmbh', 'corp', 'corporation', 'co', 'company', 'plc', 'pty', 'sa', 'sas', 'ag', 'bv', 'ab', 'oy', 'srl', 'the']);
const SECOND_LEVEL = /^(co|com|net|org|gov|edu|ac)$/;

function nameWords(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\./g, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w && !LEGAL.has(w));
}

function containsRun(words: string[], run: string[]): boolean {
  if (run.length === 0 || run.length > words.length) return false;
  for (let i = 0; i + run.length <= words.length; i++) if (run.every((w, j) => words[i + j] === w)) return true;
  return false;
}

/** `aws.amazon.com` -> `amazon.com`, `www.example.co.uk` -> `example.co.uk`. */
export function siteDomain(urlOrHost: string): string | null {
  const host = /^(?:[a-z][a-z0-9+.-]*:\/\/)?([^/:?#]+)/i.exec(urlOrHost.trim())?.[1]?.toLowerCase();
  if (!host || !host.includes('.')) return null;
  const labels = host.split('.');
  const keep = labels.length >= 3 && SECOND_LEVEL.test(labels[labels.length - 2]!) && labels[labels.length - 1]!.length === 2 ? 3 : 2;
  return labels.slice(-keep).join('.');
}

export function sameThirdParty(entry: ThirdPartyEntry, found: ThirdParty): boolean {
  if (entry.id !== undefined && entry.id === found.vendor) return true;
  const words = nameWords(entry.name);
  const named = nameWords(found.name);
  // "Functional Software (Sentry)" names Sentry; "Google" names Google Analytics.
  if (containsRun(words, named) || containsRun(named, words) || containsRun(words, nameWords(found.vendor))) return true;
  const listed = entry.link ? siteDomain(entry.link) : null;
  return listed !== null && listed === siteDomain(found.site);
}
