import { isFunction, propertyName, unwrap, type Node } from './ast.ts';
import { aceClient, aceRequest, clientOf, givesAceClient, settingsOp } from './ace-client.ts';
import { isModelCall, isReply } from './answers.ts';
import { appFunction } from './app-functions.ts';
import { ofAnswerField, sdkVendor } from './detectors/sdk-calls.ts';
import { importedAuthorization, sendsConnectJwt } from './auth-header.ts';
import { evalStr } from './evaluate.ts';
import { addAll, type Flow } from './flow.ts';
import { CONTEXT_CALLS, CONTEXT_KINDS, decodesConnectJwt, givesConfig, givesContext, givesFormValues, invokedFunction } from './forge-shapes.ts';
import { isHttpRequest } from './http-clients.ts';
import { followRef, withCall, type Ref } from './ref.ts';
import type { Scope } from './scope.ts';
import { selectedColumns, sqlTable } from './sql-text.ts';
import { keyPrefix, withPrefix } from './kvs-query.ts';
import { CALLED, FIELD, WITHOUT, settle, storeKey, takesField, withBraces, withSpaces } from './string-marks.ts';
import { signingKey, tokenVerifier } from './token-verifiers.ts';
import { productPath } from '../product-requests.ts';
import { kvCall } from './detectors/kv-clients.ts';
import { kindOfName } from './names.ts';
import { literalFields } from './kinds.ts';
import secretStores from '../../data/secret-stores.json' with { type: 'json' };
import { productAnswer } from './people-answers.ts';
import { ITEM_RESULTS, itemResult } from './callback-results.ts';
import { propertyHook } from './property-hooks.ts';
import { startsAtProductBase } from './product-base.ts';
import { isTokenEndpoint } from './token-answers.ts';

const TRANSFORMS = new Set(['json', 'text', 'blob', 'arrayBuffer', 'map', 'filter', 'find', 'slice', 'flat', 'flatMap', 'reduce', 'concat', 'trim', 'toString', 'toLowerCase', 'toUpperCase', 'substring', 'substr', 'match', 'matchAll', 'trimStart', 'trimEnd', 'padStart', 'padEnd', 'split', 'join', 'replace', 'replaceAll', 'values', 'entries', 'at', 'pop', 'shift', 'get', 'getAll', 'then', 'catch', 'finally', 'sort', 'reverse', 'toSorted', 'toReversed']);
/** Transformations whose arguments from this one on are put into the result (`tpl.replace('{{name}}', name)`, `a.concat(b)`). */
const PUT_IN = new Map([['replace', 1], ['replaceAll', 1], ['concat', 0]]);
/** Array methods whose result is what their callback returns last, from the value given after it. */
const FOLDS = new Set(['reduce', 'reduceRight']);
const SECRET_STORES = secretStores.packages as Record<string, { calls: string[]; commands?: string[] }>;

/** A call of a secrets manager's client that returns a secret (`src/data/secret-stores.json`). */
function readsSecretStore(scope: Scope, module: string, ref: Ref, call: Node): boolean {
  const store = Object.hasOwn(SECRET_STORES, module) ? SECRET_STORES[module]! : null;
  if (!store) return false;
  if (ref.steps.some((s) => store.calls.includes(s.name))) return true;
  const command = call.arguments[0] ? unwrap(call.arguments[0]) : null;
  if (!store.commands || command?.type !== 'NewExpression') return false;
  const built = followRef(scope, command.callee);
  return built.root === 'import' && built.module === module && store.commands.includes(built.steps[built.steps.length - 1]?.name ?? built.imported ?? '');
}

/** A method of the Compass client of `@atlassian/forge-graphql` (`graphqlGateway.compass.asUser().searchComponents`). */
function isCompassCall(ref: Ref): boolean {
  const at = ref.steps.length - 2;
  const principal = ref.steps[at];
  return at >= 1 && ref.steps[at - 1]!.name === 'compass' && principal!.call !== null && (principal!.name === 'asApp' || principal!.name === 'asUser');
}

