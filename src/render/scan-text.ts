import type { Colors } from '../cli/color.ts';
import { END_USER_DATA, type Evidence, type Facts, type RestCall } from '../scan/facts.ts';
import { vendorById } from '../scan/vendors.ts';

const at = (e: Evidence | null | undefined): string => (e ? `${e.file}:${e.line}` : '');
/** Where a helper makes the request or operation that a caller names. */
const via = (e: Evidence | undefined): string => (e ? ` via ${at(e)}` : '');

/** Places as a list short enough for a line: all of three, else the first two and how many more; a file named once for lines in a row. */
function placeList(places: string[]): string {
  const unique = [...new Set(places)];
  const shown = unique.length > 3 ? unique.slice(0, 2) : unique;
  const text = shown.map((place, i) => {
    const file = /^(.+):\d+$/.exec(place)?.[1];
    return file && i > 0 && shown[i - 1]!.startsWith(`${file}:`) && !shown[i - 1]!.includes(' via ') ? place.slice(file.length + 1) : place;
  }).join(', ');
  return text + (unique.length > shown.length ? ` and ${unique.length - shown.length} more` : '');
}

/**
 * Facts that would print the same line but for where they are, as one line naming the first two places
 * and how many more: a large app repeats the same read or log in many files.
 */
function grouped<T>(items: readonly T[], where: (item: T) => string, line: (item: T, places: string, count: string) => string, c: Colors): string[] {
  const groups = new Map<string, { first: T; places: string[] }>();
  for (const item of items) {
    const key = line(item, '', '');
    const group = groups.get(key);
    if (group) group.places.push(where(item));
    else groups.set(key, { first: item, places: [where(item)] });
  }
  return [...groups.values()].map(({ first, places }) => line(first, placeList(places), places.length > 1 ? c.dim(`  \u00d7${places.length}`) : ''));
}

/** The scopes an operation needs, classic where it has them; some operations need none. */
function operationScopes(scopes: { classic: string[]; granular: string[] }, c: Colors): string {
  const shown = scopes.classic.length ? scopes.classic : scopes.granular;
  return shown.length ? c.cyan(`  ${shown.join(' ')}`) : c.dim('  no scope needed');
}

/** A missing scope once, with the places that need it (the first two and how many more) and the granular scopes that would do instead. */
function missingLines(missing: Facts['scopes']['missing'], c: Colors): string[] {
  const groups = new Map<string, Facts['scopes']['missing']>();
  for (const m of missing) {
    const key = `${m.scope} ${m.reason}`;
    const group = groups.get(key);
    if (group) group.push(m);
    else groups.set(key, [m]);
  }
  return [...groups.values()].map((needs) => {
    const m = needs[0]!;
    const where = placeList(needs.map((n) => at(n.evidence)));
    const alternatives = new Set(needs.map((n) => n.alternatives?.join(', ') ?? ''));
    const or = alternatives.size > 1 ? ' (or the granular scopes each call lists: --format json)' : m.alternatives?.length ? ` (or ${m.alternatives.join(', ')})` : '';
    return `  ${c.red('missing  ')} ${m.scope}${c.dim(or)}  ${c.dim(`${m.reason} at ${where}`)}`;
  });
}

