import fs from 'node:fs';
import path from 'node:path';
import type { VendorCategory } from './facts.ts';
import { escapeRegex } from '../utils/regex.ts';
import { words } from './source/names.ts';

/** A file whose presence means the app is deployed on a vendor; `contains` must then match its text. A path ending in `/` is any file right in that folder. */
export interface HostingFileRule {
  path: string;
  contains?: string;
}

/** One entry of `src/data/vendors.json` (its `$fields` note explains the pattern syntax). */
export interface Vendor {
  id: string;
  name: string;
  site: string;
  /** Names a statement uses besides the name and id (`Vertex AI` for Google Vertex AI). */
  aliases?: string[];
  category: VendorCategory;
  region: string;
  npm: string[];
  buildOnly: string[];
  /** Entries of `npm` that count only when the app's code imports them (a development tunnel its template installs). */
  importOnly: string[];
  hosts: string[];
  hostingFiles: HostingFileRule[];
  /** Entries of `npm` that adapt the app's own server to run on the vendor (`serverless(app)` of serverless-http): no call of theirs sends it anything. */
  adapters: string[];
  /** SDK calls that run in the app and send nothing, as the last names of the call (`webhooks.constructEvent`). */
  sdkLocal: string[];
  /** SDK calls that hand their callback an object of the SDK (`withScope` for `Sentry.withScope((scope) => scope.setUser(...))`). */
  sdkScopes?: string[];
  /** Services of another vendor's SDK that are this vendor: `{ "aws-sdk": ["DynamoDB"] }` for `new AWS.DynamoDB()`. */
  services?: Record<string, string[]>;
  /** True where the name or id is an everyday word (`make`, `box`): a statement names it only as a name (see `$fields`). */
  word?: true;
  /** False where the id is an everyday word or software anyone may host: an environment variable named with it names no vendor. */
  variable?: false;
  /** Other names an environment variable names the vendor by, words joined by `-` as in an id (`teams` for `TEAMS_WEBHOOK_URL`). */
  variableNames?: string[];
  /** True where the hosting serves only the files it is given and runs none of the app's code (GitHub Pages). */
  staticOnly?: true;
  note?: string;
}

export interface PackageMatch {
  vendor: Vendor;
  /** The package is a build tool, CLI, type package or local-only library: it sends no app data. */
  buildOnly: boolean;
  /** The package counts only when the app's code imports it, not for being a dependency. */
  importOnly: boolean;
}

export interface HostingFileMatch {
  vendor: Vendor;
  rule: HostingFileRule;
  /** 0-based offset of the `contains` match, 0 when the rule has none. */
  offset: number;
}

interface RawVendor extends Omit<Vendor, 'buildOnly' | 'importOnly' | 'hostingFiles' | 'sdkLocal' | 'adapters'> {
  buildOnly?: string[];
  adapters?: string[];
  importOnly?: string[];
  sdkLocal?: string[];
  hostingFiles?: Array<string | HostingFileRule>;
}

export const vendors: readonly Vendor[] = (
  JSON.parse(fs.readFileSync(path.join(import.meta.dirname, '../data/vendors.json'), 'utf8')) as { vendors: RawVendor[] }
).vendors.map((v) => ({
  ...v,
  buildOnly: v.buildOnly ?? [],
  importOnly: v.importOnly ?? [],
  sdkLocal: v.sdkLocal ?? [],
  adapters: v.adapters ?? [],
  hostingFiles: (v.hostingFiles ?? []).map((f) => (typeof f === 'string' ? { path: f } : f)),
}));

const byId = new Map(vendors.map((v) => [v.id, v]));

// Services of a package that covers several vendors: package -> service -> vendor.
const services = new Map<string, Map<string, Vendor>>();
for (const vendor of vendors) {
  for (const [pkg, names] of Object.entries(vendor.services ?? {})) {
    const byName = services.get(pkg) ?? new Map<string, Vendor>();
    for (const name of names) byName.set(name, vendor);
    services.set(pkg, byName);
  }
}

/** The vendor a service of a package is (`DynamoDB` of `aws-sdk`: Amazon DynamoDB); null when the package names none. */
export function serviceVendor(pkg: string, service: string): Vendor | null {
  return services.get(pkg)?.get(service) ?? null;
}

