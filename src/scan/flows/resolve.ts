import webhooks from '../../data/connect-webhooks.json' with { type: 'json' };
import { ROUTED } from '../handlers.ts';
import { boundInAll } from '../connect-page-params.ts';
import { PERSONAL_KINDS, type DataKind } from '../facts.ts';
import { normaliseKinds, type Flow, type Shape } from '../source/flow.ts';
import { CONTEXT_KINDS, fieldKinds, fieldShape } from '../source/forge-shapes.ts';
import { aboutField, isAboutMark } from '../source/metadata-answers.ts';
import { blanksSecret, isUserTextProperty, namesNoSecret } from '../source/names.ts';
import { personOfContent } from '../scopes/asked-fields.ts';
import type { FileFacts, FunctionInfo } from '../source/file-facts.ts';
import { CALLED, FIELD, NOT_REQUEST, NO_ONE, ONLY_PEOPLE, SPREAD, WITHOUT, hasImported, partOf, settle, withBraces } from '../source/string-marks.ts';
import { filledName, isReply, type FlowInputs, type Resolve, type TriggerEventKinds } from './context.ts';
import type { FunctionResults } from './functions.ts';
import type { FlowIndex } from './indexes.ts';
import { storedField, type MessageResults } from './messages.ts';
import type { ParamResults } from './params.ts';

/** Kinds a value is known to be without following anything further, none of them a person's. */
const KNOWN_NO_ONE = new Set<string>(['literal', 'other', 'secret']);

const WEBHOOK_KINDS = webhooks as { whole: DataKind[]; field: DataKind[]; fields: Record<string, DataKind[]> };

/** The resolvers `resolve` hands each kind of flow to; filled in once they are all made, as each calls `resolve` again. */
export type Parts = FunctionResults & MessageResults & ParamResults & { stored(backend: string, key: string, withParams: boolean, columns?: string | null): DataKind[] };

