/**
 * How well claims are recognised in wording Candor was not written against: each sentence of
 * bench/claims/probes.json (see bench/claims/README.md) is read by recogniseText and the claims found
 * are compared with its labels (a probe of several lines, a list or a table, is read as a Markdown
 * statement). Prints, for each split (DEV, HELD-OUT, HELD-OUT-2, … HELD-OUT-17), the claims recognised with
 * the right params out of those expected, the wrong claims recognised (false positives), and the
 * misses per claim. `--list` prints every miss and false positive with its sentence.
 *
 *   node bench/claims.ts [--list] [--half dev|held-out|held-out-2|held-out-3|held-out-4|held-out-5|held-out-6|held-out-7|held-out-8|held-out-9|held-out-10|held-out-11|held-out-12|held-out-13|held-out-14|held-out-15|held-out-16|held-out-17]
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { recogniseClaims, recogniseText, type RecognisedClaim } from '../src/claims/recognise.ts';
import { readStatement } from '../src/statement/read.ts';

/** The probe corpus's splits, in the order they were written. */
const HALVES = ['dev', 'held-out', 'held-out-2', 'held-out-3', 'held-out-4', 'held-out-5', 'held-out-6', 'held-out-7', 'held-out-8', 'held-out-9', 'held-out-10', 'held-out-11', 'held-out-12', 'held-out-13', 'held-out-14', 'held-out-15', 'held-out-16', 'held-out-17'] as const;

interface Probe {
  text: string;
  claims: string[];
  params?: Record<string, Record<string, unknown>>;
  optional?: string[];
  half: (typeof HALVES)[number];
}

const { values } = parseArgs({ options: { list: { type: 'boolean', default: false }, half: { type: 'string' } } });
console.log(`node bench/claims.ts${values.list ? ' --list' : ''}${values.half ? ` --half ${values.half}` : ''}`);
const probes = JSON.parse(readFileSync(new URL('./claims/probes.json', import.meta.url), 'utf8')) as Probe[];

/** Expected params hold when each named one equals the recognised one (arrays as sets). */
function paramsHold(expected: Record<string, unknown> | undefined, found: Record<string, unknown>): boolean {
  if (!expected) return true;
  return Object.entries(expected).every(([key, want]) => {
    const got = found[key];
    if (Array.isArray(want)) return Array.isArray(got) && got.length === want.length && want.every((w) => got.includes(w));
    return got === want;
  });
}

for (const half of HALVES) {
  if (values.half && values.half !== half) continue;
  const inHalf = probes.filter((p) => p.half === half);
  let expected = 0;
  let correct = 0;
  let wrong = 0;
  const misses = new Map<string, number>();
  const lines: string[] = [];
  for (const probe of inHalf) {
    const found: RecognisedClaim[] = probe.text.includes('\n')
      ? recogniseClaims(readStatement('probe.md', probe.text))
      : recogniseText(probe.text, { kind: 'statement', file: 'probe', line: 1, column: 1, text: probe.text });
    for (const id of probe.claims) {
      expected++;
      const hit = found.find((f) => f.claim.id === id);
      if (hit && paramsHold(probe.params?.[id], hit.params)) { correct++; continue; }
      misses.set(id, (misses.get(id) ?? 0) + 1);
      lines.push(`  miss ${id}${hit ? ` (params ${JSON.stringify(hit.params)})` : ''}: ${probe.text}`);
    }
    for (const f of found) {
      if (probe.claims.includes(f.claim.id) || probe.optional?.includes(f.claim.id)) continue;
      wrong++;
      lines.push(`  false ${f.claim.id}: ${probe.text}`);
    }
  }
  console.log(`${half}: ${inHalf.length} sentences, recognised ${correct}/${expected}, false positives ${wrong}`);
  const perClaim = [...misses].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([id, n]) => `${id} ${n}`);
  if (perClaim.length > 0) console.log(`  misses: ${perClaim.join(', ')}`);
  if (values.list) for (const line of lines) console.log(line);
}
