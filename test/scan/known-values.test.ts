import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { panelManifest, scanFiles } from '../helpers/temp-app.ts';

const manifest = panelManifest('storage:app');

type Facts = Awaited<ReturnType<typeof scanFiles>>['facts'];
const carried = (facts: Facts): Array<[number, string[]]> => [...facts.logs, ...facts.storage].map((f) => [f.evidence.line, f.carries]);

const app = (...body: string[]) => ({
  'manifest.yml': manifest,
  'src/index.js': [
    "import Resolver from '@forge/resolver';",
    "import { kvs } from '@forge/kvs';",
    'const resolver = new Resolver();',
    "resolver.define('save', async ({ payload, context }) => {",
    ...body,
    '});',
    'export const handler = resolver.getDefinitions();',
    '',
  ].join('\n'),
});

describe('a name that says it holds an account ID', () => {
  it("holds none when the code gives it the site's ID or a space's ID", async () => {
    const { facts } = await scanFiles(app(
      '  const userId = context.cloudId;',
      "  console.log('site', userId);",
      '  await kvs.set(`settings-${userId}`, { ownerId: context.extension.space.id, userId });',
      '  const { localId: viewerId } = context;',
      '  const entry = {};',
      '  entry.ownerId = context.extension.project.key;',
      "  console.log('view', viewerId, entry);",
    ));
    assert.deepEqual(carried(facts), [[6, ['other']], [11, ['other']], [7, ['other']]]);
  });

  it("still holds one when the code gives it a person's ID or what it cannot tell", async () => {
    const { facts } = await scanFiles(app(
      '  const userId = context.accountId;',
      "  console.log('me', userId);",
      '  const ownerId = payload.owner.id;',
      "  await kvs.set('owner', { ownerId, leadId: payload.project.lead.id });",
    ));
    assert.deepEqual(carried(facts), [[6, ['account-id']], [8, ['account-id']]]);
  });

  it("holds none in a Compass component's owner, a team, and one in a page's owner", async () => {
    const { facts } = await scanFiles(app(
      "  const { component, page } = await (await fetch('https://backend.example.com/lookup')).json();",
      "  console.log('team', component.ownerId);",
      '  const { ownerId } = component;',
      '  await kvs.set(`owner-${ownerId}`, { ownerId });',
      "  console.log('author', page.ownerId);",
    ));
    assert.deepEqual(carried(facts), [[6, ['other']], [9, ['account-id']], [8, ['other']]]);
  });
});
