import type { DataKind } from '../facts.ts';

/**
 * A kind of data, or something only known once every file and the manifest are read: a call's result,
 * `call:./jira#getIssue` (an imported function) or `call:#getIssue` (a function of the same file);
 * `handler:run`, the parameters of an exported function, which hold a payload when the manifest names
 * it as a handler; `param:log:1`, the second parameter of the module's function `log`, which holds
 * what its callers pass; or `client:saveToken:0`, what a request through that parameter returns:
 * product content when callers pass ACE's product client. The scan resolves them. `opaque` is data
 * the walk lost track of (too deep, a construct it does not read): it is `other` in the facts, but
 * unlike a count or a response it may hold a function's parameter. `store:kvs:comment:{}` is what a
 * read of the app's storage returns: what the app writes there under a key that may be the same.
 * `reply:3` is the response to the file's request `replies[3]` and `answer:3` the answer read from it
 * (`choices[0].message.content`): the content that request sent when it goes to an AI service, else nothing known.
 * `invoke:save` is what the app's front ends send the resolver function `save` (`invoke('save', payload)`);
 * `returned:save` is what that function returns to them.
 */
export type Flow = DataKind | 'opaque' | `store:${string}` | `call:${string}` | `callarg:${string}` | `handler:${string}` | `param:${string}` | `client:${string}`
  | `reply:${string}` | `answer:${string}` | `invoke:${string}` | `returned:${string}` | `route:${string}`;
import { isFunction, objectProperty, propertyName, unwrap, type Node } from './ast.ts';
import type { SourceModule } from './module.ts';
import { aceClient, aceRequest, actsAsUser, clientOf, givesAceClient, settingsOp } from './ace-client.ts';
import { CLIENTS, isHttpRequest } from './http-clients.ts';
import { isNeutralName, isSecretEnvName, kindOfName, words } from './names.ts';
import { isAnswerField, isModelCall, isReply, narrow } from './answers.ts';
import { sdkVendor } from './detectors/sdk-calls.ts';
import { isUserEndpoint } from './user-endpoints.ts';
import { sqlTable } from './sql-text.ts';
import { queryPrefix } from './kvs-query.ts';
import forgeContext from '../../data/forge-context.json' with { type: 'json' };

export interface Binding {
  /** The expression the name was bound to, when it is known and not reassigned. */
  init: Node | null;
  kinds: Set<Flow>;
  /** A function declared at the top of the module: calls to it are resolved by name. */
  topFunction?: boolean;
  /** The declaration of a top-level `function`, for what it returns when it builds a key. */
  declaration?: Node;
  /** Values given by plain assignments (`let path; if (a) path = … else path = …`); unset once one is not plain. */
  values?: Node[];
  /** Something was appended to the values given (`url += …`): they are how the string begins. */
  appended?: boolean;
  /** The bound value is made of constants only (worked out once, when first asked). */
  constant?: boolean;
  /** Data was put into the value after it was bound (`x.prop = v`, `list.push(v)`): it is no longer what its initialiser says. */
  grown?: boolean;
  /** A parameter of a top-level function, never reassigned: `fn:index`, filled in from its callers by the scan. */
  param?: string;
  /** The name was destructured from an array (`const [user, created] = …`): element `at` of the value `of`. */
  element?: { of: Node; at: number };
  /** A request a Forge resolver is handed (`resolver.define('x', (req) => …)`) or Forge's context (`req.context`, `view.getContext()`). */
  shape?: Shape;
  /** A property of a destructured parameter of a top-level function (`({ requestUrl }) => …`): `fn:0.requestUrl`, filled in from its callers. */
  paramKey?: string;
  /** A function a top-level function declares (`const request = (path) => …` in `jiraAccess`): `jiraAccess>request`. */
  local?: string;
  /** The parameter was given itself acting as a user (`client = client.asUserByAccountId(id)`): ACE's client, as a user. */
  asUser?: boolean;
}

/**
 * Objects of Forge whose fields hold known kinds: a resolver's request holds a payload and a context
 * (`request:save` for the function `resolver.define('save', …)` defines, whose payload is what front ends
 * send it); the context's fields hold what `forge-context.json` says.
 */
export type Shape = 'request' | `request:${string}` | 'context';

/** Between a top-level function's name and the name of a function it declares or builds an object of (`jiraAccess>request`). */
export const LOCAL = '>';

export interface Step {
  name: string;
  /** The call that applied this step (`asUser()`), or null for a property read. */
  call: Node | null;
  /** For a method an HTTP client is given at run time (`axios[method](url)`, name `DYNAMIC`): the expression that names it. */
  computed?: Node;
}

/** What an expression refers to: an import, a global, or something local we cannot follow. */
export interface Ref {
  root: 'import' | 'global' | 'unknown';
  module: string | null;
  /** For globals: the global's name (`fetch`, `console`, `AP`). */
  name: string | null;
  /** For imports: the name imported (`default` for a default import or a whole `require()`, `*` for a namespace). */
  imported?: string;
  steps: Step[];
}

/** The name of a step whose property is computed at run time (`http[method]`), see `Step.computed`. */
export const DYNAMIC = '[]';

/** A hole in an evaluated string: a part whose value is not known statically. */
export const HOLE = '\u0000';
const OPEN = '\u0001';
const CLOSE = '\u0002';

/**
 * A value imported from another module of the app, in an evaluated string: `\u0001./constants#API_BASE\u0002`
 * (`module#name`, object members and calls of key builders after the name: `ENDPOINTS.issue`, `issueKey()`).
 * Within its file it is a hole; the scan fills it in once every file is read.
 */
export const IMPORTED = new RegExp(`${OPEN}([^${OPEN}${CLOSE}]*)${CLOSE}`, 'g');

/** After `module#name` in a mark: the origin (`https://host`) of the imported URL, not all of it. */
export const ORIGIN = '|origin';
const IMPORTED_AT_START = new RegExp(`^${OPEN}([^${OPEN}${CLOSE}]*)${CLOSE}`);

/** The mark of an imported value `module#name` (see `IMPORTED`). */
export function importedMark(ref: string): string {
  return OPEN + ref + CLOSE;
}
/** In a `call:` flow, before the name of a field of what the function returns (`call:./confluence#fetchPage\u0005title`). */
export const FIELD = '\u0005';
/** Around `fn:index` in a string evaluated with `strParams`: the value a caller passes for that parameter. */
export const PARAM = '\u0003';

const TRANSFORMS = new Set(['json', 'text', 'blob', 'arrayBuffer', 'map', 'filter', 'find', 'slice', 'flat', 'flatMap', 'reduce', 'concat', 'trim', 'toString', 'toLowerCase', 'toUpperCase', 'substring', 'split', 'join', 'replace', 'values', 'entries', 'at', 'pop', 'shift', 'get', 'getAll', 'then', 'catch', 'finally', 'sort', 'reverse', 'toSorted', 'toReversed']);
/** What the result of these calls holds, whatever they are called on. */
const STORAGE_READS = new Set(['get', 'getMany', 'getOne']);
const RESULT_KINDS = new Map<string, Flow>([
  ...['requestJira', 'requestConfluence', 'requestBitbucket', 'requestGraph', 'requestJiraServiceManagement'].map((m) => [m, 'product-content'] as const),
  ['getSecret', 'secret'],
]);
/** What a field of Forge's context holds (`forge-context.json`); a field not listed holds the product's data. */
const CONTEXT_FIELDS = new Map(Object.entries(forgeContext.fields) as Array<[string, DataKind]>);
/** The calls that return a front end's context, with the modules that export them. */
const CONTEXT_CALLS = new Map(Object.entries(forgeContext.calls));
/** The whole context: the caller's account ID and the product's data. */
const CONTEXT_KINDS: readonly Flow[] = ['account-id', 'resolver-payload'];
const GLOBAL_OBJECTS = new Set(['window', 'globalThis', 'self', 'global']);
/** How a response's body is read (fetch, `@forge/api`). */
const BODY_READS = new Set(['text', 'json', 'blob', 'arrayBuffer']);
const TRUSTED_ROUTES = new Set(['assumeTrustedRoute', 'routeFromAbsolute']);
const MAX_DEPTH = 8;

