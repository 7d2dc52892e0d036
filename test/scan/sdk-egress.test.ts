import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { scan } from '../../src/scan/index.ts';
import type { Facts } from '../../src/scan/facts.ts';

const MANIFEST = `modules:
  scheduledTrigger:
    - key: daily
      function: main
      interval: day
  function:
    - key: main
      handler: index.run
app:
  id: ari:cloud:ecosystem::app/0e3c5a4e-1b5d-4a43-9d3e-0b7a2f3f6b12
  runtime:
    name: nodejs24.x
permissions:
  external:
    fetch:
      backend:
        - address: api.sendgrid.com
        - address: hooks.example.com
`;

describe('egress declared for a vendor whose SDK the code uses', () => {
  let dir: string;
  let facts: Facts;

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'candor-sdk-egress-'));
    fs.mkdirSync(path.join(dir, 'src'));
    fs.writeFileSync(path.join(dir, 'manifest.yml'), MANIFEST);
    fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'reminder', dependencies: { '@sendgrid/mail': '^8.1.0' } }));
    fs.writeFileSync(path.join(dir, 'src/index.js'), "import sgMail from '@sendgrid/mail';\nexport async function run() {\n  await sgMail.send({ to: 'team@example.com', subject: 'Reminder' });\n}\n");
    facts = await scan(dir);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('is used by the SDK; a host nothing reaches is still unused', () => {
    assert.deepEqual(facts.egress.unused.map((d) => d.address), ['hooks.example.com']);
    assert.ok(facts.thirdParties.some((t) => t.vendor === 'sendgrid'));
  });
});
