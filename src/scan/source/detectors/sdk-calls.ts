import type { SdkCall } from '../../facts.ts';
import { isAppCode } from '../../app-code.ts';
import { packageName, serviceVendor, vendorForPackage, type Vendor } from '../../vendors.ts';
import { isFunction, propertyName, unwrap, type Node } from '../ast.ts';
import type { CallSite, FileContext } from '../context.ts';
import { instanceHeaders } from '../default-headers.ts';
import { baseVariable, sentScheme } from './egress.ts';
import { CLIENTS } from '../http-clients.ts';
import type { Ref } from '../ref.ts';
import { isBuiltInMethod } from '../built-ins.ts';
import { exportTarget } from '../exports.ts';
import { httpClient, requestOf } from './param-clients.ts';
import { configuredRegion, pendingRegions } from './sdk-regions.ts';

const vendorOfModule = new Map<string, Vendor | null>();

/** The vendor whose SDK a module specifier is (`@sentry/node`, `firebase/firestore`); null for build tools and other packages. */
export function sdkVendor(module: string): Vendor | null {
  let vendor = vendorOfModule.get(module);
  if (vendor === undefined) {
    const match = packageName(module) === null ? null : vendorForPackage(module);
    vendor = match && !match.buildOnly ? match.vendor : null;
    vendorOfModule.set(module, vendor);
  }
  return vendor;
}

/**
 * An SDK call, unless the catalogue says the call runs in the app and sends nothing (`webhooks.constructEvent`, any call of
 * an adapter such as serverless-http); a call on a service of a package that covers several vendors is that service's vendor
 * (`new AWS.DynamoDB().putItem(...)`: Amazon DynamoDB).
 */
export function sdkCall(vendor: Vendor, module: string, names: readonly string[], rest: Omit<SdkCall, 'vendor' | 'package' | 'api'>): SdkCall | null {
  const api = names.join('.');
  if (vendor.sdkLocal.some((local) => api === local || api.endsWith(`.${local}`))) return null;
  const pkg = packageName(module) ?? module;
  // `serverless(app)`: the package wraps the app's server for the vendor to run; it sends the vendor nothing.
  if (vendor.adapters.includes(pkg)) return null;
  const service = names.length > 1 ? serviceVendor(pkg, names[0]!) : null;
  return { vendor: (service ?? vendor).id, package: pkg, api, ...rest };
}

/** Calls chained before a recorded call in the same expression (`from('t')` in `from('t').insert(row)`): part of that call. */
const chained = new WeakSet<Node>();

/**
 * Calls through a catalogued vendor's SDK, on the import itself or on a client built from it
 * (`new OpenAI()`, `createClient()`, `Mixpanel.init()`), with what their arguments carry. A call on
 * an object another file exports is kept aside until the scan knows what that object is.
 */
export function detectSdkCall(site: CallSite, ctx: FileContext): void {
  const { module, node } = site;
  if (module === null || node.type !== 'CallExpression' || chained.has(node)) return;
  const vendor = module.startsWith('.') ? null : sdkVendor(module);
  const relative = !vendor && ctx.scope.isAppModule(module);
  if (!vendor && !relative) return;
  // A function of the app is not an object it imports.
  if (relative && ((site.ref.steps.length < 2 && site.ref.imported !== 'default') || ctx.scope.appFunction(node.callee, false))) return;
  if (!isAppCode(ctx.facts.file)) return;
  // `completion.choices[0].message.content.split('\n')`: a method of a value the SDK answered, not another call of the SDK.
  if (readsAnswer(site.ref.steps)) return;
  // `api.post(url, body).then(...)`: the promise's method, not the SDK's; the call it is chained on is the one made (walked next).
  if (promiseMethod(site.ref.steps)) return;
  const names = apiNames(site.ref);
  // A call of what the module exports itself is not a call on an object it exports.
  if (relative && names.length < (site.ref.imported !== 'default' ? 2 : 1)) return;
  const data = dataOf(site, ctx);
  if (data.length === 0) return;
  const carries = ctx.kindsOf(data);
  const command = sentCommand(ctx, node);
  const rest = { side: ctx.facts.side, carries, evidence: ctx.evidence(node), ...(command ? { command } : {}) };
  if (vendor) {
    const configured = configuredRegion(ctx, module, site.ref, node, names.join('.'));
    if (configured?.global) (ctx.facts.sdkRegions ??= []).push({ package: packageName(module)!, region: configured.region && !pendingRegions.has(configured.region) ? configured.region : null });
    const call = sdkCall(vendor, module, names, configured?.region && !configured.global ? { ...rest, region: configured.region } : rest);
    if (call) ctx.facts.sdkCalls.push(call);
    // `new S3Client({ region: settings.awsRegion })` of a constant another module exports: filled in once the files are linked.
    const pending = call?.region ? pendingRegions.get(call.region) : undefined;
    if (call && pending) ctx.derive('sdkCalls', call, pending.host ? 'sdk-host' : 'sdk-region', [pending.text, JSON.stringify(call.region!.evidence)]);
    return;
  }
  const own = site.ref.imported !== 'default';
  const api = own ? names.slice(1) : names;
  // `api.get('/ping')`: a request when that module's object is an HTTP client.
  const request = api.length === 1 ? requestOf(ctx, node, api[0]!) : undefined;
  const called = site.ref.steps[0]!.call !== null && site.ref.steps[0]!.call !== node;
  ctx.facts.sdkPending.push({ module, imported: own ? names[0]! : 'default', api, ...(called ? { called: true as const } : {}), ...(request ? { request } : {}), ...rest });
}

