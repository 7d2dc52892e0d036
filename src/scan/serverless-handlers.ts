import path from 'node:path';
import { parseDocument } from 'yaml';
import type { CallGraph } from './link.ts';
import { record, text } from '../app/values.ts';

const CONFIG = /(?:^|\/)(?:serverless|template)\.ya?ml$/;
/** serverless.yml's events that carry a request: API Gateway (REST, HTTP), an Application Load Balancer, a function URL. */
const HTTP_EVENTS = new Set(['http', 'httpApi', 'alb']);
/** AWS SAM's event sources that carry a request. */
const SAM_HTTP = new Set(['Api', 'HttpApi']);

/**
 * The functions a serverless.yml or an AWS SAM template names as handlers of HTTP requests (`handler: src/api.main`,
 * `Handler: src/handlers/api.handler` under the function's `CodeUri`): like a manifest's handlers, their event holds what
 * the caller sent. Functions a schedule or a queue invokes are left out: their event holds no one's data.
 * https://www.serverless.com/framework/docs/providers/aws/events/apigateway,
 * https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-function.html
 */
export function serverlessHandlers(paths: readonly string[], read: (file: string) => string | null, graph: CallGraph): Array<{ file: string | null; exportName: string }> {
  const out: Array<{ file: string | null; exportName: string }> = [];
  for (const file of paths) {
    if (!CONFIG.test(file)) continue;
    const source = read(file);
    if (source === null || !/\bhandler\s*:/i.test(source)) continue;
    let config: Record<string, unknown> | null;
    try {
      config = record(parseDocument(source).toJS());
    } catch {
      continue;
    }
    for (const [dir, handler] of path.posix.basename(file).startsWith('serverless') ? frameworkHandlers(config) : samHandlers(config)) {
      const dot = handler.lastIndexOf('.');
      if (dot <= 0) continue;
      const module = path.posix.join(dir, handler.slice(0, dot));
      out.push({ file: graph.resolveModule(file, `./${module}`), exportName: handler.slice(dot + 1) });
    }
  }
  return out;
}

/** serverless.yml: `functions.<name>.handler` of a function with an HTTP event or a function URL; paths from the file's folder. */
function frameworkHandlers(config: Record<string, unknown> | null): Array<[string, string]> {
  const functions = record(config?.functions) ?? {};
  return Object.values(functions).flatMap((fn) => {
    const f = record(fn);
    const handler = text(f?.handler);
    const events = Array.isArray(f?.events) ? f.events : [];
    const http = f?.url !== undefined || events.some((e) => Object.keys(record(e) ?? {}).some((k) => HTTP_EVENTS.has(k)));
    return handler !== null && http ? [['', handler] as [string, string]] : [];
  });
}

/** A SAM template: `Handler` of an `AWS::Serverless::Function` with an API event or a function URL, under its `CodeUri` (or the Globals'). */
function samHandlers(config: Record<string, unknown> | null): Array<[string, string]> {
  const globals = record(record(config?.Globals)?.Function);
  return Object.values(record(config?.Resources) ?? {}).flatMap((resource) => {
    const r = record(resource);
    if (text(r?.Type) !== 'AWS::Serverless::Function') return [];
    const props = record(r?.Properties);
    const handler = text(props?.Handler) ?? text(globals?.Handler);
    const events = Object.values(record(props?.Events) ?? {});
    const http = props?.FunctionUrlConfig !== undefined || events.some((e) => SAM_HTTP.has(text(record(e)?.Type) ?? ''));
    return handler !== null && http ? [[text(props?.CodeUri) ?? text(globals?.CodeUri) ?? '', handler] as [string, string]] : [];
  });
}
