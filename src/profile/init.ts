/**
 * `candor init`: a first trust profile drafted from the scan. What the scan knows is filled in
 * (scopes, storage, third parties, app id); what only the vendor knows is `TODO`, with comments
 * saying what the scan found and what to write.
 */
import fs from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { isAtlassianHost } from '../claims/hosts.ts';
import { vendorCalls, type VendorCall } from '../claims/sent.ts';
import { keepsOutsideInCode, storingRemotes } from '../claims/storage.ts';
import { END_USER_DATA, type DataKind, type Evidence, type Facts, type ScopeNeed, type StorageBackend, type StorageOp, type ThirdParty } from '../scan/facts.ts';
import { PROFILE_SCHEMA_REF } from './json-schema.ts';
import { PROFILE_FILES, PROFILE_VERSION, PRODUCTS } from './schema.ts';

type Line = string;

const PLACE: Record<StorageBackend, string> = {
  kvs: 'forge-kvs', 'kvs-secret': 'forge-kvs', 'custom-entity': 'forge-kvs', cache: 'forge-cache', sql: 'forge-sql',
  'object-store': 'forge-object-store', 'entity-property': 'atlassian', 'content-property': 'atlassian',
  'issue-property': 'atlassian', 'app-property': 'atlassian', 'external-db': 'vendor-db',
};

/** Residency of each place where the platform settles it; others stay TODO. */
const RESIDENCY: Record<string, string> = { 'forge-kvs': 'follows-atlassian', atlassian: 'follows-atlassian' };

const NEED: Record<ScopeNeed['reason'], string> = {
  'rest-call': 'a REST call', storage: 'storage', trigger: 'a trigger', 'personal-data-reporting': 'personal data reporting', module: 'a module',
};

/** Catalogue regions that name one country (src/data/vendors.json); other regions leave the choice to the vendor. */
const COUNTRY: Record<string, string> = { US: 'United States', China: 'China' };

const CADENCE: Record<string, string> = { hour: 'hourly', fiveMinute: 'hourly', day: 'daily', week: 'weekly' };

/** The draft `candor.yaml` for the scanned app, as YAML text. */
export function draftProfile(facts: Facts): string {
  const name = facts.app.name ?? facts.app.key;
  return [
    `# yaml-language-server: $schema=${PROFILE_SCHEMA_REF}`,
    `# Candor trust profile${name ? ` for ${comment(name)}` : ''}: what you state about the app that code cannot show.`,
    '# Drafted by `candor init` from a scan. Replace each TODO (or delete fields that do not apply);',
    '# `candor check` lists the TODOs left. A value ~ with a "# TODO" comment counts as unfilled too.',
    `version: ${PROFILE_VERSION}`,
    '',
    'vendor:',
    '  name: TODO',
    '  website: TODO  # https://\u2026',
    '  legalEntity: TODO  # the company that publishes the app',
    '  country: TODO  # where it is registered, e.g. Germany',
    '',
    ...appSection(facts),
    '',
    'contacts:',
    '  securityEmail: TODO',
    '  privacyEmail: TODO',
    '  supportUrl: TODO',
    '  securityPolicyUrl: TODO',
    '  privacyPolicyUrl: TODO',
    '',
    ...dataSection(facts),
    '',
    ...scopeSection(facts),
    '',
    ...thirdPartySection(facts),
    '',
    ...logSection(facts),
    '',
    'deletion:',
    `  afterUninstall: TODO  # immediately, kept, follows-atlassian or a duration such as "30 days"${uninstallNote(facts)}`,
    '',
    '# Statements Candor should verify: { id: <claim id>, params: {\u2026} }, or a sentence for what',
    '# no code can show (e.g. "Staff with access to customer data complete security training yearly").',
    'claims: []',
    '',
    ...programSection(facts),
    '',
    'certifications: TODO  # a list such as [ISO/IEC 27001, SOC 2 Type II], or none',
    '',
    'privacy:',
    '  gdpr:',
    '    role: TODO  # processor (you act on customers\' instructions), controller, both or not-applicable',
    '    transfersOutsideEEA: TODO  # true or false',
    '    transferMechanism: TODO  # e.g. Standard Contractual Clauses; delete if transfersOutsideEEA is false',
    '  ccpa:',
    '    role: TODO  # service-provider, business, both or not-applicable',
    '  dpa: TODO  # a link, on-request or none',
    '  sellsData: TODO  # true if customer data is sold or used for advertising',
    ...(usesAi(facts) ? [`  trainsModels: TODO  # true if customer data trains AI models; the app sends data to ${comment(aiNames(facts))}`] : []),
    '',
    'security:',
    '  requiresUserSecrets: TODO  # true if users must give Atlassian API tokens, passwords or other shared secrets',
    ...securityDraft(facts),
    '',
  ].join('\n');
}

