import type { StorageOp } from '../facts.ts';
import type { Node } from './ast.ts';
import type { FileContext } from './context.ts';
import { deletedNames, guardAge } from './guard-age.ts';

/**
 * A purge loop that deletes through a function of the module (`if (age(note) > 90 * DAY) await remove(key)`, with `remove` calling
 * `kvs.delete(key)`): the delete in the function, of what its callers pass it, removes what is that old when every function that
 * calls it does so behind such a guard. Kept per file, by the function's name, until the end of the file's walk (see `settleHelperAges`).
 */
interface Helper { deletes: StorageOp[]; age: number | null; guardedBy: Set<string> }

const helpers = new WeakMap<FileContext, Map<string, Helper>>();
/** How often the file calls each name directly (`remove(key)`): its other mentions hand the function on (`keys.map(remove)`). */
const directCalls = new WeakMap<FileContext, Map<string, number>>();

function helperOf(ctx: FileContext, name: string): Helper {
  let byName = helpers.get(ctx);
  if (!byName) helpers.set(ctx, byName = new Map());
  let helper = byName.get(name);
  if (!helper) byName.set(name, helper = { deletes: [], age: null, guardedBy: new Set() });
  return helper;
}

/** A delete of no age read where it is, in a function of the module, of what one of its parameters names. */
export function noteHelperDelete(ctx: FileContext, call: Node, op: StorageOp): void {
  const fn = ctx.fn;
  if (fn === null) return;
  for (const name of deletedNames(call)) {
    if (ctx.scope.lookup(name)?.param?.startsWith(`${fn.name}:`)) {
      helperOf(ctx, fn.name).deletes.push(op);
      return;
    }
  }
}

/**
 * A call of a function of the module (`remove(key)`) behind a comparison of the age of what it is given; or of one another module
 * of the app exports (`import { removeNote } from './retention'`), which the scan settles once it links the files (see `imported-purges.ts`).
 */
export function noteGuardedCall(ctx: FileContext, call: Node): void {
  const callee = call.callee as Node;
  if (callee.type !== 'Identifier') return;
  const own = ctx.scope.lookup(callee.name)?.topFunction === true;
  const imported = !own && importsAppFunction(ctx, callee.name);
  if (!own && !imported) return;
  const age = guardAge(ctx.scope, call);
  if (age === null) return;
  if (imported) {
    const at = ctx.evidence(call);
    (ctx.facts.guardedImports ??= []).push({ name: callee.name, age, at: [at.line, at.column] });
    return;
  }
  const helper = helperOf(ctx, callee.name);
  helper.age = helper.age === null ? age : Math.min(helper.age, age);
  helper.guardedBy.add(ctx.fn?.name ?? '');
}

/** A call of a function by its name, wherever it is: counted to tell the name's other mentions (see `handedOn`). */
export function noteDirectCall(ctx: FileContext, name: string): void {
  let counts = directCalls.get(ctx);
  if (!counts) directCalls.set(ctx, counts = new Map());
  counts.set(name, (counts.get(name) ?? 0) + 1);
}

/**
 * Whether the file writes a name more often than it binds it once and calls it: it passes the function on (`keys.map(remove)`,
 * `items.forEach(remove)`), keeps it in an object or exports it by a list, and whoever is given it calls it unguarded. Counted
 * in the text, so a comment that names it counts too.
 */
function handedOn(ctx: FileContext, name: string): boolean {
  return ctx.mod.words.count(name) > 1 + (directCalls.get(ctx)?.get(name) ?? 0);
}

/** A name the module imports from another of the app's modules, not one its code binds again (`removeNote`). */
function importsAppFunction(ctx: FileContext, name: string): boolean {
  const binding = ctx.mod.imports.get(name);
  return binding !== undefined && ctx.scope.isAppModule(binding.module) && ctx.scope.lookup(name)?.init == null;
}

/**
 * At the end of the file's walk: the age each function's deletes keep to, when no other function of the file calls it. A function
 * no call of the file guards is kept, with where its deletes are, for the guarded calls of other modules (`helperDeletes`).
 */
export function settleHelperAges(ctx: FileContext): void {
  notePassedImports(ctx);
  const byName = helpers.get(ctx);
  if (!byName) return;
  for (const [name, { deletes, age, guardedBy }] of byName) {
    if (deletes.length === 0 || handedOn(ctx, name)) continue;
    const at = deletes.map((op): [number, number] => [op.evidence.line, op.evidence.column]);
    if (age === null) (ctx.facts.helperDeletes ??= []).push({ fn: name, at });
    if (age === null || ctx.facts.functions.some((f) => f.name !== name && f.calls.includes(name) && !guardedBy.has(f.name))) continue;
    // Exported: other modules may call it too; settled once the files are linked, with the age its own guards compare.
    if (ctx.facts.exports === null || ctx.facts.exports.includes(name)) (ctx.facts.helperDeletes ??= []).push({ fn: name, at, age });
    else for (const op of deletes) op.olderThan ??= age;
  }
}

/** The functions the module imports from another of the app's modules and hands on, rather than only calling them (see `handedOn`). */
function notePassedImports(ctx: FileContext): void {
  for (const [local, binding] of ctx.mod.imports) {
    if (ctx.scope.isAppModule(binding.module) && handedOn(ctx, local)) (ctx.facts.passedImports ??= []).push(local);
  }
}