/** Whether a call is a built-in method (`split`, `map`) of a field read from what an earlier call answered (`create(...).choices`). */
function readsAnswer(steps: Ref['steps']): boolean {
  return isBuiltInMethod(steps[steps.length - 1]!.name) && ofAnswerField(steps);
}

/** Whether a call is a method of a field read from what an earlier call answered (`(await model.generateContent(p)).response.text()`). */
export function ofAnswerField(steps: Ref['steps']): boolean {
  let called = false;
  for (let i = 0; i < steps.length - 1; i++) {
    const step = steps[i]!;
    if (step.call) called ||= step.name !== 'new';
    else if (called) return true;
  }
  return false;
}

const PROMISE_METHODS = new Set(['then', 'catch', 'finally']);

/** Whether a call is `then`, `catch` or `finally` of what the call before it answered (`send(msg).then(...)`). */
function promiseMethod(steps: Ref['steps']): boolean {
  const last = steps[steps.length - 1]!;
  const before = steps[steps.length - 2];
  return last.call !== null && PROMISE_METHODS.has(last.name) && before !== undefined && before.call !== null && before.name !== 'new';
}

/** The names of a call from the import, constructors and bare calls left out: `S3Client.send`, `chat.completions.create`. */
function apiNames(ref: Ref): string[] {
  const out: string[] = [];
  for (const step of ref.steps) if (step.name !== '' && step.name !== 'new') out.push(step.name);
  return out;
}

/**
 * What the call hands to the SDK: its arguments (calls of the vendor's SDK among them are part of it) and
 * those of the calls chained before it in the same expression, with what objects built by `new` were
 * given (`send(new PutObjectCommand({ Body }))`, or `send(command)` after `const command = new ...`).
 * Callbacks send nothing, nor does a client's own configuration (`new OpenAI({ apiKey })`).
 */
function dataOf(site: CallSite, ctx: FileContext): Node[] {
  const { node } = site;
  const out: Node[] = [];
  for (const step of site.ref.steps) {
    const call = step.call;
    if (!call || call.type !== 'CallExpression') continue;
    if (call !== node) {
      if (call.start < node.start || call.end > node.end) continue;
      chained.add(call);
    }
    for (const arg of call.arguments as Node[]) {
      const value = unwrap(arg.type === 'SpreadElement' ? arg.argument : arg);
      if (isFunction(value)) continue;
      out.push(value);
      // `setDoc(doc(db, 'users', id), data)`: a reference built by the vendor's SDK is part of the call that sends it.
      if (value.type === 'CallExpression' && sameVendor(site.module, ctx.scope.ref(value.callee).module)) chained.add(value);
      const built = value.type === 'Identifier' ? ctx.scope.lookup(value.name)?.init : value;
      if (built && unwrap(built).type === 'NewExpression') out.push(...builtFrom(unwrap(built)));
    }
  }
  return out;
}

/**
 * The command object of a vendor's SDK a call is handed, as the package exports it: `GetObjectCommand` of
 * `s3.send(new GetObjectCommand(...))`, also of `send(command)` after `const command = new GetObjectCommand(...)`.
 * The AWS SDK v3 names each operation's class `<Operation>Command`; a client handed to a wrapper
 * (`DynamoDBDocumentClient.from(new DynamoDBClient())`) is no command.
 */
