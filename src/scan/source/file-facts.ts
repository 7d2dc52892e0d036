import type { SentSecret } from './request-errors.ts';
import type { DataKind, Diagnostic, EgressCall, Evidence, HttpMethod, LogCall, PersonalDataUse, PrincipalChoice, RestCall, SdkCall, SdkRegion, StorageOp } from '../facts.ts';
import type { Derivation } from './derive.ts';
import type { Shape } from './flow.ts';

/** A function defined at the top of a file, for following a manifest handler to what it does. */
export interface FunctionInfo {
  name: string;
  /** Names the function is exported under. */
  exports: string[];
  /** Local names it calls (other functions of the file or imports). */
  calls: string[];
  /** It calls the Personal Data Reporting API itself. */
  reports: boolean;
  /** The errors it lets its callers catch keep a secret its requests sent (an axios error, see `request-errors.ts`): where. */
  throwsSecret?: SentSecret;
  /** The functions of `calls` whose errors it lets its callers catch, when a `try` with a `catch` takes the others' (absent: all of them). */
  escapes?: string[];
  /** Position of its rest parameter (`(...args) =>`), which holds every argument from there on. */
  rest?: number;
  /** Keys of the Forge queues it pushes events to (`new Queue({ key }).push(...)`), imported parts marked until the scan fills them in. */
  queues?: string[];
  /** What its return values carry, with calls still to resolve (`call:...`, see `Flow`). */
  returns: string[];
  evidence: Evidence;
  endLine: number;
  /** The app's class whose instance it returns (`#JiraService`, `./jira#default`) when every return builds one; null when not. */
  builds?: string | null;
  /** It returns ACE's product client it makes (`return addon.httpClient(req)`), `user` when acting as a user (`.asUserByAccountId(id)`). */
  client?: 'app' | 'user';
  /** It returns a principal of `@forge/api` from every return (`return asUser()`): which, or `either` when its returns differ. */
  principal?: 'asApp' | 'asUser' | 'either';
  /** `either`, its one return chosen by a parameter (`(user) => user ? asUser() : asApp()`): which, as for a request (see `PrincipalChoice`). */
  principalBy?: PrincipalChoice;
  /** It returns the same vendor's SDK client or HTTP client from every return (`return new WebClient(token)`), as `ArgFlow.clients` writes it. */
  made?: string | null;
  /** The clients the object it returns holds, by field (`return { client, owner }` with `client = axios.create(...)`), when every return gives each the same. */
  madeFields?: Record<string, string> | null;
  /**
   * What each property of the object it returns carries, when every value it returns is an object literal (`return { title, authorId }`); null when one is not.
   * A property that is a function it declares also has, under its name and `CALLED` (`search()`), what calling that function gives back.
   */
  returnFields?: Record<string, string[]> | null;
  /** Parameters whose default is a principal of `@forge/api` (`client = api.asApp()`), by position: who a request through one acts as when a caller leaves it out. */
  principalDefaults?: Record<string, 'asApp' | 'asUser'>;
  /** String defaults of parameters by position (`path = '/'`: `0`), or of an options parameter's method (`{ method = 'GET' } = {}`: `1.method`). */
  defaults?: Record<string, string>;
  /** Which of `defaults` are booleans, not strings (`useApp = false`). */
  flagDefaults?: string[];
  /** Of a back end's function: whether every return that holds its parameters gives them masked or tested only (`'\u2022\u2022\u2022\u2022' + key.slice(-4)`). */
  masks?: boolean;
  /** Of a back end's function: its returns that hold a secret by a name's say hold none by value (`const token = crypto.randomUUID(); return token`). */
  givesNoSecret?: boolean;
}

export interface RouteHandler {
  route: string;
  line: number;
  endLine: number;
  calls: string[];
}