/** Name bindings and data kinds per function, maintained as the walker goes through a file in order. */
export class Scope {
  readonly mod: SourceModule;
  private readonly frames: Array<Map<string, Binding>> = [new Map()];
  private paramMarks = false;
  /**
   * What call sites pass to the app's functions (`callarg:<n>` in kinds): the scan keeps an argument's
   * data in the call's result only when the function returns that parameter.
   */
  readonly callArgs: Array<{ callee: string; index: number; flows: Flow[] }> = [];
  private readonly callArgMarks = new Map<Node, Flow[]>();
  /** How often each CommonJS export (`exports.x`, `module.exports` as `*`) is assigned, anywhere in the module. */
  readonly exportWrites = new Map<string, number>();
  /** `this.client = new OpenAI()` in a class of the file: the object a `this.` member holds; null when given several. */
  private readonly members = new Map<string, Node | null>();
  /** `baseUrl = API_URL`, `this.baseUrl = 'https://…'` in a constructor: a `this.` member's string, made of the module's values; null when given several. */
  private readonly memberStrings = new Map<string, Node | null>();
  /** `this.requester = requester` in a constructor: members that hold what the class's builder hands over. */
  readonly handedMembers = new Set<string>();
  /** `constructor(private jira: JiraService)`: the class a `this.` member is typed with; null when typed with several. */
  private readonly memberTypes = new Map<string, string | null>();
  /** Classes declared at the top of the module, whose methods are functions of the module (`JiraService.getIssue`). */
  readonly classes = new Set<string>();
  /** Objects of functions declared at the top of the module (`const github = { request() {…} }`), named as classes are. */
  readonly objects = new Map<string, Node>();
  /** The top-level class whose body the walk is in, for `this.method()`. */
  currentClass: string | null = null;
  /** What the callbacks of `list.map(cb)`, `flatMap`, `reduce` and `then` return, once walked: the call's result holds it too. */
  readonly callbackResults = new Map<Node, Set<Flow>>();

  /** Imported specifiers that name the app's own modules without a relative path (`@/lib/jira`, a workspace package). */
  private readonly aliased: Set<string>;
  /** Requests whose responses flow (`reply:<n>`): HTTP requests and calls of AI SDKs, found by position; a model run for the app with what it was given. */
  readonly replies: Array<{ node: Node; local?: Flow[] }> = [];
  private readonly replyIds = new Map<Node, string>();
  /** Responses known to be errors where the walk is (`if (!res.ok) { … }`): they hold no answer there. */
  private readonly failed = new Set<string>();
  /** Bindings tested as failed responses where the walk is: no response data in them there. */
  private readonly failing = new Set<Binding>();

  constructor(mod: SourceModule, appModules: readonly string[] = []) {
    this.mod = mod;
    this.aliased = new Set(appModules.length === 0 ? [] : mod.specifiers.map((s) => s.module).filter((m) => !m.startsWith('.') && matchesAny(m, appModules)));
  }

  /** Whether a module specifier names one of the app's own modules: relative, or a path alias or workspace package of the app. */
  isAppModule(specifier: string): boolean {
    return specifier.startsWith('.') || this.aliased.has(specifier);
  }

  push(): void {
    this.frames.push(new Map());
  }

  pop(): void {
    this.frames.pop();
  }

  lookup(name: string): Binding | undefined {
    for (let i = this.frames.length - 1; i >= 0; i--) {
      const b = this.frames[i]!.get(name);
      if (b) return b;
    }
    return undefined;
  }

  bind(name: string, init: Node | null, kinds: Iterable<Flow>): void {
    const frame = this.frames[this.frames.length - 1]!;
    // The walk binds a module constant again where it is declared: it stays a function of the module.
    const topFunction = frame.get(name)?.topFunction;
    const binding: Binding = { init, kinds: new Set(kinds), values: init ? [init] : [] };
    if (topFunction) binding.topFunction = true;
    frame.set(name, binding);
  }

  /**
   * Binds every name in a pattern (`{ a, b: [c] }`), each carrying the kinds of the whole value; the names
   * taken from a resolver's request or Forge's context (`({ payload, context })`, `const { accountId } = context`)
   * carry what those fields hold.
   */
  bindPattern(pattern: Node, init: Node | null, kinds: Set<Flow>, shape: Shape | null = init === null ? null : this.shapeOf(init)): void {
    switch (pattern.type) {
      case 'Identifier':
        this.bind(pattern.name, init, withName(kinds, pattern.name));
        if (shape) this.lookup(pattern.name)!.shape = shape;
        break;
      case 'ObjectPattern':
        for (const prop of pattern.properties as Node[]) {
          if (prop.type === 'RestElement') this.bindPattern(prop.argument, null, kinds, null);
          else {
            const key = propertyName(prop.key, prop.computed);
            const sub = init && key ? objectProperty(unwrap(init), key) ?? memberOf(init, key, prop) : null;
            // `({ payload, context })`: the request's context, of a resolver or handed on by a handler.
            const field = key === null ? null : fieldShape(shape, key) ?? (key === 'context' && kinds.has('resolver-payload') ? 'context' : null);
            const propKinds = shape && key ? new Set(fieldKinds(shape, key)) : field ? new Set([...kinds, ...CONTEXT_KINDS])
              : key ? this.kindsOfField(kinds, key) : kinds;
            this.bindPattern(prop.value, sub, key ? withName(propKinds, key) : propKinds, field);
          }
        }
        break;
      case 'ArrayPattern':
        (pattern.elements as Array<Node | null>).forEach((el, at) => {
          if (!el) return;
          this.bindPattern(el, null, kinds, null);
          // `const [user, created] = await User.findOrCreate(…)`: which element of the value a name holds.
          if (init && el.type === 'Identifier') this.lookup(el.name)!.element = { of: init, at };
        });
        break;
      case 'AssignmentPattern':
        this.bindPattern(pattern.left, init, kinds, shape);
        break;
      case 'RestElement':
        this.bindPattern(pattern.argument, null, kinds, null);
        break;
      default:
        break;
    }
  }

  /** What a field of a value holds, by its name: `other` for IDs, counts and statuses, the answer for an answer's field (`{ message }`). */
  private kindsOfField(kinds: Set<Flow>, key: string): Set<Flow> {
    if (kindOfName(key) || !isNeutralName(key)) return narrow(kinds, key);
    return isAnswerField(key) && [...kinds].some(isReply) ? narrow(kinds, key) : new Set<Flow>(['other']);
  }

  /** The response to a request (`reply:<n>`), once per call; `local` is what a model the app runs was given. */
  private reply(node: Node, local?: Flow[]): Flow {
    let id = this.replyIds.get(node);
    if (id === undefined) {
      id = String(this.replies.length);
      this.replies.push(local ? { node, local } : { node });
      this.replyIds.set(node, id);
    }
    return `reply:${id}`;
  }

  /**
   * Walks a branch where these responses failed (`if (!res.ok)`, `if (res.status !== 200)`, the `else` of `if (res.ok)`):
   * their bodies are error messages there, not answers, nor what a product sent; one missing its answer
   * (`if (!data.choices)`) holds none of the answer there.
   */
  inFailure(responses: ReadonlyArray<{ node: Node; byStatus: boolean }>, walk: () => void): void {
    const ids: string[] = [];
    const bindings: Binding[] = [];
    for (const response of responses) {
      for (const k of this.kinds(response.node)) if (isReply(k)) ids.push(k.slice(k.indexOf(':') + 1));
      const node = unwrap(response.node);
      const b = response.byStatus && node.type === 'Identifier' ? this.lookup(node.name) : undefined;
      if (b) bindings.push(b);
    }
    const added = ids.filter((id) => !this.failed.has(id));
    const marked = bindings.filter((b) => !this.failing.has(b));
    for (const id of added) this.failed.add(id);
    for (const b of marked) this.failing.add(b);
    try {
      walk();
    } finally {
      for (const id of added) this.failed.delete(id);
      for (const b of marked) this.failing.delete(b);
    }
  }

  /**
   * A binding's kinds without the failed responses in it; a binding tested as a failed response holds no response data,
   * also when a helper of the app returned it (`const res = await jiraGet(path); if (!res.ok) …`), with what the call passed.
   */
  private withoutFailed(b: Binding): Set<Flow> {
    const out = new Set<Flow>();
    const failing = this.failing.has(b) || this.bodyOfFailing(b);
    for (const k of b.kinds) {
      if (isReply(k) ? failing || this.failed.has(k.slice(k.indexOf(':') + 1)) : failing && (k === 'product-content' || k.startsWith('client:') || k.startsWith('call'))) continue;
      out.add(k);
    }
    if (out.size === 0) out.add('other');
    return out;
  }

