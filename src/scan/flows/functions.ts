import type { DataKind } from '../facts.ts';
import type { CallGraph } from '../link.ts';
import type { FileFacts, FunctionInfo } from '../source/file-facts.ts';
import { FIELD, NO_ONE, ONLY_PEOPLE, WITHOUT, partOf } from '../source/string-marks.ts';
import type { Flow } from '../source/flow.ts';
import { linkedField } from '../source/kinds.ts';
import { fieldKinds } from '../source/forge-shapes.ts';
import { CONTENT_KINDS } from '../source/answers.ts';
import { isReply, type Resolve } from './context.ts';
import { noSecretIn } from './resolve.ts';
import { blanksSecret } from '../source/names.ts';
import { aiRequestOf, type FlowIndex } from './indexes.ts';

/** How much of a parameter a function's result holds: nothing, the content an AI service's answer holds of it, all of it. */
type Level = 0 | 1 | 2;
const NONE: Level = 0;
const CONTENT: Level = 1;
const WHOLE: Level = 2;

/** What the app's functions return, and what a call's result holds of what it passes. */
export interface FunctionResults {
  returnsOf(file: FileFacts, fn: FunctionInfo): DataKind[];
  /** What field `name` of the object a function returns holds (`flows`, the field's own). */
  fieldOf(file: FileFacts, fn: FunctionInfo, name: string, flows: string[]): DataKind[];
  /** What a call's result holds of its argument `callarg:id`. */
  callArg(file: FileFacts, id: number, withParams: boolean, flows: readonly string[]): DataKind[];
  /** The caller's own parameters in what it passes, also through calls that return them (`wrap(format(x))`). */
  paramsIn(file: FileFacts, flows: readonly string[], depth: number): string[];
}

