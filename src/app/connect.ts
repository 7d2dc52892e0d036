import path from 'node:path';
import type { DeclaredScope, Diagnostic, EgressDeclaration, Evidence, ModuleFact, Product, RemoteFact, TriggerFact, UninstallFact } from '../scan/facts.ts';
import ace from '../data/atlassian-connect-express.json' with { type: 'json' };
import implied from '../data/scope-implied.json' with { type: 'json' };
import { parseConnectScope } from '../scan/scopes/connect.ts';
import { isNotAppCode } from '../scan/app-code.ts';
import { blankJsonComments, blankTrailingCommas } from '../utils/jsonc.ts';
import { LineIndex } from '../utils/lines.ts';
import { findCodeDescriptor, mayHoldDescriptor, type CodeDescriptor } from './connect-code.ts';
import { descriptorShapeProblems } from './connect-shape.ts';
import { emptyConnectRead, readConnectGroup, readConnectLifecycle } from './connect-modules.ts';
import { webhookProducts } from './connect-products.ts';
import { formatPath, type PathSegment } from './doc-path.ts';
import { hostOf } from './egress-address.ts';
import { MAX_SOURCE_BYTES, type FileEntry } from './files.ts';
import { list, record, text, type Plain } from './values.ts';
import { YamlFile } from './yaml-locate.ts';

export interface ConnectRead {
  /** The descriptor file, or the source file that builds it. */
  file: string;
  inCode: boolean;
  key: string | null;
  name: string | null;
  baseUrl: string | null;
  /** `authentication.type`: `jwt`, `none`. */
  authentication: string | null;
  licensing: { enabled: boolean; evidence: Evidence | null };
  declaredScopes: DeclaredScope[];
  modules: ModuleFact[];
  triggers: TriggerFact[];
  uninstall: UninstallFact[];
  products: Product[];
  /** The URLs of the iframe pages of its modules. */
  pages: string[];
  /** The URLs of its modules' remote conditions. */
  conditions: string[];
  remotes: RemoteFact[];
  egress: EgressDeclaration[];
}

export const DESCRIPTOR_NAME = 'atlassian-connect.json';

type Read = (entry: FileEntry) => string | null;

/**
 * Finds the app's Connect descriptor: an `atlassian-connect.json` with `key` and `baseUrl` or
 * `modules` (the shallowest, e.g. at the root, in `public/` or `static/`), else (with `inCode`)
 * an object literal in code with `key` and `modules`. `read` returns a file's text, or null when it cannot.
 */
