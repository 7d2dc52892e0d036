/**
 * The security incident communication policy and its customer notice template (seed 001). The
 * notice asks for what GDPR Art. 33(3) lists; the product notes come from the app's runtime facts.
 */
import * as app from './app-facts.ts';
import { appName, dataEntries, vendorName, type DocumentInput } from './input.ts';
import { compact, joinWords, list, p, section, type Block, type DocumentModel, type Inline, type Rich } from './model.ts';
import type { Needs } from './needs.ts';
import { incidentTimes, relatedLinks, securityContact } from './program.ts';
import { headerFields } from './shared.ts';
import { dataLabel } from './words.ts';

export function buildIncidentCommunication(input: DocumentInput, needs: Needs): DocumentModel {
  const name = appName(input, needs);
  const vendor = vendorName(input, needs);
  const contact = securityContact(input, needs);
  const { profile } = input;
  needs.value(profile.program?.incident?.customerHours, 'program.incident.customerHours', 'how soon affected customers are told of a confirmed incident', '72');
  const contactRun: Inline[] = contact ? [contact] : [];

  const channels = profile.program?.incident?.channels ?? [];
  const support = profile.contacts?.supportUrl;
  const stored = dataEntries(input).filter((d) => d.places.some((place) => place !== 'not-stored'));
  const dataHint = stored.length > 0 ? ` The app keeps: ${stored.map((d) => dataLabel(d.entry)).join('; ')}.` : '';

  const template: Rich[] = [
    [`Subject: Security incident affecting ${name}`],
    ['Hello,'],
    [`We are writing to inform you of a security incident that was recently identified in ${name}.`],
    ['What happened: [Describe the nature of the incident and the relevant time period.]'],
    ['How we found it: [Explain how the incident was identified.]'],
    [`What data was involved: [List the categories of data concerned and, where known, the approximate number of people and records.${dataHint}]`],
    ['What we did: [Summarize the investigation and the containment or remediation steps already taken.]'],
    ['What this means for you: [State the known or likely impact. If no impact is known, say so clearly.]'],
    ['What you need to do: [List any actions you recommend, or say that no action is needed at this time.]'],
    ['We take this matter seriously and will keep affected customers updated as material facts change.'],
    ['If you have questions, please contact ', ...contactRun, '.'],
    [`Sincerely, ${vendor}`],
  ];

  const notes: Array<Rich | null> = [...app.appShape(input, name), app.backend(input), app.egress(input), ...app.storage(input), ...app.personalData(input), app.logs(input)];
  const productNotes: Block[] = notes.filter((r): r is Rich => r !== null).map((r) => p(...r));
  productNotes.push(p('If a security incident were to affect the current app version, our communication would reflect this runtime and the facts established during the investigation.'));

  return {
    kind: 'incident', slug: 'incident-communication', title: 'Security Incident Communication', lang: 'en',
    summary: `How ${vendor} tells customers about a security incident affecting ${name}, with the notice it sends.`,
    fields: headerFields(input, name, vendor),
    intro: [p(`This page explains how ${vendor} communicates with customers when a security incident affecting ${name} is identified. It covers incidents, not routine bug reports or product updates.`)],
    numbered: true,
    sections: compact([
      section('Purpose', [
        p('When we identify a security incident affecting the app, we communicate promptly, honestly and usefully: what happened, what we know, what we have done, and whether customers need to act.'),
      ]),
      section('What We Mean by a Security Incident', [
        p('A security incident is a confirmed or reasonably suspected event involving unauthorized access, unintended exposure, misuse, compromise or other security-relevant harm affecting the app, its runtime or customer data.'),
      ]),
      section('Communication Principles', [
        list([['Be honest.'], ['Be thorough.'], ['Do not hide the practical impact.'], ['Do not imply certainty where facts are still under investigation.'], ['Tell customers what they need to do, if anything.']]),
      ]),
      section('Notification Times', incidentTimes(input).map((r) => p(...r))),
      section('Information We Include', [
        p('A notice includes, as far as it is known at the time:'),
        list([
          [`the app (${name}), the nature of the incident and its known time period`],
          ['the categories and approximate number of customers, people and records concerned'],
          ['how the incident was identified'],
          ['what we did to investigate, contain and remediate it'],
          ['the likely consequences for customers'],
          ['whether customers need to take any action'],
          ['who to contact for more information'],
        ]),
        p('Where not everything is known yet, we send what we know and follow up as the investigation develops.'),
      ]),
      section('Delivery Channels', [
        channels.length > 0 ? p(`We send notices through ${joinWords(channels)}.`) : null,
        contact ? p('Security contact: ', contact) : null,
        support ? p('Support: ', { text: support, href: support }) : null,
      ]),
      section('Customer Notice Template', [
        p('We adapt this notice to each incident; the bracketed parts are written when it is sent.'),
        { type: 'template', lines: template },
      ]),
      section('Product Notes for the Current App', productNotes),
      section('Related Pages', relatedLinks(input)),
    ]),
  };
}
