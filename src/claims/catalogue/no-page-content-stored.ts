import operations from '../../data/content-operations.json' with { type: 'json' };
import { defineClaim, outcome } from '../define.ts';
import { joinWords, places, unreadSources } from '../evidence.ts';
import { deniesKeeping, saysWhere, type Frame } from '../frames.ts';
import { firstLine, gap, NOT, phrase } from '../phrases.ts';
import { sentToStoringRemote } from '../storage.ts';
import type { Evidence, Facts, RestCall } from '../../scan/facts.ts';

/**
 * "Issue data" is the issues' content, what people write in them: vendors name an issue's keys and its people apart from it
 * ("stores only issue keys and the account IDs of watchers"; the seed privacy template lists issue data among product content),
 * the scan counts keys, ids and statuses as references (no End-User Data), and people's IDs are for no-personal-data-stored.
 */
const CONTENT = String.raw`(?:page|issue|comment)\s+(?:content|data|bod(?:y|ies)|text)`;

/** "Display names and avatars are fetched ... and are not saved" speaks of people, not of content. */
const PEOPLE = /\b(?:display\s+names?|user\s*names?|names|avatars?|e-?mail\s+addresses|account\s+IDs?|user\s+(?:data|information|details))\b/i;
const CONTENT_WORDS = /\b(?:content|pages?|issues?|bod(?:y|ies)|text|summar(?:y|ies)|descriptions?|comments?)\b/i;

/** "Our server ... never stores issue content": the vendor's back end as the subject names where content is not kept (no-customer-content-outside-atlassian). */
const OURS_SUBJECT = /^(?:our|the\s+vendor's)\s+(?:own\s+|company(?:'s)?\s+)?(?:servers?|back[- ]?ends?|infrastructure|databases?|systems?)\b/i;
/** "No issue content is stored on our remote": the vendor's own place named as where content is not kept, which says the same. */
const ON_OURS = /\b(?:stored|kept|persisted|saved|cached|retained)\s+(?:on|in|by)\s+(?:our|the\s+vendor's)\s+(?:own\s+|company(?:'s)?\s+)?(?:servers?|machines?|computers?|back[- ]?ends?|infrastructure|databases?|systems?|(?:Forge\s+)?remotes?)\b|\b(?:stored|kept|persisted|saved|cached|retained)\s+(?:on|in)\s+(?:the\s+)?(?:servers?|back[- ]?ends?|infrastructure|databases?|systems?)\s+of\s+(?:ours|our\s+(?:own\s+)?compan(?:y|ies))\b|\b(?:stored|kept|persisted|saved|cached|retained|held)\s+(?:on|in)\s+(?:the\s+)?(?:servers?|machines?|computers?|back[- ]?ends?|infrastructure|databases?|systems?)\s+(?:(?:that\s+)?we\s+(?:run|operate|own|manage|control|host)|(?:run|operated|owned|managed|controlled|hosted)\s+by\s+us)\b/i;

/** Parts of an issue or page the scan does not tell apart from the rest of its content ("Attachments and comment histories are not copied"). */
const PARTS = /\b(?:attachments?|comments?|comment\s+histor(?:y|ies))\b/gi;
/** A repository's source, a part of its content the scan reads by the calls that fetch it, not by what it keeps: "your code", "source code"; not a place ("secrets in source code"). */
const CODE = String.raw`(?<!\b(?:in|into|to|from|within|inside)\s+(?:the\s+|your\s+|our\s+|its\s+)?)(?:(?:your|the\s+customer's|customers'|their)\s+(?:source\s+)?code|source\s+code|code\s*bases?|repository\s+files|file\s+contents\b(?!\s+of\s+(?!(?:your\s+|the\s+|a\s+)?(?:repositor(?:y|ies)|repos?)\b)))\b`;
const NAMES_CODE = new RegExp(CODE, 'i');
/** "a copy of your repository", "a clone of the repo": its source, as "your code" is. */
const REPOSITORY_COPY = /\b(?:cop(?:y|ies)|clones?|mirrors?)\s+of\s+(?:(?:your|the|their|a|any)\s+)?(?:(?:Bitbucket|Git|GitHub|GitLab)\s+)?(?:repositor(?:y|ies)|repos?)\b/i;
/** A bound on how long the source is kept ("no copy ... longer than 24 hours", "not ... after the scan finishes"): kept until then. */
const KEPT_A_WHILE = /\b(?:(?:longer|more)\s+than|beyond|past|after|once)\s+(?:(?:a|an|one|\d+|the|each|every|it|its)\b)/i;

