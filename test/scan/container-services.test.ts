import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { scanFiles } from '../helpers/temp-app.ts';

// Forge Containers (https://developer.atlassian.com/platform/forge/containers-reference/ref-manifest/): a service run from an
// image on Atlassian's infrastructure, called with `invokeService`, which calls out through a sidecar as the app.
const manifest = (services: string[]) => [
  'modules:',
  '  endpoint:', '    - key: render-ep', '      service: renderer', '      route:', '        path: /render',
  '  function:', '    - key: main', '      handler: index.run',
  ...services,
  'app:', '  id: ari:cloud:ecosystem::app/0e3c5a4e-1b5d-4a43-9d3e-0b7a2f3f6b13', '  runtime:', '    name: nodejs24.x',
  'permissions:', '  scopes:', '    - read:jira-work', '',
].join('\n');
const services = [
  'services:', '  - key: renderer', '    containers:', '      - key: renderer-main', '        tag: latest',
  '        resources:', '          cpu: "1"', '          memory: 2Gi', '        health:', '          type: http', '          route:', '            path: /health',
];
const code = [
  "import { invokeService } from '@forge/api';",
  'export async function run(event) {',
  "  return invokeService({ path: '/render', method: 'POST', body: { text: event.text } });",
  '}',
  '',
].join('\n');

describe('a container service (`services`)', () => {
  it('is code Candor does not read: a warning at the service; calling it is no egress, its scopes unchecked (the endpoint)', async () => {
    const { facts } = await scanFiles({ 'manifest.yml': manifest(services), 'src/index.js': code });
    assert.deepEqual(facts.diagnostics.map((d) => [d.severity, d.code, `${d.file}:${d.line}`, d.path]), [['warning', 'foreign-code', 'manifest.yml:11', 'services[0]']]);
    assert.deepEqual([facts.egress.calls, facts.thirdParties], [[], []]);
    assert.deepEqual([facts.scopes.unused, facts.scopes.unchecked.map((s) => s.scope)], [[], ['read:jira-work']]);
  });

  it('an app without one has no such warning', async () => {
    const { facts } = await scanFiles({ 'manifest.yml': manifest([]), 'src/index.js': code });
    assert.deepEqual(facts.diagnostics, []);
  });
});
