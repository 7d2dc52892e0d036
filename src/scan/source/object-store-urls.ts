import objectStoreUrls from '../../data/object-store-urls.json' with { type: 'json' };
import { propertyName, unwrap, type Node } from './ast.ts';
import type { Scope } from './scope.ts';

const MODULES = new Set(objectStoreUrls.modules);
const CALLS = new Map(Object.entries(objectStoreUrls.calls) as Array<[string, 'write' | 'read']>);

/** The storage operation a Forge Object Store call's pre-signed URL is for (`createUploadUrl`: `write`), or null for another call. */
export function presignedOp(name: string): 'write' | 'read' | null {
  return CALLS.get(name) ?? null;
}

/**
 * Whether a request's URL is the `url` of a pre-signed URL the Forge Object Store gave (`const upload = await
 * objectStore.createUploadUrl({ key }); fetch(upload.url, { method: 'PUT', body })`): Forge's storage, not egress.
 */
export function isPresignedUrl(scope: Scope, url: Node | null | undefined): boolean {
  let node = url ? unwrap(url) : null;
  // `const { url } = await objectStore.createUploadUrl({ key })`, `const url = upload.url`: the name stands for that field.
  if (node?.type === 'Identifier') {
    const bound = scope.lookup(node.name)?.init;
    node = bound ? unwrap(bound) : null;
  }
  if (node?.type !== 'MemberExpression' || propertyName(node.property, node.computed) !== 'url') return false;
  const object = unwrap(node.object);
  const init = object.type === 'Identifier' ? scope.lookup(object.name)?.init : object;
  let made = init ? unwrap(init) : null;
  if (made?.type === 'AwaitExpression') made = unwrap(made.argument);
  if (made?.type !== 'CallExpression') return false;
  const ref = scope.ref(unwrap(made.callee));
  const last = ref.steps[ref.steps.length - 1];
  return ref.root === 'import' && ref.module !== null && MODULES.has(ref.module) && last !== undefined && CALLS.has(last.name);
}
