import registrars from '../../data/handler-registrars.json' with { type: 'json' };
import { propertyName, unwrap, type Node } from './ast.ts';
import { words } from './names.ts';
import type { Ref, Step } from './ref.ts';

const METHODS = new Set(registrars.methods);
const MODULES = new Set(registrars.modules);
const NAMES = new Set(registrars.names);

/**
 * Whether a call hands the functions it is given requests or events to handle: a method such as
 * `post` or `define` called on an app, router or resolver (`app.post('/x', addon.authenticate(), …)`,
 * `resolver.define('x', …)`), not on an HTTP client or a library's event emitter
 * (`httpClient.get(options, (err, res, body) => …)`). `ref` is what the callee refers to.
 */
export function isRegistrar(callee: Node, ref: Ref): boolean {
  const node = unwrap(callee);
  if (node.type !== 'MemberExpression' || !METHODS.has(propertyName(node.property, node.computed) ?? '')) return false;
  // `app.route('/x').get(…).post(…)`: the router is where the chain starts.
  let receiver = unwrap(node.object);
  let steps = ref.steps.length - 1;
  while (receiver.type === 'CallExpression' && isChained(unwrap(receiver.callee))) {
    receiver = unwrap(unwrap(receiver.callee).object);
    steps--;
  }
  return madeByRouterModule(ref, ref.steps.slice(0, Math.max(steps, 0))) || hasRouterName(receiver);
}

function isChained(callee: Node): boolean {
  const name = callee.type === 'MemberExpression' ? propertyName(callee.property, callee.computed) : null;
  return name !== null && (name === 'route' || METHODS.has(name));
}

/** `express()`, `express.Router()`, `new Resolver()`, `ace(app)`: a router module's export, called or constructed. */
function madeByRouterModule(ref: Ref, steps: Step[]): boolean {
  return ref.root === 'import' && ref.module !== null && MODULES.has(ref.module) && steps.every((s) => s.name === '' || s.name === 'new' || /^[A-Z]/.test(s.name));
}

const routerNames = new Map<string, boolean>();
function hasRouterName(receiver: Node): boolean {
  const name = receiver.type === 'Identifier' ? receiver.name : receiver.type === 'MemberExpression' ? propertyName(receiver.property, receiver.computed) : null;
  if (!name) return false;
  let router = routerNames.get(name);
  if (router === undefined) {
    const w = words(name);
    router = NAMES.has(w[w.length - 1] ?? '');
    routerNames.set(name, router);
  }
  return router;
}
