import path from 'node:path';
import type { CallGraph } from './link.ts';
import type { FileFacts } from './source/file-facts.ts';
import { LOCAL } from './source/flow.ts';

const INJECTED = /^#(.+):(\d+)(?:\.([\w$]+))?>([\w$]+)$/;

/**
 * Calls of a method of an object a class's constructor is handed (`this.jira.send(...)` with `constructor({ jira }) { this.jira = jira }`),
 * walked as `#Gateway.constructor:0.jira>send`: named as a call of that method of the class every builder passes
 * (`new Gateway({ jira: new JiraService(...) })`), when they all pass the same one; left unresolved otherwise. Those of a
 * function's parameter (`#deliver:1>send`) go to the method of each class its callers hand (`deliver(data, new SlackSender())`),
 * as a strategy's callers choose one of several.
 */
export function resolveInjectedCalls(files: FileFacts[], graph: CallGraph): void {
  const pending = files.flatMap((file) => file.argFlows.filter((f) => !f.onlyKinds && f.callee.includes(LOCAL) && INJECTED.test(f.callee)).map((flow) => ({ file, flow })));
  if (pending.length === 0) return;
  const builders = new Map<string, Array<{ file: FileFacts; classes: NonNullable<FileFacts['argFlows'][number]['classes']> }>>();
  for (const file of files) {
    for (const flow of file.argFlows) {
      if (!flow.classes) continue;
      const to = graph.target(file, flow.callee);
      if (!to) continue;
      const key = `${to.file.file}#${to.fn.name}`;
      const list = builders.get(key);
      if (list) list.push({ file, classes: flow.classes });
      else builders.set(key, [{ file, classes: flow.classes }]);
    }
  }
  const unnamed = new Set<FileFacts['argFlows'][number]>();
  for (const { file, flow } of pending) {
    const [, fn, at, field, method] = INJECTED.exec(flow.callee)!;
    const ctor = fn!.endsWith('.constructor');
    const names = new Set<string>();
    for (const b of builders.get(`${file.file}#${fn}`) ?? []) {
      const given = b.classes[Number(at)];
      const cls = typeof given === 'string' ? (field ? null : given) : field && given ? given[field] ?? null : null;
      const to = cls ? graph.target(b.file, `${cls}.${method}`) : null;
      const name = to ? (to.file === file ? `#${to.fn.name}` : to.fn.exports[0] ? `${specifier(file.file, to.file.file)}#${to.fn.exports[0]}` : null) : null;
      if (name !== null) names.add(name);
      else if (ctor) {
        names.clear();
        break;
      }
    }
    if (ctor && names.size !== 1) continue;
    const [first, ...others] = names;
    // `res.status(500)`, `router.get(...)`: no caller hands the parameter an instance of the app's class, and the call names no function.
    if (first === undefined) {
      if (!ctor) unnamed.add(flow);
      continue;
    }
    flow.callee = first;
    for (const other of others) file.argFlows.push({ ...flow, callee: other });
  }
  if (unnamed.size === 0) return;
  for (const file of new Set(pending.map((p) => p.file))) file.argFlows = file.argFlows.filter((f) => !unnamed.has(f));
}

/** A relative specifier from one of the app's files to another. */
function specifier(from: string, to: string): string {
  const rel = path.posix.relative(path.posix.dirname(from), to);
  return rel.startsWith('.') ? rel : `./${rel}`;
}
