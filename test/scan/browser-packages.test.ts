import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanFiles } from '../helpers/temp-app.ts';

const descriptor = JSON.stringify({ key: 'k', baseUrl: 'https://app.example.com', authentication: { type: 'jwt' }, scopes: ['READ'], lifecycle: { installed: '/installed' }, modules: { generalPages: [{ key: 'p', url: '/p', name: { value: 'P' } }] } });
const call = "import axios from 'axios';\nexport const load = (url: string) => axios.get(url);\n";

describe("a Connect app's packages", () => {
  it("runs a front-end package's code (react-dom, no server) in the browser, and a package with a server on the back end", async () => {
    const { facts } = await scanFiles({
      'backend/atlassian-connect.json': descriptor,
      'backend/package.json': JSON.stringify({ dependencies: { 'atlassian-connect-express': '^7.0.0', express: '^4.0.0', axios: '^1.0.0' } }),
      'backend/src/client.ts': call,
      'frontend/package.json': JSON.stringify({ dependencies: { react: '^18.0.0', 'react-dom': '^18.0.0', axios: '^1.0.0' } }),
      'frontend/src/utils/request.ts': call,
      'site/package.json': JSON.stringify({ dependencies: { next: '^14.0.0', react: '^18.0.0', 'react-dom': '^18.0.0', axios: '^1.0.0' } }),
      'site/lib/request.ts': call,
    });
    assert.deepEqual(facts.egress.calls.map((c) => `${c.side} ${c.evidence.file}`), [
      'backend backend/src/client.ts',
      'frontend frontend/src/utils/request.ts',
      'backend site/lib/request.ts',
    ]);
  });
});
