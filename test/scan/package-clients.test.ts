import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forgeManifest, scanFiles } from '../helpers/temp-app.ts';

// A package of helpers picks the principal for an event (`asApp()` for a trigger, `asUser()` for a resolver) and hands back
// the client; the app asks it with `@forge/api`'s `route`, which only Forge's product API takes.
const INDEX = [
  "import api, { route } from '@forge/api';",
  "import { clientForEvent } from 'acme-forge-helpers';",
  "import { makeClient } from 'acme-http';",
  '',
  'export async function run(event) {',
  '  const info = await clientForEvent(event).requestJira(route`/rest/api/3/serverInfo`);',
  "  await clientForEvent(event).requestConfluence(api.route`/wiki/api/v2/pages/${event.pageId}`, { method: 'DELETE' });",
  "  await makeClient(event).requestJira('/rest/api/3/myself');",
  '  return info.json();',
  '}',
  '',
].join('\n');

describe("a client a package's function gives, asked with `@forge/api`'s `route`", () => {
  it("is Forge's product API as a principal the scan cannot tell; a plain string path to another package's client is not", async () => {
    const { facts } = await scanFiles({
      'manifest.yml': forgeManifest('permissions:', '  scopes:', '    - read:jira-work'),
      'package.json': JSON.stringify({ dependencies: { '@forge/api': '^6.0.0', 'acme-forge-helpers': '^1.0.0', 'acme-http': '^1.0.0' } }),
      'src/index.js': INDEX,
    });
    assert.deepEqual(facts.restCalls.map((c) => [c.product, c.method, c.path, c.auth, c.evidence.line]), [
      ['jira', 'GET', '/rest/api/3/serverInfo', 'unknown', 6],
      ['confluence', 'DELETE', '/wiki/api/v2/pages/{}', 'unknown', 7],
    ]);
  });
});