export function findConnectDescriptor(files: readonly FileEntry[], read: Read, options: { inCode: boolean } = { inCode: true }): { connect: ConnectRead | null; candidates: string[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const candidates = files
    .filter((f) => f.path === DESCRIPTOR_NAME || f.path.endsWith(`/${DESCRIPTOR_NAME}`))
    .sort((a, b) => a.path.split('/').length - b.path.split('/').length || (a.path < b.path ? -1 : 1));
  for (const entry of candidates) {
    const source = read(entry);
    if (source === null) continue;
    const parsed = parseDescriptorJson(entry.path, source, { comments: true });
    if ('diagnostic' in parsed) {
      diagnostics.push(parsed.diagnostic);
      continue;
    }
    const descriptor = record(parsed.value);
    if (descriptor && typeof descriptor.key === 'string' && (descriptor.baseUrl !== undefined || descriptor.modules !== undefined)) {
      const yaml = new YamlFile(entry.path, parsed.text);
      diagnostics.push(...descriptorShapeProblems(entry.path, descriptor, (p) => yaml.evidence(p)));
      const { values, product } = aceValues(files, read, entry.path);
      return { connect: connectFacts(entry.path, descriptor, (p) => yaml.evidence(p), false, values, product), candidates: [entry.path], diagnostics };
    }
    diagnostics.push({
      severity: 'warning', code: 'descriptor-invalid', file: entry.path, line: 1, column: 1,
      message: `${entry.path} is not a Connect descriptor: it needs a string \`key\` and a \`baseUrl\` or \`modules\`.`,
      hint: 'See https://developer.atlassian.com/cloud/jira/platform/app-descriptor/',
    });
  }
  if (candidates.length > 0 || !options.inCode) return { connect: null, candidates: candidates.map((c) => c.path), diagnostics };
  // A descriptor the server builds in code is the one it serves; one in a JSON file of another name comes first only when
  // the code's is no descriptor of its own (it spreads another, its key is not literal). Tests' fixtures come last.
  const sources = files.filter((f) => f.source && f.size <= MAX_SOURCE_BYTES);
  let partial: ConnectRead | null = null;
  for (const entry of [...sources.filter((f) => !fixture(f)), null, ...sources.filter(fixture)]) {
    if (entry === null) {
      const chosen = otherlyNamed(files, read) ?? partial;
      if (chosen) return { connect: chosen, candidates: [chosen.file], diagnostics };
      continue;
    }
    const source = read(entry);
    if (source === null || !mayHoldDescriptor(source)) continue;
    const found = findCodeDescriptor(entry.path, source);
    if (!found) continue;
    if (ownDescriptor(found) || fixture(entry)) return { connect: codeDescriptor(entry.path, source, found, files, read), candidates: [entry.path], diagnostics };
    partial ??= codeDescriptor(entry.path, source, found, files, read);
  }
  return { connect: null, candidates: [], diagnostics };
}

/** Whether a descriptor built in code is one of its own: a literal key, or literal modules or scopes and nothing spread into it. */
function ownDescriptor(found: CodeDescriptor): boolean {
  return typeof found.value.key === 'string' || (!found.spreads && (record(found.value.modules) !== null || Array.isArray(found.value.scopes)));
}

/** The facts of a descriptor built in code; what it leaves unknown, taken from the JSON module it spreads (best effort). */
function codeDescriptor(file: string, source: string, found: CodeDescriptor, files: readonly FileEntry[], read: Read): ConnectRead {
  const lines = new LineIndex(source);
  const inCode = (path: readonly PathSegment[]): Evidence => {
    for (let n = path.length; n > 0; n--) {
      const offset = found.offsets.get(formatPath(path.slice(0, n)));
      if (offset !== undefined) return lines.evidence(file, offset);
    }
    return lines.evidence(file, found.offset);
  };
  const base = !found.base?.startsWith('.') ? null : spreadJson(path.posix.join(path.posix.dirname(file), found.base), files, read);
  if (!base) return connectFacts(file, found.value, inCode, true);
  const value = { ...base.value };
  for (const [key, v] of Object.entries(found.value)) if (v !== null) value[key] = v;
  // A property the code leaves unknown is the JSON's: its evidence too.
  const locate = (p: readonly PathSegment[]): Evidence => (found.value[String(p[0])] != null || base.value[String(p[0])] === undefined ? inCode(p) : base.yaml.evidence(p));
  return connectFacts(file, value, locate, true);
}

/** The JSON file at `file` as a descriptor's values, or null when there is none or it is no object. */
function spreadJson(file: string, files: readonly FileEntry[], read: Read): { value: Record<string, unknown>; yaml: YamlFile } | null {
  const entry = files.find((f) => f.path === file);
  const source = entry && entry.size <= MAX_SOURCE_BYTES ? read(entry) : null;
  if (source === null || source === undefined) return null;
  const parsed = parseDescriptorJson(file, source, { comments: true });
  const value = 'value' in parsed ? record(parsed.value) : null;
  return value ? { value: { ...value }, yaml: new YamlFile(file, (parsed as { text: string }).text) } : null;
}

/** A fixture's JSON by its name (`descriptor.test.json`, `connect-sample.json`). */
const FIXTURE_JSON = /[.-](?:test|mock|example|sample)\.json$/;
/** Tests, mocks and examples: they often hold descriptor-shaped fixtures that are no app's. */
const fixture = (f: FileEntry): boolean => isNotAppCode(f.path) || FIXTURE_JSON.test(f.path);

/** JSON files that are no descriptor, whatever they hold. */
const NOT_DESCRIPTOR = /(?:^|\/)(?:package(?:-lock)?|tsconfig[\w.-]*|jsconfig|composer|manifest|app|config|credentials)\.json$/;

/**
 * A descriptor under another name (`descriptor.json`, `connect.json`, which a server reads and serves itself), in a JSON file
 * at most one folder deep. Its name tells nothing, so it must look like one in full: a string `key` and `baseUrl`, an
 * `authentication` with a `type` or a list of `scopes` (a Bitbucket app that signs no requests declares no authentication),
 * and `modules` or `lifecycle`.
 */
function otherlyNamed(files: readonly FileEntry[], read: Read): ConnectRead | null {
  for (const entry of files) {
    if (!entry.path.endsWith('.json') || entry.path.split('/').length > 2 || entry.size > MAX_SOURCE_BYTES || NOT_DESCRIPTOR.test(entry.path) || fixture(entry)) continue;
    const source = read(entry);
    if (source === null || !(source.includes('"authentication"') || source.includes('"scopes"')) || !source.includes('"baseUrl"')) continue;
    const parsed = parseDescriptorJson(entry.path, source, { comments: true });
    const descriptor = 'value' in parsed ? record(parsed.value) : null;
    if (!descriptor || typeof descriptor.key !== 'string' || typeof descriptor.baseUrl !== 'string') continue;
    const scopes = list(descriptor.scopes);
    const declares = typeof record(descriptor.authentication)?.type === 'string' || (scopes.length > 0 && scopes.every((scope) => typeof scope === 'string'));
    if (!declares || (descriptor.modules === undefined && descriptor.lifecycle === undefined)) continue;
    const yaml = new YamlFile(entry.path, (parsed as { text: string }).text);
    return connectFacts(entry.path, descriptor, (p) => yaml.evidence(p), false, { environment: 'production' }, null);
  }
  return null;
}

/**
 * Values atlassian-connect-express puts in for `{{localBaseUrl}}`, `{{appKey}}` and
 * `{{environment}}` when it serves the descriptor: the `production` section of its `config.json`
 * beside the descriptor. Values taken from environment variables (`$VAR`), and the placeholder the
 * ACE app template ships (`https://your-subdomain.herokuapp.com`), stay unknown. Also the product it names
 * (`"product": "confluence"`), which tells an app's product where its modules do not.
 * https://bitbucket.org/atlassian/atlassian-connect-express (lib/internal/registration and config)
 */
function aceValues(files: readonly FileEntry[], read: Read, descriptorPath: string): { values: Record<string, string>; product: Product | null } {
  const dir = descriptorPath.includes('/') ? descriptorPath.slice(0, descriptorPath.lastIndexOf('/') + 1) : '';
  const config = files.find((f) => f.path === `${dir}config.json`);
  const source = config ? read(config) : null;
  const parsed = source === null ? null : parseDescriptorJson(config!.path, source, { comments: true });
  const whole = parsed && 'value' in parsed ? record(parsed.value) : null;
  const production = record(whole?.production);
  const values: Record<string, string> = { environment: 'production' };
  for (const name of ['localBaseUrl', 'appKey']) {
    const value = text(production?.[name]);
    if (value && !value.startsWith('$') && !ace.templateBaseUrls.urls.includes(value.replace(/\/+$/, ''))) values[name] = value;
  }
  // The product ACE serves (`config.product()`): the environment's section's, else the top level's.
  const product = text(production?.product) ?? text(whole?.product);
  return { values, product: product !== null && ace.products.includes(product) ? product as Product : null };
}

/**
 * A Bitbucket Connect descriptor declares Bitbucket's classic scopes (`repository`, `pullrequest:write`), which no
 * Jira or Confluence descriptor does: they declare Connect's (`READ`, `WRITE`).
 * https://developer.atlassian.com/cloud/bitbucket/app-descriptor/
 */
function bitbucketScopes(scopes: unknown): boolean {
  const names = list(scopes).filter((s): s is string => typeof s === 'string');
  return names.some((s) => BITBUCKET_SCOPES.has(s)) && !names.some((s) => parseConnectScope(s, false) !== null);
}

const BITBUCKET_SCOPES = new Set(Object.entries(implied.bitbucketClassicImplies).flatMap(([scope, implies]) => (Array.isArray(implies) ? [scope, ...implies] : [])));

function fill(value: string | null, values: Record<string, string>): string | null {
  return value?.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => values[name] ?? whole) ?? null;
}

