import type { FillImported } from './constants.ts';
import type { CallGraph } from './link.ts';
import { filledClient, httpOf, viaHttp } from './param-clients.ts';
import { sdkCall, sdkVendor } from './source/detectors/sdk-calls.ts';
import type { SdkRegion } from './facts.ts';
import type { FileFacts } from './source/file-facts.ts';
import { withHeader } from './source/default-headers.ts';

/**
 * Calls on an object another file of the app exports become SDK calls where that file shows the
 * object is a vendor's client: `openai.chat.completions.create(...)` with `export const openai = new OpenAI()`
 * in `lib/openai.js`; and requests where it is an HTTP client: `api.get('/ping')` with
 * `export default axios.create({ baseURL })`, the base URL joined.
 */
export function linkSdkCalls(files: FileFacts[], graph: CallGraph, fill: FillImported = (_, value) => value): void {
  for (const file of files) {
    for (const pending of file.sdkPending) {
      const target = graph.resolveModule(file.file, pending.module);
      // `const { octokit } = await githubClient(repo)`: the field of what the function returns comes first in the call's names.
      // `const db = require('./db'); db.firestore.collection('x')`: the client is the member of the module's exports named first.
      const member = !pending.called && target ? exportedMember(graph.file(target)?.sdkExports, pending) : undefined;
      const field = pending.called ? fieldMadeBy(file, pending, graph, fill) : member;
      const call = field ? { ...pending, api: pending.api.slice(1) } : pending;
      const client = field ?? (target ? pending.called ? madeBy(file, pending.module, pending.imported, graph, fill) : graph.file(target)?.sdkExports.find((e) => e.name === pending.imported) : undefined);
      if (client?.base !== undefined) {
        const request = viaHttp(file, call, [client.module, fill(target!, client.base), client.carries ?? []], fill);
        if (request) file.egress.push(request);
        // The `Authorization` header the client sends, a bearer token or Basic credentials.
        if (request && client.auth) withHeader(request, { carries: [], scheme: client.auth });
        // `axios.create({ baseURL: process.env.HUBSPOT_API_URL })`: the variable names the vendor, as for a URL of the module's own.
        if (request && client.variable && request.host === null) request.urlVariable = client.variable;
        continue;
      }
      const vendor = client ? sdkVendor(client.module) : null;
      if (!client || !vendor) continue;
      const { side, carries, evidence, command } = pending;
      const made = sdkCall(vendor, client.module, [...client.api, ...call.api], { side, carries, evidence, ...(command ? { command } : {}), ...(client.region ? { region: client.region } : {}) });
      if (made) file.sdkCalls.push(made);
    }
  }
}

/**
 * The region a call configuring a whole SDK names (`AWS.config.update({ region })`, `Sentry.init({ dsn })`) is that of the
 * package's calls whose client names none, when every such call of the app names the same.
 */
export function settleSdkRegions(files: FileFacts[]): void {
  const byPackage = new Map<string, SdkRegion | null>();
  for (const file of files) {
    for (const { package: name, region } of file.sdkRegions ?? []) {
      const known = byPackage.get(name);
      byPackage.set(name, known === undefined || (known && known.name === region?.name) ? known ?? region : null);
    }
  }
  if (byPackage.size === 0) return;
  for (const file of files) {
    for (const call of file.sdkCalls) {
      const region = call.region ? undefined : byPackage.get(call.package);
      if (region) call.region = region;
    }
  }
}

/** The client a module exports by name, when the call goes through the module's whole exports (`db.firestore.collection(...)` of `db = require('./db')`). */
function exportedMember(exports: FileFacts['sdkExports'] | undefined, pending: FileFacts['sdkPending'][number]): FileFacts['sdkExports'][number] | undefined {
  if ((pending.imported !== 'default' && pending.imported !== '*') || pending.api.length < 2 || !exports) return undefined;
  return exports.some((e) => e.name === pending.imported) ? undefined : exports.find((e) => e.name === pending.api[0]);
}

/** The client in the field of the object another module's function returns, named first in the call (`octokit` of `octokit.rest.issues.create`). */
function fieldMadeBy(file: FileFacts, pending: FileFacts['sdkPending'][number], graph: CallGraph, fill: FillImported): FileFacts['sdkExports'][number] | undefined {
  const factory = pending.api.length > 1 ? graph.target(file, `${pending.module}#${pending.imported}`) : null;
  const client = factory?.fn.madeFields?.[pending.api[0]!];
  return client ? madeClient(factory!.file, pending.imported, client, graph, fill) : undefined;
}

/** The client another module's function makes, when every return gives the same one (`export const slackFor = (token) => new WebClient(token)`). */
function madeBy(file: FileFacts, module: string, name: string, graph: CallGraph, fill: FillImported): FileFacts['sdkExports'][number] | undefined {
  const factory = graph.target(file, `${module}#${name}`);
  return factory?.fn.made ? madeClient(factory.file, name, factory.fn.made, graph, fill) : undefined;
}

/** A client as `givenClient` writes it, in the module that makes it, as another module's exported client is. */
function madeClient(at: FileFacts, name: string, given: string, graph: CallGraph, fill: FillImported): FileFacts['sdkExports'][number] | undefined {
  const made = filledClient(at, given, fill, graph);
  if (!made) return undefined;
  if (made.startsWith('http:')) {
    const [client, base, carries] = httpOf(made);
    return { name, module: client, api: [], base, carries };
  }
  const [client, api] = JSON.parse(made.slice(4)) as [string, string[]];
  return { name, module: client, api };
}
