import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanFiles } from '../helpers/temp-app.ts';

// A Jira Service Management portal panel: what the customer picks is saved with the request they create.
const descriptor = JSON.stringify({
  key: 'portal-extras', baseUrl: 'https://portal-extras.example.com', authentication: { type: 'jwt' }, scopes: ['READ'],
  modules: { serviceDeskPortalRequestCreatePropertyPanels: [{ key: 'extras', url: '/extras.html' }] },
});
const page = '<html><head><script src="https://connect-cdn.atl-paas.net/all.js"></script><script src="extras.js"></script></head><body><input id="site"></body></html>\n';
const script = [
  'const portal = AP.jiraServiceDesk;',
  'const saved = portal ? new portal.RequestProperties() : null;',
  "AP.events.on('jira-servicedesk-request-properties-serialize', () => {",
  "  saved.serialize({ site: document.getElementById('site').value });",
  '});',
  '',
].join('\n');

describe('the request properties of a Jira Service Management portal panel', () => {
  it('are written to the request as issue properties when the customer creates it', async () => {
    const { facts } = await scanFiles({ 'atlassian-connect.json': descriptor, 'extras.html': page, 'extras.js': script });
    assert.deepEqual(facts.storage.map((s) => [s.backend, s.op, s.api, `${s.evidence.file}:${s.evidence.line}`]), [
      ['issue-property', 'write', 'AP.jiraServiceDesk.RequestProperties.serialize', 'extras.js:4'],
    ]);
  });
});
