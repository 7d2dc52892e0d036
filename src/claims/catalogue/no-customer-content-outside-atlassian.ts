import { defineClaim, outcome } from '../define.ts';
import { SENT_MESSAGES, sentOutcome } from '../sent-kept.ts';
import { places, unreadSources } from '../evidence.ts';
import { aboutData, deniesKeeping } from '../frames.ts';
import { firstLine, gap, gapWithout, NOT, phrase } from '../phrases.ts';
import { END_USER_DATA, type DataKind } from '../../scan/facts.ts';
import { codeOutcome, CODE_UNKNOWN, SOURCE_CODE } from '../source-code.ts';
import type { ClaimOutcome, VerifyContext } from '../types.ts';
import { ATLASSIAN_BACKENDS, carriesEndUserData, OURS_AS_SUBJECT, sentToStoringRemote, storageVendors, storingRemotes } from '../storage.ts';

type Params = { content?: true; code?: true };

/**
 * "Page content is never stored on our servers": the product's content named, and no other data beside it.
 * "Jira data" is all the product holds, its users' names and emails too: it does not narrow the claim. no-egress reads
 * "Page content never leaves Confluence" by it too.
 */
const PRODUCT_CONTENT = /\b(?:(?:page|issue|ticket|comment|repository|repo|pull\s+request)\s+(?:content|data|bod(?:y|ies)|text|descriptions?)|(?:Confluence|Jira|Bitbucket)\s+(?:content|bod(?:y|ies)|text|descriptions?))\b/i;
const OTHER_DATA = /\b(?:customer|user|personal|your|any|all|app|end[- ]user|other)\s+(?:content|data|information)\b|\b(?:personal|accounts?|e-?mails?|names?|metadata|identifiers?)\b/i;
export const aboutContent = (sentence: string): Params => {
  const line = firstLine(sentence);
  if (SOURCE_CODE.test(line) && !OTHER_DATA.test(line)) return { content: true, code: true };
  return PRODUCT_CONTENT.test(line) && !OTHER_DATA.test(line) ? { content: true } : {};
};

export default defineClaim<Params>({
  id: 'no-customer-content-outside-atlassian',
  title: 'No customer content stored outside Atlassian',
  description:
    'Customer content and user data are not kept on servers outside Atlassian. Contradicted by writes of End-User Data (product content, data from users, account IDs, emails, names) to an external database, or by such data sent to a Forge remote that declares `storage` or whose own code (linked by the scan) writes what its requests bring to a store; unverified when other data goes to an external store, or End-User Data is sent to a host outside Atlassian whose retention the profile does not state (`thirdParties[].retention`); contradicted when the profile says that host keeps it, organisational when it keeps none. A sentence that names the product\'s content alone ("Page content is never stored on our servers") is held to it: only writes and requests that carry product content count; "Jira data" or "Confluence data" is all the product holds, its users\' account IDs and emails too. One about source code or file contents ("No source code is ever stored on our servers") is held to product content too, but the facts do not tell code from the rest of it: product content kept or sent out makes it unverified, not contradicted.',
  decidedBy: 'code',
  phrasings: [
    phrase`\b(?:keeps?|stores?|saves?)\s+nothing\s+(?:on|in)\s+(?:our\s+(?:own\s+)?|external\s+|its\s+own\s+|vendor\s+)(?:servers?|systems?|databases?|infrastructure)\b`,
    // "... on servers run by us or by any third party"
    phrase`(?:${NOT}|\bnothing\b)${gap(40)}\b(?:(?:store|keep|persist|save|retain)(?:s|d|ed)?|kept|holds?|held)\b${gapWithout(80, 'logs?')}\b(?:outside\s+(?:of\s+)?(?:your\s+|the\s+)?Atlassian|on\s+(?:external|third[- ]party|our(?:\s+own)?|vendor|separate)\s+(?:servers?|systems?|infrastructure|databases?)|on\s+(?:any\s+)?(?:servers?|systems?|infrastructure)\s+(?:run|operated|owned|managed|hosted|controlled)\s+by\b)`,
    phrase`\b(?:never|not)\s+(?:downloaded|copied|uploaded|transferred|stored|saved|kept)\s+(?:to|on|in|onto)\s+(?:our\s+(?:own\s+)?|external\s+|third[- ]party\s+|vendor\s+)(?:servers?|systems?|infrastructure|databases?)\b`,
    // "Diagrams are stored within Confluence, not (on) our systems."
    phrase`\b(?:stored|kept|saved)\b${gap(60)}\b(?:never|not)\s+(?:on\s+|in\s+)?(?:our\s+(?:own\s+)?|external\s+|third[- ]party\s+|vendor\s+)(?:servers?|systems?|infrastructure|databases?)\b`,
    // "The app keeps its index in Forge storage rather than on our servers": a store of Atlassian's, in place of the vendor's.
    phrase`\b(?:stored|kept|saved|held|stores?|keeps?|saves?|holds?)\b${gap(60)}\b(?:in|on)\s+(?:the\s+|your\s+)?(?:Atlassian|Forge|Jira|Confluence)\b${gap(40)}\b(?:rather\s+than|instead\s+of)\s+(?:on|in)\s+(?:(?:a|any)\s+(?:servers?|databases?)\s+of\s+ours|(?:our|the\s+vendor's)\s+(?:own\s+)?(?:servers?|databases?|back[- ]?ends?|infrastructure))\b`,
    // "There is nothing on our side to delete": no data of the customer's kept by the vendor.
    phrase`\b(?:there\s+is|there's|we\s+(?:have|hold|keep))\s+nothing\s+(?:(?:on|at)\s+our\s+(?:side|end)|of\s+yours)\s+(?:for\s+us\s+)?to\s+(?:delete|remove|erase|purge|clean\s+up|export|return)\b`,
    // "No external storage", "No third-party storage services are used": a terse item that names the place by its store.
    phrase`^no\s+(?:external|third[- ]party|outside)\s+(?:data\s+)?storage(?:\s+(?:services?|providers?|vendors?))?(?:\s+(?:is|are)\s+used)?\s*[.!]?$`,
    // "Our server receives the webhook but never stores issue content": the server is the subject of the denial too.
    new RegExp(String.raw`${OURS_AS_SUBJECT.source}${gapWithout(80, 'logs?')}\b(?:never|not|n't)\s+(?:ever\s+)?(?:stores?|keeps?|persists?|saves?|retains?|holds?)\b(?!${gap(40)}\blogs?\b)`, 'i'),
  ],
  // "We never keep customer content on infrastructure we run", "... to any external database".
  frames: (f, sentence) => (deniesKeeping(f) && aboutData(f) && (f.places.has('ours') || f.places.has('outside')) && !f.places.has('logs') ? aboutContent(sentence) : null),
  params: aboutContent,
  examples: [
    'The app does not store customer content outside Atlassian systems.',
    'No personal data stored: The app does not store any Confluence page content, user data, or metadata on external servers',
  ],
  messages: {
    verified: 'No write to a store outside Atlassian, and no End-User Data sent out.',
    verifiedContent: 'No write to a store outside Atlassian carries product content, and none is sent out.',
    stored: 'The app writes End-User Data to an external database ({{where}}).',
    remote: 'The app sends End-User Data to a Forge remote that declares storage ({{where}}).',
    remoteCode: 'The app sends End-User Data to a Forge remote ({{where}}) whose own code keeps what its requests bring in a store ({{kept}}).',
    otherStored: 'The app writes to an external database ({{where}}); Candor cannot tell whether that is customer content.',
    vendor: 'The app uses {{vendor}} to store data ({{where}}); Candor cannot tell whether that is customer content.',
    ...SENT_MESSAGES,
    incomplete: 'Nothing stored outside Atlassian found, but {{where}} could not be read.',
    ...CODE_UNKNOWN,
  },
  verify(params, context) {
    // "No source code is ever stored on our servers": product content kept there may or may not be code.
    return params.code === true ? codeOutcome(verifyKept(params, context)) : verifyKept(params, context);
  },
});