/** How a request's header is read: Express's `req.get`/`req.header`, the Fetch API's `headers.get`, Hono's `c.req.header`. */
const HEADER_READS = new Set(['get', 'header', 'getHeader']);
/** What the result of these calls holds, whatever they are called on. */
const STORAGE_READS = new Set(['get', 'getMany', 'getOne']);
const STORAGE_WRITES = new Set(['set', 'setSecret', 'delete', 'deleteSecret']);
const RESULT_KINDS = new Map<string, Flow>([
  ...['requestJira', 'requestConfluence', 'requestBitbucket', 'requestGraph', 'requestJiraServiceManagement'].map((m) => [m, 'product-content'] as const),
  ['getSecret', 'secret'],
]);

/** What a call's result holds: a product's response, a read of storage, an answer, what an app function returns, or what the call was given. */
export function callKinds(scope: Scope, node: Node, depth: number): Set<Flow> {
  const out = new Set<Flow>();
  const callee = unwrap(node.callee);
  const ref = followRef(scope, callee);
  const last = ref.steps[ref.steps.length - 1]?.name ?? ref.name ?? '';
  const known = RESULT_KINDS.get(last) ?? (ref.name === 'AP' && last === 'request' ? 'product-content' : undefined);
  if (known) {
    // `/rest/api/3/user?accountId=...`, `/myself`, a request's participants: an answer about people.
    if (known === 'product-content') addAll(out, productAnswer(scope, node, ref.name === 'AP' ? null : last));
    else out.add(known);
    return out;
  }
  if (CONTEXT_CALLS.has(last) && givesContext(ref)) {
    addAll(out, CONTEXT_KINDS);
    return out;
  }
  if ((last === 'useConfig' && givesConfig(ref)) || givesFormValues(ref)) {
    out.add('resolver-payload');
    return out;
  }
  // `await invoke('getNotes')`: what the resolver function of that name returns.
  const invoked = last === 'invoke' || last === 'makeInvoke' ? invokedFunction(scope, ref, node) : null;
  if (invoked !== null) {
    out.add(`returned:${invoked}`);
    return out;
  }
  const stored = storedRead(scope, ref, node);
  if (stored) {
    for (const flow of stored) out.add(flow);
    return out;
  }
  // `const result = await kvs.setSecret(key, token)`: a write to Forge storage answers with none of what it keeps.
  if (isForgeStorage(ref) && STORAGE_WRITES.has(last)) {
    out.add('other');
    return out;
  }
  // ACE's product client is no data of what it is made from (`addon.httpClient(req)`); `await httpClient.get(...)`
  // resolves to the product's response.
  if (givesAceClient(last) && aceClient(scope, node, withCall(ref, node))?.client === 'ace') {
    out.add('other');
    return out;
  }
  const ace = aceRequest(scope, node, ref);
  if (ace) {
    // Through a parameter: the response when callers pass ACE's client (its `body` the answer, as a callback's third parameter
    // is: see `productAnswer`), else what the parameter holds, as for `map.get(key)`.
    if (ace.client === 'ace') addAll(out, productAnswer(scope, node, null, undefined, ace.method));
    else addAll(out.add(`client:${ace.client}`), scope.kinds(clientOf(node), depth + 1));
    return out;
  }
  // A response holds what the server sent back, not the request's URL, headers or body: an AI service's answer
  // holds the content it was sent, which the scan tells once the request's host is known.
  if (isHttpRequest(ref)) {
    // A server's request to the product's REST API with a client of its own (`fetch(\`${baseUrl}/wiki/api/v2/pages/${id}\`)`):
    // what the product sends back.
    const url = node.arguments[0] ? evalStr(scope, node.arguments[0]) : null;
    const path = url === null ? null : productPath(withBraces(url));
    if (path === null) out.add(signsAsConnect(scope, node) ? 'product-content' : reply(scope, node));
    else addAll(out, productAnswer(scope, node, null, path));
    // `request(\`${tenant.baseUrl}${path}\`, { headers: signedHeaders(tenant, 'GET', path) })`: the product's answer once the
    // function of another module that makes the header is known to sign with Connect's JWT.
    const signer = path === null && !out.has('product-content') ? importedSigner(scope, node) : null;
    if (signer !== null) out.add(`signed:${signer}`);
    // `fetch('https://github.com/login/oauth/access_token', ...)`: an OAuth token endpoint answers with an access token.
    if (path === null && isTokenEndpoint(url)) out.add('secret');
    return out;
  }
  // `await client.send(new GetSecretValueCommand({ SecretId }))`, `vault.read('secret/data/db')`: a secret a secrets manager keeps.
  if (ref.root === 'import' && ref.module !== null && readsSecretStore(scope, ref.module, ref, node)) {
    out.add('secret');
    return out;
  }
  // `graphqlGateway.compass.asApp().getComponent(...)` of `@atlassian/forge-graphql`: what Compass answers.
  if (ref.root === 'import' && ref.module === '@atlassian/forge-graphql' && isCompassCall(ref)) {
    out.add('product-content');
    return out;
  }
  if (ref.root === 'import' && ref.module !== null && !scope.isAppModule(ref.module)) {
    if (isModelCall(ref.module, last)) {
      const given = new Set<Flow>();
      for (const arg of node.arguments as Node[]) if (!isFunction(arg)) addAll(given, scope.kinds(arg, depth + 1));
      out.add(reply(scope, node, [...given]));
      return out;
    }
    // `openai.chat.completions.create(...)`, `model.generateContent(prompt)`: what the AI SDK call sent, as its answer; a method
    // of a field of the answer (`result.response.text()`) reads it.
    if (sdkVendor(ref.module)?.category === 'ai' && !ofAnswerField(ref.steps)) {
      out.add(reply(scope, node));
      return out;
    }
  }
  // A verified token or webhook event holds its claims: what the token or payload given first carries, never the key;
  // a vendor's webhook event (Stripe's) is the vendor's data, whatever route it came in on.
  const verifier = tokenVerifier(ref, (module) => scope.isAppModule(module));
  if (verifier) {
    const first = verifier.vendorEvent ? undefined : node.arguments[0] as Node | undefined;
    for (const k of first ? scope.kinds(first, depth + 1) : []) if (k !== 'secret' && k !== 'literal') out.add(k);
    // A Connect JWT's claims name the user (`sub`).
    if (decodesConnectJwt(ref)) out.add('account-id');
    if (out.size === 0) out.add('other');
    return out;
  }
  // A signed token holds its claims, readable, and a signature: never the key it is signed with.
  const key = signingKey(ref);
  if (key !== null) {
    const given = [...ref.steps.flatMap((s) => (s.call && s.call !== node ? s.call.arguments as Node[] : [])), ...(node.arguments as Node[]).filter((_, i) => i !== key)];
    for (const arg of given) if (!isFunction(arg)) addAll(out, scope.kinds(arg, depth + 1));
    out.delete('literal');
    if (out.size === 0) out.add('other');
    return out;
  }
  // The app's own functions return what their return statements carry: resolved after all files are read.
  const own = appFunction(scope, callee);
  if (own) {
    out.add(`call:${own}`);
    const marks = argMarks(scope, node, own, depth);
    for (const mark of marks) out.add(mark);
    // `openai.chat.completions.create(...)` of an object another module exports: an AI vendor's client, when the scan tells it is one.
    if (marks.length > 0 && exportedObjectCall(scope, ref)) out.add(reply(scope, node));
    return out;
  }
  // `Boolean(secret)`: whether there is a value, none of it (as `!!secret`).
  if (callee.type === 'Identifier' && callee.name === 'Boolean' && !scope.lookup('Boolean')) {
    out.add('other');
    return out;
  }
  const method = callee.type === 'MemberExpression' ? propertyName(callee.property, callee.computed) : null;
  // `req.get('x-forwarded-for')`, `request.headers.get('x-real-ip')`, `requestIp.getClientIp(req)` of a package: the client's address.
  if ((method !== null && HEADER_READS.has(method) && ipHeader(node.arguments[0]))
    || (ref.root === 'import' && ref.module !== null && !scope.isAppModule(ref.module) && kindOfName(last) === 'ip-address')) {
    out.add('ip-address');
    return out;
  }
  // `Object.keys(data)`: the names of a response's fields, none of its answer; nor of what a handler is handed whole
  // (`Object.keys(event)`: `issue`, `changelog`, `atlassianId`); nor a secret, which is a value (`Object.keys(headers)`: `Authorization`).
  if (method === 'keys' && isStaticHelper(callee.object)) {
    for (const arg of node.arguments as Node[]) for (const k of scope.kinds(arg, depth + 1)) if (!isReply(k) && !wholeHandlerParam(k) && k !== 'secret') out.add(k);
    if (out.size === 0) out.add('other');
    return out;
  }
  // Response bodies and transformations keep the data of what they were called on.
  if (method && TRANSFORMS.has(method) && !isStaticHelper(callee.object)) {
    // `records.map((r) => (r.id === id ? payload : r))`: what the callback returns is in the result too; the result of
    // `issues.map((i) => i.key)` is made of what the callback returns alone.
    let mapped = false;
    for (const arg of node.arguments as Node[]) {
      const folded = FOLDS.has(method) ? scope.callbackResults.get(arg) : undefined;
      const result = folded ?? scope.callbackResults.get(arg) ?? itemResult(scope, method, callee.object, arg);
      if (result) addAll(out, result);
      // `kvs.get(key).then((r) => r.token)`: what the callback returns, not what the promise held.
      if (result && (ITEM_RESULTS.has(method) || (method === 'then' && arg === node.arguments[0]))) mapped = true;
      // `issues.reduce((sum, i) => sum + i.points, 0)`: what the callback made of the items, from the value it starts with.
      if (folded) {
        mapped = true;
        const start = node.arguments[1] as Node | undefined;
        if (start && !isFunction(unwrap(start))) addAll(out, scope.kinds(start, depth + 1));
        break;
      }
    }
    if (!mapped) addAll(out, scope.kinds(callee.object, depth + 1));
    const from = PUT_IN.get(method);
    if (from !== undefined) {
      for (const arg of (node.arguments as Node[]).slice(from)) if (!isFunction(unwrap(arg))) addAll(out, scope.kinds(arg, depth + 1));
      if (out.size > 1) out.delete('literal');
    }
  }
  else {
    // Any other function keeps the data it is given (`JSON.stringify(x)`, `convert(page)`, `format(user)`), and what a
    // function it is given returns when the walk records it (`useState(async () => getPage(id))`).
    for (const arg of node.arguments as Node[]) {
      if (arg.type !== 'ArrowFunctionExpression' && arg.type !== 'FunctionExpression') addAll(out, scope.kinds(arg, depth + 1));
      else addAll(out, scope.callbackResults.get(arg) ?? []);
    }
    out.delete('literal');
    for (const flow of calledField(scope, callee, depth)) out.add(flow);
  }
  // A client of an AI vendor another module exports (`openai.chat.completions.create(...)` with `import { openai } from './lib/openai'`)
  // answers with what it is sent; the scan tells whether it is one.
  if (exportedObjectCall(scope, ref) && [...out].some((k) => k !== 'other' && k !== 'opaque')) out.add(reply(scope, node));
  if (out.size === 0) out.add('other');
  return out;
}

