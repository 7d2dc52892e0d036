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
  if (ref.root !== 'import' || ref.module === null || !LAST_NAMES.has(lastName(ref) ?? '')) return undefined;
  const names = ref.imported === 'default' && ref.steps.length === 0 ? ['default'] : ref.steps.filter((s) => s.name !== 'new').map((s) => s.name);
  const pkg = packageName(ref.module);
  const appModule = isAppModule(ref.module);
  return VERIFIERS.find((v) => v.calls.some((chain) => (v.module === pkg || (appModule && chain.length >= 2)) && endsWith(names, chain)));
}

const SIGNERS = data.signers.map((v) => ({ module: v.module, key: v.key, calls: v.calls.map((c) => c.split('.')) }));
const SIGNING_NAMES = new Set(SIGNERS.flatMap((v) => v.calls.map((chain) => chain[chain.length - 1]!)));

/**
 * The argument holding the key of a call that signs a token with it (`jwt.sign(claims, secret)`,
 * `new SignJWT(claims).setProtectedHeader(h).sign(key)`), of its package; null for any other call.
 */
export function signingKey(ref: Ref): number | null {
  if (ref.root !== 'import' || ref.module === null) return null;
  const last = lastName(ref);
  if (last === null || !SIGNING_NAMES.has(last)) return null;
  const names = ref.steps.map((s) => s.name).filter((name) => name !== 'new');
  const pkg = packageName(ref.module);
  const signer = SIGNERS.find((v) => v.module === pkg && v.calls.some((chain) => chain[chain.length - 1] === last && (chain.length === 1 ? names.length === 1 : names[0] === chain[0])));
  return signer ? signer.key : null;
}

/** The name a call's chain ends with, `new` steps aside (`default` for a default import called as it is); null for none. */
function lastName(ref: Ref): string | null {
  for (let i = ref.steps.length - 1; i >= 0; i--) if (ref.steps[i]!.name !== 'new') return ref.steps[i]!.name;
  return ref.imported === 'default' ? 'default' : null;
}

function endsWith(names: string[], chain: string[]): boolean {
  return chain.length <= names.length && chain.every((name, i) => names[names.length - chain.length + i] === name);
}

function packageName(module: string): string {
  return module.startsWith('@') ? module.split('/').slice(0, 2).join('/') : module.split('/')[0]!;
}
