import type { EgressCall, EgressDeclaration, EgressFacts, Platform, RemoteFact, SdkCall } from './facts.ts';
import { vendorById, vendorForHost } from './vendors.ts';
import { maskSecrets } from './source/secrets.ts';
import egressDefaults from '../data/forge-egress-defaults.json' with { type: 'json' };

/** The client of an image a front end loads (`<img src>`): `images` egress. */
export const IMAGE_CLIENT = 'img';

/** An image a page loads: `<img src>`, or an image element given its address (`img.src = url`, `new Image().src = url`). */
export function loadsImage(call: Pick<EgressCall, 'client' | 'side'>): boolean {
  return call.client === IMAGE_CLIENT || (call.client === 'img.src' && call.side === 'frontend');
}

/**
 * The kinds of the manifest's egress entries that allow a call, the first the one to add: an image `images`, a page's script
 * `scripts`, a style sheet `styles`, a page an iframe loads `frames` (a `fetch.client` entry for its host counts too, as it did),
 * else `fetch-client` for a front end's request and `fetch-backend` for a function's.
 */
export function declaredKinds(call: Pick<EgressCall, 'client' | 'side'>): string[] {
  if (loadsImage(call)) return ['images'];
  if (SCRIPT_CLIENTS.has(call.client) && call.side === 'frontend') return ['scripts'];
  if (call.client === STYLESHEET_CLIENT) return ['styles'];
  if (call.client === FRAME_CLIENT) return ['frames', 'fetch-client'];
  return call.side === 'frontend' ? ['fetch-client'] : ['fetch-backend'];
}
/** The client of a page an iframe loads (`frame.src = url`, `<iframe src>`). */
export const FRAME_CLIENT = 'iframe.src';
/** The client of a style sheet a page loads from another site (`<link rel="stylesheet" href>`): `styles` egress. */
export const STYLESHEET_CLIENT = 'stylesheet';
/** The client of a module a front end imports from another site (`import confetti from 'https://esm.sh/canvas-confetti'`). */
export const URL_IMPORT_CLIENT = 'import';
/** Scripts a page loads (`<script src>`, `script.src = url`, a module imported by its URL): `scripts` egress, as the page's CSP asks. */
const SCRIPT_CLIENTS: ReadonlySet<string> = new Set(['script', 'script.src', URL_IMPORT_CLIENT]);

/** Hosts Forge lets a front end load images from without a manifest entry. */
const DEFAULT_IMAGES: readonly string[] = egressDefaults.defaultAllowed.images;

/** Whether a declared host pattern (`api.example.com`, `*.example.com`, `*`) allows a host. */
export function hostAllowed(pattern: string, host: string): boolean {
  const p = pattern.toLowerCase();
  if (p === '*') return true;
  if (p.startsWith('*.')) return host.endsWith(p.slice(1)) || host === p.slice(2);
  return p === host;
}

/** Whether a Forge app's manifest lets its code reach a host: a `fetch` egress entry or a remote's. */
export function manifestReaches(declared: readonly EgressDeclaration[], remotes: readonly RemoteFact[], host: string): boolean {
  return declared.some((d) => (d.kind === 'fetch-backend' || d.kind === 'fetch-client') && d.host !== null && hostAllowed(d.host, host))
    || remotes.some((r) => r.hosts.some((h) => hostAllowed(h, host)));
}

/** The declared addresses of the hosts a package's client is built for (`forgeAxios({ baseURL })`, see `detectBaseUrl`): used. */
export function builtForHosts(declared: EgressDeclaration[], files: ReadonlyArray<{ side: 'backend' | 'frontend'; baseHosts?: Array<{ host: string }> }>): string[] {
  const out: string[] = [];
  for (const f of files) {
    const kind = f.side === 'frontend' ? 'fetch-client' : 'fetch-backend';
    for (const { host } of f.baseHosts ?? []) for (const d of declared) if (d.kind === kind && d.host !== null && hostAllowed(d.host, host)) out.push(d.address);
  }
  return out;
}

/**
 * Compares egress in code with what the manifest declares. Only Forge declares egress; a Connect
 * app's own base URL is its backend, and its calls are listed without a verdict. `viaSdk` holds the
 * declared addresses a vendor SDK the code imports reaches by itself: those are used. Calls in
 * `offForge` files (a web server beside the Forge functions) are listed without a verdict.
 */
