import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import claim from '../../src/claims/catalogue/scheduled-interval.ts';
import { recogniseClaims } from '../../src/claims/recognise.ts';
import { readStatement } from '../../src/statement/read.ts';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';
import { outcomeOf } from './claim-cases.ts';

const read = (sentence: string): Array<[string, Record<string, unknown>]> =>
  recogniseClaims(readStatement('statement.md', sentence)).map((r) => [r.claim.id, r.params]);

// A worklog sync app: a Forge scheduled trigger runs `sync.run` at the interval given.
const forgeApp = (interval: string): Record<string, string> => ({
  'manifest.yml': forgeManifest().replace('modules:\n', `modules:\n  scheduledTrigger:\n    - key: worklog-sync\n      function: sync\n      interval: ${interval}\n`).replace('  function:\n', '  function:\n    - key: sync\n      handler: sync.run\n'),
  'src/index.js': 'export const run = async () => ({ ok: true });\n',
  'src/sync.js': "import api, { route } from '@forge/api';\nexport const run = async () => api.asApp().requestJira(route`/rest/api/3/worklog/updated`);\n",
  'package.json': JSON.stringify({ name: 'sync', dependencies: { '@forge/api': '^5.0.0' } }),
});

// A Connect app whose server refreshes its cache on a node-cron expression.
const connectApp = (expression: string): Record<string, string> => ({
  'atlassian-connect.json': JSON.stringify({
    key: 'com.example.cache', name: 'Cache', baseUrl: 'https://cache.example.com', authentication: { type: 'jwt' },
    lifecycle: { installed: '/installed' }, scopes: ['READ'], modules: { generalPages: [{ key: 'main', url: '/main', name: { value: 'Main' } }] },
  }),
  'package.json': JSON.stringify({ name: 'cache', main: 'app.js', dependencies: { express: '4', 'node-cron': '3' } }),
  'app.js': [
    "const express = require('express');",
    "const cron = require('node-cron');",
    'const app = express();',
    'const cache = new Map();',
    'function refresh() { cache.clear(); }',
    `cron.schedule('${expression}', refresh);`,
    "app.post('/installed', (req, res) => res.sendStatus(204));",
    'app.listen(8080);',
    '',
  ].join('\n'),
});

const verdictFor = async (files: Record<string, string>, interval: string): Promise<[string, string]> => {
  const { facts } = await scanFiles(files);
  const { verdict, messageId } = outcomeOf(claim, { name: '', params: { interval }, facts, expect: { verdict: 'verified', messageId: '', at: [] } });
  return [verdict, messageId];
};

describe('scheduled-interval', () => {
  it('reads the interval of a job, a sync or a refresh the statement says the app runs', () => {
    assert.deepEqual(read('A scheduled job runs every hour to sync your worklogs.'), [['scheduled-interval', { interval: 'hour' }]]);
    assert.deepEqual(read('We refresh the cache daily.'), [['scheduled-interval', { interval: 'day' }]]);
    assert.deepEqual(read('Worklogs are synced to the report every night.'), [['scheduled-interval', { interval: 'day' }]]);
    assert.deepEqual(read('A weekly sync job rebuilds the roadmap.'), [['scheduled-interval', { interval: 'week' }]]);
    assert.deepEqual(read('The app polls Jira every five minutes for new comments.'), [['scheduled-interval', { interval: 'fiveMinute' }]]);
  });

  it('a denial, a deletion by age, a backup, a report to Atlassian, an option, or an interval Forge has not, is no schedule of the app\'s', () => {
    for (const sentence of [
      'The nightly import does not act on behalf of the signed-in user.',
      'A nightly job deletes issue snapshots older than 30 days.',
      'Every week a scheduled trigger reports the account IDs we store to Atlassian.',
      'We back up the sync database every night.',
      'You can schedule a daily sync from the settings page.',
      'The app syncs every 15 minutes.',
      'Users receive a weekly digest.',
      'Third-party dependencies are scanned weekly.',
      'Access tokens are refreshed hourly.',
      'Dependency scanning jobs run nightly in our CI pipeline.',
      'We monitor failed jobs daily and alert on-call engineers.',
      'Our on-call engineers review sync errors every day.',
    ]) assert.deepEqual(read(sentence).filter(([id]) => id === 'scheduled-interval'), [], sentence);
  });

  it('a Forge scheduled trigger verifies its interval and contradicts another', async () => {
    assert.deepEqual(await verdictFor(forgeApp('hour'), 'hour'), ['verified', 'verified']);
    assert.deepEqual(await verdictFor(forgeApp('day'), 'hour'), ['contradicted', 'contradicted']);
  });

  it('a trigger that reaches the Personal Data Reporting call is no evidence for or against the job the statement names', async () => {
    const reporting = (interval: string): Record<string, string> => ({
      ...forgeApp(interval),
      'src/sync.js': "import { privacy } from '@forge/api';\nexport const run = async () => privacy.reportPersonalData([{ accountId: 'a', updatedAt: '2024-01-01T00:00:00Z' }]);\n",
    });
    const { facts } = await scanFiles(reporting('week'));
    assert.equal(facts.personalData.reporting.triggers.length, 1);
    assert.deepEqual(await verdictFor(reporting('week'), 'day'), ['unverified', 'reportingOnly']);
    assert.deepEqual(await verdictFor(reporting('day'), 'day'), ['unverified', 'reportingOnly']);
  });

  it('a Connect server\'s cron job, or a cron of its host, counts as a scheduled trigger; no job at all leaves the claim unverified', async () => {
    assert.deepEqual(await verdictFor(connectApp('0 3 * * *'), 'day'), ['verified', 'verified']);
    assert.deepEqual(await verdictFor(connectApp('0 3 * * 1'), 'day'), ['contradicted', 'contradicted']);
    assert.deepEqual(await verdictFor(connectApp('0 3 1 * *'), 'day'), ['unverified', 'unknown']);
    const { 'manifest.yml': manifest, ...rest } = forgeApp('hour');
    // A Connect app on Vercel: the host calls the route on the schedule vercel.json's crons give.
    const vercel = (schedule: string) => ({ ...connectApp('0 3 * * *'), 'app.js': 'module.exports = (req, res) => res.end();\n', 'vercel.json': JSON.stringify({ crons: [{ path: '/api/refresh', schedule }] }, null, 2) });
    assert.deepEqual(await verdictFor(vercel('0 * * * *'), 'hour'), ['verified', 'verified']);
    assert.deepEqual(await verdictFor(vercel('0 5 * * *'), 'hour'), ['contradicted', 'contradicted']);
    const { facts } = await scanFiles(vercel('0 5 * * *'));
    assert.deepEqual(facts.triggers.filter((t) => t.kind === 'scheduled').map((t) => [t.key, t.interval, `${t.evidence.file}:${t.evidence.line}`]), [['/api/refresh', 'day', 'vercel.json:5']]);
    assert.deepEqual(await verdictFor({ ...rest, 'manifest.yml': manifest!.replace(/ {2}scheduledTrigger:\n(?: {4,}.*\n)+/, '') }, 'hour'), ['unverified', 'none']);
  });
});
