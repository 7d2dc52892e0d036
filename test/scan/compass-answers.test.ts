import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

const APP = [
  "import graphqlGateway from '@atlassian/forge-graphql';",
  "import { storage } from '@forge/api';",
  'export const run = async (event) => {',
  '  const { data } = await graphqlGateway.compass.asApp().getComponent({ componentId: event.id });',
  "  console.log('component', data.component);",
  '  const compass = graphqlGateway.compass.asUser();',
  '  const found = await compass.searchComponents({ cloudId: event.cloudId, query: {} });',
  '  console.log(found.data.searchComponents);',
  '  await storage.set(`owner:${event.id}`, data.component.ownerId);',
  '  const page = { ownerId: event.ownerId };',
  '  console.log(page.ownerId);',
  '};',
].join('\n');

describe("Compass's answers through @atlassian/forge-graphql", () => {
  it('what the SDK answers is product content; a component\'s ownerId is its owning team, no account ID', async () => {
    const { facts } = await scanFiles({ 'manifest.yml': forgeManifest('permissions:', '  scopes:', '    - read:component:compass', '    - storage:app'), 'src/index.js': APP });
    assert.deepEqual(facts.logs.map((l) => [l.evidence.line, l.carries]), [[5, ['product-content']], [8, ['product-content']], [11, ['account-id']]]);
    assert.deepEqual(facts.storage.map((s) => [s.evidence.line, s.carries]), [[9, ['other']]]);
    assert.deepEqual(facts.personalData.uses.map((p) => [p.kind, p.action, p.evidence.line]), [['account-id', 'logged', 11]]);
  });
});