/** Content as a whole: "page content", "issues", "bodies", "descriptions". */
// A pull request's metadata is no request's content.
const WHOLE = /\b(?:content|pages?|issues?|bod(?:y|ies)|text|summar(?:y|ies)|descriptions?|data|tickets?|work\s+items?|(?<!\bpull\s)requests?)\b/i;

/** "issue comments", "page attachments": the object the parts belong to. */
const OF_OBJECT = /\b(?:issue|page|ticket|request|Jira|Confluence)\s+(?=(?:attachments?|comments?)\b)/gi;

/** "...; only the generated summary is kept", "we store only an excerpt": content the app makes from pages, which the scan does not tell from the pages themselves. */
const DERIVED = String.raw`(?:[\w-]+\s+){0,2}?(?:summar(?:y|ies)|excerpts?|digests?|snippets?|translations?|extracts?|embeddings?)`;
const KEEPS_DERIVED = new RegExp(String.raw`\bonly\s+(?:the\s+|an?\s+|its\s+)?${DERIVED}\s+(?:is|are)\s+(?:kept|stored|saved|retained|cached|persisted)\b|\b(?:keeps?|stores?|saves?|retains?|caches?|persists?)\s+only\s+(?:the\s+|an?\s+|its\s+)?${DERIVED}\b`, 'i');

type Params = { parts?: string[] };

/** "...; it is never written to disk or to logs": a store and the logs, both of which this claim covers, and no other place. */
const storeAndLogs = (f: Frame): boolean => f.places.has('storage') && f.places.has('logs') && !(['third-party', 'ours', 'outside', 'region', 'atlassian', 'device'] as const).some((p) => f.places.has(p));

const CODE_READS = operations.codeReads.paths.map((p) => new RegExp(p));
const readsCode = (call: RestCall): boolean => call.product === 'bitbucket' && CODE_READS.some((re) => re.test(`${call.method} ${(call.path ?? '').replace(/[?#].*$/, '')}`));
/** A code host's API or raw files (src/data/content-operations.json `codeReads.hosts`): what the app fetches from it may be code. */
const isCodeHost = (host: string | null): boolean => {
  const h = (host ?? '').toLowerCase().replace(/^\*\./, '');
  return operations.codeReads.hosts.some((domain) => h === domain || h.endsWith(`.${domain}`));
};
/** The app's calls to a code host, or its egress declarations that allow one. */
const codeHostReach = (facts: Facts): Evidence[] => [
  ...facts.egress.calls.filter((c) => isCodeHost(c.host)).map((c) => c.evidence),
  ...facts.egress.declared.filter((d) => isCodeHost(d.host)).map((d) => d.evidence),
];

/**
 * Null for a sentence about people's details rather than content, or about the vendor's servers only; the parts
 * it names when it denies only attachments or comments, which a write of other content (a summary) does not contradict.
 */
function aboutContent(sentence: string): Params | null {
  const line = firstLine(sentence);
  if ((PEOPLE.test(line) && !CONTENT_WORDS.test(line)) || OURS_SUBJECT.test(line.trim()) || ON_OURS.test(line)) return null;
  // The content denied is then a part of what the app keeps, as attachments are.
  // A table row's label ("Page content | ...") names the topic, the sentence after it the content.
  if (KEEPS_DERIVED.test(line)) return { parts: [new RegExp(CONTENT, 'i').exec(line.slice(line.lastIndexOf('|') + 1))?.[0] ?? 'content'] };
  if ((NAMES_CODE.test(line) || REPOSITORY_COPY.test(line)) && KEPT_A_WHILE.test(line)) return null;
  if ((NAMES_CODE.test(line) || REPOSITORY_COPY.test(line)) && !WHOLE.test(line.replace(new RegExp(CODE, 'gi'), '').replace(new RegExp(REPOSITORY_COPY, 'gi'), ''))) return { parts: ['source code'] };
  const parts = [...new Set((line.match(PARTS) ?? []).map((p) => (/^attach/i.test(p) ? 'attachments' : 'comments')))];
  return parts.length > 0 && !WHOLE.test(line.replace(OF_OBJECT, '').replace(PARTS, '')) ? { parts } : {};
}