/** A call of one of the app's functions: what flows into each argument, and the strings it passes. */
export interface ArgFlow {
  /** `#log` (this file's) or `./jira#getIssue`. */
  callee: string;
  args: string[][];
  /** A call of a function another function returns (`setWord(word)` with `const { setWord } = useWord()`) that gives no strings: followed for what its arguments carry alone. */
  onlyKinds?: true;
  /** Each argument as a string (`HOLE`, `PARAM` marks), null when it is not one; set when any argument has a value. */
  values?: Array<string | null>;
  /** Which of `values` and `props` are booleans or numbers, not strings (`1`, `1.asApp` for `jira(p, false)`, `jira(p, { asApp: 0 })`): `'false'` is then falsy. */
  flags?: string[];
  /** The `method` of each argument that is an options object. */
  methods?: Array<string | null>;
  /** The other strings each options-object argument gives by name (`{ requestUrl: route\`...\` }`); set when any does. */
  props?: Array<Record<string, string> | null>;
  /**
   * Each argument that is ACE's product client: `ace` (`ace:user` acting as a user), `fn:index` when it is the caller's own parameter,
   * `call:fn` when an app function's result (see `AceClient`); or a vendor's SDK client or an HTTP client (`sdk:...`, `http:...`, see
   * `givenClient`); a principal of `@forge/api` (`forge:asUser`); set when any is.
   */
  clients?: Array<string | null>;
  /** The clients the properties of each object literal argument hold (`summarize({ openai, text })`), written as in `clients`; set when any does. */
  clientFields?: Array<Record<string, string> | null>;
  /** What each property of each argument that is an object literal carries (`save({ title, owner })`); set when any is. */
  fields?: Array<Record<string, string[]> | null>;
  /** The app's class each argument of `new Class(...)` is an instance of, or each property of an object literal argument; set when any is. */
  classes?: Array<string | Record<string, string> | null>;
  /** Each argument that is a Forge resolver's request or Forge's context (`helper(req)`, `helper(context)`); set when any is. */
  shapes?: Array<Shape | null>;
  /** The last argument is spread (`api(...args)`): it may give the parameters after it too. */
  spread?: true;
  /** Each argument that is one field of what front ends send a resolver function (`put(req.payload.key)`), as `sentField` writes it; set when any is. */
  sent?: Array<string | null>;
  /** For each argument that is a fetch `Response` whose body is not read (`logJson(res, 'status')`): what printing it shows, its URL's kinds; null for the others. */
  printed?: Array<string[] | null>;
  evidence?: Evidence;
}

/**
 * A request or storage operation whose path, URL, key or statement is a parameter of its function
 * (`PARAM` marks in `inputs`): the scan fills it in from the callers.
 */
export interface ParamRequest extends Deferred {
  list: 'restCalls' | 'egress' | 'storage';
  /** The method as evaluated when it comes from a parameter, or the position of the options parameter that holds it. */
  method: string | number | null;
  /** A request made by calling this parameter of its function (`fetcher(url)`, see `ParamClientCall`): only callers handing it a client make it. */
  through?: number;
}

/**
 * A fact whose path, URL or key has a part imported from another module of the app: the evaluated
 * strings its fields derive from, for the scan to fill in and derive again once every file is read.
 */
export interface Deferred {
  list: 'restCalls' | 'egress' | 'storage' | 'sdkCalls';
  /** Index of the fact in its list. */
  index: number;
  derive: Derivation;
  /** Evaluated strings with the imported parts marked (`IMPORTED`). */
  inputs: Array<string | null>;
  /** The request's method as evaluated, when another module names it. */
  method?: string | number | null;
}

/** What one source file contributes; produced in a worker, merged by the scan. */
/** A default header of axios's the module sets (see `axiosDefaults`). */
export interface AxiosDefault { module: string; imported: string; carries: EgressCall['carries']; scheme: 'basic' | 'bearer' | null }

