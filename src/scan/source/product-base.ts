import data from '../../data/product-base.json' with { type: 'json' };
import { propertyName, unwrap, type Node } from './ast.ts';
import type { Scope } from './scope.ts';

const FIELDS = new Set(data.fields);
const INSTALL_FIELDS = data.installFields as Record<string, string[]>;
const QUERY_PARAMETERS = new Set(data.queryParameters);

/**
 * Whether an address starts with the base URL of the product's site (see `product-base.json`): `context.siteUrl + '/browse/' + key`,
 * `` `${req.context.hostBaseUrl}/wiki/spaces/${key}` ``, `params.get('xdm_e') + params.get('cp') + ...`, also through the names that hold them.
 * With `signed` (a request signed with Connect's JWT, which only the product takes), an installation's field counts whatever holds it:
 * `` `${tenant.baseUrl}${path}` ``, a `baseUrl` its callers give.
 */
export function startsAtProductBase(scope: Scope, value: Node, signed = false, depth = 0): boolean {
  const node = unwrap(value);
  if (depth > 4) return false;
  switch (node.type) {
    case 'BinaryExpression':
      return node.operator === '+' && startsAtProductBase(scope, node.left, signed, depth + 1);
    case 'TemplateLiteral':
      return node.quasis[0].value.cooked === '' && node.expressions.length > 0 && startsAtProductBase(scope, node.expressions[0], signed, depth + 1);
    case 'Identifier': {
      const binding = scope.lookup(node.name);
      if (binding?.init && !binding.grown) return startsAtProductBase(scope, binding.init, signed, depth + 1);
      // `const { siteUrl } = await view.getContext()`: a name destructured from such a field.
      return binding !== undefined && !binding.values?.length && (FIELDS.has(node.name) || (signed && Object.hasOwn(INSTALL_FIELDS, node.name)));
    }
    case 'MemberExpression': {
      const name = propertyName(node.property, node.computed);
      if (name === null) return false;
      if (FIELDS.has(name)) return true;
      const holders = Object.hasOwn(INSTALL_FIELDS, name) ? INSTALL_FIELDS[name]! : null;
      const object = unwrap(node.object);
      return holders !== null && (signed || (object.type === 'Identifier' && holders.includes(object.name)));
    }
    case 'CallExpression': {
      const first = node.arguments[0] ? unwrap(node.arguments[0]) : null;
      return first?.type === 'Literal' && typeof first.value === 'string' && QUERY_PARAMETERS.has(first.value);
    }
    default:
      return false;
  }
}
