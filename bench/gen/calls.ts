/**
 * How generated code calls the helpers other files export: a pool that hands out the helpers no file
 * calls yet first (so that, as in a real app, nearly every export has a caller), and call sites whose
 * arguments come from what the caller has at hand (a resolver's payload and context, a service's
 * parameters, the previous call's result).
 */
import type { FileBuilder, Helper } from './code.ts';
import type { Random } from './random.ts';

/** Exports left without a caller on purpose: real apps keep a little dead code. */
const DEAD_SHARE = 0.03;

export class Pool {
  private readonly all: Helper[] = [];
  private readonly waiting = new Set<Helper>();
  private readonly rnd: Random;

  constructor(rnd: Random) {
    this.rnd = rnd;
  }

  /** Offers a file's exports to later callers; a few are never offered, and stay dead. */
  add(helpers: readonly Helper[]): void {
    for (const h of helpers) {
      if (this.rnd.chance(DEAD_SHARE)) continue;
      this.all.push(h);
      this.waiting.add(h);
    }
  }

  /** Helpers no caller has taken yet. */
  pending(filter?: (h: Helper) => boolean): number {
    if (!filter) return this.waiting.size;
    let n = 0;
    for (const h of this.waiting) if (filter(h)) n++;
    return n;
  }

  /** `count` helpers: those without a caller first (among the oldest few), then any. */
  take(count: number, filter: (h: Helper) => boolean = () => true): Helper[] {
    const waiting: Helper[] = [];
    for (const h of this.waiting) {
      if (filter(h)) waiting.push(h);
      if (waiting.length === Math.max(24, count)) break;
    }
    const chosen = this.rnd.sample(waiting, count);
    if (chosen.length < count) chosen.push(...this.rnd.sample(this.all.filter((h) => filter(h) && !chosen.includes(h)), count - chosen.length));
    for (const h of chosen) this.waiting.delete(h);
    return chosen;
  }
}

/** Plain synchronous functions (what `utils` compose, and what shapes a response). */
export const SYNC = (h: Helper): boolean => !h.async && !h.kind;
/** Anything a back-end function can call. */
export const ANY = (h: Helper): boolean => h.kind !== 'component';

/** Expressions the caller has at hand, by parameter name; `key`, `accountId` and `data` are the fallbacks. */
export type Env = Record<string, string>;

const KEYISH = /(Key|Id|^id|^key|^scope)$/;

/** The value a caller passes for a parameter of that name. */
export function argFor(param: string, env: Env): string {
  const bound = env[param];
  if (bound !== undefined) return bound;
  const data = env['data'] ?? env['payload'] ?? '{}';
  const key = env['key'] ?? "'default'";
  switch (param) {
    case 'accountId':
    case 'updatedBy':
      return env['accountId'] ?? "'app'";
    case 'items':
    case 'after':
      return `${data}?.items ?? []`;
    case 'before':
      return `${data}?.previous ?? []`;
    case 'seconds':
      return `Number(${data}?.timeSpent ?? 0)`;
    case 'startAt':
      return '0';
    case 'limit':
      return '50';
    case 'total':
      return `Number(${data}?.total ?? 0)`;
    case 'text':
      return `String(${data}?.summary ?? ${data}?.title ?? '')`;
    case 'email':
    case 'emailAddress':
      return `${data}?.emailAddress ?? ${data}?.email`;
    case 'displayName':
      return `${data}?.displayName ?? 'unknown'`;
    case 'jql':
      return `\`project = "\${${key}}" ORDER BY updated DESC\``;
    case 'cql':
      return `\`space = "\${${key}}" and type = page\``;
    case 'body':
      return `JSON.stringify(${data})`;
    case 'signature':
      return `String(${data}?.signature ?? '')`;
    case 'secret':
      return "process.env.WEBHOOK_SECRET ?? ''";
    case 'from':
      return `${data}?.startDate ?? new Date().toISOString()`;
    case 'to':
      return `${data}?.dueDate ?? new Date().toISOString()`;
    case 'filters':
      return `{ projectKey: ${key}, assignee: ${env['accountId'] ?? 'undefined'}, statuses: ${data}?.statuses }`;
    case 'override':
      return env['payload'] ?? '{}';
    case 'action':
      return `{ type: 'loaded', payload: ${data} }`;
    case 'payload':
    case 'value':
    case 'input':
      return data;
  }
  if (KEYISH.test(param)) return key;
  return data;
}

/** Takes parameters that are functions (`operation`, `load`): a helper whose call they wrap. */
const THUNK = new Set(['operation', 'load']);

/**
 * Lines calling `h` (from the caller's file `f`) and binding its result to `result`. A helper that takes
 * a function gets another call wrapped in it (`withRetry(() => getIssue(issueKey))`); a class is built
 * and each of its methods called.
 */
export function callLines(f: FileBuilder, h: Helper, env: Env, result: string, inner?: () => Helper | undefined): string[] {
  const local = f.useHelper(h);
  if (h.kind === 'class') {
    const instance = f.unique(`${local.charAt(0).toLowerCase()}${local.slice(1)}`);
    const lines = [`  const ${instance} = new ${local}(${argFor('key', env)}, { source: 'forge' });`];
    const last = (h.methods ?? []).reduce<string | null>((prev, m, i) => {
      const call = `${instance}.${m.name}(${m.params.map((p) => argFor(p, env)).join(', ')})`;
      if (m.returns) {
        lines.push(`  const ${result}Part${i} = ${m.async ? 'await ' : ''}${call};`);
        return `${result}Part${i}`;
      }
      lines.push(`  ${m.async ? 'await ' : ''}${call};`);
      return prev;
    }, null);
    lines.push(`  const ${result} = ${last ?? `${instance}.toJSON()`};`);
    return lines;
  }
  let wrapped = '';
  if (h.params.some((p) => THUNK.has(p))) {
    const w = inner?.();
    wrapped = w && w.kind !== 'class' && !w.params.some((p) => THUNK.has(p)) ? `() => ${f.useHelper(w)}(${w.params.map((p) => argFor(p, env)).join(', ')})` : `async () => ${argFor('data', env)}`;
  }
  const args = h.params.map((p) => (THUNK.has(p) ? wrapped : argFor(p, env)));
  return [`  const ${result} = ${h.async ? 'await ' : ''}${local}(${args.join(', ')});`];
}