/**
 * JSON.parse with a `json-syntax` diagnostic at the line and column of the error; `text` is what was
 * parsed. With `comments`, comments and trailing commas are blanked first: atlassian-connect-express loads
 * the descriptor and config.json as more than JSON (`utils.loadJSON` in lib/internal/utils.js: through uglify-js
 * as a JavaScript object in its early releases, with JSON5 in later ones), and both take them.
 */
export function parseDescriptorJson(file: string, source: string, options: { comments?: boolean } = {}): { value: unknown; text: string } | { diagnostic: Diagnostic } {
  const bare = source.replace(/^\uFEFF/, '');
  const text = options.comments ? blankTrailingCommas(blankJsonComments(bare)) : bare;
  try {
    return { value: JSON.parse(text) as unknown, text };
  } catch (error) {
    const message = (error as Error).message;
    const lines = new LineIndex(text);
    const lineColumn = /line (\d+) column (\d+)/.exec(message);
    const position = /position (\d+)/.exec(message);
    const unexpected = UNEXPECTED.exec(message);
    const at = lineColumn
      ? { line: Number(lineColumn[1]), column: Number(lineColumn[2]) }
      : lines.evidence(file, position ? Number(position[1]) : unexpected ? unexpectedAt(text, unexpected) : text.length);
    const said = unexpected ? `Unexpected token '${unexpected[1]}'` : message.replace(/ in JSON at position.*$/, '').replace(/\s*\(line \d+ column \d+\)/, '');
    return {
      diagnostic: {
        severity: 'error', code: 'json-syntax', file, line: at.line, column: at.column,
        message: `Invalid JSON: ${said}.`,
        hint: 'Fix the JSON (a missing comma or quote, a trailing comma, a comment); the descriptor was not read.',
      },
    };
  }
}

