import { objectProperty, type Node } from './ast.ts';
import type { Scope } from './scope.ts';
import { hasParam, importedMark } from './string-marks.ts';
import { unwrap } from './ast.ts';

/**
 * The text of the `Authorization` header a request's options send (`{ headers: { Authorization: \`JWT ${token}\` } }`,
 * also with the headers or the options in a constant), holes for what is not known; `Basic ` for an HTTP client's
 * own Basic credentials (axios's `auth: { username, password }`); null when it sends none the scan can see.
 */
export function authorizationOf(scope: Scope, options: Node | null | undefined): string | null {
  const object = scope.object(options);
  if (!object) return null;
  const auth = headerOf(scope, object);
  if (auth) return scope.str(auth);
  const credentials = scope.object(objectProperty(object, 'auth'));
  return credentials && (objectProperty(credentials, 'username') ?? objectProperty(credentials, 'user')) ? 'Basic ' : null;
}

/**
 * The text of the `Authorization` header of a request's options with the marks of the parameters it is made of, when a
 * parameter gives all or part of it (`{ headers: { Authorization: authParams } }` of `function get(url, authParams)`): the
 * callers fill it in, and `'Basic ' + encoded` of a caller makes the request one with Basic credentials. Null otherwise.
 */
export function authorizationParams(scope: Scope, options: Node | null | undefined): string | null {
  const object = scope.object(options);
  const auth = object ? headerOf(scope, object) : null;
  const text = auth ? scope.strParams(auth) : null;
  return text !== null && hasParam(text) ? text : null;
}

function headerOf(scope: Scope, options: Node): Node | null {
  const headers = scope.object(objectProperty(options, 'headers'));
  return headers ? objectProperty(headers, 'Authorization') ?? objectProperty(headers, 'authorization') : null;
}

/** The scheme of an `Authorization` header's text: Basic, Bearer, or null for another or none. */
export function authScheme(text: string | null): 'basic' | 'bearer' | null {
  if (text === null) return null;
  return /^Basic /i.test(text) ? 'basic' : /^Bearer /i.test(text) ? 'bearer' : null;
}

/**
 * Whether options among a request's arguments (after its first, the URL) send Connect's JWT (`Authorization: \`JWT ${token}\``): a request
 * only the product takes, an app's request to the site that installed it.
 */
export function sendsConnectJwt(scope: Scope, args: readonly Node[]): boolean {
  return args.slice(1).some((arg) => (authorizationOf(scope, arg) ?? '').startsWith('JWT '));
}

/**
 * The `Authorization` header another module's function makes for a request's options (`{ headers: signedHeaders(tenant, 'GET', path) }`,
 * also spread into them): where the scan reads its text once the modules are linked (`./jwt#signedHeaders().Authorization`), else null.
 */
export function importedAuthorization(scope: Scope, args: readonly Node[]): string | null {
  for (const arg of args.slice(1)) {
    const options = scope.object(arg);
    const headers = options ? objectProperty(options, 'headers') : null;
    const given = headers ? unwrap(headers) : null;
    const made = given?.type === 'ObjectExpression' ? (given.properties as Node[]).filter((p) => p.type === 'SpreadElement').map((p) => unwrap(p.argument)) : given ? [given] : [];
    for (const call of made) {
      const callee = call.type === 'CallExpression' ? unwrap(call.callee) : null;
      const imported = callee?.type === 'Identifier' && !scope.lookup(callee.name) ? scope.mod.imports.get(callee.name) : undefined;
      if (imported && imported.imported !== '*' && scope.isAppModule(imported.module)) return importedMark(`${imported.module}#${imported.imported}().Authorization`);
    }
  }
  return null;
}
