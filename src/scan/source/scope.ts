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
 */
export type Flow = DataKind | 'opaque' | `store:${string}` | `call:${string}` | `callarg:${string}` | `handler:${string}` | `param:${string}` | `client:${string}` | `route:${string}`;
import { isFunction, objectProperty, propertyName, unwrap, type Node } from './ast.ts';
import type { SourceModule } from './module.ts';
import { aceClient, aceRequest, actsAsUser, clientOf, givesAceClient, settingsOp } from './ace-client.ts';
import { isHttpRequest } from './http-clients.ts';
import { isNeutralName, isSecretEnvName, kindOfName } from './names.ts';

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
  /** The bound value is made of constants only (worked out once, when first asked). */
  constant?: boolean;
  /** Data was put into the value after it was bound (`x.prop = v`, `list.push(v)`): it is no longer what its initialiser says. */
  grown?: boolean;
  /** A parameter of a top-level function, never reassigned: `fn:index`, filled in from its callers by the scan. */
  param?: string;
  /** The parameter was given itself acting as a user (`client = client.asUserByAccountId(id)`): ACE's client, as a user. */
  asUser?: boolean;
}

export interface Step {
  name: string;
  /** The call that applied this step (`asUser()`), or null for a property read. */
  call: Node | null;
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

/** The mark of an imported value `module#name` (see `IMPORTED`). */
export function importedMark(ref: string): string {
  return OPEN + ref + CLOSE;
}
/** Around `fn:index` in a string evaluated with `strParams`: the value a caller passes for that parameter. */
export const PARAM = '\u0003';

const TRANSFORMS = new Set(['json', 'text', 'blob', 'arrayBuffer', 'map', 'filter', 'find', 'slice', 'flat', 'flatMap', 'reduce', 'concat', 'trim', 'toString', 'toLowerCase', 'toUpperCase', 'substring', 'split', 'join', 'replace', 'values', 'entries', 'at', 'pop', 'shift', 'get', 'getAll', 'then', 'catch', 'finally', 'sort', 'reverse', 'toSorted', 'toReversed']);
/** What the result of these calls holds, whatever they are called on. */
const STORAGE_READS = new Set(['get', 'getMany', 'getOne']);
const RESULT_KINDS = new Map<string, Flow>([
  ...['requestJira', 'requestConfluence', 'requestBitbucket', 'requestGraph', 'requestJiraServiceManagement'].map((m) => [m, 'product-content'] as const),
  ['getSecret', 'secret'], ['getContext', 'account-id'], ['useProductContext', 'account-id'],
]);
const GLOBAL_OBJECTS = new Set(['window', 'globalThis', 'self', 'global']);
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

  /** Binds every name in a pattern (`{ a, b: [c] }`), each carrying the kinds of the whole value. */
  bindPattern(pattern: Node, init: Node | null, kinds: Set<Flow>): void {
    switch (pattern.type) {
      case 'Identifier':
        this.bind(pattern.name, init, withName(kinds, pattern.name));
        break;
      case 'ObjectPattern':
        for (const prop of pattern.properties as Node[]) {
          if (prop.type === 'RestElement') this.bindPattern(prop.argument, null, kinds);
          else {
            const key = propertyName(prop.key, prop.computed);
            const sub = init && key ? objectProperty(unwrap(init), key) ?? memberOf(init, key, prop) : null;
            const propKinds = key && !kindOfName(key) && isNeutralName(key) ? new Set<Flow>(['other']) : kinds;
            this.bindPattern(prop.value, sub, key ? withName(propKinds, key) : propKinds);
          }
        }
        break;
      case 'ArrayPattern':
        for (const el of pattern.elements as Array<Node | null>) if (el) this.bindPattern(el, null, kinds);
        break;
      case 'AssignmentPattern':
        this.bindPattern(pattern.left, init, kinds);
        break;
      case 'RestElement':
        this.bindPattern(pattern.argument, null, kinds);
        break;
      default:
        break;
    }
  }

