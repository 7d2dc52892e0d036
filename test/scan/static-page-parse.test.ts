import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanFiles } from '../helpers/temp-app.ts';

// A static Connect app: no server, its page calls the product through AP.request as the user.
const descriptor = JSON.stringify({
  key: 'standup-board', baseUrl: 'https://standup.example.com', authentication: { type: 'none' }, scopes: ['READ', 'WRITE'],
  modules: { generalPages: [{ key: 'board', url: '/board.html?project={project.key}', name: { value: 'Board' } }] },
});
const page = (script: string): string => `<html><body>\n<script src="https://connect-cdn.atl-paas.net/all.js"></script>\n<script>\n${script}\n</script>\n</body></html>\n`;

describe('a static page whose inline script does not parse', () => {
  it('is not all seen: its scopes are not reported unused', async () => {
    const broken = "function post(text {\n  AP.request({ url: '/rest/api/3/issue/ST-1/comment', type: 'POST', data: text });\n}";
    const { facts } = await scanFiles({ 'atlassian-connect.json': descriptor, 'board.html': page(broken) });
    assert.deepEqual(facts.scopes.unused.map((s) => s.scope), []);
  });

  it('one that parses and calls nothing still leaves them unused', async () => {
    const { facts } = await scanFiles({ 'atlassian-connect.json': descriptor, 'board.html': page("console.log('board');") });
    assert.deepEqual(facts.scopes.unused.map((s) => s.scope), ['READ', 'WRITE']);
  });
});
