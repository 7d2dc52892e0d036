/**
 * The facts a scan produces. This is Candor's public data model: `candor scan --format json`
 * prints a `Facts` object, and claims and checks read nothing else. Documented in docs/facts.md;
 * bump `FACTS_SCHEMA_VERSION` on any breaking change.
 */
export const FACTS_SCHEMA_VERSION = 1;

/** Where a fact comes from: a place a person can open. Paths are relative to the app folder, lines and columns 1-based. */
export interface Evidence {
  file: string;
  line: number;
  column: number;
  /** The source line (trimmed, at most 200 characters). */
  excerpt: string;
}

export type Severity = 'error' | 'warning' | 'info';

/** A problem with the input: it names the file and line, and the scan goes on. */
export interface Diagnostic {
  severity: Severity;
  code: DiagnosticCode;
  message: string;
  file: string;
  line?: number;
  column?: number;
  /** Dot-path into a YAML or JSON document, e.g. `modules.function[0].handler`. */
  path?: string;
  hint?: string;
}

export type DiagnosticCode =
  | 'yaml-syntax'
  | 'json-syntax'
  | 'manifest-schema'
  | 'descriptor-invalid'
  | 'parse-error'
  | 'binary-file'
  | 'huge-file'
  | 'symlink-loop'
  | 'symlink-outside'
  | 'unreadable'
  | 'no-app'
  | 'unresolved-resource'
  | 'unresolved-handler'
  | 'misplaced-handler'
  | 'manifest-variable'
  | 'unanswered-lifecycle'
  | 'outside-code'
  | 'foreign-code'
  | 'missing-module'
  | 'profile-schema'
  | 'profile-reference'
  | 'profile-missing'
  | 'statement-unreadable'
  | 'long-sentence';

export type Platform = 'forge' | 'connect' | 'connect-on-forge';
export type Product = 'jira' | 'confluence' | 'bitbucket' | 'jsm' | 'jira-software' | 'compass' | 'graph' | 'unknown';
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'HEAD' | 'OPTIONS';

export interface ModuleFact {
  /** Manifest module type, e.g. `jira:issuePanel`, or a Connect module type such as `webPanels`. */
  type: string;
  key: string;
  /** `custom-ui`, `ui-kit`, `ui-kit-1`, `connect` (iframe from the app's base URL), or `none` for back-end modules. */
  ui?: 'custom-ui' | 'ui-kit' | 'ui-kit-1' | 'connect' | 'none';
  /** Function key or resource key the module points at. */
  function?: string;
  resource?: string;
  /** `endpoint` modules: the remote the endpoint sends front ends' `invokeRemote` calls to. */
  remote?: string;
  evidence: Evidence;
}

export interface ResourceFact {
  key: string;
  path: string;
  /** Whether the folder exists in the app. */
  exists: boolean;
  evidence: Evidence;
}

export interface AppFact {
  platform: Platform | null;
  id: string | null;
  /** Where `app.id` is written in the manifest. */
  idEvidence: Evidence | null;
  name: string | null;
  /** Connect descriptor key. */
  key: string | null;
  /** Connect base URL. */
  baseUrl: string | null;
  /** Connect `authentication.type` (`jwt`, `none`); null for Forge apps. */
  authentication: string | null;
  /** `fields`: where each setting the manifest writes is (`memoryMB: 1024`), for a claim that states another value. */
  runtime: { name: string | null; architecture: string | null; memoryMB: number | null; evidence: Evidence | null; fields?: Partial<Record<'name' | 'architecture' | 'memoryMB', Evidence>> };
  licensing: { enabled: boolean; evidence: Evidence | null };
  modules: ModuleFact[];
  resources: ResourceFact[];
  /** `app.storage` settings from the manifest, as written. */
  storage: {
    entities: string[]; settings: Record<string, unknown>; evidence: Evidence | null;
    /** The indexes each entity declares (`- surname`, `- name: by-age`), for the entities whose every index the manifest names in full. */
    indexes?: Record<string, string[]>;
  };
  /**
   * `permissions.content` of a Forge manifest, when it has one: the sources its Custom UI's Content Security Policy adds to
   * `script-src` (`unsafe-inline`, `unsafe-hashes`, `unsafe-eval`, `blob:`, a script's hash) and `style-src` (`unsafe-inline`), as written.
   */
  content?: { scripts: string[]; styles: string[]; evidence: Evidence };
  /** Files the app was read from. */
  manifest: string | null;
  descriptor: string | null;
  /** Product(s) the app extends, from module types. */
  products: Product[];
}

