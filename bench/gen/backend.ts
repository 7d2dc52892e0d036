/**
 * Back-end chunks: product REST calls through `@forge/api`, `@forge/kvs` storage, egress with
 * `fetch` and axios, logging, and plain helper code. Each chunk appends top-level code to a file.
 */
import { ANY, SYNC, callLines, type Env, type Pool } from './calls.ts';
import type { FileBuilder, Method } from './code.ts';
import { ADJECTIVES, ENDPOINTS, ENTITIES, FIELD_NAMES, HOSTS, VERBS, camel, pascal, type Endpoint } from './words.ts';

const HOLE_TYPES: Record<string, string> = { startAt: 'number', boardId: 'number', sprintId: 'number' };

export function holes(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string);
}

function fill(text: string): string {
  return text.replace(/\{(\w+)\}/g, '${$1}');
}

/** How this file reaches the product APIs (`api.asUser()` or `asUser()`), chosen once per file. */
function productCall(f: FileBuilder, e: Endpoint, asWho: 'asUser' | 'asApp'): string {
  const style = f.once('forge-api-style', () => (f.rnd.chance(0.6) ? 'default' : 'named'));
  f.importNamed('@forge/api', 'route');
  const fn = e.product === 'jira' ? 'requestJira' : 'requestConfluence';
  if (style === 'default') return `${f.importDefault('@forge/api', 'api')}.${asWho}().${fn}`;
  f.importNamed('@forge/api', asWho);
  return `${asWho}().${fn}`;
}

function logLine(f: FileBuilder, level: 'log' | 'info' | 'warn' | 'error' | 'debug', what: string): string {
  return `console.${level}(${what});`;
}

