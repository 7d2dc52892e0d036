import assert from 'node:assert/strict';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import claim from '../../src/claims/catalogue/personal-data-reporting.ts';
import { scan } from '../../src/scan/index.ts';
import type { Facts } from '../../src/scan/facts.ts';
import { outcomeOf } from '../claims/claim-cases.ts';
import { scanFiles } from '../helpers/temp-app.ts';

describe('personal data reported by a queue consumer that a scheduled trigger feeds', () => {
  let facts: Facts;
  before(async () => {
    facts = await scan(path.join(import.meta.dirname, '../fixtures/app/queued-reporting'));
  });

  it('links the weekly trigger that pushes to the queue (key imported from another module) and the consumer whose resolver reports', () => {
    assert.deepEqual(
      facts.personalData.reporting.triggers.map((t) => ({ kind: t.kind, key: t.key, interval: t.interval, line: t.evidence.line })),
      [
        { kind: 'scheduled', key: 'weekly-report', interval: 'week', line: 3 },
        { kind: 'consumer', key: 'report-consumer', interval: null, line: 10 },
      ],
    );
    assert.deepEqual(facts.personalData.reporting.calls.map((c) => `${c.file}:${c.line}`), ['src/jobs/report.js:9']);
  });

  it('so a statement promising weekly reporting is verified, not contradicted', () => {
    const result = outcomeOf(claim, { name: 'weekly', params: { cadence: 'weekly' }, facts, expect: { verdict: 'verified', messageId: '', at: [] } });
    assert.deepEqual(result, { verdict: 'verified', messageId: 'verifiedCadence', at: ['manifest.yml:3', 'src/jobs/report.js:9'] });
  });
});

describe('personal data reported by a queue consumer fed through a class handed the queue', () => {
  it('links the weekly trigger whose handler builds the class with the queue (`this.queue.push(…)` in its method)', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': [
        'modules:', '  scheduledTrigger:', '    - key: weekly-report', '      function: queue-accounts', '      interval: week',
        '  consumer:', '    - key: report-consumer', '      queue: report-accounts', '      function: report-worker',
        '  function:', '    - key: queue-accounts', '      handler: schedule.queueAccounts', '    - key: report-worker', '      handler: report.run',
        'permissions:', '  scopes:', '    - report:personal-data',
        'app:', '  id: ari:cloud:ecosystem::app/8a1b2c3d-4e5f-4a6b-9c7d-8e9f0a1b2c3d', '  runtime:', '    name: nodejs22.x', '',
      ].join('\n'),
      'src/batcher.js': 'export class Batcher {\n  constructor(queue) {\n    this.queue = queue;\n  }\n  async send(accountIds) {\n    await this.queue.push({ body: { accountIds } });\n  }\n}\n',
      'src/schedule.js': "import { Queue } from '@forge/events';\nimport { Batcher } from './batcher';\nexport async function queueAccounts() {\n  await new Batcher(new Queue({ key: 'report-accounts' })).send(['5b10a2844c20165700ede21g']);\n}\n",
      'src/report.js': "import { privacy } from '@forge/api';\nexport async function run(event) {\n  await privacy.reportPersonalData(event.body.accountIds.map((accountId) => ({ accountId, updatedAt: new Date().toISOString() })));\n}\n",
    });
    assert.deepEqual(facts.personalData.reporting.triggers.map((t) => `${t.kind} ${t.key}`), ['scheduled weekly-report', 'consumer report-consumer']);
  });
});