/** Written in a REST call's `api` for a step that is `asUser()` or `asApp()` depending on the run. */
export const EITHER_PRINCIPAL = 'asUser|asApp';

export interface RestCall {
  product: Product;
  method: HttpMethod;
  /** Path template with holes as `{}`; null when the path is fully dynamic. */
  path: string | null;
  /**
   * `asUser`, `asApp`, `bridge` (front end, as the user), `connect` (Connect HTTP client), `api-token` (a user's API token
   * sent with Basic authentication: neither the app's JWT nor its scopes, but the token owner's permissions), `oauth` (an
   * OAuth 2.0 access token the app got itself, sent as a bearer token through the API gateway: the scopes of its OAuth 2.0
   * integration, not its Forge or Connect scopes).
   */
  auth: 'asUser' | 'asApp' | 'bridge' | 'connect' | 'api-token' | 'oauth' | 'unknown';
  /**
   * The API used, e.g. `requestJira`, `AP.request`, `httpClient.get`; `asUser|asApp().requestJira` (see `EITHER_PRINCIPAL`)
   * for a request as the user or as the app, chosen at run time, which is one call as each.
   */
  api: string;
  /** Scopes the call needs (any one of each group is enough), empty when unknown. */
  scopes: RequiredScopes | null;
  evidence: Evidence;
  /** When the path is a parameter of a wrapper (`jiraGet(path)`), `evidence` is the caller that names it and `via` the request in the wrapper. */
  via?: Evidence;
  /** While the scan links the files: the query has parts built at run time (`?${params}`), which `path` leaves out. */
  openQuery?: true;
  /** While the scan links the files: a parameter's value chooses who the request acts as (see `PrincipalChoice`). */
  choice?: PrincipalChoice;
  /**
   * While the scan links the files: made through a client the function's callers hand it (`getIssue(key, client = api.asApp())`),
   * as its parameter's mark (`getIssue:1`), for the scan to tell who it acts as from what they hand it (see `settleHandedClients`).
   */
  handedBy?: string;
  /** The options name a method chosen at run time (`method: verb.toUpperCase()`): `method` is only the default, any may be sent. */
  openMethod?: true;
  /**
   * While the scan links the files: the route was handed to a value another module of the app exports (`./client#jira.get`);
   * the call stands only when that value is none of the app's functions (see `settleHandedRoutes`).
   */
  handedTo?: string;
}

/**
 * `(asApp ? api.asApp() : api.asUser()).requestJira(...)` with `asApp` a parameter of the function: its value as `strParams`
 * writes it (`param`, a `PARAM` mark), whole or compared with a string (`equals`, `actor === 'app'`), maybe negated, and
 * the principal a true test chooses (`onTrue`).
 */
export interface PrincipalChoice {
  param: string;
  equals?: string;
  negate?: true;
  onTrue: 'asApp' | 'asUser';
  /** A request made once per caller of its function (`jira('/rest/api/3/myself', true)`): that caller's call, whose value alone chooses. */
  by?: object;
  /** The function is also passed around as a value (`items.forEach(jira)`): called with what the scan does not see. */
  passed?: true;
}

export interface RequiredScopes {
  operation: string;
  /** Granular (current) scopes, all needed. */
  granular: string[];
  /** Classic scopes, all needed. Either set is sufficient. */
  classic: string[];
  /** Connect scope (READ, WRITE, DELETE, ADMIN, PROJECT_ADMIN, ACT_AS_USER) when known. */
  connect?: string;
}