/** A call two names or more into an object another module of the app exports (`openai.chat.completions.create`, `git.repo.branches`). */
function exportedObjectCall(scope: Scope, ref: Ref): boolean {
  return ref.root === 'import' && ref.module !== null && ref.steps.length >= 2 && scope.isAppModule(ref.module);
}

/** A header named with a constant that holds a client's address (`'x-forwarded-for'`, `'X-Real-IP'`). */
function ipHeader(arg: Node | undefined): boolean {
  const node = arg ? unwrap(arg) : null;
  return node?.type === 'Literal' && typeof node.value === 'string' && kindOfName(node.value) === 'ip-address';
}

/**
 * A request with Connect's JWT (`headers: { Authorization: \`JWT ${token}\` }`) to the site that installed the app (`installation.baseUrl`),
 * whatever path its callers give; a service of the vendor's that the JWT is passed on to answers with its own.
 */
function signsAsConnect(scope: Scope, call: Node): boolean {
  const args = call.arguments as Node[];
  return args.length > 1 && startsAtProductBase(scope, args[0]!, true) && sendsConnectJwt(scope, args);
}

/** A request to the site that installed the app whose `Authorization` header another module's function makes: where the scan reads that header. */
function importedSigner(scope: Scope, call: Node): string | null {
  const args = call.arguments as Node[];
  return args.length > 1 && startsAtProductBase(scope, args[0]!, true) ? importedAuthorization(scope, args) : null;
}