/** A readable summary of the facts, grouped by kind, for a terminal. */
export function renderScanText(facts: Facts, dir: string, c: Colors): string {
  const out: string[] = [];
  const section = (title: string, count: number, body: string[]): void => {
    out.push('', `${c.bold(title)} ${c.dim(`(${count})`)}`);
    out.push(...(body.length ? body : [c.dim('  none')]));
  };
  const { app } = facts;
  const runtime = [app.runtime.name, app.runtime.architecture, app.runtime.memoryMB ? `${app.runtime.memoryMB} MB` : null].filter(Boolean).join(' ');
  out.push(`${c.bold('Candor scan')} ${dir}`);
  out.push(`  ${app.platform ?? 'no app found'}${app.id ? ` ${c.dim(app.id)}` : ''}${app.key ? ` ${c.dim(app.key)}` : ''}${runtime ? `  runtime ${runtime}` : ''}  licensing ${app.licensing.enabled ? 'on' : 'off'}`);
  if (app.modules.length) {
    const counts = new Map<string, number>();
    for (const m of app.modules) counts.set(m.type, (counts.get(m.type) ?? 0) + 1);
    out.push(`  modules: ${[...counts].map(([t, n]) => (n > 1 ? `${t} \u00d7${n}` : t)).join(', ')}`);
  }

  const { scopes } = facts;
  const unused = new Set(scopes.unused.map((u) => u.scope));
  const unchecked = new Set(scopes.unchecked.map((u) => u.scope));
  const state = (scope: string): string => (unused.has(scope) ? c.yellow('unused   ') : unchecked.has(scope) ? c.dim('unchecked') : c.green('used     '));
  section('Scopes', scopes.declared.length, [
    ...scopes.declared.map((d) => `  ${state(d.scope)} ${d.scope}  ${c.dim(at(d.evidence))}`),
    ...missingLines(scopes.missing, c),
  ]);

  section('Product REST calls', facts.restCalls.length + facts.unresolvedRestCalls.length, [
    ...grouped(facts.restCalls, (r) => at(r.evidence) + via(r.via), (r, where, n) => `  ${verb(r).padEnd(6)} ${r.path}  ${c.dim(`${r.product} ${r.auth}`)}${n}  ${c.dim(where)}${r.scopes ? operationScopes(r.scopes, c) : c.dim('  (operation not in the API documents)')}`, c),
    ...grouped(facts.unresolvedRestCalls, (r) => at(r.evidence), (r, where, n) => `  ${verb(r).padEnd(6)} ${r.scopes ? r.scopes.operation : c.yellow('(path not resolved)')}  ${c.dim(`${r.product} ${r.auth}`)}${n}  ${c.dim(where)}${r.scopes ? operationScopes(r.scopes, c) : ''}`, c),
  ]);

  const eg = facts.egress;
  const undeclared = new Set(eg.undeclared);
  section('Egress', eg.declared.length + eg.remotes.length + eg.calls.length, [
    ...eg.declared.map((d) => `  declared ${d.kind.padEnd(13)} ${d.address}${d.wildcard ? c.yellow('  wildcard') : ''}${eg.unused.includes(d) ? c.yellow('  unused') : ''}  ${c.dim(at(d.evidence))}`),
    ...eg.remotes.map((r) => `  remote   ${r.key.padEnd(13)} ${r.hosts.join(', ')}  ${c.dim(at(r.evidence))}`),
    ...grouped(eg.calls, (e) => at(e.evidence) + via(e.via), (e, where, n) => `  ${e.side === 'frontend' ? 'browser ' : 'backend '} ${(e.method ?? '').padEnd(6)} ${e.host ?? c.yellow('(host not resolved)')}${undeclared.has(e) ? c.red('  not declared') : ''}${carries(e.carries.filter((k) => END_USER_DATA.includes(k)), c)}${n}  ${c.dim(`${e.client} ${where}`)}`, c),
    ...sdkLines(eg.sdkCalls, eg.undeclared, c),
  ]);

  section('Storage', facts.storage.length, grouped(facts.storage, (s) => at(s.evidence) + via(s.via), (s, where, n) => `  ${s.backend.padEnd(16)} ${s.op.padEnd(6)} ${s.key ?? c.dim('(key not resolved)')}${carries(s.carries, c)}${n}  ${c.dim(where)}`, c));
  section('Triggers', facts.triggers.length, facts.triggers.map((t) => `  ${t.kind.padEnd(16)} ${t.key}${t.events.length ? `  ${t.events.join(', ')}` : ''}${t.interval ? `  every ${t.interval}` : ''}${t.response ? `  response ${t.response}` : ''}  ${c.dim(at(t.evidence))}`));
  if (facts.uninstall.length) out.push(...facts.uninstall.map((u) => `  uninstall handled by ${u.via}  ${c.dim(at(u.evidence))}`));

  const leaking = facts.logs.filter((l) => l.carries.some((k) => END_USER_DATA.includes(k) || k === 'secret'));
  // Access logs are listed with what they write for every request, whatever it holds.
  const listed = facts.logs.filter((l) => leaking.includes(l) || l.access?.length);
  section('Logs', facts.logs.length, [
    `  ${facts.logs.length} log calls; ${leaking.length ? c.red(`${leaking.length} carry End-User Data or secrets`) : c.green('none carries End-User Data or secrets')}`,
    ...grouped(listed, (l) => at(l.evidence) + via(l.via), (l, where, n) => `  ${l.logger}.${l.level}${carries(l.access ? l.carries.filter((k) => k !== 'other') : l.carries, c)}${l.access?.length ? `  writes ${l.access.join(', ')} of every request` : ''}${n}  ${c.dim(where)}`, c),
  ]);

  section('Third parties', facts.thirdParties.length, facts.thirdParties.map((t) => `  ${t.name.padEnd(22)} ${c.dim(`${t.category}, ${t.region}`)}  via ${[...new Set(t.via.map((v) => v.kind))].join(', ')}  ${c.dim(at(t.via[0]?.evidence))}`));
  // Models Atlassian runs for the app (Forge LLMs, a Rovo agent) are no third party: listed apart, when there are any.
  const platformAi = facts.llm.filter((l) => !facts.thirdParties.some((t) => t.vendor === l.vendor));
  if (platformAi.length) section('AI run by Atlassian', platformAi.length, platformAi.map((l) => `  ${l.provider.padEnd(22)} ${l.api}  ${c.dim(at(l.evidence))}`));

  const pd = facts.personalData;
  section('Personal data', pd.uses.length, [
    ...grouped(pd.uses, (u) => at(u.evidence), (u, where, n) => `  ${u.kind.padEnd(12)} ${u.action.padEnd(7)} ${u.target ?? ''}${n}  ${c.dim(where)}`, c),
    pd.reporting.calls.length
      ? `  reporting API called at ${pd.reporting.calls.map(at).join(', ')}${pd.reporting.triggers.length ? `; from ${pd.reporting.triggers.map((t) => `${t.key}${t.interval ? ` (${t.interval})` : ''}`).join(', ')}` : c.yellow('; from no trigger')}`
      : c.dim('  Personal Data Reporting API not called'),
  ]);

  section('Secrets in source', facts.secrets.length, facts.secrets.map((s) => `  ${c.red(s.rule)} ${s.masked}  ${c.dim(at(s.evidence))}`));
  const exposed = facts.exposedSecrets ?? [];
  if (exposed.length) section('Secrets returned to the browser', exposed.length, exposed.map((s) => `  ${s.via ? `${s.via} ` : ''}${c.red(s.function)}  ${c.dim(at(s.evidence))}`));

  if (facts.diagnostics.length) {
    section('Diagnostics', facts.diagnostics.length, facts.diagnostics.map((d) => {
      const where = d.line ? `${d.file}:${d.line}${d.column ? `:${d.column}` : ''}` : d.file;
      const tag = d.severity === 'error' ? c.red('error') : d.severity === 'warning' ? c.yellow('warning') : c.dim('info');
      // Messages name their file for machine readers; the line starts with it already.
      const message = d.file && d.message.startsWith(`${where} `) ? d.message.slice(where.length + 1) : d.file && d.message.startsWith(`${d.file} `) ? d.message.slice(d.file.length + 1) : d.message;
      return `  ${tag} ${where} ${message}${d.hint ? c.dim(`\n      ${d.hint}`) : ''}`;
    }));
  }
  const s = facts.stats;
  out.push('', c.dim(`${s.sourceFiles} source files, ${s.lines.toLocaleString('en-US')} lines, ${s.files} files in all, scanned in ${(s.durationMs / 1000).toFixed(2)} s${s.cached > 0 ? ` (${s.cached === s.sourceFiles ? 'all' : s.cached} unchanged from the cache)` : ''}`), '');
  return out.join('\n');
}