export interface DeclaredScope {
  scope: string;
  evidence: Evidence;
}

export interface ScopeNeed {
  /** The scope, or for REST calls the alternatives (classic or granular) of which one set suffices. */
  scope: string;
  reason: 'rest-call' | 'storage' | 'trigger' | 'personal-data-reporting' | 'module';
  alternatives?: string[];
  evidence: Evidence;
}

export interface ScopeFacts {
  declared: DeclaredScope[];
  needed: ScopeNeed[];
  /** Needed but not declared. */
  missing: ScopeNeed[];
  /** Declared but nothing in the app needs them. */
  unused: DeclaredScope[];
  /** Declared, and not judged: a call the scan could not follow (unresolved path, operation not in the API documents) may need them. */
  unchecked: DeclaredScope[];
}

export type EgressKind = 'fetch-backend' | 'fetch-client' | 'images' | 'media' | 'scripts' | 'styles' | 'fonts' | 'frames' | 'navigation' | 'remote';

export interface EgressDeclaration {
  kind: EgressKind;
  /** Address as written; `remote:key` entries name a remote. */
  address: string;
  /** Host pattern (no scheme, no path), may start with `*.`. */
  host: string | null;
  wildcard: boolean;
  /** `category` of the entry (e.g. `analytics`) and its `inScopeEUD` flag, as the manifest says; null when absent. */
  category: string | null;
  inScopeEUD: boolean | null;
  evidence: Evidence;
}

export interface RemoteFact {
  key: string;
  baseUrl: string | Record<string, string>;
  hosts: string[];
  operations: string[];
  /** The tokens Forge sends the remote (`auth.appSystemToken.enabled`), with which it may call the products' APIs. */
  tokens?: RemoteToken[];
  /** The external authentication provider (`providers.auth[].key`) that alone names the remote: the provider's API, not the app's backend. */
  provider?: string;
  /**
   * The app's own code that serves the remote, where the evidence is clear: a folder of code that runs off Forge (`.` for such
   * code at the repository's root, a `server.js` beside the manifest) whose deploy file
   * names the remote's host (`by` `deploy`, `evidence` that line; a Wrangler file's `name` names `<name>.<account>.workers.dev`), or whose routes answer every path the app invokes on the remote
   * (`by` `routes`, `evidence` the first such route's registration). What that code stores and sends is the remote's (`remote`
   * of those storage operations, requests and SDK calls).
   */
  code?: { folder: string; by: 'deploy' | 'routes'; evidence: Evidence };
  evidence: Evidence;
}

export type RemoteToken = 'appSystemToken' | 'appUserToken';

export interface EgressCall {
  /** `fetch`, `api.fetch`, `axios.post`, `got`, ... */
  client: string;
  method: HttpMethod | null;
  url: string | null;
  /** Host resolved from the code; null when it cannot be resolved. */
  host: string | null;
  /** Runs in the back end (Forge function, Connect server) or in the browser (Custom UI, Connect iframe). */
  side: 'backend' | 'frontend';
  /** What flows into the request (URL, headers, body). */
  carries: DataKind[];
  evidence: Evidence;
  /** When the URL is a parameter of a wrapper (`callApi(url)`), `evidence` is the caller that names it and `via` the request in the wrapper. */
  via?: Evidence;
  /** The request sends Basic credentials (`Authorization: Basic ...`): to the product, a user's API token with the user's email. */
  basicAuth?: true;
  /** The request sends a bearer token (`Authorization: Bearer ...`): to the API gateway, an OAuth 2.0 access token. */
  bearerAuth?: true;
  /** While the scan links the files: the options add a query the URL does not show (axios's `params`, `searchParams`, `qs`). */
  openQuery?: true;
  /** While the scan links the files: the URL starts with the product site's base URL (`req.context.hostBaseUrl`, see `startsAtProductBase`). */
  productBase?: true;
  /** While the scan links the files: the external authentication provider of `withProvider(key).fetch(...)`, which names no remote. */
  provider?: string;
  /** While the scan links the files: the key a request to Forge's hosted storage over REST names in its body (`{ key: 'notes', value }`). */
  storageKey?: string;
  /** While the scan links the files: the URLs on different hosts the URL is one of (`URLS[env]`); the scan lists one call per URL. */
  urls?: string[];
  /** The Forge remote whose code (`RemoteFact.code`) makes the request. */
  remote?: string;
  /** While the scan links the files: the constant path an `invokeRemote`/`requestRemote` call asks the remote for (`{ path: '/notes' }`). */
  remotePath?: string;
  /**
   * The environment variable the URL starts with when the code shows no host (`fetch(process.env.MONDAY_API_URL)`): its name may name
   * the vendor. Also on the call to the default a set variable replaces (`process.env.SLACK_URL || 'https://hooks.slack.com/...'`):
   * the configuration may send it elsewhere.
   */
  urlVariable?: string;
  /** While the scan links the files: a logger's transport that sends the app's log lines, by its logging library (see `detectLogTransport`). */
  shipsLogs?: 'winston' | 'pino';
}

