/** Entry points of a feature: its resolver, its trigger handlers, and the app's `src/index`. */
import { ANY, callLines, type Env, type Pool } from './calls.ts';
import type { FileBuilder, Helper } from './code.ts';
import type { Feature } from './plan.ts';
import { ENTITIES, VERBS, camel, pascal } from './words.ts';

function keySource(feature: Feature): string {
  return feature.product === 'jira' ? 'context.extension.issue?.key ?? context.extension.project?.key' : 'context.extension.content?.id ?? context.extension.space?.key';
}

/**
 * One `resolver.define(...)` per call, each calling one to three of the feature's services with the
 * payload's fields and the caller's account, until the file is long enough and every service has a
 * caller; returns the resolver keys.
 */
export function resolverFile(f: FileBuilder, pool: Pool, targetLines: number): string[] {
  const Resolver = f.importDefault('@forge/resolver', 'Resolver');
  f.reserve('resolver');
  f.add([`const resolver = new ${Resolver}();`]);
  const keys: string[] = [];
  const destructure = f.rnd.chance(0.6);
  const inner = () => pool.take(1, (h) => h.async && !h.kind)[0];
  while (f.lineCount < targetLines || keys.length < 2 || pool.pending() > 0) {
    let key = `${f.rnd.pick(VERBS)}${pascal(f.rnd.pick(ENTITIES))}`;
    if (keys.includes(key)) key = `${key}${pascal(f.rnd.pick(['list', 'details', 'summary', 'settings', 'history']))}${keys.length}`;
    keys.push(key);
    const pending = pool.pending();
    const used = pool.take(pending > 0 ? Math.min(pending, f.rnd.int(1, 3)) : f.rnd.int(1, 2), ANY);
    const lines = destructure
      ? [`resolver.define('${key}', async ({ payload, context }) => {`]
      : [`resolver.define('${key}', async (req) => {`, '  const { payload, context } = req;'];
    lines.push(`  const key = payload?.key ?? ${keySource(f.feature)};`);
    const log = f.rnd.int(0, 5);
    if (log === 0) lines.push(`  console.log('${key} called by', context.accountId);`);
    else if (log === 1) lines.push(`  console.log('${key} payload', payload);`);
    else if (log === 2) lines.push(`  console.debug(\`${key} for \${key}\`);`);
    used.forEach((h, i) => {
      const env: Env = { key: 'key', accountId: 'context.accountId', payload: 'payload', data: i > 0 && f.rnd.chance(0.4) ? `result${i - 1}` : 'payload' };
      lines.push(...callLines(f, h, env, `result${i}`, inner));
    });
    if (used.length === 0) lines.push('  const result0 = { key, at: Date.now() };');
    lines.push(
      '  return {',
      '    key,',
      ...(used.length > 1 ? used.map((_, i) => `    ${['primary', 'secondary', 'details'][i]}: result${i},`) : ['    data: result0,']),
      '  };',
      '});',
    );
    f.add(lines);
  }
  f.add(['export const handler = resolver.getDefinitions();']);
  return keys;
}

export interface TriggerExports {
  events?: string;
  schedule?: string;
  webhook?: string;
}

/**
 * The feature's event, scheduled and web triggers, each calling services; `drain` (a feature with no
 * UI, hence no resolver) has them call every service no file calls yet.
 */
