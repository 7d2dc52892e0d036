/**
 * Scope reasoning: which scopes an app needs (REST calls, storage, triggers, personal-data
 * reporting, modules), which of those it does not declare, and which declared scopes nothing uses.
 *
 * Forge: a need is a list of alternative scope sets (classic, granular, ...); declaring every scope
 * of one set satisfies it. Connect: a need is one Connect scope, satisfied through the product's
 * scope chain (ADMIN >= PROJECT_ADMIN >= DELETE >= WRITE >= READ).
 *
 * A declared scope is reported unused only when the scan could have seen its use:
 * - an unresolved REST call (no path, or an operation the table does not know) for a product may
 *   need any of that product's scopes, so none of them is reported (for an unknown product, or
 *   GraphQL, no product scope is); one of an API whose reference lists its scopes
 *   (`src/data/undocumented-apis.json`: Assets) may need only those;
 * - scopes a module, storage backend or platform may use invisibly (`mayUse` in
 *   `src/data/scope-implied.json`), and scopes an operation accepts without requiring yet, are used;
 * - a scope implied by another used declared scope is redundant, not unused;
 * - a Connect app in which no REST call was found at all (its back end may be in a language the
 *   scan does not read) gets no unused Connect scopes;
 * - an app that imports code from outside its folder gets no unused product scopes: that code may call any API.
 */
import type {
  DeclaredScope, Evidence, ModuleFact, Platform, Product, RemoteFact, RestCall, ScopeFacts, ScopeNeed, StorageOp, TriggerFact,
} from '../facts.ts';
import type { Family } from './table-format.ts';
import undocumentedApis from '../../data/undocumented-apis.json' with { type: 'json' };
import { lookupOperation, lookupOperationEntry, scopeFamily } from './table.ts';
import {
  bitbucketClassicImplies, bitbucketWebhookRule, connectRules, connectTriggerRule, moduleRule, personalDataReportingRule, platformRule,
  productEventScopes, propertiesApiOperation, propertyHookOperation, remoteTokenRule, restQueryRules, storageRule, type ImpliedRule,
} from './implied.ts';
import { connectImplies, connectRank, connectScopeText, parseConnectScope, type ConnectScope } from './connect.ts';

export interface ScopeInput {
  platform: Platform | null;
  declared: DeclaredScope[];
  restCalls: RestCall[];
  storage: StorageOp[];
  triggers: TriggerFact[];
  reportingCalls: Evidence[];
  modules: ModuleFact[];
  /** Remotes Forge sends tokens to: they may use the token scopes and any product scope. */
  remotes?: RemoteFact[];
  /** The app imports code from outside its folder, which may call any product API. */
  hiddenCode?: boolean;
  /** The app holds back-end code in a language the scan does not read: its Connect calls are not seen. */
  foreignCode?: boolean;
  /** Where a Connect app's back end imports a package that gets tokens acting as users (`connect-user-tokens.json`). */
  userTokens?: Evidence[];
  /**
   * A Connect app of `authentication: none` whose modules' pages are all in its folder: with no shared secret, no server can
   * call the product as the app, so its scopes serve only those pages' `AP.request`, which the scan reads.
   */
  pagesHere?: boolean;
}

type Reason = ScopeNeed['reason'];

const PRODUCT_FAMILY: Partial<Record<Product, Family>> = { jira: 'jira', jsm: 'jira', 'jira-software': 'jira', confluence: 'confluence', bitbucket: 'bitbucket' };
const isGranular = (scope: string): boolean => scope.split(':').length >= 3;

class Reasoner {
  readonly needed: ScopeNeed[] = [];
  readonly missing: ScopeNeed[] = [];
  /** Scopes named by a need's alternatives (only by those declared whole, when one is), or usable without a visible need. */
  readonly used = new Set<string>();
  readonly connectUsed = new Set<DeclaredScope>();
  /** Product families whose scopes are not reported unused; `all` for every product scope. */
  readonly shielded = new Set<Family | 'all'>();
  /** Scopes a call whose operation is not known may need, when its API says which (`src/data/undocumented-apis.json`). */
  readonly shieldedScopes = new Set<string>();
  connectOpaque = false;
  actAsUserOpaque = false;
  /** Scopes granted: declared, plus what declared Bitbucket classic scopes imply. */
  readonly granted: Set<string>;
  readonly connect: Array<{ declared: DeclaredScope; scope: ConnectScope }> = [];
  readonly declaredKinds = new Set<'classic' | 'granular'>();
  private readonly seen = new Set<string>();
  readonly declared: DeclaredScope[];
  /** Scopes are written as in a Forge manifest (`read:connect-jira`), not a Connect descriptor (`READ`). */
  readonly inManifest: boolean;

