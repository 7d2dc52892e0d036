import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { olderThan } from '../../../src/scan/source/sql-age.ts';
import { analyze } from './analyze.ts';

const DAY = 86400;

describe('the age past which an SQL delete removes rows', () => {
  it('reads the ages PostgreSQL, standard SQL, MySQL and SQLite write', () => {
    assert.equal(olderThan("DELETE FROM exports WHERE made_at < now() - interval '14 days'"), 14 * DAY);
    assert.equal(olderThan("DELETE FROM exports WHERE made_at < now() - '14 days'::interval"), 14 * DAY);
    assert.equal(olderThan("DELETE FROM exports WHERE made_at < CURRENT_TIMESTAMP - INTERVAL '14' DAY"), 14 * DAY);
    assert.equal(olderThan('DELETE FROM exports WHERE made_at <= DATE_SUB(NOW(), INTERVAL 6 HOUR)'), 6 * 3600);
    assert.equal(olderThan("DELETE FROM exports WHERE made_at < datetime('now', '-2 weeks')"), 14 * DAY);
    assert.equal(olderThan("DELETE FROM exports WHERE now() - interval '3 days' > made_at"), 3 * DAY);
  });

  it('reads none where the rows kept are the older ones, or the age is not one count of one unit', () => {
    assert.equal(olderThan("DELETE FROM exports WHERE made_at > now() - interval '1 day'"), null);
    assert.equal(olderThan("DELETE FROM exports WHERE made_at >= now() - '1 day'::interval"), null);
    assert.equal(olderThan("DELETE FROM exports WHERE id = $1 AND now() - interval '3 days' < made_at"), null);
    assert.equal(olderThan("DELETE FROM exports WHERE made_at < now() - interval '1 month 10 days'"), null);
    assert.equal(olderThan('DELETE FROM exports WHERE id = $1'), null);
  });

  it('records the age on the delete the scan reads, from its whole statement over several lines', () => {
    const code = [
      "import pg from 'pg';",
      'const pool = new pg.Pool();',
      'export async function run() {',
      '  await pool.query(`',
      '    DELETE FROM exports',
      "    WHERE made_at < now() - interval '14 days'",
      '  `);',
      "  await pool.query(`DELETE FROM drafts WHERE saved_at > now() - interval '1 hour'`);",
      "  await pool.query('DELETE FROM links WHERE id = $1', [1]);",
      '}',
    ].join('\n');
    const deletes = analyze(code, 'src/index.js', ['src/index.js#run']).storage.filter((op) => op.op === 'delete');
    assert.deepEqual(deletes.map((op) => [op.key, op.olderThan]), [['exports', 14 * DAY], ['drafts', undefined], ['links', undefined]]);
  });
});