/**
 * A call through the SDK of a catalogued vendor (`sgMail.send(msg)`, `openai.chat.completions.create(...)`,
 * `Sentry.setUser(...)`): data that leaves for the vendor without a request the code writes. The host is
 * the SDK's business (and often configurable), so the call names the vendor instead.
 */
export interface SdkCall {
  /** The Forge remote whose code (`RemoteFact.code`) makes the call. */
  remote?: string;
  /** Vendor id in the catalogue (`sendgrid`), and the package the call goes through (`@sendgrid/mail`). */
  vendor: string;
  package: string;
  /** The call as reached from the import, constructors left out: `send`, `chat.completions.create`, `S3Client.send`. */
  api: string;
  /**
   * The command object of the vendor's SDK the call sends (`ListObjectsV2Command` of `s3.send(new ListObjectsV2Command(...))`,
   * also when built before: `send(command)`), as the package exports it. Absent when the call is the operation itself
   * (`bucket.getFiles(...)`, `from('t').select(...)`): its names in `api` say what it does.
   */
  command?: string;
  side: 'backend' | 'frontend';
  /**
   * What flows into the call's arguments, the objects built with `new` among them (`send(new PutObjectCommand({ Body }))`)
   * and the arguments of the calls chained before it (`from('t').insert(row)`).
   */
  carries: DataKind[];
  evidence: Evidence;
  /**
   * Where the client's configuration sends what it gets, when it names a constant (`src/data/sdk-regions.json`): the region's
   * code (`new S3Client({ region: 'us-east-1' })`, also set for the whole SDK: `AWS.config.update({ region })`) or the host of
   * its endpoint (`Sentry.init({ dsn })`, `new PostHog(key, { host })`), with evidence at the option. Absent when it names none
   * or one known only at run time (`region: process.env.AWS_REGION`).
   */
  region?: SdkRegion;
  /** While the scan links the files: a logger's transport that sends the app's log lines to the vendor, by its logging library (see `detectLogTransport`). */
  shipsLogs?: 'winston' | 'pino';
}

export interface SdkRegion {
  name: string;
  evidence: Evidence;
}

export interface EgressFacts {
  declared: EgressDeclaration[];
  remotes: RemoteFact[];
  calls: EgressCall[];
  /** Calls through vendor SDKs with arguments, in the app's own code (not tests or scripts). */
  sdkCalls: SdkCall[];
  /**
   * Calls whose host no declaration allows; on Forge also calls through a vendor SDK when no host of
   * the vendor is declared (the vendor's API host stands as `host`, `client` names package and call).
   */
  undeclared: EgressCall[];
  /** Calls whose host cannot be resolved. */
  unresolved: EgressCall[];
  /** Declarations no call uses (only reported when every call host resolved). */
  unused: EgressDeclaration[];
  wildcards: EgressDeclaration[];
}

