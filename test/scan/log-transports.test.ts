import assert from 'node:assert/strict';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { scan } from '../../src/scan/index.ts';
import type { Facts } from '../../src/scan/facts.ts';

const fixture = (name: string): string => path.join(import.meta.dirname, '../fixtures/third-parties', name);
const shipped = (facts: Facts): string[] => facts.egress.sdkCalls.filter((c) => c.api === 'transport')
  .map((c) => `${c.vendor} ${c.package} ${c.region?.name ?? '-'} ${c.carries.join(',')} ${c.evidence.file}:${c.evidence.line}`);

// Loggers whose transports ship every log line to a vendor: the vendor and the host it is sent to, carrying what the app's
// logger calls carry (a webhook's issue summary and the acting user's account ID), not what the console prints.
describe('winston transports that ship logs to vendors', () => {
  let facts: Facts;
  before(async () => {
    facts = await scan(fixture('log-shipping-winston'));
  });

  it('names the vendor, the intake host of the region chosen and what the logs carry', () => {
    assert.deepEqual(shipped(facts), [
      'datadog datadog-winston http-intake.logs.datadoghq.eu account-id,product-content,resolver-payload src/logger.js:19',
      'papertrail winston-papertrail logs7.papertrailapp.com account-id,product-content,resolver-payload src/logger.js:28',
    ]);
  });

  it('lists winston\'s HTTP transport to a host of no known vendor as a request to that host', () => {
    const calls = facts.egress.calls.map((c) => `${c.client} ${c.method} ${c.host} ${c.carries.join(',')} ${c.evidence.file}:${c.evidence.line}`);
    assert.deepEqual(calls, ['winston transport POST logs.sprint-notes-ops.example.net account-id,product-content,resolver-payload src/logger.js:10']);
  });

  it('counts the account IDs the logs carry as sent to the vendors', () => {
    const sent = facts.personalData.uses.filter((u) => u.action === 'sent').map((u) => `${u.kind} ${u.target}`);
    assert.ok(sent.includes('account-id vendor:datadog') && sent.includes('account-id vendor:papertrail'), sent.join('\n'));
  });
});

describe('pino transport targets that ship logs to vendors', () => {
  let facts: Facts;
  before(async () => {
    facts = await scan(fixture('log-shipping-pino'));
  });

  it('names each target\'s vendor and host, not the local file target', () => {
    assert.deepEqual(shipped(facts), [
      'better-stack @logtail/pino in.logs.betterstack.com product-content,resolver-payload src/log.js:6',
      'grafana-cloud pino-loki logs-prod-012.grafana.net product-content,resolver-payload src/log.js:7',
      'datadog pino-datadog-transport http-intake.logs.datadoghq.eu product-content,resolver-payload src/log.js:11',
    ]);
  });
});
