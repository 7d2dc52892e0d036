import triggerEvents from '../../data/forge-trigger-events.json' with { type: 'json' };
import browserTokens from '../../data/browser-tokens.json' with { type: 'json' };
import { propertyName, unwrap, type Node } from './ast.ts';
import { aceClient, isInstallationId } from './ace-client.ts';
import { isAnswerField, isReply, narrow } from './answers.ts';
import { callKinds } from './call-kinds.ts';
import { MAX_DEPTH, addAll, type Binding, type Flow } from './flow.ts';
import { connectUserField, fieldKinds, givesJwtSubject, isPayload, shapeOf } from './forge-shapes.ts';
import { isBareDisplayName, isCursorToken, isDateField, isRecordTime, isEntityName, isNeutralName, isSecretEnvName, isUserTextProperty, kindOfName, namesId, namesNoSecret } from './names.ts';
import { followRef } from './ref.ts';
import { isUrlHref } from './evaluate.ts';
import { ownedByTeam, readsKnownField } from './known-values.ts';
import { OAUTH_REDIRECT } from './registrars.ts';
import { assignedObject } from './object-assign.ts';
import { isThisState, type Scope } from './scope.ts';
import { PERSONAL_KINDS as PERSONAL, type DataKind } from '../facts.ts';
import { holdsExpandedPeople, holdsNoOne, holdsOnlyPeople, personOfContent } from '../scopes/asked-fields.ts';
import { looksRandom } from './secrets.ts';
import { givesFreshId } from './fresh-ids.ts';
import { FIELD, NOT_REQUEST, NO_ONE, ONLY_PEOPLE, SPREAD, WITHOUT, hasMarks, hasValueSource, takesField } from './string-marks.ts';
import { aboutField, isAboutMark, metadataField } from './metadata-answers.ts';

/** How a response's body is read (fetch, `@forge/api`). */
const BODY_READS = new Set(['text', 'json', 'blob', 'arrayBuffer']);
/** Constructors whose value is made of their arguments (`new URL(path, base)`, `new Set(ids)`). */
const DATA_CONSTRUCTORS = new Set(['URLSearchParams', 'URL', 'Blob', 'File', 'Headers', 'Set', 'Map']);

/**
 * `record.created` of an audit record, a comment or an item of a product's answer, also of a helper's parameter: when the
 * record was made, a timestamp. Not of an object the app made (`{ created: data.issues }`, what a function of the app returns),
 * whose `created` may hold anything.
 */
function answerTime(scope: Scope, name: string, object: Node, depth: number): boolean {
  if (!isRecordTime(name)) return false;
  if (object.type === 'Identifier') {
    const b = scope.lookup(object.name);
    if (b?.init && unwrap(b.init).type === 'ObjectExpression') return false;
  } else if (object.type !== 'MemberExpression') return false;
  const kinds = kindsOf(scope, object, depth + 1);
  let answer = false;
  for (const k of kinds) {
    if (k.startsWith('call:') || k.startsWith('returned:') || k.startsWith('invoke:') || k.startsWith('store:') || k === 'resolver-payload' || k === 'opaque') return false;
    if (k === 'product-content' || k.startsWith('param:') || k.startsWith('reply:') || k.startsWith('answer:') || k.startsWith('client:')) answer = true;
  }
  return answer;
}