export function triggerFile(f: FileBuilder, pool: Pool, drain: boolean): TriggerExports {
  const out: TriggerExports = {};
  const handlers = (f.feature.events.length > 0 ? 1 : 0) + (f.feature.schedule ? 1 : 0) + (f.feature.webtrigger ? 1 : 0);
  let left = handlers;
  const inner = () => pool.take(1, (h) => h.async && !h.kind)[0];
  /**
   * Calls of services, binding `<result>0`, `<result>1`…; many of them (a drained feature) are split
   * into the cases of a `switch` on what the request asks for, each case ending with `finish`.
   */
  const calls = (env: Env, result: string, dispatch?: { on: string; cases: readonly string[]; finish: (value: string) => string[] }): { lines: string[]; last: string | null } => {
    const share = drain ? Math.ceil(pool.pending() / left) : f.rnd.int(0, 2);
    left--;
    const taken = pool.take(share, ANY);
    const call = (h: Helper, i: number, chained: boolean) =>
      callLines(f, h, { ...env, data: chained && f.rnd.chance(0.4) ? `${result}${i - 1}` : (env['data'] ?? '{}') }, `${result}${i}`, inner);
    if (!dispatch || taken.length <= 3) return { lines: taken.flatMap((h, i) => call(h, i, i > 0)), last: taken.length > 0 ? `${result}0` : null };
    const lines = [`  switch (${dispatch.on}) {`];
    const labels = new Set<string>();
    for (let i = 0, c = 0; i < taken.length; c++) {
      const size = Math.min(taken.length - i, f.rnd.int(1, 3));
      let label = dispatch.cases[c] ?? `${f.rnd.pick(VERBS)}-${f.rnd.pick(ENTITIES)}`;
      if (labels.has(label)) label = `${label}-${c}`;
      labels.add(label);
      lines.push(`    case '${label}': {`);
      taken.slice(i, i + size).forEach((h, j) => lines.push(...call(h, i + j, j > 0).map((l) => `    ${l}`)));
      lines.push(...dispatch.finish(`${result}${i + size - 1}`).map((l) => `      ${l}`), '    }');
      i += size;
    }
    lines.push('    default:', `      console.warn('Nothing to do for', ${dispatch.on});`, '  }');
    return { lines, last: null };
  };
  if (f.feature.events.length > 0) {
    const name = f.unique(f.feature.product === 'jira' ? 'onIssueEvent' : 'onContentEvent');
    const id = f.feature.product === 'jira' ? 'event.issue?.key' : 'event.content?.id';
    const { lines: body, last } = calls({ key: 'id', accountId: 'event.atlassianId', payload: 'event', data: 'event' }, 'outcome', {
      on: 'event.eventType',
      cases: f.feature.events,
      finish: (value) => [`console.info('Processed event', ${value}?.id ?? id);`, 'break;'],
    });
    f.add([
      `export async function ${name}(${f.p('event', 'any')}, ${f.p('context', 'any')}) {`,
      `  const id = ${id};`,
      '  console.log(`Received ${event.eventType} for ${id}`);',
      '  if (!id) {',
      '    return;',
      '  }',
      ...(f.rnd.chance(0.3) ? ["  console.log('Event payload', JSON.stringify(event));"] : []),
      ...body,
      ...(last ? [`  console.info('Processed event', ${last}?.id ?? id);`] : []),
      '  return { handled: true, installation: context?.installContext };',
      '}',
    ]);
    out.events = name;
  }
  if (f.feature.schedule) {
    const name = f.unique(`run${pascal(f.feature.schedule)}Job`);
    const lines = [`export const ${name} = async () => {`, '  const started = Date.now();'];
    const list = pool.take(1, (h) => h.name.startsWith('list') && h.params.length === 0)[0];
    if (list) lines.push(`  const entries = await ${f.useHelper(list)}(50);`, '  console.log(`Scheduled run over ${entries.length} entries`);');
    lines.push(...calls({ key: "'scheduled'", data: list ? '{ items: entries }' : '{}' }, 'run').lines);
    if (f.feature.reportsPersonalData) lines.push(`  await reportAccounts();`);
    lines.push('  console.info(`Scheduled job finished in ${Date.now() - started}ms`);', '  return { statusCode: 204 };', '};');
    if (f.feature.reportsPersonalData) {
      f.importNamed('@forge/api', 'privacy');
      f.importNamed('@forge/kvs', 'kvs', 'WhereConditions');
      f.usage.personalDataReporting = true;
      f.reserve('reportAccounts');
      f.add([
        '// Atlassian asks apps that store personal data to report the account IDs every 7 days.',
        'async function reportAccounts() {',
        "  const page = await kvs.query().where('key', WhereConditions.beginsWith('user:')).limit(90).getMany();",
        '  const accounts = page.results.map(({ value }) => ({',
        `    accountId: ${f.ts ? '(value as any)' : 'value'}.accountId,`,
        `    updatedAt: ${f.ts ? '(value as any)' : 'value'}.lastSeen,`,
        '  }));',
        '  if (accounts.length === 0) {',
        '    return;',
        '  }',
        '  const updates = await privacy.reportPersonalData(accounts);',
        '  for (const update of updates ?? []) {',
        "    if (update.status === 'closed') {",
        '      await kvs.delete(`user:${update.accountId}`);',
        '    }',
        '  }',
        '}',
      ]);
    }
    f.add(lines);
    out.schedule = name;
  }
  if (f.feature.webtrigger) {
    const name = f.unique('handleWebhook');
    const respond = (value: string) => [`return jsonResponse(${value});`];
    f.reserve('jsonResponse');
    f.add([
      `const jsonResponse = (${f.p('value', 'unknown')}) => ({`,
      '  statusCode: 200,',
      "  headers: { 'Content-Type': ['application/json'] },",
      '  body: JSON.stringify(value),',
      '});',
    ]);
    const env: Env = { key: 'body.id', accountId: 'body.accountId', payload: 'body', data: 'body', body: 'request.body', signature: "request.headers?.['x-signature']?.[0] ?? ''" };
    const { lines: body, last } = calls(env, 'result', { on: 'body.action', cases: [], finish: respond });
    f.add([
      `export const ${name} = async (${f.p('request', 'any')}) => {`,
      '  let body;',
      '  try {',
      "    body = JSON.parse(request.body ?? '{}');",
      '  } catch (error) {',
      "    console.warn('Webhook body is not JSON', error);",
      "    return { statusCode: 400, headers: { 'Content-Type': ['application/json'] }, body: JSON.stringify({ error: 'invalid json' }) };",
      '  }',
      "  console.log('Webhook received', request.method, request.path);",
      ...body,
      ...respond(last ?? '{ received: true }').map((l) => `  ${l}`),
      '};',
    ]);
    out.webhook = name;
  }
  return out;
}

