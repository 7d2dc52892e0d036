import { END_USER_DATA, type Facts, type ThirdParty } from '../../scan/facts.ts';
import type { ClaimOutcome } from '../types.ts';
import { vendorForHost } from '../../scan/vendors.ts';
import { defineClaim, outcome } from '../define.ts';
import { places } from '../evidence.ts';
import { isAtlassianHost, reachableHosts } from '../hosts.ts';
import { firstLine, followingLines, gap, NOT, phrase } from '../phrases.ts';
import { deniesSharing, nonAtlassianException } from '../sharing.ts';
import { listedAs, names, vendorsNamedIn } from '../vendor-names.ts';

type Params = { parties?: string[]; categories?: string[] };

/** "We don't use analytics or tracking tools of any kind": no vendor of those catalogue categories. */
const TOOLS = String.raw`(?:tools?|services?|SDKs?|providers?|software|librar(?:y|ies)|scripts?|vendors?|platforms?|code|cookies|pixels)`;
// Logging only as a kind of tool ("external logging services" are log vendors); "no logging" alone is about the app's own logs.
// "product-tracking", "usage tracking": what is tracked, before the kind.
const KIND = String.raw`(?:analytics|(?:(?:product|usage)[- ])?tracking|trackers?|telemetry|error[- ](?:tracking|reporting|trackers?)|crash[- ](?:reporting|reports?|reporters?)|monitoring|logging(?=\s+${TOOLS}\b)|customer[- ]messaging|live[- ]chat)`;
// Advertising and marketing tools may stand in the list ("analytics, advertising or tracking tools"), and cookies lead one that names
// analytics next ("cookies, analytics or tracking"; not "cookies or tracking pixels"); they are no catalogue category.
const KINDS = String.raw`(?:cookies\s*(?:,|or|and|nor)\s+(?=analytics|telemetry))?${KIND}(?:\s*(?:,|or|and|nor)\s+(?:${KIND}|advertising|marketing))*`;
/**
 * A verbless run of denials, one of them of a kind: "No cookies, no trackers, no analytics.", "There are no cookies, no trackers and no analytics.",
 * "There is no tracking of users, no analytics" (as "No analytics or telemetry scripts" is, each "no ..." is the app's, whatever else it denies beside the kind).
 */
const NO_ITEM = String.raw`no\s+[\w-]+(?:\s+(?:of\s+)?[\w-]+)?`;
// A lead-in may label the run: "At a glance: no remotes, no analytics", "Tracking: no cookies and no analytics".
const NO_RUN = String.raw`^(?:[^.;!?:]{1,50}:\s*)?(?:there\s+(?:are|is)\s+)?(?=(?:${NO_ITEM}\s*(?:,\s*|\s+)(?:(?:and|or|nor)\s+)?)*no\s+(?:(?:third[- ]party|external)\s+)?${KINDS}(?:\s+${TOOLS})?\s*(?:[,.!]|\s+(?:and|or|nor)\b|$))${NO_ITEM}(?:\s*(?:,\s*|\s+)(?:(?:and|or|nor)\s+)?${NO_ITEM})+\s*[.!]?$`;
/**
 * The kinds end the clause: "The app does not use analytics or tracking.", "... tracking of any kind.", "... has no analytics or telemetry"
 * (not "has no analytics dashboard").
 */
