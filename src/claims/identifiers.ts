/** "We don't send any identifiers to Stripe / OpenAI": whether calls to one named vendor carry an account ID, email or name. */
import type { Facts, SdkCall } from '../scan/facts.ts';
import identifyingCalls from '../data/identifying-sdk-calls.json' with { type: 'json' };
import { vendorForHost } from '../scan/vendors.ts';
import { outcome } from './define.ts';
import { places } from './evidence.ts';
import { reachableHosts } from './hosts.ts';
import { firstLine, gap, gapWithout, NOT, phrase } from './phrases.ts';
import { sdkCalls, vendorCalls } from './sent.ts';
import type { ClaimOutcome } from './types.ts';
import { names, vendorsNamedIn } from './vendor-names.ts';

const IDENTIFYING = ['account-id', 'email', 'display-name', 'ip-address', 'phone-number'] as const;

/** A capital letter, even in a phrase read case-insensitively: a vendor's name, not any word ("Users never ..."). */
const CAPITAL = '(?-i:[A-Z])';
/** People, not a party that receives data: "Users never see ...", "Admins receive a weekly digest, but never account IDs". */
const PEOPLE = String.raw`(?:(?:User|Admin|Administrator|Customer|Client|Viewer|Recipient|Member|Agent|Employee|Reporter|Assignee|Watcher|Guest|Reader|Editor|Owner|Developer|Engineer|Manager|Approver|Requester|Participant|Contributor|Subscriber|Visitor|Teammate|Colleague|Person)s?|Teams?|Staff|People|Others|Everyone|Anyone|Nobody|Support)`;
/** An e-mail as what is sent, not the address: "the e-mail body", "e-mail content". */
const MESSAGE_PART = String.raw`\s+(?:bod(?:y|ies)|contents?|subjects?|texts?|templates?|messages?|notifications?|digests?)\b`;
const IDS = String.raw`(?:identifiers?|personal\s+data|user\s+(?:data|IDs?)|account\s+IDs?|e-?mails?(?:\s+addresses)?(?!${MESSAGE_PART})|PII|contact\s+details|(?:display|user|full)\s*names?)`;
/**
 * "We don't send any identifiers to Stripe", "The app never sends the reporter's name or any other personal data to OpenAI", "Error reports sent to Sentry do not include customer data or user identifiers", "we never pass your account ID, name or e-mail address to Paddle", "Account IDs are never sent to OpenAI",
 * "Prompts are sent to OpenAI without any user name attached", "E-mail addresses are never included in Slack messages", "no user identifiers are sent to PostHog",
 * "... Anthropic's API; only the issue text is sent, never the reporter's account ID" (the vendor named before, in the sentence),
 * "We send the e-mail body to Postmark but no account IDs", "Prompts sent to Anthropic contain the issue text and nothing that identifies a person",
 * "Calls to DeepL carry the text alone and nothing that identifies you", "We pass nothing that identifies a user to Paddle",
 * "Sentry receives stack traces; we strip user IDs and e-mail addresses before an event is sent" (the vendor named in the sentence),
 * "Summaries come from OpenAI; the prompt carries the page text but never the author's account ID" (the vendor named in the sentence).
 */