/** The kinds of data an expression carries, from the bindings and the way things are named. */
export function kindsOf(scope: Scope, expr: Node | null | undefined, depth = 0): Set<Flow> {
  const out = new Set<Flow>();
  if (!expr) return out;
  // Too far to follow: something, not nothing (an empty set would read as constants in an array or object).
  if (depth > MAX_DEPTH) {
    out.add('opaque');
    return out;
  }
  const node = unwrap(expr);
  switch (node.type) {
    case 'Literal':
    case 'TemplateElement':
      out.add('literal');
      break;
    case 'TemplateLiteral':
      if (node.expressions.length === 0) out.add('literal');
      for (const e of node.expressions as Node[]) addAll(out, kindsOf(scope, e, depth + 1));
      break;
    case 'Identifier': {
      if (node.name === 'undefined') { out.add('literal'); break; }
      const byName = kindOfName(node.name);
      // `const API_KEY = 'api-key'` of `storage.getSecret(API_KEY)`: the name a secret is kept under, not the secret.
      if (byName === 'secret' && namesSecret(scope, node)) { out.add('literal'); break; }
      const b = scope.lookup(node.name);
      // `const clientToken = req.context.clientKey`: a name given only an identifier of the Connect installation holds that, whatever it is called.
      if (byName === 'secret' && b?.init && !b.grown && !b.appended && (b.values?.length ?? 0) <= 1 && readsInstallationId(b.init)) { out.add('other'); break; }
      // `const { token } = await signRealtimeToken(channel, claims)`: a token signed for the front end to use.
      if (byName === 'secret' && b?.signedForBrowser && !b.grown && (b.values?.length ?? 0) <= 1) { out.add('other'); break; }
      // `const HOTLINE_PHONE = '+1 800 555 0100'`: the vendor's own number, written in the code, is no user's.
      if (byName === 'phone-number' && b?.init && !b.grown && (b.constant ??= isConstant(scope, b.init, depth))) { out.add('literal'); break; }
      // `const userId = randomUUID()`: a fresh identifier, whatever it is called.
      if (byName && !b?.constantField && !readsKnownField(scope, node) && !(PERSONAL.has(byName) && givesFreshId(scope, node))) { out.add(byName); break; }
      if (b?.init && !b.grown && (b.constant ??= isConstant(scope, b.init, depth))) { out.add('literal'); break; }
      // `const newVersion = { key, description }`: a record named for what it versions, not a version number.
      if (isNeutralName(node.name, false) && !b?.grown && !(b?.init && unwrap(b.init).type === 'ObjectExpression')) {
        // `const userKey = \`prefs-${accountId}\``: a key made of a person's ID or email still names the person;
        // `const url = \`...?api_key=${apiKey}\``: a URL made with a secret holds it.
        if (b?.init && isBuiltString(b.init)) for (const k of kindsOf(scope, b.init, depth + 1)) if (PERSONAL.has(k) || k === 'secret') out.add(k);
        // A name given nothing but a secret holds it, whatever its name: `const code = req.query.code` of an OAuth
        // redirect, `const [version] = await client.accessSecretVersion(...)` of a secrets manager.
        if (b?.kinds.size === 1 && b.kinds.has('secret')) out.add('secret');
        // `const { userKey } = req.context`: Connect's legacy user key, read from the request's context or a Connect JWT's.
        const read = b?.init ? unwrap(b.init) : null;
        if (read?.type === 'MemberExpression' && connectUserFieldOf(scope, read)) out.add('account-id');
        // `distinctId = accountId` of an analytics module: an ID given a person's account ID or email is that person's (a name that
        // names a person, `ownerId`, is decided above: by what it reads, not by what its name says).
        if (b && !byName && namesId(node.name)) for (const k of b.kinds) if (k === 'account-id' || k === 'email') out.add(k);
        // `const { originalUrl } = req`, `const url = req.url` of a Connect page: the URL holds the JWT (see `pageQuery`).
        if (b) for (const k of b.kinds) if (k.startsWith('route:?')) out.add(k);
        // `function save(key, value)` called as `save(\`prefs-${accountId}\`, v)`: a bare `key` holds what its callers pass.
        if (b) addPassed(out, node.name, b);
        // `const { version } = page` of a Confluence page read with `expand=version`: the version's author.
        if (b && holdsExpandedPeople(node.name)) for (const k of b.kinds) if (PERSONAL.has(k)) out.add(k);
        if (out.size === 0) out.add('other');
        break;
      }
      if (b) addAll(out, scope.failed.size > 0 || scope.failing.size > 0 ? withoutFailed(scope, b) : b.kinds);
      if (out.size === 0) out.add('other');
      break;
    }
    case 'MemberExpression': {
      const name = propertyName(node.property, node.computed);
      const object = unwrap(node.object);
      if (object.type === 'MemberExpression' && propertyName(object.property) === 'env' && unwrap(object.object).type === 'Identifier' && unwrap(object.object).name === 'process') {
        // `process.env[key]` in `for (const key of ['API_TOKEN', 'REGION'])`: a secret when one of the names it may be says so.
        const names = name !== null ? [name] : node.computed ? scope.strAlternatives(node.property) : [];
        out.add(names.some((n) => n !== null && !hasMarks(n) && isSecretEnvName(n)) ? 'secret' : 'other');
        break;
      }
      // `url.href` of `const url = new URL(...)`: the URL, with what its query was given.
      if (name === 'href' && isUrlHref(scope, node)) { addAll(out, kindsOf(scope, object, depth + 1)); break; }
      // `this.config` set from the constructor's parameter: what the class's builders pass it (`param:Class.constructor:0`).
      const passed = scope.memberParam(node);
      if (passed !== null) {
        const dot = passed.indexOf('.', passed.lastIndexOf(':'));
        // `this.key = issue.key`: a key, an ID or a URL of what the builders pass is no more than it is when read there.
        if (dot > 0 && isNeutralName(passed.slice(dot + 1))) { out.add('other'); break; }
        out.add(dot < 0 ? `param:${passed}` : `param:${passed.slice(0, dot)}${FIELD}${passed.slice(dot + 1)}`);
        const named = name ? kindOfName(name) : null;
        if (named) out.add(named);
        break;
      }
      // `repo.full_name`: the name of a repository, project or team is no person's name.
      const byName = name && !(isBareDisplayName(name) && namesEntity(object)) ? kindOfName(name) : null;
      // `field.secret` of `for (const field of FIELDS)`: what that field of the table's items holds, constants only.
      if (byName && object.type === 'Identifier' && constantItemField(scope, object.name, name!)) { out.add('literal'); break; }
      // `(await signRealtimeToken(channel, claims)).token`: a token signed for the front end.
      if (byName === 'secret' && signedForBrowser(scope, node)) { out.add('other'); break; }
      // `this.visitorId` given only `randomUUID()`: a fresh identifier, whatever it is called.
      if (byName && !ownedByTeam(name!, object) && !(PERSONAL.has(byName) && givesFreshId(scope, node))) { out.add(byName); break; }
      // `this.state.text` of a React class component that sets `text` from an input; `this.state` holds them all.
      if (scope.classState && (isThisState(object) || isThisState(node))) {
        out.add(isThisState(node) || scope.classState.has(name ?? '*') || scope.classState.has('*') ? 'resolver-payload' : 'other');
        break;
      }
      // `this.body` of `this.body = issue.fields.description` in the constructor, or set by another method walked before.
      const held = scope.memberHeld(node);
      if (held) { addAll(out, held); break; }
      // `req.ip`, `request.ips`, `ctx.ip`: the client's address, of a request the app's server answers.
      if ((name === 'ip' || name === 'ips') && isRequest(scope, object, depth)) { out.add('ip-address'); break; }
      // `req.query.code` of a request to an OAuth callback route: the authorization code, a credential.
      if (name === 'code' && isOAuthCallback(kindsOf(scope, object, depth + 1))) { out.add('secret'); break; }
      // `req.query.jwt`: the JWT Connect signs a request to the app with, put in its query; a credential.
      if (name === 'jwt' && object.type === 'MemberExpression' && propertyName(object.property, object.computed) === 'query' && isRequest(scope, unwrap(object.object), depth)) out.add('secret');
      // `req.query`, `req.originalUrl` of a request to a GET route: a Connect page's query holds the JWT (see `pageQuery`).
      if (name !== null && PAGE_FIELDS.has(name)) pageQuery(kindsOf(scope, object, depth + 1), out);
      // `e.message` of a `catch` whose block throws an error made of data: that data.
      const thrown = name === 'message' && object.type === 'Identifier' ? scope.lookup(object.name)?.thrownMessage : undefined;
      if (thrown) { addAll(out, thrown); break; }
      // `req.context.userKey`, `decoded.context.user.userKey`: Connect's legacy user key names the user, as the account ID does.
      const connectUser = connectUserFieldOf(scope, node);
      if (connectUser) { addAll(out, connectUser); break; }
      if (name && (isNeutralName(name) || (object.type === 'MemberExpression' && isDateField(name, propertyName(object.property, object.computed))) || answerTime(scope, name, object, depth))) {
        // `choices[0].message`: a field of an answer, however it is named, also of one a helper returned.
        const inner = isAnswerField(name) || isUserTextProperty(name) ? kindsOf(scope, object, depth + 1) : null;
        if (inner && isAnswerField(name) && ([...inner].some(isReply) || readsAnswer(object))) addAll(out, narrow(inner, name));
        // `payload.message`: the text a user sent.
        else if (inner && isUserTextProperty(name) && inner.has('resolver-payload')) addAll(out, inner);
        // `settings.message` of a helper's parameter `settings`: the text a user sent when its callers pass what a user sent.
        else if (inner && isUserTextProperty(name) && [...inner].some(isWholeParam)) for (const k of inner) out.add(isWholeParam(k) ? `${k}${FIELD}${name}` as Flow : 'other');
        // `settings.message` of `const settings = await kvs.get('settings')`: what the app writes to that field (see `storedKinds`).
        else if (inner && isUserTextProperty(name) && [...inner].some(storedObject)) addAll(out, storedField(inner, name));
        // `page.version` of a Confluence page read with `expand=version`: the version's author.
        else if (holdsExpandedPeople(name)) addAll(out, answerPeopleIn(kindsOf(scope, object, depth + 1)));
        // `req.context.principal.uuid`, `user.account_id`: the ID of a person is the person's account ID.
        else if (namesId(name) && isPerson(kindsOf(scope, object, depth + 1))) out.add('account-id');
        else out.add('other');
        break;
      }
      // ACE's product client on a request (`req.context.http`) is no data of the request.
      if (name === 'http' && aceClient(scope, node, followRef(scope, node))) { out.add('other'); break; }
      // `req.payload`, `context.extension`, `(await view.getContext()).license`: what that field of a request or of Forge's context holds.
      // `claims.sub` of jsonwebtoken's `jwt.verify(token, secret)`: the user the token is for.
      if (name === 'sub' && givesJwtSubject(scope, object)) { out.add('account-id'); break; }
      const shape = name ? shapeOf(scope, object, depth + 1) : null;
      if (shape && name) { addAll(out, fieldKinds(shape, name)); break; }
      // `req.context.extension`: a part of the context other than the account ID is not the account ID.
      // `entry.createdAt` of `const entry = { author: accountId, createdAt: Date.now() }`: that property's value, not the whole object's.
      const own = name !== null && object.type === 'Identifier' ? ownField(scope, object.name, name, depth) : null;
      if (own) { addAll(out, own); break; }
      const context = object.type === 'MemberExpression' && propertyName(object.property, object.computed) === 'context' ? unwrap(object.object) : null;
      const whole = name === null ? kindsOf(scope, context ?? object, depth + 1) : withoutQuery(narrow(kindsOf(scope, context ?? object, depth + 1), name), name);
      // `page.title` of `const page = await fetchPage(id)`: that field of what the app's function returns (see `FIELD`);
      // `req.payload` of a parameter: that field of what the callers pass, when they pass Forge's request or context.
      addAll(out, name === null ? whole : context === null ? metadataField(noOneIn(withField(whole, name), name), name) : contextField(whole, name));
      // `config.configuredAt` of `const config = await storage.getSecret(CONFIG)`: a field named for something else holds none of the secret.
      if (name !== null && out.has('secret') && namesNoSecret(name)) {
        out.delete('secret');
        out.add('other');
      }
      // `context` of a resolver request holds the caller's account ID.
      if (name === 'context' && out.has('resolver-payload') && !isPayload(scope, object)) out.add('account-id');
      break;
    }
    case 'CallExpression':
      addAll(out, callKinds(scope, node, depth));
      break;
    case 'BinaryExpression':
      if (['+'].includes(node.operator)) {
        addAll(out, kindsOf(scope, node.left, depth + 1));
        addAll(out, kindsOf(scope, node.right, depth + 1));
      } else out.add('other');
      break;
    case 'LogicalExpression':
      // `space && space.key` is the left side only when that is falsy (null, '', 0), which holds no data: the right side's.
      if (node.operator !== '&&') addAll(out, kindsOf(scope, node.left, depth + 1));
      addAll(out, kindsOf(scope, node.right, depth + 1));
      break;
    case 'ConditionalExpression':
      addAll(out, kindsOf(scope, node.consequent, depth + 1));
      addAll(out, kindsOf(scope, node.alternate, depth + 1));
      break;
    case 'ObjectExpression':
      for (let i = 0, props = node.properties as Node[]; i < props.length; i++) {
        const p = props[i]!;
        if (p.type === 'SpreadElement') addAll(out, withoutBlanked(scope, props, i, kindsOf(scope, p.argument, depth + 1), depth));
        else {
          const key = propertyName(p.key, p.computed);
          // `{ ContinuationToken: req.query.cursor }`: the place in a list its service gave out, handed back for the next page; no data.
          if (key !== null && isCursorToken(key)) {
            out.add('other');
            continue;
          }
          // `{ has_shared_secret: !!secret }`: a test's answer holds no secret, whatever its key says.
          const byName = key && !isTest(scope, p.value) ? kindOfName(key) : null;
          const named = byName && !readsKnownField(scope, p.value) ? byName : null;
          // A literal's nesting is the source's own and finite: it takes none of the depth that following names takes
          // (`{ contents: [{ parts: [{ text: issue.fields.description }] }] }`, a model's request).
          const valueKinds = kindsOf(scope, p.value, depth);
          if (named && holdsNamed(scope, named, valueKinds, p.value)) addNamed(out, named, valueKinds);
          addAll(out, valueKinds);
          // `{ [accountId]: Date.now() }`: a map keyed by people's IDs or emails holds them.
          if (p.computed) for (const k of kindsOf(scope, p.key, depth + 1)) if (PERSONAL.has(k)) out.add(k);
        }
      }
      if (out.size === 0) out.add('literal');
      break;
    // `console.log(...args)`: what is spread.
    case 'SpreadElement':
      addAll(out, kindsOf(scope, node.argument, depth + 1));
      break;
    case 'ArrayExpression':
      for (const e of node.elements as Array<Node | null>) if (e) addAll(out, kindsOf(scope, e.type === 'SpreadElement' ? e.argument : e, e.type === 'SpreadElement' ? depth + 1 : depth));
      if (out.size === 0) out.add('literal');
      break;
    case 'ArrowFunctionExpression':
    case 'FunctionExpression':
      out.add('other');
      break;
    case 'UnaryExpression':
    case 'UpdateExpression':
      out.add('other');
      break;
    // `return (cache[id] = entry)`: the value assigned.
    case 'AssignmentExpression':
      addAll(out, node.operator === '=' ? kindsOf(scope, node.right, depth + 1) : new Set<Flow>(['other']));
      break;
    // `new URLSearchParams({ query })`, `new Blob([body])`: a value made of what it is given.
    case 'NewExpression': {
      const callee = unwrap(node.callee);
      // `new Promise((resolve) => api.get(url, (err, res, body) => resolve(body)))`: what the executor resolves with.
      const resolved = callee.type === 'Identifier' && callee.name === 'Promise' && node.arguments[0] ? scope.promiseValues.get(unwrap(node.arguments[0])) : undefined;
      if (resolved) {
        addAll(out, resolved);
        if (out.size === 0) out.add('other');
        break;
      }
      // `new FormData(event.currentTarget)`, `new FormData(formRef.current)`: the fields of a form, what users filled in.
      if (callee.type === 'Identifier' && callee.name === 'FormData' && node.arguments.length > 0 && !scope.lookup('FormData')) {
        out.add('resolver-payload');
        break;
      }
      if (callee.type !== 'Identifier' || !DATA_CONSTRUCTORS.has(callee.name) || scope.lookup(callee.name)) {
        out.add('opaque');
        break;
      }
      for (const arg of node.arguments as Node[]) addAll(out, kindsOf(scope, arg, depth + 1));
      if (out.size === 0) out.add('other');
      break;
    }
    // `this.data`, `x = y`: not followed, so it may be anything it was given.
    default:
      out.add('opaque');
  }
  return out;
}