const KIND_END = String.raw`(?:\s+of\s+any\s+(?:kind|sort|type))?\s*(?:[.;!]|$|\s+(?:in|inside|within)\s+(?:the|this|our)\s+(?:app|add-on|product)\b)`;
// Also "The app loads no tracking code", "No data goes to Sentry or any other error tracker", "Nothing is sent to any analytics service",
// "The app sends no usage events to any analytics service", "... no longer reports crashes to any error-tracking service".
const NO_KIND = phrase`${NOT}${gap(20)}\b(?:use|include|embed|integrate|rely\s+on|contain|load)s?\s+(?:any\s+)?(?:(?:third[- ]party|external)\s+)?${KINDS}(?:\s+${TOOLS}\b|${KIND_END})|\b(?:has|have)\s+no\s+(?:(?:third[- ]party|external)\s+)?${KINDS}(?:\s+${TOOLS}\b)?${KIND_END}|^no\s+(?:(?:third[- ]party|external)\s+)?${KINDS}(?:\s+${TOOLS})?\s*[.!]?$|${NO_RUN}|${NOT}${gap(10)}\btracks?\s+(?:(?:the\s+)?users?'?|visitors?'?)\s+(?:behaviou?r|activity)\b|\bno\s+(?:(?:third[- ]party|external)\s+)?${KINDS}(?:\s+${TOOLS})?\s+(?:are\s+|is\s+)?(?:used|included|embedded|involved|collected|performed|loaded|sent|transmitted)\b|\b(?:performs?|does|collects?|contains?|includes?|embeds?|uses?|loads?|sets?|drops?|places?|sends?)\s+no\s+(?:(?:third[- ]party|external|usage|product)\s+)?${KINDS}\b|\b(?:no\s+data|nothing)\s+(?:ever\s+)?(?:goes|is\s+(?:sent|passed|reported))\s+to\s+(?:any\s+)?(?:[^.;!?]{1,60}?\s+or\s+any\s+other\s+)?(?:(?:third[- ]party|external)\s+)?${KINDS}(?:\s+${TOOLS})?\b|(?:(?:${NOT}|\bno\s+longer\b)${gap(20)}\b(?:sends?|reports?|forwards?|transmits?)\s+|\b(?:sends?|reports?|forwards?|transmits?)\s+no\s+)(?!(?:any\s+)?(?:personal|customer|user|your|end[- ]user)\b)(?:[\w-]+\s+){0,5}?to\s+(?:any\s+)?(?:(?:third[- ]party|external)\s+)?${KINDS}\s+${TOOLS}\b`;
const CATEGORIES: Array<[RegExp, string]> = [
  [/\berror[- ](?:tracking|reporting|reports?|trackers?)|crash[- ](?:reporting|reports?|reporters?)/i, 'error-tracking'],
  [/\banalytics|(?<!error[- ])track(?:ing|s|ers?)?\b|telemetry/i, 'analytics'],
  [/\bmonitoring|\blogging\s/i, 'monitoring'],
  [/\bcustomer[- ]messaging|\blive[- ]chat/i, 'crm'],
];
/** "Which third parties process data?" - "Sentry, for error monitoring." */
const ASKED = /^(?:which|what|who)\b[^?]*\b(?:third[- ]part(?:y|ies)|sub-?processors|vendors|service\s+providers)\b[^?]*\?$/i;

// "third-party AI providers" are one kind of third party, which ai-providers-and-data decides: no list of every third party.
const PARTIES = String.raw`(?:third[- ]part(?:y|ies)(?![- ](?:AI|LLMs?|GenAI)\b)(?:\s+(?:services|vendors|providers|processors|sub-?processors))?|sub-?processors|service\s+providers)`;
/** One party or several: "DeepL is our only sub-processor", a "Sub-processor" column. */
const ONE_PARTY = String.raw`(?:${PARTIES}|sub-?processor|service\s+provider)`;
const NO_PARTIES_ITEM = new RegExp(String.raw`(?:^|[,;:\u2014\u2013]\s*|\s(?:and|nor)\s+)no\s+(?:${PARTIES}|third[- ]party\s+(?:tools|SDKs|software|code|integrations))\s*(?:[,.!;]|\s+(?:and|nor)\b|$)`, 'i');
/**
 * "We use SendGrid and Sentry. No other third parties receive customer data.": the vendors the same text names; so do
 * "sent to OpenAI and never to any other party" and "... and to no other company".
 */
