import { hostAllowed } from '../../scan/egress.ts';
import type { Evidence } from '../../scan/facts.ts';
import { defineClaim, outcome } from '../define.ts';
import { places, unreadSources } from '../evidence.ts';
import { externalCalls, externalDeclarations, reachableHosts } from '../hosts.ts';
import { firstLine, gap, phrase } from '../phrases.ts';
import { nonAtlassianException } from '../sharing.ts';
import { vendorsNamedIn } from '../vendor-names.ts';
import { escapeRegex } from '../../utils/regex.ts';

type Params = { hosts: string[]; remotes?: true };

/** "... is our Forge remote", "only connects to our Cloud Run backend": the app's own remotes, whatever their hosts. */
const OWN_REMOTE = /\bour\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?(?:Forge\s+)?(?:remotes?|back[- ]?ends?(?!\s+(?:provider|vendor|partner)s?\b))\b/i;

const HOST = /(?<![\w@.-])(?:\*\.)?(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}(?![\w-])/gi;

/** Whether the vendor's name stands right before a parenthesis of hosts: "GitHub (api.github.com and github.com)". */
const beforeHosts = (line: string, name: string): boolean =>
  new RegExp(String.raw`\b${escapeRegex(name.replace(/\s*\(.*?\)\s*/g, ' ').trim())}\s*\((?=[^()]*\.[a-z]{2,})`, 'i').test(line);

/** A negation in the sentence: "never to Google" names a vendor that is not allowed. */
const DENIES = /\b(?:not|never|no|nor|except|but)\b|n't\b/i;

/** A bare domain of two labels ("googleapis.com"): a statement naming it names its hosts (www.googleapis.com) too. */
const BARE_DOMAIN = /^[a-z0-9-]+\.[a-z]{2,}$/;

/** Whether a listed host (or `*.` pattern) covers a host or a declared pattern. */
const covers = (listed: string, host: string): boolean => {
  const pattern = BARE_DOMAIN.test(listed) ? `*.${listed}` : listed;
  return host.startsWith('*.') ? pattern === host || (pattern.startsWith('*.') && host.endsWith(pattern.slice(1))) : hostAllowed(pattern, host);
};

/** A purpose or a condition after the places: "to generate summaries", "for translation", "when you link a repository". */
const PURPOSE = String.raw`\s(?:for|when|if|while|so|in\s+order|because|during|after|before|as|by|whenever|once)\b|(?<!\b(?:and|or|,))\s+to\s`;

const HOST_NAME = String.raw`(?:\*\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\b`;
const HOST_NAMES = String.raw`${HOST_NAME}(?:\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or)\s+)${HOST_NAME})*`;
const ONLY_HOSTS = String.raw`(?:only\s+${HOST_NAMES}|${HOST_NAMES}\s+only)\s*(?:[.;!]|$)`;
const HOSTS_ONLY = phrase`(?<!(?:\bnot|\bnever|n't)\b[^.;!?]{0,60})(?<!\b(?:users?|you|admins?|administrators?|customers?|people|agents?)\s+(?:can\s+|may\s+)?)\b(?:(?:(?:connects?|talks?|sends?\s+(?:data|requests)|makes?\s+(?:API\s+|HTTP\s+)?(?:calls|requests))\s+to|calls?|contacts?|reaches)\s+${ONLY_HOSTS}|(?:fetch(?:es)?|loads?|downloads?|pulls?|retrieves?|requests?)\b${gap(40)}\s(?:only\s+(?:from|to)\s+${HOST_NAMES}\s*(?:[.;!]|$)|(?:from|to)\s+${ONLY_HOSTS}))`;

/** "Except for the Slack webhook you configure, the app makes no calls outside Atlassian": the exception is the one destination. */
// "Apart from the Slack integration, which an admin turns on, nothing leaves Atlassian": a relative clause may describe the exception.
const EXCEPT_FIRST = phrase`^(?:except(?:\s+for)?|apart\s+from|other\s+than|besides|aside\s+from)\s+([^,;.]{2,80}),(?:\s+which\s+[^,;.]{2,80},)?\s+(?:(?:the\s+app|it|we)\s+(?:makes?\s+no\s+(?:other\s+)?(?:external\s+|outbound\s+|network\s+)?(?:calls|requests|connections)|sends?\s+(?:nothing|no\s+data)|(?:does\s+not|doesn't|never)\s+(?:call|contact|connect\s+to|send\s+(?:any\s+)?data\s+to)\s+anything)\s+(?:outside|beyond)\s+(?:of\s+)?|(?:nothing|no\s+(?:other\s+)?data)\s+(?:ever\s+)?leaves\s+)(?:the\s+)?Atlassian\b`;