  /** The body read from a response tested as failed: `const body = await res.text(); if (!res.ok) log(body)`. */
  private bodyOfFailing(b: Binding): boolean {
    const read = b.init ? unwrap(b.init) : null;
    if (read?.type !== 'CallExpression') return false;
    const callee = unwrap(read.callee);
    if (callee.type !== 'MemberExpression' || !BODY_READS.has(propertyName(callee.property, callee.computed) ?? '')) return false;
    const response = unwrap(callee.object);
    const rb = response.type === 'Identifier' ? this.lookup(response.name) : undefined;
    return rb !== undefined && this.failing.has(rb);
  }

  /**
   * Whether an expression is a resolver's request or Forge's context: a name bound to one, the `context`
   * of a request (`req.context`), or a front end's `view.getContext()` or `useProductContext()`.
   */
  shapeOf(expr: Node, depth = 0): Shape | null {
    const node = unwrap(expr);
    switch (node.type) {
      case 'Identifier':
        return this.lookup(node.name)?.shape ?? null;
      case 'MemberExpression': {
        if (depth > MAX_DEPTH || propertyName(node.property, node.computed) !== 'context') return null;
        const outer = this.shapeOf(node.object, depth + 1);
        return isRequest(outer) || (outer === null && this.kinds(node.object, depth + 1).has('resolver-payload')) ? 'context' : null;
      }
      case 'CallExpression': {
        const callee = unwrap(node.callee);
        const name = callee.type === 'Identifier' ? callee.name : callee.type === 'MemberExpression' ? propertyName(callee.property, callee.computed) : null;
        return name !== null && CONTEXT_CALLS.has(name) && this.givesContext(this.ref(callee)) ? 'context' : null;
      }
      default:
        return null;
    }
  }

  /** The resolver function a front end's `invoke('save', …)` of `@forge/bridge` calls, when the call names it with a constant. */
  invokedFunction(ref: Ref, call: Node): string | null {
    if (ref.root !== 'import' || ref.module !== '@forge/bridge' || ref.steps.length !== 1 || ref.steps[0]!.name !== 'invoke') return null;
    const name = settle(this.str(call.arguments[0]));
    return name && !name.includes(HOLE) ? name : null;
  }

  private givesContext(ref: Ref): boolean {
    const name = ref.steps[ref.steps.length - 1]?.name;
    return ref.root === 'import' && name !== undefined && (CONTEXT_CALLS.get(name)?.includes(ref.module ?? '') ?? false);
  }

  /** A class member set to an object built by a call or `new` (`this.client = new OpenAI()`, `client = createClient()`). */
  bindMember(name: string, value: Node, local: ReadonlySet<string> = new Set()): void {
    const node = unwrap(value);
    if (node.type !== 'NewExpression' && node.type !== 'CallExpression') {
      if (isModuleString(node, local)) this.memberStrings.set(name, this.memberStrings.has(name) && this.memberStrings.get(name) !== node ? null : node);
      return;
    }
    this.members.set(name, this.members.has(name) && this.members.get(name) !== node ? null : node);
  }

  /** A class member typed with a class (`constructor(private jira: JiraService)`, injected by whoever builds it). */
  bindMemberType(name: string, type: string): void {
    this.memberTypes.set(name, this.memberTypes.has(name) && this.memberTypes.get(name) !== type ? null : type);
  }

  /**
   * A reassignment: the value is no longer one expression; kinds accumulate. `value` is the assigned
   * expression of a plain `=`, null for `+=`, `++` and the like.
   */
  assign(name: string, kinds: Set<Flow>, value: Node | null = null, append = false): void {
    const b = this.lookup(name);
    if (!b) return;
    b.init = null;
    delete b.shape;
    delete b.paramKey;
    // `httpClient = httpClient.asUserByAccountId(id)`: still the client the callers pass, now acting as a user.
    if (b.param && value && actsAsUser(value, name)) b.asUser = true;
    else delete b.param;
    if (value && b.values) b.values.push(value);
    // `url += \`&page=${n}\``: it still begins with what it was given.
    else if (append && b.values?.length) b.appended = true;
    else delete b.values;
    for (const k of kinds) b.kinds.add(k);
  }

  /** `util.format` of Node.js, called on the module or imported by name. */
  private isUtilFormat(callee: Node, depth: number): boolean {
    const name = callee.type === 'MemberExpression' ? propertyName(callee.property, callee.computed) : callee.type === 'Identifier' ? callee.name : null;
    if (name !== 'format') return false;
    const ref = this.ref(callee, depth);
    if (ref.root !== 'import' || (ref.module !== 'util' && ref.module !== 'node:util')) return false;
    return ref.steps.length === 1 && ref.steps[0]!.name === 'format' && ref.steps[0]!.call === null;
  }

  /** Follows an expression to what it refers to. */
  ref(expr: Node, depth = 0): Ref {
    const node = unwrap(expr);
    if (depth > MAX_DEPTH) return unknownRef();
    switch (node.type) {
      case 'Identifier': {
        const local = this.lookup(node.name);
        if (local) {
          if (local.init) return this.ref(local.init, depth + 1);
          // `let client = null; … client = new OpenAI()`: the one value it is ever given.
          const given = local.values?.length ? onlyValue(local.values) : null;
          return given ? this.ref(given, depth + 1) : unknownRef();
        }
        const imported = this.mod.imports.get(node.name);
        if (imported) {
          const steps = imported.imported === 'default' || imported.imported === '*' ? [] : [{ name: imported.imported, call: null }];
          return { root: 'import', module: imported.module, name: null, imported: imported.imported, steps };
        }
        return { root: 'global', module: null, name: node.name, steps: [] };
      }
      case 'ThisExpression':
        return { root: 'unknown', module: null, name: 'this', steps: [] };
      case 'MemberExpression': {
        // `api.asApp()[fn]` with `const fn = 'requestJira'`: the constant names the property.
        const name = propertyName(node.property, node.computed) ?? (node.computed ? this.constantName(node.property, depth) : null);
        const member = name !== null && unwrap(node.object).type === 'ThisExpression' ? this.members.get(name) : undefined;
        if (member) return this.ref(member, depth + 1);
        const base = this.ref(node.object, depth);
        // `axios[method](url)`, `this.http[verb.toLowerCase()](path)`: a request whose method is chosen at run time.
        if (name === null && node.computed && base.root === 'import' && base.module !== null && (Object.hasOwn(CLIENTS, base.module) || isPrincipal(base))) {
          return { ...base, steps: [...base.steps, { name: DYNAMIC, call: null, computed: node.property }] };
        }
        if (name === null) return unknownRef();
        if (base.root === 'global' && base.steps.length === 0 && base.name && GLOBAL_OBJECTS.has(base.name)) {
          return { root: 'global', module: null, name, steps: [] };
        }
        // `import api from '@forge/api'` and `api.default` are the same object.
        if (base.root === 'import' && base.steps.length === 0 && name === 'default') return base;
        return { ...base, steps: [...base.steps, { name, call: null }] };
      }
      case 'CallExpression': {
        const callee = unwrap(node.callee);
        if (callee.type === 'Identifier' && callee.name === 'require' && node.arguments[0]?.type === 'Literal') {
          return { root: 'import', module: String(node.arguments[0].value), name: null, imported: 'default', steps: [] };
        }
        // `const entity = () => kvs.entity('x')` called as `entity().set(…)`: the client the function builds.
        const built = callee.type === 'Identifier' ? this.builtClient(callee.name) : null;
        if (built) return this.ref(built, depth + 1);
        const base = this.ref(callee, depth);
        return withCall(base, node);
      }
      // `process.env.TOKEN ? Mixpanel.init(…) : null`, `enabled && new PostHog(…)`: the client, when there is one.
      case 'ConditionalExpression': {
        const only = onlyValue([node.consequent, node.alternate]);
        // `asUser ? api.asUser() : api.asApp()`: the same client either way, as one principal or the other.
        return only ? this.ref(only, depth + 1) : eitherPrincipal(this.ref(node.consequent, depth + 1), this.ref(node.alternate, depth + 1));
      }
      case 'LogicalExpression':
        return node.operator === '&&' ? this.ref(node.right, depth + 1) : unknownRef();
      case 'NewExpression': {
        const base = this.ref(node.callee, depth);
        return { ...base, steps: [...base.steps, { name: 'new', call: node }] };
      }
      case 'ImportExpression':
        return node.source?.type === 'Literal'
          ? { root: 'import', module: String(node.source.value), name: null, imported: 'default', steps: [] }
          : unknownRef();
      default:
        return unknownRef();
    }
  }

