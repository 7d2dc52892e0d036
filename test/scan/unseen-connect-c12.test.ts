import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { scan } from '../../src/scan/index.ts';
import type { Evidence } from '../../src/scan/facts.ts';

const at = (e: Evidence): string => `${e.file}:${e.line}`;
const fixture = (name: string): string => path.join(import.meta.dirname, '../fixtures/unseen-connect-c12', name);

describe('a manifest.yml of another tool (Cloud Foundry\'s `applications:`) beside a Connect descriptor', () => {
  it('leaves the app a Connect app, read from its descriptor, with no Forge manifest problems', async () => {
    const facts = await scan(fixture('cloud-foundry-manifest'));
    assert.equal(facts.app.platform, 'connect');
    assert.equal(facts.app.descriptor, 'public/atlassian-connect.json');
    assert.equal(facts.app.manifest, null);
    assert.deepEqual(facts.triggers.map((t) => [t.kind, t.events, at(t.evidence)]), [['connect-webhook', ['jira:issue_updated'], 'public/atlassian-connect.json:9']]);
    assert.deepEqual(facts.diagnostics, []);
  });
});
