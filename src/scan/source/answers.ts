import fs from 'node:fs';
import path from 'node:path';
import type { DataKind } from '../facts.ts';
import type { Flow } from './flow.ts';

interface AnswerData {
  answerFields: string[];
  bodyFields: string[];
  models: Array<{ module: string; calls: string[]; vendor: string; provider: string }>;
  agentModules: { modules: Array<{ type: string; vendor: string; provider: string }> };
}

const data = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, '../../data/ai-answers.json'), 'utf8')) as AnswerData;
const ANSWER_FIELDS = new Set(data.answerFields);
const BODY_FIELDS = new Set(data.bodyFields);
const MODELS = new Map(data.models.map((m) => [m.module, new Set(m.calls)]));

/** What of a request an AI service's answer holds: the content sent, not who sent it or the key it was sent with. */
export const CONTENT_KINDS: ReadonlySet<DataKind> = new Set(['product-content', 'resolver-payload']);

/** Whether a field of a response holds the answer (`choices`, `content`, `candidates`...). */
export function isAnswerField(name: string): boolean {
  return ANSWER_FIELDS.has(name);
}

/** A call of a module that runs a model for the app (`chat` of `@forge/llm`). */
export function isModelCall(module: string, name: string): boolean {
  return MODELS.get(module)?.has(name) ?? false;
}

/** Who runs the model of a module that runs one for the app (`@forge/llm`: Atlassian), or null. */
export function modelHost(module: string): { vendor: string; provider: string } | null {
  const found = data.models.find((m) => m.module === module);
  return found ? { vendor: found.vendor, provider: found.provider } : null;
}

/** Who runs the model of a manifest module that makes the app an AI use (`rovo:agent`: Atlassian's Rovo), or null. */
export function agentModuleHost(type: string): { vendor: string; provider: string } | null {
  const found = data.agentModules.modules.find((m) => m.type === type);
  return found ? { vendor: found.vendor, provider: found.provider } : null;
}

/** A response (`reply:<n>`) or the answer read from it (`answer:<n>`). */
export function isReply(flow: Flow): boolean {
  return flow.startsWith('reply:') || flow.startsWith('answer:');
}

/**
 * What a field read from a value holds of the responses in it: a response's answer field holds its answer,
 * its body field or an item the whole of it, any other field (`usage`, `error`) nothing of it.
 * The value's other kinds are kept. Unchanged when the value holds no response.
 */
export function narrow(kinds: Set<Flow>, name: string): Set<Flow> {
  let has = false;
  for (const k of kinds) if (k.startsWith('reply:')) has = true;
  if (!has || BODY_FIELDS.has(name) || /^\d+$/.test(name)) return kinds;
  const answer = ANSWER_FIELDS.has(name);
  const out = new Set<Flow>();
  for (const k of kinds) {
    if (!k.startsWith('reply:')) out.add(k);
    else if (answer) out.add(`answer:${k.slice(6)}`);
  }
  if (out.size === 0) out.add('other');
  return out;
}