  /** As `str`, with the parameters of the enclosing top-level function marked (`PARAM`), for the scan to fill in from callers. */
  strParams(expr: Node | null | undefined): string | null {
    const outer = this.paramMarks;
    this.paramMarks = true;
    try {
      return this.str(expr);
    } finally {
      this.paramMarks = outer;
    }
  }

  /**
   * As `strParams`, once per value an expression may take when it is nothing known as a whole: the branches of
   * `cond ? a : b`, the values given to a variable (`if (q) path = a; else path = b`). At most four.
   */
  strAlternatives(expr: Node | null | undefined): Array<string | null> {
    const whole = this.strParams(expr);
    if (whole !== null && !ONLY_HOLES.test(whole)) return [whole];
    const out = new Set<string | null>();
    const add = (node: Node, depth: number): void => {
      const value = unwrap(node);
      const binding = value.type === 'Identifier' ? this.lookup(value.name) : undefined;
      const values = value.type === 'ConditionalExpression' ? [value.consequent, value.alternate] : binding?.init ? [binding.init] : binding?.values && !binding.appended ? binding.values : null;
      if (depth < 3 && values && values.length > 0 && !(binding?.param ?? binding?.paramKey)) for (const v of values) add(v, depth + 1);
      else out.add(this.strParams(value));
    };
    if (expr) add(expr, 0);
    const found = [...out];
    return found.length > 1 && found.length <= 4 && found.every((v) => v !== null && !ONLY_HOLES.test(v)) ? found : [whole];
  }

  /** A computed property's name when it is a constant string of the module (`const fn = 'requestJira'`), else null. */
  private constantName(property: Node, depth: number): string | null {
    const outer = this.paramMarks;
    this.paramMarks = false;
    try {
      const text = this.str(property, depth + 1);
      return text !== null && !MARKS.test(text) ? text : null;
    } finally {
      this.paramMarks = outer;
    }
  }

  /** `fn:index` when the expression is a parameter of the enclosing top-level function, as it was passed. */
  paramOf(expr: Node | null | undefined): string | null {
    const node = expr ? unwrap(expr) : null;
    return node?.type === 'Identifier' ? this.lookup(node.name)?.param ?? null : null;
  }

