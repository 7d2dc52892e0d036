import type { DataKind } from '../facts.ts';
import { unwrap, type Node } from './ast.ts';
import type { SentSecret, ThrownBy } from './request-errors.ts';

/**
 * A kind of data, or something only known once every file and the manifest are read: a call's result,
 * `call:./jira#getIssue` (an imported function) or `call:#getIssue` (a function of the same file);
 * `handler:run`, the parameters of an exported function, which hold a payload when the manifest names
 * it as a handler; `param:log:1`, the second parameter of the module's function `log`, which holds
 * what its callers pass; or `client:saveToken:0`, what a request through that parameter returns:
 * product content when callers pass ACE's product client. The scan resolves them. `opaque` is data
 * the walk lost track of (too deep, a construct it does not read): it is `other` in the facts, but
 * unlike a count or a response it may hold a function's parameter. `store:kvs:comment:{}` is what a
 * read of the app's storage returns: what the app writes there under a key that may be the same.
 * `reply:3` is the response to the file's request `replies[3]` and `answer:3` the answer read from it
 * (`choices[0].message.content`): the content that request sent when it goes to an AI service, else nothing known.
 * `invoke:save` is what the app's front ends send the resolver function `save` (`invoke('save', payload)`);
 * `returned:save` is what that function returns to them. `about:project` marks the answer of a read that describes a
 * project (see `metadata-answers.ts`): its fields hold what that object's fields do, and it stands for nothing itself.
 */
export type Flow = DataKind | 'opaque' | `store:${string}` | `call:${string}` | `callarg:${string}` | `handler:${string}` | `param:${string}` | `client:${string}`
  | `reply:${string}` | `answer:${string}` | `invoke:${string}` | `returned:${string}` | `route:${string}` | `extension:${string}` | `about:${string}`
  | `named:${string}`;

