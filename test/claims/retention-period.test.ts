import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import claim from '../../src/claims/catalogue/retention-period.ts';
import { recogniseText } from '../../src/claims/recognise.ts';
import { formatMessage } from '../../src/utils/format-message.ts';
import { outcomeOf, type Case } from './claim-cases.ts';
import { at, makeFacts, remoteFact, storageWrite } from './facts-builder.ts';

const digests = storageWrite('kvs', ['product-content'], 'src/index.js', 12, 'digest:{}');
const purge = { ...storageWrite('kvs', [], 'src/purge.js', 7, 'draft:{}'), op: 'delete' as const, api: 'kvs.delete' };

/** Deletes of rows older than an age the statement's line gives, in PostgreSQL, MySQL and SQLite. */
function agedDeletes(): Case[] {
  const shifts = storageWrite('external-db', ['account-id'], 'src/db.js', 4, 'shifts');
  const runs = storageWrite('external-db', [], 'src/db.js', 8, 'runs');
  const older = (line: number, table: string, days: number) => ({ ...storageWrite('external-db', [], 'src/jobs.js', line, table), op: 'delete' as const, api: 'pg.query', olderThan: days * 86400 });
  const pg = older(9, 'shifts', 90);
  const mysql = older(12, 'runs', 30);
  const sqlite = older(15, 'runs', 14);
  const sessions = older(20, 'sessions', 1 / 24);
  // A delete whose line shows an age the scan did not record on it (the rows it removes are the recent ones).
  const recent = { ...storageWrite('external-db', [], 'src/jobs.js', 22, 'shifts'), op: 'delete' as const, api: 'pg.query', evidence: at('src/jobs.js', 22, "DELETE FROM shifts WHERE ends_at > now() - interval '1 day'") };
  return [
    { name: 'rows deleted once older than 90 days, said "after 90 days"', params: { period: '90 days' }, facts: makeFacts({ storage: [shifts, pg] }), expect: { verdict: 'verified', messageId: 'deletesOlder', at: ['src/jobs.js:9'] } },
    { name: 'rows deleted once older than 90 days, said "after 30 days"', params: { period: '30 days' }, facts: makeFacts({ storage: [shifts, pg] }), expect: { verdict: 'contradicted', messageId: 'deletesLater', at: ['src/jobs.js:9'] } },
    { name: 'rows deleted after 30 days (MySQL) and 14 days (SQLite), said "after a month"', params: { period: 'a month' }, facts: makeFacts({ storage: [runs, mysql, sqlite] }), expect: { verdict: 'verified', messageId: 'deletesOlder', at: ['src/jobs.js:12', 'src/jobs.js:15'] } },
    { name: 'rows of one table deleted by age, another written and never deleted', params: { period: '30 days' }, facts: makeFacts({ storage: [shifts, sessions] }), expect: { verdict: 'unverified', messageId: 'deletesOther', at: ['src/jobs.js:20', 'src/db.js:4'] } },
    { name: 'the data the statement names deleted later than the period, other data within it', params: { period: '30 days', data: 'Shifts' }, facts: makeFacts({ storage: [shifts, runs, pg, sessions] }), expect: { verdict: 'contradicted', messageId: 'deletesLater', at: ['src/jobs.js:9'] } },
    { name: 'the data the statement names deleted within the period, beside other data', params: { period: 'a month', data: 'runs' }, facts: makeFacts({ storage: [shifts, runs, mysql] }), expect: { verdict: 'verified', messageId: 'deletesOlder', at: ['src/jobs.js:12'] } },
    { name: 'the data the statement names written, only other data deleted by age', params: { period: '30 days', data: 'shifts' }, facts: makeFacts({ storage: [shifts, sessions] }), expect: { verdict: 'unverified', messageId: 'deletesOther', at: ['src/jobs.js:20', 'src/db.js:4'] } },
    { name: 'an age on the line of a delete that removes recent rows', params: { period: '30 days' }, facts: makeFacts({ storage: [shifts, recent] }), expect: { verdict: 'unverified', messageId: 'deletes', at: ['src/jobs.js:22'] } },
    { name: 'one age within the period and one beyond it', params: { period: '30 days' }, facts: makeFacts({ storage: [shifts, pg, mysql] }), expect: { verdict: 'unverified', messageId: 'deletesSomeLater', at: ['src/jobs.js:9'] } },
  ];
}

