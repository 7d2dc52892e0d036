import type { Facts } from '../../scan/facts.ts';
/**
 * The security statement in the shape of seed 004: what data is stored and where, the third
 * parties and what each receives, AI processing, residency per data type, and why each
 * permission is needed.
 */
import * as app from './app-facts.ts';
import { dataList, declaredData, placesTable, thirdPartyBlocks } from './data-sections.ts';
import { appName, partiesWithDetails, requireStoredData, scopesWithPurposes, vendorName, type DocumentInput } from './input.ts';
import { code, compact, joinWords, link, list, p, section, type Block, type DocumentModel, type Rich } from './model.ts';
import type { Needs } from './needs.ts';
import { permissionBlocks } from './permissions.ts';
import { securityContact } from './program.ts';
import { headerFields } from './shared.ts';
import { dataWords, hoursText } from './words.ts';

const AUTH: Record<string, string> = { asUser: 'as the user', asApp: 'as the app', bridge: 'as the user', connect: 'as the app, signed with JWT', 'api-token': 'with a user\'s API token', oauth: 'with an OAuth 2.0 token the app holds', unknown: '' };

export function buildSecurityStatement(input: DocumentInput, needs: Needs): DocumentModel {
  const name = appName(input, needs);
  const vendor = vendorName(input, needs);
  const contact = securityContact(input, needs);
  const { facts, profile, truths } = input;
  declaredData(input, needs, { purpose: false, retention: true, residency: true });
  requireStoredData(input, needs);
  scopesWithPurposes(input, needs);
  const parties = partiesWithDetails(input, needs, { countries: true });
  const paragraphs = (rich: Array<Rich | null>): Block[] => rich.filter((r): r is Rich => r !== null).map((r) => p(...r));

  const ai = parties.filter((v) => v.category === 'ai');
  const aiNames = [...new Set(facts.thirdParties.filter((t) => t.category === 'ai').map((t) => t.name))];
  const trains = ai.length > 0 ? needs.value(profile.privacy?.trainsModels, 'privacy.trainsModels', 'whether customer data is used to train AI models (the app uses AI)', 'false') : undefined;
  const aiSection = section('AI Processing', [
    aiNames.length > 0 && truths.holds('ai-providers-and-data', { providers: aiNames }) ? p(`Our AI features use ${joinWords(aiNames)}.`) : null,
    ai.length > 0 ? p('What each AI provider receives:') : null,
    ai.length > 0 ? list(ai.map((v): Rich => [v.name, `: ${v.data.length > 0 ? joinWords(v.data.map(dataWords)) : 'no End-User Data'}.`])) : null,
    trains === false ? p('We do not use customer data to train AI models.') : trains === true ? p('We use customer data to train AI models.') : null,
  ]);

  const residency = truths.holds('data-residency-supported', { all: true }) && facts.storage.some((op) => op.op === 'write');
  // Where data leaves for a third party, it resides where that party is, not in the customer's pinned location.
  const abroad = parties.filter((v) => v.countries.length > 0 && (v.data.length > 0 || v.sent.length > 0));
  const realm = profile.dataResidency?.realmMigration;
  const residencySection = section('Data Residency', [
    residency ? p('The app supports Atlassian data residency: all data it stores follows the customer\'s data residency location.') : null,
    ...placesTable(input, vendor, { retention: false, residency: true }).map((b) => (b.type === 'table' ? { ...b, caption: 'Residency of each type of data', columns: ['Data', 'Where it is kept', 'Residency'] } : b)),
    ...(abroad.length > 0 ? [p('Data the app sends to third parties is processed where they are, whatever the customer\'s data residency location:'), list(abroad.map((v): Rich => [`${v.name}: ${joinWords(v.countries)}`]))] : []),
    realm === true ? p('When a customer moves their Atlassian data residency location, the app\'s data moves with it.') : realm === false ? p('Data kept outside Atlassian stays in its fixed location when a customer moves their Atlassian data residency location.') : null,
  ]);

  const calls = facts.restCalls;
  const remoteTokens = app.remoteTokens(input);
  const access = section('Data Access', [
    calls.length > 0 ? p('The app makes these product API calls:') : facts.unresolvedRestCalls.length > 0 ? null
      : p(remoteTokens ? 'The app\'s Forge functions make no product API calls.' : 'The app makes no product API calls.'),
    calls.length > 0
      ? {
        type: 'table', caption: 'Product API calls', columns: ['Call', 'Made', 'Scope'],
        rows: calls.map((c): Rich[] => [[code(`${c.method} ${c.path ?? '(dynamic path)'}`)], [AUTH[c.auth] ?? c.auth], c.scopes ? [code(scopesOfCall(c, facts.app.platform).join(', ') || 'none')] : ['not in Atlassian\'s API documents']]),
      } satisfies Block
      : null,
    ...paragraphs([app.unresolvedCalls(input), app.callsAsUser(input), remoteTokens, app.productEvents(input), ...app.contentActions(input)]),
  ]);

  const backups = profile.program?.backups;
  const backupBlocks: Block[] = [];
  if (backups?.by === 'atlassian') backupBlocks.push(p('Data the app keeps in Atlassian products and Forge hosted storage is covered by Atlassian\'s backups.'));
  if (backups?.by === 'vendor') {
    const parts = [backups.frequency ? `${backups.frequency} backups` : 'backups', backups.location ? `kept in ${backups.location}` : null, backups.encrypted ? 'encrypted' : null].filter(Boolean).join(', ');
    backupBlocks.push(p(`We make ${parts} of the data the app keeps on our own systems.`));
    if (backups.rto) backupBlocks.push(p(`Recovery time objective (RTO): ${backups.rto}.`));
    if (backups.rpo) backupBlocks.push(p(`Recovery point objective (RPO): ${backups.rpo}.`));
  }
  const hours = profile.program?.incident?.customerHours;
  const privacyUrl = profile.contacts?.privacyPolicyUrl;

  return {
    kind: 'security', slug: 'security-statement', title: 'Security Statement', lang: 'en',
    summary: `What ${name} stores and where, who receives it, and why it needs each permission.`,
    fields: headerFields(input, name, vendor),
    intro: [p(`This statement describes what data ${name} stores and where, which third parties receive it, ${ai.length > 0 ? 'how its AI features use it, ' : ''}where it resides, and why the app needs each permission. ${vendor} writes it from the app's code, so it changes when the app does.`)],
    numbered: false,
    sections: compact([
      section('What Data We Store', [...dataList(input, 'stored'), ...paragraphs(app.storage(input)), ...paragraphs(app.personalData(input))]),
      section('Data the App Uses Without Storing It', dataList(input, 'not-stored')),
      section('Where We Store the Data', placesTable(input, vendor, { retention: true, residency: false })),
      section('Third-Party Services', thirdPartyBlocks(parties, true, true)),
      aiSection,
      section('Logs', paragraphs([app.logs(input)])),
      residencySection,
      access,
      section('Why We Need Each Permission', permissionBlocks(input)),
      section('Backups', backupBlocks),
      section('Incidents', hours !== undefined ? [p(`We notify affected customers within ${hoursText(hours)} of confirming an incident that affects their data.`)] : []),
      section('Privacy Policy', privacyUrl ? [p('Our privacy policy is at ', link(privacyUrl, privacyUrl), '.')] : []),
      section('Security Questions', contact ? [p('Write to ', contact, ' with any security question; we answer in detail.')] : []),
    ]),
  };
}

/**
 * The scopes a call is made under: Connect's scope for a Connect app's own (JWT) calls; else the classic OAuth scopes,
 * or the granular ones where the operation has no classic scope, as a Forge app or an OAuth 2.0 (3LO) token names them.
 */
function scopesOfCall(call: Facts['restCalls'][number], platform: Facts['app']['platform']): string[] {
  const scopes = call.scopes!;
  if (platform === 'connect' && call.auth !== 'oauth') return scopes.connect ? [scopes.connect] : scopes.classic;
  return scopes.classic.length > 0 || scopes.granular.length === 0 ? scopes.classic : scopes.granular;
}