/** The response to a request (`reply:<n>`), once per call; `local` is what a model the app runs was given. */
function reply(scope: Scope, node: Node, local?: Flow[]): Flow {
  let id = scope.replyIds.get(node);
  if (id === undefined) {
    id = String(scope.replies.length);
    scope.replies.push(local ? { node, local } : { node });
    scope.replyIds.set(node, id);
  }
  return `reply:${id}`;
}

/**
 * A read of Forge storage (`kvs.get(key)`, `storage.query().getMany()`, `kvs.entity('x').get(id)`) or of ACE's settings
 * store (`addon.settings.get(key, clientKey)`): `store:<backend>:<key>`, the key empty for any.
 */
function storedRead(scope: Scope, ref: Ref, node: Node): Flow[] | null {
  // `const [votes] = useContentProperty('votes', [])`: what the app writes to the property.
  const hook = propertyHook(ref);
  if (hook) return [`store:${hook.backend}:${storeKey(evalStr(scope, node.arguments[0]))}`];
  if (settingsOp(node.callee, ref) === 'read') return [`store:external-db:${storeKey(evalStr(scope, node.arguments[0]))}`];
  if (ref.root === 'import' && ref.module === '@forge/sql') {
    const read = sqlRead(scope, ref, node);
    return read ? [read] : null;
  }
  const kv = kvCall(scope, ref, node, false);
  if (kv?.op === 'read') return [`store:external-db:${storeKey(kv.key !== undefined ? kv.key : evalStr(scope, node.arguments[0]))}`];
  if (!isForgeStorage(ref)) return null;
  const names = ref.steps.map((s) => s.name);
  if (!STORAGE_READS.has(names[names.length - 1] ?? '')) return null;
  const entityAt = names.indexOf('entity');
  if (entityAt >= 0) return [`store:custom-entity:${storeKey(evalStr(scope, ref.steps[entityAt]!.call?.arguments[0]))}`];
  if (names.includes('query')) {
    const prefix = keyPrefix(ref.steps);
    const begins = prefix ? withPrefix(evalStr(scope, prefix)) : null;
    return [`store:kvs:${begins === null ? '' : storeKey(begins)}`];
  }
  // `for (const key of ['a', 'b']) await kvs.get(key)`: what is kept under each key it may take.
  const keys = scope.strAlternatives(node.arguments[0]);
  return keys.length > 1 ? keys.map((key) => `store:kvs:${storeKey(key)}` as Flow) : [`store:kvs:${storeKey(evalStr(scope, node.arguments[0]))}`];
}

