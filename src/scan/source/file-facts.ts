import type { Diagnostic, EgressCall, Evidence, LogCall, PersonalDataUse, RestCall, StorageOp } from '../facts.ts';

/** A function defined at the top of a file, for following a manifest handler to what it does. */
export interface FunctionInfo {
  name: string;
  /** Names the function is exported under. */
  exports: string[];
  /** Local names it calls (other functions of the file or imports). */
  calls: string[];
  /** It calls the Personal Data Reporting API itself. */
  reports: boolean;
  /** What its return values carry, with calls still to resolve (`call:…`, see `Flow`). */
  returns: string[];
  evidence: Evidence;
  endLine: number;
  /** String defaults of parameters by position (`path = '/'`: `0`), or of an options parameter's method (`{ method = 'GET' } = {}`: `1.method`). */
  defaults?: Record<string, string>;
}

/** A call of one of the app's functions: what flows into each argument, and the strings it passes. */
export interface ArgFlow {
  /** `#log` (this file's) or `./jira#getIssue`. */
  callee: string;
  args: string[][];
  /** Each argument as a string (`HOLE`, `PARAM` marks), null when it is not one; set when any argument has a value. */
  values?: Array<string | null>;
  /** The `method` of each argument that is an options object. */
  methods?: Array<string | null>;
  /** Each argument that is ACE's product client: `ace`, or `fn:index` when it is the caller's own parameter (see `AceClient`); set when any is. */
  clients?: Array<string | null>;
  evidence?: Evidence;
}

/** A request or storage operation with a parameter of its function as path, URL, key or SQL (`PARAM` marks): the scan fills it in from the callers. */
export interface ParamRequest {
  kind: 'rest' | 'egress' | 'storage' | 'sql';
  /** Position in the file's `restCalls`, `egress` or `storage`. */
  index: number;
  /** The path, URL, key or statement as evaluated. */
  text: string;
  /** The method as evaluated when it comes from a parameter, or the position of the options parameter that holds it. */
  method: string | number | null;
}

/** What one source file contributes; produced in a worker, merged by the scan. */
export interface FileFacts {
  file: string;
  side: 'backend' | 'frontend';
  lines: number;
  bytes: number;
  restCalls: RestCall[];
  egress: EgressCall[];
  storage: StorageOp[];
  logs: LogCall[];
  personalData: PersonalDataUse[];
  reporting: Evidence[];
  imports: Array<{ module: string; evidence: Evidence }>;
  functions: FunctionInfo[];
  /** `export { a as b } from './x'` and `export * from './x'`. */
  reexports: Array<{ name: string; module: string; imported: string }>;
  /** Local import bindings: name → module and imported name, for following calls across files. */
  importBindings: Array<{ local: string; module: string; imported: string }>;
  secrets: import('../facts.ts').SecretFinding[];
  /**
   * Functions handed by name to a handler registrar (`resolver.define('get', getIssue)`,
   * `router.post('/x', handlers.save)`), written as calls are: `getIssue`, `handlers.save`.
   */
  handlerRefs: string[];
  /** Calls of the app's own functions with what flows into each argument. */
  argFlows: ArgFlow[];
  paramRequests: ParamRequest[];
  /** REST calls (positions in `restCalls`) made through a parameter (`fn:index`) that holds ACE's product client if callers pass one: dropped by the scan when none does. */
  clientCalls: Array<{ index: number; param: string }>;
  /** The file uses browser globals (`AP`, `document`, `navigator`, `localStorage`): it runs in the browser. */
  browser: boolean;
  diagnostics: Diagnostic[];
}

