/**
 * The Marketplace Forge app security questionnaire, pre-filled: every question and conditional
 * sub-question, each answer with its evidence, its basis and its review signal, and the questions
 * only the vendor can answer listed for them. The questions are data (forge-questionnaire.json);
 * this file holds one answer rule per question, like FSRT's answers.rs, but reads the scan's
 * facts (calls, logs, secrets, storage) where FSRT reads only the manifest.
 */
import { EITHER_PRINCIPAL, END_USER_DATA, type RestCall } from '../../scan/facts.ts';
import { unknownCalls } from '../../claims/scopes.ts';
import type { DocumentInput } from '../documents/input.ts';
import { fromCode, fromProfile, type AnswerEvidence } from './evidence.ts';
import data from './forge-questionnaire.json' with { type: 'json' };
import type { ManifestExtras } from './manifest-extras.ts';

export type Signal = 'info' | 'warning' | 'fail';
/** code: read from the app; inferred: read from the code by a heuristic, to confirm; profile: declared by the vendor; vendor: Candor cannot answer it. */
export type QuestionBasis = 'code' | 'inferred' | 'profile' | 'vendor';

export interface Question {
  id: string;
  parent?: string;
  askedWhen?: string;
  category: string;
  type: string;
  signal: string;
  tripsOn?: string;
  text: string;
  options?: string[];
}

export interface QuestionAnswer {
  id: string;
  category: string;
  question: string;
  type: string;
  signal: Signal;
  /** Yes, No, Not Applicable, free text, chosen options, or null when unanswered. */
  answer: string | string[] | null;
  basis: QuestionBasis;
  /** False when the parent question's answer means this one is not asked. */
  asked: boolean;
  /** The answer is the one that raises the signal (a Fail blocks listing). */
  raises: boolean;
  evidence: AnswerEvidence[];
  note?: string;
}

interface Derived {
  answer: string | string[] | null;
  basis: QuestionBasis;
  evidence?: AnswerEvidence[];
  note?: string;
}

export const QUESTIONS: readonly Question[] = data.questions;

const vendor = (note: string, evidence: AnswerEvidence[] = []): Derived => ({ answer: null, basis: 'vendor', evidence, note });
const yesNo = (yes: boolean): string => (yes ? 'Yes' : 'No');
const UNREAD = 'Candor could not read the manifest for this answer.';

type Rule = (input: DocumentInput, extras: ManifestExtras | null) => Derived;

/** A call made with asApp(), or with a requester the code chooses at run time (`asUser ? api.asUser() : api.asApp()`), which may be asApp(). */
function mayBeAsApp(call: RestCall): boolean {
  return call.auth === 'asApp' || call.auth === 'unknown';
}

function orChosen(calls: readonly RestCall[]): string {
  return calls.some((c) => c.auth === 'unknown' || c.api.includes(EITHER_PRINCIPAL)) ? ' or a requester chosen at run time' : '';
}