export const DENIES_IDENTIFIERS = phrase`\b(?:sent|going|delivered)\s+to\s+${CAPITAL}[\w.-]*\b${gap(30)}\b(?:never|do\s+not|don't|will\s+not|won't)\s+(?:include|contain|carry)\b${gapWithout(40, 'but')}\b${IDS}|${NOT}${gap(20)}\b(?:send|pass|share|forward|give)(?:e?s)?\b${gap(40)}\b(?:any\s+)?${IDS}\b${gap(40)}\bto\s+${CAPITAL}|\b(?:sent|passed|forwarded)\s+to\s+${CAPITAL}[\w.-]*(?:\s+${CAPITAL}[\w.-]*)?\s+without\s+(?:any\s+|an?\s+)?${IDS}|\b(?:sent|sends?|goes|go|passed|pass(?:es)?|forwarded|forwards?)\b(?:(?!${IDS})[^.;!?]){0,60}?\bto\s+${CAPITAL}[\w.-]*(?:\s+${CAPITAL}[\w.-]*)?\s*,?\s+but\s+(?:never\s+|not\s+)?(?:no|any)\b${gap(20)}\b${IDS}|\b${IDS}\s+(?:(?:and|or)\s+${IDS}\s+)?(?:is|are)\s+(?:never|not)\s+(?:ever\s+)?(?:sent|passed|forwarded|shared)\s+(?:to|with)\s+${CAPITAL}|\b(?:sent|passed|forwarded|shared)\s*,\s*(?:but\s+)?(?:never|not)\b${gap(30)}\b${IDS}\b|\b${IDS}\b${gap(40)}\b(?:is|are)\s+(?:never|not)\s+(?:ever\s+)?included\s+in\s+(?:the\s+|any\s+)?${CAPITAL}[\w.-]*\s+(?:messages?|notifications?|posts?|requests?|e-?mails?|events?)\b|\b(?:(?:sent|going|delivered)|(?:requests?|calls?|prompts?|payloads?|messages?))\s+to\s+${CAPITAL}[\w.-]*\b${gapWithout(30, 'and|but')}\b(?:contains?|includes?|carr(?:y|ies))\b${gapWithout(60, 'but')}\bnothing\s+that\s+(?:could\s+)?(?:identif(?:y|ies)|names?)\s+(?:a\s+|the\s+|any\s+)?(?:person|user|individual|people|one|you|anyone)\b|\b(?:send|pass|share|forward|give)(?:e?s)?\s+nothing\s+that\s+(?:could\s+)?identif(?:y|ies)\s+(?:a\s+|the\s+|any\s+)?(?:person|user|individual|people|one|you|anyone)\s+to\s+${CAPITAL}|\b(?:strip|remove|scrub|redact|filter\s+out|drop)(?:s|ped|ed)?\b${gap(10)}\b${IDS}\b${gap(60)}\bbefore\b${gap(40)}\b(?:sent|sending|send|leaves?|reported|reporting)\b|\b(?:the|each|every)\s+(?:prompts?|requests?|payloads?)\s+(?:(?:sent|going)\s+to\s+${CAPITAL}[\w.-]*\s+)?(?:carr(?:y|ies)|contains?|includes?)\b(?:(?!${IDS})[^.;!?]){0,60}?\bbut\s+(?:never|not|no)\b${gap(20)}\b${IDS}|\bno\s+(?:[\w-]+\s+)?${IDS}\s+(?:is|are)\s+(?:ever\s+)?(?:sent|passed|forwarded|shared)\s+(?:to|with)\s+${CAPITAL}`;

/** A party named as the subject: "Stripe", "Google Analytics", "Customer.io"; not "The", "It", "We", people, nor Atlassian's products. */
const PARTY = String.raw`(?!(?:The|This|That|It|We|Our|They|Nobody|No|None|Only|Each|Every|All|Any|Atlassian|Jira|Confluence|Forge|Bitbucket|${PEOPLE})(?![\w.]))(${CAPITAL}[\w.-]*(?:\s+${CAPITAL}[\w.-]*)?)`;
/** "Stripe, our payment processor, ...", "Our payment processor, Stripe, ...", "Stripe processes our payments: it ...": the party, then its verb. */
// At the sentence's start or a clause's: "Billing runs through Stripe, and Stripe never receives ...", "...; OpenAI never sees ...";
// the party's first verb may come before ("Paddle handles billing and receives no ...", "DeepL translates the text, but never receives ...").
const FIRST_VERB = String.raw`\s+(?!(?:never|only|does|doesn't|will|won't|receives|gets|sees)\b)[a-z]+s\b(?:(?!${IDS})[^.;!?:,]){0,60}?,?\s+(?:and|but)`;
const SUBJECT_PARTY = String.raw`(?:^|;|,\s*(?:and|but|while|whereas)\b)\s*(?:(?:our|the)\s+(?:[\w-]+\s+){0,3}?[\w-]+,\s+)?${PARTY}(?:,[^,;.!?]{1,60},|\s+[^.;!?:]{1,60}:\s+(?:it|they)|${FIRST_VERB})?,?\s+`;
/**
 * The party as the subject that receives: "Stripe, our payment processor, receives only the billing contact, never Jira identifiers",
 * "Postmark gets the e-mail body but no account IDs", "Paddle never sees any personal data"; not "Stripe receives the account ID,
 * but never the e-mail address" (an identifier received before the denial).
 */