// Packages: exact names in a map; patterns (`@scope/`, `name-*`, `@scope/*-plugin`) most literal characters first.
const exactPackages = new Map<string, PackageMatch>();
const packagePatterns: Array<{ regex: RegExp; literal: number; match: PackageMatch }> = [];
for (const vendor of vendors) {
  for (const [list, buildOnly] of [[vendor.npm, false], [vendor.buildOnly, true]] as const) {
    for (const entry of list) {
      const match = { vendor, buildOnly, importOnly: !buildOnly && vendor.importOnly.includes(entry) };
      if (entry.endsWith('/') || entry.includes('*')) {
        const glob = entry.endsWith('/') ? `${entry}*` : entry;
        const regex = new RegExp(`^${glob.split('*').map(escapeRegex).join('.*')}$`);
        packagePatterns.push({ regex, literal: glob.replaceAll('*', '').length, match });
      } else if (!exactPackages.has(entry) || buildOnly) exactPackages.set(entry, match);
    }
  }
}
// On equal specificity the build-only entry wins.
packagePatterns.sort((a, b) => b.literal - a.literal || Number(b.match.buildOnly) - Number(a.match.buildOnly));

/** The vendor an npm package (or a module specifier such as `firebase/app`) belongs to. */
export function vendorForPackage(name: string): PackageMatch | null {
  const pkg = packageName(name);
  if (pkg === null) return null;
  const exact = exactPackages.get(pkg);
  if (exact) return exact;
  for (const { regex, match } of packagePatterns) if (regex.test(pkg)) return match;
  return null;
}

/** The package part of a bare module specifier: `@sentry/node/esm` -> `@sentry/node`; null for relative paths, URLs and `node:` builtins. */
export function packageName(specifier: string): string | null {
  if (!specifier || specifier.startsWith('.') || specifier.startsWith('/') || /^[a-z][a-z0-9+.-]*:/i.test(specifier)) return null;
  const parts = specifier.split('/');
  if (specifier.startsWith('@')) return parts.length >= 2 && parts[1] ? `${parts[0]}/${parts[1]}` : null;
  return parts[0]!;
}

// Hosts: exact names in a map; patterns as regular expressions, most literal characters first.
const exactHosts = new Map<string, Vendor>();
const hostPatterns: Array<{ pattern: string; regex: RegExp; literal: number; vendor: Vendor }> = [];
for (const vendor of vendors) {
  for (const host of vendor.hosts) {
    if (!host.includes('*')) {
      exactHosts.set(host, vendor);
      continue;
    }
    const body = host.startsWith('*.') ? host.slice(2) : host;
    const source = body.split('*').map(escapeRegex).join('[a-z0-9-]+');
    const regex = new RegExp(`^${host.startsWith('*.') ? '(?:[a-z0-9-]+\\.)+' : ''}${source}$`);
    hostPatterns.push({ pattern: host, regex, literal: body.replaceAll('*', '').length, vendor });
  }
}
hostPatterns.sort((a, b) => b.literal - a.literal);

// The patterns a host may match, by its last two labels: a pattern's text after its last `*` (`.sentry.io`,
// `.amazonaws.com`) ends every host it matches, so a lookup tests (and V8 compiles) only the few that can match.
// Patterns whose text after the last `*` holds no two whole labels are in every list.
const lastLabels = (text: string): string | null => {
  const parts = text.split('.');
  return parts.length >= 3 ? parts.slice(-2).join('.') : null;
};
const suffixLabels = hostPatterns.map((p) => lastLabels(p.pattern.slice(p.pattern.lastIndexOf('*') + 1)));
const anyHost = hostPatterns.filter((_, i) => suffixLabels[i] === null);
const patternsByLabels = new Map<string, typeof hostPatterns>();
for (const labels of new Set(suffixLabels)) {
  if (labels !== null) patternsByLabels.set(labels, hostPatterns.filter((_, i) => suffixLabels[i] === null || suffixLabels[i] === labels));
}

const hostCache = new Map<string, Vendor | null>();

const byVariable = new Map<string, Vendor | null>();
/** Each vendor's id, and its other names for variables, as words (`google-analytics`), for `vendorForVariable`. */
const idWords = vendors.filter((v) => v.variable !== false)
  .flatMap((vendor) => [vendor.id, ...vendor.variableNames ?? []].map((id) => ({ vendor, words: id.split('-'), joined: id.replaceAll('-', '') })));