/**
 * What flows into a log call, a stored value or a request body. `resolver-payload` is data the app
 * received from a user or a product event; `ip-address` the address of the client of a request the
 * app's server answers (added in schema version 1: consumers that do not know it may treat it as `other`);
 * `other` is a computed value of no known kind; `literal` alone means nothing but constants.
 */
export type DataKind = 'account-id' | 'email' | 'display-name' | 'ip-address' | 'phone-number' | 'product-content' | 'secret' | 'resolver-payload' | 'other' | 'literal';

/** The kinds that are End-User Data in the sense of Atlassian's policies. */
export const END_USER_DATA: readonly DataKind[] = ['account-id', 'email', 'display-name', 'ip-address', 'phone-number', 'product-content', 'resolver-payload'];

/** The kinds that are personal data: what identifies a person. */
export const PERSONAL_DATA = ['account-id', 'email', 'display-name', 'ip-address', 'phone-number'] as const;
/** The same, to tell a kind or flow by (`PERSONAL_KINDS.has(k)`). */
export const PERSONAL_KINDS: ReadonlySet<string> = new Set(PERSONAL_DATA);

export type StorageBackend = 'kvs' | 'kvs-secret' | 'custom-entity' | 'sql' | 'object-store' | 'entity-property' | 'content-property' | 'issue-property' | 'app-property' | 'cache' | 'external-db';

export interface StorageOp {
  backend: StorageBackend;
  /** The Forge remote whose code (`RemoteFact.code`) makes the operation. */
  remote?: string;
  op: 'read' | 'write' | 'delete' | 'query';
  /** Key template (`user:{}`), entity name or table, when known. */
  key: string | null;
  api: string;
  /** What flows into a write. */
  carries: DataKind[];
  evidence: Evidence;
  /** When the key or statement is a parameter of a helper (`save(key, value)`), `evidence` is the caller that names it and `via` the operation in the helper. */
  via?: Evidence;
  /**
   * A delete whose filter names the key of an installation (`WHERE client_key = $1`, `destroy({ where: { clientKey } })`,
   * `settings.del(key, clientKey)`; src/data/tenant-keys.json): it removes one tenant's data, not a session or a cache entry.
   */
  tenant?: true;
  /**
   * A Forge KVS write's time-to-live (`kvs.set(key, value, { ttl: { unit: 'DAYS', value: 7 } })`), also a Workers KV `put`'s
   * (`{ expirationTtl: 86400 }`), in seconds; null when the write sets one whose length the scan cannot tell (`{ expiration }`).
   */
  expiresAfter?: number | null;
  /** An SQL delete's age, in seconds, past which it removes rows (`WHERE created_at < now() - interval '90 days'`; a later addition to schema version 1). */
  olderThan?: number;
  /** A custom entity's query: the index it names in full (`kvs.entity('task').query().index('by-owner')`; a later addition to schema version 1). */
  index?: string;
  /**
   * While the scan links the files: what each parameter bound to a prepared SQL statement carries, by its place, and the column
   * each is written to (`INSERT INTO notes (title, owner) VALUES (?, ?)`; see `boundColumns`), for reads of some columns.
   */
  boundKinds?: DataKind[][];
  boundColumns?: Array<string | null>;
  /** While the scan links the files: the key is the field of what front ends send that the helper's caller passes (see `SentKey`). */
  sentFrom?: string;
}

export interface TriggerFact {
  kind: 'product-event' | 'scheduled' | 'web' | 'api-route' | 'consumer' | 'lifecycle' | 'connect-webhook' | 'connect-lifecycle';
  key: string;
  function: string | null;
  /** Product events, e.g. `avi:jira:created:issue`. */
  events: string[];
  interval: string | null;
  /** Web triggers: `static` or `dynamic` response. */
  response: string | null;
  /** Consumers: the queue they read. */
  queue?: string;
  /** The `endpoint` module Forge sends the event to, a remote back end's (Forge Remote), in place of a function. */
  endpoint?: string;
  evidence: Evidence;
}