const TESTS = new Set(['===', '!==', '==', '!=', '<', '>', '<=', '>=', 'in', 'instanceof']);

/** A negation, `typeof` or comparison: a true or false (or a type's name), none of the data it looks at. */
function isTest(scope: Scope, value: Node): boolean {
  const node = unwrap(value);
  if (node.type === 'CallExpression') return isBooleanCall(scope, node);
  return (node.type === 'UnaryExpression' && (node.operator === '!' || node.operator === 'typeof')) || (node.type === 'BinaryExpression' && TESTS.has(node.operator));
}

/** `Boolean(secret)`, of the global `Boolean`: whether the value is set, none of it. */
export function isBooleanCall(scope: Scope, node: Node): boolean {
  const callee = unwrap(node.callee);
  return callee.type === 'Identifier' && callee.name === 'Boolean' && !scope.lookup('Boolean');
}

/**
 * `(id) => \`prefs-${id}\``, `save(key, value)`: a parameter named only `id` or `key`, used whole or put into a string,
 * holds what the callers pass (judged where they pass it: an account ID, not an issue key); `spaceKey` says what it identifies.
 */
function addPassed(out: Set<Flow>, name: string, b: Binding): void {
  if (!b.param || b.grown || !ONE_WORD.test(name)) return;
  for (const k of b.kinds) if (k.startsWith('param:')) out.add(k);
}
const ONE_WORD = /^_*(?:[a-z]+|[A-Z][a-z]*|[A-Z]+)$/;

