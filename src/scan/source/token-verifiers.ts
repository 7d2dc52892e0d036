import data from '../../data/token-verifiers.json' with { type: 'json' };
import type { Ref } from './ref.ts';

const VERIFIERS = data.verifiers.map((v) => ({ module: v.module, calls: v.calls.map((c) => c.split('.')), vendorEvent: 'vendorEvent' in v && v.vendorEvent === true }));
/** The names a verifier's call ends with: most calls end with none of them. */
const LAST_NAMES = new Set(VERIFIERS.flatMap((v) => v.calls.map((chain) => chain[chain.length - 1]!)));

/**
 * A call that checks or decodes a signed token or webhook event (`jwt.verify(token, secret)`,
 * `stripe.webhooks.constructEvent(body, signature, secret)`): of its package, or through a client another module
 * of the app exports when the chain names it (`webhooks.constructEvent`). `vendorEvent`: its result is a vendor's webhook event.
 */
export function tokenVerifier(ref: Ref, isAppModule: (module: string) => boolean): { vendorEvent: boolean } | undefined {
  if (ref.root !== 'import' || ref.module === null) return undefined;
  const names = ref.imported === 'default' && ref.steps.length === 0 ? ['default'] : ref.steps.filter((s) => s.name !== 'new').map((s) => s.name);
  if (!LAST_NAMES.has(names[names.length - 1]!)) return undefined;
  const pkg = packageName(ref.module);
  const appModule = isAppModule(ref.module);
  return VERIFIERS.find((v) => v.calls.some((chain) => (v.module === pkg || (appModule && chain.length >= 2)) && endsWith(names, chain)));
}

function endsWith(names: string[], chain: string[]): boolean {
  return chain.length <= names.length && chain.every((name, i) => names[names.length - chain.length + i] === name);
}

function packageName(module: string): string {
  return module.startsWith('@') ? module.split('/').slice(0, 2).join('/') : module.split('/')[0]!;
}
