/**
 * The Marketplace Privacy & Security tab answers, as the body of
 * `PUT /rest/2/addons/{addonKey}/privacy-and-security` (`AppPrivacyAndSecurity`, whose
 * `appTrustInformation` has TrustInfo's sections). Field names and enums follow the Marketplace
 * OpenAPI document. Each answer's evidence (code lines, or the profile line that declares it) is
 * kept in a parallel map keyed by the field's path, so the body itself stays valid for the API.
 * A question neither the code nor the profile answers is left out of the body and listed as open.
 */
import { END_USER_DATA } from '../../scan/facts.ts';
import { externalCalls } from '../../claims/hosts.ts';
import { sdkCalls } from '../../claims/sent.ts';
import uninstall from '../../data/forge-uninstall.json' with { type: 'json' };
import { parseDuration } from '../../profile/duration.ts';
import { dataEntries, partyViews, type DocumentInput, type PartyView } from '../documents/input.ts';
import { categoryLabel, dataLabel, ATLASSIAN_PLACES } from '../documents/words.ts';
import { basisOf, fromCode, fromProfile, type AnswerEvidence, type Basis } from './evidence.ts';
import questions from './trust-info-questions.json' with { type: 'json' };
import { privacy, security } from './trust-info-privacy.ts';

export interface AnswerRecord {
  question: string;
  basis: Basis;
  evidence: AnswerEvidence[];
  note?: string;
}

export interface OpenQuestion {
  path: string;
  question: string;
  /** What to add to the profile, or why Candor cannot tell. */
  why: string;
}

export interface TrustAnswers {
  /** The PUT body. */
  body: { appTrustInformation: Record<string, Record<string, unknown>> };
  /** Per answered field (path in `appTrustInformation`): the question, evidence and basis. */
  evidence: Record<string, AnswerRecord>;
  open: OpenQuestion[];
}

const QUESTIONS: Record<string, string> = questions.questions;
const NOT_EUD = new Set(['configuration', 'operational-metadata', 'payment-data']);

export class Sheet {
  readonly body: Record<string, Record<string, unknown>> = {};
  readonly evidence: Record<string, AnswerRecord> = {};
  readonly open: OpenQuestion[] = [];