/** A name known to be given a text that does not look generated: a secret's name or key, not its value. */
function namesSecret(scope: Scope, node: Node): boolean {
  const value = scope.str(node);
  return value !== null && !hasMarks(value) && !looksRandom(value);
}

function isConstant(scope: Scope, init: Node, depth: number): boolean {
  const kinds = kindsOf(scope, init, depth + 1);
  return kinds.size === 1 && kinds.has('literal');
}

/**
 * A binding's kinds without the failed responses in it; a binding tested as a failed response holds no response data,
 * also when a helper of the app returned it (`const res = await jiraGet(path); if (!res.ok) ...`), with what the call passed.
 */
function withoutFailed(scope: Scope, b: Binding): Set<Flow> {
  const out = new Set<Flow>();
  const failing = scope.failing.has(b) || bodyOfFailing(scope, b);
  // A product's error answer holds none of the people its answer would.
  const people = failing && b.kinds.has('product-content');
  for (const k of b.kinds) {
    if (isReply(k) ? failing || scope.failed.has(k.slice(k.indexOf(':') + 1)) : failing && (k === 'product-content' || isAboutMark(k) || k.startsWith('client:') || k.startsWith('signed:') || k.startsWith('call') || (people && PERSONAL.has(k)))) continue;
    out.add(k);
  }
  if (out.size === 0) out.add('other');
  return out;
}

/** The body read from a response tested as failed: `const body = await res.text(); if (!res.ok) log(body)`. */
function bodyOfFailing(scope: Scope, b: Binding): boolean {
  const read = b.init ? unwrap(b.init) : null;
  if (read?.type !== 'CallExpression') return false;
  const callee = unwrap(read.callee);
  if (callee.type !== 'MemberExpression' || !BODY_READS.has(propertyName(callee.property, callee.computed) ?? '')) return false;
  const response = unwrap(callee.object);
  const rb = response.type === 'Identifier' ? scope.lookup(response.name) : undefined;
  return rb !== undefined && scope.failing.has(rb);
}

/** Kinds of a person and nothing else: an account ID, maybe with the person's name or email. */
function isPerson(kinds: ReadonlySet<Flow>): boolean {
  if (!kinds.has('account-id')) return false;
  for (const k of kinds) if (k !== 'account-id' && k !== 'display-name' && k !== 'email') return false;
  return true;
}

/**
 * `{ 'USER-ID': username }` of `function session(username, password)`: a person's kind by the key's name, unless every caller
 * passes the parameter a value known to be no person's, an environment variable or a constant (`named:account-id@param:session:0`,
 * see `resolve`), and the function is no entry function given a request (`named:account-id@handler:#session`). The kind
 * itself for a value of anything else.
 */
