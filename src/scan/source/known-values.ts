import { propertyName, unwrap, type Node } from './ast.ts';
import { fieldKinds } from './forge-shapes.ts';
import { isEntityName, isNeutralName, namesOtherSystemId, namesThingId, words } from './names.ts';
import teamOwners from '../../data/team-owners.json' with { type: 'json' };
import type { Scope } from './scope.ts';

/**
 * Whether a value is read from a field that says what it is, whatever name the code then gives it: an ID of Forge's
 * context that is metadata (`const userId = context.cloudId`, see `forge-context.json`), the ID or key of a thing that
 * is no person (`const ownerId = context.extension.space.id`, `team.id`), or a team's ID (`component.ownerId`). A name
 * bound to one, unchanged since, is followed. Such a value is no account ID, email or name, whatever its name says.
 */
export function readsKnownField(scope: Scope, expr: Node | null | undefined, depth = 0): boolean {
  if (!expr || depth > 3) return false;
  const node = unwrap(expr);
  if (node.type === 'Identifier') {
    const b = scope.lookup(node.name);
    // `let customerId = tenant.stripeCustomerId; if (!customerId) customerId = customer.id`: every value it is given.
    return b !== undefined && !b.grown && !b.appended && (b.values?.length ?? 0) > 0 && b.values!.every((v) => readsKnownField(scope, v, depth + 1));
  }
  if (node.type !== 'MemberExpression') return false;
  const name = propertyName(node.property, node.computed);
  if (name === null) return false;
  // `tenant.stripeCustomerId`, `user.slackUserId`: the ID another system gives a person, no Atlassian account ID.
  if (namesOtherSystemId(name)) return true;
  // `body.webhookRegistrationResult[0].createdWebhookId`, `comment.issueId`: the ID of a thing of the product, no person's.
  if (namesThingId(name)) return true;
  const object = unwrap(node.object);
  // `customer.id` of `const customer = await stripe.customers.create(...)`: the ID of what a call answered (the
  // ID of a person the answer is, `user.accountId`, has a name of its own; see `kindsOf`).
  if (name === 'id' && answeredObject(scope, object)) return true;
  if (name === 'id' || name === 'key') return namesThing(object);
  if (ownedByTeam(name, unwrap(node.object))) return true;
  // A field not listed in `forge-context.json` holds the product's data; of those listed, the IDs and keys.
  return isNeutralName(name) && fieldKinds('context', name)[0] === 'other';
}

const TEAM_OWNERS = new Map(Object.entries(teamOwners.fields));

/** `component.ownerId` of Compass: the ID of the team that owns the thing (`team-owners.json`), no person's. */
export function ownedByTeam(name: string, object: Node): boolean {
  const at = object.type === 'MemberExpression' && object.computed ? unwrap(object.object) : object;
  const named = at.type === 'Identifier' ? at.name : at.type === 'MemberExpression' ? propertyName(at.property, at.computed) : null;
  const last = named === null ? undefined : words(named).pop();
  const fields = last === undefined ? undefined : TEAM_OWNERS.get(last) ?? TEAM_OWNERS.get(last.replace(/s$/, ''));
  return fields?.includes(name) ?? false;
}

/** `space`, `context.extension.project`, `teams[0]`: an object whose name says it is a space, a project, a team. */
function namesThing(node: Node): boolean {
  const at = node.type === 'MemberExpression' && node.computed ? unwrap(node.object) : node;
  if (at.type === 'Identifier') return isEntityName(at.name);
  if (at.type !== 'MemberExpression') return false;
  const name = propertyName(at.property, at.computed);
  return name !== null && isEntityName(name);
}

/**
 * A name bound to the answer of a call and to nothing since (`const customer = await stripe.customers.create(...)`), whose
 * kinds hold no account ID (not `const me = await res.json()` of `/rest/api/3/myself`).
 */
function answeredObject(scope: Scope, node: Node): boolean {
  if (node.type !== 'Identifier') return false;
  const b = scope.lookup(node.name);
  if (!b?.init || b.grown || b.param || b.values?.length !== 1 || b.kinds.has('account-id')) return false;
  const init = unwrap(b.init);
  return (init.type === 'AwaitExpression' ? unwrap(init.argument) : init).type === 'CallExpression';
}
