/** The parts of the vendor's security program documents share: contacts, remediation targets, incident clocks. */
import policy from './bug-fix-policy.json' with { type: 'json' };
import type { DocumentInput } from './input.ts';
import { link, p, type Block, type Inline, type Rich } from './model.ts';
import type { Needs } from './needs.ts';
import { hoursText } from './words.ts';

/** Where security issues go: the security email, else the disclosure contact, else the support page. */
export function securityContact({ profile }: DocumentInput, needs: Needs): Inline | null {
  const email = profile.contacts?.securityEmail;
  if (email) return link(email, `mailto:${email}`);
  const disclosure = profile.program?.disclosure?.contact;
  if (disclosure) return disclosure.includes('@') ? link(disclosure, `mailto:${disclosure}`) : link(disclosure, disclosure);
  const support = profile.contacts?.supportUrl;
  if (support) return link(support, support);
  needs.add('contacts.securityEmail', 'where people report a security issue', 'security@example.com');
  return null;
}

export function privacyContact({ profile }: DocumentInput, needs: Needs): Inline | null {
  const email = needs.value(profile.contacts?.privacyEmail, 'contacts.privacyEmail', 'where privacy and data protection questions go', 'privacy@example.com');
  return email ? link(email, `mailto:${email}`) : null;
}

/** Remediation targets: the Marketplace policy's, or the vendor's own per severity. */
export function remediationBlocks({ profile }: DocumentInput): Block[] {
  const remediation = profile.program?.vulnerabilities?.remediation;
  if (remediation === undefined) return [];
  const scoring = profile.program?.vulnerabilities?.scoring;
  const scored = scoring ? ` We score severity with ${scoring}.` : '';
  if (remediation === 'atlassian-cloud-policy') {
    return [
      p(`We fix confirmed vulnerabilities within the time limits of the Atlassian Marketplace Security Bug Fix Policy for cloud apps, counted from when a vulnerability is reported or triaged.${scored}`),
      { type: 'table', caption: 'Remediation targets', columns: ['Severity', 'Score', 'Fixed within'], rows: policy.cloud.map((r) => [[r.severity], [r.cvss], [r.target]]) },
    ];
  }
  const rows: Rich[][] = (['critical', 'high', 'medium', 'low'] as const)
    .filter((s) => remediation[s] !== undefined)
    .map((s) => [[s[0]!.toUpperCase() + s.slice(1)], [remediation[s]!]]);
  if (rows.length === 0) return [];
  return [
    p(`We fix confirmed vulnerabilities within these target times, counted from when a vulnerability is reported or triaged.${scored}`),
    { type: 'table', caption: 'Remediation targets', columns: ['Severity', 'Fixed within'], rows },
  ];
}

/** The incident clocks the profile sets, one sentence each. */
export function incidentTimes({ profile }: DocumentInput): Rich[] {
  const incident = profile.program?.incident;
  if (!incident) return [];
  const out: Rich[] = [];
  if (incident.internalHours !== undefined) out.push([`A suspected incident is escalated internally within ${hoursText(incident.internalHours)}.`]);
  if (incident.customerHours !== undefined) out.push([`We notify affected customers within ${hoursText(incident.customerHours)} of confirming an incident that affects their data.`]);
  if (incident.atlassianHours !== undefined) out.push([`We notify Atlassian within ${hoursText(incident.atlassianHours)} of confirming an incident that involves the Atlassian platform or its customers.`]);
  const role = profile.privacy?.gdpr?.role;
  if (incident.regulatorHours !== undefined && (role === 'controller' || role === 'both')) {
    out.push([`Where we act as a data controller, we notify the supervisory authority within ${hoursText(incident.regulatorHours)} of becoming aware of a personal data breach, as GDPR Article 33 requires.`]);
  }
  return out;
}

export function acknowledgement({ profile }: DocumentInput): Rich | null {
  const within = profile.program?.disclosure?.acknowledgement;
  return within ? [`We acknowledge security reports within ${within} and keep the reporter informed until the issue is resolved.`] : null;
}

/** "dependency scanning, SAST and a yearly penetration test". */
export function testingSentence({ profile }: DocumentInput): Rich | null {
  const vulnerabilities = profile.program?.vulnerabilities;
  const testing = vulnerabilities?.testing ?? [];
  const frequency = vulnerabilities?.pentestFrequency;
  const parts = [...testing];
  if (frequency) parts.push(`a penetration test (${frequency})`);
  if (parts.length === 0) return null;
  return [`Our security testing includes ${parts.join(', ').replace(/, ([^,]*)$/, ' and $1')}.`];
}

export function relatedLinks({ profile }: DocumentInput): Block[] {
  const links: Array<[string, string | undefined]> = [
    ['Privacy policy', profile.contacts?.privacyPolicyUrl],
    ['Security policy', profile.contacts?.securityPolicyUrl],
    ['Support', profile.contacts?.supportUrl],
    ['Marketplace listing', profile.app?.listingUrl],
    ['Vendor website', profile.vendor?.website],
  ];
  const items = links.filter((l): l is [string, string] => l[1] !== undefined).map(([label, url]): Rich => [`${label}: `, link(url, url)]);
  return items.length > 0 ? [{ type: 'list', ordered: false, items }] : [];
}