/** Makes the function that turns a file's flows into the kinds of data they stand for, across the app. */
export function flowResolver(inputs: FlowInputs, index: FlowIndex, parts: Parts): Resolve {
  const { graph, handlers, clients, secretRoute, webhookRoute, pageParam, fill, consumers, consumerMethods, events } = inputs;
  /** Whether a flow is the query of a request to a route that takes a Connect webhook (`route:POST /created\u0005query`). */
  const webhookQuery = (flow: string): boolean => {
    const at = flow.indexOf(FIELD);
    return !flow.startsWith('route:?') && at >= 0 && flow.slice(at + 1) === 'query' && webhookRoute(flow.slice(6, at)) !== null;
  };
  /** What the query of each Connect webhook a route file's function takes holds (`file#default` answering `/api/webhooks/worklog`). */
  const hooks = (key: string): Array<readonly DataKind[]> => (index.factoryRoutes.get(key) ?? []).flatMap((route) => {
    const hook = webhookRoute(route);
    return hook ? [hook] : [];
  });
  /**
   * Whether every call of the app passes a parameter a value known without following anything, and none of a person: an
   * environment variable, a constant (`session(process.env.BOT_USER, ...)`). Not when no call is seen.
   */
  const givenNoOne = (key: string): boolean => {
    const sources = index.passed.get(key);
    if (sources === undefined || sources.length === 0) return false;
    for (const s of sources) {
      // A constant argument carries no flow at all (`session('bot', pass)`).
      if (s.fields) return false;
      for (const f of s.flows) if (!KNOWN_NO_ONE.has(f)) return false;
    }
    return true;
  };
  /**
   * What a field of a Connect page's query holds (`route:?GET /panel\u0005board`, `route:?@panel\u0005board` of a function
   * answering GET routes), when the URL of each page the route serves binds it to context parameters; null else.
   */
  const pageField = (file: FileFacts, flow: string): readonly DataKind[] | null => {
    const at = flow.indexOf(FIELD);
    if (!flow.startsWith('route:?') || at < 0) return null;
    const route = flow.slice(6, at);
    const field = flow.slice(at + 1);
    if (!route.startsWith('?@')) return pageParam(route, field);
    return boundInAll(index.pageHandlers.get(`${file.file}#${route.slice(2)}`) ?? [], (r) => pageParam(r, field));
  };
  const resolve: Resolve = (file, flows, withParams = true) => {
    if (!flows.some(needsResolving)) return flows as DataKind[];
    const out = new Set<DataKind>();
    // A field of a Connect page's query its URL fills with context parameters holds the product's IDs, nothing a user sent.
    const pageContext = flows.some((f) => pageField(file, f) !== null)
      && flows.every((f) => !f.startsWith('route:') || pageField(file, f) !== null || (f.startsWith('route:GET') && !f.includes(FIELD)));
    // The request of a resolver function a consumer module calls holds, for its payload and each field of it, what the app
    // pushes to the queue.
    const queued = flows.filter((f) => f.startsWith('invoke:')).flatMap((f) => {
      const [name = '', ...field] = filledName(fill, file, f.slice(7))?.split(FIELD) ?? [];
      return (consumerMethods.get(name) ?? []).filter((q) => index.pushed.has(q)).map((q) => [q, ...field].join(FIELD));
    });
    for (const queue of queued) for (const k of parts.pushedKinds(queue, withParams)) out.add(k);
    // The query of a request a Connect webhook's route takes holds the URL's context parameters, nothing a user sent.
    const hookQuery = flows.some((f) => f.startsWith('route:') && webhookQuery(f)) && flows.every((f) => !f.startsWith('route:') || webhookQuery(f));
    for (const flow of flows) {
      if ((queued.length > 0 || hookQuery || pageContext) && flow === 'resolver-payload') continue;
      // `issue.fields.summary` of what a function returns or its callers pass: none of the people a product's answer holds.
      if (flow.endsWith(NO_ONE)) {
        const kinds = resolve(file, [flow.slice(0, -NO_ONE.length)], withParams);
        const content = kinds.includes('product-content');
        for (const k of kinds) if (!content || !PERSONAL_KINDS.has(k)) out.add(k);
        continue;
      }
      // `issue.fields.assignee` of such a value: the people of a product's answer, none of its content.
      if (flow.endsWith(ONLY_PEOPLE)) {
        const kinds = resolve(file, [flow.slice(0, -ONLY_PEOPLE.length)], withParams);
        const people = kinds.some((k) => PERSONAL_KINDS.has(k));
        // A comment's `author` of an answer that counts none of the people in its content: the person the field holds.
        const person = people || !kinds.includes('product-content') ? undefined : personOfContent(flow.slice(flow.lastIndexOf(FIELD) + 1, -ONLY_PEOPLE.length));
        for (const k of kinds) if (person === undefined ? !people || k !== 'product-content' : k !== 'product-content') out.add(k);
        for (const k of person ?? []) out.add(k);
        continue;
      }
      // A metadata answer's mark: its fields' kinds are in the set beside it, and it is no data itself.
      if (isAboutMark(flow)) {
        out.add('other');
        continue;
      }
      if (flow.startsWith('callarg:')) {
        for (const k of parts.callArg(file, Number(flow.slice(8)), withParams, flows)) out.add(k);
        continue;
      }
      if (isReply(flow)) {
        for (const k of parts.answerOf(file, flow, withParams)) out.add(k);
        continue;
      }
      if (flow.startsWith('handler:')) {
        // `handler:run\u0005query`: a field of what the function is given (see `withField`).
        const at = flow.indexOf(FIELD);
        const named = at < 0 ? flow.slice(8) : flow.slice(8, at);
        const key = `${file.file}#${named.replace(NOT_REQUEST, '')}`;
        // `res` or `next` of a function an HTTP router calls (`app.post('/x', handleX)`): none of the request.
        if (named.includes(NOT_REQUEST) && handlers.has(key + ROUTED)) {
          out.add('other');
          continue;
        }
        const defined = index.definedAs.get(key) ?? [];
        // A consumer's function, or a function a consumer's resolver method is defined with (`resolver.define('event-listener', onEvent)`).
        const queues = [...(consumers.get(key) ?? []), ...defined.flatMap((name) => consumerMethods.get(name) ?? [])].filter((q) => index.pushed.has(q));
        const event = events.get(key);
        const field = at < 0 ? '' : eventField(flow.slice(at));
        if (queues.length > 0) for (const queue of queues) for (const k of parts.pushedKinds(`${queue}${field}`, withParams)) out.add(k);
        // A trigger's event: what that kind of event holds (a lifecycle event the installer's account ID).
        else if (event) for (const k of field === '' ? event.whole : personField(event, flow.slice(at)) ?? heldField(event, flow.slice(at)) ?? event.field) out.add(k);
        // A function handed by name to `resolver.define('save', save)`: its request, as an inline one's (see `forgeRequest`).
        else if (defined.length > 0) for (const k of resolve(file, defined.flatMap((name) => requestPart(name, at < 0 ? null : flow.slice(at + 1))), withParams)) out.add(k);
        // A route file that takes a Connect webhook (`pages/api/webhooks/worklog.ts`): its request is the webhook's.
        else if (hooks(key).length > 0) for (const k of webhookPart(hooks(key).flat(), at < 0 ? null : flow.slice(at + 1))) out.add(k);
        else out.add(handlers.has(key) ? 'resolver-payload' : 'other');
        if ((index.factoryRoutes.get(key) ?? []).some(secretRoute)) out.add('secret');
        continue;
      }
      // The context of a resolver function's request holds the product's data of the module that shows it; a consumer
      // module's call of the function comes with none.
      if (flow.startsWith('extension:')) {
        const name = filledName(fill, file, flow.slice(10));
        if (name === null || !consumerMethods.has(name)) out.add('resolver-payload');
        continue;
      }
      if (flow.startsWith('invoke:')) {
        const name = filledName(fill, file, flow.slice(7));
        for (const k of name === null ? [] : parts.invokeKinds(name, withParams)) out.add(k);
        continue;
      }
      if (flow.startsWith('returned:')) {
        const name = filledName(fill, file, flow.slice(9));
        for (const k of name === null ? [] : parts.returnedKinds(name, withParams)) out.add(k);
        continue;
      }
      // The request to a route: a Connect lifecycle callback's body holds the installation's shared secret, the query of
      // a Connect page (`route:?GET /panel`) the JWT.
      if (flow.startsWith('route:')) {
        const at = flow.indexOf(FIELD);
        const field = at >= 0 ? flow.slice(at + 1) : null;
        const route = flow.slice(6, at >= 0 ? at : undefined);
        // A Connect webhook's body: the issue, page or comment the event is about, and (whole) the user who acted; its query,
        // the context parameters of its URL.
        // `route:?GET /panel\u0005board`: a field of a page's query other than the token, which context parameters may fill.
        if (field !== null && flow.startsWith('route:?')) {
          for (const k of pageField(file, flow) ?? ['other']) out.add(k);
          continue;
        }
        const hook = flow.startsWith('route:?') ? null : webhookRoute(route);
        if (hook) {
          for (const k of webhookPart(hook, field)) out.add(k);
          continue;
        }
        // `const { sharedSecret, ...rest } = req.body`: a callback's body without its shared secret holds none. Of another
        // route's request, a field read by name holds what the whole does.
        if (field !== null && field.startsWith(WITHOUT) && partOf({ sharedSecret: 'sharedSecret' }, field).length === 0) {
          out.add('other');
          continue;
        }
        // `route:?@panel`: the query of the request a function of the file is handed, by the GET routes it answers.
        const page = flow.startsWith('route:?@') ? (index.pageHandlers.get(`${file.file}#${flow.slice(8)}`) ?? []).some(secretRoute) : null;
        if (page ?? secretRoute(route)) out.add('secret');
        else if (flow.startsWith('route:?')) out.add('other');
        continue;
      }
      // `signed:./jwt#signedHeaders().Authorization`: a request whose header that function makes; signed with Connect's JWT, the product answers it.
      if (flow.startsWith('signed:')) {
        if (fill(file.file, flow.slice(7)).startsWith('JWT ')) out.add('product-content');
        continue;
      }
      if (flow.startsWith('client:')) {
        out.add(clients.has(`${file.file}#${flow.slice(7)}`) ? 'product-content' : 'other');
        continue;
      }
      if (flow.startsWith('store:')) {
        const rest = flow.slice(6);
        const at = rest.indexOf(':');
        // `store:sql:notes\u0005title,body`: the columns a `SELECT` reads.
        const field = rest.indexOf(FIELD, at);
        const key = rest.slice(at + 1, field < 0 ? rest.length : field);
        for (const k of parts.stored(rest.slice(0, at), hasImported(key) ? withBraces(settle(fill(file.file, key)) ?? '') : key, withParams, field < 0 ? null : rest.slice(field + 1))) out.add(k);
        continue;
      }
      // `named:account-id@param:session:0`: the kind a key names, unless the callers pass the parameter only values known to be
      // no person's; `named:account-id@handler:#session`, unless the function is given no request.
      if (flow.startsWith('named:')) {
        const at = flow.indexOf('@');
        const inner = flow.slice(at + 1);
        const noOne = !withParams ? false : inner.startsWith('param:') ? givenNoOne(`${file.file}#${inner.slice(6)}`) : resolve(file, [inner], withParams).every((k) => k === 'other');
        if (!noOne) out.add(flow.slice(6, at) as DataKind);
        continue;
      }
      if (flow.startsWith('param:')) {
        if (!withParams) continue;
        // `param:fn:0\u0005payload`: a field of the parameter, which is a field of Forge's request or context when callers pass one.
        const at = flow.indexOf(FIELD);
        const key = `${file.file}#${at < 0 ? flow.slice(6) : flow.slice(6, at)}`;
        const shape = at < 0 ? null : parts.shapeOfParam(key);
        const field = at < 0 ? null : flow.slice(at + 1);
        const kinds = shape ? resolve(file, shapePart(shape, field!), false) : field === null ? parts.paramOf(key) : noSecretIn(parts.paramField(key, field), field);
        // `settings.message`: the text a user sent when the callers pass what a user sent, what the callers put there when each
        // builds the object (`notify({ message: issue.fields.summary })`), else an error's or a response's message.
        const named = field !== null && !shape && isUserTextProperty(field) && !kinds.includes('resolver-payload') && !parts.builtByCallers(key, field);
        for (const k of named ? ['other' as const] : kinds) out.add(k);
        continue;
      }
      if (!flow.startsWith('call:')) {
        out.add(flow as DataKind);
        continue;
      }
      // `call:...\u0005title`: a field of the object the function returns, when it is known what each field carries.
      const at = flow.indexOf(FIELD);
      const to = graph.target(file, at < 0 ? flow.slice(5) : flow.slice(5, at));
      const part = at >= 0 ? flow.slice(at + 1) : null;
      const fields = to && part !== null && to.fn.returnFields ? to.fn.returnFields : null;
      // `api.search(q)`: what a function of the result gives back is known only when the function returns it (see `CALLED`).
      const called = part !== null && part.endsWith(CALLED);
      if (to && fields && part !== null) {
        const names = part.startsWith(WITHOUT) ? partOf(Object.fromEntries(Object.keys(fields).map((k) => [k, k])), part) : Object.hasOwn(fields, part) ? [part] : Object.hasOwn(fields, SPREAD) && !called ? [SPREAD] : [];
        if (names.length === 0 && !part.startsWith(WITHOUT) && !called) for (const k of parts.returnsOf(to.file, to.fn)) out.add(k);
        for (const name of names) for (const k of noSecretIn(parts.fieldOf(to.file, to.fn, name, fields[name]!), part)) out.add(k);
      } else if (to && !called) for (const k of part === null ? parts.returnsOf(to.file, to.fn) : part.startsWith(WITHOUT) ? noSecretIn(parts.returnsOf(to.file, to.fn), part) : noSecretIn(returnedField(to.file, to.fn, part), part)) out.add(k);
      else if (!called) out.add('other');
    }
    return normaliseKinds(out);
  };
  /** `(await getProject(key)).name` of a function that returns a metadata answer: what that field holds (see `aboutField`). */
  const returnedField = (file: FileFacts, fn: FunctionInfo, part: string): DataKind[] => {
    // `(await loadMember(id)).phone` of a function returning `kvs.get(key)`: that field of what the app stores there.
    if (fn.returns.some(isStoredObject)) return parts.fieldOf(file, fn, part, storedField(fn.returns, part));
    if (!fn.returns.some(isAboutMark)) return parts.returnsOf(file, fn);
    return resolve(file, [...aboutField(new Set(fn.returns as Flow[]), part)], false);
  };
  return resolve;
}

