import type { DataKind } from '../facts.ts';
import forgeContext from '../../data/forge-context.json' with { type: 'json' };
import ace from '../../data/atlassian-connect-express.json' with { type: 'json' };
import tokenVerifiers from '../../data/token-verifiers.json' with { type: 'json' };
import { propertyName, unwrap, type Node } from './ast.ts';
import { evalStr } from './evaluate.ts';
import { MAX_DEPTH, type Flow, type Shape } from './flow.ts';
import { followRef, type Ref } from './ref.ts';
import type { Scope } from './scope.ts';
import { constantName } from './string-marks.ts';

/** What a field of Forge's context holds (`forge-context.json`); a field not listed holds the product's data. */
const CONTEXT_FIELDS = new Map(Object.entries(forgeContext.fields) as Array<[string, DataKind]>);
/** The calls that return a front end's context, with the modules that export them. */
export const CONTEXT_CALLS = new Map(Object.entries(forgeContext.calls));
/** Fields of a Connect server's request context that Forge's has not (Bitbucket's `user`), with what they hold. */
const CONNECT_CONTEXT_FIELDS = new Map(Object.entries(ace.requestContext.fields) as Array<[string, DataKind[]]>);
/** The whole context: the caller's account ID and the product's data. */
export const CONTEXT_KINDS: readonly Flow[] = ['account-id', 'resolver-payload'];

/**
 * Whether an expression is a resolver's request or Forge's context: a name bound to one, the `context`
 * of a request (`req.context`), or a front end's `view.getContext()` or `useProductContext()`.
 */
export function shapeOf(scope: Scope, expr: Node, depth = 0): Shape | null {
  const node = unwrap(expr);
  switch (node.type) {
    case 'Identifier':
      return scope.lookup(node.name)?.shape ?? null;
    case 'MemberExpression': {
      if (depth > MAX_DEPTH || propertyName(node.property, node.computed) !== 'context') return null;
      const outer = shapeOf(scope, node.object, depth + 1);
      return isRequest(outer) || (outer === null && !isPayload(scope, node.object) && scope.kinds(node.object, depth + 1).has('resolver-payload')) ? 'context' : null;
    }
    case 'CallExpression': {
      const callee = unwrap(node.callee);
      const name = callee.type === 'Identifier' ? callee.name : callee.type === 'MemberExpression' ? propertyName(callee.property, callee.computed) : null;
      if (name !== null && CLAIMS_CALLS.has(name)) return decodesConnectJwt(followRef(scope, callee)) ? 'claims' : null;
      return name !== null && CONTEXT_CALLS.has(name) && givesContext(followRef(scope, callee)) ? 'context' : null;
    }
    // `const claims = req.query.jwt && jwt.decode(req.query.jwt, '', true) || null`.
    case 'LogicalExpression': {
      if (depth > MAX_DEPTH) return null;
      const shape = shapeOf(scope, node.right, depth + 1) ?? shapeOf(scope, node.left, depth + 1);
      return shape === 'claims' ? shape : null;
    }
    default:
      return null;
  }
}

/** The resolver function a front end's `invoke('save', ...)` of `@forge/bridge` calls, when the call names it with a constant. */
export function invokedFunction(scope: Scope, ref: Ref, call: Node): string | null {
  if (!isBridgeInvoke(ref)) return null;
  return constantName(evalStr(scope, call.arguments[0]));
}

/** `invoke` of `@forge/bridge`, or the typed one `makeInvoke()` makes (`const invoke = makeInvoke<Defs>()`), as a callee or as called. */
export function isBridgeInvoke(ref: Ref): boolean {
  if (ref.root !== 'import' || ref.module !== '@forge/bridge') return false;
  const [first, second] = ref.steps;
  if (first?.name === 'invoke') return ref.steps.length === 1;
  return first?.name === 'makeInvoke' && first.call !== null && (ref.steps.length === 1 || (ref.steps.length === 2 && second!.name === ''));
}

/** atlassian-jwt's calls that give a Connect JWT's claims (README: decode, decodeSymmetric, decodeAsymmetric). */
const CLAIMS_CALLS = new Set(['decode', 'decodeSymmetric', 'decodeAsymmetric']);
const CONNECT_JWT = 'atlassian-jwt';

/** `jwt.decode(token, secret)`, `decodeSymmetric(...)` of atlassian-jwt: the token is a Connect JWT, whose `sub` is the user's account ID. */
export function decodesConnectJwt(ref: Ref): boolean {
  const name = ref.steps[ref.steps.length - 1]?.name;
  return ref.root === 'import' && ref.module === CONNECT_JWT && name !== undefined && CLAIMS_CALLS.has(name);
}

/** Calls whose result is a JWT's claims with the user in `sub` (`token-verifiers.json`, `subject`): jsonwebtoken's verify and decode. */
const SUBJECT = tokenVerifiers.verifiers.filter((v) => 'subject' in v && v.subject === true);

/**
 * `claims` of `const claims = jwt.verify(token, secret)` of jsonwebtoken, or the call itself: a JWT's claims, whose `sub` is the
 * user's account ID when the token is a Connect JWT. Its other fields hold what the token carries.
 */
