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

const COMPASS_APP = (modules: string[], scopes: string[]) => [
  'modules:',
  ...modules,
  '  function:',
  '    - key: main',
  '      handler: index.run',
  'permissions:',
  '  scopes:',
  ...scopes.map((s) => `    - ${s}`),
  'app:',
  '  id: ari:cloud:ecosystem::app/0e3c5a4e-1b5d-4a43-9d3e-0b7a2f3f6b13',
  '  runtime:',
  '    name: nodejs24.x',
  '',
].join('\n');
const PROVIDER = ['  compass:dataProvider:', '    - key: provider', '      function: main', '      linkTypes:', '        - other-link', '      domains:', "        - '*.example.com'"];
const state = (facts: Awaited<ReturnType<typeof scanFiles>>['facts']) => ({
  unused: facts.scopes.unused.map((s) => s.scope),
  unchecked: facts.scopes.unchecked.map((s) => s.scope),
  missing: facts.scopes.missing.map((s) => s.scope),
});

describe('the scopes of Compass SDK calls', () => {
  it('each method needs the scopes it documents; a data provider may use the write scopes Compass ingests its events and metrics with', async () => {
    const { facts } = await scanFiles({
      'manifest.yml': COMPASS_APP(PROVIDER, ['read:component:compass', 'write:component:compass', 'read:event:compass', 'write:event:compass', 'read:metric:compass', 'write:metric:compass', 'read:scorecard:compass']),
      'src/index.js': [
        "import graphqlGateway from '@atlassian/forge-graphql';",
        'export const run = async (event) => {',
        '  await graphqlGateway.compass.asApp().getComponent({ componentId: event.id });',
        '  await graphqlGateway.compass.asApp().createEvent({ cloudId: event.cloudId, event: {} });',
        '};',
      ].join('\n'),
    });
    assert.deepEqual(state(facts), { unused: ['read:event:compass', 'read:metric:compass', 'read:scorecard:compass'], unchecked: [], missing: [] });
    // Compass runs the data provider's function whenever a link of its domains is added to a component.
    assert.deepEqual(facts.triggers.map((t) => [t.kind, t.key, t.function, t.evidence.line]), [['product-event', 'provider', 'main', 3]]);
    assert.deepEqual(facts.unresolvedRestCalls.map((c) => [c.evidence.line, c.scopes]), [
      [3, { operation: 'compass.getComponent', granular: ['read:component:compass'], classic: [] }],
      [4, { operation: 'compass.createEvent', granular: ['write:event:compass'], classic: [] }],
    ]);
  });

  it('a missing scope is reported; a method that documents none leaves the scopes unchecked', async () => {
    const code = (method: string) => `import graphqlGateway from '@atlassian/forge-graphql';\nexport const run = async (e) => graphqlGateway.compass.asUser().${method}({ cloudId: e.cloudId });`;
    const missing = await scanFiles({ 'manifest.yml': COMPASS_APP([], ['write:component:compass']), 'src/index.js': code('searchComponents') });
    assert.deepEqual(state(missing.facts), { unused: ['write:component:compass'], unchecked: [], missing: ['read:component:compass'] });
    const unknown = await scanFiles({ 'manifest.yml': COMPASS_APP([], ['write:metric:compass']), 'src/index.js': code('insertMetricValue') });
    assert.deepEqual(state(unknown.facts), { unused: [], unchecked: ['write:metric:compass'], missing: [] });
  });
});

describe("a Compass data provider's functions", () => {
  it("the function gets the link a user added to a component; its callback only whether Compass could use the answer", async () => {
    const provider = [...PROVIDER, '      callback:', '        function: done', '  function:', '    - key: done', '      handler: index.done'];
    const manifest = COMPASS_APP(provider, ['write:event:compass']).replace('  function:\n    - key: main', '    - key: main');
    const { facts } = await scanFiles({
      'manifest.yml': manifest,
      'src/index.js': [
        'export const run = async (request) => { console.log(request); return null; };',
        'export const done = (input) => { console.error({ message: "provider failed", error: input.errorMessage }, input); return { ok: input.success }; };',
      ].join('\n'),
    });
    assert.deepEqual(facts.logs.map((l) => [l.evidence.line, l.carries]), [[1, ['product-content']], [2, ['other']]]);
  });
});