  /** Evaluates an expression to a string with `HOLE` for unknown parts; null when it is not string-like at all. */
  str(expr: Node | null | undefined, depth = 0): string | null {
    if (!expr || depth > MAX_DEPTH) return null;
    const node = unwrap(expr);
    switch (node.type) {
      case 'Literal':
        return typeof node.value === 'string' || typeof node.value === 'number' ? String(node.value) : null;
      case 'TemplateLiteral': {
        let out = '';
        node.quasis.forEach((q: Node, i: number) => {
          out += q.value.cooked ?? q.value.raw;
          const e = node.expressions[i];
          if (e) out += this.str(e, depth + 1) ?? HOLE;
        });
        return out;
      }
      case 'TaggedTemplateExpression':
        return this.str(node.quasi, depth + 1);
      case 'BinaryExpression':
        if (node.operator !== '+') return null;
        return joinParts(this.str(node.left, depth + 1), this.str(node.right, depth + 1));
      case 'Identifier': {
        const b = this.lookup(node.name);
        const param = b?.param ?? b?.paramKey;
        if (param && this.paramMarks) return `${PARAM}${param}${PARAM}`;
        if (!b) return this.importedStr(node) ?? HOLE;
        if (b.init) return this.str(b.init, depth + 1);
        // Every value assigned so far is the same string: that is the value. Values that differ only in their query
        // (`route\`/rest/x?cloudId=${id}\`` or `route\`/rest/x?uuid=${uuid}\``) share the path.
        const values = b.values?.map((v) => this.str(v, depth + 1)) ?? [];
        const same = values.length > 0 && values.every((v) => v !== null && v === values[0]) ? values[0]! : samePath(values);
        return same === null ? HOLE : b.appended ? same + HOLE : same;
      }
      case 'MemberExpression': {
        const target = this.memberValue(node, depth);
        if (target) return this.str(target, depth + 1);
        // `${this.baseUrl}${path}` in a class whose constructor or fields give `baseUrl` one string.
        const member = unwrap(node.object).type === 'ThisExpression' && this.currentClass !== null ? this.memberStrings.get(propertyName(node.property, node.computed) ?? '') : undefined;
        if (member) return this.str(member, depth + 1);
        // `req.path` of a parameter `req`: what the callers' objects give it, as for `({ path }) => …`.
        const param = this.paramMarks ? this.paramOf(node.object) : null;
        const key = param !== null && !param.includes('.') ? propertyName(node.property, node.computed) : null;
        if (key !== null && /^[\w$]+$/.test(key)) return `${PARAM}${param}.${key}${PARAM}`;
        return this.importedStr(node) ?? HOLE;
      }
      case 'NewExpression': {
        const callee = unwrap(node.callee);
        if (callee.type === 'Identifier' && callee.name === 'URL' && !this.lookup('URL')) {
          const path = this.str(node.arguments[0], depth + 1) ?? HOLE;
          if (!node.arguments[1] || /^[a-z][a-z0-9+.-]*:\/\//i.test(path)) return path;
          const base = this.str(node.arguments[1], depth + 1) ?? HOLE;
          return resolveUrl(path, base);
        }
        return HOLE;
      }
      case 'CallExpression': {
        const callee = unwrap(node.callee);
        // `[a, b].join('/')`, `a.concat(b)`
        if (callee.type === 'MemberExpression' && propertyName(callee.property) === 'join' && unwrap(callee.object).type === 'ArrayExpression') {
          const sep = this.str(node.arguments[0], depth + 1) ?? ',';
          return (unwrap(callee.object).elements as Node[]).map((e) => this.str(e, depth + 1) ?? HOLE).join(sep);
        }
        if (callee.type === 'MemberExpression' && propertyName(callee.property) === 'concat') {
          let out = this.str(callee.object, depth + 1);
          for (const arg of node.arguments as Node[]) out = joinParts(out, this.str(arg, depth + 1));
          return out;
        }
        if (callee.type === 'MemberExpression' && propertyName(callee.property) === 'toString') return this.str(callee.object, depth + 1);
        // `method.toUpperCase()`: the known parts change case; a caller's or another module's value keeps its own.
        const casing = callee.type === 'MemberExpression' && node.arguments.length === 0 ? propertyName(callee.property) : null;
        if (casing === 'toLowerCase' || casing === 'toUpperCase') {
          const inner = this.str(callee.object, depth + 1);
          return inner === null ? HOLE : inner.replace(UNMARKED, (part) => (part[0] === OPEN || part[0] === PARAM ? part : casing === 'toLowerCase' ? part.toLowerCase() : part.toUpperCase()));
        }
        // `util.format('/rest/api/3/issue/%s', key)`
        if (this.isUtilFormat(callee, depth)) {
          const args = node.arguments as Node[];
          const format = this.str(args[0], depth + 1);
          if (format === null) return HOLE;
          let next = 1;
          return format.replace(/%([sdifjoOc%])/g, (_, c: string) => (c === '%' ? '%' : c === 'c' ? '' : this.str(args[next++], depth + 1) ?? HOLE));
        }
        // `assumeTrustedRoute(path)`, `routeFromAbsolute(url)`: a route made of a string the app vouches for.
        if (this.mayBeTrustedRoute(callee)) {
          const ref = this.ref(callee, depth);
          if (ref.module === '@forge/api' && ref.steps.length === 1 && TRUSTED_ROUTES.has(ref.steps[0]!.name)) return this.str(node.arguments[0], depth + 1);
        }
        if (callee.type === 'Identifier') return this.callStr(callee.name, depth) ?? this.importedStr(callee, '()') ?? HOLE;
        // `ROUTES.issue(key)`, `config.jira.routes.issue(key)`: a route or key builder kept in an object, here or in another module.
        if (callee.type === 'MemberExpression') {
          const fn = this.memberValue(callee, depth);
          return (fn ? this.returnedStr(unwrap(fn), depth) : this.importedStr(callee, '()')) ?? HOLE;
        }
        return HOLE;
      }
      case 'ConditionalExpression':
      case 'LogicalExpression':
        return HOLE;
      default:
        return null;
    }
  }

  private mayBeTrustedRoute(callee: Node): boolean {
    if (callee.type === 'Identifier') return TRUSTED_ROUTES.has(this.mod.imports.get(callee.name)?.imported ?? '');
    return callee.type === 'MemberExpression' && TRUSTED_ROUTES.has(propertyName(callee.property, callee.computed) ?? '');
  }

  /** What a module function without parameters returns when that is one call (`() => kvs.entity('x')`, `function db() { return getClient(); }`). */
  private builtClient(name: string): Node | null {
    const binding = this.lookup(name);
    if (!binding?.topFunction) return null;
    const fn = binding.init ? unwrap(binding.init) : binding.declaration;
    if (!fn || !isFunction(fn) || (fn.params as Node[]).length > 0) return null;
    let body: Node | null = fn.body;
    if (body?.type === 'BlockStatement') {
      const only = body.body.length === 1 ? body.body[0] : null;
      body = only?.type === 'ReturnStatement' ? only.argument : null;
    }
    const value = body ? unwrap(body) : null;
    return value && (value.type === 'CallExpression' || value.type === 'NewExpression') ? value : null;
  }

  /** A call of a local key builder, `const key = (id) => \`item:${id}\``: its returned template, parameters as holes. */
  private callStr(name: string, depth: number): string | null {
    const binding = this.lookup(name);
    const fn = binding?.init ?? binding?.declaration;
    return fn ? this.returnedStr(fn, depth) : null;
  }

  /** What a key builder returns (`(id) => \`item:${id}\``), parameters as holes; null for other functions. */
  returnedStr(fn: Node, depth = 0): string | null {
    if (fn.type !== 'ArrowFunctionExpression' && fn.type !== 'FunctionExpression' && fn.type !== 'FunctionDeclaration') return null;
    let body: Node | null = fn.body;
    if (body?.type === 'BlockStatement') {
      const only = body.body.length === 1 ? body.body[0] : null;
      body = only?.type === 'ReturnStatement' ? only.argument : null;
    }
    if (!body) return null;
    this.push();
    for (const param of fn.params as Node[]) this.bindPattern(param, null, new Set());
    const out = this.str(body, depth + 1);
    this.pop();
    return out;
  }

  /**
   * A value imported from one of the app's modules, marked for the scan to fill in (see `IMPORTED`):
   * `API_BASE`, `C.API_BASE` (namespace), `config.baseUrl` (default export or `require`),
   * `ENDPOINTS.issue`; `suffix` `()` for a key builder's call. Null when it is not one.
   */
  importedStr(expr: Node, suffix = '', depth = 0): string | null {
    const path: string[] = [];
    let node = unwrap(expr);
    while (node.type === 'MemberExpression') {
      const name = propertyName(node.property, node.computed);
      if (name === null) return null;
      path.unshift(name);
      node = unwrap(node.object);
    }
    if (node.type !== 'Identifier') return null;
    const local = this.lookup(node.name);
    if (local) {
      // `const { routes } = config.jira`, `const keys = config.keys`: a local name for part of an imported object.
      const init = local.init && !local.grown && local.values?.length === 1 ? unwrap(local.init) : null;
      if (!init || (init.type !== 'MemberExpression' && init.type !== 'Identifier') || depth > MAX_DEPTH) return null;
      return this.importedStr(init, `${path.map((p) => `.${p}`).join('')}${suffix}`, depth + 1);
    }
    const imported = this.mod.imports.get(node.name);
    if (!imported || !this.isAppModule(imported.module)) return null;
    if (imported.imported !== '*') path.unshift(imported.imported);
    return path.length > 0 ? importedMark(`${imported.module}#${path.join('.')}${suffix}`) : null;
  }

  /** `x.prop = value`: what `x` holds now includes `value`. */
  assignMember(target: Node, kinds: Set<Flow>): void {
    let root = unwrap(target);
    while (root.type === 'MemberExpression') root = unwrap(root.object);
    if (root.type !== 'Identifier') return;
    const b = this.lookup(root.name);
    if (!b) return;
    for (const k of kinds) {
      if (k === 'literal') continue;
      b.kinds.add(k);
      b.grown = true;
    }
  }

  /** `CONFIG.api.base` where CONFIG is a const object literal → the property's value node. */
  memberValue(node: Node, depth = 0): Node | null {
    if (depth > MAX_DEPTH) return null;
    const name = propertyName(node.property, node.computed);
    if (name === null) return null;
    const object = unwrap(node.object);
    let target: Node | null = null;
    if (object.type === 'Identifier') target = this.lookup(object.name)?.init ?? null;
    else if (object.type === 'MemberExpression') target = this.memberValue(object, depth + 1);
    else if (object.type === 'ObjectExpression') target = object;
    if (target && unwrap(target).type === 'Identifier') {
      target = this.lookup(unwrap(target).name)?.init ?? null;
    }
    return target ? objectProperty(unwrap(target), name) : null;
  }

  /** The value of a property of an object literal a name is bound to and that nothing changed since; null when a spread may give it. */
  private ownProperty(object: string, name: string): Node | null {
    const b = this.lookup(object);
    const init = b?.init && !b.grown && b.values?.length === 1 ? unwrap(b.init) : null;
    if (init?.type !== 'ObjectExpression' || (init.properties as Node[]).some((p) => p.type === 'SpreadElement')) return null;
    return objectProperty(init, name);
  }

  /** An object-literal argument, following a const binding (`const opts = {...}; fetch(url, opts)`). */
  object(expr: Node | null | undefined): Node | null {
    if (!expr) return null;
    const node = unwrap(expr);
    if (node.type === 'ObjectExpression') return node;
    if (node.type === 'Identifier') {
      const init = this.lookup(node.name)?.init;
      return init && unwrap(init).type === 'ObjectExpression' ? unwrap(init) : null;
    }
    return null;
  }

  /** The kinds of data an expression carries, from the bindings and the way things are named. */
  kinds(expr: Node | null | undefined, depth = 0): Set<Flow> {
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
        for (const e of node.expressions as Node[]) {
          addAll(out, this.kinds(e, depth + 1));
          this.addPassed(out, e);
        }
        break;
      case 'Identifier': {
        if (node.name === 'undefined') { out.add('literal'); break; }
        const byName = kindOfName(node.name);
        if (byName) { out.add(byName); break; }
        const b = this.lookup(node.name);
        if (b?.init && !b.grown && (b.constant ??= this.isConstant(b.init, depth))) { out.add('literal'); break; }
        if (isNeutralName(node.name, false) && !b?.grown) {
          // `const userKey = \`prefs-${accountId}\``: a key made of a person's ID or email still names the person.
          if (b?.init && isBuiltString(b.init)) for (const k of this.kinds(b.init, depth + 1)) if (PERSONAL.has(k)) out.add(k);
          if (out.size === 0) out.add('other');
          break;
        }
        if (b) addAll(out, this.failed.size > 0 || this.failing.size > 0 ? this.withoutFailed(b) : b.kinds);
        if (out.size === 0) out.add('other');
        break;
      }
      case 'MemberExpression': {
        const name = propertyName(node.property, node.computed);
        const object = unwrap(node.object);
        if (object.type === 'MemberExpression' && propertyName(object.property) === 'env' && unwrap(object.object).type === 'Identifier' && unwrap(object.object).name === 'process') {
          out.add(name && isSecretEnvName(name) ? 'secret' : 'other');
          break;
        }
        const byName = name ? kindOfName(name) : null;
        if (byName) { out.add(byName); break; }
        if (name && isNeutralName(name)) {
          // `choices[0].message`: a field of an answer, however it is named, also of one a helper returned.
          const inner = isAnswerField(name) ? this.kinds(object, depth + 1) : null;
          if (inner && ([...inner].some(isReply) || readsAnswer(object))) addAll(out, narrow(inner, name));
          else out.add('other');
          break;
        }
        // ACE's product client on a request (`req.context.http`) is no data of the request.
        if (name === 'http' && aceClient(this, node, this.ref(node))) { out.add('other'); break; }
        // `req.payload`, `context.extension`, `(await view.getContext()).license`: what that field of a request or of Forge's context holds.
        const shape = name ? this.shapeOf(object, depth + 1) : null;
        if (shape && name) { addAll(out, fieldKinds(shape, name)); break; }
        // `entry.createdAt` of `const entry = { author: accountId, createdAt: Date.now() }`: that property's value, not the whole object's.
        const own = name !== null && object.type === 'Identifier' ? this.ownProperty(object.name, name) : null;
        if (own) { addAll(out, this.kinds(own, depth + 1)); break; }
        // `req.context.extension`: a part of the context other than the account ID is not the account ID.
        const context = object.type === 'MemberExpression' && propertyName(object.property, object.computed) === 'context' ? unwrap(object.object) : null;
        const whole = name === null ? this.kinds(context ?? object, depth + 1) : narrow(this.kinds(context ?? object, depth + 1), name);
        // `page.title` of `const page = await fetchPage(id)`: that field of what the app's function returns (see `FIELD`).
        if (name !== null && context === null) for (const k of whole) out.add(k.startsWith('call:') && !k.includes(FIELD) ? `${k}${FIELD}${name}` as Flow : k);
        else addAll(out, whole);
        // `context` of a resolver request holds the caller's account ID.
        if (name === 'context' && out.has('resolver-payload')) out.add('account-id');
        break;
      }
      case 'CallExpression':
        addAll(out, this.callKinds(node, depth));
        break;
      case 'BinaryExpression':
        if (['+'].includes(node.operator)) {
          addAll(out, this.kinds(node.left, depth + 1));
          addAll(out, this.kinds(node.right, depth + 1));
          this.addPassed(out, node.left);
          this.addPassed(out, node.right);
        } else out.add('other');
        break;
      case 'LogicalExpression':
        addAll(out, this.kinds(node.left, depth + 1));
        addAll(out, this.kinds(node.right, depth + 1));
        break;
      case 'ConditionalExpression':
        addAll(out, this.kinds(node.consequent, depth + 1));
        addAll(out, this.kinds(node.alternate, depth + 1));
        break;
      case 'ObjectExpression':
        for (const p of node.properties as Node[]) {
          if (p.type === 'SpreadElement') addAll(out, this.kinds(p.argument, depth + 1));
          else {
            const key = propertyName(p.key, p.computed);
            const byName = key ? kindOfName(key) : null;
            const valueKinds = this.kinds(p.value, depth + 1);
            if (byName && !valueKinds.has('literal')) out.add(byName);
            addAll(out, valueKinds);
            // `{ [accountId]: Date.now() }`: a map keyed by people's IDs or emails holds them.
            if (p.computed) for (const k of this.kinds(p.key, depth + 1)) if (PERSONAL.has(k)) out.add(k);
          }
        }
        if (out.size === 0) out.add('literal');
        break;
      // `console.log(...args)`: what is spread.
      case 'SpreadElement':
        addAll(out, this.kinds(node.argument, depth + 1));
        break;
      case 'ArrayExpression':
        for (const e of node.elements as Array<Node | null>) if (e) addAll(out, this.kinds(e.type === 'SpreadElement' ? e.argument : e, depth + 1));
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
        addAll(out, node.operator === '=' ? this.kinds(node.right, depth + 1) : new Set<Flow>(['other']));
        break;
      // `new Blob([body])`, `this.data`, `x = y`: not followed, so it may be anything it was given.
      default:
        out.add('opaque');
    }
    return out;
  }