  constructor(declared: DeclaredScope[], inManifest: boolean) {
    this.declared = declared;
    this.inManifest = inManifest;
    this.granted = new Set(declared.map((d) => d.scope));
    for (const d of declared) {
      for (const implied of bitbucketClassicImplies.get(d.scope) ?? []) this.granted.add(implied);
      const scope = parseConnectScope(d.scope, inManifest);
      if (scope) this.connect.push({ declared: d, scope });
      else if (scopeFamily(d.scope)) this.declaredKinds.add(isGranular(d.scope) ? 'granular' : 'classic');
    }
  }

  private record(need: ScopeNeed, missing: boolean): void {
    const key = `${need.scope}\u0000${need.reason}\u0000${need.evidence.file}:${need.evidence.line}:${need.evidence.column}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.needed.push(need);
    if (missing) this.missing.push(need);
  }

  apply(rule: ImpliedRule, reason: Reason, evidence: Evidence): void {
    for (const scope of rule.requires ?? []) this.requireSets([[scope]], reason, evidence);
    this.allow(rule);
  }

  /** Scopes a rule may use where the scan cannot see it: never reported unused. */
  allow(rule: ImpliedRule): void {
    for (const scope of rule.mayUse ?? []) this.used.add(scope);
    if (rule.productScopes) this.shielded.add('all');
  }

  /** A Forge-style need: any one of `sets`, all of its scopes declared. The classic set is listed first. */
  requireSets(sets: string[][], reason: Reason, evidence: Evidence): void {
    const alternatives = sets.filter((set) => set.length > 0);
    if (!alternatives.length) return;
    const satisfied = alternatives.find((set) => set.every((scope) => this.granted.has(scope)));
    // Once one set is declared whole, the scopes only the others name are not what a call uses; an event's beta scopes,
    // which it will need, are used as soon as they are declared.
    for (const set of alternatives) if (!satisfied || reason === 'trigger' || set.every((scope) => this.granted.has(scope))) for (const scope of set) this.used.add(scope);
    const chosen = satisfied ?? this.reportable(alternatives);
    if (satisfied) this.markImplicators(satisfied);
    const other = alternatives.find((set) => set !== chosen);
    for (const scope of chosen) {
      const need: ScopeNeed = { scope, reason, evidence };
      if (other) need.alternatives = other;
      this.record(need, !satisfied && !this.granted.has(scope));
    }
  }

  /** The set to report when none is satisfied: fewest missing scopes, then the kind the app already declares, then the first. */
  private reportable(alternatives: string[][]): string[] {
    const score = (set: string[]): number =>
      set.filter((scope) => !this.granted.has(scope)).length * 2 + (this.declaredKinds.has(set.every(isGranular) ? 'granular' : 'classic') ? 0 : 1);
    return alternatives.reduce((best, set) => (score(set) < score(best) ? set : best));
  }

  /** Declared scopes that grant a needed scope by implication are used. */
  private markImplicators(set: string[]): void {
    for (const scope of set) {
      if (this.declared.some((d) => d.scope === scope)) continue;
      for (const d of this.declared) if (bitbucketClassicImplies.get(d.scope)?.includes(scope)) this.used.add(d.scope);
    }
  }

  /** A Connect need; `family` null when the product is not known (then any product chain counts). */
  requireConnect(name: string, family: Family | null, reason: Reason, evidence: Evidence): void {
    const families: Family[] = family ? [family] : ['jira', 'confluence'];
    const satisfiers = this.connect.filter((c) => families.some((f) => connectImplies(c.scope, name, f)));
    const rank = (c: ConnectScope): number => (c.name === name ? -1 : Math.max(...families.map((f) => connectRank(c.name, f))));
    const lowest = Math.min(...satisfiers.map((c) => rank(c.scope)));
    for (const c of satisfiers) if (rank(c.scope) === lowest) this.connectUsed.add(c.declared);
    const textFamily = family ?? this.connect.find((c) => c.scope.family)?.scope.family ?? null;
    const scope = textFamily ? connectScopeText(name, textFamily, this.inManifest) : name;
    this.record({ scope, reason, evidence }, satisfiers.length === 0);
  }

  shield(family: Family | null): void {
    this.shielded.add(family ?? 'all');
  }
}

function forgeCall(r: Reasoner, call: RestCall, reason: Reason = 'rest-call'): void {
  const family = PRODUCT_FAMILY[call.product] ?? null;
  // A call without a path has scopes only where its API documents them (a method of the Compass SDK).
  if (call.scopes === null) {
    // An operation of an API whose own reference lists its scopes (Assets, `/jsm/assets/...`): it may need one of those alone.
    const api = call.path === null ? undefined : undocumentedApis.apis.find((a) => a.product === call.product && call.path!.startsWith(a.pathPrefix));
    if (api) for (const scope of api.scopes) r.shieldedScopes.add(scope);
    return api ? undefined : r.shield(family);
  }
  const entry = call.path === null ? null : lookupOperationEntry(call.product, call.method, call.path);
  const same = entry?.scopes.operation === call.scopes.operation ? entry : null;
  if (same?.unknown) return r.shield(same.family);
  for (const scope of same?.optional ?? []) r.used.add(scope);
  r.requireSets([call.scopes.classic, call.scopes.granular, ...(same?.otherSets ?? [])], reason, call.evidence);
  if (same && call.path !== null) for (const rule of restQueryRules(same.family, call.path)) r.allow(rule);
}

function connectCall(r: Reasoner, call: RestCall): void {
  const entry = call.path === null ? null : lookupOperationEntry(call.product, call.method, call.path);
  const family = entry?.family ?? PRODUCT_FAMILY[call.product] ?? null;
  if (call.auth === 'asUser') r.requireConnect(connectRules.actAsUser, family, 'rest-call', call.evidence);
  if (call.auth === 'unknown') r.actAsUserOpaque = true;
  if (call.path === null || call.scopes === null) {
    r.connectOpaque = true;
    return r.shield(family);
  }
  // Bitbucket Connect descriptors declare Bitbucket's classic scopes (`repository`, `pullrequest:write`).
  if (family === 'bitbucket') return r.requireSets([call.scopes.classic], 'rest-call', call.evidence);
  const name = call.scopes.connect;
  if (name === undefined) r.connectOpaque = true;
  else if (!connectRules.noScope.includes(name) && !connectRules.inaccessible.includes(name)) {
    r.requireConnect(name, family, 'rest-call', call.evidence);
  }
}

/** Whether a declared scope is used (or granted by a used one), unused, or beyond what the scan could see. */
function judge(r: Reasoner, d: DeclaredScope): 'used' | 'unused' | 'unchecked' {
  if (r.used.has(d.scope)) return 'used';
  const connect = r.connect.find((c) => c.declared === d)?.scope;
  if (connect) {
    if (r.connectUsed.has(d)) return 'used';
    if (connect.name === connectRules.actAsUser ? r.actAsUserOpaque : r.connectOpaque) return 'unchecked';
    // Redundant, not unused: a used declared scope already grants it.
    const families: Family[] = connect.family ? [connect.family] : ['jira', 'confluence'];
    return [...r.connectUsed].some((other) => {
      const scope = r.connect.find((c) => c.declared === other)?.scope;
      return scope && scope.name !== connect.name && families.some((f) => connectImplies(scope, connect.name, f));
    }) ? 'used' : 'unused';
  }
  if (r.shieldedScopes.has(d.scope)) return 'unchecked';
  const family = scopeFamily(d.scope);
  if (r.shielded.has('all') && (family !== null || isGranular(d.scope))) return 'unchecked';
  if (family !== null && r.shielded.has(family)) return 'unchecked';
  return r.declared.some((other) => other !== d && r.used.has(other.scope) && bitbucketClassicImplies.get(other.scope)?.includes(d.scope)) ? 'used' : 'unused';
}

/** A call made with credentials other than the app's scopes: a user's API token, an OAuth 2.0 token of the app's own. */
function ownCredentials(call: RestCall): boolean {
  return call.auth === 'api-token' || call.auth === 'oauth';
}

export function computeScopes(input: ScopeInput): ScopeFacts {
  const { platform, declared } = input;
  const r = new Reasoner(declared, platform !== 'connect');
  const forgeRuntime = platform !== 'connect';
  for (const call of input.restCalls) {
    // A user's API token (Basic authentication) carries its owner's permissions, an OAuth 2.0 token the app got itself the scopes
    // its OAuth 2.0 integration was granted: the app's Forge or Connect scopes neither allow nor limit them.
    if (ownCredentials(call)) continue;
    // ACE's product client is Connect's, also when it acts as a user in a Connect-on-Forge app.
    if (platform === 'connect' || call.auth === 'connect' || call.api.startsWith('httpClient.')) connectCall(r, call);
    else forgeCall(r, call);
  }
  if (platform === 'connect' && input.restCalls.every(ownCredentials) && !input.pagesHere) {
    r.connectOpaque = r.actAsUserOpaque = true;
    // A Bitbucket descriptor's scopes (`repository`) are no Connect scopes: as unknown, with no call seen that uses them.
    r.shield('bitbucket');
  }
  // atlassian-oauth2's token exchange acts as a user: it needs ACT_AS_USER, whatever calls the token then makes.
  if (platform === 'connect' || platform === 'connect-on-forge') for (const evidence of input.userTokens ?? []) r.requireConnect(connectRules.actAsUser, null, 'rest-call', evidence);
  // A Connect-on-Forge app's Connect calls are made by its remote (JWT); with none in the folder, the remote's code is elsewhere.
  if (platform === 'connect-on-forge' && !input.restCalls.some((c) => c.auth === 'connect' || c.api.startsWith('httpClient.'))) r.connectOpaque = r.actAsUserOpaque = true;
  if (input.foreignCode) r.connectOpaque = r.actAsUserOpaque = true;
  if (input.hiddenCode) {
    r.shielded.add('all');
    r.connectOpaque = r.actAsUserOpaque = true;
  }
  // Forge storage and the Forge privacy API are Forge runtime features; Connect apps use neither scope.
  if (forgeRuntime) {
    for (const op of input.storage) {
      r.apply(storageRule(op.backend), 'storage', op.evidence);
      // A UI Kit hook's property (`useContentProperty`) is read and written as the user; UI Kit 1's hooks name no operation.
      const hooked = propertyHookOperation(op.api);
      const property = hooked ?? propertiesApiOperation(op.api);
      if (property?.path === null) r.shield(PRODUCT_FAMILY[property.product] ?? null);
      else if (property) {
        const scopes = lookupOperation(property.product, property.method, property.path);
        forgeCall(r, { ...property, auth: hooked ? 'asUser' : 'asApp', api: op.api, scopes, evidence: op.evidence }, 'storage');
      }
    }
    for (const evidence of input.reportingCalls) r.apply(personalDataReportingRule, 'personal-data-reporting', evidence);
    for (const module of input.modules) r.apply(moduleRule(module.type), 'module', module.evidence);
    for (const remote of input.remotes ?? []) for (const token of remote.tokens ?? []) r.allow(remoteTokenRule(token));
    r.allow(platformRule(platform));
  }
  // Connect's trigger rules are Jira's and Confluence's: a descriptor that declares scopes, none of them
  // theirs (Bitbucket's `account`, `repository`), is not bound by them.
  const jiraOrConfluence = !(platform === 'connect' && declared.length > 0 && r.connect.length === 0);
  for (const trigger of input.triggers) {
    if (trigger.kind === 'product-event') {
      for (const event of trigger.events) {
        const scopes = productEventScopes(event);
        // As in `forge lint`: an event whose current scopes are empty needs none.
        if (!scopes?.current.length) continue;
        const sets = [scopes.current, scopes.beta].sort((a, b) => Number(a.every(isGranular)) - Number(b.every(isGranular)));
        r.requireSets(sets, 'trigger', trigger.evidence);
      }
    }
    if (jiraOrConfluence) for (const name of connectTriggerRule(trigger.kind).requires ?? []) r.requireConnect(name, null, 'trigger', trigger.evidence);
    // Bitbucket's: a webhook needs its event's object's classic scope.
    else if (trigger.kind === 'connect-webhook') for (const event of trigger.events) r.apply(bitbucketWebhookRule(event), 'trigger', trigger.evidence);
  }
  const states = new Map(declared.map((d) => [d, judge(r, d)]));
  return {
    declared, needed: r.needed, missing: r.missing,
    unused: declared.filter((d) => states.get(d) === 'unused'),
    unchecked: declared.filter((d) => states.get(d) === 'unchecked'),
  };
}
