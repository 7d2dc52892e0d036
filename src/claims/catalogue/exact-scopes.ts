import { defineClaim, outcome } from '../define.ts';
import { manifestAnchor, places } from '../evidence.ts';
import { firstLine, followingLines, gap, phrase } from '../phrases.ts';
import { findScopes } from '../scope-text.ts';
import { sameScope, unknownCalls } from '../scopes.ts';

/** `used`: the sentence says each scope is put to use ("each used for the purpose listed"). */
type Params = { scopes: Array<{ scope: string; purpose?: string }>; count?: number; used?: true };

/** A scope written in a sentence: `read:jira-work` or a Connect scope. */
const SCOPE = String.raw`[a-z]+:[\w.:-]+|READ|WRITE|DELETE|ADMIN|ACT_AS_USER|PROJECT_ADMIN`;

const NUMBERS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };

/** "only to read...", "just for issue summaries": what limits one scope's use, not the list of scopes. */
const PURPOSE_LIMIT = String.raw`\b(?:only|just|solely|exclusively)\s+(?:to|for)\b`;

const CONNECTOR = /^(?:(?:and|or|the|scopes?|permissions?|only)\b[\s:,.]*)*$|^[\s.:,]*$/i;
/** "... storage:app - nothing more.", "... are all it requests.": what closes the list is no purpose. */
const CLOSER = /^(?:and\s+)?(?:nothing\s+(?:more|else)|no\s+(?:others?|more|further))\b|^(?:is|are)\s+all\s+(?:that\s+)?(?:it|the\s+app|we)\s+(?:requests?|declares?|asks?\s+for|uses?|needs?)\s*[.!]?$/i;
/** "Notable scopes include:", "Scopes such as read:jira-work": some of the scopes, not the list of them. */
const PARTIAL = /\b(?:(?:includes?|including)(?!\s+(?:only|just|exactly)\b)|such\s+as|for\s+example|for\s+instance|notable|among\s+(?:them|others)|some\s+of)\b|\be\.g\./i;
/** "each used for the purpose listed", "each with a specific purpose", "all of which are needed". */
const EACH_USED = /\beach\s+(?:(?:one\s+)?(?:is\s+)?used|needed|required|with\s+(?:a|its)\s+(?:specific\s+|own\s+|clear\s+)?purpose)\b|\ball\s+of\s+which\s+(?:are\s+)?(?:used|needed|required)\b/i;

