import { LineIndex } from '../utils/lines.ts';
import { compareEnglish } from '../utils/english-order.ts';
import { isAppCode, isNotAppCode } from './app-code.ts';
import type { DependencyFact, EgressCall, EgressDeclaration, Evidence, LlmUse, ModuleFact, RemoteFact, SdkCall, SecretFinding, ThirdParty } from './facts.ts';
import { agentModuleHost, modelHost } from './source/answers.ts';
import { hostOf, type ConnectionHost } from './source/connection-hosts.ts';
import { hostingRegions } from './hosting-regions.ts';
import { placeholderDomain } from './source/detectors/egress.ts';
import { packageName, vendorById, vendorForHost, vendorForHostingFile, vendorForPackage, vendorForVariable, type Vendor } from './vendors.ts';

export interface ThirdPartyInput {
  dependencies: DependencyFact[];
  /** Module specifiers imported or required by the app's code, as written. */
  imports: Array<{ module: string; evidence: Evidence }>;
  egressCalls: EgressCall[];
  egressDeclared: EgressDeclaration[];
  /** Paths relative to the app, `/` separators. */
  files: string[];
  readFile: (rel: string) => string | null;
  /** Calls through vendors' SDKs: a service of a package that covers several vendors (`new AWS.DynamoDB()`) shows its own. */
  sdkCalls?: SdkCall[];
  /** The manifest's remotes: a call to one (`remote:google-apis`) goes to its hosts. */
  remotes?: RemoteFact[];
  /** Credentials written in a URL, with the host they log in to (`mongodb+srv://app:...@cluster0.ab1cd.mongodb.net`): the app connects there. */
  secrets?: SecretFinding[];
  /** The hosts connection strings name (`redis://default:<password>@eu1-cat-123.upstash.io`), secret or not: the app connects there. */
  connectionHosts?: ConnectionHost[];
  /** The environment variables a proxy's URL comes from (`FIXIE_URL`), where the proxy is made: the variable may name the proxy's vendor. */
  proxyVariables?: Array<{ name: string; evidence: Evidence }>;
  /** Whether the code of a file may connect to a host: for a Forge app, one its manifest lets it reach, or any from a server beside its functions. */
  reaches?: (host: string, file: string) => boolean;
}

type Via = ThirdParty['via'][number];

/**
 * One ThirdParty per catalogued vendor the app sends data to, with every place that shows it. A
 * dev dependency, or an import-only package (a development tunnel), counts only when app code imports it;
 * build-only packages (CLIs, bundler plugins, types) never count.
 */