  /**
   * `(id) => \`prefs-${id}\``: a parameter named only `id` or `key`, put into a string, holds what the callers pass
   * (judged where they pass it: an account ID, not an issue key); `spaceKey` says what it identifies.
   */
  private addPassed(out: Set<Flow>, part: Node): void {
    const node = unwrap(part);
    const b = node.type === 'Identifier' ? this.lookup(node.name) : undefined;
    if (!b?.param || b.grown || !isNeutralName(node.name, false) || words(node.name).length !== 1) return;
    for (const k of b.kinds) if (k.startsWith('param:')) out.add(k);
  }

  /**
   * The app's own function a callee names, as `call:` markers write it (`#name`, `./jira#getIssue`), or null.
   * With `methods`, also a method of one of the app's classes (`#JiraService.getIssue`, `./jira#default.getIssue`):
   * on `this`, on an instance built with `new`, on a member the constructor is given or typed with, or static.
   */
  appFunction(callee: Node, methods = true): string | null {
    const node = unwrap(callee);
    if (node.type === 'Identifier') {
      const local = this.lookup(node.name);
      if (local) return local.topFunction ? `#${node.name}` : null;
      const imported = this.mod.imports.get(node.name);
      return imported && this.isAppModule(imported.module) ? `${imported.module}#${imported.imported}` : null;
    }
    if (node.type !== 'MemberExpression') return null;
    const name = propertyName(node.property, node.computed);
    const object = unwrap(node.object);
    // `issues.getIssue(…)` with `import * as issues from './issues'`
    if (object.type === 'Identifier' && !this.lookup(object.name)) {
      const imported = this.mod.imports.get(object.name);
      if (imported?.imported === '*') return this.isAppModule(imported.module) && name ? `${imported.module}#${name}` : null;
    }
    const cls = methods && name ? this.classOf(object) : null;
    return cls ? `${cls}.${name}` : null;
  }

  /**
   * A function a top-level function declares (`request(…)` → `#jiraAccess>request`), or a function of the object one of
   * the app's functions returns (`jira.get(…)` with `const jira = makeClient(…)` → `./client#makeClient>get`), as argument flows name it.
   */
  localFunction(callee: Node): string | null {
    const node = unwrap(callee);
    if (node.type === 'Identifier') {
      const local = this.lookup(node.name)?.local;
      return local ? `#${local}` : null;
    }
    const name = node.type === 'MemberExpression' ? propertyName(node.property, node.computed) : null;
    if (name === null) return null;
    let object = unwrap(node.object);
    if (object.type === 'Identifier') {
      const init = this.lookup(object.name)?.init;
      if (init) object = unwrap(init);
    }
    const factory = object.type === 'CallExpression' ? this.appFunction(object.callee, false) : null;
    return factory ? `${factory}${LOCAL}${name}` : null;
  }

  /** The app's class a name refers to (`#JiraService`, `./jira#default`), or null. */
  appClass(node: Node): string | null {
    return this.classNamed(node);
  }

  /** The app's class an object is an instance of (or, for a static call, is): `#JiraService` or `./jira#default`. */
  private classOf(object: Node, depth = 0): string | null {
    if (depth > MAX_DEPTH) return null;
    switch (object.type) {
      case 'ThisExpression':
        return this.currentClass ? `#${this.currentClass}` : null;
      case 'NewExpression':
        return this.classNamed(unwrap(object.callee));
      case 'Identifier': {
        const local = this.lookup(object.name);
        if (!local) return this.classNamed(object);
        const value = local.init ?? (local.values?.length ? onlyValue(local.values) : null);
        if (value && this.objects.get(object.name) === unwrap(value)) return `#${object.name}`;
        return value && unwrap(value).type === 'NewExpression' ? this.classOf(unwrap(value), depth + 1) : null;
      }
      case 'MemberExpression': {
        const name = propertyName(object.property, object.computed);
        if (name === null || unwrap(object.object).type !== 'ThisExpression') return null;
        const member = this.members.get(name);
        if (member?.type === 'NewExpression') return this.classOf(member, depth + 1);
        const type = this.memberTypes.get(name);
        return type ? this.classNamed(type, true) : null;
      }
      default:
        return null;
    }
  }

  /**
   * A class of the module, or a class, instance or object of functions imported from another module of the
   * app (`JiraClient.fetchIssue()`, `jiraService.getIssue()` with `export const jiraService = new JiraService()`).
   */
  private classNamed(node: Node | string, typed = false): string | null {
    const name = typeof node === 'string' ? node : node.type === 'Identifier' ? node.name as string : null;
    if (name === null || this.lookup(name)) return null;
    if (this.classes.has(name)) return `#${name}`;
    // A member's type may name a class imported for its type only (`import type { JiraService }`).
    const imported = this.mod.imports.get(name) ?? (typed ? this.mod.typeImports.get(name) : undefined);
    if (!imported || !this.isAppModule(imported.module) || imported.imported === '*') return null;
    return `${imported.module}#${imported.imported}`;
  }

  private answersWithPeople(call: Node): boolean {
    const path = this.str(call.arguments[0]);
    return path !== null && isUserEndpoint(withBraces(path.replace(/^https?:\/\/[^/]+/, '')));
  }

