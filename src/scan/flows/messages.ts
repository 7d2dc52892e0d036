import type { DataKind } from '../facts.ts';
import type { FileFacts } from '../source/file-facts.ts';
import { normaliseKinds } from '../source/flow.ts';
import { FIELD, partOf } from '../source/string-marks.ts';
import { CONTENT_KINDS } from '../source/answers.ts';
import { once, type Resolve } from './context.ts';
import type { FunctionResults } from './functions.ts';
import { aiRequestOf, type FlowIndex } from './indexes.ts';

/** What crosses between the app's parts: front ends and resolver functions, queues and their consumers, AI services' answers. */
export interface MessageResults {
  /** What an AI service's answer (`reply:3`) holds: the content its request sent. */
  answerOf(file: FileFacts, flow: string, withParams: boolean): DataKind[];
  /** What resolver function `name` returns to front ends (`getNote\u0005note`: a field of it). */
  returnedKinds(name: string, withParams: boolean): DataKind[];
  /** What front ends send resolver function `name` (`save\u0005title`: a field of it). */
  invokeKinds(name: string, withParams: boolean): DataKind[];
  /** What the app pushes to a queue (`jobs\u0005query`: a field of the events' body). */
  pushedKinds(queue: string, withParams: boolean): DataKind[];
}

/**
 * `s.channel` of what a resolver function answers with `return await kvs.get(key)`: that field of what the app stores there
 * (`store:kvs:settings:{}` FIELD `channel`, see `storedKinds`), not every field of the stored object.
 */
export function storedField(flows: readonly string[], field: string): string[] {
  return flows.map((f) => (f.startsWith('store:') && !f.startsWith('store:sql:') && !f.includes(FIELD) ? `${f}${FIELD}${field}` : f));
}

export function messageResults(index: FlowIndex, resolve: Resolve, { returnsOf, fieldOf }: Pick<FunctionResults, 'returnsOf' | 'fieldOf'>): MessageResults {
  // The answer holds the content sent (product content, what users typed), not who asked nor the key asked with.
  const answerOf = once(
    (file: FileFacts, flow: string, withParams: boolean) => `${file.file}#${flow.slice(flow.indexOf(':') + 1)}:${withParams}`,
    (file, flow, withParams) => {
      const flows = aiRequestOf(index, file, flow);
      const kinds = flows ? resolve(file, flows, withParams).filter((k) => CONTENT_KINDS.has(k)) : [];
      return kinds.length > 0 ? kinds : ['other'];
    },
  );
  // `returned:getNote\u0005note`: the field `note` of what it returns, when its returns are objects whose fields are known.
  const returnedKinds = once((name: string, withParams: boolean) => `${name}\u0000${withParams}`, (name, withParams) => {
    const at = name.indexOf(FIELD);
    const field = at < 0 ? null : name.slice(at + 1);
    const out = new Set<DataKind>();
    for (const r of index.fromResolvers.get(at < 0 ? name : name.slice(0, at)) ?? []) {
      for (const k of resolve(r.file, field === null ? r.flows : r.fields ? partOf(r.fields, field).flat() : storedField(r.flows, field), withParams)) out.add(k);
    }
    for (const { file, fn } of index.answering.get(at < 0 ? name : name.slice(0, at)) ?? []) {
      const kinds = field !== null && fn.returnFields ? fieldOf(file, fn, field, partOf(fn.returnFields, field).flat()) : returnsOf(file, fn);
      for (const k of kinds) out.add(k);
    }
    return out.size > 0 ? normaliseKinds(out) : ['other'];
  });
  // `invoke:save\u0005title`: the field `title` of what they send (`\u0005-apiToken`: all fields but that one), all they
  // send when a call's payload is no object literal.
  const invokeKinds = once((name: string, withParams: boolean) => `${name}\u0000${withParams}`, (name, withParams) => {
    const at = name.indexOf(FIELD);
    const field = at < 0 ? null : name.slice(at + 1);
    const out = new Set<DataKind>();
    for (const call of index.sentByFrontEnds.get(at < 0 ? name : name.slice(0, at)) ?? []) {
      const flows = field !== null && call.fields ? partOf(call.fields, field).flat() : call.flows;
      for (const k of resolve(call.file, flows, withParams)) if (k !== 'literal' && k !== 'other') out.add(k);
    }
    return [...out];
  });
  const pushedKinds = once((queue: string, withParams: boolean) => `${queue}\u0000${withParams}`, (queue, withParams) => {
    const at = queue.indexOf(FIELD);
    const field = at < 0 ? null : queue.slice(at + 1);
    const out = new Set<DataKind>();
    for (const push of index.pushed.get(at < 0 ? queue : queue.slice(0, at)) ?? []) {
      const flows = field !== null && push.fields ? partOf(push.fields, field).flat() : push.flows;
      for (const k of resolve(push.file, flows, withParams)) if (k !== 'literal') out.add(k);
    }
    return out.size > 0 ? [...out] : ['other'];
  });
  return { answerOf, returnedKinds, invokeKinds, pushedKinds };
}
