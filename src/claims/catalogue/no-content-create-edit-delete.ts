import type { Facts, RestCall } from '../../scan/facts.ts';
import data from '../../data/content-operations.json' with { type: 'json' };
import { defineClaim, outcome } from '../define.ts';
import { joinWords, places } from '../evidence.ts';
import { denies, opensWithAction, type Frame } from '../frames.ts';
import { exceptsMoreThanOwnStorage, firstLine, NOT, phrase } from '../phrases.ts';
import { findScopes } from '../scope-text.ts';
import { scopeAccess, scopeProduct } from '../scopes.ts';

type Action = 'create' | 'edit' | 'delete' | 'read';
type ContentObject = keyof typeof data.objects;
/** `content`: whatever the app's products hold, pages and issues ("The app is read-only"). */
/** `anything`: "never writes to Jira" denies every change, a worklog, a comment or a property as well as the issue itself. */
/** `parts`: "never modifies Confluence content" names content, not pages: a page's attachments and comments are content too. */
type Params = { object: ContentObject | 'content'; actions: Action[]; anything?: boolean; parts?: boolean };

// "never pushes to your repositories", "does not commit to ...": a change to a repository's source.
// "can never approve, decline or merge a pull request": a pull request's review and merge are edits of it (content-operations.json).
const VERB = String.raw`(?:modifies|pushes|(?:create|edit|update|modify|change|delete|remove|read|export|analy[sz]e|move|write|push|commit|approve|decline|merge)s?)`;
const LIST = String.raw`${VERB}(?:\s*,\s*(?:or\s+|and\s+)?${VERB}|\s+(?:or|and|nor)\s+${VERB})*`;
// A Jira Product Discovery idea is an issue, when the sentence names Product Discovery (`PRODUCT_DISCOVERY`).
const OBJECT = String.raw`(pages?|issues?|ideas?|blog\s*posts?|work\s+items?|(?:pull|merge)\s+requests?|PRs|repositor(?:y|ies)|(?:customer\s+|service\s+)?(?<!\b(?:pull|merge)\s)requests|content)`;
// Only an adverb between the negation and the verbs, and no comma between the verbs and the object:
// "does not request write scopes, and does not store content" is not this claim.
const CLAIM = phrase`${NOT}(?:\s+\w+ly)?(?:\s+(?:able|allowed|permitted)\s+to)?\s+(${LIST})\b[^.;!?,]{0,40}?\b${OBJECT}\b`;

/** "The app only reads issues and never modifies them": the object named before the verbs. */
const THEM = phrase`\b${OBJECT}\b[^.;!?]{0,60}?${NOT}(?:\s+\w+ly)?(?:\s+(?:able|allowed|permitted)\s+to)?\s+(${LIST})\s+(?:them|it)\b`;
/** "The app never writes anything to Jira": no change to its issues (or Confluence's pages). */
const WRITES_TO = phrase`${NOT}(?:\s+\w+ly)?\s+writes?\s+(?:anything\s+|any\s+data\s+)?(?:back\s+)?(?:to|into)\s+(?:your\s+)?(Jira|Confluence)\b(?!\s+(?:pages?|issues?|comments?|spaces?|projects?|tickets?|work\s+items?))`;
/**
 * "It modifies nothing", "The app changes nothing in Jira", "The app does not alter anything in Confluence": no content changed, every change
 * denied when a product is named (as "never writes to Jira"); not "changes nothing about how ...", where nothing is no object.
 */
const CHANGES_NOTHING = phrase`(?:\b(?:modif(?:ies|y)|changes?|alters?|edits?)\s+nothing|${NOT}(?:\s+\w+ly)?\s+(?:modify|change|alter|edit)\s+anything)(?:\s+(?:at\s+all\s+)?in\s+(?:your\s+)?(Jira|Confluence)\b)?(?=\s*(?:at\s+all\s*)?(?:[.;,!]|$))`;
/**
 * "We never write issue content to logs", "... write End-User Data (request content, names) to logs": the content is recorded somewhere
 * else, not edited; the rest of a parenthesis the object stands in is skipped.
 */
const ELSEWHERE = /^(?:[^()]*\))?[^.;!?,]*?\b(?:to|into)\s+(?:(?:the|our|its|any|app|application|external|third[- ]party|log)\s+)*(?:logs?|files?|disks?|databases?|servers?|storage|cache|console)\b/i;

