import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cronInterval } from '../../src/scan/source/detectors/job-schedules.ts';
import { scanFiles } from '../helpers/temp-app.ts';

// A Forge remote's server, beside the manifest: it reports account IDs from a job node-cron runs every Monday,
// through a helper of another file that signs the request; a second job, daily, reports nothing.
const remoteApp = (schedule: string): Record<string, string> => ({
  'manifest.yml': [
    'app:',
    '  id: ari:cloud:ecosystem::app/00000000-0000-0000-0000-000000000001',
    '  connect:',
    '    key: com.example.rota',
    '    remote: rota',
    'remotes:',
    '  - key: rota',
    '    baseUrl: https://rota.example.com',
    'connectModules:',
    '  jira:lifecycle:',
    '    - key: lifecycle',
    '      installed: /installed',
    'permissions:',
    '  scopes:',
    '    - read:jira-user',
    '    - report:personal-data',
    '',
  ].join('\n'),
  'server/package.json': JSON.stringify({ name: 'rota', dependencies: { express: '^4.21.0', 'node-cron': '^3.0.3' } }),
  'server/jira.js': [
    'export async function jira(site, method, path, body) {',
    '  const res = await fetch(`${site.baseUrl}${path}`, { method, headers: { Authorization: `JWT ${site.token}` }, body: JSON.stringify(body) });',
    '  return res.json();',
    '}',
    '',
  ].join('\n'),
  'server/jobs.js': [
    "import cron from 'node-cron';",
    "import { jira } from './jira.js';",
    '',
    'async function tidy() {',
    '  return 0;',
    '}',
    '',
    'async function report(site, accountIds) {',
    "  return jira(site, 'POST', '/app/report-accounts/', { accounts: accountIds.map((accountId) => ({ accountId, updatedAt: new Date().toISOString() })) });",
    '}',
    '',
    'export function start(site, ids) {',
    "  cron.schedule('15 3 * * *', () => tidy());",
    `  cron.schedule('${schedule}', () => report(site, ids).catch((err) => console.error(err.message)));`,
    '}',
    '',
  ].join('\n'),
  'server/index.js': [
    "import express from 'express';",
    "import { start } from './jobs.js';",
    'const app = express();',
    "app.post('/installed', (req, res) => res.sendStatus(204));",
    'app.listen(8080, () => start());',
    '',
  ].join('\n'),
});

describe('jobs a server runs on a cron expression', () => {
  it('a job that reaches a reporting call schedules the reporting, at the interval its expression says', async () => {
    const { facts } = await scanFiles(remoteApp('0 4 * * 1'));
    assert.deepEqual(facts.personalData.reporting.calls.map((c) => `${c.file}:${c.line}`), ['server/jobs.js:9']);
    assert.deepEqual(facts.personalData.reporting.triggers.map((t) => [t.kind, t.interval, `${t.evidence.file}:${t.evidence.line}`]), [['scheduled', 'week', 'server/jobs.js:14']]);
  });

  it('an expression that is no Forge interval gives none', async () => {
    const { facts } = await scanFiles(remoteApp('0 4 1 * *'));
    assert.deepEqual(facts.personalData.reporting.triggers.map((t) => [t.kind, t.interval]), [['scheduled', null]]);
  });

  it('reads cron expressions as Forge intervals', () => {
    assert.deepEqual(
      ['*/5 * * * *', '0 * * * *', '30 2 * * *', '0 0 4 * * *', '0 4 * * 1', '0 4 * * MON', '@weekly', '0 4 1 * *', '0 4 * * 1-5', '*/10 * * * *'].map(cronInterval),
      ['fiveMinute', 'hour', 'day', 'day', 'week', 'week', 'week', null, null, null],
    );
  });
});
