import { hostAllowed } from '../../scan/egress.ts';
import { END_USER_DATA, PERSONAL_DATA, type DataKind, type VendorCategory } from '../../scan/facts.ts';
import { vendorForHost } from '../../scan/vendors.ts';
import { defineClaim, outcome } from '../define.ts';
import { firstLine } from '../phrases.ts';
import { joinWords, places, unreadSources } from '../evidence.ts';
import { externalCalls, isAtlassianHost, reachableHosts } from '../hosts.ts';
import { carried, vendorCalls } from '../sent.ts';
import { deniedCategories, deniedKinds, deniesContentPartsOnly, deniesSharing, deniesSharingIn, heldToPurpose, SHARING_DENIAL_EXCEPT, SHARING_DENIALS, sharingException } from '../sharing.ts';
import { names, vendorsNamedIn } from '../vendor-names.ts';

/** `parts`: the denial names parts of the content (descriptions, comments, attachments), which Candor does not tell apart in a call. */
type Params = { kinds?: DataKind[]; categories?: VendorCategory[]; except?: string[]; parts?: true };

const PERSONAL: readonly DataKind[] = PERSONAL_DATA;
/** Recipients other than some named before: "any other third parties", "no other sub-processors". */
const OTHER_PARTIES = /\b(?:no|any)\s+other\s+(?:third[- ]part(?:y|ies)|sub-?processors|service\s+providers|compan(?:y|ies)|vendors|part(?:y|ies))\b/gi;

/**
 * The data and recipients a denial names; "... except Stripe, which processes payments": the vendors named are allowed.
 * An exception that names none, and is not the law's, leaves nothing to check.
 */
function paramsOf(sentence: string): Params | null {
  if (heldToPurpose(firstLine(sentence))) return null;
  const exception = sharingException(sentence);
  // "We use AWS, Sentry and Render. We do not share personal data with any other third parties.": the vendors named before it.
  const other = [...sentence.matchAll(OTHER_PARTIES)].pop();
  // Named in the sentences before the denial, not in it ("to Slack or any other third party" denies Slack too).
  const start = other ? Math.max(...['. ', '.\n', '\n', ': '].map((end) => sentence.lastIndexOf(end, other.index))) : -1;
  const before = start > 0 ? vendorsNamedIn(sentence.slice(0, start + 1)).map((v) => v.name) : [];
  const except = [...(exception ? vendorsNamedIn(exception.text).map((v) => v.name) : []), ...before];
  if (exception && except.length === 0 && !exception.legal) return null;
  const categories = deniedCategories(sentence);
  const params: Params = categories.length > 0 ? { kinds: deniedKinds(sentence), categories } : { kinds: deniedKinds(sentence) };
  if (deniesContentPartsOnly(sentence)) params.parts = true;
  return except.length > 0 ? { ...params, except } : params;
}

