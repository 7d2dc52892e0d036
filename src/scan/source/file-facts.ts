import type { Diagnostic, EgressCall, Evidence, LogCall, PersonalDataUse, RestCall, SdkCall, StorageOp } from '../facts.ts';

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
}

/** What one source file contributes; produced in a worker, merged by the scan. */
export interface FileFacts {
  file: string;
  side: 'backend' | 'frontend';
  lines: number;
  bytes: number;
  restCalls: RestCall[];
  egress: EgressCall[];
  sdkCalls: SdkCall[];
  /**
   * Calls on an object another file of the app exports (`openai.chat.completions.create(…)` with
   * `import { openai } from './lib/openai'`): SDK calls once that file shows the object is a vendor's client.
   */
  sdkPending: PendingSdkCall[];
  /** Exported objects that are a vendor SDK's client (`export const openai = new OpenAI()`), by export name. */
  sdkExports: Array<{ name: string; module: string; api: string[] }>;
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
  /** Calls of the app's own functions (`#log`, `./jira#getIssue`) with what flows into each argument. */
  argFlows: Array<{ callee: string; args: string[][] }>;
  /** The file uses browser globals (`AP`, `document`, `navigator`, `localStorage`): it runs in the browser. */
  browser: boolean;
  diagnostics: Diagnostic[];
}


export interface PendingSdkCall {
  /** The relative module and the name imported from it (`default` for a default import or a whole `require`). */
  module: string;
  imported: string;
  /** The call's names after the imported object: `chat`, `completions`, `create`. */
  api: string[];
  side: 'backend' | 'frontend';
  carries: SdkCall['carries'];
  evidence: Evidence;
}