function verifyKept(params: Params, { facts, profile }: VerifyContext): ClaimOutcome {
  // A sentence about the product's content alone is held to that content: the other data the app keeps is not what it denies.
  const kinds: readonly DataKind[] = params.content === true ? ['product-content'] : END_USER_DATA;
  const external = facts.storage.filter((op) => !ATLASSIAN_BACKENDS.has(op.backend) && op.op === 'write');
  const withData = external.filter((op) => (params.content === true ? op.carries.includes('product-content') : carriesEndUserData(op.carries)));
  if (withData.length > 0) return outcome('contradicted', 'stored', withData.map((op) => op.evidence), { where: places(withData.map((op) => op.evidence)) });
  const remote = sentToStoringRemote(facts, kinds);
  if (remote.length > 0) {
    // A remote that declares no storage keeps data by its own code: the writes that keep what its requests bring are the evidence too.
    const declaring = new Set(storingRemotes(facts).map((r) => `remote:${r.key}`));
    const byCode = new Set(remote.filter((c) => !declaring.has(c.host!)).map((c) => c.host!.slice('remote:'.length)));
    const kept = facts.storage.filter((op) => op.op === 'write' && op.remote !== undefined && byCode.has(op.remote) && op.carries.includes('resolver-payload')).map((op) => op.evidence);
    const sent = remote.map((c) => c.evidence);
    if (byCode.size === 0) return outcome('contradicted', 'remote', sent, { where: places(sent) });
    return outcome('contradicted', 'remoteCode', [...sent, ...kept], { where: places(sent), kept: places(kept) });
  }
  if (params.content !== true && external.length > 0) return outcome('unverified', 'otherStored', external.map((op) => op.evidence), { where: places(external.map((op) => op.evidence)) });
  const used = params.content === true && external.length > 0 ? undefined : storageVendors(facts).used[0];
  if (used) return outcome('unverified', 'vendor', used.evidence, { vendor: used.name, where: places(used.evidence) });
  const sent = sentOutcome(facts, profile, kinds);
  if (sent && sent.verdict !== 'organisational') return sent;
  const unread = unreadSources(facts);
  if (unread.length > 0) return outcome('unverified', 'incomplete', unread, { where: places(unread) });
  return sent ?? outcome('verified', params.content === true ? 'verifiedContent' : 'verified');
}