function addNamed(out: Set<Flow>, named: DataKind, value: ReadonlySet<Flow>): void {
  const followed = PERSONAL.has(named) && [...value].some(isWholeParam) && [...value].every((k) => isWholeParam(k) || isWholeHandler(k));
  if (!followed) {
    out.add(named);
    return;
  }
  for (const k of value) out.add(`named:${named}@${k}`);
}

/** What an entry function is given whole (`handler:#session`), not a field of it nor a parameter other than the request. */
function isWholeHandler(flow: Flow): boolean {
  return flow.startsWith('handler:') && !flow.includes(FIELD) && !flow.includes(NOT_REQUEST) && !flow.endsWith(')');
}

/** A whole parameter of a function (`param:save:0`), not a field of one. */
function isWholeParam(flow: Flow): boolean {
  return flow.startsWith('param:') && !flow.includes(FIELD);
}

/** What a field of a value holds, by its name: `other` for IDs, counts and statuses, the answer for an answer's field (`{ message }`). */
export function kindsOfField(kinds: Set<Flow>, key: string): Set<Flow> {
  if (key === 'code' && isOAuthCallback(kinds)) return new Set<Flow>(['secret']);
  const named = kindOfName(key);
  // `const { accountId: me } = await res.json()` of `/myself`: that person's ID, none of the answer's other people or content,
  // as `me.accountId` is.
  if (named !== null && PERSONAL.has(named) && kinds.has('product-content')) return new Set<Flow>([named]);
  const out = named || !isNeutralName(key) ? metadataField(noOneIn(withField(withoutQuery(narrow(kinds, key), key), key), key), key)
    : isUserTextProperty(key) && kinds.has('resolver-payload') ? withoutQuery(kinds, key)
    : isUserTextProperty(key) && [...kinds].some(storedObject) ? storedField(kinds, key)
    : isAnswerField(key) && [...kinds].some(isReply) ? narrow(kinds, key)
    : holdsExpandedPeople(key) ? answerPeopleIn(kinds) : new Set<Flow>(['other']);
  return out;
}

/**
 * A field of what flows hold, once the files are linked (see `callArg`): what a read of it in the code gives, through the
 * fields read on the way (`fields\u0005summary`), with the mark of a field that holds no one or only people as a read leaves it.
 */
export function linkedField(kinds: Set<Flow>, path: string): Set<Flow> {
  const mark = path.endsWith(NO_ONE) ? NO_ONE : path.endsWith(ONLY_PEOPLE) ? ONLY_PEOPLE : null;
  let out = kinds;
  const names = (mark === null ? path : path.slice(0, -mark.length)).split(FIELD);
  for (const name of names) out = aboutField(noOneIn(withField(out, name), name), name);
  return mark === null ? out : withMark(out, mark, mark === ONLY_PEOPLE ? personOfContent(names.at(-1)!) : undefined);
}

/** The people a product's answer holds (those an expansion added), none of its content: `other` when it holds none. */
function answerPeopleIn(kinds: ReadonlySet<Flow>): Set<Flow> {
  const out = new Set<Flow>(['other']);
  if (kinds.has('product-content')) for (const k of kinds) if (PERSONAL.has(k)) out.add(k);
  return out;
}

/** The kinds bound to a name that says what it holds (`accountId`): that kind rather than `other`, `opaque` or `literal`. */
export function withName(kinds: Set<Flow>, name: string): Set<Flow> {
  const byName = kindOfName(name);
  if (!byName || kinds.has(byName)) return kinds;
  const out = new Set(kinds);
  out.delete('other');
  out.delete('opaque');
  out.delete('literal');
  out.add(byName);
  return out;
}

/** `data.choices[0]`: a read below an answer field. */
function readsAnswer(node: Node): boolean {
  for (let at = node; at.type === 'MemberExpression'; at = unwrap(at.object)) {
    const name = propertyName(at.property, at.computed);
    if (name !== null && isAnswerField(name)) return true;
  }
  return false;
}

const REQUEST_NAMES = new Set(['req', 'request', 'ctx']);

/** A request a handler is handed (`req`, `ctx.request`), by name or by what it holds. */
function isRequest(scope: Scope, object: Node, depth: number): boolean {
  const name = object.type === 'Identifier' ? object.name : object.type === 'MemberExpression' ? propertyName(object.property, object.computed) : null;
  return (name !== null && REQUEST_NAMES.has(name)) || kindsOf(scope, object, depth + 1).has('resolver-payload');
}

/**
 * What a request to a route of the app whose path says it is an OAuth redirect (`/oauth/callback`, `/auth/github/callback`,
 * `/oauth2/redirect`) holds: its `code` is the authorization code the app exchanges, with its client secret, for a token.
 */
function isOAuthCallback(kinds: ReadonlySet<Flow>): boolean {
  for (const k of kinds) if (k.startsWith('route:GET ') && OAUTH_REDIRECT.test(k)) return true;
  return false;
}

const PAGE_FIELDS = new Set(['query', 'url', 'originalUrl']);

/** Marks the query or URL of a request to a GET route (`route:GET /panel` -> `route:?GET /panel`), which holds the JWT when the route serves a Connect page. */
function pageQuery(kinds: ReadonlySet<Flow>, out: Set<Flow>): void {
  for (const k of kinds) {
    if (k.startsWith('route:GET')) out.add(`route:?${k.slice(6)}`);
    // `exports.panel = (req, res) => ...` handed to `app.get('/panel', panel)`: resolved by the routes it answers.
    else if (k.startsWith('handler:') && !k.includes(FIELD) && !k.endsWith(')')) out.add(`route:?@${k.slice(8)}`);
  }
}

/** `const { query } = req`: what the field holds, and the query's mark when it is the query or URL of a request to a GET route. */
export function withPageQuery(field: Set<Flow>, kinds: ReadonlySet<Flow>, key: string): Set<Flow> {
  if (!PAGE_FIELDS.has(key)) return field;
  const out = new Set(field);
  pageQuery(kinds, out);
  return out;
}

