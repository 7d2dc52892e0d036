import type { DataKind } from '../facts.ts';
import { isFunction, objectProperty, propertyName, unwrap, type Node } from './ast.ts';
import type { SourceModule } from './module.ts';
import { aceClient, aceRequest, actsAsUser, clientOf, givesAceClient, settingsOp } from './ace-client.ts';
import { isHttpRequest } from './http-clients.ts';
import { isNeutralName, isSecretEnvName, kindOfName, words } from './names.ts';
import { isAnswerField, isModelCall, isReply, narrow } from './answers.ts';
import { sdkVendor } from './detectors/sdk-calls.ts';
import { isUserEndpoint } from './user-endpoints.ts';
import { sqlTable } from './sql-text.ts';
import forgeContext from '../../data/forge-context.json' with { type: 'json' };
import { evalStr, importedStr, memberValue, returnedStr, strAlternatives, strParams } from './evaluate.ts';
import { LOCAL, MAX_DEPTH, addAll, onlyValue, type Binding, type Flow, type Shape } from './flow.ts';
import { followRef, withCall, type Ref } from './ref.ts';
import { HOLE, settle, withBraces, withSpaces } from './string-marks.ts';

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
/** How a response's body is read (fetch, `@forge/api`). */
const BODY_READS = new Set(['text', 'json', 'blob', 'arrayBuffer']);

/** Name bindings and data kinds per function, maintained as the walker goes through a file in order. */
export class Scope {
  readonly mod: SourceModule;
  private readonly frames: Array<Map<string, Binding>> = [new Map()];
  /** Whether `str` marks parameters (`strParams`). */
  paramMarks = false;
  /**
   * What call sites pass to the app's functions (`callarg:<n>` in kinds): the scan keeps an argument's
   * data in the call's result only when the function returns that parameter.
   */
  readonly callArgs: Array<{ callee: string; index: number; flows: Flow[] }> = [];
  private readonly callArgMarks = new Map<Node, Flow[]>();
  /** How often each CommonJS export (`exports.x`, `module.exports` as `*`) is assigned, anywhere in the module. */
  readonly exportWrites = new Map<string, number>();
  /** `this.client = new OpenAI()` in a class of the file: the object a `this.` member holds; null when given several. */
  readonly members = new Map<string, Node | null>();
  /** `baseUrl = API_URL`, `this.baseUrl = 'https://…'` in a constructor: a `this.` member's string, made of the module's values; null when given several. */
  readonly memberStrings = new Map<string, Node | null>();
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

  /** `fn:index` when the expression is a parameter of the enclosing top-level function, as it was passed. */
  paramOf(expr: Node | null | undefined): string | null {
    const node = expr ? unwrap(expr) : null;
    return node?.type === 'Identifier' ? this.lookup(node.name)?.param ?? null : null;
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

  /** Evaluates an expression to a string with `HOLE` for unknown parts; null when it is not string-like at all (see `evaluate.ts`). */
  str(expr: Node | null | undefined, depth = 0): string | null {
    return evalStr(this, expr, depth);
  }

  /** As `str`, with the parameters of the enclosing top-level function marked (`PARAM`), for the scan to fill in from callers. */
  strParams(expr: Node | null | undefined): string | null {
    return strParams(this, expr);
  }

  /** As `strParams`, once per value an expression may take when it is nothing known as a whole. */
  strAlternatives(expr: Node | null | undefined): Array<string | null> {
    return strAlternatives(this, expr);
  }

  /** What a key builder returns (`(id) => \`item:${id}\``), parameters as holes; null for other functions. */
  returnedStr(fn: Node, depth = 0): string | null {
    return returnedStr(this, fn, depth);
  }

  /** A value imported from one of the app's modules, marked for the scan to fill in (see `IMPORTED`), or null. */
  importedStr(expr: Node, suffix = ''): string | null {
    return importedStr(this, expr, suffix);
  }

  /** `CONFIG.api.base` where CONFIG is a const object literal → the property's value node. */
  memberValue(node: Node, depth = 0): Node | null {
    return memberValue(this, node, depth);
  }

  /** Follows an expression to what it refers to. */
  ref(expr: Node, depth = 0): Ref {
    return followRef(this, expr, depth);
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
        // `req.context.extension`: a part of the context other than the account ID is not the account ID.
        const context = object.type === 'MemberExpression' && propertyName(object.property, object.computed) === 'context' ? unwrap(object.object) : null;
        addAll(out, name === null ? this.kinds(context ?? object, depth + 1) : narrow(this.kinds(context ?? object, depth + 1), name));
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
        return type ? this.classNamed(type) : null;
      }
      default:
        return null;
    }
  }

  /**
   * A class of the module, or a class, instance or object of functions imported from another module of the
   * app (`JiraClient.fetchIssue()`, `jiraService.getIssue()` with `export const jiraService = new JiraService()`).
   */
  private classNamed(node: Node | string): string | null {
    const name = typeof node === 'string' ? node : node.type === 'Identifier' ? node.name as string : null;
    if (name === null || this.lookup(name)) return null;
    if (this.classes.has(name)) return `#${name}`;
    const imported = this.mod.imports.get(name);
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
    if (settingsOp(node.callee, ref) === 'read') return `store:external-db:${withBraces(settle(this.str(node.arguments[0])) ?? '')}`;
    if (ref.root === 'import' && ref.module === '@forge/sql') return this.sqlRead(ref, node);
    if (ref.root !== 'import' || !(ref.module === '@forge/kvs' || (ref.module === '@forge/api' && (ref.imported === 'storage' || ref.steps[0]?.name === 'storage')))) return null;
    const names = ref.steps.map((s) => s.name);
    if (!STORAGE_READS.has(names[names.length - 1] ?? '')) return null;
    const entityAt = names.indexOf('entity');
    if (entityAt >= 0) return `store:custom-entity:${withBraces(settle(this.str(ref.steps[entityAt]!.call?.arguments[0])) ?? '')}`;
    if (names.includes('query')) return 'store:kvs:';
    return `store:kvs:${withBraces(settle(this.str(node.arguments[0])) ?? '')}`;
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