/** A function calling one REST operation, returning a mapped result (some shaped by a helper). */
export function restFunction(f: FileBuilder, pool: Pool): void {
  const e = f.rnd.pick(ENDPOINTS.filter((x) => x.product === f.feature.product || f.rnd.chance(0.15)));
  f.usage.endpoints.add(`${e.method} ${e.path}`);
  const params = [...holes(e.path), ...holes(e.query ?? '')];
  const verb = e.method === 'GET' ? f.rnd.pick(['get', 'load', 'fetch', 'read']) : e.method === 'POST' ? f.rnd.pick(['create', 'add', 'post']) : f.rnd.pick(['update', 'save', 'put']);
  const name = f.unique(`${verb}${pascal(e.noun)}${f.rnd.chance(0.4) ? pascal(f.rnd.pick(ADJECTIVES)) : ''}`);
  const call = productCall(f, e, f.rnd.chance(0.55) ? 'asUser' : 'asApp');
  const url = fill(e.path) + (e.query ? `?${fill(e.query)}` : '');
  const args = params.map((p) => f.p(p, HOLE_TYPES[p] ?? 'string'));
  if (e.body) args.push(f.p('input', 'Record<string, unknown>'));
  const fields = f.rnd.sample(FIELD_NAMES, f.rnd.int(2, 5));
  const lines = [`export async function ${name}(${args.join(', ')}) {`];
  if (e.body) {
    lines.push(
      '  const body = {',
      ...(e.product === 'jira'
        ? ['    fields: {', ...fields.map((x) => `      ${x}: input.${x},`), '    },']
        : ['    title: input.title,', "    status: 'current',", '    body: {', "      representation: 'storage',", '      value: input.body,', '    },']),
      '  };',
    );
  }
  const opts: string[] = [];
  if (e.method !== 'GET') opts.push(`    method: '${e.method}',`);
  opts.push('    headers: {', "      Accept: 'application/json',", ...(e.body ? ["      'Content-Type': 'application/json',"] : []), '    },');
  if (e.body) opts.push('    body: JSON.stringify(body),');
  if (f.rnd.chance(0.3)) {
    // Some code builds the route first, then calls with it.
    lines.push(`  const requestUrl = route\`${url}\`;`, `  const response = await ${call}(requestUrl, {`, ...opts, '  });');
  } else {
    lines.push(`  const response = await ${call}(route\`${url}\`, {`, ...opts, '  });');
  }
  lines.push('  if (!response.ok) {');
  if (f.rnd.chance(0.5)) lines.push('    const text = await response.text();', `    ${logLine(f, 'error', `\`${name} failed with \${response.status}\`, text`)}`);
  else lines.push(`    ${logLine(f, 'warn', `'${name}: unexpected status', response.status`)}`);
  lines.push(`    throw new Error(\`Request failed: \${response.status}\`);`, '  }');
  const result = camel(e.noun);
  lines.push(`  const ${result} = await response.json();`);
  const logChoice = f.rnd.int(0, 4);
  if (logChoice === 0) lines.push(`  ${logLine(f, 'log', `'${e.noun} loaded', ${result}`)}`);
  else if (logChoice === 1) lines.push(`  ${logLine(f, 'debug', `JSON.stringify(${result})`)}`);
  else if (logChoice === 2 && params[0]) lines.push(`  ${logLine(f, 'info', `\`${name} done for \${${params[0]}}\``)}`);
  const shape = f.rnd.chance(0.6) ? pool.take(1, SYNC)[0] : undefined;
  if (shape) lines.push(...callLines(f, shape, { key: params[0] ?? `${result}.id`, data: result, payload: e.body ? 'input' : result }, 'derived'));
  if (e.method === 'GET') {
    lines.push('  return {', `    id: ${result}.id ?? ${result}.key,`, ...fields.map((x) => `    ${x}: ${result}.fields?.${x} ?? ${result}.${x} ?? null,`), ...(shape ? ['    derived,'] : []), `    raw: ${result},`, '  };');
  } else {
    lines.push(shape ? `  return { ...${result}, derived };` : `  return ${result};`);
  }
  lines.push('}');
  f.add(lines);
  f.exportHelper(name, true, [...params, ...(e.body ? ['input'] : [])]);
}

/** A JQL search with token pagination, the way apps walk large result sets. */
export function searchFunction(f: FileBuilder): void {
  f.usage.endpoints.add('POST /rest/api/3/search/jql');
  const e = ENDPOINTS.find((x) => x.path === '/rest/api/3/search/jql') as Endpoint;
  const call = productCall(f, e, f.rnd.chance(0.5) ? 'asUser' : 'asApp');
  const entity = f.rnd.pick(ENTITIES);
  const name = f.unique(`search${pascal(entity)}Issues`);
  const fields = f.rnd.sample(FIELD_NAMES, 4).map((x) => `'${x}'`).join(', ');
  f.add([
    `export async function ${name}(${f.p('jql', 'string')}, ${f.p('limit', 'number')} = 500) {`,
    `  const results${f.t('any[]')} = [];`,
    `  let nextPageToken${f.t('string | undefined')};`,
    '  do {',
    `    const response = await ${call}(route\`/rest/api/3/search/jql\`, {`,
    "      method: 'POST',",
    "      headers: { Accept: 'application/json', 'Content-Type': 'application/json' },",
    `      body: JSON.stringify({ jql, fields: [${fields}], maxResults: 100, nextPageToken }),`,
    '    });',
    '    if (!response.ok) {',
    `      ${logLine(f, 'error', `\`Search failed for \${jql}\`, response.status`)}`,
    '      break;',
    '    }',
    '    const page = await response.json();',
    '    results.push(...page.issues);',
    '    nextPageToken = page.nextPageToken;',
    '  } while (nextPageToken && results.length < limit);',
    `  ${logLine(f, 'log', `\`Found \${results.length} issues\``)}`,
    '  return results;',
    '}',
  ]);
  f.exportHelper(name, true, ['jql']);
}

/** `@forge/kvs` (or the legacy `storage` of `@forge/api`) reads and writes with template keys. */
export function storageFunctions(f: FileBuilder): void {
  f.usage.storage = true;
  const legacy = f.once('legacy-storage', () => f.rnd.chance(0.25));
  const store = legacy ? 'storage' : 'kvs';
  if (legacy) f.importNamed('@forge/api', 'storage', 'startsWith');
  else f.importNamed('@forge/kvs', 'kvs', 'WhereConditions');
  const entity = f.rnd.pick(ENTITIES);
  const prefix = f.unique(`${camel(entity)}Prefix`.replace(/^./, (c) => c.toUpperCase()).replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase());
  const keyVar = f.rnd.pick(['projectKey', 'issueKey', 'pageId', 'accountId', 'spaceKey']);
  const get = f.unique(`get${pascal(entity)}`);
  const save = f.unique(`save${pascal(entity)}`);
  const list = f.unique(`list${pascal(entity)}s`);
  const remove = f.unique(`delete${pascal(entity)}`);
  const where = legacy ? `startsWith(\`\${${prefix}}:\`)` : `WhereConditions.beginsWith(\`\${${prefix}}:\`)`;
  const lines = [
    `const ${prefix} = '${entity}';`,
    '',
    `export async function ${get}(${f.p(keyVar, 'string')}) {`,
    `  const value = await ${store}.get(\`\${${prefix}}:\${${keyVar}}\`);`,
    '  if (!value) {',
    `    ${logLine(f, 'debug', `\`No ${entity} stored for \${${keyVar}}\``)}`,
    '    return null;',
    '  }',
    '  return value;',
    '}',
    '',
    `export async function ${save}(${f.p(keyVar, 'string')}, ${f.p('value', 'Record<string, unknown>')}, ${f.p('updatedBy', 'string')}) {`,
    '  const record = {',
    '    ...value,',
    '    updatedBy,',
    '    updatedAt: new Date().toISOString(),',
    '  };',
    `  await ${store}.set(\`\${${prefix}}:\${${keyVar}}\`, record);`,
  ];
  if (f.rnd.chance(0.4)) lines.push(`  ${logLine(f, 'log', `'Saved ${entity}', record`)}`);
  lines.push(
    '  return record;',
    '}',
    '',
    `export async function ${list}(${f.p('limit', 'number')} = 20) {`,
    `  const page = await ${store}.query().where('key', ${where}).limit(limit).getMany();`,
    '  return page.results.map((entry) => ({ key: entry.key, value: entry.value }));',
    '}',
    '',
    `export async function ${remove}(${f.p(keyVar, 'string')}) {`,
    `  await ${store}.delete(\`\${${prefix}}:\${${keyVar}}\`);`,
    '}',
  );
  f.add(lines);
  f.exportHelper(get, true, [keyVar]);
  f.exportHelper(save, true, [keyVar, 'value', 'updatedBy']);
  f.exportHelper(list, true, []);
  f.exportHelper(remove, true, [keyVar]);
  if (!legacy && f.rnd.chance(0.35)) {
    const secretName = f.unique(`get${pascal(entity)}Token`);
    f.add([
      `export async function ${secretName}() {`,
      `  const token = await kvs.getSecret('${entity}-api-token');`,
      '  if (!token) {',
      `    throw new Error('${pascal(entity)} token is not configured');`,
      '  }',
      '  return token;',
      '}',
    ]);
    f.exportHelper(secretName, true, []);
  }
}

