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

// A Connect app that reports accounts through atlassian-connect-express, from jobs handed by name: a function declared
// below the call, one of another module (named and through a namespace), and jobs of cron's options objects.
const connectApp = (jobs: string[]): Record<string, string> => ({
  'atlassian-connect.json': JSON.stringify({
    key: 'com.example.digest', name: 'Digest', baseUrl: '{{localBaseUrl}}', authentication: { type: 'jwt' },
    lifecycle: { installed: '/installed' }, scopes: ['READ'], modules: { generalPages: [{ key: 'main', url: '/main', name: { value: 'Main' } }] },
  }),
  'package.json': JSON.stringify({ name: 'digest', main: 'app.js', dependencies: { express: '4', 'atlassian-connect-express': '7', cron: '3', 'node-cron': '3', 'node-schedule': '2', croner: '9' } }),
  'report.js': [
    "const { addon } = require('./addon');",
    'async function reportAccounts(clientKey) {',
    "  await addon.httpClient({ clientKey }).post({ url: '/rest/api/3/app/report-accounts/', json: { accounts: [] } });",
    '}',
    'function tidy() { return 0; }',
    'module.exports = { reportAccounts, tidy };',
    '',
  ].join('\n'),
  'addon.js': "const express = require('express');\nconst ace = require('atlassian-connect-express');\nconst app = express();\nexports.addon = ace(app);\n",
  'app.js': [
    "const { CronJob } = require('cron');",
    "const nodeCron = require('node-cron');",
    "const schedule = require('node-schedule');",
    "const { Cron } = require('croner');",
    "const { reportAccounts, tidy } = require('./report');",
    "const report = require('./report');",
    ...jobs,
    "async function weekly() { await reportAccounts('k'); }",
    'function daily() { return tidy(); }',
    '',
  ].join('\n'),
});

const scheduled = async (jobs: string[]): Promise<Array<[string | null, number]>> => {
  const { facts } = await scanFiles(connectApp(jobs));
  return facts.personalData.reporting.triggers.map((t) => [t.interval, t.evidence.line]);
};

describe('jobs a server runs on a cron expression', () => {
  it('a job handed by name, the file\'s own or another module\'s, and the options objects of cron', async () => {
    assert.deepEqual(await scheduled([
      "nodeCron.schedule('0 4 * * *', weekly);",
      "CronJob.from({ cronTime: '0 3 * * 1', onTick: weekly, start: true });",
      "new CronJob({ cronTime: '0 * * * *', onTick: reportAccounts });",
      "schedule.scheduleJob({ rule: '*/5 * * * *' }, report.reportAccounts);",
      "Cron('@weekly', { timezone: 'UTC' }, weekly);",
    ]), [['day', 7], ['week', 8], ['hour', 9], ['fiveMinute', 10], ['week', 11]]);
  });

  it('a job that reaches no reporting, or a value that is no function, schedules none', async () => {
    assert.deepEqual(await scheduled([
      "nodeCron.schedule('0 4 * * *', daily);",
      "CronJob.from({ cronTime: '0 3 * * 1', onTick: report.tidy });",
      "new CronJob({ cronTime: '0 3 * * 1', onTick: null });",
      "schedule.scheduleJob('0 4 * * *', report);",
    ]), []);
  });

  it('a job that reaches a reporting call schedules the reporting, at the interval its expression says', async () => {
    const { facts } = await scanFiles(remoteApp('0 4 * * 1'));
    // The request is shown where its path is named, in `report`; the job calls `report`.
    assert.deepEqual(facts.personalData.reporting.calls.map((c) => `${c.file}:${c.line}`), ['server/jobs.js:9']);
    assert.deepEqual(facts.personalData.reporting.triggers.map((t) => [t.kind, t.interval, `${t.evidence.file}:${t.evidence.line}`]), [['scheduled', 'week', 'server/jobs.js:14']]);
  });

  it('an expression that is no Forge interval gives none', async () => {
    const { facts } = await scanFiles(remoteApp('0 4 1 * *'));
    assert.deepEqual(facts.personalData.reporting.triggers.map((t) => [t.kind, t.interval]), [['scheduled', null]]);
  });

  it('every job is a scheduled trigger of the facts, keyed by its file and its place among the file\'s jobs', async () => {
    const { facts } = await scanFiles(remoteApp('0 4 * * 1'));
    assert.deepEqual(facts.triggers.filter((t) => t.kind === 'scheduled').map((t) => [t.key, t.interval, t.evidence.line]), [['server/jobs.js', 'day', 13], ['server/jobs.js#2', 'week', 14]]);
  });

  it('reads cron expressions as Forge intervals', () => {
    assert.deepEqual(
      ['*/5 * * * *', '0 * * * *', '30 2 * * *', '0 0 4 * * *', '0 4 * * 1', '0 4 * * MON', '@weekly', '0 4 1 * *', '0 4 * * 1-5', '*/10 * * * *'].map(cronInterval),
      ['fiveMinute', 'hour', 'day', 'day', 'week', 'week', 'week', null, null, null],
    );
  });
});
