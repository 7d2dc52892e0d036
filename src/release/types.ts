import type { MessageData } from '../claims/types.ts';
import type { DataKind, Evidence, Facts } from '../scan/facts.ts';
import type { CommitInfo } from './git.ts';

/**
 * How much a change between two releases asks of the vendor (seed 000 section 7: "dependency changes,
 * permission changes, external service additions, and data handling changes should be reviewed
 * before release"): `statement-update` makes a published statement untrue until it is updated;
 * `review` needs a look before release; `info` is recorded only.
 */
export type ChangeSeverity = 'statement-update' | 'review' | 'info';
/** Highest first. */
export const CHANGE_SEVERITIES: readonly ChangeSeverity[] = ['statement-update', 'review', 'info'];

export type ChangeKind = 'added' | 'removed' | 'changed';

/**
 * One thing of an aspect, named by its content (scope name, host, vendor id, backend + key), never
 * by a line number, so it matches across versions. Items with the same id are merged.
 */
export interface AspectItem {
  id: string;
  /** How the thing is named in a change list, e.g. `scope write:jira-work`. */
  subject: string;
  /** Compared by `changed`; shown as before -> after. */
  value?: string;
  carries?: DataKind[];
  data?: MessageData;
  evidence: Evidence[];
}

export interface Verdict {
  severity: ChangeSeverity;
  messageId: string;
  data?: MessageData;
}

export interface Versions {
  before: Facts;
  after: Facts;
}

/** One kind of data-handling fact compared between releases: a file under src/release/aspects/, listed in aspects/index.ts. */
export interface Aspect {
  id: string;
  title: string;
  messages: Record<string, string>;
  items(facts: Facts): AspectItem[];
  added(item: AspectItem, versions: Versions): Verdict | null;
  removed(item: AspectItem, versions: Versions): Verdict | null;
  /** Called for an id present in both versions. */
  changed?(before: AspectItem, after: AspectItem, versions: Versions): Verdict | null;
}

export interface ReleaseChange {
  aspect: string;
  change: ChangeKind;
  /** The content identity the change was matched on. */
  id: string;
  subject: string;
  severity: ChangeSeverity;
  message: string;
  before: string | null;
  after: string | null;
  /** Where the thing is in the newer version (the older one for a removal). */
  evidence: Evidence[];
  /** Where it was in the older version, for a change. */
  previous: Evidence[];
}

export interface VersionInfo {
  version: string;
  date: string;
  commit: CommitInfo | null;
  app: { name: string | null; platform: string | null };
}

export interface ReleaseDiff {
  from: VersionInfo;
  to: VersionInfo;
  changes: ReleaseChange[];
  summary: Record<ChangeSeverity, number>;
}