  /** A class member set to an object built by a call or `new` (`this.client = new OpenAI()`, `client = createClient()`). */
  bindMember(name: string, value: Node): void {
    const node = unwrap(value);
    if (node.type !== 'NewExpression' && node.type !== 'CallExpression') return;
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
  assign(name: string, kinds: Set<Flow>, value: Node | null = null): void {
    const b = this.lookup(name);
    if (!b) return;
    b.init = null;
    // `httpClient = httpClient.asUserByAccountId(id)`: still the client the callers pass, now acting as a user.
    if (b.param && value && actsAsUser(value, name)) b.asUser = true;
    else delete b.param;
    if (value && b.values) b.values.push(value);
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
        const name = propertyName(node.property, node.computed);
        const member = name !== null && unwrap(node.object).type === 'ThisExpression' ? this.members.get(name) : undefined;
        if (member) return this.ref(member, depth + 1);
        const base = this.ref(node.object, depth);
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
        return only ? this.ref(only, depth + 1) : unknownRef();
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
    this.paramMarks = true;
    try {
      return this.str(expr);
    } finally {
      this.paramMarks = false;
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
        if (b?.param && this.paramMarks) return `${PARAM}${b.param}${PARAM}`;
        if (!b) return this.importedStr(node) ?? HOLE;
        if (b.init) return this.str(b.init, depth + 1);
        // Every value assigned so far is the same string: that is the value.
        const values = b.values?.map((v) => this.str(v, depth + 1)) ?? [];
        return values.length > 0 && values.every((v) => v !== null && v === values[0]) ? values[0]! : HOLE;
      }
      case 'MemberExpression': {
        const target = this.memberValue(node, depth);
        return target ? this.str(target, depth + 1) : this.importedStr(node) ?? HOLE;
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
  importedStr(expr: Node, suffix = ''): string | null {
    const path: string[] = [];
    let node = unwrap(expr);
    while (node.type === 'MemberExpression') {
      const name = propertyName(node.property, node.computed);
      if (name === null) return null;
      path.unshift(name);
      node = unwrap(node.object);
    }
    if (node.type !== 'Identifier' || this.lookup(node.name)) return null;
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
        for (const e of node.expressions as Node[]) addAll(out, this.kinds(e, depth + 1));
        break;
      case 'Identifier': {
        if (node.name === 'undefined') { out.add('literal'); break; }
        const byName = kindOfName(node.name);
        if (byName) { out.add(byName); break; }
        const b = this.lookup(node.name);
        if (b?.init && !b.grown && (b.constant ??= this.isConstant(b.init, depth))) { out.add('literal'); break; }
        if (isNeutralName(node.name, false) && !b?.grown) { out.add('other'); break; }
        if (b) addAll(out, b.kinds);
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
        if (name && isNeutralName(name)) { out.add('other'); break; }
        // ACE's product client on a request (`req.context.http`) is no data of the request.
        if (name === 'http' && aceClient(this, node, this.ref(node))) { out.add('other'); break; }
        // `req.context.extension`: a part of the context other than the account ID is not the account ID.
        const context = object.type === 'MemberExpression' && propertyName(object.property, object.computed) === 'context' ? unwrap(object.object) : null;
        addAll(out, this.kinds(context ?? object, depth + 1));
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

  private callKinds(node: Node, depth: number): Set<Flow> {
    const out = new Set<Flow>();
    const callee = unwrap(node.callee);
    const ref = this.ref(callee);
    const last = ref.steps[ref.steps.length - 1]?.name ?? ref.name ?? '';
    const known = RESULT_KINDS.get(last) ?? (ref.name === 'AP' && last === 'request' ? 'product-content' : undefined);
    if (known) {
      out.add(known);
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
    // A response holds what the server sent back, not the request's URL, headers or body.
    if (isHttpRequest(ref)) {
      out.add('other');
      return out;
    }
    // The app's own functions return what their return statements carry: resolved after all files are read.
    const own = this.appFunction(callee);
    if (own) {
      out.add(`call:${own}`);
      for (const mark of this.argMarks(node, own, depth)) out.add(mark);
      return out;
    }
    const method = callee.type === 'MemberExpression' ? propertyName(callee.property, callee.computed) : null;
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
    if (out.size === 0) out.add('other');
    return out;
  }

  /**
   * A read of Forge storage (`kvs.get(key)`, `storage.query().getMany()`, `kvs.entity('x').get(id)`) or of ACE's settings
   * store (`addon.settings.get(key, clientKey)`): `store:<backend>:<key>`, the key empty for any.
   */
  private storedRead(ref: Ref, node: Node): Flow | null {
    if (settingsOp(node.callee, ref) === 'read') return `store:external-db:${withBraces(settle(this.str(node.arguments[0])) ?? '')}`;
    if (ref.root !== 'import' || !(ref.module === '@forge/kvs' || (ref.module === '@forge/api' && (ref.imported === 'storage' || ref.steps[0]?.name === 'storage')))) return null;
    const names = ref.steps.map((s) => s.name);
    if (!STORAGE_READS.has(names[names.length - 1] ?? '')) return null;
    const entityAt = names.indexOf('entity');
    if (entityAt >= 0) return `store:custom-entity:${withBraces(settle(this.str(ref.steps[entityAt]!.call?.arguments[0])) ?? '')}`;
    if (names.includes('query')) return 'store:kvs:';
    return `store:kvs:${withBraces(settle(this.str(node.arguments[0])) ?? '')}`;
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

function unknownRef(): Ref {
  return { root: 'unknown', module: null, name: null, steps: [] };
}

function withCall(base: Ref, call: Node): Ref {
  if (base.steps.length === 0) return { ...base, steps: [{ name: '', call }] };
  const steps = base.steps.slice();
  const last = steps[steps.length - 1]!;
  steps[steps.length - 1] = last.call ? last : { name: last.name, call };
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

/** `Object.values(x)`, `Array.from(x)`: the data is in the argument, not in what the method is called on. */
function isStaticHelper(object: Node): boolean {
  const node = unwrap(object);
  return node.type === 'Identifier' && (node.name === 'Object' || node.name === 'Array' || node.name === 'Promise');
}

function addAll(into: Set<Flow>, from: Iterable<Flow>): void {
  for (const k of from) into.add(k);
}

function joinParts(a: string | null, b: string | null): string | null {
  if (a === null && b === null) return null;
  return (a ?? HOLE) + (b ?? HOLE);
}

function resolveUrl(path: string, base: string): string {
  const origin = /^([a-z][a-z0-9+.-]*:\/\/[^/]*)/i.exec(base)?.[1];
  if (path.startsWith('/') && origin) return origin + path;
  return base.replace(/\/?$/, '/') + path.replace(/^\.?\//, '');
}

const HOLES = new RegExp(`${HOLE}+`, 'g');
const PARAMS = new RegExp(`${PARAM}[^${PARAM}]*${PARAM}`, 'g');

/** An evaluated string with its parameter marks as holes: what is known before callers are looked at. */
function withoutParams(value: string): string {
  return value.includes(PARAM) ? value.replace(PARAMS, HOLE) : value;
}

/** An evaluated string with each run of holes written `{}`, as in path templates. */
export function withBraces(value: string): string {
  return value.replace(HOLES, '{}');
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
