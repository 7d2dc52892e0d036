import type { StorageOp } from '../../facts.ts';
import type { CallSite } from '../context.ts';
import forgeCache from '../../../data/forge-cache.json' with { type: 'json' };

interface CacheMethod { op: StorageOp['op']; value?: number; options?: number }

const OPS = forgeCache.ops as Record<string, CacheMethod>;

/** A call of a Forge Cache client (`cache.connect().set(key, value, { ttlSeconds })`): its method's entry, or null. */
export function cacheCall(site: CallSite): { name: string; method: CacheMethod } | null {
  if (site.module !== forgeCache.module) return null;
  const steps = site.ref.steps;
  const name = steps[steps.length - 1]?.name ?? '';
  if (steps.length !== 2 || steps[0]!.name !== forgeCache.connect || !Object.hasOwn(OPS, name)) return null;
  return { name, method: OPS[name]! };
}

export const CACHE_TTL_OPTION = forgeCache.ttlOption;
export const CACHE_DEFAULT_TTL = forgeCache.defaultTtlSeconds;