export default defineClaim<Params>({
  id: 'no-page-content-stored',
  title: 'No page content stored',
  description:
    'The app reads product content (page bodies, issue text) but keeps none of it, nor what it makes from it (a summary, AI output: "We don\'t store AI output"): no storage write, in Forge storage or elsewhere, carries product content, no call to a Forge remote that declares `storage` does, and no back-end log call does (the platform keeps logs). A sentence that denies only attachments or comments is unverified by such a write: the scan does not tell them from other content, such as a summary the app keeps. A sentence that denies only source code ("We never store your code") is verified by such a write when the app makes no call that reads a repository\'s source (a file, a diff or patch, a file\'s history: src/data/content-operations.json `codeReads`), contradicted when those are all it reads of the product, and unverified otherwise, or when the app calls a code host (GitHub, GitLab, Bitbucket\'s API; `codeReads.hosts`) or declares one as egress and writes anything. Contradicted by such a write or log, e.g. a page body cached in KVS or passed to console.log.',
  decidedBy: 'code',
  phrasings: [
    phrase`\bno\s+${CONTENT}\s+(?:is|are)\s+(?:ever\s+)?(?:stored|kept|persisted|saved|cached|retained)\b`,
    phrase`${NOT}${gap(20)}\b(?:store|keep|persist|save|cache|retain)s?\b${gap(30)}\b${CONTENT}\b(?!${gap(60)}\b(?:outside|external|third[- ]party)\b)`,
    phrase`\b(?:read|used|looked\s+up|fetched|loaded)\b${gap(60)}\band\s+(?:then\s+)?(?:immediately\s+)?discarded\b`,
    // "Issue descriptions are processed in memory only and are thrown away once ...": content named, then dropped.
    phrase`\b(?:content|pages?|issues?|bod(?:y|ies)|summar(?:y|ies)|descriptions?|comments?)\b${gap(40)}\b(?:read|used|fetched|loaded|processed)\b${gap(60)}\band\s+(?:then\s+)?(?:(?:are|is)\s+)?(?:immediately\s+)?(?:discarded|thrown\s+away|dropped)\b`,
    // "The request summary and description are read ... and are never stored."
    phrase`\b(?:read|fetched|loaded|used)\b${gap(60)}\band\s+(?:are|is)\s+(?:never|not)\s+(?:stored|kept|persisted|saved|cached|retained)\b`,
    // "We store no page content."
    phrase`\b(?:stores?|keeps?|persists?|saves?|caches?|retains?)\s+no\s+${CONTENT}\b(?!${gap(60)}\b(?:outside|external|third[- ]party)\b)`,
    phrase`\b${CONTENT}\s+(?:is|are)\s+(?:never|not)\s+(?:ever\s+)?(?:stored|kept|persisted|saved|cached|retained)\b(?!${gap(60)}\b(?:outside|external|third[- ]party)\b)`,
    // "We never store your code", "Candor never reads or stores your source code", "Source code is never kept".
    phrase`${NOT}${gap(20)}\b(?:(?:read|clone|fetch)(?:s|es)?\s+or\s+)?(?:store|keep|persist|save|cache|retain)s?\s+(?:any\s+(?:of\s+)?)?${CODE}`,
    phrase`${CODE}\s+(?:is|are)\s+(?:never|not)\s+(?:ever\s+)?(?:stored|kept|persisted|saved|cached|retained)\b`,
    phrase`(?:${NOT}${gap(20)}\b(?:store|keep|save|cache|retain|hold)s?\s+(?:any\s+)?|\b(?:store|keep|save|cache|retain|hold)s?\s+no\s+)copies\s+of\s+(?:your\s+|the\s+|our\s+|their\s+)?(?:Confluence\s+|Jira\s+)?(?:pages|issues|content)\b`,
    // "keeps no copy of your repository anywhere", "stores no clone of the repo": a repository's source, as "your code" is.
    phrase`(?:${NOT}${gap(20)}\b(?:store|keep|save|cache|retain|hold)s?\s+(?:any\s+|a\s+)?|\b(?:store|keep|save|cache|retain|hold)s?\s+no\s+)(?:cop(?:y|ies)|clones?|mirrors?)\s+of\s+(?:your\s+|the\s+|their\s+|a\s+|any\s+)?(?:(?:Bitbucket|Git|GitHub|GitLab)\s+)?(?:repositor(?:y|ies)|repos?)\b(?!${gap(60)}\b(?:outside|external|third[- ]party)\b)`,
  ],
  params: aboutContent,
  frames: (f, sentence) => (deniesKeeping(f) && f.data.has('content') && (!saysWhere(f) || storeAndLogs(f)) ? aboutContent(sentence) : null),
  examples: [
    'No page data is stored by the app \u2014 it is read from Confluence, used to create the clones, and immediately discarded',
    'The app never stores page content.',
  ],
  messages: {
    verified: 'No storage write carries product content ({{count}} writes checked).',
    contradicted: 'Product content is stored: {{where}}.',
    logged: 'Product content is written to the logs, which keep it: {{where}}.',
    remote: 'Product content is sent to a Forge remote that declares storage: {{where}}.',
    incomplete: 'No product content stored in the code Candor read, but {{where}} could not be read.',
    parts: 'Product content is kept ({{where}}); Candor cannot tell whether it holds the {{parts}} the statement names.',
    noCode: 'The app keeps product content ({{where}}) but makes no call that reads a repository\'s source, so none of it is code.',
    codeHost: 'The app reaches a code host ({{hosts}}) and keeps data ({{where}}): Candor cannot tell whether what it keeps is code fetched from there.',
    code: 'The app reads repository source ({{reads}}) and no other product content, and keeps it: {{where}}.',
  },
  verify(params, { facts }) {
    const writes = facts.storage.filter((op) => op.op === 'write');
    const content = writes.filter((op) => op.carries.includes('product-content'));
    const remote = sentToStoringRemote(facts, ['product-content']).map((c) => c.evidence);
    const logged = facts.logs.filter((log) => log.side === 'backend' && log.carries.includes('product-content'));
    // Content is one kind of data to the scan: what it keeps may be a summary, not the comments the sentence denies.
    const parts = Array.isArray(params.parts) ? params.parts.filter((p) => typeof p === 'string') : [];
    const kept = [...content.map((op) => op.evidence), ...remote, ...logged.map((l) => l.evidence)];
    // Kept content is code only when the app reads some (src/data/content-operations.json codeReads); all of it when that is all it reads of the product.
    // Code fetched from a code host (GitHub, GitLab, Bitbucket's API) is not product content to the scan: any write may keep it.
    const codeHosts = parts.includes('source code') ? codeHostReach(facts) : [];
    if (codeHosts.length > 0 && (writes.length > 0 || remote.length > 0)) {
      const keeps = [...writes.map((op) => op.evidence), ...remote];
      return outcome('unverified', 'codeHost', [...codeHosts, ...keeps], { hosts: places(codeHosts), where: places(keeps) });
    }
    if (parts.includes('source code') && kept.length > 0 && facts.unresolvedRestCalls.length === 0) {
      const code = facts.restCalls.filter(readsCode);
      if (code.length === 0) return outcome('verified', 'noCode', kept, { where: places(kept) });
      if (facts.restCalls.every(readsCode)) return outcome('contradicted', 'code', [...code.map((c) => c.evidence), ...kept], { reads: places(code.map((c) => c.evidence)), where: places(kept) });
    }
    if (parts.length > 0 && kept.length > 0) return outcome('unverified', 'parts', kept, { parts: joinWords(parts, 'or'), where: places(kept) });
    if (content.length > 0) return outcome('contradicted', 'contradicted', content.map((op) => op.evidence), { where: places(content.map((op) => op.evidence)) });
    if (remote.length > 0) return outcome('contradicted', 'remote', remote, { where: places(remote) });
    if (logged.length > 0) return outcome('contradicted', 'logged', logged.map((l) => l.evidence), { where: places(logged.map((l) => l.evidence)) });
    const unread = unreadSources(facts);
    if (unread.length > 0) return outcome('unverified', 'incomplete', unread, { where: places(unread) });
    return outcome('verified', 'verified', [], { count: writes.length });
  },
});
