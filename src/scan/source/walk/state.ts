import type { Node } from '../ast.ts';
import type { Detector, FileContext } from '../context.ts';
import type { FunctionInfo, RouteHandler } from '../file-facts.ts';
import type { Binding, Flow, Shape } from '../flow.ts';
import type { SourceModule } from '../module.ts';
import type { Scope } from '../scope.ts';
import type { SentSecret } from '../request-errors.ts';
import type { MemberRegistries } from './member-registry.ts';

/** What the parameters of a function handed to a call hold, by position, the last entry standing for the rest; null when the call says nothing of them. */
export type CallbackParams = readonly Flow[][] | null;

/** One file's walk: the file, and what the walk has learnt so far that later nodes need. */
export interface Walk {
  readonly ctx: FileContext;
  readonly scope: Scope;
  readonly mod: SourceModule;
  readonly program: Node;
  readonly detectors: readonly Detector[];
  /** The module's exports by local name. */
  readonly exportsOf: Map<string, string[]>;
  /** Classes whose instance the module exports (`export const jira = new JiraService()`), with the names it goes by. */
  readonly instances: Map<string, string[]>;
  /** Top-level functions nothing names. */
  readonly unreferenced: ReadonlySet<Node>;
  /** Their infos: their calls are not handed to the detectors. */
  readonly neverRun: Set<FunctionInfo>;
  /** How many functions being walked are ones a function declares that nothing names (see `idleLocal`): their calls are not handed to the detectors either. */
  idleDepth: number;
  /** The properties of the object whose functions the walk names as the object's methods (`github.request`). */
  members: ReadonlySet<Node>;
  /** The class the class being walked extends (`class JiraClient extends ApiClient`), for its constructor's `super(...)`. */
  superClass: Node | null;
  /** The path of the NestJS controller class being walked (null when not a constant), undefined outside one. */
  controller: string | null | undefined;
  /** Functions being walked; a return counts for the top-level function only when it is not nested. */
  readonly returns: Node[];
  /** What each named function a top-level function declares returns (`async function search(q) { ... return data; }`), for the object it hands back. */
  readonly localReturns: Map<Node, Set<Flow>>;
  /** The names of the functions top-level ones declare, by function, and the function of each name (see `declaredLocal`). */
  readonly localKeys: Map<Node, string>;
  readonly localOwners: Map<string, Node>;
  /** Those functions declared with `function name() {}`, by their binding. */
  readonly localDeclarations: WeakMap<object, Node>;
  /** Callbacks given each result of a KVS query on a prefix (`page.results.map(({ key }) => ...)`), by the prefix. */
  readonly queriedItems: Map<Node, Node>;
  /** `fn` of `for (const [name, fn] of Object.entries(resolvers))`: the objects of functions whose values it takes. */
  readonly entryValues: Map<string, string[]>;
  /** Calls handed to a registrar (`asyncHandler(fn)`): the functions they are given handle its requests, with what they receive. */
  readonly wrappers: Map<Node, CallbackParams>;
  /**
   * The callbacks of `promise.then(cb)`, with the promise whose value their first parameter receives; those of jsonwebtoken's
   * `jwt.verify(token, secret, cb)`, with the call whose value (the claims) their second parameter receives.
   */
  readonly resolvedBy: Map<Node, Node>;
  /** The members of the module's classes that hold functions their methods are given (see `member-registry.ts`). */
  readonly memberRegistries: MemberRegistries;
  /** Functions given in options (`AP.request({ success(body) {...} })`), with what their parameters receive. */
  readonly optionCallbacks: Map<Node, CallbackParams>;
  /** Callbacks a vendor's SDK hands an object of itself (`Sentry.withScope((scope) => ...)`), with the expression of that SDK object. */
  readonly sdkScopes: Map<Node, Node>;
  /** Callbacks of `AP.require`, or the names of functions declared further on, with the modules of the Connect JavaScript API their parameters receive. */
  readonly apModules: Map<Node | string, Array<string | null>>;
  /** Inline resolver functions being walked: what each field of the object they return holds, null once one returns another value. */
  readonly answerFields: Map<Node, Record<string, Flow[]> | null>;
  /**
   * What each field of the objects a `.map` callback returns holds (`issues.map((i) => ({ key: i.key, who: i.fields.reporter }))`), for
   * callbacks in a resolver function or a top-level function: the fields of each item of the list they return.
   */
  readonly itemFields: Map<Node, Record<string, Flow[]>>;
  /** The setters of the React states the walk has met (`const [issue, setIssue] = useState()`), by binding: the state's binding. */
  readonly setters: Map<Binding, Binding>;
  /** Functions of components whose walk waits till the component's other statements are walked (see `orderComponent`), by their value. */
  readonly deferred: Set<Node>;
  /** Those functions, with the node they are the value of, by component, in the order the walk met them. */
  readonly later: Map<Node, Array<[Node, Node]>>;
  /**
   * Functions of the module that register resolver functions under a name their callers give (`#define`): that parameter's
   * position, and once the wrapper hands a parameter of its own the request (`handler(req)`), its position and what it hands.
   */
  readonly definers: Map<string, { name: number; handler?: number; args?: Array<{ kinds: Flow[]; shape: Shape | null }> }>;
  /** The resolver functions defined inline being walked, with the names they are defined under: what they return goes to the browser. */
  readonly answering: Map<Node, string>;
  /** Whether the module may get a fetch `Response` at all (see `mayGetResponses`): else no value of it is one. */
  readonly responses: boolean;
  /** The app's functions called with no arguments (`jiraAccess()`), once each: the file's `bareCalls`. */
  readonly bare: Set<string>;
  /** The handler of the route whose registrar's arguments are being walked: the calls there are its. */
  route: RouteHandler | null;
  /** An error keeping a secret a `catch` of the function being walked throws again (`throw e`), for a `try` around it or the function's callers. */
  thrown: SentSecret | null;
  /** What the `throw` statements of the `try` block being walked throw, in the function being walked (see `TryStatement`); null outside one. */
  thrownKinds: Set<Flow> | null;
  /** The positions in the top-level function's `calls` of those a `try` with a `catch` makes: their errors stay in the function. */
  caught: Array<[number, number]> | null;
  /** The method and path of the route whose registrar's arguments are being walked (`GET /config`), for what its handler answers. */
  routeLabel: string | null;
  /** Walks a node and what it holds. */
  visit(node: Node, parent: Node | null, callback: CallbackParams): void;
}