export interface FileFacts {
  file: string;
  side: 'backend' | 'frontend';
  lines: number;
  bytes: number;
  restCalls: RestCall[];
  /**
   * What flows into the body of REST calls (`requestJira(route\`.../properties/x\`, { body })`), for properties they write, and
   * the fields the body asks for by name (`{ jql, fields: ['assignee'] }`), for the people an issue search answers with.
   */
  restBodies: Array<{
    call: RestCall; carries: DataKind[]; fields: string[];
    /** The events a webhook's registration names (see `webhookEvents`), when the body names any. */
    events?: string[];
  }>;
  /**
   * Each read of a REST call's answer (`res.json()`), by where the call is: the fields it takes when it reads the body into a
   * pattern that names them (`const { accountId } = await res.json()`), null when it takes the whole body; the answer's people it reads.
   */
  answerFields?: Array<{ line: number; column: number; fields: string[] | null }>;
  egress: EgressCall[];
  /** The environment variables that give the URL of a proxy the requests go through (`new HttpsProxyAgent(process.env.FIXIE_URL)`), where. */
  proxyVariables?: Array<{ name: string; evidence: Evidence }>;
  sdkCalls: SdkCall[];
  /**
   * Calls on an object another file of the app exports (`openai.chat.completions.create(...)` with
   * `import { openai } from './lib/openai'`): SDK calls once that file shows the object is a vendor's client.
   */
  sdkPending: PendingSdkCall[];
  /**
   * Calls of the setter or deleter an app's own hook of another module gives (`updateTasks(...)` with `const [tasks, updateTasks] = useTasks()`):
   * writes or deletes of an entity property once the scan finds the hook returns a property hook's (`useIssueProperty(key, [])`).
   */
  hookSetters?: Array<{ hook: string; op: 'write' | 'delete'; carries: DataKind[]; evidence: Evidence }>;
  /**
   * The regions calls configuring a whole SDK name (`AWS.config.update({ region })`), null when not constant: that of the
   * package's clients made without one.
   */
  sdkRegions?: Array<{ package: string; region: SdkRegion | null }>;
  /**
   * Calls on a parameter (`octokit.rest.repos.listForOrg(...)`, `http.post('/items', item)`, `this.client.request(...)` with the
   * member set from the constructor's): SDK calls or requests once the scan finds the callers pass a vendor's SDK client or
   * an HTTP client, dropped otherwise.
   */
  paramClientCalls?: ParamClientCall[];
  /** Exported principals of `@forge/api` (`export const requester = asUser()`), by export name: who requests through them act as. */
  principals?: Record<string, 'asApp' | 'asUser' | 'either'>;
  /** Parameters typed with a vendor's SDK client (`octokit: Octokit`), by `fn:index`: the client, as `ArgFlow.clients` writes it. */
  paramClientTypes?: Record<string, string>;
  /**
   * Exported objects that are a vendor SDK's client (`export const openai = new OpenAI()`), by export name; or an HTTP client
   * (`export default axios.create({ baseURL })`), with its base URL (`''` for none), what its configuration sends (see `httpClient`)
   * the scheme of the `Authorization` header it sends and the environment variable its base URL comes from.
   */
  sdkExports: Array<{ name: string; module: string; api: string[]; base?: string; variable?: string; carries?: string[]; auth?: 'basic' | 'bearer'; region?: SdkRegion }>;
  /**
   * axios's default `Authorization` headers the module sets for other modules' requests: on axios itself (`module: 'axios'`),
   * or on an instance another module exports (`api.defaults.headers.common.Authorization = ...` of an imported `api`).
   */
  /** Hosts an unknown package's client is built for (`forgeAxios({ baseURL: 'https://api.github.com' })`), at the option. */
  baseHosts?: Array<{ host: string; evidence: Evidence }>;
  axiosDefaults?: AxiosDefault[];
  /** The module's requests through axios itself, by where they are: another module's default goes with them. */
  axiosRequests?: Array<{ line: number; column: number }>;
  storage: StorageOp[];
  logs: LogCall[];
  /** morgan tokens the module defines itself (`morgan.token('url', redact)`): an access log writes what the app's function gives for them. */
  accessTokens?: string[];
  /** What makes an access log write the request's body: a morgan token of the module's reading it (`morgan:body`), `express-winston:requestWhitelist` when it adds `body` to that list. */
  accessBodies?: string[];
  personalData: PersonalDataUse[];
  reporting: Evidence[];
  /** Modules it imports; `types` when an import brings only types (`import type`). */
  imports: Array<{ module: string; evidence: Evidence; types?: true }>;
  /** `require()` and `import()` of a computed module (`import(\`./resolvers/${name}\`)`, `require(path)`): which file they load cannot be told. */
  computedImports?: Evidence[];
  functions: FunctionInfo[];
  /** Names the module exports (`export * from` aside), or null when they cannot be told. */
  exports: string[] | null;
  /** `export { a as b } from './x'` and `export * from './x'`. */
  reexports: Array<{ name: string; module: string; imported: string }>;
  /** Calls of functions other modules of the app export, behind a comparison of the age of what they are given (see `purge-helpers.ts`), where they are (line, column). */
  guardedImports?: Array<{ name: string; age: number; at: [number, number] }>;
  /**
   * Functions that delete what their parameters name, which no call of the file guards, or exported ones every call of the file
   * guards (`age`, the youngest those compare): where the deletes are (line, column).
   */
  helperDeletes?: Array<{ fn: string; at: Array<[number, number]>; age?: number }>;
  /** Names it imports from other modules of the app and mentions other than by calling them (`keys.map(removeNote)`): handed on, called unguarded. */
  passedImports?: string[];
  /** Local import bindings: name -> module and imported name, for following calls across files. */
  importBindings: Array<{ local: string; module: string; imported: string }>;
  /** Whole imports of the app's modules used only through fixed members: local name -> those members (see `memberOnlyImports`). */
  memberImports?: Record<string, string[]>;
  secrets: import('../facts.ts').SecretFinding[];
  /** The hosts of the databases and brokers its connection strings name, credentials or none (see `connection-hosts.ts`). */
  connectionHosts?: import('./connection-hosts.ts').ConnectionHost[];
  /**
   * Functions handed by name to a handler registrar (`resolver.define('get', getIssue)`,
   * `router.post('/x', handlers.save)`), written as calls are: `getIssue`, `handlers.save`; `installed()` for the
   * function `installed` returns (`app.post('/installed', installed(addon))`), `installed()@/installed` with the route's path.
   */
  handlerRefs: string[];
  /** Functions handed by name to `resolver.define('save', save)`, with the name they are defined under. */
  resolverRefs: Array<{ ref: string; name: string }>;
  /**
   * What the file sends resolver functions (`invoke('save', payload)` of `@forge/bridge`), by the function's name;
   * with what each property sends when the payload is an object literal (`{ email: user.email, title }`).
   */
  /** What front ends send resolver functions: what the payload carries, and each field of an object literal (`fields`), with the strings they are (`values`). */
  invokes: Array<{ name: string; flows: string[]; fields?: Record<string, string[]>; values?: Record<string, string> }>;
  /**
   * KVS operations (by index in `storage`) whose key is a field of what front ends send the resolver function (`kvs.set(payload.key, v)`,
   * `invoke:save\u0005key`): the scan reads it from their `invoke` calls.
   */
  sentKeys?: Array<{ index: number; flow: string }>;
  /** Functions of the file that hand their own parameters to `invoke(name, payload)`, by position (see `detectInvoke`). */
  invokeWrappers?: Array<{ fn: string; name: number; payload: number | null }>;
  /**
   * Functions the file hands to its components' callback props (`<NewTask onCreate={createTask} />`): the component as
   * `call:` flows name it, the prop, and the function as argument flows name it (an arrow is named after the prop and its offset,
   * so is a state's setter, `setter`).
   */
  handedProps?: Array<{ component: string; prop: string; fn: string; setter?: boolean }>;
  /**
   * Functions the file hands to the app's functions (`define(resolver, 'save', async (payload) => ...)`): the callee as `call:` flows
   * name it, the argument's position, and the function as argument flows name it (an arrow, after its position and offset); the
   * call's constant strings, by position.
   */
  handedFns?: Array<{ callee: string; at: number; fn: string; arrow?: true; names?: Array<string | null> }>;
  /**
   * Exports one of the app's functions makes (`export default withContext(async (req, res, ctx) => ...)`): the export, and the
   * wrapper as the module names it. When the export handles requests, the function the wrapper returns is what receives them.
   */
  wrappedExports?: Array<{ name: string; wrapper: string }>;
  /**
   * What the file's functions pass the functions they are given (`fn(req.payload, req.context)`), by function and parameter; `named`,
   * the position of the parameter naming the resolver function the request is of, for a function that defines those its callers name;
   * `clients`, the clients it hands them, as `ArgFlow.clients` (`fn(octokit)`).
   */
  paramCalls?: Array<{ fn: string; param: number; args: string[][]; named?: number; fields?: Array<Record<string, string[]> | null>; shapes?: Array<Shape | null>; clients?: Array<string | null> }>;
  /** What the file's functions give the callback props of their first parameter (`onCreate(text)`, `props.onCreate(text)`), by function and prop. */
  propCalls?: Array<{ fn: string; prop: string; args: string[][]; fields?: Array<Record<string, string[]> | null> }>;
  /**
   * Jobs the file runs on a cron expression (`cron.schedule('0 4 * * 1', job)`): their Forge interval (null for another), the names
   * they call, and an inline job's lines (a request made through a helper is placed at its outermost caller, which may be the job).
   */
  jobSchedules?: Array<{ interval: string | null; calls: string[]; lines?: [number, number]; evidence: Evidence }>;
  /** What the file pushes to Forge queues (`queue.push({ body })`), by the queue's key (imported parts marked until the scan fills them in). */
  queuePushes?: Array<{ key: string; flows: string[]; fields?: Record<string, string[]>; evidence?: Evidence }>;
  /**
   * What the resolver functions defined inline (`resolver.define('save', async (req) => ...)`) return, by name; with what
   * each field holds when every return is an object literal (`return { summary, note }`).
   */
  resolverReturns: Array<{ name: string; flows: string[]; fields?: Record<string, string[]> }>;
  /**
   * The returns of those functions that may hand the browser a secret (`return { apiKey: process.env.OPENAI_API_KEY }`, a
   * helper's result known once the files are linked), each where it returns, and those of the file's top-level functions
   * (`fn`, `name` the function's), which resolvers may name; the scan keeps those that do as `exposedSecrets`. `via` a route:
   * the body a server's route answers with (`res.json(body)`), `name` the route (`GET /config`) or its function; a web trigger:
   * its function's return, once the scan knows the function is one's, `name` the trigger's key.
   */
  resolverAnswers?: Array<{
    name: string; flows: string[]; evidence: Evidence; fn?: true; via?: 'route' | 'webtrigger' | 'apiroute';
    /** A local of `res.render(view, locals)` (its dotted path, '' for all of them), kept when the view's template prints it. */
    rendered?: { view: string; local: string; layout?: string | false };
  }>;
  /**
   * Paths the file's routers take POST requests on (`app.post('/uninstalled', ...)`, `router.all(...)`,
   * `app.use('/lifecycle', ...)`); null for a path that is not a constant string or has parameters.
   */
  routes: Array<string | null>;
  /** What the module sets in place of the global console or its methods at its top level, by method (`*` the whole console): a logger, null for nothing. */
  consoleSet?: Record<string, string | null>;
  /** The routes the file's routers answer, of any method, each as its method and constant path (`GET /notes`, `* /sync` for `all`), at the registrar's call. */
  servedRoutes?: Array<{ route: string; line: number }>;
  /**
   * The handlers of those routes of a constant path: the lines of the registrar's call (`app.post('/uninstalled', auth, async (req, res) => ...)`),
   * whose storage operations a request there runs, and the app's functions it names or its callbacks call.
   */
  routeHandlers?: RouteHandler[];
  /** Calls of the app's own functions with what flows into each argument. */
  argFlows: ArgFlow[];
  /** The app's functions the file calls with no arguments (`jiraAccess()`), as `argFlows` name them: their parameters take their defaults. */
  bareCalls?: string[];
  /** What a call of the app's function passes, for `callarg:<n>` in what the call's result carries. */
  /**
   * `shape` when the argument is Forge's request or context (`issueOf(context)`), whose fields hold what `forge-context.json` says;
   * `fields` when it is an object literal (`put({ key, body })`): what each property carries.
   */
  callArgs: Array<{ callee: string; index: number; flows: string[]; shape?: Shape; fields?: Record<string, string[]> }>;
  paramRequests: ParamRequest[];
  /**
   * Requests whose responses flow in the file (`reply:<n>`, `answer:<n>`), at the position of the request or SDK call
   * recorded there; `local` is what a model run for the app (`chat` of `@forge/llm`) was given.
   */
  replies: Array<{ line: number; column: number; local?: string[] }>;
  /**
   * The file's exported constant strings, for the modules importing them: `API_BASE`, object members
   * (`ENDPOINTS.issue`, `default.baseUrl`) and key builders (`issueKey()`, parameters as holes);
   * parts it imports itself are marked (`IMPORTED`).
   */
  constants: Map<string, string>;
  /** Facts with a part imported from another module, filled in by the scan. */
  deferred: Deferred[];
  /**
   * REST calls (positions in `restCalls`) made through a parameter (`fn:index`) that holds ACE's product client if callers pass one, the
   * result of a function of the app (`call:./auth#getAuth`) or a value another module exports (`value:./api#default`): dropped by the scan when none is one.
   */
  clientCalls: Array<{ index: number; param: string; given?: Pick<ArgFlow, 'args' | 'values' | 'flags' | 'props'> }>;
  /** Calls on Cloudflare bindings recorded in `storage` (at the call, or at the helper's call for `via`): the binding's name and the method, for the scan to tell its kind or drop it. */
  bindingOps?: BindingOpAt[];
  /** Where SQL statements run on a client imported from another module (`pool.query(...)`): external storage only if the app depends on a SQL client. */
  sqlClientOps?: Evidence[];
  /**
   * Where Drizzle queries (`db.insert(users).values(row)`) and model calls (`User.create(row)`) run; `direct` when the
   * object or model is the ORM's own, else one of the app's modules: a query only if the app depends on the ORM
   * (and, for a Knex client, `client` marks where that module says it made one).
   */
  ormOps?: Array<{ evidence: Evidence; direct: boolean; orm: 'drizzle' | 'knex' | 'model' | 'prisma' | 'kv' | 'mongo' | 'supabase'; client?: string; builder?: boolean;
    /** A Prisma-shaped query (`db.user.create(row)`) that is a model's of sequelize-cli's index when the mark resolves to one. */
    registry?: string;
    /** A Knex-shaped query (`db.from('t').insert(row)`) that is Supabase's when its client, another module's, is a Supabase client. */
    supabase?: { client: string; op: StorageOp['op']; api: string };
    /**
     * The operation's `api`, where a call it is chained on begins at the same place (`db.get()` of `db.get().user.create(...)`,
     * a key-value read until the scan knows `db`): it settles only that operation.
     */
    api?: string }>;
  /** The file uses browser globals (`AP`, `document`, `navigator`, `localStorage`): it runs in the browser. */
  browser: boolean;
  /** A page's `<script src>` of the app's own scripts, as written: they run in the browser. */
  scripts?: string[];
  /** The views the file renders (`res.render('editor', { cdn: 'https://...' })`) with the constant values it gives them, by name. */
  renderedViews?: Array<{ view: string; values: Record<string, string> }>;
  /** A template's scripts whose address is a value it is given (`<script src="{{cdn}}">`): the value's name and where. */
  templateScripts?: Array<{ name: string; evidence: Evidence }>;
  /** What a page's template prints of the locals it is given (`settings.repo` of `{{settings.repo}}`, see `templatePrints`). */
  templatePrints?: string[];
  /** The layout and partials a page's template prints through, by the names it gives them (see `templateUses`). */
  templateUses?: string[];
  diagnostics: Diagnostic[];
  /**
   * Methods of the file's classes whose name it writes only where it declares them, with the lines they span: the scan
   * drops their facts when no other file writes the name either (nothing calls them). `exported`: an exported function of
   * the module, idle only when other files import the module (it is no entry point) and none imports all of it at once.
   */
  idleMethods?: Array<{ name: string; line: number; endLine: number; exported?: true }>;
  /**
   * Method names the file writes only in calls on objects whose class the scan knows (`issues.sync()` with
   * `const issues = new IssueSync()`), with the methods they call as call targets (`./sync#IssueSync.sync`): the file
   * calls no other class's method of that name (see `idleMethods`).
   */
  classCalls?: Record<string, string[]>;
  /** The app's class each top-level class of the file extends, as a call target (`#ApiClient`, `./api-client#ApiClient`): its methods are theirs. */
  bases?: Record<string, string>;
}


