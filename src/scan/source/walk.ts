import { visitorKeys } from 'oxc-parser';
import { isFunction, isNode, objectProperty, propertyName, unwrap, type Node } from './ast.ts';
import type { Detector, FileContext } from './context.ts';
import type { ArgFlow, FunctionInfo } from './file-facts.ts';
import { bindRequire } from './module.ts';
import { kindOfName } from './names.ts';
import { aceClient, aceRequest } from './ace-client.ts';
import { isRegistrar } from './registrars.ts';
import { refPath, type Flow, type Ref } from './scope.ts';

/** Type annotations hold no calls or data: not walked. */
const TYPE_KEYS = new Set(['typeAnnotation', 'returnType', 'typeParameters', 'typeArguments', 'superTypeArguments', 'implements']);
/** The keys to walk per node type, type annotations left out; type-only nodes have none. */
const CHILD_KEYS = new Map(Object.entries(visitorKeys)
  .filter(([type]) => !type.startsWith('TS') || type === 'TSAsExpression' || type === 'TSSatisfiesExpression' || type === 'TSNonNullExpression' || type === 'TSTypeAssertion' || type === 'TSParameterProperty' || type === 'TSExportAssignment' || type === 'TSInstantiationExpression')
  .map(([type, keys]) => [type, keys.filter((k) => !TYPE_KEYS.has(k))]));
const BROWSER_GLOBALS = new Set(['AP', 'document', 'navigator', 'localStorage', 'sessionStorage', 'location', 'alert']);

/** What the parameters of a function handed to a call hold, by position, the last entry standing for the rest; null when the call says nothing of them. */
type CallbackParams = readonly Flow[][] | null;
/** A handler's parameters all hold what users and products send. */
const PAYLOAD: CallbackParams = [['resolver-payload']];

/**
 * Walks a file once, in source order, keeping bindings and data kinds per function, and hands every
 * call to the detectors.
 */
