import assert from 'node:assert/strict';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import claim from '../../src/claims/catalogue/personal-data-reporting.ts';
import { scan } from '../../src/scan/index.ts';
import type { Facts } from '../../src/scan/facts.ts';
import { outcomeOf } from '../claims/claim-cases.ts';

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
