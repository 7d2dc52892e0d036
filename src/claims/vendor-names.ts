/** Whether a statement's words name a vendor: "AWS S3" names Amazon S3, "Vercel" names Vercel Web Analytics. */
import { vendorById, vendors, type Vendor } from '../scan/vendors.ts';
import { escapeRegex } from '../utils/regex.ts';

/** Brand families whose first word alone names no single vendor. */
const FAMILIES = new Set(['google', 'amazon', 'aws', 'microsoft', 'azure', 'cloudflare', 'twilio', 'open', 'better', 'new', 'lemon']);

const normalise = (text: string): string => ` ${text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim()} `;

/**
 * The names a statement may use for a vendor, normalised. `loose` adds the brand alone ("Vercel"
 * for Vercel Web Analytics): right for "is this vendor listed?", too broad for "which vendors does this line name?".
 */
function vendorAliases(vendor: Pick<Vendor, 'id' | 'name' | 'aliases'>, loose = true): string[] {
  const name = vendor.name.replace(/\s*\(.*?\)\s*/g, ' ').trim();
  const base = [vendor.name, name, vendor.id.replace(/-/g, ' '), name.replace(/\s+(?:API|Cloud)$/i, '')];
  const aliases = new Set([...base, ...base.filter((n) => /^Amazon\s/i.test(n)).map((n) => n.replace(/^Amazon/i, 'AWS'))]);
  for (const part of name.split(/\s*\/\s*/)) aliases.add(part);
  // A third party of the facts is a catalogue vendor by its id: its aliases are the catalogue's.
  for (const alias of vendor.aliases ?? vendorById(vendor.id)?.aliases ?? []) aliases.add(alias);
  const first = name.split(/\s+/)[0] ?? '';
  if (loose && first.length >= 4 && !FAMILIES.has(first.toLowerCase())) aliases.add(first);
  // A family word alone ("Google" from "Google Cloud", the id "aws") names no single vendor, but the one whose whole name it is ("Twilio").
  const own = normalise(name).trim();
  return [...aliases].map(normalise).filter((a) => a.trim().length >= 2 && (!FAMILIES.has(a.trim()) || a.trim() === own));
}

/** Whether `text` names the vendor, by its name, id or (loosely) its brand. */
export function names(text: string, vendor: Pick<Vendor, 'id' | 'name' | 'aliases'>, loose = true): boolean {
  const t = normalise(text);
  return vendorAliases(vendor, loose).some((alias) => t.includes(alias));
}

/**
 * Whether a list line names the party, or the provider whose service it is: "Amazon Web Services"
 * covers Amazon S3 and DynamoDB (catalogue ids `aws-s3`, `aws-dynamodb` under `aws`), as a
 * sub-processor list names the company rather than each of its services.
 */
export function listedAs(text: string, party: Pick<Vendor, 'id' | 'name' | 'aliases'>): boolean {
  return names(text, party) || vendorsNamedIn(text).some((v) => party.id.startsWith(`${v.id}-`))
    || [...companiesNamedIn(text), ...familiesNamedAlone(text)].some((family) => ofFamily(party, family));
}

/**
 * A family's brand written alone as a name ("Cloudflare (hosting)", "AWS, for storage"), with no service's name after it
 * ("Google Drive API", "Cloudflare R2"): the company, which a sub-processor list names for all its services.
 */
const BRAND_ALONE = /\b(Google|Amazon|AWS|Microsoft|Azure|Cloudflare|Twilio)\b(?![ \t]+(?:[A-Z0-9]|[a-z]+[A-Z]))(?!['\u2019]s\b)(?!-)/g;
const familiesNamedAlone = (text: string): string[] => [...text.matchAll(BRAND_ALONE)].filter((m) => !DENIED_BEFORE.test(text.slice(0, m.index))).map((m) => m[1]!.toLowerCase());
/** A negation in the brand's clause before it ("nothing is sent to Google", "we do not use AWS"): the brand denied, not listed. */
const DENIED_BEFORE = /(?:\b(?:not|never|no|nothing|none|neither|nor|without|except)\b|n't\b)[^.;:!?()\n]*$/i;

/** A family's company by its legal name ("Google LLC", "Microsoft Corporation", "Google Ireland Limited"), which a sub-processor list names for all its services. */
const COMPANY = new RegExp(String.raw`\b(${[...FAMILIES].join('|')})\s+(?:[A-Z][a-z]+\s+)?(?:LLC|Inc|Ltd|Limited|Corporation|Corp|GmbH|plc|S\.?A\.?R\.?L)\b`, 'gi');
const companiesNamedIn = (text: string): string[] => [...text.matchAll(COMPANY)].map((m) => m[1]!.toLowerCase());
/** A vendor of the family: Google's by its id (`google-cloud`) or by its name ("Firebase (Google)"). */
const ofFamily = (party: Pick<Vendor, 'id' | 'name'>, family: string): boolean => party.id.startsWith(`${family}-`) || normalise(party.name).includes(` ${family} `);

/**
 * Catalogue vendors a text names by name or id (for "listed but not seen in the code" notes). A name that is only ever
 * part of another vendor's ("OpenAI" in "Azure OpenAI") names that vendor alone.
 */
export function vendorsNamedIn(text: string): Vendor[] {
  const t = normalise(text);
  const found = vendors.flatMap((vendor) => {
    const spans = vendorAliases(vendor, false).flatMap((alias) => {
      const at = occurrences(t, alias);
      if (at.length > 0 && vendor.word && !alias.trim().includes(' ') && !writtenAsName(text, alias.trim(), vendor)) return [];
      return at.map((from) => [from, from + alias.length] as const);
    });
    return spans.length > 0 ? [{ vendor, spans }] : [];
  });
  if (found.length < 2) return found.map((f) => f.vendor);
  return found.filter(({ vendor, spans }) => !spans.every(([from, to]) => found.some((other) => other.vendor !== vendor
    && other.spans.some(([start, end]) => start <= from && to <= end && end - start > to - from)))).map((f) => f.vendor);
}

/** What follows a verb giving an order at a sentence's start ("Make sure ...", "Split the data ..."), not a name ("Render hosts ..."). */
const ORDER_OBJECT = /^\s+(?:sure|the|a|an|your|our|their|its|it|them|this|that|these|those|all|any|every|each|no|up|out)\b/i;

/**
 * Whether a one-word alias of a vendor whose name is an everyday word is written as that name: capitalised ("calls
 * Make", "Render hosts the backend", not "we only make calls" or "Make sure ..."), or by the vendor's domain (`make.com`).
 */
function writtenAsName(text: string, alias: string, vendor: Vendor): boolean {
  const lower = text.toLowerCase();
  if (vendor.hosts.some((host) => new RegExp(`(?<![\\w.-])(?:[\\w-]+\\.)*${escapeRegex(host.split('.').slice(-2).join('.'))}\\b`).test(lower))) return true;
  for (const match of text.matchAll(new RegExp(`\\b${alias}\\b`, 'gi'))) {
    if (!/^[A-Z]/.test(match[0])) continue;
    const before = text.slice(0, match.index).trimEnd();
    if (!(before === '' || /[.!?:;]$/.test(before)) || !ORDER_OBJECT.test(text.slice(match.index + alias.length))) return true;
  }
  return false;
}

function occurrences(text: string, part: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(part); at !== -1; at = text.indexOf(part, at + 1)) out.push(at);
  return out;
}