export function compareEgress(platform: Platform | null, declared: EgressDeclaration[], remotes: RemoteFact[], calls: EgressCall[], viaSdk: ReadonlySet<string> = new Set(), sdkCalls: SdkCall[] = [], offForge: ReadonlySet<string> = new Set()): EgressFacts {
  const unresolved = calls.filter((c) => c.host === null);
  const wildcards = declared.filter((d) => d.wildcard);
  const used = new Set<EgressDeclaration>(declared.filter((d) => viaSdk.has(d.address)));
  const undeclared: EgressCall[] = [];
  for (const call of calls) {
    if (call.host === null || call.host === 'self') continue;
    if (call.host.startsWith('remote:')) {
      if (!remotes.some((r) => `remote:${r.key}` === call.host)) undeclared.push(call);
      // `invokeRemote('triage-ai', ...)` uses the manifest's `- remote: triage-ai` under `fetch.backend`, and an address of its host.
      const remote = remotes.find((r) => `remote:${r.key}` === call.host);
      for (const d of declared) if (d.address === call.host || (remote && reachesRemote(d, remote))) used.add(d);
      continue;
    }
    // An image a front end loads (`<img src>`) is `images` egress, of which Forge allows some hosts by default.
    const image = loadsImage(call);
    const kinds = declaredKinds(call);
    const match = declared.filter((d) => kinds.includes(d.kind) && d.host !== null && hostAllowed(d.host, call.host!));
    for (const m of match) used.add(m);
    const remote = remotes.some((r) => r.hosts.some((h) => hostAllowed(h, call.host!)));
    const allowed = image && DEFAULT_IMAGES.some((h) => hostAllowed(h, call.host!));
    if (match.length === 0 && !remote && !allowed && platform !== 'connect' && !offForge.has(call.evidence.file)) undeclared.push(call);
  }
  // An external authentication provider's remotes (`providers.auth`): Forge reaches them for the app in the OAuth flow.
  for (const r of remotes) if (r.provider !== undefined) for (const d of declared) if (reachesRemote(d, r)) used.add(d);
  if (platform !== 'connect') undeclared.push(...undeclaredSdkCalls(declared, calls, sdkCalls).filter((call) => !offForge.has(call.evidence.file)));
  // Declarations are "unused" only when every call's host is known; otherwise any of them may be the one.
  const unused = unresolved.length === 0
    ? declared.filter((d) => (d.kind === 'fetch-backend' || d.kind === 'fetch-client') && !used.has(d))
    : [];
  return { declared, remotes, calls, sdkCalls, undeclared, unresolved, unused, wildcards };
}

/** Whether a backend `fetch` declaration allows a remote's host. */
function reachesRemote(d: EgressDeclaration, remote: RemoteFact): boolean {
  return d.kind === 'fetch-backend' && d.host !== null && remote.hosts.some((h) => hostAllowed(d.host!, h));
}

/**
 * A vendor SDK's calls reach the vendor's hosts: Forge wants one of them declared. An SDK pointed at
 * another endpoint (a proxy, a self-hosted instance) may use a declared host of no known vendor that
 * no call in the code uses, so such a declaration counts for every SDK.
 */
function undeclaredSdkCalls(declared: EgressDeclaration[], calls: EgressCall[], sdkCalls: SdkCall[]): EgressCall[] {
  const out: EgressCall[] = [];
  for (const call of sdkCalls) {
    const vendor = vendorById(call.vendor);
    const host = vendor?.hosts.find((h) => !h.includes('*')) ?? vendor?.hosts[0];
    if (!vendor || !host) continue;
    const kind = call.side === 'frontend' ? 'fetch-client' : 'fetch-backend';
    const allowed = declared.some((d) => d.kind === kind && d.host !== null && (
      d.host === '*'
      || vendorForHost(d.host) === vendor
      // `*.amazonaws.com`, the catalogue's AWS, for Amazon S3's client: a pattern that takes in one of the vendor's hosts.
      || vendor.hosts.some((h) => hostAllowed(d.host!, h.replaceAll('*', 'x')))
      || (vendorForHost(d.host) === null && !calls.some((c) => c.host !== null && hostAllowed(d.host!, c.host)))
    ));
    if (!allowed) out.push({ client: `${call.package} ${call.api}`, method: null, url: null, host, side: call.side, carries: call.carries, evidence: call.evidence });
  }
  return out;
}

/** A request's URLs and source lines with the secrets in them masked, as `secrets` shows them: a Slack incoming webhook's token in the URL a constant holds. */
export function maskCallSecrets(call: EgressCall): void {
  const file = call.evidence.file;
  if (call.url !== null) call.url = maskSecrets(file, call.url);
  if (call.urls) call.urls = call.urls.map((url) => maskSecrets(file, url));
  const excerpt = maskSecrets(file, call.evidence.excerpt);
  if (excerpt !== call.evidence.excerpt) call.evidence = { ...call.evidence, excerpt };
  const via = call.via ? maskSecrets(call.via.file, call.via.excerpt) : null;
  if (call.via && via !== call.via.excerpt) call.via = { ...call.via, excerpt: via! };
}
