import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanFiles } from '../helpers/temp-app.ts';

// A static Connect app: one page of its own, and web items that link elsewhere (another site, a page of the product).
const descriptor = JSON.stringify({
  key: 'board-tools', baseUrl: 'https://board-tools.example.com', authentication: { type: 'none' }, scopes: ['READ', 'WRITE'],
  modules: {
    generalPages: [{ key: 'overview', url: '/overview.html', name: { value: 'Overview' } }],
    webItems: [
      { key: 'get-extension', location: 'jira.agile.board.tools', url: 'https://extensions.example.org/board-tools?from={project.key}', context: 'product', name: { value: 'Get the extension' } },
      { key: 'open-filters', location: 'jira.agile.board.tools', url: '/issues/?filter=-1', context: 'product', name: { value: 'My open issues' } },
    ],
  },
});
const page = '<html><head><script src="https://connect-cdn.atl-paas.net/all.js"></script><script src="overview.js"></script></head><body></body></html>\n';
const script = "AP.request({ url: '/rest/api/3/myself', success: (body) => document.body.textContent = JSON.parse(body).displayName });\n";

describe('a Connect web item whose URL is another site\'s, or the product\'s', () => {
  it('is a link, no page of the app: the app\'s own pages are all in its folder, so its scopes are judged', async () => {
    const { facts } = await scanFiles({ 'atlassian-connect.json': descriptor, 'overview.html': page, 'overview.js': script });
    assert.deepEqual(facts.app.modules.map((m) => `${m.key} ${m.ui}`), ['overview connect', 'get-extension none', 'open-filters none']);
    assert.deepEqual(facts.scopes.unused.map((s) => s.scope), ['WRITE']);
    assert.deepEqual(facts.scopes.unchecked, []);
  });

  it('on the app\'s own host, though absolute, is a page of the app', async () => {
    const own = JSON.parse(descriptor);
    own.modules.webItems.push({ key: 'open-report', location: 'system.top.navigation.bar', url: 'https://board-tools.example.com/report.html?issue={issue.key}', target: { type: 'dialog' }, name: { value: 'Report' } });
    const { facts } = await scanFiles({ 'atlassian-connect.json': JSON.stringify(own), 'overview.html': page, 'overview.js': script });
    assert.deepEqual(facts.app.modules.map((m) => `${m.key} ${m.ui}`), ['overview connect', 'get-extension none', 'open-filters none', 'open-report connect']);
  });
});