const OTHER_PARTY = String.raw`(?:${PARTIES}|part(?:y|ies)|compan(?:y|ies)|organi[sz]ations?)\b`;
const NO_OTHER = phrase`\bno\s+other\s+${OTHER_PARTY}|\b(?:and|but)\s+(?:(?:never|not)\s+(?:to|with)\s+any|(?:to|with)\s+no)\s+other\s+${OTHER_PARTY}`;
// "No data is sent to sub-processors", "We do not transfer data to other companies"; with external endpoints beside them ("... or external
// endpoints") it is egress, which no-egress decides; "no third parties" closing a run of denials ("- no servers, no third parties."). "The app has no third-party integrations" (not a feature table's "Third-party integrations | No").
const NONE = phrase`(?:^no\s+(?:other\s+)?${PARTIES}\s*[.!]?$|(?:[,;:\u2014\u2013]\s*|\s(?:and|nor)\s+)no\s+${PARTIES}\s*[.!]?$|(?:${NOT}|\bnothing\b)${gap(30)}\b(?:use|engage|rely\s+on|share${gap(30)}\bwith|(?:send|transfer|giv(?:e|ing)|hand)${gap(30)}\bto|(?:sent|transferred|passed(?:\s+on)?|goes|go|flows?)\s+to(?![^.;]*\b(?:or|and)\s+(?:to\s+)?(?:external|outside)\b))\s+(?:any\s+)?(?:${ONE_PARTY}|(?:other|outside)\s+(?:companies|organi[sz]ations))|\bno\s+${PARTIES}(?:\s*,[^.;!?]{0,60}?)?\s+(?:are\s+|is\s+)?(?:used|involved|engaged)|\b(?:uses?|engages?|rel(?:y|ies)\s+on|works?\s+with|have|has)\s+no\s+(?:${PARTIES}|third[- ]party\s+integrations)|\bthere\s+are\s+no\s+${PARTIES}|\b(?:sends?|transfers?|passes|gives?|hands?)\s+(?:no\s+(?:data|information)|nothing)\s+(?:on\s+)?to\s+(?:any\s+)?(?:${ONE_PARTY}|(?:other|outside)\s+(?:companies|organi[sz]ations))|\b(?:integrates?|works?|connects?)\s+with\s+no\s+${PARTIES})`;
/** "DeepL is our only sub-processor", "The only third party we use is Sentry", "... through Postmark, our only sub-processor": the vendors it names. */
// "... delivered through Postmark, our only sub-processor": the vendor named before the apposition.
const ONLY = phrase`\b(?:is|are)\s+(?:our|its|the(?:\s+app's)?)\s+only\s+${ONE_PARTY}\b|(?<=\b(?-i:[A-Z])[\w.-]*(?:\s+\([^()]*\))?),\s+(?:our|its|the\s+app's)\s+(?:only|sole|single)\s+${ONE_PARTY}\s*[.;]?$|\b(?:the|our|its)\s+only\s+${ONE_PARTY}\b${gap(30)}\b(?:is|are)\s`;
/** "We use exactly two sub-processors: AWS for hosting and SendGrid for e-mail", "Our sub-processors are AWS and SendGrid": the vendors after it. */
const COUNTED = phrase`\b(?:use|engage|rely\s+on|work\s+with|have)\s+(?:exactly\s+|only\s+|just\s+)?(?:one|two|three|four|five|six|\d)\s+${PARTIES}\s*:\s*\S|^(?:our|the\s+app's|its)\s+${PARTIES}\s+(?:are|is)\s+(?!(?:listed|named|described|available|published|shown)\b)\S|^(?:our|the\s+app's|its)\s+(?:one|two|three|four|five|six|\d)\s+${PARTIES}\s*(?:[:\u2014\u2013]|are\b)\s*\S`;
/** "We don't use Google Analytics, Hotjar or any similar tool": the vendors named stand for their kind. */
// Also "We do not use Mixpanel, Segment or any other analytics service": the kind named after "other".
const NAMED_KIND = phrase`${NOT}${gap(20)}\b(?:use|include|embed|load)s?\b[^.;!?]{1,80}?\bor\s+(?:any\s+)?(?:other\s+)?(?:(?:similar|such|comparable|like)|(?<=\bother\s)${KINDS})\s+${TOOLS}\b`;
/** A sentence, not a list item naming a vendor: five words or more, ending as a sentence does. */
const PROSE = /^(?:\S+\s+){4,}\S+[.!]$/;
/** "Sub-processors: Heroku (hosting) and SendGrid (e-mail)": a label, then the vendors on the same line; "Third parties: none - ..."; a GDPR record's "Recipients: none". */
// Also "Categories of recipients: none outside Atlassian", and a numbered section's title ended by a full stop before its answer ("8. Sub-processors. None.").
/**
 * A label that narrows the parties it answers "none" for: to a purpose ("... for marketing"), an exception ("... other than AWS"), a place
 * ("... outside the EU", "... in the US") or a kind of data ("... we share personal data with"); none of these says there are no others.
 */