/**
 * A field of a page's query other than `jwt` (`req.query.projectKey`) is not the token, but that field of the query
 * (`route:?GET /panel\u0005projectKey`), which the page's URL may fill with context parameters (see `pageParams`).
 */
function withoutQuery(kinds: Set<Flow>, name: string): Set<Flow> {
  if (name === 'jwt') return kinds;
  let has = false;
  for (const k of kinds) if (k.startsWith('route:?')) has = true;
  if (!has) return kinds;
  const out = new Set<Flow>();
  for (const k of kinds) {
    if (!k.startsWith('route:?')) out.add(k);
    else if (!k.includes(FIELD)) out.add(`${k}${FIELD}${name}` as Flow);
  }
  return out.size > 0 ? out : new Set<Flow>(['other']);
}

/**
 * Field `name` of a value, `issue.fields.summary` of an issue read's answer: a field that holds no user (`holdsNoOne`) holds none
 * of the people a product's answer does, nor of those of what a function returns, its callers pass or a resolver function gives a
 * front end (`NO_ONE`); a field that holds a user and nothing else (`issue.fields.assignee`, `holdsOnlyPeople`), only the people
 * (`ONLY_PEOPLE`).
 */
function noOneIn(kinds: Set<Flow>, name: string): Set<Flow> {
  const mark = holdsNoOne(name) ? NO_ONE : holdsOnlyPeople(name) ? ONLY_PEOPLE : null;
  return mark === null ? kinds : withMark(kinds, mark, mark === ONLY_PEOPLE ? personOfContent(name) : undefined);
}

/** What a field that holds no user (`NO_ONE`) or a user only (`ONLY_PEOPLE`) holds of a value (see `noOneIn`). */
function withMark(kinds: Set<Flow>, mark: typeof NO_ONE | typeof ONLY_PEOPLE, person?: readonly DataKind[]): Set<Flow> {
  const content = kinds.has('product-content');
  let people = false;
  for (const k of kinds) if (PERSONAL.has(k)) { people = true; break; }
  // A comment's `author` of an answer that counts none of the people in its content: the person the field holds.
  if (person !== undefined && content && !people) {
    const out = new Set<Flow>(person);
    for (const k of kinds) if (k !== 'product-content') out.add(hasValueSource(k) && !k.endsWith(NO_ONE) && !k.endsWith(ONLY_PEOPLE) ? `${k}${mark}` as Flow : k);
    return out;
  }
  // Of an answer that holds people and content, the field holds the one or the other.
  const drops = (k: Flow): boolean => content && people && (mark === NO_ONE ? PERSONAL.has(k) : k === 'product-content');
  const marks = (k: Flow): boolean => hasValueSource(k) && !k.endsWith(NO_ONE) && !k.endsWith(ONLY_PEOPLE);
  // Most reads change nothing (a summary of no answer): the set as it is.
  let any = false;
  for (const k of kinds) if (drops(k) || marks(k)) { any = true; break; }
  if (!any) return kinds;
  const out = new Set<Flow>();
  for (const k of kinds) {
    if (drops(k)) continue;
    out.add(marks(k) ? `${k}${mark}` as Flow : k);
  }
  return out;
}

/**
 * Whether a value holds what the name it is given says (`{ email: user.email }`), not a constant (`{ email: '' }`). A secret's
 * name also when the value is text built around something (`Authorization: 'Bearer ' + token`, also through a name given it): a header
 * carries its token.
 */
export function holdsNamed(scope: Scope, named: DataKind, kinds: ReadonlySet<Flow>, value: Node): boolean {
  if (PERSONAL.has(named) && givesFreshId(scope, value)) return false;
  if (!kinds.has('literal')) return true;
  if (named !== 'secret' || kinds.size === 1) return false;
  // `const authHeader = 'Basic ' + encoded; ... { Authorization: authHeader }`.
  const node = unwrap(value);
  const b = node.type === 'Identifier' ? scope.lookup(node.name) : undefined;
  return isBuiltString(b?.init && !b.grown ? b.init : node);
}

/** A string put together from parts (`\`u-${id}\``, `'u-' + id`). */
function isBuiltString(init: Node): boolean {
  const node = unwrap(init);
  return (node.type === 'TemplateLiteral' && node.expressions.length > 0) || (node.type === 'BinaryExpression' && node.operator === '+');
}

/**
 * `page.title` of `const page = await fetchPage(id)`: that field of what the app's function returns, of what the callers
 * pass a parameter (`req.payload` of Forge's request), or of what front ends send a resolver function (see `FIELD`).
 */
export function withField(kinds: Set<Flow>, name: string): Set<Flow> {
  return markField(kinds, name, takesNamedField, '');
}

function takesNamedField(flow: Flow, name: string): boolean {
  return takesField(flow) || handlerTakes(flow, name) || storedObject(flow);
}

/** A neutral field (`message`) of a stored object: that field of what the app writes there, nothing of the rest. */
function storedField(kinds: ReadonlySet<Flow>, name: string): Set<Flow> {
  const out = new Set<Flow>();
  for (const k of kinds) out.add(storedObject(k) ? `${k}${FIELD}${name}` as Flow : 'other');
  return out;
}

/**
 * `settings.repo` of `const settings = await kvs.get('settings')`: that field of what the app writes there (see `storedKinds`).
 * An SQL read's rows are no object the app wrote: their fields are the columns its `SELECT` names.
 */
function storedObject(flow: Flow): boolean {
  return flow.startsWith('store:') && !flow.startsWith('store:sql:') && !flow.includes(FIELD);
}

/** Field `name` (after `part`) of the flows `takes` holds for; the same set when it holds for none (no set, no string built). */
function markField(kinds: Set<Flow>, name: string, takes: (flow: Flow, name: string) => boolean, part: string): Set<Flow> {
  let any = false;
  for (const k of kinds) if (takes(k, name)) any = true;
  if (!any) return kinds;
  const out = new Set<Flow>();
  for (const k of kinds) out.add(takes(k, name) ? `${k}${part}${FIELD}${name}` as Flow : k);
  return out;
}