const cases: Case[] = [
  { name: 'digests written and never deleted', params: { period: '30 days' }, facts: makeFacts({ storage: [digests] }), expect: { verdict: 'contradicted', messageId: 'neverDeleted', at: ['src/index.js:12'] } },
  {
    name: 'votes written to Postgres and never deleted',
    params: { period: '90 days' },
    facts: makeFacts({ storage: [storageWrite('external-db', ['account-id', 'email'], 'lib/db.js', 6, 'votes')] }),
    expect: { verdict: 'contradicted', messageId: 'neverDeleted', at: ['lib/db.js:6'] },
  },
  { name: 'a scheduled purge deletes drafts: the period is not code Candor can check', params: { period: '7 days' }, facts: makeFacts({ storage: [digests, purge] }), expect: { verdict: 'unverified', messageId: 'deletes', at: ['src/purge.js:7'] } },
  ...agedDeletes(),
  {
    name: 'a Redis write with an expiry on its line',
    params: { period: '1 day' },
    facts: makeFacts({ storage: [{ ...storageWrite('external-db', ['product-content'], 'lib/cache.js', 9), api: 'redis.set', evidence: at('lib/cache.js', 9, "await redis.set(key, JSON.stringify(summary), 'EX', 86400);") }] }),
    expect: { verdict: 'unverified', messageId: 'expires', at: ['lib/cache.js:9'] },
  },
  { name: 'only the Forge cache, which expires by itself', params: { period: '1 day' }, facts: makeFacts({ storage: [storageWrite('cache', ['product-content'], 'src/cache.js', 4)] }), expect: { verdict: 'verified', messageId: 'verified', at: [] } },
  {
    name: 'a Forge remote that keeps data',
    params: { period: '1 year' },
    facts: makeFacts({ storage: [digests], egress: { remotes: [remoteFact('audit-backend', ['storage', 'compute'], 20)] } }),
    expect: { verdict: 'unverified', messageId: 'remote', at: ['manifest.yml:20'] },
  },
  {
    name: 'every KVS write expires within the period (a TTL set on the line after the call)',
    params: { period: '30 days' },
    facts: makeFacts({ storage: [{ ...digests, expiresAfter: 14 * 86400 }, { ...storageWrite('kvs', ['account-id'], 'src/seen.js', 3), expiresAfter: 3600 }] }),
    expect: { verdict: 'verified', messageId: 'ttl', at: ['src/index.js:12', 'src/seen.js:3'] },
  },
  { name: 'every KVS write lives longer than the period', params: { period: 'a week' }, facts: makeFacts({ storage: [{ ...digests, expiresAfter: 30 * 86400 }] }), expect: { verdict: 'contradicted', messageId: 'ttlLonger', at: ['src/index.js:12'] } },
  {
    name: 'one KVS write lives longer, another not: the statement may mean the other',
    params: { period: '7 days' },
    facts: makeFacts({ storage: [{ ...digests, expiresAfter: 30 * 86400 }, { ...storageWrite('kvs', ['product-content'], 'src/draft.js', 5), expiresAfter: 7 * 86400 }] }),
    expect: { verdict: 'unverified', messageId: 'ttlSome', at: ['src/index.js:12'] },
  },
  {
    name: 'drafts expire within the period, preferences never do: both written, with and without a TTL',
    params: { period: '7 days' },
    facts: makeFacts({ storage: [{ ...storageWrite('kvs', ['product-content'], 'src/draft.js', 6), expiresAfter: 7 * 86400 }, storageWrite('kvs', ['account-id'], 'src/prefs.js', 8), { ...storageWrite('kvs', [], 'src/prefs.js', 12), op: 'delete' }] }),
    expect: { verdict: 'unverified', messageId: 'ttlFew', at: ['src/draft.js:6', 'src/prefs.js:8'] },
  },
  {
    name: 'a TTL whose length the scan could not tell',
    params: { period: '7 days' },
    facts: makeFacts({ storage: [{ ...digests, expiresAfter: null }] }),
    expect: { verdict: 'unverified', messageId: 'expires', at: ['src/index.js:12'] },
  },
  {
    name: 'a period for part of the data, the rest kept longer: a write without expiry may be the rest',
    params: { period: '12 hours', part: true },
    facts: makeFacts({ storage: [digests] }),
    expect: { verdict: 'unverified', messageId: 'part', at: ['src/index.js:12'] },
  },
  {
    name: 'a period for part of the data, and every KVS write lives longer',
    params: { period: '12 hours', part: true },
    facts: makeFacts({ storage: [{ ...digests, expiresAfter: 30 * 86400 }] }),
    expect: { verdict: 'unverified', messageId: 'ttlPart', at: ['src/index.js:12'] },
  },
  { name: 'nothing stored', params: { period: '30 days' }, facts: makeFacts(), expect: { verdict: 'verified', messageId: 'verified', at: [] } },
];

const source = { kind: 'statement' as const, file: 'statement.txt', line: 1, column: 1, text: '' };
const recognised = (sentence: string): boolean => recogniseText(sentence, { ...source, text: sentence }).some((r) => r.claim.id === 'retention-period');

