import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { stopManifestValidator } from '../../src/app/manifest-schema.ts';
import { scanFiles } from '../helpers/temp-app.ts';

after(() => stopManifestValidator());

const manifest = (resources: string[]): string => [
  'modules:',
  '  jira:adminPage:',
  '    - key: admin',
  '      resource: main',
  '      resolver:',
  '        function: resolver',
  '      render: native',
  '      title: Admin',
  '      icon: resource:icons;logo.svg',
  '  function:',
  '    - key: resolver',
  '      handler: index.handler',
  'resources:',
  ...resources,
  'app:',
  '  id: ari:cloud:ecosystem::app/0e3c5a4e-1b5d-4a43-9d3e-0b7a2f3f6b13',
  '  runtime:',
  '    name: nodejs24.x',
  'permissions:',
  '  external:',
  '    fetch:',
  '      backend:',
  '        - https://api.example.com',
  '',
].join('\n');

const backend = {
  'src/index.js': "export { handler } from './resolvers';\n",
  'src/resolvers/index.js': [
    "import Resolver from '@forge/resolver';",
    "import { fetch } from '@forge/api';",
    'const resolver = new Resolver();',
    "resolver.define('ping', async () => {",
    "  const res = await fetch('https://api.example.com/ping');",
    "  console.log('pinged', res.status);",
    '  return res.ok;',
    '});',
    'export const handler = resolver.getDefinitions();',
    '',
  ].join('\n'),
  'src/frontend/index.jsx': "import React from 'react';\nimport ForgeReconciler, { Text } from '@forge/react';\nForgeReconciler.render(<Text>Hi</Text>);\n",
  'src/frontend/logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>\n',
  'package.json': '{"name":"app","dependencies":{"@forge/api":"5","@forge/resolver":"1","@forge/react":"10"}}\n',
};

describe('a resource that is a folder of the app', () => {
  it('is front-end code itself, not the folder around it with the back end', async () => {
    const { facts } = await scanFiles({
      ...backend,
      'manifest.yml': manifest(['  - key: main', '    path: src/frontend/index.jsx', '  - key: icons', '    path: src/frontend/']),
    });
    assert.deepEqual(facts.egress.calls.map((c) => [c.side, c.host, c.evidence.file, c.evidence.line]), [['backend', 'api.example.com', 'src/resolvers/index.js', 5]]);
    assert.deepEqual(facts.egress.undeclared, []);
    assert.deepEqual(facts.logs.map((l) => [l.side, l.evidence.file]), [['backend', 'src/resolvers/index.js']]);
  });

  it('a folder of static files under the back end’s folder leaves the back end alone', async () => {
    const { facts } = await scanFiles({
      ...backend,
      'src/static/logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>\n',
      'manifest.yml': manifest(['  - key: main', '    path: src/frontend/index.jsx', '  - key: icons', '    path: src/static']),
    });
    assert.deepEqual(facts.egress.calls.map((c) => [c.side, c.host]), [['backend', 'api.example.com']]);
  });

  it('a build folder stands for the project around it, as before, with or without its package.json', async () => {
    const { facts } = await scanFiles({
      ...backend,
      'static/panel/build/index.html': '<html><body><div id="root"></div></body></html>\n',
      'static/panel/src/api.js': "export const load = () => fetch('https://api.example.com/widgets').then((r) => r.json());\n",
      'manifest.yml': manifest(['  - key: main', '    path: static/panel/build', '  - key: icons', '    path: src/frontend/']),
    });
    assert.deepEqual(facts.egress.calls.map((c) => [c.side, c.evidence.file]), [['backend', 'src/resolvers/index.js'], ['frontend', 'static/panel/src/api.js']]);
  });

  it('a folder the manifest names but the app lacks leaves the back end around it alone, built or not', async () => {
    for (const missing of ['src/icons', 'src/build']) {
      const { facts } = await scanFiles({
        ...backend,
        'manifest.yml': manifest(['  - key: main', '    path: src/frontend/index.jsx', '  - key: icons', `    path: ${missing}`]),
      });
      assert.deepEqual(facts.egress.calls.map((c) => [c.side, c.host]), [['backend', 'api.example.com']], missing);
      assert.deepEqual(facts.logs.map((l) => l.side), ['backend'], missing);
    }
  });
});

describe('a resource outside the app folder', () => {
  it('is named at its manifest line as code Candor does not read, and leaves the scopes it may use unchecked', async () => {
    const { facts } = await scanFiles({
      ...backend,
      'manifest.yml': manifest(['  - key: main', '    path: ../shared/build']).replace('permissions:', 'permissions:\n  scopes:\n    - read:jira-work'),
    });
    assert.deepEqual(facts.diagnostics.filter((d) => d.code !== 'manifest-schema').map((d) => [d.severity, d.code, `${d.file}:${d.line}`, d.message]), [[
      'warning', 'outside-code', 'manifest.yml:15',
      "Resource 'main' points at ../shared/build, outside the app folder; Candor scans only the app folder, so that front end's code is not read and its calls are not in the facts.",
    ]]);
    assert.deepEqual(facts.scopes.unused, []);
  });
});