/** "... never writes to Jira without a review", "does not delete issues without asking": with it, the app does; the denial holds no claim. */
/** "Issues are not deleted when you uninstall the app": what uninstalling leaves behind, no promise about the app's calls. */
const ON_UNINSTALL = /\buninstall(?:s|ed|ing|ation)?\b/i;
const WITHOUT = phrase`${NOT}[^.;!?,]{0,60}?\bwithout\b`;

/** The clause that holds a match, between the semicolons around it: "...; it does not send data without your consent" is another clause's condition. */
function clauseAround(line: string, m: RegExpExecArray): string {
  const end = line.indexOf(';', m.index + m[0].length);
  return line.slice(line.lastIndexOf(';', m.index) + 1, end < 0 ? undefined : end);
}

/** The app by its name, opening the sentence: "MergeGuard is read-only", "Page Tree Export is read-only"; not a common noun ("Access is read-only"). */
const APP_NAME = String.raw`^(?!(?:Access|Data|Everything|Storage|Content|This|That|All|Each|Every|Reporting|Sharing)\b)(?-i:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})`;
/**
 * Who changes nothing: the app, opening its clause ("The app only displays your worklogs and modifies nothing", "..., it modifies nothing");
 * not a mode or an act ("Preview mode changes nothing", "Uninstalling the app changes nothing in Jira").
 */
const APP_SUBJECT = new RegExp(String.raw`^\s*(?:(?:the|this|our)\s+(?:app|add-?on|application|integration|plugin|macro)|it|we|(?![A-Z][a-z]+ing\b)${APP_NAME.slice(1)})\b(?:\s+(?:\w+ly|does|do|did|will|would|can|could|is))*(?:\s*$|[^,]*\band\s*$)`, 'i');
const appChangesNothing = (line: string, m: RegExpExecArray): boolean => APP_SUBJECT.test(line.slice(0, m.index).split(/[;:,]/).pop()!);
/** "The settings page modifies nothing in Confluence": the page is who changes nothing, not what is left unchanged. */
const notTheAppChangesNothing = (text: string): boolean => {
  const m = CHANGES_NOTHING.exec(text);
  return m !== null && !appChangesNothing(text, m);
};
/** "The app is read-only", "The add-on is strictly read-only", "The macro is now read-only" (a changelog's): no content of any product is changed; not "... once a sprint is closed", a time or a case. */
const READ_ONLY = phrase`(?:\b(?:app|add-?on|application|integration|plugin|macro|(?:merge\s+)?check|it)|${APP_NAME})\s+is\s+(?:now\s+)?(?:\w+ly\s+)?read[- ]only\b(?!\s*,?\s*(?:access|scopes?|permissions?|for|to|in|on|when|whenever|if|unless|once|after|before|until|till|while|during|by\s+default)\b)`;
/** A page or an issue named in the sentence: the frames then say which content ("The app is read-only and never alters your work items"). */
const NAMES_OBJECT = new RegExp(String.raw`\b${OBJECT}\b`, 'i');
/** Whether the sentence names an object outside its scope names: `write:confluence-content` names no content. */
const namesObject = (line: string): boolean => NAMES_OBJECT.test(findScopes(line).reduceRight((t, m) => t.slice(0, m.index) + t.slice(m.end), line));
/** Bitbucket's objects, as OBJECT words them. */
const BITBUCKET_OBJECT = /^(?:pull|merge|PR|repositor)/i;

/** "The app makes no changes to your Confluence content", "Existing pages are never overwritten"; not a write to logs or storage. */
function fromFrame(f: Frame): Params | null {
  // "Issues are not modified, only labelled": a label is a change too.
  if (f.objects.size !== 1 || f.places.has('logs') || f.places.has('storage') || f.places.has('ours') || f.places.has('third-party') || /,\s*only\b/i.test(f.text)) return null;
  // "...; it is never written anywhere": content kept nowhere, no page written to.
  if (f.places.has('anywhere') && denies(f, 'write') && !denies(f, 'edit', 'create', 'delete')) return null;
  const actions: Action[] = [];
  if (denies(f, 'create')) actions.push('create');
  if (denies(f, 'edit', 'write')) actions.push('edit');
  if (denies(f, 'delete')) actions.push('delete');
  return actions.length > 0 ? { object: [...f.objects][0]!, actions } : null;
}

const ACTIONS: Record<string, Action> = {
  create: 'create', edit: 'edit', update: 'edit', modify: 'edit', change: 'edit', move: 'edit', write: 'edit', push: 'edit', commit: 'edit', approve: 'edit', decline: 'edit', merge: 'edit', delete: 'delete', remove: 'delete', read: 'read',
};
const VERBS: Record<Action, string> = { create: 'creates', edit: 'edits', delete: 'deletes', read: 'reads' };
const PRODUCTS: Record<string, string[]> = { jira: ['jira', 'jsm', 'jira-software', 'unknown'], confluence: ['confluence', 'unknown'], bitbucket: ['bitbucket'] };
const PLURALS: Record<ContentObject, string> = { issue: 'issues', page: 'pages', 'pull-request': 'pull requests', repository: 'repositories' };