  private callKinds(node: Node, depth: number): Set<Flow> {
    const out = new Set<Flow>();
    const callee = unwrap(node.callee);
    const ref = this.ref(callee);
    const last = ref.steps[ref.steps.length - 1]?.name ?? ref.name ?? '';
    const known = RESULT_KINDS.get(last) ?? (ref.name === 'AP' && last === 'request' ? 'product-content' : undefined);
    if (known) {
      out.add(known);
      // `/rest/api/3/user?accountId=…`, `/myself`, a request's participants: an answer about people.
      if (known === 'product-content' && this.answersWithPeople(node)) out.add('account-id').add('display-name');
      return out;
    }
    if (CONTEXT_CALLS.has(last) && this.givesContext(ref)) {
      addAll(out, CONTEXT_KINDS);
      return out;
    }
    // `await invoke('getNotes')`: what the resolver function of that name returns.
    const invoked = last === 'invoke' ? this.invokedFunction(ref, node) : null;
    if (invoked !== null) {
      out.add(`returned:${invoked}`);
      return out;
    }
    const stored = this.storedRead(ref, node);
    if (stored) {
      out.add(stored);
      return out;
    }
    // ACE's product client is no data of what it is made from (`addon.httpClient(req)`); `await httpClient.get(…)`
    // resolves to the product's response.
    if (givesAceClient(last) && aceClient(this, node, withCall(ref, node))?.client === 'ace') {
      out.add('other');
      return out;
    }
    const ace = aceRequest(this, node, ref);
    if (ace) {
      // Through a parameter: the response when callers pass ACE's client, else what the parameter holds, as for `map.get(key)`.
      if (ace.client === 'ace') out.add('product-content');
      else addAll(out.add(`client:${ace.client}`), this.kinds(clientOf(node), depth + 1));
      return out;
    }
    // A response holds what the server sent back, not the request's URL, headers or body: an AI service's answer
    // holds the content it was sent, which the scan tells once the request's host is known.
    if (isHttpRequest(ref)) {
      out.add(this.reply(node));
      return out;
    }
    if (ref.root === 'import' && ref.module !== null && !this.isAppModule(ref.module)) {
      if (isModelCall(ref.module, last)) {
        const given = new Set<Flow>();
        for (const arg of node.arguments as Node[]) if (!isFunction(arg)) addAll(given, this.kinds(arg, depth + 1));
        out.add(this.reply(node, [...given]));
        return out;
      }
      // `openai.chat.completions.create(…)`, `model.generateContent(prompt)`: what the AI SDK call sent, as its answer.
      if (sdkVendor(ref.module)?.category === 'ai') {
        out.add(this.reply(node));
        return out;
      }
    }
    // The app's own functions return what their return statements carry: resolved after all files are read.
    const own = this.appFunction(callee);
    if (own) {
      out.add(`call:${own}`);
      for (const mark of this.argMarks(node, own, depth)) out.add(mark);
      return out;
    }
    const method = callee.type === 'MemberExpression' ? propertyName(callee.property, callee.computed) : null;
    // `Object.keys(data)`: the names of a response's fields, none of its answer.
    if (method === 'keys' && isStaticHelper(callee.object)) {
      for (const arg of node.arguments as Node[]) for (const k of this.kinds(arg, depth + 1)) if (!isReply(k)) out.add(k);
      if (out.size === 0) out.add('other');
      return out;
    }
    // Response bodies and transformations keep the data of what they were called on.
    if (method && TRANSFORMS.has(method) && !isStaticHelper(callee.object)) {
      addAll(out, this.kinds(callee.object, depth + 1));
      // `records.map((r) => (r.id === id ? payload : r))`: what the callback returns is in the result too.
      for (const arg of node.arguments as Node[]) addAll(out, this.callbackResults.get(arg) ?? []);
    }
    else {
      // Any other function keeps the data it is given (`JSON.stringify(x)`, `convert(page)`, `format(user)`).
      for (const arg of node.arguments as Node[]) if (arg.type !== 'ArrowFunctionExpression' && arg.type !== 'FunctionExpression') addAll(out, this.kinds(arg, depth + 1));
      out.delete('literal');
    }
    // A client of an AI vendor another module exports (`openai.chat.completions.create(…)` with `import { openai } from './lib/openai'`)
    // answers with what it is sent; the scan tells whether it is one.
    if (ref.root === 'import' && ref.module !== null && ref.steps.length >= 2 && this.isAppModule(ref.module) && [...out].some((k) => k !== 'other' && k !== 'opaque')) out.add(this.reply(node));
    if (out.size === 0) out.add('other');
    return out;
  }

  /**
   * A read of Forge storage (`kvs.get(key)`, `storage.query().getMany()`, `kvs.entity('x').get(id)`) or of ACE's settings
   * store (`addon.settings.get(key, clientKey)`): `store:<backend>:<key>`, the key empty for any.
   */
  private storedRead(ref: Ref, node: Node): Flow | null {
    if (settingsOp(node.callee, ref) === 'read') return `store:external-db:${storeKey(this.str(node.arguments[0]))}`;
    if (ref.root === 'import' && ref.module === '@forge/sql') return this.sqlRead(ref, node);
    if (ref.root !== 'import' || !(ref.module === '@forge/kvs' || (ref.module === '@forge/api' && (ref.imported === 'storage' || ref.steps[0]?.name === 'storage')))) return null;
    const names = ref.steps.map((s) => s.name);
    if (!STORAGE_READS.has(names[names.length - 1] ?? '')) return null;
    const entityAt = names.indexOf('entity');
    if (entityAt >= 0) return `store:custom-entity:${storeKey(this.str(ref.steps[entityAt]!.call?.arguments[0]))}`;
    if (names.includes('query')) {
      // A query on a key prefix (`where('key', startsWith('summary:'))`) reads the keys under it; any other, every key.
      const prefix = queryPrefix(ref.steps);
      const text = prefix ? this.str(prefix) : null;
      return `store:kvs:${text === null || text === HOLE ? '' : storeKey(text + HOLE)}`;
    }
    return `store:kvs:${storeKey(this.str(node.arguments[0]))}`;
  }

  /** The rows of a Forge SQL `SELECT` (`sql.prepare(q).bindParams(v).execute()`, `sql.executeRaw(q)`): what the app writes to its table. */
  private sqlRead(ref: Ref, node: Node): Flow | null {
    const names = ref.steps.map((s) => s.name);
    const last = names[names.length - 1];
    const query = last === 'executeRaw' ? node.arguments[0] : last === 'execute' ? ref.steps[names.indexOf('prepare')]?.call?.arguments[0] : undefined;
    if (!query) return null;
    const text = settle(this.str(query));
    if (text === null || !/^\s*(SELECT|WITH)\b/i.test(withSpaces(text))) return null;
    return `store:sql:${sqlTable(text) ?? ''}`;
  }

  private argMarks(node: Node, callee: string, depth: number): Flow[] {
    let marks = this.callArgMarks.get(node);
    if (!marks) {
      marks = [];
      (node.arguments as Node[]).forEach((arg, index) => {
        if (isFunction(arg)) return;
        const flows = this.kinds(arg.type === 'SpreadElement' ? arg.argument : arg, depth + 1);
        flows.delete('literal');
        if (flows.size === 0) return;
        marks!.push(`callarg:${this.callArgs.length}`);
        this.callArgs.push({ callee, index, flows: [...flows] });
      });
      this.callArgMarks.set(node, marks);
    }
    return marks;
  }

  private isConstant(init: Node, depth: number): boolean {
    const kinds = this.kinds(init, depth + 1);
    return kinds.size === 1 && kinds.has('literal');
  }
}

/** A string literal, or a string made of names that are not the constructor's own (`API_URL`, `config.baseUrl`, `\`${BASE}/v2\``). */
function isModuleString(node: Node, local: ReadonlySet<string>): boolean {
  if (node.type === 'Literal') return typeof node.value === 'string';
  if (node.type === 'TemplateLiteral') return (node.expressions as Node[]).every((e) => isModuleString(unwrap(e), local));
  // A constructor with a destructured parameter: its names are not told apart from the module's.
  if (local.has('*')) return false;
  let root = node;
  while (root.type === 'MemberExpression' && !root.computed) root = unwrap(root.object);
  return root.type === 'Identifier' && !local.has(root.name);
}

/** Whether a specifier is one of `patterns`: exact, or under a prefix written with a trailing `*` (`@/*`). */
function matchesAny(specifier: string, patterns: readonly string[]): boolean {
  return patterns.some((p) => (p.endsWith('*') ? specifier.startsWith(p.slice(0, -1)) : specifier === p));
}

