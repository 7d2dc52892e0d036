import { propertyName, unwrap, type Node } from './ast.ts';
import { LOCAL, MAX_DEPTH, onlyValue } from './flow.ts';
import type { Scope } from './scope.ts';
import { RETURNED } from './functions-named.ts';
import { CALLED, FIELD } from './string-marks.ts';

/**
 * The app's own function a callee names, as `call:` markers write it (`#name`, `./jira#getIssue`), or null.
 * With `methods`, also a method of one of the app's classes (`#JiraService.getIssue`, `./jira#default.getIssue`):
 * on `this`, on an instance built with `new`, on a member the constructor is given or typed with, on a parameter typed with
 * the class, or static.
 */
export function appFunction(scope: Scope, callee: Node, methods = true): string | null {
  const node = unwrap(callee);
  if (node.type === 'Identifier') {
    const local = scope.lookup(node.name);
    if (local) return local.topFunction ? `#${node.name}` : null;
    const imported = scope.mod.imports.get(node.name);
    return imported && scope.isAppModule(imported.module) ? `${imported.module}#${imported.imported}` : null;
  }
  if (node.type !== 'MemberExpression') return null;
  const name = propertyName(node.property, node.computed);
  const object = unwrap(node.object);
  // `issues.getIssue(...)` with `import * as issues from './issues'`
  if (object.type === 'Identifier' && !scope.lookup(object.name)) {
    const imported = scope.mod.imports.get(object.name);
    if (imported?.imported === '*') return scope.isAppModule(imported.module) && name ? `${imported.module}#${name}` : null;
  }
  // `github.pr.merge(...)` with `import github from './github'`: a function of an object another module exports, by its path.
  if (methods && object.type === 'MemberExpression' && name) {
    const path = importedPath(scope, object);
    if (path) return `${path}.${name}`;
  }
  const cls = methods && name ? classOf(scope, object) : null;
  return cls ? `${cls}.${name}` : null;
}

/** A value another module of the app exports (`requester` of `import requester from './api'`, `api.requester`): `./api#default`. */
export function importedValue(scope: Scope, expr: Node): string | null {
  const path = importedPath(scope, unwrap(expr));
  return path === null || path.endsWith('#') ? null : path;
}

/** `github.pr` of an imported `github`: `./github#default.pr`; null for anything else. */
function importedPath(scope: Scope, node: Node, depth = 0): string | null {
  if (depth > 3) return null;
  if (node.type === 'Identifier') {
    const imported = scope.lookup(node.name) ? undefined : scope.mod.imports.get(node.name);
    if (!imported || !scope.isAppModule(imported.module)) return null;
    return imported.imported === '*' ? `${imported.module}#` : `${imported.module}#${imported.imported}`;
  }
  if (node.type !== 'MemberExpression' || node.computed) return null;
  const name = propertyName(node.property, false);
  const head = name ? importedPath(scope, unwrap(node.object), depth + 1) : null;
  return head === null ? null : head.endsWith('#') ? `${head}${name}` : `${head}.${name}`;
}

/**
 * A function a top-level function declares (`request(...)` -> `#jiraAccess>request`), or a function of the object one of
 * the app's functions returns (`jira.get(...)` with `const jira = makeClient(...)` -> `./client#makeClient>get`), as argument flows name it.
 */
export function localFunction(scope: Scope, callee: Node): string | null {
  const node = unwrap(callee);
  if (node.type === 'Identifier') {
    const binding = scope.lookup(node.name);
    if (binding?.local) return `#${binding.local}`;
    // `setWord(text)` with `const { setWord } = useWord()`: the function of that name the app's function returns.
    let found: string | null = null;
    for (const flow of binding?.kinds ?? []) {
      // `send(card)` with `const send = makeSender(cfg)`: the function `makeSender` returns.
      if (flow.startsWith('call:') && flow.indexOf(FIELD) < 0 && !flow.endsWith(CALLED) && binding!.kinds.size === 1) return `${flow.slice(5)}${RETURNED}`;
      const at = flow.startsWith('call:') ? flow.indexOf(FIELD) : -1;
      if (at < 0 || flow.indexOf(FIELD, at + 1) >= 0 || flow.endsWith(CALLED) || !/^[\w$]+$/.test(flow.slice(at + 1))) continue;
      if (found !== null) return null;
      found = `${flow.slice(5, at)}${LOCAL}${flow.slice(at + 1)}`;
    }
    return found;
  }
  // `makeSender(cfg)(card)`
  if (node.type === 'CallExpression') {
    const factory = appFunction(scope, node.callee, false);
    return factory ? `${factory}${RETURNED}` : null;
  }
  const name = node.type === 'MemberExpression' ? propertyName(node.property, node.computed) : null;
  if (name === null) return null;
  let object = unwrap(node.object);
  if (object.type === 'Identifier') {
    const init = scope.lookup(object.name)?.init;
    if (init) object = unwrap(init);
  }
  const factory = object.type === 'CallExpression' ? appFunction(scope, object.callee, false) : null;
  return factory ? `${factory}${LOCAL}${name}` : null;
}

