import type { DataKind, Evidence } from '../facts.ts';
import type { Node } from './ast.ts';
import type { FileFacts, FunctionInfo } from './file-facts.ts';
import type { SourceModule } from './module.ts';
import type { Ref, Scope } from './scope.ts';

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
  evidence(node: Node): Evidence;
  /** Union of kinds over several expressions; `literal` is dropped when anything else is present. */
  kindsOf(nodes: Iterable<Node | null | undefined>): DataKind[];
}

export type Detector = (site: CallSite, ctx: FileContext) => void;