/** `const { requestJira } = api.asApp()` binds `requestJira` as `api.asApp().requestJira` would be. */
function memberOf(init: Node, key: string, at: Node): Node | null {
  if (!REFERABLE.has(unwrap(init).type)) return null;
  return { type: 'MemberExpression', object: init, property: { type: 'Identifier', name: key, start: at.start, end: at.end }, computed: false, optional: false, start: at.start, end: at.end };
}

const REFERABLE = new Set(['Identifier', 'MemberExpression', 'CallExpression', 'NewExpression', 'ThisExpression', 'ImportExpression']);

/** The one value given other than `null` or `undefined` (what a variable holds before it is given its value), or null. */
function onlyValue(values: Node[]): Node | null {
  let found: Node | null = null;
  for (const value of values) {
    const node = unwrap(value);
    if ((node.type === 'Literal' && node.value === null) || (node.type === 'Identifier' && node.name === 'undefined')) continue;
    if (found) return null;
    found = value;
  }
  return found;
}

const PRINCIPALS = new Set(['asUser', 'asApp']);
/** Written for a step that is `asUser()` or `asApp()` depending on the run. */
export const EITHER_PRINCIPAL = 'asUser|asApp';

/** `api.asUser()`, `api.asApp()` of `@forge/api`: every method of what it returns is a product request. */
function isPrincipal(ref: Ref): boolean {
  const last = ref.steps[ref.steps.length - 1];
  return ref.module === '@forge/api' && last?.call != null && (PRINCIPALS.has(last.name) || last.name === EITHER_PRINCIPAL);
}

/** The client two refs name when they differ only in the principal they act as (`api.asUser()`, `api.asApp()`); else an unknown ref. */
function eitherPrincipal(a: Ref, b: Ref): Ref {
  if (a.root !== 'import' || b.root !== 'import' || a.module !== b.module || a.imported !== b.imported || a.steps.length !== b.steps.length) return unknownRef();
  let differs = false;
  const steps = a.steps.map((step, i) => {
    const other = b.steps[i]!;
    if (step.name === other.name) return step;
    differs = true;
    return PRINCIPALS.has(step.name) && PRINCIPALS.has(other.name) ? { name: EITHER_PRINCIPAL, call: step.call } : null;
  });
  return differs && steps.every((s) => s !== null) ? { ...a, steps: steps as Step[] } : unknownRef();
}

function unknownRef(): Ref {
  return { root: 'unknown', module: null, name: null, steps: [] };
}

function withCall(base: Ref, call: Node): Ref {
  if (base.steps.length === 0) return { ...base, steps: [{ name: '', call }] };
  const steps = base.steps.slice();
  const last = steps[steps.length - 1]!;
  steps[steps.length - 1] = last.call ? last : { ...last, call };
  if (last.call) steps.push({ name: '', call });
  return { ...base, steps };
}

function withName(kinds: Set<Flow>, name: string): Set<Flow> {
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

/**
 * What a field of a resolver's request or of Forge's context holds: the request's `context` is the context
 * and any other field the payload; the context's fields are in `forge-context.json`, the product's data when not.
 */
function fieldKinds(shape: Shape, name: string): readonly Flow[] {
  if (shape === 'context') return [CONTEXT_FIELDS.get(name) ?? 'resolver-payload'];
  if (name === 'context') return CONTEXT_KINDS;
  return shape === 'request' ? ['resolver-payload'] : ['resolver-payload', `invoke:${shape.slice(8)}`];
}

function isRequest(shape: Shape | null): boolean {
  return shape !== null && shape !== 'context';
}

/** What a field of a request or of Forge's context is in turn: the request's `context` is the context. */
function fieldShape(shape: Shape | null, name: string): Shape | null {
  return isRequest(shape) && name === 'context' ? 'context' : null;
}

const PERSONAL = new Set<Flow>(['account-id', 'email', 'display-name']);

/** A string put together from parts (`\`u-${id}\``, `'u-' + id`). */
function isBuiltString(init: Node): boolean {
  const node = unwrap(init);
  return (node.type === 'TemplateLiteral' && node.expressions.length > 0) || (node.type === 'BinaryExpression' && node.operator === '+');
}

/** `Object.values(x)`, `Array.from(x)`: the data is in the argument, not in what the method is called on. */
function isStaticHelper(object: Node): boolean {
  const node = unwrap(object);
  return node.type === 'Identifier' && (node.name === 'Object' || node.name === 'Array' || node.name === 'Promise');
}

function addAll(into: Set<Flow>, from: Iterable<Flow>): void {
  for (const k of from) into.add(k);
}

/** `/path?` and a hole when every value is a URL or path with that same path and a query; else null. */
function samePath(values: Array<string | null>): string | null {
  if (values.length < 2) return null;
  let path: string | null = null;
  for (const value of values) {
    const at = value?.indexOf('?') ?? -1;
    if (at <= 0) return null;
    const head = value!.slice(0, at + 1);
    if (path !== null && head !== path) return null;
    path = head;
  }
  return path === null ? null : path + HOLE;
}

function joinParts(a: string | null, b: string | null): string | null {
  if (a === null && b === null) return null;
  return (a ?? HOLE) + (b ?? HOLE);
}

function resolveUrl(path: string, base: string): string {
  const origin = /^([a-z][a-z0-9+.-]*:\/\/[^/]*)/i.exec(base)?.[1];
  if (path.startsWith('/') && origin) return origin + path;
  // `new URL('/rest/x', API_BASE)` with the base from another module: the origin of its value, once the scan knows it.
  const imported = path.startsWith('/') ? IMPORTED_AT_START.exec(base)?.[1] : undefined;
  if (imported !== undefined) return importedMark(imported + ORIGIN) + path;
  return base.replace(/\/?$/, '/') + path.replace(/^\.?\//, '');
}

const HOLES = new RegExp(`${HOLE}+`, 'g');
/** Nothing known: holes only, or empty. */
const ONLY_HOLES = new RegExp(`^${HOLE}*$`);
/** Any hole or mark: the string is not a constant. */
const MARKS = new RegExp(`[${HOLE}${OPEN}${CLOSE}${PARAM}]`);
/** An evaluated string's marks of imported values and parameters, and the runs between them. */
const UNMARKED = new RegExp(`${OPEN}[^${CLOSE}]*${CLOSE}|${PARAM}[^${PARAM}]*${PARAM}|[^${OPEN}${PARAM}]+`, 'g');
const PARAMS = new RegExp(`${PARAM}[^${PARAM}]*${PARAM}`, 'g');

/** An evaluated string with its parameter marks as holes: what is known before callers are looked at. */
function withoutParams(value: string): string {
  return value.includes(PARAM) ? value.replace(PARAMS, HOLE) : value;
}

/** An evaluated string with each run of holes written `{}`, as in path templates. */
export function withBraces(value: string): string {
  return value.replace(HOLES, '{}');
}

/** A read's key in a `store:` flow: holes as `{}`, values imported from other modules kept marked for the scan to fill in. */
function storeKey(value: string | null): string {
  return value === null ? '' : withBraces(withoutParams(value));
}

/** Whether an evaluated string has a value imported from another module in it. */
export function hasImported(value: string | null): boolean {
  return value !== null && value.includes(OPEN);
}

/** The evaluated string as its own file knows it: imported values and parameters' values are holes. */
export function settle(value: string | null): string | null {
  if (value === null) return null;
  return withoutParams(hasImported(value) ? value.replace(IMPORTED, HOLE) : value);
}

/** Whether an evaluated string has a parameter's value in it (`strParams`). */
export function hasParam(value: string | null): boolean {
  return value !== null && value.includes(PARAM);
}

/** The evaluated string with holes as spaces, for reading its words. */
export function withSpaces(value: string): string {
  return value.split(HOLE).join(' ');
}

/** Renders a `Ref` as `asUser().requestJira()` for matching. */
export function refPath(ref: Ref): string {
  let out = '';
  for (const s of ref.steps) {
    if (out !== '' && s.name !== '') out += '.';
    out += s.call ? `${s.name}()` : s.name;
  }
  return out;
}

/** `literal` only when nothing else flows; `other` only when nothing known does. Sorted, for stable output. */
export function normaliseKinds<T extends string>(kinds: Set<T>): T[] {
  if (kinds.delete('opaque' as T)) kinds.add('other' as T);
  if (kinds.size > 1) kinds.delete('literal' as T);
  if (kinds.size > 1) kinds.delete('other' as T);
  return [...kinds].sort();
}