/**
 * A field of a value that holds a secret, named for something else (`(await getConfig()).configuredAt` of a function returning
 * `storage.getSecret(CONFIG)`): none of the secret (see `namesNoSecret`).
 */
export function noSecretIn(kinds: DataKind[], field: string): DataKind[] {
  if (!kinds.includes('secret') || !(namesNoSecret(field) || blanksSecret(field))) return kinds;
  return normaliseKinds(new Set<DataKind>([...kinds.filter((k) => k !== 'secret'), 'other']));
}

/** Whether a flow is an object read from the app's storage other than an SQL row, not yet narrowed to a field. */
function isStoredObject(flow: string): boolean {
  return flow.startsWith('store:') && !flow.startsWith('store:sql:') && !flow.includes(FIELD);
}

/** Whether a flow stands for something to be worked out across the app, not a kind of data. */
function needsResolving(f: string): boolean {
  return f.startsWith('call') || isAboutMark(f) || f.startsWith('handler:') || f.startsWith('param:') || f.startsWith('client:') || f.startsWith('store:') || f.startsWith('invoke:') || f.startsWith('returned:') || f.startsWith('route:') || f.startsWith('extension:') || f.startsWith('named:') || f.startsWith('signed:') || isReply(f);
}

/**
 * What a part of the request of resolver function `name` holds (`payload\u0005title`, `context\u0005license`, see
 * `withField`): all of it with the caller's account ID when `part` is null.
 */
