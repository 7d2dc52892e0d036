import units from '../../data/time-units.json' with { type: 'json' };

const SECONDS: Record<string, number> = units.seconds;
const UNIT = String.raw`(second|minute|hour|day|week|month|year)s?`;
/**
 * An age a statement compares a time with: PostgreSQL `now() - interval '90 days'`, `'90 days'::interval`, standard SQL
 * `INTERVAL '30' DAY`, MySQL `NOW() - INTERVAL 90 DAY`, SQLite `datetime('now', '-90 days')`. Groups: count, unit.
 */
const AGES = [
  new RegExp(String.raw`\binterval\s*'\s*(\d+)\s*${UNIT}\s*'`, 'i'),
  new RegExp(String.raw`\binterval\s*'\s*(\d+)\s*'\s*${UNIT}\b`, 'i'),
  new RegExp(String.raw`'\s*(\d+)\s*${UNIT}\s*'\s*::\s*interval\b`, 'i'),
  new RegExp(String.raw`\binterval\s+(\d+)\s+${UNIT}\b`, 'i'),
  new RegExp(String.raw`'now'\s*,\s*'-\s*(\d+)\s+${UNIT}'`, 'i'),
];
/** The comparison nearest before the age in its condition, and the first after it. */
const OP_BEFORE = /(<=?|>=?|<>|!=|=|\bbefore\b|\bafter\b)[^<>=!]*$/i;
const OP_AFTER = /^[^<>=!]*?(<=?|>=?|<>|!=|=|\bbefore\b|\bafter\b)/i;
const CONDITION_START = /^[\s\S]*\b(?:where|and|or)\b/i;

/**
 * In seconds, the age past which a delete statement removes rows: `WHERE created_at < now() - interval '90 days'`, also
 * `now() - interval '90 days' > created_at`; null when it states none, or compares otherwise (`created_at > now() - interval '1 day'`
 * deletes the rows of the last day).
 */
export function olderThan(sql: string): number | null {
  for (const age of AGES) {
    const m = age.exec(sql);
    if (!m) continue;
    const before = sql.slice(0, m.index);
    const condition = before.slice(CONDITION_START.exec(before)?.[0].length ?? 0);
    const op = OP_BEFORE.exec(condition)?.[1]?.toLowerCase();
    // The age on the left: `now() - interval '90 days' > created_at`.
    const older = op === undefined ? /^>=?$/.test(OP_AFTER.exec(sql.slice(m.index + m[0].length))?.[1] ?? '') : op === '<' || op === '<=' || op === 'before';
    return older ? Number(m[1]) * SECONDS[m[2]!.toLowerCase()]! : null;
  }
  return null;
}
