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

describe('ACE requests whose options a function of the module makes (`client.get(optionsFor(path), cb)`)', () => {
  it('go to the URL the options are given, filled in from the callers, or to the one they name', async () => {
    const facts = await scan(fixture('options-helper'));
    assert.deepEqual(facts.restCalls.map((c) => [c.method, c.path, c.auth, at(c.evidence)]), [
      ['GET', '/rest/api/3/project/PRJ/versions', 'connect', 'app.js:11'],
      ['GET', '/rest/api/3/search?jql={}', 'connect', 'app.js:16'],
      ['PUT', '/rest/api/3/project/PRJ/properties/release-note', 'connect', 'lib/jira.js:18'],
    ]);
    assert.deepEqual(facts.scopes.needed.map((s) => [s.scope, at(s.evidence)]), [['READ', 'app.js:11'], ['READ', 'app.js:16'], ['WRITE', 'lib/jira.js:18']]);
  });
});

describe('a name given only the Connect installation\'s client key (`const tenantToken = req.context.clientKey`)', () => {
  it('holds no secret, whatever it is called; one given the request\'s token does', async () => {
    const facts = await scan(fixture('installation-key-names'));
    assert.deepEqual(facts.logs.map((l) => [at(l.evidence), l.carries]), [['app.js:11', ['other']], ['app.js:13', ['secret']]]);
  });
});

describe('a column named for an Atlassian ID given the ID Jira answers for a webhook the app registered (`createdWebhookId`)', () => {
  it('stores no person\'s account ID; one given the user\'s account ID does', async () => {
    const facts = await scan(fixture('registered-webhook-ids'));
    assert.deepEqual(facts.storage.filter((s) => s.key !== 'clientInfo').map((s) => [s.key, s.carries, at(s.evidence)]), [
      ['subscriptions', ['other'], 'app.js:16'],
      ['watchers', ['account-id'], 'app.js:21'],
    ]);
    assert.deepEqual(facts.personalData.uses.map((u) => [u.kind, u.action, at(u.evidence)]), [['account-id', 'stored', 'app.js:21']]);
  });
});