export type DraftResult = { written: true; file: string } | { written: false; file: string; message: string };

/** Writes the draft to `appDir/candor.yaml` unless a profile already exists there; never overwrites. */
export function writeDraftProfile(appDir: string, facts: Facts, file: string = PROFILE_FILES[0]): DraftResult {
  const existing = [file, ...PROFILE_FILES].find((name) => fs.existsSync(path.join(appDir, name)));
  if (existing !== undefined) {
    return { written: false, file: existing, message: `${existing} already exists and was left as it is. Move it away to draft a new one, or print the draft with \`candor init --print\` and compare.` };
  }
  try {
    fs.writeFileSync(path.join(appDir, file), draftProfile(facts), { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return { written: false, file, message: `${file} already exists and was left as it is.` };
    throw error;
  }
  return { written: true, file };
}

function appSection(facts: Facts): Line[] {
  const { app } = facts;
  const products = app.products.filter((p): p is (typeof PRODUCTS)[number] => (PRODUCTS as readonly string[]).includes(p));
  return [
    'app:',
    app.name ? `  name: ${scalar(app.name)}` : '  name: TODO',
    ...(app.id ? [`  id: ${scalar(app.id)}${app.manifest ? `  # ${app.manifest}` : ''}`] : []),
    app.key ? `  key: ${scalar(app.key)}` : '  key: TODO  # Marketplace app key',
    '  listingUrl: TODO  # https://marketplace.atlassian.com/apps/\u2026',
    products.length ? `  products: [${products.join(', ')}]` : '  products: TODO  # jira, confluence, jsm, bitbucket, compass',
  ];
}

function dataSection(facts: Facts): Line[] {
  const lines = [
    '# The data the app processes or stores, one entry per category. storedIn: atlassian, forge-kvs, forge-sql,',
    '# forge-object-store, vendor-db, third-party:<id>, not-stored\u2026; retention: until-uninstall, "90 days"\u2026;',
    '# residency: follows-atlassian, none, or a region such as eu-west-1.',
  ];
  const entries: Line[][] = [];
  const groups = new Map<string, { place: string; category: string | null; ops: StorageOp[] }>();
  for (const op of facts.storage) {
    if (op.op !== 'write') continue;
    const place = PLACE[op.backend];
    const category = storedCategory(op, facts);
    const id = `${place} ${category}`;
    const group = groups.get(id) ?? { place, category, ops: [] };
    group.ops.push(op);
    groups.set(id, group);
  }
  for (const { place, category, ops } of groups.values()) {
    const keys = [...new Set(ops.map((op) => op.key).filter((key) => key !== null))].slice(0, 5);
    entries.push([
      `  # ${ops.length} write${ops.length === 1 ? '' : 's'}, e.g. ${ops[0]!.api} at ${where(ops[0]!.evidence)}${keys.length ? `; keys ${comment(keys.join(', '))}` : ''}`,
      category ? `  - category: ${category}` : '  - category: TODO  # configuration, product-content, operational-metadata, \u2026',
      '    description: TODO',
      '    purpose: TODO',
      `    storedIn: ${place}`,
      '    retention: TODO',
      RESIDENCY[place] ? `    residency: ${RESIDENCY[place]}` : '    residency: TODO',
      `    personal: ${category === 'account-data' ? 'true' : 'TODO'}`,
    ]);
  }
  for (const remote of storingRemotes(facts)) {
    const personal = facts.personalData.uses.find((use) => use.target === `remote:${remote.key}` && use.kind !== 'ip-address' && use.kind !== 'phone-number');
    entries.push([
      `  # remote ${comment(remote.key)} declares the storage operation at ${where(remote.evidence)}${personal ? `; the code sends it ${personal.kind} at ${where(personal.evidence)}` : ''}`,
      personal ? '  - category: account-data' : '  - category: TODO  # product-content, configuration, operational-metadata, \u2026',
      '    description: TODO',
      '    purpose: TODO',
      '    storedIn: vendor-db',
      '    retention: TODO',
      '    residency: TODO',
      `    personal: ${personal ? 'true' : 'TODO'}`,
    ]);
  }
  const reads = facts.restCalls.filter((call) => call.method === 'GET');
  if (reads.length > 0 && groups.size === 0) {
    entries.push([
      `  # read with ${reads.length} REST call${reads.length === 1 ? '' : 's'}, e.g. ${reads[0]!.method} ${comment(reads[0]!.path ?? '')} at ${where(reads[0]!.evidence)}`,
      '  - category: product-content',
      '    purpose: TODO',
      '    storedIn: TODO  # not-stored if the app only shows it',
    ]);
  }
  for (const category of facts.llm.length ? ['ai-prompts', 'ai-responses'] : []) {
    entries.push([
      ...(category === 'ai-prompts' ? [`  # sent to ${comment(facts.llm.map((use) => use.provider).join(', '))}, e.g. at ${where(facts.llm[0]!.evidence)}`] : []),
      `  - category: ${category}`,
      '    purpose: TODO',
      '    storedIn: TODO',
      '    retention: TODO',
      '    personal: TODO',
    ]);
  }
  if (entries.length === 0) return [...lines, 'data: TODO  # the scan found no storage; list what the app reads or shows, or write []'];
  return [...lines, 'data:', ...entries.flat()];
}

/** The category a storage write evidently holds, from what flows into it; null when the scan cannot tell. */
function storedCategory(op: StorageOp, facts: Facts): string | null {
  const personal = op.carries.some((kind) => kind === 'account-id' || kind === 'email' || kind === 'display-name')
    || facts.personalData.uses.some((use) => use.action === 'stored' && use.kind !== 'ip-address' && use.kind !== 'phone-number' && use.evidence.file === op.evidence.file && use.evidence.line === op.evidence.line);
  if (personal) return 'account-data';
  if (op.carries.includes('phone-number')) return 'contact-data';
  if (op.carries.includes('ip-address')) return 'operational-metadata';
  if (op.backend === 'kvs-secret' || op.carries.includes('secret')) return 'credentials';
  if (op.carries.includes('product-content')) return 'product-content';
  return null;
}

function scopeSection(facts: Facts): Line[] {
  const { declared, unused, needed } = facts.scopes;
  const head = '# Why the app needs each scope (the Marketplace "permissions justification").';
  if (declared.length === 0) return [head, 'scopes: {}  # the app declares no scopes'];
  const lines = [head, 'scopes:'];
  for (const { scope } of declared) {
    const need = needed.find((n) => n.scope === scope || n.alternatives?.includes(scope));
    const note = unused.some((u) => u.scope === scope)
      ? 'the scan found nothing that needs it: remove it from the manifest, or say why it is needed'
      : need ? `needed by ${NEED[need.reason]} at ${where(need.evidence)}` : '';
    lines.push(`  ${scalar(scope)}: TODO${note ? `  # ${note}` : ''}`);
  }
  return lines;
}

function thirdPartySection(facts: Facts): Line[] {
  const lines = ['# Third parties and sub-processors that receive data; refer to one in storedIn as third-party:<id>.'];
  const known = new Set(facts.thirdParties.flatMap((party) => party.via.map((via) => via.detail)));
  const hosts = [...new Set(facts.egress.calls.map((call) => call.host).filter((host): host is string => host !== null && !known.has(host)))];
  for (const host of hosts.slice(0, 10)) lines.push(`# the app also sends requests to ${comment(host)}: add the company behind it if it receives data`);
  if (facts.thirdParties.length === 0) return [...lines, `thirdParties: ${hosts.length ? 'TODO' : '[]  # the scan found none'}`];
  lines.push('thirdParties:');
  const calls = vendorCalls(facts);
  for (const party of facts.thirdParties) lines.push(...thirdParty(party, calls.filter((c) => c.vendor === party.vendor)));
  return lines;
}

/** Profile categories for the End-User Data the code sends a third party. */
const SENT_CATEGORY: Partial<Record<DataKind, string>> = { 'account-id': 'account-data', email: 'contact-data', 'display-name': 'account-data', 'ip-address': 'operational-metadata', 'phone-number': 'contact-data', 'product-content': 'product-content' };

/** `the code sends it email addresses (src/digest.js:20); e.g. [contact-data]`, or the generic hint. */
function sentNote(calls: VendorCall[]): string {
  const kinds = END_USER_DATA.filter((k) => calls.some((c) => c.carries.includes(k)));
  if (kinds.length === 0) return 'categories shared, e.g. [usage-analytics]';
  const first = calls.find((c) => c.carries.some((k) => kinds.includes(k)))!;
  const categories = [...new Set(kinds.map((k) => SENT_CATEGORY[k]).filter((c): c is string => c !== undefined))];
  return `the code sends it ${kinds.join(', ')} (${where(first.evidence)})${categories.length ? `; e.g. [${categories.join(', ')}]` : ''}`;
}

function thirdParty(party: ThirdParty, calls: VendorCall[]): Line[] {
  const via = party.via.slice(0, 3).map((v) => `${v.kind} ${v.detail} (${where(v.evidence)})`).join('; ');
  const id = /^[a-z0-9][a-z0-9._-]*$/.test(party.vendor) ? party.vendor : slug(party.name);
  return [
    `  # found: ${comment(via)}`,
    `  - id: ${scalar(id)}`,
    `    name: ${scalar(party.name)}`,
    ...(/^https?:\/\//.test(party.site) ? [`    link: ${scalar(party.site)}`] : []),
    COUNTRY[party.region]
      ? `    countries: [${COUNTRY[party.region]}]  # Candor's vendor catalogue says ${comment(party.region)}; check your account`
      : `    countries: TODO  # ${party.region ? `Candor's vendor catalogue says ${comment(party.region)}; ` : ''}the countries your account uses, e.g. [United States]`,
    '    purpose: TODO',
    `    data: TODO  # ${comment(sentNote(calls))}`,
    '    dpa: TODO  # link to its data processing agreement, or true/false',
    `    retention: TODO  # how long ${comment(party.name)} keeps what it is sent: not-stored (e.g. zero data retention) or a duration such as "30 days"`,
    ...(party.category === 'ai' ? [`    trainsOnData: TODO  # true if ${comment(party.name)}'s terms let it train models on what it is sent`] : []),
  ];
}

function logSection(facts: Facts): Line[] {
  const carrying = facts.logs.filter((log) => log.carries.some((kind) => kind !== 'literal'));
  const note = carrying.length
    ? `  # ${carrying.length} log call${carrying.length === 1 ? '' : 's'} may carry data, e.g. ${where(carrying[0]!.evidence)}`
    : facts.logs.length ? '  # the scan found log calls with constant text only' : '';
  return ['logs:', `  endUserData: TODO${note}`];
}

function programSection(facts: Facts): Line[] {
  const trigger = facts.personalData.reporting.triggers.find((t) => t.interval !== null && CADENCE[t.interval] !== undefined);
  const storesAccounts = facts.personalData.uses.some((use) => use.action === 'stored' && use.kind !== 'ip-address' && use.kind !== 'phone-number');
  const cadence = trigger
    ? `${CADENCE[trigger.interval!]}  # scheduled trigger ${comment(trigger.key)} at ${where(trigger.evidence)}`
    : storesAccounts ? 'TODO  # the app stores account data but the scan found no reporting trigger' : 'TODO  # weekly, daily or not-applicable';
  return [
    '# Commitments of your security program.',
    'program:',
    '  incident:',
    '    customerHours: TODO  # notify affected customers within \u2026 hours of confirming an incident, e.g. 72',
    '    regulatorHours: TODO  # as a GDPR controller: 72 (Art. 33); delete if you are only a processor',
    '    internalHours: TODO',
    '    atlassianHours: TODO  # notify Atlassian within \u2026 hours of an incident or critical vulnerability (Forge questionnaire 16)',
    '  vulnerabilities:',
    '    remediation: atlassian-cloud-policy  # Marketplace Security Bug Fix Policy: critical 4, high 6, medium 8, low 25 weeks',
    '    scoring: TODO  # e.g. CVSS 3.1',
    '    tracking: TODO  # where findings are tracked to closure, e.g. Jira',
    '    testing: TODO  # the scans and tests you run, e.g. [dependency scanning, SAST, penetration test]',
    '  disclosure:',
    '    acknowledgement: TODO  # e.g. 1 business day',
    '  backups:',
    '    by: TODO  # atlassian when all data stays in Atlassian storage, vendor, or none',
    '  personalDataReporting:',
    `    cadence: ${cadence}`,
  ];
}

function usesAi(facts: Facts): boolean {
  return facts.llm.length > 0 || facts.thirdParties.some((p) => p.category === 'ai');
}

function aiNames(facts: Facts): string {
  return [...new Set([...facts.llm.map((use) => use.provider), ...facts.thirdParties.filter((p) => p.category === 'ai').map((p) => p.name)])].join(', ');
}

/** Encryption the documents state once data leaves Atlassian: in transit to any host outside it, at rest where data is kept outside it. */
function securityDraft(facts: Facts): Line[] {
  const leaves = facts.app.platform === 'connect' || facts.egress.remotes.length > 0 || facts.egress.declared.some((d) => d.host !== null && !isAtlassianHost(d.host));
  const keeps = facts.app.platform === 'connect' || keepsOutsideInCode(facts);
  return [
    ...(leaves ? ['  encryptionInTransit: TODO  # to and from hosts outside Atlassian, e.g. TLS 1.2 or higher'] : []),
    ...(keeps ? ['  encryptionAtRest: TODO  # data kept outside Atlassian, e.g. AES-256'] : []),
  ];
}

function uninstallNote(facts: Facts): string {
  const first = facts.uninstall[0];
  return first ? `; uninstall handled by ${comment(first.via)} at ${where(first.evidence)}` : '';
}

function where(evidence: Evidence): string {
  return comment(`${evidence.file}:${evidence.line}`);
}

/** Text safe inside a YAML comment or a one-line scalar: one line, bounded. */
function comment(text: string): string {
  const line = [...text].map((ch) => (/\p{Cc}|[\u2028\u2029]/u.test(ch) ? ' ' : ch)).join('').trim();
  return line.length > 120 ? `${line.slice(0, 117)}...` : line;
}

function scalar(value: string): string {
  return stringify(comment(value), { lineWidth: 0 }).trimEnd();
}

function slug(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'vendor';
}
