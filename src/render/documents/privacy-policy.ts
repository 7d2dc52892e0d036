/**
 * The privacy policy in the structure of seed 003, with nothing left unfilled: every value comes
 * from the profile or the code, and a value the profile lacks stops generation (see needs.ts).
 */
import * as app from './app-facts.ts';
import { acknowledgement, incidentTimes, privacyContact, remediationBlocks, securityContact, testingSentence } from './program.ts';
import { backendHosts, dataList, declaredData, keepsOutsideAtlassian, partyNames, placesTable, processesOutsideAtlassian, thirdPartyBlocks, uninstallSentence } from './data-sections.ts';
import { appName, longDate, partiesWithDetails, platformName, requireStoredData, vendorName, type DocumentInput } from './input.ts';
import { compact, link, list, p, section, type Block, type DocumentModel, type Inline, type Rich } from './model.ts';
import type { Needs } from './needs.ts';
import { permissionBlocks } from './permissions.ts';
import { certificationBlocks, privacyRoleSentence } from './shared.ts';
import { dataLabel, placeLabel, retentionLabel } from './words.ts';

export function buildPrivacyPolicy(input: DocumentInput, needs: Needs): DocumentModel {
  const name = appName(input, needs);
  const vendor = vendorName(input, needs);
  const privacy = privacyContact(input, needs);
  const security = securityContact(input, needs);
  const { profile, facts } = input;
  const entries = declaredData(input, needs, { purpose: true, retention: true, residency: false });
  requireStoredData(input, needs);
  const parties = partiesWithDetails(input, needs, { countries: true });
  const outside = processesOutsideAtlassian(input);
  const stores = facts.storage.some((op) => op.op === 'write') || entries.some(({ places }) => places.some((pl) => pl !== 'not-stored'));
  const paragraphs = (rich: Array<Rich | null>): Block[] => rich.filter((r): r is Rich => r !== null).map((r) => p(...r));

  const sells = needs.value(profile.privacy?.sellsData, 'privacy.sellsData', 'whether customer data is sold or used for advertising', 'false');
  const usesAi = facts.llm.length > 0 || parties.some((v) => v.category === 'ai') || entries.some(({ entry }) => entry.category?.startsWith('ai-'));
  const trains = usesAi ? needs.value(profile.privacy?.trainsModels, 'privacy.trainsModels', 'whether customer data is used to train AI models (the app uses AI)', 'false') : undefined;
  const gdpr = profile.privacy?.gdpr;
  needs.value(gdpr?.role, 'privacy.gdpr.role', 'the vendor\'s role under the GDPR', 'processor');
  const transfers = needs.value(gdpr?.transfersOutsideEEA, 'privacy.gdpr.transfersOutsideEEA', 'whether End-User Data of people in the EEA leaves the EEA', 'false');
  const mechanism = transfers === true ? needs.value(gdpr?.transferMechanism, 'privacy.gdpr.transferMechanism', 'the GDPR transfer mechanism for data leaving the EEA', 'Standard Contractual Clauses') : undefined;
  needs.value(profile.certifications, 'certifications', 'the security certifications the vendor holds for the app', 'none');
  needs.value(profile.program?.incident?.customerHours, 'program.incident.customerHours', 'how soon affected customers are told of a confirmed incident', '72');
  needs.value(profile.program?.vulnerabilities?.remediation, 'program.vulnerabilities.remediation', 'how fast confirmed vulnerabilities are fixed', 'atlassian-cloud-policy');
  const inTransit = outside ? needs.value(profile.security?.encryptionInTransit, 'security.encryptionInTransit', 'how data is encrypted in transit to and from the vendor\'s systems', 'TLS 1.2 or higher') : profile.security?.encryptionInTransit;
  const atRest = keepsOutsideAtlassian(input) ? needs.value(profile.security?.encryptionAtRest, 'security.encryptionAtRest', 'how data kept outside Atlassian is encrypted at rest', 'AES-256') : profile.security?.encryptionAtRest;

  const contactRun = (inline: Inline | null): Inline[] => (inline ? [inline] : []);
  const names = partyNames(parties);

  const stored = dataList(input, 'stored');
  const used = dataList(input, 'not-stored');
  const dataSection = section('Data We Process', [
    entries.length === 0 ? p('The app does not process or store End-User Data.') : null,
    ...(stored.length > 0 ? [p('The app processes the following categories of data, limited to what its features need:'), ...stored] : []),
    ...(used.length > 0 ? [p(stored.length > 0 ? 'The app uses this data while it works and does not store it:' : 'The app uses this data while it works, limited to what its features need, and does not store it:'), ...used] : []),
    sells === false ? p('We do not sell customer data or use it for advertising.') : sells === true ? p('We sell customer data or use it for advertising.') : null,
    trains === false ? p('We do not use customer data to train AI models.') : trains === true ? p('We use customer data to train AI models.') : null,
  ]);

  const residency = input.truths.holds('data-residency-supported', { all: true }) && stores;
  const whereSection = section('Where Data Is Stored and Processed', [
    p(runsOn(input)),
    ...paragraphs([backendHosts(input), ...app.storage(input)]),
    ...placesTable(input, vendor, { retention: false, residency: true }),
    residency ? p('The app supports Atlassian data residency: all data it stores follows the customer\'s data residency location.') : null,
    ...paragraphs([app.egress(input)]),
    transfers === false ? p('We do not transfer the End-User Data of people in the European Economic Area outside it.') : null,
    transfers === true && mechanism ? p(`End-User Data of people in the European Economic Area can be transferred outside it; these transfers are covered by ${mechanism}.`) : null,
  ], [section('Third-Party Services', thirdPartyBlocks(parties, true, true))]);

  const encryption: Rich[] = [];
  if (inTransit) encryption.push([`Data in transit: ${inTransit}.`]);
  if (atRest) encryption.push([`Data at rest: ${atRest}.`]);
  if (!outside && encryption.length === 0) encryption.push(['The app has no servers of its own: it runs on Atlassian\'s Forge platform, which encrypts data in transit and Forge hosted storage at rest.']);
  const claims = (profile.claims ?? []).map((c) => (typeof c === 'string' ? c : 'statement' in c ? c.statement : null)).filter((s): s is string => s !== null);
  const controls = section('General Security Controls', [], [
    section('Encryption', [list(encryption)]),
    section('Application Security', [
      ...permissionBlocks(input),
      ...paragraphs([app.secrets(input), input.truths.holds('no-secrets-in-source') ? ['No secrets or credentials are committed in the source code of the app.'] : null]),
    ]),
    section('Logging', [
      ...paragraphs([app.logs(input)]),
      profile.logs?.retention && profile.logs.storedIn
        ? p(`The app's logs are kept in ${[profile.logs.storedIn].flat().map((pl) => placeLabel(pl, vendor, names)).join(' and ')} for ${retentionLabel(profile.logs.retention)}.`)
        : null,
    ]),
    section('Organisational Practices', claims.length > 0 ? [list(claims.map((c) => [c]))] : []),
  ]);

  const vulnerability = section('Vulnerability Management', [
    ...paragraphs([testingSentence(input)]),
    ...remediationBlocks(input),
    ...paragraphs([acknowledgement(input)]),
    security ? p('Report suspected vulnerabilities to ', security, '. Please allow a reasonable period for remediation before any public disclosure.') : null,
  ]);

  const incident = section('Security Incident Handling', [
    p('When a suspected incident is identified, we triage it, contain it, investigate its cause and impact, recover, and review it afterwards to prevent it from happening again.'),
    ...paragraphs(incidentTimes(input)),
    p('Notices include, as far as it is known, the nature of the incident, the data and customers affected, the steps we have taken, and the actions we recommend.'),
    list([['Security and incident reporting: ', ...contactRun(security)], ['Privacy and data protection inquiries: ', ...contactRun(privacy)]]),
  ]);

  const kept = entries.filter(({ places }) => places.some((pl) => pl !== 'not-stored'));
  const retention = section('Data Retention and Deletion', [
    kept.length > 0 ? { type: 'table', caption: 'How long data is kept', columns: ['Data', 'Kept'], rows: kept.map(({ entry }): Rich[] => [[dataLabel(entry)], [entry.retention ? retentionLabel(entry.retention) : 'not stated']]) } : null,
    ...paragraphs([uninstallSentence(input, needs, stores)]),
    profile.deletion?.onRequest && privacy ? p('Customers can ask us to delete their data at any time by writing to ', privacy, '.') : null,
  ]);

  const dpa = profile.privacy?.dpa;
  const compliance = section('Compliance and Certifications', [
    ...paragraphs([privacyRoleSentence(input, vendor)]),
    dpa === 'on-request' ? p('A data processing agreement is available on request.') : dpa === 'none' ? p('We do not offer a separate data processing agreement.') : dpa ? p('Our data processing agreement is at ', link(dpa, dpa), '.') : null,
    ...certificationBlocks(input, vendor, name),
  ]);

  return {
    kind: 'privacy', slug: 'privacy-policy', title: 'Privacy Policy', lang: 'en',
    summary: `How ${vendor} handles and protects the data ${name} processes.`,
    fields: [
      { label: 'Applies to', value: [name] },
      { label: 'Vendor', value: [profile.vendor?.legalEntity ?? vendor] },
      { label: 'Last updated', value: [longDate(input.date)] },
      { label: 'Document owner', value: contactRun(privacy) },
    ],
    intro: [p(`This policy describes how ${vendor} protects customer data processed by ${name}, an app distributed through the Atlassian Marketplace. It is intended for customers, prospective customers and security reviewers.`)],
    numbered: true,
    sections: compact([
      section('Overview', [
        ...paragraphs(app.appShape(input, name)),
        p('We protect the confidentiality, integrity and availability of the data the app processes on behalf of our customers. This policy covers how the app handles data, our security controls, how we respond to security incidents and how we manage vulnerabilities.'),
      ]),
      dataSection, whereSection, controls, vulnerability, incident, retention, compliance,
      section('Customer Responsibilities', [
        p('Security is a shared responsibility. Customers manage their own Atlassian user access and permissions, configure the app for their needs, and protect their own credentials.'),
      ]),
      section('Changes to This Policy', [
        p('We update this policy when our practices, the app or the law change, and revise the date at the top of the page.'),
      ]),
    ]),
  };
}

function runsOn({ facts }: DocumentInput): string {
  if (facts.app.platform === 'connect') return 'The app is an Atlassian Connect app: it runs on a backend of its own outside Atlassian, which the Atlassian product calls.';
  if (facts.egress.remotes.length > 0) return `The app runs on Atlassian's ${platformName(facts)} platform, with a backend of its own outside Atlassian.`;
  return `The app runs on Atlassian's ${platformName(facts)} platform, in Atlassian's infrastructure.`;
}