/** Function keys and handlers for the manifest, and `src/index` re-exporting each handler. */
export interface FunctionEntry {
  key: string;
  /** `index.<exportName>` */
  handler: string;
  exportName: string;
  local: string;
  file: string;
}

export function functionEntries(feature: Feature, resolverFile: string | null, triggerFile: string | null, triggers: TriggerExports): FunctionEntry[] {
  const c = camel(feature.name);
  const out: FunctionEntry[] = [];
  const add = (suffix: string, local: string, file: string) =>
    out.push({ key: `${feature.name}-${suffix}`, exportName: `${c}${pascal(suffix)}`, handler: `index.${c}${pascal(suffix)}`, local, file });
  if (resolverFile) add('resolver', 'handler', resolverFile);
  if (triggerFile && triggers.events) add('events', triggers.events, triggerFile);
  if (triggerFile && triggers.schedule) add('schedule', triggers.schedule, triggerFile);
  if (triggerFile && triggers.webhook) add('webhook', triggers.webhook, triggerFile);
  return out;
}

export function indexFile(f: FileBuilder, entries: readonly FunctionEntry[], relative: (file: string) => string): void {
  const byFile = new Map<string, FunctionEntry[]>();
  for (const e of entries) byFile.set(e.file, [...(byFile.get(e.file) ?? []), e]);
  for (const [file, list] of byFile) {
    f.add([`export { ${list.map((e) => `${e.local} as ${e.exportName}`).join(', ')} } from '${relative(file)}';`]);
  }
}