/** What "the app is read-only" covers: pages and issues, and a Bitbucket app's pull requests and repositories. */
function contentOf(facts: Facts): ContentObject[] {
  const bitbucket = facts.restCalls.some((c) => c.product === 'bitbucket');
  return (['page', 'issue', 'pull-request', 'repository'] as const).filter((o) => data.objects[o].product !== 'bitbucket' || bitbucket);
}

/** Jira Product Discovery, whose ideas are Jira issues (its REST calls are the Jira platform's issue calls). */
const PRODUCT_DISCOVERY = /\b(?:(?:Jira\s+)?Product\s+Discovery|JPD)\b/i;

function objectOf(word: string, sentence: string): ContentObject {
  // A Bitbucket pull request or repository ("never modifies pull requests", "PRs").
  if (BITBUCKET_OBJECT.test(word)) return /^repositor/i.test(word) ? 'repository' : 'pull-request';
  // A Jira Service Management request is an issue.
  if (/^(?:issue|work|customer|service|request|idea)/i.test(word)) return 'issue';
  if (/^content$/i.test(word) && /\bJira\b/i.test(sentence) && !/\bConfluence\b/i.test(sentence)) return 'issue';
  return 'page';
}

const PATHS = new Map(Object.entries(data.objects).flatMap(([object, spec]) =>
  (['create', 'edit', 'delete', 'read'] as const).map((action) => [`${object} ${action}`, spec[action].paths.map((p) => new RegExp(p))] as const)));

/** The attachments and comments of pages and issues, by action (`parts` in the data file). */
const PARTS = new Map(Object.entries(data.objects).flatMap(([object, spec]) =>
  'parts' in spec ? (['create', 'edit', 'delete'] as const).map((action) => [`${object} ${action}`, spec.parts[action]] as const) : []));

const EVENTS = new Map(Object.entries(data.objects).map(([object, spec]) => [object, spec.read.events.map((e) => new RegExp(e))]));

/** The product-event triggers and webhooks whose payload is the object: the app reads it without a REST call. */
function readingEvents(facts: Facts, object: ContentObject) {
  const patterns = EVENTS.get(object)!;
  return facts.triggers.filter((t) => (t.kind === 'product-event' || t.kind === 'connect-webhook') && t.events.some((e) => patterns.some((re) => re.test(e))));
}

/** Remotes that get a token to call the product's APIs with the scopes the app declares for these actions: calls Candor cannot see. */
function tokenRemotes(facts: Facts, object: ContentObject, actions: Action[]) {
  const product = data.objects[object].product;
  const needed = new Set<string>(actions.map((a) => (a === 'read' ? 'read' : 'write')));
  const granted = facts.scopes.declared.some((d) => scopeProduct(d.scope, facts) === product && needed.has(scopeAccess(d.scope, facts)));
  return granted ? facts.egress.remotes.filter((r) => (r.tokens?.length ?? 0) > 0) : [];
}

/** Whether a REST call does `action` on the object (or, with `parts`, on its attachments and comments), by operation id or else by method and path. */
function does(call: RestCall, object: ContentObject, action: Action, parts = false): boolean {
  const spec = data.objects[object];
  if (!PRODUCTS[spec.product]!.includes(call.product)) return false;
  if (call.scopes && (spec[action].operations as readonly string[]).includes(call.scopes.operation)) return true;
  const key = `${call.method} ${(call.path ?? '').replace(/[?#].*$/, '')}`;
  if (PATHS.get(`${object} ${action}`)!.some((re) => re.test(key))) return true;
  if (!parts || action === 'read') return false;
  // Adding an attachment to a page or deleting a comment of it modifies the content: an edit is any change of a part.
  const changes = action === 'edit' ? (['create', 'edit', 'delete'] as const) : [action];
  return changes.some((a) => {
    const part = PARTS.get(`${object} ${a}`);
    return part !== undefined && ((call.scopes != null && part.operations.includes(call.scopes.operation)) || part.paths.some((p) => new RegExp(p).test(key)));
  });
}

