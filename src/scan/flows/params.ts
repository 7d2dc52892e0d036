import type { DataKind } from '../facts.ts';
import type { FileFacts } from '../source/file-facts.ts';
import { normaliseKinds, type Flow, type Shape } from '../source/flow.ts';
import { fieldShape } from '../source/forge-shapes.ts';
import { FIELD, NO_ONE, ONLY_PEOPLE, partOf } from '../source/string-marks.ts';
import { withField } from '../source/kinds.ts';
import { aboutField } from '../source/metadata-answers.ts';
import { once, type Resolve } from './context.ts';
import type { FunctionResults } from './functions.ts';
import type { FlowIndex } from './indexes.ts';

/** What the parameters of the app's functions hold, by `file#fn:index`. */
export interface ParamResults {
  paramOf(key: string): DataKind[];
  /** `page.title` of a parameter `page`. */
  paramField(key: string, field: string): DataKind[];
  /** The Forge request or context every caller hands the parameter, the same one; null when they differ, undefined while not known. */
  shapeOfParam(key: string): Shape | null | undefined;
  /** Whether every caller passes an object it builds with that field (`notify({ message: issue.fields.summary })`). */
  builtByCallers(key: string, field: string): boolean;
}

/**
 * What each parameter holds: what its callers pass, where a caller may pass on its own parameter
 * (`wrap(x) -> log(x)`). Worked out for all parameters at once, until nothing changes, so chains and
 * cycles of calls cost no more than the calls themselves. `resolve` is only called without parameters here.
 */
export function paramResults(index: FlowIndex, resolve: Resolve, { paramsIn }: Pick<FunctionResults, 'paramsIn'>): ParamResults {
  const params = new Map<string, { kinds: Set<DataKind>; from: string[] }>();
  // `log(title)` in `function update({ title, userId })`: the parameter is handed that field of the caller's, not all of it.
  const fieldsFrom: Array<{ key: string; from: string; field: string }> = [];
  for (const [key, sources] of index.passed) {
    const kinds = new Set<DataKind>();
    const from: string[] = [];
    for (const source of sources) {
      for (const k of resolve(source.file, source.flows, false)) kinds.add(k);
      const rest: string[] = [];
      for (const flow of source.flows) {
        const field = fieldOfParam(flow);
        if (field) fieldsFrom.push({ key, from: `${source.file.file}#${field.param}`, field: field.name });
        else rest.push(flow);
      }
      for (const param of paramsIn(source.file, rest, 0)) from.push(`${source.file.file}#${param}`);
    }
    params.set(key, { kinds, from });
  }
  settleParams(params);
  // Normalised copies: the sets themselves only grow, so that the rounds below settle.
  const settled = (): Map<string, DataKind[]> => new Map([...params].map(([key, p]) => [key, p.kinds.size > 0 ? normaliseKinds(new Set(p.kinds)) : ['other' as const]]));
  let paramKinds = settled();
  const paramOf = (key: string): DataKind[] => paramKinds.get(key) ?? ['other'];
  // That field of what each caller passes, when it passes what the app's function returns, what front ends send, or its
  // own parameter (`show(await getPage())`, `save(req.payload)`); all of it else.
  // While the parameters settle (`settling`), `resolve` is not given them yet: what a caller's own parameters hold is taken
  // from what is known of them so far.
  const fieldOfCallers = (key: string, field: string, settling = false): DataKind[] => {
    const sources = index.passed.get(key);
    if (!sources) return ['other'];
    const out = new Set<DataKind>();
    const given = (file: FileFacts, flows: string[]): void => {
      for (const k of resolve(file, flows, !settling)) out.add(k);
      if (settling) for (const param of paramsIn(file, flows, 0)) for (const k of paramOf(`${file.file}#${param}`)) out.add(k);
    };
    for (const source of sources) {
      // `save({ title, owner })`: that property of the object the caller passes.
      const part = source.fields ? partOf(source.fields, field) : null;
      if (part) {
        for (const flows of part) given(source.file, flows);
        continue;
      }
      for (const k of resolve(source.file, ofField(source.flows, field), false)) out.add(k);
      for (const flow of source.flows) {
        if (!flow.startsWith('param:')) continue;
        const at = flow.indexOf(FIELD);
        const from = `${source.file.file}#${at < 0 ? flow.slice(6) : flow.slice(6, at)}`;
        if (at < 0 && !settling) given(source.file, [`${flow}${FIELD}${field}`]);
        else for (const k of paramOf(from)) out.add(k);
      }
      for (const param of paramsIn(source.file, source.flows.filter((f) => f.startsWith('callarg:')), 0)) for (const k of paramOf(`${source.file.file}#${param}`)) out.add(k);
    }
    return out.size > 0 ? normaliseKinds(out) : ['other'];
  };
  // The fields handed on, till nothing changes: a field may hold what another parameter, handed a field in turn, holds.
  for (let round = 0; round < MAX_FIELD_ROUNDS && fieldsFrom.length > 0; round++) {
    let changed = false;
    for (const { key, from, field } of fieldsFrom) {
      const kinds = params.get(key)!.kinds;
      for (const k of fieldOfCallers(from, field, true)) if (!kinds.has(k)) { kinds.add(k); changed = true; }
    }
    if (!changed) break;
    settleParams(params);
    paramKinds = settled();
  }
  const paramField = once((key: string, field: string) => `${key}\u0000${field}`, (key, field) => fieldOfCallers(key, field));
  // Parameters every caller hands Forge's request or context, the same one, also through helpers that hand on their own
  // parameter: their fields are that object's fields. A cycle of helpers adds nothing.
  const shapes = new Map<string, Shape | null>();
  const shapeOfParam = (key: string): Shape | null | undefined => {
    if (shapes.has(key)) return shapes.get(key);
    shapes.set(key, undefined as unknown as null);
    let found: Shape | null | undefined;
    for (const source of index.handed.get(key) ?? []) {
      const shape = source === null || typeof source === 'string' ? source : viaField(shapeOfParam(source.from), source.field);
      if (shape === undefined) continue;
      found = found === undefined || found === shape ? shape : null;
      if (found === null) break;
    }
    shapes.set(key, found ?? null);
    return found;
  };
  const builtByCallers = (key: string, field: string): boolean => {
    const sources = index.passed.get(key);
    return sources !== undefined && sources.length > 0 && sources.every((s) => s.fields !== undefined && Object.hasOwn(s.fields, field));
  };
  return { paramOf, paramField, shapeOfParam, builtByCallers };
}