/** Scopes with the purpose written after each (`read:jira-work - read Jira issues...`). */
function scopesIn(line: string): Params['scopes'] {
  const found = findScopes(line, { connect: true });
  return found.map((m, i) => {
    // A clause after the scope is no purpose: "storage:app; the app never touches Jira data" gives none.
    const purpose = line.slice(m.end, found[i + 1]?.index ?? line.length).replace(/^\s*;[^]*$/, '').replace(/^[\s\-\u2013\u2014:,)'"]+/, '').replace(/[\s,;'"]+$/, '').trim();
    // "READ and WRITE scopes only:" and "`a:b` and `c:d`" join scopes; words between them are no purpose.
    // "`read:page:confluence`." leaves only the closing quote and stop.
    return /\w/.test(purpose) && !CONNECTOR.test(purpose) && !CLOSER.test(purpose) ? { scope: m.scope, purpose } : { scope: m.scope };
  });
}

export default defineClaim<Params>({
  id: 'exact-scopes',
  title: 'Exactly these scopes',
  description:
    'The app declares exactly the scopes the statement lists (each usually with its purpose), no more and no fewer, and as many as it says ("only four scopes"). The scopes may be in the sentence itself or in the list that follows it; in the profile, the keys of `scopes:`. A Connect descriptor\'s `READ` matches `read:connect-confluence`. Said to be each used ("each used for the purpose listed", "each with a specific purpose"), it is contradicted by a listed scope nothing in the code needs.',
  decidedBy: 'code',
  phrasings: [
    phrase`\b(?:only|exactly)\s+(?:the\s+)?(?:following\s+)?(?:[a-z0-9]+\s+)?(?:OAuth\s+)?(?:scopes|permissions)\s+(?:are\s+)?(?:requested|declared|used|needed|required)\b`,
    phrase`\b(?:requests?|declares?|uses?)\s+(?:only\s+)?(?:these|the\s+following)\s+(?:[a-z0-9]+\s+)?(?:scopes|permissions)\b`,
    phrase`^(?:(?:requested|required|app|OAuth)\s+)?(?:scopes|permissions)(?:\s+(?:requested|required|used|declared)(?:\s+by\s+the\s+app)?)?\s*:?\s*$`,
    phrase`\bwhy\s+(?:do\s+)?(?:we|the\s+app)\s+(?:needs?|requests?)${gap(20)}\b(?:scopes|permissions)\b`,
    // "Scopes and why we need them:", "Permissions we request and why" over the list
    phrase`^(?:the\s+)?(?:OAuth\s+)?(?:scopes|permissions)(?:\s+(?:we|the\s+app)\s+(?:requests?|uses?|needs?))?\s+and\s+why(?:\s+(?:we|the\s+app|it)\s+(?:needs?|requests?|uses?)\s+(?:them|each(?:\s+one)?))?\s*:?\s*$`,
    // "asks for the READ and WRITE scopes only", "It only requests read:jira-work and storage:app" (the scopes must be in the sentence)
    phrase`\b(?:scopes|permissions)\s+only\b`,
    phrase`\bonly\s+(?:requests?|declares?|asks\s+for|uses?|needs?)\s+(?:the\s+)?(?:scopes?\s+)?(?:${SCOPE})\b`,
    // "Scopes: read:jira-work, read:servicedesk-request and storage:app.", "Only the READ scope.", "A single read-only scope, read:page:confluence."
    // Also one product's or edition's: "Confluence edition scopes: `read:confluence-content.summary` and `storage:app`".
    phrase`^(?:(?:requested|required|declared|app|OAuth|Forge)\s+)?(?:(?:Jira|Confluence|Bitbucket|Compass|Cloud)\s+){0,2}(?:(?:edition|app|version)\s+)?(?:scopes|permissions)(?:\s+(?:requested|used|declared))?\s*:\s*(?=${SCOPE})`,
    phrase`\b(?:requests?|declares?|uses?|needs?|asks\s+for)\s+only\s+(?:the\s+)?(?:scopes?\s+)?(?:${SCOPE})\b`,
    phrase`\b(?:only|just)\s+(?:the\s+)?(?:${SCOPE})\s+(?:OAuth\s+)?(?:scope|permission)\b`,
    phrase`\b(?:a\s+single|one\s+single|just\s+one|only\s+one)\s+(?:[\w-]+\s+)?(?:OAuth\s+)?(?:scope|permission)\b`,
    // "requests just three scopes, read:jira-work, read:jira-user and storage:app", "needs exactly two scopes:" and its list
    phrase`\b(?:requests?|declares?|uses?|needs?|asks\s+for)\s+(?:just|only|exactly)\s+(?:\d{1,2}|${Object.keys(NUMBERS).join('|')})\s+(?:OAuth\s+)?(?:scopes|permissions)\b(?=[\s:,(\u2014\u2013'"*-]*(?:${SCOPE})|\s*:\s*$)`,
    // "The app declares 3 scopes: read:confluence-content.summary, ...": a count, then the scopes themselves.
    phrase`\b(?:requests?|declares?|uses?|needs?|asks\s+for|has)\s+(?:\d{1,2}|${Object.keys(NUMBERS).join('|')})\s+(?:OAuth\s+)?(?:scopes|permissions)\s*:\s*(?:(?=${SCOPE})|$)`,
    // "The only scope is storage:app", "The only scopes it requests are read:jira-work and read:jira-user"
    phrase`\bthe\s+only\s+(?:OAuth\s+)?(?:scopes?|permissions?)\s+(?:(?:it|the\s+app|we)\s+(?:requests?|declares?|uses?|needs?)\s+)?(?:is|are)\s+(?=${SCOPE})`,
    // "The app requests read:jira-work, read:jira-user and storage:app - nothing more.", "... and no other scopes": the list, closed;
    // not a scope's use, limited ("uses read:jira-work only to read the summary, nothing else").
    phrase`\b(?:requests?|declares?|uses?|needs?|asks?\s+for)\s+(?:the\s+)?(?:scopes?\s+)?(?=${SCOPE})(?:(?!${PURPOSE_LIMIT})(?:[^.;!?]|\.(?=\w))){0,200}?(?:\s*[\u2014\u2013,]\s*|\s+-\s*|\s+)(?:and\s+)?(?:nothing\s+(?:more|else)|no\s+(?:others?|more|further))(?:\s+(?:OAuth\s+)?(?:scopes|permissions)\b|(?=\s*(?:[.;!?)]|$)))`,
    // "The following scopes are requested, and no others:" over the list: a lead-in that closes it.
    phrase`\b(?:the\s+following|these)\s+(?:[a-z0-9]+\s+)?(?:OAuth\s+)?(?:scopes|permissions)\s+(?:are\s+)?(?:requested|declared|used|needed|required)\s*,?\s*(?:and|but)\s+no\s+(?:others?|more|other\s+(?:scopes|permissions))\s*:?\s*$`,
    // "All 4 scopes are used by the code: read:jira-work, ...": every scope counted, then named.
    phrase`\ball\s+(?:\d{1,2}|${Object.keys(NUMBERS).join('|')})\s+(?:OAuth\s+)?(?:scopes|permissions)\b[^.;:]{0,60}:\s*(?=${SCOPE})`,
    // "... neither write nor admin scopes, only the two scopes it needs: read:jira-work and read:jira-user": a count, then the scopes.
    phrase`\b(?:only|just)\s+(?:the\s+)?(?:\d{1,2}|${Object.keys(NUMBERS).join('|')})\s+(?:OAuth\s+)?(?:scopes|permissions)\s+(?:(?:it|the\s+app|we)\s+(?:needs?|requests?|uses?)\s*)?:\s*(?=${SCOPE})`,
    // "read:jira-work and storage:app are all it requests": the list, closed by what follows it.
    phrase`(?:${SCOPE})(?:\s*,\s*(?:${SCOPE}))*(?:,?\s+and\s+(?:${SCOPE}))?\s+(?:is|are)\s+all\s+(?:that\s+)?(?:it|the\s+app|we)\s+(?:requests?|declares?|asks?\s+for|uses?|needs?)(?=\s*(?:[.;!?)]|$))`,
    // "The app requests read:jira-work, write:jira-work and storage:app.": a sentence that is only the list of what the app asks for.
    phrase`^(?:the\s+)?(?:app|add-?on|it|[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})\s+(?:requests|declares|asks\s+for)\s+(?:the\s+)?(?:scopes?\s+)?(?:${SCOPE})(?:\s*,\s*(?:${SCOPE}))*,?\s+and\s+(?:${SCOPE})(?:\s+(?:OAuth\s+)?(?:scopes|permissions))?\s*\.?$`,
    // "The app requests the READ and WRITE scopes: READ to read the page and WRITE to attach the export.": the list, then each one's purpose.
    phrase`^(?:the\s+)?(?:app|add-?on|it|[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})\s+(?:requests|declares|asks\s+for)\s+(?:the\s+)?(?:${SCOPE})(?:\s*,\s*(?:${SCOPE}))*,?\s+and\s+(?:${SCOPE})\s+(?:OAuth\s+)?(?:scopes|permissions)\s*:`,
    // "The app's scopes are read:page:confluence and storage:app.", "Its permissions are READ and WRITE.", "Acme Notes' scopes are ...": the list,
    // named as the app's. Scopes of a kind ("Write scopes are ...", "Optional scopes are ...", "Jira scopes are ...") are some of them, no list of all.
    phrase`^(?:(?:the|our)\s+(?:(?:app|add-?on)(?:'s|\u2019s)?\s+)?|(?:app|add-?on)(?:'s|\u2019s)?\s+|its\s+|[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}(?:'s|\u2019s|')\s+|(?=OAuth\s))(?:OAuth\s+)?(?:scopes|permissions)\s+are\s+(?:the\s+)?(?=${SCOPE})`,
    // "We request read:page:confluence and storage:app ... These are the only scopes the app requests.": the scopes named before it.
    phrase`^(?:these|those|they)\s+are\s+the\s+only\s+(?:OAuth\s+)?(?:scopes|permissions)\b`,
    // A heading such as "Access" over a list of scopes, one a line ("read:confluence-user - look up names").
    phrase`^(?:(?:data|product|Jira|Confluence|app)\s+)?access(?:\s+(?:and|&)\s+(?:permissions|scopes))?\s*:?\s*$`,
  ],
  // "Which scopes does the app use?" - "Only read:page:confluence.", or "The app requests:" and a list; a "Scopes" label cell, then the scopes.
  inContext: {
    // or "The app requests:", "These:" over the list of them
    phrasings: [phrase`^(?:only\s+|just\s+)?(?:the\s+)?(?:${SCOPE})\b`, phrase`^[^.!?]{0,60}:\s*$`],
    context: /^(?:(?:which|what)\b[^?]*\b(?:scopes|permissions)\b[^?]*\?|(?:(?:requested|required|declared|app|OAuth|Forge)\s+)?(?:scopes|permissions)(?:\s+(?:requested|used|declared))?)$/i,
  },
  params: (sentence) => {
    const head = firstLine(sentence);
    if (PARTIAL.test(head)) return null;
    const scopes = scopesIn(head);
    for (const line of followingLines(sentence)) {
      const listed = scopesIn(line);
      if (listed.length === 0 || findScopes(line, { connect: true })[0]!.index > 2) break;
      scopes.push(...listed);
    }
    if (scopes.length === 0) return null;
    // "READ to show summaries and WRITE to add worklogs" names a scope again with its purpose.
    const unique = scopes.filter((s, i) => scopes.findIndex((t) => t.scope === s.scope) === i);
    scopes.splice(0, scopes.length, ...unique);
    const number = /\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:OAuth\s+)?(?:scopes|permissions)\b/i.exec(head)?.[1]?.toLowerCase();
    const count = number === undefined ? undefined : (NUMBERS[number] ?? Number(number));
    return { scopes, ...(count === undefined ? {} : { count }), ...(EACH_USED.test(head) ? { used: true } : {}) };
  },
  examples: [
    'Minimum Permissions: Only four scopes are requested, each with a specific purpose:',
    'Why do we need specific permissions',
    'Permissions:',
  ],
  messages: {
    verified: 'The app declares exactly {{scopes}}.',
    verifiedUnused: 'The app declares exactly {{scopes}}; the code uses none of {{unused}}, though (least privilege).',
    unusedStated: 'The statement says each scope is used for its purpose, but nothing in the code needs {{unused}} ({{where}}).',
    unlisted: 'The app also declares {{scopes}}, which the statement does not list ({{where}}).',
    notDeclared: 'The statement lists {{scopes}}, which the app does not declare ({{where}}).',
    count: 'The statement says {{count}} scopes; the app declares {{declared}} ({{where}}).',
    noParams: 'The claim lists no scopes to check against.',
  },
  verify(params, { facts, profile }) {
    // `{ id: exact-scopes }` in the profile without params means the scopes its `scopes:` lists.
    const stated = Array.isArray(params.scopes) ? params.scopes.map((s) => (typeof s === 'string' ? s : String(s.scope))) : Object.keys(profile?.scopes ?? {});
    if (stated.length === 0) return outcome('unverified', 'noParams');
    const declared = facts.scopes.declared;
    const evidence = declared.map((d) => d.evidence);
    const unlisted = declared.filter((d) => !stated.some((s) => sameScope(s, d.scope, facts)));
    if (unlisted.length > 0) {
      return outcome('contradicted', 'unlisted', unlisted.map((d) => d.evidence), { scopes: unlisted.map((d) => d.scope).join(', '), where: places(unlisted.map((d) => d.evidence)) });
    }
    const missing = stated.filter((s) => !declared.some((d) => sameScope(s, d.scope, facts)));
    if (missing.length > 0) {
      const anchor = evidence.length > 0 ? evidence : [manifestAnchor(facts)].filter((e) => e !== null);
      return outcome(anchor.length > 0 ? 'contradicted' : 'unverified', 'notDeclared', anchor, { scopes: missing.join(', '), where: anchor.length > 0 ? places(anchor) : 'no manifest' });
    }
    if (typeof params.count === 'number' && params.count !== declared.length) {
      return outcome('contradicted', 'count', evidence, { count: params.count, declared: declared.length, where: places(evidence) });
    }
    const unused = facts.scopes.unused.filter((u) => stated.some((s) => sameScope(s, u.scope, facts)));
    const scopes = declared.map((d) => d.scope).join(', ');
    if (unused.length > 0 && unknownCalls(facts).length === 0) {
      const names = unused.map((u) => u.scope).join(', ');
      if (params.used === true) return outcome('contradicted', 'unusedStated', unused.map((u) => u.evidence), { unused: names, where: places(unused.map((u) => u.evidence)) });
      return outcome('verified', 'verifiedUnused', evidence, { scopes, unused: names });
    }
    return outcome('verified', 'verified', evidence, { scopes });
  },
});