/** A call of Forge's key-value storage: `kvs....` of `@forge/kvs`, `storage....` of `@forge/api`. */
function isForgeStorage(ref: Ref): boolean {
  return ref.root === 'import' && (ref.module === '@forge/kvs' || (ref.module === '@forge/api' && (ref.imported === 'storage' || ref.steps[0]?.name === 'storage')));
}

/** The rows of a Forge SQL `SELECT` (`sql.prepare(q).bindParams(v).execute()`, `sql.executeRaw(q)`): what the app writes to its table. */
function sqlRead(scope: Scope, ref: Ref, node: Node): Flow | null {
  const names = ref.steps.map((s) => s.name);
  const last = names[names.length - 1];
  const query = last === 'executeRaw' ? node.arguments[0] : last === 'execute' ? ref.steps[names.indexOf('prepare')]?.call?.arguments[0] : undefined;
  if (!query) return null;
  const text = settle(evalStr(scope, query));
  if (text === null || !/^\s*(SELECT|WITH)\b/i.test(withSpaces(text))) return null;
  // `SELECT title FROM notes`: what the app writes to those columns (see `FIELD`).
  const columns = selectedColumns(withSpaces(text));
  return `store:sql:${sqlTable(text) ?? ''}${columns ? `${FIELD}${columns.join(',')}` : ''}`;
}