const RULES: Record<string, Rule> = {
  '1': ({ facts }) => {
    if (facts.app.modules.length === 0) return vendor('The manifest declares no modules.');
    const ui = facts.app.modules.filter((m) => m.ui !== 'none' && m.ui !== undefined);
    return { answer: yesNo(ui.length > 0), basis: 'code', evidence: fromCode((ui.length > 0 ? ui : facts.app.modules).map((m) => m.evidence)), note: ui.length > 0 ? `User-facing modules: ${[...new Set(ui.map((m) => m.type))].join(', ')}.` : 'Every module runs in the background.' };
  },
  '1a': ({ facts }) => {
    const asApp = facts.restCalls.filter(mayBeAsApp);
    if (facts.restCalls.length === 0) return { answer: 'Yes', basis: 'inferred', note: 'The app makes no product API calls.' };
    if (asApp.length === 0) return { answer: 'Yes', basis: 'code', evidence: fromCode(facts.restCalls.map((c) => c.evidence)), note: `All ${facts.restCalls.length} product API calls are made as the user.` };
    return vendor(`${asApp.length} call${asApp.length === 1 ? ' is' : 's are'} made with asApp()${orChosen(asApp)}; confirm each runs without a user (a scheduled job, a product event) or needs the app's permissions.`, fromCode(asApp.map((c) => c.evidence)));
  },
  '2': ({ facts }) => ({ answer: yesNo(facts.egress.remotes.length > 0), basis: 'code', evidence: fromCode(facts.egress.remotes.map((r) => r.evidence)) }),
  '2a': ({ facts }) => vendor('The manifest only says which tokens Forge forwards; whether your server validates the Forge Invocation Token is in its own code.', fromCode(facts.egress.remotes.map((r) => r.evidence))),
  '2b': ({ facts }) => vendor('Whether the remote checks the user\'s permissions is in its own code.', fromCode(facts.egress.remotes.map((r) => r.evidence))),
  '3': ({ facts }) => {
    const asApp = facts.restCalls.filter(mayBeAsApp);
    const system = facts.egress.remotes.filter((r) => r.tokens?.includes('appSystemToken'));
    if (asApp.length === 0 && system.length > 0) return vendor('Forge gives the remote an app system token, so it can call the product APIs as the app; check that its calls on behalf of a user are preceded by a permission check.', fromCode(system.map((r) => r.evidence)));
    if (asApp.length === 0) return { answer: 'Not Applicable', basis: 'code', evidence: fromCode(facts.restCalls.map((c) => c.evidence)), note: 'The app makes no product API call with asApp().' };
    return vendor('Check that each asApp() call on behalf of a user is preceded by a permission check (e.g. the permissions REST API).', fromCode(asApp.map((c) => c.evidence)));
  },
  '4': ({ facts }) => {
    const web = facts.triggers.filter((t) => t.kind === 'web');
    return { answer: yesNo(web.length > 0), basis: 'code', evidence: fromCode(web.map((t) => t.evidence)) };
  },
  '4a': ({ facts }) => vendor('Whether each web trigger authenticates its caller is in its handler\'s code.', fromCode(facts.triggers.filter((t) => t.kind === 'web').map((t) => t.evidence))),
  '5': (_input, extras) => (extras ? { answer: yesNo(extras.displayConditions.length > 0), basis: 'code', evidence: fromCode(extras.displayConditions) } : vendor(UNREAD)),
  '5a': (_input, extras) => vendor('Check that the code behind each module with display conditions also checks the user\'s permissions.', fromCode(extras?.displayConditions ?? [])),
  '6': ({ facts }) => {
    const egress = [...facts.egress.declared.map((d) => d.evidence), ...facts.egress.remotes.map((r) => r.evidence)];
    return { answer: yesNo(egress.length > 0), basis: 'code', evidence: fromCode(egress) };
  },
  '6a': ({ facts }) => {
    const broad = facts.egress.declared.filter((d) => d.host === '*' || /^\*\.[^.]+$/.test(d.host ?? ''));
    return { answer: yesNo(broad.length > 0), basis: 'code', evidence: fromCode((broad.length > 0 ? broad : facts.egress.declared).map((d) => d.evidence)) };
  },
  '6b': (input) => {
    const { facts, profile } = input;
    const clear = [...facts.egress.declared.filter((d) => /^http:\/\//i.test(d.address)).map((d) => d.evidence), ...facts.egress.calls.filter((c) => /^http:\/\//i.test(c.url ?? '')).map((c) => c.evidence)];
    if (clear.length > 0) return { answer: 'No', basis: 'code', evidence: fromCode(clear), note: 'An egress address or call uses http://.' };
    const tls = profile.security?.encryptionInTransit;
    if (tls && /TLS\s*1\.[23]/i.test(tls)) return { answer: 'Yes', basis: 'profile', evidence: [fromProfile(input, 'security.encryptionInTransit')], note: 'No http:// address in the manifest or the code.' };
    return vendor('No http:// address in the manifest or the code; state the TLS version (security.encryptionInTransit in the profile).');
  },
  '6c': () => vendor('A plan for renewing domains and certificates is not in the code.'),
  '6d': (input) => {
    const security = input.profile.security;
    if (security?.encryptionAtRest || security?.diskEncryption === true) {
      return { answer: 'Yes', basis: 'profile', evidence: [fromProfile(input, security.encryptionAtRest ? 'security.encryptionAtRest' : 'security.diskEncryption')] };
    }
    return vendor('Add security.encryptionAtRest (or security.diskEncryption) to the profile.');
  },
  '6d-i': (input) => {
    const security = input.profile.security;
    const controls = [security?.encryptionAtRest ? `Encryption at rest: ${security.encryptionAtRest}` : null, security?.diskEncryption ? 'Full disk encryption' : null].filter((c): c is string => c !== null);
    return controls.length > 0 ? { answer: controls.join('; '), basis: 'profile', evidence: [fromProfile(input, 'security')] } : vendor('List the controls (encryption, access control, backups) in the profile\'s security section.');
  },
  '7': ({ facts }) => {
    const { declared, unused } = facts.scopes;
    if (unused.length > 0) {
      const unknown = unknownCalls(facts);
      if (unknown.length > 0) return vendor(`No code uses ${unused.map((u) => u.scope).join(', ')}, but some calls' paths could not be resolved.`, fromCode([...unused.map((u) => u.evidence), ...unknown.map((c) => c.evidence)]));
      return { answer: 'No', basis: 'code', evidence: fromCode(unused.map((u) => u.evidence)), note: `Declared but unused: ${unused.map((u) => u.scope).join(', ')}.` };
    }
    return { answer: 'Yes', basis: 'code', evidence: fromCode(declared.map((d) => d.evidence)), note: declared.length === 0 ? 'The app declares no scopes.' : `Every declared scope is used by the code (${declared.length}).` };
  },
  '8': ({ facts }) => {
    const leaking = facts.logs.filter((l) => l.side === 'backend' && l.carries.some((k) => k === 'secret' || END_USER_DATA.includes(k)));
    if (leaking.length > 0) return { answer: 'Yes', basis: 'code', evidence: fromCode(leaking.map((l) => l.evidence)), note: `Logged: ${[...new Set(leaking.flatMap((l) => l.carries))].join(', ')}.` };
    return { answer: 'No', basis: 'code', evidence: fromCode(facts.logs.map((l) => l.evidence)), note: `${facts.logs.length} log call${facts.logs.length === 1 ? '' : 's'} checked; none receives personal data, End-User Data or secrets.` };
  },
  '9': () => vendor('Input validation is a property of every handler; describe it.'),
  '9a': () => vendor('Describe how user input and URLs are validated.'),
  '10': (input) => {
    const testing = input.profile.program?.vulnerabilities?.testing ?? [];
    const found = testing.filter((t) => /dependenc|composition|\bSCA\b|npm audit|dependabot|renovate|snyk/i.test(t));
    return found.length > 0 ? { answer: 'Yes', basis: 'profile', evidence: [fromProfile(input, 'program.vulnerabilities.testing')], note: found.join('; ') } : vendor('Add dependency scanning to program.vulnerabilities.testing in the profile, if you run it.');
  },
  '11': (input) => {
    if (input.profile.security?.requiresUserSecrets === true) return { answer: 'Yes', basis: 'profile', evidence: [fromProfile(input, 'security.requiresUserSecrets')] };
    const outcome = input.truths.outcome('no-pats-or-shared-secrets');
    if (outcome.verdict === 'verified') return { answer: 'No', basis: 'code', evidence: fromCode(outcome.evidence), note: 'The app stores no secret a user provides.' };
    return vendor('The app keeps secrets; say whether users provide Atlassian credentials.', fromCode(outcome.evidence));
  },
  '12': ({ facts }, extras) => {
    if (extras === null) return vendor(UNREAD);
    if (extras.authProviders.length > 0) return { answer: 'Yes', basis: 'code', evidence: fromCode(extras.authProviders.map((p) => p.evidence)), note: `External auth providers: ${extras.authProviders.map((p) => p.key).join(', ')}.` };
    const secrets = facts.storage.filter((op) => op.backend === 'kvs-secret' && op.op === 'write');
    if (secrets.length > 0) return { answer: 'Yes', basis: 'inferred', evidence: fromCode(secrets.map((op) => op.evidence)), note: 'The app stores secrets; confirm whose they are.' };
    return { answer: 'No', basis: 'inferred', note: 'No auth provider in the manifest and no secret stored by the code.' };
  },
  '12a': ({ facts }, extras) => {
    const writes = facts.storage.filter((op) => op.carries.includes('secret') && op.op === 'write');
    if (writes.length > 0 && writes.every((op) => op.backend === 'kvs-secret')) return { answer: 'Yes', basis: 'code', evidence: fromCode(writes.map((op) => op.evidence)), note: 'Stored with kvs.setSecret, which Forge encrypts.' };
    if (writes.length === 0 && extras !== null && extras.authProviders.length > 0) return { answer: 'Yes', basis: 'inferred', evidence: fromCode(extras.authProviders.map((p) => p.evidence)), note: 'Tokens of Forge external auth providers are kept by Forge.' };
    return vendor('Say where the credentials are stored.', fromCode(writes.map((op) => op.evidence)));
  },
  '12a-i': () => vendor('Say whether the credentials are stored outside Atlassian.'),
  '13': ({ facts }) => (facts.secrets.length > 0
    ? { answer: 'Yes', basis: 'code', evidence: fromCode(facts.secrets.map((s) => s.evidence)), note: facts.secrets.map((s) => s.description).join('; ') }
    : { answer: 'No', basis: 'code', note: 'No secret in the app\'s source or configuration files (the repository\'s history is not scanned).' }),
  '14': (input) => {
    const testing = input.profile.program?.vulnerabilities?.testing ?? [];
    return testing.length > 0 ? { answer: 'Yes', basis: 'profile', evidence: [fromProfile(input, 'program.vulnerabilities.testing')] } : vendor('Add program.vulnerabilities.testing to the profile.');
  },
  '14a': (input) => {
    const testing = (input.profile.program?.vulnerabilities?.testing ?? []).join(' ');
    const chosen = [
      /dependenc|composition|\bSCA\b|npm audit|dependabot|snyk/i.test(testing) ? 'Software composition analysis (SCA)' : null,
      /static|\bSAST\b|codeql|semgrep/i.test(testing) ? 'Static application security testing (SAST)' : null,
      /dynamic|\bDAST\b|penetration|pen test|zap/i.test(testing) || input.profile.program?.vulnerabilities?.pentestFrequency ? 'Dynamic application security testing (DAST)' : null,
    ].filter((c): c is string => c !== null);
    return chosen.length > 0 ? { answer: chosen, basis: 'profile', evidence: [fromProfile(input, 'program.vulnerabilities')] } : vendor('Say which scans you run.');
  },
  '15': (input) => (input.profile.program?.vulnerabilities?.remediation === 'atlassian-cloud-policy'
    ? { answer: 'Yes', basis: 'profile', evidence: [fromProfile(input, 'program.vulnerabilities.remediation')], note: 'The profile adopts the policy\'s time limits.' }
    : vendor('Confirm you have read the Marketplace Security Bug Fix Policy.')),
  '16': (input) => {
    const incident = input.profile.program?.incident;
    if (incident?.customerHours !== undefined && incident.atlassianHours !== undefined) {
      return { answer: 'Yes', basis: 'profile', evidence: [fromProfile(input, 'program.incident.customerHours'), fromProfile(input, 'program.incident.atlassianHours')] };
    }
    return vendor('Add program.incident.customerHours and program.incident.atlassianHours to the profile.');
  },
  '17': (input) => vendor(input.profile.contacts?.securityEmail ? `Confirm that ${input.profile.contacts.securityEmail} has an account on ecosystem.atlassian.net.` : 'Name a security contact with an account on ecosystem.atlassian.net.'),
};

export function answerQuestionnaire(input: DocumentInput, extras: ManifestExtras | null): QuestionAnswer[] {
  const answers = new Map<string, QuestionAnswer>();
  for (const q of QUESTIONS) {
    const parent = q.parent ? answers.get(q.parent) : undefined;
    const base = { id: q.id, category: q.category, question: q.text, type: q.type, signal: q.signal as Signal };
    if (parent && parent.answer !== null && parent.answer !== q.askedWhen) {
      const shown = Array.isArray(parent.answer) ? parent.answer.join(', ') : parent.answer;
      const why = parent.asked ? `question ${parent.id} is answered ${shown}` : `question ${parent.id} is not asked`;
      answers.set(q.id, { ...base, answer: 'Not Applicable', basis: parent.basis, asked: false, raises: false, evidence: [], note: `Not asked: ${why}.` });
      continue;
    }
    const rule = RULES[q.id];
    if (!rule) throw new Error(`No answer rule for questionnaire question ${q.id}.`);
    const derived = rule(input, extras);
    answers.set(q.id, {
      ...base, answer: derived.answer, basis: derived.basis, asked: true, raises: q.tripsOn !== undefined && derived.answer === q.tripsOn,
      evidence: derived.evidence ?? [], ...(derived.note ? { note: derived.note } : {}),
    });
  }
  return [...answers.values()];
}