function requestPart(name: string, part: string | null): readonly string[] {
  const shape: Shape = `request:${name}`;
  if (part === null) return ['resolver-payload', 'account-id', `invoke:${name}`];
  const at = part.indexOf(FIELD);
  if (at < 0) return shapePart(shape, part);
  const field = part.slice(at + 1);
  const first = part.slice(0, at);
  // `req.issue.author`: a field of a field other than the payload's or the context's is that first field's.
  if (first !== 'context' && first !== 'payload') return shapePart(shape, first);
  return first === 'context' ? shapePart('context', field) : ['resolver-payload', `invoke:${name}${FIELD}${field}`];
}

/** What the person field a handler flow's part ends in holds (`comment` FIELD `author` of a comment event); null for another field. */
function personField(event: TriggerEventKinds, part: string): readonly DataKind[] | null {
  return event.person?.[part.slice(part.lastIndexOf(FIELD) + 1)] ?? null;
}

/** What a field of the event that holds a person within it holds, read whole (`event.comment`): the content and that person; null for another field. */
function heldField(event: TriggerEventKinds, part: string): readonly DataKind[] | null {
  const held = event.holds?.[part.slice(part.lastIndexOf(FIELD) + 1)];
  return held ? [...new Set([...event.field, ...held])] : null;
}