export default defineClaim<Params>({
  id: 'no-end-user-data-to-third-parties',
  title: 'No End-User Data sent to third parties',
  description:
    'The app hands no End-User Data to a third party (or only the kind the sentence names: personal data means account IDs, emails, names and clients\' IP addresses; page or issue content means product content; descriptions, comments or attachments alone make content sent unverified, as Candor does not tell a call\'s fields apart; "analytics providers" means only analytics vendors): no call through a vendor\'s SDK (`sgMail.send(\u2026)`, `openai.chat.completions.create(\u2026)`, `Sentry.setUser(\u2026)`) and no request to a catalogued vendor\'s host carries it. Unverified when such data goes to a host Candor cannot attribute to a vendor, or to a host it cannot resolve; a Forge `fetch` to an unresolved URL reaches only the hosts the manifest declares for its side, so it is contradicted when all of them are vendors\' hosts. What an SDK collects by itself (automatic capture) is not seen. A sentence with an exception that names vendors ("except Stripe, which processes payments") allows those vendors, and so does one that denies "any other third parties" after sentences that name them ("We use AWS, Sentry and Render. We do not share personal data with any other third parties."); one whose exception names none, other than the law\'s, is not this claim, nor is a denial held to a purpose ("\u2026 for marketing", "\u2026 for training"; the data may go to them for others), unless the purposes end in all of them ("for advertising or any other purpose").',
  decidedBy: 'code',
  phrasings: [...SHARING_DENIALS, SHARING_DENIAL_EXCEPT],
  readsExceptions: true,
  // "Personal information is never sold", "Issue content is not forwarded to any outside service provider", "Apart from Postmark, ..., no third party receives ...".
  frames: (f, sentence) => (deniesSharingIn(f) ? paramsOf(sentence) : null),
  params: (sentence) => (deniesSharing(sentence) ? paramsOf(sentence) : null),
  examples: [
    'We do not share personal data with third parties.',
    'We do not share customer data with any third parties.',
    'Issue content is never sent to third-party services.',
    'No End-User Data is shared with sub-processors.',
    'We do not share data with third parties except Stripe, which processes subscription payments.',
  ],
  messages: {
    verified: 'No call to a third party carries {{what}}{{checked}}.',
    sent: '{{kinds}} goes to {{vendors}} ({{where}}).',
    parts: '{{kinds}} goes to {{vendors}} ({{where}}); Candor cannot tell which parts of the content (descriptions, comments, attachments) it holds.',
    sentBounded: '{{kinds}} goes to {{vendors}}: {{where}} sends to a URL Candor cannot resolve, and the manifest lets it reach only {{hosts}}.',
    unknownHost: '{{kinds}} is sent to {{hosts}} ({{where}}); Candor cannot tell whether that is a third party.',
    unresolved: 'Nothing goes to a known third party, but {{kinds}} is sent to a host Candor could not resolve ({{where}}).',
    incomplete: 'No call to a third party carries {{what}}, but {{where}} could not be read.',
  },
  verify(params, { facts }) {
    const named = Array.isArray(params.kinds) ? END_USER_DATA.filter((k) => params.kinds!.includes(k)) : [];
    const wanted = named.length > 0 ? named : END_USER_DATA;
    const what = wanted.length === END_USER_DATA.length ? 'End-User Data' : wanted.every((k) => PERSONAL.includes(k)) ? 'personal data' : wanted.join(', ');
    const carrying = <T extends { carries: readonly DataKind[] }>(calls: T[]): T[] => calls.filter((c) => c.carries.some((k) => wanted.includes(k)));
    // "... with analytics providers": only vendors of that kind.
    const categories = Array.isArray(params.categories) && params.categories.length > 0 ? params.categories : null;
    const except = Array.isArray(params.except) ? params.except.map(String) : [];
    const calls = vendorCalls(facts).filter((c) => (!categories || categories.includes(c.category)) && !except.some((e) => names(e, { id: c.vendor, name: c.name })));
    const sending = carrying(calls);
    if (sending.length > 0) {
      const evidence = sending.map((c) => c.evidence);
      // "Descriptions and comments are never sent": content goes out, but which of its fields Candor cannot tell.
      if (params.parts === true) return outcome('unverified', 'parts', evidence, { kinds: carried(sending, wanted).join(', '), vendors: joinWords([...new Set(sending.map((c) => c.name))]), where: places(evidence) });
      return outcome('contradicted', 'sent', evidence, { kinds: carried(sending, wanted).join(', '), vendors: joinWords([...new Set(sending.map((c) => c.name))]), where: places(evidence) });
    }
    // The app's own backend (a remote's host) is not a third party.
    const own = facts.egress.remotes.flatMap((r) => r.hosts);
    const unknown = carrying(externalCalls(facts.egress.calls).filter((c) => !vendorForHost(c.host!) && !own.some((h) => hostAllowed(h, c.host!))));
    if (unknown.length > 0) {
      const evidence = unknown.map((c) => c.evidence);
      return outcome('unverified', 'unknownHost', evidence, { kinds: carried(unknown, wanted).join(', '), hosts: joinWords([...new Set(unknown.map((c) => c.host!))]), where: places(evidence) });
    }
    // A Forge fetch reaches only the hosts the manifest declares: when all are a vendor's, the data goes to a third party.
    const bounded = carrying(facts.egress.unresolved).map((c) => ({ call: c, hosts: reachableHosts(facts, c) }));
    const excepted = (h: string): boolean => { const v = vendorForHost(h); return v !== null && except.some((e) => names(e, { id: v.id, name: v.name })); };
    const toVendors = bounded.filter((b) => b.hosts !== null && b.hosts.every((h) => vendorForHost(h) && !own.some((o) => hostAllowed(o, h)) && !excepted(h)));
    if (toVendors.length > 0) {
      const evidence = toVendors.map((b) => b.call.evidence);
      if (params.parts === true) return outcome('unverified', 'parts', evidence, { kinds: carried(toVendors.map((b) => b.call), wanted).join(', '), vendors: joinWords([...new Set(toVendors.flatMap((b) => b.hosts!).map((h) => vendorForHost(h)!.name))]), where: places(evidence) });
      const hosts = [...new Set(toVendors.flatMap((b) => b.hosts!))];
      return outcome('contradicted', 'sentBounded', evidence, { kinds: carried(toVendors.map((b) => b.call), wanted).join(', '), vendors: joinWords([...new Set(hosts.map((h) => vendorForHost(h)!.name))]), hosts: joinWords(hosts), where: places(evidence) });
    }
    const unresolved = bounded.filter((b) => b.hosts === null || !b.hosts.every(isAtlassianHost)).map((b) => b.call);
    if (unresolved.length > 0) {
      const evidence = unresolved.map((c) => c.evidence);
      return outcome('unverified', 'unresolved', evidence, { kinds: carried(unresolved, wanted).join(', '), where: places(evidence) });
    }
    const unread = unreadSources(facts);
    if (unread.length > 0) return outcome('unverified', 'incomplete', unread, { what, where: places(unread) });
    const vendors = [...new Set(calls.map((c) => c.name))];
    const checked = calls.length > 0 ? ` (${calls.length} call${calls.length > 1 ? 's' : ''} to ${joinWords(vendors)} checked)` : '';
    return outcome('verified', 'verified', calls.map((c) => c.evidence).slice(0, 5), { what, checked });
  },
});