function argMarks(scope: Scope, node: Node, callee: string, depth: number): Flow[] {
  let marks = scope.callArgMarks.get(node);
  if (!marks) {
    marks = [];
    (node.arguments as Node[]).forEach((arg, index) => {
      if (isFunction(arg)) return;
      const flows = scope.kinds(arg.type === 'SpreadElement' ? arg.argument : arg, depth + 1);
      flows.delete('literal');
      if (flows.size === 0) return;
      marks!.push(`callarg:${scope.callArgs.length}`);
      const shape = arg.type === 'Identifier' || arg.type === 'MemberExpression' ? scope.shapeOf(arg) : null;
      // `putCsv({ bucket, key, body: csv })`: what each property carries, for a result that holds some of them only.
      const fields = unwrap(arg).type === 'ObjectExpression' ? literalFields(scope, arg, true) : null;
      scope.callArgs.push({ callee, index, flows: [...flows], ...(shape ? { shape } : {}), ...(fields ? { fields } : {}) });
    });
    scope.callArgMarks.set(node, marks);
  }
  return marks;
}

/** `Object.values(x)`, `Array.from(x)`: the data is in the argument, not in what the method is called on. */
function isStaticHelper(object: Node): boolean {
  const node = unwrap(object);
  return node.type === 'Identifier' && (node.name === 'Object' || node.name === 'Array' || node.name === 'Promise');
}

/**
 * A function of the object one of the app's functions returns, called: `api.search(q)` with `const api = makeApi()`, `search(q)`
 * with `const { search } = useJira()`. What it gives back is that function's result, when the object is a literal of functions
 * the app's function declares (see `CALLED`).
 */
function calledField(scope: Scope, callee: Node, depth: number): Flow[] {
  if (callee.type === 'MemberExpression') {
    const name = propertyName(callee.property, callee.computed);
    if (name === null) return [];
    const of = scope.kinds(callee.object, depth + 1);
    return [...of].filter((k) => k.startsWith('call:') && takesField(k)).map((k) => `${k}${FIELD}${name}${CALLED}` as Flow);
  }
  if (callee.type !== 'Identifier') return [];
  const b = scope.lookup(callee.name);
  if (!b) return [];
  return [...b.kinds].filter((k) => k.startsWith('call:') && isOneField(k)).map((k) => `${k}${CALLED}` as Flow);
}

/** `call:#useJira\u0005search`: one plain field of a function's result. */
function isOneField(flow: string): boolean {
  const at = flow.indexOf(FIELD);
  return at > 0 && flow.indexOf(FIELD, at + 1) < 0 && !flow.endsWith(CALLED) && flow[at + 1] !== WITHOUT;
}

/** A handler's whole parameter (`handler:run`), not a field of it (see `withField`). */
function wholeHandlerParam(flow: Flow): boolean {
  return flow.startsWith('handler:') && !flow.includes(FIELD);
}