export function walkFile(ctx: FileContext, detectors: readonly Detector[]): void {
  const { scope, mod } = ctx;
  const program = mod.program;
  const exportsOf = collectExports(program);

  // Module constants are visible to functions declared above them.
  for (const stmt of program.body as Node[]) {
    const decl = stmt.type === 'ExportNamedDeclaration' || stmt.type === 'ExportDefaultDeclaration' ? stmt.declaration : stmt;
    if (decl?.type === 'FunctionDeclaration' && decl.id) {
      scope.bind(decl.id.name, null, []);
      scope.lookup(decl.id.name)!.topFunction = true;
    }
    if (decl?.type === 'VariableDeclaration' && decl.kind === 'const') {
      for (const d of decl.declarations as Node[]) {
        if (!d.init || d.id.type !== 'Identifier' || mod.imports.has(d.id.name)) continue;
        scope.bind(d.id.name, d.init, []);
        if (isFunction(unwrap(d.init))) scope.lookup(d.id.name)!.topFunction = true;
      }
    }
  }

  const visit = (node: Node, parent: Node | null, callback: CallbackParams): void => {
    switch (node.type) {
      case 'ImportDeclaration':
      case 'TSInterfaceDeclaration':
      case 'TSTypeAliasDeclaration':
      case 'TSModuleDeclaration':
      case 'TSEnumDeclaration':
        return;
      case 'FunctionDeclaration':
      case 'FunctionExpression':
      case 'ArrowFunctionExpression':
        enterFunction(node, parent, callback);
        return;
      case 'VariableDeclarator': {
        if (node.init) {
          visit(node.init, node, null);
          if (!bindRequire(mod, node.id, node.init)) scope.bindPattern(node.id, node.init, scope.kinds(node.init));
        } else scope.bindPattern(node.id, null, new Set());
        return;
      }
      case 'AssignmentExpression': {
        visit(node.right, node, null);
        const left = unwrap(node.left);
        if (left.type === 'Identifier') scope.assign(left.name, scope.kinds(node.right), node.operator === '=' ? node.right : null);
        else {
          visit(node.left, node, null);
          if (left.type === 'MemberExpression') {
            const name = propertyName(left.property, left.computed);
            const kinds = scope.kinds(node.right);
            const byName = name ? kindOfName(name) : null;
            if (byName && !kinds.has('literal')) kinds.add(byName);
            scope.assignMember(left, kinds);
          }
        }
        return;
      }
      case 'ReturnStatement':
        if (node.argument) {
          visit(node.argument, node, null);
          if (ctx.fn && returns.length === 1) for (const k of scope.kinds(node.argument)) ctx.fn.returns.push(k);
        }
        return;
      case 'CallExpression':
      case 'NewExpression': {
        const ref = onCall(node);
        const registrar = node.type === 'CallExpression' && isRegistrar(node.callee, ref);
        if (registrar) for (const arg of node.arguments as Node[]) {
          const name = calleeName(arg);
          if (name) ctx.facts.handlerRefs.push(name);
        }
        visitChildren(node, registrar ? PAYLOAD : callbackParams(node, ref));
        return;
      }
      default:
        visitChildren(node, null);
    }
  };

  /** Functions being walked; a return counts for the top-level function only when it is not nested. */
  const returns: Node[] = [];

  const visitChildren = (node: Node, callback: CallbackParams): void => {
    const keys = CHILD_KEYS.get(node.type);
    if (!keys) return;
    for (const key of keys) {
      const child = node[key];
      if (Array.isArray(child)) {
        for (const c of child) if (isNode(c)) visit(c, node, isFunction(c) ? callback : null);
      } else if (isNode(child)) visit(child, node, isFunction(child) ? callback : null);
    }
  };

  const enterFunction = (node: Node, parent: Node | null, callback: CallbackParams): void => {
    const top = topLevelName(node, parent, program);
    const outer = ctx.fn;
    let info: FunctionInfo | null = null;
    if (top && !ctx.fn) {
      info = {
        name: top, exports: exportsOf.get(top) ?? [], calls: [], reports: false, returns: [],
        evidence: ctx.evidence(node), endLine: mod.lines.lineOf(node.end),
      };
      ctx.facts.functions.push(info);
      ctx.fn = info;
    }
    if (node.type === 'FunctionDeclaration' && node.id && parent?.type !== 'Program' && parent?.type !== 'ExportNamedDeclaration' && parent?.type !== 'ExportDefaultDeclaration') {
      scope.bind(node.id.name, null, ['other']);
    }
    scope.push();
    // Handlers receive data from users and products: resolver requests, web trigger and event payloads,
    // HTTP requests. Whether an exported function is a handler is for the manifest to say.
    const exported = info?.exports[0];
    // A function of the module that is not exported may still be handed to a registrar by name (`#name`);
    // its parameters also hold what its callers pass (`param:name:i`).
    (node.params as Node[]).forEach((param, i) => {
      const kinds = new Set<Flow>(callback ? callback[Math.min(i, callback.length - 1)]! : info ? [`handler:${exported ?? `#${info.name}`}`, `param:${info.name}:${i}`] : ['other']);
      const pattern = param.type === 'TSParameterProperty' ? param.parameter : param;
      scope.bindPattern(pattern, null, kinds);
      // A plain parameter's string value comes from its callers (`jiraGet('/rest/api/3/myself')`); a default stands in when they leave it out.
      if (info) markParam(info, pattern, String(i));
    });
    returns.push(node);
    if (node.body) {
      visit(node.body, node, null);
      if (node.body.type !== 'BlockStatement' && info && returns.length === 1) for (const k of scope.kinds(node.body)) info.returns.push(k);
    }
    returns.pop();
    if (info) info.returns = [...new Set(info.returns)];
    scope.pop();
    ctx.fn = outer;
  };

  /**
   * A plain parameter's string value comes from the callers (`jiraGet('/rest/api/3/myself')`), and so
   * does the `method` of a destructured options parameter (`{ method = 'GET' } = {}`); a default
   * stands in when a caller leaves it out.
   */
  const markParam = (info: FunctionInfo, pattern: Node, at: string): void => {
    const name = pattern.type === 'AssignmentPattern' ? pattern.left : pattern;
    if (name.type === 'ObjectPattern' && !at.includes('.')) {
      for (const prop of name.properties as Node[]) {
        if (prop.type === 'Property' && propertyName(prop.key, prop.computed) === 'method') markParam(info, prop.value, `${at}.method`);
      }
      return;
    }
    if (name.type !== 'Identifier') return;
    scope.lookup(name.name)!.param = `${info.name}:${at}`;
    const fallback = pattern.type === 'AssignmentPattern' && pattern.right.type === 'Literal' ? pattern.right.value : null;
    if (typeof fallback === 'string') (info.defaults ??= {})[at] = fallback;
  };

  /** Hands a call to the detectors; returns what the callee refers to, for the walk. */
  const onCall = (node: Node): Ref => {
    const ref = scope.ref(node.callee);
    const site = { node, ref: node.type === 'NewExpression' ? ref : withFinalCall(ref, node), path: '', module: ref.root === 'import' ? ref.module : null };
    site.path = refPath(site.ref);
    if (ref.root === 'global' && ref.name && BROWSER_GLOBALS.has(ref.name)) ctx.facts.browser = true;
    if (ctx.fn) {
      const name = calleeName(node.callee);
      if (name) ctx.fn.calls.push(name);
    }
    const target = node.type === 'CallExpression' && node.arguments.length > 0 ? scope.appFunction(node.callee) : null;
    if (target) ctx.facts.argFlows.push({ callee: target, args: (node.arguments as Node[]).map((a) => [...scope.kinds(a)]), ...argValues(ctx, node), ...argClients(ctx, node) });
    for (const detect of detectors) detect(site, ctx);
    return ref;
  };

  /** An ACE request's callback receives `(err, response, body)`: the response and body are what the product sent. */
  const callbackParams = (node: Node, ref: Ref): CallbackParams => {
    if (node.type !== 'CallExpression' || !(node.arguments as Node[]).some(isFunction)) return null;
    const ace = aceRequest(scope, node, ref);
    return ace && [['other'], [ace.client === 'ace' ? 'product-content' : `client:${ace.client}`]];
  };

  visit(program, null, null);
}

/** The strings and request methods a call passes to a function of the app, with where it does, when it passes any. */
function argValues(ctx: FileContext, node: Node): Pick<ArgFlow, 'values' | 'methods' | 'evidence'> {
  const args = node.arguments as Node[];
  let found = false;
  const values = args.map((a) => {
    const value = a.type === 'ObjectExpression' || a.type === 'SpreadElement' ? null : ctx.scope.strParams(a);
    if (value !== null) found = true;
    return value;
  });
  const methods = args.map((a) => {
    const method = objectProperty(ctx.scope.object(a), 'method');
    const value = method ? ctx.scope.strParams(method) : null;
    if (value !== null) found = true;
    return value;
  });
  return found ? { values, methods, evidence: ctx.evidence(node) } : {};
}

/** The arguments that are ACE's product client (`saveToken(req.context.http, …)`), when any is. */
function argClients(ctx: FileContext, node: Node): Pick<ArgFlow, 'clients'> {
  let found = false;
  const clients = (node.arguments as Node[]).map((a) => {
    const arg = unwrap(a);
    if (arg.type !== 'Identifier' && arg.type !== 'MemberExpression' && arg.type !== 'CallExpression') return null;
    const client = aceClient(ctx.scope, arg, ctx.scope.ref(arg))?.client ?? null;
    if (client !== null) found = true;
    return client;
  });
  return found ? { clients } : {};
}

/** `getIssue` or `handlers.save`: how a function of the app is named at a call or where it is passed. */
function calleeName(expr: Node): string | null {
  const node = unwrap(expr);
  if (node.type === 'Identifier') return node.name;
  if (node.type === 'MemberExpression' && unwrap(node.object).type === 'Identifier') return `${unwrap(node.object).name}.${propertyName(node.property) ?? ''}`;
  return null;
}

function withFinalCall(ref: ReturnType<FileContext['scope']['ref']>, node: Node) {
  const steps = ref.steps.slice();
  const last = steps[steps.length - 1];
  if (!last || last.call) steps.push({ name: '', call: node });
  else steps[steps.length - 1] = { name: last.name, call: node };
  return { ...ref, steps };
}

/** Export name(s) per local name: `export function f`, `export { f as g }`, `export default f`, `module.exports = { f }`, `exports.f = …`. */
function collectExports(program: Node): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const add = (local: string, exported: string): void => {
    const list = out.get(local) ?? [];
    list.push(exported);
    out.set(local, list);
  };
  for (const stmt of program.body as Node[]) {
    if (stmt.type === 'ExportNamedDeclaration') {
      const d = stmt.declaration;
      if (d?.type === 'FunctionDeclaration' && d.id) add(d.id.name, d.id.name);
      if (d?.type === 'VariableDeclaration') for (const v of d.declarations as Node[]) if (v.id.type === 'Identifier') add(v.id.name, v.id.name);
      if (!stmt.source) for (const s of stmt.specifiers as Node[]) add(propertyName(s.local) ?? '', propertyName(s.exported) ?? '');
    } else if (stmt.type === 'ExportDefaultDeclaration') {
      const d = stmt.declaration;
      if ((d.type === 'FunctionDeclaration' || d.type === 'ClassDeclaration') && d.id) add(d.id.name, 'default');
      else if (d.type === 'Identifier') add(d.name, 'default');
      else add('default', 'default');
    } else if (stmt.type === 'ExpressionStatement' && stmt.expression.type === 'AssignmentExpression') {
      const { left, right } = stmt.expression;
      const target = exportTarget(left);
      if (target === '*' && right.type === 'ObjectExpression') {
        for (const p of right.properties as Node[]) {
          if (p.type !== 'Property') continue;
          const key = propertyName(p.key, p.computed);
          if (!key) continue;
          add(p.value.type === 'Identifier' ? p.value.name : key, key);
        }
      } else if (target === '*' && right.type === 'Identifier') add(right.name, 'default');
      else if (target && target !== '*') add(right.type === 'Identifier' ? right.name : target, target);
    }
  }
  return out;
}

/** `module.exports` → `*`; `exports.f` / `module.exports.f` → `f`. */
function exportTarget(left: Node): string | null {
  if (left.type !== 'MemberExpression') return null;
  const name = propertyName(left.property, left.computed);
  const obj = left.object;
  if (obj.type === 'Identifier' && obj.name === 'module' && name === 'exports') return '*';
  if (obj.type === 'Identifier' && obj.name === 'exports') return name;
  if (obj.type === 'MemberExpression' && obj.object.type === 'Identifier' && obj.object.name === 'module' && propertyName(obj.property) === 'exports') return name;
  return null;
}

/** The name of a function defined at the top of the module, if it is one. */
function topLevelName(node: Node, parent: Node | null, program: Node): string | null {
  if (node.type === 'FunctionDeclaration' && node.id && (parent === program || parent?.type === 'ExportNamedDeclaration')) return node.id.name;
  if (parent?.type === 'ExportDefaultDeclaration') return node.id?.name ?? 'default';
  if (parent?.type === 'VariableDeclarator' && parent.id.type === 'Identifier' && isTopLevelDeclarator(parent, program)) return parent.id.name;
  if (parent?.type === 'AssignmentExpression') {
    const target = exportTarget(parent.left);
    if (target && target !== '*') return target;
  }
  return null;
}

const topDeclarators = new WeakMap<Node, Set<Node>>();
function isTopLevelDeclarator(declarator: Node, program: Node): boolean {
  let set = topDeclarators.get(program);
  if (!set) {
    set = new Set();
    for (const stmt of program.body as Node[]) {
      const decl = stmt.type === 'ExportNamedDeclaration' ? stmt.declaration : stmt;
      if (decl?.type === 'VariableDeclaration') for (const d of decl.declarations as Node[]) set.add(d);
    }
    topDeclarators.set(program, set);
  }
  return set.has(declarator);
}
