/** Entry points of a feature: its resolver, its trigger handlers, and the app's `src/index`. */
import type { FileBuilder, Helper } from './code.ts';
import type { Feature } from './plan.ts';
import { ENTITIES, VERBS, camel, pascal } from './words.ts';

function keySource(feature: Feature): string {
  return feature.product === 'jira' ? 'context.extension.issue?.key ?? context.extension.project?.key' : 'context.extension.content?.id ?? context.extension.space?.key';
}

function callArgs(h: Helper, first: string, rest: string): string {
  return Array.from({ length: h.arity }, (_, i) => (i === 0 ? first : `${rest}.${['options', 'body', 'extra', 'updatedBy'][i - 1] ?? 'extra'}`)).join(', ');
}

/** One `resolver.define(...)` per call, until the file is long enough; returns the resolver keys. */
export function resolverFile(f: FileBuilder, services: readonly Helper[], targetLines: number): string[] {
  const Resolver = f.importDefault('@forge/resolver', 'Resolver');
  f.reserve('resolver');
  f.add([`const resolver = new ${Resolver}();`]);
  const keys: string[] = [];
  const userHelper = services.find((h) => /^(rememberUser|trackVisitor|recordParticipant|storeAssignee)/.test(h.name));
  const destructure = f.rnd.chance(0.6);
  while (f.lineCount < targetLines || keys.length < 2) {
    let key = `${f.rnd.pick(VERBS)}${pascal(f.rnd.pick(ENTITIES))}`;
    if (keys.includes(key)) key = `${key}${pascal(f.rnd.pick(['list', 'details', 'summary', 'settings', 'history']))}${keys.length}`;
    keys.push(key);
    const used = f.rnd.sample(services.filter((h) => h.async), f.rnd.int(1, 2));
    const lines = destructure
      ? [`resolver.define('${key}', async ({ payload, context }) => {`]
      : [`resolver.define('${key}', async (req) => {`, '  const { payload, context } = req;'];
    lines.push(`  const key = payload?.key ?? ${keySource(f.feature)};`);
    const log = f.rnd.int(0, 5);
    if (log === 0) lines.push(`  console.log('${key} called by', context.accountId);`);
    else if (log === 1) lines.push(`  console.log('${key} payload', payload);`);
    else if (log === 2) lines.push(`  console.debug(\`${key} for \${key}\`);`);
    if (userHelper && f.rnd.chance(0.3)) {
      lines.push(`  await ${f.useHelper(userHelper)}(context.accountId, payload?.displayName ?? 'unknown', payload?.email);`);
    }
    used.forEach((h, i) => lines.push(`  const result${i} = await ${f.useHelper(h)}(${callArgs(h, 'key', 'payload')});`));
    if (used.length === 0) lines.push('  const result0 = { key, at: Date.now() };');
    lines.push(
      '  return {',
      '    key,',
      ...(used.length > 1 ? ['    primary: result0,', '    secondary: result1,'] : ['    data: result0,']),
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

export function triggerFile(f: FileBuilder, services: readonly Helper[], stores: readonly Helper[]): TriggerExports {
  const out: TriggerExports = {};
  const pickAsync = (): Helper | undefined => f.rnd.pick([undefined, ...services.filter((h) => h.async)]);
  if (f.feature.events.length > 0) {
    const name = f.unique(f.feature.product === 'jira' ? 'onIssueEvent' : 'onContentEvent');
    const id = f.feature.product === 'jira' ? 'event.issue?.key' : 'event.content?.id';
    const h = pickAsync();
    f.add([
      `export async function ${name}(${f.p('event', 'any')}, ${f.p('context', 'any')}) {`,
      `  const id = ${id};`,
      '  console.log(`Received ${event.eventType} for ${id}`);',
      '  if (!id) {',
      '    return;',
      '  }',
      ...(f.rnd.chance(0.3) ? ["  console.log('Event payload', JSON.stringify(event));"] : []),
      ...(h ? [`  const outcome = await ${f.useHelper(h)}(${callArgs(h, 'id', 'event')});`, "  console.info('Processed event', outcome?.id ?? id);"] : []),
      '  return { handled: true, installation: context?.installContext };',
      '}',
    ]);
    out.events = name;
  }
  if (f.feature.schedule) {
    const name = f.unique(`run${pascal(f.feature.schedule)}Job`);
    const list = stores.find((h) => h.name.startsWith('list'));
    const lines = [`export const ${name} = async () => {`, '  const started = Date.now();'];
    if (list) lines.push(`  const entries = await ${f.useHelper(list)}(50);`, '  console.log(`Scheduled run over ${entries.length} entries`);');
    const h = pickAsync();
    if (h) lines.push(`  await ${f.useHelper(h)}(${callArgs(h, "'scheduled'", '{}')});`);
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
    const h = pickAsync();
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
      ...(h ? [`  const result = await ${f.useHelper(h)}(${callArgs(h, 'body.id', 'body')});`] : ['  const result = { received: true };']),
      '  return {',
      '    statusCode: 200,',
      "    headers: { 'Content-Type': ['application/json'] },",
      '    body: JSON.stringify(result),',
      '  };',
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