// Also "Miro receives the sticky-note text you sync, and nothing that identifies you".
export const PARTY_RECEIVES_NO_IDENTIFIERS = phrase`${SUBJECT_PARTY}(?:(?:(?:only\s+)?(?:receives?|gets?|sees?)\b(?:(?!${IDS})[^.;!?]){0,80}?\b(?:never|not|no)\b|(?:never|does\s+not|doesn't|will\s+not|won't)\s+(?:receive|get|see)s?\b)${gap(20)}\b${IDS}\b|(?:only\s+)?(?:receives?|gets?|sees?)\b(?:(?!${IDS})[^.;!?]){0,80}?,?\s+(?:and|but)\s+nothing\s+(?:else\s+)?that\s+(?:could\s+)?identif(?:y|ies)\s+(?:you|a\s+person|anyone|anybody|users?|people|them|the\s+(?:user|author|reporter))\b)`;
/**
 * Identifiers withheld in the other shapes vendors use: the vendor as the verb's first object ("We send DeepL the text only, never the
 * author's account ID"), named by a pronoun after the app uses it ("We use Segment for analytics but never send it e-mail addresses"),
 * the identifiers removed from what is sent ("Crashes are reported to Bugsnag with user names and e-mails stripped"), and the vendor
 * as a relative clause's subject ("Billing runs through Stripe, which receives the plan and never an account ID"), the vendor that receives
 * what is "scrubbed of" identifiers ("Sentry receives stack traces, scrubbed of account IDs"), and identifiers "stripped" in the clause
 * after the vendor ("... to OpenAI's API; author names and account IDs are stripped before the request").
 */
/**
 * The vendor named, then the identifiers withheld after a comma or a dash: "sends only the summary to DeepL (api.deepl.com) \u2014 never the
 * requester's name", "reports crashes, to Sentry, with user names removed first"; no identifier sent before the vendor.
 */
