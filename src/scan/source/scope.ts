import { objectProperty, propertyName, unwrap, type Node } from './ast.ts';
import type { SourceModule } from './module.ts';
import { actsAsUser } from './ace-client.ts';
import { isReply } from './answers.ts';
import { appClass, appFunction, localFunction } from './app-functions.ts';
import { evalStr, importedStr, memberValue, returnedStr, strAlternatives, strParams } from './evaluate.ts';
import type { Binding, Flow, Shape } from './flow.ts';
import { CONTEXT_KINDS, fieldKinds, fieldShape, givesJwtSubject, invokedFunction, isPayload, shapeOf } from './forge-shapes.ts';
import { kindsOf, kindsOfField, restKinds, signedForBrowser, withName, withPageQuery } from './kinds.ts';
import { followRef, type Ref } from './ref.ts';
import { HOLE, PARAM } from './string-marks.ts';
import { assignedObject } from './object-assign.ts';

/** Name bindings and data kinds per function, maintained as the walker goes through a file in order. */
export class Scope {
  readonly mod: SourceModule;
  // The state the functions of the scope's own modules (`evaluate.ts`, `ref.ts`, `kinds.ts`, ...) read and write.
  private readonly frames: Array<Map<string, Binding>> = [new Map()];
  /** Each name's bindings, outermost first: a lookup takes the last, however deep the functions nest. */
  private readonly byName = new Map<string, Binding[]>();
  /** Whether `str` marks parameters (`strParams`). */
  paramMarks = false;
  /**
   * What call sites pass to the app's functions (`callarg:<n>` in kinds): the scan keeps an argument's
   * data in the call's result only when the function returns that parameter.
   */
  readonly callArgs: Array<{ callee: string; index: number; flows: Flow[] }> = [];
  readonly callArgMarks = new Map<Node, Flow[]>();
  /** Calls of a method on an object whose class the scan knows (`issues.sync()`), by the method's name: their targets by where the call starts. */
  readonly classCalls = new Map<string, Map<number, string>>();
  /** How often each CommonJS export (`exports.x`, `module.exports` as `*`) is assigned, anywhere in the module. */
  readonly exportWrites = new Map<string, number>();
  /** `this.client = new OpenAI()` in a class of the file: the object a `this.` member holds; null when given several. */
  readonly members = new Map<string, Node | null>();
  /** `baseUrl = API_URL`, `this.baseUrl = 'https://...'` in a constructor: a `this.` member's string, made of the module's values; null when given several. */
  readonly memberStrings = new Map<string, Node | null>();
  /**
   * `this.baseUrl = options.baseUrl || DEFAULT_URL` in a constructor: the module's string a `this.` member falls back to when what the
   * builder passes gives none, which the scan cannot tell; null when given several.
   */
  readonly memberFallbacks = new Map<string, Node | null>();
  /** `this.baseURL = process.env.API_URL || DEFAULT_URL` in a constructor: the environment variable a `this.` member takes first, by member. */
  readonly memberVariables = new Map<string, string | null>();
  /** `this.requester = requester` in a constructor: members that hold what the class's builder hands over, with the constructor's parameter that gives each. */
  readonly handedMembers = new Map<string, number>();
  /**
   * `this.config = config`, `this.baseUrl = options.baseUrl` in a constructor: members that hold what the class's builder passes
   * the constructor (`0`, `0.baseUrl`), for the class's methods; null when set from several.
   */
  readonly memberParams = new Map<string, string | null>();
  /**
   * `this.http = axios.create({ baseURL })` in a constructor: the options' values that are its parameters (`0`, `0.baseUrl`), by
   * value, for a client's base URL, which what the class's builders pass gives.
   */
  readonly configParams = new Map<Node, string>();
  /** `constructor(private jira: JiraService)`: the class a `this.` member is typed with; null when typed with several. */
  readonly memberTypes = new Map<string, string | null>();
  /** The comparisons of the `if`s whose consequent the walk is in, or that left the block where they hold not (`negated`), innermost last (see `guard-age.ts`). */
  readonly guards: Array<{ test: Node; negated: boolean }> = [];
  /** `this.body = issue.fields.description`, `this.rows.push(row)` in a class's methods: what each member was given, by `Class.member`. */
  readonly memberKinds = new Map<string, Set<Flow>>();
  /** `this.visitorId = randomUUID()`: the members given nothing but fresh identifiers (true) or something else too (false), by `Class.member`. */
  readonly memberFresh = new Map<string, boolean>();
  /** Classes declared at the top of the module, whose methods are functions of the module (`JiraService.getIssue`). */
  readonly classes = new Set<string>();
  /** Objects of functions declared at the top of the module (`const github = { request() {...} }`), named as classes are. */
  readonly objects = new Map<string, Node>();
  /** Those that are items of an array declared there (`const integrations = [{ create() {...} }]`), named `integrations.0`. */
  readonly itemObjects = new Map<Node, string>();
  /** A name is bound to an item of an array of objects of functions, or to a function of one (see `dispatch.ts`). */
  dispatches = false;
  /** A name is bound to a member chosen at run time (`const fn = handlers[action.type]`): see `keyedFunctions`. */
  keyedNames = false;
  /** Members a constructor builds from its parameters, by `Class.member`: see `buildMember`. */
  readonly memberBuilt = new Map<string, string | null>();
  /** The top-level class whose body the walk is in, for `this.method()`. */
  currentClass: string | null = null;
  /** In a React class component: the fields of its state that hold what users type (`*` for all), see `classTypedState`. */
  classState: ReadonlySet<string> | null = null;
  /** What the callbacks of `list.map(cb)`, `flatMap`, `reduce` and `then` return, once walked: the call's result holds it too. */
  readonly callbackResults = new Map<Node, Set<Flow>>();
  /** What the executor of `new Promise((resolve) => ...)` resolves with, by the executor; filled in as the walk meets `resolve(v)`. */
  readonly promiseValues = new Map<Node, Set<Flow>>();