/** A call on a Cloudflare binding (`env.USAGE.put(...)`), where it is: see `FileFacts.bindingOps`. */
export interface BindingOpAt {
  line: number;
  column: number;
  name: string;
  method: string;
}

export interface ParamClientCall {
  /** The parameter the call is made through: `fn:index`, or `Class.constructor:index` for a member set from it. */
  param: string;
  /** The call's names after the parameter: `rest`, `repos`, `listForOrg`. */
  api: string[];
  /** For a call by an HTTP verb (`post`, `request`, also before superagent's builders): the verb, its method (null when not known), its URL as evaluated (parameters marked). */
  request?: { verb: string; method: HttpMethod | null; url: string | null };
  side: 'backend' | 'frontend';
  carries: SdkCall['carries'];
  evidence: Evidence;
  /** For a method of a Cloudflare binding (`bucket.put(key, value)`, `db.prepare(sql)`): its first argument as evaluated (parameters marked), the key or the SQL text. */
  key?: string | null;
  /** `const send = options.fetchImpl ?? globalThis.fetch`: the client the parameter holds when no caller hands one (as `givenClient` writes it). */
  fallback?: string;
  /** `this.queue.push(events)` on a Forge queue callers hand in: what the events carry, as a push records it, and the function that pushes. */
  queue?: { flows: string[]; fields?: Record<string, string[]>; fn: string | null };
  /** The command object of a vendor's SDK the call sends (`s3.send(new GetObjectCommand(...))`, see `SdkCall`). */
  command?: string;
}

export interface PendingSdkCall {
  /** The relative module and the name imported from it (`default` for a default import or a whole `require`). */
  module: string;
  imported: string;
  /** The call's names after the imported object: `chat`, `completions`, `create`. */
  api: string[];
  /** The imported name is called first (`createOctokit(token).request(...)`): the object is what that function returns. */
  called?: true;
  /** For a call by an HTTP verb (`api.get('/ping')`): a request, when the object is an HTTP client (see `ParamClientCall`). */
  request?: { verb: string; method: HttpMethod | null; url: string | null };
  side: 'backend' | 'frontend';
  carries: SdkCall['carries'];
  evidence: Evidence;
  /** The command object of a vendor's SDK the call sends (see `SdkCall`). */
  command?: string;
}