/** "No data leaves Atlassian (except the crash reports we send to Sentry)": the exception after the denial, as its one destination. */
const EXCEPT_AFTER = phrase`^(?:(?:no\s+(?:other\s+)?data|nothing)\s+(?:ever\s+)?leaves\s+(?:the\s+|your\s+)?Atlassian\b|(?:the\s+app|it|we)\s+makes?\s+no\s+(?:external\s+|outbound\s+)?(?:calls|requests|connections)\s+(?:outside|beyond)\s+(?:of\s+)?(?:the\s+)?Atlassian\b)[^(,\u2014\u2013]{0,30}?\s*[(,\u2014\u2013]\s*(?:except(?:\s+for)?|apart\s+from|other\s+than|besides|aside\s+from)\s+([^()]{2,120}?)\s*(?:\)|[.;!]?$)`;
/** "The app declares no egress other than ServiceNow", "It makes no external calls except to api.acme.io": the exception is the list. */
const NONE_BUT = phrase`^(?:(?:the\s+app|it|we)\s+(?:declares?|makes?|has|performs?|sends?)\s+)?no\s+(?:other\s+)?(?:external\s+|outbound\s+|outgoing\s+|network\s+)?(?:egress|calls|requests|connections|traffic)\s+(?:other\s+than|except(?:\s+for)?|apart\s+from|besides|aside\s+from)\s+(?:(?:calls\s+|requests\s+)?to\s+)?((?:[^.;!?()]|\.(?=\w)){2,120}?)\s*[.;!]?$`;