export function sentCommand(ctx: FileContext, node: Node): string | undefined {
  for (const arg of node.arguments as Node[]) {
    const value = unwrap(arg);
    const built = value.type === 'Identifier' ? ctx.scope.lookup(value.name)?.init : value;
    if (!built || unwrap(built).type !== 'NewExpression') continue;
    const ref = ctx.scope.ref(unwrap(built).callee);
    const name = ref.root === 'import' && ref.module !== null && !ref.module.startsWith('.') ? ref.steps.at(-1)?.name : undefined;
    if (name?.endsWith('Command') && sdkVendor(ref.module!)) return name;
  }
  return undefined;
}

function sameVendor(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return false;
  return a === b || (!a.startsWith('.') && sdkVendor(a) !== null && sdkVendor(a) === sdkVendor(b));
}

/** What `new PutObjectCommand({ Body })` was given: part of the call it is handed to. */
export function builtFrom(node: Node): Node[] {
  return (node.arguments as Node[]).filter((a) => !isFunction(unwrap(a))).map((a) => (a.type === 'SpreadElement' ? a.argument : a));
}

/**
 * Exported objects that are a vendor SDK's client (`export const openai = new OpenAI()`, `module.exports = { supabase }`,
 * `export default createClient(...)`), and HTTP clients (`export const api = axios.create({ baseURL })`), for calls on them in
 * other files. Run after the walk, on the module's bindings.
 */
export function collectSdkExports(ctx: FileContext): void {
  const { scope } = ctx;
  const add = (name: string, value: Node | null | undefined): void => {
    if (!value) return;
    const ref = scope.ref(value);
    const http = httpClient(ctx, ref);
    if (http !== null) {
      // An instance sends the default header the module sets on it (`api.defaults.headers.common.Authorization = ...`, an interceptor's),
      // and the scheme of the one it is made with (`headers: { Authorization: \`Bearer ${key}\` }`).
      const made = ref.steps.length === 1 ? ref.steps[0]!.call : null;
      const headers = made ? instanceHeaders(ctx, made) : { carries: [], scheme: null };
      const auth = (made ? sentScheme(ctx, made.arguments as Node[], null) : null) ?? headers.scheme;
      const carries = [...new Set([...http.carries, ...headers.carries.filter((k) => k !== 'literal' && k !== 'other')])];
      const variable = made && ref.module ? baseVariable(ctx, made, CLIENTS[ref.module]?.baseKey ?? '') : null;
      ctx.facts.sdkExports.push({ name, module: ref.module!, api: [], base: http.base, carries, ...(auth ? { auth } : {}), ...(variable ? { variable } : {}) });
    }
    if (ref.root !== 'import' || ref.module === null || !sdkVendor(ref.module)) return;
    const configured = configuredRegion(ctx, ref.module, ref, null, '')?.region;
    // One another module names is not filled in here: the client exported is taken as configured at run time.
    const region = configured && !pendingRegions.has(configured) ? configured : null;
    ctx.facts.sdkExports.push({ name, module: ref.module, api: apiNames(ref), ...(region ? { region } : {}) });
  };
  for (const stmt of ctx.mod.program.body as Node[]) {
    if (stmt.type === 'ExportNamedDeclaration' && !stmt.source) {
      if (stmt.declaration?.type === 'VariableDeclaration') {
        for (const d of stmt.declaration.declarations as Node[]) if (d.id.type === 'Identifier') add(d.id.name, d.id);
      }
      for (const s of stmt.specifiers as Node[]) {
        const name = propertyName(s.local);
        if (name) add(propertyName(s.exported) ?? name, s.local);
      }
    } else if (stmt.type === 'ExportDefaultDeclaration' && stmt.declaration && !isFunction(stmt.declaration) && stmt.declaration.type !== 'ClassDeclaration') {
      add('default', stmt.declaration);
    } else if (stmt.type === 'ExpressionStatement' && stmt.expression.type === 'AssignmentExpression') {
      const { left, right } = stmt.expression;
      const target = exportTarget(left);
      if (target === null) continue;
      if (target === '*' && unwrap(right).type === 'ObjectExpression') {
        for (const p of unwrap(right).properties as Node[]) {
          const key = p.type === 'Property' ? propertyName(p.key, p.computed) : null;
          if (key) add(key, p.value);
        }
      } else add(target === '*' ? 'default' : target, right);
    }
  }
}