/** Calls through vendor SDKs: how many, and each one that hands the vendor End-User Data. */
function sdkLines(calls: Facts['egress']['sdkCalls'], undeclared: Facts['egress']['undeclared'], c: Colors): string[] {
  if (calls.length === 0) return [];
  const notDeclared = (s: (typeof calls)[number]): string | undefined => undeclared.find((u) => u.url === null && u.evidence.file === s.evidence.file && u.evidence.line === s.evidence.line && u.evidence.column === s.evidence.column)?.host ?? undefined;
  const shown = calls.filter((s) => s.carries.some((k) => END_USER_DATA.includes(k)) || notDeclared(s));
  const sending = calls.filter((s) => s.carries.some((k) => END_USER_DATA.includes(k)));
  return [
    `  ${calls.length} calls through vendor SDKs; ${sending.length ? c.yellow(`${sending.length} send End-User Data`) : 'none sends End-User Data'}`,
    ...grouped(shown, (s) => at(s.evidence), (s, where, n) => {
      const host = notDeclared(s);
      return `  ${s.side === 'frontend' ? 'browser ' : 'backend '} ${vendorById(s.vendor)?.name ?? s.vendor} ${s.api}${host ? c.red(`  ${host} not declared`) : ''}${carries(s.carries, c)}${n}  ${c.dim(where)}`;
    }, c),
  ];
}

function carries(kinds: string[], c: Colors): string {
  const shown = kinds.filter((k) => k !== 'literal' && k !== 'other');
  return shown.length ? `  ${c.yellow(`[${shown.join(', ')}]`)}` : '';
}

/** A request's method, marked `GET?` when the code chooses it at run time and GET is only the default. */
function verb(call: RestCall): string {
  return call.openMethod ? `${call.method}?` : call.method;
}