describe('retention-period', () => {
  for (const c of cases) it(c.name, () => assert.deepEqual(outcomeOf(claim, c), c.expect));

  it('reads retention periods of the app\'s data', () => {
    for (const sentence of [
      'Generated digests are kept for 30 days and then deleted.',
      'Votes are retained for 90 days and then permanently deleted.',
      'Drafts are deleted automatically after 7 days.',
      'Recommendation history is kept for one year and then deleted.',
      'Exports are stored for a maximum of 14 days.',
    ]) assert.ok(recognised(sentence), sentence);
  });

  it('names a time-to-live in the largest unit of the shared table that divides it', () => {
    const facts = makeFacts({ storage: [{ ...digests, expiresAfter: 30 * 60 }, { ...storageWrite('kvs', ['account-id'], 'src/seen.js', 3), expiresAfter: 14 * 86400 }] });
    const outcome = claim.verify({ period: '30 days' }, { facts, profile: null });
    assert.equal(formatMessage(claim.messages[outcome.messageId]!, outcome.data), 'Every write of data sets a time-to-live of at most 30 days (30 minutes, 2 weeks; src/index.js:12, src/seen.js:3), after which Forge deletes it.');
  });

  it('reads a period as for part of the data when another clause keeps data longer', () => {
    const paramsIn = (sentence: string) => recogniseText(sentence, { ...source, text: sentence }).find((r) => r.claim.id === 'retention-period')?.params ?? null;
    assert.deepEqual(paramsIn('Kept data: settings stay until you uninstall; cached results expire after 12 hours.'), { period: '12 hours', part: true, data: 'results' });
    assert.deepEqual(paramsIn('Settings are kept indefinitely; exports are deleted after 30 days.'), { period: '30 days', part: true, data: 'exports' });
    assert.deepEqual(paramsIn('Exports are deleted after 30 days; nothing else is stored.'), { period: '30 days', data: 'Exports' });
    // The subject of the clause "and" joins to the one that gives the period.
    assert.deepEqual(paramsIn('Generated summaries are stored in MongoDB and deleted automatically after 90 days.'), { period: '90 days', data: 'summaries' });
    // A clause that denies keeping data longer keeps nothing longer; one that denies deleting it earlier does.
    assert.deepEqual(paramsIn('We retain issue data for 30 days; we never keep data indefinitely.'), { period: '30 days' });
    assert.deepEqual(paramsIn('We retain issue data for 30 days; it is not kept until you uninstall.'), { period: '30 days' });
    assert.deepEqual(paramsIn('Settings are not deleted until you uninstall; exports are deleted after 30 days.'), { period: '30 days', part: true, data: 'exports' });
    assert.deepEqual(paramsIn('Exports are deleted after 30 days; settings with no expiry are kept until you uninstall.'), { period: '30 days', part: true, data: 'Exports' });
  });

  it('reads the data a period is said of, when the sentence names it', () => {
    const paramsIn = (sentence: string) => recogniseText(sentence, { ...source, text: sentence }).find((r) => r.claim.id === 'retention-period')?.params ?? null;
    assert.deepEqual(paramsIn('Notes are kept for 30 days and then deleted.'), { period: '30 days', data: 'Notes' });
    assert.deepEqual(paramsIn('Recommendation history is automatically deleted after one year.'), { period: 'one year', data: 'history' });
    assert.deepEqual(paramsIn('Customer data is kept for 30 days.'), { period: '30 days' });
    assert.deepEqual(paramsIn('Entries older than 12 months are deleted every night.'), { period: '12 months' });
    assert.deepEqual(paramsIn('User sessions are kept in Redis and expire after 24 hours.'), { period: '24 hours', data: 'sessions' });
    assert.deepEqual(paramsIn('Escalation records are deleted after 180 days.'), { period: '180 days', data: 'Escalation' });
    assert.deepEqual(paramsIn('All records are deleted after 30 days.'), { period: '30 days', data: 'records' });
  });

  it('leaves the data a statement names unverified when no store Candor sees holds it, and contradicts it when one does', () => {
    const installs = storageWrite('external-db', ['secret'], 'app.js', 16, 'clientInfo');
    const of = (data: string, write: typeof installs) => outcomeOf(claim, { name: data, params: { period: '24 hours', data }, facts: makeFacts({ storage: [write] }), expect: { verdict: 'verified', messageId: 'verified', at: [] } });
    assert.deepEqual(of('sessions', installs), { verdict: 'unverified', messageId: 'otherData', at: ['app.js:16'] });
    assert.deepEqual(of('sessions', storageWrite('external-db', ['account-id'], 'src/db.js', 4, 'sessions')), { verdict: 'contradicted', messageId: 'neverDeleted', at: ['src/db.js:4'] });
  });

  it('leaves periods of logs, backups, uninstall and closed accounts to other claims', () => {
    for (const sentence of [
      'Logs are retained for 6 month and protected against tampering.',
      'Backups are kept for 35 days.',
      'Customer data is deleted within 30 days of uninstalling the app.',
      'For Atlassian cloud applications, customer data is retained for 15 days after account removal and then unrecoverably deleted after that time.',
      'We retain customer data only as long as necessary to provide the app or as required by law.',
      'Customer data is retained for 30 days after the subscription ends.',
    ]) assert.ok(!recognised(sentence), sentence);
  });
});