/** The field of a consumer's or a trigger's event a handler flow's part reads: the request's payload is the event's body. */
/** What a part of a Connect webhook's request holds: its query the context parameters of its URL (`query`), its body the event's data. */
function webhookPart(query: readonly DataKind[], field: string | null): readonly DataKind[] {
  return field === 'query' ? query : field === null || field.startsWith(WITHOUT) ? WEBHOOK_KINDS.whole : partOf(WEBHOOK_KINDS.fields, field)[0] ?? WEBHOOK_KINDS.field;
}

function eventField(part: string): string {
  const [first, second] = part.slice(1).split(FIELD);
  if (first === 'payload') return second === undefined ? '' : `${FIELD}${second}`;
  if (first === 'context' && second !== undefined) return '';
  return `${FIELD}${first}`;
}

/**
 * A part of Forge's request or context (see `FIELD`): a field, a field of the request's context (`context\u0005license`),
 * or all but some (the payload without the context).
 */
function shapePart(shape: Shape, part: string): readonly string[] {
  const at = part.indexOf(FIELD);
  const inner = at < 0 ? null : fieldShape(shape, part.slice(0, at));
  if (at >= 0) return inner ? shapePart(inner, part.slice(at + 1)) : fieldKinds(shape, part.slice(0, at));
  if (!part.startsWith(WITHOUT)) return fieldKinds(shape, part);
  const left = part.slice(1).split(',');
  if (shape === 'context') return left.includes('accountId') ? ['resolver-payload'] : CONTEXT_KINDS;
  return left.includes('context') ? fieldKinds(shape, 'payload') : [...fieldKinds(shape, 'payload'), ...CONTEXT_KINDS];
}