  set(path: string, value: unknown, evidence: AnswerEvidence[], note?: string): void {
    const [head, ...rest] = path.split('.');
    let node: Record<string, unknown> = (this.body[head!] ??= {});
    for (const key of rest.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
    node[rest.at(-1)!] = value;
    const unique = evidence.filter((e, i) => evidence.findIndex((o) => o.file === e.file && o.line === e.line && o.path === e.path) === i);
    this.evidence[path] = { question: QUESTIONS[path] ?? path, basis: basisOf(unique), evidence: unique, ...(note ? { note } : {}) };
  }

  ask(path: string, why: string): void {
    this.open.push({ path, question: QUESTIONS[path] ?? path, why });
  }
}

export function buildTrustAnswers(input: DocumentInput): TrustAnswers {
  const sheet = new Sheet();
  const data = endUserData(input);
  dataAccess(input, sheet, data);
  thirdParties(input, sheet);
  logs(input, sheet);
  residency(input, sheet, data);
  retention(input, sheet, data);
  privacy(input, sheet, data);
  security(input, sheet);
  return { body: { appTrustInformation: sheet.body }, evidence: sheet.evidence, open: sheet.open };
}

export interface EudView {
  /** End-User Data types the app processes, in the profile's words (or from the code without a profile entry). */
  processed: string[];
  stored: string[];
  /** Stored outside Atlassian. */
  outside: string[];
  inScope: string[];
  processEvidence: AnswerEvidence[];
  storeEvidence: AnswerEvidence[];
  outsideEvidence: AnswerEvidence[];
  processedOutside: boolean;
  processedOutsideEvidence: AnswerEvidence[];
}

function endUserData(input: DocumentInput): EudView {
  const { facts } = input;
  const entries = dataEntries(input).filter(({ entry }) => entry.endUserData ?? !NOT_EUD.has(entry.category ?? ''));
  const view: EudView = { processed: [], stored: [], outside: [], inScope: [], processEvidence: [], storeEvidence: [], outsideEvidence: [], processedOutside: false, processedOutsideEvidence: [] };
  for (const { entry, index, places } of entries) {
    const label = dataLabel(entry);
    const at = fromProfile(input, `data[${index}]`);
    view.processed.push(label);
    view.processEvidence.push(at);
    const kept = places.filter((pl) => pl !== 'not-stored' && pl !== 'browser');
    if (kept.length === 0) continue;
    view.stored.push(label);
    view.storeEvidence.push(at);
    if (kept.some((pl) => !ATLASSIAN_PLACES.has(pl))) {
      view.outside.push(label);
      view.outsideEvidence.push(at);
    } else if (entry.residency === 'follows-atlassian' || entry.residency === undefined) view.inScope.push(label);
  }
  // What the code shows even where the profile is silent.
  const reads = facts.restCalls.map((c) => c.evidence);
  const eudWrites = facts.storage.filter((op) => op.op === 'write' && op.carries.some((k) => END_USER_DATA.includes(k)));
  const personal = facts.personalData.uses;
  if (view.processed.length === 0) {
    if (reads.length > 0) view.processed.push(categoryLabel('product-content'));
    if (personal.some((u) => u.kind !== 'ip-address')) view.processed.push(categoryLabel('account-data'));
  }
  view.processEvidence.push(...fromCode([...reads, ...personal.map((u) => u.evidence)]));
  view.storeEvidence.push(...fromCode(eudWrites.map((op) => op.evidence)));
  const external = eudWrites.filter((op) => op.backend === 'external-db');
  if (external.length > 0 && view.outside.length === 0) view.outside.push(...(view.stored.length > 0 ? view.stored : [categoryLabel('product-content')]));
  view.outsideEvidence.push(...fromCode(external.map((op) => op.evidence)));
  // A third party that keeps the End-User Data it is sent (`thirdParties[].retention`) stores it outside Atlassian.
  const keeping = partyViews(input).filter((p) => p.sent.length > 0 && p.entry?.retention !== undefined && p.entry.retention !== 'not-stored');
  for (const label of keeping.flatMap((p) => p.sent.filter((k) => END_USER_DATA.includes(k)).map(kindLabel))) if (!view.outside.includes(label)) view.outside.push(label);
  view.outsideEvidence.push(...keeping.flatMap((p) => [fromProfile(input, `thirdParties[${p.index}].retention`), ...fromCode(p.sentAt)]));
  if (eudWrites.length > 0 && view.stored.length === 0) view.stored.push(...new Set(eudWrites.flatMap((op) => op.carries.filter((k) => END_USER_DATA.includes(k)).map(kindLabel))));

  const remotes = facts.egress.remotes.map((r) => r.evidence);
  const sent = [...externalCalls(facts.egress.calls), ...sdkCalls(facts)].filter((c) => c.carries.some((k) => END_USER_DATA.includes(k))).map((c) => c.evidence);
  const sharing = receivers(input).flatMap((party) => (party.index !== null ? [fromProfile(input, `thirdParties[${party.index}]`)] : []));
  view.processedOutside = remotes.length > 0 || sent.length > 0 || view.outside.length > 0 || sharing.length > 0;
  view.processedOutsideEvidence = [...fromCode([...remotes, ...sent]), ...view.outsideEvidence, ...sharing];
  return view;
}

function kindLabel(kind: string): string {
  return ({ 'account-id': 'Account IDs', email: 'Email addresses', 'display-name': 'Display names', 'ip-address': 'IP addresses', 'phone-number': 'Phone numbers', 'product-content': 'Product content', 'resolver-payload': 'Data users submit' } as Record<string, string>)[kind] ?? kind;
}

/** Third parties that receive End-User Data, by the profile's word. */
function receivers(input: DocumentInput): PartyView[] {
  return partyViews(input).filter((v) => v.entry !== null && v.entry.subprocessor !== false && (v.entry.subprocessor === true || v.data.length > 0));
}

function dataAccess(input: DocumentInput, sheet: Sheet, data: EudView): void {
  const section = 'dataAccessAndStorage';
  const processes = data.processed.length > 0;
  sheet.set(`${section}.isSameDataProcessedAndStored`, processes, data.processEvidence, 'Answers the API field\'s own question, "Does your app process and/or store End-User Data?"; the web form\'s label for it is read differently by some partners.');
  sheet.set(`${section}.appProcessEUDOutsideAtlassian`, data.processedOutside, data.processedOutsideEvidence, data.processedOutside ? undefined : 'No remote or backend of its own, no End-User Data sent to a host outside Atlassian, no data stored outside Atlassian and no third party that receives End-User Data.');
  if (processes) sheet.set(`${section}.typesOfDataAccessed`, data.processed, data.processEvidence);
  sheet.set(`${section}.appStoresEUDOutsideAtlassian`, data.outside.length > 0, data.outsideEvidence, data.outside.length > 0 ? undefined : 'No write to a store outside Atlassian, and no data entry kept outside Atlassian.');
  if (data.stored.length > 0) sheet.set(`${section}.typesOfDataStored`, data.stored, data.storeEvidence);
}

function thirdParties(input: DocumentInput, sheet: Sheet): void {
  const section = 'thirdPartyInformation';
  const parties = partyViews(input);
  const shared = receivers(input);
  const evidence = shared.flatMap((v) => [fromProfile(input, `thirdParties[${v.index}]`), ...fromCode(v.found.flatMap((f) => f.via.map((x) => x.evidence)).slice(0, 2))]);
  for (const party of parties.filter((v) => v.entry === null)) {
    const at = party.found[0]?.via[0]?.evidence;
    sheet.ask(`${section}.thirdPartyDetails`, `The code uses ${party.name}${at ? ` (${at.file}:${at.line})` : ''}, which thirdParties in the profile does not describe: add it with purpose, data and countries (data: [] and subprocessor: false if it receives no End-User Data).`);
  }
  if (input.profile.thirdParties === undefined && parties.length === 0) {
    sheet.set(`${section}.isEndUserDataShared`, false, fromCode([]), 'The code shows no third party; add thirdParties: [] to the profile to declare it.');
    return;
  }
  // What the code hands to a third party is shared, whatever the profile says of it.
  const sentByCode = parties.filter((v) => v.sent.length > 0 && !shared.some((s) => s.name === v.name && s.index === v.index));
  evidence.push(...fromCode(sentByCode.flatMap((v) => v.sentAt).slice(0, 3)));
  const isShared = shared.length > 0 || sentByCode.length > 0;
  sheet.set(`${section}.isEndUserDataShared`, isShared, evidence.length > 0 ? evidence : [fromProfile(input, 'thirdParties')]);
  const subprocessors = input.profile.privacy?.subprocessorsUrl;
  if (subprocessors) sheet.set(`${section}.dataSubProcessors`, subprocessors, [fromProfile(input, 'privacy.subprocessorsUrl')]);
  else if (isShared) sheet.ask(`${section}.dataSubProcessors`, 'Add privacy.subprocessorsUrl (a page listing your sub-processors) to the profile.');
  // A listed third party the code sends End-User Data to is one the data is shared with, whatever its entry says.
  const receiving = [...shared, ...sentByCode.filter((v) => v.entry !== null)];
  if (receiving.length === 0) return;
  const details = receiving.map((v) => {
    const out: Record<string, unknown> = { name: v.name };
    if (v.link) out['link'] = v.link;
    if (v.purpose) out['purpose'] = v.purpose;
    out['thirdPartyCountries'] = v.countries;
    if (!v.purpose) sheet.ask(`${section}.thirdPartyDetails`, `Add purpose to thirdParties[${v.index}] (${v.name}).`);
    if (v.countries.length === 0) sheet.ask(`${section}.thirdPartyDetails`, `Add countries to thirdParties[${v.index}] (${v.name}).`);
    return out;
  });
  sheet.set(`${section}.thirdPartyDetails`, details, evidence);
}

function logs(input: DocumentInput, sheet: Sheet): void {
  const section = 'logDetails';
  const { facts, profile, truths } = input;
  const declared = profile.logs;
  const withData = facts.logs.filter((l) => l.side === 'backend' && l.carries.some((k) => END_USER_DATA.includes(k)));
  let logsData: boolean;
  let evidence: AnswerEvidence[];
  if (withData.length > 0 || declared?.endUserData === true) {
    logsData = true;
    evidence = [...fromCode(withData.map((l) => l.evidence)), ...(declared?.endUserData === true ? [fromProfile(input, 'logs.endUserData')] : [])];
  } else if (truths.holds('no-end-user-data-in-logs')) {
    logsData = false;
    evidence = [...fromCode(facts.logs.map((l) => l.evidence)), ...(declared?.endUserData === false ? [fromProfile(input, 'logs.endUserData')] : [])];
  } else if (declared?.endUserData === false) {
    logsData = false;
    evidence = [fromProfile(input, 'logs.endUserData')];
  } else {
    sheet.ask(`${section}.logEndUserData`, 'Candor could not decide from the code whether logs receive End-User Data; add logs.endUserData to the profile.');
    return;
  }
  sheet.set(`${section}.logEndUserData`, logsData, evidence, logsData ? undefined : `${facts.logs.length} log call${facts.logs.length === 1 ? '' : 's'} checked; none receives End-User Data.`);
  const places = declared?.storedIn === undefined ? [] : [declared.storedIn].flat();
  if (!logsData) {
    sheet.set(`${section}.logProcessAndOrStoreEUDOutsideAtlassian`, false, evidence);
    sheet.set(`${section}.logEUDShareWithThirdParty`, false, evidence);
    sheet.set(`${section}.logsIntegralForAppFunctionality`, false, evidence);
    return;
  }
  const ownServer = facts.egress.remotes.length > 0;
  const outside = ownServer || places.some((pl) => !ATLASSIAN_PLACES.has(pl));
  sheet.set(`${section}.logProcessAndOrStoreEUDOutsideAtlassian`, outside, [...fromCode(facts.egress.remotes.map((r) => r.evidence)), ...(places.length > 0 ? [fromProfile(input, 'logs.storedIn')] : [])]);
  const shared = declared?.sharedWithThirdParties ?? (places.some((pl) => pl.startsWith('third-party:')) ? true : undefined);
  if (shared === undefined) {
    sheet.ask(`${section}.logEUDShareWithThirdParty`, 'Add logs.sharedWithThirdParties to the profile.');
    return;
  }
  sheet.set(`${section}.logEUDShareWithThirdParty`, shared, [fromProfile(input, declared?.sharedWithThirdParties !== undefined ? 'logs.sharedWithThirdParties' : 'logs.storedIn')]);
  if (!shared) sheet.set(`${section}.logsIntegralForAppFunctionality`, false, [fromProfile(input, 'logs')]);
  else if (declared?.integralToFunctionality !== undefined) sheet.set(`${section}.logsIntegralForAppFunctionality`, declared.integralToFunctionality, [fromProfile(input, 'logs.integralToFunctionality')]);
  else sheet.ask(`${section}.logsIntegralForAppFunctionality`, 'Add logs.integralToFunctionality to the profile.');
}

function residency(input: DocumentInput, sheet: Sheet, data: EudView): void {
  const section = 'dataResidency';
  const { truths, profile } = input;
  const storage = fromCode(input.facts.storage.filter((op) => op.op === 'write').map((op) => op.evidence));
  const supported = truths.outcome('data-residency-supported', { all: true });
  let answer: string;
  if (data.stored.length === 0) answer = 'NOT_APPLICABLE';
  else if (data.outside.length > 0) answer = 'STORED_EXTERNAL_TO_ATLASSIAN';
  // Supported when the code shows it, or when the only End-User Data sent out goes to third parties the profile says keep none.
  else answer = supported.verdict === 'verified' || supported.messageId === 'keepsNothing' ? 'STORED_IN_ATLASSIAN_N_DR_SUPPORTED' : 'STORED_IN_ATLASSIAN_N_DR_NOT_SUPPORTED';
  // Data kept only in Atlassian, but residency not shown by the code alone: say why, with the code that decides it.
  const why = answer.startsWith('STORED_IN_ATLASSIAN') && supported.verdict !== 'verified' ? supported : null;
  sheet.set(`${section}.isDataResidencySupported`, answer, [...data.storeEvidence, ...storage, ...fromCode(why?.evidence ?? [])],
    `${why ? `${truths.message('data-residency-supported', { all: true })} ` : ''}The enum values are read by their names (stored in Atlassian with residency supported, stored outside Atlassian, \u2026); Atlassian does not document them.`);
  if (answer === 'NOT_APPLICABLE') return;
  if (answer === 'STORED_EXTERNAL_TO_ATLASSIAN') {
    const places = dataEntries(input).filter(({ entry }) => entry.residency && entry.residency !== 'follows-atlassian' && entry.residency !== 'none');
    const locations = [...new Set(places.map(({ entry }) => entry.residency!))];
    if (locations.length > 0) sheet.set(`${section}.countriesWhereEndUserDataStored`, locations, places.map(({ index }) => fromProfile(input, `data[${index}].residency`)));
    else sheet.ask(`${section}.countriesWhereEndUserDataStored`, 'Add residency (a region or country) to each data entry stored outside Atlassian.');
  }
  if (data.inScope.length > 0) sheet.set(`${section}.inScopeDataTypes`, data.inScope, data.storeEvidence.filter((e) => e.source === 'profile'));
  const realm = profile.dataResidency?.realmMigration;
  if (realm !== undefined) sheet.set(`${section}.realmMigrationSupported`, realm, [fromProfile(input, 'dataResidency.realmMigration')]);
  else sheet.ask(`${section}.realmMigrationSupported`, 'Add dataResidency.realmMigration (true or false) to the profile.');
}

function retention(input: DocumentInput, sheet: Sheet, data: EudView): void {
  const section = 'dataRetention';
  const { profile } = input;
  const stores = data.stored.length > 0;
  sheet.set(`${section}.isDataRetentionSupported`, stores, data.storeEvidence);
  if (!stores) return;
  const stored = dataEntries(input).filter(({ entry, places }) => (entry.endUserData ?? !NOT_EUD.has(entry.category ?? '')) && places.some((pl) => pl !== 'not-stored' && pl !== 'browser'));
  const days = stored.map(({ entry }) => (entry.retention ? parseDuration(entry.retention) : null));
  if (stored.length > 0 && days.every((d) => d !== null)) {
    const values = days.map((d) => Math.round(d!.hours / 24));
    sheet.set(`${section}.retentionDurationInDays`, { min: Math.min(...values), max: Math.max(...values) }, stored.map(({ index }) => fromProfile(input, `data[${index}].retention`)));
  } else {
    sheet.ask(`${section}.retentionDurationInDays`, 'Give each stored data entry a retention in days (e.g. "365 days") to answer this; until-uninstall and similar have no fixed number of days.');
  }
  const custom = profile.deletion?.customRetention;
  if (custom !== undefined) sheet.set(`${section}.isCustomRetentionPeriodAllowed`, custom, [fromProfile(input, 'deletion.customRetention')]);
  else sheet.ask(`${section}.isCustomRetentionPeriodAllowed`, 'Add deletion.customRetention (true or false) to the profile.');
  const after = profile.deletion?.afterUninstall;
  const outcome = input.truths.outcome('data-deleted-on-uninstall');
  if (after !== undefined) {
    const code = outcome.verdict === 'verified' ? fromCode(outcome.evidence) : [];
    sheet.set(`${section}.isRetentionDurationIndefinite`, after === 'kept', [fromProfile(input, 'deletion.afterUninstall'), ...code]);
  } else if (outcome.verdict === 'verified') {
    sheet.set(`${section}.isRetentionDurationIndefinite`, false, fromCode(outcome.evidence), `Forge hosted storage is deleted ${uninstall.retentionDays} days after uninstall.`);
  } else {
    sheet.ask(`${section}.isRetentionDurationIndefinite`, 'Add deletion.afterUninstall to the profile.');
  }
}