export function findThirdParties(input: ThirdPartyInput): ThirdParty[] {
  const found = new Map<string, { vendor: Vendor; via: Via[]; seen: Set<string>; regions?: NonNullable<ThirdParty['regions']> }>();
  const add = (vendor: Vendor, via: Via): void => {
    let entry = found.get(vendor.id);
    if (!entry) found.set(vendor.id, (entry = { vendor, via: [], seen: new Set() }));
    const key = `${via.kind}\u0000${via.detail}\u0000${via.evidence.file}\u0000${via.evidence.line}`;
    if (entry.seen.has(key)) return;
    entry.seen.add(key);
    entry.via.push(via);
  };

  const imports: Array<{ vendor: Vendor; via: Via }> = [];
  const imported = new Set<string>();
  // The app's own packages are its code, whatever their names.
  const own = new Set(input.dependencies.filter((d) => d.local !== undefined).map((d) => d.name));
  for (const { module, evidence } of input.imports) {
    if (!isAppCode(evidence.file)) continue;
    const pkg = packageName(module);
    if (pkg === null || own.has(pkg)) continue;
    imported.add(pkg);
    const match = vendorForPackage(pkg);
    if (match && !match.buildOnly) imports.push({ vendor: match.vendor, via: { kind: 'import', detail: module, evidence } });
  }

  for (const dep of input.dependencies) {
    if (dep.local !== undefined) continue;
    const match = vendorForPackage(dep.name);
    if (!match || match.buildOnly || ((dep.dev || match.importOnly) && !imported.has(dep.name))) continue;
    add(match.vendor, { kind: 'dependency', detail: dep.name, evidence: dep.evidence });
  }
  for (const { vendor, via } of imports) add(vendor, via);
  for (const call of input.sdkCalls ?? []) {
    const vendor = vendorById(call.vendor);
    if (vendor && vendor.id !== vendorForPackage(call.package)?.vendor.id) add(vendor, { kind: 'import', detail: `${call.package} ${call.api.split('.')[0]}`, evidence: call.evidence });
  }

  const remoteHosts = new Map((input.remotes ?? []).map((r) => [`remote:${r.key}`, r.hosts]));
  for (const call of input.egressCalls) {
    // A call to a remote (`withProvider('google', 'google-apis').fetch(...)`, `invokeRemote('backend', ...)`) goes to the remote's hosts.
    for (const host of call.host === null ? [] : remoteHosts.get(call.host) ?? [call.host]) {
      const vendor = vendorForHost(host);
      if (vendor) add(vendor, { kind: 'egress', detail: host, evidence: call.evidence });
    }
    // `https://<account>.snowflakecomputing.com/api`: a placeholder, no host; the domain after it names the vendor.
    const domain = call.host === null && call.url !== null ? placeholderDomain(call.url) : null;
    const vendorOfDomain = domain === null ? null : vendorForHost(`x.${domain}`);
    if (vendorOfDomain) add(vendorOfDomain, { kind: 'egress', detail: call.url!, evidence: call.evidence });
    // `fetch(process.env.MONDAY_API_URL)`: the host is not known, the variable's name names the vendor.
    const named = call.host === null && call.urlVariable ? vendorForVariable(call.urlVariable) : null;
    if (named) add(named, { kind: 'variable-name', detail: call.urlVariable!, evidence: call.evidence });
  }
  // `new HttpsProxyAgent(process.env.FIXIE_URL)`: the requests go through the vendor's proxy, whose host is not known.
  for (const { name, evidence } of input.proxyVariables ?? []) {
    const vendor = isAppCode(evidence.file) ? vendorForVariable(name) : null;
    if (vendor) add(vendor, { kind: 'variable-name', detail: name, evidence });
  }
  // A connection string with its password: the database, broker or API at its host is where the app sends what it keeps there.
  for (const secret of input.secrets ?? []) {
    const { evidence } = secret;
    const host = secret.host === undefined ? null : hostOf(secret.host)?.host ?? null;
    const vendor = host === null || !isAppCode(evidence.file) || input.reaches?.(host, evidence.file) === false ? null : vendorForHost(host);
    // `my-app-db.<id>.rds.amazonaws.com`: the vendor of the domain after the placeholder, no host of it.
    if (vendor) add(vendor, { kind: 'egress', detail: host!.startsWith('*.') ? secret.host!.split(':')[0]!.toLowerCase() : host!, evidence });
  }
  // A connection string, its password a placeholder or none: the database at its host all the same. One that writes a
  // placeholder for the host (`<cluster>.mongodb.net`) names the vendor whose domain follows it, the host not known.
  for (const { host, written, evidence } of input.connectionHosts ?? []) {
    const vendor = !isAppCode(evidence.file) || input.reaches?.(host, evidence.file) === false ? null : vendorForHost(host);
    if (vendor) add(vendor, { kind: 'egress', detail: written ?? host, evidence });
  }
  for (const declared of input.egressDeclared) {
    const vendor = declared.host === null ? null : vendorForHost(declared.host);
    if (vendor) add(vendor, { kind: 'declared-egress', detail: declared.address, evidence: declared.evidence });
  }

  for (const file of input.files) {
    if (isNotAppCode(file)) continue;
    let text: string | null | undefined;
    const read = (): string | null => (text === undefined ? (text = input.readFile(file)) : text);
    const match = vendorForHostingFile(file, read);
    if (!match) continue;
    const content = read();
    const evidence = content === null
      ? { file, line: 1, column: 1, excerpt: '' }
      : new LineIndex(content).evidence(file, match.offset);
    add(match.vendor, { kind: 'hosting-file', detail: file, evidence });
    const regions = content === null ? [] : hostingRegions(match.vendor.id, file, content);
    if (regions.length > 0) (found.get(match.vendor.id)!.regions ??= []).push(...regions);
  }

  return [...found.values()]
    .map(({ vendor, via, regions }) => ({ vendor: vendor.id, name: vendor.name, site: vendor.site, category: vendor.category, region: vendor.region, via, ...(regions ? { regions } : {}) }))
    .sort((a, b) => compareEnglish(a.name, b.name));
}

/**
 * Where the app uses an AI vendor: each import of its SDK and each call to its API. When the code
 * shows neither, the dependency or the declared egress stands in.
 */
export function findLlmUses(thirdParties: ThirdParty[], imports: ReadonlyArray<{ module: string; evidence: Evidence; types?: true }> = [], modules: readonly ModuleFact[] = []): LlmUse[] {
  const uses: LlmUse[] = [];
  // A module the platform runs a model for (a Rovo agent): an AI use at its declaration, with no third party.
  for (const m of modules) {
    const host = agentModuleHost(m.type);
    if (host) uses.push({ vendor: host.vendor, provider: host.provider, api: m.type, evidence: m.evidence });
  }
  // A module that runs a model for the app on the platform (`@forge/llm`): an AI use, with no third party.
  for (const i of imports) {
    const host = i.types ? null : modelHost(i.module);
    if (host) uses.push({ vendor: host.vendor, provider: host.provider, api: i.module, evidence: i.evidence });
  }
  for (const party of thirdParties) {
    if (party.category !== 'ai') continue;
    const inCode = party.via.filter((v) => v.kind === 'import' || v.kind === 'egress');
    const shown = inCode.length > 0 ? inCode : party.via.filter((v) => v.kind === 'dependency' || v.kind === 'declared-egress');
    const seen = new Set<string>();
    for (const via of shown) {
      const api = via.kind === 'import' ? packageName(via.detail) ?? via.detail : via.detail;
      const key = `${api}\u0000${via.evidence.file}\u0000${via.evidence.line}`;
      if (seen.has(key)) continue;
      seen.add(key);
      uses.push({ vendor: party.vendor, provider: party.name, api, evidence: via.evidence });
    }
  }
  return uses;
}