/** More than any chain of helpers handing a field on (`update({ title }) -> save(title) -> log(text)`) takes. */
const MAX_FIELD_ROUNDS = 8;

/**
 * The one field of a parameter a flow is (`param:update:0` FIELD `title` of `title` in `update({ title })`, whatever it says
 * of the people in it: that field of what the callers pass is known exactly); null for a whole parameter or a field of a field.
 */
function fieldOfParam(flow: string): { param: string; name: string } | null {
  if (!flow.startsWith('param:')) return null;
  const at = flow.indexOf(FIELD);
  if (at < 0) return null;
  const name = flow.endsWith(NO_ONE) || flow.endsWith(ONLY_PEOPLE) ? flow.slice(at + 1, -1) : flow.slice(at + 1);
  return /^[\w$]+$/.test(name) ? { param: flow.slice(6, at), name } : null;
}

/**
 * Adds to each parameter's kinds those of the parameters it is handed (none known: `other`), till nothing changes.
 * The kinds are bits of a number while they do: a pass over every caller's parameter is then a few integer operations.
 */
function settleParams(params: Map<string, { kinds: Set<DataKind>; from: string[] }>): void {
  const bit = new Map<DataKind, number>();
  const maskOf = (kinds: Iterable<DataKind>): number => {
    let mask = 0;
    for (const k of kinds) {
      let b = bit.get(k);
      if (b === undefined) bit.set(k, (b = 1 << bit.size));
      mask |= b;
    }
    return mask;
  };
  const other = maskOf(['other']);
  const all = [...params.values()];
  const masks = all.map((p) => maskOf(p.kinds));
  // More kinds than a number has bits (only flows of a kind not known here): the sets themselves.
  if (bit.size > 31) {
    for (let changed = true; changed;) {
      changed = false;
      for (const param of all) {
        for (const key of param.from) {
          for (const k of params.get(key)?.kinds ?? ['other' as const]) {
            if (param.kinds.has(k)) continue;
            param.kinds.add(k);
            changed = true;
          }
        }
      }
    }
    return;
  }
  const at = new Map([...params.keys()].map((key, i) => [key, i]));
  const from = all.map((p) => p.from.map((key) => at.get(key) ?? -1));
  for (let changed = true; changed;) {
    changed = false;
    for (let i = 0; i < masks.length; i++) {
      let mask = masks[i]!;
      for (const j of from[i]!) mask |= j < 0 ? other : masks[j]!;
      if (mask !== masks[i]) {
        masks[i] = mask;
        changed = true;
      }
    }
  }
  const kinds = [...bit.keys()];
  all.forEach((p, i) => {
    for (const k of kinds) if (masks[i]! & bit.get(k)!) p.kinds.add(k);
  });
}

/**
 * A field of what flows carry: of what an app's function returns, of a parameter, of what front ends send, of what a
 * handler is given (`req.payload` of a resolver function's request, see `withField`).
 */
function ofField(flows: readonly string[], field: string): string[] {
  return [...aboutField(withField(new Set(flows as Flow[]), field), field)];
}

/** The object a parameter's field is when the parameter is Forge's request or context (`req.context`); undefined while not known. */
function viaField(shape: Shape | null | undefined, field: string | null): Shape | null | undefined {
  if (shape === undefined || shape === null || field === null) return shape;
  return fieldShape(shape, field);
}
