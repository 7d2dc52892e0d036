import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

/** What each `console.log` of the app carries, by the text it logs. */
async function logged(files: Record<string, string>): Promise<Record<string, string>> {
  const { facts } = await scanFiles(files);
  return Object.fromEntries(facts.logs.map((l) => [l.evidence.excerpt.replace(/^console\.log\((.*)\);$/, '$1'), l.carries.join(',')]));
}

const FORGE = {
  'manifest.yml': forgeManifest('permissions:', '  scopes:', '    - storage:app'),
  'package.json': JSON.stringify({ dependencies: { '@forge/api': '^5.0.0', '@forge/kvs': '^1.0.0', '@forge/resolver': '^1.0.0' } }),
};

describe('a field read from an object the app keeps in its storage holds what the app writes to that field', () => {
  it('of Forge key-value storage: a field, a field destructured or left out of the rest, through a helper\'s parameter; the whole object all of it', async () => {
    assert.deepEqual(await logged({
      ...FORGE,
      'src/index.js': [
        "import Resolver from '@forge/resolver';",
        "import { kvs } from '@forge/kvs';",
        'const resolver = new Resolver();',
        "resolver.define('connect', async ({ payload, context }) => {",
        "  await kvs.set('tracker', { site: payload.site, apiToken: payload.apiToken, connectedBy: context.accountId });",
        '});',
        'function describe(saved) {',
        '  console.log(saved.site);',
        '}',
        "resolver.define('status', async () => {",
        "  const tracker = (await kvs.get('tracker')) ?? {};",
        '  console.log(tracker.site);',
        '  console.log(tracker.connectedBy);',
        '  const { apiToken, ...shown } = tracker;',
        '  console.log(shown);',
        '  console.log(tracker);',
        '  describe(tracker);',
        '});',
        'export const handler = resolver.getDefinitions();',
        '',
      ].join('\n'),
    }), {
      'saved.site': 'resolver-payload',
      'tracker.site': 'resolver-payload',
      'tracker.connectedBy': 'account-id',
      shown: 'account-id,resolver-payload',
      tracker: 'account-id,resolver-payload,secret',
    });
  });

  it('a field no write names holds all that is written there: a query\'s page of results, an object written whole or with a spread', async () => {
    assert.deepEqual(await logged({
      ...FORGE,
      'src/index.js': [
        "import Resolver from '@forge/resolver';",
        "import { kvs, WhereConditions } from '@forge/kvs';",
        'const resolver = new Resolver();',
        "resolver.define('save', async ({ payload, context }) => {",
        '  await kvs.set(`note-${payload.id}`, { text: payload.text, author: context.accountId });',
        "  await kvs.set('prefs', { ...payload, updatedBy: context.accountId });",
        '});',
        "resolver.define('list', async () => {",
        "  const page = await kvs.query().where('key', WhereConditions.beginsWith('note-')).getMany();",
        '  console.log(page.results);',
        "  const prefs = await kvs.get('prefs');",
        '  console.log(prefs.theme);',
        '});',
        'export const handler = resolver.getDefinitions();',
        '',
      ].join('\n'),
    }), {
      'page.results': 'account-id,resolver-payload',
      'prefs.theme': 'account-id,resolver-payload',
    });
  });

  it('of ACE\'s settings store (`addon.settings`)', async () => {
    assert.deepEqual(await logged({
      'package.json': JSON.stringify({ name: 'tracker', dependencies: { 'atlassian-connect-express': '^10', express: '^4' } }),
      'atlassian-connect.json': JSON.stringify({ key: 'tracker', baseUrl: 'https://app.example.com', authentication: { type: 'jwt' }, scopes: ['READ'], lifecycle: { installed: '/installed' } }),
      'app.js': [
        "const express = require('express');",
        "const ace = require('atlassian-connect-express');",
        'const app = express();',
        'const addon = ace(app);',
        "app.post('/tracker', addon.checkValidToken(), async (req, res) => {",
        "  await addon.settings.set('tracker', { site: req.body.site, apiToken: req.body.apiToken }, req.context.clientKey);",
        '  res.sendStatus(204);',
        '});',
        "app.get('/tracker', addon.checkValidToken(), async (req, res) => {",
        "  const tracker = await addon.settings.get('tracker', req.context.clientKey);",
        '  console.log(tracker.site);',
        '  console.log(tracker.apiToken);',
        '});',
        'app.listen(3000);',
        '',
      ].join('\n'),
    }), {
      'tracker.site': 'resolver-payload',
      'tracker.apiToken': 'secret',
    });
  });
});
