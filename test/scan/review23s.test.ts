import assert from 'node:assert/strict';
import path from 'node:path';
import { before, describe, it } from 'node:test';
import { scan } from '../../src/scan/index.ts';
import type { Facts } from '../../src/scan/facts.ts';

const fixture = (name: string): string => path.join(import.meta.dirname, '../fixtures/r23s', name);

// A worded placeholder label (`your-instance`, `host`, `placeholder`) stands for an account only before a vendor's domain of two
// labels or more: `yourls.org`, `host.io` and `via.placeholder.com` are sites of their own, `host.docker.internal` the machine's host.
describe('real hosts whose labels read like placeholders', () => {
  let facts: Facts;
  before(async () => {
    facts = await scan(fixture('real-hosts'), { cache: false });
  });

  it('keeps the host of each request to them', () => {
    const hosts = facts.egress.calls.map((c) => `${c.evidence.file}:${c.evidence.line} ${c.host}`);
    assert.deepEqual(hosts, [
      'src/index.js:10 yourls.org',
      'src/index.js:15 my-json-server.typicode.com',
      'src/index.js:20 host.io',
      'src/index.js:25 null',
      'src/index.js:30 host.docker.internal',
      'src/index.js:34 null',
      'static/panel/main.js:2 via.placeholder.com',
    ]);
  });

  it('holds an image element\'s address to external.images, as <img src> is', () => {
    assert.deepEqual(facts.egress.undeclared.map((c) => c.host), ['host.docker.internal']);
  });

  it('still reads a placeholder before a vendor\'s domain as no host, the vendor a third party', () => {
    assert.ok(facts.thirdParties.some((t) => t.vendor === 'servicenow' && t.via.some((v) => v.detail === 'https://your-instance.service-now.com/api/now/table/incident')));
  });
});

// Two classes of one file that both set `this.baseURL`: the environment variable one of them reads first names no vendor
// for the other's requests (`this.baseURL = settings.trackerUrl`).
describe('a member\'s environment variable set in one class of a file, the member set otherwise in another', () => {
  it('is no variable of the other class\'s requests, nor a vendor they reach', async () => {
    const facts = await scan(fixture('member-variables'), { cache: false });
    const tracker = facts.egress.calls.find((c) => c.url === '{}/items');
    assert.ok(tracker);
    assert.equal(tracker.urlVariable, undefined);
    const openai = facts.thirdParties.find((t) => t.vendor === 'openai');
    assert.ok(!openai?.via.some((v) => v.evidence.line === tracker.evidence.line), JSON.stringify(openai?.via));
  });
});

// A winston transport ships winston's lines (and the app's `logger`), not what another library prints: `debug` writes to the console.
describe('a winston transport to a vendor beside another logging library', () => {
  it('carries only what the winston logger is given, not the debug module\'s lines', async () => {
    const facts = await scan(fixture('log-shipping-other-loggers'), { cache: false });
    assert.deepEqual(facts.logs.map((l) => [l.logger, l.carries.join(',')]), [['debug', 'display-name,email'], ['logger', 'literal'], ['logger', 'literal']]);
    assert.deepEqual(facts.egress.sdkCalls.map((c) => [c.vendor, c.api, c.carries.join(',')]), [['datadog', 'transport', 'literal']]);
  });
});

// `agenda.define('sendDigest', async (job) => ...)` in a Forge Remote's server (`remote/package.json`: express, a start script, nothing
// of Forge's): a job's handler, no resolver function, so what the job is given is no payload a user sent.
describe('a define call on a parameter in the server of a Forge Remote', () => {
  it('defines no resolver function: the job\'s data is not what a user sent', async () => {
    const facts = await scan(fixture('agenda-jobs'), { cache: false });
    const at = (f: string, l: number): string => `${f}:${l}`;
    assert.deepEqual(facts.egress.calls.map((c) => [c.host, c.carries.join(','), at(c.evidence.file, c.evidence.line)]), [['stats.acme-tools.io', 'other', 'remote/jobs/digest.js:6']]);
    assert.deepEqual(facts.logs.map((l) => [l.carries.join(','), at(l.evidence.file, l.evidence.line)]), [['other', 'remote/jobs/digest.js:5']]);
  });
});
