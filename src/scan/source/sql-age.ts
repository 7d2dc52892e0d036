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
/** PostgreSQL's `make_interval(days => 30)`, its unit before its count. */
const MADE = new RegExp(String.raw`\bmake_interval\s*\(\s*${UNIT}\s*(?:=>|:=)\s*(\d+)\s*\)`, 'i');

/** The first age an SQL text states, its count, unit, and where it stands. */
function firstAge(sql: string): { seconds: number; index: number; length: number } | null {
  for (const age of AGES) {
    const m = age.exec(sql);
    if (m) return { seconds: Number(m[1]) * SECONDS[m[2]!.toLowerCase()]!, index: m.index, length: m[0].length };
  }
  const m = MADE.exec(sql);
  return m ? { seconds: Number(m[2]) * SECONDS[m[1]!.toLowerCase()]!, index: m.index, length: m[0].length } : null;
}

/** In seconds, the age an SQL expression takes from now (`now() - interval '30 days'`, `make_interval(days => 30)`); null when it states none. */
export function intervalSeconds(sql: string): number | null {
  return firstAge(sql)?.seconds ?? null;
}
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
  const age = firstAge(sql);
  if (!age) return null;
  const before = sql.slice(0, age.index);
  const condition = before.slice(CONDITION_START.exec(before)?.[0].length ?? 0);
  const op = OP_BEFORE.exec(condition)?.[1]?.toLowerCase();
  // The age on the left: `now() - interval '90 days' > created_at`.
  const older = op === undefined ? /^>=?$/.test(OP_AFTER.exec(sql.slice(age.index + age.length))?.[1] ?? '') : op === '<' || op === '<=' || op === 'before';
  return older ? age.seconds : null;
}