/**
 * A field of what an entry function is given; a queue consumer's event holds what was pushed in its `body`, whose fields
 * come next (`event.body.query`). A resolver function's request holds its `payload` and `context`, each with fields of its
 * own (`handler:#save\u0005payload\u0005title`, see `handlerField`). Of a request to a route (`route:/installed`), the field
 * of its body read (`req.body.sharedSecret`), or what is left once fields are taken out (`const { sharedSecret, ...rest } = req.body`).
 */
function handlerTakes(flow: Flow, name: string): boolean {
  if (flow.startsWith('route:/')) return !flow.includes(FIELD) && name !== 'body';
  if (!flow.startsWith('handler:') || flow.endsWith(')')) return false;
  const at = flow.indexOf(FIELD);
  // `event.comment.body`, `event.issue.fields.summary`: a field within one that holds a person (see `holders`), itself none.
  if (at >= 0 && heldWithin(flow.slice(at + 1))) return true;
  if (name === 'body') return false;
  if (at < 0) return true;
  const next = flow.indexOf(FIELD, at + 1);
  if (next < 0 && REQUEST_PARTS.has(flow.slice(at + 1))) return true;
  // `event.comment.author`, `event.issue.fields.reporter`: a person field of what a product event carries (see `personFields`).
  return EVENT_PEOPLE.has(name) && !REQUEST_PARTS.has(flow.slice(at + 1, next < 0 ? undefined : next)) && (next < 0 || flow.indexOf(FIELD, next + 1) < 0);
}
const REQUEST_PARTS = new Set(['payload', 'context']);
const EVENT_PEOPLE = new Set(Object.values(triggerEvents.userEvents.personFields.byEvent).flatMap((f) => f.names));
const EVENT_HOLDERS = new Set(Object.values(triggerEvents.userEvents.personFields.byEvent).flatMap((f) => ('holders' in f ? f.holders : [])));

/** `comment`, `issue` FIELD `fields` of a handler flow: fields of a product event, one within another, that hold a person. */
function heldWithin(fields: string): boolean {
  const parts = fields.split(FIELD);
  return parts.length <= 2 && parts.every((p) => EVENT_HOLDERS.has(p));
}

/**
 * `req.context.license` of a function handed a request whole, or of a parameter callers hand one: that field of the
 * request's context (see `handlerTakes`, `shapePart`).
 */
function contextField(kinds: Set<Flow>, name: string): Set<Flow> {
  return markField(kinds, name, takesContext, CONTEXT_PART);
}

const CONTEXT_PART = `${FIELD}context`;

function takesContext(flow: Flow): boolean {
  return (flow.startsWith('handler:') || flow.startsWith('param:')) && !flow.includes(FIELD) && !flow.endsWith(')');
}

/** Whether field `name` of an item of a table holds a constant in every item (see `constantField`). */
function constantItemField(scope: Scope, object: string, name: string): boolean {
  const field = scope.lookup(object)?.fields?.get(name);
  return field !== undefined && field.size > 0 && [...field].every((k) => k === 'literal');
}

/**
 * What a property of an object literal a name is bound to, and that nothing changed since, holds: the value of the last
 * property of that name and what spreads after it may give (`{ ...settings, apiKey }.url` is `settings.url`); null when
 * the literal does not say (no such property nor spread), or the name is bound to something else.
 */
function ownField(scope: Scope, object: string, name: string, depth: number): Set<Flow> | null {
  const b = scope.lookup(object);
  // `row.count` of `for (const row of rows)`, `rows` holding object literals only: what that field was given.
  const field = b?.fields?.get(name);
  if (field) return field;
  const bound = b?.init && !b.grown && b.values?.length === 1 ? unwrap(b.init) : null;
  const init = bound?.type === 'ObjectExpression' ? bound : bound ? assignedObject(scope, bound) : null;
  if (!init) return null;
  const props = init.properties as Node[];
  let out: Set<Flow> | null = null;
  for (let i = props.length - 1; i >= 0; i--) {
    const p = props[i]!;
    if (p.type === 'SpreadElement') {
      addAll((out ??= new Set()), kindsOf(scope, fieldRead(p.argument, name), depth + 1));
      continue;
    }
    const key = p.type === 'Property' ? propertyName(p.key, p.computed) : null;
    if (key !== name) continue;
    addAll((out ??= new Set()), kindsOf(scope, p.value, depth + 1));
    return out;
  }
  return out;
}

/**
 * What a spread gives an object literal once the properties after it blank a secret (`{ ...settings, token: '' }`,
 * `{ ...settings, auth: { email, token: '' } }`): none of the secret, and of a value known later, all but those fields
 * (`-token`, `-auth.token`, see `blanksSecret`). The spread's kinds as they are when nothing after it does.
 */
export function withoutBlanked(scope: Scope, props: Node[], at: number, kinds: Set<Flow>, depth: number): Set<Flow> {
  let left: string[] | null = null;
  for (let i = at + 1; i < props.length; i++) {
    const blanked = blankedName(scope, props[i]!, depth);
    if (blanked !== null) (left ??= []).push(blanked);
  }
  if (left === null) return kinds;
  const out = withField(kinds, `${WITHOUT}${left.join(',')}`);
  if (!out.has('secret')) return out;
  const copy = new Set(out);
  copy.delete('secret');
  copy.add('other');
  return copy;
}

/** The name of the secret a property blanks: its key when secret-looking, or `key.inner` of a literal naming one; null else. */
function blankedName(scope: Scope, p: Node, depth: number): string | null {
  const key = p.type === 'Property' && !p.computed ? propertyName(p.key, false) : null;
  if (key === null) return null;
  let name = kindOfName(key) === 'secret' ? key : null;
  const value = unwrap(p.value);
  if (name === null && value.type === 'ObjectExpression') {
    for (const q of value.properties as Node[]) {
      const inner = q.type === 'Property' && !q.computed ? propertyName(q.key, false) : null;
      if (inner !== null && kindOfName(inner) === 'secret') name = `${key}.${inner}`;
    }
  }
  return name === null || !/^[\w$.]+$/.test(name) || carriesSecret(kindsOf(scope, p.value, depth + 1)) ? null : name;
}

/** Whether kinds may hold a secret: it, or a value known only once the app is linked but a field named for something else. */
function carriesSecret(kinds: Set<Flow>): boolean {
  for (const k of kinds) if (k === 'secret' || (k.includes(':') && !(k.includes(FIELD) && namesNoSecret(k.slice(k.lastIndexOf(FIELD) + 1))))) return true;
  return false;
}