export default defineClaim<Params>({
  id: 'egress-only-to',
  title: 'Egress only to listed hosts',
  description:
    'Data leaves Atlassian only for the hosts the statement names (and all hosts of a vendor named right before a parenthesis of hosts, with no negation in the sentence: "GitHub (api.github.com and github.com)"), or, when it names no host, the hosts of the vendors it names (src/data/vendors.json: "Slack is the only destination" allows Slack\'s hosts); "The app declares no egress other than ServiceNow" allows what it excepts. Contradicted by a manifest egress entry, a remote or a call in code for any other host outside Atlassian; unverified when a call\'s host could not be resolved, unless it is a Forge `fetch`, which can reach only the hosts the manifest declares for its side.',
  decidedBy: 'code',
  phrasings: [
    // Not "Only the Cloud edition sends errors, to Rollbar": "only" picks the edition that sends, not where it sends.
    phrase`\b(?:only|exclusively|solely)\b(?!\s+(?:the\s+|our\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?:edition|version|plan|tier|deployment)s?\b)${gap(50)}\b(?:connects?|calls?|egress(?:es)?|sends?|communicates?|talks?|makes?\s+requests?)\b${gap(40)}\b(?:to|with)\b`,
    phrase`\b(?:connects?|calls?|sends?\s+data|communicates?|talks?)\s+only\s+(?:to|with)\b`,
    // "Egress is restricted to ...", "Outbound requests are limited to ..."
    phrase`\b(?:egress|(?:outbound|outgoing|external|network)\s+(?:requests|calls|traffic|connections|access))\b${gap(30)}\b(?:limited|restricted|confined)\s+to\b`,
    // "Data is sent only to ...", "Data is only sent to ..."
    phrase`\b(?:requests|calls|traffic|connections|data|events|payloads|metrics)\s+(?:go(?:es)?\s+(?:only|exclusively|solely)|(?:is|are)\s+(?:(?:sent|made)\s+(?:only|exclusively|solely)|(?:only|exclusively|solely)\s+(?:sent|made)))\s+to\b`,
    // "Outbound calls go to api.github.com only.": the places, then "only" at the clause's end.
    // Not "Data is sent to OpenAI to generate summaries only": a purpose between the places and "only" is what "only" restricts.
    phrase`\b(?:requests|calls|traffic|connections|data)\s+(?:go(?:es)?|(?:is|are)\s+(?:sent|made))\s+to\b(?:(?!${PURPOSE})[^.;!?]|\.(?=\w)){1,80}?\s(?:only|exclusively|solely)\s*(?:[.;!]|$)`,
    // "the app is allowed to reach api.anthropic.com and nothing else", "Egress: api.acme.io"
    phrase`\b(?:reach|call|contact|connect\s+to|talk\s+to|send\s+data\s+to)(?:e?s)?\b${gap(80)}\b(?:and|but)\s+(?:to\s+)?nothing\s+else\b`,
    // "All outbound requests go to api.deepl.com and nowhere else" (a host's dots end no clause)
    phrase`\b(?:requests|calls|traffic|connections|data)\s+(?:go(?:es)?|(?:is|are)\s+(?:sent|made))\s+to\b(?:[^.;!?]|\.(?=\w)){0,80}?\b(?:and|but)\s+(?:to\s+)?(?:nowhere|nothing)\s+else\b`,
    phrase`\b(?:can|may|is\s+allowed\s+to|is\s+permitted\s+to)\s+only\s+(?:reach|call|contact|connect\s+to|talk\s+to)\b`,
    phrase`^(?:egress|external\s+(?:hosts|domains|endpoints))\s*:\s*(?=\S)`,
    EXCEPT_FIRST,
    EXCEPT_AFTER,
    NONE_BUT,
    // "The only external service the app contacts is Anthropic (api.anthropic.com)."
    phrase`\bthe\s+only\b${gap(40)}\b(?:contacts?|calls?|reaches|(?:connects?|talks?|sends?\s+data|communicates?)\s+(?:to|with))\s+(?:is|are)\b`,
    // "The only outbound traffic is translation requests to api.deepl.com", "The only external calls go to hooks.slack.com"
    phrase`\bthe\s+only\s+(?:outbound|outgoing|external|network)\s+(?:traffic|requests?|calls?|connections?)\s+(?:is|are|goes|go)\b`,
    // "Translation requests go to api.deepl.com; nothing else leaves Atlassian": the places before "else".
    phrase`\b(?:go(?:es)?|(?:is|are)\s+(?:sent|made))\s+to\b(?:[^.;!?]|\.(?=\w)){1,80}?[;,\u2014\u2013]\s*(?:and\s+)?(?:nothing|no\s+other\s+(?:data|traffic|requests|calls))\s+(?:else\s+)?(?:ever\s+)?leaves\s+(?:the\s+|your\s+)?Atlassian\b`,
    // "The app's only external connection is our Forge remote", "Its only outbound destination is api.acme.io"
    phrase`\bonly\s+(?:external\s+|outbound\s+|outside\s+|network\s+)(?:connections?|destinations?|endpoints?|hosts?|services?|calls?)\s+(?:is|are)\b`,
    // "The only external host listed in the manifest is api.openai.com", "Which hosts ...? ... the only one listed is api.openai.com"
    phrase`\bthe\s+only\s+(?:(?:external|outbound|egress)\s+)?(?:hosts?|domains?|endpoints?)\s+(?:listed|declared|allowed|permitted)\b${gap(30)}\b(?:is|are)\b|\bhosts?\b[^.;!?]{0,80}?\bthe\s+only\s+one\s+(?:listed|declared|allowed)\s+(?:is|are)\b`,
    // "The app talks to exactly one outside service: Slack", "calls a single external API, DeepL": a count of the places, then their names.
    phrase`\b(?:talks?|connects?|communicates?|sends?\s+data|calls?|contacts?|reaches)\s+(?:to\s+|with\s+)?(?:exactly\s+|just\s+|only\s+)?(?:one|two|three|a\s+single)\s+(?:external|outside|outbound|third[- ]party)\s+(?:services?|hosts?|destinations?|systems?|APIs?|endpoints?|domains?)\b`,
    // "The app calls the GitHub API (api.github.com). No other external service receives data from the app.": the hosts are the sentence's before.
    phrase`\bno\s+other\s+(?:external\s+|outside\s+|outbound\s+|remote\s+)(?:services?|hosts?|domains?|endpoints?|servers?|systems?|destinations?)\s+(?:ever\s+)?(?:receives?|gets?|(?:is|are)\s+(?:sent|contacted|called|reached))\b`,
    // "The app fetches thumbnails from vimeo.com and youtube.com only", "calls api.openai.com only", "loads fonts only from fonts.gstatic.com":
    // hosts written out, "only" before or after them; not what users fetch.
    HOSTS_ONLY,
  ],
  // Only EXCEPT_FIRST and EXCEPT_AFTER read their exception: any other phrasing with one is no claim.
  readsExceptions: true,
  // "Which external hosts does the app contact?" - "Only api.openai.com."
  inContext: {
    phrasings: [phrase`^(?:only|exclusively|solely|just)\s+(?:to\s+)?(?:\*\.)?[a-z0-9-]+\.[a-z]`],
    context: /\b(?:hosts?|domains?|endpoints?|servers?|URLs?|external\s+(?:services|systems))\b/i,
  },
  // The hosts written out; else the hosts of the vendors the sentence names ("Slack is the only destination ...").
  params: (sentence) => {
    const first = EXCEPT_FIRST.exec(firstLine(sentence)) ?? EXCEPT_AFTER.exec(firstLine(sentence)) ?? NONE_BUT.exec(firstLine(sentence));
    const exception = nonAtlassianException(firstLine(sentence));
    if (!first && exception && !exception.legal) return null;
    const line = first ? first[1]! : firstLine(sentence);
    const written = [...line.matchAll(HOST)].map((m) => m[0].toLowerCase()).filter((h) => !/\.(?:js|ts|json|ya?ml|md|txt)$/.test(h));
    // "... only communicates with GitHub (api.github.com and github.com)": the vendor whose hosts the parenthesis gives is allowed all of its hosts;
    // not "your Zendesk subdomain (*.zendesk.com)" nor "hooks.slack.com, the Slack webhook address", which narrow the vendor to those hosts.
    const vendorHosts = written.length === 0 ? vendorsNamedIn(line).flatMap((v) => v.hosts) : DENIES.test(line) ? [] : vendorsNamedIn(line.replace(HOST, ' ')).filter((v) => beforeHosts(line, v.name)).flatMap((v) => v.hosts);
    const hosts = [...written, ...vendorHosts];
    const remotes = OWN_REMOTE.test(line) ? { remotes: true as const } : {};
    return hosts.length > 0 || remotes.remotes ? { hosts: [...new Set(hosts)], ...remotes } : null;
  },
  examples: ['The app only sends data to api.example-analytics.com.', 'Egress is limited to api.acme.io and *.acme-cdn.net.'],
  messages: {
    verified: 'Every host the app may reach is listed ({{hosts}}).',
    noParams: 'The claim names no hosts to check against.',
    remote: 'The app declares a remote outside the list: {{hosts}} ({{where}}).',
    declared: 'The manifest allows egress to {{hosts}}, not in the list ({{where}}).',
    call: 'The code calls {{hosts}}, not in the list ({{where}}).',
    unresolved: 'Candor could not resolve the host of {{where}}.',
    incomplete: 'Nothing outside the list found, but {{where}} could not be read.',
  },
  verify(params, { facts }) {
    const listed = Array.isArray(params.hosts) ? params.hosts.map((h) => String(h).toLowerCase()) : [];
    const own = params.remotes === true ? facts.egress.remotes : [];
    if (listed.length === 0 && own.length === 0) return outcome('unverified', 'noParams');
    // The app's own remotes, when the statement names them: their hosts, and `remote:key` as manifest and code write them.
    const ownHosts = [...own.flatMap((r) => r.hosts), ...own.map((r) => `remote:${r.key}`)];
    const ok = (host: string): boolean => listed.some((l) => covers(l, host)) || ownHosts.includes(host);
    const bad = (evidence: Evidence[], hosts: string[], id: string) =>
      outcome('contradicted', id, evidence, { hosts: [...new Set(hosts)].join(', '), where: places(evidence) });

    const remotes = facts.egress.remotes.filter((r) => r.hosts.length === 0 || r.hosts.some((h) => !ok(h)));
    if (remotes.length > 0) return bad(remotes.map((r) => r.evidence), remotes.flatMap((r) => (r.hosts.length ? r.hosts : [r.key])), 'remote');
    const declared = externalDeclarations(facts.egress.declared).filter((d) => (d.host === null ? !ok(d.address) : !ok(d.host)));
    if (declared.length > 0) return bad(declared.map((d) => d.evidence), declared.map((d) => d.host ?? d.address), 'declared');
    const calls = externalCalls(facts.egress.calls).filter((c) => !ok(c.host!));
    if (calls.length > 0) return bad(calls.map((c) => c.evidence), calls.map((c) => c.host!), 'call');
    // A Forge fetch can reach only declared hosts, all of them listed by now.
    const unresolved = facts.egress.unresolved.filter((c) => reachableHosts(facts, c) === null);
    if (unresolved.length > 0) return outcome('unverified', 'unresolved', unresolved.map((c) => c.evidence), { where: places(unresolved.map((c) => c.evidence)) });
    const unread = unreadSources(facts);
    if (unread.length > 0) return outcome('unverified', 'incomplete', unread, { where: places(unread) });
    const used = externalCalls(facts.egress.calls).map((c) => c.evidence);
    return outcome('verified', 'verified', used, { hosts: [...listed, ...ownHosts.filter((h) => !h.startsWith('remote:'))].join(', ') });
  },
});
