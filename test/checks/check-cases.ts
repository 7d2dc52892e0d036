import assert from 'node:assert/strict';
import type { CheckContext } from '../../src/checks/context.ts';
import type { CheckDefinition } from '../../src/checks/types.ts';
import type { Profile } from '../../src/profile/schema.ts';
import { formatPath, type PathSegment } from '../../src/profile/yaml-paths.ts';
import type { Facts } from '../../src/scan/facts.ts';
import { formatMessage } from '../../src/utils/format-message.ts';

export interface Case {
  name: string;
  facts: Facts;
  profile?: Profile;
  /** Lines of profile paths (`thirdParties[1].name`), as the profile loader would locate them. */
  profileLines?: Record<string, number>;
  /** What the check reports: message id and `file:line` of the evidence; `[]` for a valid case. */
  expect: Array<{ messageId: string; at: string; related?: string[] }>;
}

/** Runs one check on a case; asserts every message it reports exists and has all its holes filled. */
export function reportsOf(check: CheckDefinition, c: Case): Case['expect'] {
  const lines = c.profileLines ?? {};
  const locate = (path: readonly PathSegment[]) => (formatPath(path) in lines ? { line: lines[formatPath(path)]!, column: 3 } : null);
  const ctx: CheckContext = { facts: c.facts, profile: c.profile ?? null, profileSource: { file: 'candor.yaml', locate } };
  return check.run(ctx).map((r) => {
    const template = check.messages[r.messageId];
    assert.ok(template, `${check.id}: unknown message id ${r.messageId}`);
    const text = formatMessage(template, r.data);
    assert.doesNotMatch(text, /\{\{/, `${check.id}/${r.messageId}: unfilled hole in "${text}"`);
    const out: Case['expect'][number] = { messageId: r.messageId, at: `${r.evidence.file}:${r.evidence.line}` };
    if (r.related?.length) out.related = r.related.map((e) => `${e.file}:${e.line}`);
    return out;
  });
}