export interface Binding {
  /** The expression the name was bound to, when it is known and not reassigned. */
  init: Node | null;
  kinds: Set<Flow>;
  /** A function declared at the top of the module: calls to it are resolved by name. */
  topFunction?: boolean;
  /** The declaration of a top-level `function`, for what it returns when it builds a key. */
  declaration?: Node;
  /** Values given by plain assignments (`let path; if (a) path = ... else path = ...`); unset once one is not plain. */
  values?: Node[];
  /** Something was appended to the values given (`url += ...`): they are how the string begins. */
  appended?: boolean;
  /** The bound value is made of constants only (worked out once, when first asked). */
  constant?: boolean;
  /** Data was put into the value after it was bound (`x.prop = v`, `list.push(v)`): it is no longer what its initialiser says. */
  grown?: boolean;
  /** A date made now and moved back (`cutoff.setDate(cutoff.getDate() - 30)`): by how many seconds. */
  setBack?: number;
  /** An array only object literals were pushed into (`rows.push({ key, count: 1 })`): what each field of its items holds; null once something else was. */
  itemFields?: Map<string, Set<Flow>> | null;
  /** A field of the items of a constant table that holds constants only in each (`for (const { secret } of FIELDS)`): no data, whatever its name says. */
  constantField?: true;
  /** An item of such an array (`for (const row of rows)`): what each of its fields holds. */
  fields?: ReadonlyMap<string, Set<Flow>>;
  /** A `catch`'s error when its block throws errors made of data (`new Error(\`${summary} is closed\`)`): what their messages hold. */
  thrownMessage?: Set<Flow>;
  /** `const { token } = await signRealtimeToken(...)`: a token signed for the front end (see `browser-tokens.json`), no secret whatever its name. */
  signedForBrowser?: true;
  /** A parameter of a top-level function, never reassigned: `fn:index`, filled in from its callers by the scan. */
  param?: string;
  /** A name destructured from a loop's item (`for (const { key, value } of entries)`): the item's pattern, shared by its other names. */
  item?: Node;
  /** The name was destructured from an array (`const [user, created] = ...`): element `at` of the value `of`. */
  element?: { of: Node; at: number };
  /** An item of an array of objects of the app's functions (`for (const channel of [slack, teams])`): the array's items (see `dispatch.ts`). */
  items?: Node[];
  /** A `Map` of the app's functions (`handlers.set('created', onCreated)`): those set in it so far (see `keyedFunctions`). */
  registered?: string[];
  /** A function destructured from such an item (`for (const { send } of channels)`): the app's functions it may be, one per item. */
  oneOf?: string[];
  /** A `catch`'s error thrown by a request that sent a secret and keeps it: the fields of its config beyond headers that hold it (see `request-errors.ts`). */
  sentSecret?: SentSecret;
  /** A `catch`'s error that may be one a function of the app it calls throws, keeping a secret (see `catchesThrownBy`): those functions. */
  thrownBy?: ThrownBy;
  /** A request a Forge resolver is handed (`resolver.define('x', (req) => ...)`) or Forge's context (`req.context`, `view.getContext()`). */
  shape?: Shape;
  /** `const send = fetcher ?? globalThis.fetch` of a parameter: the fetch the name holds when callers hand none. */
  fetchFallback?: Node;
  /** A property of a destructured parameter of a top-level function (`({ requestUrl }) => ...`): `fn:0.requestUrl`, filled in from its callers. */
  paramKey?: string;
  /** What the parameter was appended with since (`url = \`${url}?${query}\``), as a string: its value is the callers' then this. */
  paramSuffix?: string;
  /** A function a top-level function declares (`const request = (path) => ...` in `jiraAccess`): `jiraAccess>request`. */
  local?: string;
  /** A parameter typed with a plain name (`client: JiraClient`): the class its callers hand an instance of, when it is the app's. */
  typed?: string;
  /** The parameter was given itself acting as a user (`client = client.asUserByAccountId(id)`): ACE's client, as a user. */
  asUser?: boolean;
  /** The `resolve` of a promise's executor (`new Promise((resolve) => ...)`): what it is called with, the promise's value. */
  resolves?: Set<Flow>;
  /**
   * A result of a KVS query on a key prefix (`for (const item of page.results)`, `item` the result, its `key` field a key of
   * the prefix) or that field itself (`for (const { key } of page.results)`): the prefix's expression.
   */
  queried?: { prefix: Node; key: boolean };
  /** A builder's parameter while the string it returns is worked out for one call: the string that call gives it. */
  given?: string;
  /** Such a parameter given `true` or `false` as written: the branch of a `flag ? a : b` it picks. */
  givenFlag?: boolean;
}

/**
 * Objects whose fields hold known kinds: a Forge resolver's request holds a payload and a context
 * (`request:save` for the function `resolver.define('save', ...)` defines, whose payload is what front ends
 * send it); the context's fields hold what `forge-context.json` says; the claims of a Connect JWT
 * (`claims`) hold the user's account ID in `sub`.
 */
export type Shape = 'request' | `request:${string}` | 'context' | 'claims';

/** Between a top-level function's name and the name of a function it declares or builds an object of (`jiraAccess>request`). */
export const LOCAL = '>';

/** How deep the scope follows an expression. */
export const MAX_DEPTH = 8;

/** The one value given other than `null` or `undefined` (what a variable holds before it is given its value), or null. */
export function onlyValue(values: Node[]): Node | null {
  let found: Node | null = null;
  for (const value of values) {
    const node = unwrap(value);
    if ((node.type === 'Literal' && node.value === null) || (node.type === 'Identifier' && node.name === 'undefined')) continue;
    if (found) return null;
    found = value;
  }
  return found;
}

export function addAll(into: Set<Flow>, from: ReadonlySet<Flow> | readonly Flow[]): void {
  // Not a for-of: its iterator allocates a result per item in every tier below TurboFan, where most of a scan runs.
  from.forEach(into.add, into);
}

/** `literal` only when nothing else flows; `other` only when nothing known does. Sorted, for stable output. */
export function normaliseKinds<T extends string>(kinds: Set<T>): T[] {
  if (kinds.delete('opaque' as T)) kinds.add('other' as T);
  if (kinds.size > 1) kinds.delete('literal' as T);
  if (kinds.size > 1) kinds.delete('other' as T);
  return [...kinds].sort();
}
