import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanFiles } from '../helpers/temp-app.ts';

const manifest = [
  'modules:',
  '  trigger:',
  '    - key: comment-created',
  '      endpoint: events',
  '      events:',
  '        - avi:jira:commented:issue',
  '    - key: installed',
  '      endpoint: events',
  '      events:',
  '        - avi:forge:installed:app',
  '    - key: issue-created',
  '      function: main',
  '      events:',
  '        - avi:jira:created:issue',
  '  scheduledTrigger:',
  '    - key: hourly-sync',
  '      endpoint: events',
  '      interval: hour',
  '  endpoint:',
  '    - key: events',
  '      remote: backend',
  '      auth:',
  '        appSystemToken:',
  '          enabled: true',
  '  function:',
  '    - key: main',
  '      handler: index.run',
  'remotes:',
  '  - key: backend',
  '    baseUrl: https://backend.example.com',
  '    operations:',
  '      - compute',
  '      - storage',
  'app:',
  '  id: ari:cloud:ecosystem::app/0e3c5a4e-1b5d-4a43-9d3e-0b7a2f3f6b13',
  '  runtime:',
  '    name: nodejs24.x',
  'permissions:',
  '  scopes:',
  '    - read:jira-work',
  '    - read:app-system-token',
  '',
].join('\n');

describe('a trigger whose `endpoint` names a remote (Forge Remote)', () => {
  it('has Forge post its event to that remote: a request carrying what the event holds', async () => {
    const { facts } = await scanFiles({ 'manifest.yml': manifest, 'src/index.js': 'export const run = async (event) => event.issue.key;\n' });
    assert.deepEqual(facts.triggers.map((t) => [t.key, t.kind, t.function, t.endpoint ?? null]), [
      ['comment-created', 'product-event', null, 'events'],
      ['installed', 'lifecycle', null, 'events'],
      ['issue-created', 'product-event', 'main', null],
      ['hourly-sync', 'scheduled', null, 'events'],
    ]);
    // The issue of a comment event and the user who commented; the installer's account ID; nothing of users on a schedule.
    assert.deepEqual(facts.egress.calls.map((c) => [c.client, c.method, c.host, c.carries, c.evidence.line]), [
      ['forge-trigger', 'POST', 'remote:backend', ['account-id', 'product-content'], 3],
      ['forge-trigger', 'POST', 'remote:backend', ['account-id'], 7],
      ['forge-trigger', 'POST', 'remote:backend', ['other'], 16],
    ]);
    assert.deepEqual(facts.personalData.uses.map((u) => [u.kind, u.action, u.target, u.evidence.line]), [
      ['account-id', 'sent', 'remote:backend', 3],
      ['account-id', 'sent', 'remote:backend', 7],
    ]);
    assert.deepEqual(facts.egress.undeclared, []);
  });
});
