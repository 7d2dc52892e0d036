/**
 * The data security and privacy statement, in the shape of seed 000: scope, security model,
 * data handling, permissions, contact, vulnerability handling, dependencies, certifications.
 */
import * as app from './app-facts.ts';
import { appName, longDate, partyViews, vendorName, type DocumentInput } from './input.ts';
import { compact, joinWords, link, p, section, type Block, type DocumentModel, type Rich } from './model.ts';
import type { Needs } from './needs.ts';
import { permissionBlocks } from './permissions.ts';
import { acknowledgement, relatedLinks, remediationBlocks, securityContact, testingSentence } from './program.ts';
import { certificationBlocks, headerFields, privacyRoleSentence } from './shared.ts';

export function buildDataSecurityStatement(input: DocumentInput, needs: Needs): DocumentModel {
  const name = appName(input, needs);
  const vendor = vendorName(input, needs);
  const contact = securityContact(input, needs);
  const { profile, facts } = input;
  const paragraphs = (rich: Array<Rich | null>): Block[] => rich.filter((r): r is Rich => r !== null).map((r) => p(...r));

  const policy = profile.contacts?.privacyPolicyUrl;
  const scope = section('Scope of This Statement', [
    p(`This page is the app-specific data security and privacy statement for ${name}. It explains how the current app version handles data and how its runtime is designed from a security perspective.`),
    policy ? p(`It supplements, and does not replace, the ${vendor} privacy policy at `, link(policy, policy), '.') : null,
    ...paragraphs(app.appShape(input, name)),
  ]);

  const model = section('Product Security Model', paragraphs([app.backend(input), ...app.contentActions(input), app.callsAsUser(input), app.licensing(input), app.runtime(input), app.appId(input)]));

  const parties = partyViews(input);
  const rows: Array<[string, Rich[]]> = [
    ['Data storage', [...app.storage(input), app.keptUntilDeleted(input)].filter((r): r is Rich => r !== null)],
    ['Personal data', app.personalData(input)],
    ['External backend', [app.backend(input)].filter((r): r is Rich => r !== null)],
    ['External data egress', [app.egress(input)].filter((r): r is Rich => r !== null)],
    ['End-user data logs', [app.logs(input)].filter((r): r is Rich => r !== null)],
    ['Third parties', [parties.length === 0 ? ['The app does not use any third-party services.'] : [`The app uses these third-party services: ${joinWords(parties.map((x) => x.name))}.`]]],
    ['Personal access tokens', [app.secrets(input)].filter((r): r is Rich => r !== null)],
  ];
  const handling = section('Data Handling', [
    {
      type: 'table', caption: `How ${name} handles data`, columns: ['Area', 'Current behavior'],
      rows: rows.filter(([, cells]) => cells.length > 0).map(([area, cells]) => [[area], cells.flatMap((c, i) => (i > 0 ? [' ', ...c] : c))]),
    },
  ]);

  const permissions = section('Permissions', [
    ...permissionBlocks(input),
    p('Future versions may add functionality only where the permissions it needs are justified, documented and reflected in the Marketplace listing and in this statement.'),
  ]);

  const contactSection = section('Security Contact', [
    contact ? p('Report security issues to ', contact, '.') : null,
    p('Please include the product name, a clear description of the issue, steps to reproduce, the affected app areas, and any screenshots or technical details that help.'),
    p('Do not include passwords, API tokens, private customer content or other secrets unless asked for them through an approved support channel.'),
  ]);

  const vulnerabilities = section('Vulnerability Handling', [
    ...paragraphs([acknowledgement(input)]),
    p('We prioritize reports by severity, exploitability, customer impact, and whether customer data or app availability is affected.'),
    ...remediationBlocks(input),
    p('If a confirmed security issue affects customers, we will remediate it, tell the customers affected, and follow the Atlassian Marketplace requirements that apply.'),
  ]);

  const { dependencies, lockfile } = facts.packages;
  const runtimeDeps = dependencies.filter((d) => !d.dev).length;
  const updates = section('Dependencies and Updates', [
    runtimeDeps > 0 || lockfile
      ? p(`The app depends on ${runtimeDeps} runtime package${runtimeDeps === 1 ? '' : 's'}${lockfile ? `, with exact versions pinned in ${lockfile.file}` : ''}.`)
      : p('The app has no runtime package dependencies.'),
    ...paragraphs([testingSentence(input)]),
    p('Changes to dependencies, permissions, external services and data handling are reflected in this statement when they are released.'),
  ]);

  const compliance = section('Compliance and Certifications', [
    ...certificationBlocks(input, vendor, name),
    ...paragraphs([privacyRoleSentence(input, vendor)]),
    p('Customers remain responsible for evaluating whether the app fits their own legal, privacy, security, procurement and compliance requirements.'),
  ]);

  return {
    kind: 'statement', slug: 'data-security-statement', title: 'Data Security and Privacy Statement', lang: 'en',
    summary: `How ${name} handles data, written from the app's code and ${vendor}'s trust profile on ${longDate(input.date)}.`,
    fields: headerFields(input, name, vendor), intro: [], numbered: true,
    sections: compact([scope, model, handling, permissions, contactSection, vulnerabilities, updates, compliance, section('Related Pages', relatedLinks(input))]),
  };
}