/** `settings.url`, for what a spread object gives a field. */
function fieldRead(object: Node, name: string): Node {
  return { type: 'MemberExpression', object, property: { type: 'Identifier', name, start: object.start, end: object.end }, computed: false, optional: false, start: object.start, end: object.end };
}

/** `delete data.sharedSecret`: what `data` holds from then on is its value without that field. */
export function deleteField(scope: Scope, target: Node): void {
  const node = unwrap(target);
  if (node.type !== 'MemberExpression' || unwrap(node.object).type !== 'Identifier') return;
  const name = propertyName(node.property, node.computed);
  const binding = scope.lookup(unwrap(node.object).name);
  if (name !== null && /^[\w$]+$/.test(name) && binding) binding.kinds = withField(binding.kinds, `${WITHOUT}${name}`);
}

/**
 * What the rest of an object holds once the names a pattern takes are left out (`const { apiKey, ...rest } = body`):
 * the other properties of the object literal the value is, with what spreads give; the whole value's kinds else.
 */
export function restKinds(scope: Scope, pattern: Node, init: Node | null, kinds: Set<Flow>): Set<Flow> {
  const taken = new Set<string>();
  for (const p of pattern.properties as Node[]) {
    const key = p.type === 'Property' ? propertyName(p.key, p.computed) : null;
    if (key !== null) taken.add(key);
  }
  const object = init ? literalOf(scope, init) : null;
  // Of what an app's function returns, a parameter or what front ends send: all but those fields (see `FIELD`).
  if (!object) return taken.size > 0 && [...taken].every((k) => /^[\w$]+$/.test(k)) ? withField(kinds, `${WITHOUT}${[...taken].sort().join(',')}`) : kinds;
  const out = new Set<Flow>();
  for (const p of object.properties as Node[]) {
    if (p.type === 'SpreadElement') addAll(out, kindsOf(scope, p.argument));
    else {
      const key = propertyName(p.key, p.computed);
      if (key !== null && taken.has(key)) continue;
      const value = kindsOf(scope, p.value);
      const byName = key ? kindOfName(key) : null;
      if (byName && holdsNamed(scope, byName, value, p.value)) out.add(byName);
      addAll(out, value);
    }
  }
  if (out.size === 0) out.add('literal');
  return out;
}

/**
 * What each property of an object literal holds (`{ email: user.email, title }`), following a name bound to one
 * that nothing changed since; null when it has computed keys or methods, or is no object literal. With `spreads`,
 * what its spreads give is under `SPREAD` (any field not named) and in the fields named before them; else null for spreads too.
 */
export function literalFields(scope: Scope, value: Node, spreads = false): Record<string, Flow[]> | null {
  const object = literalOf(scope, value);
  const props = object ? object.properties as Node[] : null;
  if (!props || props.some((p) => (p.type === 'SpreadElement' ? !spreads : p.type !== 'Property' || p.kind !== 'init' || propertyName(p.key, p.computed) === null))) return null;
  const out: Record<string, Flow[]> = {};
  for (const [i, p] of props.entries()) {
    if (p.type === 'SpreadElement') {
      const kinds = [...withoutBlanked(scope, props, i, kindsOf(scope, p.argument), 0)];
      for (const key of [...Object.keys(out), SPREAD]) out[key] = [...new Set([...(out[key] ?? []), ...kinds])];
      continue;
    }
    const key = propertyName(p.key, p.computed)!;
    const kinds = kindsOf(scope, p.value);
    const byName = kindOfName(key);
    if (byName && holdsNamed(scope, byName, kinds, p.value)) kinds.add(byName);
    out[key] = [...new Set([...(out[key] ?? []), ...kinds])];
  }
  return out;
}

/** The object literal an expression is, or a name is bound to and nothing changed since. */
function literalOf(scope: Scope, value: Node): Node | null {
  let node = unwrap(value);
  if (node.type === 'Identifier') {
    const b = scope.lookup(node.name);
    node = b?.init && !b.grown && b.values?.length === 1 ? unwrap(b.init) : node;
  }
  return node.type === 'ObjectExpression' ? node : assignedObject(scope, node);
}

/** Whether an expression is named as a repository, project, team or other thing with a name of its own (`repo`, `event.repository`). */
function namesEntity(node: Node): boolean {
  if (node.type === 'Identifier') return isEntityName(node.name);
  if (node.type !== 'MemberExpression') return false;
  const name = propertyName(node.property, node.computed);
  return name !== null && isEntityName(name);
}

/** What a Connect user field holds (`req.context.userKey`, see `connectUserField`); null for any other read. */
function connectUserFieldOf(scope: Scope, node: Node): readonly Flow[] | null {
  const name = propertyName(node.property, node.computed);
  return name === null ? null : connectUserField(scope, unwrap(node.object), name);
}

/** `req.context.clientKey`: a field of ACE's request context that is an identifier of the installation (see `isInstallationId`). */
const BROWSER_TOKENS = new Set(browserTokens.functions.map((f) => `${f.module}#${f.export}`));

/** Whether a value is what a function of `browser-tokens.json` answers, or a field of it (`(await signRealtimeToken(...)).token`). */
export function signedForBrowser(scope: Scope, expr: Node): boolean {
  let node = unwrap(expr);
  while (node.type === 'MemberExpression' || node.type === 'AwaitExpression') node = unwrap(node.type === 'AwaitExpression' ? node.argument : node.object);
  if (node.type !== 'CallExpression') return false;
  const ref = followRef(scope, node.callee);
  return ref.root === 'import' && ref.steps.length === 1 && BROWSER_TOKENS.has(`${ref.module}#${ref.steps[0]!.name}`);
}

function readsInstallationId(expr: Node): boolean {
  const node = unwrap(expr);
  if (node.type !== 'MemberExpression') return false;
  const name = propertyName(node.property, node.computed);
  const object = unwrap(node.object);
  return name !== null && isInstallationId(name) && object.type === 'MemberExpression' && propertyName(object.property, object.computed) === 'context';
}