const SENDING = String.raw`\b(?:sen[dt]s?|report(?:s|ed)?|pass(?:es|ed)?|forward(?:s|ed)?|go(?:es)?|goes)\b(?:(?!${IDS})[^.;!?]){0,80}?,?\s*\bto\s+${CAPITAL}[\w.-]*(?:\s+${CAPITAL}[\w.-]*)?(?:\s*\([^()]{0,80}\))?`;
// Not "..., without redacting account IDs" (the identifiers go with it) nor "- not to user e-mail addresses" (a destination).
const WITHHELD_AFTER_VENDOR = String.raw`${SENDING}\s*(?:,|[\u2014\u2013]|\s-)\s*(?:but\s+)?(?:never|not|without)\b(?!\s+(?:[a-z]+ing|to|into)\b)${gap(30)}\b${IDS}|${SENDING}\s*,?\s+with\s+(?:the\s+|all\s+|any\s+)?${IDS}${gap(60)}\b(?:stripped|removed|scrubbed|redacted|filtered\s+out|dropped|masked)\b`;
/** Removed from what is sent (", before the request", "first", the end), not from the vendor's own store ("removed from our database when you uninstall"). */
const FROM_WHAT_IS_SENT = String.raw`(?=\s*(?:[.!,]|$|\b(?:before|prior\s+to|first|beforehand)\b|from\s+(?!(?:our|your|its|the\s+app's)\b|(?:the|its)\s+(?:database|storage|stores?|servers?|systems?|KVS)\b)))`;
export const IDENTIFIERS_WITHHELD = phrase`\b(?:use|uses|using)\s+${CAPITAL}[\w.-]*\b${gap(60)}\b(?:the|its|our|all|any)\s+(?:events?|data|requests?|payloads?|calls?|messages?)\s+(?:(?:we|it|the\s+app)\s+sends?\s+(?:(?:to\s+)?(?:it|them)\s+)?|sent\s+(?:to\s+(?:it|them)\s+)?)?(?:contains?|includes?|carr(?:y|ies)|holds?)\s+no\s+${IDS}|\b(?:send|pass|give|forward)(?:e?s)?\s+${CAPITAL}[\w.-]*\b(?:(?!${IDS})[^.;!?]){0,80}?\b(?:never|not|no)\b${gap(40)}\b${IDS}|\b(?:use|uses|using)\s+${CAPITAL}[\w.-]*\b${gap(60)}\b(?:never|do\s+not|don't|does\s+not|doesn't)\s+(?:send|pass|give|forward)\s+(?:it|them)\s+(?:any\s+)?${IDS}|\b(?:sent|reported|passed|forwarded)\s+to\s+${CAPITAL}[\w.-]*\s+with\s+(?:the\s+|all\s+|any\s+)?${IDS}${gap(60)}\b(?:stripped|removed|scrubbed|redacted|filtered\s+out|dropped)\b|${WITHHELD_AFTER_VENDOR}|\b(?:through|via|to|with|by)\s+${CAPITAL}[\w.-]*(?:\s+${CAPITAL}[\w.-]*)?,\s+which\s+(?:only\s+)?(?:receives?|gets?|sees?)\b(?:(?!${IDS})[^.;!?]){0,80}?\b(?:never|not|no)\b${gap(30)}\b${IDS}|${SUBJECT_PARTY}(?:only\s+)?(?:receives?|gets?)\b(?:(?!${IDS})[^.;!?]){0,80}?\b(?:scrubbed|stripped|cleaned|cleared)\s+of\s+(?:all\s+|any\s+)?${IDS}|\bto\s+${CAPITAL}[\w.-]*(?:'s\s+API)?\b(?:\s*\([^()]{1,60}\))?(?:(?!${IDS})[^.!?;]){0,80};\s*(?:[\w'-]+\s+){0,4}?${IDS}\s+(?:are|is)\s+(?:always\s+)?(?:stripped|removed|scrubbed|redacted|dropped)\b${FROM_WHAT_IS_SENT}`;
const RECEIVING_PARTY = phrase`${SUBJECT_PARTY}(?:only\s+|never\s+|does\s+not\s+|doesn't\s+|will\s+not\s+|won't\s+)?(?:receives?|gets?|sees?)\b`;

/** The vendor a denial names (a catalogue vendor, else the capitalised word after "to"), and whether it takes payments. */
export function namedVendor(text: string): { name: string; payments: boolean } | null {
  const sentence = firstLine(text);
  const to = /\bto\s+([A-Z][\w.-]+)/.exec(sentence)?.[1];
  const party = to === undefined ? RECEIVING_PARTY.exec(sentence)?.[1] : undefined;
  const word = to ?? party;
  // The party that receives is the vendor, when a clause before it names another ("We use Sentry, but Stripe never receives ...").
  const vendor = (party === undefined ? undefined : vendorsNamedIn(party)[0]) ?? vendorsNamedIn(sentence)[0];
  const name = vendor?.name ?? word?.replace(/\.$/, '');
  if (!name) return null;
  // A name Candor does not know is a payment processor when the sentence speaks of payments.
  return { name, payments: vendor ? vendor.category === 'payments' : /\b(?:payments?|checkout|billing|invoic\w*)\b/i.test(sentence) };
}

