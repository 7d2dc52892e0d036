import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanFiles } from '../helpers/temp-app.ts';

const descriptor = (authentication: string, url: string): string => JSON.stringify({
  key: 'sprint-notes', baseUrl: 'https://notes.example.com', authentication: { type: authentication }, scopes: ['READ', 'WRITE'],
  modules: { webPanels: [{ key: 'notes', url, location: 'atl.jira.view.issue.right.context', name: { value: 'Notes' } }] },
});
// The page posts the key to the vendor's own service and asks the product for nothing.
const page = '<html><body><script src="https://connect-cdn.atl-paas.net/all.js"></script><script src="notes.js"></script></body></html>';
const script = "fetch('https://api.notes.example.com/notes', { method: 'POST', body: JSON.stringify({ issue: new URLSearchParams(location.search).get('issue') }) });";

describe('the scopes of a Connect app without a back end of its own', () => {
  it('are unused when it authenticates nothing and all its pages are in the folder: no server can call the product as the app', async () => {
    const { facts } = await scanFiles({ 'atlassian-connect.json': descriptor('none', '/panel.html?issue={issue.key}'), 'panel.html': page, 'notes.js': script });
    assert.deepEqual([facts.scopes.unused.map((s) => s.scope), facts.scopes.unchecked.map((s) => s.scope)], [['READ', 'WRITE'], []]);
  });

  it('stay unchecked with JWT authentication (a server elsewhere may hold the shared secret) or a page the folder lacks', async () => {
    for (const [auth, url] of [['jwt', '/panel.html'], ['none', '/panel']]) {
      const { facts } = await scanFiles({ 'atlassian-connect.json': descriptor(auth!, url!), 'panel.html': page, 'notes.js': script });
      assert.deepEqual([facts.scopes.unused.map((s) => s.scope), facts.scopes.unchecked.map((s) => s.scope)], [[], ['READ', 'WRITE']], `${auth} ${url}`);
    }
  });
});

describe('the scopes of a static Connect app whose pages load a script Candor did not read', () => {
  const files = (page: string, extra: Record<string, string> = {}): Record<string, string> => ({
    'atlassian-connect.json': descriptor('none', '/panel.html'), 'panel.html': page, 'notes.js': script, ...extra,
  });
  const withScript = (src: string): string => page.replace('</body>', `<script src="${src}"></script></body>`);

  it('stay unchecked: another site\'s script, a minified file, a script that does not parse or is not in the folder may call the product', async () => {
    const cases: Array<[string, Record<string, string>]> = [
      ['https://cdn.example.com/bundle.js', {}],
      ['vendor.min.js', { 'vendor.min.js': 'AP.request("/rest/api/3/issue/A-1",{type:"DELETE"});' }],
      ['broken.js', { 'broken.js': 'AP.request("/rest/api/3/issue/A-1", {' }],
      ['/dist/bundle.js', {}],
    ];
    for (const [src, extra] of cases) {
      const { facts } = await scanFiles(files(withScript(src), extra));
      assert.deepEqual([facts.scopes.unused.map((s) => s.scope), facts.scopes.unchecked.map((s) => s.scope)], [[], ['READ', 'WRITE']], src);
    }
  });
});