const NARROWED = String.raw`\b(?:for|other\s+than|except|excluding|besides|apart\s+from|aside\s+from|beyond|outside|located|based|(?:share|send|transfer|disclose|give)s?\s+(?:\w+\s+)?(?:data|information)|in\s+(?:the\s+)?(?-i:[A-Z]))\b`;
// A DPA's longer label answered "none": "Sub-processors authorised at the date of this Agreement: none", "Third-party sub-processors used by the app: none".
const INLINE = phrase`^(?:\d+(?:\.\d+)*\.?\s+)?(?:(?:${PARTIES}|(?:categories\s+of\s+)?recipients(?:\s+of\s+(?:the\s+)?(?:personal\s+)?data)?)\s*(?::\s*\S|\.\s+none\b)|${PARTIES}\s+(?![^:]{0,160}${NARROWED})(?:[\w'(),-]+\s+){0,9}?[\w'()-]+\s*:\s*none\b)`;
/** "No third party gets any data from the app": bare data, which is egress to a third party, not data shared (no-end-user-data-to-third-parties). */
const NO_PARTY = phrase`\bno\s+${PARTIES}\s+(?:ever\s+)?(?:gets?|receives?|sees?)\s+(?:any\s+)?(?:data|information|anything)\b`;

/** A list's line for Atlassian itself: "Atlassian", "Atlassian Pty Ltd - Forge hosting", "Atlassian (Forge)"; not a vendor named after it ("Atlassian Marketplace partner X"). */
const ATLASSIAN_ROW = /^(?:Atlassian(?:\s+(?:Pty\.?\s+Ltd\.?|Inc\.?|Corporation|Corp\.?|Forge|Cloud|US,?\s+Inc\.?))?|Forge)\s*(?:\([^()]*\))?\s*(?:[,.]?\s*$|\s*[\u2014\u2013|-]\s)/i;

/** Where the code shows a third party: imports and calls first, a bare dependency last. */
const shown = (party: ThirdParty) => {
  const inCode = party.via.filter((v) => v.kind !== 'dependency');
  return (inCode.length > 0 ? inCode : party.via).map((v) => v.evidence);
};