/** What an HTTP access log writes for each request: the URL with its query string, the request headers, the client's IP address, its user agent, the referring page, the body. */
export type AccessLogField = 'url' | 'headers' | 'client-ip' | 'user-agent' | 'referrer' | 'body';

export interface LogCall {
  logger: string;
  level: string;
  /** What flows into the call; `literal` alone means nothing but constants. */
  carries: DataKind[];
  side: 'backend' | 'frontend';
  evidence: Evidence;
  /**
   * When the call is a logging wrapper's, printing first the message its caller gives (`log('saved', data)` of
   * `log(message, data)`), and that caller hands it End-User Data or a secret: `evidence` is the caller and `via` the call in the wrapper.
   */
  via?: Evidence;
  /** While the scan links the files: the parameter of its function the call prints first (`param:log:0`), a message its callers may give. */
  byCaller?: string;
  /** While the scan links the files: the global console's method it calls (`log`), which a module the app loads first may set for every module. */
  consoleMethod?: string;
  /** While the scan links the files: its function reads no response's body, so a fetch `Response` a caller hands it prints as one (status and URL). */
  printsResponses?: true;
  /**
   * While the scan links the files: it prints whole the error of a `catch` whose `try` (`lines`) calls these functions of the app
   * (`catch (e) { console.error(e) }` around `await fetchItems()`), or makes requests the scan knows only then (not those `known` already).
   */
  errorOf?: { callees: string[]; lines: [number, number]; known: string[] };
  /** For an HTTP access-log middleware (`app.use(morgan('combined'))`, pino-http, express-winston): what it writes for every request; the call is where the middleware is made. */
  access?: AccessLogField[];
  /** The fields of the request's body it leaves out (`redact: ['req.body.sharedSecret']`, express-winston's `bodyBlacklist`). */
  bodyWithout?: string[];
  /** The only fields of the request's body it writes (express-winston's `bodyWhitelist`). */
  bodyOnly?: string[];
  /** While the scan links the files: what the app sets elsewhere that may add the body (`morgan:body`, a token of its own; `express-winston:requestWhitelist`). */
  pending?: string[];
}

export type VendorCategory =
  | 'analytics' | 'error-tracking' | 'ai' | 'payments' | 'database' | 'email' | 'storage' | 'hosting'
  | 'feature-flags' | 'crm' | 'support' | 'auth' | 'messaging' | 'monitoring' | 'search' | 'cdn' | 'other';

export interface ThirdParty {
  vendor: string;
  name: string;
  site: string;
  category: VendorCategory;
  region: string;
  /**
   * How the app reaches the vendor. `variable-name`: requests to a URL an environment variable holds whose name names the
   * vendor (`MONDAY_API_URL`, the detail): named by the variable, not resolved, as the host is not known.
   */
  via: Array<{ kind: 'dependency' | 'import' | 'egress' | 'hosting-file' | 'declared-egress' | 'variable-name'; detail: string; evidence: Evidence }>;
  /**
   * The regions a hosting file deploys the app to (`primary_region = "fra"` in fly.toml, `"regions": ["dub1"]` in vercel.json,
   * `region:` in render.yaml or serverless.yml), each the code as written; absent when none says (a later addition to schema version 1).
   */
  regions?: Array<{ code: string; evidence: Evidence }>;
}

export interface PersonalDataUse {
  kind: (typeof PERSONAL_DATA)[number];
  action: 'read' | 'stored' | 'sent' | 'logged';
  /** For `stored`: the backend; for `sent`: the host, or `vendor:<id>` for a call through the vendor's SDK. */
  target: string | null;
  evidence: Evidence;
}

export interface PersonalDataReporting {
  /** Calls to `privacy.reportPersonalData` or `/app/report-accounts/`. */
  calls: Evidence[];
  /** Triggers whose function reaches a reporting call (scheduled with interval). */
  triggers: Array<{ key: string; kind: TriggerFact['kind']; interval: string | null; evidence: Evidence }>;
}