export function givesJwtSubject(scope: Scope, expr: Node, depth = 0): boolean {
  let node = unwrap(expr);
  if (node.type === 'AwaitExpression') node = unwrap(node.argument);
  if (node.type === 'Identifier') {
    const init = depth < 2 ? scope.lookup(node.name)?.init : undefined;
    return init ? givesJwtSubject(scope, init, depth + 1) : false;
  }
  if (node.type !== 'CallExpression') return false;
  const ref = followRef(scope, unwrap(node.callee));
  const name = ref.steps[ref.steps.length - 1]?.name;
  return ref.root === 'import' && name !== undefined && SUBJECT.some((v) => v.module === ref.module && v.calls.includes(name));
}

/** Fields of a JWT's `context.user` that name the user the token is for (`token-verifiers.json`, `subjectUser`). */
const SUBJECT_USER = new Set(tokenVerifiers.subjectUser);

/**
 * Connect's user fields by name: `userKey` of a Connect request's context (`req.context.userKey` of ACE), a field of
 * `context.user` of a Connect JWT's claims (`decoded.context.user.userKey`); null for any other field.
 */
export function connectUserField(scope: Scope, object: Node, name: string): readonly Flow[] | null {
  const connect = CONNECT_CONTEXT_FIELDS.get(name);
  if (connect && shapeOf(scope, object) === 'context') return connect;
  if (!SUBJECT_USER.has(name) || object.type !== 'MemberExpression' || propertyName(object.property, object.computed) !== 'user') return null;
  const context = unwrap(object.object);
  if (context.type !== 'MemberExpression' || propertyName(context.property, context.computed) !== 'context') return null;
  return givesJwtSubject(scope, context.object) || shapeOf(scope, context.object) === 'claims' ? ['account-id'] : null;
}

const { about: _about, ...configCalls } = forgeContext.configCalls;
const CONFIG_CALLS = new Map(Object.entries(configCalls));

/** `useConfig()` of UI Kit or UI Kit 1: a macro's configuration, what the page's editors entered. */
export function givesConfig(ref: Ref): boolean {
  const name = ref.steps[ref.steps.length - 1]?.name;
  return ref.root === 'import' && name !== undefined && (CONFIG_CALLS.get(name)?.includes(ref.module ?? '') ?? false);
}

const FORM_CALLS = forgeContext.formCalls;

/** `getValues()` of the `useForm()` of UI Kit or react-hook-form: what users filled in the form. */
export function givesFormValues(ref: Ref): boolean {
  const at = ref.steps.length - 2;
  if (at < 0 || !FORM_CALLS.reads.includes(ref.steps[at + 1]!.name)) return false;
  return ref.root === 'import' && FORM_CALLS.modules.includes(ref.module ?? '') && ref.steps[at]!.name === FORM_CALLS.hook && ref.steps[at]!.call !== null;
}

export function givesContext(ref: Ref): boolean {
  const name = ref.steps[ref.steps.length - 1]?.name;
  return ref.root === 'import' && name !== undefined && (CONTEXT_CALLS.get(name)?.includes(ref.module ?? '') ?? false);
}

/**
 * What a field of a resolver's request or of Forge's context holds: the request's `context` is the context
 * and any other field the payload; the context's fields are in `forge-context.json`, the product's data when not.
 */
export function fieldKinds(shape: Shape, name: string): readonly Flow[] {
  if (shape === 'context') {
    const forge = CONTEXT_FIELDS.get(name);
    return forge ? [forge] : CONNECT_CONTEXT_FIELDS.get(name) ?? ['resolver-payload'];
  }
  // A Connect JWT's `sub` is the user's account ID, and its `context` holds it again (`context.user.accountId`); `iss`, `qsh`, `exp` are the app's.
  // https://developer.atlassian.com/cloud/jira/platform/understanding-jwt-for-connect-apps/
  if (shape === 'claims') return name === 'sub' || name === 'context' ? ['account-id'] : ['other'];
  // The context of resolver function `name`'s request: the caller's account ID, and the product's data its module is
  // shown with unless a consumer module calls the function (`extension:name`, see `flowResolver`).
  if (name === 'context') return shape === 'request' ? CONTEXT_KINDS : ['account-id', `extension:${shape.slice(8)}`];
  return shape === 'request' ? ['resolver-payload'] : ['resolver-payload', `invoke:${shape.slice(8)}`];
}

const PAYLOAD_NAMES = new Set(['payload', 'body']);

/**
 * Whether an expression is what a request carries rather than the request (`req.payload`, `request.body`, a `payload`
 * parameter or a name given one): its `context` is a field the front end sent, not Forge's context.
 */
export function isPayload(scope: Scope, expr: Node): boolean {
  const node = unwrap(expr);
  if (node.type === 'MemberExpression') return PAYLOAD_NAMES.has(propertyName(node.property, node.computed) ?? '');
  if (node.type !== 'Identifier') return false;
  if (PAYLOAD_NAMES.has(node.name)) return true;
  const init = scope.lookup(node.name)?.init;
  return init ? unwrap(init).type === 'MemberExpression' && isPayload(scope, init) : false;
}

function isRequest(shape: Shape | null): boolean {
  return shape !== null && shape !== 'context' && shape !== 'claims';
}

/** What a field of a request or of Forge's context is in turn: the request's `context` is the context. */
export function fieldShape(shape: Shape | null, name: string): Shape | null {
  return isRequest(shape) && name === 'context' ? 'context' : null;
}