export default defineClaim<Params>({
  id: 'third-parties-exactly',
  title: 'Third parties exactly as listed',
  description:
    'Every third party the code shows \u2014 an SDK it imports, a vendor host it calls or allows, a hosting file \u2014 is named in the statement\'s list (or the profile\'s `thirdParties`); "no third parties" means none. Vendors are recognised from src/data/vendors.json under the names statements use ("AWS S3" for Amazon S3); a provider covers its services ("Amazon Web Services" lists Amazon S3 and DynamoDB). "We don\'t use analytics or tracking tools", or a verbless run such as "No cookies, no trackers, no analytics.", speaks of those categories alone (analytics, error tracking, monitoring): any vendor of them contradicts it, others do not. An answer to "Which third parties \u2026?" lists the vendors it names. A listed vendor the code does not show is only noted: hosting and back-office services are often invisible in code. Unverified when a request to a URL Candor cannot resolve carries End-User Data, unless it is a Forge `fetch` whose side may reach only Atlassian and listed vendors.',
  decidedBy: 'code',
  phrasings: [
    phrase`^${ONE_PARTY}\s*:?\s*$`,
    phrase`^(?:(?:our|the)\s+${PARTIES}\s+(?:are|include)|(?:list\s+of\s+)?${PARTIES}\s+(?:we\s+use|used(?:\s+by\s+the\s+app)?)|list\s+of\s+${PARTIES})\s*:?\s*$`,
    phrase`\b(?:use|work\s+with|rely\s+on)\s+these\s+(?:vendors|${PARTIES})\s*:?\s*$`,
    phrase`\b(?:use|engage|rely\s+on|share\s+(?:data|information)\s+with|work\s+with)\s+the\s+following\s+${PARTIES}`,
    NONE,
    NO_OTHER,
    INLINE,
    NO_KIND,
    NO_PARTY,
    ONLY,
    COUNTED,
    NAMED_KIND,
  ],
  // "Apart from Sentry, ..., no third party gets any data": the vendors an exception names are the list; one that names none is no claim.
  readsExceptions: true,
  inContext: { phrasings: [/^(?:none\b|[A-Z0-9])/i], context: ASKED },
  params: (sentence) => {
    const head = firstLine(sentence);
    const exception = nonAtlassianException(head);
    // "... except where required by law" leaves the denial whole.
    if (exception && !exception.legal) return (NONE.test(head) || NO_PARTY.test(head)) && vendorsNamedIn(exception.text).length > 0 && !deniesSharing(sentence) ? { parties: [exception.text] } : null;
    if (NO_PARTY.test(head)) return { parties: [] };
    const named = NAMED_KIND.exec(head);
    if (named) {
      const categories = [...new Set(vendorsNamedIn(named[0]).map((v) => v.category))].filter((c) => CATEGORIES.some(([, known]) => known === c));
      return categories.length > 0 ? { parties: [], categories } : null;
    }
    const kinds = NO_KIND.exec(head);
    // "No third-party services, no tracking, no egress": a run that denies every third party denies more than the kind beside it.
    if (kinds && NO_PARTIES_ITEM.test(head)) return { parties: [] };
    if (kinds) return { parties: [], categories: CATEGORIES.filter(([re]) => re.test(kinds[0])).map(([, c]) => c) };
    // An answer to "Which third parties ...?": the vendors it names, or none.
    if (/^none\b/i.test(head)) return { parties: [] };
    if (NO_OTHER.test(head)) return vendorsNamedIn(head).length > 0 ? { parties: [head] } : null;
    // "We do not share personal data with third parties" is about the data: no-end-user-data-to-third-parties decides it.
    if (NONE.test(head)) {
      if (deniesSharing(sentence)) return null;
      // "... no longer sends error reports to any third party": no third party of that kind.
      const sent = CATEGORIES.filter(([re]) => re.test(head)).map(([, c]) => c);
      return sent.length > 0 ? { parties: [], categories: sent } : { parties: [] };
    }
    // The vendors after the label must be ones Candor knows, or the line is no list ("Sub-processors: see our website").
    if (INLINE.test(head) && /[:.]\s*none\b/i.test(head)) return { parties: [] };
    if (INLINE.test(head)) return vendorsNamedIn(head).length > 0 ? { parties: [head.replace(/^[^:]*:/, '')] } : null;
    const lines = followingLines(sentence);
    // A heading over prose ("Third-Party Services", then "We do not share personal data with third parties."): the sentences make their own claims, no list.
    if (lines.length > 0 && vendorsNamedIn(lines.join('\n')).length === 0 && lines.some((line) => PROSE.test(line))) return null;
    // A row or an item for Atlassian ("| Atlassian | Forge hosting |") names the platform, no third party: a list of Atlassian alone lists none.
    if (lines.length > 0) return { parties: lines.filter((line) => !ATLASSIAN_ROW.test(line)) };
    return vendorsNamedIn(head).length > 0 ? { parties: [head] } : null;
  },
  examples: ['Third-Party Services', 'We use the following sub-processors:', 'We do not use any third-party services.', 'We use SendGrid for e-mail and Sentry for error tracking. No other third parties receive customer data.'],
  messages: {
    verified: 'Every third party in the code is listed: {{found}}.',
    verifiedNotSeen: 'Every third party in the code is listed ({{found}}); the code does not show {{notSeen}}.',
    verifiedNone: 'The code shows no third party.',
    unlisted: 'The code uses {{vendors}}, which the statement does not list ({{where}}).',
    fromProfile: 'The claim lists no third parties to check against.',
    unresolved: 'Every third party Candor can name is listed, but {{where}} sends End-User Data to a URL Candor cannot resolve.',
    kindUsed: 'The code uses {{vendors}} ({{categories}}): {{where}}.',
    kindNone: 'The code shows no {{categories}} vendor.',
  },
  verify(params, { facts, profile }) {
    const listed = Array.isArray(params.parties) ? params.parties.map(String) : (profile?.thirdParties ?? []).map((p) => p.name);
    if (!Array.isArray(params.parties) && !profile?.thirdParties) return outcome('unverified', 'fromProfile');
    if (Array.isArray(params.categories) && params.categories.length > 0) return verifyNoKind(params.categories.map(String), facts);
    const text = listed.join('\n');
    const unlisted = facts.thirdParties.filter((p) => !listed.some((line) => listedAs(line, { id: p.vendor, name: p.name })));
    if (unlisted.length > 0) {
      const evidence = unlisted.flatMap(shown);
      return outcome('contradicted', 'unlisted', evidence, { vendors: unlisted.map((p) => p.name).join(', '), where: places(evidence) });
    }
    // A request to a URL Candor cannot resolve (a webhook from configuration) that carries End-User Data may reach an unlisted party,
    // unless it is a Forge fetch whose side may reach only Atlassian and listed vendors.
    const listedHost = (h: string): boolean => isAtlassianHost(h) || listed.some((line) => { const v = vendorForHost(h); return v !== null && listedAs(line, { id: v.id, name: v.name }); });
    const open = facts.egress.unresolved.filter((c) => c.carries.some((k) => END_USER_DATA.includes(k)) && !(reachableHosts(facts, c)?.every(listedHost) ?? false));
    if (open.length > 0) return outcome('unverified', 'unresolved', open.map((c) => c.evidence), { where: places(open.map((c) => c.evidence)) });
    if (facts.thirdParties.length === 0 && listed.length === 0) return outcome('verified', 'verifiedNone');
    const found = facts.thirdParties.map((p) => p.name).join(', ') || 'none';
    const evidence = facts.thirdParties.flatMap(shown);
    const notSeen = vendorsNamedIn(text).filter((v) => !facts.thirdParties.some((p) => p.vendor === v.id) && !facts.thirdParties.some((p) => names(v.name, { id: p.vendor, name: p.name })));
    if (notSeen.length > 0) return outcome('verified', 'verifiedNotSeen', evidence, { found, notSeen: notSeen.map((v) => v.name).join(', ') });
    return outcome('verified', 'verified', evidence, { found });
  },
});

function verifyNoKind(categories: string[], facts: Facts): ClaimOutcome {
  const used = facts.thirdParties.filter((p) => categories.includes(p.category));
  const words = { categories: categories.join(' or ') };
  if (used.length === 0) return outcome('verified', 'kindNone', [], words);
  const evidence = used.flatMap(shown);
  return outcome('contradicted', 'kindUsed', evidence, { ...words, vendors: used.map((p) => p.name).join(', '), where: places(evidence) });
}
