import { objectProperty, propertyName, unwrap, type Node } from '../ast.ts';
import type { CallSite, FileContext } from '../context.ts';
import type { Scope } from '../scope.ts';
import { mask } from '../secrets.ts';
import { signingKey } from '../token-verifiers.ts';
import { isAppCode } from '../../app-code.ts';
import data from '../../../data/signing-options.json' with { type: 'json' };

interface Options { option?: string[]; arg?: number; calls?: string[]; rule: keyof typeof data.rules }

const PACKAGES = data.packages as Record<string, Options>;
const DEPTH = 4;

/**
 * A key that signs the app's sessions or tokens written in the code (`session({ secret: 'keyboard cat' })`, `cookieParser('s3cret')`,
 * `jwt.sign(claims, 'dev-key')`): a secret in the source, whatever it looks like; a sample key (`keyboard cat`) is as forgeable as any.
 * A key read from the environment is none, also with a default written beside it (`process.env.SESSION_SECRET || 'dev'`): the app
 * is made to be given its key, and the default is for a developer's machine; so is a key in a test, mock or example.
 */
export function detectHardCodedKey(site: CallSite, ctx: FileContext): void {
  const { ref, node } = site;
  if (site.module === null || ref.root !== 'import') return;
  const signer = signingKey(ref);
  const options = signer === null && Object.hasOwn(PACKAGES, site.module) ? PACKAGES[site.module]! : null;
  if (signer === null && (options === null || !calledAs(site, options))) return;
  const args = node.arguments as Node[];
  const keys = signer !== null ? [args[signer]] : options!.arg !== undefined ? [args[options!.arg]] : options!.option!.map((name) => objectProperty(ctx.scope.object(args[0]), name));
  for (const key of keys) {
    const written = key ? writtenKey(ctx.scope, key, 0) : null;
    if (!key || written === null) continue;
    const rule = data.rules[signer !== null ? 'token' : options!.rule];
    const evidence = ctx.evidence(written.node);
    // A test's or an example's key signs tokens of the test; only the app's own code keeps users' sessions.
    // A constant several calls use is one secret, where it is written.
    if (!isAppCode(evidence.file) || ctx.facts.secrets.some((s) => s.evidence.line === evidence.line && s.evidence.column === evidence.column)) return;
    // The excerpt shows the line the key is written on: the other keys of its list masked too.
    let excerpt = evidence.excerpt;
    for (const value of [written.value, ...listed(unwrap(key), written.node)]) excerpt = excerpt.replaceAll(value, mask(value));
    ctx.facts.secrets.push({ rule: rule.id, description: rule.description, masked: mask(written.value), evidence: { ...evidence, excerpt } });
    return;
  }
}

/** The package's export the call is: its default export called (`session({ ... })`), or one of `calls` (`expressjwt({ ... })`). */
function calledAs(site: CallSite, options: Options): boolean {
  const { steps, imported } = site.ref;
  if (steps.length !== 1 || steps[0]!.call !== site.node) return false;
  const name = steps[0]!.name === '' ? imported ?? '' : steps[0]!.name;
  return options.calls === undefined ? name === 'default' : options.calls.includes(name);
}

/**
 * The string a key is when the code writes it: a literal, a constant it is bound to, a member of a constant object, the first of a
 * list (`keys: ['k1', 'k2']`), or encoded (`new TextEncoder().encode('k')`, `Buffer.from('k')`); null for anything read at run time.
 */
function writtenKey(scope: Scope, expr: Node, depth: number): { value: string; node: Node } | null {
  const node = unwrap(expr);
  if (depth > DEPTH) return null;
  switch (node.type) {
    case 'Literal':
      return typeof node.value === 'string' && node.value !== '' ? { value: node.value, node } : null;
    case 'TemplateLiteral': {
      const text = node.expressions.length === 0 ? node.quasis[0]?.value.cooked : null;
      return typeof text === 'string' && text !== '' ? { value: text, node } : null;
    }
    case 'Identifier': {
      const b = scope.lookup(node.name);
      return b?.init && !b.grown && !b.param ? writtenKey(scope, b.init, depth + 1) : null;
    }
    case 'MemberExpression': {
      const value = scope.memberValue(node);
      return value ? writtenKey(scope, value, depth + 1) : null;
    }
    case 'ArrayExpression': {
      const first = node.elements[0] as Node | null | undefined;
      return first ? writtenKey(scope, first, depth + 1) : null;
    }
    case 'CallExpression':
    case 'NewExpression': {
      const callee = unwrap(node.callee);
      const name = callee.type === 'MemberExpression' ? propertyName(callee.property, callee.computed) : null;
      return (name === 'encode' || name === 'from') && node.arguments[0] ? writtenKey(scope, node.arguments[0], depth + 1) : null;
    }
    default:
      return null;
  }
}

/** The other strings of the list a key is the first of (`keys: ['k1', 'k2']`). */
function listed(key: Node, first: Node): string[] {
  if (key.type !== 'ArrayExpression') return [];
  return (key.elements as Array<Node | null>).flatMap((e) => {
    const value = e ? unwrap(e) : null;
    return value && value !== first && value.type === 'Literal' && typeof value.value === 'string' && value.value !== '' ? [value.value] : [];
  });
}