export const IDENTIFIER_MESSAGES = {
  verified: 'Calls to {{vendor}} carry no account ID, email or name ({{where}}).',
  notFound: 'The code shows no use of {{vendor}}.',
  contradicted: 'A call to {{vendor}} carries {{kinds}} ({{where}}).',
  sdkOnly: 'The app uses {{vendor}} ({{where}}), but Candor finds no call that sends it data.',
  identifies: 'The app tells {{vendor}} who the user is ({{where}}), with a value Candor cannot trace.',
  bounded: '{{where}} sends {{kinds}} to a URL Candor cannot resolve, and the manifest lets it reach only {{hosts}}, all of {{vendor}}.',
  unresolved: '{{where}} sends {{kinds}} to a URL Candor cannot resolve, which may be {{vendor}}.',
};

const IDENTIFYING_CALLS = identifyingCalls.calls as Record<string, string[]>;
/** An SDK call made to tell the vendor who the user is (`Sentry.setUser(...)`, `amplitude.setUserId(...)`; src/data/identifying-sdk-calls.json). */
const identifies = (call: SdkCall): boolean => (IDENTIFYING_CALLS[call.vendor] ?? []).includes(call.api.split('.').pop() ?? '');

export function verifyNoIdentifiers(named: string, facts: Facts): ClaimOutcome {
  const party = facts.thirdParties.find((p) => names(named, { id: p.vendor, name: p.name }) || names(p.name, { id: named.toLowerCase(), name: named }));
  if (!party) return outcome('unverified', 'notFound', [], { vendor: named });
  const calls = vendorCalls(facts).filter((c) => c.vendor === party.vendor);
  const leaking = calls.filter((c) => c.carries.some((k) => (IDENTIFYING as readonly string[]).includes(k)));
  if (leaking.length > 0) {
    const kinds = [...new Set(leaking.flatMap((c) => c.carries.filter((k) => (IDENTIFYING as readonly string[]).includes(k))))].join(', ');
    return outcome('contradicted', 'contradicted', leaking.map((c) => c.evidence), { vendor: party.name, kinds, where: places(leaking.map((c) => c.evidence)) });
  }
  // A request whose URL comes from data (a webhook URL kept in storage) may go to the vendor.
  const unresolved = facts.egress.unresolved
    .filter((c) => (c.carries ?? []).some((k) => (IDENTIFYING as readonly string[]).includes(k)))
    .map((call) => ({ call, hosts: reachableHosts(facts, call) }))
    .filter(({ hosts }) => hosts === null || hosts.some((h) => vendorForHost(h)?.id === party.vendor));
  if (unresolved.length > 0) {
    const evidence = unresolved.map((u) => u.call.evidence);
    const kinds = [...new Set(unresolved.flatMap((u) => (u.call.carries ?? []).filter((k) => (IDENTIFYING as readonly string[]).includes(k))))].join(', ');
    const hosts = unresolved.every((u) => u.hosts !== null && u.hosts.every((h) => vendorForHost(h)?.id === party.vendor))
      ? [...new Set(unresolved.flatMap((u) => u.hosts!))]
      : null;
    if (hosts) return outcome('contradicted', 'bounded', evidence, { vendor: party.name, kinds, hosts: hosts.join(', '), where: places(evidence) });
    return outcome('unverified', 'unresolved', evidence, { vendor: party.name, kinds, where: places(evidence) });
  }
  // `Sentry.setUser({ id })` with a value Candor cannot trace (one a template prints): a call made to name the user.
  const identifying = sdkCalls(facts).filter((c) => c.vendor === party.vendor && identifies(c) && !c.carries.every((k) => k === 'literal'));
  if (identifying.length > 0) return outcome('unverified', 'identifies', identifying.map((c) => c.evidence), { vendor: party.name, where: places(identifying.map((c) => c.evidence)) });
  // `Sentry.init({ dsn })` configures the SDK with the app's own key: no call that sends the vendor what users do.
  if (calls.every((c) => c.through === 'sdk' && c.carries.every((k) => k === 'secret'))) {
    const evidence = party.via.map((v) => v.evidence);
    return outcome('unverified', 'sdkOnly', evidence, { vendor: party.name, where: places(evidence) });
  }
  return outcome('verified', 'verified', calls.map((c) => c.evidence), { vendor: party.name, where: places(calls.map((c) => c.evidence)) });
}
