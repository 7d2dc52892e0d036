import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Facts } from '../../src/scan/facts.ts';
import { scanFiles } from '../helpers/temp-app.ts';

// A Bitbucket Connect server that serves its descriptor from a route, its webhooks made from a list of events in a loop.
const looped = [
  "import express from 'express';",
  'const app = express();',
  "app.get('/descriptor.json', (_req, res) => {",
  '  const events = [',
  "    'pullrequest:created',",
  "    'pullrequest:fulfilled',",
  "    'repo:push',",
  '  ];',
  '  const webhooks = [];',
  '  for (const ev of events) {',
  "    webhooks.push({ event: ev, url: '/events' });",
  '  }',
  '  res.json({',
  "    key: 'merge-notes', name: 'Merge notes', baseUrl: process.env.BASE_URL,",
  "    authentication: { type: 'jwt' }, scopes: ['repository', 'pullrequest'], contexts: ['account'],",
  "    lifecycle: { installed: '/installed', uninstalled: '/uninstalled' },",
  '    modules: { webhooks },',
  '  });',
  '});',
].join('\n');

// A Jira one whose webhooks are the items of a constant list, mapped.
const mapped = [
  "const EVENTS = ['jira:issue_created', 'jira:issue_updated'];",
  'export function descriptor(baseUrl) {',
  '  return {',
  "    key: 'triage-bot', name: 'Triage bot', baseUrl, authentication: { type: 'jwt' }, scopes: ['READ'],",
  '    modules: {',
  "      webhooks: EVENTS.map((event) => ({ event, url: '/webhook' })),",
  "      generalPages: [{ key: 'triage', url: '/triage', name: { value: 'Triage' } }],",
  '    },',
  '  };',
  '}',
].join('\n');

const hooks = (facts: Facts): string[] => facts.triggers.filter((t) => t.kind === 'connect-webhook').map((t) => `${t.events.join(',')} ${t.evidence.file}:${t.evidence.line}`);

describe('a descriptor built in code whose webhooks are made from a list of events', () => {
  it('by a loop that pushes one per event: each is a webhook, found where the list names its event', async () => {
    const { facts } = await scanFiles({ 'package.json': JSON.stringify({ dependencies: { express: '^4.0.0' } }), 'server.js': looped });
    assert.deepEqual([facts.app.platform, facts.app.key, facts.app.products], ['connect', 'merge-notes', ['bitbucket']]);
    assert.deepEqual(hooks(facts), ['pullrequest:created server.js:5', 'pullrequest:fulfilled server.js:6', 'repo:push server.js:7']);
    assert.deepEqual(facts.app.modules.map((m) => `${m.type} ${m.key}`), ['webhooks pullrequest:created', 'webhooks pullrequest:fulfilled', 'webhooks repo:push']);
  });

  it('by `map` over a constant list: each is a webhook, beside the modules written out', async () => {
    const { facts } = await scanFiles({ 'src/descriptor.js': mapped });
    assert.deepEqual(hooks(facts), ['jira:issue_created src/descriptor.js:1', 'jira:issue_updated src/descriptor.js:1']);
    assert.deepEqual(facts.app.modules.map((m) => `${m.type} ${m.key}`), ['webhooks jira:issue_created', 'webhooks jira:issue_updated', 'generalPages triage']);
    assert.deepEqual(facts.scopes.needed.map((n) => `${n.scope} ${n.reason}`), ['READ trigger', 'READ trigger']);
  });
});
