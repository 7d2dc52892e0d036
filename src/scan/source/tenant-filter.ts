import data from '../../data/tenant-keys.json' with { type: 'json' };
import { propertyName, unwrap, type Node } from './ast.ts';
import type { Step } from './ref.ts';
import type { Scope } from './scope.ts';
import { withSpaces } from './string-marks.ts';

const normal = (name: string): string => name.replace(/[\W_]/g, '').toLowerCase();
const KEYS = new Set(data.keys.map(normal));

/** Whether a name is that of the key identifying an installation (`client_key`, `clientKey`, `cloudId`; src/data/tenant-keys.json). */
export const isTenantKey = (name: string): boolean => KEYS.has(normal(name));

/** Whether an SQL statement's WHERE clause picks rows by the installation's key: `DELETE FROM notes WHERE client_key = $1`. */
export function tenantWhere(text: string): boolean {
  const where = /\bWHERE\b([\s\S]*)/i.exec(withSpaces(text))?.[1];
  return where !== undefined && (where.match(/[A-Za-z_][\w$]*/g) ?? []).some(isTenantKey);
}

/**
 * Whether what a delete is handed names the installation's key, so that it removes one tenant's data: a property or field
 * (`{ where: { clientKey } }`, `{ client: { clientKey } }`, `notes.clientKey`, `req.body.clientKey`), a column (`.where('client_key', k)`),
 * a variable (`settings.del(key, clientKey)`) or one given such a value, a key built from one (`` `notes:${clientKey}` ``), or a field of
 * the row found by one (`{ where: { id: tenant.id } }` with `tenant` found by `{ where: { clientKey } }`).
 */
export function namesTenant(scope: Scope, expr: Node | null | undefined, depth = 0): boolean {
  if (!expr || depth > 4) return false;
  const node = unwrap(expr);
  const deeper = (n: Node | null | undefined) => namesTenant(scope, n, depth + 1);
  switch (node.type) {
    case 'Identifier': {
      if (isTenantKey(node.name)) return true;
      const b = scope.lookup(node.name);
      const init = b?.init && !b.grown ? unwrap(b.init) : null;
      // A value made of one (`const key = req.body.clientKey`), or a row a query found by one (`await Tenant.findOne({ where: { clientKey } })`);
      // not what another call makes (`pgTable('notes', { clientKey: text() })` declares the column, it picks no rows).
      return init !== null && init.type !== 'CallExpression' && init.type !== 'NewExpression' && deeper(init);
    }
    case 'Literal':
      return typeof node.value === 'string' && isTenantKey(node.value);
    case 'MemberExpression': {
      // `tenant.id` of `const tenant = await Tenant.findOne({ where: { clientKey } })`: a field of the row found by the key.
      const name = propertyName(node.property, node.computed);
      return (name !== null && isTenantKey(name)) || deeper(node.object);
    }
    case 'AwaitExpression':
      return deeper(node.argument);
    case 'ObjectExpression':
      return (node.properties as Node[]).some((p) => p.type === 'Property' && (isTenantKey(propertyName(p.key, p.computed) ?? '') || deeper(p.value)));
    case 'ArrayExpression':
      return (node.elements as Array<Node | null>).some(deeper);
    case 'TemplateLiteral':
      return (node.expressions as Node[]).some(deeper);
    case 'BinaryExpression':
      return deeper(node.left) || deeper(node.right);
    case 'CallExpression':
      return (node.arguments as Node[]).some(deeper);
    default:
      return false;
  }
}

/**
 * Whether a call, or one its callee chains from, is handed the installation's key: `db('notes').where({ client_key }).del()`.
 * Only the calls of its reference's steps written in the call itself count, not those that made its client elsewhere
 * (`const store = createStore({ baseUrl })`).
 */
export function chainNamesTenant(scope: Scope, call: Node, steps: Step[]): boolean {
  return steps.some(({ call: c }) => c?.type === 'CallExpression' && c.start >= call.start && c.end <= call.end && (c.arguments as Node[]).some((a) => namesTenant(scope, a)));
}