/** V8's message for a token out of place (`["READ",]`): no position, but the text around it, 10 characters each side. */
const UNEXPECTED = /^Unexpected token '(.+?)', (\.\.\.)?"([\s\S]*)"(\.\.\.)? is not valid JSON$/;

/** Where the token of an `UNEXPECTED` message is: 10 characters into the text around it; in a short text, shown whole, its last. */
function unexpectedAt(text: string, [, token, before, around, after]: RegExpExecArray): number {
  if (before) {
    const start = text.indexOf(around!);
    return start < 0 ? text.length : start + 10;
  }
  return after ? around!.length - 10 : Math.max(0, around!.lastIndexOf(token!));
}

/**
 * Facts from a Connect descriptor object: key, base URL (the app's own back end, as a remote),
 * scopes, modules, webhooks and lifecycle callbacks.
 * https://developer.atlassian.com/cloud/jira/platform/app-descriptor/
 */
export function connectFacts(file: string, descriptor: Plain, locate: (path: readonly PathSegment[]) => Evidence, inCode: boolean, values: Record<string, string> = {}, configProduct: Product | null = null): ConnectRead {
  const read = emptyConnectRead();
  const baseUrl = fill(text(descriptor.baseUrl), values);
  for (const [type, entries] of Object.entries(record(descriptor.modules) ?? {})) readConnectGroup(type, entries, ['modules', type], locate, read, baseUrl);
  const lifecycle = record(descriptor.lifecycle);
  if (lifecycle) readConnectLifecycle(lifecycle, ['lifecycle'], locate, read);
  const remotes: RemoteFact[] = [];
  const egress: EgressDeclaration[] = [];
  if (baseUrl !== null) {
    const { host, wildcard } = hostOf(baseUrl);
    const evidence = locate(['baseUrl']);
    // `regionBaseUrls: { EU: ..., US: ... }`: the app's address for sites pinned to each location, as a Forge remote's `baseUrl` map.
    // https://developer.atlassian.com/cloud/jira/platform/data-residency/
    const regions = Object.entries(record(descriptor.regionBaseUrls) ?? {}).flatMap(([realm, url]) => (typeof url === 'string' && url !== '' ? [[realm, fill(url, values) ?? url] as const] : []));
    const hosts = [...new Set([host, ...regions.map(([, url]) => hostOf(url).host)].filter((h): h is string => h !== null))];
    remotes.push({ key: 'baseUrl', baseUrl: regions.length > 0 ? { default: baseUrl, ...Object.fromEntries(regions) } : baseUrl, hosts, operations: [], evidence });
    egress.push({ kind: 'remote', address: baseUrl, host, wildcard, category: null, inScopeEUD: null, evidence });
  }
  const name = text(descriptor.name) ?? text(record(descriptor.name)?.value);
  return {
    file,
    inCode,
    key: fill(text(descriptor.key), values),
    name,
    baseUrl,
    authentication: text(record(descriptor.authentication)?.type),
    licensing: { enabled: descriptor.enableLicensing === true, evidence: descriptor.enableLicensing === undefined ? null : locate(['enableLicensing']) },
    declaredScopes: list(descriptor.scopes).flatMap((scope, i) => (typeof scope === 'string' ? [{ scope, evidence: locate(['scopes', i]) }] : [])),
    modules: read.modules,
    triggers: read.triggers,
    uninstall: read.uninstall,
    // Modules offered by one product tell it; else the product atlassian-connect-express's config.json names, Bitbucket's scopes, or the webhooks' events.
    products: read.products.length > 0 ? read.products : configProduct !== null ? [configProduct] : bitbucketScopes(descriptor.scopes) ? ['bitbucket'] : webhookProducts(read.triggers),
    pages: read.pages,
    conditions: read.conditions,
    remotes,
    egress,
  };
}
