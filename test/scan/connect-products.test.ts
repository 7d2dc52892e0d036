import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanFiles } from '../helpers/temp-app.ts';

// A descriptor whose only page (`generalPages`) Jira and Confluence both offer: its modules do not tell the product.
const descriptor = (modules: Record<string, unknown>): string => JSON.stringify({
  key: 'team-board', name: 'Team board', baseUrl: 'https://board.example.com', authentication: { type: 'jwt' },
  lifecycle: { installed: '/installed' }, scopes: ['READ'],
  modules: { generalPages: [{ key: 'board', location: 'system.top.navigation.bar', name: { value: 'Board' }, url: '/board' }], ...modules },
});

describe('the product of a Connect app whose modules several products offer', () => {
  it('is told by its webhooks\' events; events several products send tell none', async () => {
    const jira = await scanFiles({ 'atlassian-connect.json': descriptor({ webhooks: [{ event: 'comment_created', url: '/c' }, { event: 'jira:issue_updated', url: '/u' }] }) });
    assert.deepEqual(jira.facts.app.products, ['jira']);
    const confluence = await scanFiles({ 'atlassian-connect.json': descriptor({ webhooks: [{ event: 'page_created', url: '/p' }] }) });
    assert.deepEqual(confluence.facts.app.products, ['confluence']);
    const shared = await scanFiles({ 'atlassian-connect.json': descriptor({ webhooks: [{ event: 'comment_created', url: '/c' }] }) });
    assert.deepEqual(shared.facts.app.products, []);
  });

  it('is told by the REST APIs its code calls', async () => {
    const page = "AP.request({ url: '/rest/api/3/search', type: 'POST', data: { jql } });\n";
    const { facts } = await scanFiles({ 'atlassian-connect.json': descriptor({}), 'public/board.js': page });
    assert.deepEqual(facts.app.products, ['jira']);
    const none = await scanFiles({ 'atlassian-connect.json': descriptor({}), 'public/board.js': "AP.request({ url: base + '/download/' + name });\n" });
    assert.deepEqual(none.facts.app.products, []);
  });
});
