import units from '../data/time-units.json' with { type: 'json' };

const SECONDS: Record<string, number> = units.seconds;
const UNIT = String.raw`(second|minute|hour|day|week|month|year)s?`;
/**
 * The age past which a delete statement removes rows, on its line: PostgreSQL `now() - interval '90 days'`, MySQL
 * `NOW() - INTERVAL 90 DAY`, SQLite `datetime('now', '-90 days')`.
 */
const AGES = [
  new RegExp(String.raw`\binterval\s*'\s*(\d+)\s*${UNIT}\s*'`, 'i'),
  new RegExp(String.raw`\binterval\s+(\d+)\s+${UNIT}\b`, 'i'),
  new RegExp(String.raw`'now'\s*,\s*'-\s*(\d+)\s+${UNIT}'`, 'i'),
];

/** In seconds, the age past which the delete on this line removes data; null when the line states none. */
export function deletedAfter(excerpt: string): number | null {
  if (!/\bdelete\b/i.test(excerpt)) return null;
  for (const age of AGES) {
    const m = age.exec(excerpt);
    if (m) return Number(m[1]) * SECONDS[m[2]!.toLowerCase()]!;
  }
  return null;
}