/**
 * The vendor an environment variable's name names (`MONDAY_API_URL`: monday.com, `VITE_SLACK_WEBHOOK_URL`: Slack): the one
 * whose id's words, or the id as one word (`HUGGINGFACE_URL`), or those of another of its names (`variableNames`), are among the name's, the id of most words first; null when
 * none does, when two vendors tie, or for ids that are everyday words (`variable: false`), so `API_URL` or `FRONT_URL` name none.
 */
export function vendorForVariable(name: string): Vendor | null {
  let found = byVariable.get(name);
  if (found !== undefined) return found;
  const w = words(name);
  let best: Vendor | null = null;
  let size = 0;
  let tie = false;
  for (const { vendor, words: id, joined } of idWords) {
    const named = w.includes(joined) || w.some((_, i) => id.every((word, j) => w[i + j] === word));
    if (!named) continue;
    // Another name of the vendor found: it counts at its longest.
    if (vendor === best) {
      if (id.length > size) [size, tie] = [id.length, false];
      continue;
    }
    if (id.length < size) continue;
    tie = id.length === size;
    if (!tie) [best, size] = [vendor, id.length];
  }
  found = tie ? null : best;
  byVariable.set(name, found);
  return found;
}

/**
 * The vendor behind a host (`o1.ingest.sentry.io`, `https://api.openai.com/v1`, `eu.i.posthog.com:443`).
 * A wildcard such as a declared `*.sentry.io` matches the vendor whose hosts all live under it.
 */
export function vendorForHost(input: string): Vendor | null {
  const host = normaliseHost(input);
  if (!host) return null;
  const cached = hostCache.get(host);
  if (cached !== undefined) return cached;
  const vendor = host.startsWith('*.') ? vendorForWildcard(host) : lookupHost(host);
  hostCache.set(host, vendor);
  return vendor;
}

function lookupHost(host: string): Vendor | null {
  const exact = exactHosts.get(host);
  if (exact) return exact;
  for (const { regex, vendor } of patternsByLabels.get(host.split('.').slice(-2).join('.')) ?? anyHost) if (regex.test(host)) return vendor;
  return null;
}

function vendorForWildcard(host: string): Vendor | null {
  const base = host.slice(2);
  // A catalogue pattern written the same way, or one that covers every host under the wildcard.
  const covering = hostPatterns.find((p) => p.pattern === host)?.vendor ?? lookupHost(`x0.${base}`);
  if (covering) return covering;
  // Otherwise the catalogue hosts under the wildcard: one vendor is an answer, several are not.
  const under = new Set<Vendor>();
  for (const vendor of vendors) {
    for (const h of vendor.hosts) {
      const literal = h.startsWith('*.') ? h.slice(2) : h;
      if (!literal.includes('*') && (literal === base || literal.endsWith(`.${base}`))) under.add(vendor);
    }
  }
  return under.size === 1 ? [...under][0]! : null;
}

function normaliseHost(input: string): string {
  let host = input.trim().toLowerCase();
  const scheme = host.indexOf('://');
  if (scheme !== -1) host = host.slice(scheme + 3);
  host = host.replace(/[/?#].*$/, '').replace(/^[^@]*@/, '').replace(/:\d+$/, '').replace(/\.$/, '');
  return host;
}

const hostingRules = vendors
  .flatMap((vendor) => vendor.hostingFiles.map((rule) => ({ vendor, rule })))
  .sort((a, b) => b.rule.path.length - a.rule.path.length);

/**
 * The hosting vendor a file (path relative to the app, `/` separators) shows. A rule with `contains`
 * needs the file's text: pass `read`; without it such rules never match.
 */
export function vendorForHostingFile(file: string, read?: () => string | null): HostingFileMatch | null {
  let text: string | null | undefined;
  const folder = file.slice(0, file.lastIndexOf('/') + 1);
  for (const { vendor, rule } of hostingRules) {
    // `.github/workflows/`: any file right in that folder, told apart by what it contains.
    const at = rule.path.endsWith('/') ? folder : file;
    if (at !== rule.path && !at.endsWith(`/${rule.path}`)) continue;
    if (rule.contains === undefined) return { vendor, rule, offset: 0 };
    if (!read) continue;
    text ??= read();
    if (text === null) continue;
    const match = new RegExp(rule.contains, 'm').exec(text);
    if (match) return { vendor, rule, offset: match.index + match[0].length - match[0].trimStart().length };
  }
  return null;
}

export function vendorById(id: string): Vendor | null {
  return byId.get(id) ?? null;
}
