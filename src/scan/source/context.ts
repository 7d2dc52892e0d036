import type { DataKind, EgressCall, Evidence, RestCall, SdkCall, StorageOp } from '../facts.ts';
import type { Derivation } from './derive.ts';
import type { Node } from './ast.ts';
import type { Deferred, FileFacts, FunctionInfo } from './file-facts.ts';
import type { SourceModule } from './module.ts';
import type { Ref } from './ref.ts';
import type { Scope } from './scope.ts';

/** What a detector sees for one call expression. */
export interface CallSite {
  node: Node;
  ref: Ref;
  /** `ref` rendered for matching, e.g. `asUser().requestJira()`. */
  path: string;
  /** Module the callee comes from, or null for globals and locals. */
  module: string | null;
}

export interface FileContext {
  mod: SourceModule;
  scope: Scope;
  facts: FileFacts;
  /** The top-level function the walker is in, if any. */
  fn: FunctionInfo | null;
  /** The function it declares whose body the walker is in (`run>fail`), if any. */
  local?: string | null;
  evidence(node: Node): Evidence;
  /** Union of kinds over several expressions; `literal` is dropped when anything else is present. */
  kindsOf(nodes: Iterable<Node | null | undefined>): DataKind[];
  /**
   * Sets the fields of the fact just recorded in `list` from evaluated strings (`derive`), imported
   * parts as holes, and keeps the strings for the scan when they have such parts.
   */
  derive<L extends Deferred['list']>(list: L, fact: FactOf<L>, derive: Derivation, inputs: Array<string | null>, method?: string | number | null): void;
}

type FactOf<L extends Deferred['list']> = L extends 'restCalls' ? RestCall : L extends 'egress' ? EgressCall : L extends 'sdkCalls' ? SdkCall : StorageOp;

export type Detector = (site: CallSite, ctx: FileContext) => void;
