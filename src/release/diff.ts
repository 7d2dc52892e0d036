/**
 * Compares two release snapshots aspect by aspect. Things are matched on their content (scope
 * name, host, vendor id, backend + key), never on line numbers, so moved code is no change.
 */
import type { DataKind, Evidence } from '../scan/facts.ts';
import { compareEnglish } from '../utils/english-order.ts';
import { formatMessage } from '../utils/format-message.ts';
import { ASPECTS } from './aspects/index.ts';
import type { Snapshot } from './snapshot.ts';
import {
  CHANGE_SEVERITIES, type Aspect, type AspectItem, type ChangeKind, type ChangeSeverity, type ReleaseChange, type ReleaseDiff,
  type VersionInfo, type Verdict, type Versions,
} from './types.ts';

export function diffSnapshots(before: Snapshot, after: Snapshot, aspects: readonly Aspect[] = ASPECTS): ReleaseDiff {
  const versions: Versions = { before: before.facts, after: after.facts };
  const changes: ReleaseChange[] = [];
  for (const aspect of aspects) {
    const old = group(aspect.items(before.facts));
    const now = group(aspect.items(after.facts));
    const push = (change: ChangeKind, item: AspectItem, verdict: Verdict | null, prev?: AspectItem) => {
      if (!verdict) return;
      changes.push({
        aspect: aspect.id, change, id: item.id, subject: item.subject, severity: verdict.severity,
        message: formatMessage(aspect.messages[verdict.messageId] ?? verdict.messageId, verdict.data),
        before: change === 'changed' ? (prev?.value ?? null) : null,
        after: change === 'changed' ? (item.value ?? null) : null,
        evidence: item.evidence, previous: prev?.evidence ?? [],
      });
    };
    for (const [id, item] of now) {
      const prev = old.get(id);
      if (!prev) push('added', item, aspect.added(item, versions));
      else if (aspect.changed) push('changed', item, aspect.changed(prev, item, versions), prev);
    }
    for (const [id, item] of old) if (!now.has(id)) push('removed', item, aspect.removed(item, versions));
  }
  const rank = (s: ChangeSeverity) => CHANGE_SEVERITIES.indexOf(s);
  const order = (c: ReleaseChange) => ASPECTS.findIndex((a) => a.id === c.aspect);
  changes.sort((a, b) => rank(a.severity) - rank(b.severity) || order(a) - order(b) || compareEnglish(a.change, b.change) || compareEnglish(a.id, b.id));
  const summary = { 'statement-update': 0, review: 0, info: 0 } satisfies Record<ChangeSeverity, number>;
  for (const c of changes) summary[c.severity]++;
  return { from: versionInfo(before), to: versionInfo(after), changes, summary };
}

export function versionInfo(s: Snapshot): VersionInfo {
  return { version: s.version, date: s.date, commit: s.commit, app: { name: s.facts.app.name, platform: s.facts.app.platform } };
}

/** Whether any change is at or above `threshold`. */
export function reachesSeverity(diff: ReleaseDiff, threshold: ChangeSeverity): boolean {
  const limit = CHANGE_SEVERITIES.indexOf(threshold);
  return diff.changes.some((c) => CHANGE_SEVERITIES.indexOf(c.severity) <= limit);
}

/** Items with the same id merged: evidence in file and line order, carried kinds united. */
function group(items: AspectItem[]): Map<string, AspectItem> {
  const map = new Map<string, AspectItem>();
  for (const item of items) {
    const seen = map.get(item.id);
    if (!seen) {
      map.set(item.id, { ...item, evidence: [...item.evidence] });
      continue;
    }
    seen.evidence.push(...item.evidence);
    if (item.carries) seen.carries = [...new Set<DataKind>([...(seen.carries ?? []), ...item.carries])];
  }
  for (const item of map.values()) item.evidence = dedupe(item.evidence);
  return map;
}

function dedupe(evidence: Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return evidence
    .filter((e) => {
      const key = `${e.file}:${e.line}:${e.column}`;
      return seen.has(key) ? false : (seen.add(key), true);
    })
    .sort((a, b) => compareEnglish(a.file, b.file) || a.line - b.line || a.column - b.column);
}