  /** Imported specifiers that name the app's own modules without a relative path (`@/lib/jira`, a workspace package). */
  private readonly aliased: Set<string>;
  /** Requests whose responses flow (`reply:<n>`): HTTP requests and calls of AI SDKs, found by position; a model run for the app with what it was given. */
  readonly replies: Array<{ node: Node; local?: Flow[] }> = [];
  readonly replyIds = new Map<Node, string>();
  /** Responses known to be errors where the walk is (`if (!res.ok) { ... }`): they hold no answer there. */
  readonly failed = new Set<string>();
  /** Bindings tested as failed responses where the walk is: no response data in them there. */
  readonly failing = new Set<Binding>();

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
    for (const name of this.frames.pop()!.keys()) this.byName.get(name)!.pop();
  }

  lookup(name: string): Binding | undefined {
    const bindings = this.byName.get(name);
    return bindings === undefined ? undefined : bindings[bindings.length - 1];
  }

  /** A name bound at the top of the module, whatever the functions around the walk bind. */
  moduleBinding(name: string): Binding | undefined {
    return this.frames[0]!.get(name);
  }

  /** A name bound in the function the walk is in, not in one around it. */
  own(name: string): Binding | undefined {
    return this.frames[this.frames.length - 1]!.get(name);
  }

  bind(name: string, init: Node | null, kinds: Iterable<Flow>): void {
    const frame = this.frames[this.frames.length - 1]!;
    // The walk binds a module constant again where it is declared: it stays a function of the module.
    const before = frame.get(name);
    const binding: Binding = { init, kinds: new Set(kinds), values: init ? [init] : [] };
    if (init !== null && !this.keyedNames && unwrap(init).type === 'MemberExpression' && unwrap(init).computed) this.keyedNames = true;
    if (before?.topFunction) binding.topFunction = true;
    frame.set(name, binding);
    const bindings = this.byName.get(name);
    if (bindings === undefined) this.byName.set(name, [binding]);
    else if (before === undefined) bindings.push(binding);
    else bindings[bindings.length - 1] = binding;
  }

  /**
   * Binds every name in a pattern (`{ a, b: [c] }`), each carrying the kinds of the whole value; the names
   * taken from a resolver's request or Forge's context (`({ payload, context })`, `const { accountId } = context`)
   * carry what those fields hold.
   */
  bindPattern(pattern: Node, init: Node | null, kinds: Set<Flow>, shape: Shape | null = init === null ? null : shapeOf(this, init)): void {
    switch (pattern.type) {
      case 'Identifier':
        this.bind(pattern.name, init, withName(kinds, pattern.name));
        if (init && signedForBrowser(this, init)) this.lookup(pattern.name)!.signedForBrowser = true;
        if (shape) this.lookup(pattern.name)!.shape = shape;
        break;
      case 'ObjectPattern':
        for (const prop of pattern.properties as Node[]) {
          // `const { apiKey, ...rest } = body`: the rest holds what the other properties do.
          if (prop.type === 'RestElement') this.bindPattern(prop.argument, null, restKinds(this, pattern, init, kinds), null);
          else {
            const key = propertyName(prop.key, prop.computed);
            const sub = init && key ? objectProperty(unwrap(init), key) ?? memberOf(init, key, prop) ?? browserField(this, init, key, prop) : null;
            // `({ payload, context })`: the request's context, of a resolver or handed on by a handler.
            const field = key === null ? null : fieldShape(shape, key) ?? (key === 'context' && kinds.has('resolver-payload') && !(init && isPayload(this, init)) ? 'context' : null);
            const propKinds = shape && key ? new Set(fieldKinds(shape, key)) : field ? new Set([...kinds, ...CONTEXT_KINDS])
              // `const { sub } = jwt.decode(token)` of jsonwebtoken: the user the token is for.
              : key === 'sub' && init && givesJwtSubject(this, init) ? new Set<Flow>(['account-id'])
              // `const { ip } = req`: the client's address.
              : (key === 'ip' || key === 'ips') && kinds.has('resolver-payload') ? new Set<Flow>(['ip-address'])
              // `const { text } = this.state` of a component whose state holds what users type in `text`.
              : key && init && this.classState && isThisState(init) ? new Set<Flow>([this.classState.has(key) || this.classState.has('*') ? 'resolver-payload' : 'other'])
              : key ? kindsOfField(kinds, key) : kinds;
            this.bindPattern(prop.value, sub, key ? withName(withPageQuery(propKinds, kinds, key), key) : propKinds, field);
          }
        }
        break;
      case 'ArrayPattern': {
        // `const [project, team] = await Promise.all([getProject(key), getTeam(key)])`: each name what its own promise gives.
        const each = init ? settledElements(init) : null;
        (pattern.elements as Array<Node | null>).forEach((el, at) => {
          if (!el) return;
          // `const [first, ...rest] = await Promise.all(...)`: the rest holds what every later promise gives, as the whole value does.
          const own = el.type === 'RestElement' ? null : each?.[at];
          if (own) {
            this.bindPattern(el, own, kindsOf(this, own), null);
            return;
          }
          this.bindPattern(el, null, kinds, null);
          // `const [user, created] = await User.findOrCreate(...)`: which element of the value a name holds.
          if (init && el.type === 'Identifier') this.lookup(el.name)!.element = { of: init, at };
        });
        break;
      }
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

  /** A class member set to an object built by a call or `new` (`this.client = new OpenAI()`, `client = createClient()`). */
  bindMember(name: string, value: Node, local: ReadonlySet<string> = new Set()): void {
    const node = unwrap(value);
    // `this.fetchFn = options.fetchImpl ?? fetch`: a function handed in, with a default named by the module (see `followRef`).
    const fallback = node.type === 'LogicalExpression' && node.operator !== '&&' ? unwrap(node.right) : null;
    // `this.baseURL = process.env.API_URL || 'https://api.example.com'`: the environment's value, not known here, or the default.
    const variable = fallback && isModuleString(fallback, local) ? envRead(unwrap(node.left)) : null;
    if (fallback && isModuleString(fallback, local) && (!isModuleString(unwrap(node.left), local) || variable !== null)) {
      this.memberFallbacks.set(name, this.memberFallbacks.has(name) && this.memberFallbacks.get(name) !== fallback ? null : fallback);
    }
    // Another value the member is given (another class's `this.baseURL = settings.url`): no one variable replaces its default.
    this.memberVariables.set(name, this.memberVariables.has(name) && this.memberVariables.get(name) !== variable ? null : variable);
    if (node.type !== 'NewExpression' && node.type !== 'CallExpression' && fallback?.type !== 'Identifier' && fallback?.type !== 'MemberExpression') {
      if (isModuleString(node, local)) this.memberStrings.set(name, this.memberStrings.has(name) && this.memberStrings.get(name) !== node ? null : node);
      return;
    }
    this.members.set(name, this.members.has(name) && this.members.get(name) !== node ? null : node);
  }

  /**
   * `this.url = new URL('/api/v1/', config.baseUrl)` in the constructor of the class being walked: the member's string,
   * with the constructor's parameters marked (`Class.constructor:0.baseUrl`); null when it is set to different strings.
   */
  buildMember(name: string, value: string | null): void {
    if (this.currentClass === null || value === null || !value.includes(PARAM)) return;
    const key = `${this.currentClass}.${name}`;
    this.memberBuilt.set(key, this.memberBuilt.has(key) && this.memberBuilt.get(key) !== value ? null : value);
  }

  /** The string `buildMember` kept for `this.url`. */
  builtMember(node: Node): string | null {
    if (this.currentClass === null || this.memberBuilt.size === 0 || node.type !== 'MemberExpression' || unwrap(node.object).type !== 'ThisExpression') return null;
    return this.memberBuilt.get(`${this.currentClass}.${propertyName(node.property, node.computed) ?? ''}`) ?? null;
  }

  /** `this.config` in a method of a class whose constructor sets it from a parameter: `Class.constructor:0`, `Class.constructor:0.baseUrl`. */
  memberParam(node: Node): string | null {
    if (this.currentClass === null || this.memberParams.size === 0 || node.type !== 'MemberExpression' || unwrap(node.object).type !== 'ThisExpression') return null;
    const at = this.memberParams.get(propertyName(node.property, node.computed) ?? '');
    return at ? `${this.currentClass}.constructor:${at}` : null;
  }

  /** What the class's methods gave `this.body` where the walk has been (see `memberKinds`), or undefined. */
  memberHeld(node: Node): Set<Flow> | undefined {
    if (this.currentClass === null || this.memberKinds.size === 0 || node.type !== 'MemberExpression' || unwrap(node.object).type !== 'ThisExpression') return undefined;
    return this.memberKinds.get(`${this.currentClass}.${propertyName(node.property, node.computed) ?? ''}`);
  }

  /** Whether `this.visitorId` was given nothing but fresh identifiers where the walk has been (see `memberFresh`). */
  freshMember(node: Node): boolean {
    if (this.currentClass === null || this.memberFresh.size === 0 || node.type !== 'MemberExpression') return false;
    return this.memberFresh.get(`${this.currentClass}.${propertyName(node.property, node.computed) ?? ''}`) === true;
  }

  /** `this.visitorId = value`: whether the member has been given nothing but fresh identifiers so far. */
  noteMemberFresh(target: Node, fresh: boolean): void {
    const node = unwrap(target);
    if (this.currentClass === null || node.type !== 'MemberExpression' || unwrap(node.object).type !== 'ThisExpression') return;
    const key = `${this.currentClass}.${propertyName(node.property, node.computed) ?? ''}`;
    if (fresh ? !this.memberFresh.has(key) : this.memberFresh.get(key) !== false) this.memberFresh.set(key, fresh);
  }

  /** A class member typed with a class (`constructor(private jira: JiraService)`, injected by whoever builds it). */
  bindMemberType(name: string, type: string): void {
    this.memberTypes.set(name, this.memberTypes.has(name) && this.memberTypes.get(name) !== type ? null : type);
  }

  /**
   * A reassignment: the value is no longer one expression; kinds accumulate. `value` is the assigned
   * expression of a plain `=`, null for `+=`, `++` and the like; `suffix`, what an appending one adds, as a string.
   */
  assign(name: string, kinds: Set<Flow>, value: Node | null = null, append = false, suffix = HOLE): void {
    const b = this.lookup(name);
    if (!b) return;
    b.init = null;
    if (b.itemFields) b.itemFields = null;
    delete b.shape;
    delete b.setBack;
    const given = append ? b.param ?? b.paramKey : undefined;
    delete b.paramKey;
    // `httpClient = httpClient.asUserByAccountId(id)`: still the client the callers pass, now acting as a user.
    if (b.param && value && actsAsUser(value, name)) b.asUser = true;
    else delete b.param;
    if (value && b.values) b.values.push(value);
    // `url += \`&page=${n}\``: it still begins with what it was given.
    else if (append && b.values?.length) b.appended = true;
    else delete b.values;
    // `url = \`${url}?${query}\``: a parameter still begins with what the callers pass.
    if (given && !b.param) Object.assign(b, { paramKey: given, paramSuffix: (b.paramSuffix ?? '') + suffix });
    for (const k of kinds) b.kinds.add(k);
  }

  /** `x.prop = value`: what `x` holds now includes `value`; `this.body.text = value` in a class's method: what the member `body` holds. */
  assignMember(target: Node, kinds: Set<Flow>, pushed = false): void {
    let root = unwrap(target);
    let member: Node | null = null;
    while (root.type === 'MemberExpression') {
      member = root;
      root = unwrap(root.object);
    }
    if (root.type === 'ThisExpression') {
      const name = member && this.currentClass !== null ? propertyName(member.property, member.computed) : null;
      if (name === null) return;
      const key = `${this.currentClass}.${name}`;
      let held = this.memberKinds.get(key);
      for (const k of kinds) if (k !== 'literal') (held ??= this.memberKinds.set(key, new Set()).get(key)!).add(k);
      return;
    }
    if (root.type !== 'Identifier') return;
    const b = this.lookup(root.name);
    if (!b) return;
    // `rows[0] = row`, `rows.total = n`: its items are no longer only what was pushed (see `pushItems`).
    if (b.itemFields && !pushed) b.itemFields = null;
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
      return init ? (unwrap(init).type === 'ObjectExpression' ? unwrap(init) : assignedObject(this, unwrap(init))) : null;
    }
    return assignedObject(this, node);
  }

  /** `fn:index` when the expression is a parameter of the enclosing top-level function, as it was passed. */
  paramOf(expr: Node | null | undefined): string | null {
    const node = expr ? unwrap(expr) : null;
    return node?.type === 'Identifier' ? this.lookup(node.name)?.param ?? null : null;
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
  strAlternatives(expr: Node | null | undefined, parts = false): Array<string | null> {
    return strAlternatives(this, expr, parts);
  }

  /** What a key builder returns (`(id) => \`item:${id}\``), parameters as holes; null for other functions. */
  returnedStr(fn: Node, depth = 0): string | null {
    return returnedStr(this, fn, depth);
  }

  /** A value imported from one of the app's modules, marked for the scan to fill in (see `IMPORTED`), or null. */
  importedStr(expr: Node, suffix = ''): string | null {
    return importedStr(this, expr, suffix);
  }

  /** `CONFIG.api.base` where CONFIG is a const object literal -> the property's value node. */
  memberValue(node: Node, depth = 0): Node | null {
    return memberValue(this, node, depth);
  }

  /** Follows an expression to what it refers to. */
  ref(expr: Node, depth = 0): Ref {
    return followRef(this, expr, depth);
  }

  /** The kinds of data an expression carries, from the bindings and the way things are named. */
  kinds(expr: Node | null | undefined, depth = 0): Set<Flow> {
    return kindsOf(this, expr, depth);
  }

  /** Whether an expression is a resolver's request or Forge's context. */
  shapeOf(expr: Node, depth = 0): Shape | null {
    return shapeOf(this, expr, depth);
  }

  /** The resolver function a front end's `invoke('save', ...)` of `@forge/bridge` calls, when the call names it with a constant. */
  invokedFunction(ref: Ref, call: Node): string | null {
    return invokedFunction(this, ref, call);
  }

  /** The app's own function a callee names, as `call:` markers write it (`#name`, `./jira#getIssue`), or null. */
  appFunction(callee: Node, methods = true): string | null {
    return appFunction(this, callee, methods);
  }

  /** A function a top-level function declares, or a function of the object one of the app's functions returns. */
  localFunction(callee: Node): string | null {
    return localFunction(this, callee);
  }

  /** The app's class a name refers to (`#JiraService`, `./jira#default`), or null. */
  appClass(node: Node): string | null {
    return appClass(this, node);
  }
}

/** A string literal, or a string made of names that are not the constructor's own (`API_URL`, `config.baseUrl`, `\`${BASE}/v2\``). */
/** The variable `process.env.X` or `import.meta.env.X` reads, by name; null for any other expression. */
export function envRead(node: Node): string | null {
  if (node.type !== 'MemberExpression') return null;
  const env = unwrap(node.object);
  const name = propertyName(node.property, node.computed);
  if (name === null || env.type !== 'MemberExpression' || propertyName(env.property, env.computed) !== 'env') return null;
  const holder = unwrap(env.object);
  return (holder.type === 'Identifier' && holder.name === 'process') || holder.type === 'MetaProperty' ? name : null;
}

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

/** `const { token } = await signRealtimeToken(...)`: the field of the awaited answer, which `memberOf` leaves out, for `signedForBrowser`. */
function browserField(scope: Scope, init: Node, key: string, at: Node): Node | null {
  if (unwrap(init).type !== 'AwaitExpression' || !signedForBrowser(scope, init)) return null;
  return { type: 'MemberExpression', object: init, property: { type: 'Identifier', name: key, start: at.start, end: at.end }, computed: false, optional: false, start: at.start, end: at.end };
}

/** `const { requestJira } = api.asApp()` binds `requestJira` as `api.asApp().requestJira` would be. */
function memberOf(init: Node, key: string, at: Node): Node | null {
  if (!REFERABLE.has(unwrap(init).type)) return null;
  return { type: 'MemberExpression', object: init, property: { type: 'Identifier', name: key, start: at.start, end: at.end }, computed: false, optional: false, start: at.start, end: at.end };
}

const REFERABLE = new Set(['Identifier', 'MemberExpression', 'CallExpression', 'NewExpression', 'ThisExpression', 'ImportExpression']);

/** `this.state` of a class. */
export function isThisState(node: Node): boolean {
  const n = unwrap(node);
  return n.type === 'MemberExpression' && unwrap(n.object).type === 'ThisExpression' && propertyName(n.property, n.computed) === 'state';
}

/** The promises of `Promise.all([a, b])` (or `allSettled`) listed one by one, in order; null for any other value. */
function settledElements(init: Node): Array<Node | null> | null {
  const node = unwrap(init);
  if (node.type !== 'CallExpression' || node.arguments.length !== 1) return null;
  const callee = unwrap(node.callee);
  if (callee.type !== 'MemberExpression' || unwrap(callee.object).type !== 'Identifier' || unwrap(callee.object).name !== 'Promise') return null;
  const method = propertyName(callee.property, callee.computed);
  const list = unwrap(node.arguments[0]);
  if ((method !== 'all' && method !== 'allSettled') || list.type !== 'ArrayExpression') return null;
  const elements = list.elements as Array<Node | null>;
  return elements.some((e) => e?.type === 'SpreadElement') ? null : elements;
}