export function functionResults(index: FlowIndex, graph: CallGraph, resolve: Resolve): FunctionResults {
  const done = new Map<FunctionInfo, DataKind[]>();
  const active = new Set<FunctionInfo>();
  const returnsOf = (file: FileFacts, fn: FunctionInfo): DataKind[] => {
    const cached = done.get(fn);
    if (cached) return cached;
    if (active.has(fn)) return [];
    active.add(fn);
    // A call site already carries what it passes in, so a function's parameters are not part of its result.
    const kinds = resolve(file, fn.returns, false);
    active.delete(fn);
    done.set(fn, kinds);
    return kinds;
  };

  const fieldsDone = new Map<string, DataKind[]>();
  const fieldOf = (file: FileFacts, fn: FunctionInfo, name: string, flows: string[]): DataKind[] => {
    const key = `${file.file}#${fn.name}@${fn.evidence.line}:${fn.evidence.column}.${name}`;
    const cached = fieldsDone.get(key);
    if (cached) return cached;
    if (active.has(fn)) return [];
    active.add(fn);
    const kinds = resolve(file, flows, false);
    active.delete(fn);
    fieldsDone.set(key, kinds);
    return kinds;
  };

  // What a call passes that its result holds: an argument's data counts only when the function returns
  // that parameter. Worked out once per argument (calls nest: `a(b(c(x)))`).
  const passedOn = new Map<string, DataKind[]>();
  const callArg = (file: FileFacts, id: number, withParams: boolean, flows: readonly string[]): DataKind[] => {
    const arg = file.callArgs[id];
    const to = arg ? graph.target(file, arg.callee) : null;
    // `all(issues).health`: what that field of the result holds of the argument, when the function returns an object whose fields are known.
    const field = to?.fn.returnFields && arg ? fieldReadOf(flows, arg.callee) : null;
    const fieldFlows = field !== null ? to!.fn.returnFields![field] : undefined;
    const key = `${file.file}#${id}:${withParams}${fieldFlows ? `${FIELD}${field}` : ''}`;
    let kinds = passedOn.get(key);
    if (!kinds) {
      passedOn.set(key, []);
      const level = !arg ? NONE : to ? returnsParam(to.file, to.fn, arg.index, fieldFlows ? field! : null) : WHOLE;
      // `issueOf(context)` returning `context.extension.issue`: those fields of what is passed, not all of it.
      const fields = level === WHOLE && to ? returnedFields(to.file, to.fn, arg!.index, fieldFlows ? field! : null) : null;
      const shape = arg?.shape;
      const given = arg?.fields;
      const passed = fields && shape ? fields.flatMap((f) => fieldKinds(shape, firstField(f))) : fields && given ? fields.flatMap((f) => partOf(given, firstField(f)).flat())
        // `pick(issues)` returning `items.map((i) => ({ summary: i.fields.summary }))`: those fields of what is passed, as a read of them gives.
        : fields && arg && !fields.some((f) => f.includes(WITHOUT)) ? fields.flatMap((f) => [...linkedField(new Set(arg.flows as Flow[]), f)])
        : arg?.flows;
      kinds = level === NONE ? [] : resolve(file, passed!, withParams);
      // `({ ...settings, token: '' })`: what is passed but the secret the function blanks.
      if (fields?.every(blanksSecret)) kinds = noSecretIn(kinds, fields[0]!);
      if (level === CONTENT) kinds = kinds.filter((k) => CONTENT_KINDS.has(k));
      passedOn.set(key, kinds);
    }
    return kinds;
  };

  // How much of its parameter `index` a function's result may hold: all of it when returned as it is, through a
  // call that returns it, or as something the walk could not follow (`opaque`); its content when the result is an
  // AI service's answer to a request that sent it (`summarize(text)`). A result known to be something else (a
  // response, a count, a flag, constants) drops the arguments: `addComment(id, text)` returning the product's
  // response does not return `text`, nor does `submit(repo)` returning `{ submitted: repo.commits.length }` return `repo`.
  const passing = new Map<string, Level>();
  const returnsParam = (file: FileFacts, fn: FunctionInfo, position: number, field: string | null = null): Level => {
    const key = `${file.file}#${fn.name}:${position}${field === null ? '' : `${FIELD}${field}`}`;
    const known = passing.get(key);
    if (known !== undefined) return known;
    passing.set(key, NONE);
    const own = `param:${fn.name}:${position}`;
    const carries = (flows: readonly string[], depth: number): Level => {
      let level = NONE;
      for (const flow of flows) {
        if (flow === own || flow.startsWith(`${own}${FIELD}`) || flow === 'opaque') return WHOLE;
        if (depth > 8) continue;
        if (isReply(flow)) {
          const request = aiRequestOf(index, file, flow);
          if (request) level = Math.max(level, Math.min(CONTENT, carries(request, depth + 1))) as Level;
          continue;
        }
        if (!flow.startsWith('callarg:')) continue;
        const arg = file.callArgs[Number(flow.slice(8))];
        if (!arg) continue;
        const to = graph.target(file, arg.callee);
        level = Math.max(level, Math.min(carries(arg.flows, depth + 1), to ? returnsParam(to.file, to.fn, arg.index) : WHOLE)) as Level;
        if (level === WHOLE) return level;
      }
      return level;
    };
    const result = carries(field === null ? fn.returns : fn.returnFields?.[field] ?? fn.returns, 0);
    passing.set(key, result);
    return result;
  };

  // The fields of its parameter `position` a function's result holds when it holds only fields of it, read there (`return
  // context.extension`, `return { key: issue.key }`), each as read there (`fields\u0005summary`, with the mark of a field that holds no one),
  // also through calls handed only such fields (`{ created: clean(record.created) }`); null when it may hold all of it.
  const returnedFields = (file: FileFacts, fn: FunctionInfo, position: number, field: string | null): string[] | null => {
    const own = `param:${fn.name}:${position}`;
    const fields = new Set<string>();
    const only = (flows: readonly string[], depth: number): boolean => {
      for (const flow of flows) {
        if (flow === own || flow === 'opaque') return false;
        if (flow.startsWith('callarg:')) {
          const arg = depth < 8 ? file.callArgs[Number(flow.slice(8))] : undefined;
          if (!arg) return false;
          const to = graph.target(file, arg.callee);
          if ((!to || returnsParam(to.file, to.fn, arg.index) !== NONE) && !only(arg.flows, depth + 1)) return false;
          continue;
        }
        if (flow.startsWith(`${own}${FIELD}`)) fields.add(flow.slice(own.length + FIELD.length));
      }
      return true;
    };
    return only(field === null ? fn.returns : fn.returnFields?.[field] ?? fn.returns, 0) && fields.size > 0 ? [...fields] : null;
  };

  const paramsIn = (file: FileFacts, flows: readonly string[], depth: number): string[] => !flows.some(isParamOrCallArg) ? [] : flows.flatMap((flow) => {
    if (flow.startsWith('param:')) return [flow.includes(FIELD) ? flow.slice(6, flow.indexOf(FIELD)) : flow.slice(6)];
    if (!flow.startsWith('callarg:') || depth > 8) return [];
    const arg = file.callArgs[Number(flow.slice(8))];
    const to = arg ? graph.target(file, arg.callee) : null;
    return arg && (!to || returnsParam(to.file, to.fn, arg.index) !== NONE) ? paramsIn(file, arg.flows, depth + 1) : [];
  });

  return { returnsOf, fieldOf, callArg, paramsIn };
}

/** `fields` of `fields\u0005summary`, a field's name without the mark of one that holds no one or only people. */
function firstField(path: string): string {
  let end = path.length;
  while (end > 0 && (path[end - 1] === NO_ONE || path[end - 1] === ONLY_PEOPLE)) end--;
  const at = path.indexOf(FIELD);
  return path.slice(0, at < 0 ? end : Math.min(at, end));
}

function isParamOrCallArg(flow: string): boolean {
  return flow.startsWith('param:') || flow.startsWith('callarg:');
}

/** The one field of a call's result the value is read from (`call:callee\u0005field`), or null when it holds the whole result or several fields. */
function fieldReadOf(flows: readonly string[], callee: string): string | null {
  let field: string | null = null;
  for (const flow of flows) {
    if (!flow.startsWith(`call:${callee}`)) continue;
    const rest = flow.slice(5 + callee.length);
    if (!rest.startsWith(FIELD)) return null;
    const name = rest.slice(FIELD.length);
    if (field !== null && field !== name) return null;
    field = name;
  }
  return field;
}