/** A per-user record keyed by account ID: personal data the app persists. */
export function userRecordFunction(f: FileBuilder): void {
  f.usage.storage = true;
  f.importNamed('@forge/kvs', 'kvs');
  const name = f.unique(f.rnd.pick(['rememberUser', 'trackVisitor', 'recordParticipant', 'storeAssignee']));
  f.add([
    `export async function ${name}(${f.p('accountId', 'string')}, ${f.p('displayName', 'string')}, ${f.p('emailAddress', 'string | undefined')}) {`,
    `  const existing = (await kvs.get(\`user:\${accountId}\`))${f.ts ? ' as Record<string, unknown> | undefined' : ''};`,
    '  const record = {',
    '    accountId,',
    '    displayName,',
    '    emailAddress,',
    '    visits: Number(existing?.visits ?? 0) + 1,',
    '    lastSeen: new Date().toISOString(),',
    '  };',
    '  await kvs.set(`user:${accountId}`, record);',
    '  return record;',
    '}',
  ]);
  f.exportHelper(name, true, ['accountId', 'displayName', 'emailAddress']);
}

/** A call to a third-party host: `fetch` (global or `@forge/api`), or an axios instance. */
export function egressFunction(f: FileBuilder): void {
  const hostName = f.feature.hosts.length > 0 ? f.rnd.pick(f.feature.hosts) : 'api.example.com';
  const host = HOSTS.find((h) => h.host === hostName) ?? (HOSTS[0] as (typeof HOSTS)[number]);
  f.usage.hosts.add(host.host);
  const path = f.rnd.pick(host.paths);
  const params = holes(path);
  const action = f.rnd.pick(['send', 'push', 'notify', 'sync', 'publish', 'post']);
  const name = f.unique(`${action}${pascal(host.host.split('.').slice(-2, -1)[0] ?? 'service')}${pascal(f.rnd.pick(ENTITIES))}`);
  const args = [...params.map((p) => f.p(p, 'string')), f.p('payload', 'Record<string, unknown>')];
  const authHeader =
    host.auth === 'bearer' ? ['      Authorization: `Bearer ${token}`,'] : host.auth === 'apiKey' ? ["      'X-Api-Key': token,"] : [];
  const tokenLine: string[] = [];
  if (host.auth !== 'none' && f.rnd.chance(0.5)) {
    tokenLine.push(`  const token = process.env.${(host.host.split('.')[1] ?? 'api').toUpperCase().replace(/-/g, '_')}_TOKEN;`);
  } else if (host.auth !== 'none') {
    f.importNamed('@forge/kvs', 'kvs');
    tokenLine.push(`  const token = await kvs.getSecret('${host.host}');`);
  }
  // A debugging line left in, as it happens: it logs the credential.
  if (tokenLine.length > 0 && f.rnd.chance(0.05)) tokenLine.push("  console.debug('calling with token', token);");
  const kind = f.rnd.int(0, 3);
  if (kind === 3) {
    const axios = f.importDefault('axios', 'axios');
    const client = f.unique(`${camel(host.host.split('.')[1] ?? 'api')}Client`);
    f.add([
      `const ${client} = ${axios}.create({`,
      `  baseURL: 'https://${host.host}',`,
      '  timeout: 10000,',
      "  headers: { 'Content-Type': 'application/json' },",
      '});',
      '',
      `export async function ${name}(${args.join(', ')}) {`,
      ...tokenLine,
      `  const { data } = await ${client}.post(\`${fill(path)}\`, payload${authHeader.length > 0 ? ', {' : ');'}`,
      ...(authHeader.length > 0 ? ['    headers: {', ...authHeader.map((l) => l.slice(2)), '    },', '  });'] : []),
      `  ${logLine(f, 'log', `'${host.host} responded', data`)}`,
      '  return data;',
      '}',
    ]);
  } else {
    let urlExpr: string;
    const pre: string[] = [];
    if (kind === 0) urlExpr = `\`https://${host.host}${fill(path)}\``;
    else if (kind === 1) {
      const base = f.once(`base-url:${host.host}`, () => {
        const n = f.unique('BASE_URL');
        f.add([`const ${n} = 'https://${host.host}';`]);
        return n;
      });
      urlExpr = `\`\${${base}}${fill(path)}\``;
    } else {
      pre.push(`  const url = new URL(\`${fill(path)}\`, 'https://${host.host}');`, "  url.searchParams.set('source', 'forge');");
      urlExpr = 'url.toString()';
    }
    const useForgeFetch = f.once('forge-fetch', () => f.rnd.chance(0.4));
    if (useForgeFetch) f.importNamed('@forge/api', 'fetch');
    f.add([
      `export async function ${name}(${args.join(', ')}) {`,
      ...tokenLine,
      ...pre,
      `  const response = await fetch(${urlExpr}, {`,
      "    method: 'POST',",
      '    headers: {',
      "      'Content-Type': 'application/json',",
      ...authHeader,
      '    },',
      '    body: JSON.stringify(payload),',
      '  });',
      '  if (!response.ok) {',
      `    ${logLine(f, 'warn', `\`${host.host} returned \${response.status}\``)}`,
      '    return null;',
      '  }',
      '  return response.json();',
      '}',
    ]);
  }
  f.exportHelper(name, true, [...params, 'payload']);
}

/** Plain helper code: the bulk of a real app's lines. */
export function helperFunction(f: FileBuilder): void {
  const entity = f.rnd.pick(ENTITIES);
  const E = pascal(entity);
  const kind = f.rnd.int(0, 18);
  const items = f.p('items', 'any[]');
  if (kind === 0) {
    const field = f.rnd.pick(FIELD_NAMES);
    const name = f.unique(`group${E}sBy${pascal(field)}`);
    f.add([
      `export function ${name}(${items}) {`,
      `  const groups${f.t('Record<string, any[]>')} = {};`,
      '  for (const item of items) {',
      `    const key = String(item.${field} ?? 'unknown');`,
      '    if (!groups[key]) {',
      '      groups[key] = [];',
      '    }',
      '    groups[key].push(item);',
      '  }',
      '  return Object.entries(groups)',
      '    .map(([key, values]) => ({ key, count: values.length, values }))',
      '    .sort((a, b) => b.count - a.count);',
      '}',
    ]);
    f.exportHelper(name, false, ['items']);
  } else if (kind === 1) {
    const name = f.unique(`format${E}Duration`);
    f.add([
      `export function ${name}(${f.p('seconds', 'number')})${f.t('string')} {`,
      '  if (!Number.isFinite(seconds) || seconds <= 0) {',
      "    return '0m';",
      '  }',
      '  const days = Math.floor(seconds / 28800);',
      '  const hours = Math.floor((seconds % 28800) / 3600);',
      '  const minutes = Math.floor((seconds % 3600) / 60);',
      `  const parts${f.t('string[]')} = [];`,
      '  if (days > 0) parts.push(`${days}d`);',
      '  if (hours > 0) parts.push(`${hours}h`);',
      '  if (minutes > 0 || parts.length === 0) parts.push(`${minutes}m`);',
      "  return parts.join(' ');",
      '}',
    ]);
    f.exportHelper(name, false, ['seconds']);
  } else if (kind === 2) {
    const name = f.unique(`score${E}`);
    f.add([
      `export function ${name}(${f.p(entity, 'any')}, ${f.p('weights', 'Record<string, number>')} = { priority: 2, age: 1, blockers: 3 }) {`,
      '  let score = 0;',
      `  switch (${entity}.priority) {`,
      "    case 'Highest':",
      '      score += 5 * weights.priority;',
      '      break;',
      "    case 'High':",
      '      score += 3 * weights.priority;',
      '      break;',
      "    case 'Medium':",
      '      score += 2 * weights.priority;',
      '      break;',
      '    default:',
      '      score += weights.priority;',
      '  }',
      `  const ageDays = (Date.now() - new Date(${entity}.created).getTime()) / 86400000;`,
      '  score += Math.min(ageDays / 7, 10) * weights.age;',
      `  score += (${entity}.blockedBy?.length ?? 0) * weights.blockers;`,
      '  return Math.round(score * 100) / 100;',
      '}',
    ]);
    f.exportHelper(name, false, [entity]);
  } else if (kind === 3) {
    const name = f.unique(f.rnd.pick(['chunk', 'batch', 'partition']) + E + 's');
    f.add([
      `export function ${name}(${items}, ${f.p('size', 'number')} = 50) {`,
      `  const batches${f.t('any[][]')} = [];`,
      '  for (let index = 0; index < items.length; index += size) {',
      '    batches.push(items.slice(index, index + size));',
      '  }',
      '  return batches;',
      '}',
    ]);
    f.exportHelper(name, false, ['items']);
  } else if (kind === 4) {
    const name = f.unique(`validate${E}Input`);
    const fields = f.rnd.sample(FIELD_NAMES, f.rnd.int(3, 6));
    f.add([
      `export function ${name}(${f.p('input', 'any')}) {`,
      `  const errors${f.t('string[]')} = [];`,
      "  if (!input || typeof input !== 'object') {",
      `    return ['${E} input must be an object'];`,
      '  }',
      ...fields.flatMap((x, i) =>
        i % 2 === 0
          ? [`  if (input.${x} === undefined || input.${x} === null) {`, `    errors.push('${x} is required');`, '  }']
          : [`  if (input.${x} !== undefined && typeof input.${x} !== 'string') {`, `    errors.push('${x} must be a string');`, '  }'],
      ),
      '  return errors;',
      '}',
    ]);
    f.exportHelper(name, false, ['input']);
  } else if (kind === 5) {
    const name = f.unique(`to${E}Adf`);
    f.add([
      `export function ${name}(${f.p('text', 'string')}) {`,
      '  return {',
      "    type: 'doc',",
      '    version: 1,',
      "    content: text.split('\\n').map((line) => ({",
      "      type: 'paragraph',",
      "      content: line ? [{ type: 'text', text: line }] : [],",
      '    })),',
      '  };',
      '}',
    ]);
    f.exportHelper(name, false, ['text']);
  } else if (kind === 6) {
    const name = f.unique(`with${E}Retry`);
    f.add([
      `export async function ${name}(${f.p('operation', '() => Promise<any>')}, ${f.p('attempts', 'number')} = 3) {`,
      `  let lastError${f.t('unknown')};`,
      '  for (let attempt = 1; attempt <= attempts; attempt++) {',
      '    try {',
      '      return await operation();',
      '    } catch (error) {',
      '      lastError = error;',
      `      ${logLine(f, 'warn', '`Attempt ${attempt} of ${attempts} failed`, error')}`,
      '      await new Promise((resolve) => setTimeout(resolve, 250 * 2 ** attempt));',
      '    }',
      '  }',
      '  throw lastError;',
      '}',
    ]);
    f.exportHelper(name, true, ['operation']);
  } else if (kind === 7) {
    const name = f.unique(`build${E}Jql`);
    f.add([
      `export function ${name}(${f.p('filters', 'any')})${f.t('string')} {`,
      `  const clauses${f.t('string[]')} = [];`,
      '  if (filters.projectKey) {',
      '    clauses.push(`project = "${filters.projectKey}"`);',
      '  }',
      '  if (filters.statuses?.length) {',
      "    clauses.push(`status in (${filters.statuses.map((s) => `\"${s}\"`).join(', ')})`);",
      '  }',
      '  if (filters.assignee) {',
      '    clauses.push(`assignee = "${filters.assignee}"`);',
      '  }',
      '  if (filters.updatedSince) {',
      '    clauses.push(`updated >= "${filters.updatedSince}"`);',
      '  }',
      `  const jql = clauses.length > 0 ? clauses.join(' AND ') : 'order by created DESC';`,
      `  return jql.includes('order by') ? jql : \`\${jql} ORDER BY ${f.rnd.pick(['updated', 'created', 'priority', 'rank'])} DESC\`;`,
      '}',
    ]);
    f.exportHelper(name, false, ['filters']);
  } else if (kind === 8) {
    const name = f.unique(`summarize${E}s`);
    const field = f.rnd.pick(['storyPoints', 'score', 'progress', 'timeSpent', 'estimate']);
    f.add([
      `export function ${name}(${items}) {`,
      `  const values = items.map((item) => Number(item.${field} ?? 0)).filter((value) => Number.isFinite(value));`,
      '  if (values.length === 0) {',
      '    return { count: 0, total: 0, average: 0, median: 0, max: 0 };',
      '  }',
      '  const sorted = [...values].sort((a, b) => a - b);',
      '  const total = sorted.reduce((sum, value) => sum + value, 0);',
      '  const middle = Math.floor(sorted.length / 2);',
      '  const median = sorted.length % 2 === 0 ? (sorted[middle - 1] + sorted[middle]) / 2 : sorted[middle];',
      '  return {',
      '    count: sorted.length,',
      '    total,',
      '    average: total / sorted.length,',
      '    median,',
      '    max: sorted[sorted.length - 1],',
      '  };',
      '}',
    ]);
    f.exportHelper(name, false, ['items']);
  } else if (kind === 10) {
    const name = f.unique(f.rnd.pick(['maskEmail', 'redactEmail', 'anonymizeEmail']));
    f.add([
      `export function ${name}(${f.p('email', 'string | undefined')})${f.t('string')} {`,
      "  if (!email || !email.includes('@')) {",
      "    return '';",
      '  }',
      "  const [user, domain] = email.split('@');",
      `  const visible = user.slice(0, ${f.rnd.int(1, 3)});`,
      "  return `${visible}${'*'.repeat(Math.max(user.length - visible.length, 1))}@${domain}`;",
      '}',
    ]);
    f.exportHelper(name, false, ['email']);
  } else if (kind === 11) {
    const crypto = f.importDefault(f.once('crypto-module', () => (f.rnd.chance(0.5) ? 'node:crypto' : 'crypto')), 'crypto');
    const name = f.unique(`verify${E}Signature`);
    f.add([
      `export function ${name}(${f.p('body', 'string')}, ${f.p('signature', 'string')}, ${f.p('secret', 'string')})${f.t('boolean')} {`,
      '  if (!signature || !secret) {',
      '    return false;',
      '  }',
      `  const expected = ${crypto}.createHmac('sha256', secret).update(body).digest('hex');`,
      "  const given = signature.replace(/^sha256=/, '');",
      '  if (given.length !== expected.length) {',
      '    return false;',
      '  }',
      `  return ${crypto}.timingSafeEqual(Buffer.from(given), Buffer.from(expected));`,
      '}',
    ]);
    f.exportHelper(name, false, ['body', 'signature', 'secret']);
  } else if (kind === 12) {
    const name = f.unique(`diff${E}s`);
    const id = f.rnd.pick(['id', 'key', 'accountId']);
    f.add([
      `export function ${name}(${f.p('before', 'any[]')}, ${f.p('after', 'any[]')}) {`,
      `  const previous = new Map(before.map((item) => [item.${id}, item]));`,
      `  const next = new Map(after.map((item) => [item.${id}, item]));`,
      '  const added = after.filter((item) => !previous.has(item.' + id + '));',
      '  const removed = before.filter((item) => !next.has(item.' + id + '));',
      '  const changed = after.filter((item) => {',
      '    const old = previous.get(item.' + id + ');',
      '    return old !== undefined && JSON.stringify(old) !== JSON.stringify(item);',
      '  });',
      '  return { added, removed, changed, unchanged: after.length - added.length - changed.length };',
      '}',
    ]);
    f.exportHelper(name, false, ['before', 'after']);
  } else if (kind === 13) {
    const name = f.unique(`${camel(entity)}sToCsv`);
    const cols = f.rnd.sample(FIELD_NAMES, f.rnd.int(3, 6));
    const escape = f.unique(`escapeCell${E}`);
    f.add([
      `const ${name.toUpperCase()}_COLUMNS = [${cols.map((c) => `'${c}'`).join(', ')}];`,
      '',
      `function ${escape}(${f.p('value', 'unknown')})${f.t('string')} {`,
      "  const text = value === null || value === undefined ? '' : String(value);",
      '  return /[",\\n]/.test(text) ? `"${text.replace(/"/g, \'""\')}"` : text;',
      '}',
      '',
      `export function ${name}(${items}, ${f.p('columns', 'string[]')} = ${name.toUpperCase()}_COLUMNS)${f.t('string')} {`,
      `  const header = columns.join(',');`,
      `  const rows = items.map((item) => columns.map((column) => ${escape}(item[column])).join(','));`,
      "  return [header, ...rows].join('\\n');",
      '}',
    ]);
    f.exportHelper(name, false, ['items']);
  } else if (kind === 14) {
    const name = f.unique(`business${E}Days`);
    f.add([
      `export function ${name}(${f.p('from', 'string | Date')}, ${f.p('to', 'string | Date')}, ${f.p('holidays', 'string[]')} = [])${f.t('number')} {`,
      '  const start = new Date(from);',
      '  const end = new Date(to);',
      '  let days = 0;',
      '  for (const day = new Date(start); day <= end; day.setDate(day.getDate() + 1)) {',
      '    const weekday = day.getDay();',
      '    const iso = day.toISOString().slice(0, 10);',
      '    if (weekday !== 0 && weekday !== 6 && !holidays.includes(iso)) {',
      '      days += 1;',
      '    }',
      '  }',
      '  return days;',
      '}',
    ]);
    f.exportHelper(name, false, ['from', 'to']);
  } else if (kind === 15) {
    const name = f.unique(`merge${E}Settings`);
    f.add([
      `export function ${name}(${f.p('base', 'any')}, ${f.p('override', 'any')})${f.t('any')} {`,
      "  if (Array.isArray(base) || typeof base !== 'object' || base === null) {",
      '    return override === undefined ? base : override;',
      '  }',
      '  const result = { ...base };',
      '  for (const [key, value] of Object.entries(override ?? {})) {',
      `    result[key] = ${name}(base[key], value);`,
      '  }',
      '  return result;',
      '}',
    ]);
    f.exportHelper(name, false, ['base', 'override']);
  } else if (kind === 16) {
    const name = f.unique(`sort${E}s`);
    const keys = f.rnd.sample(FIELD_NAMES, 3);
    f.add([
      `export function ${name}(${items}, ${f.p('direction', "'asc' | 'desc'")} = '${f.rnd.pick(['asc', 'desc'])}') {`,
      "  const factor = direction === 'asc' ? 1 : -1;",
      '  return [...items].sort((a, b) => {',
      ...keys.flatMap((k) => [
        `    if (a.${k} !== b.${k}) {`,
        `      return (a.${k} ?? '') > (b.${k} ?? '') ? factor : -factor;`,
        '    }',
      ]),
      '    return 0;',
      '  });',
      '}',
    ]);
    f.exportHelper(name, false, ['items']);
  } else if (kind === 17) {
    const name = f.unique(`render${E}Table`);
    const cols = f.rnd.sample(FIELD_NAMES, f.rnd.int(2, 4));
    const escape = f.unique(`escapeHtml${E}`);
    f.add([
      `function ${escape}(${f.p('value', 'unknown')})${f.t('string')} {`,
      "  return String(value ?? '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');",
      '}',
      '',
      `/** Confluence storage format for a list of ${entity}s. */`,
      `export function ${name}(${items})${f.t('string')} {`,
      `  const header = \`<tr>${cols.map((c) => `<th>${pascal(c)}</th>`).join('')}</tr>\`;`,
      `  const rows = items.map((item) => \`<tr>${cols.map((c) => `<td>\${${escape}(item.${c})}</td>`).join('')}</tr>\`);`,
      "  return `<table><tbody>${header}${rows.join('')}</tbody></table>`;",
      '}',
    ]);
    f.exportHelper(name, false, ['items']);
  } else if (kind === 18) {
    const name = f.unique(`${camel(entity)}Reducer`);
    f.add([
      `export function ${name}(${f.p('state', 'any')}, ${f.p('action', '{ type: string; payload?: any }')}) {`,
      '  switch (action.type) {',
      "    case 'loaded':",
      '      return { ...state, items: action.payload, loading: false };',
      "    case 'added':",
      '      return { ...state, items: [...state.items, action.payload] };',
      "    case 'removed':",
      '      return { ...state, items: state.items.filter((item) => item.id !== action.payload) };',
      "    case 'failed':",
      '      return { ...state, error: action.payload, loading: false };',
      '    default:',
      '      return state;',
      '  }',
      '}',
    ]);
    f.exportHelper(name, false, ['state', 'action']);
  } else {
    const cache = f.unique(`${camel(entity)}Cache`);
    const name = f.unique(`cached${E}`);
    f.add([
      `const ${cache} = new Map${f.ts ? '<string, { value: unknown; expires: number }>' : ''}();`,
      '',
      `export async function ${name}(${f.p('key', 'string')}, ${f.p('load', '() => Promise<unknown>')}, ${f.p('ttlMs', 'number')} = 60000) {`,
      `  const hit = ${cache}.get(key);`,
      '  if (hit && hit.expires > Date.now()) {',
      '    return hit.value;',
      '  }',
      '  const value = await load();',
      `  ${cache}.set(key, { value, expires: Date.now() + ttlMs });`,
      '  return value;',
      '}',
    ]);
    f.exportHelper(name, true, ['key', 'load']);
  }
}

/**
 * A function calling helpers of other files in turn, each given the function's own parameters or the
 * previous call's result: `utils` compose plain helpers only, services anything.
 */
export function composeFunction(f: FileBuilder, pool: Pool, sync: boolean, count = f.rnd.int(2, 4), filter = sync ? SYNC : ANY): void {
  const chosen = pool.take(count, filter);
  if (chosen.length === 0) return helperFunction(f);
  const name = f.unique(`${f.rnd.pick(VERBS)}${pascal(f.rnd.pick(ADJECTIVES))}${pascal(f.rnd.pick(ENTITIES))}s`);
  const needs = chosen.flatMap((h) => [...h.params, ...(h.methods ?? []).flatMap((m) => m.params)]);
  const keyName = needs.find((p) => p !== 'accountId' && /(Key|Id)$/.test(p)) ?? (chosen.some((h) => h.kind === 'class') ? 'key' : undefined);
  const account = needs.some((p) => p === 'accountId' || p === 'updatedBy');
  const params = [...(keyName ? [keyName] : []), 'payload', ...(account ? ['accountId'] : [])];
  const anyAsync = chosen.some((h) => h.async || h.kind === 'class');
  const lines = [`export ${anyAsync ? 'async ' : ''}function ${name}(${params.map((p) => f.p(p, p === 'payload' ? 'any' : 'string')).join(', ')}) {`];
  lines.push('  const started = Date.now();');
  const inner = () => pool.take(1, (h) => h.async && !h.kind)[0];
  chosen.forEach((h, i) => {
    const env: Env = { payload: 'payload', data: i > 0 && f.rnd.chance(0.6) ? `step${i - 1}` : 'payload', ...(keyName ? { key: keyName } : {}), ...(account ? { accountId: 'accountId' } : {}) };
    lines.push(...callLines(f, h, env, `step${i}`, sync ? undefined : inner));
    if (!h.name.startsWith('delete') && f.rnd.chance(0.3)) lines.push(`  if (!step${i}) {`, `    ${logLine(f, 'warn', `'${name}: step ${i + 1} returned nothing'`)}`, '    return null;', '  }');
  });
  if (f.rnd.chance(0.5)) lines.push(`  ${logLine(f, 'info', `\`${name} took \${Date.now() - started}ms\``)}`);
  lines.push(`  return step${chosen.length - 1};`, '}');
  f.add(lines);
  f.exportHelper(name, anyAsync, params);
}

/** A service class holding state and calling helpers; its callers build it and call its methods. */
export function classChunk(f: FileBuilder, pool: Pool): void {
  const entity = f.rnd.pick(ENTITIES);
  const name = f.unique(`${pascal(entity)}${f.rnd.pick(['Service', 'Repository', 'Manager', 'Tracker', 'Aggregator'])}`);
  const uses = pool.take(f.rnd.int(1, 3), (h) => !h.kind);
  const fields = f.ts
    ? ['  private readonly scope: string;', '  private readonly options: Record<string, any>;', '  private readonly seen = new Map<string, number>();', '']
    : [];
  const lines = [
    `export class ${name} {`,
    ...fields,
    `  constructor(${f.p('scope', 'string')}, ${f.p('options', 'Record<string, any>')} = {}) {`,
    '    this.scope = scope;',
    `    this.options = { pageSize: ${f.rnd.pick([20, 50, 100])}, ...options };`,
    ...(f.ts ? [] : ['    this.seen = new Map();']),
    '  }',
    '',
    `  track(${f.p('id', 'string')}) {`,
    '    this.seen.set(id, (this.seen.get(id) ?? 0) + 1);',
    '    return this.seen.get(id);',
    '  }',
  ];
  const methods: Method[] = [];
  const extras: { method?: Method; lines: string[] }[] = [
    {
      method: { name: 'mostSeen', params: ['limit'], async: false, returns: true },
      lines: [
        `  mostSeen(${f.p('limit', 'number')} = 10) {`,
        '    return [...this.seen.entries()]',
        '      .sort((a, b) => b[1] - a[1])',
        '      .slice(0, limit)',
        '      .map(([id, count]) => ({ id, count, scope: this.scope }));',
        '  }',
      ],
    },
    { lines: ['  get size() {', '    return this.seen.size;', '  }'] },
    { method: { name: 'reset', params: [], async: false, returns: false }, lines: ['  reset() {', '    this.seen.clear();', `    console.debug(\`${name} reset for \${this.scope}\`);`, '  }'] },
    { lines: ['  toJSON() {', '    return {', '      scope: this.scope,', '      seen: Object.fromEntries(this.seen),', '      options: this.options,', '    };', '  }'] },
    {
      method: { name: 'pages', params: ['limit'], async: false, returns: true },
      lines: [
        `  pages(${f.p('total', 'number')}) {`,
        '    const size = this.options.pageSize;',
        '    return Array.from({ length: Math.ceil(total / size) }, (_, index) => ({ startAt: index * size, maxResults: size }));',
        '  }',
      ],
    },
  ];
  for (const extra of f.rnd.sample(extras, f.rnd.int(1, 3))) {
    lines.push('', ...extra.lines);
    if (extra.method) methods.push(extra.method);
  }
  const env: Env = { key: 'this.scope', data: 'input', payload: 'input', accountId: 'this.options.accountId' };
  for (const h of uses) {
    const method = f.unique(`run${pascal(h.name)}`);
    lines.push(
      '',
      `  ${h.async ? 'async ' : ''}${method}(${f.p('input', 'any')}) {`,
      '    this.track(String(input?.id ?? input));',
      ...callLines(f, h, env, 'result', () => pool.take(1, (x) => x.async && !x.kind)[0]).map((l) => `  ${l}`),
      '    return result;',
      '  }',
    );
    methods.unshift({ name: method, params: ['input'], async: h.async, returns: true });
  }
  lines.push('}');
  f.add(lines);
  f.exportHelper(name, methods.some((m) => m.async), ['scope'], { kind: 'class', methods });
}

/** TypeScript declarations. */
export function typesChunk(f: FileBuilder): void {
  const entity = f.rnd.pick(ENTITIES);
  const name = f.unique(`${pascal(entity)}${f.rnd.pick(['Record', 'Summary', 'Settings', 'Payload', 'View'])}`);
  const fields = f.rnd.sample(FIELD_NAMES, f.rnd.int(4, 8));
  f.add([
    `export interface ${name} {`,
    '  id: string;',
    ...fields.map((x, i) => `  ${x}${i % 3 === 2 ? '?' : ''}: ${['string', 'number', 'boolean', 'string[]', 'string | null'][i % 5]};`),
    '}',
  ]);
  if (f.rnd.chance(0.5)) {
    const status = f.unique(`${pascal(entity)}Status`);
    f.add([`export type ${status} = ${f.rnd.sample(['open', 'closed', 'blocked', 'done', 'in-review', 'draft'], 4).map((s) => `'${s}'`).join(' | ')};`]);
  }
}

/** Module-level configuration objects. */
export function constantsChunk(f: FileBuilder): void {
  const entity = f.rnd.pick(ENTITIES);
  const name = f.unique(`DEFAULT_${entity.toUpperCase()}_OPTIONS`);
  const fields = f.rnd.sample(FIELD_NAMES, f.rnd.int(3, 6));
  f.add([
    `export const ${name} = {`,
    `  pageSize: ${f.rnd.pick([25, 50, 100])},`,
    `  refreshMinutes: ${f.rnd.int(5, 120)},`,
    `  fields: [${fields.map((x) => `'${x}'`).join(', ')}],`,
    `  labels: {`,
    ...fields.slice(0, 3).map((x) => `    ${x}: '${pascal(x)}',`),
    '  },',
    '};',
  ]);
}