/** The app's class a name refers to (`#JiraService`, `./jira#default`), or null. */
export function appClass(scope: Scope, node: Node): string | null {
  return classNamed(scope, node);
}

/**
 * The app's class each argument of a call is an instance of (`new IssuesGateway(jira)`), or each property of an object
 * literal argument (`new IssuesGateway({ jiraService })`); undefined when none is.
 */
export function argClasses(scope: Scope, args: readonly Node[]): Array<string | Record<string, string> | null> | undefined {
  let found = false;
  const out = args.map((a) => {
    const arg = unwrap(a);
    if (arg.type !== 'ObjectExpression') {
      const cls = arg.type === 'Identifier' || arg.type === 'NewExpression' ? classOf(scope, arg) : null;
      if (cls) found = true;
      return cls;
    }
    let fields: Record<string, string> | null = null;
    for (const p of arg.properties as Node[]) {
      const key = p.type === 'Property' && !p.computed ? propertyName(p.key) : null;
      const value = key !== null ? unwrap(p.value) : null;
      const cls = value && (value.type === 'Identifier' || value.type === 'NewExpression') ? classOf(scope, value) : null;
      if (cls) (fields ??= {})[key!] = cls;
    }
    if (fields) found = true;
    return fields;
  });
  return found ? out : undefined;
}

/** The app's class an object is an instance of (or, for a static call, is): `#JiraService` or `./jira#default`. */
function classOf(scope: Scope, object: Node, depth = 0): string | null {
  if (depth > MAX_DEPTH) return null;
  switch (object.type) {
    case 'ThisExpression':
      return scope.currentClass ? `#${scope.currentClass}` : null;
    case 'NewExpression':
      return classNamed(scope, unwrap(object.callee));
    case 'Identifier': {
      const local = scope.lookup(object.name);
      if (!local) return classNamed(scope, object);
      const value = local.init ?? (local.values?.length ? onlyValue(local.values) : null);
      if (!value && local.typed) return classNamed(scope, local.typed, true);
      if (value && scope.objects.get(object.name) === unwrap(value)) return `#${object.name}`;
      if (value && unwrap(value).type === 'CallExpression') return containerInstance(scope, unwrap(value));
      return value && unwrap(value).type === 'NewExpression' ? classOf(scope, unwrap(value), depth + 1) : null;
    }
    case 'MemberExpression': {
      const name = propertyName(object.property, object.computed);
      if (name === null || unwrap(object.object).type !== 'ThisExpression') return null;
      const member = scope.members.get(name);
      if (member?.type === 'NewExpression') return classOf(scope, member, depth + 1);
      const type = scope.memberTypes.get(name);
      return type ? classNamed(scope, type, true) : null;
    }
    default:
      return null;
  }
}

/** The methods a dependency-injection container hands out an instance of the class it is given by (typedi, tsyringe, InversifyJS, NestJS). */
const CONTAINER_GETS = new Set(['get', 'resolve']);

/** `Container.get(HookController)`, `container.resolve(HookController)`: an instance of that class of the app, or null. */
function containerInstance(scope: Scope, call: Node): string | null {
  const callee = unwrap(call.callee);
  if (callee.type !== 'MemberExpression' || call.arguments.length !== 1 || !CONTAINER_GETS.has(propertyName(callee.property, callee.computed) ?? '')) return null;
  const given = unwrap(call.arguments[0]);
  return given.type === 'Identifier' && scope.classes.has(given.name) && !scope.lookup(given.name) ? `#${given.name}` : given.type === 'Identifier' ? importedClass(scope, given.name) : null;
}

/** A class another module of the app exports, imported by name (`import HookController from './hooks'`), by the name calls give it. */
function importedClass(scope: Scope, name: string): string | null {
  const imported = scope.lookup(name) ? undefined : scope.mod.imports.get(name);
  return imported && scope.isAppModule(imported.module) && imported.imported !== '*' && /^[A-Z]/.test(name) ? `${imported.module}#${imported.imported}` : null;
}

/**
 * A class of the module, or a class, instance or object of functions imported from another module of the
 * app (`JiraClient.fetchIssue()`, `jiraService.getIssue()` with `export const jiraService = new JiraService()`).
 */
function classNamed(scope: Scope, node: Node | string, typed = false): string | null {
  const name = typeof node === 'string' ? node : node.type === 'Identifier' ? node.name as string : null;
  if (name === null || scope.lookup(name)) return null;
  if (scope.classes.has(name)) return `#${name}`;
  // A member's type may name a class imported for its type only (`import type { JiraService }`).
  const imported = scope.mod.imports.get(name) ?? (typed ? scope.mod.typeImports.get(name) : undefined);
  if (!imported || !scope.isAppModule(imported.module) || imported.imported === '*') return null;
  return `${imported.module}#${imported.imported}`;
}