export interface SecretFinding {
  rule: string;
  description: string;
  /** The value with all but a few characters masked. */
  masked: string;
  /** For credentials in a URL, the host they log in to: where the app connects with them (a database, a broker, an API). */
  host?: string;
  evidence: Evidence;
}

/**
 * A secret the back end hands the browser: a return of a resolver function (`resolver.define('getConfig', () => ({ apiKey:
 * process.env.OPENAI_API_KEY }))`) that carries one. Any user of the site who opens the app can read it.
 */
export interface ExposedSecret {
  /** The resolver function, as `resolver.define` names it; for a route, its method and path (`GET /config`) or its function. */
  function: string;
  /** A server's route that answers with it (`res.json(body)`), a Forge web trigger's response; absent for a resolver. */
  via?: 'route' | 'webtrigger' | 'apiroute';
  /** Where it returns the secret. */
  evidence: Evidence;
}

export interface LlmUse {
  /** Vendor id in the catalogue (`openai`), and its display name. */
  vendor: string;
  provider: string;
  api: string;
  evidence: Evidence;
}

export interface DependencyFact {
  name: string;
  version: string | null;
  dev: boolean;
  evidence: Evidence;
  /** A package of the app itself (an npm, yarn or pnpm workspace, `"shared": "*"`, `file:../shared`): the folder of its package.json. */
  local?: string;
}

export interface PackageFacts {
  manifests: string[];
  lockfile: { kind: 'npm' | 'pnpm' | 'yarn' | 'bun'; file: string } | null;
  dependencies: DependencyFact[];
}

export interface UninstallFact {
  /** How uninstall is handled, e.g. `avi:forge:uninstalled:app` trigger, Connect `uninstalled` lifecycle. */
  via: string;
  /** The key of the Forge function that handles it, when the trigger names one. */
  function?: string;
  evidence: Evidence;
  /**
   * What the handler deletes, when the scan can follow it: the delete operations a request to a Connect `uninstalled` callback's route
   * runs (`DELETE FROM notes WHERE client_key = $1`, `Note.destroy({ where })`, `addon.settings.del(...)`), in the route's callbacks and
   * the app's functions they call, or the function of a Forge uninstall trigger runs, and those it calls; absent when the scan does
   * not follow the handler. A table whose foreign key cascades from one deleted (`ON DELETE CASCADE`, Prisma's `onDelete: Cascade`)
   * is deleted too, at that key, with `cascadeFrom` the table it follows (a later addition to schema version 1). Objects deleted through a
   * storage vendor's SDK (`bucket.deleteFiles({ prefix })`, `s3.send(new DeleteObjectsCommand(...))`; src/data/sdk-deletes.json) are
   * `external-db` deletes with no key and `vendor` the vendor's id (a later addition).
   */
  deletes?: Array<{ backend: StorageBackend; key: string | null; evidence: Evidence; tenant?: true; cascadeFrom?: string; vendor?: string }>;
}

export interface ScanStats {
  files: number;
  sourceFiles: number;
  lines: number;
  bytes: number;
  skipped: number;
  /** Source files whose analysis came from the cache, unchanged since an earlier scan. */
  cached: number;
  durationMs: number;
}

export interface Facts {
  schemaVersion: typeof FACTS_SCHEMA_VERSION;
  tool: { name: 'candor'; version: string };
  app: AppFact;
  packages: PackageFacts;
  restCalls: RestCall[];
  /** REST calls whose path could not be resolved; kept apart so nothing is guessed. */
  unresolvedRestCalls: RestCall[];
  scopes: ScopeFacts;
  egress: EgressFacts;
  storage: StorageOp[];
  triggers: TriggerFact[];
  uninstall: UninstallFact[];
  logs: LogCall[];
  thirdParties: ThirdParty[];
  personalData: { uses: PersonalDataUse[]; reporting: PersonalDataReporting };
  llm: LlmUse[];
  secrets: SecretFinding[];
  /** Secrets the back end hands the browser; absent when none (a later addition to schema version 1). */
  exposedSecrets?: ExposedSecret[];
  diagnostics: Diagnostic[];
  stats: ScanStats;
}