export default defineClaim<Params>({
  id: 'no-content-create-edit-delete',
  title: 'Does not create, edit or delete content',
  description:
    'The app makes no REST call that creates, edits (updates, moves, transitions) or deletes the content the statement names \u2014 Confluence pages and blog posts, Jira issues, a Bitbucket app\'s pull requests or repositories ("The merge check never modifies pull requests"), or all of them when it names none ("The app is read-only", "MergeGuard is read-only", also with an exception for the app\'s own storage: "except for app storage"; of an app that calls Bitbucket, its pull requests with their comments, tasks and approvals, and the source, branches and tags of its repositories too) \u2014 and, when the statement says so, none that reads it; subscribing to Jira issue events (Forge product events, Connect webhooks) reads issues too. A call whose path or method Candor cannot resolve (`method: payload.method`, chosen at run time), or a Forge remote that gets a token to call the product APIs with scopes that allow the actions, leaves the claim unverified. Comments, labels and properties are not the content itself, though a sentence that says content ("never modifies Confluence content") covers the attachments and comments of pages and issues too; and "The app never writes to Jira" denies every change: a call that needs a write scope of the product (a worklog, a comment) contradicts it. Operations and events are listed in src/data/content-operations.json.',
  decidedBy: 'code',
  phrasings: [CLAIM, THEM, WRITES_TO, READ_ONLY, CHANGES_NOTHING],
  // "The app is read-only (except for app storage)": the app's own storage holds no product content; any other exception makes no claim.
  readsExceptions: true,
  params: (sentence) => {
    const line = firstLine(sentence);
    if (opensWithAction(line) || exceptsMoreThanOwnStorage(line)) return null;
    const product = WRITES_TO.exec(line);
    const m = product ? null : CLAIM.exec(line);
    const them = product || m ? null : THEM.exec(line);
    const hit = product ?? m ?? them ?? READ_ONLY.exec(line);
    if (hit && (WITHOUT.test(clauseAround(line, hit)) || ON_UNINSTALL.test(clauseAround(line, hit)))) return null;
    if (product) return { object: /^jira$/i.test(product[1]!) ? 'issue' : 'page', actions: ['create', 'edit', 'delete'], anything: true };
    const nothing = hit ? null : CHANGES_NOTHING.exec(line);
    if (nothing) {
      if (WITHOUT.test(clauseAround(line, nothing)) || !appChangesNothing(line, nothing)) return null;
      return nothing[1] ? { object: /^jira$/i.test(nothing[1]) ? 'issue' : 'page', actions: ['create', 'edit', 'delete'], anything: true } : { object: 'content', actions: ['create', 'edit', 'delete'] };
    }
    if (m && ELSEWHERE.test(line.slice(m.index + m[0].length))) return null;
    const verbs = m?.[1] ?? them?.[2];
    const word = m?.[2] ?? them?.[1];
    // "MergeGuard is read-only: it never writes to your repositories or pull requests": Bitbucket's objects are part of the content read-only covers.
    if (READ_ONLY.test(line) && (((verbs === undefined || word === undefined) && !namesObject(line)) || (word !== undefined && BITBUCKET_OBJECT.test(word)))) return { object: 'content', actions: ['create', 'edit', 'delete'] };
    if (verbs === undefined || word === undefined || (/^idea/i.test(word) && !PRODUCT_DISCOVERY.test(line))) return null;
    const actions = [...new Set([...verbs.toLowerCase().matchAll(/[a-z]+/g)].map((w) => ACTIONS[w[0].replace(/ies$/, 'y').replace(/(sh|ch)es$/, '$1').replace(/s$/, '')] as Action | undefined).filter((a) => a !== undefined))];
    if (!actions.some((a) => a !== 'read')) return null;
    return { object: objectOf(word, line), actions, ...(/^content$/i.test(word) ? { parts: true } : {}) };
  },
  frames: (f, sentence) => (exceptsMoreThanOwnStorage(firstLine(sentence)) || WITHOUT.test(f.text) || ON_UNINSTALL.test(f.text) || notTheAppChangesNothing(f.text) ? null : fromFrame(f)),
  examples: [
    'The current version does not automatically create, edit, delete, read, export, or analyze customer Confluence pages.',
    'write:jira-work \u2014 post ADF comments to Jira issues for handoff audit trails only; the app does not create, edit, or delete issues',
  ],
  messages: {
    verified: 'No REST call {{actions}} {{objects}}.',
    contradicted: 'The app {{does}} {{objects}}: {{where}}.',
    parts: 'The app adds, changes or deletes attachments or comments of {{objects}}, which are content too: {{where}}.',
    unresolved: 'No call {{actions}} {{objects}} found, but Candor could not resolve the path or the method of {{where}}.',
    events: 'The app receives {{objects}} in the product events it subscribes to: {{where}}.',
    remote: 'No call {{actions}} {{objects}} found, but the Forge remote {{remote}} gets a token to call the product APIs ({{where}}), and Candor cannot see its calls.',
    noParams: 'The claim names no content to check.',
    writes: 'The app writes to {{product}}: {{where}}.',
    uncharted: 'The app sends {{product}} requests that may change something ({{where}}); Candor knows which operations change pages and issues only.',
  },
  verify(params, { facts }) {
    const objects: ContentObject[] = params.object === 'content' ? contentOf(facts) : Object.hasOwn(data.objects, params.object) ? [params.object] : [];
    const actions = Array.isArray(params.actions) ? params.actions.filter((a) => Object.hasOwn(VERBS, a)) : [];
    if (objects.length === 0 || actions.length === 0) return outcome('unverified', 'noParams');
    const named = (of: readonly ContentObject[]): string => joinWords(of.map((o) => PLURALS[o]), 'or');
    const found = facts.restCalls.filter((call) => objects.some((o) => actions.some((a) => does(call, o, a))));
    if (found.length > 0) {
      const done = actions.filter((a) => found.some((c) => objects.some((o) => does(c, o, a)))).map((a) => VERBS[a]);
      const touched = objects.filter((o) => found.some((c) => actions.some((a) => does(c, o, a))));
      return outcome('contradicted', 'contradicted', found.map((c) => c.evidence), { does: joinWords(done, 'and'), objects: named(touched).replace(/ or /, ' and '), where: places(found.map((c) => c.evidence)) });
    }
    // "The app never modifies Confluence content": an attachment added to a page changes its content.
    const parts = params.parts === true ? facts.restCalls.filter((call) => objects.some((o) => actions.some((a) => does(call, o, a, true)))) : [];
    if (parts.length > 0) return outcome('contradicted', 'parts', parts.map((c) => c.evidence), { objects: named(objects), where: places(parts.map((c) => c.evidence)) });
    // "The app never writes to Jira": a call that needs a write scope of the product changes something in it.
    const changes = params.anything === true ? facts.restCalls.filter((c) => objects.some((o) => PRODUCTS[data.objects[o].product]!.includes(c.product)) && (c.scopes?.classic ?? []).some((sc) => scopeAccess(sc, facts) === 'write')) : [];
    if (changes.length > 0) return outcome('contradicted', 'writes', changes.map((c) => c.evidence), { product: named(objects) === 'issues' ? 'Jira' : 'Confluence', where: places(changes.map((c) => c.evidence)) });
    const events = actions.includes('read') ? objects.flatMap((o) => readingEvents(facts, o)) : [];
    if (events.length > 0) return outcome('contradicted', 'events', events.map((t) => t.evidence), { objects: named(objects), where: places(events.map((t) => t.evidence)) });
    const products = objects.flatMap((o) => PRODUCTS[data.objects[o].product]!);
    // "The app is read-only" of an app that sends Bitbucket (or another product's) requests the data file does not list: what they change, it does not say.
    const charted = [...PRODUCTS.jira!, ...PRODUCTS.confluence!];
    const uncharted = params.object === 'content' ? facts.restCalls.filter((c) => c.method !== 'GET' && !charted.includes(c.product)) : [];
    if (uncharted.length > 0) return outcome('unverified', 'uncharted', uncharted.map((c) => c.evidence), { product: [...new Set(uncharted.map((c) => c.product))].join(', '), where: places(uncharted.map((c) => c.evidence)) });
    // A call whose method is chosen at run time (`method: payload.method`) may write to any path, resolved or not.
    const open = facts.restCalls.filter((c) => c.openMethod && products.includes(c.product));
    const unresolved = [...facts.unresolvedRestCalls.filter((c) => products.includes(c.product) && (c.method !== 'GET' || c.openMethod || actions.includes('read'))), ...open];
    const words = { actions: joinWords(actions.map((a) => VERBS[a]), 'or'), objects: named(objects) };
    if (unresolved.length > 0) return outcome('unverified', 'unresolved', unresolved.map((c) => c.evidence), { ...words, where: places(unresolved.map((c) => c.evidence)) });
    const remotes = [...new Set(objects.flatMap((o) => tokenRemotes(facts, o, actions)))];
    if (remotes.length > 0) return outcome('unverified', 'remote', remotes.map((r) => r.evidence), { ...words, remote: remotes.map((r) => r.key).join(', '), where: places(remotes.map((r) => r.evidence)) });
    return outcome('verified', 'verified', [], words);
  },
});
