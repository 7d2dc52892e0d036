import { PERSONAL_DATA, type DataKind, type EgressCall, type Evidence, type PersonalDataUse, type RestCall, type StorageOp } from '../../facts.ts';
import type { CallSite, FileContext } from '../context.ts';
import type { FileFacts } from '../file-facts.ts';
import { personalDataOf } from '../../scopes/table.ts';
import { holdsNoOne } from '../../scopes/asked-fields.ts';
import { isNeutralName, kindOfName } from '../names.ts';
import reportingData from '../../../data/personal-data-reporting.json' with { type: 'json' };
import { escapeRegex } from '../../../utils/regex.ts';

type PersonalKind = PersonalDataUse['kind'];


/** Calls to the Personal Data Reporting API: `privacy.reportPersonalData()` or `/app/report-accounts/` (src/data/personal-data-reporting.json). */
export function detectReporting(site: CallSite, ctx: FileContext): void {
  const isPrivacyApi = site.module === '@forge/api' && /(^|\.)privacy\.reportPersonalData\(\)$/.test(site.path);
  if (!isPrivacyApi) return;
  ctx.facts.reporting.push(ctx.evidence(site.node));
  if (ctx.fn) ctx.fn.reports = true;
}

/**
 * Personal data, after the other detectors ran on a file: where account IDs, emails, names and the IP addresses of clients
 * are read (user APIs), stored, sent out (to a host, or to a vendor through its SDK) or logged.
 */
export function collectPersonalData(facts: FileFacts): void {
  const uses = facts.personalData;
  const asked = new Map(facts.restBodies.map((b) => [b.call, b.fields] as const));
  for (const call of facts.restCalls) {
    // What the operation's answer returns about people (`/rest/api/3/user/search`: account IDs, names, emails; an issue search's `fields=assignee`).
    const people = call.path ? personalDataOf(call.product, call.method, call.path, asked.get(call), call.openQuery) : [];
    for (const kind of people.length > 0 ? takenPeople(facts, call, people) : people) uses.push({ kind, action: 'read', target: call.path!, evidence: call.evidence });
    delete call.openQuery;
    if (call.path && REPORTING_PATH.test(call.path)) reported(facts, call.evidence);
  }
  // An OAuth 2.0 (3LO) or Connect app's own request to the API gateway (`https://api.atlassian.com/app/report-accounts/`).
  for (const call of facts.egress) if (call.url !== null && GATEWAY_REPORTING.test(call.url)) reported(facts, call.evidence);
  uses.push(...storedPersonalData(facts.storage));
  for (const log of facts.logs) for (const kind of personal(log.carries)) uses.push({ kind, action: 'logged', target: log.logger, evidence: log.evidence });
  uses.push(...sentPersonalData(facts.egress));
  for (const call of facts.sdkCalls) {
    for (const kind of personal(call.carries)) uses.push({ kind, action: 'sent', target: `vendor:${call.vendor}`, evidence: call.evidence });
  }
}

const GATEWAY_REPORTING = /^https:\/\/api\.atlassian\.com\/app\/report-accounts\b/i;
/** The API's paths on the site: `/app/report-accounts/`, and Connect's older `/rest/atlassian-connect/latest/report-accounts`. */
const REPORTING_PATH = new RegExp(`(?:${reportingData.paths.map(escapeRegex).join('|')})(?![\\w-])`);

function reported(facts: FileFacts, evidence: Evidence): void {
  facts.reporting.push(evidence);
  if (evidence.file === facts.file) markReporter(facts, evidence);
}

/**
 * Marks the function of `facts` that makes the reporting call at `evidence`. A request made through a helper of
 * another file (`jira(installation, 'POST', '/app/report-accounts/')`) is among the helper's file's facts, at the caller's line.
 */
export function markReporter(facts: FileFacts, evidence: Evidence): void {
  const fn = facts.functions.find((f) => f.evidence.line <= evidence.line && evidence.line <= f.endLine);
  if (fn) fn.reports = true;
}

/**
 * The people of an answer the code takes, when every read of the body is into a pattern (`const { accountId } = await res.json()`):
 * of the fields they name, a field named for a kind of personal data that kind, one that holds no one (`key`, `summary`) none, any other all of them.
 */
function takenPeople(facts: FileFacts, call: RestCall, people: readonly PersonalKind[]): readonly PersonalKind[] {
  const taken = facts.answerFields?.filter((a) => a.line === call.evidence.line && a.column === call.evidence.column) ?? [];
  if (taken.length === 0 || taken.some((a) => a.fields === null)) return people;
  const out = new Set<PersonalKind>();
  for (const field of taken.flatMap((a) => a.fields!)) {
    const named = kindOfName(field);
    if (named !== null) {
      if ((people as readonly string[]).includes(named)) out.add(named as PersonalKind);
    } else if (!isNeutralName(field) && !holdsNoOne(field)) return people;
  }
  return people.filter((k) => out.has(k));
}

/** Account IDs, emails, names and IP addresses that requests send to their hosts. */
export function sentPersonalData(calls: EgressCall[]): PersonalDataUse[] {
  return calls.flatMap((call) => personal(call.carries).map((kind): PersonalDataUse => ({ kind, action: 'sent', target: call.host, evidence: call.evidence })));
}

/** Account IDs, emails, names and IP addresses that storage writes keep. */
export function storedPersonalData(ops: StorageOp[]): PersonalDataUse[] {
  return ops.flatMap((op) => personal(op.carries).map((kind): PersonalDataUse => ({ kind, action: 'stored', target: op.backend, evidence: op.evidence })));
}

function personal(kinds: DataKind[]): Array<PersonalDataUse['kind']> {
  return PERSONAL_DATA.filter((k) => kinds.includes(k));
}
