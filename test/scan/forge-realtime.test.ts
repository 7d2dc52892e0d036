import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

// Forge Realtime (https://developer.atlassian.com/platform/forge/apis-reference/ui-api-bridge/realtime): channels that
// Atlassian runs for the app's installation; its docs name no scope or egress entry for it.
const resolver = [
  "import Resolver from '@forge/resolver';",
  "import { publish, publishGlobal, signRealtimeToken } from '@forge/realtime';",
  'const resolver = new Resolver();',
  "resolver.define('save', async ({ payload, context }) => {",
  "  await publish('issue-updates', JSON.stringify({ by: context.accountId, text: payload.text }));",
  "  const { token } = await signRealtimeToken('jobs', { accountId: context.accountId });",
  "  await publishGlobal('jobs', JSON.stringify({ done: true }), { token });",
  '});',
  'export const run = resolver.getDefinitions();',
].join('\n');
const frontend = [
  "import { realtime } from '@forge/bridge';",
  "realtime.subscribe('issue-updates', (event) => console.log(event));",
  "realtime.publish('issue-updates', 'seen');",
].join('\n');

describe('Forge Realtime', () => {
  it('is Atlassian\'s platform: no third party, no egress, no scope', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest(), 'src/index.js': resolver, 'static/app/src/index.js': frontend,
      'package.json': '{"dependencies":{"@forge/realtime":"^0.3.0","@forge/resolver":"^1.6.0","@forge/bridge":"^4.0.0"}}',
    });
    assert.deepEqual(facts.thirdParties, []);
    assert.deepEqual([facts.egress.calls, facts.egress.unresolved, facts.egress.undeclared], [[], [], []]);
    assert.deepEqual([facts.scopes.needed, facts.scopes.missing], [[], []]);
    assert.deepEqual(facts.personalData.uses.filter((u) => u.action === 'sent'), []);
  });
});
